//! What the law asks of a published site, end to end: the accessibility
//! statement in the ministry's structure (every required element id once, with
//! content; every date as YYYY-MM-DD in `<time datetime>`), the
//! `deklaracja-dostępności` meta tag on every page, the compact metryczka of
//! programme and indicator pages, and `--strict` for the build that publishes.
//!
//! The built pages are parsed with an HTML parser (scraper), as a browser or
//! the ministry's validator would read them.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{copy_dir, tree};
use scraper::{Html, Selector};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn jawnik(args: &[&str]) -> Output {
    common::jawnik().args(args).output().expect("run jawnik")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Builds `root` into a temp folder; the folder and its pages.
fn built(root: &Path) -> (tempfile::TempDir, std::collections::BTreeMap<String, Vec<u8>>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let o = jawnik(&["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let files = tree(&out);
    (dir, files)
}

fn page(files: &std::collections::BTreeMap<String, Vec<u8>>, path: &str) -> Html {
    let bytes = files.get(path).unwrap_or_else(|| panic!("{path} was not built"));
    Html::parse_document(std::str::from_utf8(bytes).unwrap())
}

fn select(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: scraper::ElementRef) -> String {
    e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The element ids the statement carries for software to read: those of the
/// ministry's template v2.0 (`a11y-wstep` … `a11y-komunikacja`), `a11y-osoba`
/// of the earlier versions, and for the minimal fixture's data the optional
/// review date. Never translated: the English statement has the same.
const REQUIRED_IDS: [&str; 17] = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-zakres",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-data-przeglad",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-aplikacje",
    "a11y-architektura",
    "a11y-komunikacja",
];

const DATE_IDS: [&str; 4] =
    ["a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-data-sporzadzenie", "a11y-data-przeglad"];

fn is_iso_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}

#[test]
fn the_statement_has_every_required_id_once_with_content_and_dates_as_the_template_requires() {
    let (_dir, files) = built(&fixture("minimal"));
    for lang in ["pl", "en"] {
        let doc = page(&files, &format!("{lang}/accessibility/index.html"));
        for id in REQUIRED_IDS {
            let found: Vec<_> = doc.select(&select(&format!("[id=\"{id}\"]"))).collect();
            assert_eq!(found.len(), 1, "{lang}: #{id} appears {} times", found.len());
            let content = text(found[0]);
            assert!(!content.is_empty(), "{lang}: #{id} is empty");
            assert!(!found[0].value().classes().any(|c| c == "not-provided"), "{lang}: #{id} says: {content}");
        }
        for id in DATE_IDS {
            let time =
                doc.select(&select(&format!("time#{id}"))).next().unwrap_or_else(|| panic!("{lang}: no time#{id}"));
            let datetime = time.value().attr("datetime").unwrap_or_default();
            assert!(is_iso_day(datetime), "{lang}: #{id} datetime={datetime:?}");
            assert_eq!(text(time), datetime, "{lang}: #{id} shows the date as YYYY-MM-DD");
        }
        // Every time element on the statement is a whole day.
        for time in doc.select(&select("main time")) {
            assert!(is_iso_day(time.value().attr("datetime").unwrap_or_default()), "{lang}: {}", time.html());
        }
        let one = |id: &str| text(doc.select(&select(&format!("#{id}"))).next().unwrap());
        // The data is the fixture's, in the right places.
        assert_eq!(one("a11y-data-publikacja"), "2024-01-15");
        assert_eq!(one("a11y-data-aktualizacja"), "2025-03-01");
        assert_eq!(one("a11y-data-sporzadzenie"), "2024-01-15");
        assert_eq!(one("a11y-data-przeglad"), "2026-03-20");
        assert_eq!(one("a11y-osoba"), "Jan Testowy");
        assert_eq!(one("a11y-url"), "https://raporty.example.org/");
        let email = doc.select(&select("a#a11y-email")).next().unwrap();
        assert_eq!(email.value().attr("href"), Some("mailto:dostepnosc@example.org"));
        let phone = doc.select(&select("a#a11y-telefon")).next().unwrap();
        assert_eq!(phone.value().attr("href"), Some("tel:+48825763181"));
        // The statement's parts sit inside the opening statement and the sections.
        let wstep = text(doc.select(&select("#a11y-wstep")).next().unwrap());
        assert!(wstep.contains(&one("a11y-podmiot")) && wstep.contains(&one("a11y-url")), "{wstep}");
        assert!(text(doc.select(&select("#a11y-kontakt")).next().unwrap()).contains("Jan Testowy"));
        assert!(text(doc.select(&select("#a11y-procedura")).next().unwrap()).contains("7"));
    }
    let pl = page(&files, "pl/accessibility/index.html");
    let one = |id: &str| text(pl.select(&select(&format!("#{id}"))).next().unwrap());
    assert_eq!(one("a11y-podmiot"), "Ośrodek Pomocy Społecznej w Testowie");
    assert_eq!(one("a11y-zakres"), "strony internetowej");
    assert!(
        one("a11y-status").starts_with("Strona internetowa jest częściowo zgodna z ustawą z dnia 4 kwietnia 2019 r.")
    );
    assert_eq!(one("a11y-aplikacje"), "Podmiot nie udostępnia aplikacji mobilnych.");
    assert_eq!(
        one("a11y-komunikacja"),
        "Na spotkanie z tłumaczem polskiego języka migowego można się umówić e-mailem."
    );
    // The section headings of the template, in its order.
    let headings: Vec<String> = pl.select(&select("main h2")).map(text).collect();
    assert_eq!(
        headings,
        [
            "Stan dostępności cyfrowej",
            "Niedostępne treści",
            "Przygotowanie deklaracji dostępności",
            "Udogodnienia, ograniczenia i inne informacje",
            "Skróty klawiszowe",
            "Informacje zwrotne i dane kontaktowe",
            "Obsługa wniosków i skarg związanych z dostępnością",
            "Pozostałe informacje",
        ]
    );
    let subheadings: Vec<String> = pl.select(&select("main h3")).map(text).collect();
    assert_eq!(
        subheadings,
        [
            "Niezgodność z załącznikiem do ustawy",
            "Aplikacje mobilne",
            "Dostępność architektoniczna",
            "Dostępność komunikacyjno-informacyjna"
        ]
    );
    // The inaccessible content comes with its alternative.
    let item = text(pl.select(&select("ul.inaccessible li")).next().unwrap());
    assert_eq!(
        item,
        "Skany dawnych sprawozdań w PDF nie mają warstwy tekstowej. Dostęp alternatywny: Treść każdego skanu wyślemy e-mailem na prośbę."
    );
    let rpo = pl.select(&select("#a11y-procedura a[href=\"https://bip.brpo.gov.pl/\"]")).count();
    assert_eq!(rpo, 1, "the complaint procedure links the Commissioner for Human Rights");
}

#[test]
fn the_english_statement_says_it_is_a_translation_of_the_polish_one() {
    let (_dir, files) = built(&fixture("minimal"));
    let en = page(&files, "en/accessibility/index.html");
    let note = en.select(&select("main p.translation-note")).next().expect("a translation note");
    assert_eq!(
        text(note),
        "This is an English translation of the accessibility statement. The binding version is the Polish one: \
         Deklaracja dostępności."
    );
    let link = note.select(&select("a")).next().unwrap();
    assert_eq!(link.value().attr("href"), Some("../../pl/accessibility/index.html"));
    assert_eq!(link.value().attr("lang"), Some("pl"));
    assert_eq!(page(&files, "pl/accessibility/index.html").select(&select(".translation-note")).count(), 0);
}

#[test]
fn every_page_names_its_languages_statement_in_a_meta_tag() {
    let (_dir, files) = built(&fixture("minimal"));
    let meta = select("head meta[name=\"deklaracja-dostępności\"]");
    let mut pages = 0;
    for path in files.keys().filter(|p| jawnik::render::urls::is_page(p)) {
        let doc = page(&files, path);
        let tags: Vec<_> = doc.select(&meta).collect();
        assert_eq!(tags.len(), 1, "{path}");
        let lang = if path.starts_with("en/") { "en" } else { "pl" };
        let want = format!("https://raporty.example.org/{lang}/accessibility/");
        assert_eq!(tags[0].value().attr("content"), Some(want.as_str()), "{path}");
        pages += 1;
    }
    assert!(pages > 20, "{pages}");
}

#[test]
fn programme_and_indicator_pages_carry_a_compact_metryczka_dated_by_the_content() {
    let (_dir, files) = built(&fixture("mini"));
    for (path, report, entries) in [
        (
            "pl/pomoc/index.html",
            "../../pl/pomoc/2023/index.html",
            [
                ("Najnowsze sprawozdanie", "Sprawozdanie za rok 2023"),
                ("Wytworzył(a)", "Anna Nowak"),
                ("Data wytworzenia", "28 marca 2024"),
                ("Data udostępnienia", "2 kwietnia 2024"),
                // The change log's entry is the newest date of the programme.
                ("Data ostatniej zmiany", "5 kwietnia 2024"),
            ],
        ),
        (
            "en/pomoc/indicators/porady/index.html",
            "../../../../en/pomoc/2023/index.html",
            [
                ("Latest report", "Report for 2023"),
                ("Prepared by", "Anna Nowak"),
                ("Date prepared", "28 March 2024"),
                ("Date published", "2 April 2024"),
                ("Last changed", "5 April 2024"),
            ],
        ),
    ] {
        let doc = page(&files, path);
        let sections: Vec<_> = doc.select(&select("main section.metryczka")).collect();
        assert_eq!(sections.len(), 1, "{path}");
        let m = sections[0];
        let rows: Vec<(String, String)> = m
            .select(&select("dl div"))
            .map(|d| {
                let part = |s: &str| text(d.select(&select(s)).next().unwrap());
                (part("dt"), part("dd"))
            })
            .collect();
        let want: Vec<(String, String)> = entries.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(rows, want, "{path}");
        let link = m.select(&select("dd a")).next().unwrap();
        assert_eq!(link.value().attr("href"), Some(report), "{path}");
        let dates: Vec<&str> = m.select(&select("time")).filter_map(|t| t.value().attr("datetime")).collect();
        assert_eq!(dates, ["2024-03-28", "2024-04-02", "2024-04-05"], "{path}");
        // The BIP, in words (no logo is shipped: docs/content-format.md says why).
        let bip = m.select(&select("p.metryczka__bip a")).next().expect("the BIP link");
        assert_eq!(bip.value().attr("href"), Some("https://bip.example.pl/"));
        // It comes after the page's answer: the last section of the main content.
        let last = doc.select(&select("main > section")).next_back().unwrap();
        assert_eq!(last.value().attr("class"), Some("metryczka"), "{path}");
    }
}

#[test]
fn strict_fails_on_the_example_site_and_leaves_the_output_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let root = env!("CARGO_MANIFEST_DIR");
    let first = jawnik(&["build", "--root", root, "--output", out.to_str().unwrap()]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stderr(&first).contains(" warnings)\n"), "the example site warns: {}", stderr(&first));
    let before = tree(&out);
    // Without base_url the statement names the site and links its home page.
    let pl = page(&before, "pl/accessibility/index.html");
    let url = pl.select(&select("#a11y-wstep a#a11y-url")).next().expect("#a11y-url");
    assert_eq!(url.value().attr("href"), Some("../../pl/index.html"));
    let sentence = text(url.parent().and_then(scraper::ElementRef::wrap).unwrap());
    assert_eq!(
        sentence,
        "Deklaracja dostępności dotyczy strony internetowej Programy społeczne Miasta Krasnystaw — sprawozdania."
    );

    let strict = jawnik(&["build", "--strict", "--root", root, "--output", out.to_str().unwrap()]);
    assert_eq!(strict.status.code(), Some(1));
    let log = stderr(&strict);
    assert!(!log.contains("warning:"), "every warning is an error: {log}");
    assert!(
        log.contains("error: there is no [accessibility] table for the accessibility statement (a warning, denied by --strict)\n"),
        "{log}"
    );
    assert!(log.ends_with(&format!("errors, 0 warnings; {} was left as it was\n", out.display())), "{log}");
    assert!(tree(&out) == before, "a strict failure changed the output");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers, ["public"], "no staging folder is left behind");

    let check = jawnik(&["check", "--strict", "--root", root]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stderr(&check).contains("(a warning, denied by --strict)"));
}

