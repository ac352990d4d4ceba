//! Model → bytes. Renderers return strings and byte vectors and never touch the
//! filesystem except to read the theme; `output` writes what they return,
//! handed over file by file through a [`Sink`].
//!
//! [`render_site`] gathers the theme ([`theme`]), compiles its templates
//! ([`templates`]), renders the Markdown ([`markdown`]), the data files
//! ([`data`]) and every page ([`pages`], in parallel), and adds the theme's
//! static files, `sitemap.xml` and `robots.txt` ([`sitemap`]), the search
//! indexes ([`search`]) and the Atom feeds ([`feed`]).

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::content::Site;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::{self, Files};
use crate::timings::timed;

pub mod attachments;
pub mod chart;
pub mod csp;
pub mod data;
pub mod deps;
pub mod document;
pub mod feed;
pub mod filters;
pub mod fonts;
pub mod markdown;
pub mod metryczka;
pub mod pages;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod search;
pub mod sitemap;
pub mod strings;
pub mod templates;
pub mod theme;
pub mod urls;
pub mod values;
pub mod wide;

use pages::{Doc, DocKind, Shared};
use theme::Theme;

/// Options that change what is rendered, not what the content says.
#[derive(Clone, Debug)]
pub struct RenderOptions {
    /// The site folder: themes/, templates/ and static/ are looked up under it.
    pub root: PathBuf,
}

/// Every output file of the site, and any warnings rendering found.
pub struct Rendered {
    pub files: Files,
    pub warnings: Diagnostics,
}

/// Where rendered files go, as soon as each is made: kept in memory
/// ([`Collect`]: serve, tests) or written to the new output folder
/// ([`output::Staging`]: build), so a build never holds the whole site in
/// memory. Called from many threads at once.
pub trait Sink: Sync {
    /// One whole file; `path` is '/'-separated under the output.
    fn put(&self, path: String, bytes: Vec<u8>) -> io::Result<()>;
    /// One file written in pieces by `fill` (the site-wide data files, too large
    /// to hold whole); returns its size in bytes.
    fn put_with(&self, path: String, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<u64>;
    /// The bytes of a file this sink holds, given in this render or kept from
    /// the last one, when it can read them back (`None`: it cannot). The
    /// site-wide data files are put together from the programmes' files this
    /// way instead of being formatted again.
    fn read_back(&self, _path: &str) -> Option<io::Result<Vec<u8>>> {
        None
    }
    /// The [`Digest`](output::Digest) of a file this sink holds, given in this
    /// render or kept from the last one, when it knows it without reading the
    /// file (`None`: it does not).
    fn digest_of(&self, _path: &str) -> Option<output::Digest> {
        None
    }
    /// One file made of `pieces` (bytes, and ranges of files this sink
    /// holds), whose identity is `digest` (see [`output::joined_digest`]): a
    /// sink that keeps files on disk copies the ranges file to file and skips
    /// the write when `digest` is the one it knows, never reading the bytes
    /// back nor digesting them. Returns the file's size.
    fn put_pieces(&self, path: String, pieces: &[output::Piece], _digest: output::Digest) -> io::Result<u64> {
        self.put_with(path, &mut |w| output::write_pieces(w, pieces, &mut |p| self.read_back(p)))
    }
}

/// A [`Sink`] that keeps every file in memory.
#[derive(Default)]
pub struct Collect(Mutex<Files>);

impl Collect {
    pub fn into_files(self) -> Files {
        self.0.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn insert(&self, path: String, mut bytes: Vec<u8>) {
        // A page's buffer grew by doubling while it was rendered; kept for the
        // life of a serve session, the slack would be a third of the site.
        bytes.shrink_to_fit();
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).insert(path, bytes);
    }
}

impl Sink for Collect {
    fn put(&self, path: String, bytes: Vec<u8>) -> io::Result<()> {
        self.insert(path, bytes);
        Ok(())
    }

    fn put_with(&self, path: String, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<u64> {
        let mut bytes = Vec::new();
        fill(&mut bytes)?;
        let n = bytes.len() as u64;
        self.insert(path, bytes);
        Ok(n)
    }
}

impl Sink for output::Staging {
    fn put(&self, path: String, bytes: Vec<u8>) -> io::Result<()> {
        self.write(&path, &bytes)
    }

