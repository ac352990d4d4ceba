//! Per-programme pieces of the site-wide files, kept between renders: each
//! programme's search entries (with the search page's sort keys and the
//! index script's JSON of them) and its sitemap entries, per language.
//!
//! The search indexes, the search page and the sitemap list the programmes'
//! pages one programme after another, so each is its pieces joined in site
//! order. After an edit to one programme (serve, `build --watch`) only that
//! programme's pieces are made again ([`WideParts::forget`], then
//! [`WideParts::refresh`]); the join gives byte for byte what making the whole
//! file again gives (tests/e2e/incremental.rs, and the tests below).

use rayon::prelude::*;

use crate::content::Site;
use crate::render::pages::{self, Job};
use crate::render::search::{self, Entry};
use crate::render::sitemap;
use crate::render::strings::UiStrings;

/// One programme's pieces in one language.
pub struct Part {
    /// Its search entries, in site order.
    pub search: Vec<Entry>,
    /// The search page's sort key of each entry ([`search::sort_key`]).
    pub keys: Vec<String>,
    /// The entries as the index script lists them ([`search::index_fragment`]).
    pub index: String,
    /// The `<url>` entries of its pages in this language ([`sitemap::entry`]);
    /// empty without a `base_url`.
    pub sitemap: Vec<String>,
}

impl Part {
    fn new(site: &Site, strings: &UiStrings, lang: &str, pi: usize) -> Part {
        let search = search::programme_entries(site, strings, lang, &site.programmes[pi]);
        let keys = search.iter().map(search::sort_key).collect();
        let index = search::index_fragment(&search, lang);
        let sitemap = match &site.config.base_url {
            Some(base) => pages::jobs_of(site, pi)
                .iter()
                .filter(|j| j.lang == lang && sitemap::listed(j))
                .map(|j| sitemap::entry(site, base, j))
                .collect(),
            None => Vec::new(),
        };
        Part { search, keys, index, sitemap }
    }
}

/// Every programme's [`Part`] in every language, `None` where it must be made
/// again.
#[derive(Default)]
pub struct WideParts {
    /// The site's languages, in order.
    langs: Vec<String>,
    /// `[language][programme]`.
    parts: Vec<Vec<Option<Part>>>,
}

impl WideParts {
    /// Forgets the pieces of the programmes `which` (indexes into the site's list).
    pub fn forget(&mut self, which: &[usize]) {
        for per_lang in &mut self.parts {
            for &pi in which {
                if let Some(slot) = per_lang.get_mut(pi) {
                    *slot = None;
                }
            }
        }
    }

    /// Makes every piece that is missing, in parallel. A site whose languages
    /// or number of programmes differ from the last one's starts over.
    pub fn refresh(&mut self, site: &Site, strings: &UiStrings) {
        let n = site.programmes.len();
        if self.langs != site.config.languages || self.parts.iter().any(|p| p.len() != n) {
            self.langs = site.config.languages.clone();
            self.parts = self.langs.iter().map(|_| (0..n).map(|_| None).collect()).collect();
        }
        let missing: Vec<(usize, usize)> = (0..self.langs.len())
            .flat_map(|li| (0..n).map(move |pi| (li, pi)))
            .filter(|&(li, pi)| self.parts[li][pi].is_none())
            .collect();
        let made: Vec<((usize, usize), Part)> =
            missing.into_par_iter().map(|(li, pi)| ((li, pi), Part::new(site, strings, &self.langs[li], pi))).collect();
        for ((li, pi), part) in made {
            self.parts[li][pi] = Some(part);
        }
    }

    /// Whether every piece of `site` is made (and for a site of its shape).
    pub fn complete(&self, site: &Site) -> bool {
        self.langs == site.config.languages
            && self.parts.iter().all(|p| p.len() == site.programmes.len() && p.iter().all(Option::is_some))
    }

    /// The pieces of `lang`, one per programme in site order (all made: call
    /// [`WideParts::refresh`] first).
    fn of(&self, lang: &str) -> impl Iterator<Item = &Part> {
        let li = self.langs.iter().position(|l| l == lang);
        li.map(|li| self.parts[li].iter().map(|p| p.as_ref().expect("refreshed before use"))).into_iter().flatten()
    }

