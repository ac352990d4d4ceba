//! Command-line definitions. Turns flags into plain options for the library; reads
//! no content itself.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::cmd;

#[derive(Debug, Parser)]
#[command(
    name = "jawnik",
    version,
    about = "Builds bilingual websites from municipal social programme reports",
    long_about = "jawnik turns per-year TOML/Markdown reports on social programmes into a static, \
                  bilingual website with trend charts and open data.\n\n\
                  Start with `jawnik check` in a site folder (one with jawnik.toml and content/)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the content for errors and warnings without building
    Check(cmd::check::Args),
    /// Build the site into the output folder (public/ by default)
    Build(cmd::build::Args),
    /// Build, serve on localhost and rebuild when a file changes
    Serve(cmd::serve::Args),
    /// Create a new site, programme or year report from a template
    #[command(subcommand)]
    New(cmd::new::NewCommand),
    /// Import a year's values from a spreadsheet (CSV, XLSX, ODS)
    Import(cmd::import::Args),
    /// Write a deterministic synthetic site (benchmarks, scale tests)
    #[command(hide = true)]
    Synth(cmd::synth::Args),
}

/// Options every command that reads a site shares.
#[derive(Debug, Clone, clap::Args)]
pub struct RootArg {
    /// The site folder, holding jawnik.toml and content/
    #[arg(long, short = 'r', default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
}

/// Runs the parsed command; the exit code says whether it succeeded.
pub fn run(cli: Cli) -> anyhow::Result<std::process::ExitCode> {
    match cli.command {
        Command::Check(args) => cmd::check::execute(&args),
        Command::Build(args) => cmd::build::execute(&args),
        Command::Serve(args) => cmd::serve::execute(&args),
        Command::New(args) => cmd::new::execute(&args),
        Command::Import(args) => cmd::import::execute(&args),
        Command::Synth(args) => cmd::synth::execute(&args),
    }
}
