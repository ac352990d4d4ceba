//! The accessibility statement page required of public bodies' websites
//! (`accessibility.html`, context key `statement`): `[accessibility]` of the
//! site's config, with what the template needs beside it (the site's address,
//! the inaccessible content grouped by reason, and, on a translation, the
//! Polish original). Its fixed texts are the theme's `statement.*` strings; its
//! structure and element ids are the template's (see `content::legal` for the
//! ministry's document they follow).

use serde::Serialize;

use crate::content::{AccessibilityStatement, ComplianceStatus, NonCompliant, NonCompliantReason};
use crate::render::urls;

use super::{Crumb, Shared};

/// The language of the binding statement: the template is a Polish one.
const ORIGINAL_LANG: &str = "pl";

/// Titled with the UI string `page.accessibility_title`; the way here is home →
/// statement.
pub(super) fn title_and_crumbs(s: &Shared, lang: &str) -> (String, Vec<Crumb>) {
    s.site_page("page.accessibility_title", urls::accessibility(lang), lang)
}

#[derive(Serialize)]
pub(super) struct StatementView<'a> {
    #[serde(flatten)]
    statement: &'a AccessibilityStatement,
    /// The address of the site the statement is about (`base_url`), if known.
    url: Option<&'a str>,
    /// The inaccessible content by reason, in the template's order; empty
    /// groups are left out.
    groups: Vec<Group<'a>>,
    /// Whether the section on inaccessible content is shown: whenever the site
    /// is said not to be fully compliant (saying so when the list is missing).
    inaccessible_section: bool,
    /// The Polish statement, when this page is its translation.
    original: Option<String>,
}

#[derive(Serialize)]
pub(super) struct Group<'a> {
    /// `non-compliant`, `disproportionate-burden` or `out-of-scope`: the
    /// heading is the string `statement.reason_<reason with _>`.
    reason: &'static str,
    items: Vec<&'a NonCompliant>,
}

pub(super) fn view<'a>(s: &Shared<'a>, lang: &str) -> StatementView<'a> {
    let config = &s.site.config;
    let statement = &config.accessibility;
    let groups = [
        (NonCompliantReason::NonCompliant, "non_compliant"),
        (NonCompliantReason::DisproportionateBurden, "disproportionate_burden"),
        (NonCompliantReason::OutOfScope, "out_of_scope"),
    ]
    .into_iter()
    .map(|(reason, key)| Group {
        reason: key,
        items: statement.non_compliant.iter().filter(|n| n.reason == reason).collect(),
    })
    .filter(|g| !g.items.is_empty())
    .collect();
    let not_compliant = matches!(statement.status, Some(ComplianceStatus::Partial | ComplianceStatus::None));
    let original = (lang != ORIGINAL_LANG && config.languages.iter().any(|l| l == ORIGINAL_LANG))
        .then(|| urls::accessibility(ORIGINAL_LANG));
    StatementView {
        statement,
        url: config.base_url.as_deref(),
        groups,
        inaccessible_section: not_compliant || !statement.non_compliant.is_empty(),
        original,
    }
}
