//! Problems the user can fix, reported like a compiler: `path:line:col`, a plain
//! message, the offending source line and a hint.
//!
//! Every stage pushes into a [`Diagnostics`] list instead of stopping at the first
//! problem, so one `jawnik check` shows everything that is wrong.

use std::fmt::{self, Write as _};
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the site root where possible.
    pub path: PathBuf,
    /// 1-based line and column, when the problem has a place in the file.
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
    /// The source line, shown under the location.
    pub source_line: Option<String>,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: None,
            col: None,
            message: message.into(),
            hint: None,
            source_line: None,
        }
    }

    pub fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(path, message) }
    }

    /// Places the diagnostic at a byte span of `source` (a TOML span, say).
    pub fn at(mut self, source: &str, span: Range<usize>) -> Diagnostic {
        let (line, col) = line_col(source, span.start);
        self.line = Some(line);
        self.col = Some(col);
        self.source_line = source.lines().nth(line - 1).map(|l| l.trim_end().to_string());
        self
    }

    /// Places the diagnostic on a 1-based line, when no byte span is known.
    pub fn at_line(mut self, source: &str, line: usize) -> Diagnostic {
        self.line = Some(line);
        self.col = Some(1);
        self.source_line = source.lines().nth(line.saturating_sub(1)).map(|l| l.trim_end().to_string());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col` (or as much of it as is known).
    pub fn location(&self) -> String {
        let mut s = show_path(&self.path);
        if let Some(line) = self.line {
            let _ = write!(s, ":{line}");
            if let Some(col) = self.col {
                let _ = write!(s, ":{col}");
            }
        }
        s
    }
}

impl fmt::Display for Diagnostic {
    /// Rustc-style:
    /// ```text
    /// error: unknown indicator id `porady-konsultacje`
    ///   --> content/przemoc/2023.toml:14:9
    ///    |
    /// 14 | [values.porady-konsultacje]
    ///    |
    ///    = help: did you mean `porady-i-konsultacje`?
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        let gutter = self.line.map_or(1, |l| l.to_string().len());
        let pad = " ".repeat(gutter);
        write!(f, "{pad}--> {}", self.location())?;
        if let (Some(line), Some(src)) = (self.line, &self.source_line) {
            write!(f, "\n{pad} |\n{line} | {src}")?;
            if let Some(col) = self.col {
                let caret_at: usize = src.chars().take(col.saturating_sub(1)).map(|_| 1).sum();
                write!(f, "\n{pad} | {}^", " ".repeat(caret_at))?;
            }
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n{pad} = help: {hint}")?;
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..floor_char_boundary(source, offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The problems found in one run, in the order they were found.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Sorted by file, then position, errors before warnings at the same place, so
    /// output is stable whatever order the files were read in.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.path, a.line, a.col, a.severity, &a.message).cmp(&(&b.path, b.line, b.col, b.severity, &b.message))
        });
        self.items.dedup();
        self.items
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// A path as jawnik prints it. A relative path (a file in the site, as
/// `content/przemoc/2024.toml`) has `/` between its parts on every platform,
/// as git prints paths, so messages read the same on Windows and Linux and
/// match the docs; Windows accepts `/` wherever a path is typed. An absolute
/// path (`C:\Users\…`, `/home/…`) is printed exactly as the system gives it.
pub fn show_path(path: &Path) -> String {
    if path.has_root() || matches!(path.components().next(), Some(Component::Prefix(_))) {
        return path.display().to_string();
    }
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// A path shown relative to the site root when it lies under it.
pub fn relative_to(path: &Path, root: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_rustc_with_caret_and_hint() {
        let src = "year = 2023\n[values.porady-konsultacje]\nvalue = 295\n";
        let start = src.find("porady").unwrap();
        let d = Diagnostic::error("content/p/2023.toml", "unknown indicator id `porady-konsultacje`")
            .at(src, start..start + 18)
            .hint("did you mean `porady-i-konsultacje`?");
        assert_eq!(
            d.to_string(),
            "error: unknown indicator id `porady-konsultacje`\n \
             --> content/p/2023.toml:2:9\n  |\n2 | [values.porady-konsultacje]\n  |         ^\n  \
             = help: did you mean `porady-i-konsultacje`?"
        );
    }

    #[test]
    fn relative_paths_are_shown_with_slashes_absolute_ones_as_they_are() {
        // Built with the platform's separator: `content\przemoc\2024.toml` on Windows.
        let rel = Path::new("content").join("przemoc").join("2024.toml");
        assert_eq!(show_path(&rel), "content/przemoc/2024.toml");
        assert_eq!(show_path(&Path::new(".").join("public")), "./public");
        assert_eq!(show_path(&Path::new("..").join("dane.xlsx")), "../dane.xlsx");
        let d = Diagnostic::error(rel, "x").at_line("a\nb\n", 2);
        assert_eq!(d.location(), "content/przemoc/2024.toml:2:1");
        // Absolute paths are the system's own: `C:\…` keeps its backslashes.
        let abs = std::env::temp_dir().join("arkusz.xlsx");
        assert_eq!(show_path(&abs), abs.display().to_string());
    }

    #[cfg(windows)]
    #[test]
    fn windows_absolute_paths_keep_their_backslashes() {
        assert_eq!(show_path(Path::new(r"C:\Users\Anna\dane.xlsx")), r"C:\Users\Anna\dane.xlsx");
        assert_eq!(show_path(Path::new(r"content/przemoc\2024.toml")), "content/przemoc/2024.toml");
        assert_eq!(show_path(Path::new(r"C:strona\content")), r"C:strona\content");
    }

    #[cfg(unix)]
    #[test]
    fn a_backslash_in_a_linux_file_name_is_left_alone() {
        // On Linux `\` is an ordinary character of a name, not a separator.
        assert_eq!(show_path(Path::new(r"content/a\b.toml")), r"content/a\b.toml");
        assert_eq!(show_path(Path::new("/home/anna/dane.xlsx")), "/home/anna/dane.xlsx");
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        assert_eq!(line_col("ząb = 1\nłódź", 9), (2, 1));
        assert_eq!(line_col("ząb = 1", 4), (1, 4));
    }

    #[test]
    fn closest_suggests_only_near_misses() {
        let ids = ["porady-i-konsultacje", "niebieskie-karty"];
        assert_eq!(closest("porady-konsultacje", ids), Some("porady-i-konsultacje"));
        assert_eq!(closest("zzz", ids), None);
    }
}
