//! Whether jawnik may replace what is at the output path: asked before a build
//! renders anything, and again just before the old site is replaced.
//!
//! jawnik replaces a folder only when it wrote it itself (the folder holds the
//! [mark](super::mark) listing the files it wrote) or when it holds no files;
//! then it deletes only the files the mark lists, and with `--force` whatever
//! else is there. A file is never replaced, `--force` or not. An unmarked
//! folder laid out like jawnik's output (written by a version that did not mark
//! its folders) is accepted when the new build writes every file it holds.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::Path;

use super::mark::{self, MARK};
use super::{is_work_dir, refuse};

/// What the output path holds, as far as replacing it goes.
#[derive(Debug, Default)]
pub struct Survey {
    /// A folder is there (otherwise one is created).
    pub exists: bool,
    /// Files in it jawnik may replace or delete, relative and '/'-separated.
    pub deletable: BTreeSet<String>,
    /// The files of an unmarked folder accepted as an older jawnik's output:
    /// the new build must write every one of them ([`Survey::accept`]).
    pub unmarked: Vec<String>,
}

impl Survey {
    /// Checks the survey against the files the new build wrote (`written`
    /// answers whether it wrote a path); an error when replacing the folder
    /// would lose a file.
    pub fn accept(&self, written: &dyn Fn(&str) -> bool, shown: &Path) -> io::Result<()> {
        let extra: Vec<&String> = self.unmarked.iter().filter(|f| !written(f)).collect();
        if extra.is_empty() {
            return Ok(());
        }
        Err(refuse(
            shown,
            msg!("output-unmarked", mark = MARK, count = extra.len(), files = some(&extra)),
            msg!("output-unmarked-hint"),
        ))
    }
}

/// Looks at `real` (the output, symlinks resolved); `shown` is how the user
/// named it. Refuses, with the reason and what to do, anything jawnik may not
/// replace. `quick` takes a marked folder on its mark alone, without looking
/// at every file (a build's first look: the full one comes before replacing).
pub fn survey(real: &Path, shown: &Path, force: bool, quick: bool) -> io::Result<Survey> {
    let meta = match fs::symlink_metadata(real) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Survey::default()),
        Err(e) => {
            return Err(io::Error::new(
                e.kind(),
                msg!("output-cannot-look", path = shown.display().to_string(), error = e.to_string()),
            ))
        }
    };
    if !meta.is_dir() {
        return Err(refuse(shown, msg!("output-is-file"), msg!("output-is-file-hint")));
    }
    if quick && fs::symlink_metadata(real.join(MARK)).is_ok_and(|m| m.is_file()) {
        return Ok(Survey { exists: true, ..Survey::default() });
    }
    let unreadable = |e: io::Error| {
        io::Error::new(
            e.kind(),
            msg!("output-cannot-look-inside", path = shown.display().to_string(), error = e.to_string()),
        )
    };
    let listed = mark::read(real).map_err(unreadable)?;
    let (files, clutter) = scan(real).map_err(unreadable)?;
    let mut survey = Survey { exists: true, deletable: clutter.into_iter().collect(), unmarked: Vec::new() };
    match listed {
        Some(listed) => {
            let (ours, foreign): (Vec<String>, Vec<String>) = files.into_iter().partition(|f| listed.contains(f));
            if !foreign.is_empty() && !force {
                return Err(refuse(
                    shown,
                    msg!("output-foreign", count = foreign.len(), files = some(&foreign)),
                    msg!("output-foreign-hint"),
                ));
            }
            survey.deletable.extend(ours.into_iter().chain(foreign));
        }
        None if files.is_empty() => {}
        None if force => survey.deletable.extend(files),
        None if looks_built_by_jawnik(&files) => {
            survey.deletable.extend(files.iter().cloned());
            survey.unmarked = files;
        }
        None => {
            return Err(refuse(
                shown,
                msg!("output-not-ours", count = files.len(), files = some(&files)),
                msg!("output-not-ours-hint", mark = MARK, path = shown.display().to_string()),
            ));
        }
    }
    Ok(survey)
}

/// The files under `dir` by relative path, the mark and jawnik's own working
/// files left out: (files, clutter an operating system drops into folders).
fn scan(dir: &Path) -> io::Result<(Vec<String>, Vec<String>)> {
    let (mut files, mut clutter) = (Vec::new(), Vec::new());
    let walk = walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name().into_iter();
    for entry in walk.filter_entry(|e| !is_work_dir(&e.file_name().to_string_lossy())) {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).map_err(io::Error::other)?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rel == MARK {
            continue;
        }
        if is_clutter(&entry.file_name().to_string_lossy()) {
            clutter.push(rel);
        } else {
            files.push(rel);
        }
    }
    Ok((files, clutter))
}

