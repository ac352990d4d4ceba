//! Paths: the absolute, symlink-resolved form of the output, and comparing
//! paths the way the file system does (ignoring case on Windows and macOS).

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use super::refuse;

/// An absolute form of `path` with symlinks resolved as far as it exists, so it
/// compares with the canonical paths events carry.
pub fn absolute(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (abs.parent(), abs.file_name()) {
        (Some(parent), Some(name)) => absolute(parent).join(name),
        _ => abs,
    }
}

/// The folder a build writes: `output` made absolute, a symlink followed to
/// the folder it points to (which is then judged and replaced; the link stays).
/// A link to nothing is refused rather than replaced by a folder.
pub fn resolve(output: &Path) -> io::Result<PathBuf> {
    let is_link = fs::symlink_metadata(output).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && fs::metadata(output).is_err() {
        let target = fs::read_link(output).unwrap_or_default();
        return Err(refuse(
            output,
            msg!("output-broken-link", target = target.display().to_string()),
            msg!("output-broken-link-hint"),
        ));
    }
    Ok(absolute(output))
}

/// Whether `path` is `base` or inside it, both absolute. Windows and macOS file
/// systems ignore case, so there `C:\Site\Static\out` is inside `c:\site\static`.
pub fn within(path: &Path, base: &Path) -> bool {
    within_folding(path, base, cfg!(any(windows, target_os = "macos")))
}

fn within_folding(path: &Path, base: &Path, fold_case: bool) -> bool {
    let mut parts = path.components();
    base.components().all(|b| parts.next().is_some_and(|p| same(p, b, fold_case)))
}

fn same(a: Component, b: Component, fold_case: bool) -> bool {
    let (a, b) = (a.as_os_str(), b.as_os_str());
    a == b || (fold_case && a.to_string_lossy().to_lowercase() == b.to_string_lossy().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_compares_whole_components_and_folds_case_where_the_file_system_does() {
        let (base, out) = (Path::new("/srv/site/static"), Path::new("/srv/Site/Static/out"));
        assert!(within_folding(out, base, true));
        assert!(!within_folding(out, base, false));
        assert!(within_folding(Path::new("/srv/site/static"), base, false));
        assert!(!within_folding(Path::new("/srv/site/statics"), base, true));
        assert!(!within_folding(Path::new("/srv/site"), base, true));
        assert!(within_folding(Path::new("/srv/ŁÓDŹ/x"), Path::new("/srv/łódź"), true));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_followed_and_a_link_to_nothing_refused() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().canonicalize().unwrap();
        fs::create_dir(real.join("www")).unwrap();
        std::os::unix::fs::symlink(real.join("www"), real.join("public")).unwrap();
        assert_eq!(resolve(&real.join("public")).unwrap(), real.join("www"));
        std::os::unix::fs::symlink(real.join("gone"), real.join("dangling")).unwrap();
        let e = resolve(&real.join("dangling")).unwrap_err();
        let d = super::super::problem(&e).unwrap();
        assert_eq!(d.message, format!("the output is a link to {}, which does not exist", real.join("gone").display()));
    }
}
