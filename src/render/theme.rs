//! The theme: templates, static files and UI strings, gathered from layers.
//!
//! Layers, later ones overriding earlier ones file by file (as in Zola):
//! 1. the default theme: `themes/default/` under the site root when that folder
//!    exists, else the copy embedded in the binary (so a site made by
//!    `jawnik new site` builds without a `themes/` folder);
//! 2. the theme the site picks with `theme = "name"` in jawnik.toml
//!    (`themes/<name>/`), when it is not the default;
//! 3. the site's own `templates/`, `static/` and `i18n/` folders.
//!
//! This module only reads files; it renders nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::content::names::windows_name_problem;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::strings::UiStrings;

include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));

/// The name of the theme built into the binary.
pub const DEFAULT_THEME_NAME: &str = "default";

/// One template's text and where it came from (for error messages).
#[derive(Clone, Debug)]
pub struct TemplateSource {
    /// Shown in errors: a path relative to the site root, or
    /// `(built-in default theme)/templates/…`.
    pub origin: PathBuf,
    pub text: String,
}

/// Everything a render needs from the theme and the site's overrides.
#[derive(Clone, Debug, Default)]
pub struct Theme {
    /// Template name (path under `templates/`, e.g. `programme.html`) → source.
    pub templates: BTreeMap<String, TemplateSource>,
    /// Path under `static/` → bytes; copied to `static/…` in the output.
    pub statics: BTreeMap<String, Vec<u8>>,
    pub strings: UiStrings,
    /// Problems that did not stop the theme loading (a link left out).
    pub warnings: Diagnostics,
}

/// The three kinds of theme files, by their top folder.
enum Kind<'a> {
    Template(&'a str),
    Static(&'a str),
    Strings { lang: &'a str, part: &'a str },
}

fn kind_of(rel: &str) -> Option<Kind<'_>> {
    if let Some(name) = rel.strip_prefix("templates/") {
        return Some(Kind::Template(name));
    }
    if let Some(path) = rel.strip_prefix("static/") {
        return Some(Kind::Static(path));
    }
    let rest = rel.strip_prefix("i18n/")?;
    let (lang, file) = rest.split_once('/')?;
    let part = file.strip_suffix(".toml").filter(|p| !p.contains('/'))?;
    Some(Kind::Strings { lang, part })
}

impl Theme {
    /// Loads the layers for a site at `root` whose config names `theme`.
    pub fn load(root: &Path, theme: &str) -> Result<Theme, Diagnostics> {
        let mut out = Theme::default();
        let mut diags = Diagnostics::default();
        let default_dir = root.join("themes").join(DEFAULT_THEME_NAME);
        if default_dir.is_dir() {
            out.add_dir(root, &default_dir, &mut diags);
        } else {
            for (rel, bytes) in DEFAULT_THEME {
                let origin = Path::new("(built-in default theme)").join(rel);
                out.add_file(rel, &origin, bytes.to_vec(), &mut diags);
            }
        }
        if theme != DEFAULT_THEME_NAME {
            let dir = root.join("themes").join(theme);
            if dir.is_dir() {
                out.add_dir(root, &dir, &mut diags);
            } else {
                diags.push(
                    Diagnostic::error("jawnik.toml", msg!("theme-not-found", theme = theme))
                        .hint(msg!("theme-not-found-hint", theme = theme)),
                );
            }
        }
        out.add_dir(root, root, &mut diags);
        if diags.has_errors() {
            Err(diags)
        } else {
            out.warnings = diags;
            Ok(out)
        }
    }

    /// Adds the templates/, static/ and i18n/ files found under `dir`.
    fn add_dir(&mut self, root: &Path, dir: &Path, diags: &mut Diagnostics) {
        for top in ["templates", "static", "i18n"] {
            let base = dir.join(top);
            if !base.is_dir() {
                continue;
            }
            for entry in walkdir::WalkDir::new(&base).sort_by_file_name().into_iter().flatten() {
                let name = entry.file_name().to_string_lossy();
                if entry.path_is_symlink() && !crate::content::load::is_ignored(&name) {
                    // Not followed (a theme could link to any file on the
                    // machine), but never dropped without a word.
                    let origin = crate::diagnostics::relative_to(entry.path(), root);
                    diags.push(Diagnostic::warning(origin, msg!("theme-link")).hint(msg!("theme-link-hint")));
                    continue;
                }
                if !entry.file_type().is_file() || crate::content::load::is_ignored(&name) {
                    continue;
                }
                let Ok(rel) = entry.path().strip_prefix(dir) else { continue };
                let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                let origin = crate::diagnostics::relative_to(entry.path(), root);
                match std::fs::read(entry.path()) {
                    Ok(bytes) => self.add_file(&rel, &origin, bytes, diags),
                    Err(e) => diags.push(Diagnostic::error(&origin, msg!("cannot-read-file", why = e.to_string()))),
                }
            }
        }
    }

