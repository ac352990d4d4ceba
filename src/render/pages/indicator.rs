//! One indicator's page, the answer first: the headline (the latest value with
//! its year, the change since the previous report that gives one, the target,
//! the source report), then the trend chart, every year's value (gaps
//! included), downloads; what it measures and where it sits in each edition
//! after (`indicator.html`, context key `indicator`).

use serde::Serialize;

use crate::content::{Indicator, Text, TextList};
use crate::render::chart;
use crate::render::data::Scope;
use crate::render::metryczka::{self, Compact};
use crate::render::urls;

use super::parts::{direction_head, downloads, edition_head, row, stat, summary, task_note, trend_view};
use super::parts::{DirectionHead, DownloadView, EditionHead, ProgrammeSummary, Row, Stat, TrendView};
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
    goal_number: Option<&'a str>,
    goal: &'a Text,
    /// The area's objective ("Cel: …").
    goal_objective: Option<&'a Text>,
    /// The direction of action between goal and task, if the edition has that level.
    direction: Option<DirectionHead<'a>>,
    task_number: Option<&'a str>,
    task: &'a Text,
    /// The indicator's number under the task ("Lp.").
    number: Option<&'a str>,
    /// Who carries the task out: its own, else those given once for its
    /// direction, goal or edition; empty when nobody is named.
    implementers: &'a TextList,
    partners: &'a TextList,
    schedule: Option<&'a Text>,
}

pub(super) fn view<'a>(s: &'a Shared, pi: usize, ii: usize, lang: &str) -> IndicatorView<'a> {
    let p = &s.site.programmes[pi];
    let ind = &p.indicators[ii];
    static NOBODY: std::sync::LazyLock<TextList> = std::sync::LazyLock::new(TextList::default);
    let mut placements = Vec::new();
    for e in &p.editions {
        for place in e.places().into_iter().filter(|pl| pl.task.indicators.contains(&ind.id)) {
            let who = e.implementers_of(&place);
            placements.push(Placement {
                edition: edition_head(e),
                goal_number: place.goal.number.as_deref(),
                goal: &place.goal.name,
                goal_objective: place.goal.objective.as_ref(),
                direction: place.direction.map(direction_head),
                task_number: place.task.number.as_deref(),
                task: &place.task.name,
                number: place.task.indicator_numbers.get(&ind.id).map(String::as_str),
                implementers: who.map_or(&*NOBODY, |w| w.implementers),
                partners: who.map_or(&*NOBODY, |w| w.partners),
                schedule: place.task.schedule.as_ref(),
            });
        }
    }
    IndicatorView {
        programme: summary(p, lang),
        indicator: ind,
        headline: crate::render::values::latest(p, ind, lang).map(|cell| stat(s, p, ind, cell, lang, false)),
        placements,
        rows: p
            .series(&ind.id)
            .iter()
            .map(|(year, _)| {
                let mut r = row(p, ind, *year, lang);
                r.task_note = task_note(p, ind, *year);
                r
            })
            .collect(),
        chart: trend_view(chart::trend(p, ind, lang, s.strings)),
        downloads: downloads(s, lang, &Scope::Indicator(p.slug.clone(), ind.id.clone())),
        metryczka: metryczka::compact(p, lang, s.site.config.bip_url.as_deref()),
    }
}
