//! Values of the wrong type: serde's "invalid type: string \"2023\", expected
//! i64" becomes "`year` must be a year, but it is the text \"2023\"", with a
//! hint built from what the key takes and what it was given.

use super::{explained, is_language, Explained, Place, SEE_DOCS};
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
            Found::Text(raw) => format!("the text {}", quote(raw)),
            Found::Number(raw) => format!("the number {}", quote(raw)),
            Found::Bool(raw) => format!("the word `{raw}`"),
            Found::Date(raw) => format!("the date {}", quote(raw)),
            Found::List => "a list".into(),
            Found::Table => "a table".into(),
            Found::Section(header) => format!("the table {}", quote(header)),
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
        return explained(
            format!("`[{name}]` is a list: write it with double brackets, `[[{name}]]`"),
            format!("each [[{name}]] starts one entry of the list, with its keys below it"),
            place,
        );
    }
    // An item inside `key = [ … ]` rather than the value itself.
    let item = place.rhs().is_some_and(|rhs| rhs.starts_with('[') && !place.raw().starts_with('['));
    let wanted = match want {
        Want::Whole => "a whole number".to_string(),
        Want::Year => "a year".to_string(),
        Want::Text => "a text in quotes".to_string(),
        Want::List => "a list in square brackets".to_string(),
        Want::Table => "a table of keys".to_string(),
        Want::Bool => "`true` or `false`".to_string(),
        Want::Any | Want::Other => "something else".to_string(),
    };
    if item {
        let hint = match (want, &found) {
            (Want::Text, Found::Number(raw) | Found::Bool(raw) | Found::Date(raw)) => {
                format!("put each item in quotes: \"{}\"", quote(raw))
            }
            (Want::Text, _) => format!("write `{key} = [\"…\", \"…\"]`"),
            _ => type_hint(&key, want, &found),
        };
        return explained(format!("each item of `{key}` must be {wanted}, but one is {}", found.words()), hint, place);
    }
    let message = format!("`{key}` must be {wanted}, but it is {}", found.words());
    explained(message, type_hint(&key, want, &found), place)
}

/// The words some keys take, for a hint when one is given a number.
fn vocabulary(key: &str) -> Option<&'static str> {
    Some(match key {
        "missing" => "write `missing = \"not-reported\"` or `missing = \"not-applicable\"`",
        "kind" => "write `kind = \"count\"`, `\"number\"`, `\"percent\"` or `\"text\"`",
        "status" => "write `status = \"full\"`, `\"partial\"` or `\"none\"`",
        _ => return None,
    })
}

/// What to write instead, for a key that takes `want` and was given `found`.
fn type_hint(key: &str, want: Want, found: &Found) -> String {
    let unquoted = |raw: &str| raw.trim_matches(['"', '\'']).trim().to_string();
    match (want, found) {
        (Want::Text, _) if vocabulary(key).is_some() => vocabulary(key).unwrap_or_default().to_string(),
        (Want::Year, Found::Text(raw)) if unquoted(raw).parse::<i64>().is_ok() => {
            format!("write the year without quotes: `{key} = {}`", unquoted(raw))
        }
        (Want::Year, Found::Number(raw)) => match raw.parse::<f64>() {
            Ok(y) if y.fract() == 0.0 && (1000.0..10000.0).contains(&y) => {
                format!("write the year without a decimal part: `{key} = {y}`")
            }
            _ => format!("write the year as four digits: `{key} = 2023`"),
        },
        (Want::Year, _) => format!("write the year as four digits, without quotes: `{key} = 2023`"),
        (Want::Whole, Found::Text(raw)) if unquoted(raw).parse::<i64>().is_ok() => {
            format!("write the number without quotes: `{key} = {}`", unquoted(raw))
        }
        (Want::Whole, _) => format!("write a whole number, without quotes: `{key} = 3`"),
        (Want::Text, Found::Number(raw) | Found::Bool(raw) | Found::Date(raw)) => {
            format!("put it in quotes: `{key} = \"{}\"`", quote(raw))
        }
        (Want::Text, Found::List) => format!("write one text in quotes, not a list: `{key} = \"…\"`"),
        (Want::Text, _) if is_language(key.rsplit('.').next().unwrap_or("")) => {
            format!("write the text in quotes: `{key} = \"…\"`")
        }
        (Want::Text, _) => {
            format!("write the text in quotes (`{key} = \"…\"`), or one text per language: `{key}.pl = \"…\"` and `{key}.en = \"…\"`")
        }
        (Want::List, Found::Text(raw)) => format!("put it in square brackets: `{key} = [{}]`", quote(raw)),
        (Want::List, Found::Section(header)) => {
            let name = header.trim_matches(['[', ']']).trim();
            format!("write [[{name}]], with double brackets: each [[{name}]] adds one entry to the list")
        }
        (Want::List, _) if key == "parts" => {
            "write `parts = [ { name.pl = \"…\", name.en = \"…\", value = 1 }, … ]`, one `{ … }` per part".to_string()
        }
        (Want::List, _) => format!("write a list in square brackets: `{key} = [\"…\", \"…\"]`"),
        (Want::Table, _) if key == "parts" => {
            "write each part as `{ name.pl = \"…\", name.en = \"…\", value = 1 }`".to_string()
        }
        (Want::Table, _) if key == "target" => {
            "write `target.value = …` (and `target.year = …` when the target has a year)".to_string()
        }
        (Want::Table, _) => format!("write a table: `[{key}]` on a line of its own, with its keys below it"),
        (Want::Bool, _) => format!("write `{key} = true` or `{key} = false`, without quotes"),
        (Want::Any | Want::Other, _) => SEE_DOCS.to_string(),
    }
}

/// A number too large to keep: more than 2^63 as a whole number, or beyond
/// the largest decimal.
pub(super) fn too_large(place: &Place, raw: &str) -> Explained {
    let key = place.key();
    let hint = if matches!(place.last_key(), "year" | "start" | "end") {
        format!("write the year as four digits: `{key} = 2023`")
    } else {
        "check the number against the report".to_string()
    };
    explained(format!("`{key}` is too large: {}", quote(raw)), hint, place)
}