    fn put_with(&self, path: String, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<u64> {
        self.write_with(&path, fill)
    }

    fn read_back(&self, path: &str) -> Option<io::Result<Vec<u8>>> {
        Some(self.read(path))
    }
}

impl Sink for output::Pending<'_> {
    fn digest_of(&self, path: &str) -> Option<output::Digest> {
        self.digest_of(path)
    }

    fn put_pieces(&self, path: String, pieces: &[output::Piece], digest: output::Digest) -> io::Result<u64> {
        self.write_pieces(&path, pieces, digest)
    }

    fn put(&self, path: String, bytes: Vec<u8>) -> io::Result<()> {
        self.write(&path, &bytes)
    }

    fn put_with(&self, path: String, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<u64> {
        self.write_with(&path, fill)
    }

    fn read_back(&self, path: &str) -> Option<io::Result<Vec<u8>>> {
        Some(self.read(path))
    }
}

/// Why a render produced no site.
#[derive(Debug)]
pub enum RenderError {
    /// Problems in the theme or the Markdown: a broken template, say.
    Site(Diagnostics),
    /// The sink could not take a file (a full disk, a folder not writable).
    Io(io::Error),
}

impl From<Diagnostics> for RenderError {
    fn from(d: Diagnostics) -> RenderError {
        RenderError::Site(d)
    }
}

impl From<io::Error> for RenderError {
    fn from(e: io::Error) -> RenderError {
        RenderError::Io(e)
    }
}

/// What a render handed to its sink.
#[derive(Debug)]
pub struct Summary {
    /// HTML pages (all languages).
    pub pages: usize,
    /// All files: pages, data, feeds, static files.
    pub files: usize,
    pub warnings: Diagnostics,
}

/// How many HTML pages the site will have (for progress messages).
pub fn page_count(site: &Site) -> usize {
    pages::jobs(site).len()
}

/// Renders the whole site into memory. Errors (a broken template, say) come
/// back as diagnostics.
pub fn render_site(site: &Site, opts: &RenderOptions) -> Result<Rendered, Diagnostics> {
    let collect = Collect::default();
    match render_site_to(site, opts, &collect) {
        Ok(summary) => Ok(Rendered { files: collect.into_files(), warnings: summary.warnings }),
        Err(RenderError::Site(d)) => Err(d),
        Err(RenderError::Io(e)) => unreachable!("rendering into memory cannot fail to write: {e}"),
    }
}

/// Renders the whole site, handing each file to `sink` as soon as it is made:
/// data files first (pages link them with their sizes), then every page in
/// parallel, then the site-wide files. On an error some files may have reached
/// the sink already; the caller discards them (a build's staging folder).
pub fn render_site_to(site: &Site, opts: &RenderOptions, sink: &dyn Sink) -> Result<Summary, RenderError> {
    Prepared::new(site, opts)?.render_all(site, sink)
}

/// What a render keeps for the next one (serve, `build --watch`): the theme
/// with its compiled templates, the rendered Markdown, and the links and sizes
/// of the data files. With it, a change to one programme re-renders that
/// programme's pages and files ([`Prepared::render_programmes`]), then the
/// site-wide ones ([`Prepared::render_site_wide`]), instead of everything.
///
/// The site passed to each call must be the one the last call saw, except for
/// the programmes a `render_programmes` call is told about.
pub struct Prepared {
    theme: Theme,
    templates: templates::Templates,
    stylesheet: String,
    /// The Content-Security-Policy of every page ([`csp`]).
    csp: String,
    docs: pages::Docs,
    data: data::DataFiles,
    /// Warnings about the theme (strings one language lacks).
    theme_warnings: Diagnostics,
    /// The PDFs typeset so far, kept across renders by `serve` (a build makes
    /// each once and keeps none).
    pdf_cache: Option<Arc<attachments::Cache>>,
    /// Each programme's search and sitemap entries ([`wide`]), kept only
    /// for rebuilds ([`Prepared::for_rebuilds`]).
    wide: wide::WideParts,
    keep_parts: bool,
}

impl Prepared {
    /// Loads the theme, compiles its templates and renders every Markdown text.
    pub fn new(site: &Site, opts: &RenderOptions) -> Result<Prepared, Diagnostics> {
        let theme = Theme::load(&opts.root, &site.config.theme)?;
        let mut theme_warnings = theme.warnings.clone();
        theme_warnings.extend(check_strings(&theme, site));
        let templates = templates::Templates::new(&theme, &site.config.languages, site.default_lang())?;
        let all: Vec<usize> = (0..site.programmes.len()).collect();
        let docs = render_docs(site, &theme, &all)?;
        let stylesheet =
            theme.statics.get("style.css").map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default();
        let csp = csp::policy(&[&stylesheet]);
        Ok(Prepared {
            theme,
            templates,
            stylesheet,
            csp,
            docs,
            data: data::DataFiles::default(),
            theme_warnings,
            pdf_cache: None,
            wide: wide::WideParts::default(),
            keep_parts: false,
        })
    }

