//! The Tera filters and functions templates use for language: UI strings,
//! translated content with a visible fallback, and locale numbers and dates.
//!
//! Each language gets its own Tera instance (a clone) with these bound to that
//! language, so templates write `{{ t(key="page.home") }}` and
//! `{{ value | num }}`; any of them takes `lang="en"` to override.
//!
//! | name | kind | does |
//! |---|---|---|
//! | `t(key, lang?, …)` | function | UI string; other arguments fill `{name}` placeholders |
//! | `t_html(key, lang?, …)` | function | the same, filled with HTML (`tr` output) kept as it is |
//! | `tr(lang?)` | filter | translated text → HTML, marked when it falls back |
//! | `tr_plain(lang?)` | filter | translated text → plain string (for attributes) |
//! | `tr_list(lang?)` | filter | translated list → `{items, lang, fallback}` |
//! | `num(lang?)` | filter | `2506` → "2 506" / "2,506" |
//! | `signed(lang?)` | filter | a change: "+3", "−33", "0" |
//! | `date(lang?)` | filter | `{year, month, day}` → "28 marca 2024" |
//! | `iso` | filter | `{year, month, day}` → "2024-03-28" (for `<time datetime>`) |
//! | `filesize(lang?)` | filter | bytes → "12,5 kB" |
//!
//! Each takes `none` (an absent optional value) as nothing and gives an empty
//! string; a value of the wrong kind (a number given to `tr`, a text to `num`)
//! is an error, which Tera reports at the filter's place in the template.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::Arc;

use serde::Serialize;
use tera::value::Key;
use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

use crate::content::{Number, PartialDate, Text};
use crate::i18n::{format_date, format_number};
use crate::render::strings::UiStrings;

/// Registers every filter and function on `tera`, bound to `lang`. Tera 2
/// checks when templates are added that every filter and function they call
/// exists, so this runs before they are; calling it again on a clone rebinds
/// them to another language.
pub fn register(tera: &mut Tera, strings: Arc<UiStrings>, lang: &str, default_lang: &str) {
    let lang = lang.to_string();
    let default_lang = default_lang.to_string();
    {
        let (strings, lang) = (strings.clone(), lang.clone());
        tera.register_function("t", move |args: Kwargs, _: &State| t(&strings, &lang, &args));
    }
    {
        let (strings, lang) = (strings.clone(), lang.clone());
        tera.register_function("t_html", move |args: Kwargs, _: &State| t_html(&strings, &lang, &args));
    }
    {
        let (strings, lang, default_lang) = (strings.clone(), lang.clone(), default_lang.clone());
        tera.register_filter("tr", move |v: &Value, args: Kwargs, _: &State| -> TeraResult<Value> {
            let lang = arg_lang(&args, &lang)?;
            let html = localized(v, lang, &default_lang, "tr")?
                .map_or_else(String::new, |(in_lang, text, fallback)| marked(in_lang, text, fallback, lang, &strings));
            Ok(Value::safe_string(&html))
        });
    }
    {
        let (lang, default_lang) = (lang.clone(), default_lang.clone());
        tera.register_filter("tr_plain", move |v: &Value, args: Kwargs, _: &State| -> TeraResult<Value> {
            let lang = arg_lang(&args, &lang)?;
            Ok(Value::from(localized(v, lang, &default_lang, "tr_plain")?.map_or("", |(_, t, _)| t)))
        });
    }
    {
        let (lang, default_lang) = (lang.clone(), default_lang.clone());
        tera.register_filter("tr_list", move |v: &Value, args: Kwargs, _: &State| {
            tr_list(v, arg_lang(&args, &lang)?, &default_lang)
        });
    }
    for (name, f) in [
        ("num", num as fn(&Value, &str) -> TeraResult<Value>),
        ("signed", signed),
        ("date", date),
        ("iso", iso),
        ("filesize", filesize),
    ] {
        let lang = lang.clone();
        tera.register_filter(name, move |v: &Value, args: Kwargs, _: &State| f(v, arg_lang(&args, &lang)?));
    }
}

/// The `lang` argument, or the page's language.
fn arg_lang<'a>(args: &'a Kwargs, lang: &'a str) -> TeraResult<&'a str> {
    Ok(args.get::<&str>("lang")?.unwrap_or(lang))
}

