//! The files of a partial rebuild (serve, `build --watch`): each is written
//! under a temporary name beside the file it replaces, as it is rendered, and
//! only a [`Pending::commit`] puts them in place, together. Dropped without a
//! commit (a render error), the temporary files are removed and the folder is
//! as it was. A file whose bytes did not change (its [`digest`] is the one
//! the caller knows) is not written at all.
//!
//! Nothing is held in memory but paths and digests, so re-rendering the
//! site-wide data files (hundreds of MB on a large site) costs no memory.

use std::collections::BTreeSet;
use std::fs;
use std::hash::Hasher as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::{check_path, fsx, mark, MARK};

/// What identifies a file's bytes: a 64-bit hash and the length. Only ever
/// compared within one process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Digest {
    pub hash: u64,
    pub len: u64,
}

/// The digest of `bytes`; the same as a [`Digester`] fed them in any pieces.
pub fn digest(bytes: &[u8]) -> Digest {
    let mut d = Digester::default();
    d.feed(bytes);
    d.finish()
}

/// A digest made piece by piece.
#[derive(Default)]
pub struct Digester {
    hasher: std::hash::DefaultHasher,
    len: u64,
}

impl Digester {
    pub fn feed(&mut self, bytes: &[u8]) {
        // `Hasher::write` (not `Hash::hash`, which adds the length) is a
        // stream: pieces hash as their concatenation does.
        self.hasher.write(bytes);
        self.len += bytes.len() as u64;
    }

    pub fn finish(&self) -> Digest {
        Digest { hash: self.hasher.finish(), len: self.len }
    }
}

/// A piece of a file put together from other files ([`Pending::write_pieces`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// These bytes.
    Bytes(Vec<u8>),
    /// The bytes `from..to` of the file at `path` (of the same site).
    Part { path: String, from: u64, to: u64 },
}

/// The identity of a file made of `pieces`, where `part` gives each part
/// file's digest: a hash of the bytes pieces and of the parts' digests and
/// ranges, and the file's length. Two such files with the same pieces have
/// the same bytes; it is compared only with digests made this way for the
/// same path (the site-wide data files), never with [`digest`]s of bytes.
pub fn joined_digest(pieces: &[Piece], part: &dyn Fn(&str) -> Option<Digest>) -> Option<Digest> {
    let mut hasher = std::hash::DefaultHasher::new();
    let mut len = 0;
    hasher.write(b"jawnik joined file\0");
    for piece in pieces {
        match piece {
            Piece::Bytes(b) => {
                hasher.write_u8(0);
                hasher.write_u64(b.len() as u64);
                hasher.write(b);
                len += b.len() as u64;
            }
            Piece::Part { path, from, to } => {
                let d = part(path)?;
                if from > to || *to > d.len {
                    return None;
                }
                hasher.write_u8(1);
                for n in [d.hash, d.len, *from, *to] {
                    hasher.write_u64(n);
                }
                len += to - from;
            }
        }
    }
    Some(Digest { hash: hasher.finish(), len })
}

/// Writes `pieces` to `out`, reading the parts with `read` (whole files).
pub fn write_pieces(
    out: &mut dyn Write,
    pieces: &[Piece],
    read: &mut dyn FnMut(&str) -> Option<io::Result<Vec<u8>>>,
) -> io::Result<()> {
    for piece in pieces {
        match piece {
            Piece::Bytes(b) => out.write_all(b)?,
            Piece::Part { path, from, to } => {
                let bytes =
                    read(path).unwrap_or_else(|| Err(io::Error::other(format!("{path} cannot be read back"))))?;
                let part = bytes
                    .get(*from as usize..*to as usize)
                    .ok_or_else(|| io::Error::other(format!("{path} is shorter than its digest says")))?;
                out.write_all(part)?;
            }
        }
    }
    Ok(())
}

/// A writer that digests what passes through it.
pub struct DigestWriter<'a, W: ?Sized> {
    pub inner: &'a mut W,
    pub digester: Digester,
}

impl<W: Write + ?Sized> Write for DigestWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.digester.feed(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// One file a partial rebuild made.
#[derive(Debug)]
pub struct Made {
    pub path: String,
    pub digest: Digest,
    /// Its bytes differ from the ones known before.
    pub changed: bool,
    /// Where its new bytes wait until the commit.
    tmp: Option<PathBuf>,
}

/// Files of a partial rebuild waiting to be put in place in `output`.
pub struct Pending<'a> {
    output: &'a Path,
    /// The digest of the file now at a path, if it is known.
    known: &'a (dyn Fn(&str) -> Option<Digest> + Sync),
    made: Mutex<Vec<Made>>,
    /// Paths whose new bytes wait under a temporary name.
    waiting: Mutex<std::collections::HashSet<String>>,
    force: bool,
}

