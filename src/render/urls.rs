//! The output URL layout, in one place: where each page lives (a path relative to
//! the output root, `/`-separated) and how a page links to another.
//!
//! Every internal link is relative: a page at depth N prefixes site paths with
//! `../` N times (its `root`), so one `public/` works at a domain root, in any
//! subfolder and from `file://`. Folder pages are linked as `…/index.html`
//! explicitly because `file://` does not serve folder indexes.

/// The home page in `lang`.
pub fn home(lang: &str) -> String {
    format!("{lang}/index.html")
}

pub fn programme(lang: &str, slug: &str) -> String {
    format!("{lang}/{slug}/index.html")
}

pub fn report(lang: &str, slug: &str, year: i32) -> String {
    format!("{lang}/{slug}/{year}/index.html")
}

pub fn indicator(lang: &str, slug: &str, id: &str) -> String {
    format!("{lang}/{slug}/indicators/{id}/index.html")
}

pub fn data(lang: &str) -> String {
    format!("{lang}/data/index.html")
}

pub fn accessibility(lang: &str) -> String {
    format!("{lang}/accessibility/index.html")
}

/// The search page (rendered by the search module when it exists).
pub fn search(lang: &str) -> String {
    format!("{lang}/search/index.html")
}

/// A theme static file, e.g. `static/style.css`.
pub fn static_file(path: &str) -> String {
    format!("static/{path}")
}

/// True for the path of a page of the site (every page is an `index.html` or
/// the root `404.html`); false for other HTML files, such as a report's
/// single-file attachment (`render::attachments`).
pub fn is_page(path: &str) -> bool {
    path.ends_with("index.html") || path == "404.html"
}

/// The prefix that leads from the page at `path` back to the output root:
/// `""` for `index.html`, `"../../"` for `pl/programme/index.html`.
pub fn root_prefix(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// The `root` of the 404 page. Web servers serve it for any missing address, at
/// any depth, where a relative link would resolve against that address: with
/// `base_url` its links are full addresses. Without one the site's folder is
/// unknown (a root-relative `/pl/` breaks every site in a subfolder), so they
/// stay relative to the site's top folder: right for a missing address there,
/// and wherever the server gives the page a `<base>` (`jawnik serve` does).
pub fn not_found_root(base_url: Option<&str>) -> String {
    base_url.map_or_else(|| root_prefix("404.html"), str::to_string)
}

/// The address of a page for search engines and `<link rel=canonical>`: the
/// folder, not `index.html`, under the site's base URL (which ends in `/`).
pub fn absolute(base_url: &str, path: &str) -> String {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    format!("{base_url}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_climb_one_level_per_folder() {
        assert_eq!(root_prefix("index.html"), "");
        assert_eq!(root_prefix(&home("pl")), "../");
        assert_eq!(root_prefix(&indicator("en", "p", "x")), "../../../../");
    }

    #[test]
    fn pages_are_index_files_and_the_404_page() {
        assert!(is_page(&report("pl", "p", 2023)) && is_page("index.html") && is_page("404.html"));
        assert!(!is_page("pl/data/p/p-2023-pl.html"));
    }

    #[test]
    fn absolute_addresses_drop_index_html() {
        assert_eq!(absolute("https://x.pl/raporty/", "pl/p/2023/index.html"), "https://x.pl/raporty/pl/p/2023/");
        assert_eq!(absolute("https://x.pl/", "404.html"), "https://x.pl/404.html");
    }

    #[test]
    fn the_404_page_links_from_the_site_address_or_its_top_folder() {
        assert_eq!(not_found_root(Some("https://x.pl/raporty/")), "https://x.pl/raporty/");
        assert_eq!(not_found_root(None), "");
    }
}
