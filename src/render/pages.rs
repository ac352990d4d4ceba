//! Which pages the site has, and the Tera context of each.
//!
//! A [`Job`] is one page in one language. Its context has the parts every page
//! shares (see [`Common`]: language, `root` prefix, language switcher,
//! breadcrumbs, navigation) plus one page-specific object built here from the
//! model. Contexts carry model objects as they are (texts stay per-language
//! objects for the `tr` filter, numbers stay numbers for `num`) and add only what
//! a template cannot compute: links, cells with their missing reasons, changes.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::content::{Edition, Goal, Indicator, Programme, Report, Site, Task, Text};
use crate::render::chart::{self, Chart};
use crate::render::data::{DataFiles, Download, Scope};
use crate::render::strings::UiStrings;
use crate::render::urls;
use crate::render::values::{self, Cell, Change};

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
        PageKind::Home => ctx.insert("home", &home(s, lang)),
        PageKind::Programme(p) => ctx.insert("programme", &programme(s, p, lang)),
        PageKind::Report(p, year) => ctx.insert("report", &report(s, p, year, lang)),
        PageKind::Indicator(p, i) => ctx.insert("indicator", &indicator(s, p, i, lang)),
        PageKind::Data => ctx.insert("data", &data_page(s, lang)),
        PageKind::Accessibility => ctx.insert("statement", &s.site.config.accessibility),
        PageKind::Search => ctx.insert("search", &crate::render::search::page(s.site, s.strings, lang)),
        PageKind::NotFound => ctx.insert("stylesheet_inline", s.stylesheet),
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
    let mut nav = vec![Crumb {
        current: job.kind == PageKind::Home,
        ..Crumb::ui(s.strings.get(lang, "page.home"), urls::home(lang))
    }];
    let list_all = site.programmes.len() <= NAV_LISTS_ALL_PROGRAMMES_UP_TO;
    for (pi, p) in site.programmes.iter().enumerate() {
        let current =
            matches!(job.kind, PageKind::Programme(i) | PageKind::Report(i, _) | PageKind::Indicator(i, _) if i == pi);
        if !list_all && !current {
            continue;
        }
        nav.push(Crumb { current, ..s.crumb(&p.short_name, lang, urls::programme(lang, &p.slug)) });
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
            stylesheet: urls::static_file("style.css"),
            has_data: s.has_data,
            search: urls::search(lang),
            feed: crate::render::feed::path(lang),
        },
        root,
    }
}

fn title_and_crumbs(s: &Shared, kind: PageKind, lang: &str) -> (String, Vec<Crumb>) {
    let site = s.site;
    let home = Crumb::ui(s.strings.get(lang, "page.home"), urls::home(lang));
    let programme_crumb = |p: &Programme| s.crumb(&p.short_name, lang, urls::programme(lang, &p.slug));
    match kind {
        PageKind::Home => (s.text(&site.config.title, lang).to_string(), vec![]),
        PageKind::Programme(p) => {
            let p = &site.programmes[p];
            let here = Crumb { current: true, ..programme_crumb(p) };
            (s.text(&p.name, lang).to_string(), vec![home, here])
        }
        PageKind::Report(p, year) => {
            let p = &site.programmes[p];
            let title = s.strings.fill(lang, "page.report_title", &[("year", &year.to_string())]);
            let here = Crumb { current: true, ..Crumb::ui(title.clone(), urls::report(lang, &p.slug, year)) };
            (title, vec![home, programme_crumb(p), here])
        }
        PageKind::Indicator(p, i) => {
            let p = &site.programmes[p];
            let ind = &p.indicators[i];
            let here = Crumb { current: true, ..s.crumb(&ind.name, lang, urls::indicator(lang, &p.slug, &ind.id)) };
            (here.title.clone(), vec![home, programme_crumb(p), here])
        }
        PageKind::Data | PageKind::Accessibility => {
            let (key, path) = match kind {
                PageKind::Data => ("page.data_title", urls::data(lang)),
                _ => ("page.accessibility_title", urls::accessibility(lang)),
            };
            let title = s.strings.get(lang, key);
            (title.clone(), vec![home, Crumb { current: true, ..Crumb::ui(title, path) }])
        }
        PageKind::Search => (s.strings.get(lang, "search.title"), vec![home]),
        PageKind::NotFound => (s.strings.get(lang, "page.not_found_title"), vec![]),
    }
}

