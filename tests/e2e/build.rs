//! `jawnik build` end to end: the real binary on the example site (the repo's own
//! content/) and on small fixture sites under tests/fixtures/, output into temp
//! folders. Asserts pages and values in both languages, every internal link,
//! determinism, all-or-nothing writes and template overrides.

use crate::common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

const NBSP: char = '\u{a0}';
const PROGRAMME: &str = "przeciwdzialanie-przemocy";

fn jawnik(args: &[&str]) -> Output {
    common::jawnik().args(args).output().expect("run jawnik")
}

fn build(root: &Path, out: &Path) -> Output {
    jawnik(&["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap()])
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every file under `dir`, by `/`-separated relative path.
fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn copy_tree(from: &Path, to: &Path) {
    for (rel, bytes) in read_tree(from) {
        let dest = to.join(&rel);
        fs::create_dir_all(dest.parent().unwrap()).unwrap();
        fs::write(dest, bytes).unwrap();
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The example site, built once for all the tests that only read it.
fn example() -> &'static (tempfile::TempDir, BTreeMap<String, Vec<u8>>, String) {
    static SITE: OnceLock<(tempfile::TempDir, BTreeMap<String, Vec<u8>>, String)> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let o = build(Path::new(env!("CARGO_MANIFEST_DIR")), &out);
        assert!(o.status.success(), "{}", stderr(&o));
        let tree = read_tree(&out);
        (dir, tree, stderr(&o))
    })
}

/// A fixture site built into a fresh temp folder.
fn built(name: &str) -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let o = build(&fixture(name), &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let tree = read_tree(&out);
    (dir, tree, stderr(&o))
}

fn page<'a>(tree: &'a BTreeMap<String, Vec<u8>>, path: &str) -> &'a str {
    std::str::from_utf8(tree.get(path).unwrap_or_else(|| panic!("no {path} in the output"))).unwrap()
}

/// The `<tr>` whose first cell is `first`, as text.
fn row<'a>(html: &'a str, first: &str) -> &'a str {
    let at = html.find(&format!(">{first}<")).unwrap_or_else(|| panic!("no row {first}"));
    let start = html[..at].rfind("<tr").unwrap();
    let end = at + html[at..].find("</tr>").unwrap();
    &html[start..end]
}

#[test]
fn example_reports_use_each_languages_number_format() {
    let (_, tree, _) = example();
    let pl = page(tree, &format!("pl/{PROGRAMME}/2023/index.html"));
    let en = page(tree, &format!("en/{PROGRAMME}/2023/index.html"));
    // The original document has no address: its title alone, no excuse.
    assert!(en.contains(
        "<dt>Original document</dt><dd>Annex No. 2 to the Activity Report of the Municipal Social Welfare Centre in \
         Krasnystaw for 2023</dd>"
    ));
    assert!(pl.contains(&format!("<span class=\"num\">2{NBSP}506</span>")), "2 506 with a no-break space");
    assert!(en.contains("<span class=\"num\">2,506</span>"));
    assert!(pl.contains("<html lang=\"pl\">") && en.contains("<html lang=\"en\">"));
    assert!(pl.contains("<h1>Sprawozdanie za rok 2023</h1>"));
    assert!(en.contains("<h1>Report for 2023</h1>"));
    // The change since 2020, where both years give a number, in words.
    assert!(en.contains("down 33 from 2020 (67)"), "Blue Card change");
    assert!(pl.contains("spadek o 33 względem 2020 r. (67)"));
}

#[test]
fn the_blue_card_indicator_says_which_years_have_no_report() {
    let (_, tree, _) = example();
    let en = page(tree, &format!("en/{PROGRAMME}/indicators/niebieskie-karty-prowadzone/index.html"));
    assert!(row(en, "2020").contains("<span class=\"num\">67</span>"));
    assert!(row(en, "2023").contains("<span class=\"num\">34</span>"));
    for year in ["2021", "2022"] {
        let r = row(en, year);
        assert!(r.contains("<span class=\"missing\">no report</span>"), "{year}: {r}");
        assert!(r.contains("No report for that year."), "{year}");
        assert!(!r.contains(">0<"), "a gap is never 0");
    }
    // The trend chart in a figure, both drawings, and the downloads.
    let figure = &en[en.find("<figure class=\"trend-figure\">").expect("a trend chart")..];
    let figure = &figure[..figure.find("</figure>").unwrap()];
    assert!(figure.contains("class=\"chart chart-trend chart-narrow\"") && figure.contains("chart-wide"));
    // The caption points at the table; it does not repeat the chart's description.
    assert!(figure.contains("<figcaption>The data shown in the chart are in the table “Values by year”.</figcaption>"));
    assert_eq!(figure.matches("No report for 2021–2022.").count(), 2, "once in each drawing's <desc>");
    let csv =
        format!("href=\"../../../../en/data/{PROGRAMME}/indicators/niebieskie-karty-prowadzone.csv\" download>CSV, ");
    assert!(en.contains(&csv), "CSV download with its size");
    assert!(en.contains(&format!("{NBSP}kB</a>")));
    let pl = page(tree, &format!("pl/{PROGRAMME}/indicators/niebieskie-karty-prowadzone/index.html"));
    assert!(row(pl, "2021").contains("<span class=\"missing\">brak sprawozdania</span>"));
    assert!(row(pl, "2021").contains("Brak sprawozdania za ten rok."));
    assert!(pl.contains("<q>Liczba prowadzonych „Niebieskich Kart”</q>"), "label as printed in 2020");
}

