//! `jawnik new site|programme|report`, run as the real binary.

use crate::common;

use common::copy_dir;
use std::path::{Path, PathBuf};
use std::process::Output;

fn jawnik(args: &[&str]) -> Output {
    common::jawnik().args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

/// The import tests' small site (one programme, `przemoc`, with a 2023 report).
fn fixture_site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/site"), &root);
    (dir, root)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_new_site_checks_and_lists_what_is_left_to_fill_in() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("strona");
    let out = jawnik(&["new", "site", s(&site)]);
    assert!(out.status.success(), "{}", stderr(&out));

    let programme = site.join("content/przykladowy-program");
    let mut years: Vec<String> = std::fs::read_dir(&programme)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.len() == 9 && n.ends_with(".toml"))
        .collect();
    assert_eq!(years.len(), 1, "{years:?}");
    let year_file = years.pop().unwrap();
    let year = &year_file[..4];
    for name in
        ["programme.toml", "programme.pl.md", "programme.en.md", &format!("{year}.pl.md"), &format!("{year}.en.md")]
    {
        assert!(programme.join(name).is_file(), "{name}");
    }
    assert!(site.join("jawnik.toml").is_file());

    let check = jawnik(&["check", "--root", s(&site)]);
    let err = stderr(&check);
    assert!(check.status.success(), "{err}");
    for id in ["porady", "rodziny-objete-wsparciem", "godziny-pracy-punktu"] {
        assert!(err.contains(&format!("warning: `{id}` is marked as not reported\n")), "{id}: {err}");
    }
    assert!(err.contains(
        "warning: the accessibility statement lacks status, published_on, updated_on, prepared_on, assessment, \
         contact_person, email, phone, architectural, communication\n"
    ));
    assert!(err.contains("warning: this report has no metryczka: who prepared, approved, published and entered it"));
    assert!(err.contains("warning: this report has no link to the document as published\n"));
    // As `jawnik build` would: the site's address is still to be set.
    assert!(err.contains("warning: `base_url` is not set: no sitemap.xml was written"), "{err}");
    // Each file still holding the template's words says so once, with its lines;
    // commented-out lines (the optional keys) are not counted.
    assert!(err.contains(
        "warning: 6 texts in this file are placeholders from the template, not the real text: \
         `(PRZYKŁAD)` here, and on lines 6, 8, 9, 18, 19\n --> jawnik.toml:5:"
    ));
    assert!(err.contains(&format!(
        "warning: 2 texts in this file are placeholders from the template, not the real text: \
         `(do uzupełnienia)` here, and on line 12\n  --> content/przykladowy-program/{year}.toml:11:"
    )));
    for file in ["programme.toml", "programme.pl.md", "programme.en.md", &format!("{year}.pl.md")] {
        assert!(err.contains(&format!("--> content/przykladowy-program/{file}:")), "{file}: {err}");
    }
    assert_eq!(err.matches("placeholder").count(), 8, "{err}");
    assert!(err.ends_with("checked 1 programme, 3 indicators, 1 report: 0 errors, 16 warnings\n"), "{err}");

    // It builds with the theme built into jawnik, search and feed included.
    let public = dir.path().join("public");
    let build = jawnik(&["build", "--root", s(&site), "--output", s(&public)]);
    assert!(build.status.success(), "{}", stderr(&build));
    for page in ["index.html", "pl/przykladowy-program/index.html", "en/search/index.html", "pl/feed.xml"] {
        assert!(public.join(page).is_file(), "{page}");
    }
    let report = std::fs::read_to_string(public.join(format!("pl/przykladowy-program/{year}/index.html"))).unwrap();
    assert!(report.contains("Liczba udzielonych porad (przykład)"));

    // The site folder is not reused.
    let again = jawnik(&["new", "site", s(&site)]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).starts_with("error: this folder already exists and is not empty, so nothing was written\n"));
}

