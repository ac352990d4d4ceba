//! Open data downloads: every CSV parses and says what the content says; JSON
//! says the same; the data package describes the files truly; spreadsheet
//! formulas in text are neutralised, numbers are not.

use crate::shapes;

use std::collections::BTreeSet;

use jawnik::content::{MissingReason, Site, ValueKind};
use jawnik::i18n::plain_number;
use jawnik::render::data::{self, safe_cell, DataFiles, Scope, BOM, COLUMNS};

fn build(site: &Site) -> DataFiles {
    data::build(site, &shapes::strings(&["data"]))
}

/// Parses a CSV file into its header and records, checking the BOM.
fn parse(path: &str, bytes: &[u8]) -> (Vec<String>, Vec<csv::StringRecord>) {
    assert!(bytes.starts_with(BOM), "{path} has no BOM");
    assert!(std::str::from_utf8(bytes).is_ok(), "{path} is not UTF-8");
    let mut r = csv::Reader::from_reader(bytes);
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let records = r.records().collect::<Result<Vec<_>, _>>().unwrap_or_else(|e| panic!("{path}: {e}"));
    (header, records)
}

/// Checks every cell of every CSV against the model.
fn check_csvs_match_content(site: &Site, files: &DataFiles) -> usize {
    let fallback = site.default_lang();
    let mut rows = 0;
    for (path, bytes) in files.files.iter().filter(|(p, _)| p.ends_with(".csv")) {
        let lang = path.split('/').next().unwrap();
        let (header, records) = parse(path, bytes);
        assert_eq!(header, COLUMNS, "{path}");
        for rec in &records {
            rows += 1;
            let cell = |name: &str| &rec[COLUMNS.iter().position(|c| *c == name).unwrap()];
            let at = format!("{path}: {rec:?}");
            let p = site.programme(cell("programme_id")).unwrap_or_else(|| panic!("{at}"));
            let ind = p.indicator(cell("indicator_id")).unwrap_or_else(|| panic!("{at}"));
            let year: i32 = cell("year").parse().unwrap();
            assert_eq!(cell("programme_name"), safe_cell(p.name.get(lang, fallback)), "{at}");
            assert_eq!(cell("indicator_name"), safe_cell(ind.name.get(lang, fallback)), "{at}");
            assert_eq!(cell("unit"), safe_cell(ind.unit.get(lang, fallback)), "{at}");
            let value = p.value(&ind.id, year);
            let note = value.and_then(|v| v.note.as_ref()).map_or(String::new(), |n| safe_cell(n.get(lang, fallback)));
            assert_eq!(cell("note"), note, "{at}");
            match (cell("value_kind"), value.map(|v| &v.kind)) {
                ("number", Some(ValueKind::Number { value })) => {
                    assert_eq!(cell("value"), plain_number(*value), "{at}")
                }
                ("missing", None) => {
                    let reason = if p.report(year).is_some() { "not-reported" } else { "no-report" };
                    assert_eq!((cell("value"), cell("missing_reason")), ("", reason), "{at}");
                }
                ("missing", Some(ValueKind::Missing { reason })) => {
                    let reason = match reason {
                        MissingReason::NotReported => "not-reported",
                        MissingReason::NotApplicable => "not-applicable",
                        MissingReason::Dash => "dash",
                    };
                    assert_eq!((cell("value"), cell("missing_reason")), ("", reason), "{at}");
                }
                ("text", Some(ValueKind::Text { text })) => {
                    assert_eq!(
                        (cell("value"), cell("text")),
                        ("", safe_cell(text.get(lang, fallback)).as_str()),
                        "{at}"
                    );
                }
                ("breakdown-total", Some(ValueKind::Breakdown { total: Some(total), .. })) => {
                    assert_eq!((cell("value"), cell("missing_reason")), (plain_number(*total).as_str(), ""), "{at}");
                }
                // Parts without a printed total: no total, never a sum.
                ("breakdown-total", Some(ValueKind::Breakdown { total: None, .. })) => {
                    assert_eq!((cell("value"), cell("missing_reason")), ("", "no-total"), "{at}");
                }
                ("breakdown-part", Some(ValueKind::Breakdown { parts, .. })) => {
                    let part = parts.iter().find(|x| safe_cell(x.name.get(lang, fallback)) == cell("part_name"));
                    assert_eq!(cell("value"), plain_number(part.unwrap_or_else(|| panic!("{at}")).value), "{at}");
                }
                (kind, v) => panic!("{at}: kind {kind} for {v:?}"),
            }
        }
    }
    rows
}

