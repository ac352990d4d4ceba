//! `jawnik serve`: build, serve over HTTP on localhost, rebuild on change.

use std::process::ExitCode;

use crate::cli::RootArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub root: RootArg,
    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Port to listen on
    #[arg(long, short = 'p', default_value_t = 1111)]
    pub port: u16,
}

pub fn execute(_args: &Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`jawnik serve` is not available in this version yet")
}
