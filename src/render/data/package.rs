//! The Frictionless Data Package (`datapackage.json`, spec v1) describing one
//! language's CSV files, for open-data portals (dane.gov.pl, CKAN) and tools
//! (frictionless, pandas) that read column types from it.

use serde::Serialize;

use super::rows::COLUMNS;
use crate::content::SiteConfig;
use crate::render::strings::UiStrings;

#[derive(Serialize)]
pub struct Package<'a> {
    pub profile: &'static str,
    pub name: String,
    pub title: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    pub contributors: Vec<Contributor>,
    pub licenses: Vec<License>,
    pub resources: Vec<Resource<'a>>,
}

#[derive(Serialize)]
pub struct Contributor {
    pub title: String,
    pub role: &'static str,
}

/// A `licenses` entry: spec v1 wants a `name` (an Open Definition / SPDX id)
/// and/or a `path` (where the terms are written), and allows a `title`.
#[derive(Serialize)]
pub struct License {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub path: String,
    pub title: String,
}

/// The terms of re-use of the data files in one language.
#[derive(Clone, Debug)]
pub struct Terms {
    pub text: String,
    /// The language of `text` when the site's terms fall back to another one.
    pub lang: Option<String>,
    /// True when `text` is the site's own (`[open_data] terms`), not the theme's default.
    pub custom: bool,
}

/// The terms of re-use in `lang`: the site's own, else the theme's default
/// (`data.terms_default`, naming the organisation), which states the legal
/// basis (the act of 11 August 2021 on open data and the re-use of public
/// sector information) and its usual conditions.
pub fn terms(config: &SiteConfig, strings: &UiStrings, lang: &str) -> Terms {
    let fallback = config.default_lang();
    match config.open_data.terms.localized(lang, fallback) {
        Some(l) => Terms {
            text: l.text.to_string(),
            lang: (l.is_fallback && !l.lang.is_empty()).then(|| l.lang.to_string()),
            custom: true,
        },
        None => {
            let organisation = config.organisation.name.get(lang, fallback);
            Terms {
                text: strings.fill(lang, "data.terms_default", &[("organisation", organisation)]),
                lang: None,
                custom: false,
            }
        }
    }
}

#[derive(Serialize)]
pub struct Resource<'a> {
    pub profile: &'static str,
    pub name: String,
    /// Relative to the data package file.
    pub path: String,
    pub title: String,
    pub format: &'static str,
    pub mediatype: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<&'static str>,
    pub bytes: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dialect: Option<Dialect>,
    /// The same for every resource: borrowed, not copied thousands of times.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<&'a Schema>,
}

impl<'a> Resource<'a> {
    /// A CSV resource of the rows table.
    pub fn csv(name: String, path: String, title: String, bytes: usize, schema: &'a Schema) -> Resource<'a> {
        Resource {
            profile: "tabular-data-resource",
            name,
            path,
            title,
            format: "csv",
            mediatype: "text/csv",
            // The files start with a BOM; readers that follow the spec (and
            // frictionless) skip it under "utf-8".
            encoding: Some("utf-8"),
            bytes,
            dialect: Some(Dialect {
                delimiter: ",",
                line_terminator: "\r\n",
                quote_char: "\"",
                double_quote: true,
                header: true,
            }),
            schema: Some(schema),
        }
    }

    /// A report's PDF or single-file HTML (`kind`: "pdf", "html"): a plain
    /// data resource, not a table.
    pub fn document(name: String, path: String, title: String, kind: &'static str, bytes: usize) -> Resource<'a> {
        Resource {
            profile: "data-resource",
            name,
            path,
            title,
            format: kind,
            mediatype: if kind == "pdf" { "application/pdf" } else { "text/html" },
            encoding: (kind != "pdf").then_some("utf-8"),
            bytes,
            dialect: None,
            schema: None,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Dialect {
    pub delimiter: &'static str,
    pub line_terminator: &'static str,
    pub quote_char: &'static str,
    pub double_quote: bool,
    pub header: bool,
}

#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Schema {
    pub fields: Vec<Field>,
    pub missing_values: Vec<&'static str>,
}

#[derive(Clone, Serialize)]
pub struct Field {
    pub name: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constraints: Option<Constraints>,
}

#[derive(Clone, Serialize)]
pub struct Constraints {
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    #[serde(rename = "enum", skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<&'static str>,
}

/// The rows table's schema, field descriptions in `lang` (`data.field.*`).
pub fn schema(lang: &str, strings: &UiStrings) -> Schema {
    let fields = COLUMNS
        .iter()
        .map(|&name| {
            let kind = match name {
                "year" => "integer",
                "value" => "number",
                _ => "string",
            };
            let required = matches!(name, "programme_id" | "year" | "indicator_id" | "value_kind");
            let one_of = match name {
                "value_kind" => vec!["number", "missing", "text", "breakdown-total", "breakdown-part"],
                "missing_reason" => vec!["not-reported", "not-applicable", "no-report", "dash", "no-total"],
                _ => vec![],
            };
            let constraints = (required || !one_of.is_empty()).then_some(Constraints { required, one_of });
            Field { name, kind, description: strings.get(lang, &format!("data.field.{name}")), constraints }
        })
        .collect();
    Schema { fields, missing_values: vec![""] }
}

/// The package as pretty JSON.
pub fn to_writer(w: &mut dyn std::io::Write, p: &Package) -> std::io::Result<()> {
    // serde_json writes a few bytes at a time; each write to `w` goes through
    // the sink's digest and buffer (7.5 MB a language at 100 programmes), so
    // they are gathered here first.
    use std::io::Write as _;
    let mut w = std::io::BufWriter::with_capacity(1 << 16, w);
    serde_json::to_writer_pretty(&mut w, p).map_err(std::io::Error::other)?;
    w.write_all(b"\n")?;
    w.flush()
}
