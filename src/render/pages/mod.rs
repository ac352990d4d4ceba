//! Which pages the site has, and the Tera context of each.
//!
//! A [`Job`] is one page in one language. Its context has the parts every page
//! shares (see [`Common`]: language, `root` prefix, language switcher,
//! breadcrumbs, navigation), built here, plus one page-specific object built by
//! the page kind's own module from the model:
//!
//! | page kind | module | template | context key |
//! |---|---|---|---|
//! | home | [`home`] | `home.html` | `home` |
//! | programme | [`programme`] | `programme.html` | `programme` |
//! | year report | [`report`] | `report.html` | `report` |
//! | indicator | [`indicator`] | `indicator.html` | `indicator` |
//! | data downloads | [`data`] | `data.html` | `data` |
//! | accessibility statement | [`accessibility`] | `accessibility.html` | `statement` |
//! | search | [`search`] | `search.html` | `search` |
//! | page not found | [`not_found`] | `404.html` | `stylesheet_inline` |
//!
//! Pieces several kinds share (a programme's summary, report and indicator
//! links, download lists, rows of values) are in [`parts`]. Contexts carry
//! model objects as they are (texts stay per-language objects for the `tr`
//! filter, numbers stay numbers for `num`) and add only what a template cannot
//! compute: links, cells with their missing reasons, changes.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::{Programme, Site, Text};
use crate::render::data::DataFiles;
use crate::render::strings::UiStrings;
use crate::render::urls;

pub mod accessibility;
pub mod data;
pub mod home;
pub mod indicator;
pub mod not_found;
pub mod parts;
pub mod programme;
pub mod report;
pub mod search;

/// What a page shows. Programmes, indicators are indexes into the site's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PageKind {
    Home,
    Programme(usize),
    Report(usize, i32),
    Indicator(usize, usize),
    Data,
    Accessibility,
    /// The search page (its index and list come from `render::search`).
    Search,
    NotFound,
}

impl PageKind {
    pub fn template(self) -> &'static str {
        match self {
            PageKind::Home => "home.html",
            PageKind::Programme(_) => "programme.html",
            PageKind::Report(..) => "report.html",
            PageKind::Indicator(..) => "indicator.html",
            PageKind::Data => "data.html",
            PageKind::Accessibility => "accessibility.html",
            PageKind::Search => "search.html",
            PageKind::NotFound => "404.html",
        }
    }

    /// The programme the page belongs to; `None` for the site-wide pages.
    pub fn programme(self) -> Option<usize> {
        match self {
            PageKind::Programme(p) | PageKind::Report(p, _) | PageKind::Indicator(p, _) => Some(p),
            _ => None,
        }
    }

    /// Where the page lives in `lang`.
    pub fn path(self, site: &Site, lang: &str) -> String {
        let slug = |i: usize| site.programmes[i].slug.as_str();
        match self {
            PageKind::Home => urls::home(lang),
            PageKind::Programme(p) => urls::programme(lang, slug(p)),
            PageKind::Report(p, year) => urls::report(lang, slug(p), year),
            PageKind::Indicator(p, i) => urls::indicator(lang, slug(p), &site.programmes[p].indicators[i].id),
            PageKind::Data => urls::data(lang),
            PageKind::Accessibility => urls::accessibility(lang),
            PageKind::Search => urls::search(lang),
            PageKind::NotFound => "404.html".into(),
        }
    }
}

/// One page to render.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Job {
    pub kind: PageKind,
    pub lang: String,
    pub path: String,
}

/// Every page of the site in every language, plus the root `index.html` (the
/// default language's home) and `404.html`.
pub fn jobs(site: &Site) -> Vec<Job> {
    let mut kinds = vec![PageKind::Home, PageKind::Data, PageKind::Accessibility, PageKind::Search];
    for (pi, p) in site.programmes.iter().enumerate() {
        kinds.push(PageKind::Programme(pi));
        kinds.extend(p.reports.iter().map(|r| PageKind::Report(pi, r.year)));
        kinds.extend((0..p.indicators.len()).map(|ii| PageKind::Indicator(pi, ii)));
    }
    let mut jobs = Vec::new();
    for lang in &site.config.languages {
        for kind in &kinds {
            jobs.push(Job { kind: *kind, lang: lang.clone(), path: kind.path(site, lang) });
        }
    }
    let default = site.default_lang().to_string();
    jobs.push(Job { kind: PageKind::Home, lang: default.clone(), path: "index.html".into() });
    jobs.push(Job { kind: PageKind::NotFound, lang: default, path: "404.html".into() });
    jobs
}

