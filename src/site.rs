//! The pipeline: load → validate → render → write, with a report of what it did.
//!
//! `build` is what `jawnik build` runs; `render` stops before writing, for `serve`
//! (which keeps the site in memory and syncs changes) and for tests.

use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::content::legal;
use crate::content::load::load_site;
use crate::content::{PartialDate, Site};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::{self, Files, WriteOptions, WriteStats};
use crate::render::{self, RenderError, RenderOptions};

/// What a build needs to know beyond the site's own files.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// The site folder (jawnik.toml, content/, themes/, templates/, static/).
    pub root: PathBuf,
    /// Where the site is written.
    pub output: PathBuf,
    /// Called with the number of HTML pages just before they are rendered, so
    /// the command can say what it is doing on a big site (the library prints
    /// nothing itself).
    pub on_render: Option<fn(usize)>,
    /// Replace an output folder jawnik did not write (`--force`; see
    /// [`output::WriteOptions`]).
    pub force: bool,
    /// Treat every warning as an error (`--strict`): a build with any leaves
    /// the output folder as it was.
    pub strict: bool,
    /// The date the yearly review of the accessibility statement is checked
    /// against (see [`legal::review_overdue`]); `None` skips that check. Only
    /// a warning depends on it: the pages never do.
    pub today: Option<PartialDate>,
}

impl BuildOptions {
    /// Defaults for a site root: output to `ROOT/public`, no progress callback.
    pub fn for_root(root: impl Into<PathBuf>) -> BuildOptions {
        let root = root.into();
        BuildOptions {
            output: root.join("public"),
            root,
            on_render: None,
            force: false,
            strict: false,
            today: Some(today()),
        }
    }
}

/// Today's date (UTC), or the day of `SOURCE_DATE_EPOCH` when that is set to a
/// number of seconds since 1970 (the reproducible-builds convention, so a
/// pipeline or a test can pin the date the statement's review is checked
/// against).
pub fn today() -> PartialDate {
    let secs =
        std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        });
    PartialDate::from_unix_days(secs.div_euclid(86_400))
}

/// The checks that need more than the content: the statement's yearly review,
/// against `opts.today`.
pub fn dated_checks(site: &Site, opts: &BuildOptions, diags: &mut Diagnostics) {
    if let Some(d) = opts.today.and_then(|today| legal::review_overdue(&site.config.accessibility, today)) {
        diags.push(d);
    }
}

/// Under `--strict`, every warning becomes an error (with a note saying so).
pub fn apply_strict(diags: &mut Diagnostics, strict: bool) {
    if !strict {
        return;
    }
    for d in diags.items.iter_mut().filter(|d| !d.is_error()) {
        d.severity = crate::diagnostics::Severity::Error;
        d.message = format!("{} {}", d.message, msg!("strict-denied"));
    }
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    /// HTML pages rendered (all languages).
    pub pages: usize,
    /// All files in the output (pages, charts, data, static files).
    pub files: usize,
    pub stats: WriteStats,
    pub elapsed: Duration,
    /// Warnings found on the way (errors stop the build instead).
    pub warnings: Diagnostics,
}

/// Why a build produced nothing. The output folder is untouched in every case.
#[derive(Debug)]
pub enum BuildError {
    /// Problems in the content or config (and any warnings found with them).
    Content(Diagnostics),
    /// Problems rendering: a broken template, say.
    Render(Diagnostics),
    /// The output folder may not or could not be written: it holds files
    /// jawnik did not write, say, or a file in it is held open.
    Output(Diagnostics),
    Io(std::io::Error),
}

/// A site rendered in memory, not yet written.
pub struct RenderedSite {
    pub site: Site,
    pub files: Files,
    pub warnings: Diagnostics,
}

/// Loads, validates and renders the site into memory.
pub fn render(opts: &BuildOptions) -> Result<RenderedSite, BuildError> {
    let (site, mut diags) = load(opts)?;
    let render_opts = RenderOptions { root: opts.root.clone() };
    match render::render_site(&site, &render_opts) {
        Ok(rendered) => {
            diags.extend(rendered.warnings);
            Ok(RenderedSite { site, files: rendered.files, warnings: diags })
        }
        Err(render_diags) => {
            diags.extend(render_diags);
            Err(BuildError::Render(diags))
        }
    }
}

/// Loads and validates the site; warnings come back with it.
fn load(opts: &BuildOptions) -> Result<(Site, Diagnostics), BuildError> {
    let loaded = load_site(&opts.root);
    let mut diags = loaded.diagnostics;
    if let Some(site) = &loaded.site {
        dated_checks(site, opts, &mut diags);
    }
    let Some(site) = loaded.site.filter(|_| !diags.has_errors()) else {
        return Err(BuildError::Content(diags));
    };
    if let Some(on_render) = opts.on_render {
        on_render(render::page_count(&site));
    }
    Ok((site, diags))
}

