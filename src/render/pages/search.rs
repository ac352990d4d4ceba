//! The search page (`search.html`, context key `search`). Its list of entries
//! and the scripts' paths come from `render::search`, which also writes the
//! search indexes.

use super::{Crumb, Shared};

/// Titled with the UI string `search.title`; the way here is home.
pub(super) fn title_and_crumbs(s: &Shared, lang: &str) -> (String, Vec<Crumb>) {
    (s.strings.get(lang, "search.title"), vec![s.home_crumb(lang)])
}

/// The search page's own context, under `search`.
pub(super) fn insert(s: &Shared, lang: &str, ctx: &mut tera::Context) {
    use crate::render::search::{entries, page, sort_key};
    match s.wide {
        Some(wide) => ctx.insert("search", &page(wide.search(lang), lang)),
        None => {
            let all = entries(s.site, s.strings, lang);
            let keys: Vec<String> = all.iter().map(sort_key).collect();
            ctx.insert("search", &page(all.iter().zip(keys.iter().map(String::as_str)), lang));
        }
    }
}
