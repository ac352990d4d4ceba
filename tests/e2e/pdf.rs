//! The report PDFs, read back with tools that share no code with jawnik:
//! `pdftotext` (poppler-utils) for the text, `qpdf --check` for the file's
//! syntax, `tests/pdf/check.py` (pikepdf, PyPI) for the tagged structure and
//! the PDF/UA-1 metadata.
//!
//! The expected text is derived from the content model (whose numbers
//! tests/e2e/seed_numbers.rs traces to the seeds), not from jawnik's renderer:
//! every indicator of each example report, in the order of its goals and
//! tasks, with its value, unit and note between its own name and the next.
//!
//! Without the tools these tests print why and pass, except under CI (`CI`
//! set), where a missing tool fails them: `.ci/run` installs the tools.

#![cfg(feature = "pdf")]

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use jawnik::content::load::load_site;
use jawnik::content::{MissingReason, Programme, Report, Site, Task, ValueKind};
use jawnik::i18n::format_number;
use jawnik::render::attachments::{html_path, pdf_path};

use crate::common;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// True when pdftotext, qpdf and pikepdf all run; under CI on Linux a missing
/// one fails.
fn tools_ready() -> bool {
    static READY: OnceLock<Vec<&'static str>> = OnceLock::new();
    let missing = READY.get_or_init(|| {
        let runs = |cmd: &str, args: &[&str]| Command::new(cmd).args(args).output().is_ok_and(|o| o.status.success());
        let mut missing = Vec::new();
        if !runs("pdftotext", &["-v"]) {
            missing.push("pdftotext (apt: poppler-utils)");
        }
        if !runs("qpdf", &["--version"]) {
            missing.push("qpdf (apt: qpdf)");
        }
        if !runs("python3", &["-c", "import pikepdf"]) {
            missing.push("pikepdf (pip: pikepdf)");
        }
        missing
    });
    if missing.is_empty() {
        return true;
    }
    let why = format!("the PDF checks need {}", missing.join(", "));
    // The Windows suite runs under Wine, where the Linux tools are not
    // programs Windows can start: the Linux run has read these PDFs already.
    assert!(cfg!(windows) || std::env::var_os("CI").is_none(), "{why}: CI must install them (see .ci/run)");
    eprintln!("skipped: {why}");
    false
}

fn build(root: &Path, out: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_jawnik"))
        .args(["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap()])
        .output()
        .expect("run jawnik");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// The example site built once; its model.
fn example() -> &'static (tempfile::TempDir, Site) {
    static SITE: OnceLock<(tempfile::TempDir, Site)> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        build(repo(), &dir.path().join("public"));
        (dir, load_site(repo()).site.expect("the example site loads"))
    })
}

/// The PDF's text in reading order, whitespace (and no-break spaces) as
/// single spaces, and words broken across lines at a hyphen joined back
/// (in Polish the hyphen is repeated: "edukacyjno-" / "-terapeutycznych").
fn pdf_text(pdf: &Path) -> String {
    let o = Command::new("pdftotext").args(["-raw", "-enc", "UTF-8"]).arg(pdf).arg("-").output().unwrap();
    assert!(o.status.success(), "pdftotext {}: {}", pdf.display(), String::from_utf8_lossy(&o.stderr));
    normalise(&String::from_utf8(o.stdout).expect("pdftotext writes UTF-8"))
}

fn normalise(s: &str) -> String {
    let spaced = s.split_whitespace().collect::<Vec<_>>().join(" ").replace("- -", "-");
    // An English line break after a hyphen ("day-" / "care") or a slash
    // ("wsparcia/" / "punktów") is no space; the needles are normalised the
    // same way, so a spaced " / " in the content still matches.
    let mut out = String::with_capacity(spaced.len());
    let mut prev = ' ';
    let mut chars = spaced.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' && (prev == '-' || prev == '/') && chars.peek().is_some_and(|n| n.is_alphabetic()) {
            continue;
        }
        out.push(c);
        prev = c;
    }
    out
}

fn qpdf_check(pdf: &Path) {
    let o = Command::new("qpdf").arg("--check").arg(pdf).output().unwrap();
    assert!(o.status.success(), "qpdf --check {}: {}", pdf.display(), String::from_utf8_lossy(&o.stdout));
}

