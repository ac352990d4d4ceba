//! `jawnik import`: a year's values from a spreadsheet into its TOML file.
//!
//! Prints what would change (old → new per indicator) and every row it cannot
//! use; writes only with `--write`, and only when every row was used (or
//! `--allow-unmatched` says to skip the others).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::RootArg;
use crate::cmd::new::{find_programme, loaded_site, one};
use crate::cmd::print_diagnostics;
use crate::content::format::ReportFile;
use crate::content::source::{parse_toml, read_text};
use crate::diagnostics::{show_path, Diagnostic, Diagnostics};
use crate::import::{self, Outcome};
use crate::scaffold;

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
    /// Apply the rows that match even when others do not (those are still listed)
    #[arg(long)]
    pub allow_unmatched: bool,
}

pub fn execute(args: &Args) -> anyhow::Result<ExitCode> {
    Ok(match run(args) {
        Ok(code) => code,
        Err(diags) => {
            print_diagnostics(diags);
            ExitCode::FAILURE
        }
    })
}

fn run(args: &Args) -> Result<ExitCode, Diagnostics> {
    let root = &args.root.root;
    let site = loaded_site(root)?;
    let programme = find_programme(&site, &args.programme)?;
    let lang = site.default_lang();
    let year = args.year;
    let edition = match programme.report(year).and_then(|r| programme.edition(&r.edition)) {
        Some(e) => e,
        None => scaffold::edition_for(programme, year).map_err(|d| one(*d))?,
    };
    let rel = programme.dir.join(format!("{year}.toml"));
    let path = root.join(&rel);
    let exists = path.is_file();
    let src = if exists {
        read_text(&path, &rel).map_err(|d| one(*d))?
    } else {
        scaffold::report_toml(programme, year, &site.config.languages).map_err(|d| one(*d))?
    };

    let rows = import::read_sheet(&args.file, &args.file).map_err(|d| one(*d))?;
    let plan = import::plan(programme, edition, &rows, &args.file, lang);
    let (text, outcomes, apply_problems) = import::apply(&src, &plan.changes, lang, &rel).map_err(|d| one(*d))?;
    if let Err(d) = parse_toml::<ReportFile>(&text, &rel) {
        return Err(one(Diagnostic::error(&rel, msg!("import-would-break", problem = d.message))));
    }

    out!(
        "{} → {}{}:",
        show_path(&args.file),
        show_path(&rel),
        if exists { String::new() } else { format!(" {}", msg!("import-new-file")) }
    );
    print_outcomes(&outcomes);
    for row in &plan.above_header {
        out!("  {}", msg!("import-above-header", row = row.to_string()));
    }
    let mut problems = Diagnostics { items: plan.problems };
    problems.items.extend(apply_problems);
    let not_applied = problems.items.len();
    print_diagnostics(problems);

    let given: Vec<&str> = plan.changes.iter().map(|c| c.id.as_str()).collect();
    let absent: Vec<&str> = edition.indicator_ids().into_iter().filter(|id| !given.contains(id)).collect();
    let changed = outcomes.iter().filter(|o| o.changed).count();
    let mut summary =
        msg!("import-summary", changed = changed, unchanged = outcomes.len() - changed, rows = not_applied);
    if !absent.is_empty() {
        summary.push_str(&msg!("import-summary-absent", count = absent.len(), ids = absent.join(", ")));
    }
    say!("{summary}");

    if not_applied > 0 && !args.allow_unmatched {
        say!("{}", msg!("import-not-written"));
        return Ok(ExitCode::FAILURE);
    }
    if !args.write {
        say!("{}", msg!("import-preview"));
        return Ok(ExitCode::SUCCESS);
    }
    if exists && text == src {
        say!("{}", msg!("import-nothing-to-write", path = show_path(&rel)));
        return Ok(ExitCode::SUCCESS);
    }
    write_atomic(&path, &text)
        .map_err(|e| one(Diagnostic::error(&rel, msg!("cannot-write-file", error = e.to_string()))))?;
    say!("{}", msg!("import-written", path = show_path(&rel)));
    Ok(ExitCode::SUCCESS)
}

fn print_outcomes(outcomes: &[Outcome]) {
    let width = outcomes.iter().map(|o| o.id.len()).max().unwrap_or(0);
    for o in outcomes {
        let row = msg!("import-row", row = o.row.to_string());
        let mut line = if o.old == o.new {
            format!("  {row:<8} {:<width$}  {} {}", o.id, o.new, msg!("import-unchanged"))
        } else {
            format!("  {row:<8} {:<width$}  {} → {}", o.id, o.old, o.new)
        };
        if let Some((old, new)) = &o.note {
            if old != new {
                line.push_str(&format!("; {}: {old} → {new}", msg!("label-note")));
            }
        }
        out!("{line}");
    }
}

/// Writes through a temporary file and a rename, so the year file is never left
/// half-written.
fn write_atomic(path: &Path, text: &str) -> std::io::Result<()> {
    let name = path.file_name().map_or_else(|| "year".into(), |n| n.to_string_lossy().to_string());
    let tmp = path.with_file_name(format!(".{name}.jawnik-tmp"));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}