/// Every reported value appears in its programme's CSV, in every language.
fn check_nothing_left_out(site: &Site, files: &DataFiles) {
    for lang in &site.config.languages {
        for p in &site.programmes {
            let path = data::csv_path(lang, &Scope::Programme(p.slug.clone()));
            let (_, records) = parse(&path, &files.files[&path]);
            let have: BTreeSet<(String, String)> =
                records.iter().map(|r| (r[3].to_string(), r[4].to_string())).collect();
            for report in &p.reports {
                for id in report.values.keys() {
                    assert!(have.contains(&(report.year.to_string(), id.clone())), "{path}: no {} {id}", report.year);
                }
            }
        }
    }
}

#[test]
fn every_csv_of_the_example_site_parses_and_matches_the_content() {
    let site = shapes::example_site();
    let files = build(&site);
    let rows = check_csvs_match_content(&site, &files);
    assert!(rows > 500, "only {rows} rows");
    check_nothing_left_out(&site, &files);
    // Polish letters survive in the Polish files, English names in the English ones.
    let pl = String::from_utf8(files.files["pl/data/site.csv"].clone()).unwrap();
    let en = String::from_utf8(files.files["en/data/site.csv"].clone()).unwrap();
    assert!(pl.contains(",Liczba prowadzonych procedur „Niebieskie Karty”,"));
    assert!(en.contains(",Number of “Blue Card” procedures conducted,"));
}

#[test]
fn every_value_shape_of_the_fixture_is_written_and_read_back() {
    let site = shapes::site();
    let files = build(&site);
    check_csvs_match_content(&site, &files);
    check_nothing_left_out(&site, &files);
    let pl = String::from_utf8(files.files["pl/data/ksztalty/ksztalty.csv"][3..].to_vec()).unwrap();
    let lines: Vec<&str> = pl.split("\r\n").collect();
    let prefix = "ksztalty,Program „Kształty” — zażółć gęślą jaźń,2020-2024,";
    for want in [
        "2021,podzial,Liczba osób doznających przemocy według płci,,osoby,breakdown-total,30,,,,",
        "2021,podzial,Liczba osób doznających przemocy według płci,,osoby,breakdown-part,20,kobiety,,,",
        "2021,podzial,Liczba osób doznających przemocy według płci,,osoby,breakdown-part,10,mężczyźni,,,",
        "2021,z-celem,Liczba rodzin objętych pracą asystenta,,rodziny,missing,,,not-reported,,",
        "2022,z-luka,Liczba osób objętych wsparciem — zażółć gęślą jaźń,,osoby,missing,,,no-report,,",
        "2024,opis,Dostępność telefonu zaufania,,,text,,,,całodobowo,",
    ] {
        // Every row also says where the indicator sits: goal 1 "Cel", task "Zadanie".
        let place = ",,,1,Cel,,,,,Zadanie,,,,";
        assert!(lines.contains(&format!("{prefix}{want}{place}").as_str()), "no line {want}\n{pl}");
    }
}

#[test]
fn formulas_in_text_are_neutralised_but_negative_numbers_are_not() {
    let site = shapes::site();
    let files = build(&site);
    for lang in ["pl", "en"] {
        let path = data::csv_path(lang, &Scope::Indicator("ksztalty".into(), "saldo".into()));
        let (_, records) = parse(&path, &files.files[&path]);
        let cells: Vec<(&str, &str, &str)> = records.iter().map(|r| (&r[3], &r[9], &r[13])).collect();
        assert_eq!(
            cells,
            [("2020", "", ""), ("2021", "", ""), ("2022", "", ""), ("2023", "-3", ""), ("2024", "2.5", "'=SUM(A1)")]
        );
        // JSON is not run by spreadsheets: the note is kept as written.
        let json: serde_json::Value = serde_json::from_slice(
            &files.files[&data::json_path(lang, &Scope::Indicator("ksztalty".into(), "saldo".into()))],
        )
        .unwrap();
        assert_eq!(json[3]["value"], serde_json::json!(-3));
        assert_eq!(json[4]["value"], serde_json::json!(2.5));
        assert_eq!(json[4]["note"], "=SUM(A1)");
    }
}

