//! `jawnik synth` (hidden): write a deterministic synthetic site for benchmarks
//! and scale tests. The content comes from [`crate::synth`]; this file only
//! checks the target folder and writes.

use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use crate::synth::{self, Params};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Number of programmes
    #[arg(long, short = 'p', default_value_t = 5)]
    pub programmes: usize,
    /// Report years per programme (the last is 2024)
    #[arg(long, short = 'y', default_value_t = 10)]
    pub years: usize,
    /// Indicators per programme
    #[arg(long, short = 'i', default_value_t = 20)]
    pub indicators: usize,
    /// Seed: the same arguments always give byte-identical files
    #[arg(long, short = 's', default_value_t = 1)]
    pub seed: u64,
    /// The folder to create the site in (must be new or empty)
    #[arg(long, short = 'o', value_name = "DIR")]
    pub out: PathBuf,
}

pub fn execute(args: &Args) -> anyhow::Result<ExitCode> {
    let params =
        Params { programmes: args.programmes, years: args.years, indicators: args.indicators, seed: args.seed };
    params.check().map_err(anyhow::Error::msg)?;
    let out = &args.out;
    let shown = out.display().to_string();
    if out.exists() && fs::read_dir(out).with_context(|| msg!("synth-cannot-read", path = &shown))?.next().is_some() {
        anyhow::bail!(msg!("synth-not-empty", path = shown));
    }
    let mut count = 0;
    let mut write = |files: Vec<synth::SynthFile>| -> anyhow::Result<()> {
        for (rel, text) in files {
            let path = out.join(&rel);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)
                    .with_context(|| msg!("synth-cannot-create", path = parent.display().to_string()))?;
            }
            fs::write(&path, text).with_context(|| msg!("synth-cannot-write", path = path.display().to_string()))?;
            count += 1;
        }
        Ok(())
    };
    write(synth::site_files(&params))?;
    for index in 0..params.programmes {
        write(synth::programme_files(&params, index))?;
    }
    say!(
        "{}",
        msg!(
            "synth-done",
            count = count,
            path = out.display().to_string(),
            programmes = params.programmes,
            years = params.years,
            indicators = params.indicators,
            seed = params.seed.to_string(),
            pages = params.pages_per_language(),
        )
    );
    Ok(ExitCode::SUCCESS)
}
