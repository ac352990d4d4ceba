//! Plain words for what the TOML parser and serde say about a content file.
//!
//! The parser speaks of "basic strings", "i64" and "expected a sequence"; the
//! people writing content are clerks. Each mistake is sorted into a kind here
//! (a value of the wrong type, a text without quotes, a list not closed…) and
//! gets one message saying what is wrong in the file's own terms and one hint
//! saying what to write instead, with the key from the offending line. Every
//! message is built by one function, so moving them into a translated
//! catalogue is mechanical.

use std::ops::Range;

use crate::diagnostics::{closest, quote};

mod syntax;
mod types;

use syntax::syntax;
use types::{too_large, wrong_type};

/// A reworded TOML error: the message, the hint, and a better place when the
/// parser's is not where the mistake is (a list left open is reported where
/// the parser gave up, lines later).
#[derive(Debug, PartialEq, Eq)]
pub struct Explained {
    pub message: String,
    pub hint: String,
    pub span: Option<Range<usize>>,
}

/// What the parser said, where, and the text around it.
struct Place<'a> {
    src: &'a str,
    span: Option<Range<usize>>,
    /// The whole line the error is on, and its byte offset in `src`.
    line: &'a str,
    line_start: usize,
    /// The key path serde was reading (`values.porady.value`), when known.
    keys: Vec<String>,
}

impl<'a> Place<'a> {
    fn new(src: &'a str, span: Option<Range<usize>>, keys: Vec<String>) -> Place<'a> {
        let at = span.as_ref().map_or(0, |s| s.start.min(src.len()));
        let line_start = src[..floor(src, at)].rfind('\n').map_or(0, |i| i + 1);
        let line_end = src[line_start..].find('\n').map_or(src.len(), |i| line_start + i);
        Place { src, span, line: &src[line_start..line_end], line_start, keys }
    }

    /// The text the error points at (a value, say), or "".
    fn raw(&self) -> &'a str {
        match &self.span {
            Some(s) if s.start <= s.end && s.end <= self.src.len() => self.src.get(s.clone()).unwrap_or("").trim(),
            _ => "",
        }
    }

    /// The key of a `key = value` line, as written (`target.year`).
    fn line_key(&self) -> Option<&'a str> {
        let (key, _) = self.line.split_once('=')?;
        let key = key.trim();
        (!key.is_empty() && !key.starts_with(['[', '{', '#'])).then_some(key)
    }

    /// The value of a `key = value` line, as written.
    fn rhs(&self) -> Option<&'a str> {
        self.line.split_once('=').map(|(_, v)| v.trim())
    }

    /// The key to name in a message: the one on the line when it ends with the
    /// key serde was reading (`target.year`), else that key (with its language,
    /// `name.pl`), else the line's key, else "this value".
    fn key(&self) -> String {
        let last = self.keys.last().map(String::as_str);
        if let (Some(line_key), Some(last)) = (self.line_key(), last) {
            let bare = line_key.replace(['"', '\''], "");
            if bare == last || bare.ends_with(&format!(".{last}")) {
                return bare;
            }
        }
        match self.keys.as_slice() {
            [.., parent, lang] if is_language(lang) => format!("{parent}.{lang}"),
            [.., last] => last.clone(),
            [] => self.line_key().map_or_else(|| msg!("explain-this-value"), |k| k.replace(['"', '\''], "")),
        }
    }

    /// The last segment of the key serde was reading.
    fn last_key(&self) -> &str {
        self.keys.last().map_or_else(|| self.line_key().unwrap_or(""), String::as_str)
    }

    fn line_no(&self, offset: usize) -> usize {
        self.src[..floor(self.src, offset)].matches('\n').count() + 1
    }

    /// The `[table]` or `[[table]]` header above the error's line, and its line.
    fn table_above(&self) -> Option<(&'a str, usize)> {
        let before = &self.src[..self.line_start];
        let mut offset = before.len();
        for line in before.lines().rev() {
            offset -= line.len() + 1;
            if line.trim_start().starts_with('[') {
                return Some((line.trim(), self.line_no(offset + 1)));
            }
        }
        None
    }
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Two or three lowercase letters: a language code such as `pl`.
fn is_language(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
}

/// Explains a TOML error in `src`.
pub fn toml_error(e: &toml::de::Error, src: &str) -> Explained {
    let place = Place::new(src, e.span(), key_path(e));
    let message = e.message().trim();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        return unknown_key(&place, rest);
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return missing_key(&place, rest.split('`').next().unwrap_or(rest));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.rsplit_once(", expected ") {
            return wrong_type(&place, found, expected);
        }
    }
    if message.starts_with("duplicate key") {
        return duplicate(&place);
    }
    if message.ends_with("number overflowed") {
        return too_large(&place, place.raw());
    }
    syntax(&place, message)
}

