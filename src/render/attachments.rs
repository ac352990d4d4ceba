//! Each year report as files to attach to a BIP entry: an accessible PDF
//! (PDF/UA-1, typeset by typst: [`crate::render::pdf`]) and a single
//! self-contained HTML file, in every language, both made from the same
//! [`ReportDoc`](crate::render::document::ReportDoc).
//!
//! They sit beside the report's CSV in the language's data folder
//! (`{lang}/data/{p}/{p}-{year}-{lang}.pdf`, `.html`): the data package lists
//! them, and a downloaded file still says which programme, year and language
//! it is. Report pages and the data page link them with their sizes.
//!
//! Typesetting is the slow part of a build, so reports are made in parallel,
//! and a [`Cache`] (kept by `serve` across rebuilds) remembers each PDF with
//! the document it was made from: a rebuild typesets again only the reports
//! whose document changed.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::content::Site;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::data::{data_dir, Download};
use crate::render::document::{self, ReportDoc};
use crate::render::pages::{DocKind, Docs};
use crate::render::strings::UiStrings;
use crate::render::templates::Templates;
use crate::render::{csp, RenderError, Sink};

/// The template of the single-file HTML, and its stylesheet (inlined).
pub const TEMPLATE: &str = "report-file.html";
pub const STYLESHEET: &str = "report-file.css";

/// True when this jawnik can typeset PDFs (the `pdf` cargo feature).
pub const PDF_ENABLED: bool = cfg!(feature = "pdf");

/// The report's PDF in `lang`, relative to the output root.
pub fn pdf_path(lang: &str, slug: &str, year: i32) -> String {
    format!("{}/{slug}/{slug}-{year}-{lang}.pdf", data_dir(lang))
}

/// The report's single-file HTML in `lang`, relative to the output root.
pub fn html_path(lang: &str, slug: &str, year: i32) -> String {
    format!("{}/{slug}/{slug}-{year}-{lang}.html", data_dir(lang))
}

/// True when the site wants report PDFs (`[attachments] pdf`) and this
/// jawnik can make them.
pub fn makes_pdfs(site: &Site) -> bool {
    PDF_ENABLED && site.config.attachments.pdf
}

/// True when the site wants each report's single HTML file (`[attachments] html`).
pub fn makes_html(site: &Site) -> bool {
    site.config.attachments.html
}

/// Every attachment path of one programme in every language.
pub fn programme_paths(site: &Site, pi: usize) -> Vec<String> {
    let p = &site.programmes[pi];
    let mut paths = Vec::new();
    for lang in &site.config.languages {
        for r in &p.reports {
            if makes_pdfs(site) {
                paths.push(pdf_path(lang, &p.slug, r.year));
            }
            if makes_html(site) {
                paths.push(html_path(lang, &p.slug, r.year));
            }
        }
    }
    paths
}

/// What the attachments are made from, besides the model.
pub struct Makers<'a> {
    pub site: &'a Site,
    pub strings: &'a UiStrings,
    pub templates: &'a Templates,
    /// The Markdown texts as HTML, as the pages show them.
    pub docs: &'a Docs,
    /// Where typeset PDFs are kept between renders, if anywhere.
    pub cache: Option<&'a Cache>,
}

/// The attachments of each report, by (language, programme slug, year): the
/// PDF first, then the HTML.
pub type Links = BTreeMap<(String, String, i32), Vec<Download>>;

/// A kept PDF: the JSON of the document it was made from, and its bytes.
type Kept = (Arc<Vec<u8>>, Arc<Vec<u8>>);

/// One report's files in one language, or why they could not be made.
type Made = Result<((String, String, i32), Vec<Download>), RenderError>;

/// PDFs already typeset, by path, with the JSON of the document each was
/// made from. Shared by the threads of one render and kept across renders.
#[derive(Default)]
pub struct Cache {
    pdfs: Mutex<HashMap<String, Kept>>,
    typeset: AtomicUsize,
}

impl Cache {
    /// How many PDFs were typeset (not taken from the cache) while this cache
    /// was in use.
    pub fn typeset_count(&self) -> usize {
        self.typeset.load(Ordering::Relaxed)
    }

    #[cfg(feature = "pdf")]
    fn get(&self, path: &str, json: &[u8]) -> Option<Arc<Vec<u8>>> {
        let map = self.pdfs.lock().unwrap_or_else(|p| p.into_inner());
        map.get(path).filter(|(made_from, _)| made_from.as_slice() == json).map(|(_, pdf)| pdf.clone())
    }

    #[cfg(feature = "pdf")]
    fn put(&self, path: String, json: Arc<Vec<u8>>, pdf: Arc<Vec<u8>>) {
        self.pdfs.lock().unwrap_or_else(|p| p.into_inner()).insert(path, (json, pdf));
    }
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.pdfs.lock().map(|m| m.len()).unwrap_or(0);
        write!(f, "Cache({n} PDFs)")
    }
}

