use super::*;
use crate::content::load::load_site;
use crate::content::Site;

const PROGRAMME: &str = r#"
name.pl = "Program"
name.en = "Programme"
operator.pl = "MOPS"
operator.en = "Welfare centre"

[[indicators]]
id = "niebieskie-karty"
name.pl = "Liczba procedur „Niebieskie Karty”"
name.en = "Number of Blue Card procedures"

[[indicators]]
id = "porady"
name.pl = "Liczba porad"
name.en = "Number of consultations"

[[indicators]]
id = "odsetek"
name.pl = "Odsetek rodzin"
name.en = "Share of families"
kind = "percent"

[[indicators]]
id = "godziny"
name.pl = "Godziny pracy"
name.en = "Opening hours"
kind = "text"

[[indicators]]
id = "stary"
name.pl = "Wskaźnik z poprzedniej edycji"
name.en = "Indicator of the previous edition"
"#;

const EDITION: &str = r#"
start = 2021
end = 2030
[[goals]]
number = "1"
name.pl = "Cel"
name.en = "Goal"
[[goals.tasks]]
name.pl = "Zadanie"
name.en = "Task"
indicators = ["niebieskie-karty", "porady", "odsetek", "godziny"]
"#;

const REPORT_2023: &str = r#"year = 2023
edition = "2021-2030"
title.pl = "Sprawozdanie 2023"
title.en = "Report 2023"

[values.porady]
value = 295
label.pl = "Liczba udzielonych porad i konsultacji"
label.en = "Consultations given"
"#;

fn site() -> (tempfile::TempDir, Site) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("jawnik.toml"), "title = \"T\"\n[organisation]\nname = \"O\"\n").unwrap();
    let p = root.join("content/p");
    std::fs::create_dir_all(&p).unwrap();
    std::fs::write(p.join("programme.toml"), PROGRAMME).unwrap();
    std::fs::write(p.join("edition-2021-2030.toml"), EDITION).unwrap();
    std::fs::write(p.join("2023.toml"), REPORT_2023).unwrap();
    let loaded = load_site(root);
    assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics);
    (dir, loaded.site.unwrap())
}

fn rows(list: &[&[&str]]) -> Vec<Row> {
    list.iter()
        .enumerate()
        .map(|(i, cells)| Row { number: i + 1, cells: cells.iter().map(|c| c.to_string()).collect() })
        .collect()
}

fn plan_for(site: &Site, rows: &[Row]) -> Plan {
    let p = &site.programmes[0];
    plan(p, &p.editions[0], rows, Path::new("dane.csv"), "pl")
}

#[test]
fn csv_separator_is_guessed_and_rows_keep_their_numbers() {
    let rows = parse_csv("wskaźnik;wartość;uwagi\nporady;2 506;\n\n\"Liczba; porad\";\"12,5\";x\n").unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1], Row { number: 2, cells: vec!["porady".into(), "2 506".into(), "".into()] });
    assert_eq!(rows[2].number, 4);
    assert_eq!(rows[2].cells[0], "Liczba; porad");
    assert_eq!(parse_csv("id,value\nporady,3\n").unwrap()[1].cells, vec!["porady", "3"]);
    assert_eq!(parse_csv("id\tvalue\nporady\t3\n").unwrap()[1].cells, vec!["porady", "3"]);
}

#[test]
fn headers_in_polish_and_english() {
    let cols = header_columns(&rows(&[&["Lp.", "Wskaźnik", "Wartość 2024", "Uwagi"]])[0]).unwrap();
    assert_eq!(cols, Columns { id: None, name: Some(1), value: 2, note: Some(3) });
    let cols = header_columns(&rows(&[&["id", "name", "value"]])[0]).unwrap();
    assert_eq!(cols, Columns { id: Some(0), name: Some(1), value: 2, note: None });
    assert!(header_columns(&rows(&[&["porady", "12"]])[0]).is_none());
}

#[test]
fn missing_markers() {
    for m in ["", "brak danych", "Brak danych", "b.d.", "bd"] {
        assert_eq!(missing_marker(m), Some(MissingReason::NotReported), "{m}");
    }
    for m in ["-", "–", "—"] {
        assert_eq!(missing_marker(m), Some(MissingReason::Dash), "{m}");
    }
    assert_eq!(missing_marker("nie dotyczy"), Some(MissingReason::NotApplicable));
    assert_eq!(missing_marker("n/d"), Some(MissingReason::NotApplicable));
    assert_eq!(missing_marker("0"), None);
}

#[test]
fn rows_match_by_id_name_label_and_never_disappear() {
    let (_dir, site) = site();
    let plan = plan_for(
        &site,
        &rows(&[
            &["Sprawozdanie za 2024"],
            &["Wskaźnik", "Wartość", "Uwagi"],
            &["niebieskie-karty", "2 506", ""],
            &["LICZBA UDZIELONYCH PORAD I KONSULTACJI", "1\u{a0}100", "w tym online"],
            &["odsetek rodzin", "12,5%", ""],
            &["Liczba niebieskich kart", "3", ""],
            &["Wskaźnik z poprzedniej edycji", "1", ""],
            &["godziny", "całodobowo", ""],
            &["porady", "4", ""],
        ]),
    );
    let got: Vec<(usize, &str, &NewValue)> = plan.changes.iter().map(|c| (c.row, c.id.as_str(), &c.value)).collect();
    assert_eq!(
        got,
        vec![
            (3, "niebieskie-karty", &NewValue::Number(Number(2506.0))),
            (4, "porady", &NewValue::Number(Number(1100.0))),
            (5, "odsetek", &NewValue::Number(Number(12.5))),
            (8, "godziny", &NewValue::Text("całodobowo".into())),
        ]
    );
    assert_eq!(plan.changes[1].note.as_deref(), Some("w tym online"));
    assert_eq!((plan.header_row, plan.above_header.clone()), (Some(2), vec![1]));
    let problems: Vec<(Option<usize>, &str)> = plan.problems.iter().map(|d| (d.line, d.message.as_str())).collect();
    assert_eq!(
        problems,
        vec![
            (Some(6), "row 6: no indicator matches \"Liczba niebieskich kart\""),
            (Some(7), "row 7: `stary` is not measured in the edition 2021-2030 (no task lists it)"),
            (Some(9), "row 9: `porady` is given again (first on row 4)"),
        ]
    );
    assert_eq!(
        plan.problems[0].hint.as_deref(),
        Some("the closest is `niebieskie-karty` (\"Liczba procedur „Niebieskie Karty”\"); write that id instead to use it")
    );
}