/// The folders under the site root whose files make up the site (besides the
/// config file). `i18n/` holds a site's own UI strings, overriding the theme's.
pub const SOURCE_DIRS: [&str; 5] = ["content", "themes", "templates", "static", "i18n"];

pub use crate::output::absolute;

/// Refuses an output folder that would replace the site or be read as part of
/// it, or is the file system's root or the user's home folder: no `--force`
/// makes those right. Paths compare as the file system does (ignoring case on
/// Windows and macOS).
pub fn check_output(root: &Path, output: &Path) -> io::Result<()> {
    let (root_abs, out) = (absolute(root), absolute(output));
    let refuse = |why: String| {
        let hint = msg!("output-in-site-hint");
        Err(io::Error::other(output::Problem(Box::new(Diagnostic::error(output, why).hint(hint)))))
    };
    if out.parent().is_none() {
        return refuse(msg!("output-is-root"));
    }
    let home = std::env::var_os(if cfg!(windows) { "USERPROFILE" } else { "HOME" }).filter(|h| !h.is_empty());
    if home.map(|h| absolute(Path::new(&h))).is_some_and(|h| output::within(&out, &h) && output::within(&h, &out)) {
        return refuse(msg!("output-is-home"));
    }
    if output::within(&root_abs, &out) {
        return refuse(msg!("output-holds-site"));
    }
    for dir in SOURCE_DIRS {
        let source = root_abs.join(dir);
        if output::within(&out, &source) {
            return refuse(if output::within(&source, &out) {
                msg!("output-is-source", dir = dir)
            } else {
                msg!("output-in-source", dir = dir)
            });
        }
    }
    Ok(())
}

/// Builds the site into `opts.output`, all or nothing. The output folder is
/// judged first (see [`output`]), so a folder jawnik may not replace is refused
/// before anything is loaded. Each file is written to a staging folder as soon
/// as it is rendered, so memory holds the model and the pages being rendered,
/// never the whole site; the staging folder replaces the output only when
/// everything rendered.
///
/// Under `opts.strict` a build that found any warning stops before the swap,
/// so the output folder is left as it was, and every warning comes back as an
/// error.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    build_once(opts).map_err(|e| match e {
        BuildError::Content(d) => BuildError::Content(strict(d, opts.strict)),
        BuildError::Render(d) => BuildError::Render(strict(d, opts.strict)),
        BuildError::Output(d) => BuildError::Output(strict(d, opts.strict)),
        BuildError::Io(e) => BuildError::Io(e),
    })
}

fn strict(mut diags: Diagnostics, strict: bool) -> Diagnostics {
    apply_strict(&mut diags, strict);
    diags
}

fn build_once(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    let staging = check_output(&opts.root, &opts.output)
        .and_then(|()| output::Staging::begin(&opts.output, &WriteOptions { force: opts.force }))
        .map_err(|e| refused(e, opts))?;
    let (site, mut diags) = load(opts)?;
    let render_opts = RenderOptions { root: opts.root.clone() };
    let summary = match render::render_site_to(&site, &render_opts, &staging) {
        Ok(summary) => summary,
        Err(RenderError::Site(render_diags)) => {
            diags.extend(render_diags);
            return Err(BuildError::Render(diags));
        }
        Err(RenderError::Io(e)) => return Err(output_error(e, diags, opts)),
    };
    // The model is freed before the swap; rendering is over.
    drop(site);
    diags.extend(summary.warnings);
    if opts.strict && !diags.is_empty() {
        // Dropping the staging folder removes it; the output stays as it was.
        return Err(BuildError::Content(diags));
    }
    let mut stats = match staging.commit() {
        Ok(stats) => stats,
        Err(e) => return Err(output_error(e, diags, opts)),
    };
    std::mem::take(&mut stats.warnings).into_iter().for_each(|w| diags.push(w));
    Ok(BuildReport { pages: summary.pages, files: summary.files, stats, elapsed: started.elapsed(), warnings: diags })
}

/// A build its output folder stopped before it began, reported with all that
/// `check` finds, so one run shows every problem.
fn refused(e: io::Error, opts: &BuildOptions) -> BuildError {
    let Some(problem) = output::problem(&e) else { return output_error(e, Diagnostics::default(), opts) };
    let mut diags = check(opts).diagnostics;
    if !diags.items.contains(problem) {
        diags.push(problem.clone());
    }
    BuildError::Output(diags)
}

/// An error writing the output: a problem the user can act on joins the
/// diagnostics; anything else says which folder could not be written.
fn output_error(e: io::Error, mut diags: Diagnostics, opts: &BuildOptions) -> BuildError {
    match output::problem(&e) {
        Some(d) => {
            diags.push(d.clone());
            BuildError::Output(diags)
        }
        None => BuildError::Io(io::Error::new(
            e.kind(),
            msg!("could-not-write", path = opts.output.display().to_string(), error = e.to_string()),
        )),
    }
}

