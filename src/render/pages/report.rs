//! One year's report page, the answer first: a summary of the year (its
//! headline indicators with the change since the previous report) and a table
//! of contents by goal; then the narrative, every value by goal and task with
//! the change, conclusions, metadata, change log and the original document
//! (`report.html`, context key `report`).

use serde::Serialize;

use crate::content::{Task, Text};
use crate::render::data::Scope;
use crate::render::metryczka::{self, Entry};
use crate::render::urls;

use super::parts::{
    direction_head, download_view, downloads, edition_head, report_link, row, stat, summary, summary_indicators, who,
};
use super::parts::{DirectionHead, DownloadView, EditionHead, ProgrammeSummary, ReportLink, Row, Stat, Who};
use super::{Crumb, Doc, DocKind, Shared};

/// Titled "Report for YEAR"; the way here is home → programme → report.
pub(super) fn title_and_crumbs(s: &Shared, pi: usize, year: i32, lang: &str) -> (String, Vec<Crumb>) {
    let p = &s.site.programmes[pi];
    let title = s.strings.fill(lang, "page.report_title", &[("year", &year.to_string())]);
    let here = Crumb { current: true, ..Crumb::ui(title.clone(), urls::report(lang, &p.slug, year)) };
    (title, vec![s.home_crumb(lang), s.programme_crumb(p, lang), here])
}

#[derive(Serialize)]
pub(super) struct ReportView<'a> {
    programme: ProgrammeSummary<'a>,
    year: i32,
    title: &'a Text,
    document: Option<&'a crate::content::SourceDocument>,
    metadata: &'a crate::content::Metadata,
    /// The metryczka's lines the content gives, in BIP order (render::metryczka).
    metadata_entries: Vec<Entry<'a>>,
    /// False when the report has no metadata at all.
    has_metadata: bool,
    changes: &'a [crate::content::Change],
    edition: Option<EditionHead<'a>>,
    narrative: Option<Doc>,
    /// The year in brief: its headline indicators (see
    /// [`summary_indicators`]) with the change since the previous report.
    summary: Vec<Stat<'a>>,
    /// Conclusions and needs for the next year, shown after the values.
    conclusions: Option<Doc>,
    goals: Vec<ReportGoal<'a>>,
    /// Values the edition's tasks do not list.
    other: Vec<Row<'a>>,
    previous: Option<ReportLink<'a>>,
    next: Option<ReportLink<'a>>,
    downloads: Vec<DownloadView<'a>>,
    /// The report as files to attach to a BIP entry: the PDF (when this
    /// jawnik makes PDFs), then the single-file HTML.
    files: Vec<DownloadView<'a>>,
}

#[derive(Serialize)]
pub(super) struct ReportGoal<'a> {
    /// The goal's section id on the page (`goal-1`), for the table of contents.
    id: String,
    number: Option<&'a str>,
    name: &'a Text,
    /// The area's objective ("Cel: …").
    objective: Option<&'a Text>,
    /// Implementers named once for every task of the goal.
    who: Option<Who<'a>>,
    /// The goal's own tasks, then those of its directions of action.
    tasks: Vec<ReportTask<'a>>,
}

#[derive(Serialize)]
pub(super) struct ReportTask<'a> {
    number: Option<&'a str>,
    name: &'a Text,
    forms: &'a crate::content::TextList,
    /// The task's own implementers and partners (inherited ones are shown once,
    /// with the level that names them).
    implementers: &'a crate::content::TextList,
    partners: &'a crate::content::TextList,
    /// What the year's report says in the task's row.
    note: Option<&'a Text>,
    /// Set on the first task of a direction of action: its heading goes
    /// before the task.
    direction: Option<DirectionHead<'a>>,
    /// The task sits under a direction of action (a heading level lower).
    in_direction: bool,
    rows: Vec<Row<'a>>,
    /// True when some value names its own implementers (the 2020 layout).
    value_implementers: bool,
}

pub(super) fn view<'a>(s: &'a Shared, pi: usize, year: i32, lang: &str) -> ReportView<'a> {
    let p = &s.site.programmes[pi];
    let pos = p.reports.iter().position(|r| r.year == year).unwrap_or_default();
    let r = &p.reports[pos];
    let edition = p.edition(&r.edition);
    let mut listed: Vec<&str> = Vec::new();
    let mut task = |t: &'a Task, direction: Option<&'a crate::content::Direction>, first: bool| {
        listed.extend(t.indicators.iter().map(String::as_str));
        let rows: Vec<Row> = t
            .indicators
            .iter()
            .filter_map(|id| p.indicator(id))
            .map(|ind| {
                let mut r = row(p, ind, year, lang);
                r.number = t.indicator_numbers.get(&ind.id).map(String::as_str);
                r
            })
            .collect();
        ReportTask {
            number: t.number.as_deref(),
            name: &t.name,
            forms: &t.forms,
            implementers: &t.implementers,
            partners: &t.partners,
            note: t.key().and_then(|k| r.task_notes.get(k)),
            direction: direction.filter(|_| first).map(direction_head),
            in_direction: direction.is_some(),
            value_implementers: rows.iter().any(|r| r.cell.value.is_some_and(|v| !v.implementers.is_empty())),
            rows,
        }
    };
    let goals = edition
        .map(|e| {
            e.goals
                .iter()
                .enumerate()
                .map(|(gi, g)| {
                    let mut tasks: Vec<ReportTask> = g.tasks.iter().map(|t| task(t, None, false)).collect();
                    for d in &g.directions_with_tasks {
                        tasks.extend(d.tasks.iter().enumerate().map(|(i, t)| task(t, Some(d), i == 0)));
                    }
                    ReportGoal {
                        id: format!("goal-{}", gi + 1),
                        number: g.number.as_deref(),
                        name: &g.name,
                        objective: g.objective.as_ref(),
                        who: who(&g.implementers, &g.partners),
                        tasks,
                    }
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
    let metadata_entries = metryczka::report_entries(m);
    ReportView {
        programme: summary(p, lang),
        year,
        title: &r.title,
        document: r.document.as_ref(),
        metadata: m,
        has_metadata: !metadata_entries.is_empty(),
        metadata_entries,
        changes: &r.changes,
        edition: edition.map(edition_head),
        narrative: s.doc((pi, DocKind::Narrative(year)), lang),
        summary: summary_indicators(p, year)
            .into_iter()
            // No sparkline: it would run past the year the report is about.
            .map(|ind| stat(s, p, ind, crate::render::values::cell(p, ind, year, lang), lang, false))
            .collect(),
        conclusions: s.doc((pi, DocKind::Conclusions(year)), lang),
        goals,
        other,
        previous: pos.checked_sub(1).map(|i| report_link(p, &p.reports[i], lang)),
        next: p.reports.get(pos + 1).map(|r| report_link(p, r, lang)),
        downloads: downloads(s, lang, &Scope::Report(p.slug.clone(), year)),
        files: s.data.report_files(lang, &p.slug, year).iter().map(download_view).collect(),
    }
}
