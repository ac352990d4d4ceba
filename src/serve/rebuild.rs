//! Rebuilding after a change, keeping the last good site.
//!
//! A [`Rebuilder`] owns the last site that built without errors, in memory. A
//! change to static files only copies those files; any other change renders the
//! whole site again in memory (which is fast) and compares it with the last one,
//! so only files whose bytes changed are written or announced. A failed build
//! changes nothing: the last good site stays, in memory and on disk.
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

use walkdir::WalkDir;

use super::change::ChangeSet;
use crate::content::load::{is_ignored, reload_programme};
use crate::content::Site;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::{self, Files};
use crate::render::{self, RenderError, RenderOptions};
use crate::site::{self, BuildOptions};

/// A site rendered into memory.
pub struct Rendition {
    pub files: Files,
    pub warnings: Diagnostics,
    /// The theme the site uses (its `static/` files may be copied directly).
    pub theme: Option<String>,
}

/// How the site is rendered: the real pipeline ([`site_renderer`]), or a
/// stand-in in tests (any `FnMut() -> Result<Rendition, Diagnostics>`, which
/// always renders everything).
pub trait SiteRender: Send {
    /// Renders the whole site.
    fn all(&mut self) -> Result<Rendition, Diagnostics>;

    /// After only the files of existing programmes changed (`slugs`): renders
    /// what those programmes' own pages and files need, when this renderer can
    /// (`None`: render everything). The site-wide pages and files follow in
    /// [`SiteRender::site_wide`].
    fn programmes(&mut self, _slugs: &BTreeSet<String>) -> Option<Result<Partial, Diagnostics>> {
        None
    }

    /// The site-wide pages and files, after [`SiteRender::programmes`].
    fn site_wide(&mut self) -> Option<Result<Partial, Diagnostics>> {
        None
    }
}

impl<F: FnMut() -> Result<Rendition, Diagnostics> + Send> SiteRender for F {
    fn all(&mut self) -> Result<Rendition, Diagnostics> {
        self()
    }
}

/// The renderer a [`Rebuilder`] uses.
pub type RenderFn = Box<dyn SiteRender>;

/// Files a partial render made (all it made, changed or not), the paths it no
/// longer makes, and the site's warnings as they now stand.
pub struct Partial {
    pub files: Files,
    pub removed: Vec<String>,
    pub warnings: Diagnostics,
}

/// Renders with the real pipeline. The reload script is *not* rendered in: serve
/// adds it as pages are served, so memory and disk hold what `build` writes.
///
/// It keeps the model and the prepared renderer of the last good build, so an
/// edit to one programme's files (a year report, say) reloads that programme
/// folder only and re-renders its pages and data files, then the site-wide ones.
pub fn site_renderer(opts: &BuildOptions) -> RenderFn {
    Box::new(Pipeline { opts: opts.clone(), last: None, site_wide_due: false })
}

struct Pipeline {
    opts: BuildOptions,
    last: Option<LastGood>,
    /// The site-wide files still reflect programmes re-rendered since.
    site_wide_due: bool,
}

/// The last good build's model, renderer state and load warnings.
struct LastGood {
    site: Site,
    prepared: render::Prepared,
    load_warnings: Diagnostics,
}

impl SiteRender for Pipeline {
    fn all(&mut self) -> Result<Rendition, Diagnostics> {
        self.last = None;
        let loaded = crate::content::load::load_site(&self.opts.root);
        let mut diags = loaded.diagnostics;
        if let Some(site) = &loaded.site {
            crate::site::dated_checks(site, &self.opts, &mut diags);
        }
        let Some(site) = loaded.site.filter(|_| !diags.has_errors()) else { return Err(diags) };
        if let Some(on_render) = self.opts.on_render {
            on_render(render::page_count(&site));
        }
        let render_opts = RenderOptions { root: self.opts.root.clone() };
        let collect = render::Collect::default();
        let mut prepared = match render::Prepared::new(&site, &render_opts) {
            Ok(p) => p,
            Err(d) => {
                diags.extend(d);
                return Err(diags);
            }
        };
        let load_warnings = diags.clone();
        match prepared.render_all(&site, &collect) {
            Ok(summary) => diags.extend(summary.warnings),
            Err(RenderError::Site(d)) => {
                diags.extend(d);
                return Err(diags);
            }
            Err(RenderError::Io(e)) => unreachable!("rendering into memory cannot fail to write: {e}"),
        }
        let theme = Some(site.config.theme.clone());
        self.last = Some(LastGood { site, prepared, load_warnings });
        self.site_wide_due = false;
        Ok(Rendition { files: collect.into_files(), warnings: diags, theme })
    }

