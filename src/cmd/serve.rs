//! `jawnik serve`: build, serve over HTTP on localhost, rebuild on change.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use crate::cli::RootArg;
use crate::serve::{self, ServeOptions};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub root: RootArg,
    /// Address to listen on (only this machine can connect to the default)
    #[arg(long, default_value = "127.0.0.1", value_name = "IP")]
    pub bind: String,
    /// Port to listen on (0 picks a free one; the address is printed)
    #[arg(long, short = 'p', default_value_t = 1111)]
    pub port: u16,
    /// Also write each good build into DIR, as `jawnik build` would (the site is
    /// served from memory; without this option nothing is written)
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Open the preview in the default browser ($BROWSER when set) once it is
    /// served; if that fails, serve warns and goes on
    #[arg(long)]
    pub open: bool,
    /// Let --output replace a folder jawnik did not write, deleting what it
    /// holds (never a file, the site or its source folders)
    #[arg(long, requires = "output")]
    pub force: bool,
}

pub fn execute(args: &Args) -> anyhow::Result<ExitCode> {
    let ip: IpAddr = args.bind.parse().with_context(|| msg!("serve-bad-bind", bind = &args.bind))?;
    let opts = ServeOptions {
        root: args.root.root.clone(),
        addr: SocketAddr::new(ip, args.port),
        output: args.output.clone(),
        open: args.open,
        force: args.force,
    };
    crate::cmd::stopped(serve::serve(&opts))
}