/// The text of the first element of `html` that starts with `open` (up to its
/// closing `</tag>`), tags removed and white space collapsed.
fn text_of(html: &str, open: &str) -> String {
    let at = html.find(open).unwrap_or_else(|| panic!("no {open}"));
    let tag = open[1..].split([' ', '>']).next().unwrap();
    let end = at + html[at..].find(&format!("</{tag}>")).unwrap();
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[at..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace(NBSP, " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_indicator_page_opens_with_the_latest_value_and_the_change() {
    // Seeds: the 2023 report gives 34 Blue Card procedures, the 2020 one 67;
    // there are no reports for 2021 and 2022.
    let (_, tree, _) = example();
    let en = page(tree, &format!("en/{PROGRAMME}/indicators/niebieskie-karty-prowadzone/index.html"));
    let pl = page(tree, &format!("pl/{PROGRAMME}/indicators/niebieskie-karty-prowadzone/index.html"));
    assert_eq!(
        text_of(en, "<section class=\"headline\""),
        "Latest value 34 procedures in 2023, from the Report for 2023 down 33 from 2020 (67)"
    );
    assert_eq!(
        text_of(pl, "<section class=\"headline\""),
        "Najnowsza wartość 34 procedury w 2023 r., źródło: Sprawozdanie za rok 2023 spadek o 33 względem 2020 r. (67)"
    );
    // The source report is linked; the headline comes before the chart, the
    // table and the downloads, and what the indicator is comes after them.
    assert!(
        en.contains(&format!("from the <a href=\"../../../../en/{PROGRAMME}/2023/index.html\">Report for 2023</a>"))
    );
    let at = |s: &str| en.find(s).unwrap_or_else(|| panic!("no {s}"));
    assert!(at("class=\"headline\"") < at("trend-figure"));
    assert!(at("trend-figure") < at("id=\"years-caption\""));
    assert!(at("id=\"years-caption\"") < at("id=\"downloads\""));
    assert!(at("id=\"downloads\"") < at("id=\"definition\""));
    assert!(at("id=\"definition\"") < at("id=\"placements\""));
    // No description was given: nothing says so row by row.
    assert!(!en.contains("No description of the indicator was provided."));
    assert!(!pl.contains("Nie podano opisu wskaźnika."));
}

#[test]
fn an_indicator_without_an_earlier_value_says_so() {
    let (_, tree, _) = built("mini");
    // `kampanie` starts in 2023 (not applicable in 2021): no earlier report gives it.
    let en = page(&tree, "en/pomoc/indicators/kampanie/index.html");
    let headline = text_of(en, "<section class=\"headline\"");
    assert!(headline.starts_with("Latest value 2 "), "{headline}");
    assert!(headline.ends_with("No earlier report gives this value."), "{headline}");
}

#[test]
fn report_and_programme_pages_open_with_the_years_figures_and_contents() {
    let (_, tree, _) = example();
    let en = page(tree, &format!("en/{PROGRAMME}/2023/index.html"));
    let pl = page(tree, &format!("pl/{PROGRAMME}/2023/index.html"));
    // The programme's headline indicators, each with the change since 2020
    // (seeds: Blue Cards 67 → 34, leisure 15 → 12, perpetrators 0 → 11).
    let summary = text_of(en, "<section class=\"summary\"");
    assert!(
        summary.starts_with(
            "2023 in brief Number of “Blue Card” procedures conducted 34 procedures, in 2023 down 33 from 2020 (67)"
        ),
        "{summary}"
    );
    assert!(summary.contains("12 ") && summary.contains("down 3 from 2020 (15)"), "{summary}");
    assert!(summary.contains("11 people, in 2023 up 11 from 2020 (0)"), "{summary}");
    let summary = text_of(pl, "<section class=\"summary\"");
    assert!(summary.starts_with("Rok 2023 w skrócie Liczba prowadzonych procedur „Niebieskie Karty” 34 procedury, w 2023 r. spadek o 33 względem 2020 r. (67)"), "{summary}");
    assert!(summary.contains("wzrost o 11 względem 2020 r. (0)"), "{summary}");
    // Then the contents by goal, linking each goal's section.
    let toc = text_of(en, "<nav class=\"toc\"");
    assert!(
        toc.starts_with("Contents Introduction Indicators achieved Specific objective 1: Support for families"),
        "{toc}"
    );
    assert!(toc.ends_with("Specific objective 3: Closer cooperation between the bodies working to counteract domestic violence Download the data About this report"), "{toc}");
    assert!(en.contains("<a href=\"#goal-3\">") && en.contains("<h3 id=\"goal-3\">"));
    assert!(en.find("class=\"summary\"").unwrap() < en.find("id=\"narrative\"").unwrap());
    // The programme page: the latest report's figures before the history.
    let prog = page(tree, &format!("en/{PROGRAMME}/index.html"));
    let latest = text_of(prog, "<section class=\"summary\"");
    assert!(latest.starts_with("Latest report: 2023 Number of “Blue Card” procedures conducted 34 procedures, in 2023 down 33 from 2020 (67)"), "{latest}");
    assert!(prog.find("class=\"summary\"").unwrap() < prog.find("id=\"values-caption\"").unwrap());
    // The 2020 report is the first on the site: nothing to compare with.
    let first = page(tree, &format!("en/{PROGRAMME}/2020/index.html"));
    assert!(
        text_of(first, "<section class=\"summary\"").contains("67 procedures, in 2020 No earlier report on this site.")
    );
}

#[test]
fn home_tiles_compare_with_the_previous_report_and_show_a_trend() {
    let (_, tree, _) = example();
    let pl = page(tree, "pl/index.html");
    let tile = text_of(pl, "<li class=\"stat\"");
    assert_eq!(
        tile,
        "Liczba prowadzonych procedur „Niebieskie Karty” 34 procedury, w 2023 r. spadek o 33 względem 2020 r. (67)"
    );
    let first = &pl[pl.find("<li class=\"stat\"").unwrap()..];
    let first = &first[..first.find("</li>").unwrap()];
    assert!(first.contains("<div class=\"stat__trend\"><svg") && first.contains("aria-hidden=\"true\""));
    // Family support has one report (2024): no change, no trend.
    let family = &pl[pl.find("id=\"programme-wspieranie-rodziny\"").unwrap()..];
    let tile = text_of(family, "<li class=\"stat\"");
    assert!(tile.ends_with("w 2024 r. To pierwsze sprawozdanie w serwisie."), "{tile}");
    assert!(!family.contains("stat__trend"));
}

#[test]
fn the_home_and_programme_pages_show_programmes_and_values() {
    let (_, tree, _) = example();
    let root = page(tree, "index.html");
    let pl_home = page(tree, "pl/index.html");
    assert!(root.contains("<html lang=\"pl\">") && !root.contains("<script"), "the root is a real page");
    assert!(root.contains(&format!("href=\"pl/{PROGRAMME}/index.html\"")));
    assert!(pl_home.contains("Sprawozdanie za rok 2023") && pl_home.contains("2011–2030"));
    let prog = page(tree, &format!("en/{PROGRAMME}/index.html"));
    assert!(prog.contains("Resolution No. XI/88/2011</strong> — Krasnystaw Town Council, December 2011"));
    assert!(prog.contains("This site has no reports for 2021, 2022."));
    assert!(prog.contains(&format!("href=\"../../en/{PROGRAMME}/2020/index.html\">2020</a>")));
}

#[test]
fn the_data_page_lists_every_download_by_scope() {
    let (_, tree, _) = example();
    let pl = page(tree, "pl/data/index.html");
    assert!(pl.contains("href=\"../../pl/data/site.csv\" download>CSV, "));
    assert!(pl.contains(&format!("href=\"../../pl/data/{PROGRAMME}/{PROGRAMME}-2023.csv\" download>")));
    assert!(pl.contains("href=\"../../pl/data/datapackage.json\" download>"));
    let links = pl.matches(" download>").count();
    // Every file but the page itself: the reports' PDFs and HTML files too.
    let files = tree.keys().filter(|p| p.starts_with("pl/data/") && !p.ends_with("index.html")).count();
    assert_eq!(links, files, "every data file of the language is linked once");
}

#[test]
fn the_data_page_groups_files_by_programme_and_states_the_terms_of_re_use() {
    let (_, tree, _) = example();
    let pl = page(tree, "pl/data/index.html");
    // One block per programme, closed, opening without JavaScript.
    assert_eq!(pl.matches("<details class=\"data-programme\">").count(), 2);
    assert!(pl.contains("<summary>Przeciwdziałanie przemocy w rodzinie</summary>"));
    assert!(!pl.contains("<script"));
    // The statutory default terms, naming the publisher and the act.
    let terms = text_of(pl, "<section class=\"data-terms\"");
    assert!(
        terms.starts_with(
            "Warunki ponownego wykorzystywania Miejski Ośrodek Pomocy Społecznej w Krasnymstawie udostępnia"
        ),
        "{terms}"
    );
    assert!(terms.contains(
        "na zasadach ustawy z dnia 11 sierpnia 2021 r. o otwartych danych i ponownym wykorzystywaniu informacji \
         sektora publicznego"
    ));
    // The example's reports give no dates: the page says so (never the build's date).
    assert!(terms.ends_with("Sprawozdania w serwisie nie podają dat przygotowania ani zmian."), "{terms}");
    let en = text_of(page(tree, "en/data/index.html"), "<section class=\"data-terms\"");
    assert!(
        en.contains("under the Polish Act of 11 August 2021 on open data and the re-use of public sector information")
    );
    // The same terms in the data package, pointing at the page that states them.
    for lang in ["pl", "en"] {
        let package: serde_json::Value =
            serde_json::from_slice(&tree[&format!("{lang}/data/datapackage.json")]).unwrap();
        let licence = &package["licenses"][0];
        assert_eq!(licence["path"], "index.html");
        assert!(licence.get("name").is_none(), "no licence is invented");
        let page_terms = text_of(page(tree, &format!("{lang}/data/index.html")), "<section class=\"data-terms\"");
        assert!(page_terms.contains(licence["title"].as_str().unwrap()));
    }
}

#[test]
fn a_sites_own_terms_licence_and_last_change_date_come_from_its_content() {
    let (_, tree, _) = built("mini");
    let en = page(&tree, "en/data/index.html");
    // The newest date the metadata and change log give: the change of 5 April 2024.
    assert_eq!(
        text_of(en, "<section class=\"data-terms\""),
        "Terms of re-use The data are available under the CC BY 4.0 licence. Licence: CC-BY-4.0 \
         Last change of the data: 5 April 2024."
    );
    assert!(en.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC-BY-4.0</a>"));
    assert!(page(&tree, "pl/data/index.html").contains("Ostatnia zmiana danych: 5 kwietnia 2024."));
    let package: serde_json::Value = serde_json::from_slice(&tree["pl/data/datapackage.json"]).unwrap();
    assert_eq!(
        package["licenses"],
        serde_json::json!([{
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Dane udostępniamy na licencji CC BY 4.0."
        }])
    );
}

#[test]
fn the_footer_gives_the_publishers_address_phone_e_mail_and_bip_when_configured() {
    let (_, tree, _) = built("mini");
    let pl = page(&tree, "pl/pomoc/2023/index.html");
    let footer = &pl[pl.find("<footer").unwrap()..];
    assert!(footer.contains("<p class=\"site-footer__address\">ul. Główna 1, 00-001 Przykładów</p>"));
    assert!(footer.contains("Telefon: <a href=\"tel:+48123456789\">+48 12 345 67 89</a>"));
    assert!(footer.contains("E-mail: <a href=\"mailto:gops@example.pl\">gops@example.pl</a>"));
    assert!(footer.contains("<li class=\"site-footer__bip\"><a href=\"https://bip.example.pl/\">"));
    assert!(footer.find("<address>").unwrap() < footer.find("</address>").unwrap());
    // The example site gives none of them: nothing is invented, no empty slot.
    let (_, example_tree, _) = example();
    let home = page(example_tree, "pl/index.html");
    let footer = &home[home.find("<footer").unwrap()..];
    assert!(footer.contains("<p class=\"site-footer__org\">Miejski Ośrodek Pomocy Społecznej w Krasnymstawie</p>"));
    for absent in ["<address>", "tel:", "mailto:", "site-footer__bip", "footer-links"] {
        assert!(!footer.contains(absent), "{absent}");
    }
}

#[test]
fn polish_pages_have_no_english_ui_and_english_pages_no_polish_ui() {
    let (_, tree, _) = example();
    let english = ["Skip to main content", "not reported", "Indicators achieved", ">Home<", "Accessibility statement"];
    let polish = ["Przejdź do treści", "nie podano", "Poziom osiągniętych", "Strona główna", "Deklaracja dostępności"];
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = std::str::from_utf8(bytes).unwrap();
        // The English statement names its binding Polish original (marked lang="pl").
        let html = match html.split_once("<p class=\"translation-note\">") {
            Some((before, after)) => format!("{before}{}", after.split_once("</p>").map_or("", |(_, rest)| rest)),
            None => html.to_string(),
        };
        let (bad, lang) = if path.starts_with("en/") { (&polish, "en") } else { (&english, "pl") };
        for s in bad.iter() {
            assert!(!html.contains(s), "{path} ({lang}) contains {s:?}");
        }
    }
}

#[test]
fn every_internal_link_resolves() {
    let (_, tree, _) = example();
    check_links(tree);
    let (_, mini, _) = built("mini");
    check_links(&mini);
}

/// Every href/src of every page names a file of the output, relative to the
/// page; fragments ignored, web links skipped. No page has a `<base>`.
fn check_links(tree: &BTreeMap<String, Vec<u8>>) {
    let mut checked = 0;
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = std::str::from_utf8(bytes).unwrap();
        assert!(!html.contains("<base"), "{path}: <base> would send the skip link to another page");
        let base_dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        for attr in [" href=\"", " src=\""] {
            for piece in html.split(attr).skip(1) {
                let target = piece.split('"').next().unwrap().replace("&amp;", "&");
                if ["http://", "https://", "mailto:", "tel:", "data:", "#"].iter().any(|p| target.starts_with(p)) {
                    continue;
                }
                let target = target.split(['#', '?']).next().unwrap();
                assert!(!target.starts_with('/'), "{path}: absolute link {target}");
                let mut parts: Vec<&str> = base_dir.split('/').filter(|s| !s.is_empty()).collect();
                for seg in target.split('/') {
                    match seg {
                        ".." => assert!(parts.pop().is_some(), "{path}: {target} climbs above the root"),
                        "." | "" => {}
                        s => parts.push(s),
                    }
                }
                let resolved = parts.join("/");
                assert!(tree.contains_key(&resolved), "{path}: broken link {target} (→ {resolved})");
                assert!(!target.ends_with('/'), "{path}: {target} must name index.html for file://");
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} links checked");
}

#[test]
fn every_page_exists_in_both_languages_and_links_to_its_twin() {
    let (_, tree, _) = example();
    // Pages are index.html files; a report's single-file HTML is not a page.
    let pl: Vec<&String> = tree.keys().filter(|p| p.starts_with("pl/") && p.ends_with("index.html")).collect();
    let en_count = tree.keys().filter(|p| p.starts_with("en/") && p.ends_with("index.html")).count();
    assert_eq!(pl.len(), en_count);
    assert!(pl.len() > 50);
    for path in pl {
        let twin = format!("en/{}", &path[3..]);
        let root = "../".repeat(path.matches('/').count());
        let pl_html = page(tree, path);
        let en_html = page(tree, &twin);
        assert!(pl_html.contains(&format!("href=\"{root}{twin}\" hreflang=\"en\" lang=\"en\">English</a>")), "{path}");
        assert!(en_html.contains(&format!("href=\"{root}{path}\" hreflang=\"pl\" lang=\"pl\">polski</a>")), "{twin}");
        // Without base_url the alternates are relative (and there is no canonical).
        assert!(pl_html.contains(&format!("<link rel=\"alternate\" hreflang=\"en\" href=\"{root}{twin}\">")), "{path}");
        assert!(pl_html.contains(&format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{root}{path}\">")));
        assert!(!pl_html.contains("rel=\"canonical\""));
    }
    // The root index.html duplicates pl/index.html, but a canonical link needs
    // the site's full address: none without base_url (see docs/theming.md).
    assert!(!page(tree, "index.html").contains("rel=\"canonical\""));
}

#[test]
fn every_page_starts_with_its_doctype_and_has_no_live_reload_script() {
    let (_, tree, _) = example();
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html")) {
        assert!(bytes.starts_with(b"<!DOCTYPE html>\n<html lang=\""), "{path}");
        let html = std::str::from_utf8(bytes).unwrap();
        assert!(!html.contains("__jawnik") && !html.contains("<script src=\"/"), "{path}: a serve-only script");
    }
}

#[test]
fn without_base_url_there_is_no_sitemap_and_one_warning() {
    let (_, tree, log) = example();
    assert!(!tree.contains_key("sitemap.xml"));
    assert_eq!(page(tree, "robots.txt"), "User-agent: *\nAllow: /\n");
    let warning = "warning: `base_url` is not set: no sitemap.xml was written, and the links of 404.html work \
                   only for missing addresses in the site's top folder";
    assert_eq!(log.matches(warning).count(), 1, "{log}");
    assert!(tree.contains_key("static/style.css"));
    // Without the site's address, the 404 page links from the top folder (a
    // root-relative /pl/ would break every site in a subfolder).
    let not_found = page(tree, "404.html");
    assert!(not_found.contains("<a href=\"pl/index.html\">Przejdź na stronę główną</a>"), "{not_found}");
    assert!(not_found.contains("<a class=\"skip-link\" href=\"#main\">") && !not_found.contains("<base"));
}

#[test]
fn with_base_url_pages_have_canonical_hreflang_and_a_sitemap() {
    let (_, tree, _) = built("mini");
    let base = "https://raporty.example.pl/spoleczne/";
    let pl = page(&tree, "pl/pomoc/2023/index.html");
    assert!(pl.contains(&format!("<link rel=\"canonical\" href=\"{base}pl/pomoc/2023/\">")));
    assert!(pl.contains(&format!("<link rel=\"alternate\" hreflang=\"en\" href=\"{base}en/pomoc/2023/\">")));
    assert!(pl.contains(&format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}pl/pomoc/2023/\">")));
    assert!(page(&tree, "index.html").contains(&format!("<link rel=\"canonical\" href=\"{base}pl/\">")));
    let sitemap = page(&tree, "sitemap.xml");
    assert!(sitemap.contains(&format!("<loc>{base}en/pomoc/indicators/porady/</loc>")));
    assert!(sitemap.contains(&format!(
        "<xhtml:link rel=\"alternate\" hreflang=\"pl\" href=\"{base}pl/pomoc/indicators/porady/\"/>"
    )));
    assert!(!sitemap.contains("404.html") && !sitemap.contains(&format!("<loc>{base}</loc>")));
    assert!(page(&tree, "robots.txt").ends_with(&format!("Sitemap: {base}sitemap.xml\n")));
    // The 404 page links by full address (no <base>, so #main stays on the page).
    let not_found = page(&tree, "404.html");
    assert!(not_found.contains(&format!("<a href=\"{base}en/index.html\">Go to the home page</a>")));
    assert!(not_found.contains(&format!("<a href=\"{base}pl/accessibility/index.html\">")));
    assert!(not_found.contains("<a class=\"skip-link\" href=\"#main\">") && !not_found.contains("<base"));
    let schemes = ["#", "https://", "mailto:", "tel:"];
    let relative: Vec<&str> = not_found
        .split(" href=\"")
        .skip(1)
        .map(|l| l.split('"').next().unwrap())
        .filter(|l| !schemes.iter().any(|s| l.starts_with(s)))
        .collect();
    assert_eq!(relative, Vec::<&str>::new(), "every link of 404.html is a full address");
}

