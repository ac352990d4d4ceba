//! Rebuilding after a change, keeping the last good site.
//!
//! A [`Rebuilder`] owns the last site that built without errors, written in a
//! folder ([`store`](super::store): the output folder, or serve's private one)
//! and indexed in memory by path and digest. The first build is staged and put
//! in place whole, like `jawnik build`. After that every rebuild writes only
//! the files whose bytes changed, under temporary names until the render has
//! succeeded ([`output::Pending`]), then puts them in place together: a failed
//! build changes nothing, and the last good site stays served and on disk.
//!
//! A change to static files only copies those files; a change to existing
//! programmes' files re-renders those programmes, then the site-wide files;
//! anything else renders the whole site again.
//!
//! The static shortcut does not assume how the renderer maps static sources to
//! output paths: after each full render it checks which source files appear,
//! byte for byte, at `static/<path>` in the output, and only those are copied
//! directly later. Anything else (a new file, a symlink out of the site, a
//! file two themes share) goes through a full render.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::change::ChangeSet;
use super::store::{Digesting, DiskSite, Index, PrivateFolder, SiteFiles};
use crate::content::load::{is_ignored, reload_programme};
use crate::content::Site;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::{self, Files};
use crate::render::{self, RenderError, RenderOptions, Sink};
use crate::site::BuildOptions;
use crate::timings::timed;

/// A site rendered into memory, by a stand-in renderer (tests).
pub struct Rendition {
    pub files: Files,
    pub warnings: Diagnostics,
    /// The theme the site uses (its `static/` files may be copied directly).
    pub theme: Option<String>,
}

/// What a whole render says besides the files it handed to the sink.
pub struct Rendered {
    pub warnings: Diagnostics,
    /// The theme the site uses (its `static/` files may be copied directly).
    pub theme: Option<String>,
}

/// How the site is rendered: the real pipeline ([`site_renderer`]), or a
/// stand-in in tests (any `FnMut() -> Result<Rendition, Diagnostics>`, which
/// always renders everything). Files go to the sink as they are made.
pub trait SiteRender: Send {
    /// Renders the whole site.
    fn all(&mut self, sink: &dyn Sink) -> Result<Rendered, RenderError>;

    /// After only the files of existing programmes changed (`slugs`): renders
    /// what those programmes' own pages and files need, when this renderer can
    /// (`None`, having rendered nothing: render everything). The site-wide
    /// pages and files follow in [`SiteRender::site_wide`].
    fn programmes(&mut self, _slugs: &BTreeSet<String>, _sink: &dyn Sink) -> Option<Result<Partial, RenderError>> {
        None
    }

    /// The site-wide pages and files, after [`SiteRender::programmes`].
    fn site_wide(&mut self, _sink: &dyn Sink) -> Option<Result<Partial, RenderError>> {
        None
    }

    /// After only templates changed: renders the pages that use them, when
    /// this renderer can (`None`, having rendered nothing: render everything).
    fn templates(&mut self, _sink: &dyn Sink) -> Option<Result<Partial, RenderError>> {
        None
    }
}

impl<F: FnMut() -> Result<Rendition, Diagnostics> + Send> SiteRender for F {
    fn all(&mut self, sink: &dyn Sink) -> Result<Rendered, RenderError> {
        let rendition = self()?;
        for (path, bytes) in rendition.files {
            sink.put(path, bytes)?;
        }
        Ok(Rendered { warnings: rendition.warnings, theme: rendition.theme })
    }
}

/// The renderer a [`Rebuilder`] uses.
pub type RenderFn = Box<dyn SiteRender>;

/// What a partial render says besides the files it handed to the sink: paths
/// it used to make (gone unless it made them again), and the site's warnings
/// as they now stand.
pub struct Partial {
    pub stale: Vec<String>,
    pub warnings: Diagnostics,
    /// Pages rendered, when the renderer chose them ([`SiteRender::templates`]).
    pub rendered: Option<usize>,
}

/// Renders with the real pipeline. The reload script is *not* rendered in: serve
/// adds it to pages as it serves them, so the output folder stays exactly what
/// `jawnik build` would write.
///
/// It keeps the model and the prepared renderer of the last good build, so an
/// edit to one programme's files (a year report, say) reloads that programme
/// folder only and re-renders its pages and data files, then the site-wide ones.
pub fn site_renderer(opts: &BuildOptions) -> RenderFn {
    Box::new(Pipeline { opts: opts.clone(), last: None, site_wide_due: false, pdfs: Default::default() })
}

