//! What a changed path means for the site: the sorting step between the watcher
//! (which reports paths) and the rebuild (which decides how much to redo).
//!
//! Pure: takes paths relative to the site root and never looks at the disk.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use crate::content::load::{classify as classify_content_file, is_ignored, FileRole, CONFIG_FILE};

pub use crate::site::SOURCE_DIRS;

/// One kind of change, from the narrowest to the widest rebuild it calls for.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// A static file (site `static/` or a theme's `static/`), copied as it is.
    Static { path: PathBuf },
    /// One year of one programme: `YEAR.toml` or `YEAR.<lang>.md`.
    Report { programme: String, year: i32 },
    /// A programme's own files: `programme.toml`, `programme.<lang>.md`, editions.
    Programme { programme: String },
    /// Anything else under `content/`: a new or removed programme folder, say.
    Content,
    /// A Tera template, the site's or a theme's.
    Template,
    /// Other theme files and UI strings (`i18n/`).
    Theme,
    /// `jawnik.toml`: languages, theme, titles — everything may change.
    Config,
}

/// The changes of one burst of events, by path and kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangeSet {
    /// Changed paths relative to the site root, sorted.
    pub paths: BTreeSet<PathBuf>,
    pub kinds: BTreeSet<ChangeKind>,
}

impl ChangeSet {
    /// Sorts paths (relative to the root) into kinds; paths that are not part of
    /// the site (editor files, other root files) are left out.
    pub fn from_paths<'a>(paths: impl IntoIterator<Item = &'a Path>) -> ChangeSet {
        let mut set = ChangeSet::default();
        for path in paths {
            if let Some(kind) = classify(path) {
                set.paths.insert(path.to_path_buf());
                set.kinds.insert(kind);
            }
        }
        set
    }

    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }

    /// The static files changed, when nothing else did.
    pub fn static_only(&self) -> Option<Vec<&Path>> {
        self.kinds
            .iter()
            .map(|k| match k {
                ChangeKind::Static { path } => Some(path.as_path()),
                _ => None,
            })
            .collect()
    }

    /// Whether only templates changed.
    pub fn templates_only(&self) -> bool {
        !self.kinds.is_empty() && self.kinds.iter().all(|k| *k == ChangeKind::Template)
    }

    /// The programmes changed, when nothing but their own files did (year
    /// reports, programme and edition files, their texts).
    pub fn programmes_only(&self) -> Option<BTreeSet<String>> {
        self.kinds
            .iter()
            .map(|k| match k {
                ChangeKind::Report { programme, .. } | ChangeKind::Programme { programme } => Some(programme.clone()),
                _ => None,
            })
            .collect()
    }

    /// "content/x/2023.toml" or "content/x/2023.toml and 2 other files", for the terminal.
    pub fn describe(&self) -> String {
        let mut paths = self.paths.iter().map(|p| p.to_string_lossy().replace('\\', "/"));
        let first = paths.next().unwrap_or_default();
        match self.paths.len() {
            0 | 1 => first,
            n => msg!("change-and-others", first = first, others = n - 1),
        }
    }
}