#[test]
fn every_kind_of_value_is_shown_readably() {
    let (_, tree, _) = built("mini");
    let pl = page(&tree, "pl/pomoc/2023/index.html");
    let en = page(&tree, "en/pomoc/2023/index.html");
    assert!(pl.contains("<span class=\"num\">17,25</span>") && en.contains("<span class=\"num\">17.25</span>"));
    assert!(pl.contains("<span class=\"text-value\">całodobowo</span>"));
    assert!(en.contains("<span class=\"text-value\">24 hours a day</span>"));
    // Breakdown parts in a row of their own under the indicator (the total in its cell).
    assert!(
        en.contains("<li><span class=\"part-name\">children</span> <span class=\"num\">35</span></li>"),
        "breakdown parts listed"
    );
    // An indicator of the edition with no entry in the year file.
    assert!(en.contains("Number of family assistants</a>"));
    assert!(en.contains("<span class=\"missing\">not reported</span>"));
    assert!(en.contains("up 1,326 from 2021 (1,180)"));
    assert!(pl.contains(&format!("wzrost o 1{NBSP}326 względem 2021 r. (1{NBSP}180)")));
    assert!(en.contains("As printed in the report: <q>Number of advice sessions</q>"));
    // Metadata and the change log: only the fields given.
    assert!(
        en.contains("<dt>Prepared by</dt><dd>Anna Nowak</dd>")
            && en.contains("<dd><time datetime=\"2024-03-28\">28 March 2024</time></dd>")
    );
    assert!(pl.contains("<dd><time datetime=\"2024-03-28\">28 marca 2024</time></dd>") && !pl.contains("Zatwierdził"));
    assert!(en.contains("<td><time datetime=\"2024-04-05\">5 April 2024</time></td><td>The number of advice sessions was corrected.</td>"));
    assert!(en.contains("href=\"https://bip.example.pl/sprawozdanie-2023.pdf\""));
    let y2021 = page(&tree, "en/pomoc/2021/index.html");
    assert!(
        y2021.contains("<span class=\"missing\">not applicable</span>") && y2021.contains("Campaigns started in 2023.")
    );
    assert!(y2021.contains("The metadata of this report were not provided."));
    assert!(y2021.contains("No change log was provided."));
}