// ---------------------------------------------------------------------------
// Page-specific views

/// A programme as the pages that mention it need it.
#[derive(Serialize)]
struct ProgrammeSummary<'a> {
    slug: &'a str,
    name: &'a Text,
    short_name: &'a Text,
    operator: &'a Text,
    coordinator: Option<&'a Text>,
    period: Option<Period>,
    path: String,
}

#[derive(Serialize)]
struct Period {
    start: i32,
    end: i32,
}

fn summary<'a>(p: &'a Programme, lang: &str) -> ProgrammeSummary<'a> {
    ProgrammeSummary {
        slug: &p.slug,
        name: &p.name,
        short_name: &p.short_name,
        operator: &p.operator,
        coordinator: p.coordinator.as_ref(),
        period: p.period().map(|(start, end)| Period { start, end }),
        path: urls::programme(lang, &p.slug),
    }
}

#[derive(Serialize)]
struct ReportLink<'a> {
    year: i32,
    title: &'a Text,
    path: String,
}

fn report_link<'a>(p: &Programme, r: &'a Report, lang: &str) -> ReportLink<'a> {
    ReportLink { year: r.year, title: &r.title, path: urls::report(lang, &p.slug, r.year) }
}

/// An indicator with its page.
#[derive(Serialize)]
struct IndicatorLink<'a> {
    #[serde(flatten)]
    indicator: &'a Indicator,
    path: String,
}

fn indicator_link<'a>(p: &Programme, ind: &'a Indicator, lang: &str) -> IndicatorLink<'a> {
    IndicatorLink { indicator: ind, path: urls::indicator(lang, &p.slug, &ind.id) }
}

#[derive(Serialize)]
struct ChartView {
    svg: String,
    description: String,
}

fn chart_view(c: Option<Chart>) -> Option<ChartView> {
    c.map(|c| ChartView { svg: c.svg, description: c.description })
}

#[derive(Serialize)]
struct DownloadView<'a> {
    path: &'a str,
    format: &'a str,
    bytes: usize,
}

fn downloads<'a>(s: &'a Shared, lang: &str, scope: &Scope) -> Vec<DownloadView<'a>> {
    s.data.for_scope(lang, scope).iter().map(download_view).collect()
}

fn download_view(d: &Download) -> DownloadView<'_> {
    DownloadView { path: &d.path, format: &d.format, bytes: d.bytes }
}

// --- home

#[derive(Serialize)]
struct HomeView<'a> {
    programmes: Vec<HomeProgramme<'a>>,
    downloads: Vec<DownloadView<'a>>,
}

#[derive(Serialize)]
struct HomeProgramme<'a> {
    #[serde(flatten)]
    summary: ProgrammeSummary<'a>,
    latest: Option<ReportLink<'a>>,
    reports: Vec<ReportLink<'a>>,
    headline: Vec<Headline<'a>>,
}

#[derive(Serialize)]
struct Headline<'a> {
    indicator: IndicatorLink<'a>,
    cell: Option<Cell<'a>>,
}

fn home<'a>(s: &'a Shared, lang: &str) -> HomeView<'a> {
    let programmes = s
        .site
        .programmes
        .iter()
        .map(|p| HomeProgramme {
            summary: summary(p, lang),
            latest: p.reports.last().map(|r| report_link(p, r, lang)),
            reports: p.reports.iter().rev().map(|r| report_link(p, r, lang)).collect(),
            headline: p
                .headline
                .iter()
                .filter_map(|id| p.indicator(id))
                .map(|ind| Headline { indicator: indicator_link(p, ind, lang), cell: values::latest(p, ind, lang) })
                .collect(),
        })
        .collect();
    HomeView { programmes, downloads: downloads(s, lang, &Scope::Site) }
}

// --- programme

#[derive(Serialize)]
struct ProgrammeView<'a> {
    #[serde(flatten)]
    summary: ProgrammeSummary<'a>,
    description: Option<Doc>,
    editions: Vec<EditionView<'a>>,
    reports: Vec<ReportLink<'a>>,
    table: Table<'a>,
    /// Years between the first and last report with no report published.
    gap_years: Vec<i32>,
    downloads: Vec<DownloadView<'a>>,
}

#[derive(Serialize)]
struct EditionView<'a> {
    #[serde(flatten)]
    edition: EditionHead<'a>,
    resolutions: &'a [crate::content::Resolution],
    goals: Vec<GoalView<'a>>,
}

