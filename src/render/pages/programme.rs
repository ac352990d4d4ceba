//! A programme's page, the answer first: the latest report's summary (its
//! headline indicators with the change since the previous report), then the
//! history (the indicators × years table with sparklines, every report),
//! downloads, the description, and each edition's goals and tasks
//! (`programme.html`, context key `programme`).

use serde::Serialize;

use crate::content::{Edition, Goal, Programme, Task, Text};
use crate::render::chart;
use crate::render::data::Scope;
use crate::render::metryczka::{self, Compact};
use crate::render::urls;
use crate::render::values::{self, Cell};

use super::parts::{chart_view, direction_head, downloads, edition_head, indicator_link, report_link, stat, summary};
use super::parts::{summary_indicators, who, ChartView, DirectionHead, DownloadView, EditionHead, IndicatorLink};
use super::parts::{ProgrammeSummary, ReportLink, Stat, Who};
use super::{Crumb, Doc, DocKind, Shared};

/// Titled with the programme's full name; the way here is home → programme.
pub(super) fn title_and_crumbs(s: &Shared, pi: usize, lang: &str) -> (String, Vec<Crumb>) {
    let p = &s.site.programmes[pi];
    let here = Crumb { current: true, ..s.crumb(&p.short_name, lang, urls::programme(lang, &p.slug)) };
    (s.text(&p.name, lang).to_string(), vec![s.home_crumb(lang), here])
}

#[derive(Serialize)]
pub(super) struct ProgrammeView<'a> {
    #[serde(flatten)]
    summary: ProgrammeSummary<'a>,
    description: Option<Doc>,
    editions: Vec<EditionView<'a>>,
    reports: Vec<ReportLink<'a>>,
    /// The latest report and its summary (as on the report page).
    latest: Option<Latest<'a>>,
    table: Table<'a>,
    /// Years between the first and last report with no report published.
    gap_years: Vec<i32>,
    downloads: Vec<DownloadView<'a>>,
    /// The latest report's record and the last change (render::metryczka).
    metryczka: Compact<'a>,
}

#[derive(Serialize)]
pub(super) struct Latest<'a> {
    #[serde(flatten)]
    report: ReportLink<'a>,
    summary: Vec<Stat<'a>>,
}

#[derive(Serialize)]
pub(super) struct EditionView<'a> {
    #[serde(flatten)]
    edition: EditionHead<'a>,
    resolutions: &'a [crate::content::Resolution],
    goals: Vec<GoalView<'a>>,
}

/// An edition's goal with its tasks (those of its directions of action after
/// its own).
#[derive(Serialize)]
pub(super) struct GoalView<'a> {
    number: Option<&'a str>,
    name: &'a Text,
    /// The area's objective ("Cel: …").
    objective: Option<&'a Text>,
    /// Implementers named once for every task of the goal.
    who: Option<Who<'a>>,
    directions: &'a crate::content::TextList,
    tasks: Vec<TaskView<'a>>,
}

#[derive(Serialize)]
pub(super) struct TaskView<'a> {
    number: Option<&'a str>,
    name: &'a Text,
    forms: &'a crate::content::TextList,
    implementers: &'a crate::content::TextList,
    partners: &'a crate::content::TextList,
    schedule: Option<&'a Text>,
    indicators: Vec<NumberedIndicator<'a>>,
    /// What each year's report says in the task's row, by year.
    notes: Vec<YearNote<'a>>,
    /// Set on the first task of a direction of action: its heading goes first.
    direction: Option<DirectionHead<'a>>,
    /// The task sits under a direction of action (a heading level lower).
    in_direction: bool,
}

/// An indicator with its number under the task as printed ("Lp.").
#[derive(Serialize)]
pub(super) struct NumberedIndicator<'a> {
    #[serde(flatten)]
    link: IndicatorLink<'a>,
    number: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct YearNote<'a> {
    year: i32,
    note: &'a Text,
    path: String,
}

pub(super) fn goal_view<'a>(p: &'a Programme, e: &'a Edition, g: &'a Goal, lang: &str) -> GoalView<'a> {
    let mut tasks: Vec<TaskView> = g.tasks.iter().map(|t| task_view(p, e, t, lang)).collect();
    for d in &g.directions_with_tasks {
        tasks.extend(d.tasks.iter().enumerate().map(|(i, t)| TaskView {
            direction: (i == 0).then(|| direction_head(d)),
            in_direction: true,
            ..task_view(p, e, t, lang)
        }));
    }
    GoalView {
        number: g.number.as_deref(),
        name: &g.name,
        objective: g.objective.as_ref(),
        who: who(&g.implementers, &g.partners),
        directions: &g.directions,
        tasks,
    }
}

pub(super) fn task_view<'a>(p: &'a Programme, e: &'a Edition, t: &'a Task, lang: &str) -> TaskView<'a> {
    TaskView {
        number: t.number.as_deref(),
        name: &t.name,
        forms: &t.forms,
        implementers: &t.implementers,
        partners: &t.partners,
        schedule: t.schedule.as_ref(),
        indicators: t
            .indicators
            .iter()
            .filter_map(|id| p.indicator(id))
            .map(|i| NumberedIndicator {
                link: indicator_link(p, i, lang),
                number: t.indicator_numbers.get(&i.id).map(String::as_str),
            })
            .collect(),
        notes: p
            .reports
            .iter()
            .filter(|r| r.edition == e.id)
            .filter_map(|r| {
                let note = r.task_notes.get(t.key()?)?;
                Some(YearNote { year: r.year, note, path: urls::report(lang, &p.slug, r.year) })
            })
            .collect(),
        direction: None,
        in_direction: false,
    }
}

/// Indicators × report years.
#[derive(Serialize)]
pub(super) struct Table<'a> {
    years: Vec<ReportLink<'a>>,
    rows: Vec<TableRow<'a>>,
    /// False while no row has a sparkline (the column is left out).
    has_sparklines: bool,
}

#[derive(Serialize)]
pub(super) struct TableRow<'a> {
    indicator: IndicatorLink<'a>,
    sparkline: Option<ChartView>,
    cells: Vec<Cell<'a>>,
}

pub(super) fn view<'a>(s: &'a Shared, pi: usize, lang: &str) -> ProgrammeView<'a> {
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
                goals: e.goals.iter().map(|g| goal_view(p, e, g, lang)).collect(),
            })
            .collect(),
        reports: p.reports.iter().rev().map(|r| report_link(p, r, lang)).collect(),
        latest: p.reports.last().map(|r| Latest {
            report: report_link(p, r, lang),
            summary: summary_indicators(p, r.year)
                .into_iter()
                .map(|ind| stat(s, p, ind, values::cell(p, ind, r.year, lang), lang, true))
                .collect(),
        }),
        table: Table {
            years: p.reports.iter().map(|r| report_link(p, r, lang)).collect(),
            has_sparklines: rows.iter().any(|r| r.sparkline.is_some()),
            rows,
        },
        gap_years,
        downloads: downloads(s, lang, &Scope::Programme(p.slug.clone())),
        metryczka: metryczka::compact(p, lang, s.site.config.bip_url.as_deref()),
    }
}
