//! Site search (the BIP regulation asks for one): a static index per language and
//! the search page's list.
//!
//! The index is a script, `{lang}/search/search-index.js`, that sets a global
//! (`window.jawnikSearch`) instead of a JSON file, because browsers block
//! `fetch` of local files and the site must work from `file://`. Every entry's
//! `url` is relative to the search page, so the site works in any subfolder.
//! Each entry carries its searchable text lowercased with Polish letters folded
//! ("gęśla" → "gesla"); `static/search.js` folds the query the same way.
//! Without JavaScript the page shows [`page`]'s alphabetical list instead.

use serde::Serialize;

use crate::content::{Programme, Site, ValueKind};
use crate::i18n::{fold_diacritics, format_number};
use crate::output::Files;
use crate::render::strings::UiStrings;
use crate::render::urls;

/// The index script of `lang`, relative to the output root.
pub fn index_path(lang: &str) -> String {
    format!("{lang}/search/search-index.js")
}

/// What an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    Programme,
    Indicator,
    Report,
}

impl EntryKind {
    fn key(self) -> &'static str {
        match self {
            EntryKind::Programme => "search.type_programme",
            EntryKind::Indicator => "search.type_indicator",
            EntryKind::Report => "search.type_report",
        }
    }
}

/// One thing the search can find.
#[derive(Clone, Debug, Serialize)]
pub struct Entry {
    pub title: String,
    /// The page, relative to the output root.
    pub path: String,
    pub kind: EntryKind,
    /// "Wskaźnik", "Indicator"...
    pub kind_label: String,
    /// One short line under the title: the programme, the latest value.
    pub text: String,
    /// Lowercased, diacritics folded: the title, the text and other wordings
    /// (an indicator's id and the labels earlier reports printed it under).
    #[serde(skip)]
    pub haystack: String,
}

/// Every programme, report and indicator of the site in `lang`, in site order.
pub fn entries(site: &Site, strings: &UiStrings, lang: &str) -> Vec<Entry> {
    site.programmes.iter().flat_map(|p| programme_entries(site, strings, lang, p)).collect()
}

/// The entries of one programme in `lang`: the programme, its reports (newest
/// first), its indicators. The site's entries are these one programme after
/// another, so serve keeps them per programme ([`crate::render::wide`]).
pub fn programme_entries(site: &Site, strings: &UiStrings, lang: &str, p: &Programme) -> Vec<Entry> {
    let default = site.default_lang();
    let label = |k: EntryKind| strings.get(lang, k.key());
    let mut out = Vec::new();
    let short = p.short_name.get(lang, default);
    let mut about: Vec<String> = p.operator.iter().map(|o| o.get(lang, default).to_string()).collect();
    if let Some((start, end)) = p.period() {
        about.push(format!("{start}–{end}"));
    }
    out.push(entry(
        p.name.get(lang, default),
        urls::programme(lang, &p.slug),
        EntryKind::Programme,
        label(EntryKind::Programme),
        about.join(" · "),
        &[short],
    ));
    for r in p.reports.iter().rev() {
        let title = strings.fill(lang, "search.report_entry", &[("programme", short), ("year", &r.year.to_string())]);
        out.push(entry(
            &title,
            urls::report(lang, &p.slug, r.year),
            EntryKind::Report,
            label(EntryKind::Report),
            r.title.get(lang, default).to_string(),
            &[],
        ));
    }
    for ind in &p.indicators {
        let mut text = short.to_string();
        // Several indicators share a name ("Liczba uczestników"); their task tells them apart.
        if let Some(task) = task_of(p, &ind.id) {
            text.push_str(" · ");
            text.push_str(&shorten(task.name.get(lang, default), 90));
        }
        if let Some(latest) = latest_value(p, &ind.id, lang) {
            let unit = ind.unit.get(lang, default);
            text.push_str(&format!(" · {latest}"));
            if !unit.is_empty() {
                text.push_str(&format!(" ({unit})"));
            }
        }
        let mut other: Vec<&str> = vec![&ind.id];
        other.extend(ind.name.0.values().map(String::as_str));
        for r in &p.reports {
            if let Some(l) = r.values.get(&ind.id).and_then(|v| v.label.as_ref()) {
                other.extend(l.0.values().map(String::as_str));
            }
        }
        out.push(entry(
            ind.name.get(lang, default),
            urls::indicator(lang, &p.slug, &ind.id),
            EntryKind::Indicator,
            label(EntryKind::Indicator),
            text,
            &other,
        ));
    }
    out
}

