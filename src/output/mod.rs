//! The only writer of the output folder (`public/`), and the judge of where it
//! may write.
//!
//! jawnik never destroys what it did not make: it replaces only an output
//! folder it wrote itself, which holds the [mark] `.jawnik-output` listing the
//! files it wrote, or an empty or new one; anything else (a folder of other
//! files, a file, a marked folder with files someone added) is refused before
//! anything is rendered, with the reason and what to do ([`judge`]). `--force`
//! ([`WriteOptions::force`]) lets it replace such a folder, never a file.
//!
//! A full build is staged and put in place all or nothing ([`Staging`]): by
//! renaming folders where it can, otherwise by replacing the changed files in
//! place, undone on failure ([`replace`]). Incremental rebuilds (serve, watch)
//! write only the files that changed, each through a temporary file and a
//! rename with the old file moved aside first (all put back if one fails),
//! overwrite no file the mark does not list, and remove only files it lists.

mod fsx;
mod judge;
pub mod mark;
mod pending;
mod place;
mod replace;
mod staging;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::io;
use std::path::Path;

use crate::diagnostics::Diagnostic;
use replace::{Source, STAGING_INSIDE};

pub use mark::MARK;
pub use pending::{digest, joined_digest, write_pieces, Digest, DigestWriter, Digester, Made, Pending, Piece};
pub use place::{absolute, within};
pub use staging::Staging;

/// Rendered files by path relative to the output root, `/`-separated.
pub type Files = BTreeMap<String, Vec<u8>>;

/// How a full write may treat what is in the output folder.
#[derive(Clone, Copy, Debug, Default)]
pub struct WriteOptions {
    /// Replace a folder jawnik did not write, or delete files in its folder it
    /// did not write (never a file given as the output).
    pub force: bool,
}

/// What a write changed on disk.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteStats {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
    /// Things worth knowing that did not stop the write (a leftover folder that
    /// could not be removed, say).
    pub warnings: Vec<Diagnostic>,
}

/// A problem with the output folder the user can act on, carried in an
/// `io::Error` so it passes through the `io::Result`s of rendering.
#[derive(Debug)]
pub struct Problem(pub Box<Diagnostic>);

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Problem {}

/// The diagnostic an output error carries, if it is one the user can act on.
pub fn problem(e: &io::Error) -> Option<&Diagnostic> {
    e.get_ref().and_then(|inner| inner.downcast_ref::<Problem>()).map(|p| p.0.as_ref())
}

/// An error about `path` with a message and what to do.
fn refuse(path: &Path, message: String, hint: String) -> io::Error {
    io::Error::other(Problem(Box::new(Diagnostic::error(path, message).hint(hint))))
}

fn read_only(shown: &Path) -> io::Error {
    refuse(shown, msg!("output-read-only"), msg!("output-read-only-hint"))
}

/// A folder jawnik could not remove; `what` (a selector of `output-leftover`:
/// `working`, `aside`, `earlier`) says what it is.
fn leftover_warning(path: &Path, what: &str, e: &io::Error) -> Diagnostic {
    Diagnostic::warning(path, msg!("output-leftover", what = what, error = e.to_string()))
        .hint(msg!("output-leftover-hint"))
}

/// jawnik's working folders inside the output (and beside it, with a prefix).
fn is_work_dir(name: &str) -> bool {
    name.starts_with(STAGING_INSIDE) || name.starts_with(replace::ASIDE_INSIDE)
}

/// Writes `files` as the complete new content of `output`, all or nothing (see
/// [`Staging`]).
pub fn write_all(output: &Path, files: &Files, opts: &WriteOptions) -> io::Result<WriteStats> {
    check_paths(files)?;
    let staging = Staging::begin(output, opts)?;
    for (rel, bytes) in files {
        staging.write(rel, bytes)?;
    }
    staging.commit()
}

/// Judges `output` for a build without writing anything (`jawnik check`, and
/// serve before it starts): the error a build would stop with, if any.
/// `written` answers whether the build writes a path (`None`: not known yet).
pub fn judge(output: &Path, opts: &WriteOptions, written: Option<&dyn Fn(&str) -> bool>) -> io::Result<()> {
    let real = place::resolve(output)?;
    let survey = judge::survey(&real, output, opts.force, false)?;
    match written {
        Some(written) => survey.accept(written, output),
        None => Ok(()),
    }
}