/// Runs tests/pdf/check.py; returns its JSON summary.
fn structure(pdf: &Path, lang: &str, title: &str, figures: usize, tables: usize) -> serde_json::Value {
    let o = Command::new("python3")
        .arg(repo().join("tests/pdf/check.py"))
        .arg(pdf)
        .args(["--lang", lang, "--title", title, "--figures", &figures.to_string()])
        .args(["--min-tables", &tables.to_string()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("check.py prints JSON")
}

/// What a value must read in `lang`, straight from the model.
fn value_text(kind: &ValueKind, lang: &str) -> String {
    match kind {
        ValueKind::Number { value } => format_number(*value, lang),
        ValueKind::Breakdown { total: Some(total), .. } => format_number(*total, lang),
        ValueKind::Breakdown { total: None, .. } => {
            if lang == "pl" { "nie podano sumy" } else { "no total given" }.into()
        }
        ValueKind::Text { text } => text.get(lang, "pl").to_string(),
        ValueKind::Missing { reason } => match (reason, lang) {
            (MissingReason::NotReported, "pl") => "nie podano".into(),
            (MissingReason::NotApplicable, "pl") => "nie dotyczy".into(),
            (MissingReason::NotReported, _) => "not reported".into(),
            (MissingReason::NotApplicable, _) => "not applicable".into(),
            (MissingReason::Dash, "pl") => "„–” (kreska w sprawozdaniu)".into(),
            (MissingReason::Dash, _) => "“–” (a dash in the report)".into(),
        },
    }
}

/// Each indicator of the report's edition with a value, in the order its
/// goals and tasks list them (an indicator listed twice, twice).
fn rows<'a>(p: &'a Programme, r: &'a Report) -> Vec<(&'a Task, &'a str, &'a jawnik::content::Value)> {
    let edition = p.edition(&r.edition).expect("the report's edition");
    let mut out = Vec::new();
    for task in edition.goals.iter().flat_map(|g| g.all_tasks()) {
        for id in &task.indicators {
            if let Some(v) = r.values.get(id) {
                out.push((task, id.as_str(), v));
            }
        }
    }
    out
}

/// Indicators with a number in two or more reports up to `r`: the charts.
fn charted(p: &Programme, r: &Report) -> usize {
    p.indicators
        .iter()
        .filter(|ind| r.values.contains_key(&ind.id))
        .filter(|ind| {
            let years = p.reports.iter().filter(|x| x.year <= r.year);
            years.filter(|x| x.values.get(&ind.id).is_some_and(|v| v.kind.number().is_some())).count() >= 2
        })
        .count()
}

#[test]
fn every_value_of_each_example_report_is_in_its_pdf_in_order() {
    if !tools_ready() {
        return;
    }
    let (dir, site) = example();
    let checked = check_reports(&dir.path().join("public"), site, true);
    // 38 + 29 + 54 values in 2020, 2023 and 2024, in two languages.
    assert!(checked > 200, "only {checked} values checked");
}

/// The shapes of other towns' and counties' reports (tests/fixtures/other-town
/// and other-county: numbers as printed, Roman goal numbers, directions of
/// action, implementers given once, task notes, periods, parts without a
/// total and their notes, the dash) in both files of each report.
#[test]
fn other_towns_reports_say_their_numbers_notes_and_parts_in_both_files() {
    if !tools_ready() {
        return;
    }
    for fixture in ["other-town", "other-county"] {
        let root = repo().join("tests/fixtures").join(fixture);
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        build(&root, &out);
        let site = load_site(&root).site.expect("the fixture loads");
        let checked = check_reports(&out, &site, true);
        assert!(checked > 20, "{fixture}: only {checked} values checked");
        let checked = check_reports(&out, &site, false);
        assert!(checked > 20, "{fixture}: only {checked} values checked in the HTML files");
    }
}

/// The single-file HTML's text as a reader gets it: the `main` element's text.
fn html_text(file: &Path) -> String {
    let html = std::fs::read_to_string(file).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let main = scraper::Selector::parse("main").unwrap();
    let text: String = doc.select(&main).next().expect("a main element").text().collect();
    normalise(&text)
}

/// Checks every report of `site` built into `out`: in the PDF (`pdf`) or in
/// the single HTML file, each indicator in the order of its goals and tasks
/// (with its number as printed), and between its name and the next one's its
/// value (a whole word), unit, note, period and parts with their notes; the
/// goal and task numbers, objectives, task notes and who carries the tasks
/// out. Returns how many values it checked.
fn check_reports(out: &Path, site: &Site, pdf: bool) -> usize {
    let mut checked = 0;
    for p in &site.programmes {
        for r in &p.reports {
            for lang in ["pl", "en"] {
                let (file, text) = if pdf {
                    let file = out.join(pdf_path(lang, &p.slug, r.year));
                    qpdf_check(&file);
                    let text = pdf_text(&file);
                    (file, text)
                } else {
                    let file = out.join(html_path(lang, &p.slug, r.year));
                    let text = html_text(&file);
                    (file, text)
                };
                let file = file.display();
                // A missing UI string would print as its [key].
                assert!(!text.contains("[page.") && !text.contains("[document."), "{file}: {text}");
                let at = |needle: &str, from: usize| text[from..].find(&normalise(needle)).map(|i| i + from);
                let has = |needle: &str| at(needle, 0).is_some();
                // The title block.
                for needle in
                    [r.title.get(lang, "pl"), site.config.organisation.name.get(lang, "pl"), &r.year.to_string()]
                {
                    assert!(has(needle), "{file}: {needle:?} is missing");
                }
                let edition = p.edition(&r.edition).expect("the report's edition");
                // Goals with their numbers as printed, objectives, tasks with
                // theirs, the year's task notes, who carries each task out
                // (given once, at the level that names them).
                for g in &edition.goals {
                    let goal = format!("{} {}", edition.goal_term.get(lang, "pl"), g.number.as_deref().unwrap_or(""));
                    assert!(has(goal.trim()), "{file}: {goal:?} is missing");
                    assert!(has(g.name.get(lang, "pl")), "{file}: goal {:?} is missing", g.name.get(lang, "pl"));
                    if let Some(o) = &g.objective {
                        assert!(has(o.get(lang, "pl")), "{file}: objective {:?} is missing", o.get(lang, "pl"));
                    }
                    for d in &g.directions_with_tasks {
                        assert!(
                            has(d.name.get(lang, "pl")),
                            "{file}: direction {:?} is missing",
                            d.name.get(lang, "pl")
                        );
                    }
                    for t in g.all_tasks().filter(|t| t.indicators.iter().any(|id| r.values.contains_key(id))) {
                        let name = t.name.get(lang, "pl");
                        let heading = match &t.number {
                            Some(n) => format!("{} {n}: {name}", edition.task_term.get(lang, "pl")),
                            None => name.to_string(),
                        };
                        assert!(has(heading.trim()), "{file}: task {heading:?} is missing");
                        if let Some(note) = t.key().and_then(|k| r.task_notes.get(k)) {
                            assert!(
                                has(note.get(lang, "pl")),
                                "{file}: task note {:?} is missing",
                                note.get(lang, "pl")
                            );
                        }
                        let place = edition.place_of(&t.indicators[0]).unwrap();
                        if let Some(who) = edition.implementers_of(&place) {
                            for i in who
                                .implementers
                                .localized(lang, "pl")
                                .0
                                .iter()
                                .chain(who.partners.localized(lang, "pl").0)
                            {
                                assert!(has(i), "{file}: implementer {i:?} of {name:?} is missing");
                            }
                        }
                    }
                }
                // Each row: its name (after its number as printed), then
                // before the next row's name its value (a whole word), unit,
                // note, period and parts.
                let rows = rows(p, r);
                let mut starts = Vec::new();
                let mut cursor = 0;
                for (task, id, _) in &rows {
                    let name = p.indicator(id).unwrap().name.get(lang, "pl");
                    let name = match task.indicator_numbers.get(*id) {
                        Some(n) => format!("{n}. {name}"),
                        None => name.to_string(),
                    };
                    let found = at(&name, cursor)
                        .unwrap_or_else(|| panic!("{file}: {name:?} is missing after byte {cursor} of {text}"));
                    starts.push(found);
                    cursor = found + normalise(&name).len();
                }
                starts.push(text.len());
                for (i, (_, id, v)) in rows.iter().enumerate() {
                    let ind = p.indicator(id).unwrap();
                    let window = &text[starts[i]..starts[i + 1]];
                    let value = normalise(&value_text(&v.kind, lang));
                    // A whole word: spaces around it in the PDF; in the HTML
                    // it is a cell of its own.
                    let whole = if pdf { window.contains(&format!(" {value} ")) } else { window.contains(&value) };
                    assert!(whole, "{file}: {id}: {value:?} not in {window:?}");
                    let mut needles = vec![ind.unit.get(lang, "pl").to_string()];
                    needles.extend(v.note.iter().chain(&v.period).map(|t| t.get(lang, "pl").to_string()));
                    if let ValueKind::Breakdown { parts, .. } = &v.kind {
                        for part in parts {
                            needles.push(format!("{}: {}", part.name.get(lang, "pl"), format_number(part.value, lang)));
                            needles.extend(part.note.iter().map(|t| t.get(lang, "pl").to_string()));
                        }
                    }
                    for needle in needles {
                        let needle = normalise(&needle);
                        assert!(window.contains(&needle), "{file}: {id}: {needle:?} not in {window:?}");
                    }
                    checked += 1;
                }
                if pdf {
                    let title = r.title.get(lang, "pl");
                    let tasks_with_rows = edition
                        .goals
                        .iter()
                        .flat_map(|g| g.all_tasks())
                        .filter(|t| t.indicators.iter().any(|id| r.values.contains_key(id)))
                        .count();
                    let summary = structure(Path::new(&file.to_string()), lang, title, charted(p, r), tasks_with_rows);
                    assert!(summary["th_scopes"]["Row"].as_u64().unwrap_or(0) >= rows.len() as u64, "{summary}");
                }
            }
        }
    }
    checked
}

#[test]
fn polish_letters_come_out_as_text() {
    if !tools_ready() {
        return;
    }
    let (dir, _) = example();
    let text = |slug: &str, year: i32| pdf_text(&dir.path().join("public").join(pdf_path("pl", slug, year)));
    let text = text("przeciwdzialanie-przemocy", 2023) + &text("wspieranie-rodziny", 2024);
    // Between them every Polish letter: ą ć ę ł ń ó ś ź ż, and Ś (the only
    // capital one in the reports, in the conclusions of 2024).
    for words in [
        "Określono w nim najważniejsze cele i kierunki działań",
        "zwiększyć dostępność i skuteczność profesjonalnej pomocy",
        "Miejski Ośrodek Pomocy Społecznej w Krasnymstawie",
        "Załącznik nr 2",
        "Służba Zdrowia",
        "Wskaźnik",
        "Świetlicy",
    ] {
        assert!(text.contains(words), "{words:?} not in {text}");
    }
}

#[test]
fn every_kind_of_value_and_the_metryczka_date() {
    if !tools_ready() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build(&repo().join("tests/fixtures/mini"), &out);
    let pdf = out.join(pdf_path("pl", "pomoc", 2023));
    let text = pdf_text(&pdf);
    for needle in [
        "Liczba udzielonych porad",
        "2 506",
        "W sprawozdaniu: „Liczba porad”",
        "17,25",
        "całodobowo",
        // The parts in a row of their own under the indicator's.
        "Liczba uczestników zajęć 55 osoby brak danych do porównania w tym: • dzieci: 35 • rodzice: 20",
        "Podsumowanie roku",
        "Nieaktualne dane poprawiono.",
        "1: Według rejestru porad GOPS.",
        "Anna Nowak",
        "28 marca 2024",
        "Poprawiono liczbę porad.",
    ] {
        assert!(text.contains(needle), "{needle:?} not in {text}");
    }
    let o = Command::new("pdfinfo").arg("-isodates").arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&o.stdout);
    let created = info.lines().find(|l| l.starts_with("CreationDate:")).unwrap_or_default();
    assert!(created.ends_with("2024-03-28T00:00:00Z"), "{info}");
    // The 2021 report has no date to the day: the PDF has none rather than
    // the day it was built.
    let o = Command::new("pdfinfo").arg(out.join(pdf_path("en", "pomoc", 2021))).output().unwrap();
    assert!(!String::from_utf8_lossy(&o.stdout).contains("CreationDate"), "{}", String::from_utf8_lossy(&o.stdout));
}