/// What `jawnik check` found.
#[derive(Debug)]
pub struct CheckReport {
    /// Programmes, indicators and reports, when the site could be read.
    pub counts: Option<(usize, usize, usize)>,
    /// Every problem a build would report, rendering and the output folder
    /// included; only problems met while writing (a file held open, a full
    /// disk) are left for the build to find.
    pub diagnostics: Diagnostics,
}

/// Loads, validates and renders the site in memory without keeping or writing
/// anything, and judges the output folder as a build would.
pub fn check(opts: &BuildOptions) -> CheckReport {
    let loaded = load_site(&opts.root);
    let mut diags = loaded.diagnostics;
    if let Some(site) = &loaded.site {
        dated_checks(site, opts, &mut diags);
    }
    let counts = loaded.site.as_ref().map(|site| {
        let reports = site.programmes.iter().map(|p| p.reports.len()).sum();
        let indicators = site.programmes.iter().map(|p| p.indicators.len()).sum();
        (site.programmes.len(), indicators, reports)
    });
    let judged = |written: Option<&dyn Fn(&str) -> bool>| {
        check_output(&opts.root, &opts.output)
            .and_then(|()| output::judge(&opts.output, &WriteOptions { force: opts.force }, written))
    };
    let mut outcome = Ok(());
    match loaded.site.filter(|_| !diags.has_errors()) {
        Some(site) => {
            let discard = Discard::default();
            match render::render_site_to(&site, &RenderOptions { root: opts.root.clone() }, &discard) {
                Ok(summary) => {
                    diags.extend(summary.warnings);
                    let keys = discard.keys.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
                    outcome = judged(Some(&|f| keys.contains(f)));
                }
                Err(RenderError::Site(d)) => diags.extend(d),
                Err(RenderError::Io(e)) => {
                    diags.push(Diagnostic::error(&opts.root, msg!("rendering-failed", error = e.to_string())))
                }
            }
        }
        None => outcome = judged(None),
    }
    if let Err(e) = outcome {
        diags.push(match output::problem(&e) {
            Some(d) => d.clone(),
            None => Diagnostic::error(&opts.output, msg!("output-cannot-check", error = e.to_string())),
        });
    }
    apply_strict(&mut diags, opts.strict);
    CheckReport { counts, diagnostics: diags }
}

/// A render sink that keeps only the files' names: `check` renders to find what
/// only rendering finds (template errors, missing UI strings, `base_url`).
#[derive(Default)]
struct Discard {
    keys: Mutex<HashSet<String>>,
}

impl render::Sink for Discard {
    fn put(&self, path: String, _bytes: Vec<u8>) -> io::Result<()> {
        self.keys.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).insert(path);
        Ok(())
    }

    fn put_with(&self, path: String, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<u64> {
        let mut counted = Counted(0);
        fill(&mut counted)?;
        self.put(path, Vec::new())?;
        Ok(counted.0)
    }
}

/// Counts the bytes written to it, and drops them.
struct Counted(u64);

impl Write for Counted {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// HTML pages among the files.
pub fn count_pages(files: &Files) -> usize {
    files.keys().filter(|p| crate::render::urls::is_page(p)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_output_may_not_replace_or_feed_the_site() {
        let root = Path::new("/srv/site");
        assert!(check_output(root, Path::new("/srv/site/public")).is_ok());
        assert!(check_output(root, Path::new("/srv/www")).is_ok());
        assert!(check_output(root, Path::new("/srv/site/contents")).is_ok());
        let err = |out: &str| {
            let e = check_output(root, Path::new(out)).unwrap_err();
            output::problem(&e).expect("a diagnostic").to_string()
        };
        assert_eq!(
            err("/srv/site/static/out"),
            "error: the output folder is inside static/, where it would be read as part of the site\n \
             --> /srv/site/static/out\n  \
             = help: use public/ (the default) or a folder outside the site; --force does not change this"
        );
        assert!(err("/srv/site/content").starts_with("error: the output folder is the site's content/ folder, which"));
        assert!(err("/srv/site").contains("holds the site folder itself"));
        assert!(err("/srv").contains("holds the site folder itself"));
        assert!(err("/").starts_with("error: the output folder is the root of the file system"));
    }

    #[test]
    fn the_page_count_is_handed_to_the_caller_before_rendering() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static PAGES: AtomicUsize = AtomicUsize::new(0);
        let mut opts = BuildOptions::for_root(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini"));
        opts.on_render = Some(|n| PAGES.store(n, Ordering::SeqCst));
        let rendered = render(&opts).unwrap_or_else(|_| panic!("the mini site renders"));
        assert_eq!(PAGES.load(Ordering::SeqCst), count_pages(&rendered.files));
    }

    #[test]
    fn absolute_resolves_the_existing_part_of_a_path() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().canonicalize().unwrap();
        assert_eq!(absolute(&dir.path().join("public/pl")), real.join("public/pl"));
    }
}