struct Pipeline {
    opts: BuildOptions,
    last: Option<LastGood>,
    /// The report PDFs typeset so far: a rebuild typesets only reports that changed.
    pdfs: Arc<render::attachments::Cache>,
    /// The site-wide files still reflect programmes re-rendered since.
    site_wide_due: bool,
}

/// The last good build's model, renderer state and load warnings.
struct LastGood {
    site: Site,
    prepared: render::Prepared,
    load_warnings: Diagnostics,
    /// The warnings of the render itself (the theme's, a missing `base_url`).
    render_warnings: Diagnostics,
}

impl SiteRender for Pipeline {
    fn all(&mut self, sink: &dyn Sink) -> Result<Rendered, RenderError> {
        self.last = None;
        let loaded = crate::content::load::load_site(&self.opts.root);
        let mut diags = loaded.diagnostics;
        if let Some(site) = &loaded.site {
            crate::site::dated_checks(site, &self.opts, &mut diags);
        }
        let Some(site) = loaded.site.filter(|_| !diags.has_errors()) else { return Err(diags.into()) };
        if let Some(on_render) = self.opts.on_render {
            on_render(render::page_count(&site));
        }
        let render_opts = RenderOptions { root: self.opts.root.clone() };
        let mut prepared = match render::Prepared::new(&site, &render_opts) {
            Ok(p) => p.for_rebuilds(),
            Err(d) => {
                diags.extend(d);
                return Err(diags.into());
            }
        };
        prepared.keep_pdfs(self.pdfs.clone());
        let load_warnings = diags.clone();
        let render_warnings = match prepared.render_all(&site, sink) {
            Ok(summary) => {
                diags.extend(summary.warnings.clone());
                summary.warnings
            }
            Err(RenderError::Site(d)) => {
                diags.extend(d);
                return Err(diags.into());
            }
            Err(e) => return Err(e),
        };
        let theme = Some(site.config.theme.clone());
        self.last = Some(LastGood { site, prepared, load_warnings, render_warnings });
        self.site_wide_due = false;
        Ok(Rendered { warnings: diags, theme })
    }

    fn programmes(&mut self, slugs: &BTreeSet<String>, sink: &dyn Sink) -> Option<Result<Partial, RenderError>> {
        let last = self.last.as_mut()?;
        let site = &mut last.site;
        let mut indexes = Vec::new();
        for slug in slugs {
            indexes.push(site.programmes.iter().position(|p| &p.slug == slug)?);
        }
        // With the full menu on every page, a programme's name is on all of them.
        if site.programmes.len() <= crate::render::pages::NAV_LISTS_ALL_PROGRAMMES_UP_TO {
            return None;
        }
        let mut diags: Diagnostics = Diagnostics::default();
        // Warnings of everything else stand; the reloaded programmes bring their own.
        let inside = |d: &Diagnostic| slugs.iter().any(|s| d.path.starts_with(Path::new("content").join(s)));
        diags.items = last.load_warnings.items.iter().filter(|d| !inside(d)).cloned().collect();
        let mut reloaded = Vec::new();
        for (&pi, slug) in indexes.iter().zip(slugs) {
            let (programme, d) = timed("reload programme", || reload_programme(&self.opts.root, &site.config, slug));
            diags.extend(d);
            reloaded.push((pi, programme?));
        }
        if diags.has_errors() {
            return Some(Err(diags.into()));
        }
        let mut stale: BTreeSet<String> = BTreeSet::new();
        for (pi, programme) in reloaded {
            stale.extend(render::Prepared::programme_paths(site, pi));
            site.programmes[pi] = programme;
        }
        if let Err(e) = last.prepared.render_programmes(site, &indexes, sink) {
            // The model now holds the edit but the renderer state may not:
            // start over from the files on the next change.
            self.last = None;
            return Some(Err(match e {
                RenderError::Site(d) => {
                    diags.extend(d);
                    diags.into()
                }
                e => e,
            }));
        }
        last.load_warnings = diags.clone();
        self.site_wide_due = true;
        Some(Ok(Partial { stale: stale.into_iter().collect(), warnings: diags, rendered: None }))
    }

