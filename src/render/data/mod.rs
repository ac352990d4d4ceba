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

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::io;

use crate::output::{Digest, Piece};
use serde::Serialize;

use rayon::prelude::*;

use crate::content::load::slugify;
use crate::content::{Programme, Site};
use crate::output::Files;
use crate::render::strings::UiStrings;
use crate::render::{Collect, Sink};

pub use rows::{MissingCode, PlaceCells, Row, ValueKindCode, COLUMNS};
pub use table::{safe_cell, BOM};

pub use package::{terms, Terms};
use package::{Contributor, License, Package, Resource};

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
    /// Each report's attachments (PDF, single-file HTML), listed in the data
    /// package; made by `render::attachments`.
    pub documents: crate::render::attachments::Links,
}

impl DataFiles {
    /// The downloads for `scope` in `lang` (empty when there are none): the CSV,
    /// then the JSON.
    pub fn for_scope(&self, lang: &str, scope: &Scope) -> &[Download] {
        self.downloads.get(&(lang.to_string(), scope.clone())).map_or(&[], Vec::as_slice)
    }

    /// A report's attachments in `lang` (the PDF, the single-file HTML).
    pub fn report_files(&self, lang: &str, slug: &str, year: i32) -> &[Download] {
        self.documents.get(&(lang.to_string(), slug.to_string(), year)).map_or(&[], Vec::as_slice)
    }
}