    /// What the report attachments are made from.
    fn makers<'a>(&'a self, site: &'a Site) -> attachments::Makers<'a> {
        attachments::Makers {
            site,
            strings: &self.theme.strings,
            templates: &self.templates,
            docs: &self.docs,
            cache: self.pdf_cache.as_deref(),
        }
    }

    /// Keeps every PDF typeset from now on in `cache`, and takes the ones in it
    /// whose report has not changed instead of typesetting them again. `serve`
    /// passes the same cache to each new renderer.
    pub fn keep_pdfs(&mut self, cache: Arc<attachments::Cache>) {
        self.pdf_cache = Some(cache);
    }

    /// Keeps each programme's search and sitemap entries between renders, so
    /// that the site-wide step after a programme edit makes only that
    /// programme's again (serve, `build --watch`). A one-off build does not:
    /// they would add to its peak memory (~100 MB at 1,000 programmes) and
    /// save it nothing.
    pub fn for_rebuilds(mut self) -> Prepared {
        self.keep_parts = true;
        self
    }

    /// Every file of the site.
    pub fn render_all(&mut self, site: &Site, sink: &dyn Sink) -> Result<Summary, RenderError> {
        let counted = Counting::new(sink);
        let all: Vec<usize> = (0..site.programmes.len()).collect();
        // The data files and the report attachments in parallel: the package
        // and the pages list both, with their sizes.
        let strings = &self.theme.strings;
        let makers = self.makers(site);
        let (data, documents) = rayon::join(
            || {
                let mut data = data::DataFiles::default();
                data::write_programmes(site, &counted, &all, &mut data).map(|()| data)
            },
            || attachments::write(&makers, &all, &counted),
        );
        self.data = data?;
        self.data.documents = documents?;
        data::write_site(site, strings, &counted, &mut self.data)?;
        self.wide = wide::WideParts::default();
        if self.keep_parts {
            // The programmes' pages first, then their search and sitemap
            // entries (the search page lists them), then the site-wide pages.
            let (site_jobs, programme_jobs): (Vec<pages::Job>, Vec<pages::Job>) =
                pages::jobs(site).into_iter().partition(|j| j.kind.programme().is_none());
            self.render_jobs(site, &programme_jobs, &counted)?;
            drop(programme_jobs);
            self.wide.refresh(site, &self.theme.strings);
            self.render_jobs(site, &site_jobs, &counted)?;
        } else {
            self.render_jobs(site, &pages::jobs(site), &counted)?;
        }
        let mut warnings = self.site_files(site, &counted)?;
        warnings.items.extend(attachments::feature_warning(site));
        Ok(counted.summary(warnings))
    }

