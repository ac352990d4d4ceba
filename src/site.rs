//! The pipeline: load → validate → render → write, with a report of what it did.
//!
//! `build` is what `jawnik build` runs; `render` stops before writing, for `serve`
//! (which keeps the site in memory and syncs changes) and for tests.

use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::content::load::load_site;
use crate::content::Site;
use crate::diagnostics::Diagnostics;
use crate::output::{self, Files, WriteStats};
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
}

impl BuildOptions {
    /// Defaults for a site root: output to `ROOT/public`, no progress callback.
    pub fn for_root(root: impl Into<PathBuf>) -> BuildOptions {
        let root = root.into();
        BuildOptions { output: root.join("public"), root, on_render: None }
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
    let diags = loaded.diagnostics;
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

/// Refuses an output folder that would replace the site or be read as part of it.
pub fn check_output(root: &Path, output: &Path) -> io::Result<()> {
    let refuse = |why: String| {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "the output folder {} {why}; use public/ (the default) or a folder outside the site",
                output.display()
            ),
        ))
    };
    if root.starts_with(output) {
        return refuse("holds the site folder itself, which writing would replace".into());
    }
    if let Some(dir) = SOURCE_DIRS.iter().find(|d| output.starts_with(root.join(d))) {
        return refuse(format!("is inside {dir}/, where it would be read as part of the site"));
    }
    Ok(())
}

/// An absolute form of `path` with symlinks resolved as far as it exists, so it
/// compares with the canonical paths events carry.
pub fn absolute(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (abs.parent(), abs.file_name()) {
        (Some(parent), Some(name)) => absolute(parent).join(name),
        _ => abs,
    }
}

/// Builds the site into `opts.output`, all or nothing. Each file is written
/// to a staging folder as soon as it is rendered, so memory holds the model and
/// the pages being rendered, never the whole site; the staging folder replaces
/// the output only when everything rendered.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    check_output(&absolute(&opts.root), &absolute(&opts.output)).map_err(BuildError::Io)?;
    let (site, mut diags) = load(opts)?;
    let write_error = |e: io::Error| {
        BuildError::Io(io::Error::new(e.kind(), format!("could not write {}: {e}", opts.output.display())))
    };
    let staging = output::Staging::begin(&opts.output).map_err(write_error)?;
    let render_opts = RenderOptions { root: opts.root.clone() };
    let summary = match render::render_site_to(&site, &render_opts, &staging) {
        Ok(summary) => summary,
        Err(RenderError::Site(render_diags)) => {
            diags.extend(render_diags);
            return Err(BuildError::Render(diags));
        }
        Err(RenderError::Io(e)) => return Err(write_error(e)),
    };
    // The model is freed before the swap; rendering is over.
    drop(site);
    let stats = staging.commit().map_err(write_error)?;
    diags.extend(summary.warnings);
    Ok(BuildReport { pages: summary.pages, files: summary.files, stats, elapsed: started.elapsed(), warnings: diags })
}

/// HTML pages among the files.
pub fn count_pages(files: &Files) -> usize {
    files.keys().filter(|p| p.ends_with(".html")).count()
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
        let err = |out: &str| check_output(root, Path::new(out)).unwrap_err().to_string();
        assert_eq!(
            err("/srv/site/static/out"),
            "the output folder /srv/site/static/out is inside static/, where it would be read as part of the site; \
             use public/ (the default) or a folder outside the site"
        );
        assert!(err("/srv/site").contains("holds the site folder itself"));
        assert!(err("/srv").contains("holds the site folder itself"));
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
