//! The Frictionless Data Package (`datapackage.json`, spec v1) describing one
//! language's CSV files, for open-data portals (dane.gov.pl, CKAN) and tools
//! (frictionless, pandas) that read column types from it.

use serde::Serialize;

use super::rows::COLUMNS;
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
    pub resources: Vec<Resource<'a>>,
}

#[derive(Serialize)]
pub struct Contributor {
    pub title: String,
    pub role: &'static str,
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
    pub encoding: &'static str,
    pub bytes: usize,
    pub dialect: Dialect,
    /// The same for every resource: borrowed, not copied thousands of times.
    pub schema: &'a Schema,
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
            encoding: "utf-8",
            bytes,
            dialect: Dialect {
                delimiter: ",",
                line_terminator: "\r\n",
                quote_char: "\"",
                double_quote: true,
                header: true,
            },
            schema,
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
    serde_json::to_writer_pretty(&mut *w, p).map_err(std::io::Error::other)?;
    w.write_all(b"\n")
}