/// The site-wide pages (home, data, accessibility, search, the root
/// `index.html` and `404.html`) in every language.
pub fn site_jobs(site: &Site) -> Vec<Job> {
    jobs(site).into_iter().filter(|j| j.kind.programme().is_none()).collect()
}

/// The pages of programme `pi` in every language.
pub fn jobs_of(site: &Site, pi: usize) -> Vec<Job> {
    let p = &site.programmes[pi];
    let mut kinds = vec![PageKind::Programme(pi)];
    kinds.extend(p.reports.iter().map(|r| PageKind::Report(pi, r.year)));
    kinds.extend((0..p.indicators.len()).map(|ii| PageKind::Indicator(pi, ii)));
    let mut jobs = Vec::new();
    for lang in &site.config.languages {
        jobs.extend(kinds.iter().map(|kind| Job { kind: *kind, lang: lang.clone(), path: kind.path(site, lang) }));
    }
    jobs
}

/// Which Markdown text of a programme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DocKind {
    /// `programme.<lang>.md`
    Description,
    /// `YEAR.<lang>.md`, shown before the values.
    Narrative(i32),
    /// `YEAR.conclusions.<lang>.md`, shown after the values.
    Conclusions(i32),
}

/// Rendered Markdown: (programme index, which text) → language → document.
pub type Docs = BTreeMap<(usize, DocKind), BTreeMap<String, Doc>>;

/// What every page context is built from.
pub struct Shared<'a> {
    pub site: &'a Site,
    pub strings: &'a UiStrings,
    pub data: &'a DataFiles,
    pub docs: &'a Docs,
    /// The theme's stylesheet, inlined into the 404 page (served at any depth).
    pub stylesheet: &'a str,
    /// The pages' Content-Security-Policy.
    pub csp: &'a str,
    /// True when the site has any data file to download.
    pub has_data: bool,
    /// Every programme's search entries, when they are made already (the
    /// search page lists them); `None`: made here.
    pub wide: Option<&'a crate::render::wide::WideParts>,
}

/// A Markdown document rendered to HTML, in the language it is written in.
#[derive(Clone, Debug, Serialize)]
pub struct Doc {
    pub title: Option<String>,
    pub html: String,
    pub lang: String,
    /// True when the page's language had no text and this one is shown instead.
    pub fallback: bool,
}

impl Shared<'_> {
    fn lang_default(&self) -> &str {
        self.site.default_lang()
    }

    fn text<'t>(&self, t: &'t Text, lang: &str) -> &'t str {
        t.get(lang, self.lang_default())
    }

    /// The text in `lang`, and the language it is really in when it falls back
    /// to another one (for the element's `lang` attribute).
    fn text_and_lang(&self, t: &Text, lang: &str) -> (String, Option<String>) {
        match t.localized(lang, self.lang_default()) {
            Some(l) => (l.text.to_string(), (l.is_fallback && !l.lang.is_empty()).then(|| l.lang.to_string())),
            None => (String::new(), None),
        }
    }

    /// A link to `path` titled with a content text (a programme's short name, an
    /// indicator's name).
    fn crumb(&self, t: &Text, lang: &str, path: String) -> Crumb {
        let (title, text_lang) = self.text_and_lang(t, lang);
        Crumb { title, lang: text_lang, path, current: false }
    }

    /// The first breadcrumb of every page below the home page.
    fn home_crumb(&self, lang: &str) -> Crumb {
        Crumb::ui(self.strings.get(lang, "page.home"), urls::home(lang))
    }

    /// A link to programme `p`, titled with its short name.
    fn programme_crumb(&self, p: &Programme, lang: &str) -> Crumb {
        self.crumb(&p.short_name, lang, urls::programme(lang, &p.slug))
    }

    /// The title and breadcrumbs of a site-wide page titled with the UI string
    /// `key` and living at `path`: home → the page.
    fn site_page(&self, key: &str, path: String, lang: &str) -> (String, Vec<Crumb>) {
        let title = self.strings.get(lang, key);
        (title.clone(), vec![self.home_crumb(lang), Crumb { current: true, ..Crumb::ui(title, path) }])
    }

    fn doc(&self, key: (usize, DocKind), lang: &str) -> Option<Doc> {
        let docs = self.docs.get(&key)?;
        if let Some(d) = docs.get(lang) {
            return Some(d.clone());
        }
        let d = docs.get(self.lang_default()).or_else(|| docs.values().next())?;
        Some(Doc { fallback: true, ..d.clone() })
    }
}

