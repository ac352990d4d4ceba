//! `sitemap.xml` and `robots.txt`.
//!
//! Sitemaps need absolute addresses, so without `base_url` there is no sitemap
//! (the build warns once) and `robots.txt` has no `Sitemap:` line.

use std::fmt::Write as _;

use crate::content::Site;
use crate::render::pages::{Job, PageKind};
use crate::render::urls;

/// The sitemap, with every language version of each page listed as an
/// alternate of the others (and `x-default` for the default language).
pub fn sitemap(site: &Site, base_url: &str, jobs: &[Job]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for job in jobs.iter().filter(|j| j.kind != PageKind::NotFound && j.path != "index.html") {
        let _ = writeln!(out, "  <url>\n    <loc>{}</loc>", escape(&urls::absolute(base_url, &job.path)));
        let mut alternates: Vec<(&str, String)> =
            site.config.languages.iter().map(|l| (l.as_str(), job.kind.path(site, l))).collect();
        alternates.push(("x-default", job.kind.path(site, site.default_lang())));
        for (lang, path) in alternates {
            let _ = writeln!(
                out,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
                escape(&urls::absolute(base_url, &path))
            );
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
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

    #[test]
    fn robots_points_to_the_sitemap_only_with_a_base_url() {
        assert_eq!(robots(None), "User-agent: *\nAllow: /\n");
        assert!(robots(Some("https://x.pl/")).ends_with("Sitemap: https://x.pl/sitemap.xml\n"));
    }
}
