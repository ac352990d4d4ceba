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
use std::io;

use rayon::prelude::*;

use crate::content::load::slugify;
use crate::content::{Programme, Site};
use crate::output::Files;
use crate::render::strings::UiStrings;
use crate::render::{Collect, Sink};

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
    /// The files themselves when rendered into memory ([`build`]); empty when
    /// they were written as they were made ([`write`]).
    pub files: Files,
    pub downloads: BTreeMap<(String, Scope), Vec<Download>>,
    /// Each language's datapackage.json size.
    pub packages: BTreeMap<String, usize>,
}

impl DataFiles {
    /// The downloads for `scope` in `lang` (empty when there are none): the CSV,
    /// then the JSON.
    pub fn for_scope(&self, lang: &str, scope: &Scope) -> &[Download] {
        self.downloads.get(&(lang.to_string(), scope.clone())).map_or(&[], Vec::as_slice)
    }
}

/// The CSV and JSON of `rows` for `scope`, handed to `sink`; their download links.
fn add(sink: &dyn Sink, lang: &str, scope: &Scope, rows: &[Row]) -> io::Result<Vec<Download>> {
    let csv = table::csv(rows);
    let json = table::json(rows);
    let links = vec![
        Download { path: csv_path(lang, scope), format: "CSV".into(), bytes: csv.len() },
        Download { path: json_path(lang, scope), format: "JSON".into(), bytes: json.len() },
    ];
    sink.put(csv_path(lang, scope), csv)?;
    sink.put(json_path(lang, scope), json)?;
    Ok(links)
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

/// Renders every data file of the site into memory, for every language.
pub fn build(site: &Site, strings: &UiStrings) -> DataFiles {
    let collect = Collect::default();
    let mut out = write(site, strings, &collect).expect("writing to memory cannot fail");
    out.files = collect.into_files();
    out
}

/// A package resource before it is spelled out with the schema.
struct ResourceHead {
    name: String,
    scope: Scope,
    title: String,
    bytes: usize,
}

/// What one programme's files in one language add to the site's.
struct ProgrammePart {
    lang: String,
    downloads: Vec<(Scope, Vec<Download>)>,
    resources: Vec<ResourceHead>,
}

/// Renders every data file of the site, for every language, handing each to
/// `sink` as soon as it is made: programmes in parallel, then per language the
/// site-wide CSV and JSON (streamed one programme at a time, never whole in
/// memory) and the data package.
pub fn write(site: &Site, strings: &UiStrings, sink: &dyn Sink) -> io::Result<DataFiles> {
    let tasks: Vec<(&str, &Programme)> =
        site.config.languages.iter().flat_map(|lang| site.programmes.iter().map(move |p| (lang.as_str(), p))).collect();
    let parts: Vec<ProgrammePart> =
        tasks.par_iter().map(|(lang, p)| programme_files(site, strings, sink, lang, p)).collect::<io::Result<_>>()?;
    let mut out = DataFiles::default();
    for lang in &site.config.languages {
        let mine = || parts.iter().filter(|part| &part.lang == lang);
        for part in mine() {
            for (scope, links) in &part.downloads {
                out.downloads.insert((lang.clone(), scope.clone()), links.clone());
            }
        }
        let (site_links, package_bytes) = site_files(site, strings, sink, lang, mine().flat_map(|p| &p.resources))?;
        out.downloads.insert((lang.clone(), Scope::Site), site_links);
        out.packages.insert(lang.clone(), package_bytes);
    }
    Ok(out)
}

/// One programme's files in `lang`: the whole programme, each report, each indicator.
fn programme_files(
    site: &Site,
    strings: &UiStrings,
    sink: &dyn Sink,
    lang: &str,
    p: &Programme,
) -> io::Result<ProgrammePart> {
    let fallback = site.default_lang();
    let rows = rows::programme_rows(p, lang, fallback);
    let name = p.name.get(lang, fallback);
    let mut part = ProgrammePart { lang: lang.to_string(), downloads: Vec::new(), resources: Vec::new() };
    let scope = Scope::Programme(p.slug.clone());
    let links = add(sink, lang, &scope, &rows)?;
    let title = strings.fill(lang, "data.resource_programme", &[("programme", name)]);
    part.resources.push(ResourceHead {
        name: format!("programme.{}", p.slug),
        scope: scope.clone(),
        title,
        bytes: links[0].bytes,
    });
    part.downloads.push((scope, links));
    for report in &p.reports {
        let year_rows: Vec<Row> = rows.iter().filter(|r| r.year == report.year).cloned().collect();
        let scope = Scope::Report(p.slug.clone(), report.year);
        let links = add(sink, lang, &scope, &year_rows)?;
        let year = report.year.to_string();
        let title = strings.fill(lang, "data.resource_report", &[("programme", name), ("year", &year)]);
        part.resources.push(ResourceHead {
            name: format!("report.{}.{year}", p.slug),
            scope: scope.clone(),
            title,
            bytes: links[0].bytes,
        });
        part.downloads.push((scope, links));
    }
    for ind in &p.indicators {
        let ind_rows: Vec<Row> = rows.iter().filter(|r| r.indicator_id == ind.id).cloned().collect();
        let scope = Scope::Indicator(p.slug.clone(), ind.id.clone());
        let links = add(sink, lang, &scope, &ind_rows)?;
        part.downloads.push((scope, links));
    }
    Ok(part)
}

/// The site-wide CSV and JSON and the data package of `lang`; the site's
/// download links and the package's size.
fn site_files<'a>(
    site: &Site,
    strings: &UiStrings,
    sink: &dyn Sink,
    lang: &str,
    resources: impl Iterator<Item = &'a ResourceHead>,
) -> io::Result<(Vec<Download>, usize)> {
    let fallback = site.default_lang();
    let chunks = || site.programmes.iter().map(|p| rows::programme_rows(p, lang, fallback));
    let csv_bytes = sink.put_with(csv_path(lang, &Scope::Site), &mut |w| table::csv_to(w, chunks()))?;
    let json_bytes = sink.put_with(json_path(lang, &Scope::Site), &mut |w| table::json_to(w, chunks()))?;
    let links = vec![
        Download { path: csv_path(lang, &Scope::Site), format: "CSV".into(), bytes: csv_bytes as usize },
        Download { path: json_path(lang, &Scope::Site), format: "JSON".into(), bytes: json_bytes as usize },
    ];

    let schema = package::schema(lang, strings);
    let resource = |name: String, scope: &Scope, title: String, bytes: usize| {
        let path = csv_path(lang, scope)[data_dir(lang).len() + 1..].to_string();
        Resource::csv(name, path, title, bytes, &schema)
    };
    let mut list = vec![resource("site".into(), &Scope::Site, strings.get(lang, "data.resource_site"), links[0].bytes)];
    list.extend(resources.map(|r| resource(r.name.clone(), &r.scope, r.title.clone(), r.bytes)));
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
        resources: list,
    };
    let package_bytes = sink.put_with(datapackage_path(lang), &mut |w| package::to_writer(w, &package))?;
    Ok((links, package_bytes as usize))
}
