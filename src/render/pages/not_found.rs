//! The "page not found" page, `404.html` at the site's root (`404.html`, context
//! key `stylesheet_inline`). Web servers show it for a missing address at any
//! depth, so its styles are inlined and its links lead to each language's home
//! (see `common` in the parent module for its `root`).

use super::{Crumb, Shared};

/// Titled with the UI string `page.not_found_title`; no breadcrumbs.
pub(super) fn title_and_crumbs(s: &Shared, lang: &str) -> (String, Vec<Crumb>) {
    (s.strings.get(lang, "page.not_found_title"), vec![])
}

/// The theme's stylesheet, put inline in the page.
pub(super) fn view<'a>(s: &Shared<'a>) -> &'a str {
    s.stylesheet
}
