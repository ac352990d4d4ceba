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
            [] => self.line_key().map_or_else(|| "this value".to_string(), |k| k.replace(['"', '\''], "")),
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

const SEE_DOCS: &str = "compare with the examples in docs/content-format.md";

// ---- Keys ------------------------------------------------------------------

/// serde: "unknown field `nmae`, expected one of `name`, `unit`".
fn unknown_key(place: &Place, rest: &str) -> Explained {
    let (field, allowed) = rest.split_once('`').unwrap_or((rest, ""));
    let allowed: Vec<&str> = allowed.split('`').skip(1).step_by(2).collect();
    let mut hint = match closest(field, allowed.iter().copied()) {
        Some(best) => format!("did you mean `{best}`? Allowed keys here: {}", allowed.join(", ")),
        None if allowed.is_empty() => "remove this key".to_string(),
        None => format!("allowed keys here: {}", allowed.join(", ")),
    };
    // A key written below a [table] belongs to that table: the usual reason a
    // key of the file itself is "unknown".
    let on_its_line = place.line_key().is_some_and(|k| k == field || k.starts_with(&format!("{field}.")));
    let suggested = closest(field, allowed.iter().copied()).is_some();
    if let (true, false, false, Some((table, line))) =
        (on_its_line, suggested, place.keys.is_empty(), place.table_above())
    {
        hint.push_str(&format!(
            "; this line belongs to {table} (line {line}): keys of the file itself go above its first [table]"
        ));
    }
    let what = if place.line.trim_start().starts_with('[') { "table name" } else { "key" };
    explained(format!("unknown {what} `{}`", quote(field)), hint, place)
}

/// serde: "missing field `title`".
fn missing_key(place: &Place, field: &str) -> Explained {
    let has_content = place.src.lines().any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    if !has_content {
        return explained(
            "the file is empty".to_string(),
            format!("start it with `{field} = …`; docs/content-format.md shows what this file holds"),
            place,
        );
    }
    let hint = match (field, place.keys.as_slice()) {
        ("organisation", []) => {
            "add an [organisation] table with the publisher's `name`; see docs/content-format.md".to_string()
        }
        (_, []) => format!("add `{field} = …` at the top of the file, above the first [table]"),
        (_, _) => format!("add `{field} = …` to this table; see docs/content-format.md"),
    };
    explained(format!("required key `{field}` is missing"), hint, place)
}

/// The TOML parser: "duplicate key". Names the first place the key or table
/// was given.
fn duplicate(place: &Place) -> Explained {
    let trimmed = place.line.trim();
    let line_no = place.line_no(place.line_start);
    let first = place.src.lines().take(line_no.saturating_sub(1)).position(|l| l.trim() == trimmed).map(|i| i + 1);
    let what = if trimmed.starts_with('[') {
        format!("the table `{}`", quote(trimmed))
    } else {
        format!("the key `{}`", quote(trimmed.split('=').next().unwrap_or(trimmed).trim()))
    };
    match first {
        Some(first) => explained(
            format!("{what} is given twice (first on line {first})"),
            "keep one of them: merge the two into one",
            place,
        ),
        None => explained(format!("{what} is given twice in the same table"), "keep one of them", place),
    }
}