/// An edition without its goals (which come as views).
#[derive(Serialize)]
struct EditionHead<'a> {
    id: &'a str,
    start: i32,
    end: i32,
    name: Option<&'a Text>,
    strategic_goal: Option<&'a Text>,
    goal_term: &'a Text,
    task_term: &'a Text,
}

fn edition_head(e: &Edition) -> EditionHead<'_> {
    EditionHead {
        id: &e.id,
        start: e.start,
        end: e.end,
        name: e.name.as_ref(),
        strategic_goal: e.strategic_goal.as_ref(),
        goal_term: &e.goal_term,
        task_term: &e.task_term,
    }
}

#[derive(Serialize)]
struct GoalView<'a> {
    number: &'a str,
    name: &'a Text,
    directions: &'a crate::content::TextList,
    tasks: Vec<TaskView<'a>>,
}

#[derive(Serialize)]
struct TaskView<'a> {
    name: &'a Text,
    forms: &'a crate::content::TextList,
    implementers: &'a crate::content::TextList,
    schedule: Option<&'a Text>,
    indicators: Vec<IndicatorLink<'a>>,
}

fn goal_view<'a>(p: &'a Programme, g: &'a Goal, lang: &str) -> GoalView<'a> {
    GoalView {
        number: &g.number,
        name: &g.name,
        directions: &g.directions,
        tasks: g.tasks.iter().map(|t| task_view(p, t, lang)).collect(),
    }
}

fn task_view<'a>(p: &'a Programme, t: &'a Task, lang: &str) -> TaskView<'a> {
    TaskView {
        name: &t.name,
        forms: &t.forms,
        implementers: &t.implementers,
        schedule: t.schedule.as_ref(),
        indicators: t.indicators.iter().filter_map(|id| p.indicator(id)).map(|i| indicator_link(p, i, lang)).collect(),
    }
}

/// Indicators × report years.
#[derive(Serialize)]
struct Table<'a> {
    years: Vec<ReportLink<'a>>,
    rows: Vec<TableRow<'a>>,
    /// False while no row has a sparkline (the column is left out).
    has_sparklines: bool,
}

#[derive(Serialize)]
struct TableRow<'a> {
    indicator: IndicatorLink<'a>,
    sparkline: Option<ChartView>,
    cells: Vec<Cell<'a>>,
}

fn programme<'a>(s: &'a Shared, pi: usize, lang: &str) -> ProgrammeView<'a> {
    let p = &s.site.programmes[pi];
    let years: Vec<i32> = p.reports.iter().map(|r| r.year).collect();
    let rows: Vec<TableRow> = p
        .indicators
        .iter()
        .map(|ind| TableRow {
            indicator: indicator_link(p, ind, lang),
            sparkline: chart_view(chart::sparkline(p, ind, lang, s.strings)),
            cells: years.iter().map(|y| values::cell(p, ind, *y, lang)).collect(),
        })
        .collect();
    let gap_years = match (years.first(), years.last()) {
        (Some(first), Some(last)) => (*first..=*last).filter(|y| !years.contains(y)).collect(),
        _ => vec![],
    };
    ProgrammeView {
        summary: summary(p, lang),
        description: s.doc((pi, DocKind::Description), lang),
        editions: p
            .editions
            .iter()
            .map(|e| EditionView {
                edition: edition_head(e),
                resolutions: &e.resolutions,
                goals: e.goals.iter().map(|g| goal_view(p, g, lang)).collect(),
            })
            .collect(),
        reports: p.reports.iter().rev().map(|r| report_link(p, r, lang)).collect(),
        table: Table {
            years: p.reports.iter().map(|r| report_link(p, r, lang)).collect(),
            has_sparklines: rows.iter().any(|r| r.sparkline.is_some()),
            rows,
        },
        gap_years,
        downloads: downloads(s, lang, &Scope::Programme(p.slug.clone())),
    }
}

// --- year report

#[derive(Serialize)]
struct ReportView<'a> {
    programme: ProgrammeSummary<'a>,
    year: i32,
    title: &'a Text,
    document: Option<&'a crate::content::SourceDocument>,
    metadata: &'a crate::content::Metadata,
    /// False when the report has no metadata at all.
    has_metadata: bool,
    changes: &'a [crate::content::Change],
    edition: Option<EditionHead<'a>>,
    narrative: Option<Doc>,
    /// Conclusions and needs for the next year, shown after the values.
    conclusions: Option<Doc>,
    goals: Vec<ReportGoal<'a>>,
    /// Values the edition's tasks do not list.
    other: Vec<Row<'a>>,
    previous: Option<ReportLink<'a>>,
    next: Option<ReportLink<'a>>,
    downloads: Vec<DownloadView<'a>>,
}

