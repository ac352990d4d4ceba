//! The search index and page, and the Atom feeds, in built sites: the example
//! site (the repo's own content/) and the small site of tests/fixtures/import.
//! That typing "niebieska" on the Polish search page finds the Blue Card
//! indicator in a real browser is checked by tests/browser/search.mjs (headless
//! Chromium); here the index the script searches is checked.

use crate::common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

use jawnik::render::search::fold;

fn jawnik(args: &[&str]) -> Output {
    common::jawnik().args(args).output().unwrap()
}

fn build(root: &Path, out: &Path) {
    let o = jawnik(&["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// The example site, built once.
fn example() -> &'static Path {
    static SITE: OnceLock<tempfile::TempDir> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        build(Path::new(env!("CARGO_MANIFEST_DIR")), &dir.path().join("public"));
        dir
    })
    .path()
}

fn public() -> PathBuf {
    example().join("public")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The index of `lang` as JSON, read from its script.
fn index(lang: &str) -> serde_json::Value {
    let js = read(&public().join(lang).join("search/search-index.js"));
    let json = js.split_once("window.jawnikSearch = ").unwrap().1.trim_end().strip_suffix(';').unwrap();
    serde_json::from_str(json).unwrap()
}

/// What static/search.js does with one query word: it must be in the entry's
/// folded text, or its stem must ("niebieska" → "niebies").
fn matches(search: &str, word: &str) -> bool {
    let w = fold(word);
    let n = w.chars().count();
    let stem: String = w
        .chars()
        .take(if n >= 6 {
            n - 2
        } else if n >= 4 {
            n - 1
        } else {
            n
        })
        .collect();
    search.contains(&w) || search.contains(&stem)
}

#[test]
fn the_polish_index_finds_the_blue_card_indicator_by_a_folded_word() {
    let index = index("pl");
    assert_eq!(index["lang"], "pl");
    let entries = index["entries"].as_array().unwrap();
    let blue = entries
        .iter()
        .find(|e| e["title"] == "Liczba prowadzonych procedur „Niebieskie Karty”")
        .expect("the Blue Card indicator is in the index");
    assert_eq!(blue["type"], "indicator");
    assert_eq!(blue["type_label"], "Wskaźnik");
    assert_eq!(blue["url"], "../../pl/przeciwdzialanie-przemocy/indicators/niebieskie-karty-prowadzone/index.html");
    assert!(public().join("pl/search").join(blue["url"].as_str().unwrap()).is_file());
    let search = blue["search"].as_str().unwrap();
    assert_eq!(search, fold(search), "the index text is folded");
    assert!(search.contains("niebieskie karty"));
    for query in ["niebieska", "NIEBIESKA", "Niebieską", "procedur"] {
        assert!(matches(search, query), "{query}");
    }
    // Folding on both sides: "swietlic" (typed without ś) finds "świetlic".
    let day_care: Vec<&str> = entries
        .iter()
        .filter(|e| matches(e["search"].as_str().unwrap(), "swietlic"))
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    assert!(day_care.iter().any(|t| t.contains("świetlic")), "{day_care:?}");
}

#[test]
fn every_programme_indicator_and_report_is_indexed_with_a_working_link() {
    for lang in ["pl", "en"] {
        let index = index(lang);
        let entries = index["entries"].as_array().unwrap();
        let count = |t: &str| entries.iter().filter(|e| e["type"] == t).count();
        assert_eq!((count("programme"), count("report")), (2, 3), "{lang}");
        assert!(count("indicator") > 90, "{lang}");
        let mut urls = BTreeSet::new();
        for e in entries {
            let url = e["url"].as_str().unwrap();
            assert!(public().join(lang).join("search").join(url).is_file(), "{lang}: {url}");
            assert!(urls.insert(url), "{lang}: {url} twice");
        }
    }
    let en = index("en");
    let report = en["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["url"] == "../../en/wspieranie-rodziny/2024/index.html")
        .unwrap();
    assert_eq!(report["title"], "Family support: report for 2024");
    assert_eq!(report["type_label"], "Report");
}

#[test]
fn the_search_page_lists_everything_alphabetically_without_javascript() {
    let html = read(&public().join("pl/search/index.html"));
    assert!(html.contains("<label for=\"search-input\">Szukaj programu, wskaźnika lub sprawozdania</label>"));
    assert!(html.contains("role=\"status\" aria-live=\"polite\""));
    assert!(html.contains("<form id=\"search-form\" class=\"search-form\" role=\"search\" hidden"));
    assert!(html.contains("<script src=\"../../pl/search/search-index.js\" defer></script>"));
    assert!(html.contains("<script src=\"../../static/search.js\" defer></script>"));
    let all = html.split_once("id=\"search-all\"").unwrap().1.split_once("</section>").unwrap().0;
    let titles: Vec<String> = all
        .split("<li><a href=")
        .skip(1)
        .map(|li| li.split_once('>').unwrap().1.split_once("</a>").unwrap().0.to_string())
        .collect();
    assert!(titles.len() > 90);
    assert!(titles.contains(&"Liczba prowadzonych procedur „Niebieskie Karty”".to_string()));
    let folded: Vec<String> = titles.iter().map(|t| fold(t)).collect();
    let mut sorted = folded.clone();
    sorted.sort();
    assert_eq!(folded, sorted, "the list is alphabetical");
    assert!(public().join("static/search.js").is_file());
}

#[test]
fn every_page_links_to_search_and_to_its_languages_feed() {
    for (path, search, feed) in [
        (
            "pl/index.html",
            "../pl/search/index.html",
            "title=\"Nowe sprawozdania (kanał Atom)\" href=\"../pl/feed.xml\"",
        ),
        (
            "en/przeciwdzialanie-przemocy/2023/index.html",
            "../../../en/search/index.html",
            "title=\"New reports (Atom feed)\" href=\"../../../en/feed.xml\"",
        ),
        ("index.html", "pl/search/index.html", "title=\"Nowe sprawozdania (kanał Atom)\" href=\"pl/feed.xml\""),
    ] {
        let html = read(&public().join(path));
        assert!(html.contains(&format!("<li><a href=\"{search}\">")), "{path}");
        assert!(html.contains(&format!("<link rel=\"alternate\" type=\"application/atom+xml\" {feed}>")), "{path}");
    }
    let search = read(&public().join("en/search/index.html"));
    assert!(search.contains("<li><a href=\"../../en/search/index.html\" aria-current=\"page\">Search</a></li>"));
}

/// (id, updated, link href) of every entry of a feed.
fn entries(xml: &str) -> Vec<(String, String, String)> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2005/Atom"));
    assert_eq!(root.tag_name().name(), "feed");
    for required in ["id", "title", "updated", "author"] {
        assert!(root.children().any(|c| c.has_tag_name(required)), "the feed has no <{required}>");
    }
    let child = |n: roxmltree::Node, name: &str| {
        n.children().find(|c| c.has_tag_name(name)).map(|c| c.text().unwrap_or("").to_string())
    };
    root.children()
        .filter(|n| n.has_tag_name("entry"))
        .map(|e| {
            assert!(child(e, "title").is_some_and(|t| !t.is_empty()));
            let link = e.children().find(|c| c.has_tag_name("link")).unwrap().attribute("href").unwrap().to_string();
            (child(e, "id").unwrap(), child(e, "updated").unwrap(), link)
        })
        .collect()
}

#[test]
fn each_language_has_a_feed_with_one_entry_per_report_newest_first() {
    for lang in ["pl", "en"] {
        let xml = read(&public().join(lang).join("feed.xml"));
        let got = entries(&xml);
        assert_eq!(got.len(), 3, "{lang}");
        let ids: BTreeSet<&str> = got.iter().map(|(id, _, _)| id.as_str()).collect();
        assert_eq!(ids.len(), 3, "ids are unique");
        assert!(ids.iter().all(|id| id.starts_with("tag:")), "{ids:?}");
        let updated: Vec<&str> = got.iter().map(|(_, u, _)| u.as_str()).collect();
        assert_eq!(updated, ["2024-12-31T00:00:00Z", "2023-12-31T00:00:00Z", "2020-12-31T00:00:00Z"]);
        for (_, _, href) in &got {
            assert!(public().join(lang).join(href).is_file(), "{href}");
        }
        assert!(xml.contains(&format!("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">")));
    }
}

#[test]
fn with_a_base_url_ids_and_links_are_absolute_and_published_on_dates_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/site");
    for entry in walkdir::WalkDir::new(&from) {
        let entry = entry.unwrap();
        let target = root.join(entry.path().strip_prefix(&from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
    let config = root.join("jawnik.toml");
    fs::write(&config, format!("base_url = \"https://bip.example.pl/programy\"\n{}", read(&config))).unwrap();
    let report = root.join("content/przemoc/2023.toml");
    fs::write(&report, format!("{}\n[metadata]\npublished_on = \"2024-03\"\n", read(&report))).unwrap();
    let out = dir.path().join("public");
    build(&root, &out);
    let xml = read(&out.join("pl/feed.xml"));
    assert_eq!(
        entries(&xml),
        [(
            "https://bip.example.pl/programy/pl/przemoc/2023/".to_string(),
            "2024-03-01T00:00:00Z".to_string(),
            "https://bip.example.pl/programy/pl/przemoc/2023/".to_string()
        )]
    );
    assert!(xml.contains("<id>https://bip.example.pl/programy/pl/feed.xml</id>"));
    assert!(xml.contains(
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://bip.example.pl/programy/pl/feed.xml\"/>"
    ));
    assert!(xml.contains("<updated>2024-03-01T00:00:00Z</updated>\n  <author>"));
    assert!(xml.contains("<published>2024-03-01T00:00:00Z</published>"));
    // Same input, same bytes: no build timestamps.
    let again = dir.path().join("again");
    build(&root, &again);
    assert_eq!(read(&again.join("pl/feed.xml")), xml);
    assert_eq!(read(&again.join("pl/search/search-index.js")), read(&out.join("pl/search/search-index.js")));
}