// ---- Values of the wrong type ----------------------------------------------

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
fn wrong_type(place: &Place, found: &str, expected: &str) -> Explained {
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
fn too_large(place: &Place, raw: &str) -> Explained {
    let key = place.key();
    let hint = if matches!(place.last_key(), "year" | "start" | "end") {
        format!("write the year as four digits: `{key} = 2023`")
    } else {
        "check the number against the report".to_string()
    };
    explained(format!("`{key}` is too large: {}", quote(raw)), hint, place)
}

// ---- Syntax ----------------------------------------------------------------

/// The TOML parser's "description, expected …".
fn syntax(place: &Place, message: &str) -> Explained {
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
    let n = super::source::parse_polish_number(rhs)?;
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
    if super::source::is_dash(rhs) {
        return explained(
            format!("`{key} = {}`: a dash is not a number", quote(rhs)),
            super::source::NO_NUMBER_HINT,
            place,
        );
    }
    if rhs.starts_with(['„', '“', '”', '«', '»']) {
        let inner = rhs.trim_matches(['„', '“', '”', '«', '»', '"']);
        return explained(
            format!("`{key}`: the text is in typographic quotes „…”"),
            format!("use straight quotes, as on the keyboard: `{key} = \"{}\"`", quote(inner)),
            place,
        );
    }
    if let Some(n) = rhs.strip_suffix('%').and_then(super::source::parse_polish_number) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn explain(src: &str) -> Explained {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct F {
            year: Option<i64>,
            title: Option<crate::content::format::TextIn>,
            headline: Option<Vec<String>>,
            value: Option<toml::Value>,
            number: Option<String>,
            metadata: Option<Meta>,
        }
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Meta {
            prepared_by: Option<String>,
        }
        toml_error(&toml::from_str::<F>(src).unwrap_err(), src)
    }

    fn words(src: &str) -> (String, String) {
        let e = explain(src);
        (e.message, e.hint)
    }

    #[test]
    fn the_key_path_is_read_from_the_error() {
        let e = toml::from_str::<toml::Table>("a = 1\na = 2").unwrap_err();
        assert!(key_path(&e).is_empty());
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct F {
            metadata: std::collections::BTreeMap<String, i64>,
        }
        let e = toml::from_str::<F>("[metadata]\nx = \"a\"").unwrap_err();
        assert_eq!(key_path(&e), ["metadata", "x"]);
    }

    #[test]
    fn values_of_the_wrong_type_say_what_to_write() {
        assert_eq!(
            words("year = \"2023\""),
            (
                "`year` must be a year, but it is the text \"2023\"".into(),
                "write the year without quotes: `year = 2023`".into()
            )
        );
        assert_eq!(words("year = 2023.0").1, "write the year without a decimal part: `year = 2023`");
        assert_eq!(
            words("headline = \"porady\""),
            (
                "`headline` must be a list in square brackets, but it is the text \"porady\"".into(),
                "put it in square brackets: `headline = [\"porady\"]`".into()
            )
        );
        assert_eq!(
            words("title.pl = 5"),
            (
                "`title.pl` must be a text in quotes, but it is the number 5".into(),
                "put it in quotes: `title.pl = \"5\"`".into()
            )
        );
        assert_eq!(words("number = 2023-01-01").0, "`number` must be a text in quotes, but it is the date 2023-01-01");
        assert_eq!(words("metadata = \"x\"").0, "`metadata` must be a table of keys, but it is the text \"x\"");
    }

    #[test]
    fn numbers_too_large_are_named_so() {
        assert_eq!(
            words("year = 99999999999999999999"),
            ("`year` is too large: 99999999999999999999".into(), "write the year as four digits: `year = 2023`".into())
        );
        assert_eq!(
            words("value = 99999999999999999999"),
            ("`value` is too large: 99999999999999999999".into(), "check the number against the report".into())
        );
        assert_eq!(words("value = 1e400").0, "`value` is too large: 1e400");
    }

    #[test]
    fn no_parser_jargon_reaches_the_message() {
        for src in [
            "value = brak danych",
            "value =",
            "value = 02506",
            "value = 2506.",
            "headline = [\"a\"\nyear = 1",
            "[metadata\n",
            "title = \"abc\n",
            "wartość liczbowa = 1",
            "value = 1 2",
            "value = 2024-13-01",
            "value = { a = 1\n",
            "= 5",
        ] {
            let (message, hint) = words(src);
            for jargon in
                ["i64", "invalid type", "map", "sequence", "a a ", "basic string", "literal string", "expected"]
            {
                assert!(!message.contains(jargon) && !hint.contains(jargon), "{src:?}: {message} / {hint}");
            }
        }
    }

    #[test]
    fn bare_values_get_quotes_or_lose_their_percent() {
        assert_eq!(
            words("value = brak danych"),
            (
                "`value = brak danych`: the value is neither a number nor a text in quotes".into(),
                "a number is written alone (`value = 295`); a text goes in quotes: `value = \"brak danych\"`".into()
            )
        );
        assert_eq!(
            words("value = 12%"),
            ("`value = 12%`: a percentage is written without %".into(), "write `value = 12`".into())
        );
        assert_eq!(words("value = ").0, "`value =` has no value after the `=`");
        assert_eq!(
            words("number = „I/1/2021”"),
            (
                "`number`: the text is in typographic quotes „…”".into(),
                "use straight quotes, as on the keyboard: `number = \"I/1/2021\"`".into()
            )
        );
    }

    #[test]
    fn texts_and_tables_left_open_are_reported_where_they_opened() {
        let e = explain("year = 1\nnumber = \"\"\"abc\ndef\n");
        assert_eq!((e.message.as_str(), e.span), ("the text opened with \"\"\" on line 2 is not closed", Some(18..21)));
        let src = "value = { a = 1,\nyear = 2\n";
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct F {
            value: Option<toml::Value>,
        }
        let e = toml_error(&toml::from_str::<F>(src).unwrap_err(), src);
        assert_eq!(e.message, "the table in braces `{` on line 1 is not closed with `}`");
        assert_eq!(e.span, Some(8..9));
    }

    #[test]
    fn backslashes_and_dashes_are_explained() {
        assert_eq!(
            words("number = \"C:\\Users\\raport\""),
            (
                "a backslash `\\` in a text in double quotes starts a special sign".into(),
                "write `\\\\` for each backslash, or put the text in single quotes: `number = 'C:\\Users\\raport'`"
                    .into()
            )
        );
        assert_eq!(words("value = -").0, "`value = -`: a dash is not a number");
    }

    #[test]
    fn a_list_left_open_is_reported_where_it_opened() {
        let src = "year = 1\nheadline = [\"porady\"\n\n[metadata]\n";
        let e = explain(src);
        assert_eq!(e.message, "the list on line 2 is not closed with `]`");
        assert_eq!(e.span, Some(20..21));
        let e = explain("headline = [\"porady]\n\n[metadata]\n");
        assert!(e.hint.starts_with("a quote is missing on that line"), "{}", e.hint);
    }

    #[test]
    fn keys_below_a_table_are_explained() {
        let (message, hint) = words("year = 1\n[metadata]\nprepared_by = \"x\"\nheadline = []\n");
        assert_eq!(message, "unknown key `headline`");
        assert_eq!(
            hint,
            "allowed keys here: prepared_by; this line belongs to [metadata] (line 2): keys of the file itself go above its first [table]"
        );
    }

    #[test]
    fn empty_files_and_missing_keys() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct F {
            year: i64,
        }
        let e = toml::from_str::<F>("# nothing yet\n").unwrap_err();
        assert_eq!(toml_error(&e, "# nothing yet\n").message, "the file is empty");
        let e = toml::from_str::<F>("edition = 1\n").unwrap_err();
        let x = toml_error(&e, "edition = 1\n");
        assert_eq!(x.message, "required key `year` is missing");
        assert_eq!(x.hint, "add `year = …` at the top of the file, above the first [table]");
    }
}
