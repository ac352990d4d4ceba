//! The search page (`search.html`, context key `search`). Its list of entries
//! and the scripts' paths come from `render::search`, which also writes the
//! search indexes.

use super::{Crumb, Shared};

/// Titled with the UI string `search.title`; the way here is home.
pub(super) fn title_and_crumbs(s: &Shared, lang: &str) -> (String, Vec<Crumb>) {
    (s.strings.get(lang, "search.title"), vec![s.home_crumb(lang)])
}

pub(super) fn view(s: &Shared, lang: &str) -> crate::render::search::SearchPage {
    crate::render::search::page(s.site, s.strings, lang)
}
