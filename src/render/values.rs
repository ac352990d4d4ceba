//! What a page says about one indicator in one year: the value, or why there is
//! none, and the change from the previous reported year. Shared by the
//! programme, report, indicator and home pages so they never disagree.

use serde::Serialize;

use crate::content::{Indicator, MissingReason, Number, Programme, Text, Value, ValueKind};
use crate::render::urls;

/// Why a cell has no value. A missing value is never shown as 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Missing {
    /// The year's report does not give it (or says so).
    NotReported,
    /// The indicator is not part of that year's edition, or the report says it
    /// does not apply.
    NotApplicable,
    /// The site has no report for the year.
    NoReport,
    /// The report prints a dash and does not say what it means.
    Dash,
}

/// One indicator in one year, ready for a template.
#[derive(Clone, Debug, Serialize)]
pub struct Cell<'a> {
    pub year: i32,
    /// The entry in the year file (also for a value marked missing, for its note).
    pub value: Option<&'a Value>,
    /// Set when there is nothing to show as a value.
    pub missing: Option<Missing>,
    /// The value's note, if any.
    pub note: Option<&'a Text>,
    /// A breakdown the report gives without a total: pages say so and never
    /// show a sum of the parts in its place.
    pub no_total: bool,
    /// The year's report page, when there is a report.
    pub report_path: Option<String>,
}

/// The indicator's value in `year`, or the reason it has none.
pub fn cell<'a>(p: &'a Programme, ind: &Indicator, year: i32, lang: &str) -> Cell<'a> {
    let report = p.report(year);
    let value = report.and_then(|r| r.values.get(&ind.id));
    let missing = match value.map(|v| &v.kind) {
        Some(ValueKind::Missing { reason: MissingReason::NotReported }) => Some(Missing::NotReported),
        Some(ValueKind::Missing { reason: MissingReason::NotApplicable }) => Some(Missing::NotApplicable),
        Some(ValueKind::Missing { reason: MissingReason::Dash }) => Some(Missing::Dash),
        Some(_) => None,
        None => {
            let edition = report.and_then(|r| p.edition(&r.edition)).or_else(|| p.edition_for_year(year));
            let listed = edition.is_some_and(|e| e.indicator_ids().contains(&ind.id.as_str()));
            Some(match (listed, report.is_some()) {
                (false, _) => Missing::NotApplicable,
                (true, true) => Missing::NotReported,
                (true, false) => Missing::NoReport,
            })
        }
    };
    Cell {
        year,
        value,
        missing,
        note: value.and_then(|v| v.note.as_ref()),
        no_total: value.is_some_and(|v| matches!(v.kind, ValueKind::Breakdown { total: None, .. })),
        report_path: report.map(|r| urls::report(lang, &p.slug, r.year)),
    }
}

/// The change since the last earlier report with a number for the same indicator.
#[derive(Clone, Debug, Serialize)]
pub struct Change {
    pub from_year: i32,
    pub from: Number,
    pub to: Number,
    /// `to - from`, rounded to what the inputs could show (no 0.30000000000000004).
    pub diff: Number,
    /// The size of the change without its sign, for wording that says the
    /// direction in words ("down 33 from 2020").
    pub by: Number,
    pub direction: Direction,
    pub from_path: String,
}

/// Which way a value went: said in words on every page, never by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Up,
    Down,
    Same,
}

/// `None` when this year or every earlier year has no number to compare. The
/// earlier year is the last one before `year` whose report gives a number for
/// the indicator: years without a report, and reports that do not give it, are
/// passed over (the page names the year compared with).
pub fn change(p: &Programme, ind: &Indicator, year: i32, lang: &str) -> Option<Change> {
    let to = p.value(&ind.id, year)?.kind.number()?;
    let (from_year, from) = p
        .reports
        .iter()
        .rev()
        .filter(|r| r.year < year)
        .find_map(|r| Some((r.year, r.values.get(&ind.id)?.kind.number()?)))?;
    let diff = ((to.0 - from.0) * 1e6).round() / 1e6;
    let direction = match diff.partial_cmp(&0.0) {
        Some(std::cmp::Ordering::Greater) => Direction::Up,
        Some(std::cmp::Ordering::Less) => Direction::Down,
        _ => Direction::Same,
    };
    Some(Change {
        from_year,
        from,
        to,
        diff: Number(diff),
        by: Number(diff.abs()),
        direction,
        from_path: urls::report(lang, &p.slug, from_year),
    })
}

/// The latest year whose report gives a value (not a missing one) for the
/// indicator, else the latest report year; `None` without reports.
pub fn latest<'a>(p: &'a Programme, ind: &Indicator, lang: &str) -> Option<Cell<'a>> {
    let year = p
        .reports
        .iter()
        .rev()
        .find(|r| r.values.get(&ind.id).is_some_and(|v| !matches!(v.kind, ValueKind::Missing { .. })))
        .or(p.reports.last())?
        .year;
    Some(cell(p, ind, year, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load::load_site;

    fn example() -> crate::content::Site {
        load_site(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).site.unwrap()
    }

    #[test]
    fn gaps_say_why_and_changes_compare_reported_years() {
        let site = example();
        let p = site.programme("przeciwdzialanie-przemocy").unwrap();
        let blue = p.indicator("niebieskie-karty-prowadzone").unwrap();
        assert_eq!(cell(p, blue, 2022, "pl").missing, Some(Missing::NoReport));
        assert_eq!(cell(p, blue, 2023, "pl").missing, None);
        let c = change(p, blue, 2023, "en").unwrap();
        assert_eq!((c.from_year, c.from.0, c.to.0, c.diff.0, c.by.0), (2020, 67.0, 34.0, -33.0, 33.0));
        assert_eq!(c.direction, Direction::Down);
        assert_eq!(c.from_path, "en/przeciwdzialanie-przemocy/2020/index.html");
        let only_2020 = p.indicator("grupy-wsparcia").unwrap();
        assert_eq!(cell(p, only_2020, 2023, "pl").missing, Some(Missing::NotApplicable));
        assert!(change(p, only_2020, 2023, "pl").is_none());
    }
}
