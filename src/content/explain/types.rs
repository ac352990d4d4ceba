//! Values of the wrong type: serde's "invalid type: string \"2023\", expected
//! i64" becomes "`year` must be a year, but it is the text \"2023\"", with a
//! hint built from what the key takes and what it was given.

use super::{explained, is_language, Explained, Place};
use crate::diagnostics::quote;

/// What a key takes, from serde's "expected …".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Want {
    Whole,
    Year,
    Text,
    List,
    Table,
    Bool,
    Any,
    Other,
}

/// What a key was given, from serde's "invalid type: …" and the text itself.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Found {
    Text(String),
    Number(String),
    Bool(String),
    Date(String),
    List,
    Table,
    /// A `[table]` header where a value or a `[[list]]` was wanted.
    Section(String),
}

impl Found {
    fn words(&self) -> String {
        match self {
            Found::Text(raw) => msg!("found-text", raw = quote(raw)),
            Found::Number(raw) => msg!("found-number", raw = quote(raw)),
            Found::Bool(raw) => msg!("found-word", raw = raw),
            Found::Date(raw) => msg!("found-date", raw = quote(raw)),
            Found::List => msg!("found-list"),
            Found::Table => msg!("found-table"),
            Found::Section(header) => msg!("found-section", raw = quote(header)),
        }
    }
}

fn want_of(expected: &str, key: &str) -> Want {
    match expected {
        "i8" | "i16" | "i32" | "i64" | "i128" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
            if matches!(key, "year" | "start" | "end") {
                Want::Year
            } else {
                Want::Whole
            }
        }
        "a string" | "a borrowed string" | "a character" => Want::Text,
        "a boolean" => Want::Bool,
        "a sequence" => Want::List,
        "any valid TOML value" => Want::Any,
        e if e.starts_with("struct ") || e.starts_with("a map") => Want::Table,
        // The translated texts' own words (content::format).
        e if e.starts_with("a text in quotes") => Want::Text,
        e if e.starts_with("a list of texts") => Want::List,
        e if e.starts_with("a number as printed") => Want::Text,
        _ => Want::Other,
    }
}

fn found_of(serde_words: &str, raw: &str) -> Found {
    let first_line = raw.lines().next().unwrap_or("").trim();
    let kind = serde_words.split([' ', '`']).next().unwrap_or("");
    match kind {
        "string" | "char" => Found::Text(first_line.to_string()),
        "integer" | "floating" => Found::Number(first_line.to_string()),
        "boolean" => Found::Bool(first_line.to_string()),
        "sequence" => Found::List,
        // A TOML date comes to serde as a map.
        _ if looks_like_date(first_line) => Found::Date(first_line.to_string()),
        _ if first_line.starts_with('[') => Found::Section(first_line.to_string()),
        _ => Found::Table,
    }
}

