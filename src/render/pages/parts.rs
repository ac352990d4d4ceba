//! Pieces of page views that several page kinds share: a programme's summary,
//! links to reports and indicators, charts, download lists, an edition's head,
//! one indicator's row (value and change) of a year, and the figures that put
//! the answer first ([`Stat`]: home tiles, report and programme summaries, the
//! indicator page's headline).

use serde::Serialize;

use crate::content::{Edition, Indicator, Programme, Report, Text, TextList, ValueKind};
use crate::render::chart::{self, Chart, Trend};
use crate::render::data::{Download, Scope};
use crate::render::urls;
use crate::render::values::{self, Cell, Change};

use super::Shared;

/// A programme as the pages that mention it need it.
#[derive(Serialize)]
pub(super) struct ProgrammeSummary<'a> {
    slug: &'a str,
    name: &'a Text,
    short_name: &'a Text,
    operator: Option<&'a Text>,
    coordinator: Option<&'a Text>,
    period: Option<Period>,
    path: String,
}

#[derive(Serialize)]
pub(super) struct Period {
    start: i32,
    end: i32,
}

pub(super) fn summary<'a>(p: &'a Programme, lang: &str) -> ProgrammeSummary<'a> {
    ProgrammeSummary {
        slug: &p.slug,
        name: &p.name,
        short_name: &p.short_name,
        operator: p.operator.as_ref(),
        coordinator: p.coordinator.as_ref(),
        period: p.period().map(|(start, end)| Period { start, end }),
        path: urls::programme(lang, &p.slug),
    }
}

#[derive(Serialize)]
pub(super) struct ReportLink<'a> {
    year: i32,
    title: &'a Text,
    path: String,
}

pub(super) fn report_link<'a>(p: &Programme, r: &'a Report, lang: &str) -> ReportLink<'a> {
    ReportLink { year: r.year, title: &r.title, path: urls::report(lang, &p.slug, r.year) }
}

/// An indicator with its page.
#[derive(Serialize)]
pub(super) struct IndicatorLink<'a> {
    #[serde(flatten)]
    indicator: &'a Indicator,
    path: String,
}

pub(super) fn indicator_link<'a>(p: &Programme, ind: &'a Indicator, lang: &str) -> IndicatorLink<'a> {
    IndicatorLink { indicator: ind, path: urls::indicator(lang, &p.slug, &ind.id) }
}

#[derive(Serialize)]
pub(super) struct ChartView {
    svg: String,
    description: String,
}

pub(super) fn chart_view(c: Option<Chart>) -> Option<ChartView> {
    c.map(|c| ChartView { svg: c.svg, description: c.description })
}

/// An indicator's trend chart, drawn twice: `narrow` for phones (its text stays
/// legible at 320 px) and `wide` to fill a desktop's column; the theme shows one.
#[derive(Serialize)]
pub(super) struct TrendView {
    narrow: String,
    wide: String,
    description: String,
}

pub(super) fn trend_view(t: Option<Trend>) -> Option<TrendView> {
    t.map(|t| TrendView { narrow: t.narrow, wide: t.wide, description: t.description })
}

#[derive(Serialize)]
pub(super) struct DownloadView<'a> {
    path: &'a str,
    format: &'a str,
    bytes: usize,
}

pub(super) fn downloads<'a>(s: &'a Shared, lang: &str, scope: &Scope) -> Vec<DownloadView<'a>> {
    s.data.for_scope(lang, scope).iter().map(download_view).collect()
}

pub(super) fn download_view(d: &Download) -> DownloadView<'_> {
    DownloadView { path: &d.path, format: &d.format, bytes: d.bytes }
}

#[derive(Serialize)]
pub(super) struct EditionHead<'a> {
    id: &'a str,
    start: i32,
    end: i32,
    name: Option<&'a Text>,
    strategic_goal: Option<&'a Text>,
    goal_term: &'a Text,
    direction_term: &'a Text,
    task_term: &'a Text,
    /// Who carries out every task of the edition, when the document says it
    /// once for all: shown once, above the goals.
    who: Option<Who<'a>>,
}

pub(super) fn edition_head(e: &Edition) -> EditionHead<'_> {
    EditionHead {
        id: &e.id,
        start: e.start,
        end: e.end,
        name: e.name.as_ref(),
        strategic_goal: e.strategic_goal.as_ref(),
        goal_term: &e.goal_term,
        direction_term: &e.direction_term,
        task_term: &e.task_term,
        who: who(&e.implementers, &e.partners),
    }
}

/// Who carries out tasks, as a level of the edition names them: the
/// implementers (the lead, when partners are named) and the partners they
/// work with ("we współpracy z: …").
#[derive(Serialize)]
pub(super) struct Who<'a> {
    implementers: &'a TextList,
    partners: &'a TextList,
}

/// `None` when the level names nobody (its tasks have those of the level above).
pub(super) fn who<'a>(implementers: &'a TextList, partners: &'a TextList) -> Option<Who<'a>> {
    (!implementers.is_empty() || !partners.is_empty()).then_some(Who { implementers, partners })
}

