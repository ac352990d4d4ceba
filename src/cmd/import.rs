//! `jawnik import`: a year's values from a spreadsheet into its TOML file.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::RootArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub root: RootArg,
    /// The programme's folder name
    pub programme: String,
    /// The report year
    pub year: i32,
    /// The spreadsheet: .csv, .xlsx or .ods
    pub file: PathBuf,
    /// Write the changes (without it, only a preview is shown)
    #[arg(long)]
    pub write: bool,
}

pub fn execute(_args: &Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`jawnik import` is not available in this version yet")
}