    /// Every search entry of `lang` in site order, with its sort key.
    pub fn search(&self, lang: &str) -> impl Iterator<Item = (&Entry, &str)> {
        self.of(lang).flat_map(|p| p.search.iter().zip(p.keys.iter().map(String::as_str)))
    }

    /// The search index script of `lang`.
    pub fn index_script(&self, lang: &str) -> String {
        search::index_script_from(self.of(lang).map(|p| p.index.as_str()), lang)
    }

    /// The sitemap files: per language, its site-wide pages (from `jobs`), then
    /// every programme's pages.
    pub fn sitemap(&self, site: &Site, base_url: &str, site_jobs: &[Job]) -> Vec<(String, String)> {
        let mut entries: Vec<std::borrow::Cow<str>> = Vec::new();
        for lang in &site.config.languages {
            let own = site_jobs.iter().filter(|j| &j.lang == lang && sitemap::listed(j));
            entries.extend(own.map(|j| sitemap::entry(site, base_url, j).into()));
            entries.extend(self.of(lang).flat_map(|p| p.sitemap.iter().map(|e| e.as_str().into())));
        }
        sitemap::files_from(entries.into_iter(), base_url, sitemap::MAX_URLS, sitemap::MAX_BYTES)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::strings::UiStrings;

    /// A synthetic site of 13 programmes and the default theme's strings.
    fn site() -> (tempfile::TempDir, Site, UiStrings) {
        let dir = tempfile::tempdir().unwrap();
        let params = crate::synth::Params { programmes: 13, years: 2, indicators: 3, seed: 4 };
        crate::synth::write_site(dir.path(), &params).unwrap();
        let site = crate::content::load::load_site(dir.path()).site.expect("the synthetic site loads");
        let theme = crate::render::theme::Theme::load(dir.path(), &site.config.theme).unwrap();
        (dir, site, theme.strings)
    }

    /// The joined files equal the ones made from the whole site at once.
    fn assert_joins_match(wide: &WideParts, site: &Site, strings: &UiStrings) {
        assert!(wide.complete(site));
        let base = site.config.base_url.as_deref().expect("synth sites have an address");
        assert_eq!(wide.sitemap(site, base, &pages::site_jobs(site)), sitemap::files(site, base, &pages::jobs(site)));
        for lang in &site.config.languages {
            let all = search::entries(site, strings, lang);
            assert_eq!(wide.index_script(lang), search::index_script(&all, lang));
            let joined: Vec<&str> = wide.search(lang).map(|(e, _)| e.path.as_str()).collect();
            assert_eq!(joined, all.iter().map(|e| e.path.as_str()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn joined_pieces_are_the_files_made_at_once_before_and_after_an_edit() {
        let (_dir, mut site, strings) = site();
        let mut wide = WideParts::default();
        assert!(!wide.complete(&site));
        wide.refresh(&site, &strings);
        assert_joins_match(&wide, &site, &strings);

        // A programme renamed and one report dropped: its pieces only are made again.
        let pi = 5;
        let p = &mut site.programmes[pi];
        for lang in ["pl", "en"] {
            let renamed = format!("{} (renamed)", p.name.get(lang, "pl"));
            p.name.0.insert(lang.to_string(), renamed);
        }
        p.reports.pop();
        wide.forget(&[pi]);
        assert!(!wide.complete(&site));
        let untouched = wide.parts[0][4].as_ref().map(|p| p.index.as_ptr());
        wide.refresh(&site, &strings);
        assert_eq!(wide.parts[0][4].as_ref().map(|p| p.index.as_ptr()), untouched, "kept, not made again");
        assert_joins_match(&wide, &site, &strings);
        assert!(wide.index_script("pl").contains("(renamed)"));

        // A programme fewer: the pieces start over.
        site.programmes.remove(2);
        assert!(!wide.complete(&site));
        wide.refresh(&site, &strings);
        assert_joins_match(&wide, &site, &strings);
    }
}
