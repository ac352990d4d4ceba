//! The few file-system operations whose failures decide how the output is
//! replaced: renames (with a seam through which unit tests make one fail),
//! moving a file across file systems, finding mount points, and telling a file
//! in use or a read-only folder from other errors.

use std::fs;
use std::io;
use std::path::Path;

/// `fs::rename`, failing where a test asked it to. On Windows a file just
/// written is often held for a moment by a virus scanner or the search
/// indexer: a rename refused as "in use" is tried again a few times (for under
/// a second in all) before it counts.
pub fn rename(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(test)]
    if let Some(e) = fault::injected(from, to) {
        return Err(e);
    }
    let mut tries = 0;
    loop {
        match fs::rename(from, to) {
            Err(e) if cfg!(windows) && why(&e) == Why::InUse && tries < 5 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(50 * tries));
            }
            done => return done,
        }
    }
}

/// Moves a file, copying it when it must cross to another file system.
pub fn move_file(from: &Path, to: &Path) -> io::Result<()> {
    match rename(from, to) {
        Err(e) if e.kind() == io::ErrorKind::CrossesDevices => {
            fs::copy(from, to)?;
            fs::remove_file(from)
        }
        other => other,
    }
}

/// Whether `path` (canonical) is where another file system is mounted: a folder
/// that can be written into but never renamed.
pub fn is_mount_point(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(here), Some(Ok(above))) = (fs::metadata(path), path.parent().map(fs::metadata)) {
            if here.dev() != above.dev() {
                return true;
            }
        }
    }
    // A bind mount of a folder of the same file system keeps its device number.
    #[cfg(target_os = "linux")]
    if let Ok(info) = fs::read_to_string("/proc/self/mountinfo") {
        return info.lines().filter_map(|l| l.split(' ').nth(4)).any(|m| Path::new(&unescape_mountinfo(m)) == path);
    }
    // Elsewhere (a volume mounted in a folder on Windows) the swap's failed
    // rename finds it, and the files are replaced in place after all.
    #[cfg(not(unix))]
    let _ = path;
    false
}

/// Mount points in /proc/self/mountinfo write space, tab, newline and
/// backslash as three octal digits (`\040`).
#[cfg(any(target_os = "linux", test))]
fn unescape_mountinfo(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes.get(i + 1..i + 4).filter(|d| d.iter().all(|b| (b'0'..=b'7').contains(b)));
        match (bytes[i], octal) {
            (b'\\', Some(d)) => {
                out.push((d[0] - b'0') * 64 + (d[1] - b'0') * 8 + (d[2] - b'0'));
                i += 4;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Why a file or folder could not be written or replaced, as far as the user
/// can act on it.
#[derive(Debug, PartialEq, Eq)]
pub enum Why {
    /// Another program holds the file open (Windows refuses to replace it).
    InUse,
    /// The file system is mounted read-only.
    ReadOnly,
    /// Not allowed: permissions, or an immutable file.
    Denied,
    Other,
}

pub fn why(e: &io::Error) -> Why {
    // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION; and a rename Windows
    // denies is, in a folder jawnik wrote, almost always a file held open.
    if cfg!(windows) && (matches!(e.raw_os_error(), Some(32 | 33)) || e.kind() == io::ErrorKind::PermissionDenied) {
        return Why::InUse;
    }
    match e.kind() {
        io::ErrorKind::ReadOnlyFilesystem => Why::ReadOnly,
        io::ErrorKind::PermissionDenied => Why::Denied,
        _ => Why::Other,
    }
}

/// The test seam: a rule, per thread, that makes chosen renames fail.
#[cfg(test)]
pub mod fault {
    use std::cell::RefCell;
    use std::io;
    use std::path::Path;

    type Rule = Box<dyn Fn(&Path, &Path) -> Option<io::Error>>;

    thread_local! {
        static RULE: RefCell<Option<Rule>> = RefCell::new(None);
    }

    /// Makes renames on this thread fail wherever `rule` returns an error,
    /// until the returned guard is dropped.
    pub fn inject(rule: impl Fn(&Path, &Path) -> Option<io::Error> + 'static) -> Guard {
        RULE.with(|r| *r.borrow_mut() = Some(Box::new(rule)));
        Guard
    }

    pub struct Guard;

    impl Drop for Guard {
        fn drop(&mut self) {
            RULE.with(|r| *r.borrow_mut() = None);
        }
    }

    pub(super) fn injected(from: &Path, to: &Path) -> Option<io::Error> {
        RULE.with(|r| r.borrow().as_ref().and_then(|rule| rule(from, to)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mountinfo_escapes_are_decoded() {
        assert_eq!(unescape_mountinfo(r"/srv/my\040site/public"), "/srv/my site/public");
        assert_eq!(unescape_mountinfo(r"/a\134b\0"), r"/a\b\0");
    }

    #[test]
    fn a_move_across_file_systems_copies() {
        let dir = tempfile::tempdir().unwrap();
        let (from, to) = (dir.path().join("a"), dir.path().join("b"));
        fs::write(&from, "x").unwrap();
        let _fault =
            fault::inject(|_, _| Some(io::Error::new(io::ErrorKind::CrossesDevices, "Invalid cross-device link")));
        move_file(&from, &to).unwrap();
        assert_eq!((fs::read_to_string(&to).unwrap(), from.exists()), ("x".to_string(), false));
    }

    #[test]
    fn the_folder_above_the_root_is_a_mount_point_and_a_plain_folder_is_not() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!is_mount_point(&dir.path().canonicalize().unwrap()));
        #[cfg(target_os = "linux")]
        assert!(is_mount_point(Path::new("/proc")));
    }
}