/// A template value as text for a `{name}` placeholder: strings as they are,
/// numbers as Tera prints them.
fn fill_text(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

fn t(strings: &UiStrings, lang: &str, args: &Kwargs) -> TeraResult<Value> {
    let key = args.get::<&str>("key")?.ok_or_else(|| Error::message("t() needs a key: t(key=\"page.home\")"))?;
    if args.iter().nth(1).is_none() {
        // The common case, dozens of times a page: no language, no placeholders.
        return Ok(Value::from(strings.get(lang, key)));
    }
    let lang = arg_lang(args, lang)?;
    // Placeholders sorted so the output never depends on the arguments' order.
    let fills: BTreeMap<&str, String> = args
        .iter()
        .filter_map(|(k, v)| Some((k.as_str()?, v)))
        .filter(|(k, _)| *k != "key" && *k != "lang")
        .map(|(k, v)| (k, fill_text(v)))
        .collect();
    let fills: Vec<(&str, &str)> = fills.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Ok(Value::from(strings.fill(lang, key, &fills)))
}

/// The `t_html` function: a UI string with placeholders filled by HTML, for a
/// sentence around a content text that may fall back to another language
/// (`t_html(key="page.published_by", organisation=site.organisation.name | tr)`
/// keeps the `<span lang>` of `tr`). The UI string is escaped; the fills are
/// not, so they must be HTML already.
fn t_html(strings: &UiStrings, lang: &str, args: &Kwargs) -> TeraResult<Value> {
    let key =
        args.get::<&str>("key")?.ok_or_else(|| Error::message("t_html() needs a key: t_html(key=\"page.home\")"))?;
    let template = escape_html(&strings.get(arg_lang(args, lang)?, key));
    let html = fill_once(&template, |name| {
        (name != "key" && name != "lang").then(|| args.get::<&Value>(name).ok().flatten().map(fill_text)).flatten()
    });
    Ok(Value::safe_string(&html))
}

/// Replaces each `{name}` in `template` by `value(name)` in one pass, so a fill
/// that itself contains `{…}` stays as it is; unknown names are left alone.
fn fill_once(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| value(&after[..close]).map(|v| (close, v))) {
            Some((close, v)) => {
                out.push_str(&v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// HTML-escapes text for element content and quoted attributes. Unlike Tera's
/// default it leaves `/` alone, so addresses stay readable in the page source.
pub fn escape_html(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len() + s.len() / 8);
    write_escaped_html(s, &mut out).expect("writing to a Vec cannot fail");
    // The special characters are ASCII, so the runs between them are whole
    // UTF-8 characters.
    String::from_utf8(out).expect("escaped UTF-8 stays UTF-8")
}

/// [`escape_html`] into a writer: Tera's escape function for `.html` and `.xml`
/// templates.
pub fn write_escaped_html(s: &str, out: &mut dyn Write) -> io::Result<()> {
    let mut rest = s.as_bytes();
    // Copy the runs between special characters whole.
    while let Some(i) = rest.iter().position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')) {
        out.write_all(&rest[..i])?;
        out.write_all(match rest[i] {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            _ => b"&#39;",
        })?;
        rest = &rest[i + 1..];
    }
    out.write_all(rest)
}

/// A template value's text in `lang`, with the language it is in and whether
/// that is a fallback, read straight from the value (a map of language →
/// string, as a `Text` serialises; a plain string counts as already localized)
/// without copying every translation: `tr` runs for most cells of every page.
/// Falls back like [`Text::localized`]: `lang`, then `fallback`, then the first
/// language in alphabetical order. `none` (an absent optional text) is no text;
/// anything else is an error that names the filter.
fn localized<'a>(
    v: &'a Value,
    lang: &'a str,
    fallback: &'a str,
    filter: &str,
) -> TeraResult<Option<(&'a str, &'a str, bool)>> {
    if let Some(map) = v.as_map() {
        let text = |l: &'a str| Some((l, map.get(&Key::Str(l))?.as_str()?));
        if let Some((l, t)) = text(lang) {
            return Ok(Some((l, t, false)));
        }
        // Tera's maps are hash maps: take the first language in sorted order,
        // so the output never depends on the hash.
        let any = || map.iter().filter_map(|(k, t)| Some((k.as_str()?, t.as_str()?))).min_by_key(|(k, _)| *k);
        return Ok(text(fallback).or_else(any).map(|(l, t)| (l, t, true)));
    }
    if let Some(s) = v.as_str() {
        return Ok(Some(("", s, false)));
    }
    if v.is_none() {
        return Ok(None);
    }
    Err(Error::message(format!(
        "the `{filter}` filter needs a text from the content (a map of language → text) or a string, got {}",
        describe(v)
    )))
}

/// The text in `lang` as escaped HTML. When it falls back to another language it
/// is wrapped in `<span lang=…>` (so screen readers switch voice) and followed by
/// a marker such as "(no English translation)".
pub fn translated_html(text: &Text, lang: &str, default_lang: &str, strings: &UiStrings) -> String {
    let Some(l) = text.localized(lang, default_lang) else { return String::new() };
    marked(l.lang, l.text, l.is_fallback, lang, strings)
}

/// `text` (in `in_lang`) as escaped HTML for a page in `lang`, marked when it
/// is a fallback.
fn marked(in_lang: &str, text: &str, fallback: bool, lang: &str, strings: &UiStrings) -> String {
    let escaped = escape_html(text);
    if !fallback || in_lang.is_empty() {
        return escaped;
    }
    format!(
        "<span lang=\"{in_lang}\" class=\"untranslated\">{escaped}</span> <small class=\"untranslated-note\">{}</small>",
        escape_html(&strings.get(lang, "page.untranslated"))
    )
}

/// What `tr_list` gives a template: the items in the page's language (or the
/// one it fell back to), that language, and whether it is a fallback.
#[derive(Serialize)]
struct ListView<'a> {
    items: &'a [String],
    lang: &'a str,
    fallback: bool,
}

