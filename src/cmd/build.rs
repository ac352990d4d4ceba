//! `jawnik build`: render the site into the output folder.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::RootArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub root: RootArg,
    /// Where to write the site (default: public/ under the root)
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Keep running and rebuild when a file changes
    #[arg(long)]
    pub watch: bool,
}

pub fn execute(_args: &Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`jawnik build` is not available in this version yet")
}