/// A direction of action (the level between goal and task) as a heading over
/// its tasks, with the implementers it names for all of them.
#[derive(Serialize)]
pub(super) struct DirectionHead<'a> {
    number: Option<&'a str>,
    name: &'a Text,
    who: Option<Who<'a>>,
}

pub(super) fn direction_head(d: &crate::content::Direction) -> DirectionHead<'_> {
    DirectionHead { number: d.number.as_deref(), name: &d.name, who: who(&d.implementers, &d.partners) }
}

/// One indicator in a year report or on an indicator page.
#[derive(Serialize)]
pub(super) struct Row<'a> {
    indicator: IndicatorLink<'a>,
    pub(super) cell: Cell<'a>,
    change: Option<Change>,
    /// The indicator's number under its task as printed ("Lp."), on a report page.
    pub(super) number: Option<&'a str>,
    /// What the year's report says in the row of the indicator's task, on an
    /// indicator page (the report page shows it under the task).
    pub(super) task_note: Option<TaskNote<'a>>,
}

/// A year report's own words in a task's row, with the task they are about.
#[derive(Serialize)]
pub(super) struct TaskNote<'a> {
    term: &'a Text,
    number: Option<&'a str>,
    note: &'a Text,
}

pub(super) fn row<'a>(p: &'a Programme, ind: &'a Indicator, year: i32, lang: &str) -> Row<'a> {
    Row {
        indicator: indicator_link(p, ind, lang),
        cell: values::cell(p, ind, year, lang),
        change: values::change(p, ind, year, lang),
        number: None,
        task_note: None,
    }
}

/// The note `year`'s report gives on the task that measures `ind` (the first
/// task listing it in the report's edition), if any.
pub(super) fn task_note<'a>(p: &'a Programme, ind: &Indicator, year: i32) -> Option<TaskNote<'a>> {
    let report = p.report(year)?;
    let edition = p.edition(&report.edition)?;
    let task = edition.place_of(&ind.id)?.task;
    let note = report.task_notes.get(task.key()?)?;
    Some(TaskNote { term: &edition.task_term, number: task.number.as_deref(), note })
}

/// One indicator's figure, the answer a resident comes for: its value in a
/// year (the latest with a value, or a report's year), the change since the
/// previous report that gives a number, why there is no change when there is
/// none, and a sparkline when more than one year has a number.
#[derive(Serialize)]
pub(super) struct Stat<'a> {
    indicator: IndicatorLink<'a>,
    pub(super) cell: Cell<'a>,
    change: Option<Change>,
    /// Why a number has no change beside it: `first-report` (no report before
    /// this year) or `no-earlier-value` (earlier reports do not give a number).
    /// `None` when there is a change, or nothing to compare (no number).
    no_compare: Option<&'static str>,
    sparkline: Option<ChartView>,
}

/// The figure of `ind` for `cell`'s year; with a sparkline when `spark` (the
/// indicator page draws its full chart instead).
pub(super) fn stat<'a>(
    s: &Shared,
    p: &'a Programme,
    ind: &'a Indicator,
    cell: Cell<'a>,
    lang: &str,
    spark: bool,
) -> Stat<'a> {
    let change = values::change(p, ind, cell.year, lang);
    let is_number = cell.value.is_some_and(|v| v.kind.number().is_some());
    let no_compare = match (is_number, &change) {
        (true, None) if p.reports.iter().any(|r| r.year < cell.year) => Some("no-earlier-value"),
        (true, None) => Some("first-report"),
        _ => None,
    };
    Stat {
        indicator: indicator_link(p, ind, lang),
        sparkline: if spark { chart_view(chart::sparkline(p, ind, lang, s.strings)) } else { None },
        cell,
        change,
        no_compare,
    }
}

/// The indicators a year's summary shows: the programme's headline indicators
/// that the year's report gives a value for (a number or words); when it gives
/// none of them, the first three it gives a number for, in the order of the
/// edition's tasks.
pub(super) fn summary_indicators(p: &Programme, year: i32) -> Vec<&Indicator> {
    let Some(r) = p.report(year) else { return vec![] };
    let given = |id: &str| r.values.get(id).is_some_and(|v| !matches!(v.kind, ValueKind::Missing { .. }));
    let chosen: Vec<&Indicator> = p.headline.iter().filter(|id| given(id)).filter_map(|id| p.indicator(id)).collect();
    if !chosen.is_empty() {
        return chosen;
    }
    let mut order: Vec<&str> = p.edition(&r.edition).map(|e| e.indicator_ids()).unwrap_or_default();
    order.extend(p.indicators.iter().map(|i| i.id.as_str()).filter(|id| !order.contains(id)).collect::<Vec<_>>());
    order
        .into_iter()
        .filter(|id| r.values.get(*id).is_some_and(|v| v.kind.number().is_some()))
        .filter_map(|id| p.indicator(id))
        .take(3)
        .collect()
}