fn tr_list(v: &Value, lang: &str, default_lang: &str) -> TeraResult<Value> {
    let Some(map) = v.as_map() else {
        if v.is_none() {
            return Ok(Value::from_serializable(&ListView { items: &[], lang, fallback: false }));
        }
        return Err(Error::message(format!(
            "the `tr_list` filter needs a list from the content (a map of language → list), got {}",
            describe(v)
        )));
    };
    let list = crate::content::TextList(
        map.iter()
            .filter_map(|(k, v)| {
                let items = v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect());
                Some((k.as_str()?.to_string(), items.unwrap_or_default()))
            })
            .collect(),
    );
    let (items, fallback) = list.localized(lang, default_lang);
    let in_lang = if fallback {
        list.0.iter().find(|(_, v)| v.as_slice() == items).map_or(default_lang, |(k, _)| k.as_str())
    } else {
        lang
    };
    Ok(Value::from_serializable(&ListView { items, lang: in_lang, fallback }))
}

/// A value as an error message names it: its kind, and a short one's text (a
/// page's whole list would bury the message, and differ in every language).
fn describe(v: &Value) -> String {
    use tera::value::ValueKind;
    match v.kind() {
        ValueKind::String => {
            let text = v.as_str().unwrap_or_default();
            match text.char_indices().nth(40) {
                Some((end, _)) => format!("the text \"{}…\"", &text[..end]),
                None => format!("the text \"{text}\""),
            }
        }
        ValueKind::Bool => format!("`{v}`"),
        ValueKind::Map => "a map".into(),
        ValueKind::Array => "a list".into(),
        ValueKind::Undefined => "an undefined value".into(),
        ValueKind::None => "none".into(),
        _ if v.is_number() => format!("the number {v}"),
        _ => format!("a value of type {}", v.name()),
    }
}

/// The number a numeric filter formats; `None` for an absent value (shown as
/// nothing), an error naming the filter for anything else.
fn number_of(v: &Value, filter: &str) -> TeraResult<Option<Number>> {
    if let Some(n) = v.as_f64() {
        return Ok(Some(Number(n)));
    }
    if v.is_none() {
        return Ok(None);
    }
    Err(Error::message(format!("the `{filter}` filter needs a number, got {}", describe(v))))
}

fn num(v: &Value, lang: &str) -> TeraResult<Value> {
    Ok(Value::from(number_of(v, "num")?.map(|n| format_number(n, lang)).unwrap_or_default()))
}

fn signed(v: &Value, lang: &str) -> TeraResult<Value> {
    let Some(n) = number_of(v, "signed")? else { return Ok(Value::from("")) };
    let s = format_number(n, lang);
    Ok(Value::from(if n.0 > 0.0 { format!("+{s}") } else { s }))
}

fn date(v: &Value, lang: &str) -> TeraResult<Value> {
    Ok(Value::from(date_of(v, "date")?.map(|d| format_date(d, lang)).unwrap_or_default()))
}

/// A date as `<time datetime>` wants it: "2024-03-28", "2024-03" or "2024".
fn iso(v: &Value, _lang: &str) -> TeraResult<Value> {
    Ok(Value::from(date_of(v, "iso")?.map(|d| d.to_string()).unwrap_or_default()))
}

/// The date a date filter formats; `None` for an absent value.
fn date_of(v: &Value, filter: &str) -> TeraResult<Option<PartialDate>> {
    if v.is_none() {
        return Ok(None);
    }
    let part = |key: &str| v.as_map().and_then(|m| m.get(&Key::Str(key))).and_then(Value::as_i64);
    let Some(year) = part("year").and_then(|y| i32::try_from(y).ok()) else {
        return Err(Error::message(format!(
            "the `{filter}` filter needs a date from the content ({{year, month, day}}), got {}",
            describe(v)
        )));
    };
    let month = part("month").and_then(|m| u8::try_from(m).ok());
    let day = part("day").and_then(|d| u8::try_from(d).ok());
    Ok(Some(PartialDate { year, month, day }))
}

