//! Model → bytes. Renderers return strings and byte vectors and never touch the
//! filesystem except to read the theme; `output` writes what they return.
//!
//! [`render_site`] gathers the theme ([`theme`]), compiles its templates
//! ([`templates`]), renders the Markdown ([`markdown`]), the data files
//! ([`data`]) and every page ([`pages`], in parallel), and adds the theme's
//! static files, `sitemap.xml` and `robots.txt` ([`sitemap`]), the search
//! indexes ([`search`]) and the Atom feeds ([`feed`]).

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::content::Site;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::Files;

pub mod chart;
pub mod data;
pub mod feed;
pub mod filters;
pub mod markdown;
pub mod pages;
pub mod search;
pub mod sitemap;
pub mod strings;
pub mod templates;
pub mod theme;
pub mod urls;
pub mod values;

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

/// How many HTML pages the site will have (for progress messages).
pub fn page_count(site: &Site) -> usize {
    pages::jobs(site).len()
}

/// Renders the whole site. Errors (a broken template, say) come back as
/// diagnostics and nothing is written.
pub fn render_site(site: &Site, opts: &RenderOptions) -> Result<Rendered, Diagnostics> {
    let theme = Theme::load(&opts.root, &site.config.theme)?;
    let mut warnings = check_strings(&theme, site);
    let templates = templates::Templates::new(&theme, &site.config.languages, site.default_lang())?;
    let data = data::build(site, &theme.strings);
    let docs = render_docs(site, &theme)?;
    let stylesheet =
        theme.statics.get("style.css").map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default();
    let shared = Shared {
        site,
        strings: &theme.strings,
        data: &data,
        docs: &docs,
        stylesheet: &stylesheet,
        has_data: data.downloads.values().any(|d| !d.is_empty()),
    };
    let jobs = pages::jobs(site);
    let rendered: Vec<Result<(String, String), Box<Diagnostic>>> = jobs
        .par_iter()
        .map(|job| {
            let ctx = pages::context(&shared, job);
            // Tera keeps the line break after a template's opening comment; a
            // page starts at its doctype.
            let page = |html: String| (job.path.clone(), html.trim_start().to_string());
            templates.render(&job.lang, job.kind.template(), &ctx).map(page)
        })
        .collect();
    let mut errors = Diagnostics::default();
    let mut files = Files::new();
    for r in rendered {
        match r {
            Ok((path, html)) => {
                files.insert(path, html.into_bytes());
            }
            Err(d) => errors.push(*d),
        }
    }
    if errors.has_errors() {
        return Err(errors);
    }
    for (path, bytes) in &theme.statics {
        files.insert(urls::static_file(path), bytes.clone());
    }
    files.extend(data.files.clone());
    files.extend(search::index_files(site, &theme.strings));
    files.extend(feed::files(site, &theme.strings));
    match &site.config.base_url {
        Some(base) => {
            files.insert("sitemap.xml".into(), sitemap::sitemap(site, base, &jobs).into_bytes());
        }
        None => warnings.push(
            Diagnostic::warning(
                crate::content::load::CONFIG_FILE,
                "`base_url` is not set: no sitemap.xml was written, and the links of 404.html work only for \
                 missing addresses in the site's top folder",
            )
            .hint(
                "add base_url = \"https://…/\" (where the site will be published): sitemaps need full addresses, \
                 and so does the 404 page, which web servers show at any depth (for /pl/old/page/, say)",
            ),
        ),
    }
    files.insert("robots.txt".into(), sitemap::robots(site.config.base_url.as_deref()).into_bytes());
    Ok(Rendered { files, warnings })
}

/// Every Markdown file as HTML; raw HTML in any of them stops the build.
fn render_docs(site: &Site, theme: &Theme) -> Result<pages::Docs, Diagnostics> {
    let mut out = pages::Docs::new();
    let mut errors = Diagnostics::default();
    for (pi, p) in site.programmes.iter().enumerate() {
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
        let more = if keys.len() > 5 { format!(" and {} more", keys.len() - 5) } else { String::new() };
        diags.push(
            Diagnostic::warning(
                format!("i18n/{lang}"),
                format!("the theme's UI strings for `{lang}` lack {}{more}", shown.join(", ")),
            )
            .hint(format!(
                "add them to i18n/{lang}/<part>.toml in the theme or the site; until then they show as [key]"
            )),
        );
    }
    diags
}