/// Makes the attachments of the programmes `which` (indexes into the site's
/// programmes), every report in every language, in parallel, handing each file
/// to `sink`; returns their links.
pub fn write(makers: &Makers, which: &[usize], sink: &dyn Sink) -> Result<Links, RenderError> {
    let site = makers.site;
    if !makes_pdfs(site) && !makes_html(site) {
        return Ok(Links::new());
    }
    let inputs = document::Inputs { site, strings: makers.strings };
    // The stylesheet is the same for every file: rendered once, with the
    // policy that allows exactly it.
    let css =
        makers.templates.render(site.default_lang(), STYLESHEET, &tera::Context::new()).map_err(|d| site_error(*d))?;
    let policy = csp::standalone_policy(&css);
    let jobs: Vec<(usize, i32, &str)> = which
        .iter()
        .flat_map(|&pi| site.programmes[pi].reports.iter().map(move |r| (pi, r.year)))
        .flat_map(|(pi, year)| site.config.languages.iter().map(move |l| (pi, year, l.as_str())))
        .collect();
    let run = || -> Vec<Made> {
        jobs.par_iter()
            .filter_map(|&(pi, year, lang)| {
                let doc = document::build(&inputs, pi, year, lang)?;
                let slug = &site.programmes[pi].slug;
                Some(
                    report_files(makers, pi, year, &doc, (&css, &policy), sink)
                        .map(|links| ((lang.to_string(), slug.clone(), year), links)),
                )
            })
            .collect()
    };
    // On the typesetting pool (see `typesetters`), or here if it could not start.
    let done = match typesetters() {
        Some(pool) => pool.install(run),
        None => run(),
    };
    let mut links = Links::new();
    let mut errors = Diagnostics::default();
    for d in done {
        match d {
            Ok((key, list)) => drop(links.insert(key, list)),
            Err(RenderError::Site(d)) => errors.extend(d),
            Err(e) => return Err(e),
        }
    }
    if errors.has_errors() {
        return Err(RenderError::Site(errors));
    }
    Ok(links)
}

/// typst's layout recurses deeply: more than the 2 MiB a thread of rayon's
/// global pool (or a test thread) gets. The reports are made on a pool of
/// their own whose threads have room; typst's own parallel work then stays on
/// it too.
fn typesetters() -> Option<&'static rayon::ThreadPool> {
    const STACK: usize = 64 << 20;
    static POOL: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new().thread_name(|i| format!("typeset-{i}")).stack_size(STACK).build().ok()
    })
    .as_ref()
}

fn site_error(d: Diagnostic) -> RenderError {
    let mut diags = Diagnostics::default();
    diags.push(d);
    RenderError::Site(diags)
}

/// One report's files in one language: the PDF, then the HTML file.
fn report_files(
    makers: &Makers,
    pi: usize,
    year: i32,
    doc: &ReportDoc,
    (css, policy): (&str, &str),
    sink: &dyn Sink,
) -> Result<Vec<Download>, RenderError> {
    let p = &makers.site.programmes[pi];
    let mut links = Vec::new();
    if makes_pdfs(makers.site) {
        let path = pdf_path(&doc.lang, &p.slug, year);
        let pdf = typeset(doc, &path, makers.cache).map_err(|message| {
            let report = p.report(year).map(|r| r.path.clone()).unwrap_or_default();
            let mut diags = Diagnostics::default();
            diags.push(
                Diagnostic::error(report, msg!("report-pdf-failed", lang = &doc.lang, error = &message))
                    .hint(msg!("report-pdf-failed-hint")),
            );
            RenderError::Site(diags)
        })?;
        links.push(Download { path: path.clone(), format: "PDF".into(), bytes: pdf.len() });
        sink.put(path, pdf.as_ref().clone())?;
    }
    if makes_html(makers.site) {
        let html = single_file(makers, pi, year, doc, css, policy).map_err(|d| site_error(*d))?;
        let path = html_path(&doc.lang, &p.slug, year);
        links.push(Download { path: path.clone(), format: "HTML".into(), bytes: html.len() });
        sink.put(path, html.into_bytes())?;
    }
    Ok(links)
}