#[test]
fn a_new_report_lists_every_indicator_in_task_order_with_last_years_value() {
    let (_dir, root) = fixture_site();
    let out = jawnik(&["new", "report", "przemoc", "2024", "--root", s(&root)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "created content/przemoc/2024.toml with 5 indicators, all marked not reported\n\
         next: fill in the values (or `jawnik import przemoc 2024 FILE`), then run `jawnik check`\n"
    );
    let text = std::fs::read_to_string(root.join("content/przemoc/2024.toml")).unwrap();
    let values: Vec<&str> = text.lines().filter(|l| l.starts_with("[values.")).collect();
    assert_eq!(
        values,
        vec![
            "[values.porady-i-konsultacje]  # 2023: 295",
            "[values.niebieskie-karty-prowadzone]  # 2023: 34",
            "[values.dyzur-telefoniczny]  # 2023: \"całodobowo\"",
            "[values.materialy-informacyjne]  # 2023: 2506 (total of 2 parts)",
            "[values.odsetek-rodzin]  # 2023: not reported",
        ]
    );
    assert_eq!(text.matches("\nmissing = \"not-reported\"\n").count(), 5);
    assert!(text.contains("\nyear = 2024\nedition = \"2021-2030\"\n"));
    assert!(text.contains("# Cel szczegółowy 1: Wsparcie rodzin\n# Zadanie: Pomoc osobom doświadczającym przemocy\n"));

    let check = jawnik(&["check", "--root", s(&root)]);
    assert!(check.status.success());
    assert!(stderr(&check)
        .contains("warning: `odsetek-rodzin` is marked as not reported\n  --> content/przemoc/2024.toml:"));
}

#[test]
fn a_report_file_is_never_overwritten() {
    let (_dir, root) = fixture_site();
    let path = root.join("content/przemoc/2024.toml");
    assert!(jawnik(&["new", "report", "przemoc", "2024", "--root", s(&root)]).status.success());
    std::fs::write(&path, "# my work\n").unwrap();
    let out = jawnik(&["new", "report", "przemoc", "2024", "--root", s(&root)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: the report file already exists, so nothing was written\n \
         --> content/przemoc/2024.toml\n  \
         = help: jawnik never overwrites a report: edit the file, or fill it from a spreadsheet with \
         `jawnik import przemoc 2024 FILE`\n\n"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# my work\n");
}

#[test]
fn a_year_outside_every_edition_and_an_unknown_programme_are_explained() {
    let (_dir, root) = fixture_site();
    let out = jawnik(&["new", "report", "przemoc", "2031", "--root", s(&root)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: no edition of `przemoc` covers the year 2031\n \
         --> content/przemoc\n  \
         = help: the programme's editions are 2021-2030; check the year, or add an edition file \
         (edition-START-END.toml) covering 2031\n\n"
    );
    let out = jawnik(&["new", "report", "przemocc", "2024", "--root", s(&root)]);
    assert!(stderr(&out).starts_with("error: there is no programme `przemocc`\n"));
    assert!(stderr(&out).contains("= help: did you mean `przemoc`?"));
}

#[test]
fn new_programme_checks_its_name_and_never_replaces_a_folder() {
    let (_dir, root) = fixture_site();
    let out = jawnik(&["new", "programme", "Wspieranie Rodziny", "--root", s(&root)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: `Wspieranie Rodziny` cannot be used as a programme folder name\n \
         --> content/Wspieranie Rodziny\n  \
         = help: use `wspieranie-rodziny` (lowercase letters, digits and hyphens)\n\n"
    );
    let out = jawnik(&["new", "programme", "przemoc", "--root", s(&root)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("error: the programme `przemoc` already exists, so nothing was written\n"));

    let out = jawnik(&["new", "programme", "wspieranie-rodziny", "--root", s(&root)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = root.join("content/wspieranie-rodziny");
    let names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().to_string()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("edition-")));
    let check = jawnik(&["check", "--root", s(&root)]);
    let err = stderr(&check);
    assert!(check.status.success(), "{err}");
    assert!(err.contains("warning: this programme has no year report yet\n --> content/wspieranie-rodziny\n"), "{err}");
}

#[test]
fn a_new_report_carries_numbers_parts_periods_and_task_notes_forward() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/other-county"), &root);
    let out = jawnik(&["new", "report", "przemoc-powiat", "2025", "--root", s(&root)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(root.join("content/przemoc-powiat/2025.toml")).unwrap();
    // Areas, directions of action and kinds of action with their numbers, and
    // each indicator's "Lp." before its name.
    assert!(
        text.contains(
            "# Obszar I: Profilaktyka i edukacja społeczna\n\n# ---------------------------------------------------------------------------\n\
             # Kierunek działań 1: Działania informacyjne i edukacyjne skierowane do mieszkańców powiatu\n\
             # Rodzaj działania 1.1: Prowadzenie kampanii społecznych dotyczących przeciwdziałania przemocy domowej\n\n\
             # 1. Liczba kampanii społecznych (kampanie)\n[values.kampanie-spoleczne]  # 2024: 3\nmissing = \"not-reported\"\n"
        ),
        "{text}"
    );
    // Last year's parts (without a total: no `value` line) and period, to uncomment.
    assert!(
        text.contains(
            "[values.poradnictwo-oik]  # 2024: 3 parts, no total\nmissing = \"not-reported\"\n\
             # The 2024 report gave parts without a total; if this one does too:\n# parts = [\n\
             #   { name.pl = \"poradnictwo psychologiczne\", name.en = \"psychological counselling\", value = … },\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "# The 2024 report said what time the value is for; check and uncomment:\n\
             # period.pl = \"stan na 31 grudnia\"\n# period.en = \"as of 31 December\"\n"
        ),
        "{text}"
    );
    let check = jawnik(&["check", "--root", s(&root)]);
    assert!(check.status.success(), "{}", stderr(&check));

    // The town's: a total with parts keeps a `value` line to fill in; a task
    // note of last year is offered for this year under the task's number.
    let root = dir.path().join("town");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/other-town"), &root);
    assert!(jawnik(&["new", "report", "przemoc-domowa", "2026", "--root", s(&root)]).status.success());
    let text = std::fs::read_to_string(root.join("content/przemoc-domowa/2026.toml")).unwrap();
    assert!(
        text.contains(
            "[values.osoby-doznajace-przemocy]  # 2025: 74 (total of 3 parts)\nmissing = \"not-reported\"\n\
             # The 2025 report gave a total and parts; if this one does too:\n# value = …\n# parts = [\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "# Zadanie 3.9: Diagnozowanie skali zjawiska przemocy domowej\n\
             # The 2025 report said in this task's row: \"Diagnozę przeprowadzono w formie ankiety wśród uczniów klas VII i VIII szkół po…\". \
             For this year, uncomment and write:\n# [tasks.\"3.9\"]\n# note.pl = \"…\"\n"
        ),
        "{text}"
    );
    assert!(text.contains("[values.uczestnicy-programu-korekcyjnego]  # 2025: 7\n"), "{text}");
    let check = jawnik(&["check", "--root", s(&root)]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn new_programme_refuses_names_windows_or_the_site_keep_for_themselves() {
    let (_dir, root) = fixture_site();
    let out = jawnik(&["new", "programme", "aux", "--root", s(&root)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: `aux` cannot be used as a programme folder name: it is a device name on Windows, where no file or \
         folder can be called that\n \
         --> content/aux\n  \
         = help: choose another name, e.g. `aux-1` (Windows reserves con, prn, aux, nul, com0–com9 and lpt0–lpt9)\n\n"
    );
    assert!(!root.join("content/aux").exists());
    let out = jawnik(&["new", "programme", "search", "--root", s(&root)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: `search` cannot be used as a programme folder name: it is taken by the site's own pages \
         (`search/` in each language)\n \
         --> content/search\n  \
         = help: choose another name, e.g. `search-1`\n\n"
    );
    assert!(!root.join("content/search").exists());
}