fn entry(title: &str, path: String, kind: EntryKind, kind_label: String, text: String, other: &[&str]) -> Entry {
    let mut haystack = fold(title);
    for extra in std::iter::once(text.as_str()).chain(other.iter().copied()) {
        let folded = fold(extra);
        if !haystack.contains(&folded) {
            haystack.push('\n');
            haystack.push_str(&folded);
        }
    }
    Entry { title: title.to_string(), path, kind, kind_label, text, haystack }
}

/// Lowercase with Polish letters folded: what both the index and the query
/// become before comparing.
pub fn fold(s: &str) -> String {
    fold_diacritics(&s.to_lowercase())
}

/// The task measured by the indicator, in the latest edition that lists it.
fn task_of<'a>(p: &'a Programme, id: &str) -> Option<&'a crate::content::Task> {
    p.editions.iter().rev().flat_map(|e| e.tasks()).find(|t| t.indicators.iter().any(|i| i == id))
}

/// At most `max` characters, cut at a word with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', ' ']))
}

/// "2023: 34" for the latest report giving the indicator a number.
fn latest_value(p: &Programme, id: &str, lang: &str) -> Option<String> {
    p.reports.iter().rev().find_map(|r| {
        let v = r.values.get(id)?;
        match &v.kind {
            ValueKind::Number { value } | ValueKind::Breakdown { total: Some(value), .. } => {
                Some(format!("{}: {}", r.year, format_number(*value, lang)))
            }
            ValueKind::Breakdown { total: None, .. } | ValueKind::Missing { .. } | ValueKind::Text { .. } => None,
        }
    })
}

/// One entry as the index script carries it.
#[derive(Serialize)]
struct IndexEntry<'a> {
    title: &'a str,
    /// Relative to the search page.
    url: String,
    #[serde(rename = "type")]
    kind: EntryKind,
    type_label: &'a str,
    text: &'a str,
    /// The folded search text.
    search: &'a str,
}

impl Entry {
    /// This entry as the index carries it, its address relative to the search
    /// page (`to_root` leads from it to the output root).
    fn index_entry(&self, to_root: &str) -> IndexEntry<'_> {
        IndexEntry {
            title: &self.title,
            url: format!("{to_root}{}", self.path),
            kind: self.kind,
            type_label: &self.kind_label,
            text: &self.text,
            search: &self.haystack,
        }
    }
}

/// The index script for `lang`: `window.jawnikSearch = {…};`.
pub fn index_script(entries: &[Entry], lang: &str) -> String {
    index_script_from([index_fragment(entries, lang)].iter().map(String::as_str), lang)
}

/// `entries` as the index script lists them: JSON objects separated by
/// commas, `</` escaped so the data can never end a <script> element early.
/// An index is its fragments joined by commas ([`index_script_from`]).
pub fn index_fragment(entries: &[Entry], lang: &str) -> String {
    let to_root = urls::root_prefix(&urls::search(lang));
    let mut out = String::new();
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let entry = e.index_entry(&to_root);
        out.push_str(&serde_json::to_string(&entry).unwrap_or_else(|_| "{}".into()));
    }
    // A fragment starts with `{` and ends with `}`: no `</` spans two of them.
    out.replace("</", "<\\/")
}

/// The index script for `lang` from its fragments ([`index_fragment`]), in
/// site order; the same bytes as serialising every entry at once.
pub fn index_script_from<'a>(fragments: impl Iterator<Item = &'a str>, lang: &str) -> String {
    let lang_json = serde_json::to_string(lang).unwrap_or_else(|_| "\"\"".into()).replace("</", "<\\/");
    let mut json = format!("{{\"lang\":{lang_json},\"entries\":[");
    let mut first = true;
    for fragment in fragments.filter(|f| !f.is_empty()) {
        if !first {
            json.push(',');
        }
        json.push_str(fragment);
        first = false;
    }
    json.push_str("]}");
    format!("/* jawnik search index ({lang}); generated, do not edit */\nwindow.jawnikSearch = {json};\n")
}