fn filesize(v: &Value, lang: &str) -> TeraResult<Value> {
    let Some(Number(bytes)) = number_of(v, "filesize")? else { return Ok(Value::from("")) };
    let s = if bytes < 1000.0 {
        format!("{} B", format_number(Number(bytes), lang))
    } else if bytes < 1_000_000.0 {
        format!("{} kB", format_number(Number((bytes / 100.0).round() / 10.0), lang))
    } else {
        format!("{} MB", format_number(Number((bytes / 100_000.0).round() / 10.0), lang))
    };
    Ok(Value::from(s.replace(' ', "\u{a0}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(src: &str, lang: &str, ctx: serde_json::Value) -> String {
        let mut strings = UiStrings::default();
        strings.insert("en", "page.untranslated", "(no English translation)");
        strings.insert("en", "page.change", "from {a} to {b}");
        let mut tera = Tera::default();
        register(&mut tera, Arc::new(strings), lang, "pl");
        tera.add_raw_template("x.html", src).unwrap();
        tera.render("x.html", &tera::Context::from_serialize(&ctx).unwrap()).unwrap()
    }

    #[test]
    fn numbers_dates_and_sizes_follow_the_page_language() {
        let ctx = serde_json::json!({ "n": 2506.0, "d": { "year": 2024, "month": 3, "day": 28 }, "b": 12500 });
        assert_eq!(
            render("{{ n | num }} {{ d | date }} {{ b | filesize }}", "pl", ctx.clone()),
            "2\u{a0}506 28 marca 2024 12,5\u{a0}kB"
        );
        assert_eq!(
            render("{{ n | num }} {{ d | date }} {{ b | filesize }}", "en", ctx.clone()),
            "2,506 28 March 2024 12.5\u{a0}kB"
        );
        assert_eq!(render("{{ n | num(lang=\"en\") }}", "pl", ctx.clone()), "2,506");
        assert_eq!(render("{{ d | iso }}|{{ nothing | default(value=none) | iso }}", "en", ctx), "2024-03-28|");
        let month = serde_json::json!({ "d": { "year": 2011, "month": 12, "day": null } });
        assert_eq!(render("{{ d | iso }}", "pl", month), "2011-12");
        assert_eq!(
            render("{{ a | signed }} {{ b | signed }}", "en", serde_json::json!({ "a": -33.0, "b": 3 })),
            "−33 +3"
        );
    }

    #[test]
    fn missing_translations_fall_back_visibly() {
        let ctx = serde_json::json!({ "x": { "pl": "Niebieska <Karta>" }, "y": { "pl": "a", "en": "b" } });
        assert_eq!(
            render("{{ x | tr }}", "en", ctx.clone()),
            "<span lang=\"pl\" class=\"untranslated\">Niebieska &lt;Karta&gt;</span> \
             <small class=\"untranslated-note\">(no English translation)</small>"
        );
        assert_eq!(render("{{ y | tr }}|{{ x | tr_plain }}", "en", ctx), "b|Niebieska &lt;Karta&gt;");
    }

    #[test]
    fn t_fills_placeholders() {
        let ctx = serde_json::json!({ "v": 67 });
        assert_eq!(render("{{ t(key=\"page.change\", a=v, b=\"34\") }}", "en", ctx), "from 67 to 34");
        assert_eq!(render("{{ t(key=\"page.nope\") }}", "en", serde_json::json!({})), "[page.nope]");
    }

    #[test]
    fn t_html_keeps_the_language_of_a_fallback_inside_a_sentence() {
        let ctx = serde_json::json!({ "org": { "pl": "Ośrodek & Spółka" } });
        let mut strings = UiStrings::default();
        strings.insert("en", "page.untranslated", "(no English translation)");
        strings.insert("en", "page.by", "Published by {organisation} <{x}>");
        let mut tera = Tera::default();
        tera.set_escape_fn(write_escaped_html);
        register(&mut tera, Arc::new(strings), "en", "pl");
        tera.add_raw_template("x.html", "{{ t_html(key=\"page.by\", organisation=org | tr) }}").unwrap();
        assert_eq!(
            tera.render("x.html", &tera::Context::from_serialize(&ctx).unwrap()).unwrap(),
            "Published by <span lang=\"pl\" class=\"untranslated\">Ośrodek &amp; Spółka</span> \
             <small class=\"untranslated-note\">(no English translation)</small> &lt;{x}&gt;"
        );
        assert_eq!(fill_once("{a}{b}{", |n| (n == "a").then(|| "{b}".to_string())), "{b}{b}{");
    }

    #[test]
    fn lists_say_which_language_they_are_in() {
        let ctx = serde_json::json!({ "l": { "pl": ["MOPS", "Policja"] } });
        assert_eq!(
            render("{% set x = l | tr_list %}{{ x.lang }} {{ x.fallback }} {{ x.items | join(sep=\",\") }}", "en", ctx),
            "pl true MOPS,Policja"
        );
    }
}
