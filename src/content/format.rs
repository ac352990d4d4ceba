//! The content files as written by hand: serde structs mirroring the TOML exactly.
//!
//! These keep the source spans the validator needs for `file:line:col` messages
//! and are turned into the clean [`model`](super::model) by `load`. Every table
//! denies unknown keys so that a typo is an error with a suggestion, not silence.
//! `docs/content-format.md` documents the same shapes for the people writing them.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

/// A translatable string: either one plain string (taken as the default language)
/// or a table of languages (`name.pl = "…"`, `name.en = "…"`).
#[derive(Clone, Debug, PartialEq)]
pub enum TextIn {
    Plain(String),
    Langs(BTreeMap<String, String>),
}

impl<'de> Deserialize<'de> for TextIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TextIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text in quotes, or one text per language (pl = \"…\", en = \"…\")")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<TextIn, E> {
                Ok(TextIn::Plain(s.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TextIn, A::Error> {
                let mut langs = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    langs.insert(k, v);
                }
                Ok(TextIn::Langs(langs))
            }
        }
        d.deserialize_any(V)
    }
}

/// A translatable list: one plain list (default language) or a list per language
/// (`forms.pl = ["…", "…"]`, `forms.en = ["…", "…"]`).
#[derive(Clone, Debug, PartialEq)]
pub enum TextListIn {
    Plain(Vec<String>),
    Langs(BTreeMap<String, Vec<String>>),
}

impl<'de> Deserialize<'de> for TextListIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TextListIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of texts [\"…\", \"…\"], or one list per language (pl = [\"…\"], en = [\"…\"])")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TextListIn, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<String>()? {
                    items.push(item);
                }
                Ok(TextListIn::Plain(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TextListIn, A::Error> {
                let mut langs = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, Vec<String>>()? {
                    langs.insert(k, v);
                }
                Ok(TextListIn::Langs(langs))
            }
        }
        d.deserialize_any(V)
    }
}

/// `jawnik.toml` at the site root.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    pub title: Spanned<TextIn>,
    #[serde(default)]
    pub description: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub languages: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub base_url: Option<Spanned<String>>,
    #[serde(default)]
    pub bip_url: Option<Spanned<String>>,
    #[serde(default)]
    pub theme: Option<Spanned<String>>,
    pub organisation: Spanned<OrganisationIn>,
    #[serde(default)]
    pub accessibility: Option<Spanned<AccessibilityIn>>,
    #[serde(default)]
    pub open_data: Option<Spanned<OpenDataIn>>,
    #[serde(default)]
    pub attachments: Option<AttachmentsIn>,
}

/// `[attachments]`: which files of each report to make (both by default).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachmentsIn {
    /// The accessible PDF of each report.
    #[serde(default)]
    pub pdf: Option<bool>,
    /// The single self-contained HTML file of each report.
    #[serde(default)]
    pub html: Option<bool>,
}

/// `[open_data]`: the terms of re-use of the data files.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenDataIn {
    /// The licence / terms of re-use line, per language.
    #[serde(default)]
    pub terms: Option<Spanned<TextIn>>,
    /// A licence's identifier (SPDX / Open Definition), e.g. "CC-BY-4.0".
    #[serde(default)]
    pub licence: Option<Spanned<String>>,
    /// The licence's full text on the web.
    #[serde(default)]
    pub licence_url: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationIn {
    pub name: Spanned<TextIn>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub website: Option<Spanned<String>>,
}

/// `[accessibility]`: the data of the accessibility statement (see
/// `content::legal`, which reads and checks it).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessibilityIn {
    #[serde(default)]
    pub status: Option<Spanned<String>>,
    /// `[[accessibility.non_compliant]]`: content that is not accessible.
    #[serde(default)]
    pub non_compliant: Vec<Spanned<NonCompliantIn>>,
    #[serde(default)]
    pub burden_analysis_url: Option<Spanned<String>>,
    #[serde(default)]
    pub published_on: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub updated_on: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub prepared_on: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub reviewed_on: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub assessment: Option<Spanned<String>>,
    #[serde(default)]
    pub auditor: Option<Spanned<String>>,
    #[serde(default)]
    pub contact_person: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub architectural: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub architectural_url: Option<Spanned<String>>,
    #[serde(default)]
    pub communication: Option<Spanned<TextIn>>,
    /// `[[accessibility.mobile_apps]]`: the body's mobile applications.
    #[serde(default)]
    pub mobile_apps: Vec<Spanned<MobileAppIn>>,
}

