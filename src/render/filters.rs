//! The Tera filters and functions templates use for language: UI strings,
//! translated content with a visible fallback, and locale numbers and dates.
//!
//! Each language gets its own Tera instance (a cheap clone) with these bound to
//! that language, so templates write `{{ t(key="page.home") }}` and
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
//! | `filesize(lang?)` | filter | bytes → "12,5 kB" |

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use tera::{Result, Tera, Value};

use crate::content::{Number, PartialDate, Text};
use crate::i18n::{format_date, format_number};
use crate::render::strings::UiStrings;

/// Registers every filter and function on `tera`, bound to `lang`.
pub fn register(tera: &mut Tera, strings: Arc<UiStrings>, lang: &str, default_lang: &str) {
    let lang = lang.to_string();
    let default_lang = default_lang.to_string();
    {
        let (strings, lang) = (strings.clone(), lang.clone());
        tera.register_function("t", move |args: &HashMap<String, Value>| t(&strings, &lang, args));
    }
    tera.register_function("t_html", HtmlString { strings: strings.clone(), lang: lang.clone() });
    tera.register_filter(
        "tr",
        Translated { strings: strings.clone(), lang: lang.clone(), default_lang: default_lang.clone() },
    );
    {
        let (lang, default_lang) = (lang.clone(), default_lang.clone());
        tera.register_filter("tr_plain", move |v: &Value, args: &HashMap<String, Value>| {
            let lang = arg_lang(args, &lang);
            Ok(Value::String(localized(v, &lang, &default_lang).map_or("", |(_, t, _)| t).to_string()))
        });
    }
    {
        let (lang, default_lang) = (lang.clone(), default_lang.clone());
        tera.register_filter("tr_list", move |v: &Value, args: &HashMap<String, Value>| {
            tr_list(v, &arg_lang(args, &lang), &default_lang)
        });
    }
    for (name, f) in
        [("num", num as fn(&Value, &str) -> Result<Value>), ("signed", signed), ("date", date), ("filesize", filesize)]
    {
        let lang = lang.clone();
        tera.register_filter(name, move |v: &Value, args: &HashMap<String, Value>| f(v, &arg_lang(args, &lang)));
    }
}

fn arg_lang(args: &HashMap<String, Value>, lang: &str) -> String {
    args.get("lang").and_then(Value::as_str).unwrap_or(lang).to_string()
}

fn t(strings: &UiStrings, lang: &str, args: &HashMap<String, Value>) -> Result<Value> {
    let key = args.get("key").and_then(Value::as_str).ok_or("t() needs a key: t(key=\"page.home\")")?;
    if args.len() == 1 {
        // The common case, dozens of times a page: no language, no placeholders.
        return Ok(Value::String(strings.get(lang, key)));
    }
    let lang = arg_lang(args, lang);
    // Placeholders sorted so the output never depends on HashMap order.
    let fills: BTreeMap<&str, String> = args
        .iter()
        .filter(|(k, _)| *k != "key" && *k != "lang")
        .map(|(k, v)| (k.as_str(), v.as_str().map_or_else(|| v.to_string(), str::to_string)))
        .collect();
    let fills: Vec<(&str, &str)> = fills.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Ok(Value::String(strings.fill(&lang, key, &fills)))
}

/// The `t_html` function: a UI string with placeholders filled by HTML, for a
/// sentence around a content text that may fall back to another language
/// (`t_html(key="page.published_by", organisation=site.organisation.name | tr)`
/// keeps the `<span lang>` of `tr`). The UI string is escaped; the fills are
/// not, so they must be HTML already.
struct HtmlString {
    strings: Arc<UiStrings>,
    lang: String,
}

impl tera::Function for HtmlString {
    fn call(&self, args: &HashMap<String, Value>) -> Result<Value> {
        let key = args.get("key").and_then(Value::as_str).ok_or("t_html() needs a key: t_html(key=\"page.home\")")?;
        let template = escape_html(&self.strings.get(&arg_lang(args, &self.lang), key));
        Ok(Value::String(fill_once(&template, |name| {
            args.get(name)
                .filter(|_| name != "key" && name != "lang")
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
        })))
    }

    fn is_safe(&self) -> bool {
        true
    }
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
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut rest = s;
    // Copy the runs between special characters whole (they are ASCII, so a
    // byte search never splits a UTF-8 character).
    while let Some(i) = rest.bytes().position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')) {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out
}

