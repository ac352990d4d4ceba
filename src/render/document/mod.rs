//! The year report as one self-contained document: what the PDF and the
//! single-file HTML of a report say, built once from the model so the two
//! (and the BIP entry they are attached to) can never disagree.
//!
//! A [`ReportDoc`] is a plain tree of strings in one language, every number
//! already written the local way ("2 506"), every label already translated,
//! every text that fell back to another language marked with that language
//! ([`Txt`]). Renderers only lay it out: `render::pdf` hands it to typst as
//! JSON, `render::attachments` fills the single-file HTML template with it.
//! A new part of a report (a summary, objectives, …) is a new field here and
//! a few lines in each layout.
//!
//! Only what the report's year and earlier years say goes in: changes compare
//! with earlier reports and charts stop at the report's year, so a report
//! published on the BIP stays the same file when later years are added.

mod prose;

use serde::Serialize;

use crate::content::{Direction, Indicator, Programme, Site, Task, Text, TextList, ValueKind};
use crate::i18n::{format_date, format_number};
use crate::render::chart;
use crate::render::strings::UiStrings;
use crate::render::urls;
use crate::render::values::{self, Missing};

pub use prose::{Block, Inline};

/// One report in one language, ready to lay out.
#[derive(Clone, Debug, Serialize)]
pub struct ReportDoc {
    /// The document's language (`pl`).
    pub lang: String,
    /// The document title for metadata and `<title>`: the report's full title.
    pub title: String,
    /// The heading: "Sprawozdanie za rok 2023".
    pub heading: String,
    /// The programme's name, shown over the heading.
    pub programme: Txt,
    /// The report's title as published ("Informacja z wdrażania …").
    pub subtitle: Txt,
    /// The organisation, for the document's author field.
    pub author: Option<String>,
    /// The line at the foot of each page: programme and heading.
    pub footer: String,
    /// The title block: programme, edition, resolutions, year, organisation…
    pub facts: Vec<Fact>,
    /// The document's date, when the metryczka gives one to the day.
    pub date: Option<DocDate>,
    pub intro: Option<Prose>,
    pub values: Values,
    /// Trend charts of the indicators reported in two years or more.
    pub charts: Option<Charts>,
    pub conclusions: Option<Prose>,
    pub metadata: MetadataDoc,
    /// Column headings and the words tables and notes use.
    pub labels: Labels,
    /// The closing line: where the document comes from.
    pub colophon: String,
    /// The report's page on the published site (when `base_url` is set).
    pub online: Option<String>,
}

/// A content text in the document: `lang` is set when the text is in another
/// language than the document (an untranslated name), so a screen reader
/// switches voice and the reader is told.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Txt {
    pub text: String,
    pub lang: Option<String>,
}

impl Txt {
    /// A text in the document's language (a number, a UI string).
    pub fn plain(text: impl Into<String>) -> Txt {
        Txt { text: text.into(), lang: None }
    }
}

/// A list of content texts (implementers, forms), in one language.
#[derive(Clone, Debug, Default, Serialize)]
pub struct TxtList {
    pub items: Vec<String>,
    pub lang: Option<String>,
}