/// The index script of every language.
pub fn index_files(site: &Site, strings: &UiStrings) -> Files {
    use rayon::prelude::*;
    site.config
        .languages
        .par_iter()
        .map(|lang| (index_path(lang), index_script(&entries(site, strings, lang), lang).into_bytes()))
        .collect::<Vec<_>>()
        .into_iter()
        .collect()
}

/// The search page's own context.
#[derive(Serialize)]
pub struct SearchPage<'a> {
    /// The index script and the search script, relative to the output root.
    pub index_script: String,
    pub script: String,
    /// Every programme and indicator, alphabetically: the page's content without
    /// JavaScript.
    pub all: Vec<&'a Entry>,
}

/// The key the search page sorts an entry by (with its path): its title folded.
pub fn sort_key(e: &Entry) -> String {
    fold(&e.title)
}

/// The context of the search page in `lang`, from every entry of the site in
/// site order, each with its [`sort_key`].
pub fn page<'a>(entries: impl Iterator<Item = (&'a Entry, &'a str)>, lang: &str) -> SearchPage<'a> {
    let mut all: Vec<(&str, &Entry)> =
        entries.filter(|(e, _)| e.kind != EntryKind::Report).map(|(e, key)| (key, e)).collect();
    all.sort_by(|a, b| (a.0, &a.1.path).cmp(&(b.0, &b.1.path)));
    SearchPage {
        index_script: index_path(lang),
        script: urls::static_file("search.js"),
        all: all.into_iter().map(|(_, e)| e).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole index as one value: what the fragments joined must equal.
    #[derive(Serialize)]
    struct Index<'a> {
        lang: &'a str,
        entries: Vec<IndexEntry<'a>>,
    }

    fn one(title: &str, path: &str) -> Entry {
        entry(title, path.into(), EntryKind::Indicator, "Wskaźnik".into(), "x </b> y".into(), &["a\"b"])
    }

    #[test]
    fn an_index_joined_from_fragments_is_the_index_serialised_at_once() {
        let parts = [
            vec![one("a</script>", "pl/a/index.html"), one("Gęś", "pl/b/index.html")],
            vec![],
            vec![one("c", "pl/c/i/index.html")],
        ];
        let to_root = urls::root_prefix(&urls::search("pl"));
        let all: Vec<&Entry> = parts.iter().flatten().collect();
        let whole = Index { lang: "pl", entries: all.iter().map(|e| e.index_entry(&to_root)).collect() };
        let json = serde_json::to_string(&whole).unwrap().replace("</", "<\\/");
        let expected =
            format!("/* jawnik search index (pl); generated, do not edit */\nwindow.jawnikSearch = {json};\n");
        let fragments: Vec<String> = parts.iter().map(|p| index_fragment(p, "pl")).collect();
        assert_eq!(index_script_from(fragments.iter().map(String::as_str), "pl"), expected);
        let flat: Vec<Entry> = parts.concat();
        assert_eq!(index_script(&flat, "pl"), expected);
        let empty = index_script_from(std::iter::empty(), "pl");
        assert!(empty.ends_with("window.jawnikSearch = {\"lang\":\"pl\",\"entries\":[]};\n"), "{empty}");
    }

    #[test]
    fn folding_is_lowercase_without_polish_letters() {
        assert_eq!(fold("Niebieska Karta — GĘŚLA"), "niebieska karta — gesla");
    }

    #[test]
    fn the_index_is_a_script_that_cannot_close_its_element() {
        let e = entry("a</script>", "pl/p/index.html".into(), EntryKind::Programme, "Program".into(), "x".into(), &[]);
        let js = index_script(&[e], "pl");
        assert!(js.starts_with("/* jawnik search index (pl); generated, do not edit */\nwindow.jawnikSearch = {"));
        assert!(!js.contains("</script>"));
        assert!(js.contains(r#""url":"../../pl/p/index.html""#), "{js}");
    }

    #[test]
    fn long_texts_are_cut_at_a_word() {
        assert_eq!(shorten("Prowadzenie grup wsparcia dla osób", 20), "Prowadzenie grup…");
        assert_eq!(shorten("krótko", 20), "krótko");
    }

    #[test]
    fn extra_wordings_are_searchable_once() {
        let e = entry(
            "Liczba porad",
            "p".into(),
            EntryKind::Indicator,
            "W".into(),
            "Program".into(),
            &["porady", "Liczba porad"],
        );
        assert_eq!(e.haystack, "liczba porad\nprogram\nporady");
    }
}