#[test]
fn missing_translations_fall_back_visibly() {
    let (_, tree, _) = built("mini");
    let en = page(&tree, "en/pomoc/2023/index.html");
    assert!(en.contains(
        "<span lang=\"pl\" class=\"untranslated\">Liczba kampanii społecznych</span> \
         <small class=\"untranslated-note\">(no English translation)</small>"
    ));
    // The narrative exists only in Polish: shown in Polish, marked, headings shifted.
    assert!(en.contains("<div class=\"prose\" lang=\"pl\">"));
    assert!(en.contains("<h2 id=\"narrative\" lang=\"pl\">Podsumowanie roku</h2>"));
    assert!(en.contains("<h3>Zajęcia</h3>") && en.contains("<del>Nieaktualne</del>"));
    // Inside the Polish text, the table region is labelled in Polish too.
    assert!(en.contains("role=\"region\" tabindex=\"0\" aria-label=\"Tabela — przewiń w poziomie, aby zobaczyć wszystkie kolumny\"><table>"));
    // Wherever the untranslated name appears, it says it is Polish: the h1, the
    // breadcrumb, the heading on the downloads page.
    let ind = page(&tree, "en/pomoc/indicators/kampanie/index.html");
    assert!(ind.contains("<h1><span lang=\"pl\" class=\"untranslated\">Liczba kampanii społecznych</span>"));
    assert!(ind.contains(
        "<li class=\"breadcrumbs__current\"><span aria-current=\"page\" lang=\"pl\">Liczba kampanii społecznych</span></li>"
    ));
    assert!(page(&tree, "en/data/index.html").contains(
        "<a href=\"../../en/pomoc/indicators/kampanie/index.html\"><span lang=\"pl\">Liczba kampanii społecznych</span></a>"
    ));
    let pl = page(&tree, "pl/pomoc/2023/index.html");
    assert!(!pl.contains("untranslated"), "everything has Polish");
}