/// The report as one HTML file: the theme's `report-file.html` with the
/// document, the stylesheet and the Markdown texts as the site shows them.
fn single_file(
    makers: &Makers,
    pi: usize,
    year: i32,
    doc: &ReportDoc,
    css: &str,
    policy: &str,
) -> Result<String, Box<Diagnostic>> {
    let markdown = |kind: DocKind, lang: &Option<String>| {
        let docs = makers.docs.get(&(pi, kind))?;
        docs.get(lang.as_deref().unwrap_or(&doc.lang)).map(|d| d.html.clone())
    };
    let mut ctx = tera::Context::new();
    ctx.insert("doc", doc);
    ctx.insert("css", css);
    ctx.insert("csp", policy);
    let intro = doc.intro.as_ref().and_then(|p| markdown(DocKind::Narrative(year), &p.lang));
    let conclusions = doc.conclusions.as_ref().and_then(|p| markdown(DocKind::Conclusions(year), &p.lang));
    ctx.insert("intro_html", &intro.unwrap_or_default());
    ctx.insert("conclusions_html", &conclusions.unwrap_or_default());
    let html = makers.templates.render(&doc.lang, TEMPLATE, &ctx)?;
    // Tera keeps the line breaks after the template's opening comments.
    Ok(html.trim_start().to_string())
}

/// The report's PDF, from the cache when its document has not changed.
/// The PDF's identifier is derived from its path: one report in one language.
#[cfg(feature = "pdf")]
fn typeset(doc: &ReportDoc, path: &str, cache: Option<&Cache>) -> Result<Arc<Vec<u8>>, String> {
    let json = serde_json::to_vec(doc).map_err(|e| e.to_string())?;
    let Some(cache) = cache else {
        return crate::render::pdf::render(json, path).map(Arc::new);
    };
    if let Some(pdf) = cache.get(path, &json) {
        return Ok(pdf);
    }
    let json = Arc::new(json);
    let pdf = Arc::new(crate::render::pdf::render(json.as_ref().clone(), path)?);
    cache.typeset.fetch_add(1, Ordering::Relaxed);
    cache.put(path.to_string(), json, pdf.clone());
    Ok(pdf)
}

#[cfg(not(feature = "pdf"))]
fn typeset(_doc: &ReportDoc, _path: &str, _cache: Option<&Cache>) -> Result<Arc<Vec<u8>>, String> {
    Err("this jawnik was built without the `pdf` feature".into())
}

/// Without the `pdf` feature, a warning that report pages offer no PDF
/// (once per build, and only for a site with reports).
pub fn feature_warning(site: &Site) -> Option<Diagnostic> {
    let wanted = site.config.attachments.pdf && site.programmes.iter().any(|p| !p.reports.is_empty());
    (!PDF_ENABLED && wanted).then(|| {
        Diagnostic::warning(crate::content::load::CONFIG_FILE, msg!("report-pdf-disabled"))
            .hint(msg!("report-pdf-disabled-hint"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Number, ValueKind};
    use crate::render::Collect;

    fn mini() -> (Site, crate::render::theme::Theme, Templates) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
        let site = crate::content::load::load_site(&root).site.expect("the mini site loads");
        let theme = crate::render::theme::Theme::load(&root, &site.config.theme).expect("its theme loads");
        let templates = Templates::new(&theme, &site.config.languages, "pl").expect("its templates compile");
        (site, theme, templates)
    }

    #[test]
    fn files_are_named_by_programme_year_and_language() {
        assert_eq!(pdf_path("pl", "pomoc", 2023), "pl/data/pomoc/pomoc-2023-pl.pdf");
        assert_eq!(html_path("en", "pomoc", 2021), "en/data/pomoc/pomoc-2021-en.html");
    }

    #[test]
    #[cfg(feature = "pdf")]
    fn a_kept_pdf_is_typeset_again_only_when_its_report_changed() {
        let (mut site, theme, templates) = mini();
        let cache = Cache::default();
        let docs = Docs::new();
        let write = |site: &Site, sink: &Collect| {
            let makers =
                Makers { site, strings: &theme.strings, templates: &templates, docs: &docs, cache: Some(&cache) };
            write(&makers, &[0], sink).unwrap()
        };
        let links = write(&site, &Collect::default());
        // Two reports (2021, 2023) in two languages.
        assert_eq!(cache.typeset_count(), 4);
        let key = ("pl".to_string(), "pomoc".to_string(), 2023);
        assert_eq!(links[&key][0].path, "pl/data/pomoc/pomoc-2023-pl.pdf");
        write(&site, &Collect::default());
        assert_eq!(cache.typeset_count(), 4, "nothing changed, nothing typeset");
        let report = site.programmes[0].reports.iter_mut().find(|r| r.year == 2023).unwrap();
        report.values.get_mut("porady").unwrap().kind = ValueKind::Number { value: Number(2507.0) };
        let collect = Collect::default();
        write(&site, &collect);
        // 2023 in both languages; 2021 says nothing about 2023.
        assert_eq!(cache.typeset_count(), 6);
        let files = collect.into_files();
        assert_eq!(files.keys().filter(|p| p.ends_with(".pdf")).count(), 4, "every PDF is still handed over");
        assert_eq!(files.keys().filter(|p| p.ends_with(".html")).count(), 4);
    }
}