/// The parts of every page's context.
#[derive(Serialize)]
pub struct Common<'a> {
    pub lang: &'a str,
    pub default_lang: &'a str,
    /// Prefix for every internal link: `{{ root }}{{ some_path }}`.
    pub root: String,
    /// This page's path relative to the output root.
    pub path: &'a str,
    /// The page's own title (plain text, in the page's language where possible).
    pub title: String,
    pub site: &'a crate::content::SiteConfig,
    pub languages: Vec<LangLink>,
    /// `<link rel=alternate hreflang>` targets, absolute when `base_url` is set.
    pub alternates: Vec<Alternate>,
    pub canonical: Option<String>,
    /// The Content-Security-Policy for the page's `<meta http-equiv>` (render::csp).
    pub csp: &'a str,
    /// The way here, home first; the last one is this page (`current`), shown
    /// short (a programme's short name).
    pub breadcrumbs: Vec<Crumb>,
    pub nav: Vec<Crumb>,
    pub links: Links,
}

/// The language switcher: the same page in each language.
#[derive(Serialize)]
pub struct LangLink {
    pub code: String,
    /// The language's name in itself ("polski", "English").
    pub name: String,
    pub path: String,
    pub current: bool,
}

#[derive(Serialize)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

#[derive(Serialize)]
pub struct Crumb {
    pub title: String,
    /// The language of `title` when it is not the page's (an untranslated
    /// name shown in the default language); `None` otherwise.
    pub lang: Option<String>,
    pub path: String,
    pub current: bool,
}

impl Crumb {
    /// A link titled with a UI string (always in the page's language).
    fn ui(title: String, path: String) -> Crumb {
        Crumb { title, lang: None, path, current: false }
    }
}

/// Site-wide pages every template may link to.
#[derive(Serialize)]
pub struct Links {
    pub home: String,
    pub data: String,
    pub accessibility: String,
    /// The accessibility statement in the page's language as a full address
    /// when `base_url` is set (relative otherwise), for the
    /// `<meta name="deklaracja-dostępności">` every page carries.
    pub statement_url: String,
    pub stylesheet: String,
    /// True when the site has data files to download.
    pub has_data: bool,
    pub search: String,
    /// The Atom feed of reports in the page's language.
    pub feed: String,
}

/// Up to this many programmes, every page's main navigation lists them all.
/// Above it a page lists only its own programme (the home page lists every
/// one): a menu of hundreds of links helps nobody, and it would make every page
/// grow with the number of programmes, so the site would grow with its square.
pub const NAV_LISTS_ALL_PROGRAMMES_UP_TO: usize = 12;

/// The full Tera context of one page.
pub fn context(s: &Shared, job: &Job) -> tera::Context {
    let lang = job.lang.as_str();
    let (title, crumbs) = title_and_crumbs(s, job.kind, lang);
    let common = common(s, job, title, crumbs);
    let mut ctx = tera::Context::from_serialize(&common).unwrap_or_default();
    match job.kind {
        PageKind::Home => ctx.insert("home", &home::view(s, lang)),
        PageKind::Programme(p) => ctx.insert("programme", &programme::view(s, p, lang)),
        PageKind::Report(p, year) => ctx.insert("report", &report::view(s, p, year, lang)),
        PageKind::Indicator(p, i) => ctx.insert("indicator", &indicator::view(s, p, i, lang)),
        PageKind::Data => ctx.insert("data", &data::view(s, lang)),
        PageKind::Accessibility => ctx.insert("statement", &accessibility::view(s, lang)),
        PageKind::Search => search::insert(s, lang, &mut ctx),
        PageKind::NotFound => ctx.insert("stylesheet_inline", not_found::view(s)),
    }
    ctx
}

