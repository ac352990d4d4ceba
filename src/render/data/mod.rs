//! Open data downloads: CSV, JSON and a Frictionless data package per language.
//!
//! Owns the tidy long table of every reported value (`rows`), its file forms
//! (`table`: CSV and JSON; `package`: datapackage.json) and where the files go.
//! Pages link them through [`DataFiles::for_scope`] and the path functions
//! here, never by hard-coded paths. Columns, files and encoding are documented
//! for data users in docs/open-data.md.
//!
//! Files, per language (`{p}`: programme slug):
//! - `{lang}/data/site.csv` — every programme;
//! - `{lang}/data/{p}/{p}.csv` — one programme, all years;
//! - `{lang}/data/{p}/{p}-{year}.csv` — one year's report;
//! - `{lang}/data/{p}/indicators/{id}.csv` — one indicator, all years;
//! - a `.json` twin beside each, and `{lang}/data/datapackage.json`, which
//!   describes the site, programme and report CSVs (the indicator files are
//!   slices of the programme file with the same columns; listing a hundred of
//!   them would bury the package's real resources on an open-data portal).
//!
//! File names carry the programme (and year) so a downloaded file still says
//! what it is; the texts inside are in the file's language, column names are not.

mod package;
mod rows;
mod table;

use std::collections::BTreeMap;

use crate::content::load::slugify;
use crate::content::Site;
use crate::output::Files;
use crate::render::strings::UiStrings;

pub use rows::{MissingCode, Row, ValueKindCode, COLUMNS};
pub use table::{safe_cell, BOM};

use package::{Contributor, Package, Resource};

/// What a set of downloads is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    Site,
    Programme(String),
    Report(String, i32),
    Indicator(String, String),
}

/// One downloadable file, for a link that shows its format and size.
#[derive(Clone, Debug)]
pub struct Download {
    /// Path relative to the output root.
    pub path: String,
    /// "CSV", "JSON".
    pub format: String,
    pub bytes: usize,
}

/// Every data file of the site, and the downloads to link per language and scope.
#[derive(Clone, Debug, Default)]
pub struct DataFiles {
    pub files: Files,
    pub downloads: BTreeMap<(String, Scope), Vec<Download>>,
}

impl DataFiles {
    /// The downloads for `scope` in `lang` (empty when there are none): the CSV,
    /// then the JSON.
    pub fn for_scope(&self, lang: &str, scope: &Scope) -> &[Download] {
        self.downloads.get(&(lang.to_string(), scope.clone())).map_or(&[], Vec::as_slice)
    }

    /// Adds the CSV and JSON of `rows` for `scope` and returns the CSV's size.
    fn add(&mut self, lang: &str, scope: Scope, rows: &[Row]) -> usize {
        let csv = table::csv(rows);
        let json = table::json(rows);
        let csv_bytes = csv.len();
        let links = vec![
            Download { path: csv_path(lang, &scope), format: "CSV".into(), bytes: csv.len() },
            Download { path: json_path(lang, &scope), format: "JSON".into(), bytes: json.len() },
        ];
        self.files.insert(csv_path(lang, &scope), csv);
        self.files.insert(json_path(lang, &scope), json);
        self.downloads.insert((lang.to_string(), scope), links);
        csv_bytes
    }
}

/// The folder of a language's data files, relative to the output root.
pub fn data_dir(lang: &str) -> String {
    format!("{lang}/data")
}

/// A scope's file path without extension, relative to [`data_dir`].
fn stem(scope: &Scope) -> String {
    match scope {
        Scope::Site => "site".to_string(),
        Scope::Programme(p) => format!("{p}/{p}"),
        Scope::Report(p, year) => format!("{p}/{p}-{year}"),
        Scope::Indicator(p, id) => format!("{p}/indicators/{id}"),
    }
}

/// The CSV for `scope` in `lang`, relative to the output root.
pub fn csv_path(lang: &str, scope: &Scope) -> String {
    format!("{}/{}.csv", data_dir(lang), stem(scope))
}

/// The JSON twin of [`csv_path`].
pub fn json_path(lang: &str, scope: &Scope) -> String {
    format!("{}/{}.json", data_dir(lang), stem(scope))
}

/// The language's Frictionless data package, relative to the output root.
pub fn datapackage_path(lang: &str) -> String {
    format!("{}/datapackage.json", data_dir(lang))
}

/// Renders every data file of the site, for every language of the site.
pub fn build(site: &Site, strings: &UiStrings) -> DataFiles {
    let mut out = DataFiles::default();
    let fallback = site.default_lang();
    for lang in &site.config.languages {
        let lang = lang.as_str();
        let schema = package::schema(lang, strings);
        let resource = |name: String, scope: &Scope, title: String, bytes: usize| {
            let path = csv_path(lang, scope)[data_dir(lang).len() + 1..].to_string();
            Resource::csv(name, path, title, bytes, schema.clone())
        };
        let mut resources = Vec::new();
        let mut all = Vec::new();
        for p in &site.programmes {
            let rows = rows::programme_rows(p, lang, fallback);
            let name = p.name.get(lang, fallback);
            let scope = Scope::Programme(p.slug.clone());
            let bytes = out.add(lang, scope.clone(), &rows);
            let title = strings.fill(lang, "data.resource_programme", &[("programme", name)]);
            resources.push(resource(format!("programme.{}", p.slug), &scope, title, bytes));
            for report in &p.reports {
                let year_rows: Vec<Row> = rows.iter().filter(|r| r.year == report.year).cloned().collect();
                let scope = Scope::Report(p.slug.clone(), report.year);
                let bytes = out.add(lang, scope.clone(), &year_rows);
                let year = report.year.to_string();
                let title = strings.fill(lang, "data.resource_report", &[("programme", name), ("year", &year)]);
                resources.push(resource(format!("report.{}.{year}", p.slug), &scope, title, bytes));
            }
            for ind in &p.indicators {
                let ind_rows: Vec<Row> = rows.iter().filter(|r| r.indicator_id == ind.id).cloned().collect();
                let scope = Scope::Indicator(p.slug.clone(), ind.id.clone());
                out.add(lang, scope, &ind_rows);
            }
            all.extend(rows);
        }
        let bytes = out.add(lang, Scope::Site, &all);
        resources.insert(0, resource("site".into(), &Scope::Site, strings.get(lang, "data.resource_site"), bytes));

        let title = site.config.title.get(lang, fallback);
        let package = Package {
            profile: "tabular-data-package",
            name: format!("{}-{lang}", slugify(site.config.title.get(fallback, fallback))),
            title: title.to_string(),
            description: strings.fill(lang, "data.package_description", &[("site", title)]),
            homepage: site.config.base_url.as_ref().map(|b| format!("{}/{}/", b.trim_end_matches('/'), data_dir(lang))),
            contributors: vec![Contributor {
                title: site.config.organisation.name.get(lang, fallback).to_string(),
                role: "publisher",
            }],
            resources,
        };
        out.files.insert(datapackage_path(lang), package::to_json(&package));
    }
    out
}
