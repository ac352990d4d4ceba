//! Pieces of page views that several page kinds share: a programme's summary,
//! links to reports and indicators, charts, download lists, an edition's head
//! and one indicator's row (value and change) of a year.

use serde::Serialize;

use crate::content::{Edition, Indicator, Programme, Report, Text};
use crate::render::chart::Chart;
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
    task_term: &'a Text,
}

pub(super) fn edition_head(e: &Edition) -> EditionHead<'_> {
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

/// One indicator in a year report or on an indicator page.
#[derive(Serialize)]
pub(super) struct Row<'a> {
    indicator: IndicatorLink<'a>,
    pub(super) cell: Cell<'a>,
    change: Option<Change>,
}

pub(super) fn row<'a>(p: &'a Programme, ind: &'a Indicator, year: i32, lang: &str) -> Row<'a> {
    Row {
        indicator: indicator_link(p, ind, lang),
        cell: values::cell(p, ind, year, lang),
        change: values::change(p, ind, year, lang),
    }
}