    fn templates(&mut self, sink: &dyn Sink) -> Option<Result<Partial, RenderError>> {
        self.rerender_templates(sink)
    }

    fn site_wide(&mut self, sink: &dyn Sink) -> Option<Result<Partial, RenderError>> {
        if !std::mem::take(&mut self.site_wide_due) {
            return None;
        }
        let last = self.last.as_mut()?;
        match last.prepared.render_site_wide(&last.site, sink) {
            Ok(summary) => {
                let mut warnings = last.load_warnings.clone();
                warnings.extend(summary.warnings.clone());
                // Parts of a split sitemap the site no longer needs.
                let stale = render::sitemap::part_paths(render::page_count(&last.site));
                last.render_warnings = summary.warnings;
                Some(Ok(Partial { stale, warnings, rendered: None }))
            }
            Err(e) => {
                self.last = None;
                Some(Err(e))
            }
        }
    }
}

impl Pipeline {
    /// [`SiteRender::templates`] for the real pipeline.
    fn rerender_templates(&mut self, sink: &dyn Sink) -> Option<Result<Partial, RenderError>> {
        if self.site_wide_due {
            return None;
        }
        let last = self.last.as_mut()?;
        let opts = RenderOptions { root: self.opts.root.clone() };
        match last.prepared.render_templates(&last.site, &opts, sink) {
            Ok(None) => None,
            Ok(Some(pages)) => {
                let mut warnings = last.load_warnings.clone();
                warnings.extend(last.render_warnings.clone());
                Some(Ok(Partial { stale: Vec::new(), warnings, rendered: Some(pages) }))
            }
            Err(e) => Some(Err(e)),
        }
    }
}

/// How a rebuild was done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// The whole site was rendered and compared with the last one.
    Full,
    /// Only changed static files were copied.
    Static,
    /// Only the changed programmes' pages and files were rendered; the
    /// site-wide ones follow ([`Rebuilder::finish`]).
    Programmes,
    /// The site-wide pages and files, after [`How::Programmes`].
    SiteWide,
    /// Only templates changed: the pages using them were rendered.
    Templates,
}

/// What a successful rebuild changed.
#[derive(Debug)]
pub struct Rebuilt {
    pub how: How,
    /// Files added or whose bytes changed.
    pub changed: usize,
    pub removed: usize,
    /// Pages and files in the site now.
    pub pages: usize,
    pub files: usize,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
    /// Set when the site built but the output folder could not be written.
    pub write_error: Option<io::Error>,
    /// Pages rendered, when only some were ([`How::Templates`]).
    pub rendered: Option<usize>,
}

pub struct Rebuilder {
    /// The site root, canonical.
    root: PathBuf,
    /// Where to write the site (`None`: serve's private folder).
    output: Option<PathBuf>,
    /// Serve's private folder, once made.
    private: Option<PrivateFolder>,
    /// How the first write may treat what the output folder holds.
    write_opts: output::WriteOptions,
    render: RenderFn,
    /// The last good site; `None` until a build succeeds.
    site: Option<Arc<DiskSite>>,
    /// Static source files (relative to the root) known to be copied verbatim,
    /// with their output keys.
    statics: BTreeMap<PathBuf, String>,
    /// False after a write failed: then the next write trusts no digest and
    /// writes every file again.
    in_sync: bool,
    /// HTML pages in the last good site.
    pages: usize,
}

impl Rebuilder {
    /// `root` must be canonical (static files are checked to stay inside it).
    /// Without `output` the site goes into a private folder in the system's
    /// temporary folder, removed when the rebuilder is dropped.
    pub fn new(root: PathBuf, output: Option<PathBuf>, render: RenderFn) -> Rebuilder {
        Rebuilder {
            root,
            output,
            private: None,
            write_opts: output::WriteOptions::default(),
            render,
            site: None,
            statics: BTreeMap::new(),
            in_sync: false,
            pages: 0,
        }
    }

    /// Lets the first write replace an output folder jawnik did not write
    /// (`--force`).
    pub fn force(mut self, force: bool) -> Rebuilder {
        self.write_opts.force = force;
        self
    }