#[test]
fn json_twins_hold_the_same_rows() {
    for site in [shapes::site(), shapes::example_site(), other("other-town"), other("other-county")] {
        let files = build(&site);
        for (path, bytes) in files.files.iter().filter(|(p, _)| p.ends_with(".csv")) {
            let (_, records) = parse(path, bytes);
            let json_path = path.replace(".csv", ".json");
            let json: Vec<serde_json::Map<String, serde_json::Value>> =
                serde_json::from_slice(&files.files[&json_path]).unwrap();
            assert_eq!(json.len(), records.len(), "{json_path}");
            for (obj, rec) in json.iter().zip(&records) {
                let keys: Vec<&str> = obj.keys().map(String::as_str).collect::<BTreeSet<_>>().into_iter().collect();
                let want: Vec<&str> = COLUMNS.iter().copied().collect::<BTreeSet<_>>().into_iter().collect();
                assert_eq!(keys, want);
                for (i, col) in COLUMNS.iter().enumerate() {
                    let as_csv = match &obj[*col] {
                        serde_json::Value::Null => String::new(),
                        serde_json::Value::String(s) if *col == "value_kind" || *col == "missing_reason" => s.clone(),
                        serde_json::Value::String(s) => safe_cell(s),
                        other => other.to_string(),
                    };
                    assert_eq!(as_csv, &rec[i], "{json_path}: {col}");
                }
            }
        }
    }
}

#[test]
fn every_scope_has_its_downloads_and_the_package_describes_them() {
    let site = shapes::example_site();
    let files = build(&site);
    for lang in ["pl", "en"] {
        let mut scopes = vec![Scope::Site];
        for p in &site.programmes {
            scopes.push(Scope::Programme(p.slug.clone()));
            scopes.extend(p.reports.iter().map(|r| Scope::Report(p.slug.clone(), r.year)));
            scopes.extend(p.indicators.iter().map(|i| Scope::Indicator(p.slug.clone(), i.id.clone())));
        }
        for scope in &scopes {
            let links = files.for_scope(lang, scope);
            let formats: Vec<&str> = links.iter().map(|d| d.format.as_str()).collect();
            assert_eq!(formats, ["CSV", "JSON"], "{scope:?}");
            for d in links {
                assert_eq!(files.files[&d.path].len(), d.bytes, "{}", d.path);
                assert!(d.path.starts_with(&format!("{lang}/data/")));
            }
        }
        let csvs = files.files.keys().filter(|p| p.starts_with(&format!("{lang}/")) && p.ends_with(".csv")).count();
        assert_eq!(csvs, scopes.len());

        let package: serde_json::Value = serde_json::from_slice(&files.files[&data::datapackage_path(lang)]).unwrap();
        assert_eq!(package["profile"], "tabular-data-package");
        assert_eq!(package["title"], site.config.title.get(lang, "pl"));
        let resources = package["resources"].as_array().unwrap();
        let described = scopes.iter().filter(|s| !matches!(s, Scope::Indicator(..))).count();
        assert_eq!(resources.len(), described);
        let mut names = BTreeSet::new();
        for r in resources {
            assert!(names.insert(r["name"].as_str().unwrap().to_string()), "duplicate name {}", r["name"]);
            let path = format!("{lang}/data/{}", r["path"].as_str().unwrap());
            assert_eq!(files.files[&path].len() as u64, r["bytes"].as_u64().unwrap(), "{path}");
            assert_eq!((r["format"].as_str(), r["mediatype"].as_str()), (Some("csv"), Some("text/csv")));
            let fields: Vec<&str> =
                r["schema"]["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
            assert_eq!(fields, COLUMNS);
            for f in r["schema"]["fields"].as_array().unwrap() {
                assert!(!f["description"].as_str().unwrap().starts_with('['), "untranslated {f}");
            }
        }
        assert_eq!(resources[0]["path"], "site.csv");
    }
    assert!(files.files.contains_key("pl/data/przeciwdzialanie-przemocy/przeciwdzialanie-przemocy-2023.csv"));
    assert!(files.files.contains_key("en/data/przeciwdzialanie-przemocy/indicators/niebieskie-karty-prowadzone.json"));
}

#[test]
fn data_files_are_byte_identical_from_run_to_run() {
    let site = shapes::example_site();
    assert_eq!(build(&site).files, build(&site).files);
}

/// Writes the example site's data files into `$JAWNIK_DATA_REVIEW`, for
/// opening them in other tools: `JAWNIK_DATA_REVIEW=/tmp/data cargo test --test
/// e2e data:: -- --ignored`.
#[test]
#[ignore]
fn write_data_for_review() {
    let Ok(out) = std::env::var("JAWNIK_DATA_REVIEW") else { return };
    for (site, sub) in [(shapes::example_site(), "example"), (shapes::site(), "shapes")] {
        for (path, bytes) in build(&site).files {
            let path = std::path::Path::new(&out).join(sub).join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
    }
}

/// A fixture site of reports as other towns and counties write them.
fn other(name: &str) -> Site {
    shapes::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name))
}