    /// The pages and data files of the programmes `changed` (indexes into
    /// `site.programmes`, which holds their new versions). Pages other
    /// programmes' pages do not mention them (above the menu's limit), so only
    /// the site-wide pages and files are left, for [`Prepared::render_site_wide`].
    pub fn render_programmes(
        &mut self,
        site: &Site,
        changed: &[usize],
        sink: &dyn Sink,
    ) -> Result<Summary, RenderError> {
        let counted = Counting::new(sink);
        let docs = timed("programme markdown", || render_docs(site, &self.theme, changed))?;
        for &pi in changed {
            // Keys sort by programme first: this programme's texts are one range.
            let keys: Vec<(usize, DocKind)> =
                self.docs.range((pi, DocKind::Description)..).take_while(|(k, _)| k.0 == pi).map(|(k, _)| *k).collect();
            keys.iter().for_each(|k| drop(self.docs.remove(k)));
        }
        self.docs.extend(docs);
        self.wide.forget(changed);
        let makers = attachments::Makers {
            site,
            strings: &self.theme.strings,
            templates: &self.templates,
            docs: &self.docs,
            cache: self.pdf_cache.as_deref(),
        };
        let (written, documents) = rayon::join(
            || timed("programme data files", || data::write_programmes(site, &counted, changed, &mut self.data)),
            || timed("report attachments", || attachments::write(&makers, changed, &counted)),
        );
        written?;
        let slugs: Vec<&str> = changed.iter().map(|&pi| site.programmes[pi].slug.as_str()).collect();
        self.data.documents.retain(|(_, slug, _), _| !slugs.contains(&slug.as_str()));
        self.data.documents.extend(documents?);
        let jobs: Vec<pages::Job> = changed.iter().flat_map(|&pi| pages::jobs_of(site, pi)).collect();
        timed("programme pages", || self.render_jobs(site, &jobs, &counted))?;
        Ok(counted.summary(Diagnostics::default()))
    }

    /// The site-wide files and pages: site data and data package, home, data,
    /// search, accessibility and 404 pages, search index, feeds, sitemap.
    pub fn render_site_wide(&mut self, site: &Site, sink: &dyn Sink) -> Result<Summary, RenderError> {
        let counted = Counting::new(sink);
        timed("site-wide data files", || data::write_site(site, &self.theme.strings, &counted, &mut self.data))?;
        if self.keep_parts {
            timed("search and sitemap entries", || self.wide.refresh(site, &self.theme.strings));
        }
        timed("site-wide pages", || self.render_jobs(site, &pages::site_jobs(site), &counted))?;
        let warnings = timed("search, feeds, sitemap", || self.site_files(site, &counted))?;
        Ok(counted.summary(warnings))
    }

    /// After only templates changed: loads the theme again and renders the
    /// pages whose template, or a template it extends, includes or takes a
    /// component from, changed ([`deps`]); every other file stays as it is.
    /// Returns how many pages were rendered, or `None` (nothing rendered,
    /// nothing changed here) when more than the templates changed or the
    /// templates cannot be read that way: then render everything.
    pub fn render_templates(
        &mut self,
        site: &Site,
        opts: &RenderOptions,
        sink: &dyn Sink,
    ) -> Result<Option<usize>, RenderError> {
        let theme = Theme::load(&opts.root, &site.config.theme)?;
        if theme.statics != self.theme.statics || theme.strings != self.theme.strings {
            return Ok(None);
        }
        let texts = |t: &Theme| -> BTreeMap<String, String> {
            t.templates.iter().map(|(k, v)| (k.clone(), v.text.clone())).collect()
        };
        let jobs = pages::jobs(site);
        let kinds: std::collections::BTreeSet<&str> = jobs.iter().map(|j| j.kind.template()).collect();
        let Some(affected) = deps::affected(&texts(&self.theme), &texts(&theme), kinds) else { return Ok(None) };
        let templates = templates::Templates::new(&theme, &site.config.languages, site.default_lang())?;
        let jobs: Vec<pages::Job> = jobs.into_iter().filter(|j| affected.contains(j.kind.template())).collect();
        let old = std::mem::replace(&mut self.templates, templates);
        if let Err(e) = self.render_jobs(site, &jobs, sink) {
            self.templates = old;
            return Err(e);
        }
        let mut theme_warnings = theme.warnings.clone();
        theme_warnings.extend(check_strings(&theme, site));
        self.theme_warnings = theme_warnings;
        self.theme = theme;
        Ok(Some(jobs.len()))
    }

