//! Checks across the whole model, after every file has been read: things no single
//! file can know (overlapping editions, indicators nobody measures, values a
//! report forgot). It reads the model and never changes it.

use crate::content::model::*;
use crate::diagnostics::{Diagnostic, Diagnostics};

pub fn validate(site: &Site, diags: &mut Diagnostics) {
    for p in &site.programmes {
        validate_programme(p, diags);
    }
    // Raw HTML in Markdown (pasted from Word) fails the build; report it here too.
    crate::render::markdown::lint_site(site, diags);
}

/// The checks of one programme; [`validate`] runs it for each.
pub fn validate_programme(p: &Programme, diags: &mut Diagnostics) {
    let programme_file = p.dir.join("programme.toml");
    // A file with errors may have been left out of the model, or lost a part
    // (an unknown indicator id under a task): what follows from that is not
    // reported again, so its own error is the one the user sees.
    let has_errors = |is_kind: fn(&str) -> bool| {
        diags.items.iter().any(|d| {
            d.is_error()
                && d.path.parent() == Some(p.dir.as_path())
                && d.path.file_name().is_some_and(|n| is_kind(&n.to_string_lossy()))
        })
    };
    let edition_errors = has_errors(|name| name.starts_with("edition-"));
    let report_errors = has_errors(|name| matches!(super::load::classify(name), super::load::FileRole::Report { .. }));
    if p.editions.is_empty() && !edition_errors {
        diags.push(Diagnostic::error(&p.dir, msg!("programme-no-edition")).hint(msg!("programme-no-edition-hint")));
    }
    for pair in p.editions.windows(2) {
        if pair[1].start <= pair[0].end {
            diags.push(
                Diagnostic::error(
                    p.dir.join(format!("edition-{}.toml", pair[1].id)),
                    msg!("editions-overlap", first = &pair[0].id, second = &pair[1].id),
                )
                .hint(msg!("editions-overlap-hint")),
            );
        }
    }
    for ind in &p.indicators {
        let used = p.editions.iter().any(|e| e.tasks().any(|t| t.indicators.contains(&ind.id)));
        if !used && !p.editions.is_empty() && !edition_errors {
            diags.push(
                Diagnostic::warning(&programme_file, msg!("indicator-unused", id = &ind.id))
                    .hint(msg!("indicator-unused-hint")),
            );
        }
    }
    if p.reports.is_empty() && !report_errors {
        diags.push(Diagnostic::warning(&p.dir, msg!("programme-no-report")).hint(msg!("programme-no-report-hint")));
    }
    for report in &p.reports {
        let Some(edition) = p.edition(&report.edition) else { continue };
        // A value with an error is left out of the model; don't also call it missing.
        let file_has_errors = diags.items.iter().any(|d| d.is_error() && d.path == report.path);
        let listed = edition.indicator_ids();
        for id in &listed {
            if !report.values.contains_key(*id) && !file_has_errors {
                let name = p.indicator(id).map(|i| i.name.get("pl", "pl").to_string()).unwrap_or_default();
                diags.push(
                    Diagnostic::warning(&report.path, msg!("value-absent", id = *id, name = name))
                        .hint(msg!("value-absent-hint", id = *id)),
                );
            }
        }
        for id in report.values.keys() {
            if !listed.contains(&id.as_str()) {
                diags.push(
                    Diagnostic::warning(&report.path, msg!("value-unlisted", id = id, edition = &edition.id))
                        .hint(msg!("value-unlisted-hint", id = id, edition = &edition.id)),
                );
            }
        }
    }
}
