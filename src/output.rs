//! The only writer of the output folder (`public/`).
//!
//! A full build is written to a staging folder beside the output ([`Staging`],
//! file by file as pages are rendered) and swapped in by renaming, so a failed or
//! interrupted build never leaves a half-written site; files of removed content
//! disappear with the old folder. Incremental rebuilds
//! (serve, watch) sync in place instead: only files whose bytes changed are
//! written (each through a temporary file and a rename), stale ones are removed.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Rendered files by path relative to the output root, `/`-separated.
pub type Files = BTreeMap<String, Vec<u8>>;

/// What a write changed on disk.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteStats {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// Writes `files` as the complete new content of `output`, atomically: staged
/// beside it, then swapped in by renames (see [`Staging`]).
pub fn write_all(output: &Path, files: &Files) -> io::Result<WriteStats> {
    check_paths(files)?;
    let staging = Staging::begin(output)?;
    for (rel, bytes) in files {
        staging.write(rel, bytes)?;
    }
    staging.commit()
}

/// A complete new output folder being written beside the old one, so a build can
/// write each file as soon as it is rendered (from many threads at once) and
/// still replace the site all or nothing. [`Staging::commit`] swaps it in by
/// renames; if the swap cannot rename (the output is a mount point, say) it moves
/// the files in one by one instead. Dropped without a commit (a render error, a
/// full disk), the staging folder is removed and the output is left as it was.
pub struct Staging {
    output: PathBuf,
    dir: PathBuf,
    /// Folders already created, so most files cost one system call.
    made: Mutex<HashSet<PathBuf>>,
    files: AtomicUsize,
    committed: bool,
}

impl Staging {
    /// Starts a new staging folder beside `output`, clearing any a crashed build left.
    pub fn begin(output: &Path) -> io::Result<Staging> {
        let dir = sibling(output, "staging");
        for leftover in [&dir, &sibling(output, "old")] {
            if leftover.exists() {
                fs::remove_dir_all(leftover)?;
            }
        }
        fs::create_dir_all(&dir)?;
        Ok(Staging {
            output: output.to_path_buf(),
            dir,
            made: Mutex::new(HashSet::new()),
            files: AtomicUsize::new(0),
            committed: false,
        })
    }

