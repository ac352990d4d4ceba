//! The only writer of the output folder (`public/`).
//!
//! A full build is written to a staging folder beside the output and swapped in
//! by renaming, so a failed or interrupted build never leaves a half-written site;
//! files of removed content disappear with the old folder. Incremental rebuilds
//! (serve, watch) sync in place instead: only files whose bytes changed are
//! written (each through a temporary file and a rename), stale ones are removed.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

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
/// beside it, then swapped in by renames. If the swap cannot rename (the output is
/// a mount point, say) it falls back to syncing in place.
pub fn write_all(output: &Path, files: &Files) -> io::Result<WriteStats> {
    check_paths(files)?;
    let staging = sibling(output, "staging");
    let old = sibling(output, "old");
    for leftover in [&staging, &old] {
        if leftover.exists() {
            fs::remove_dir_all(leftover)?;
        }
    }
    fs::create_dir_all(&staging)?;
    let written = write_tree(&staging, files);
    if let Err(e) = written {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    let had_output = output.exists();
    let swapped = if had_output {
        fs::rename(output, &old).and_then(|_| fs::rename(&staging, output))
    } else {
        fs::rename(&staging, output)
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
            Ok(WriteStats { written: files.len(), unchanged: 0, removed: 0 })
        }
        Err(_) => {
            if old.exists() && !output.exists() {
                fs::rename(&old, output)?;
            }
            let stats = sync(output, files);
            let _ = fs::remove_dir_all(&staging);
            stats
        }
    }
}

/// Makes `output` hold exactly `files`, writing only what changed.
pub fn sync(output: &Path, files: &Files) -> io::Result<WriteStats> {
    check_paths(files)?;
    let mut stats = WriteStats::default();
    fs::create_dir_all(output)?;
    for (rel, bytes) in files {
        let path = output.join(rel);
        if fs::read(&path).is_ok_and(|old| &old == bytes) {
            stats.unchanged += 1;
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        write_atomic(&path, bytes)?;
        stats.written += 1;
    }
    stats.removed = remove_stale(output, files)?;
    Ok(stats)
}

/// Writes the changed files only, leaving every other file alone (a partial
/// rebuild that knows exactly what it re-rendered). `removed` paths are deleted.
pub fn apply(output: &Path, changed: &Files, removed: &[String]) -> io::Result<WriteStats> {
    check_paths(changed)?;
    let mut stats = WriteStats::default();
    for (rel, bytes) in changed {
        let path = output.join(rel);
        if fs::read(&path).is_ok_and(|old| &old == bytes) {
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

fn write_tree(root: &Path, files: &Files) -> io::Result<()> {
    let mut made: std::collections::BTreeSet<PathBuf> = Default::default();
    for (rel, bytes) in files {
        let path = root.join(rel);
        if let Some(parent) = path.parent() {
            if made.insert(parent.to_path_buf()) {
                fs::create_dir_all(parent)?;
            }
        }
        fs::write(&path, bytes)?;
    }
    Ok(())
}

fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp =
        path.with_file_name(format!(".{}.jawnik-tmp", path.file_name().map_or("f".into(), |n| n.to_string_lossy())));
    fs::write(&tmp, bytes)?;
    fs::rename(&tmp, path)
}

/// Deletes files under `output` that are not in `files`, then empty folders.
fn remove_stale(output: &Path, files: &Files) -> io::Result<usize> {
    let mut removed = 0;
    let mut dirs = Vec::new();
    for entry in walkdir::WalkDir::new(output).min_depth(1).contents_first(true) {
        let entry = entry.map_err(io::Error::other)?;
        let rel = entry.path().strip_prefix(output).map_err(io::Error::other)?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        if entry.file_type().is_dir() {
            dirs.push(entry.into_path());
        } else if !files.contains_key(&rel) {
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
    for rel in files.keys() {
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