#[test]
fn bad_values_are_listed_not_guessed() {
    let (_dir, site) = site();
    let plan = plan_for(&site, &rows(&[&["porady", "dwa"], &["niebieskie-karty", "2,5"], &["odsetek", "120"]]));
    let messages: Vec<&str> = plan.problems.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        vec![
            "row 1: `porady`: \"dwa\" is not a number",
            "row 2: `niebieskie-karty`: \"2,5\" is not a whole number, but this indicator counts things",
            "row 3: `odsetek`: \"120\" is not a percentage between 0 and 100",
        ]
    );
    assert!(plan.changes.is_empty());
    let plan = plan_for(&site, &rows(&[&["odsetek", "12", "5"]]));
    assert_eq!(plan.problems[0].message, "row 1: the note \"5\" looks like the decimal part of \"12,5\"");
}

const YEAR_FILE: &str = r#"# Hand-written comment at the top.
year = 2024
edition = "2021-2030"
title = "Sprawozdanie 2024"

[metadata]
published_on = "2025-03-31" # from the BIP

# Blue Card procedures
[values.niebieskie-karty]  # 2023: 34
missing = "not-reported"
note.pl = "stara uwaga"
note.en = "old note"

[values.porady]
value = 295 # checked
label = "Porady"

[values.godziny]
value = 10
parts = [{ name = "a", value = 4 }, { name = "b", value = 6 }]
"#;

fn change(row: usize, id: &str, value: NewValue, note: Option<&str>) -> Change {
    Change { row, id: id.into(), value, note: note.map(str::to_string) }
}

#[test]
fn apply_changes_only_values_and_notes_and_keeps_the_rest() {
    let changes = [
        change(2, "niebieskie-karty", NewValue::Number(Number(40.0)), Some("nowa uwaga")),
        change(3, "porady", NewValue::Number(Number(310.0)), None),
        change(4, "odsetek", NewValue::Number(Number(12.5)), None),
    ];
    let (text, outcomes, problems) = apply(YEAR_FILE, &changes, "pl", Path::new("2024.toml")).unwrap();
    assert!(problems.is_empty());
    let expected = YEAR_FILE
        .replace("missing = \"not-reported\"\nnote.pl = \"stara uwaga\"", "value = 40\nnote.pl = \"nowa uwaga\"")
        .replace("value = 295 # checked", "value = 310 # checked")
        + "\n[values.odsetek]\nvalue = 12.5\n";
    assert_eq!(text, expected);
    let summary: Vec<(&str, &str, &str, bool)> =
        outcomes.iter().map(|o| (o.id.as_str(), o.old.as_str(), o.new.as_str(), o.changed)).collect();
    assert_eq!(
        summary,
        vec![
            ("niebieskie-karty", "not reported", "40", true),
            ("porady", "295", "310", true),
            ("odsetek", "none", "12.5", true)
        ]
    );
    assert_eq!(outcomes[0].note, Some(("\"stara uwaga\"".into(), "\"nowa uwaga\"".into())));
}

#[test]
fn unchanged_values_leave_the_file_byte_identical() {
    let changes = [change(2, "porady", NewValue::Number(Number(295.0)), None)];
    let (text, outcomes, _) = apply(YEAR_FILE, &changes, "pl", Path::new("2024.toml")).unwrap();
    assert_eq!(text, YEAR_FILE);
    assert!(!outcomes[0].changed);
}

#[test]
fn a_value_becoming_missing_drops_its_parts_but_a_new_total_is_refused() {
    let refused = [change(5, "godziny", NewValue::Number(Number(11.0)), None)];
    let (text, outcomes, problems) = apply(YEAR_FILE, &refused, "pl", Path::new("2024.toml")).unwrap();
    assert_eq!(text, YEAR_FILE);
    assert!(outcomes.is_empty());
    assert_eq!(problems[0].message, "row 5: `godziny` is broken down into parts in this file");

    let missing = [change(5, "godziny", NewValue::Missing(MissingReason::NotReported), None)];
    let (text, _, _) = apply(YEAR_FILE, &missing, "pl", Path::new("2024.toml")).unwrap();
    assert!(text.ends_with("[values.godziny]\nmissing = \"not-reported\"\n"), "{text}");
}

#[test]
fn a_number_with_words_gives_the_words_as_the_note() {
    assert_eq!(number_with_words("76 (66 KPP)"), Some(("76".into(), "66 KPP".into())));
    assert_eq!(number_with_words("1 430 osób"), Some(("1 430".into(), "osób".into())));
    assert_eq!(number_with_words("2 506"), None);
    assert_eq!(number_with_words("12,5"), None);
}
