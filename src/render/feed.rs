//! An Atom feed per language (`{lang}/feed.xml`) of the published year reports,
//! newest first, so residents and journalists can follow new reports.
//!
//! The output is deterministic: an entry's `updated` is the report's
//! `metadata.published_on` (a partial date is read as its first day), else the
//! last day of the report year; the feed's `updated` is the newest entry's. Entry
//! ids never change once a report is published: the page's absolute address
//! when the site has a `base_url`, otherwise a `tag:` URI. Links are absolute
//! with a `base_url` and relative to the feed file without one.

use std::fmt::Write as _;

use crate::content::{PartialDate, Programme, Report, Site};
use crate::output::Files;
use crate::render::strings::UiStrings;
use crate::render::urls;

/// The feed of `lang`, relative to the output root.
pub fn path(lang: &str) -> String {
    format!("{lang}/feed.xml")
}

/// The feed of every language.
pub fn files(site: &Site, strings: &UiStrings) -> Files {
    site.config.languages.iter().map(|lang| (path(lang), feed(site, strings, lang).into_bytes())).collect()
}

/// One report as a feed entry.
struct Item<'a> {
    programme: &'a Programme,
    report: &'a Report,
    updated: String,
}

/// The Atom document for `lang`.
pub fn feed(site: &Site, strings: &UiStrings, lang: &str) -> String {
    let default = site.default_lang();
    let base = site.config.base_url.as_deref();
    let feed_path = path(lang);
    // A link to an output file: absolute under base_url, else relative to the feed.
    let href = |target: &str| match base {
        Some(b) => urls::absolute(b, target),
        None => format!("{}{target}", urls::root_prefix(&feed_path)),
    };
    let mut items: Vec<Item> = site
        .programmes
        .iter()
        .flat_map(|p| p.reports.iter().map(move |r| Item { programme: p, report: r, updated: updated(r) }))
        .collect();
    items.sort_by(|a, b| {
        (&b.updated, b.report.year, &a.programme.slug).cmp(&(&a.updated, a.report.year, &b.programme.slug))
    });

    let title = site.config.title.get(lang, default);
    let organisation = site.config.organisation.name.get(lang, default);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(out, "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">", esc(lang));
    let _ = writeln!(out, "  <title>{}</title>", esc(title));
    let description = site.config.description.get(lang, default);
    if !description.is_empty() {
        let _ = writeln!(out, "  <subtitle>{}</subtitle>", esc(description));
    }
    let feed_id = match base {
        Some(b) => urls::absolute(b, &feed_path),
        None => format!("{}{lang}/feed", tag_prefix(site, None)),
    };
    let _ = writeln!(out, "  <id>{}</id>", esc(&feed_id));
    if base.is_some() {
        let _ =
            writeln!(out, "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>", esc(&href(&feed_path)));
    }
    let _ = writeln!(out, "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>", esc(&href(&urls::home(lang))));
    let newest = items.first().map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |i| i.updated.clone());
    let _ = writeln!(out, "  <updated>{newest}</updated>");
    let _ = writeln!(out, "  <author><name>{}</name></author>", esc(organisation));
    let _ = writeln!(out, "  <generator>jawnik</generator>");
    for item in &items {
        let (p, r) = (item.programme, item.report);
        let page = urls::report(lang, &p.slug, r.year);
        let id = match base {
            Some(b) => urls::absolute(b, &page),
            None => format!("{}{lang}/{}/{}", tag_prefix(site, Some(r.year)), p.slug, r.year),
        };
        let short = p.short_name.get(lang, default);
        let entry_title =
            strings.fill(lang, "search.report_entry", &[("programme", short), ("year", &r.year.to_string())]);
        out.push_str("  <entry>\n");
        let _ = writeln!(out, "    <title>{}</title>", esc(&entry_title));
        let _ = writeln!(out, "    <id>{}</id>", esc(&id));
        let _ = writeln!(out, "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>", esc(&href(&page)));
        let _ = writeln!(out, "    <updated>{}</updated>", item.updated);
        if r.metadata.published_on.is_some() {
            let _ = writeln!(out, "    <published>{}</published>", item.updated);
        }
        let _ = writeln!(out, "    <category term=\"{}\" label=\"{}\"/>", esc(&p.slug), esc(p.name.get(lang, default)));
        let _ = writeln!(out, "    <summary>{}</summary>", esc(r.title.get(lang, default)));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// `published_on` as an Atom date (first day of a month or year given without
/// one), else the last day of the report year.
fn updated(r: &Report) -> String {
    let d = r.metadata.published_on.unwrap_or(PartialDate { year: r.year, month: Some(12), day: Some(31) });
    format!("{:04}-{:02}-{:02}T00:00:00Z", d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
}

/// `tag:AUTHORITY,DATE:` (RFC 4151) for sites without a base URL. The authority
/// is the host of the organisation's BIP or website, or the domain of its
/// e-mail; `jawnik.invalid` when none is known. The date is the report's year,
/// so an id never changes when other reports are added.
fn tag_prefix(site: &Site, year: Option<i32>) -> String {
    let c = &site.config;
    let host = [c.bip_url.as_deref(), c.organisation.website.as_deref()]
        .into_iter()
        .flatten()
        .find_map(host_of)
        .or_else(|| c.organisation.email.as_deref().and_then(|e| e.rsplit_once('@')).map(|(_, d)| d.to_lowercase()))
        .filter(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-'))
        .unwrap_or_else(|| "jawnik.invalid".into());
    match year {
        Some(y) => format!("tag:{host},{y}:"),
        None => format!("tag:{host},2000:"),
    }
}

/// The host of an http(s) address, lowercased.
fn host_of(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    Some(host.to_lowercase())
}

/// XML text and attribute escaping.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_escaping() {
        assert_eq!(host_of("https://BIP.Krasnystaw.pl/mops/"), Some("bip.krasnystaw.pl".into()));
        assert_eq!(host_of("http://x.pl:8080"), Some("x.pl".into()));
        assert_eq!(host_of("ftp://x"), None);
        assert_eq!(esc("„A” & <b> \"c\"\u{1}"), "„A” &amp; &lt;b&gt; &quot;c&quot;");
    }
}