#[test]
fn clerk_text_with_typst_syntax_prints_literally() {
    if !tools_ready() {
        return;
    }
    let nasty = r#"#set page(width: 1cm) $x^2$ *b* _i_ @ref <lbl> \ `raw` // c /* d */ [x] {y} = h 50% & "q""#;
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    common::copy_dir(&repo().join("tests/fixtures/mini"), &site);
    let programme = site.join("content/pomoc/programme.toml");
    let toml = std::fs::read_to_string(&programme).unwrap();
    let literal = format!("name.pl = '''{nasty}'''");
    std::fs::write(&programme, toml.replacen("name.pl = \"Liczba udzielonych porad\"", &literal, 1)).unwrap();
    let md = site.join("content/pomoc/2023.pl.md");
    let text = std::fs::read_to_string(&md).unwrap();
    std::fs::write(&md, format!("{text}\nKoszt: 50 $ #tag @ref {{a}} x = y // nie komentarz\n")).unwrap();
    let out = dir.path().join("public");
    build(&site, &out);
    let text = pdf_text(&out.join(pdf_path("pl", "pomoc", 2023)));
    assert!(text.contains(&normalise(nasty)), "{text}");
    assert!(text.contains(&normalise("Koszt: 50 $ #tag @ref {a} x = y // nie komentarz")), "{text}");
}
