//! Syntax errors of the TOML parser ("string values must be quoted, expected
//! literal string"), sorted by what the writer most likely did: a text
//! without quotes, a list or table left open, a backslash in a path, a
//! number written the Polish way.

use super::{explained, floor, Explained, Place};
use crate::diagnostics::quote;

/// The TOML parser's "description, expected …".
pub(super) fn syntax(place: &Place, message: &str) -> Explained {
    let description = message.split(", expected ").next().unwrap_or(message);
    if let Some(found) = polish_number(place) {
        return found;
    }
    let key = place.line_key().map_or_else(|| msg!("syntax-key-placeholder"), str::to_string);
    let rhs = place.rhs().unwrap_or("");
    let at_char = place.span.as_ref().and_then(|s| place.src.get(s.start..)).and_then(|s| s.chars().next());
    if let Some(c) = at_char.filter(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return explained(msg!("control-char", code = format!("{:04X}", c as u32)), msg!("control-char-hint"), place);
    }
    if let Some(found) = unclosed_multiline_text(place, description).or_else(|| unclosed_braces(place, description)) {
        return found;
    }
    match description {
        "missing escaped value" | "too few unicode value digits" | "invalid value" => {
            let inner = rhs.trim_matches('"');
            explained(msg!("backslash"), msg!("backslash-hint", key = &key, text = quote(inner)), place)
        }
        "string values must be quoted" | "missing value" | "missing value for key" => bare_value(place, &key, rhs),
        "key with no value" | "missing assignment between key-value pairs" => key_without_value(place),
        "missing comma between array elements" | "unclosed array" => list_not_closed(place),
        "unclosed table" | "unclosed array table" => {
            let closing = if place.line.trim_start().starts_with("[[") { "]]" } else { "]" };
            let header = place.line.trim().trim_end_matches(']');
            explained(
                msg!("table-name-unclosed", name = quote(place.line.trim()), closing = closing),
                msg!("write-this", text = format!("{}{closing}", quote(header))),
                place,
            )
        }
        "unclosed inline table"
        | "missing comma between key-value pairs"
        | "extra assignment between key-value pairs"
        | "invalid inline table element" => explained(msg!("inline-table"), msg!("inline-table-hint"), place),
        "invalid basic string"
        | "invalid literal string"
        | "invalid string"
        | "invalid multi-line basic string"
        | "invalid multi-line literal string" => {
            explained(msg!("string-unclosed"), msg!("string-unclosed-hint"), place)
        }
        "extra `=`" | "unexpected `=` in array" => explained(msg!("extra-equals"), msg!("extra-equals-hint"), place),
        "unexpected key or value" | "unexpected content" | "unexpected content between comment and newline" => {
            explained(msg!("line-goes-on"), msg!("line-goes-on-hint"), place)
        }
        "unexpected leading zero" => {
            let number = rhs.split_whitespace().next().unwrap_or(rhs);
            let digits = number.trim_start_matches(['+', '-']);
            let fixed = digits.trim_start_matches('0');
            let fixed = if fixed.is_empty() || fixed.starts_with('.') { format!("0{fixed}") } else { fixed.into() };
            explained(
                msg!("leading-zero", number = quote(number)),
                msg!("write-this", text = format!("{key} = {}", quote(&fixed))),
                place,
            )
        }
        d if d.starts_with("invalid date") || d.starts_with("invalid time") || d.starts_with("invalid datetime") => {
            let why = match message.split_once(", expected ").map(|(_, e)| e) {
                Some(e) if e.starts_with("a ") => msg!("date-needs", what = e),
                Some(e) => match e.split_once(" between ") {
                    Some((part, range)) => msg!("date-part-range", part = part, range = range),
                    None => String::new(),
                },
                None => String::new(),
            };
            explained(msg!("toml-date-invalid", text = quote(rhs), why = why), msg!("toml-date-hint"), place)
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
            explained(msg!("toml-number-invalid", text = quote(rhs)), msg!("toml-number-hint"), place)
        }
        d if d.contains("key") => {
            explained(msg!("bad-key", text = quote(place.line.trim())), msg!("bad-key-hint"), place)
        }
        _ => explained(msg!("not-toml", description = plain_description(description)), msg!("not-toml-hint"), place),
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
        msg!("polish-number", key = quote(key), text = quote(rhs)),
        msg!("write-this", text = format!("{} = {}", quote(key), crate::i18n::plain_number(n))),
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
        message: msg!("multiline-unclosed", quotes = quotes, line = place.line_no(at).to_string()),
        hint: msg!("multiline-unclosed-hint", quotes = quotes),
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
                message: msg!("braces-unclosed", line = place.line_no(at).to_string()),
                hint: msg!("braces-unclosed-hint"),
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
        return explained(msg!("no-value", key = key), msg!("no-value-hint", key = key), place);
    }
    if crate::content::source::is_dash(rhs) {
        return explained(
            msg!("dash-not-number", key = key, text = quote(rhs)),
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
            msg!("typographic-quotes", key = key),
            msg!("typographic-quotes-hint", key = key, text = quote(inner)),
            place,
        );
    }
    if let Some(n) = rhs.strip_suffix('%').and_then(crate::content::source::parse_polish_number) {
        return explained(
            msg!("percent-sign", key = key, text = quote(rhs)),
            msg!("write-this", text = format!("{key} = {}", crate::i18n::plain_number(n))),
            place,
        );
    }
    explained(
        msg!("bare-value", key = key, text = quote(rhs)),
        msg!("bare-value-hint", key = key, text = quote(rhs)),
        place,
    )
}

/// `wartość liczbowa = 2506` (a space in a key), or a line with no `=`.
fn key_without_value(place: &Place) -> Explained {
    let line = place.line.trim();
    match line.split_once('=') {
        Some((key, _)) if key.trim().contains(' ') => {
            explained(msg!("key-space", key = quote(key.trim())), msg!("key-space-hint"), place)
        }
        _ => explained(msg!("no-equals", line = quote(line)), msg!("no-equals-hint"), place),
    }
}

/// A list whose `]` is missing: the parser notices only on a later line, so
/// the error is moved to the line where the list opened.
fn list_not_closed(place: &Place) -> Explained {
    let span_start = place.span.as_ref().map_or(place.line_start, |s| s.start);
    let at_line_start = place.src[place.line_start..floor(place.src, span_start)].trim().is_empty();
    if !at_line_start {
        return explained(msg!("list-commas"), msg!("list-commas-hint"), place);
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
        return explained(msg!("list-unclosed"), msg!("list-unclosed-hint"), place);
    };
    let quotes_open = line.matches('"').count() % 2 == 1;
    let hint = if quotes_open { msg!("list-quote-missing") } else { msg!("list-unclosed-hint") };
    Explained { message: msg!("list-unclosed-at", line = place.line_no(at).to_string()), hint, span: Some(at..at + 1) }
}
