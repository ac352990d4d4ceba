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
        diags.push(
            Diagnostic::error(&p.dir, "this programme has no edition file")
                .hint("add edition-START-END.toml (e.g. edition-2021-2030.toml) with the programme's goals and tasks"),
        );
    }
    for pair in p.editions.windows(2) {
        if pair[1].start <= pair[0].end {
            diags.push(
                Diagnostic::error(
                    p.dir.join(format!("edition-{}.toml", pair[1].id)),
                    format!("the editions {} and {} overlap", pair[0].id, pair[1].id),
                )
                .hint("a new edition starts the year after the previous one ends"),
            );
        }
    }
    for ind in &p.indicators {
        let used = p.editions.iter().any(|e| e.tasks().any(|t| t.indicators.contains(&ind.id)));
        if !used && !p.editions.is_empty() && !edition_errors {
            diags.push(
                Diagnostic::warning(&programme_file, format!("indicator `{}` is not listed under any task", ind.id))
                    .hint("add its id to `indicators = [...]` of a task in an edition file, or remove it"),
            );
        }
    }
    if p.reports.is_empty() && !report_errors {
        diags.push(
            Diagnostic::warning(&p.dir, "this programme has no year report yet")
                .hint("add YEAR.toml (e.g. 2024.toml) with the year's values"),
        );
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
                    Diagnostic::warning(
                        &report.path,
                        format!("no value for `{id}` ({name}); it will be shown as not reported"),
                    )
                    .hint(format!(
                        "add [values.{id}] with `value = …`, or `missing = \"not-reported\"` and a `note` saying why"
                    )),
                );
            }
        }
        for id in report.values.keys() {
            if !listed.contains(&id.as_str()) {
                diags.push(
                    Diagnostic::warning(
                        &report.path,
                        format!("`{id}` has a value but no task of the edition {} lists it", edition.id),
                    )
                    .hint(format!("add `{id}` to a task's `indicators` in edition-{}.toml", edition.id)),
                );
            }
        }
    }
}
