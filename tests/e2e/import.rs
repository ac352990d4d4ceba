//! `jawnik import`, run as the real binary on the small site in
//! tests/fixtures/import/site with CSV files and the XLSX and ODS fixtures made
//! by tests/fixtures/import/make_xlsx.py and make_ods.py.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Output;

fn jawnik(args: &[&str]) -> Output {
    common::jawnik().args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn fixture_site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let from = fixtures().join("site");
    for entry in walkdir::WalkDir::new(&from) {
        let entry = entry.unwrap();
        let target = root.join(entry.path().strip_prefix(&from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
    (dir, root)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The `[values.<id>]` table of a year file as (key, value) lines, without
/// the comments `new report` writes in it.
fn table<'a>(text: &'a str, id: &str) -> Vec<&'a str> {
    let header = format!("[values.{id}]");
    let start = text.lines().position(|l| l.starts_with(&header)).unwrap_or_else(|| panic!("no {header} in\n{text}"));
    text.lines()
        .skip(start + 1)
        .take_while(|l| !l.is_empty() && !l.starts_with('['))
        .filter(|l| !l.starts_with('#'))
        .collect()
}

#[test]
fn xlsx_rows_are_previewed_and_an_unmatched_row_stops_the_write() {
    let (dir, root) = fixture_site();
    let xlsx = dir.path().join("values-2024.xlsx");
    std::fs::copy(fixtures().join("values-2024.xlsx"), &xlsx).unwrap();
    let out = jawnik(&["import", "przemoc", "2024", s(&xlsx), "--write", "--root", s(&root)]);
    assert_eq!(out.status.code(), Some(1));
    let shown = xlsx.display();
    assert_eq!(
        stdout(&out),
        format!(
            "{shown} → content/przemoc/2024.toml (a new file, every indicator not reported until filled):\n  \
             row 3    porady-i-konsultacje         not reported → 310\n  \
             row 4    niebieskie-karty-prowadzone  not reported → 40; note: none → \"w tym 3 wszczęte w grudniu\"\n  \
             row 5    materialy-informacyjne       not reported → 2506\n  \
             row 6    odsetek-rodzin               not reported → 12.5\n  \
             row 7    dyzur-telefoniczny           not reported (unchanged)\n  \
             row 1: skipped, it is above the header row\n"
        )
    );
    assert_eq!(
        stderr(&out),
        format!(
            "error: row 8: no indicator matches \"Liczba niebieskich kart\"\n \
             --> {shown}:8\n  |\n8 | Liczba niebieskich kart | 7\n  \
             = help: the closest is `niebieskie-karty-prowadzone` (\"Liczba prowadzonych procedur „Niebieskie Karty”\"); \
             write that id instead to use it\n\n\
             4 indicators to change, 1 unchanged, 1 row not applied\n\
             nothing was written: fix the rows listed above, or pass --allow-unmatched to apply the other rows\n"
        )
    );
    assert!(!root.join("content/przemoc/2024.toml").exists());

    let out = jawnik(&["import", "przemoc", "2024", s(&xlsx), "--write", "--allow-unmatched", "--root", s(&root)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).ends_with("wrote content/przemoc/2024.toml; next: run `jawnik check`\n"));
    let text = std::fs::read_to_string(root.join("content/przemoc/2024.toml")).unwrap();
    assert_eq!(table(&text, "porady-i-konsultacje"), ["value = 310"]);
    assert_eq!(table(&text, "niebieskie-karty-prowadzone"), ["value = 40", "note = \"w tym 3 wszczęte w grudniu\""]);
    assert_eq!(table(&text, "materialy-informacyjne"), ["value = 2506"]);
    assert_eq!(table(&text, "odsetek-rodzin"), ["value = 12.5"]);
    assert_eq!(table(&text, "dyzur-telefoniczny"), ["missing = \"not-reported\""]);
    // The previous year's values stay beside each indicator.
    assert!(text.contains("[values.niebieskie-karty-prowadzone]  # 2023: 34\nvalue = 40\n"));

    let check = jawnik(&["check", "--root", s(&root)]);
    let err = stderr(&check);
    assert!(check.status.success(), "{err}");
    assert!(err.contains("warning: `dyzur-telefoniczny` is marked as not reported\n"), "{err}");
    assert!(err.contains("warning: `note` has no English translation (`note.en`)\n"), "{err}");
}

#[test]
fn an_ods_spreadsheet_reads_like_the_xlsx_one() {
    let (dir, root) = fixture_site();
    let mut outputs = Vec::new();
    for name in ["values-2024.xlsx", "values-2024.ods"] {
        let sheet = dir.path().join(name);
        std::fs::copy(fixtures().join(name), &sheet).unwrap();
        let out = jawnik(&["import", "przemoc", "2024", s(&sheet), "--root", s(&root)]);
        assert_eq!(out.status.code(), Some(1));
        outputs.push((stdout(&out).replace(name, "SHEET"), stderr(&out).replace(name, "SHEET")));
    }
    assert_eq!(outputs[0], outputs[1]);
}

#[test]
fn csv_with_polish_number_forms_and_no_data_markers() {
    let (dir, root) = fixture_site();
    let csv = dir.path().join("dane.csv");
    std::fs::write(
        &csv,
        "wskaźnik;wartość;uwagi\n\
         porady-i-konsultacje;2 506;\n\
         niebieskie-karty-prowadzone;1\u{a0}100;\n\
         odsetek-rodzin;12,5;\n\
         materialy-informacyjne;brak danych;drukarnia nie podała liczby\n\
         dyzur-telefoniczny;całodobowo;\n",
    )
    .unwrap();
    let out = jawnik(&["import", "przemoc", "2024", s(&csv), "--root", s(&root)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).ends_with("this was a preview: run again with --write to save the changes\n"));
    assert!(!root.join("content/przemoc/2024.toml").exists(), "a preview writes nothing");

    let out = jawnik(&["import", "przemoc", "2024", s(&csv), "--write", "--root", s(&root)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(root.join("content/przemoc/2024.toml")).unwrap();
    assert_eq!(table(&text, "porady-i-konsultacje"), ["value = 2506"]);
    assert_eq!(table(&text, "niebieskie-karty-prowadzone"), ["value = 1100"]);
    assert_eq!(table(&text, "odsetek-rodzin"), ["value = 12.5"]);
    assert_eq!(
        table(&text, "materialy-informacyjne"),
        ["missing = \"not-reported\"", "note = \"drukarnia nie podała liczby\""]
    );
    assert_eq!(table(&text, "dyzur-telefoniczny"), ["text = \"całodobowo\""]);
    let check = jawnik(&["check", "--root", s(&root)]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn an_existing_year_file_keeps_its_comments_and_metadata() {
    let (dir, root) = fixture_site();
    let path = root.join("content/przemoc/2024.toml");
    let before = "# Wpisane ręcznie 2 kwietnia.\n\
                  year = 2024\n\
                  edition = \"2021-2030\"\n\
                  title.pl = \"Sprawozdanie za rok 2024\"\n\
                  title.en = \"Report for 2024\"\n\n\
                  [metadata]\n\
                  published_on = \"2025-03-31\" # z BIP\n\n\
                  # Sprawdzone z rejestrem.\n\
                  [values.niebieskie-karty-prowadzone]  # 2023: 34\n\
                  missing = \"not-reported\"\n\
                  note.pl = \"czekamy na dane z policji\"\n\
                  note.en = \"waiting for police data\"\n\n\
                  [values.porady-i-konsultacje]\n\
                  value = 300 # wstępnie\n";
    std::fs::write(&path, before).unwrap();
    let csv = dir.path().join("dane.csv");
    std::fs::write(&csv, "niebieskie-karty-prowadzone;41;dane z policji\nporady-i-konsultacje;312\n").unwrap();
    let out = jawnik(&["import", "przemoc", "2024", s(&csv), "--write", "--root", s(&root)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{} → content/przemoc/2024.toml:\n  \
             row 1    niebieskie-karty-prowadzone  not reported → 41; note: \"czekamy na dane z policji\" → \"dane z policji\"\n  \
             row 2    porady-i-konsultacje         300 → 312\n",
            csv.display()
        )
    );
    let after = before
        .replace(
            "missing = \"not-reported\"\nnote.pl = \"czekamy na dane z policji\"",
            "value = 41\nnote.pl = \"dane z policji\"",
        )
        .replace("value = 300 # wstępnie", "value = 312 # wstępnie");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), after);
}

#[test]
fn a_file_jawnik_cannot_read_is_named_with_the_fix() {
    let (dir, root) = fixture_site();
    let doc = dir.path().join("dane.docx");
    std::fs::write(&doc, "x").unwrap();
    let out = jawnik(&["import", "przemoc", "2024", s(&doc), "--root", s(&root)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "error: jawnik cannot read this kind of file\n --> {}\n  = help: save the spreadsheet as .xlsx, .ods or .csv \
             (CSV with `;` between columns and UTF-8 encoding)\n\n",
            doc.display()
        )
    );
}

#[test]
fn dashes_numbers_with_words_and_parts_without_a_total() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("town");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/other-town");
    for entry in walkdir::WalkDir::new(&from) {
        let entry = entry.unwrap();
        let target = root.join(entry.path().strip_prefix(&from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
    assert!(jawnik(&["new", "report", "przemoc-domowa", "2026", "--root", s(&root)]).status.success());
    let csv = dir.path().join("dane.csv");
    std::fs::write(
        &csv,
        "wskaźnik;wartość;uwagi\n\
         niebieskie-karty-wszczete;71 (60 KPP);\n\
         uczestnicy-programu-korekcyjnego;–;\n\
         porady-prawne;48 osób;liczone od lipca\n",
    )
    .unwrap();
    let out = jawnik(&["import", "przemoc-domowa", "2026", s(&csv), "--write", "--root", s(&root)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // With a note of its own, a number with words is not split: the row says so.
    assert!(stderr(&out).contains("row 4: `porady-prawne`: \"48 osób\" is not a number"), "{}", stderr(&out));

    std::fs::write(
        &csv,
        "wskaźnik;wartość\nniebieskie-karty-wszczete;71 (60 KPP)\nuczestnicy-programu-korekcyjnego;–\n",
    )
    .unwrap();
    let out = jawnik(&["import", "przemoc-domowa", "2026", s(&csv), "--write", "--root", s(&root)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(root.join("content/przemoc-domowa/2026.toml")).unwrap();
    assert_eq!(table(&text, "niebieskie-karty-wszczete"), ["value = 71", "note = \"60 KPP\""]);
    assert_eq!(table(&text, "uczestnicy-programu-korekcyjnego"), ["missing = \"dash\""]);
    let check = jawnik(&["check", "--root", s(&root)]);
    assert!(check.status.success(), "{}", stderr(&check));

    // A value given as parts without a total is not replaced by one number.
    std::fs::write(&csv, "nakazy-i-zakazy;17\n").unwrap();
    let out = jawnik(&["import", "przemoc-domowa", "2025", s(&csv), "--write", "--root", s(&root)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("error: row 1: `nakazy-i-zakazy` is broken down into parts in this file\n"),
        "{}",
        stderr(&out)
    );
}
