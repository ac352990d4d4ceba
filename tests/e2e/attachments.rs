//! Each year report as files for a BIP entry, end to end on the mini fixture:
//! the single-file HTML (self-contained, every value in it), the PDF beside it,
//! the links on the report page and the data page with their real sizes, and
//! the data package listing both. The PDFs' insides are checked in tests/e2e/pdf.rs.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::common;

const NBSP: char = '\u{a0}';

/// The mini fixture built once.
fn mini() -> &'static BTreeMap<String, Vec<u8>> {
    static SITE: OnceLock<(tempfile::TempDir, BTreeMap<String, Vec<u8>>)> = OnceLock::new();
    &SITE.get_or_init(|| common::build_to_temp(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini"))).1
}

fn text(path: &str) -> &'static str {
    std::str::from_utf8(mini().get(path).unwrap_or_else(|| panic!("{path} was not written"))).unwrap()
}

#[test]
fn each_report_has_a_single_file_in_each_language_and_a_pdf_when_built_with_pdfs() {
    let files = mini();
    for lang in ["pl", "en"] {
        for year in [2021, 2023] {
            let stem = format!("{lang}/data/pomoc/pomoc-{year}-{lang}");
            assert!(files.contains_key(&format!("{stem}.html")), "{stem}.html");
            assert_eq!(files.contains_key(&format!("{stem}.pdf")), cfg!(feature = "pdf"), "{stem}.pdf");
        }
    }
}

#[test]
fn the_single_file_needs_nothing_else_and_says_everything() {
    let html = text("pl/data/pomoc/pomoc-2023-pl.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"pl\">"), "{}", &html[..60]);
    // Nothing to fetch, nothing to run: one inline stylesheet, allowed by hash.
    assert!(html.contains("content=\"default-src 'none'; style-src 'sha256-"), "{html}");
    for bad in
        ["<script", "<link", " src=", "<iframe", "<img", "url(", "@import", "javascript:", " onclick=", " onload="]
    {
        assert!(!html.contains(bad), "{bad} in the file");
    }
    let hrefs: Vec<&str> = html.split("href=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
    for h in &hrefs {
        assert!(h.starts_with("https://") || h.starts_with('#'), "a relative link: {h}");
    }
    // The report's address on the site, from base_url.
    assert!(hrefs.contains(&"https://raporty.example.pl/spoleczne/pl/pomoc/2023/"), "{hrefs:?}");
    for needle in [
        "<title>Sprawozdanie za rok 2023 — Gminny Program Wspierania Rodziny</title>",
        &format!("<span class=\"num\">2{NBSP}506</span>"),
        "W sprawozdaniu: <q>Liczba porad</q>",
        "<span class=\"num\">17,25</span>",
        "całodobowo",
        "<li>dzieci: <span class=\"num\">35</span></li>",
        "Anna Nowak",
        "28 marca 2024",
        "Poprawiono liczbę porad.",
        // The Markdown as the site renders it (a footnote, a table).
        "Według rejestru porad GOPS.",
        "<th>Rodzaj</th>",
    ] {
        assert!(html.contains(needle), "{needle:?} not in the file");
    }
    // A name with no English translation keeps its language in the English file.
    let en = text("en/data/pomoc/pomoc-2023-en.html");
    // Every label found: a missing UI string shows as its [key].
    for file in [html, en] {
        assert!(!file.contains("[page.") && !file.contains("[document."), "an unknown UI string in {file}");
    }
    assert!(
        en.contains("<span lang=\"pl\">Liczba kampanii społecznych</span> <small class=\"untranslated-note\">"),
        "{en}"
    );
}

