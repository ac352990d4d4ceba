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
    ///    |         ^
    ///    = help: did you mean `porady-i-konsultacje`?
    /// ```
    /// Everything that came from a file is made safe for a terminal first:
    /// control characters (an ESC would start an escape sequence) are shown
    /// escaped, tabs are expanded so the caret lines up, and a long source line
    /// is cut to a window around the caret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => msg!("label-error"),
            Severity::Warning => msg!("label-warning"),
        };
        writeln!(f, "{label}: {}", printable(&self.message, MAX_MESSAGE))?;
        let gutter = self.line.map_or(1, |l| l.to_string().len());
        let pad = " ".repeat(gutter);
        write!(f, "{pad}--> {}", printable(&self.location(), MAX_MESSAGE))?;
        if let (Some(line), Some(src)) = (self.line, &self.source_line) {
            let (shown, caret) = excerpt(src, self.col);
            write!(f, "\n{pad} |\n{line} | {shown}")?;
            if let Some(caret) = caret {
                write!(f, "\n{pad} | {}^", " ".repeat(caret))?;
            }
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n{pad} = {}: {}", msg!("label-help"), printable(hint, MAX_MESSAGE))?;
        }
        Ok(())
    }
}

/// The longest message, location or hint printed, in characters; a value
/// pasted into a message is cut well before that by [`quote`].
const MAX_MESSAGE: usize = 600;
/// The widest source line printed, in columns.
const MAX_SOURCE: usize = 100;
/// Columns a tab advances to (the next multiple of).
const TAB: usize = 4;

/// A character as it is safe to show on a terminal: control characters
/// (ESC, NUL, DEL, C1), invisible format characters (zero-width spaces,
/// right-to-left overrides, a byte order mark) and line separators become
/// `\u{…}`, so they can neither move the cursor nor hide in a line.
fn shown_char(c: char) -> Option<String> {
    let invisible = c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}');
    invisible.then(|| format!("\\u{{{:x}}}", c as u32))
}

/// `text` with unsafe characters escaped (see [`shown_char`]; a tab becomes a
/// space), cut to `max` characters with `…`.
pub fn printable(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max + 8));
    for (n, c) in text.chars().enumerate() {
        if n == max {
            out.push('…');
            break;
        }
        match c {
            '\t' => out.push(' '),
            c => match shown_char(c) {
                Some(escaped) => out.push_str(&escaped),
                None => out.push(c),
            },
        }
    }
    out
}

/// A value from a file, quoted for a message: escaped like [`printable`]
/// (tabs and line breaks as `\t`, `\n`, `\r`, so a value shows exactly what it
/// holds) and cut to 60 characters, so a pasted paragraph does not fill the
/// screen.
pub fn quote(value: &str) -> String {
    let mut out = String::new();
    for (n, c) in value.chars().enumerate() {
        if n == 60 {
            out.push('…');
            break;
        }
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => match shown_char(c) {
                Some(escaped) => out.push_str(&escaped),
                None => out.push(c),
            },
        }
    }
    out
}

