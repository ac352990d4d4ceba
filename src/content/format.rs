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
    pub operator: Spanned<TextIn>,
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
    pub task_term: Option<Spanned<TextIn>>,
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
    pub number: Spanned<String>,
    pub name: Spanned<TextIn>,
    #[serde(default)]
    pub directions: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub tasks: Vec<Spanned<TaskIn>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskIn {
    pub name: Spanned<TextIn>,
    #[serde(default)]
    pub forms: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub implementers: Option<Spanned<TextListIn>>,
    #[serde(default)]
    pub schedule: Option<Spanned<TextIn>>,
    #[serde(default)]
    pub indicators: Vec<Spanned<String>>,
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

/// One `[values.<indicator-id>]` table. Exactly one of `value`, `missing` and
/// `text` must be given; `parts` goes with `value` (the total).
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartIn {
    pub name: Spanned<TextIn>,
    pub value: Spanned<toml::Value>,
}

/// TOML front matter of a Markdown file, between `+++` lines.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    #[serde(default)]
    pub title: Option<String>,
}
