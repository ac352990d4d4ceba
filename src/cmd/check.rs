//! `jawnik check`: load and validate, print every problem, exit 1 on any error.

use std::process::ExitCode;

use crate::cli::RootArg;
use crate::cmd::{plural, print_diagnostics};
use crate::content::load::load_site;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub root: RootArg,
    /// Treat warnings as errors (exit 1 when there are any)
    #[arg(long)]
    pub deny_warnings: bool,
}

pub fn execute(args: &Args) -> anyhow::Result<ExitCode> {
    let loaded = load_site(&args.root.root);
    let summary = loaded.site.as_ref().map(|site| {
        let reports: usize = site.programmes.iter().map(|p| p.reports.len()).sum();
        let indicators: usize = site.programmes.iter().map(|p| p.indicators.len()).sum();
        format!(
            "{}, {}, {}",
            plural(site.programmes.len(), "programme", "programmes"),
            plural(indicators, "indicator", "indicators"),
            plural(reports, "report", "reports")
        )
    });
    let (errors, warnings) = print_diagnostics(loaded.diagnostics);
    let verdict = format!("{}, {}", plural(errors, "error", "errors"), plural(warnings, "warning", "warnings"));
    match summary {
        Some(s) => say!("checked {s}: {verdict}"),
        None => say!("could not read the site: {verdict}"),
    }
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
