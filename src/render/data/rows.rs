//! The tidy long table behind every download: one row per programme × indicator
//! × year, plus one per breakdown part. CSV and JSON are two spellings of it.
//! Each row also says where the indicator sits in the year's edition (goal,
//! direction, task, their numbers) and who carries the task out, so the
//! report's structure survives in the data.

use serde::{Serialize, Serializer};

use crate::content::{Edition, MissingReason, Number, Programme, Report, TextList, Value, ValueKind};
use crate::i18n::plain_number;

/// Column names, in order: English snake_case, the same in every language's
/// files so scripts do not break. Documented in docs/open-data.md.
pub const COLUMNS: [&str; 27] = [
    "programme_id",
    "programme_name",
    "edition",
    "year",
    "indicator_id",
    "indicator_name",
    "reported_label",
    "unit",
    "value_kind",
    "value",
    "part_name",
    "missing_reason",
    "text",
    "note",
    "period",
    "part_note",
    "goal_number",
    "goal",
    "goal_objective",
    "direction_number",
    "direction",
    "task_number",
    "task",
    "task_note",
    "indicator_number",
    "implementers",
    "partners",
];

/// One row. Field order is [`COLUMNS`]' order (JSON keys follow it too).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub programme_id: String,
    pub programme_name: String,
    pub edition: String,
    pub year: i32,
    pub indicator_id: String,
    pub indicator_name: String,
    /// The indicator's wording as printed that year, when it differs.
    pub reported_label: Option<String>,
    pub unit: String,
    pub value_kind: ValueKindCode,
    #[serde(serialize_with = "number_or_null")]
    pub value: Option<Number>,
    pub part_name: Option<String>,
    pub missing_reason: Option<MissingCode>,
    pub text: Option<String>,
    pub note: Option<String>,
    /// The time the value refers to, when the report says ("stan na 31 grudnia").
    pub period: Option<String>,
    /// The report's note on a breakdown part (`breakdown-part` rows only).
    pub part_note: Option<String>,
    #[serde(flatten)]
    pub place: PlaceCells,
}

/// Where the indicator sits in the year's edition: the first task listing
/// it, with its goal and direction, and who carries it out.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlaceCells {
    pub goal_number: Option<String>,
    pub goal: Option<String>,
    pub goal_objective: Option<String>,
    pub direction_number: Option<String>,
    pub direction: Option<String>,
    pub task_number: Option<String>,
    pub task: Option<String>,
    /// The year report's note on the task.
    pub task_note: Option<String>,
    /// The number printed before the indicator under its task ("Lp.").
    pub indicator_number: Option<String>,
    /// The value's own implementers, else the task's (inherited from its
    /// direction, goal or edition), "; " between them.
    pub implementers: Option<String>,
    pub partners: Option<String>,
}

/// `value_kind` codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueKindCode {
    Number,
    Missing,
    Text,
    BreakdownTotal,
    BreakdownPart,
}

/// `missing_reason` codes: why a row has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MissingCode {
    /// The year's report does not give the value.
    NotReported,
    /// The report says the indicator does not apply that year.
    NotApplicable,
    /// There is no report for that year (yet).
    NoReport,
    /// The report prints a dash, without saying whether it means none or not
    /// reported.
    Dash,
    /// A `breakdown-total` row of parts the report gives without a total.
    NoTotal,
}

impl ValueKindCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ValueKindCode::Number => "number",
            ValueKindCode::Missing => "missing",
            ValueKindCode::Text => "text",
            ValueKindCode::BreakdownTotal => "breakdown-total",
            ValueKindCode::BreakdownPart => "breakdown-part",
        }
    }
}

impl MissingCode {
    pub fn as_str(self) -> &'static str {
        match self {
            MissingCode::NotReported => "not-reported",
            MissingCode::NotApplicable => "not-applicable",
            MissingCode::NoReport => "no-report",
            MissingCode::Dash => "dash",
            MissingCode::NoTotal => "no-total",
        }
    }
}

/// Numbers as JSON numbers written like the CSV: integers without ".0",
/// decimals rounded as [`plain_number`] rounds them.
fn number_or_null<S: Serializer>(n: &Option<Number>, s: S) -> Result<S::Ok, S::Error> {
    match n {
        None => s.serialize_none(),
        Some(n) if n.is_integer() && n.0.abs() < 1e15 => s.serialize_i64(n.0 as i64),
        Some(n) => s.serialize_f64(plain_number(*n).parse().unwrap_or(n.0)),
    }
}