/// Makes the output folder hold exactly `files` in place, writing only what
/// changed and deleting only files the mark lists (serve, after a failed write).
pub fn sync(output: &Path, files: &Files) -> io::Result<WriteStats> {
    check_paths(files)?;
    let real = absolute(output);
    fs::create_dir_all(&real)?;
    let deletable = mark::read(&real)?.unwrap_or_default();
    let keys: BTreeSet<String> = files.keys().cloned().collect();
    let inner = replace::fresh(&real.join(STAGING_INSIDE));
    let mut warnings = Vec::new();
    let stats = replace::replace(&real, output, Source::Memory(files), &keys, &deletable, &inner, &mut warnings)?;
    Ok(WriteStats { warnings, ..stats })
}

/// Writes the changed files only, leaving every other file alone (a partial
/// rebuild that knows exactly what it re-rendered); `removed` paths are deleted.
/// `all` is the whole site after the change, for the mark.
pub fn apply(output: &Path, changed: &[(&str, &[u8])], removed: &[String], all: &Files) -> io::Result<WriteStats> {
    changed.iter().try_for_each(|(rel, _)| check_path(rel))?;
    let added = changed.iter().any(|(rel, _)| fs::symlink_metadata(output.join(rel)).is_err());
    let mark_path = output.join(MARK);
    if added {
        // Listed before they exist, so a crash never leaves files jawnik
        // wrote that its mark does not know.
        let both = all.keys().chain(removed).map(String::as_str);
        write_atomic(&mark_path, mark::text(both).as_bytes())?;
    }
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
    if added || !removed.is_empty() {
        write_atomic(&mark_path, mark::text(all.keys().map(String::as_str)).as_bytes())?;
    }
    Ok(stats)
}

fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp =
        path.with_file_name(format!(".{}.jawnik-tmp", path.file_name().map_or("f".into(), |n| n.to_string_lossy())));
    fs::write(&tmp, bytes)?;
    fsx::rename(&tmp, path)
}

/// Refuses paths that would escape the output folder or clash with the mark.
fn check_paths(files: &Files) -> io::Result<()> {
    files.keys().try_for_each(|rel| check_path(rel))
}

