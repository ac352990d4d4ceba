//! What the law asks of the published content, read and checked in one place:
//! the accessibility statement (`[accessibility]` in jawnik.toml: the act of
//! 4 April 2019 on the digital accessibility of public bodies' websites, and the
//! ministry's "Warunki techniczne publikacji oraz struktura dokumentu
//! elektronicznego deklaracji dostępności", version 2.0 of 31 July 2024), its
//! yearly review, and each report's BIP record: its metryczka and the link to
//! the document as published.
//!
//! Every warning these checks give is written here, once, with its hint. The
//! pages never depend on today's date: only [`review_overdue`] looks at it, and
//! it only warns.

use toml::Spanned;

use crate::content::format::{AccessibilityIn, NonCompliantIn, ReportFile, TextIn};
use crate::content::load::CONFIG_FILE;
use crate::content::model::{
    AccessibilityStatement, Assessment, ComplianceStatus, MobileApp, NonCompliant, NonCompliantReason, PartialDate,
};
use crate::content::source::FileCtx;
use crate::diagnostics::{closest, Diagnostic};

/// Reads `[accessibility]` (`a` is `None` when the table is missing) and warns
/// about everything the statement must say but the table leaves out.
/// `has_address` tells whether `base_url` gives the address of the site the
/// statement is about.
pub fn statement(ctx: &mut FileCtx, a: Option<&Spanned<AccessibilityIn>>, has_address: bool) -> AccessibilityStatement {
    let mut out = AccessibilityStatement::default();
    let Some(a) = a else {
        ctx.diags.push(
            Diagnostic::warning(CONFIG_FILE, msg!("accessibility-missing")).hint(msg!("accessibility-missing-hint")),
        );
        if !has_address {
            no_address(ctx, None);
        }
        return out;
    };
    let span = a.span();
    let a = a.get_ref();
    out.status = a.status.as_ref().and_then(|s| {
        let status = match s.get_ref().as_str() {
            "full" => ComplianceStatus::Full,
            "partial" => ComplianceStatus::Partial,
            "none" => ComplianceStatus::None,
            other => return unknown_word(ctx, s.span(), "status", other, &["full", "partial", "none"]),
        };
        Some(status)
    });
    out.non_compliant = a.non_compliant.iter().filter_map(|item| non_compliant(ctx, item)).collect();
    out.burden_analysis_url =
        a.burden_analysis_url.as_ref().and_then(|u| ctx.web_address(u, "accessibility.burden_analysis_url"));
    let mut date = |v: &Option<Spanned<toml::Value>>, key: &str| v.as_ref().and_then(|v| whole_day(ctx, v, key));
    out.published_on = date(&a.published_on, "published_on");
    out.updated_on = date(&a.updated_on, "updated_on");
    out.prepared_on = date(&a.prepared_on, "prepared_on");
    out.reviewed_on = date(&a.reviewed_on, "reviewed_on");
    out.assessment = a.assessment.as_ref().and_then(|s| {
        let assessment = match s.get_ref().as_str() {
            "self-assessment" => Assessment::SelfAssessment,
            "audit" => Assessment::Audit,
            other => {
                return unknown_word(ctx, s.span(), "assessment", other, &["self-assessment", "audit"]);
            }
        };
        Some(assessment)
    });
    out.auditor = a.auditor.as_ref().map(|s| s.get_ref().trim().to_string()).filter(|s| !s.is_empty());
    out.contact_person = a.contact_person.clone().filter(|s| !s.trim().is_empty());
    out.email = a.email.clone().filter(|s| !s.trim().is_empty());
    out.phone = a.phone.clone().filter(|s| !s.trim().is_empty());
    let mut text = |t: &Option<Spanned<TextIn>>, key: &str| t.as_ref().map(|t| ctx.text(t, key)).unwrap_or_default();
    out.architectural = text(&a.architectural, "accessibility.architectural");
    out.communication = text(&a.communication, "accessibility.communication");
    out.architectural_url =
        a.architectural_url.as_ref().and_then(|u| ctx.web_address(u, "accessibility.architectural_url"));
    out.mobile_apps = a
        .mobile_apps
        .iter()
        .filter_map(|app| {
            let app = app.get_ref();
            let url = ctx.web_address(&app.url, "url")?;
            Some(MobileApp { name: app.name.get_ref().trim().to_string(), url })
        })
        .collect();

    if !has_address {
        no_address(ctx, Some(span.clone()));
    }
    let required: [(&str, bool); 10] = [
        ("status", a.status.is_some()),
        ("published_on", a.published_on.is_some()),
        ("updated_on", a.updated_on.is_some()),
        ("prepared_on", a.prepared_on.is_some()),
        ("assessment", a.assessment.is_some()),
        ("contact_person", out.contact_person.is_some()),
        ("email", out.email.is_some()),
        ("phone", out.phone.is_some()),
        ("architectural", a.architectural.is_some()),
        ("communication", a.communication.is_some()),
    ];
    let mut absent: Vec<&str> = required.iter().filter(|(_, given)| !given).map(|(k, _)| *k).collect();
    if out.assessment == Some(Assessment::Audit) && out.auditor.is_none() {
        absent.push("auditor");
    }
    if !absent.is_empty() {
        ctx.warn_at(
            span.clone(),
            msg!("accessibility-lacks", keys = absent.join(", ")),
            msg!("accessibility-lacks-hint"),
        );
    }
    // An item with an error is left out of the list, but it was listed.
    let listed = !a.non_compliant.is_empty();
    match out.status {
        Some(ComplianceStatus::Partial | ComplianceStatus::None) if !listed => {
            ctx.warn_at(span.clone(), msg!("accessibility-partial-empty"), msg!("accessibility-partial-empty-hint"))
        }
        Some(ComplianceStatus::Full) if listed => {
            ctx.warn_at(span.clone(), msg!("accessibility-full-listed"), msg!("accessibility-full-listed-hint"))
        }
        _ => {}
    }
    let burden = out.non_compliant.iter().any(|n| n.reason == NonCompliantReason::DisproportionateBurden);
    if burden && a.burden_analysis_url.is_none() {
        ctx.warn_at(span.clone(), msg!("accessibility-burden"), msg!("accessibility-burden-hint"));
    }
    if let (Some(prepared), Some(reviewed)) = (out.prepared_on, out.reviewed_on) {
        if reviewed < prepared {
            let at = a.reviewed_on.as_ref().map_or(span, Spanned::span);
            ctx.warn_at(
                at,
                msg!("accessibility-review-early", reviewed = reviewed.to_string(), prepared = prepared.to_string()),
                msg!("accessibility-review-early-hint"),
            );
        }
    }
    out
}

