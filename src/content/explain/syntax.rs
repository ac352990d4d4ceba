//! Syntax errors of the TOML parser ("string values must be quoted, expected
//! literal string"), sorted by what the writer most likely did: a text
//! without quotes, a list or table left open, a backslash in a path, a
//! number written the Polish way.

use super::{explained, floor, Explained, Place, SEE_DOCS};
use crate::diagnostics::quote;

/// The TOML parser's "description, expected …".
pub(super) fn syntax(place: &Place, message: &str) -> Explained {
    let description = message.split(", expected ").next().unwrap_or(message);
    if let Some(found) = polish_number(place) {
        return found;
    }
    let key = place.line_key().unwrap_or("key").to_string();
    let rhs = place.rhs().unwrap_or("");
    let at_char = place.span.as_ref().and_then(|s| place.src.get(s.start..)).and_then(|s| s.chars().next());
    if let Some(c) = at_char.filter(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return explained(
            format!("this line has an invisible control character (U+{:04X}) in it", c as u32),
            "delete it (it often comes with text copied from another program), then save the file",
            place,
        );
    }
    if let Some(found) = unclosed_multiline_text(place, description).or_else(|| unclosed_braces(place, description)) {
        return found;
    }
    match description {
        "missing escaped value" | "too few unicode value digits" | "invalid value" => {
            let inner = rhs.trim_matches('"');
            explained(
                "a backslash `\\` in a text in double quotes starts a special sign".to_string(),
                format!("write `\\\\` for each backslash, or put the text in single quotes: `{key} = '{}'`", quote(inner)),
                place,
            )
        }
        "string values must be quoted" | "missing value" | "missing value for key" => bare_value(place, &key, rhs),
        "key with no value" | "missing assignment between key-value pairs" => key_without_value(place),
        "missing comma between array elements" | "unclosed array" => list_not_closed(place),
        "unclosed table" | "unclosed array table" => {
            let closing = if place.line.trim_start().starts_with("[[") { "]]" } else { "]" };
            let header = place.line.trim().trim_end_matches(']');
            explained(
                format!("the table name `{}` is not closed with `{closing}`", quote(place.line.trim())),
                format!("write `{}{closing}`", quote(header)),
                place,
            )
        }
        "unclosed inline table"
        | "missing comma between key-value pairs"
        | "extra assignment between key-value pairs"
        | "invalid inline table element" => explained(
            "a table in braces `{ … }` must be closed with `}` on the same line, with commas between its keys"
                .to_string(),
            "write it on one line, such as `{ name.pl = \"…\", value = 1 }`",
            place,
        ),
        "invalid basic string"
        | "invalid literal string"
        | "invalid string"
        | "invalid multi-line basic string"
        | "invalid multi-line literal string" => explained(
            "the text in quotes is not closed on this line".to_string(),
            "end it with the same quote on the same line; a text of several lines goes in triple quotes: \"\"\"…\"\"\"",
            place,
        ),
        "extra `=`" | "unexpected `=` in array" => explained(
            "this line has one `=` too many".to_string(),
            "write `key = value`, with one `=`",
            place,
        ),
        "unexpected key or value" | "unexpected content" | "unexpected content between comment and newline" => {
            explained(
                "the line goes on after its value".to_string(),
                "put each `key = value` on a line of its own; a text with spaces goes in quotes; a comment starts with #",
                place,
            )
        }
        "unexpected leading zero" => {
            let number = rhs.split_whitespace().next().unwrap_or(rhs);
            let digits = number.trim_start_matches(['+', '-']);
            let fixed = digits.trim_start_matches('0');
            let fixed = if fixed.is_empty() || fixed.starts_with('.') { format!("0{fixed}") } else { fixed.into() };
            explained(
                format!("a number cannot start with 0: `{}`", quote(number)),
                format!("write `{key} = {}`", quote(&fixed)),
                place,
            )
        }
        d if d.starts_with("invalid date") || d.starts_with("invalid time") || d.starts_with("invalid datetime") => {
            let why = match message.split_once(", expected ").map(|(_, e)| e) {
                Some(e) if e.starts_with("a ") => format!(": it needs {e}"),
                Some(e) => match e.split_once(" between ") {
                    Some((part, range)) => format!(": the {part} must be between {range}"),
                    None => String::new(),
                },
                None => String::new(),
            };
            explained(
                format!("`{}` is not a valid date{why}", quote(rhs)),
                "write dates in quotes, as \"2024-03-28\", or \"2024-03\" when only the month is known",
                place,
            )
        }
        d if d.starts_with("invalid") && d.contains("number")
            || matches!(
                d,
                "invalid float"
                    | "invalid fraction"
                    | "invalid mantissa"
                    | "invalid exponent"
                    | "redundant numeric sign"
                    | "redundant integer number prefix"
                    | "unexpected sign"
                    | "integers with a radix cannot be signed"
                    | "radix must be lowercase"
            ) =>
        {
            explained(
                format!("`{}` is not a number as TOML writes them", quote(rhs)),
                "write numbers with digits only and a dot for decimals, such as `2506` or `12.5`",
                place,
            )
        }
        d if d.contains("key") => explained(
            format!("`{}` cannot be used as a key", quote(place.line.trim())),
            "keys are single words of letters, digits, `_` and `-`, such as `value` or `name.pl`; \
             a text with spaces goes after `=` in quotes",
            place,
        ),
        _ => explained(
            format!("this line is not written the way TOML files are ({})", plain_description(description)),
            format!("check the line for a missing quote, bracket or `=`; {SEE_DOCS}"),
            place,
        ),
    }
}