/// Files Windows and macOS leave in folders someone opened, and jawnik's own
/// temporary files: never worth stopping a build for.
fn is_clutter(name: &str) -> bool {
    matches!(name, ".DS_Store" | "Thumbs.db" | "ehthumbs.db" | "desktop.ini")
        || name.starts_with("._")
        || name.ends_with(".jawnik-tmp")
}

/// Laid out like a site jawnik built: its home page, 404 page, robots.txt and
/// stylesheet where jawnik writes them.
fn looks_built_by_jawnik(files: &[String]) -> bool {
    ["index.html", "404.html", "robots.txt", "static/style.css"].iter().all(|f| files.iter().any(|g| g == f))
}

/// The first three of `files`, then "…" if there are more.
pub(super) fn some(files: &[impl AsRef<str>]) -> String {
    let mut shown: Vec<&str> = files.iter().take(3).map(AsRef::as_ref).collect();
    if files.len() > 3 {
        shown.push("…");
    }
    shown.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::problem;

    fn put(dir: &Path, files: &[&str]) {
        for f in files {
            let path = dir.join(f);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "x").unwrap();
        }
    }

    fn refusal(real: &Path, force: bool) -> String {
        let e = survey(real, Path::new("out"), force, false).unwrap_err();
        problem(&e).expect("a refusal").message.clone()
    }

    #[test]
    fn missing_and_empty_folders_are_taken_and_os_clutter_does_not_count() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!survey(&dir.path().join("new"), Path::new("new"), false, false).unwrap().exists);
        put(dir.path(), &["empty/.DS_Store", "Thumbs.db"]);
        let s = survey(dir.path(), Path::new("out"), false, false).unwrap();
        assert!(s.exists && s.unmarked.is_empty());
        assert_eq!(s.deletable.into_iter().collect::<Vec<_>>(), ["Thumbs.db", "empty/.DS_Store"]);
    }

    #[test]
    fn a_folder_of_other_files_is_refused_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        put(dir.path(), &["a.jpg", "b.jpg", "c.jpg", "d/e.jpg"]);
        assert_eq!(
            refusal(dir.path(), false),
            "the output folder is not empty and was not written by jawnik: building would delete the 4 files it \
             holds (a.jpg, b.jpg, c.jpg, …)"
        );
        assert_eq!(survey(dir.path(), Path::new("out"), true, false).unwrap().deletable.len(), 4);
    }

    #[test]
    fn in_a_marked_folder_only_listed_files_may_go() {
        let dir = tempfile::tempdir().unwrap();
        put(dir.path(), &["index.html", "pl/index.html"]);
        fs::write(dir.path().join(MARK), mark::text(["index.html", "pl/index.html", "gone.html"])).unwrap();
        let s = survey(dir.path(), Path::new("out"), false, false).unwrap();
        assert_eq!(s.deletable.into_iter().collect::<Vec<_>>(), ["index.html", "pl/index.html"]);
        put(dir.path(), &[".htaccess"]);
        assert_eq!(
            refusal(dir.path(), false),
            "the output folder holds 1 file that jawnik did not write, which the build would delete: .htaccess"
        );
        assert!(survey(dir.path(), Path::new("out"), true, false).unwrap().deletable.contains(".htaccess"));
    }

    #[test]
    fn an_unmarked_jawnik_layout_is_accepted_when_the_build_rewrites_all_of_it() {
        let dir = tempfile::tempdir().unwrap();
        put(dir.path(), &["index.html", "404.html", "robots.txt", "static/style.css", "pl/old/index.html"]);
        let s = survey(dir.path(), Path::new("out"), false, false).unwrap();
        assert!(s.accept(&|_| true, Path::new("out")).is_ok());
        let e = s.accept(&|f| !f.starts_with("pl/old/"), Path::new("out")).unwrap_err();
        assert_eq!(
            problem(&e).unwrap().message,
            "the output folder has no .jawnik-output file and holds 1 file this build would not write: \
             pl/old/index.html"
        );
    }

    #[test]
    fn a_file_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("jawnik.toml");
        fs::write(&file, "title = 'x'").unwrap();
        assert_eq!(refusal(&file, true), "the output is a file, not a folder: building would replace it");
    }
}
