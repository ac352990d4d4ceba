//! The home page: the organisation, and every programme with its latest report
//! and headline figures, each compared with the previous report that gives it
//! and with a small trend where more than one year has a number (`home.html`,
//! context key `home`).

use serde::Serialize;

use crate::render::data::Scope;
use crate::render::values;

use super::parts::{downloads, report_link, stat, summary};
use super::parts::{DownloadView, ProgrammeSummary, ReportLink, Stat};
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
    /// The programme's headline indicators, each at its latest value.
    headline: Vec<Stat<'a>>,
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
                .filter_map(|ind| Some(stat(s, p, ind, values::latest(p, ind, lang)?, lang, true)))
                .collect(),
        })
        .collect();
    HomeView { programmes, downloads: downloads(s, lang, &Scope::Site) }
}
