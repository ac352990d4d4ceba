//! The accessibility statement page required of public bodies' websites
//! (`accessibility.html`, context key `statement`: `[accessibility]` of the
//! site's config as it is).

use crate::content::AccessibilityStatement;
use crate::render::urls;

use super::{Crumb, Shared};

/// Titled with the UI string `page.accessibility_title`; the way here is home →
/// statement.
pub(super) fn title_and_crumbs(s: &Shared, lang: &str) -> (String, Vec<Crumb>) {
    s.site_page("page.accessibility_title", urls::accessibility(lang), lang)
}

/// The statement as the site's config gives it; the template says what is missing.
pub(super) fn view<'a>(s: &Shared<'a>) -> &'a AccessibilityStatement {
    &s.site.config.accessibility
}