fn common<'a>(s: &'a Shared, job: &'a Job, title: String, breadcrumbs: Vec<Crumb>) -> Common<'a> {
    let site = s.site;
    let lang = job.lang.as_str();
    let root = match job.kind {
        PageKind::NotFound => urls::not_found_root(site.config.base_url.as_deref()),
        _ => urls::root_prefix(&job.path),
    };
    // The 404 page has no twin: its language links lead to each home page.
    let twin = |l: &str| if job.kind == PageKind::NotFound { urls::home(l) } else { job.kind.path(site, l) };
    let languages = site
        .config
        .languages
        .iter()
        .map(|l| LangLink {
            code: l.clone(),
            name: s.strings.get(l, "page.language_name"),
            path: twin(l),
            current: l == lang,
        })
        .collect();
    let href = |path: &str| match &site.config.base_url {
        Some(base) => urls::absolute(base, path),
        None => format!("{root}{path}"),
    };
    let mut alternates: Vec<Alternate> = Vec::new();
    if job.kind != PageKind::NotFound {
        alternates =
            site.config.languages.iter().map(|l| Alternate { hreflang: l.clone(), href: href(&twin(l)) }).collect();
        alternates.push(Alternate { hreflang: "x-default".into(), href: href(&twin(site.default_lang())) });
    }
    // The root index.html duplicates the default language's home: its canonical
    // address is that home.
    let canonical = (job.kind != PageKind::NotFound)
        .then(|| site.config.base_url.as_ref().map(|b| urls::absolute(b, &job.kind.path(site, lang))))
        .flatten();
    let mut nav = vec![Crumb { current: job.kind == PageKind::Home, ..s.home_crumb(lang) }];
    let list_all = site.programmes.len() <= NAV_LISTS_ALL_PROGRAMMES_UP_TO;
    for (pi, p) in site.programmes.iter().enumerate() {
        let current =
            matches!(job.kind, PageKind::Programme(i) | PageKind::Report(i, _) | PageKind::Indicator(i, _) if i == pi);
        if !list_all && !current {
            continue;
        }
        nav.push(Crumb { current, ..s.programme_crumb(p, lang) });
    }
    nav.push(Crumb {
        current: job.kind == PageKind::Data,
        ..Crumb::ui(s.strings.get(lang, "page.data"), urls::data(lang))
    });
    Common {
        lang,
        default_lang: site.default_lang(),
        path: &job.path,
        title,
        site: &site.config,
        languages,
        alternates,
        canonical,
        csp: s.csp,
        breadcrumbs,
        nav,
        links: Links {
            home: urls::home(lang),
            data: urls::data(lang),
            accessibility: urls::accessibility(lang),
            statement_url: href(&urls::accessibility(lang)),
            stylesheet: urls::static_file("style.css"),
            has_data: s.has_data,
            search: urls::search(lang),
            feed: crate::render::feed::path(lang),
        },
        root,
    }
}

/// The page's title and the way to it, from the page kind's module.
fn title_and_crumbs(s: &Shared, kind: PageKind, lang: &str) -> (String, Vec<Crumb>) {
    match kind {
        PageKind::Home => home::title_and_crumbs(s, lang),
        PageKind::Programme(p) => programme::title_and_crumbs(s, p, lang),
        PageKind::Report(p, year) => report::title_and_crumbs(s, p, year, lang),
        PageKind::Indicator(p, i) => indicator::title_and_crumbs(s, p, i, lang),
        PageKind::Data => data::title_and_crumbs(s, lang),
        PageKind::Accessibility => accessibility::title_and_crumbs(s, lang),
        PageKind::Search => search::title_and_crumbs(s, lang),
        PageKind::NotFound => not_found::title_and_crumbs(s, lang),
    }
}