/// Every row of one programme in `lang` (`fallback`: the site's default
/// language, for texts not translated), by year, then indicator in the
/// programme's order, then part.
///
/// Years run from the first to the last report. An indicator gets a row in a
/// year when the report has an entry for it, or when the edition covering that
/// year lists it (then the row says it is missing and why). Indicators an
/// edition does not measure get no rows in its years: not applicable, not 0.
pub fn programme_rows(p: &Programme, lang: &str, fallback: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let (Some(first), Some(last)) = (p.reports.first(), p.reports.last()) else { return rows };
    for year in first.year..=last.year {
        let report = p.report(year);
        let edition = report.and_then(|r| p.edition(&r.edition)).or_else(|| p.edition_for_year(year));
        let edition_id = report.map(|r| r.edition.as_str()).or(edition.map(|e| e.id.as_str())).unwrap_or("");
        let listed = edition.map(|e| e.indicator_ids()).unwrap_or_default();
        for ind in &p.indicators {
            let value = report.and_then(|r| r.values.get(&ind.id));
            if value.is_none() && !listed.contains(&ind.id.as_str()) {
                continue;
            }
            let base = Row {
                programme_id: p.slug.clone(),
                programme_name: p.name.get(lang, fallback).to_string(),
                edition: edition_id.to_string(),
                year,
                indicator_id: ind.id.clone(),
                indicator_name: ind.name.get(lang, fallback).to_string(),
                reported_label: value.and_then(|v| v.label.as_ref()).map(|l| l.get(lang, fallback).to_string()),
                unit: ind.unit.get(lang, fallback).to_string(),
                value_kind: ValueKindCode::Missing,
                value: None,
                part_name: None,
                missing_reason: None,
                text: None,
                note: value.and_then(|v| v.note.as_ref()).map(|n| n.get(lang, fallback).to_string()),
                period: value.and_then(|v| v.period.as_ref()).map(|n| n.get(lang, fallback).to_string()),
                part_note: None,
                place: edition.map(|e| place_cells(e, report, &ind.id, value, lang, fallback)).unwrap_or_default(),
            };
            let Some(value) = value else {
                let reason = if report.is_some() { MissingCode::NotReported } else { MissingCode::NoReport };
                rows.push(Row { missing_reason: Some(reason), ..base });
                continue;
            };
            match &value.kind {
                ValueKind::Number { value } => {
                    rows.push(Row { value_kind: ValueKindCode::Number, value: Some(*value), ..base });
                }
                ValueKind::Missing { reason } => {
                    let reason = match reason {
                        MissingReason::NotReported => MissingCode::NotReported,
                        MissingReason::NotApplicable => MissingCode::NotApplicable,
                        MissingReason::Dash => MissingCode::Dash,
                    };
                    rows.push(Row { missing_reason: Some(reason), ..base });
                }
                ValueKind::Text { text } => {
                    let text = Some(text.get(lang, fallback).to_string());
                    rows.push(Row { value_kind: ValueKindCode::Text, text, ..base });
                }
                ValueKind::Breakdown { total, parts } => {
                    // Parts without a total: the total row says so, never a sum.
                    let missing_reason = total.is_none().then_some(MissingCode::NoTotal);
                    let total = Row {
                        value_kind: ValueKindCode::BreakdownTotal,
                        value: *total,
                        missing_reason,
                        ..base.clone()
                    };
                    rows.push(total);
                    for part in parts {
                        rows.push(Row {
                            value_kind: ValueKindCode::BreakdownPart,
                            value: Some(part.value),
                            part_name: Some(part.name.get(lang, fallback).to_string()),
                            part_note: part.note.as_ref().map(|n| n.get(lang, fallback).to_string()),
                            ..base.clone()
                        });
                    }
                }
            }
        }
    }
    rows
}

/// The [`PlaceCells`] of indicator `id` in `edition`, in `year`'s `report`.
fn place_cells(
    edition: &Edition,
    report: Option<&Report>,
    id: &str,
    value: Option<&Value>,
    lang: &str,
    fallback: &str,
) -> PlaceCells {
    let Some(place) = edition.place_of(id) else { return PlaceCells::default() };
    let text = |t: &crate::content::Text| t.get(lang, fallback).to_string();
    let joined = |l: &TextList| {
        let (items, _) = l.localized(lang, fallback);
        (!items.is_empty()).then(|| items.join("; "))
    };
    let (implementers, partners) = match value.filter(|v| !v.implementers.is_empty()) {
        Some(v) => (joined(&v.implementers), None),
        None => match edition.implementers_of(&place) {
            Some(i) => (joined(i.implementers), joined(i.partners)),
            None => (None, None),
        },
    };
    let task = place.task;
    PlaceCells {
        goal_number: place.goal.number.clone(),
        goal: Some(text(&place.goal.name)),
        goal_objective: place.goal.objective.as_ref().map(text),
        direction_number: place.direction.and_then(|d| d.number.clone()),
        direction: place.direction.map(|d| text(&d.name)),
        task_number: task.number.clone(),
        task: Some(text(&task.name)),
        task_note: task.key().and_then(|k| report?.task_notes.get(k)).map(text),
        indicator_number: task.indicator_numbers.get(id).cloned(),
        implementers,
        partners,
    }
}