/// The parser's own words with its jargon replaced, for the rare errors that
/// get no better message.
fn plain_description(description: &str) -> String {
    description
        .replace("multi-line basic string", "text in triple quotes")
        .replace("multi-line literal string", "text in triple single quotes")
        .replace("basic string", "text in quotes")
        .replace("literal string", "text in single quotes")
        .replace("inline table", "table in braces")
        .replace("array table", "[[table]]")
        .replace("array", "list")
        .replace("key-value pair", "`key = value` line")
}

/// `value = 2 506`, `value = 12,5`: a number written the Polish way.
fn polish_number(place: &Place) -> Option<Explained> {
    let key = place.line_key()?;
    let rhs = place.rhs()?;
    if !rhs.contains([' ', ',', '\u{a0}']) {
        return None;
    }
    let n = crate::content::source::parse_polish_number(rhs)?;
    Some(explained(
        format!("`{} = {}`: numbers are written without spaces, with a dot for decimals", quote(key), quote(rhs)),
        format!("write `{} = {}`", quote(key), crate::i18n::plain_number(n)),
        place,
    ))
}

/// A text in triple quotes that is never closed: the parser notices at the end
/// of the file; the error is moved to where the text opened.
fn unclosed_multiline_text(place: &Place, description: &str) -> Option<Explained> {
    let quotes = match description {
        "invalid multi-line basic string" => "\"\"\"",
        "invalid multi-line literal string" => "\'\'\'",
        _ => return None,
    };
    let at =
        place.src[..place.span.as_ref().map_or(place.src.len(), |s| s.start.min(place.src.len()))].rfind(quotes)?;
    Some(Explained {
        message: format!("the text opened with {quotes} on line {} is not closed", place.line_no(at)),
        hint: format!("end it with {quotes}"),
        span: Some(at..at + 3),
    })
}

/// A table in braces whose `}` is missing: the parser reads on into the next
/// line and stumbles there. The error is moved to the line with the open `{`.
fn unclosed_braces(place: &Place, description: &str) -> Option<Explained> {
    let after_a_brace = description.contains("key")
        || description.starts_with("unexpected")
        || description.starts_with("unclosed inline table")
        || description.starts_with("extra assignment")
        || description.starts_with("invalid inline table");
    if !after_a_brace {
        return None;
    }
    // The error's own line first, then the lines above it.
    let own = std::iter::once((place.line_start, place.line));
    let mut offset = place.line_start;
    let above = place.src[..place.line_start].lines().rev().take(50).map(|line| {
        offset -= line.len() + 1;
        (offset, line)
    });
    for (offset, line) in own.chain(above) {
        let code = line.split('#').next().unwrap_or("");
        let open = code.matches('{').count();
        if open > code.matches('}').count() {
            let at = offset + line.find('{').unwrap_or(0);
            return Some(Explained {
                message: format!("the table in braces `{{` on line {} is not closed with `}}`", place.line_no(at)),
                hint: "close it with `}` on the same line: `{ name.pl = \"…\", value = 1 }`".to_string(),
                span: Some(at..at + 1),
            });
        }
        if line.trim_start().starts_with('[') && !line.contains('=') {
            return None;
        }
    }
    None
}

