//! A file jawnik expects (a year's report, programme.toml, an edition, a text,
//! jawnik.toml) that is not a readable regular file is an error in both `check`
//! and `build`, never a year or programme that silently disappears.

use crate::common;

use common::copy_dir;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

fn jawnik(args: &[&str]) -> Output {
    common::jawnik().args(args).output().expect("run jawnik")
}

fn site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini"), &root);
    (dir, root)
}

/// `check` and `build` on the site: both must fail with exactly these errors
/// (the blocks starting with "error: "), and build must write nothing.
fn both_fail_with(root: &Path, errors: &[String]) {
    both_fail_among(root, errors, false)
}

/// As [`both_fail_with`], other errors allowed when `more` (an unreadable
/// edition also fails the years naming it, as a broken one does).
fn both_fail_among(root: &Path, errors: &[String], more: bool) {
    let out = root.parent().unwrap().join("public");
    for args in [
        vec!["check", "--root", root.to_str().unwrap()],
        vec!["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap()],
    ] {
        let o = jawnik(&args);
        let log = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(1), "{args:?}: {log}");
        let mut found: Vec<&str> = log.split("\n\n").filter(|b| b.starts_with("error: ")).collect();
        if more {
            found.retain(|b| errors.iter().any(|e| e == b));
        }
        assert_eq!(found, errors, "{}", args[0]);
    }
    assert!(!out.exists());
}

fn folder_error(rel: &str) -> String {
    let name = rel.rsplit('/').next().unwrap();
    format!(
        "error: `{name}` is a folder, so jawnik cannot read it as a file\n --> {rel}\n  = help: replace the folder \
         with the file {name} itself"
    )
}

/// Replaces the file `rel` with a folder of the same name.
fn make_folder(root: &Path, rel: &str) {
    fs::remove_file(root.join(rel)).unwrap();
    fs::create_dir(root.join(rel)).unwrap();
    fs::write(root.join(rel).join("notes.txt"), "a folder where a file should be").unwrap();
}

#[test]
fn a_year_that_is_a_folder_is_an_error_not_a_missing_year() {
    let (_dir, root) = site();
    make_folder(&root, "content/pomoc/2021.toml");
    both_fail_with(&root, &[folder_error("content/pomoc/2021.toml")]);
}

#[test]
fn programme_edition_and_text_files_that_are_folders_are_errors() {
    let (_dir, root) = site();
    for rel in ["content/pomoc/edition-2020-2024.toml", "content/pomoc/2023.pl.md", "content/pomoc/programme.pl.md"] {
        make_folder(&root, rel);
    }
    let errors = [
        folder_error("content/pomoc/2023.pl.md"),
        folder_error("content/pomoc/edition-2020-2024.toml"),
        folder_error("content/pomoc/programme.pl.md"),
    ];
    both_fail_among(&root, &errors, true);

    // programme.toml: one error, not a second one saying it is missing.
    let (_dir, root) = site();
    make_folder(&root, "content/pomoc/programme.toml");
    both_fail_with(&root, &[folder_error("content/pomoc/programme.toml")]);
}

#[test]
fn a_config_that_is_a_folder_and_content_that_is_a_file_are_named() {
    let (_dir, root) = site();
    make_folder(&root, "jawnik.toml");
    both_fail_with(&root, &[
        "error: jawnik.toml is a folder, so jawnik cannot read it as a file\n --> jawnik.toml\n  = help: replace the \
         folder with the site's jawnik.toml file"
            .to_string(),
    ]);

    let (_dir, root) = site();
    fs::remove_dir_all(root.join("content")).unwrap();
    fs::write(root.join("content"), "").unwrap();
    both_fail_with(&root, &[
        "error: `content` is a file, not a folder\n --> content\n  = help: create `content/<programme>/programme.toml`; \
         see docs/content-format.md"
            .to_string(),
    ]);
}

#[cfg(unix)]
#[test]
fn links_to_nothing_are_errors_and_a_linked_programme_folder_is_read() {
    use std::os::unix::fs::symlink;
    let (dir, root) = site();
    fs::remove_file(root.join("content/pomoc/2021.toml")).unwrap();
    symlink(dir.path().join("gone.toml"), root.join("content/pomoc/2021.toml")).unwrap();
    symlink(dir.path().join("gone"), root.join("content/stary")).unwrap();
    both_fail_with(&root, &[
        "error: cannot read the file: it is a link to something that does not exist\n --> content/pomoc/2021.toml"
            .to_string(),
        "error: this is a link to something that does not exist\n --> content/stary\n  = help: make it point to the \
         programme's folder, or remove it"
            .to_string(),
    ]);

    // A programme folder kept elsewhere and linked in is a programme like any other.
    let (dir, root) = site();
    fs::rename(root.join("content/pomoc"), dir.path().join("pomoc")).unwrap();
    symlink(dir.path().join("pomoc"), root.join("content/pomoc")).unwrap();
    let out = dir.path().join("public");
    let o = jawnik(&["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.join("pl/pomoc/2021/index.html").is_file() && out.join("en/pomoc/2023/index.html").is_file());
}
