//! The metryczka (a BIP record) as pages and documents show it, built in one
//! place: a report's record (who prepared, approved, published and entered it,
//! and when) and the compact record of a programme's pages (its latest report's
//! record, the date of the last change of anything they show, the BIP link).
//!
//! Every date comes from the content (the reports' `[metadata]` and change
//! logs), never from the build, so the same content always gives the same
//! pages. Labels are UI string keys (`page.prepared_by`, …) for the theme to
//! translate.

use serde::Serialize;

use crate::content::{Metadata, PartialDate, Programme, Report};
use crate::render::urls;

/// One line of a metryczka: a person or a date, under the UI string `label`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entry<'a> {
    /// The UI string key of the label (`page.prepared_by`).
    pub label: &'static str,
    pub person: Option<&'a str>,
    pub date: Option<PartialDate>,
}

/// Every line of a report's metryczka that the content gives, in the BIP
/// order: prepared, approved, published, entered (each by whom, then when).
/// Empty when the report has no metadata.
pub fn report_entries(m: &Metadata) -> Vec<Entry<'_>> {
    [
        person("page.prepared_by", m.prepared_by.as_deref()),
        date("page.prepared_on", m.prepared_on),
        person("page.approved_by", m.approved_by.as_deref()),
        date("page.approved_on", m.approved_on),
        person("page.published_by_meta", m.published_by.as_deref()),
        date("page.published_on", m.published_on),
        person("page.entered_by", m.entered_by.as_deref()),
        date("page.entered_on", m.entered_on),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn person<'a>(label: &'static str, p: Option<&'a str>) -> Option<Entry<'a>> {
    p.map(|p| Entry { label, person: Some(p), date: None })
}

fn date<'a>(label: &'static str, d: Option<PartialDate>) -> Option<Entry<'a>> {
    d.map(|d| Entry { label, person: None, date: Some(d) })
}

/// The compact metryczka of a programme's pages (the programme page and its
/// indicator pages, which show every report's values).
#[derive(Debug, Serialize)]
pub struct Compact<'a> {
    /// The latest report: where the newest figures come from.
    pub report: Option<ReportRef>,
    /// Its record, compact: who prepared it and every date it gives.
    pub entries: Vec<Entry<'a>>,
    /// The newest date in any report's metryczka or change log of the
    /// programme: the last change of anything these pages show that the
    /// content dates.
    pub last_change: Option<PartialDate>,
    /// The body's BIP (`bip_url`), linked in words.
    pub bip_url: Option<&'a str>,
}

/// A report's year and page.
#[derive(Debug, Serialize)]
pub struct ReportRef {
    pub year: i32,
    pub path: String,
}

/// The compact metryczka of programme `p`'s pages in `lang`.
pub fn compact<'a>(p: &'a Programme, lang: &str, bip_url: Option<&'a str>) -> Compact<'a> {
    let latest = p.reports.last();
    let entries = latest
        .map(|r| {
            let m = &r.metadata;
            [
                person("page.prepared_by", m.prepared_by.as_deref()),
                date("page.prepared_on", m.prepared_on),
                date("page.approved_on", m.approved_on),
                date("page.published_on", m.published_on),
                date("page.entered_on", m.entered_on),
            ]
            .into_iter()
            .flatten()
            .collect()
        })
        .unwrap_or_default();
    Compact {
        report: latest.map(|r| ReportRef { year: r.year, path: urls::report(lang, &p.slug, r.year) }),
        entries,
        last_change: p.reports.iter().flat_map(Report::dates).max(),
        bip_url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Change, Narrative, Text};
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    fn report(year: i32, metadata: Metadata, changes: Vec<Change>) -> Report {
        Report {
            year,
            edition: "e".into(),
            title: Text::default(),
            document: None,
            metadata,
            changes,
            values: BTreeMap::new(),
            task_notes: BTreeMap::new(),
            narrative: Narrative::default(),
            conclusions: Narrative::default(),
            path: PathBuf::new(),
        }
    }

    fn day(s: &str) -> Option<PartialDate> {
        PartialDate::parse(s)
    }

    #[test]
    fn a_report_record_lists_what_is_given_in_bip_order() {
        let m = Metadata {
            prepared_by: Some("Anna Nowak".into()),
            published_on: day("2024-03-28"),
            entered_by: Some("Jan Kowalski".into()),
            ..Metadata::default()
        };
        let labels: Vec<&str> = report_entries(&m).iter().map(|e| e.label).collect();
        assert_eq!(labels, ["page.prepared_by", "page.published_on", "page.entered_by"]);
        assert!(report_entries(&Metadata::default()).is_empty());
    }

    #[test]
    fn the_compact_record_is_the_latest_reports_and_dates_the_newest_change() {
        let older = Metadata { published_on: day("2021-04-01"), ..Metadata::default() };
        let latest = Metadata {
            prepared_by: Some("Anna Nowak".into()),
            approved_by: Some("Dyrektor".into()),
            prepared_on: day("2024-03-10"),
            published_on: day("2024-03-28"),
            ..Metadata::default()
        };
        // A correction to the older report is the newest change of all.
        let fix = Change { date: day("2024-06-03").unwrap(), description: Text::default(), by: None };
        let p = Programme {
            slug: "p".into(),
            name: Text::default(),
            short_name: Text::default(),
            operator: None,
            coordinator: None,
            description: Narrative::default(),
            headline: vec![],
            editions: vec![],
            indicators: vec![],
            reports: vec![report(2020, older, vec![fix]), report(2023, latest, vec![])],
            dir: PathBuf::new(),
        };
        let c = compact(&p, "pl", Some("https://bip.example.pl/"));
        assert_eq!(c.report.as_ref().map(|r| (r.year, r.path.as_str())), Some((2023, "pl/p/2023/index.html")));
        let labels: Vec<&str> = c.entries.iter().map(|e| e.label).collect();
        // Who prepared it and its dates; not who approved it.
        assert_eq!(labels, ["page.prepared_by", "page.prepared_on", "page.published_on"]);
        assert_eq!(c.last_change, day("2024-06-03"));
        let none = Programme { reports: vec![], ..p };
        let c = compact(&none, "pl", None);
        assert!(c.report.is_none() && c.entries.is_empty() && c.last_change.is_none());
    }
}