/// The warning for a statement whose site has no address (`base_url`).
fn no_address(ctx: &mut FileCtx, at: Option<std::ops::Range<usize>>) {
    let message = msg!("accessibility-no-address");
    let hint = msg!("accessibility-no-address-hint");
    match at {
        Some(span) => ctx.warn_at(span, message, hint),
        None => ctx.diags.push(Diagnostic::warning(CONFIG_FILE, message).hint(hint)),
    }
}

/// An error for a word that is not one of `allowed`; always `None`. `what`
/// names the key: `status`, `assessment` or `reason` (a selector of the
/// catalogue's `unknown-word`).
fn unknown_word<T>(
    ctx: &mut FileCtx,
    span: std::ops::Range<usize>,
    what: &str,
    word: &str,
    allowed: &[&str],
) -> Option<T> {
    let hint = match closest(word, allowed.iter().copied()) {
        Some(best) => msg!("did-you-mean-quoted", name = best),
        None => {
            let quoted: Vec<String> = allowed.iter().map(|w| format!("\"{w}\"")).collect();
            msg!("write-one-of", words = quoted.join(", "))
        }
    };
    ctx.error_at(span, msg!("unknown-word", what = what, word = word), hint);
    None
}

/// A statement date: the template writes each as a whole day (YYYY-MM-DD).
fn whole_day(ctx: &mut FileCtx, v: &Spanned<toml::Value>, key: &str) -> Option<PartialDate> {
    let key = format!("accessibility.{key}");
    let d = ctx.date(v, &key)?;
    if d.is_full() {
        return Some(d);
    }
    ctx.error_at(v.span(), msg!("whole-date", key = &key), msg!("whole-date-hint"));
    None
}

fn non_compliant(ctx: &mut FileCtx, item: &Spanned<NonCompliantIn>) -> Option<NonCompliant> {
    let item = item.get_ref();
    let content = ctx.text(&item.content, "content");
    let alternative = item.alternative.as_ref().map(|t| ctx.text(t, "alternative")).unwrap_or_default();
    let reason = match item.reason.get_ref().as_str() {
        "non-compliant" => NonCompliantReason::NonCompliant,
        "disproportionate-burden" => NonCompliantReason::DisproportionateBurden,
        "out-of-scope" => NonCompliantReason::OutOfScope,
        other => {
            let allowed = ["non-compliant", "disproportionate-burden", "out-of-scope"];
            return unknown_word(ctx, item.reason.span(), "reason", other, &allowed);
        }
    };
    Some(NonCompliant { content, reason, alternative })
}