/// The rows of a CSV as column → cell maps.
fn records(files: &DataFiles, path: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let (header, records) = parse(path, &files.files[path]);
    records.iter().map(|r| header.iter().cloned().zip(r.iter().map(str::to_string)).collect()).collect()
}

/// The row of `indicator` in `year` (`part`: the part's name, for a part row).
fn row<'a>(
    rows: &'a [std::collections::BTreeMap<String, String>],
    year: &str,
    indicator: &str,
    part: &str,
) -> &'a std::collections::BTreeMap<String, String> {
    rows.iter()
        .find(|r| r["year"] == year && r["indicator_id"] == indicator && r["part_name"] == part)
        .unwrap_or_else(|| panic!("no row {year} {indicator} {part}"))
}

fn cells<'a>(r: &'a std::collections::BTreeMap<String, String>, cols: &[&str]) -> Vec<&'a str> {
    cols.iter().map(|c| r[*c].as_str()).collect()
}

#[test]
fn the_town_patterns_are_in_the_data_files_in_both_languages() {
    let site = other("other-town");
    let files = build(&site);
    check_csvs_match_content(&site, &files);
    check_nothing_left_out(&site, &files);
    let pl = records(&files, "pl/data/przemoc-domowa/przemoc-domowa.csv");
    let en = records(&files, "en/data/przemoc-domowa/przemoc-domowa.csv");

    // Parts without a total: an empty total saying so, and each part; a part's note.
    let kind = ["value_kind", "value", "missing_reason", "part_note"];
    assert_eq!(cells(row(&pl, "2024", "nakazy-i-zakazy", ""), &kind), ["breakdown-total", "", "no-total", ""]);
    let ban = row(&pl, "2024", "nakazy-i-zakazy", "zakaz kontaktowania się z osobą doznającą przemocy");
    assert_eq!(
        cells(ban, &kind),
        ["breakdown-part", "9", "", "w tym 4 wobec osób objętych procedurą „Niebieskie Karty”"]
    );
    let ban = row(&en, "2024", "nakazy-i-zakazy", "ban on contacting the person experiencing violence");
    assert_eq!(ban["part_note"], "of which 4 against people in the “Blue Card” procedure");
    // A total with parts stays as it was.
    assert_eq!(cells(row(&pl, "2024", "osoby-doznajace-przemocy", ""), &kind), ["breakdown-total", "81", "", ""]);

    // Numbers as printed, and implementers given once for the edition, with partners.
    let place = ["goal_number", "goal", "task_number", "task", "indicator_number", "implementers", "partners"];
    assert_eq!(
        cells(row(&pl, "2025", "porady-prawne", ""), &place),
        [
            "I",
            "Zwiększenie dostępności i skuteczności pomocy dla osób doznających przemocy domowej",
            "1.1",
            "Prowadzenie Punktu Konsultacyjnego dla osób doznających przemocy domowej",
            "2",
            "Miejski Ośrodek Pomocy Społecznej w Przykładowie",
            "Zespół Interdyscyplinarny; Komenda Powiatowa Policji w Przykładowie; placówki oświatowe; placówki ochrony zdrowia; organizacje pozarządowe",
        ]
    );
    // A task's own implementers replace the edition's.
    assert_eq!(row(&en, "2025", "grupy-diagnostyczno-pomocowe", "")["implementers"], "Interdisciplinary Team");
    assert_eq!(
        row(&en, "2025", "nakazy-i-zakazy", "")["partners"],
        "County Police Headquarters in Przykładowo; District Court in Przykładowo; District Prosecutor's Office in Przykładowo"
    );
    assert_eq!(row(&pl, "2025", "artykuly-w-mediach", "")["task_number"], "3.10");

    // A value for another period; a task's note; the dash.
    assert_eq!(row(&pl, "2024", "miejsca-w-hostelu", "")["period"], "stan na 31 grudnia 2024 r.");
    assert_eq!(row(&en, "2024", "przeszkoleni-pracownicy", "")["period"], "since 2022");
    assert_eq!(
        row(&pl, "2024", "miejsca-w-hostelu", "")["task_note"],
        "Mieszkanie interwencyjne prowadzi Stowarzyszenie „Bezpieczny Dom” na podstawie umowy z Miastem."
    );
    assert_eq!(row(&pl, "2025", "miejsca-w-hostelu", "")["task_note"], "");
    assert_eq!(
        cells(row(&en, "2024", "uczestnicy-programu-korekcyjnego", ""), &["value_kind", "value", "missing_reason"]),
        ["missing", "", "dash"]
    );
    // The report's note beside a number that was printed "76 (66 KPP)".
    assert_eq!(
        row(&pl, "2024", "niebieskie-karty-wszczete", "")["note"],
        "w tym 66 wszczętych przez Komendę Powiatową Policji"
    );
}