fn check_path(rel: &str) -> io::Result<()> {
    let bad = rel.is_empty()
        || rel.starts_with('/')
        || rel.contains(['\\', '\n', '\r'])
        || rel.split('/').any(|seg| seg.is_empty() || seg == "." || seg == "..")
        || rel == MARK
        || rel.split('/').next().is_some_and(is_work_dir);
    if bad {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, msg!("output-outside", path = rel)));
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn files(list: &[(&str, &str)]) -> Files {
        list.iter().map(|(p, b)| (p.to_string(), b.as_bytes().to_vec())).collect()
    }

    /// Every file under `dir` as text, by '/'-separated relative path.
    pub fn tree(dir: &Path) -> BTreeMap<String, String> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                (rel, fs::read_to_string(e.path()).unwrap())
            })
            .collect()
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    const NO_FORCE: WriteOptions = WriteOptions { force: false };

    #[test]
    fn full_write_replaces_the_old_site_drops_removed_files_and_marks_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_all(&out, &files(&[("index.html", "a"), ("pl/old/index.html", "x")]), &NO_FORCE).unwrap();
        write_all(&out, &files(&[("index.html", "b")]), &NO_FORCE).unwrap();
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "b");
        assert!(!out.join("pl").exists());
        assert_eq!(mark::read(&out).unwrap().unwrap().into_iter().collect::<Vec<_>>(), ["index.html"]);
        assert_eq!(names(dir.path()), ["public"]);
    }

    #[test]
    fn threads_writing_into_the_same_new_folders_all_succeed() {
        // As a build writes a report's PDF and its CSV into one new folder
        // from two threads: none may find the folder missing.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let staging = Staging::begin(&out, &NO_FORCE).unwrap();
        std::thread::scope(|scope| {
            for t in 0..8 {
                let staging = &staging;
                scope.spawn(move || {
                    for f in 0..300 {
                        let rel = format!("pl/data/p{f}/x/file-{t}.csv");
                        staging.write(&rel, b"a").unwrap_or_else(|e| panic!("{rel}: {e}"));
                    }
                });
            }
        });
        assert_eq!(staging.file_count(), 8 * 300);
    }

    #[test]
    fn a_staging_dropped_without_commit_leaves_the_output_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_all(&out, &files(&[("index.html", "old")]), &NO_FORCE).unwrap();
        {
            let staging = Staging::begin(&out, &NO_FORCE).unwrap();
            staging.write("index.html", b"new").unwrap();
            let n = staging.write_with("pl/data/site.csv", &mut |w| w.write_all(b"a,b\r\n")).unwrap();
            assert_eq!((n, staging.file_count()), (5, 2));
        }
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "old");
        assert_eq!(names(dir.path()), ["public"]);
    }

    #[test]
    fn when_the_folder_cannot_be_renamed_the_files_are_replaced_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_all(&out, &files(&[("a.html", "1"), ("b/c.html", "old"), ("d.html", "3")]), &NO_FORCE).unwrap();
        // A mount point: the folder cannot be renamed, nor anything moved into it
        // from outside. (Compared in the form the staging uses: canonical, which
        // on Windows is a `\\?\` path.)
        let public = place::absolute(&out);
        let _fault = fsx::fault::inject(move |from, to| {
            let crosses = from.starts_with(&public) != to.starts_with(&public);
            (from == public || crosses).then(|| io::Error::new(io::ErrorKind::CrossesDevices, "cross-device link"))
        });
        let stats = write_all(&out, &files(&[("a.html", "1"), ("b/c.html", "2")]), &NO_FORCE).unwrap();
        assert_eq!((stats.written, stats.unchanged, stats.removed), (1, 1, 1));
        let tree = tree(&out);
        assert_eq!(tree.keys().collect::<Vec<_>>(), [MARK, "a.html", "b/c.html"]);
        assert_eq!(tree["b/c.html"], "2");
        assert_eq!(names(dir.path()), ["public"]);
    }

    #[test]
    fn a_crash_between_the_two_renames_is_repaired_by_the_next_build() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_all(&out, &files(&[("index.html", "good")]), &NO_FORCE).unwrap();
        fs::rename(&out, dir.path().join(".public.jawnik-old")).unwrap();
        fs::create_dir(dir.path().join(".public.jawnik-staging")).unwrap();
        // The next build fails (a content error, say): the old site is back.
        drop(Staging::begin(&out, &NO_FORCE).unwrap());
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "good");
        assert_eq!(names(dir.path()), ["public"]);
    }

    #[test]
    fn a_replace_killed_after_its_last_mark_does_not_bring_deleted_files_back() {
        // An in-place replace that dropped b.html wrote its last mark (a.html
        // only) and was killed before it removed the folder it had moved the
        // old files into (or could not remove it: a file held open).
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_all(&out, &files(&[("a.html", "1"), ("b.html", "2")]), &NO_FORCE).unwrap();
        fs::create_dir(out.join(replace::ASIDE_INSIDE)).unwrap();
        fs::rename(out.join("b.html"), out.join(replace::ASIDE_INSIDE).join("b.html")).unwrap();
        fs::write(out.join(MARK), mark::text(["a.html"])).unwrap();
        // The next build must neither resurrect b.html nor refuse the folder.
        write_all(&out, &files(&[("a.html", "1"), ("c.html", "3")]), &NO_FORCE).unwrap();
        assert_eq!(tree(&out).keys().collect::<Vec<_>>(), [MARK, "a.html", "c.html"]);
    }

    #[test]
    fn sync_writes_only_changed_files_and_removes_only_listed_ones() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_all(&out, &files(&[("a.html", "1"), ("b/c.html", "2")]), &NO_FORCE).unwrap();
        fs::write(out.join("mine.txt"), "not jawnik's").unwrap();
        let stats = sync(&out, &files(&[("a.html", "1"), ("d.html", "3")])).unwrap();
        assert_eq!((stats.written, stats.unchanged, stats.removed), (1, 1, 1));
        assert!(!out.join("b").exists());
        assert!(out.join("mine.txt").exists());
    }

    #[test]
    fn apply_keeps_the_mark_listing_what_is_there() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_all(&out, &files(&[("a.html", "1"), ("b.html", "2")]), &NO_FORCE).unwrap();
        let all = files(&[("a.html", "1"), ("c.html", "3")]);
        apply(&out, &[("c.html", b"3")], &["b.html".to_string()], &all).unwrap();
        assert_eq!(fs::read_to_string(out.join(MARK)).unwrap(), mark::text(["a.html", "c.html"]));
        assert!(judge(&out, &NO_FORCE, None).is_ok());
    }

    #[test]
    fn paths_escaping_the_output_or_naming_the_mark_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for bad in ["../evil.html", MARK, ".jawnik-staging/x", "a\nb"] {
            let err = write_all(&dir.path().join("public"), &files(&[(bad, "x")]), &NO_FORCE).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::InvalidInput, "{bad}");
        }
    }
}
