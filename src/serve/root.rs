//! Where the site is: the folder `serve` and `watch` work on, and the form
//! of it (and of other paths) a person is shown.

use std::io;
use std::path::{Path, PathBuf};

use crate::content::load::CONFIG_FILE;

/// The canonical site root, or an error saying how to point at one.
pub fn site_root(root: &Path) -> io::Result<PathBuf> {
    let canonical = root.canonicalize().map_err(|e| {
        io::Error::new(e.kind(), msg!("root-cannot-open", path = root.display().to_string(), error = e.to_string()))
    })?;
    if !canonical.join(CONFIG_FILE).is_file() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            msg!("root-no-config", file = CONFIG_FILE, path = root.display().to_string()),
        ));
    }
    Ok(simplified(canonical))
}

/// `path` as Windows users write it: `C:\site` rather than the `\\?\C:\site`
/// that `canonicalize` returns there, `\\server\share` rather than
/// `\\?\UNC\server\share`. Paths the short form cannot name (too long, a
/// reserved name such as `NUL`, a name ending in a dot or space) and all
/// paths elsewhere are returned as they are.
pub fn simplified(path: PathBuf) -> PathBuf {
    if !cfg!(windows) {
        return path;
    }
    match path.to_str().and_then(without_verbatim_prefix) {
        Some(short) => PathBuf::from(short),
        None => path,
    }
}

/// The short form of a verbatim Windows path, if it has one that means the
/// same file; works on the text so it is tested on every platform.
fn without_verbatim_prefix(path: &str) -> Option<String> {
    let rest = path.strip_prefix(r"\\?\")?;
    let (short, names) = if let Some(unc) = rest.strip_prefix(r"UNC\") {
        (format!(r"\\{unc}"), unc)
    } else {
        let drive = rest.as_bytes();
        let is_drive = drive.len() >= 3 && drive[0].is_ascii_alphabetic() && drive[1] == b':' && drive[2] == b'\\';
        if !is_drive {
            return None;
        }
        (rest.to_string(), &rest[3..])
    };
    // The classic limit, MAX_PATH (260) including the final NUL.
    let fits = short.encode_utf16().count() < 260;
    (fits && names.split('\\').all(plain_name)).then_some(short)
}

/// A name that means the same with and without the `\\?\` prefix.
fn plain_name(name: &str) -> bool {
    if name.is_empty() {
        return true; // a trailing `\`
    }
    let reserved = {
        let stem = name.split('.').next().unwrap_or(name).trim_end().to_ascii_uppercase();
        matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$")
            || (stem.len() == 4
                && (stem.starts_with("COM") || stem.starts_with("LPT"))
                && stem.as_bytes()[3].is_ascii_digit())
    };
    let bad_char = name.chars().any(|c| c < ' ' || matches!(c, '<' | '>' | ':' | '"' | '/' | '|' | '?' | '*'));
    !reserved && !bad_char && name != "." && name != ".." && !name.ends_with(['.', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_windows_paths_lose_their_prefix_when_that_changes_nothing() {
        let short = without_verbatim_prefix;
        assert_eq!(short(r"\\?\Z:\gmina\raport").as_deref(), Some(r"Z:\gmina\raport"));
        assert_eq!(short(r"\\?\C:\").as_deref(), Some(r"C:\"));
        assert_eq!(short(r"\\?\C:\Użytkownicy\Zażółć\strona").as_deref(), Some(r"C:\Użytkownicy\Zażółć\strona"));
        assert_eq!(short(r"\\?\UNC\serwer\udział\strona").as_deref(), Some(r"\\serwer\udział\strona"));
        // Not verbatim, or not a drive or share: left alone.
        assert_eq!(short(r"C:\gmina"), None);
        assert_eq!(short("/home/gmina/strona"), None);
        assert_eq!(short(r"\\?\Volume{0b9c}\strona"), None);
        assert_eq!(short(r"\\?\GLOBALROOT\Device\x"), None);
        // Names the short form would read differently.
        for path in [
            r"\\?\C:\strona\NUL",
            r"\\?\C:\strona\con.txt",
            r"\\?\C:\strona\COM1",
            r"\\?\C:\strona\lpt9.log",
            r"\\?\C:\strona\kropka.",
            r"\\?\C:\strona\spacja ",
            r"\\?\C:\strona\..\x",
            r"\\?\C:\strona\a:b",
        ] {
            assert_eq!(short(path), None, "{path}");
        }
        assert_eq!(short(r"\\?\C:\strona\console\conx").as_deref(), Some(r"C:\strona\console\conx"));
        let fits = format!(r"\\?\C:\{}\{}", "a".repeat(200), "b".repeat(55));
        assert_eq!(short(&fits).map(|s| s.len()), Some(259));
        let long = format!(r"\\?\C:\{}\{}", "a".repeat(200), "b".repeat(56));
        assert_eq!(short(&long), None, "as long as MAX_PATH");
    }

    #[test]
    fn elsewhere_paths_are_left_as_they_are() {
        if !cfg!(windows) {
            let odd = PathBuf::from(r"\\?\C:\x");
            assert_eq!(simplified(odd.clone()), odd);
        }
    }
}