impl<'a> Pending<'a> {
    pub fn new(output: &'a Path, known: &'a (dyn Fn(&str) -> Option<Digest> + Sync)) -> Pending<'a> {
        Pending { output, known, made: Mutex::new(Vec::new()), waiting: Mutex::default(), force: false }
    }

    /// One whole file.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        check_path(rel)?;
        let digest = digest(bytes);
        let tmp = if (self.known)(rel) == Some(digest) {
            None
        } else {
            let tmp = self.tmp_for(rel)?;
            fs::write(&tmp, bytes)?;
            Some(tmp)
        };
        self.record(Made { path: rel.to_string(), digest, changed: tmp.is_some(), tmp });
        Ok(())
    }

    /// One file written in pieces by `fill`; returns its size.
    pub fn write_with(&self, rel: &str, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<u64> {
        check_path(rel)?;
        let tmp = self.tmp_for(rel)?;
        let mut file = io::BufWriter::with_capacity(1 << 16, fs::File::create(&tmp)?);
        let mut out = DigestWriter { inner: &mut file, digester: Digester::default() };
        let written = fill(&mut out).and_then(|()| out.flush());
        let digest = out.digester.finish();
        drop(file);
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        let tmp = if (self.known)(rel) == Some(digest) {
            fs::remove_file(&tmp)?;
            None
        } else {
            Some(tmp)
        };
        self.record(Made { path: rel.to_string(), digest, changed: tmp.is_some(), tmp });
        Ok(digest.len)
    }

    /// A file made of `pieces` whose identity is `digest` (see
    /// [`joined_digest`]): not written when `digest` is the known one;
    /// otherwise the parts' ranges are copied file to file (by the kernel
    /// where it can), without passing through memory or being digested.
    pub fn write_pieces(&self, rel: &str, pieces: &[Piece], digest: Digest) -> io::Result<u64> {
        check_path(rel)?;
        if (self.known)(rel) == Some(digest) {
            self.record(Made { path: rel.to_string(), digest, changed: false, tmp: None });
            return Ok(digest.len);
        }
        let tmp = self.tmp_for(rel)?;
        let copied = (|| -> io::Result<u64> {
            let mut file = fs::File::create(&tmp)?;
            let mut n = 0;
            for piece in pieces {
                match piece {
                    Piece::Bytes(b) => {
                        file.write_all(b)?;
                        n += b.len() as u64;
                    }
                    Piece::Part { path, from, to } => {
                        check_path(path)?;
                        let mut src = fs::File::open(self.current(path)?)?;
                        io::Seek::seek(&mut src, io::SeekFrom::Start(*from))?;
                        let want = to - from;
                        let got = io::copy(&mut io::Read::take(&mut src, want), &mut file)?;
                        if got != want {
                            return Err(io::Error::other(format!("{path} is shorter than its digest says")));
                        }
                        n += got;
                    }
                }
            }
            Ok(n)
        })();
        let n = match copied {
            Ok(n) if n == digest.len => n,
            Ok(_) => {
                let _ = fs::remove_file(&tmp);
                return Err(io::Error::other(format!("{rel}: its parts are not the length their digests say")));
            }
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                return Err(e);
            }
        };
        self.record(Made { path: rel.to_string(), digest, changed: true, tmp: Some(tmp) });
        Ok(n)
    }

    /// The digest of a file as it will be after the commit, when known
    /// without reading it: made in this render, or as the caller knows it.
    pub fn digest_of(&self, rel: &str) -> Option<Digest> {
        let made = self.made.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match made.iter().rev().find(|m| m.path == rel) {
            Some(m) => Some(m.digest),
            None => (self.known)(rel),
        }
    }

    /// Where a file's bytes are now: under its temporary name when this
    /// render wrote it, else in place.
    fn current(&self, rel: &str) -> io::Result<PathBuf> {
        let waiting = self.waiting.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).contains(rel);
        if waiting {
            self.tmp_for(rel)
        } else {
            Ok(self.output.join(rel))
        }
    }

    /// A file as it will be after the commit: written in this render, or as it is.
    pub fn read(&self, rel: &str) -> io::Result<Vec<u8>> {
        check_path(rel)?;
        fs::read(self.current(rel)?)
    }

    fn record(&self, made: Made) {
        if made.changed {
            self.waiting.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).insert(made.path.clone());
        }
        self.made.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(made);
    }

    /// `.NAME.jawnik-tmp` beside the file, its folder created.
    fn tmp_for(&self, rel: &str) -> io::Result<PathBuf> {
        let path = self.output.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let name = path.file_name().map_or("f".into(), |n| n.to_string_lossy().into_owned());
        Ok(path.with_file_name(format!(".{name}.jawnik-tmp")))
    }

    /// Lets the commit replace files jawnik did not write (`--force`).
    pub fn force(mut self, force: bool) -> Self {
        self.force = force;
        self
    }

    /// An error when a new file would replace one the mark does not list
    /// (put there by someone else), as a full build refuses to.
    fn refuse_foreign(&self) -> io::Result<()> {
        if self.force {
            return Ok(());
        }
        let made = self.made.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let there = |rel: &str| fs::symlink_metadata(self.output.join(rel)).is_ok_and(|m| !m.is_dir());
        let unknown: Vec<&str> = made
            .iter()
            .filter(|m| m.tmp.is_some() && (self.known)(&m.path).is_none() && there(&m.path))
            .map(|m| m.path.as_str())
            .collect();
        if unknown.is_empty() {
            return Ok(());
        }
        let listed = mark::read(self.output)?.unwrap_or_default();
        let foreign: Vec<&str> = unknown.into_iter().filter(|rel| !listed.contains(*rel)).collect();
        if foreign.is_empty() {
            return Ok(());
        }
        Err(super::refuse(
            self.output,
            msg!("output-foreign-overwrite", count = foreign.len(), files = super::judge::some(&foreign)),
            msg!("output-foreign-overwrite-hint"),
        ))
    }

    /// Every file made so far, changed or not.
    pub fn made_paths(&self) -> BTreeSet<String> {
        self.made.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).iter().map(|m| m.path.clone()).collect()
    }

    /// Puts the changed files in place and deletes `removed`; `all` is every
    /// file of the site afterwards, for the mark (rewritten only when files
    /// come or go). Returns every file made.
    pub fn commit(self, removed: &[String], all: &dyn Fn() -> Vec<String>) -> io::Result<Vec<Made>> {
        self.refuse_foreign()?;
        let mut made = std::mem::take(&mut *self.made.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        let added = made.iter().any(|m| m.changed && fs::symlink_metadata(self.output.join(&m.path)).is_err());
        let mark_path = self.output.join(MARK);
        let write_mark = || -> io::Result<()> {
            let all = all();
            write_atomic(&mark_path, mark::text(all.iter().map(String::as_str)).as_bytes())
        };
        if added {
            // Listed before they exist, so a crash never leaves files jawnik
            // wrote that its mark does not know.
            write_mark()?;
        }
        // Each old file is moved aside before its new one goes in, so a file
        // that cannot be replaced (held open on Windows) puts back the ones
        // replaced before it: the folder stays the last good site.
        let mut result = Ok(());
        let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
        for m in &mut made {
            if let Some(tmp) = m.tmp.take() {
                if result.is_ok() {
                    let target = self.output.join(&m.path);
                    result = put_in(&tmp, &target).map(|old| done.push((target, old)));
                }
                if result.is_err() {
                    let _ = fs::remove_file(&tmp);
                }
            }
        }
        if let Err(e) = result {
            for (target, old) in done.into_iter().rev() {
                let _ = match old {
                    Some(old) => fsx::rename(&old, &target),
                    None => fs::remove_file(&target),
                };
            }
            return Err(e);
        }
        for old in done.into_iter().filter_map(|(_, old)| old) {
            let _ = fs::remove_file(old);
        }
        for rel in removed {
            check_path(rel)?;
            let _ = fs::remove_file(self.output.join(rel));
        }
        if added || !removed.is_empty() {
            write_mark()?;
        }
        Ok(made)
    }
}