    /// The warnings about the theme, as of the last render.
    pub fn theme_warnings(&self) -> &Diagnostics {
        &self.theme_warnings
    }

    /// Every output path that belongs to programme `pi`: its pages and data
    /// files in every language.
    pub fn programme_paths(site: &Site, pi: usize) -> Vec<String> {
        let mut paths: Vec<String> = pages::jobs_of(site, pi).into_iter().map(|j| j.path).collect();
        paths.extend(data::programme_paths(site, &site.programmes[pi]));
        paths.extend(attachments::programme_paths(site, pi));
        paths
    }

    fn render_jobs(&self, site: &Site, jobs: &[pages::Job], sink: &dyn Sink) -> Result<(), RenderError> {
        let shared = Shared {
            site,
            strings: &self.theme.strings,
            data: &self.data,
            docs: &self.docs,
            stylesheet: &self.stylesheet,
            csp: &self.csp,
            has_data: self.data.downloads.values().any(|d| !d.is_empty()),
            wide: self.wide.complete(site).then_some(&self.wide),
        };
        // Each page is written as soon as it is rendered; only errors are kept.
        let templates = &self.templates;
        let errors: Vec<Box<Diagnostic>> = jobs
            .par_iter()
            .map(|job| {
                let ctx = pages::context(&shared, job);
                match templates.render(&job.lang, job.kind.template(), &ctx) {
                    // Tera keeps the line break after a template's opening
                    // comment; a page starts at its doctype.
                    Ok(html) => sink.put(job.path.clone(), trim_start(html).into_bytes()).map(|()| None),
                    Err(d) => Ok(Some(d)),
                }
            })
            .filter_map(Result::transpose)
            .collect::<io::Result<_>>()?;
        if errors.is_empty() {
            return Ok(());
        }
        let mut diags = Diagnostics::default();
        errors.into_iter().for_each(|d| diags.push(*d));
        // A template's error comes back from every page that uses it: once is enough.
        Err(RenderError::Site(Diagnostics { items: diags.sorted() }))
    }

    /// Static files, search indexes, feeds, sitemap and robots.txt; warnings.
    fn site_files(&self, site: &Site, sink: &dyn Sink) -> Result<Diagnostics, RenderError> {
        let mut warnings = self.theme_warnings.clone();
        for (path, bytes) in &self.theme.statics {
            sink.put(urls::static_file(path), bytes.clone())?;
        }
        let strings = &self.theme.strings;
        // Independent of each other: made side by side (serve waits for them
        // after every edit).
        let put_all = |files: Vec<(String, Vec<u8>)>| files.into_iter().try_for_each(|(p, b)| sink.put(p, b));
        let wide = self.wide.complete(site).then_some(&self.wide);
        let search_files = || -> Vec<(String, Vec<u8>)> {
            match wide {
                Some(w) => site
                    .config
                    .languages
                    .par_iter()
                    .map(|lang| (search::index_path(lang), w.index_script(lang).into_bytes()))
                    .collect(),
                None => search::index_files(site, strings).into_iter().collect(),
            }
        };
        let ((search, feeds), sitemaps) = rayon::join(
            || {
                rayon::join(
                    || timed("search indexes", || put_all(search_files())),
                    || timed("feeds", || put_all(feed::files(site, strings).into_iter().collect())),
                )
            },
            || match &site.config.base_url {
                Some(base) => timed("sitemap", || {
                    let files = match wide {
                        Some(w) => w.sitemap(site, base, &pages::site_jobs(site)),
                        None => sitemap::files(site, base, &pages::jobs(site)),
                    };
                    put_all(files.into_iter().map(|(p, t)| (p, t.into_bytes())).collect())
                }),
                None => Ok(()),
            },
        );
        search?;
        feeds?;
        sitemaps?;
        match &site.config.base_url {
            Some(_) => {}
            None => warnings.push(
                Diagnostic::warning(crate::content::load::CONFIG_FILE, msg!("base-url-missing"))
                    .hint(msg!("base-url-missing-hint")),
            ),
        }
        sink.put("robots.txt".into(), sitemap::robots(site.config.base_url.as_deref()).into_bytes())?;
        Ok(warnings)
    }
}

/// `html` without leading whitespace, reusing its buffer.
fn trim_start(mut html: String) -> String {
    let lead = html.len() - html.trim_start().len();
    html.drain(..lead);
    html
}

/// Counts the files and pages going through to a sink.
struct Counting<'a> {
    sink: &'a dyn Sink,
    files: AtomicUsize,
    pages: AtomicUsize,
}

impl<'a> Counting<'a> {
    fn new(sink: &'a dyn Sink) -> Counting<'a> {
        Counting { sink, files: AtomicUsize::new(0), pages: AtomicUsize::new(0) }
    }

    fn summary(&self, warnings: Diagnostics) -> Summary {
        Summary { pages: self.pages.load(Ordering::Relaxed), files: self.files.load(Ordering::Relaxed), warnings }
    }

    fn count(&self, path: &str) {
        self.files.fetch_add(1, Ordering::Relaxed);
        if urls::is_page(path) {
            self.pages.fetch_add(1, Ordering::Relaxed);
        }
    }
}

impl Sink for Counting<'_> {
    fn put(&self, path: String, bytes: Vec<u8>) -> io::Result<()> {
        self.count(&path);
        self.sink.put(path, bytes)
    }