    /// The last good site, shared with the server.
    pub fn site(&self) -> Option<Arc<DiskSite>> {
        self.site.clone()
    }

    /// The folder the site is written to.
    fn folder(&mut self) -> io::Result<PathBuf> {
        if let Some(output) = &self.output {
            return Ok(output.clone());
        }
        if self.private.is_none() {
            self.private = Some(PrivateFolder::create()?);
        }
        Ok(self.private.as_ref().map(PrivateFolder::site).unwrap_or_default())
    }

    /// Builds the whole site (the first build, or after anything but static files
    /// changed). Errors leave the last good site as it was.
    pub fn build_all(&mut self) -> Result<Rebuilt, Diagnostics> {
        let started = Instant::now();
        let folder = self.folder().map_err(|e| write_failure(Path::new(&std::env::temp_dir()), &e))?;
        let Some(site) = self.site.clone() else { return self.first_build(&folder, started) };
        let trusted = self.in_sync;
        let known = |k: &str| site.digest(k).filter(|_| trusted);
        let pending = output::Pending::new(&folder, &known).force(self.write_opts.force);
        let rendered = match self.render.all(&pending) {
            Ok(rendered) => rendered,
            Err(RenderError::Io(e)) => {
                drop(pending);
                return self.staged_after(&folder, started, e).map_err(|e| write_failure(&folder, &e));
            }
            Err(e) => return Err(render_failure(&folder, e)),
        };
        let made = pending.made_paths();
        let removed: Vec<String> = site.keys().into_iter().filter(|k| !made.contains(k)).collect();
        let (changed, index) = match pending.commit(&removed, &|| made.iter().cloned().collect()) {
            Ok(made) => {
                let changed = made.iter().filter(|m| m.changed).count();
                (changed, made.into_iter().map(|m| (m.path, m.digest)).collect::<Index>())
            }
            Err(e) => {
                self.in_sync = false;
                return self
                    .staged_after(&folder, started, e)
                    .or_else(|e| Ok(self.unchanged(How::Full, rendered.warnings, started, Some(e))));
            }
        };
        self.in_sync = true;
        site.replace(index);
        self.after_full(&site, rendered.theme.as_deref());
        Ok(Rebuilt {
            how: How::Full,
            changed,
            removed: removed.len(),
            pages: self.pages,
            files: site.len(),
            warnings: rendered.warnings,
            elapsed: started.elapsed(),
            write_error: None,
            rendered: None,
        })
    }

    /// After a rebuild could not write its files in place (a file where a
    /// folder now goes, or the other way round): the whole site staged and put
    /// in place like the first build, which handles any change of shape.
    /// `Err(e)` (the first error) when that fails too.
    fn staged_after(&mut self, folder: &Path, started: Instant, e: io::Error) -> Result<Rebuilt, io::Error> {
        self.first_build(folder, started).map_err(|_| e)
    }

    /// The first build: staged and put in place whole, like `jawnik build`.
    fn first_build(&mut self, folder: &Path, started: Instant) -> Result<Rebuilt, Diagnostics> {
        let staging = output::Staging::begin(folder, &self.write_opts).map_err(|e| write_failure(folder, &e))?;
        let digesting = Digesting::new(&staging);
        let rendered = self.render.all(&digesting).map_err(|e| render_failure(folder, e))?;
        let index = digesting.into_index();
        let mut warnings = rendered.warnings;
        match staging.commit() {
            Ok(stats) => stats.warnings.into_iter().for_each(|w| warnings.push(w)),
            Err(e) => return Err(write_failure(folder, &e)),
        }
        self.in_sync = true;
        let site = Arc::new(DiskSite::new(folder.to_path_buf(), index));
        self.after_full(&site, rendered.theme.as_deref());
        self.site = Some(Arc::clone(&site));
        Ok(Rebuilt {
            how: How::Full,
            changed: site.len(),
            removed: 0,
            pages: self.pages,
            files: site.len(),
            warnings,
            elapsed: started.elapsed(),
            write_error: None,
            rendered: None,
        })
    }

    fn after_full(&mut self, site: &DiskSite, theme: Option<&str>) {
        self.pages = site.pages();
        self.statics = verified_statics(&self.root, theme, site);
    }