#[test]
fn the_report_page_offers_both_files_with_their_sizes() {
    let files = mini();
    let page = text("pl/pomoc/2023/index.html");
    let size = |path: &str| files[path].len();
    let pdf = "pl/data/pomoc/pomoc-2023-pl.pdf";
    let html = "pl/data/pomoc/pomoc-2023-pl.html";
    assert!(page.contains("<strong>Pobierz sprawozdanie:</strong>"), "{page}");
    assert!(page.contains(&format!("<a href=\"../../../{html}\" download>HTML (jeden plik), ")), "{page}");
    if cfg!(feature = "pdf") {
        assert!(page.contains(&format!("<a href=\"../../../{pdf}\" type=\"application/pdf\">PDF, ")), "{page}");
    }
    // The data page lists them first in the report's group, as downloads.
    let data = text("pl/data/index.html");
    assert!(data.contains(&format!("<a href=\"../../{html}\" download>HTML,")), "{data}");
    let package: serde_json::Value = serde_json::from_slice(&files["pl/data/datapackage.json"]).unwrap();
    assert_eq!(package["profile"], "data-package");
    let resources = package["resources"].as_array().unwrap();
    let by_name = |name: &str| resources.iter().find(|r| r["name"] == name).unwrap_or_else(|| panic!("no {name}"));
    let r = by_name("report.pomoc.2023.html");
    assert_eq!(r["path"], "pomoc/pomoc-2023-pl.html");
    assert_eq!(r["mediatype"], "text/html");
    assert_eq!(r["bytes"].as_u64().unwrap() as usize, size(html));
    assert_eq!(r["profile"], "data-resource");
    assert!(r.get("schema").is_none());
    if cfg!(feature = "pdf") {
        let r = by_name("report.pomoc.2023.pdf");
        assert_eq!((r["mediatype"].as_str(), r["bytes"].as_u64()), (Some("application/pdf"), Some(size(pdf) as u64)));
        assert!(r.get("encoding").is_none(), "a PDF has no text encoding");
        assert!(page.contains(&format!("PDF, {}", size_text(size(pdf)))), "{page}");
    }
    assert_eq!(by_name("report.pomoc.2023")["profile"], "tabular-data-resource");
}

/// A size of 1–999 kB as the `filesize` filter writes it in Polish ("73,8 kB").
fn size_text(bytes: usize) -> String {
    let tenths = (bytes as f64 / 100.0).round() as usize;
    let k =
        if tenths.is_multiple_of(10) { format!("{}", tenths / 10) } else { format!("{},{}", tenths / 10, tenths % 10) };
    format!("{k}{NBSP}kB")
}

/// The mini fixture with `extra` added to its jawnik.toml, in a temp folder.
fn mini_with(extra: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    common::copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini"), &site);
    let config = site.join("jawnik.toml");
    let toml = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{toml}\n{extra}\n")).unwrap();
    dir
}

fn build_in(dir: &Path) -> (std::process::Output, BTreeMap<String, Vec<u8>>) {
    let out = dir.join("public");
    let o = common::jawnik()
        .args(["build", "--root", dir.join("site").to_str().unwrap(), "--output", out.to_str().unwrap()])
        .output()
        .unwrap();
    let tree = if o.status.success() { common::tree(&out) } else { BTreeMap::new() };
    (o, tree)
}

#[test]
fn a_site_can_turn_the_pdf_or_both_files_off() {
    let dir = mini_with("[attachments]\npdf = false");
    let (o, files) = build_in(dir.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(files.contains_key("pl/data/pomoc/pomoc-2023-pl.html"));
    assert!(!files.keys().any(|k| k.ends_with(".pdf")), "a PDF was made");
    let page = std::str::from_utf8(&files["pl/pomoc/2023/index.html"]).unwrap();
    assert!(page.contains("HTML (jeden plik)") && !page.contains("application/pdf"), "{page}");
    // Turned off by the site, not missing: no warning about the feature.
    assert!(!String::from_utf8_lossy(&o.stderr).contains("`pdf`"), "{}", String::from_utf8_lossy(&o.stderr));

    let dir = mini_with("[attachments]\npdf = false\nhtml = false");
    let (o, files) = build_in(dir.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        !files
            .keys()
            .any(|k| k.starts_with("pl/data/pomoc/pomoc-2023-pl.") && !k.ends_with(".csv") && !k.ends_with(".json")),
        "{:?}",
        files.keys().filter(|k| k.contains("pomoc-2023")).collect::<Vec<_>>()
    );
    let page = std::str::from_utf8(&files["pl/pomoc/2023/index.html"]).unwrap();
    assert!(!page.contains("Pobierz sprawozdanie"), "{page}");
    let package = std::str::from_utf8(&files["pl/data/datapackage.json"]).unwrap();
    assert!(!package.contains("report.pomoc.2023.html"), "{package}");
}

#[test]
fn check_names_a_wrong_attachments_key() {
    for (extra, needle) in [("[attachments]\npfd = false", "pfd"), ("[attachments]\npdf = \"nie\"", "pdf")] {
        let dir = mini_with(extra);
        let o = common::jawnik().args(["check", "--root", dir.path().join("site").to_str().unwrap()]).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success(), "{extra}: {err}");
        assert!(err.contains("jawnik.toml") && err.contains(needle), "{extra}: {err}");
    }
}
