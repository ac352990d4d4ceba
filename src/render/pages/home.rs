//! The home page: the organisation, and every programme with its latest report
//! and headline figures (`home.html`, context key `home`).

use serde::Serialize;

use crate::render::data::Scope;
use crate::render::values::{self, Cell};

use super::parts::{downloads, indicator_link, report_link, summary};
use super::parts::{DownloadView, IndicatorLink, ProgrammeSummary, ReportLink};
use super::{Crumb, Shared};

/// The home page's title is the site's; it has no breadcrumbs.
pub(super) fn title_and_crumbs(s: &Shared, lang: &str) -> (String, Vec<Crumb>) {
    (s.text(&s.site.config.title, lang).to_string(), vec![])
}

#[derive(Serialize)]
pub(super) struct HomeView<'a> {
    programmes: Vec<HomeProgramme<'a>>,
    downloads: Vec<DownloadView<'a>>,
}

#[derive(Serialize)]
pub(super) struct HomeProgramme<'a> {
    #[serde(flatten)]
    summary: ProgrammeSummary<'a>,
    latest: Option<ReportLink<'a>>,
    reports: Vec<ReportLink<'a>>,
    headline: Vec<Headline<'a>>,
}

#[derive(Serialize)]
pub(super) struct Headline<'a> {
    indicator: IndicatorLink<'a>,
    cell: Option<Cell<'a>>,
}

pub(super) fn view<'a>(s: &'a Shared, lang: &str) -> HomeView<'a> {
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