    fn add_file(&mut self, rel: &str, origin: &Path, bytes: Vec<u8>, diags: &mut Diagnostics) {
        match kind_of(rel) {
            Some(Kind::Static(path)) => {
                // Copied into the output under its own name, which must work on Windows too.
                match path.split('/').find_map(|part| windows_name_problem(part).map(|why| (part, why))) {
                    Some((part, why)) => diags.push(
                        Diagnostic::error(origin, msg!("windows-name", name = part, why = why))
                            .hint(msg!("windows-name-hint")),
                    ),
                    None => {
                        self.statics.insert(path.to_string(), bytes);
                    }
                }
            }
            Some(Kind::Template(name)) => match crate::content::source::decode(&bytes, origin) {
                Ok(text) => {
                    self.templates.insert(name.to_string(), TemplateSource { origin: origin.to_path_buf(), text });
                }
                Err(d) => diags.push(*d),
            },
            Some(Kind::Strings { lang, part }) => {
                let text = match crate::content::source::decode(&bytes, origin) {
                    Ok(t) => t,
                    Err(d) => return diags.push(*d),
                };
                if let Err(e) = self.strings.add_file(lang, part, &text) {
                    let mut d = Diagnostic::error(origin, msg!("strings-not-toml", error = e.message()))
                        .hint(msg!("strings-not-toml-hint"));
                    if let Some(span) = e.span() {
                        d = d.at(&text, span);
                    }
                    diags.push(d);
                }
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_default_theme_has_templates_strings_and_css() {
        let dir = tempfile::tempdir().unwrap();
        let theme = Theme::load(dir.path(), DEFAULT_THEME_NAME).unwrap();
        assert!(theme.templates.contains_key("base.html"));
        assert!(theme.statics.contains_key("style.css"));
        assert_eq!(theme.strings.lookup("pl", "page.home"), Some("Strona główna"));
        assert_eq!(theme.strings.lookup("en", "page.home"), Some("Home"));
    }

    #[test]
    fn the_embedded_default_theme_has_lf_line_endings() {
        // A CRLF checkout (Git for Windows without .gitattributes) would change
        // the embedded bytes and so every page built with them.
        let crlf: Vec<&str> = DEFAULT_THEME.iter().filter(|(_, b)| b.contains(&b'\r')).map(|(p, _)| *p).collect();
        assert!(crlf.is_empty(), "theme files with CR: {crlf:?}");
    }

    #[test]
    fn site_files_override_the_theme_file_by_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/404.html"), "mine").unwrap();
        let theme = Theme::load(dir.path(), DEFAULT_THEME_NAME).unwrap();
        assert_eq!(theme.templates["404.html"].text, "mine");
        assert_eq!(theme.templates["404.html"].origin, Path::new("templates/404.html"));
        assert!(theme.templates["base.html"].origin.starts_with("(built-in default theme)"));
    }

    #[test]
    fn a_static_file_windows_cannot_hold_is_an_error() {
        // Made on Linux, copied to a Windows server: `aux.css` is a device there.
        let mut theme = Theme::default();
        let mut diags = Diagnostics::default();
        for rel in ["static/img/aux.css", "static/logo.png.", "static/ok/herb.svg"] {
            theme.add_file(rel, Path::new(rel), b"x".to_vec(), &mut diags);
        }
        let found: Vec<String> = diags.items.iter().map(|d| format!("{}: {}", d.location(), d.message)).collect();
        assert_eq!(
            found,
            [
                "static/img/aux.css: the name `aux.css` cannot be used on Windows: it is the name of a device \
                 (`aux`), even with an extension",
                "static/logo.png.: the name `logo.png.` cannot be used on Windows: it ends with a dot or a space, \
                 which would be dropped there",
            ]
        );
        assert_eq!(diags.items[0].hint.as_deref(), Some("rename it (and the links to it in the templates)"));
        assert_eq!(theme.statics.keys().collect::<Vec<_>>(), ["ok/herb.svg"]);
    }

    #[test]
    fn an_unknown_theme_is_an_error_with_a_hint() {
        let dir = tempfile::tempdir().unwrap();
        let diags = Theme::load(dir.path(), "civic").unwrap_err();
        assert_eq!(diags.items[0].message, "the theme `civic` was not found");
    }
}