#[test]
fn strict_passes_on_a_site_with_its_statement_and_records_complete() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    copy_dir(&fixture("minimal"), &site);
    let out = dir.path().join("public");
    let check = jawnik(&["check", "--strict", "--root", site.to_str().unwrap()]);
    assert_eq!(stderr(&check), "checked 1 programme, 3 indicators, 2 reports: 0 errors, 0 warnings\n");
    assert_eq!(check.status.code(), Some(0));
    let build = jawnik(&["build", "--strict", "--root", site.to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert!(build.status.success(), "{}", stderr(&build));
    assert!(out.join("pl/accessibility/index.html").is_file());

    // The same site a year after its last review: the strict build refuses it.
    let a_year_on = common::jawnik()
        .env("SOURCE_DATE_EPOCH", "1806969600") // 2027-04-06
        .args(["build", "--strict", "--root", site.to_str().unwrap(), "--output", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(a_year_on.status.code(), Some(1));
    assert!(stderr(&a_year_on).starts_with(
        "error: the accessibility statement was last reviewed on 2026-03-20: the review due by 31 March 2027 is \
         missing (a warning, denied by --strict)\n"
    ));
}

#[test]
fn strict_cannot_watch() {
    let o = jawnik(&["build", "--strict", "--watch", "--root", env!("CARGO_MANIFEST_DIR")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("'--strict' cannot be used with '--watch'"), "{}", stderr(&o));
}

#[test]
fn the_pages_never_depend_on_todays_date() {
    let on = |epoch: &str| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let o = common::jawnik()
            .env("SOURCE_DATE_EPOCH", epoch)
            .args(["build", "--root", fixture("minimal").to_str().unwrap(), "--output", out.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(o.status.success());
        (tree(&out), stderr(&o))
    };
    let (today, quiet) = on(common::TODAY);
    let (years_later, warned) = on("2000000000"); // 2033
    assert!(!quiet.contains("review due") && warned.contains("review due by 31 March 2033"), "{warned}");
    assert!(today == years_later, "the output changed with the date");
}

#[test]
fn an_audited_statement_names_its_auditor() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    copy_dir(&fixture("minimal"), &site);
    let config = site.join("jawnik.toml");
    let audited = std::fs::read_to_string(&config)
        .unwrap()
        .replace("assessment = \"self-assessment\"", "assessment = \"audit\"\nauditor = \"Fundacja <Dostępni> & Co\"");
    std::fs::write(&config, audited).unwrap();
    let (_out, files) = built(&site);
    let pl = page(&files, "pl/accessibility/index.html");
    let auditor = pl.select(&select("#a11y-audytor")).next().expect("the auditor");
    assert_eq!(text(auditor), "Fundacja <Dostępni> & Co");
    assert_eq!(
        text(auditor.parent().and_then(scraper::ElementRef::wrap).unwrap()),
        "Deklarację sporządzono na podstawie badania przeprowadzonego przez Fundacja <Dostępni> & Co."
    );
}

/// The `[accessibility]` example of docs/content-format.md, as a clerk would
/// copy it: the first TOML block after "A complete example".
fn documented_example() -> String {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/content-format.md")).unwrap();
    let from = doc.find("A complete example").expect("docs/content-format.md has the complete example");
    let block = &doc[from..];
    let start = block.find("```toml\n").unwrap() + "```toml\n".len();
    let end = start + block[start..].find("```").unwrap();
    block[start..end].to_string()
}

#[test]
fn the_documented_complete_example_passes_strict_and_fills_every_part_of_the_statement() {
    let example = documented_example();
    assert!(example.contains("[accessibility]") && example.contains("base_url"), "{example}");
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    copy_dir(&fixture("minimal"), &site);
    let config = site.join("jawnik.toml");
    let fixture_config = std::fs::read_to_string(&config).unwrap();
    // The fixture's own base_url and statement give way to the documented ones.
    let head = &fixture_config[..fixture_config.find("[accessibility]").unwrap()];
    let head: String = head.lines().filter(|l| !l.starts_with("base_url")).map(|l| format!("{l}\n")).collect();
    let (top, organisation) = head.split_at(head.find("[organisation]").unwrap());
    let (base_url, statement) = example.split_at(example.find("[accessibility]").unwrap());
    std::fs::write(&config, format!("{top}{base_url}{organisation}{statement}")).unwrap();

    let check = jawnik(&["check", "--strict", "--root", site.to_str().unwrap()]);
    assert_eq!(stderr(&check), "checked 1 programme, 3 indicators, 2 reports: 0 errors, 0 warnings\n");
    let (_out, files) = built(&site);
    for lang in ["pl", "en"] {
        let doc = page(&files, &format!("{lang}/accessibility/index.html"));
        for id in REQUIRED_IDS.iter().chain(&["a11y-architektura-url"]) {
            let found: Vec<_> = doc.select(&select(&format!("[id=\"{id}\"]"))).collect();
            assert_eq!(found.len(), 1, "{lang}: #{id}");
            assert!(!found[0].value().classes().any(|c| c == "not-provided"), "{lang}: #{id} was not provided");
        }
        // Both reasons of the example, each with its alternative.
        assert_eq!(doc.select(&select("ul.inaccessible li")).count(), 2, "{lang}");
    }
    let pl = page(&files, "pl/accessibility/index.html");
    assert_eq!(text(pl.select(&select("#a11y-url")).next().unwrap()), "https://programy.example.pl/");
    let subheadings: Vec<String> = pl.select(&select("main h3")).map(text).collect();
    assert_eq!(
        subheadings,
        [
            "Niezgodność z załącznikiem do ustawy",
            "Treści nieobjęte przepisami ustawy",
            "Aplikacje mobilne",
            "Dostępność architektoniczna",
            "Dostępność komunikacyjno-informacyjna"
        ]
    );
}