    /// A rebuild that changed nothing (its write failed).
    fn unchanged(&self, how: How, warnings: Diagnostics, started: Instant, e: Option<io::Error>) -> Rebuilt {
        let files = self.site.as_ref().map_or(0, |s| s.len());
        Rebuilt {
            how,
            changed: 0,
            removed: 0,
            pages: self.pages,
            files,
            warnings,
            elapsed: started.elapsed(),
            write_error: e,
            rendered: None,
        }
    }

    /// Rebuilds after `changes`: copies static files when only known ones changed,
    /// renders only the changed programmes when only their files changed (call
    /// [`Rebuilder::finish`] next for the site-wide files), renders everything
    /// otherwise.
    pub fn rebuild(&mut self, changes: &ChangeSet) -> Result<Rebuilt, Diagnostics> {
        let started = Instant::now();
        let Some(site) = self.site.clone().filter(|_| self.in_sync) else { return self.build_all() };
        if let Some(slugs) = changes.programmes_only().filter(|s| !s.is_empty()) {
            if let Some(result) = self.apply(&site, How::Programmes, started, |r, sink| r.programmes(&slugs, sink)) {
                return result;
            }
        }
        if changes.templates_only() {
            if let Some(result) = self.apply(&site, How::Templates, started, |r, sink| r.templates(sink)) {
                return result;
            }
        }
        if let Some(copied) = changes.static_only().and_then(|paths| self.read_statics(&site, &paths)) {
            let result = self.apply(&site, How::Static, started, |_, sink| {
                let put = copied.into_iter().try_for_each(|(k, v)| sink.put(k, v));
                Some(
                    put.map(|()| Partial { stale: Vec::new(), warnings: Diagnostics::default(), rendered: None })
                        .map_err(Into::into),
                )
            });
            if let Some(result) = result {
                return result;
            }
        }
        self.build_all()
    }

    /// The site-wide pages and files after a [`How::Programmes`] rebuild; `None`
    /// when there is nothing left to do.
    pub fn finish(&mut self) -> Option<Result<Rebuilt, Diagnostics>> {
        let started = Instant::now();
        let site = self.site.clone()?;
        self.apply(&site, How::SiteWide, started, |r, sink| r.site_wide(sink))
    }

    /// Runs a partial render into the site's folder and merges what it made;
    /// `None` when `render` could not do it (it rendered nothing).
    fn apply(
        &mut self,
        site: &DiskSite,
        how: How,
        started: Instant,
        render: impl FnOnce(&mut RenderFn, &dyn Sink) -> Option<Result<Partial, RenderError>>,
    ) -> Option<Result<Rebuilt, Diagnostics>> {
        let folder = site.dir().to_path_buf();
        let known = |k: &str| site.digest(k);
        let pending = output::Pending::new(&folder, &known).force(self.write_opts.force);
        let partial = match timed("render", || render(&mut self.render, &pending))? {
            Ok(partial) => partial,
            Err(e) => return Some(Err(render_failure(&folder, e))),
        };
        let made = pending.made_paths();
        let removed: Vec<String> =
            partial.stale.into_iter().filter(|k| !made.contains(k) && site.digest(k).is_some()).collect();
        let all = || {
            let mut keys = site.keys();
            keys.extend(made.iter().cloned());
            keys.retain(|k| !removed.contains(k));
            keys
        };
        let made = match timed("commit", || pending.commit(&removed, &all)) {
            Ok(made) => made,
            Err(e) => {
                self.in_sync = false;
                return Some(Ok(self.unchanged(how, partial.warnings, started, Some(e))));
            }
        };
        let is_page = |k: &str| crate::render::urls::is_page(k);
        let added = made.iter().filter(|m| is_page(&m.path) && site.digest(&m.path).is_none()).count();
        timed("index update", || site.update(&made, &removed));
        // Counted from the change, not by walking every file of a large site.
        self.pages = (self.pages + added).saturating_sub(removed.iter().filter(|k| is_page(k)).count());
        Some(Ok(Rebuilt {
            how,
            changed: made.iter().filter(|m| m.changed).count(),
            removed: removed.len(),
            pages: self.pages,
            files: site.len(),
            warnings: partial.warnings,
            elapsed: started.elapsed(),
            write_error: None,
            rendered: partial.rendered,
        }))
    }

