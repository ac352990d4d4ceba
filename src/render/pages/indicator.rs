//! One indicator's page, the answer first: the headline (the latest value with
//! its year, the change since the previous report that gives one, the target,
//! the source report), then the trend chart, every year's value (gaps
//! included), downloads; what it measures and where it sits in each edition
//! after (`indicator.html`, context key `indicator`).

use serde::Serialize;

use crate::content::{Indicator, Text};
use crate::render::chart;
use crate::render::data::Scope;
use crate::render::metryczka::{self, Compact};
use crate::render::urls;

use super::parts::{downloads, edition_head, row, stat, summary, trend_view};
use super::parts::{DownloadView, EditionHead, ProgrammeSummary, Row, Stat, TrendView};
use super::{Crumb, Shared};

/// Titled with the indicator's name; the way here is home → programme → indicator.
pub(super) fn title_and_crumbs(s: &Shared, pi: usize, ii: usize, lang: &str) -> (String, Vec<Crumb>) {
    let p = &s.site.programmes[pi];
    let ind = &p.indicators[ii];
    let here = Crumb { current: true, ..s.crumb(&ind.name, lang, urls::indicator(lang, &p.slug, &ind.id)) };
    (here.title.clone(), vec![s.home_crumb(lang), s.programme_crumb(p, lang), here])
}

#[derive(Serialize)]
pub(super) struct IndicatorView<'a> {
    programme: ProgrammeSummary<'a>,
    #[serde(flatten)]
    indicator: &'a Indicator,
    /// The latest year with a value (else the latest report's year, saying why
    /// it has none), with the change; `None` while there is no report.
    headline: Option<Stat<'a>>,
    /// Where the indicator sits in each edition that measures it.
    placements: Vec<Placement<'a>>,
    /// Every year from the first to the last report; gaps included.
    rows: Vec<Row<'a>>,
    chart: Option<TrendView>,
    downloads: Vec<DownloadView<'a>>,
    /// The latest report's record and the last change (render::metryczka).
    metryczka: Compact<'a>,
}

#[derive(Serialize)]
pub(super) struct Placement<'a> {
    edition: EditionHead<'a>,
    goal_number: &'a str,
    goal: &'a Text,
    task: &'a Text,
    implementers: &'a crate::content::TextList,
}

pub(super) fn view<'a>(s: &'a Shared, pi: usize, ii: usize, lang: &str) -> IndicatorView<'a> {
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
        headline: crate::render::values::latest(p, ind, lang).map(|cell| stat(s, p, ind, cell, lang, false)),
        placements,
        rows: p.series(&ind.id).iter().map(|(year, _)| row(p, ind, *year, lang)).collect(),
        chart: trend_view(chart::trend(p, ind, lang, s.strings)),
        downloads: downloads(s, lang, &Scope::Indicator(p.slug.clone(), ind.id.clone())),
        metryczka: metryczka::compact(p, lang, s.site.config.bip_url.as_deref()),
    }
}
