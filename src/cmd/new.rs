//! `jawnik new site|programme|report`: scaffolding for clerks.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use crate::cli::RootArg;

#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// A working skeleton site with one programme
    Site {
        /// The folder to create
        dir: PathBuf,
    },
    /// A new programme folder in content/
    Programme {
        #[command(flatten)]
        root: RootArg,
        /// The programme's folder name (lowercase, hyphens)
        slug: String,
    },
    /// Next year's report file with every indicator listed
    Report {
        #[command(flatten)]
        root: RootArg,
        /// The programme's folder name
        programme: String,
        /// The report year
        year: i32,
    },
}

pub fn execute(_cmd: &NewCommand) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`jawnik new` is not available in this version yet")
}
