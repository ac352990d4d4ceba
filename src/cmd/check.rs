//! `jawnik check`: everything `jawnik build` would report, without writing:
//! load and validate, render in memory, judge the output folder; print every
//! problem, exit 1 on any error (and, with `--strict`, on any warning).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::RootArg;
use crate::cmd::print_diagnostics;
use crate::site::{self, BuildOptions};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub root: RootArg,
    /// Treat warnings as errors (exit 1 when there are any), as `build --strict`
    /// does
    #[arg(long, alias = "deny-warnings")]
    pub strict: bool,
    /// The output folder `jawnik build` would write (default: public/ under the
    /// root), judged as build judges it
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Judge the output folder as `jawnik build --force` would
    #[arg(long)]
    pub force: bool,
}

pub fn execute(args: &Args) -> anyhow::Result<ExitCode> {
    let mut opts = BuildOptions::for_root(&args.root.root);
    if let Some(out) = &args.output {
        opts.output = out.clone();
    }
    opts.force = args.force;
    opts.strict = args.strict;
    let report = site::check(&opts);
    let (errors, warnings) = print_diagnostics(report.diagnostics);
    match report.counts {
        Some((programmes, indicators, reports)) => say!(
            "{}",
            msg!(
                "check-done",
                programmes = programmes,
                indicators = indicators,
                reports = reports,
                errors = errors,
                warnings = warnings
            )
        ),
        None => say!("{}", msg!("check-unreadable", errors = errors, warnings = warnings)),
    }
    let failed = errors > 0 || (args.strict && warnings > 0);
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