/// The key path serde was reading when it failed. `toml::de::Error` keeps it
/// private and prints it (`in `values.a.value``) only when it has no source.
fn key_path(e: &toml::de::Error) -> Vec<String> {
    let mut bare = e.clone();
    bare.set_input(None);
    let shown = bare.to_string();
    let Some(path) = shown.lines().last().and_then(|l| l.strip_prefix("in `")).and_then(|l| l.strip_suffix('`')) else {
        return Vec::new();
    };
    path.split('.').map(str::to_string).collect()
}

fn explained(message: String, hint: impl Into<String>, place: &Place) -> Explained {
    Explained { message, hint: hint.into(), span: place.span.clone() }
}

// ---- Keys ------------------------------------------------------------------

/// serde: "unknown field `nmae`, expected one of `name`, `unit`".
fn unknown_key(place: &Place, rest: &str) -> Explained {
    let (field, allowed) = rest.split_once('`').unwrap_or((rest, ""));
    let allowed: Vec<&str> = allowed.split('`').skip(1).step_by(2).collect();
    let mut hint = match closest(field, allowed.iter().copied()) {
        Some(best) => msg!("key-did-you-mean", best = best, allowed = allowed.join(", ")),
        None if allowed.is_empty() => msg!("key-remove"),
        None => msg!("key-allowed", allowed = allowed.join(", ")),
    };
    // A key written below a [table] belongs to that table: the usual reason a
    // key of the file itself is "unknown".
    let on_its_line = place.line_key().is_some_and(|k| k == field || k.starts_with(&format!("{field}.")));
    let suggested = closest(field, allowed.iter().copied()).is_some();
    if let (true, false, false, Some((table, line))) =
        (on_its_line, suggested, place.keys.is_empty(), place.table_above())
    {
        hint.push_str(&msg!("key-below-table", table = table, line = line.to_string()));
    }
    let message = if place.line.trim_start().starts_with('[') {
        msg!("unknown-table-name", name = quote(field))
    } else {
        msg!("unknown-key", name = quote(field))
    };
    explained(message, hint, place)
}

/// serde: "missing field `title`".
fn missing_key(place: &Place, field: &str) -> Explained {
    let has_content = place.src.lines().any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    if !has_content {
        return explained(msg!("file-empty"), msg!("file-empty-hint", field = field), place);
    }
    let hint = match (field, place.keys.as_slice()) {
        ("organisation", []) => msg!("missing-organisation-hint"),
        (_, []) => msg!("missing-key-top-hint", field = field),
        (_, _) => msg!("missing-key-table-hint", field = field),
    };
    explained(msg!("missing-key", field = field), hint, place)
}

/// The TOML parser: "duplicate key". Names the first place the key or table
/// was given.
fn duplicate(place: &Place) -> Explained {
    let trimmed = place.line.trim();
    let line_no = place.line_no(place.line_start);
    if let Some(found) = list_after_key(place, trimmed, line_no) {
        return found;
    }
    let first = place.src.lines().take(line_no.saturating_sub(1)).position(|l| l.trim() == trimmed).map(|i| i + 1);
    let (kind, name) = if trimmed.starts_with('[') {
        ("table", quote(trimmed))
    } else {
        ("key", quote(trimmed.split('=').next().unwrap_or(trimmed).trim()))
    };
    match first {
        Some(first) => explained(
            msg!("given-twice", kind = kind, name = name, line = first.to_string()),
            msg!("given-twice-hint"),
            place,
        ),
        None => explained(
            msg!("given-twice-same-table", kind = kind, name = name),
            msg!("given-twice-same-table-hint"),
            place,
        ),
    }
}

/// `[[goals.directions]]` below `directions = […]` in the same goal: the key
/// is given as a value, so the list of tables cannot add to it. Found by
/// looking up, as far as the header of the table it belongs to
/// (`[[goals]]`), for a line giving the key.
fn list_after_key(place: &Place, header: &str, line_no: usize) -> Option<Explained> {
    let name = header.strip_prefix("[[")?.strip_suffix("]]")?.trim();
    let (parent, key) = name.rsplit_once('.')?;
    let parent_headers = [format!("[[{parent}]]"), format!("[{parent}]")];
    for (i, line) in place.src.lines().take(line_no.saturating_sub(1)).enumerate().collect::<Vec<_>>().into_iter().rev()
    {
        let l = line.trim();
        if parent_headers.iter().any(|h| h == l) {
            return None;
        }
        let given = l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with(['=', '.']));
        if given {
            return Some(explained(
                msg!("list-after-key", header = quote(header), key = key, line = (i + 1).to_string()),
                msg!("list-after-key-hint", header = quote(header), key = key),
                place,
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests;