#[test]
fn the_county_patterns_are_in_the_data_files_in_both_languages() {
    let site = other("other-county");
    let files = build(&site);
    check_csvs_match_content(&site, &files);
    let pl = records(&files, "pl/data/przemoc-powiat/przemoc-powiat-2023.csv");
    let en = records(&files, "en/data/przemoc-powiat/przemoc-powiat-2023.csv");
    let place = [
        "goal_number",
        "goal",
        "goal_objective",
        "direction_number",
        "direction",
        "task_number",
        "indicator_number",
        "implementers",
        "partners",
    ];
    assert_eq!(
        cells(row(&pl, "2023", "odbiorcy-kampanii", ""), &place),
        [
            "I",
            "Profilaktyka i edukacja społeczna",
            "Zwiększenie wiedzy mieszkańców powiatu o zjawisku przemocy domowej i możliwościach uzyskania pomocy.",
            "1",
            "Działania informacyjne i edukacyjne skierowane do mieszkańców powiatu",
            "1.1",
            "2",
            "Powiatowe Centrum Pomocy Rodzinie w Przykładowie",
            "Komenda Powiatowa Policji w Przykładowie; Poradnia Psychologiczno-Pedagogiczna w Przykładowie; szkoły ponadpodstawowe z terenu powiatu",
        ]
    );
    assert_eq!(
        cells(
            row(&en, "2023", "poradnictwo-oik", ""),
            &["direction", "value_kind", "value", "missing_reason", "task_note"]
        ),
        [
            "Specialist counselling for people experiencing domestic violence",
            "breakdown-total",
            "",
            "no-total",
            "Since September 2023 counselling has also been given at a branch in the Commune of Przykładowo-Wieś."
        ]
    );
    // A goal's own tasks have no direction.
    assert_eq!(
        cells(row(&en, "2023", "ukonczyli-program", ""), &["direction", "task_number", "missing_reason"]),
        ["", "5.1", "dash"]
    );
}
