//! `sitemap.xml` and `robots.txt`.
//!
//! Sitemaps need absolute addresses, so without `base_url` there is no sitemap
//! (the build warns once) and `robots.txt` has no `Sitemap:` line.
//!
//! The sitemaps protocol allows at most 50,000 URLs and 50 MB in one file. A
//! site within those limits gets one `sitemap.xml`; a larger one (many bodies
//! publishing together) gets `sitemap-1.xml`, `sitemap-2.xml`, … within the
//! limits, and `sitemap.xml` becomes the sitemap index listing them, so
//! `robots.txt` points to the same address either way.

use std::fmt::Write as _;

use crate::content::Site;
use crate::render::pages::{Job, PageKind};
use crate::render::urls;

/// URLs one sitemap file may list (sitemaps.org protocol).
pub const MAX_URLS: usize = 50_000;
/// Bytes one sitemap file may have, uncompressed (sitemaps.org protocol).
pub const MAX_BYTES: usize = 52_428_800;

const URLSET_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
     <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_FOOT: &str = "</urlset>\n";

/// The sitemap files (path, text): `sitemap.xml` alone, or the index
/// `sitemap.xml` and its parts `sitemap-N.xml` when the site is over the
/// protocol's limits. Every language version of each page is listed as an
/// alternate of the others (and `x-default` for the default language).
pub fn files(site: &Site, base_url: &str, jobs: &[Job]) -> Vec<(String, String)> {
    files_within(site, base_url, jobs, MAX_URLS, MAX_BYTES)
}

/// Every path a sitemap part of a site with `pages` pages could have, and a
/// few more: the ones a rebuild must remove when they are no longer made.
pub fn part_paths(pages: usize) -> Vec<String> {
    (1..=pages / MAX_URLS + 2).map(part_path).collect()
}

fn part_path(n: usize) -> String {
    format!("sitemap-{n}.xml")
}

fn files_within(site: &Site, base_url: &str, jobs: &[Job], max_urls: usize, max_bytes: usize) -> Vec<(String, String)> {
    let entries = jobs.iter().filter(|j| listed(j)).map(|job| entry(site, base_url, job));
    files_from(entries, base_url, max_urls, max_bytes)
}

/// Whether a page is in the sitemap (the root `index.html` and `404.html` are not).
pub fn listed(job: &Job) -> bool {
    job.kind != PageKind::NotFound && job.path != "index.html"
}

/// One page's `<url>` element, with every language version as an alternate.
/// A sitemap is its pages' entries in site order ([`files_from`]).
pub fn entry(site: &Site, base_url: &str, job: &Job) -> String {
    let mut entry = String::new();
    let _ = writeln!(entry, "  <url>\n    <loc>{}</loc>", escape(&urls::absolute(base_url, &job.path)));
    let mut alternates: Vec<(&str, String)> =
        site.config.languages.iter().map(|l| (l.as_str(), job.kind.path(site, l))).collect();
    alternates.push(("x-default", job.kind.path(site, site.default_lang())));
    for (lang, path) in alternates {
        let _ = writeln!(
            entry,
            "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
            escape(&urls::absolute(base_url, &path))
        );
    }
    entry.push_str("  </url>\n");
    entry
}

