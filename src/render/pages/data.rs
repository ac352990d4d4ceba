//! The data downloads page: every downloadable file grouped by what it is about,
//! and the data package (`data.html`, context key `data`).

use std::collections::HashMap;

use serde::Serialize;

use crate::render::data::Scope;
use crate::render::urls;

use super::parts::{download_view, DownloadView};
use super::{Crumb, Shared, NAV_LISTS_ALL_PROGRAMMES_UP_TO};

/// Titled with the UI string `page.data_title`; the way here is home → data.
pub(super) fn title_and_crumbs(s: &Shared, lang: &str) -> (String, Vec<Crumb>) {
    s.site_page("page.data_title", urls::data(lang), lang)
}

#[derive(Serialize)]
pub(super) struct DataView<'a> {
    groups: Vec<DataGroup<'a>>,
    /// True when only the site's and programmes' files are listed (a site with
    /// many programmes): each report's and indicator's files are on its page.
    abridged: bool,
    /// The language's data package (datapackage.json), describing the files.
    package: Option<PackageView>,
}

#[derive(Serialize)]
pub(super) struct PackageView {
    path: String,
    bytes: usize,
}

#[derive(Serialize)]
pub(super) struct DataGroup<'a> {
    /// What the files are about: the site, a programme or an indicator's name.
    title: String,
    /// The language of `title` when it falls back to another one.
    lang: Option<String>,
    /// For a year report's files: "Report for 2023", shown after the title.
    detail: Option<String>,
    /// The page the files are about.
    path: String,
    downloads: Vec<DownloadView<'a>>,
}

pub(super) fn view<'a>(s: &'a Shared, lang: &str) -> DataView<'a> {
    let site = s.site;
    // Listing every report's and indicator's files of hundreds of programmes
    // would make one page of tens of thousands of links (and megabytes).
    let abridged = site.programmes.len() > NAV_LISTS_ALL_PROGRAMMES_UP_TO;
    let index: HashMap<&str, usize> = site.programmes.iter().enumerate().map(|(i, p)| (p.slug.as_str(), i)).collect();
    let programme = |slug: &str| index.get(slug).copied();
    let mut groups: Vec<((usize, u8, String), DataGroup)> = Vec::new();
    for ((l, scope), list) in &s.data.downloads {
        if l != lang || list.is_empty() || (abridged && matches!(scope, Scope::Report(..) | Scope::Indicator(..))) {
            continue;
        }
        let (order, about, detail, path) = match scope {
            Scope::Site => ((0, 0, String::new()), &site.config.title, None, urls::home(lang)),
            Scope::Programme(slug) => {
                let Some(pi) = programme(slug) else { continue };
                ((pi + 1, 0, String::new()), &site.programmes[pi].short_name, None, urls::programme(lang, slug))
            }
            Scope::Report(slug, year) => {
                let Some(pi) = programme(slug) else { continue };
                let detail = s.strings.fill(lang, "page.report_title", &[("year", &year.to_string())]);
                let order = (pi + 1, 1, format!("{year}"));
                (order, &site.programmes[pi].short_name, Some(detail), urls::report(lang, slug, *year))
            }
            Scope::Indicator(slug, id) => {
                let Some(pi) = programme(slug) else { continue };
                let p = &site.programmes[pi];
                let Some(ii) = p.indicators.iter().position(|i| &i.id == id) else { continue };
                ((pi + 1, 2, format!("{ii:06}")), &p.indicators[ii].name, None, urls::indicator(lang, slug, id))
            }
        };
        let (title, text_lang) = s.text_and_lang(about, lang);
        let downloads = list.iter().map(download_view).collect();
        groups.push((order, DataGroup { title, lang: text_lang, detail, path, downloads }));
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    let package_path = crate::render::data::datapackage_path(lang);
    let package = s.data.packages.get(lang).map(|&bytes| PackageView { bytes, path: package_path });
    DataView { groups: groups.into_iter().map(|(_, g)| g).collect(), abridged, package }
}
