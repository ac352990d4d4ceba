//! `jawnik new site|programme|report`: scaffolding for clerks.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use crate::cli::RootArg;
use crate::cmd::print_diagnostics;
use crate::content::load::{load_site, CONFIG_FILE};
use crate::content::{Programme, Site};
use crate::diagnostics::{closest, relative_to, show_path, Diagnostic, Diagnostics};
use crate::scaffold;

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

pub fn execute(cmd: &NewCommand) -> anyhow::Result<ExitCode> {
    let result = match cmd {
        NewCommand::Site { dir } => new_site(dir),
        NewCommand::Programme { root, slug } => new_programme(&root.root, slug),
        NewCommand::Report { root, programme, year } => new_report(&root.root, programme, *year),
    };
    Ok(match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(diags) => {
            print_diagnostics(diags);
            ExitCode::FAILURE
        }
    })
}

pub(crate) fn one(d: Diagnostic) -> Diagnostics {
    Diagnostics { items: vec![d] }
}

fn new_site(dir: &Path) -> Result<(), Diagnostics> {
    let not_empty = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if not_empty || dir.is_file() {
        return Err(one(Diagnostic::error(dir, msg!("new-site-not-empty")).hint(msg!("new-site-not-empty-hint"))));
    }
    // A report is written for the year that has just ended.
    let year = current_year() - 1;
    scaffold::write_new(dir, &scaffold::site_files(year)).map_err(|d| one(*d))?;
    let site = loaded_site(dir)?;
    let programme = find_programme(&site, scaffold::EXAMPLE_SLUG)?;
    let text = scaffold::report_toml(programme, year, &site.config.languages).map_err(|d| one(*d))?;
    let report = programme.dir.join(format!("{year}.toml"));
    scaffold::write_new(dir, &[(report, text)]).map_err(|d| one(*d))?;
    say!("{}", msg!("new-site-done", dir = show_path(dir), slug = scaffold::EXAMPLE_SLUG, year = year));
    Ok(())
}

fn new_programme(root: &Path, slug: &str) -> Result<(), Diagnostics> {
    scaffold::check_slug(slug).map_err(|d| one(*d))?;
    let mut diags = Diagnostics::default();
    let Some(config) = crate::config::load(root, &mut diags) else { return Err(diags) };
    let dir = Path::new("content").join(slug);
    if root.join(&dir).exists() {
        return Err(one(Diagnostic::error(&dir, msg!("new-programme-exists", slug = slug))
            .hint(msg!("new-programme-exists-hint", slug = slug))));
    }
    let start = current_year();
    let files: Vec<(PathBuf, String)> = scaffold::programme_files(slug, start, start + 4, &config.languages)
        .into_iter()
        .map(|(name, text)| (dir.join(name), text))
        .collect();
    scaffold::write_new(root, &files).map_err(|d| one(*d))?;
    say!("{}", msg!("new-programme-done", dir = show_path(&dir), start = start, end = start + 4, slug = slug));
    Ok(())
}

fn new_report(root: &Path, slug: &str, year: i32) -> Result<(), Diagnostics> {
    let site = loaded_site(root)?;
    let programme = find_programme(&site, slug)?;
    let path = programme.dir.join(format!("{year}.toml"));
    if root.join(&path).exists() {
        return Err(one(Diagnostic::error(&path, msg!("new-report-exists")).hint(msg!(
            "new-report-exists-hint",
            slug = slug,
            year = year
        ))));
    }
    let text = scaffold::report_toml(programme, year, &site.config.languages).map_err(|d| one(*d))?;
    let count = text.matches("\nmissing = \"not-reported\"").count();
    scaffold::write_new(root, &[(path.clone(), text)]).map_err(|d| one(*d))?;
    say!("{}", msg!("new-report-done", path = show_path(&path), count = count, slug = slug, year = year));
    Ok(())
}

/// The site's model, even when some files have problems; `None` only when the
/// config itself cannot be read.
pub(crate) fn loaded_site(root: &Path) -> Result<Site, Diagnostics> {
    let loaded = load_site(root);
    match loaded.site {
        Some(site) => Ok(site),
        None if !root.join(CONFIG_FILE).is_file() => Err(one(Diagnostic::error(
            relative_to(&root.join(CONFIG_FILE), root),
            msg!("config-missing", file = CONFIG_FILE, root = show_path(root)),
        )
        .hint(msg!("config-missing-hint")))),
        None => Err(loaded.diagnostics),
    }
}

pub(crate) fn find_programme<'a>(site: &'a Site, slug: &str) -> Result<&'a Programme, Diagnostics> {
    site.programme(slug).ok_or_else(|| {
        let slugs: Vec<&str> = site.programmes.iter().map(|p| p.slug.as_str()).collect();
        let hint = match closest(slug, slugs.iter().copied()) {
            Some(best) => msg!("did-you-mean", name = best),
            None if slugs.is_empty() => msg!("no-programme-none-hint"),
            None => msg!("no-programme-list-hint", programmes = slugs.join(", ")),
        };
        one(Diagnostic::error(Path::new("content").join(slug), msg!("no-programme", slug = slug)).hint(hint))
    })
}

/// The current calendar year (UTC), from the system clock.
fn current_year() -> i32 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    year_of_day((secs / 86_400) as i64)
}

/// The year of a day counted from 1970-01-01 (proleptic Gregorian calendar).
fn year_of_day(days: i64) -> i32 {
    crate::content::model::PartialDate::from_unix_days(days).year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_from_days() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(365), 1971);
        assert_eq!(year_of_day(19_722), 2023); // 2023-12-31
        assert_eq!(year_of_day(19_723), 2024); // 2024-01-01
        assert_eq!(year_of_day(20_088), 2024); // 2024-12-31 (leap year)
    }
}