/// One `[[accessibility.non_compliant]]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NonCompliantIn {
    pub content: Spanned<TextIn>,
    pub reason: Spanned<String>,
    #[serde(default)]
    pub alternative: Option<Spanned<TextIn>>,
}

/// One `[[accessibility.mobile_apps]]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MobileAppIn {
    pub name: Spanned<String>,
    pub url: Spanned<String>,
}

/// `content/<programme>/programme.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeFile {
    pub name: Spanned<TextIn>,
    #[serde(default)]
    pub short_name: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub operator: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub coordinator: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub headline: Vec<Spanned<String>>,
    #[serde(default)]
    pub indicators: Vec<Spanned<IndicatorIn>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorIn {
    pub id: Spanned<String>,
    pub name: Spanned<TextIn>,
    #[serde(default)]
    pub unit: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    #[serde(default)]
    pub description: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub target: Option<Spanned<TargetIn>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetIn {
    pub value: Spanned<toml::Value>,
    #[serde(default)]
    pub year: Option<Spanned<i64>>,
    #[serde(default)]
    pub note: Option<Spanned<TextIn>>,
}

/// `content/<programme>/edition-START-END.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionFile {
    pub start: Spanned<i64>,
    pub end: Spanned<i64>,
    #[serde(default)]
    pub name: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub strategic_goal: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub goal_term: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub direction_term: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub task_term: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub implementers: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub partners: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub resolutions: Vec<Spanned<ResolutionIn>>,
    #[serde(default)]
    pub goals: Vec<Spanned<GoalIn>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResolutionIn {
    pub number: Spanned<String>,
    pub date: Spanned<toml::Value>,
    pub body: Spanned<TextIn>,
    #[serde(default)]
    pub title: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub url: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalIn {
    #[serde(default)]
    pub number: Option<Spanned<PrintedNumber>>,
    pub name: Spanned<TextIn>,
    #[serde(default)]
    pub objective: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub directions: Option<Spanned<DirectionsIn>>,
    #[serde(default)]
    pub implementers: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub partners: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub tasks: Vec<Spanned<TaskIn>>,
}

/// A number as printed ("I", "1.2", "3."): written in quotes, or as a whole
/// number (`number = 3` is "3"). A decimal (`number = 1.10`) is refused: it
/// would lose the printed form ("1.1").
#[derive(Clone, Debug, PartialEq)]
pub struct PrintedNumber(pub String);

impl<'de> Deserialize<'de> for PrintedNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = PrintedNumber;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number as printed, in quotes (\"1.2\", \"IV\")")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<PrintedNumber, E> {
                Ok(PrintedNumber(s.to_string()))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<PrintedNumber, E> {
                Ok(PrintedNumber(n.to_string()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<PrintedNumber, E> {
                Ok(PrintedNumber(n.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// A goal's `directions`: the names of its directions of action as a list
/// (`directions.pl = ["…", "…"]`), or directions with tasks of their own, one
/// `[[goals.directions]]` table each.
#[derive(Debug)]
pub enum DirectionsIn {
    Names(TextListIn),
    WithTasks(Vec<DirectionIn>),
}

impl<'de> Deserialize<'de> for DirectionsIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// One item of a `directions` list: a name, or a direction table.
        enum Item {
            Name(String),
            Table(DirectionIn),
        }
        impl<'de> Deserialize<'de> for Item {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = Item;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str("a text in quotes, or a [[goals.directions]] table")
                    }
                    fn visit_str<E: de::Error>(self, s: &str) -> Result<Item, E> {
                        Ok(Item::Name(s.to_string()))
                    }
                    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Item, A::Error> {
                        DirectionIn::deserialize(de::value::MapAccessDeserializer::new(map)).map(Item::Table)
                    }
                }
                d.deserialize_any(V)
            }
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DirectionsIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a list of texts [\"…\", \"…\"], or one list per language (pl = [\"…\"], en = [\"…\"]), \
                     or [[goals.directions]] tables",
                )
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<DirectionsIn, A::Error> {
                let (mut names, mut tables) = (Vec::new(), Vec::new());
                while let Some(item) = seq.next_element::<Item>()? {
                    match item {
                        Item::Name(n) => names.push(n),
                        Item::Table(t) => tables.push(t),
                    }
                }
                match (names.is_empty(), tables.is_empty()) {
                    (_, true) => Ok(DirectionsIn::Names(TextListIn::Plain(names))),
                    (true, false) => Ok(DirectionsIn::WithTasks(tables)),
                    (false, false) => {
                        Err(de::Error::custom("`directions` mixes names and [[goals.directions]] tables: use one form"))
                    }
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DirectionsIn, A::Error> {
                let mut langs = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, Vec<String>>()? {
                    langs.insert(k, v);
                }
                Ok(DirectionsIn::Names(TextListIn::Langs(langs)))
            }
        }
        d.deserialize_any(V)
    }
}

/// `[[goals.directions]]`: a direction of action with tasks of its own.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectionIn {
    #[serde(default)]
    pub number: Option<Spanned<PrintedNumber>>,
    pub name: Spanned<TextIn>,
    #[serde(default)]
    pub implementers: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub partners: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub tasks: Vec<Spanned<TaskIn>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskIn {
    #[serde(default)]
    pub id: Option<Spanned<String>>,
    #[serde(default)]
    pub number: Option<Spanned<PrintedNumber>>,
    pub name: Spanned<TextIn>,
    #[serde(default)]
    pub forms: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub implementers: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub partners: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub schedule: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub indicators: Vec<Spanned<IndicatorRefIn>>,
}

/// One item of a task's `indicators`: the id alone, or the id with the
/// number the report prints before the indicator (`{ id = "…", number = "1" }`).
#[derive(Debug)]
pub struct IndicatorRefIn {
    pub id: String,
    /// The id's own place in the table form; the item's place is the caller's.
    pub id_span: Option<std::ops::Range<usize>>,
    pub number: Option<Spanned<PrintedNumber>>,
}

impl<'de> Deserialize<'de> for IndicatorRefIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Numbered {
            id: Spanned<String>,
            #[serde(default)]
            number: Option<Spanned<PrintedNumber>>,
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = IndicatorRefIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text in quotes (an indicator id), or { id = \"…\", number = \"…\" }")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<IndicatorRefIn, E> {
                Ok(IndicatorRefIn { id: s.to_string(), id_span: None, number: None })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<IndicatorRefIn, A::Error> {
                let n = Numbered::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(IndicatorRefIn { id_span: Some(n.id.span()), id: n.id.into_inner(), number: n.number })
            }
        }
        d.deserialize_any(V)
    }
}

/// `content/<programme>/YEAR.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportFile {
    pub year: Spanned<i64>,
    pub edition: Spanned<String>,
    pub title: Spanned<TextIn>,
    #[serde(default)]
    pub document: Option<Spanned<DocumentIn>>,
    #[serde(default)]
    pub metadata: Option<Spanned<MetadataIn>>,
    #[serde(default)]
    pub changes: Vec<Spanned<ChangeIn>>,
    #[serde(default)]
    pub values: BTreeMap<Spanned<String>, Spanned<ValueIn>>,
    #[serde(default)]
    pub tasks: BTreeMap<Spanned<String>, Spanned<TaskNoteIn>>,
}

/// `[tasks.<id or number>]` in a year file: what the report says in the
/// task's row that year besides its values.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskNoteIn {
    pub note: Spanned<TextIn>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentIn {
    pub title: Spanned<TextIn>,
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    #[serde(default)]
    pub format: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetadataIn {
    #[serde(default)]
    pub prepared_by: Option<String>,
    #[serde(default)]
    pub prepared_on: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub approved_by: Option<String>,
    #[serde(default)]
    pub approved_on: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub published_by: Option<String>,
    #[serde(default)]
    pub published_on: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub entered_by: Option<String>,
    #[serde(default)]
    pub entered_on: Option<Spanned<toml::Value>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeIn {
    pub date: Spanned<toml::Value>,
    pub description: Spanned<TextIn>,
    #[serde(default)]
    pub by: Option<String>,
}

/// One `[values.<indicator-id>]` table. Exactly one of `value`, `missing`,
/// `text` and `parts` must be given, except that `parts` may come with
/// `value` (the total the report prints).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueIn {
    #[serde(default)]
    pub value: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub missing: Option<Spanned<String>>,
    #[serde(default)]
    pub text: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub parts: Option<Spanned<Vec<Spanned<PartIn>>>>,
    #[serde(default)]
    pub note: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub label: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub implementers: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub period: Option<Spanned<TextIn>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartIn {
    pub name: Spanned<TextIn>,
    pub value: Spanned<toml::Value>,
    #[serde(default)]
    pub note: Option<Spanned<TextIn>>,
}

/// TOML front matter of a Markdown file, between `+++` lines.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    #[serde(default)]
    pub title: Option<String>,
}