/// `value = brak danych`, `value =`, `edition = „2021-2025”`: a value that is
/// neither a number nor a text in quotes.
fn bare_value(place: &Place, key: &str, rhs: &str) -> Explained {
    if rhs.is_empty() {
        return explained(
            format!("`{key} =` has no value after the `=`"),
            format!("write the value after `=`: a number (`{key} = 295`) or a text in quotes (`{key} = \"…\"`)"),
            place,
        );
    }
    if crate::content::source::is_dash(rhs) {
        return explained(
            format!("`{key} = {}`: a dash is not a number", quote(rhs)),
            crate::content::source::dash_hint(rhs),
            place,
        );
    }
    if let Some((message, hint)) = crate::content::source::number_and_words(key, rhs) {
        return explained(message, hint, place);
    }
    if rhs.starts_with(['„', '“', '”', '«', '»']) {
        let inner = rhs.trim_matches(['„', '“', '”', '«', '»', '"']);
        return explained(
            format!("`{key}`: the text is in typographic quotes „…”"),
            format!("use straight quotes, as on the keyboard: `{key} = \"{}\"`", quote(inner)),
            place,
        );
    }
    if let Some(n) = rhs.strip_suffix('%').and_then(crate::content::source::parse_polish_number) {
        return explained(
            format!("`{key} = {}`: a percentage is written without %", quote(rhs)),
            format!("write `{key} = {}`", crate::i18n::plain_number(n)),
            place,
        );
    }
    explained(
        format!("`{key} = {}`: the value is neither a number nor a text in quotes", quote(rhs)),
        format!("a number is written alone (`{key} = 295`); a text goes in quotes: `{key} = \"{}\"`", quote(rhs)),
        place,
    )
}

/// `wartość liczbowa = 2506` (a space in a key), or a line with no `=`.
fn key_without_value(place: &Place) -> Explained {
    let line = place.line.trim();
    match line.split_once('=') {
        Some((key, _)) if key.trim().contains(' ') => explained(
            format!("the key `{}` has a space in it", quote(key.trim())),
            "keys are single words: check the key's spelling in docs/content-format.md \
             (a text with spaces goes after `=`, in quotes)",
            place,
        ),
        _ => explained(
            format!("the line `{}` has no `=`", quote(line)),
            "write `key = value`, or start the line with # to make it a comment",
            place,
        ),
    }
}

/// A list whose `]` is missing: the parser notices only on a later line, so
/// the error is moved to the line where the list opened.
fn list_not_closed(place: &Place) -> Explained {
    let span_start = place.span.as_ref().map_or(place.line_start, |s| s.start);
    let at_line_start = place.src[place.line_start..floor(place.src, span_start)].trim().is_empty();
    if !at_line_start {
        return explained(
            "the items of a list are separated by commas".to_string(),
            "write `[\"a\", \"b\"]`, each text in quotes and a comma between items",
            place,
        );
    }
    // The last `key = [` line above, where the list opened.
    let mut offset = place.line_start;
    let mut opened = None;
    for line in place.src[..place.line_start].lines().rev() {
        offset -= line.len() + 1;
        if line.split_once('=').is_some_and(|(_, v)| v.trim_start().starts_with('[')) {
            opened = Some((offset + line.find('[').unwrap_or(0), line));
            break;
        }
    }
    let Some((at, line)) = opened else {
        return explained(
            "a list is not closed with `]`".to_string(),
            "end the list with `]`: `[\"a\", \"b\"]`".to_string(),
            place,
        );
    };
    let quotes_open = line.matches('"').count() % 2 == 1;
    let hint = if quotes_open {
        "a quote is missing on that line: each text in the list needs a quote at each end, and the list ends with `]`"
    } else {
        "end the list with `]`: `[\"a\", \"b\"]`"
    };
    Explained {
        message: format!("the list on line {} is not closed with `]`", place.line_no(at)),
        hint: hint.to_string(),
        span: Some(at..at + 1),
    }
}