    /// The new bytes of changed static files, or `None` when any of them cannot
    /// take the shortcut.
    fn read_statics(&self, site: &DiskSite, paths: &[&Path]) -> Option<Files> {
        let mut files = Files::new();
        for rel in paths {
            let key = self.statics.get(*rel)?;
            // Inlined into another file (a stylesheet in the 404 page, say): that
            // file must change too, which only a render knows how.
            if inlined_elsewhere(site, key) {
                return None;
            }
            // A symlink pointing out of the site is the renderer's to judge.
            let real = self.root.join(rel).canonicalize().ok()?;
            if !real.starts_with(&self.root) || !real.is_file() {
                return None;
            }
            files.insert(key.clone(), fs::read(&real).ok()?);
        }
        Some(files)
    }
}

/// A render that failed, as diagnostics: the problems it found, or why the
/// folder could not be written.
fn render_failure(folder: &Path, e: RenderError) -> Diagnostics {
    match e {
        RenderError::Site(d) => d,
        RenderError::Io(e) => write_failure(folder, &e),
    }
}

fn write_failure(folder: &Path, e: &io::Error) -> Diagnostics {
    let mut d = Diagnostics::default();
    d.push(match output::problem(e) {
        Some(problem) => problem.clone(),
        None => Diagnostic::error(folder, format!("could not write the site: {e}"))
            .hint("free some space or make the folder writable, then save a file again"),
    });
    d
}

/// Whether the bytes of `key` (its first KiB, for speed) appear in another file.
fn inlined_elsewhere(site: &DiskSite, key: &str) -> bool {
    let Ok(bytes) = site.read(key) else { return true };
    let probe = &bytes[..bytes.len().min(1024)];
    if probe.is_empty() {
        return false;
    }
    site.keys()
        .par_iter()
        .filter(|k| k.as_str() != key)
        .any(|k| site.read(k).map_or(true, |v| v.windows(probe.len()).any(|w| w == probe)))
}