#[test]
fn the_accessibility_statement_says_what_was_not_provided() {
    let (_, tree, _) = built("mini");
    let pl = page(&tree, "pl/accessibility/index.html");
    assert!(pl.contains("zgodnie z ustawą z dnia 4 kwietnia 2019 r."));
    assert!(pl.contains("jest częściowo zgodna"));
    assert!(pl.contains("<time id=\"a11y-data-publikacja\" datetime=\"2024-01-15\">2024-01-15</time>"));
    assert!(pl.contains("<span id=\"a11y-osoba\">Anna Nowak</span>"));
    assert!(pl.contains("<dt>Telefon</dt><dd><span id=\"a11y-telefon\" class=\"not-provided\">nie podano</span></dd>"));
    assert!(pl.contains("Wydawca nie podał jeszcze informacji o dostępności architektonicznej"));
    assert!(pl.contains("<h3>Niezgodność z załącznikiem do ustawy</h3>"));
    assert!(pl.contains("<li>Niektóre załączniki PDF nie są dostępne cyfrowo."));
    for path in ["pl/index.html", "en/pomoc/2021/index.html", "404.html"] {
        assert!(page(&tree, path).contains("accessibility/index.html\">"), "{path} links the statement");
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let (_, first, _) = built("mini");
    let (_, second, _) = built("mini");
    assert_eq!(first.keys().collect::<Vec<_>>(), second.keys().collect::<Vec<_>>());
    for (path, bytes) in &first {
        assert!(second[path] == *bytes, "{path} differs between builds");
    }
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let out = dir.path().join("public");
    copy_tree(&fixture("mini"), &site);
    assert!(build(&site, &out).status.success());
    let before = read_tree(&out);

    let md = site.join("content/pomoc/2023.pl.md");
    let text = fs::read_to_string(&md).unwrap();
    fs::write(&md, text.replace("wzrosła", "<span style=\"font-weight:bold\">wzrosła</span>")).unwrap();
    let o = build(&site, &out);
    assert_eq!(o.status.code(), Some(1));
    let log = stderr(&o);
    assert!(log.contains("error: raw HTML is not allowed in the text: `<span style=…>`"), "{log}");
    assert!(log.contains("--> content/pomoc/2023.pl.md:5:30"), "{log}");
    assert!(log.contains("help: remove the HTML tag <span style=…>"), "{log}");
    assert!(log.contains("was left as it was"), "{log}");
    assert_eq!(read_tree(&out), before);

    // `jawnik check` reports the same problem.
    let check = jawnik(&["check", "--root", site.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stderr(&check).contains("--> content/pomoc/2023.pl.md:5:30"));
}

#[test]
fn removed_content_disappears_from_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let out = dir.path().join("public");
    copy_tree(&fixture("mini"), &site);
    assert!(build(&site, &out).status.success());
    assert!(out.join("pl/pomoc/2021/index.html").exists());
    fs::remove_file(site.join("content/pomoc/2021.toml")).unwrap();
    assert!(build(&site, &out).status.success());
    assert!(!out.join("pl/pomoc/2021/index.html").exists());
    assert!(out.join("pl/pomoc/2023/index.html").exists());
}

#[test]
fn site_and_theme_overrides_replace_templates_and_static_files() {
    let (_, tree, log) = built("override");
    assert!(page(&tree, "pl/data/index.html").contains("<p id=\"site-override\">"), "site templates/ override");
    assert!(page(&tree, "en/accessibility/index.html").contains("<p id=\"theme-civic\">"), "theme override");
    assert!(page(&tree, "static/style.css").starts_with("/* override */"));
    assert!(page(&tree, "static/logo.txt").starts_with("civic"));
    // Everything else comes from the built-in default theme.
    assert!(page(&tree, "pl/index.html").contains("Przejdź do treści"));
    assert!(!log.contains("error"), "{log}");
}

/// Builds the `override` fixture, then replaces its site template data.html
/// with `text` and builds again into the same folder. That build must fail
/// (exit code 1) and leave the first one's output as it was; returns its
/// stderr, with the output folder written as `PUBLIC`.
fn rebuild_with_data_template(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let out = dir.path().join("public");
    copy_tree(&fixture("override"), &site);
    assert!(build(&site, &out).status.success());
    let before = read_tree(&out);
    fs::write(site.join("templates/data.html"), text).unwrap();
    let o = build(&site, &out);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(read_tree(&out) == before, "the failed build changed the output");
    stderr(&o).replace(out.to_str().unwrap(), "PUBLIC")
}

#[test]
fn a_template_that_does_not_parse_is_reported_at_its_file_line_and_column() {
    let log =
        rebuild_with_data_template("{% extends \"base.html\" %}\n{% block main %}\n{% if %}\n{% endblock main %}\n");
    assert_eq!(
        log,
        "error: a template could not be read: Found `%}` but expected one of: integer, float, string, bool, ident, \
         `-`, `not`, `<`, `{`, `[` or `(`
 --> templates/data.html:3:7
  |
3 | {% if %}
  |       ^
  = help: fix the template; the theme's templates and their variables are described in docs/theming.md

build failed: 1 error, 0 warnings; PUBLIC was left as it was
"
    );
}

#[test]
fn a_template_that_fails_to_render_is_reported_at_its_file_line_and_column() {
    // A misspelt variable: every page in both languages fails the same way,
    // and it is reported once.
    let log = rebuild_with_data_template(
        "{% extends \"base.html\" %}\n{% block main %}\n<ul>\n  <li>{{ data.grups }}</li>\n</ul>\n{% endblock main %}\n",
    );
    assert_eq!(
        log,
        "error: a page could not be rendered: Field `grups` is not defined. Available fields: abridged, last_change, \
         package, programmes, site, terms
 --> templates/data.html:4:15
  |
4 |   <li>{{ data.grups }}</li>
  |               ^
  = help: fix the template; the theme's templates and their variables are described in docs/theming.md

build failed: 1 error, 0 warnings; PUBLIC was left as it was
"
    );
}

#[test]
fn a_filter_given_the_wrong_kind_of_value_is_reported_in_the_built_in_template() {
    // The site's template passes a list where the theme's `value` component
    // wants a cell: the error is in the built-in macros.html, called from here.
    let log = rebuild_with_data_template(
        "{% extends \"base.html\" %}\n{% block main %}\n\
         {% set cell = { \"value\": { \"kind\": { \"kind\": \"number\", \"value\": data.programmes } } } %}\n\
         <p>{{ <value cell={cell} /> }}</p>\n{% endblock main %}\n",
    );
    assert_eq!(
        log,
        "error: a page could not be rendered: the `num` filter needs a number, got a list
  --> (built-in default theme)/templates/macros.html:17:32
   |
17 | <span class=\"num\">{{ k.value | num }}</span>
   |                                ^
   = help: called from templates/data.html:4:7; fix the template; the theme's templates and their variables are \
         described in docs/theming.md

build failed: 1 error, 0 warnings; PUBLIC was left as it was
"
    );
}
