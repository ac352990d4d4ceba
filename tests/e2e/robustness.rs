//! "Never panics, whatever the input": the loader is fed every prefix of every
//! file of the minimal site and deterministic byte mutations of them, and must
//! answer each with diagnostics, not a panic.

use crate::common;

use common::copy_dir;
use std::path::Path;

use jawnik::content::load::load_site;

/// The site's files, relative to its root.
fn files(root: &Path) -> Vec<String> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(root).unwrap().to_string_lossy().to_string())
        .collect()
}

#[test]
fn truncated_and_mutated_files_never_panic() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture, dir.path());
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut runs = 0;
    for rel in files(dir.path()) {
        let path = dir.path().join(&rel);
        let original = std::fs::read(&path).unwrap();
        let mut variants: Vec<Vec<u8>> = (0..original.len()).step_by(3).map(|n| original[..n].to_vec()).collect();
        for _ in 0..60 {
            let mut v = original.clone();
            let at = (next() as usize) % v.len().max(1);
            let byte = [b'"', b'[', b']', b'=', b'\n', 0xC5, 0xFF, b'{', b'.', b'-'][(next() % 10) as usize];
            if v.is_empty() {
                v.push(byte);
            } else {
                v[at] = byte;
            }
            variants.push(v);
        }
        for v in variants {
            std::fs::write(&path, &v).unwrap();
            // A panic here fails the test; every outcome must be a model or diagnostics.
            let loaded = load_site(dir.path());
            assert!(loaded.site.is_some() || loaded.diagnostics.has_errors());
            runs += 1;
        }
        std::fs::write(&path, &original).unwrap();
    }
    assert!(runs > 500, "only {runs} variants were tried");
}