    /// Writes one file of the new site; `rel` is '/'-separated under the output.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.path_for(rel)?;
        fs::write(path, bytes)
    }

    /// Writes one file of the new site through `fill`, for files too large to
    /// hold in memory whole; returns the number of bytes written.
    pub fn write_with(&self, rel: &str, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<u64> {
        let path = self.path_for(rel)?;
        let mut out =
            CountingWriter { inner: io::BufWriter::with_capacity(1 << 16, fs::File::create(path)?), bytes: 0 };
        fill(&mut out)?;
        out.inner.flush()?;
        Ok(out.bytes)
    }

    /// Files written so far.
    pub fn file_count(&self) -> usize {
        self.files.load(Ordering::Relaxed)
    }

    /// Checks `rel`, creates its folder and counts the file.
    fn path_for(&self, rel: &str) -> io::Result<PathBuf> {
        check_path(rel)?;
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            let new = self.made.lock().map_or(true, |mut made| made.insert(parent.to_path_buf()));
            if new {
                fs::create_dir_all(parent)?;
            }
        }
        self.files.fetch_add(1, Ordering::Relaxed);
        Ok(path)
    }

    /// Swaps the staged site in for the old one.
    pub fn commit(mut self) -> io::Result<WriteStats> {
        self.committed = true;
        let (output, staging, old) = (&self.output, &self.dir, sibling(&self.output, "old"));
        let written = self.file_count();
        let had_output = output.exists();
        let swapped = if had_output {
            fs::rename(output, &old).and_then(|_| fs::rename(staging, output))
        } else {
            fs::rename(staging, output)
        };
        match swapped {
            Ok(()) => {
                if had_output {
                    // Put back the old site if the second rename failed half-way.
                    if !output.exists() {
                        fs::rename(&old, output)?;
                    }
                    let _ = fs::remove_dir_all(&old);
                }
                Ok(WriteStats { written, unchanged: 0, removed: 0 })
            }
            Err(_) => {
                if old.exists() && !output.exists() {
                    fs::rename(&old, output)?;
                }
                let stats = move_in(staging, output);
                let _ = fs::remove_dir_all(staging);
                stats
            }
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

struct CountingWriter<W> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for CountingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Makes `output` hold exactly the files under `staging`, moving in only those
/// whose bytes changed: the swap's fallback when `output` cannot be renamed.
fn move_in(staging: &Path, output: &Path) -> io::Result<WriteStats> {
    let mut stats = WriteStats::default();
    let mut keep = std::collections::BTreeSet::new();
    for entry in walkdir::WalkDir::new(staging).min_depth(1) {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(staging).map_err(io::Error::other)?;
        let target = output.join(rel);
        keep.insert(rel.to_string_lossy().replace('\\', "/"));
        if fs::read(&target).is_ok_and(|old| fs::read(entry.path()).is_ok_and(|new| new == old)) {
            stats.unchanged += 1;
            continue;
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::rename(entry.path(), &target)?;
        stats.written += 1;
    }
    stats.removed = remove_stale_except(output, &|rel| keep.contains(rel))?;
    Ok(stats)
}

/// Makes `output` hold exactly `files`, writing only what changed.
pub fn sync(output: &Path, files: &Files) -> io::Result<WriteStats> {
    fs::create_dir_all(output)?;
    let mut stats = apply(output, files, &[])?;
    stats.removed = remove_stale(output, files)?;
    Ok(stats)
}

/// Writes the changed files only, leaving every other file alone (a partial
/// rebuild that knows exactly what it re-rendered). `removed` paths are deleted.
pub fn apply(output: &Path, changed: &Files, removed: &[String]) -> io::Result<WriteStats> {
    let pairs: Vec<(&str, &[u8])> = changed.iter().map(|(k, v)| (k.as_str(), v.as_slice())).collect();
    apply_borrowed(output, &pairs, removed)
}

/// [`apply`] for changed files borrowed from wherever they are kept (a whole
/// site in memory, say), so they need not be copied into a map of their own.
pub fn apply_borrowed(output: &Path, changed: &[(&str, &[u8])], removed: &[String]) -> io::Result<WriteStats> {
    changed.iter().try_for_each(|(rel, _)| check_path(rel))?;
    let mut stats = WriteStats::default();
    for &(rel, bytes) in changed {
        let path = output.join(rel);
        if fs::read(&path).is_ok_and(|old| old == bytes) {
            stats.unchanged += 1;
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        write_atomic(&path, bytes)?;
        stats.written += 1;
    }
    for rel in removed {
        if fs::remove_file(output.join(rel)).is_ok() {
            stats.removed += 1;
        }
    }
    Ok(stats)
}

fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp =
        path.with_file_name(format!(".{}.jawnik-tmp", path.file_name().map_or("f".into(), |n| n.to_string_lossy())));
    fs::write(&tmp, bytes)?;
    fs::rename(&tmp, path)
}

/// Deletes files under `output` that are not in `files`, then empty folders.
fn remove_stale(output: &Path, files: &Files) -> io::Result<usize> {
    remove_stale_except(output, &|rel| files.contains_key(rel))
}

/// Deletes files under `output` that `keep` does not want, then empty folders.
fn remove_stale_except(output: &Path, keep: &dyn Fn(&str) -> bool) -> io::Result<usize> {
    let mut removed = 0;
    let mut dirs = Vec::new();
    for entry in walkdir::WalkDir::new(output).min_depth(1).contents_first(true) {
        let entry = entry.map_err(io::Error::other)?;
        let rel = entry.path().strip_prefix(output).map_err(io::Error::other)?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        if entry.file_type().is_dir() {
            dirs.push(entry.into_path());
        } else if !keep(&rel) {
            fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    for dir in dirs {
        let _ = fs::remove_dir(dir); // fails, as intended, when not empty
    }
    Ok(removed)
}

/// Refuses paths that would escape the output folder.
fn check_paths(files: &Files) -> io::Result<()> {
    files.keys().try_for_each(|rel| check_path(rel))
}

fn check_path(rel: &str) -> io::Result<()> {
    let bad = rel.is_empty()
        || rel.starts_with('/')
        || rel.contains('\\')
        || rel.split('/').any(|seg| seg.is_empty() || seg == "." || seg == "..");
    if bad {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("refusing to write outside the output: {rel}"),
        ));
    }
    Ok(())
}

fn sibling(output: &Path, what: &str) -> PathBuf {
    let name = output.file_name().map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
    output.with_file_name(format!(".{name}.jawnik-{what}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Files {
        list.iter().map(|(p, b)| (p.to_string(), b.as_bytes().to_vec())).collect()
    }

    #[test]
    fn full_write_replaces_the_old_site_and_drops_removed_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_all(&out, &files(&[("index.html", "a"), ("pl/old/index.html", "x")])).unwrap();
        write_all(&out, &files(&[("index.html", "b")])).unwrap();
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "b");
        assert!(!out.join("pl").exists());
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("public")]);
    }

    #[test]
    fn a_staging_dropped_without_commit_leaves_the_output_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_all(&out, &files(&[("index.html", "old")])).unwrap();
        {
            let staging = Staging::begin(&out).unwrap();
            staging.write("index.html", b"new").unwrap();
            let n = staging.write_with("pl/data/site.csv", &mut |w| w.write_all(b"a,b\r\n")).unwrap();
            assert_eq!((n, staging.file_count()), (5, 2));
        }
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "old");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("public")]);
    }

    #[test]
    fn moving_in_keeps_unchanged_files_and_drops_stale_ones() {
        let dir = tempfile::tempdir().unwrap();
        let (staging, out) = (dir.path().join("staging"), dir.path().join("public"));
        write_all(&staging, &files(&[("a.html", "1"), ("b/c.html", "2")])).unwrap();
        write_all(&out, &files(&[("a.html", "1"), ("b/c.html", "old"), ("d.html", "3")])).unwrap();
        let stats = move_in(&staging, &out).unwrap();
        assert_eq!(stats, WriteStats { written: 1, unchanged: 1, removed: 1 });
        assert_eq!(fs::read_to_string(out.join("b/c.html")).unwrap(), "2");
        assert!(!out.join("d.html").exists());
    }

    #[test]
    fn sync_writes_only_changed_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        sync(&out, &files(&[("a.html", "1"), ("b/c.html", "2")])).unwrap();
        let stats = sync(&out, &files(&[("a.html", "1"), ("d.html", "3")])).unwrap();
        assert_eq!(stats, WriteStats { written: 1, unchanged: 1, removed: 1 });
        assert!(!out.join("b").exists());
    }

    #[test]
    fn paths_escaping_the_output_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_all(&dir.path().join("public"), &files(&[("../evil.html", "x")])).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
    }
}