impl Drop for Pending<'_> {
    fn drop(&mut self) {
        let made = self.made.get_mut().unwrap_or_else(|poisoned| poisoned.into_inner());
        for tmp in made.iter().filter_map(|m| m.tmp.as_ref()) {
            let _ = fs::remove_file(tmp);
        }
    }
}

/// Moves `tmp` to `target`, the file there first moved aside (to a name the
/// judge takes for jawnik's own temporary file); returns where it went.
fn put_in(tmp: &Path, target: &Path) -> io::Result<Option<PathBuf>> {
    let old = match fs::symlink_metadata(target) {
        Ok(meta) if !meta.is_dir() => {
            let name = target.file_name().map_or("f".into(), |n| n.to_string_lossy().into_owned());
            let old = target.with_file_name(format!(".{name}.jawnik-old.jawnik-tmp"));
            fsx::rename(target, &old)?;
            Some(old)
        }
        _ => None,
    };
    if let Err(e) = fsx::rename(tmp, target) {
        if let Some(old) = &old {
            let _ = fsx::rename(old, target);
        }
        return Err(e);
    }
    Ok(old)
}

fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path.file_name().map_or("f".into(), |n| n.to_string_lossy().into_owned());
    let tmp = path.with_file_name(format!(".{name}.jawnik-tmp"));
    fs::write(&tmp, bytes)?;
    fsx::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn a_digest_does_not_depend_on_how_the_bytes_were_cut() {
        let mut d = Digester::default();
        d.feed(b"rok,warto");
        d.feed("ść\n2023,34\n".as_bytes());
        assert_eq!(d.finish(), digest("rok,wartość\n2023,34\n".as_bytes()));
        assert_ne!(digest(b"a"), digest(b"b"));
    }

    #[test]
    fn only_changed_files_are_written_and_only_at_commit() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        fs::write(out.join("same.html"), "same").unwrap();
        fs::write(out.join("old.html"), "old").unwrap();
        fs::write(out.join("gone.html"), "gone").unwrap();
        let known: HashMap<&str, Digest> = HashMap::from([
            ("same.html", digest(b"same")),
            ("old.html", digest(b"old")),
            ("gone.html", digest(b"gone")),
        ]);
        let lookup = |p: &str| known.get(p).copied();
        let pending = Pending::new(out, &lookup);
        pending.write("same.html", b"same").unwrap();
        pending.write("old.html", b"new").unwrap();
        pending.write_with("pl/data/site.csv", &mut |w| w.write_all(b"a,b\r\n")).unwrap();
        assert_eq!(fs::read_to_string(out.join("old.html")).unwrap(), "old", "written before the commit");
        let made = pending
            .commit(&["gone.html".to_string()], &|| {
                vec!["same.html".into(), "old.html".into(), "pl/data/site.csv".into()]
            })
            .unwrap();
        let changed: Vec<&str> = made.iter().filter(|m| m.changed).map(|m| m.path.as_str()).collect();
        assert_eq!(changed, ["old.html", "pl/data/site.csv"]);
        assert_eq!(fs::read_to_string(out.join("old.html")).unwrap(), "new");
        assert_eq!(fs::read_to_string(out.join("pl/data/site.csv")).unwrap(), "a,b\r\n");
        assert!(!out.join("gone.html").exists());
        assert_eq!(
            mark::read(out).unwrap().unwrap().into_iter().collect::<Vec<_>>(),
            ["old.html", "pl/data/site.csv", "same.html"]
        );
        let left: Vec<String> = walkdir::WalkDir::new(out)
            .into_iter()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".jawnik-tmp"))
            .map(|e| e.path().display().to_string())
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn a_joined_file_is_copied_from_its_parts_and_not_written_when_its_parts_did_not_change() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        fs::write(out.join("a.csv"), "H\na1\n").unwrap();
        fs::write(out.join("b.csv"), "H\nb1\n").unwrap();
        let pieces = |_: ()| {
            vec![
                Piece::Bytes(b"H\n".to_vec()),
                Piece::Part { path: "a.csv".into(), from: 2, to: 5 },
                Piece::Part { path: "b.csv".into(), from: 2, to: 5 },
            ]
        };
        let first: HashMap<String, Digest> =
            HashMap::from([("a.csv".into(), digest(b"H\na1\n")), ("b.csv".into(), digest(b"H\nb1\n"))]);
        let site_digest = joined_digest(&pieces(()), &|p| first.get(p).copied()).unwrap();
        assert_eq!(site_digest.len, 8);

        // First time: written, by copying the parts' bytes.
        let lookup = |p: &str| first.get(p).copied();
        let pending = Pending::new(out, &lookup);
        pending.write_pieces("site.csv", &pieces(()), site_digest).unwrap();
        let made = pending.commit(&[], &|| vec!["a.csv".into(), "b.csv".into(), "site.csv".into()]).unwrap();
        assert!(made[0].changed);
        assert_eq!(fs::read_to_string(out.join("site.csv")).unwrap(), "H\na1\nb1\n");

        // Nothing changed: not written (a stale file there stays untouched).
        let mut known = first.clone();
        known.insert("site.csv".into(), site_digest);
        fs::write(out.join("site.csv"), "untouched").unwrap();
        let lookup = |p: &str| known.get(p).copied();
        let pending = Pending::new(out, &lookup);
        assert_eq!(joined_digest(&pieces(()), &|p| pending.digest_of(p)), Some(site_digest));
        pending.write_pieces("site.csv", &pieces(()), site_digest).unwrap();
        let made = pending.commit(&[], &|| vec![]).unwrap();
        assert!(!made[0].changed);
        assert_eq!(fs::read_to_string(out.join("site.csv")).unwrap(), "untouched");

        // A part rewritten in this render: its new bytes (still waiting under
        // the temporary name) are the ones copied, and the digest differs.
        fs::write(out.join("site.csv"), "H\na1\nb1\n").unwrap();
        let pending = Pending::new(out, &lookup);
        pending.write("b.csv", b"H\nb2\n").unwrap();
        let new_digest = joined_digest(&pieces(()), &|p| pending.digest_of(p)).unwrap();
        assert_ne!(new_digest, site_digest);
        pending.write_pieces("site.csv", &pieces(()), new_digest).unwrap();
        pending.commit(&[], &|| vec![]).unwrap();
        assert_eq!(fs::read_to_string(out.join("site.csv")).unwrap(), "H\na1\nb2\n");

        // Parts shorter than their digests say: an error, nothing left behind.
        let short = HashMap::from([("a.csv".to_string(), Digest { hash: 1, len: 50 })]);
        let lookup = |p: &str| short.get(p).copied();
        let pending = Pending::new(out, &lookup);
        let one = [Piece::Part { path: "a.csv".into(), from: 0, to: 50 }];
        let d = joined_digest(&one, &|p| pending.digest_of(p)).unwrap();
        let err = pending.write_pieces("site.csv", &one, d).unwrap_err();
        assert_eq!(err.to_string(), "a.csv is shorter than its digest says");
        assert!(!out.join(".site.csv.jawnik-tmp").exists());
    }

    #[test]
    fn a_commit_that_cannot_put_one_file_in_place_leaves_the_others_old() {
        // A rebuild's CSV held open in a spreadsheet on Windows: its rename is
        // refused. The pages renamed before it must not stay new while the
        // CSV stays old (a half-updated site on disk).
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        fs::write(out.join("a.html"), "old a").unwrap();
        fs::write(out.join("b.csv"), "old b").unwrap();
        let known: HashMap<&str, Digest> = HashMap::from([("a.html", digest(b"old a")), ("b.csv", digest(b"old b"))]);
        let lookup = |p: &str| known.get(p).copied();
        let pending = Pending::new(out, &lookup);
        pending.write("a.html", b"new a").unwrap();
        pending.write("b.csv", b"new b").unwrap();
        // Windows refuses to move the held file, or to replace it.
        let (held, tmp) = (out.join("b.csv"), out.join(".b.csv.jawnik-tmp"));
        let _fault = fsx::fault::inject(move |from, to| {
            (from == held || (from == tmp && to == held))
                .then(|| io::Error::new(io::ErrorKind::PermissionDenied, "in use"))
        });
        assert!(pending.commit(&[], &|| vec!["a.html".into(), "b.csv".into()]).is_err());
        assert_eq!(fs::read_to_string(out.join("b.csv")).unwrap(), "old b");
        assert_eq!(fs::read_to_string(out.join("a.html")).unwrap(), "old a", "half the rebuild put in place");
    }

    #[test]
    fn dropped_without_a_commit_the_folder_is_left_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        fs::write(out.join("a.html"), "old").unwrap();
        let lookup = |_: &str| None;
        {
            let pending = Pending::new(out, &lookup);
            pending.write("a.html", b"new").unwrap();
            pending.write("b/c.html", b"new").unwrap();
        }
        assert_eq!(fs::read_to_string(out.join("a.html")).unwrap(), "old");
        let files: Vec<String> = walkdir::WalkDir::new(out)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(files, ["a.html"]);
    }
}