/// Static sources whose bytes appear unchanged at `static/<path>` in the output:
/// the site's `static/` and the theme's `static/`. A key two sources claim is
/// left out (which one wins is the renderer's business).
fn verified_statics(root: &Path, theme: Option<&str>, site: &DiskSite) -> BTreeMap<PathBuf, String> {
    let mut dirs = vec![PathBuf::from("static")];
    if let Some(theme) = theme {
        dirs.push(Path::new("themes").join(theme).join("static"));
    }
    let mut by_key: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for dir in &dirs {
        let walk = WalkDir::new(root.join(dir)).min_depth(1).follow_links(true).into_iter();
        for entry in walk.filter_entry(|e| !is_ignored(&e.file_name().to_string_lossy())).flatten() {
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(inner) = entry.path().strip_prefix(root.join(dir)) else { continue };
            let key = format!("static/{}", inner.to_string_lossy().replace('\\', "/"));
            if let Ok(rel) = entry.path().strip_prefix(root) {
                by_key.entry(key).or_default().push(rel.to_path_buf());
            }
        }
    }
    by_key
        .into_iter()
        .filter(|(_, sources)| sources.len() == 1)
        .filter_map(|(key, mut sources)| {
            let rel = sources.pop()?;
            let bytes = fs::read(root.join(&rel)).ok()?;
            (site.digest(&key) == Some(output::digest(&bytes))).then_some((rel, key))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// A renderer copying `themes/t/static/` then `static/` (the site's wins) plus a
    /// page made from `content/page.txt` with `static/inline.css` inlined, failing
    /// when the page says "broken".
    fn fake_renderer(root: PathBuf, renders: Arc<Mutex<usize>>) -> RenderFn {
        Box::new(move || {
            *renders.lock().unwrap() += 1;
            let page = fs::read_to_string(root.join("content/page.txt")).unwrap();
            if page.contains("broken") {
                let mut d = Diagnostics::default();
                d.push(Diagnostic::error("content/page.txt", "broken"));
                return Err(d);
            }
            let inline = fs::read_to_string(root.join("static/inline.css")).unwrap();
            let page = format!("{page}<style>{inline}</style>");
            let mut files = Files::from([("index.html".to_string(), page.into_bytes())]);
            for dir in ["themes/t/static", "static"] {
                for e in WalkDir::new(root.join(dir)).min_depth(1).follow_links(true).into_iter().flatten() {
                    if e.file_type().is_file() {
                        let rel = e.path().strip_prefix(root.join(dir)).unwrap().to_string_lossy().replace('\\', "/");
                        files.insert(format!("static/{rel}"), fs::read(e.path()).unwrap());
                    }
                }
            }
            Ok(Rendition { files, warnings: Diagnostics::default(), theme: Some("t".into()) })
        })
    }

    /// A rebuilder of the site at `root` writing into its `public/`, after
    /// its first build: the output folder and the rebuilder.
    fn built_into_public(root: &Path) -> (PathBuf, Rebuilder) {
        let out = root.join("public");
        let renders = Arc::new(Mutex::new(0));
        let mut rb = Rebuilder::new(root.to_path_buf(), Some(out.clone()), fake_renderer(root.to_path_buf(), renders));
        rb.build_all().unwrap();
        (out, rb)
    }

    fn site() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        for (path, text) in [
            ("content/page.txt", "one"),
            ("static/a.css", "a { color: #111 }"),
            ("static/inline.css", "p { color: #222 }"),
            ("themes/t/static/b.css", "b { color: #333 }"),
            ("themes/t/static/a.css", "a { color: #444 }"),
        ] {
            fs::create_dir_all(root.join(path).parent().unwrap()).unwrap();
            fs::write(root.join(path), text).unwrap();
        }
        (dir, root)
    }

    fn changes(paths: &[&str]) -> ChangeSet {
        ChangeSet::from_paths(paths.iter().map(Path::new))
    }

    #[test]
    fn a_static_change_copies_only_that_file() {
        let (_dir, root) = site();
        let renders = Arc::new(Mutex::new(0));
        let out = root.join("public");
        let mut rb = Rebuilder::new(root.clone(), Some(out.clone()), fake_renderer(root.clone(), renders.clone()));
        rb.build_all().unwrap();
        fs::write(root.join("themes/t/static/b.css"), "b { color: #555 }").unwrap();
        let done = rb.rebuild(&changes(&["themes/t/static/b.css"])).unwrap();
        assert_eq!((done.how, done.changed, done.removed), (How::Static, 1, 0));
        assert_eq!(*renders.lock().unwrap(), 1, "rendered again");
        assert_eq!(rb.site().unwrap().read_string("static/b.css").unwrap(), "b { color: #555 }");
        assert_eq!(fs::read_to_string(out.join("static/b.css")).unwrap(), "b { color: #555 }");
    }

    #[test]
    fn static_files_the_shortcut_cannot_vouch_for_are_rendered() {
        let (_dir, root) = site();
        let renders = Arc::new(Mutex::new(0));
        let mut rb = Rebuilder::new(root.clone(), None, fake_renderer(root.clone(), renders.clone()));
        rb.build_all().unwrap();
        // Claimed by the site and the theme: which one wins is the renderer's call.
        fs::write(root.join("themes/t/static/a.css"), "a { color: #666 }").unwrap();
        let done = rb.rebuild(&changes(&["themes/t/static/a.css"])).unwrap();
        assert_eq!((done.how, done.changed), (How::Full, 0));
        // New since the last render.
        fs::write(root.join("static/new.css"), "n { color: #777 }").unwrap();
        let done = rb.rebuild(&changes(&["static/new.css"])).unwrap();
        assert_eq!((done.how, done.changed), (How::Full, 1));
        // Inlined into the page as well: the page must be rendered again.
        fs::write(root.join("static/inline.css"), "p { color: #888 }").unwrap();
        let done = rb.rebuild(&changes(&["static/inline.css"])).unwrap();
        assert_eq!((done.how, done.changed), (How::Full, 2));
        assert!(String::from_utf8_lossy(&rb.site().unwrap().read("index.html").unwrap()).contains("#888"));
        assert_eq!(*renders.lock().unwrap(), 4);
    }

    #[cfg(unix)]
    #[test]
    fn a_static_symlink_pointing_out_of_the_site_is_not_copied_directly() {
        let (_dir, root) = site();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret.txt"), "b { color: #333 }").unwrap();
        fs::remove_file(root.join("themes/t/static/b.css")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), root.join("themes/t/static/b.css")).unwrap();
        let renders = Arc::new(Mutex::new(0));
        let mut rb = Rebuilder::new(root.clone(), None, fake_renderer(root.clone(), renders.clone()));
        rb.build_all().unwrap();
        let done = rb.rebuild(&changes(&["themes/t/static/b.css"])).unwrap();
        assert_eq!(done.how, How::Full);
    }

    #[test]
    fn a_failed_build_keeps_the_last_good_site_and_a_fix_recovers() {
        let (_dir, root) = site();
        let (out, mut rb) = built_into_public(&root);
        fs::write(root.join("content/page.txt"), "broken").unwrap();
        let err = rb.rebuild(&changes(&["content/page.txt"])).unwrap_err();
        assert_eq!(err.error_count(), 1);
        let first = "one<style>p { color: #222 }</style>";
        assert_eq!(rb.site().unwrap().read("index.html").unwrap(), first.as_bytes());
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), first);
        fs::write(root.join("content/page.txt"), "two").unwrap();
        let done = rb.rebuild(&changes(&["content/page.txt"])).unwrap();
        assert_eq!((done.how, done.changed, done.removed), (How::Full, 1, 0));
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "two<style>p { color: #222 }</style>");
    }

    #[test]
    fn a_file_that_becomes_a_folder_and_back_is_rebuilt() {
        // `static/icons` was a file and is now a folder of files (or the other
        // way round): the old output file stands where the new folder goes.
        let (_dir, root) = site();
        fs::write(root.join("static/icons"), "one file").unwrap();
        let (out, mut rb) = built_into_public(&root);
        fs::remove_file(root.join("static/icons")).unwrap();
        fs::create_dir(root.join("static/icons")).unwrap();
        fs::write(root.join("static/icons/a.svg"), "<svg/>").unwrap();
        let done = rb.rebuild(&changes(&["static/icons", "static/icons/a.svg"]));
        let done = done.unwrap_or_else(|d| panic!("{}", crate::serve::diagnostics_text(&d)));
        assert!(done.write_error.is_none(), "{:?}", done.write_error);
        assert_eq!(fs::read_to_string(out.join("static/icons/a.svg")).unwrap(), "<svg/>");
        fs::remove_dir_all(root.join("static/icons")).unwrap();
        fs::write(root.join("static/icons"), "a file again").unwrap();
        let done = rb.rebuild(&changes(&["static/icons/a.svg", "static/icons"]));
        let done = done.unwrap_or_else(|d| panic!("{}", crate::serve::diagnostics_text(&d)));
        assert!(done.write_error.is_none(), "{:?}", done.write_error);
        assert_eq!(fs::read_to_string(out.join("static/icons")).unwrap(), "a file again");
    }

    #[test]
    fn a_file_the_user_put_in_the_output_is_not_overwritten() {
        // `jawnik build` refuses to replace a file jawnik did not write (the
        // mark's header says so); a rebuild must not overwrite it silently.
        let (_dir, root) = site();
        let (out, mut rb) = built_into_public(&root);
        fs::write(out.join("static/notes.txt"), "the user's own notes").unwrap();
        fs::write(root.join("static/notes.txt"), "the site's notes").unwrap();
        let done = rb.rebuild(&changes(&["static/notes.txt"])).unwrap();
        let e = done.write_error.expect("the rebuild says why it wrote nothing");
        assert_eq!(
            e.to_string(),
            format!(
                "error: the output folder holds 1 file that jawnik did not write, which this rebuild would \
                 overwrite: static/notes.txt\n --> {}\n  = help: move them out of the folder (files that should \
                 be published with the site belong in the site's static/ folder) and save a file again; to \
                 overwrite them anyway, start again with --force",
                out.display()
            )
        );
        assert_eq!(fs::read_to_string(out.join("static/notes.txt")).unwrap(), "the user's own notes");
    }

    #[test]
    fn removed_sources_remove_their_output_files() {
        let (_dir, root) = site();
        let (out, mut rb) = built_into_public(&root);
        fs::remove_file(root.join("themes/t/static/b.css")).unwrap();
        let done = rb.rebuild(&changes(&["themes/t/static/b.css"])).unwrap();
        assert_eq!((done.how, done.changed, done.removed), (How::Full, 0, 1));
        assert!(!out.join("static/b.css").exists());
    }
}