/// A source line as printed under the location, and the column of the caret
/// under `col` (1-based, in characters). Tabs expand to the next multiple of
/// [`TAB`], unsafe characters are escaped, and a line wider than
/// [`MAX_SOURCE`] is cut to a window around the caret, with `…` where it was cut.
fn excerpt(line: &str, col: Option<usize>) -> (String, Option<usize>) {
    let target = col.map(|c| c.saturating_sub(1));
    // Each character as (text shown, column it starts at), read only as far as
    // the widest window could reach: a 1 MB line is not copied.
    let mut cells: Vec<(String, usize)> = Vec::new();
    let mut width = 0;
    let mut caret = None;
    let mut unread = false;
    for (i, c) in line.chars().enumerate() {
        if Some(i) == target {
            caret = Some(width);
        }
        let reach = match (target, caret) {
            (None, _) => MAX_SOURCE,
            (Some(_), Some(at)) => at + MAX_SOURCE,
            (Some(_), None) => usize::MAX,
        };
        if width > reach {
            unread = true;
            break;
        }
        let text = match c {
            '\t' => " ".repeat(TAB - width % TAB),
            c => shown_char(c).unwrap_or_else(|| c.to_string()),
        };
        let starts = width;
        width += text.chars().count();
        cells.push((text, starts));
    }
    // A caret past the end of the line (a value missing at its end, after
    // trailing spaces that were trimmed) keeps its column.
    let read = cells.len();
    let caret = caret.or(target.map(|t| if unread { width } else { width + t.saturating_sub(read) }));
    if width <= MAX_SOURCE && !unread {
        return (cells.into_iter().map(|(t, _)| t).collect(), caret);
    }
    let start = caret.unwrap_or(0).saturating_sub(MAX_SOURCE / 3);
    let end = start + MAX_SOURCE;
    let inside = |(text, starts): &&(String, usize)| *starts >= start && starts + text.chars().count() <= end;
    let first = cells.iter().find(inside).map_or(start, |(_, s)| *s);
    let cut_before = first > 0;
    let cut_after = unread || cells.last().is_some_and(|(t, s)| s + t.chars().count() > end);
    let mut out = String::from(if cut_before { "…" } else { "" });
    cells.iter().filter(inside).for_each(|(t, _)| out.push_str(t));
    if cut_after {
        out.push('…');
    }
    (out, caret.map(|c| c.saturating_sub(first) + usize::from(cut_before)))
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

    /// Errors first, then warnings; each sorted by file and position, so the
    /// real problem is at the top and output is stable whatever order the
    /// files were read in.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (a.severity, &a.path, a.line, a.col, &a.message).cmp(&(b.severity, &b.path, b.line, b.col, &b.message))
        });
        self.items.dedup();
        self.items
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Prints problems to stderr, the real problem first ([`Diagnostics::sorted`]);
/// returns the number of errors and warnings.
pub fn print(diags: Diagnostics) -> (usize, usize) {
    // Counted as printed, repeats dropped: a template error comes back from
    // every page that uses the template, in every language.
    let items = diags.sorted();
    let errors = items.iter().filter(|d| d.is_error()).count();
    for d in &items {
        say!("{d}\n");
    }
    (errors, items.len() - errors)
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
    fn source_lines_are_made_safe_and_the_caret_follows() {
        // A tab widens to the next multiple of 4; the caret moves with it.
        assert_eq!(excerpt("a\tb = x", Some(3)), ("a   b = x".to_string(), Some(4)));
        // An ESC is shown escaped, never sent to the terminal.
        assert_eq!(excerpt("a\u{1b}[2Jb", Some(6)), ("a\\u{1b}[2Jb".to_string(), Some(10)));
        // Polish letters are one column each.
        assert_eq!(excerpt("żółć = x", Some(8)), ("żółć = x".to_string(), Some(7)));
        // A caret after the (trimmed) end keeps its column.
        assert_eq!(excerpt("value =", Some(9)), ("value =".to_string(), Some(8)));
        // A long line is cut to a window around the caret.
        let long = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let (shown, caret) = excerpt(&long, Some(501));
        assert_eq!(shown, format!("…{}X{}…", "a".repeat(33), "b".repeat(66)));
        assert_eq!(shown.chars().nth(caret.unwrap()), Some('X'));
        let (shown, caret) = excerpt(&"c".repeat(1_000_000), None);
        assert_eq!((shown.chars().count(), caret), (101, None));
    }

    #[test]
    fn messages_and_values_are_escaped_and_cut() {
        assert_eq!(printable("a\u{1b}b\u{202e}c\td", 100), "a\\u{1b}b\\u{202e}c d");
        assert_eq!(printable("abcdef", 3), "abc…");
        assert_eq!(quote("java\tscript:\n"), "java\\tscript:\\n");
        assert_eq!(quote(&"x".repeat(100)), format!("{}…", "x".repeat(60)));
        let d = Diagnostic::error("content/a\u{1b}.toml", "bad \u{7}").hint("fix \u{1b}[2J");
        assert_eq!(d.to_string(), "error: bad \\u{7}\n --> content/a\\u{1b}.toml\n  = help: fix \\u{1b}[2J");
    }

    #[test]
    fn errors_come_first() {
        let mut diags = Diagnostics::default();
        diags.push(Diagnostic::warning("a.toml", "w"));
        diags.push(Diagnostic::error("b.toml", "e"));
        let order: Vec<String> = diags.sorted().into_iter().map(|d| d.message).collect();
        assert_eq!(order, ["e", "w"]);
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
