//! Names that become folder and file names in the output — programme folder
//! names, indicator ids, language codes, the theme's static files — and which of
//! them work everywhere: in web addresses, on Linux, and on Windows (a clerk's
//! PC, a Windows web server, a zip unpacked there).
//!
//! Pure functions on strings; the loaders call them and report what fails.

/// True for ids and folder names usable in URLs: `a-z`, `0-9` and `-`.
///
/// Being lowercase only, two such names never differ by case alone, so they
/// cannot collide on a case-insensitive file system (Windows, macOS).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A URL-safe id from any text: Polish letters folded, everything else a hyphen.
pub fn slugify(s: &str) -> String {
    let folded = crate::i18n::fold_diacritics(&s.to_lowercase());
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The device names Windows keeps for itself, as they are written in hints.
pub const WINDOWS_DEVICE_NAMES: &str = "con, prn, aux, nul, com0–com9 and lpt0–lpt9";

/// True when Windows treats `name` as a device (`aux`, `CON`, `com1`, `lpt¹`,
/// `conin$`), so no file or folder can have it. The test ignores case, and
/// what follows the first dot and any spaces before it: on Windows 10
/// `nul.txt`, `Aux.tar.gz` and `con .html` are devices too.
pub fn is_windows_device_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
    let upper = stem.to_ascii_uppercase();
    if matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$") {
        return true;
    }
    let Some(port) = upper.strip_prefix("COM").or_else(|| upper.strip_prefix("LPT")) else { return false };
    let mut digits = port.chars();
    matches!((digits.next(), digits.next()), (Some('0'..='9' | '¹' | '²' | '³'), None))
}

/// Folders the site's own pages use under each language folder (`pl/data/`,
/// `pl/search/`, `pl/accessibility/`; see `render::urls`). A programme folder of
/// the same name would be written over them.
pub const PAGE_FOLDERS: [&str; 3] = ["data", "search", "accessibility"];

/// Why a name that passes [`is_slug`] still cannot become a folder of the
/// output: `None` when it can.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    /// A Windows device name: no file or folder can have it there.
    WindowsDevice,
    /// One of [`PAGE_FOLDERS`].
    PageFolder,
}

impl Taken {
    /// For an indicator id (a folder under `indicators/`, a data file name).
    pub fn id(slug: &str) -> Option<Taken> {
        is_windows_device_name(slug).then_some(Taken::WindowsDevice)
    }

    /// For a programme folder name (a folder beside the site's own pages).
    pub fn programme(slug: &str) -> Option<Taken> {
        Taken::id(slug).or_else(|| PAGE_FOLDERS.contains(&slug).then_some(Taken::PageFolder))
    }

    /// Ends the sentence "the programme folder name `aux` …".
    pub fn reason(self, slug: &str) -> String {
        match self {
            Taken::WindowsDevice => msg!("taken-device"),
            Taken::PageFolder => msg!("taken-page-folder", slug = slug),
        }
    }

    /// A hint that starts with `fix` ("rename the folder", "use another id").
    pub fn hint(self, fix: &str, slug: &str) -> String {
        match self {
            Taken::WindowsDevice => msg!("taken-device-hint", fix = fix, slug = slug, names = WINDOWS_DEVICE_NAMES),
            Taken::PageFolder => msg!("taken-page-folder-hint", fix = fix, slug = slug),
        }
    }
}

/// What stops `name` (one file or folder name, not a path) from being created on
/// Windows, or `None` when it can be. The reason completes "`name` cannot be
/// used on Windows: it …".
pub fn windows_name_problem(name: &str) -> Option<String> {
    if is_windows_device_name(name) {
        let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
        return Some(if name.contains('.') {
            msg!("windows-name-device-ext", stem = stem)
        } else {
            msg!("windows-name-device", stem = stem)
        });
    }
    if let Some(c) = name.chars().find(|c| matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*' | '\\')) {
        return Some(msg!("windows-name-char", char = c.to_string()));
    }
    if name.chars().any(char::is_control) {
        return Some(msg!("windows-name-control"));
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Some(msg!("windows-name-dot"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("niebieskie-karty"));
        assert!(!is_slug("Niebieskie karty"));
        assert!(!is_slug("Porady"), "ids are lowercase, so `Porady` and `porady` cannot both exist");
        assert_eq!(slugify("Świetlice profilaktyczno–wychowawcze"), "swietlice-profilaktyczno-wychowawcze");
    }

    #[test]
    fn windows_device_names_in_any_case_and_with_an_extension() {
        for name in [
            "aux",
            "con",
            "nul",
            "prn",
            "com1",
            "com9",
            "lpt1",
            "lpt9",
            "com0",
            "lpt0",
            "AUX",
            "Con",
            "nUl",
            "aux.txt",
            "NUL.tar.gz",
            "con .html",
            "aux.",
            "aux ",
            "conin$",
            "CONOUT$",
            "com¹",
            "LPT³",
        ] {
            assert!(is_windows_device_name(name), "{name} is a device on Windows");
        }
        for name in ["auxiliary", "con-1", "com10", "lpt", "com", "x-aux", "console", "nul-1.txt", "com¹²", "porady"]
        {
            assert!(!is_windows_device_name(name), "{name} is an ordinary name");
        }
    }

    #[test]
    fn programme_folders_keep_clear_of_devices_and_the_sites_own_pages() {
        use crate::render::urls;
        assert_eq!(Taken::programme("aux"), Some(Taken::WindowsDevice));
        assert_eq!(Taken::id("lpt1"), Some(Taken::WindowsDevice));
        assert_eq!(Taken::id("data"), None, "an indicator folder lives under indicators/");
        assert_eq!(Taken::programme("przemoc"), None);
        for page in [urls::data("pl"), urls::search("pl"), urls::accessibility("pl")] {
            let folder = page.split('/').nth(1).unwrap();
            assert_eq!(Taken::programme(folder), Some(Taken::PageFolder), "{page}");
            assert_eq!(urls::programme("pl", folder), page, "a programme `{folder}` would be written over {page}");
        }
    }

    #[test]
    fn windows_name_problems_say_why() {
        assert_eq!(
            windows_name_problem("Aux.css").as_deref(),
            Some("is the name of a device (`Aux`), even with an extension")
        );
        assert_eq!(windows_name_problem("a:b.png").as_deref(), Some("contains `:`, which file names there cannot"));
        assert_eq!(
            windows_name_problem("logo.png.").as_deref(),
            Some("ends with a dot or a space, which would be dropped there")
        );
        assert_eq!(windows_name_problem("logo .png "), windows_name_problem("x "));
        assert_eq!(windows_name_problem("nul").as_deref(), Some("is the name of a device (`nul`)"));
        assert_eq!(windows_name_problem("style.css"), None);
        assert_eq!(windows_name_problem("herb-łódź.svg"), None);
    }
}