/// The CSV and JSON of `rows` for `scope`, handed to `sink`; their download links.
fn add<R: Borrow<Row> + Serialize>(
    sink: &dyn Sink,
    lang: &str,
    scope: &Scope,
    rows: &[R],
) -> io::Result<Vec<Download>> {
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

/// Renders every data file of the site, for every language, handing each to
/// `sink` as soon as it is made: programmes in parallel, then per language the
/// site-wide CSV and JSON (streamed one programme at a time, never whole in
/// memory) and the data package.
pub fn write(site: &Site, strings: &UiStrings, sink: &dyn Sink) -> io::Result<DataFiles> {
    let mut out = DataFiles::default();
    let all: Vec<usize> = (0..site.programmes.len()).collect();
    write_programmes(site, sink, &all, &mut out)?;
    write_site(site, strings, sink, &mut out)?;
    Ok(out)
}

/// Renders the files of the programmes `which` (indexes into the site's list)
/// in every language, in parallel, and puts their links in `out` in place of
/// the ones they had. The site-wide files are not touched ([`write_site`]).
pub fn write_programmes(site: &Site, sink: &dyn Sink, which: &[usize], out: &mut DataFiles) -> io::Result<()> {
    let tasks: Vec<(&str, &Programme)> = site
        .config
        .languages
        .iter()
        .flat_map(|lang| which.iter().map(move |&pi| (lang.as_str(), &site.programmes[pi])))
        .collect();
    let parts: Vec<(&str, Links)> = tasks
        .par_iter()
        .map(|&(lang, p)| programme_files(site, sink, lang, p).map(|links| (lang, links)))
        .collect::<io::Result<_>>()?;
    let slugs: Vec<&str> = which.iter().map(|&pi| site.programmes[pi].slug.as_str()).collect();
    out.downloads.retain(|(_, scope), _| !scope.programme().is_some_and(|slug| slugs.contains(&slug)));
    for (lang, links) in parts {
        for (scope, list) in links {
            out.downloads.insert((lang.to_string(), scope), list);
        }
    }
    Ok(())
}

/// Every data file path of one programme in every language (what it leaves
/// behind when its reports or indicators go).
pub fn programme_paths(site: &Site, p: &Programme) -> Vec<String> {
    let mut scopes = vec![Scope::Programme(p.slug.clone())];
    scopes.extend(p.reports.iter().map(|r| Scope::Report(p.slug.clone(), r.year)));
    scopes.extend(p.indicators.iter().map(|i| Scope::Indicator(p.slug.clone(), i.id.clone())));
    let mut paths = Vec::new();
    for lang in &site.config.languages {
        for scope in &scopes {
            paths.push(csv_path(lang, scope));
            paths.push(json_path(lang, scope));
        }
    }
    paths
}

impl Scope {
    /// The programme the files are about; `None` for the whole site.
    pub fn programme(&self) -> Option<&str> {
        match self {
            Scope::Site => None,
            Scope::Programme(p) | Scope::Report(p, _) | Scope::Indicator(p, _) => Some(p),
        }
    }
}

/// Download links by what they are about.
type Links = Vec<(Scope, Vec<Download>)>;

/// One programme's files in `lang`: the whole programme, each report, each
/// indicator; their download links.
fn programme_files(site: &Site, sink: &dyn Sink, lang: &str, p: &Programme) -> io::Result<Links> {
    let rows = rows::programme_rows(p, lang, site.default_lang());
    let mut links = Vec::new();
    let scope = Scope::Programme(p.slug.clone());
    links.push((scope.clone(), add(sink, lang, &scope, &rows)?));
    for report in &p.reports {
        let year_rows: Vec<&Row> = rows.iter().filter(|r| r.year == report.year).collect();
        let scope = Scope::Report(p.slug.clone(), report.year);
        links.push((scope.clone(), add(sink, lang, &scope, &year_rows)?));
    }
    for ind in &p.indicators {
        let ind_rows: Vec<&Row> = rows.iter().filter(|r| r.indicator_id == ind.id).collect();
        let scope = Scope::Indicator(p.slug.clone(), ind.id.clone());
        links.push((scope.clone(), add(sink, lang, &scope, &ind_rows)?));
    }
    Ok(links)
}

/// The site-wide CSV and JSON and the data package of every language (the
/// package lists each programme's and report's CSV with its size, from `out`);
/// their links and sizes go into `out`.
pub fn write_site(site: &Site, strings: &UiStrings, sink: &dyn Sink, out: &mut DataFiles) -> io::Result<()> {
    let done: Vec<(String, Vec<Download>, usize)> = site
        .config
        .languages
        .par_iter()
        .map(|lang| site_files(site, strings, sink, lang, out).map(|(links, bytes)| (lang.clone(), links, bytes)))
        .collect::<io::Result<_>>()?;
    for (lang, links, package_bytes) in done {
        out.downloads.insert((lang.clone(), Scope::Site), links);
        out.packages.insert(lang, package_bytes);
    }
    Ok(())
}

/// A programme's data file, read back from the sink.
fn read_part(sink: &dyn Sink, path: &str) -> io::Result<Vec<u8>> {
    sink.read_back(path).unwrap_or_else(|| Err(io::Error::other(format!("{path} cannot be read back"))))
}

/// The package's licence: the site's licence id and address when it names
/// one; the terms (the same words as on the data page) as its title; without
/// an address, the data page (beside datapackage.json), where they are written.
fn license(site: &Site, strings: &UiStrings, lang: &str) -> License {
    let open = &site.config.open_data;
    let page = match &site.config.base_url {
        Some(base) => crate::render::urls::absolute(base, &crate::render::urls::data(lang)),
        None => "index.html".to_string(),
    };
    License {
        name: open.licence.clone(),
        path: open.licence_url.clone().unwrap_or(page),
        title: terms(&site.config, strings, lang).text,
    }
}

/// The site-wide files of `lang`; the site's download links and the package's size.
fn site_files(
    site: &Site,
    strings: &UiStrings,
    sink: &dyn Sink,
    lang: &str,
    data: &DataFiles,
) -> io::Result<(Vec<Download>, usize)> {
    let fallback = site.default_lang();
    let chunks = || site.programmes.iter().map(|p| rows::programme_rows(p, lang, fallback));
    // The site's rows are the programmes' rows one after another: when the
    // sink can read the programmes' files back, their bytes are joined
    // instead of formatted again (byte for byte the same; see the tests).
    let parts = |format: &str| -> Vec<String> {
        let path = if format == "csv" { csv_path } else { json_path };
        site.programmes.iter().map(|p| path(lang, &Scope::Programme(p.slug.clone()))).collect()
    };
    let joined = site
        .programmes
        .first()
        .is_some_and(|p| sink.read_back(&csv_path(lang, &Scope::Programme(p.slug.clone()))).is_some_and(|r| r.is_ok()));
    // When the sink knows every part's digest (serve, `build --watch`), the
    // site's file is planned from the parts' lengths and identified by their
    // digests: nothing is read back nor digested, and an unchanged file is
    // not written (see `Sink::put_pieces`).
    let planned = |format: &str| -> Option<(Vec<Piece>, Digest)> {
        let parts: Vec<(String, u64)> =
            parts(format).into_iter().map(|p| sink.digest_of(&p).map(|d| (p, d.len))).collect::<Option<_>>()?;
        let pieces = if format == "csv" { table::csv_pieces(&parts)? } else { table::json_pieces(&parts)? };
        let digest = crate::output::joined_digest(&pieces, &|p| sink.digest_of(p))?;
        Some((pieces, digest))
    };
    let (csv_bytes, json_bytes) = crate::timings::timed("site CSV and JSON", || {
        rayon::join(
            || {
                if let Some((pieces, digest)) = planned("csv") {
                    return sink.put_pieces(csv_path(lang, &Scope::Site), &pieces, digest);
                }
                sink.put_with(csv_path(lang, &Scope::Site), &mut |w| match joined {
                    true => table::csv_join(w, parts("csv").iter().map(|p| read_part(sink, p))),
                    false => table::csv_to(w, chunks()),
                })
            },
            || {
                if let Some((pieces, digest)) = planned("json") {
                    return sink.put_pieces(json_path(lang, &Scope::Site), &pieces, digest);
                }
                sink.put_with(json_path(lang, &Scope::Site), &mut |w| match joined {
                    true => table::json_join(w, parts("json").iter().map(|p| read_part(sink, p))),
                    false => table::json_to(w, chunks()),
                })
            },
        )
    });
    let links = vec![
        Download { path: csv_path(lang, &Scope::Site), format: "CSV".into(), bytes: csv_bytes? as usize },
        Download { path: json_path(lang, &Scope::Site), format: "JSON".into(), bytes: json_bytes? as usize },
    ];

    let schema = package::schema(lang, strings);
    let resource = |name: String, scope: &Scope, title: String| {
        let path = csv_path(lang, scope)[data_dir(lang).len() + 1..].to_string();
        let bytes = data.for_scope(lang, scope).first().map_or(0, |d| d.bytes);
        Resource::csv(name, path, title, bytes, &schema)
    };
    let mut list = vec![Resource::csv(
        "site".into(),
        "site.csv".into(),
        strings.get(lang, "data.resource_site"),
        links[0].bytes,
        &schema,
    )];
    for p in &site.programmes {
        let name = p.name.get(lang, fallback);
        let title = strings.fill(lang, "data.resource_programme", &[("programme", name)]);
        list.push(resource(format!("programme.{}", p.slug), &Scope::Programme(p.slug.clone()), title));
        for report in &p.reports {
            let year = report.year.to_string();
            let title = strings.fill(lang, "data.resource_report", &[("programme", name), ("year", &year)]);
            list.push(resource(
                format!("report.{}.{year}", p.slug),
                &Scope::Report(p.slug.clone(), report.year),
                title,
            ));
            let key = (lang.to_string(), p.slug.clone(), report.year);
            for d in data.documents.get(&key).into_iter().flatten() {
                let (kind, key) = match d.format.as_str() {
                    "PDF" => ("pdf", "document.resource_pdf"),
                    _ => ("html", "document.resource_html"),
                };
                let title = strings.fill(lang, key, &[("programme", name), ("year", &year)]);
                let path = d.path[data_dir(lang).len() + 1..].to_string();
                list.push(Resource::document(format!("report.{}.{year}.{kind}", p.slug), path, title, kind, d.bytes));
            }
        }
    }
    let title = site.config.title.get(lang, fallback);
    let package = Package {
        // The reports' PDFs and HTML files are not tables: with them the
        // package is a plain data package (its CSVs still say they are tables).
        profile: if list.iter().all(|r| r.schema.is_some()) { "tabular-data-package" } else { "data-package" },
        name: format!("{}-{lang}", slugify(site.config.title.get(fallback, fallback))),
        title: title.to_string(),
        description: strings.fill(lang, "data.package_description", &[("site", title)]),
        homepage: site.config.base_url.as_ref().map(|b| format!("{}/{}/", b.trim_end_matches('/'), data_dir(lang))),
        contributors: vec![Contributor {
            title: site.config.organisation.name.get(lang, fallback).to_string(),
            role: "publisher",
        }],
        licenses: vec![license(site, strings, lang)],
        resources: list,
    };
    let package_bytes = crate::timings::timed("data package", || {
        sink.put_with(datapackage_path(lang), &mut |w| package::to_writer(w, &package))
    })?;
    Ok((links, package_bytes as usize))
}