/// The warning for a statement whose yearly review is overdue on `today`.
///
/// The act requires a review and update of the statement by 31 March every
/// year. So from 1 April of a year on, the statement is overdue when its last
/// review (`reviewed_on`, or `prepared_on` before the first review) is dated
/// before 1 January of that year; from 1 January to 31 March, when it is dated
/// before 1 January of the year before (last year's review was missed). `today`
/// comes from the clock (or `SOURCE_DATE_EPOCH`): the warning depends on it, the
/// pages never do.
pub fn review_overdue(s: &AccessibilityStatement, today: PartialDate) -> Option<Diagnostic> {
    let last = s.last_review()?;
    let deadline_year = if (today.month, today.day) >= (Some(4), Some(1)) { today.year } else { today.year - 1 };
    if last >= PartialDate::day(deadline_year, 1, 1) {
        return None;
    }
    let reviewed = if s.reviewed_on.is_some() { "reviewed" } else { "prepared" };
    Some(
        Diagnostic::warning(
            CONFIG_FILE,
            msg!("accessibility-review-due", when = reviewed, last = last.to_string(), year = deadline_year),
        )
        .hint(msg!("accessibility-review-due-hint", today = today.to_string())),
    )
}

/// Warnings for a report whose BIP record is incomplete: no metryczka
/// (`[metadata]`), or no link to the document as published (`[document]` with
/// its `url`).
pub fn report_record(ctx: &mut FileCtx, file: &ReportFile) {
    let metadata_given = file.metadata.as_ref().is_some_and(|m| {
        let m = m.get_ref();
        m.prepared_by.is_some()
            || m.prepared_on.is_some()
            || m.approved_by.is_some()
            || m.approved_on.is_some()
            || m.published_by.is_some()
            || m.published_on.is_some()
            || m.entered_by.is_some()
            || m.entered_on.is_some()
    });
    if !metadata_given {
        let message = msg!("report-no-metryczka");
        let hint = msg!("report-no-metryczka-hint");
        match &file.metadata {
            Some(m) => ctx.warn_at(m.span(), message, hint),
            None => ctx.diags.push(Diagnostic::warning(&ctx.path, message).hint(hint)),
        }
    }
    match &file.document {
        None => ctx
            .diags
            .push(Diagnostic::warning(&ctx.path, msg!("report-no-document")).hint(msg!("report-no-document-hint"))),
        Some(d) if d.get_ref().url.is_none() => {
            ctx.warn_at(d.span(), msg!("report-document-no-url"), msg!("report-document-no-url-hint"))
        }
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reviewed(on: &str) -> AccessibilityStatement {
        AccessibilityStatement { reviewed_on: PartialDate::parse(on), ..Default::default() }
    }

    #[test]
    fn the_yearly_review_is_due_by_31_march() {
        let day = |s: &str| PartialDate::parse(s).unwrap();
        // Reviewed in March 2025: fine through 31 March 2026, overdue from 1 April 2026.
        let s = reviewed("2025-03-20");
        assert!(review_overdue(&s, day("2025-03-20")).is_none());
        assert!(review_overdue(&s, day("2026-03-31")).is_none());
        let d = review_overdue(&s, day("2026-04-01")).expect("overdue");
        assert_eq!(
            d.message,
            "the accessibility statement was last reviewed on 2025-03-20: the review due by 31 March 2026 is missing"
        );
        // A review late in the year counts for that year only.
        assert!(review_overdue(&reviewed("2025-12-15"), day("2026-03-31")).is_none());
        assert!(review_overdue(&reviewed("2025-12-15"), day("2026-04-01")).is_some());
        // In January, a statement last reviewed two years ago missed last year's review.
        assert!(review_overdue(&reviewed("2024-06-01"), day("2026-01-10")).is_some());
        assert!(review_overdue(&reviewed("2025-01-01"), day("2026-01-10")).is_none());
        // Never reviewed: the preparation date counts; no date at all is another warning.
        let prepared = AccessibilityStatement { prepared_on: PartialDate::parse("2024-01-15"), ..Default::default() };
        let d = review_overdue(&prepared, day("2026-11-30")).unwrap();
        assert_eq!(
            d.message,
            "the accessibility statement was prepared on 2024-01-15 and has not been reviewed since: the review due \
             by 31 March 2026 is missing"
        );
        assert!(review_overdue(&AccessibilityStatement::default(), day("2026-11-30")).is_none());
    }
}