    fn programmes(&mut self, slugs: &BTreeSet<String>) -> Option<Result<Partial, Diagnostics>> {
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
            let (programme, d) = reload_programme(&self.opts.root, &site.config, slug);
            diags.extend(d);
            reloaded.push((pi, programme?));
        }
        if diags.has_errors() {
            return Some(Err(diags));
        }
        let mut old_paths: BTreeSet<String> = BTreeSet::new();
        for (pi, programme) in reloaded {
            old_paths.extend(render::Prepared::programme_paths(site, pi));
            site.programmes[pi] = programme;
        }
        let collect = render::Collect::default();
        let rendered = last.prepared.render_programmes(site, &indexes, &collect);
        if let Err(e) = rendered {
            // The model now holds the edit but the renderer state may not:
            // start over from the files on the next change.
            self.last = None;
            return Some(Err(match e {
                RenderError::Site(d) => {
                    diags.extend(d);
                    diags
                }
                RenderError::Io(e) => unreachable!("rendering into memory cannot fail to write: {e}"),
            }));
        }
        last.load_warnings = diags.clone();
        self.site_wide_due = true;
        let files = collect.into_files();
        let removed = old_paths.into_iter().filter(|p| !files.contains_key(p)).collect();
        Some(Ok(Partial { files, removed, warnings: diags }))
    }

    fn site_wide(&mut self) -> Option<Result<Partial, Diagnostics>> {
        if !std::mem::take(&mut self.site_wide_due) {
            return None;
        }
        let last = self.last.as_mut()?;
        let collect = render::Collect::default();
        match last.prepared.render_site_wide(&last.site, &collect) {
            Ok(summary) => {
                let mut warnings = last.load_warnings.clone();
                warnings.extend(summary.warnings);
                Some(Ok(Partial { files: collect.into_files(), removed: Vec::new(), warnings }))
            }
            Err(RenderError::Site(d)) => {
                self.last = None;
                Some(Err(d))
            }
            Err(RenderError::Io(e)) => unreachable!("rendering into memory cannot fail to write: {e}"),
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
}

pub struct Rebuilder {
    /// The site root, canonical.
    root: PathBuf,
    /// Where to write the site, if anywhere.
    output: Option<PathBuf>,
    /// How the first write may treat what the output folder holds.
    write_opts: output::WriteOptions,
    render: RenderFn,
    /// The last good site; `None` until a build succeeds.
    site: Option<Arc<Files>>,
    /// Static source files (relative to the root) known to be copied verbatim,
    /// with their output keys.
    statics: BTreeMap<PathBuf, String>,
    /// False until the output holds the last good site (first write, or after a
    /// write failed): then the next write compares with the disk, not memory.
    output_in_sync: bool,
    /// HTML pages in the last good site.
    pages: usize,
}

impl Rebuilder {
    /// `root` must be canonical (static files are checked to stay inside it).
    pub fn new(root: PathBuf, output: Option<PathBuf>, render: RenderFn) -> Rebuilder {
        Rebuilder {
            root,
            output,
            write_opts: output::WriteOptions::default(),
            render,
            site: None,
            statics: BTreeMap::new(),
            output_in_sync: false,
            pages: 0,
        }
    }

    /// Lets the first write replace an output folder jawnik did not write
    /// (`--force`).
    pub fn force(mut self, force: bool) -> Rebuilder {
        self.write_opts.force = force;
        self
    }

    /// The last good site, shared: cheap to clone, never changed in place while
    /// someone holds it.
    pub fn site(&self) -> Option<Arc<Files>> {
        self.site.clone()
    }

    /// Builds the whole site (the first build, or after anything but static files
    /// changed). Errors leave the last good site as it was.
    pub fn build_all(&mut self) -> Result<Rebuilt, Diagnostics> {
        let started = Instant::now();
        let rendition = self.render.all()?;
        let new = rendition.files;
        let empty = Files::new();
        let old = self.site.as_deref().unwrap_or(&empty);
        // Borrowed from the new site, not copied: on a large site a copy of
        // every changed file is gigabytes.
        let changed: Vec<(&str, &[u8])> =
            new.iter().filter(|(k, v)| old.get(*k) != Some(*v)).map(|(k, v)| (k.as_str(), v.as_slice())).collect();
        let removed: Vec<String> = old.keys().filter(|k| !new.contains_key(*k)).cloned().collect();
        self.statics = verified_statics(&self.root, rendition.theme.as_deref(), &new);
        let changed_count = changed.len();
        let write_error = Self::write_to(
            self.output.as_deref(),
            &self.write_opts,
            &mut self.output_in_sync,
            self.site.is_none(),
            &new,
            &changed,
            &removed,
        )
        .err();
        self.pages = site::count_pages(&new);
        let rebuilt = Rebuilt {
            how: How::Full,
            changed: changed_count,
            removed: removed.len(),
            pages: self.pages,
            files: new.len(),
            warnings: rendition.warnings,
            elapsed: started.elapsed(),
            write_error,
        };
        self.site = Some(Arc::new(new));
        Ok(rebuilt)
    }

    /// Rebuilds after `changes`: copies static files when only known ones changed,
    /// renders only the changed programmes when only their files changed (call
    /// [`Rebuilder::finish`] next for the site-wide files), renders everything
    /// otherwise.
    pub fn rebuild(&mut self, changes: &ChangeSet) -> Result<Rebuilt, Diagnostics> {
        let started = Instant::now();
        if let (Some(slugs), Some(_)) = (changes.programmes_only().filter(|s| !s.is_empty()), &self.site) {
            match self.render.programmes(&slugs) {
                Some(Ok(partial)) => return Ok(self.apply(partial, How::Programmes, started)),
                Some(Err(diags)) => return Err(diags),
                None => {}
            }
        }
        if let Some(copied) = changes.static_only().and_then(|paths| self.read_statics(&paths)) {
            if let Some(site) = &mut self.site {
                let changed: Files = copied.into_iter().filter(|(k, v)| site.get(k) != Some(v)).collect();
                let files = Arc::make_mut(site);
                files.extend(changed.clone());
                let (pages, total) = (self.pages, files.len());
                let all = Arc::clone(site);
                let write_error = self.write(&all, &changed, &[]).err();
                return Ok(Rebuilt {
                    how: How::Static,
                    changed: changed.len(),
                    removed: 0,
                    pages,
                    files: total,
                    warnings: Diagnostics::default(),
                    elapsed: started.elapsed(),
                    write_error,
                });
            }
        }
        self.build_all()
    }

    /// The site-wide pages and files after a [`How::Programmes`] rebuild; `None`
    /// when there is nothing left to do.
    pub fn finish(&mut self) -> Option<Result<Rebuilt, Diagnostics>> {
        let started = Instant::now();
        let partial = self.render.site_wide()?;
        Some(partial.map(|p| self.apply(p, How::SiteWide, started)))
    }

    /// Merges a partial render into the last good site and the output folder.
    fn apply(&mut self, partial: Partial, how: How, started: Instant) -> Rebuilt {
        let site = self.site.get_or_insert_with(Default::default);
        let changed: Files = partial.files.into_iter().filter(|(k, v)| site.get(k) != Some(v)).collect();
        let removed: Vec<String> = partial.removed.into_iter().filter(|k| site.contains_key(k)).collect();
        let is_page = |k: &String| k.ends_with(".html");
        let pages_before = self.pages;
        let files = Arc::make_mut(site);
        let added = changed.keys().filter(|k| is_page(k) && !files.contains_key(*k)).count();
        files.extend(changed.iter().map(|(k, v)| (k.clone(), v.clone())));
        for k in &removed {
            files.remove(k);
        }
        // Counted from the change, not by walking every file of a large site.
        let pages = (pages_before + added).saturating_sub(removed.iter().filter(|k| is_page(k)).count());
        self.pages = pages;
        let total = files.len();
        let all = Arc::clone(site);
        let write_error = self.write(&all, &changed, &removed).err();
        Rebuilt {
            how,
            changed: changed.len(),
            removed: removed.len(),
            pages,
            files: total,
            warnings: partial.warnings,
            elapsed: started.elapsed(),
            write_error,
        }
    }

    /// The new bytes of changed static files, or `None` when any of them cannot
    /// take the shortcut.
    fn read_statics(&self, paths: &[&Path]) -> Option<Files> {
        let site = self.site.as_ref()?;
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

    /// Brings the output folder (if any) up to `all`, knowing what changed.
    fn write(&mut self, all: &Files, changed: &Files, removed: &[String]) -> io::Result<()> {
        let pairs: Vec<(&str, &[u8])> = changed.iter().map(|(k, v)| (k.as_str(), v.as_slice())).collect();
        let opts = self.write_opts;
        Self::write_to(
            self.output.as_deref(),
            &opts,
            &mut self.output_in_sync,
            self.site.is_none(),
            all,
            &pairs,
            removed,
        )
    }

    /// [`Rebuilder::write`] on the fields it needs, so callers can borrow the
    /// changed files from a site they hold.
    fn write_to(
        output: Option<&Path>,
        opts: &output::WriteOptions,
        in_sync: &mut bool,
        first: bool,
        all: &Files,
        changed: &[(&str, &[u8])],
        removed: &[String],
    ) -> io::Result<()> {
        let Some(output) = output else { return Ok(()) };
        let result = if *in_sync {
            output::apply(output, changed, removed, all).map(drop)
        } else if first {
            output::write_all(output, all, opts).map(drop)
        } else {
            output::sync(output, all).map(drop)
        };
        *in_sync = result.is_ok();
        result
    }
}

/// Whether the bytes of `key` (its first KiB, for speed) appear in another file.
fn inlined_elsewhere(files: &Files, key: &str) -> bool {
    let Some(bytes) = files.get(key) else { return true };
    let probe = &bytes[..bytes.len().min(1024)];
    if probe.is_empty() {
        return false;
    }
    files.iter().filter(|(k, _)| k.as_str() != key).any(|(_, v)| v.windows(probe.len()).any(|w| w == probe))
}

/// Static sources whose bytes appear unchanged at `static/<path>` in the output:
/// the site's `static/` and the theme's `static/`. A key two sources claim is
/// left out (which one wins is the renderer's business).
fn verified_statics(root: &Path, theme: Option<&str>, files: &Files) -> BTreeMap<PathBuf, String> {
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
            (files.get(&key) == Some(&bytes)).then_some((rel, key))
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
                        let rel = e.path().strip_prefix(root.join(dir)).unwrap().to_string_lossy().to_string();
                        files.insert(format!("static/{rel}"), fs::read(e.path()).unwrap());
                    }
                }
            }
            Ok(Rendition { files, warnings: Diagnostics::default(), theme: Some("t".into()) })
        })
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
        assert_eq!(rb.site().unwrap()["static/b.css"], b"b { color: #555 }");
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
        assert!(String::from_utf8_lossy(&rb.site().unwrap()["index.html"]).contains("#888"));
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
        let out = root.join("public");
        let renders = Arc::new(Mutex::new(0));
        let mut rb = Rebuilder::new(root.clone(), Some(out.clone()), fake_renderer(root.clone(), renders));
        rb.build_all().unwrap();
        fs::write(root.join("content/page.txt"), "broken").unwrap();
        let err = rb.rebuild(&changes(&["content/page.txt"])).unwrap_err();
        assert_eq!(err.error_count(), 1);
        let first = "one<style>p { color: #222 }</style>";
        assert_eq!(rb.site().unwrap()["index.html"], first.as_bytes());
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), first);
        fs::write(root.join("content/page.txt"), "two").unwrap();
        let done = rb.rebuild(&changes(&["content/page.txt"])).unwrap();
        assert_eq!((done.how, done.changed, done.removed), (How::Full, 1, 0));
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "two<style>p { color: #222 }</style>");
    }

    #[test]
    fn removed_sources_remove_their_output_files() {
        let (_dir, root) = site();
        let out = root.join("public");
        let renders = Arc::new(Mutex::new(0));
        let mut rb = Rebuilder::new(root.clone(), Some(out.clone()), fake_renderer(root.clone(), renders));
        rb.build_all().unwrap();
        fs::remove_file(root.join("themes/t/static/b.css")).unwrap();
        let done = rb.rebuild(&changes(&["themes/t/static/b.css"])).unwrap();
        assert_eq!((done.how, done.changed, done.removed), (How::Full, 0, 1));
        assert!(!out.join("static/b.css").exists());
    }
}
