//! The data downloads page: the terms of re-use and the date of the last
//! change, the data package, the whole site's files, then each programme's
//! files (all years, each report, each indicator) in a block that opens
//! without JavaScript (`data.html`, context key `data`).

use serde::Serialize;

use crate::content::PartialDate;
use crate::render::data::{self as files, Scope};
use crate::render::urls;

use super::parts::{download_view, DownloadView};
use super::{Crumb, Shared, NAV_LISTS_ALL_PROGRAMMES_UP_TO};

/// Titled with the UI string `page.data_title`; the way here is home → data.
pub(super) fn title_and_crumbs(s: &Shared, lang: &str) -> (String, Vec<Crumb>) {
    s.site_page("page.data_title", urls::data(lang), lang)
}

#[derive(Serialize)]
pub(super) struct DataView<'a> {
    /// The whole site's files.
    site: Vec<DownloadView<'a>>,
    /// Each programme with files, in the site's order.
    programmes: Vec<DataProgramme<'a>>,
    /// True when only the site's and programmes' files are listed (a site with
    /// many programmes): each report's and indicator's files are on its page.
    abridged: bool,
    /// The language's data package (datapackage.json), describing the files.
    package: Option<PackageView>,
    /// The terms of re-use (the same as in the data package).
    terms: Terms,
    /// The newest date the reports' metadata and change logs give; `None`
    /// when they give none (never the build's time).
    last_change: Option<PartialDate>,
}

#[derive(Serialize)]
pub(super) struct PackageView {
    path: String,
    bytes: usize,
}

/// The terms of re-use in the page's language.
#[derive(Serialize)]
pub(super) struct Terms {
    /// The site's own terms (`[open_data] terms`), or the theme's statutory default.
    text: String,
    /// The language of `text` when the site's terms fall back to another one.
    lang: Option<String>,
    /// True when `text` is the site's own, not the theme's default.
    custom: bool,
    licence: Option<String>,
    licence_url: Option<String>,
}

#[derive(Serialize)]
pub(super) struct DataProgramme<'a> {
    title: String,
    /// The language of `title` when it falls back to another one.
    lang: Option<String>,
    path: String,
    /// The programme's files: every year.
    downloads: Vec<DownloadView<'a>>,
    /// Each report's files, oldest first.
    reports: Vec<DataGroup<'a>>,
    /// Each indicator's files, in the programme's order.
    indicators: Vec<DataGroup<'a>>,
}

#[derive(Serialize)]
pub(super) struct DataGroup<'a> {
    /// What the files are about: "Report for 2023", an indicator's name.
    title: String,
    /// The language of `title` when it falls back to another one.
    lang: Option<String>,
    /// The page the files are about.
    path: String,
    downloads: Vec<DownloadView<'a>>,
}

pub(super) fn view<'a>(s: &'a Shared, lang: &str) -> DataView<'a> {
    let site = s.site;
    // Listing every report's and indicator's files of hundreds of programmes
    // would make one page of tens of thousands of links (and megabytes).
    let abridged = site.programmes.len() > NAV_LISTS_ALL_PROGRAMMES_UP_TO;
    let files =
        |scope: Scope| -> Vec<DownloadView<'a>> { s.data.for_scope(lang, &scope).iter().map(download_view).collect() };
    let mut programmes = Vec::new();
    for p in &site.programmes {
        let slug = &p.slug;
        let mut reports = Vec::new();
        let mut indicators = Vec::new();
        if !abridged {
            for r in &p.reports {
                let title = s.strings.fill(lang, "page.report_title", &[("year", &r.year.to_string())]);
                let downloads = files(Scope::Report(slug.clone(), r.year));
                reports.push(DataGroup { title, lang: None, path: urls::report(lang, slug, r.year), downloads });
            }
            for ind in &p.indicators {
                let (title, text_lang) = s.text_and_lang(&ind.name, lang);
                let downloads = files(Scope::Indicator(slug.clone(), ind.id.clone()));
                indicators.push(DataGroup {
                    title,
                    lang: text_lang,
                    path: urls::indicator(lang, slug, &ind.id),
                    downloads,
                });
            }
        }
        reports.retain(|g| !g.downloads.is_empty());
        indicators.retain(|g| !g.downloads.is_empty());
        let downloads = files(Scope::Programme(slug.clone()));
        if downloads.is_empty() && reports.is_empty() && indicators.is_empty() {
            continue;
        }
        let (title, text_lang) = s.text_and_lang(&p.short_name, lang);
        programmes.push(DataProgramme {
            title,
            lang: text_lang,
            path: urls::programme(lang, slug),
            downloads,
            reports,
            indicators,
        });
    }
    let package_path = files::datapackage_path(lang);
    let package = s.data.packages.get(lang).map(|&bytes| PackageView { bytes, path: package_path });
    let t = files::terms(&site.config, s.strings, lang);
    let terms = Terms {
        text: t.text,
        lang: t.lang,
        custom: t.custom,
        licence: site.config.open_data.licence.clone(),
        licence_url: site.config.open_data.licence_url.clone(),
    };
    DataView { site: files(Scope::Site), programmes, abridged, package, terms, last_change: site.last_change() }
}
