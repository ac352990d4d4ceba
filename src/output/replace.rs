//! Replacing the site inside the output folder, file by file, when the folder
//! itself cannot be swapped: a mount point (which can never be renamed), a
//! folder Windows will not rename because a file in it is open, a parent
//! folder jawnik may not write.
//!
//! As near to all or nothing as the operating system allows:
//! 1. every changed file is first put beside its place, on the output's own
//!    file system (`.jawnik-staging/` in the output): a full disk or a
//!    read-only folder fails here, with nothing of the old site touched;
//! 2. then, with renames only, each old file is moved aside into
//!    `.jawnik-old/` and the new one moved in. A file that cannot be moved (in
//!    use on Windows, immutable) stops it, and every step done so far is undone
//!    in reverse, so the old site is back whole; the error names the file.
//!
//! Unchanged files are not touched at all, so a file held open that did not
//! change does not stop the build. A build killed during step 2 leaves every
//! file either old or new; the next build puts back any old file that was
//! moved aside and not replaced ([`super::staging`] clears leftovers).

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::fsx::{self, Why};
use super::mark::{self, MARK};
use super::{leftover_warning, read_only, refuse, write_atomic, Files, WriteStats};
use crate::diagnostics::Diagnostic;

/// Where the new files come from.
pub enum Source<'a> {
    /// Staged under a folder, by their relative paths.
    Dir(&'a Path),
    /// Held in memory (serve).
    Memory(&'a Files),
}

/// The output folder's working folders: new files before they move in, old
/// ones moved aside until the swap is done.
pub const STAGING_INSIDE: &str = ".jawnik-staging";
pub const ASIDE_INSIDE: &str = ".jawnik-old";

/// One step of phase 2, to undo on failure.
enum Step {
    /// An old file moved aside.
    Aside(String),
    /// A new file moved in.
    In(String),
    /// An empty folder removed where a new file goes.
    Folder(String),
}

/// Makes `output` (existing, real path) hold exactly the files `keys` from
/// `source`, deleting the `deletable` files the new site does not have and
/// leaving everything else. `inner` is the folder inside `output` for new
/// files on their way in (it may be `source` itself).
pub fn replace(
    output: &Path,
    shown: &Path,
    source: Source,
    keys: &BTreeSet<String>,
    deletable: &BTreeSet<String>,
    inner: &Path,
    warnings: &mut Vec<Diagnostic>,
) -> io::Result<WriteStats> {
    let in_place = matches!(source, Source::Dir(dir) if dir == inner);
    let stale: Vec<&String> =
        deletable.iter().filter(|f| !keys.contains(*f) && fs::symlink_metadata(output.join(f)).is_ok()).collect();
    let mut changed = Vec::new();
    for key in keys {
        if !same_bytes(&output.join(key), &source, key) {
            changed.push(key.as_str());
        }
    }
    let unchanged = keys.len() - changed.len();

    // Phase 1: the new files onto the output's file system.
    let staged = stage(&source, &changed, inner, in_place).map_err(|e| match fsx::why(&e) {
        Why::ReadOnly => read_only(shown),
        _ => io::Error::new(
            e.kind(),
            msg!("output-cannot-write-into", path = shown.display().to_string(), error = e.to_string()),
        ),
    });
    if let Err(e) = staged {
        if !in_place {
            let _ = fs::remove_dir_all(inner);
        }
        return Err(e);
    }

    // The mark lists old and new files while both may be there.
    let old_mark = fs::read(output.join(MARK)).ok();
    let both = deletable.iter().chain(keys).map(String::as_str);
    if let Err(e) = write_atomic(&output.join(MARK), mark::text(both).as_bytes()) {
        let _ = fs::remove_dir_all(inner);
        return Err(match fsx::why(&e) {
            Why::ReadOnly => read_only(shown),
            _ => io::Error::new(
                e.kind(),
                msg!("could-not-write", path = shown.join(MARK).display().to_string(), error = e.to_string()),
            ),
        });
    }

    // Phase 2: renames only, journalled.
    let aside = fresh(&output.join(ASIDE_INSIDE));
    let mut done = Vec::new();
    if let Err((rel, e)) = swap_files(output, inner, &aside, &stale, &changed, &mut done) {
        let lost = undo(output, inner, &aside, done);
        let _ = match &old_mark {
            Some(bytes) => write_atomic(&output.join(MARK), bytes),
            None => fs::remove_file(output.join(MARK)),
        };
        let _ = fs::remove_dir_all(inner);
        if lost.is_empty() {
            let _ = fs::remove_dir_all(&aside);
        }
        return Err(blocked(shown, &rel, &e, &lost, &aside));
    }

    write_atomic(&output.join(MARK), mark::text(keys.iter().map(String::as_str)).as_bytes())?;
    for dir in [&aside, inner] {
        if let Err(e) = remove_if_there(dir) {
            warnings.push(leftover_warning(&shown.join(dir.file_name().unwrap_or_default()), "working", &e));
        }
    }
    for rel in &stale {
        remove_empty_parents(output, rel);
    }
    Ok(WriteStats { written: changed.len(), unchanged, removed: stale.len(), warnings: Vec::new() })
}

/// Whether the file at `target` already holds the new bytes of `key`.
fn same_bytes(target: &Path, source: &Source, key: &str) -> bool {
    let Ok(meta) = fs::symlink_metadata(target) else { return false };
    if !meta.is_file() {
        return false;
    }
    match source {
        Source::Memory(files) => files
            .get(key)
            .is_some_and(|new| meta.len() == new.len() as u64 && fs::read(target).is_ok_and(|old| old == *new)),
        Source::Dir(dir) => {
            let new = dir.join(key);
            fs::metadata(&new).is_ok_and(|m| m.len() == meta.len())
                && fs::read(&new).is_ok_and(|n| fs::read(target).is_ok_and(|o| o == n))
        }
    }
}

/// Phase 1: puts each changed file under `inner`.
fn stage(source: &Source, changed: &[&str], inner: &Path, in_place: bool) -> io::Result<()> {
    if in_place {
        return Ok(());
    }
    fs::create_dir_all(inner)?;
    for key in changed {
        let to = inner.join(key);
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent)?;
        }
        match source {
            Source::Dir(dir) => fsx::move_file(&dir.join(key), &to)?,
            Source::Memory(files) => fs::write(&to, files.get(*key).map_or(&[][..], Vec::as_slice))?,
        }
    }
    Ok(())
}

