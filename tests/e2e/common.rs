//! Helpers shared by the end-to-end tests.

#![allow(dead_code)]

use std::path::Path;

/// Copies a fixture site (or any folder) into `to`, creating folders as needed.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir` by its '/'-separated path relative to `dir`.
pub fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
            files.insert(rel, std::fs::read(entry.path()).unwrap());
        }
    }
    files
}

/// The site at `root` built by `jawnik build` into a new temp folder's
/// `public/`: the temp folder (the site lives as long as it does) and every
/// file written, as [`tree`] gives them. Panics with jawnik's messages if the
/// build fails.
pub fn build_to_temp(root: &Path) -> (tempfile::TempDir, std::collections::BTreeMap<String, Vec<u8>>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let o = jawnik().arg("build").arg("--root").arg(root).arg("--output").arg(&out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let files = tree(&out);
    (dir, files)
}

/// The day the tests run "on", 2026-11-30, as seconds since 1970: jawnik checks
/// the accessibility statement's yearly review against today's date
/// (`SOURCE_DATE_EPOCH` pins it), and a test must not start failing next April.
pub const TODAY: &str = "1795996800";

/// The jawnik binary, with today's date pinned to [`TODAY`], speaking English
/// whatever the machine's locale: the tests compare its messages word for
/// word, and a developer's `LANG=pl_PL.UTF-8` (or a Polish Windows) would turn
/// them Polish. `LC_ALL=C` wins over every other locale variable, and on
/// Windows over the display language. The tests of the Polish messages use
/// [`jawnik_in`].
pub fn jawnik() -> std::process::Command {
    jawnik_in(&[("LC_ALL", "C")])
}

/// The jawnik binary with today pinned and only these locale variables set
/// (of `LC_ALL`, `LC_MESSAGES`, `LANG`).
pub fn jawnik_in(locale: &[(&str, &str)]) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_jawnik"));
    command.env("SOURCE_DATE_EPOCH", TODAY);
    command.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    command.envs(locale.iter().copied());
    command
}
