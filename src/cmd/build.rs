//! `jawnik build`: render the site into the output folder, all or nothing.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::RootArg;
use crate::cmd::print_diagnostics;
use crate::diagnostics::show_path;
use crate::site::{self, BuildError, BuildOptions};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub root: RootArg,
    /// Where to write the site (default: public/ under the root): a new or empty
    /// folder, or one jawnik wrote before (it holds a .jawnik-output file)
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Keep running and rebuild when a file changes
    #[arg(long)]
    pub watch: bool,
    /// Replace the output folder even though jawnik did not write it, or delete
    /// files in it that jawnik did not write (never a file, the site or its
    /// source folders)
    #[arg(long)]
    pub force: bool,
    /// Treat warnings as errors: build nothing, and leave the output folder as
    /// it was, when there is any (for the pipeline that publishes)
    #[arg(long, conflicts_with = "watch")]
    pub strict: bool,
}

/// Above this many pages a build says what it is doing before it goes quiet.
const PROGRESS_THRESHOLD: usize = 1000;

/// The progress line of a big build, before its pages are rendered.
fn announce(pages: usize) {
    if pages > PROGRESS_THRESHOLD {
        say!("{}", msg!("build-rendering", pages = pages));
    }
}

impl Args {
    pub fn options(&self) -> BuildOptions {
        let mut opts = BuildOptions::for_root(&self.root.root);
        opts.on_render = Some(announce);
        opts.force = self.force;
        opts.strict = self.strict;
        if let Some(out) = &self.output {
            opts.output = out.clone();
        }
        opts
    }
}

pub fn execute(args: &Args) -> anyhow::Result<ExitCode> {
    let opts = args.options();
    if args.watch {
        return crate::cmd::stopped(crate::serve::build_and_watch(&opts));
    }
    Ok(if report_build(site::build(&opts), &opts) { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Prints a build's outcome like `check` does, plus a summary line; true on success.
pub fn report_build(result: Result<site::BuildReport, BuildError>, opts: &BuildOptions) -> bool {
    match result {
        Ok(report) => {
            let (_, warnings) = print_diagnostics(report.warnings);
            say!(
                "{}",
                msg!(
                    "build-done",
                    pages = report.pages,
                    files = report.files - report.pages,
                    output = show_path(&opts.output),
                    ms = report.elapsed.as_millis(),
                    warnings = warnings,
                )
            );
            true
        }
        Err(BuildError::Content(diags) | BuildError::Render(diags) | BuildError::Output(diags)) => {
            let (errors, warnings) = print_diagnostics(diags);
            say!("{}", msg!("build-failed", errors = errors, warnings = warnings, output = show_path(&opts.output)));
            false
        }
        Err(BuildError::Io(e)) => {
            say!("{}: {e}\n{}", msg!("label-error"), msg!("build-failed-io"));
            false
        }
    }
}