/// The kind of change a path (relative to the site root) makes, or `None` when
/// it is not part of the site.
pub fn classify(rel: &Path) -> Option<ChangeKind> {
    let mut parts = Vec::new();
    for c in rel.components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str()?),
            _ => return None,
        }
    }
    if parts.iter().any(|p| is_ignored(p)) {
        return None;
    }
    match parts.as_slice() {
        [] => None,
        [name] if *name == CONFIG_FILE => Some(ChangeKind::Config),
        // A source folder itself appearing or going away.
        ["content"] => Some(ChangeKind::Content),
        ["templates"] => Some(ChangeKind::Template),
        ["static"] | ["themes"] | ["i18n"] => Some(ChangeKind::Theme),
        [_] => None,
        ["content", programme, file] => Some(match classify_content_file(file) {
            FileRole::Report { year }
            | FileRole::ReportText { year, .. }
            | FileRole::ReportConclusions { year, .. } => ChangeKind::Report { programme: programme.to_string(), year },
            FileRole::Programme | FileRole::ProgrammeText { .. } | FileRole::Edition { .. } => {
                ChangeKind::Programme { programme: programme.to_string() }
            }
            FileRole::Unknown => ChangeKind::Content,
        }),
        ["content", ..] => Some(ChangeKind::Content),
        ["static", _, ..] | ["themes", _, "static", _, ..] => Some(ChangeKind::Static { path: rel.to_path_buf() }),
        ["templates", ..] | ["themes", _, "templates", ..] => Some(ChangeKind::Template),
        ["themes", ..] | ["i18n", ..] => Some(ChangeKind::Theme),
        [_, ..] => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(p: &str) -> Option<ChangeKind> {
        classify(Path::new(p))
    }

    #[test]
    fn paths_are_sorted_into_kinds() {
        let report = |year| Some(ChangeKind::Report { programme: "przemoc".into(), year });
        let programme = Some(ChangeKind::Programme { programme: "przemoc".into() });
        assert_eq!(kind("jawnik.toml"), Some(ChangeKind::Config));
        assert_eq!(kind("content/przemoc/2023.toml"), report(2023));
        assert_eq!(kind("content/przemoc/2020.en.md"), report(2020));
        assert_eq!(kind("content/przemoc/2024.conclusions.pl.md"), report(2024));
        assert_eq!(kind("content/przemoc/programme.toml"), programme);
        assert_eq!(kind("content/przemoc/programme.pl.md"), programme);
        assert_eq!(kind("content/przemoc/edition-2021-2030.toml"), programme);
        assert_eq!(kind("content/przemoc"), Some(ChangeKind::Content));
        assert_eq!(kind("content/przemoc/notes.txt"), Some(ChangeKind::Content));
        assert_eq!(kind("templates/page.html"), Some(ChangeKind::Template));
        assert_eq!(kind("themes/default/templates/base.html"), Some(ChangeKind::Template));
        assert_eq!(kind("themes/default/i18n/pl/pages.toml"), Some(ChangeKind::Theme));
        assert_eq!(kind("i18n/en/pages.toml"), Some(ChangeKind::Theme));
        assert_eq!(kind("static"), Some(ChangeKind::Theme));
        assert_eq!(kind("content"), Some(ChangeKind::Content));
        let css = "themes/default/static/css/site.css";
        assert_eq!(kind(css), Some(ChangeKind::Static { path: css.into() }));
        assert_eq!(kind("static/logo.png"), Some(ChangeKind::Static { path: "static/logo.png".into() }));
    }

    #[test]
    fn editor_files_and_other_root_files_are_not_changes() {
        for p in [
            "content/przemoc/2023.toml~",
            "content/przemoc/.2023.toml.swp",
            "content/przemoc/.2023.toml.swx",
            "content/przemoc/4913",
            "content/przemoc/#2023.toml#",
            "content/przemoc/2023.toml.tmp",
            "content/.git/index",
            "static/.site.css.jawnik-tmp",
            "Cargo.toml",
            "public/index.html",
            "target/debug/jawnik",
            "../content/x/2023.toml",
        ] {
            assert_eq!(kind(p), None, "{p}");
        }
    }

    #[test]
    fn a_burst_is_described_by_its_first_path_and_a_count() {
        let set = ChangeSet::from_paths(
            ["content/p/2023.toml", "content/p/2023.toml~", "content/p/2024.toml", "static/a.css"].map(Path::new),
        );
        assert_eq!(set.describe(), "content/p/2023.toml and 2 other files");
        assert_eq!(set.static_only(), None);
        let statics = ChangeSet::from_paths(["static/a.css"].map(Path::new));
        assert_eq!(statics.describe(), "static/a.css");
        assert_eq!(statics.static_only(), Some(vec![Path::new("static/a.css")]));
    }
}