fn looks_like_date(s: &str) -> bool {
    let b = s.as_bytes();
    (b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-')
        || (b.len() >= 8 && b[..2].iter().all(u8::is_ascii_digit) && b[2] == b':')
}

/// serde: "invalid type: string \"2023\", expected i64".
pub(super) fn wrong_type(place: &Place, found: &str, expected: &str) -> Explained {
    if found.ends_with(" as i128") || found.ends_with(" as u128") {
        return too_large(place, place.raw());
    }
    let key = place.key();
    let want = want_of(expected, place.last_key());
    let found = found_of(found, place.raw());
    if let (Want::List, Found::Section(header)) = (want, &found) {
        let name = header.trim_matches(['[', ']']).trim();
        return explained(msg!("section-is-list", name = name), msg!("section-is-list-hint", name = name), place);
    }
    // An item inside `key = [ … ]` rather than the value itself.
    let item = place.rhs().is_some_and(|rhs| rhs.starts_with('[') && !place.raw().starts_with('['));
    let wanted = match want {
        Want::Whole => msg!("want-whole"),
        Want::Year => msg!("want-year"),
        Want::Text => msg!("want-text"),
        Want::List => msg!("want-list"),
        Want::Table => msg!("want-table"),
        Want::Bool => msg!("want-bool"),
        Want::Any | Want::Other => msg!("want-other"),
    };
    if item {
        let hint = match (want, &found) {
            (Want::Text, Found::Number(raw) | Found::Bool(raw) | Found::Date(raw)) => {
                msg!("item-quote-hint", raw = quote(raw))
            }
            (Want::Text, _) => msg!("write-this", text = format!("{key} = [\"…\", \"…\"]")),
            _ => type_hint(&key, want, &found),
        };
        return explained(msg!("item-wrong-type", key = &key, wanted = wanted, found = found.words()), hint, place);
    }
    let message = msg!("wrong-type", key = &key, wanted = wanted, found = found.words());
    explained(message, type_hint(&key, want, &found), place)
}

/// The words some keys take, for a hint when one is given a number.
fn vocabulary(key: &str) -> Option<String> {
    Some(match key {
        "missing" => msg!("vocabulary-missing"),
        "kind" => msg!("vocabulary-kind"),
        "status" => msg!("vocabulary-status"),
        _ => return None,
    })
}

/// What to write instead, for a key that takes `want` and was given `found`.
fn type_hint(key: &str, want: Want, found: &Found) -> String {
    let unquoted = |raw: &str| raw.trim_matches(['"', '\'']).trim().to_string();
    match (want, found) {
        (Want::Text, _) if vocabulary(key).is_some() => vocabulary(key).unwrap_or_default(),
        (Want::Year, Found::Text(raw)) if unquoted(raw).parse::<i64>().is_ok() => {
            msg!("year-unquote-hint", key = key, year = unquoted(raw))
        }
        (Want::Year, Found::Number(raw)) => match raw.parse::<f64>() {
            Ok(y) if y.fract() == 0.0 && (1000.0..10000.0).contains(&y) => {
                msg!("year-no-fraction-hint", key = key, year = y.to_string())
            }
            _ => msg!("year-digits-hint", key = key),
        },
        (Want::Year, _) => msg!("year-digits-unquoted-hint", key = key),
        (Want::Whole, Found::Text(raw)) if unquoted(raw).parse::<i64>().is_ok() => {
            msg!("number-unquote-hint", key = key, number = unquoted(raw))
        }
        (Want::Whole, _) => msg!("whole-number-hint", key = key),
        (Want::Text, Found::Number(raw) | Found::Bool(raw) | Found::Date(raw)) => {
            msg!("quote-it-hint", key = key, raw = quote(raw))
        }
        (Want::Text, Found::List) => msg!("one-text-hint", key = key),
        (Want::Text, _) if is_language(key.rsplit('.').next().unwrap_or("")) => msg!("text-quote-hint", key = key),
        (Want::Text, _) => msg!("text-or-languages-hint", key = key),
        (Want::List, Found::Text(raw)) => msg!("brackets-hint", key = key, raw = quote(raw)),
        (Want::List, Found::Section(header)) => {
            let name = header.trim_matches(['[', ']']).trim();
            msg!("double-brackets-hint", name = name)
        }
        (Want::List, _) if key == "parts" => msg!("parts-list-hint"),
        (Want::List, _) => msg!("list-hint", key = key),
        (Want::Table, _) if key == "parts" => msg!("parts-table-hint"),
        (Want::Table, _) if key == "target" => msg!("target-table-hint"),
        (Want::Table, _) => msg!("table-hint", key = key),
        (Want::Bool, _) => msg!("bool-hint", key = key),
        (Want::Any | Want::Other, _) => msg!("see-docs"),
    }
}

/// A number too large to keep: more than 2^63 as a whole number, or beyond
/// the largest decimal.
pub(super) fn too_large(place: &Place, raw: &str) -> Explained {
    let key = place.key();
    let hint = if matches!(place.last_key(), "year" | "start" | "end") {
        msg!("year-digits-hint", key = &key)
    } else {
        msg!("too-large-hint")
    };
    explained(msg!("too-large", key = &key, raw = quote(raw)), hint, place)
}