/// Phase 2: stale files aside, then each changed file: old aside, new in.
fn swap_files(
    output: &Path,
    inner: &Path,
    aside: &Path,
    stale: &[&String],
    changed: &[&str],
    done: &mut Vec<Step>,
) -> Result<(), (String, io::Error)> {
    let fail = |rel: &str| {
        let rel = rel.to_string();
        move |e: io::Error| (rel, e)
    };
    for rel in stale {
        move_aside(output, aside, rel).map_err(fail(rel))?;
        done.push(Step::Aside(rel.to_string()));
    }
    for &rel in changed {
        let target = output.join(rel);
        match fs::symlink_metadata(&target) {
            Ok(meta) if meta.is_dir() => {
                fs::remove_dir(&target).map_err(fail(rel))?;
                done.push(Step::Folder(rel.to_string()));
            }
            Ok(_) => {
                move_aside(output, aside, rel).map_err(fail(rel))?;
                done.push(Step::Aside(rel.to_string()));
            }
            Err(_) => {}
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(fail(rel))?;
        }
        fsx::rename(&inner.join(rel), &target).map_err(fail(rel))?;
        done.push(Step::In(rel.to_string()));
    }
    Ok(())
}

fn move_aside(output: &Path, aside: &Path, rel: &str) -> io::Result<()> {
    let to = aside.join(rel);
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)?;
    }
    fsx::rename(&output.join(rel), &to)
}

/// Undoes phase 2 in reverse; returns the old files that could not be put back.
fn undo(output: &Path, inner: &Path, aside: &Path, done: Vec<Step>) -> Vec<String> {
    let mut lost = Vec::new();
    for step in done.into_iter().rev() {
        match step {
            Step::In(rel) => {
                if fsx::rename(&output.join(&rel), &inner.join(&rel)).is_err() {
                    let _ = fs::remove_file(output.join(&rel));
                }
            }
            Step::Folder(rel) => {
                let _ = fs::create_dir_all(output.join(rel));
            }
            Step::Aside(rel) => {
                let to = output.join(&rel);
                let back =
                    to.parent().map_or(Ok(()), fs::create_dir_all).and_then(|_| fsx::rename(&aside.join(&rel), &to));
                if back.is_err() {
                    lost.push(rel);
                }
            }
        }
    }
    lost
}

/// The error for a file phase 2 could not move.
fn blocked(shown: &Path, rel: &str, e: &io::Error, lost: &[String], aside: &Path) -> io::Error {
    let file = shown.join(rel);
    let kept = if lost.is_empty() {
        msg!("output-put-back")
    } else {
        let aside = shown.join(aside.file_name().unwrap_or_default()).display().to_string();
        msg!("output-not-put-back", count = lost.len(), path = aside)
    };
    match fsx::why(e) {
        Why::InUse => refuse(&file, msg!("output-in-use", kept = kept), msg!("output-in-use-hint")),
        Why::ReadOnly => read_only(shown),
        Why::Denied | Why::Other => refuse(
            &file,
            msg!("output-not-replaced", error = e.to_string(), kept = kept),
            msg!("output-not-replaced-hint"),
        ),
    }
}

/// `base`, or `base-2`, `base-3`… when something that cannot be removed has
/// that name already.
pub fn fresh(base: &Path) -> PathBuf {
    let name = base.file_name().unwrap_or_default().to_string_lossy().to_string();
    (1..)
        .map(|n| if n == 1 { base.to_path_buf() } else { base.with_file_name(format!("{name}-{n}")) })
        .find(|p| fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| base.to_path_buf())
}

