//! The report PDFs, read back with tools that share no code with jawnik:
//! `pdftotext` (poppler-utils) for the text, `qpdf --check` for the file's
//! syntax, `tests/pdf/check.py` (pikepdf, PyPI) for the tagged structure and
//! the PDF/UA-1 metadata.
//!
//! The expected text is derived from the content model (whose numbers
//! tests/seed_numbers.rs traces to the seeds), not from jawnik's renderer:
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
use jawnik::content::{MissingReason, Programme, Report, Site, ValueKind};
use jawnik::i18n::format_number;
use jawnik::render::attachments::pdf_path;

mod common;

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
fn rows<'a>(p: &'a Programme, r: &'a Report) -> Vec<(&'a str, &'a jawnik::content::Value)> {
    let edition = p.edition(&r.edition).expect("the report's edition");
    let mut out = Vec::new();
    for task in edition.goals.iter().flat_map(|g| &g.tasks) {
        for id in &task.indicators {
            if let Some(v) = r.values.get(id) {
                out.push((id.as_str(), v));
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
    let mut checked = 0;
    for p in &site.programmes {
        for r in &p.reports {
            for lang in ["pl", "en"] {
                let pdf = dir.path().join("public").join(pdf_path(lang, &p.slug, r.year));
                qpdf_check(&pdf);
                let text = pdf_text(&pdf);
                // A missing UI string would print as its [key].
                assert!(!text.contains("[page.") && !text.contains("[document."), "{}: {text}", pdf.display());
                let at = |needle: &str, from: usize| text[from..].find(&normalise(needle)).map(|i| i + from);
                // The title block.
                for needle in
                    [r.title.get(lang, "pl"), site.config.organisation.name.get(lang, "pl"), &r.year.to_string()]
                {
                    assert!(at(needle, 0).is_some(), "{}: {needle:?} is missing", pdf.display());
                }
                // Each row: its name, then before the next row's name its
                // value (a whole word), unit and note.
                let rows = rows(p, r);
                let mut starts = Vec::new();
                let mut cursor = 0;
                for (id, _) in &rows {
                    let name = p.indicator(id).unwrap().name.get(lang, "pl");
                    let found = at(name, cursor).unwrap_or_else(|| {
                        panic!("{}: {name:?} is missing after byte {cursor} of {text}", pdf.display())
                    });
                    starts.push(found);
                    cursor = found + normalise(name).len();
                }
                starts.push(text.len());
                for (i, (id, v)) in rows.iter().enumerate() {
                    let ind = p.indicator(id).unwrap();
                    let window = &text[starts[i]..starts[i + 1]];
                    let value = format!(" {} ", normalise(&value_text(&v.kind, lang)));
                    assert!(window.contains(&value), "{}: {id}: {value:?} not in {window:?}", pdf.display());
                    let unit = ind.unit.get(lang, "pl");
                    assert!(
                        window.contains(&normalise(unit)),
                        "{}: {id}: unit {unit:?} not in {window:?}",
                        pdf.display()
                    );
                    if let Some(note) = &v.note {
                        let note = normalise(note.get(lang, "pl"));
                        assert!(window.contains(&note), "{}: {id}: note {note:?} not in {window:?}", pdf.display());
                    }
                    checked += 1;
                }
                let title = r.title.get(lang, "pl");
                let tasks_with_rows = p
                    .edition(&r.edition)
                    .unwrap()
                    .goals
                    .iter()
                    .flat_map(|g| &g.tasks)
                    .filter(|t| t.indicators.iter().any(|id| r.values.contains_key(id)))
                    .count();
                let summary = structure(&pdf, lang, title, charted(p, r), tasks_with_rows);
                assert!(summary["th_scopes"]["Row"].as_u64().unwrap_or(0) >= rows.len() as u64, "{summary}");
            }
        }
    }
    // 38 + 29 + 54 values in 2020, 2023 and 2024, in two languages.
    assert!(checked > 200, "only {checked} values checked");
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
        "55 w tym: dzieci: 35 rodzice: 20",
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