#[derive(Serialize)]
struct ReportGoal<'a> {
    number: &'a str,
    name: &'a Text,
    tasks: Vec<ReportTask<'a>>,
}

#[derive(Serialize)]
struct ReportTask<'a> {
    name: &'a Text,
    forms: &'a crate::content::TextList,
    implementers: &'a crate::content::TextList,
    rows: Vec<Row<'a>>,
    /// True when some value names its own implementers (the 2020 layout).
    value_implementers: bool,
}

/// One indicator in a year report or on an indicator page.
#[derive(Serialize)]
struct Row<'a> {
    indicator: IndicatorLink<'a>,
    cell: Cell<'a>,
    change: Option<Change>,
}

fn row<'a>(p: &'a Programme, ind: &'a Indicator, year: i32, lang: &str) -> Row<'a> {
    Row {
        indicator: indicator_link(p, ind, lang),
        cell: values::cell(p, ind, year, lang),
        change: values::change(p, ind, year, lang),
    }
}

fn report<'a>(s: &'a Shared, pi: usize, year: i32, lang: &str) -> ReportView<'a> {
    let p = &s.site.programmes[pi];
    let pos = p.reports.iter().position(|r| r.year == year).unwrap_or_default();
    let r = &p.reports[pos];
    let edition = p.edition(&r.edition);
    let mut listed: Vec<&str> = Vec::new();
    let goals = edition
        .map(|e| {
            e.goals
                .iter()
                .map(|g| ReportGoal {
                    number: &g.number,
                    name: &g.name,
                    tasks: g
                        .tasks
                        .iter()
                        .map(|t| {
                            listed.extend(t.indicators.iter().map(String::as_str));
                            let rows: Vec<Row> = t
                                .indicators
                                .iter()
                                .filter_map(|id| p.indicator(id))
                                .map(|ind| row(p, ind, year, lang))
                                .collect();
                            ReportTask {
                                name: &t.name,
                                forms: &t.forms,
                                implementers: &t.implementers,
                                value_implementers: rows
                                    .iter()
                                    .any(|r| r.cell.value.is_some_and(|v| !v.implementers.is_empty())),
                                rows,
                            }
                        })
                        .collect(),
                })
                .collect()
        })
        .unwrap_or_default();
    let other = p
        .indicators
        .iter()
        .filter(|ind| r.values.contains_key(&ind.id) && !listed.contains(&ind.id.as_str()))
        .map(|ind| row(p, ind, year, lang))
        .collect();
    let m = &r.metadata;
    let has_metadata = m.prepared_by.is_some()
        || m.prepared_on.is_some()
        || m.approved_by.is_some()
        || m.approved_on.is_some()
        || m.published_by.is_some()
        || m.published_on.is_some()
        || m.entered_by.is_some()
        || m.entered_on.is_some();
    ReportView {
        programme: summary(p, lang),
        year,
        title: &r.title,
        document: r.document.as_ref(),
        metadata: m,
        has_metadata,
        changes: &r.changes,
        edition: edition.map(edition_head),
        narrative: s.doc((pi, DocKind::Narrative(year)), lang),
        conclusions: s.doc((pi, DocKind::Conclusions(year)), lang),
        goals,
        other,
        previous: pos.checked_sub(1).map(|i| report_link(p, &p.reports[i], lang)),
        next: p.reports.get(pos + 1).map(|r| report_link(p, r, lang)),
        downloads: downloads(s, lang, &Scope::Report(p.slug.clone(), year)),
    }
}

// --- indicator

#[derive(Serialize)]
struct IndicatorView<'a> {
    programme: ProgrammeSummary<'a>,
    #[serde(flatten)]
    indicator: &'a Indicator,
    /// Where the indicator sits in each edition that measures it.
    placements: Vec<Placement<'a>>,
    /// Every year from the first to the last report; gaps included.
    rows: Vec<Row<'a>>,
    chart: Option<ChartView>,
    downloads: Vec<DownloadView<'a>>,
}