    fn put_with(&self, path: String, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<u64> {
        self.count(&path);
        self.sink.put_with(path, fill)
    }

    fn read_back(&self, path: &str) -> Option<io::Result<Vec<u8>>> {
        self.sink.read_back(path)
    }

    fn digest_of(&self, path: &str) -> Option<output::Digest> {
        self.sink.digest_of(path)
    }

    fn put_pieces(&self, path: String, pieces: &[output::Piece], digest: output::Digest) -> io::Result<u64> {
        self.count(&path);
        self.sink.put_pieces(path, pieces, digest)
    }
}

/// Every Markdown file as HTML; raw HTML in any of them stops the build.
fn render_docs(site: &Site, theme: &Theme, which: &[usize]) -> Result<pages::Docs, Diagnostics> {
    let mut out = pages::Docs::new();
    let mut errors = Diagnostics::default();
    for &pi in which {
        let p = &site.programmes[pi];
        let mut narratives = vec![(DocKind::Description, &p.description)];
        for r in &p.reports {
            narratives.push((DocKind::Narrative(r.year), &r.narrative));
            narratives.push((DocKind::Conclusions(r.year), &r.conclusions));
        }
        for (kind, narrative) in narratives {
            for (lang, doc) in &narrative.0 {
                let label = theme.strings.get(lang, "page.table_region");
                let placement = markdown::Placement { top_heading: 3, table_label: &label };
                match markdown::to_html(doc, &placement) {
                    Ok(html) => {
                        let doc = Doc { title: doc.title.clone(), html, lang: lang.clone(), fallback: false };
                        out.entry((pi, kind)).or_default().insert(lang.clone(), doc);
                    }
                    Err(d) => errors.extend(d),
                }
            }
        }
    }
    if errors.has_errors() {
        Err(errors)
    } else {
        Ok(out)
    }
}

/// Warns about site languages the theme has no UI strings for, and keys one
/// language has and another lacks (they would show as `[key]`).
fn check_strings(theme: &Theme, site: &Site) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let mut missing: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let pairs = theme.strings.missing_keys(&site.config.languages);
    for (lang, key) in &pairs {
        missing.entry(lang.as_str()).or_default().push(key.as_str());
    }
    for (lang, keys) in missing {
        let shown: Vec<&str> = keys.iter().take(5).copied().collect();
        let more = if keys.len() > 5 { msg!("strings-more", count = keys.len() - 5) } else { String::new() };
        diags.push(
            Diagnostic::warning(
                format!("i18n/{lang}"),
                msg!("strings-missing", lang = lang, keys = shown.join(", "), more = more),
            )
            .hint(msg!("strings-missing-hint", lang = lang)),
        );
    }
    diags
}