/// The sitemap files made of `entries` ([`entry`]), split within the limits.
pub fn files_from<S: AsRef<str>>(
    entries: impl Iterator<Item = S>,
    base_url: &str,
    max_urls: usize,
    max_bytes: usize,
) -> Vec<(String, String)> {
    let room = max_bytes - URLSET_HEAD.len() - URLSET_FOOT.len();
    let mut parts: Vec<String> = Vec::new();
    let mut in_part = 0;
    for entry in entries {
        let entry = entry.as_ref();
        let full = parts.last().is_none_or(|p| in_part == max_urls || p.len() + entry.len() > room + URLSET_HEAD.len());
        if full {
            parts.push(String::from(URLSET_HEAD));
            in_part = 0;
        }
        let part = parts.last_mut().expect("a part was just added");
        part.push_str(entry);
        in_part += 1;
    }
    for part in &mut parts {
        part.push_str(URLSET_FOOT);
    }
    if parts.len() <= 1 {
        let only = parts.pop().unwrap_or_else(|| format!("{URLSET_HEAD}{URLSET_FOOT}"));
        return vec![("sitemap.xml".to_string(), only)];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::with_capacity(parts.len() + 1);
    for (i, part) in parts.into_iter().enumerate() {
        let path = part_path(i + 1);
        let _ =
            writeln!(index, "  <sitemap>\n    <loc>{}</loc>\n  </sitemap>", escape(&urls::absolute(base_url, &path)));
        files.push((path, part));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, ("sitemap.xml".to_string(), index));
    files
}

/// Lets every crawler in; points to the sitemap when there is one.
pub fn robots(base_url: Option<&str>) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if let Some(base) = base_url {
        let _ = write!(out, "\nSitemap: {base}sitemap.xml\n");
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pages;

    /// A synthetic site of 13 programmes (2 × 95 pages with an address).
    fn site() -> (tempfile::TempDir, Site) {
        let dir = tempfile::tempdir().unwrap();
        let params = crate::synth::Params { programmes: 13, years: 2, indicators: 4, seed: 3 };
        crate::synth::write_site(dir.path(), &params).unwrap();
        let loaded = crate::content::load::load_site(dir.path());
        (dir, loaded.site.expect("the synthetic site loads"))
    }

    /// The `<loc>`s of a sitemap or sitemap index, checking its root element.
    fn locs(xml: &str, root: &str) -> Vec<String> {
        let doc = roxmltree::Document::parse(xml).unwrap();
        assert_eq!(doc.root_element().tag_name().name(), root);
        doc.descendants().filter(|n| n.has_tag_name("loc")).map(|n| n.text().unwrap().to_string()).collect()
    }

    #[test]
    fn a_site_within_the_limits_has_one_sitemap() {
        let (_dir, site) = site();
        let base = "https://example.org/s/";
        let files = files(&site, base, &pages::jobs(&site));
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "sitemap.xml");
        let urls = locs(&files[0].1, "urlset");
        // Every page but the root redirect and the 404 page, in both languages.
        assert_eq!(urls.len(), pages::jobs(&site).len() - 2);
        assert!(urls.contains(&format!("{base}en/")));
    }

    #[test]
    fn over_the_url_limit_the_sitemap_becomes_an_index_of_parts() {
        let (_dir, site) = site();
        let base = "https://example.org/s/";
        let jobs = pages::jobs(&site);
        let whole = locs(&files(&site, base, &jobs)[0].1, "urlset");
        let files = files_within(&site, base, &jobs, 50, MAX_BYTES);
        let expected_parts = whole.len().div_ceil(50);
        assert!(expected_parts > 2, "{} URLs", whole.len());
        assert_eq!(files.len(), expected_parts + 1);
        assert_eq!(files[0].0, "sitemap.xml");
        let listed = locs(&files[0].1, "sitemapindex");
        let parts: Vec<String> = (1..=expected_parts).map(|n| format!("{base}sitemap-{n}.xml")).collect();
        assert_eq!(listed, parts);
        let mut all = Vec::new();
        for (i, (path, xml)) in files[1..].iter().enumerate() {
            assert_eq!(path, &format!("sitemap-{}.xml", i + 1));
            let urls = locs(xml, "urlset");
            assert!(!urls.is_empty() && urls.len() <= 50, "{path}: {} URLs", urls.len());
            all.extend(urls);
        }
        assert_eq!(all, whole, "the parts list every URL once, in order");
        assert!(part_paths(jobs.len()).contains(&"sitemap-1.xml".to_string()));
    }

    #[test]
    fn over_the_byte_limit_too() {
        let (_dir, site) = site();
        let base = "https://example.org/s/";
        let jobs = pages::jobs(&site);
        let limit = 20_000;
        let files = files_within(&site, base, &jobs, MAX_URLS, limit);
        assert!(files.len() > 3);
        for (path, xml) in &files[1..] {
            assert!(xml.len() <= limit, "{path}: {} bytes", xml.len());
            locs(xml, "urlset");
        }
    }

    #[test]
    fn robots_points_to_the_sitemap_only_with_a_base_url() {
        assert_eq!(robots(None), "User-agent: *\nAllow: /\n");
        assert!(robots(Some("https://x.pl/")).ends_with("Sitemap: https://x.pl/sitemap.xml\n"));
    }
}
