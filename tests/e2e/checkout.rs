//! A Windows git checkout must give the same bytes as a Linux one: Git for
//! Windows converts text files to CRLF by default (`core.autocrlf=true`), which
//! would change the theme files embedded in the binary and so every built page.
//! The repository's `.gitattributes` keeps LF; this test makes such a checkout
//! (autocrlf on, which converts on Linux too) and compares the bytes.
//!
//! It needs `git`, so it runs where the repository lives (Linux CI), not in
//! the Windows test run under Wine.
#![cfg(unix)]

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "core.autocrlf=true"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git is installed");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Commits `files` (with `.gitattributes` when given) into a new repository,
/// checks them out afresh with autocrlf on, and returns the bytes read back.
fn checked_out(files: &[(&str, &[u8])], attributes: Option<&[u8]>) -> Vec<Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q"]);
    if let Some(attributes) = attributes {
        std::fs::write(dir.path().join(".gitattributes"), attributes).unwrap();
    }
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-q", "-m", "files"]);
    for (name, _) in files {
        std::fs::remove_file(dir.path().join(name)).unwrap();
    }
    git(dir.path(), &["checkout", "-q", "--", "."]);
    files.iter().map(|(name, _)| std::fs::read(dir.path().join(name)).unwrap()).collect()
}

#[test]
fn a_checkout_with_autocrlf_keeps_the_theme_and_content_bytes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let names = [
        "themes/default/static/style.css",
        "themes/default/templates/base.html",
        "content/przeciwdzialanie-przemocy/programme.toml",
        "assets/fonts/DejaVuSans.ttf",
    ];
    let originals: Vec<Vec<u8>> = names.iter().map(|n| std::fs::read(root.join(n)).unwrap()).collect();
    assert!(originals[0].contains(&b'\n') && !originals[0].contains(&b'\r'), "style.css has LF line endings");
    let files: Vec<(&str, &[u8])> = names.iter().copied().zip(originals.iter().map(Vec::as_slice)).collect();

    // Without the attributes the theme comes back with CRLF: the test can fail.
    let converted = checked_out(&files, None);
    assert_ne!(converted[0], originals[0], "autocrlf converts style.css without .gitattributes");

    let attributes = std::fs::read(root.join(".gitattributes")).unwrap();
    let kept = checked_out(&files, Some(&attributes));
    for ((name, original), back) in names.iter().zip(&originals).zip(&kept) {
        assert!(original == back, "{name} changed in a checkout with core.autocrlf=true");
    }
}