/// A label and its value in the title block or the metryczka.
#[derive(Clone, Debug, Serialize)]
pub struct Fact {
    pub label: String,
    /// One or more lines (several resolutions, say).
    pub lines: Vec<Txt>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DocDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A Markdown text (introduction, conclusions) as blocks.
#[derive(Clone, Debug, Serialize)]
pub struct Prose {
    pub heading: Txt,
    /// Set when the text is in another language than the document.
    pub lang: Option<String>,
    pub blocks: Vec<Block>,
}

/// Every value of the report, by goal and task.
#[derive(Clone, Debug, Serialize)]
pub struct Values {
    pub heading: String,
    /// Who carries out every task of the edition, when the document names
    /// them once for all.
    pub who: Option<WhoDoc>,
    pub goals: Vec<GoalDoc>,
    /// Values no task of the edition lists.
    pub other: Option<OtherDoc>,
    /// True when there is an earlier report to compare with (the change column).
    pub has_change: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct GoalDoc {
    /// "Cel szczegółowy 1", "Obszar I" (the goal's number as printed; empty
    /// without an edition's term and number).
    pub label: String,
    pub name: Txt,
    /// The area's objective ("Cel: …").
    pub objective: Option<Txt>,
    /// Implementers named once for every task of the goal.
    pub who: Option<WhoDoc>,
    /// The goal's own tasks, then those of its directions of action.
    pub tasks: Vec<TaskDoc>,
}

#[derive(Clone, Debug, Serialize)]
pub struct TaskDoc {
    /// "Zadanie 1.2" (empty without an edition).
    pub label: String,
    pub name: Txt,
    /// Set on the first task of a direction of action: its heading goes
    /// before the task.
    pub direction: Option<DirectionDoc>,
    /// The task sits under a direction of action (a heading level lower).
    pub in_direction: bool,
    /// What the year's report says in the task's row.
    pub note: Option<Txt>,
    pub forms: TxtList,
    /// The task's own implementers and partners (inherited ones are given
    /// once, with the level that names them).
    pub implementers: TxtList,
    pub partners: TxtList,
    pub rows: Vec<RowDoc>,
    /// True when some value names its own implementers (a column for them).
    pub value_implementers: bool,
}

/// A direction of action: the heading over its tasks.
#[derive(Clone, Debug, Serialize)]
pub struct DirectionDoc {
    /// "Kierunek działań 2" (empty without a term and number).
    pub label: String,
    pub name: Txt,
    pub who: Option<WhoDoc>,
}

/// Implementers (the lead, when partners are named) and partners, as one
/// level of the edition names them for the tasks below it.
#[derive(Clone, Debug, Serialize)]
pub struct WhoDoc {
    /// "Realizatorzy zadań poniżej, o ile nie podano innych"
    pub label: String,
    pub implementers: TxtList,
    pub partners: TxtList,
}

#[derive(Clone, Debug, Serialize)]
pub struct OtherDoc {
    pub heading: String,
    pub intro: String,
    pub rows: Vec<RowDoc>,
}

/// One indicator's line in a table.
#[derive(Clone, Debug, Serialize)]
pub struct RowDoc {
    /// The indicator's number under its task as printed ("Lp.").
    pub number: Option<String>,
    pub indicator: Txt,
    /// The indicator's wording in this year's report, when it differs.
    pub as_printed: Option<Txt>,
    /// The number, the words, or why there is none ("nie podano").
    pub value: Txt,
    /// True when `value` says why there is no value.
    pub missing: bool,
    /// The time the value refers to, as printed ("stan na 31 grudnia").
    pub period: Option<Txt>,
    /// A breakdown's parts: name, number and note.
    pub parts: Vec<PartDoc>,
    /// The words over the parts: "w tym:", or, for parts given without a
    /// total (`value` then says so), that the report gives only the parts.
    pub parts_label: String,
    pub unit: Txt,
    /// "−33 (w 2020 r.: 67)"; `None`: nothing to compare with.
    pub change: Option<String>,
    /// The value's note and, for a missing value, what that means.
    pub notes: Vec<Txt>,
    pub implementers: TxtList,
}

#[derive(Clone, Debug, Serialize)]
pub struct PartDoc {
    pub name: Txt,
    pub value: String,
    pub note: Option<Txt>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Charts {
    pub heading: String,
    pub intro: String,
    pub items: Vec<ChartDoc>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChartDoc {
    /// The indicator's name (the figure's caption).
    pub title: Txt,
    pub unit: Txt,
    /// The `<svg>` from the same plotters code as the indicator page.
    pub svg: String,
    /// The chart's text alternative: the trend in a sentence or three.
    pub description: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct MetadataDoc {
    pub heading: String,
    pub facts: Vec<Fact>,
    /// Said instead of `facts` when there are none.
    pub empty: Option<String>,
    pub changes_heading: String,
    pub changes: Vec<ChangeDoc>,
    pub changes_empty: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChangeDoc {
    pub date: String,
    pub description: Txt,
    pub by: String,
}

/// UI words the layouts need, in the document's language.
#[derive(Clone, Debug, Serialize)]
pub struct Labels {
    pub indicator: String,
    pub value: String,
    pub unit: String,
    pub change: String,
    pub no_change: String,
    pub implementers: String,
    pub task_implementers: String,
    pub forms: String,
    pub as_printed: String,
    pub partners: String,
    pub objective: String,
    /// "Ze sprawozdania za 2023 r.:", before a task's note.
    pub task_note: String,
    pub untranslated: String,
    pub change_date: String,
    pub change_description: String,
    pub change_by: String,
    /// "Strona {page} z {pages}", placeholders left for the layout.
    pub page: String,
    /// "Wersja internetowa:", before the `online` address.
    pub online: String,
}

/// Everything [`build`] reads.
pub struct Inputs<'a> {
    pub site: &'a Site,
    pub strings: &'a UiStrings,
}

/// The report of programme `pi` for `year` in `lang`; `None` when there is no
/// such report.
pub fn build(inputs: &Inputs, pi: usize, year: i32, lang: &str) -> Option<ReportDoc> {
    let site = inputs.site;
    let strings = inputs.strings;
    let programme = &site.programmes[pi];
    let report = programme.report(year)?;
    // The programme as it stood in the report's year: later reports change
    // neither the charts nor anything else in it.
    let p = &as_of(programme, year);
    let fallback = site.default_lang();
    let txt = |t: &Text| localized(t, lang, fallback);
    let s = |key: &str| strings.get(lang, key);
    let edition = p.edition(&report.edition);

    let heading = strings.fill(lang, "page.report_title", &[("year", &year.to_string())]);
    // The programme's name heads the document; the facts say the rest.
    let mut facts = Vec::new();
    if let Some(e) = edition {
        let mut lines = vec![Txt::plain(strings.fill(
            lang,
            "page.period_value",
            &[("start", &e.start.to_string()), ("end", &e.end.to_string())],
        ))];
        // The edition's own title, unless it is the programme's with its years.
        let name = txt(&p.name).text;
        lines.extend(e.name.as_ref().map(txt).filter(|t| !t.text.starts_with(&name)));
        facts.push(Fact { label: s("page.edition_label"), lines });
        if !e.resolutions.is_empty() {
            let lines = e
                .resolutions
                .iter()
                .map(|r| {
                    let body = txt(&r.body);
                    let number = strings.fill(lang, "page.resolution", &[("number", &r.number)]);
                    let date = format_date(r.date, lang);
                    let title = r.title.as_ref().map(|t| format!(": {}", txt(t).text)).unwrap_or_default();
                    Txt { text: format!("{number} — {}, {date}{title}", body.text), lang: body.lang }
                })
                .collect();
            facts.push(Fact { label: s("page.resolutions"), lines });
        }
    }
    facts.push(Fact { label: s("document.year"), lines: vec![Txt::plain(year.to_string())] });
    if !site.config.organisation.name.is_empty() {
        facts.push(Fact { label: s("document.organisation"), lines: vec![txt(&site.config.organisation.name)] });
    }
    if let Some(op) = p.operator.as_ref().filter(|o| !o.is_empty()) {
        facts.push(Fact { label: s("page.operator"), lines: vec![txt(op)] });
    }
    if let Some(c) = p.coordinator.as_ref().filter(|c| !c.is_empty()) {
        facts.push(Fact { label: s("page.coordinator"), lines: vec![txt(c)] });
    }
    if let Some(d) = &report.document {
        let mut line = txt(&d.title);
        if let Some(url) = &d.url {
            line.text = format!("{} ({url})", line.text);
        }
        facts.push(Fact { label: s("page.original_document"), lines: vec![line] });
    }

    let mut listed: Vec<String> = Vec::new();
    let goals = edition
        .map(|e| {
            let term = |t: &Text, number: &Option<String>| {
                [txt(t).text, number.clone().unwrap_or_default()].join(" ").trim().to_string()
            };
            let who = |implementers: &TextList, partners: &TextList, key: &str| {
                (!implementers.is_empty() || !partners.is_empty()).then(|| WhoDoc {
                    label: s(key),
                    implementers: list(implementers, lang, fallback),
                    partners: list(partners, lang, fallback),
                })
            };
            let mut task = |t: &Task, direction: Option<&Direction>, first: bool| {
                listed.extend(t.indicators.iter().cloned());
                let rows: Vec<RowDoc> = t
                    .indicators
                    .iter()
                    .filter_map(|id| p.indicator(id))
                    .map(|ind| RowDoc {
                        number: t.indicator_numbers.get(&ind.id).cloned(),
                        ..row(inputs, p, ind, year, lang)
                    })
                    .collect();
                TaskDoc {
                    label: term(&e.task_term, &t.number),
                    name: txt(&t.name),
                    direction: direction.filter(|_| first).map(|d| DirectionDoc {
                        label: term(&e.direction_term, &d.number),
                        name: txt(&d.name),
                        who: who(&d.implementers, &d.partners, "page.implementers_below"),
                    }),
                    in_direction: direction.is_some(),
                    note: t.key().and_then(|k| report.task_notes.get(k)).map(txt),
                    forms: list(&t.forms, lang, fallback),
                    implementers: list(&t.implementers, lang, fallback),
                    partners: list(&t.partners, lang, fallback),
                    value_implementers: rows.iter().any(|r| !r.implementers.items.is_empty()),
                    rows,
                }
            };
            let goals = e
                .goals
                .iter()
                .map(|g| {
                    let mut tasks: Vec<TaskDoc> = g.tasks.iter().map(|t| task(t, None, false)).collect();
                    for d in &g.directions_with_tasks {
                        tasks.extend(d.tasks.iter().enumerate().map(|(i, t)| task(t, Some(d), i == 0)));
                    }
                    GoalDoc {
                        label: term(&e.goal_term, &g.number),
                        name: txt(&g.name),
                        objective: g.objective.as_ref().map(txt),
                        who: who(&g.implementers, &g.partners, "page.implementers_below"),
                        tasks,
                    }
                })
                .collect();
            (goals, who(&e.implementers, &e.partners, "page.implementers_all"))
        })
        .unwrap_or_default();
    let (goals, who) = goals;
    let row = |ind: &Indicator| row(inputs, p, ind, year, lang);
    let other_rows: Vec<RowDoc> = p
        .indicators
        .iter()
        .filter(|ind| report.values.contains_key(&ind.id) && !listed.contains(&ind.id))
        .map(row)
        .collect();
    let other = (!other_rows.is_empty()).then(|| OtherDoc {
        heading: s("page.other_values"),
        intro: s("page.other_values_intro"),
        rows: other_rows,
    });
    let values = Values {
        heading: s("page.values_heading"),
        who,
        goals,
        other,
        has_change: p.reports.iter().any(|r| r.year < year),
    };

    let charts: Vec<ChartDoc> = p
        .indicators
        .iter()
        .filter(|ind| report.values.contains_key(&ind.id) && years_with_numbers(p, ind) >= 2)
        .filter_map(|ind| {
            let c = chart::trend(p, ind, lang, strings)?;
            // The narrow drawing: both layouts set the charts two to a row
            // (about 8.5 cm in the PDF), where the wide one's text would be
            // too small to read.
            Some(ChartDoc { title: txt(&ind.name), unit: txt(&ind.unit), svg: c.narrow, description: c.description })
        })
        .collect();
    let charts = (!charts.is_empty()).then(|| Charts {
        heading: s("document.charts"),
        intro: strings.fill(lang, "document.charts_intro", &[("year", &year.to_string())]),
        items: charts,
    });

    let prose = |narrative: &crate::content::Narrative, default_heading: &str| {
        let (doc_lang, doc) = match narrative.0.get_key_value(lang) {
            Some((l, d)) => (l, d),
            None => narrative.0.get_key_value(fallback).or_else(|| narrative.0.iter().next())?,
        };
        let other_lang = (doc_lang != lang).then(|| doc_lang.clone());
        let heading = match &doc.title {
            Some(t) => Txt { text: t.clone(), lang: other_lang.clone() },
            None => Txt::plain(s(default_heading)),
        };
        Some(Prose { heading, lang: other_lang, blocks: prose::blocks(&doc.body) })
    };

    let m = &report.metadata;
    let mut meta = Vec::new();
    for (by_key, by, on_key, on) in [
        ("page.prepared_by", &m.prepared_by, "page.prepared_on", m.prepared_on),
        ("page.approved_by", &m.approved_by, "page.approved_on", m.approved_on),
        ("page.published_by_meta", &m.published_by, "page.published_on", m.published_on),
        ("page.entered_by", &m.entered_by, "page.entered_on", m.entered_on),
    ] {
        if let Some(who) = by {
            meta.push(Fact { label: s(by_key), lines: vec![Txt::plain(who.clone())] });
        }
        if let Some(date) = on {
            meta.push(Fact { label: s(on_key), lines: vec![Txt::plain(format_date(date, lang))] });
        }
    }
    let changes: Vec<ChangeDoc> = report
        .changes
        .iter()
        .map(|c| ChangeDoc {
            date: format_date(c.date, lang),
            description: txt(&c.description),
            by: c.by.clone().unwrap_or_else(|| s("page.not_provided")),
        })
        .collect();
    let metadata = MetadataDoc {
        heading: s("page.metadata"),
        empty: meta.is_empty().then(|| s("page.metadata_not_provided")),
        facts: meta,
        changes_heading: s("page.changes"),
        changes_empty: changes.is_empty().then(|| s("page.changes_not_provided")),
        changes,
    };

    let site_title = site.config.title.get(lang, fallback);
    let colophon = strings.fill(lang, "document.colophon", &[("site", site_title)]);
    let online = site.config.base_url.as_ref().map(|base| urls::absolute(base, &urls::report(lang, &p.slug, year)));
    let footer = format!("{} · {heading}", txt(&p.short_name).text);
    Some(ReportDoc {
        lang: lang.to_string(),
        title: txt(&report.title).text,
        heading,
        programme: txt(&p.name),
        subtitle: txt(&report.title),
        author: Some(txt(&site.config.organisation.name).text).filter(|a| !a.is_empty()),
        footer,
        facts,
        date: doc_date(m),
        intro: prose(&report.narrative, "page.narrative"),
        values,
        charts,
        conclusions: prose(&report.conclusions, "page.conclusions"),
        metadata,
        labels: Labels {
            indicator: s("page.indicator"),
            value: s("page.value"),
            unit: s("page.unit"),
            change: s("page.change_since"),
            no_change: s("page.no_change"),
            implementers: s("page.value_implementers"),
            task_implementers: s("page.task_implementers"),
            forms: s("page.forms"),
            as_printed: s("page.as_printed"),
            partners: s("page.partners"),
            objective: s("page.objective"),
            task_note: strings.fill(lang, "page.task_note", &[("year", &year.to_string())]),
            untranslated: s("page.untranslated"),
            change_date: s("page.change_date"),
            change_description: s("page.change_description"),
            change_by: s("page.change_by"),
            page: s("document.page"),
            online: s("document.online"),
        },
        colophon,
        online,
    })
}

/// The programme without the reports after `year`.
fn as_of(p: &Programme, year: i32) -> Programme {
    let mut p = p.clone();
    p.reports.retain(|r| r.year <= year);
    p
}

fn years_with_numbers(p: &Programme, ind: &Indicator) -> usize {
    p.reports.iter().filter(|r| r.values.get(&ind.id).is_some_and(|v| v.kind.number().is_some())).count()
}

/// The date the document carries: when it was prepared, approved or published
/// (the first the metryczka gives to the day). A date known only to the month
/// is left out rather than made up.
fn doc_date(m: &crate::content::Metadata) -> Option<DocDate> {
    [m.prepared_on, m.approved_on, m.published_on]
        .into_iter()
        .flatten()
        .find_map(|d| Some(DocDate { year: d.year, month: d.month?, day: d.day? }))
}

fn localized(t: &Text, lang: &str, fallback: &str) -> Txt {
    match t.localized(lang, fallback) {
        Some(l) => {
            Txt { text: l.text.to_string(), lang: (l.is_fallback && !l.lang.is_empty()).then(|| l.lang.to_string()) }
        }
        None => Txt::default(),
    }
}

fn list(l: &TextList, lang: &str, fallback: &str) -> TxtList {
    let (items, is_fallback) = l.localized(lang, fallback);
    let in_lang =
        is_fallback.then(|| l.0.iter().find(|(_, v)| v.as_slice() == items).map(|(k, _)| k.clone())).flatten();
    TxtList { items: items.to_vec(), lang: in_lang }
}

/// One indicator's line: value, unit, change, notes.
fn row(inputs: &Inputs, p: &Programme, ind: &Indicator, year: i32, lang: &str) -> RowDoc {
    let strings = inputs.strings;
    let fallback = inputs.site.default_lang();
    let txt = |t: &Text| localized(t, lang, fallback);
    let cell = values::cell(p, ind, year, lang);
    let num = |n| format_number(n, lang);
    let mut parts = Vec::new();
    let value = match (cell.missing, cell.value.map(|v| &v.kind)) {
        (Some(missing), _) => Txt::plain(strings.get(lang, &format!("page.missing.{}", missing_key(missing)))),
        (None, Some(ValueKind::Number { value })) => Txt::plain(num(*value)),
        (None, Some(ValueKind::Breakdown { total, parts: ps })) => {
            parts = ps
                .iter()
                .map(|part| PartDoc {
                    name: txt(&part.name),
                    value: num(part.value),
                    note: part.note.as_ref().map(txt),
                })
                .collect();
            // No total given: said so, never a sum of the parts in its place.
            Txt::plain(total.map_or_else(|| strings.get(lang, "page.no_total"), num))
        }
        (None, Some(ValueKind::Text { text })) => txt(text),
        (None, Some(ValueKind::Missing { .. }) | None) => Txt::default(),
    };
    let mut notes: Vec<Txt> = cell.note.map(txt).into_iter().collect();
    if let Some(missing) = cell.missing {
        notes.push(Txt::plain(strings.get(lang, &format!("page.missing_explain.{}", missing_key(missing)))));
    }
    // In words, as the site says it: "wzrost o 120 względem 2022 r. (2 386)".
    let change = values::change(p, ind, year, lang).map(|c| {
        let direction = match c.direction {
            values::Direction::Up => "up",
            values::Direction::Down => "down",
            values::Direction::Same => "same",
        };
        strings.fill(
            lang,
            &format!("page.changed.{direction}"),
            &[("by", &num(c.by)), ("year", &c.from_year.to_string()), ("from", &num(c.from))],
        )
    });
    RowDoc {
        number: None,
        indicator: txt(&ind.name),
        as_printed: cell.value.and_then(|v| v.label.as_ref()).map(txt),
        value,
        missing: cell.missing.is_some(),
        period: cell.value.filter(|_| cell.missing.is_none()).and_then(|v| v.period.as_ref()).map(txt),
        parts_label: strings.get(lang, if cell.no_total { "page.parts_only" } else { "page.parts" }),
        parts,
        unit: txt(&ind.unit),
        change,
        notes,
        implementers: cell.value.map(|v| list(&v.implementers, lang, fallback)).unwrap_or_default(),
    }
}

fn missing_key(m: Missing) -> &'static str {
    match m {
        Missing::NotReported => "not-reported",
        Missing::NotApplicable => "not-applicable",
        Missing::NoReport => "no-report",
        Missing::Dash => "dash",
    }
}