#[derive(Serialize)]
struct Placement<'a> {
    edition: EditionHead<'a>,
    goal_number: &'a str,
    goal: &'a Text,
    task: &'a Text,
    implementers: &'a crate::content::TextList,
}

fn indicator<'a>(s: &'a Shared, pi: usize, ii: usize, lang: &str) -> IndicatorView<'a> {
    let p = &s.site.programmes[pi];
    let ind = &p.indicators[ii];
    let mut placements = Vec::new();
    for e in &p.editions {
        for g in &e.goals {
            for t in g.tasks.iter().filter(|t| t.indicators.contains(&ind.id)) {
                placements.push(Placement {
                    edition: edition_head(e),
                    goal_number: &g.number,
                    goal: &g.name,
                    task: &t.name,
                    implementers: &t.implementers,
                });
            }
        }
    }
    IndicatorView {
        programme: summary(p, lang),
        indicator: ind,
        placements,
        rows: p.series(&ind.id).iter().map(|(year, _)| row(p, ind, *year, lang)).collect(),
        chart: chart_view(chart::trend(p, ind, lang, s.strings)),
        downloads: downloads(s, lang, &Scope::Indicator(p.slug.clone(), ind.id.clone())),
    }
}

// --- downloads

#[derive(Serialize)]
struct DataView<'a> {
    groups: Vec<DataGroup<'a>>,
    /// True when only the site's and programmes' files are listed (a site with
    /// many programmes): each report's and indicator's files are on its page.
    abridged: bool,
    /// The language's data package (datapackage.json), describing the files.
    package: Option<PackageView>,
}

#[derive(Serialize)]
struct PackageView {
    path: String,
    bytes: usize,
}

#[derive(Serialize)]
struct DataGroup<'a> {
    /// What the files are about: the site, a programme or an indicator's name.
    title: String,
    /// The language of `title` when it falls back to another one.
    lang: Option<String>,
    /// For a year report's files: "Report for 2023", shown after the title.
    detail: Option<String>,
    /// The page the files are about.
    path: String,
    downloads: Vec<DownloadView<'a>>,
}

fn data_page<'a>(s: &'a Shared, lang: &str) -> DataView<'a> {
    let site = s.site;
    // Listing every report's and indicator's files of hundreds of programmes
    // would make one page of tens of thousands of links (and megabytes).
    let abridged = site.programmes.len() > NAV_LISTS_ALL_PROGRAMMES_UP_TO;
    let index: HashMap<&str, usize> = site.programmes.iter().enumerate().map(|(i, p)| (p.slug.as_str(), i)).collect();
    let programme = |slug: &str| index.get(slug).copied();
    let mut groups: Vec<((usize, u8, String), DataGroup)> = Vec::new();
    for ((l, scope), list) in &s.data.downloads {
        if l != lang || list.is_empty() || (abridged && matches!(scope, Scope::Report(..) | Scope::Indicator(..))) {
            continue;
        }
        let (order, about, detail, path) = match scope {
            Scope::Site => ((0, 0, String::new()), &site.config.title, None, urls::home(lang)),
            Scope::Programme(slug) => {
                let Some(pi) = programme(slug) else { continue };
                ((pi + 1, 0, String::new()), &site.programmes[pi].short_name, None, urls::programme(lang, slug))
            }
            Scope::Report(slug, year) => {
                let Some(pi) = programme(slug) else { continue };
                let detail = s.strings.fill(lang, "page.report_title", &[("year", &year.to_string())]);
                let order = (pi + 1, 1, format!("{year}"));
                (order, &site.programmes[pi].short_name, Some(detail), urls::report(lang, slug, *year))
            }
            Scope::Indicator(slug, id) => {
                let Some(pi) = programme(slug) else { continue };
                let p = &site.programmes[pi];
                let Some(ii) = p.indicators.iter().position(|i| &i.id == id) else { continue };
                ((pi + 1, 2, format!("{ii:06}")), &p.indicators[ii].name, None, urls::indicator(lang, slug, id))
            }
        };
        let (title, text_lang) = s.text_and_lang(about, lang);
        let downloads = list.iter().map(download_view).collect();
        groups.push((order, DataGroup { title, lang: text_lang, detail, path, downloads }));
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    let package_path = crate::render::data::datapackage_path(lang);
    let package = s.data.packages.get(lang).map(|&bytes| PackageView { bytes, path: package_path });
    DataView { groups: groups.into_iter().map(|(_, g)| g).collect(), abridged, package }
}