/// A template value's text in `lang`, with the language it is in and whether
/// that is a fallback, read straight from the value (an object of language →
/// string, as a `Text` serialises; a plain string counts as already localized)
/// without copying every translation: `tr` runs for most cells of every page.
/// Falls back like [`Text::localized`]: `lang`, then `fallback`, then any.
fn localized<'v>(v: &'v Value, lang: &str, fallback: &str) -> Option<(&'v str, &'v str, bool)> {
    match v {
        Value::Object(map) => {
            let text = |l: &str| map.get_key_value(l).and_then(|(k, t)| Some((k.as_str(), t.as_str()?)));
            if let Some((l, t)) = text(lang) {
                return Some((l, t, false));
            }
            text(fallback)
                .or_else(|| map.iter().find_map(|(k, t)| Some((k.as_str(), t.as_str()?))))
                .map(|(l, t)| (l, t, true))
        }
        Value::String(s) => Some(("", s.as_str(), false)),
        _ => None,
    }
}

/// The `tr` filter: its output is HTML (escaped text, plus the fallback marker).
struct Translated {
    strings: Arc<UiStrings>,
    lang: String,
    default_lang: String,
}

impl tera::Filter for Translated {
    fn filter(&self, v: &Value, args: &HashMap<String, Value>) -> Result<Value> {
        let lang = arg_lang(args, &self.lang);
        let html = localized(v, &lang, &self.default_lang).map_or_else(String::new, |(in_lang, text, fallback)| {
            marked(in_lang, text, fallback, &lang, &self.strings)
        });
        Ok(Value::String(html))
    }

    fn is_safe(&self) -> bool {
        true
    }
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

fn tr_list(v: &Value, lang: &str, default_lang: &str) -> Result<Value> {
    let Value::Object(map) = v else {
        return Ok(serde_json::json!({ "items": [], "lang": lang, "fallback": false }));
    };
    let list = crate::content::TextList(
        map.iter()
            .map(|(k, v)| {
                let items = v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect());
                (k.clone(), items.unwrap_or_default())
            })
            .collect(),
    );
    let (items, fallback) = list.localized(lang, default_lang);
    let in_lang = if fallback {
        list.0.iter().find(|(_, v)| v.as_slice() == items).map_or(default_lang, |(k, _)| k.as_str())
    } else {
        lang
    };
    Ok(serde_json::json!({ "items": items, "lang": in_lang, "fallback": fallback }))
}

fn number_of(v: &Value) -> Option<Number> {
    v.as_f64().map(Number)
}

fn num(v: &Value, lang: &str) -> Result<Value> {
    Ok(Value::String(number_of(v).map(|n| format_number(n, lang)).unwrap_or_default()))
}

fn signed(v: &Value, lang: &str) -> Result<Value> {
    let Some(n) = number_of(v) else { return Ok(Value::String(String::new())) };
    let s = format_number(n, lang);
    Ok(Value::String(if n.0 > 0.0 { format!("+{s}") } else { s }))
}

fn date(v: &Value, lang: &str) -> Result<Value> {
    if v.is_null() {
        return Ok(Value::String(String::new()));
    }
    let part = |key: &str| v.get(key).and_then(Value::as_i64);
    let year = part("year").and_then(|y| i32::try_from(y).ok());
    let Some(year) = year else {
        return Err(tera::Error::msg(format!("the `date` filter needs a date from the content, got {v}")));
    };
    let month = part("month").and_then(|m| u8::try_from(m).ok());
    let day = part("day").and_then(|d| u8::try_from(d).ok());
    Ok(Value::String(format_date(PartialDate { year, month, day }, lang)))
}

fn filesize(v: &Value, lang: &str) -> Result<Value> {
    let Some(bytes) = v.as_f64() else { return Ok(Value::String(String::new())) };
    let s = if bytes < 1000.0 {
        format!("{} B", format_number(Number(bytes), lang))
    } else if bytes < 1_000_000.0 {
        format!("{} kB", format_number(Number((bytes / 100.0).round() / 10.0), lang))
    } else {
        format!("{} MB", format_number(Number((bytes / 100_000.0).round() / 10.0), lang))
    };
    Ok(Value::String(s.replace(' ', "\u{a0}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(src: &str, lang: &str, ctx: serde_json::Value) -> String {
        let mut strings = UiStrings::default();
        strings.insert("en", "page.untranslated", "(no English translation)");
        strings.insert("en", "page.change", "from {a} to {b}");
        let mut tera = Tera::default();
        tera.add_raw_template("x.html", src).unwrap();
        register(&mut tera, Arc::new(strings), lang, "pl");
        tera.render("x.html", &tera::Context::from_value(ctx).unwrap()).unwrap()
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
        assert_eq!(render("{{ n | num(lang=\"en\") }}", "pl", ctx), "2,506");
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
        tera.autoescape_on(vec![".html"]);
        tera.add_raw_template("x.html", "{{ t_html(key=\"page.by\", organisation=org | tr) }}").unwrap();
        register(&mut tera, Arc::new(strings), "en", "pl");
        assert_eq!(
            tera.render("x.html", &tera::Context::from_value(ctx).unwrap()).unwrap(),
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