fn remove_if_there(path: &Path) -> io::Result<()> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Removes the folders above `rel` that its removal left empty.
fn remove_empty_parents(output: &Path, rel: &str) {
    let mut dir = Path::new(rel).parent();
    while let Some(d) = dir.filter(|d| !d.as_os_str().is_empty()) {
        if fs::remove_dir(output.join(d)).is_err() {
            break;
        }
        dir = d.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::super::fsx::fault;
    use super::*;

    fn files(list: &[(&str, &str)]) -> Files {
        list.iter().map(|(p, b)| (p.to_string(), b.as_bytes().to_vec())).collect()
    }

    fn run(out: &Path, new: &Files, deletable: &[&str]) -> io::Result<WriteStats> {
        let keys = new.keys().cloned().collect();
        let deletable = deletable.iter().map(|s| s.to_string()).collect();
        let inner = fresh(&out.join(STAGING_INSIDE));
        replace(out, Path::new("public"), Source::Memory(new), &keys, &deletable, &inner, &mut Vec::new())
    }

    fn put(out: &Path, list: &[(&str, &str)]) {
        for (rel, text) in list {
            fs::create_dir_all(out.join(rel).parent().unwrap()).unwrap();
            fs::write(out.join(rel), text).unwrap();
        }
    }

    #[test]
    fn changed_files_are_replaced_stale_listed_ones_removed_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        put(out, &[("a.html", "1"), ("b/c.html", "old"), ("d/e.html", "3"), ("mine.pdf", "keep")]);
        let new = files(&[("a.html", "1"), ("b/c.html", "new"), ("f.html", "4")]);
        let stats = run(out, &new, &["a.html", "b/c.html", "d/e.html"]).unwrap();
        assert_eq!((stats.written, stats.unchanged, stats.removed), (2, 1, 1));
        let tree = crate::output::tests::tree(out);
        let listed = mark::text(["a.html", "b/c.html", "f.html"]);
        let expect = [("a.html", "1"), ("b/c.html", "new"), ("f.html", "4"), ("mine.pdf", "keep"), (MARK, &listed)];
        assert_eq!(tree, expect.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect());
    }

    #[test]
    fn a_file_that_cannot_be_moved_undoes_everything_and_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        put(out, &[("a.html", "old a"), ("b.html", "old b"), ("pl/data/x.csv", "old x"), ("gone.html", "g")]);
        fs::write(out.join(MARK), mark::text(["a.html", "b.html", "gone.html", "pl/data/x.csv"])).unwrap();
        let before = crate::output::tests::tree(out);
        let new = files(&[("a.html", "new a"), ("b.html", "new b"), ("c.html", "new c"), ("pl/data/x.csv", "new x")]);
        let locked = out.join("pl/data/x.csv");
        let _fault = fault::inject(move |from, _| {
            (from == locked).then(|| io::Error::new(io::ErrorKind::PermissionDenied, "Operation not permitted"))
        });
        let e = run(out, &new, &["a.html", "b.html", "gone.html", "pl/data/x.csv"]).unwrap_err();
        let d = crate::output::problem(&e).expect("a diagnostic");
        assert_eq!(d.path, Path::new("public/pl/data/x.csv"));
        let why = if cfg!(windows) { "is in use by another program" } else { "could not be replaced" };
        assert!(d.message.contains(why), "{}", d.message);
        assert!(d.message.ends_with("the previous site was put back as it was"), "{}", d.message);
        assert_eq!(crate::output::tests::tree(out), before);
        let names: Vec<_> = fs::read_dir(out).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert!(!names.iter().any(|n| crate::output::is_work_dir(&n.to_string_lossy())), "{names:?}");
    }

    /// The real thing on Windows (and under Wine in CI): a CSV held open the way
    /// Excel holds it, with no sharing. The build names the file, puts every
    /// other file back, and succeeds once the file is closed.
    #[cfg(windows)]
    #[test]
    fn a_file_held_open_by_another_program_is_named_and_the_site_put_back() {
        use std::os::windows::fs::OpenOptionsExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        put(out, &[("a.html", "old a"), ("pl/data/x.csv", "old x")]);
        fs::write(out.join(MARK), mark::text(["a.html", "pl/data/x.csv"])).unwrap();
        let before = crate::output::tests::tree(out);
        let new = files(&[("a.html", "new a"), ("pl/data/x.csv", "new x")]);
        let held = fs::OpenOptions::new().read(true).share_mode(0).open(out.join("pl/data/x.csv")).unwrap();
        let e = run(out, &new, &["a.html", "pl/data/x.csv"]).unwrap_err();
        let d = crate::output::problem(&e).expect("a diagnostic");
        assert_eq!(d.path, Path::new("public/pl/data/x.csv"));
        assert!(d.message.contains("is in use by another program"), "{}", d.message);
        drop(held);
        assert_eq!(crate::output::tests::tree(out), before);
        run(out, &new, &["a.html", "pl/data/x.csv"]).unwrap();
        assert_eq!(fs::read_to_string(out.join("pl/data/x.csv")).unwrap(), "new x");
    }
}
