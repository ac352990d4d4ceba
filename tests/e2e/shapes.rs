//! A fixture site with one indicator per value shape, shared by tests/e2e/charts.rs
//! and tests/e2e/data.rs: a multi-year line with a gap (2022 has no report), a single
//! year, a breakdown (with a year that has only a total), a target, a text-only
//! indicator, a negative decimal, and a note that looks like a spreadsheet formula;
//! a second programme with fourteen years of four-digit values; and a third with
//! two editions, whose indicators start, stop, miss their first or last year, or
//! do not apply for a year.

#![allow(dead_code)]

use std::fs;
use std::path::Path;

use jawnik::content::load::load_site;
use jawnik::content::Site;
use jawnik::render::strings::UiStrings;

const CONFIG: &str = r#"
title.pl = "Sprawozdania testowe"
title.en = "Test reports"
languages = ["pl", "en"]

[organisation]
name.pl = "Ośrodek Pomocy Społecznej w Żółkiewce"
name.en = "Social Welfare Centre in Żółkiewka"
"#;

const PROGRAMME: &str = r#"
name.pl = "Program „Kształty” — zażółć gęślą jaźń"
name.en = "The “Shapes” programme"
operator.pl = "Ośrodek"
operator.en = "Centre"

[[indicators]]
id = "z-luka"
name.pl = "Liczba osób objętych wsparciem — zażółć gęślą jaźń"
name.en = "Number of people supported"
unit.pl = "osoby"
unit.en = "people"

[[indicators]]
id = "jeden-rok"
name.pl = "Liczba uczestników szkoleń"
name.en = "Number of training participants"
unit.pl = "osoby"
unit.en = "people"

[[indicators]]
id = "podzial"
name.pl = "Liczba osób doznających przemocy według płci"
name.en = "Number of people experiencing violence by sex"
unit.pl = "osoby"
unit.en = "people"

[[indicators]]
id = "z-celem"
name.pl = "Liczba rodzin objętych pracą asystenta"
name.en = "Number of families working with a family assistant"
unit.pl = "rodziny"
unit.en = "families"
target = { value = 50, year = 2024 }

[[indicators]]
id = "opis"
name.pl = "Dostępność telefonu zaufania"
name.en = "Availability of the helpline"
kind = "text"

[[indicators]]
id = "saldo"
name.pl = "Zmiana liczby miejsc"
name.en = "Change in the number of places"
unit.pl = "miejsca"
unit.en = "places"
kind = "number"
"#;

const EDITION: &str = r#"
start = 2020
end = 2024

[[goals]]
number = "1"
name.pl = "Cel"
name.en = "Goal"

[[goals.tasks]]
name.pl = "Zadanie"
name.en = "Task"
indicators = ["z-luka", "jeden-rok", "podzial", "z-celem", "opis", "saldo"]
"#;

fn report(year: i32, values: &str) -> String {
    format!("year = {year}\nedition = \"2020-2024\"\ntitle.pl = \"Informacja za rok {year}\"\ntitle.en = \"Report for {year}\"\n{values}")
}

/// A second programme with fourteen years (2011–2024, no reports for 2015 and
/// 2016) of four-digit values: crowded labels and a gap in a long line.
fn write_long(root: &Path) {
    let dir = root.join("content/dlugi");
    fs::create_dir_all(&dir).unwrap();
    let programme = r#"
name.pl = "Program długoletni"
name.en = "Long-running programme"
operator.pl = "Ośrodek"
operator.en = "Centre"

[[indicators]]
id = "porady"
name.pl = "Liczba udzielonych porad"
name.en = "Number of advice sessions"
unit.pl = "porady"
unit.en = "sessions"
target = { value = 3000 }
"#;
    let edition = r#"
start = 2011
end = 2024

[[goals]]
number = "1"
name = "Cel"

[[goals.tasks]]
name = "Zadanie"
indicators = ["porady"]
"#;
    fs::write(dir.join("programme.toml"), programme).unwrap();
    fs::write(dir.join("edition-2011-2024.toml"), edition).unwrap();
    let values = [1100, 1250, 1480, 1320, 0, 0, 1790, 2050, 1980, 2506, 2210, 2390, 2875, 2640];
    for (year, v) in (2011..=2024).zip(values) {
        if year == 2015 || year == 2016 {
            continue;
        }
        let body = format!(
            "year = {year}\nedition = \"2011-2024\"\ntitle = \"Informacja za rok {year}\"\n[values.porady]\nvalue = {v}\n"
        );
        fs::write(dir.join(format!("{year}.toml")), body).unwrap();
    }
}

/// A third programme in two editions (2018–2020, 2021–2024) with reports for
/// 2019–2024 but 2022:
/// - `nowy` is new in 2021–2024 and has no number until 2023 (2021 "not
///   reported", 2022 no report); its name is only in Polish;
/// - `stary` is only in 2018–2020;
/// - `wspolny` runs through both, and the 2024 report does not give it;
/// - `przerwa` runs through both, but the 2021 report says it does not apply;
/// - `blisko-celu` is a breakdown whose 2024 total (140) sits just under its
///   target (150), as in the worked example of docs/content-format.md.
fn write_editions(root: &Path) {
    let dir = root.join("content/edycje");
    fs::create_dir_all(&dir).unwrap();
    let programme = r#"
name.pl = "Program w dwóch edycjach"
name.en = "A programme in two editions"
operator.pl = "Ośrodek"
operator.en = "Centre"

[[indicators]]
id = "nowy"
name.pl = "Liczba punktów konsultacyjnych"
unit.pl = "punkty"
unit.en = "centres"

[[indicators]]
id = "stary"
name.pl = "Liczba świetlic"
name.en = "Number of day rooms"

[[indicators]]
id = "wspolny"
name.pl = "Liczba rodzin"
name.en = "Number of families"

[[indicators]]
id = "przerwa"
name.pl = "Liczba grup wsparcia"
name.en = "Number of support groups"

[[indicators]]
id = "blisko-celu"
name.pl = "Liczba dzieci objętych dożywianiem"
name.en = "Number of children receiving meals"
target = { value = 150, year = 2024 }
"#;
    let edition = |start: i32, end: i32, ids: &str| {
        format!(
            "start = {start}\nend = {end}\n\n[[goals]]\nnumber = \"1\"\nname = \"Cel\"\n\n[[goals.tasks]]\nname = \"Zadanie\"\nindicators = [{ids}]\n"
        )
    };
    fs::write(dir.join("programme.toml"), programme).unwrap();
    fs::write(dir.join("edition-2018-2020.toml"), edition(2018, 2020, r#""stary", "wspolny", "przerwa""#)).unwrap();
    fs::write(
        dir.join("edition-2021-2024.toml"),
        edition(2021, 2024, r#""nowy", "wspolny", "przerwa", "blisko-celu""#),
    )
    .unwrap();
    let reports = [
        (2019, "[values.stary]\nvalue = 5\n[values.wspolny]\nvalue = 10\n[values.przerwa]\nvalue = 3\n"),
        (2020, "[values.stary]\nvalue = 7\n[values.wspolny]\nvalue = 11\n[values.przerwa]\nvalue = 4\n"),
        (
            2021,
            r#"
[values.nowy]
missing = "not-reported"
[values.wspolny]
value = 12
[values.przerwa]
missing = "not-applicable"
"#,
        ),
        (
            2023,
            r#"
[values.nowy]
value = 12
[values.wspolny]
value = 14
[values.przerwa]
value = 6
[values.blisko-celu]
value = 128
parts = [{ name = "szkoła podstawowa", value = 97 }, { name = "szkoła ponadpodstawowa", value = 31 }]
"#,
        ),
        (
            2024,
            r#"
[values.nowy]
value = 15
[values.wspolny]
missing = "not-reported"
[values.przerwa]
value = 5
[values.blisko-celu]
value = 140
parts = [{ name = "szkoła podstawowa", value = 104 }, { name = "szkoła ponadpodstawowa", value = 36 }]
"#,
        ),
    ];
    for (year, values) in reports {
        let edition = if year <= 2020 { "2018-2020" } else { "2021-2024" };
        let body = format!("year = {year}\nedition = \"{edition}\"\ntitle = \"Informacja za rok {year}\"\n{values}");
        fs::write(dir.join(format!("{year}.toml")), body).unwrap();
    }
}

/// Writes the fixture site under `root`.
pub fn write(root: &Path) {
    write_long(root);
    write_editions(root);
    let dir = root.join("content/ksztalty");
    fs::create_dir_all(&dir).unwrap();
    fs::write(root.join("jawnik.toml"), CONFIG).unwrap();
    fs::write(dir.join("programme.toml"), PROGRAMME).unwrap();
    fs::write(dir.join("edition-2020-2024.toml"), EDITION).unwrap();
    let reports = [
        (
            2020,
            r#"
[values.z-luka]
value = 67
[values.z-celem]
value = 12
"#,
        ),
        (
            2021,
            r#"
[values.z-luka]
value = 50
[values.z-celem]
missing = "not-reported"
[values.podzial]
value = 30
parts = [
  { name.pl = "kobiety", name.en = "women", value = 20 },
  { name.pl = "mężczyźni", name.en = "men", value = 10 },
]
"#,
        ),
        (
            2023,
            r#"
[values.z-luka]
value = 34
[values.z-celem]
value = 30
[values.podzial]
value = 34
parts = [
  { name.pl = "kobiety", name.en = "women", value = 21 },
  { name.pl = "mężczyźni", name.en = "men", value = 13 },
]
[values.saldo]
value = -3
"#,
        ),
        (
            2024,
            r#"
[values.z-luka]
value = 40
[values.jeden-rok]
value = 1322
[values.z-celem]
value = 45
[values.podzial]
value = 36
[values.opis]
text.pl = "całodobowo"
text.en = "around the clock"
[values.saldo]
value = 2.5
note.pl = "=SUM(A1)"
note.en = "=SUM(A1)"
"#,
        ),
    ];
    for (year, values) in reports {
        fs::write(dir.join(format!("{year}.toml")), report(year, values)).unwrap();
    }
}

/// Loads a site, failing the test with the diagnostics if it has errors.
pub fn load(root: &Path) -> Site {
    let loaded = load_site(root);
    assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics);
    loaded.site.expect("a site")
}

/// The fixture site, loaded (the temp dir must outlive nothing: the model owns
/// everything it needs).
pub fn site() -> Site {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path());
    load(dir.path())
}

/// The example site at the repository root.
pub fn example_site() -> Site {
    load(Path::new(env!("CARGO_MANIFEST_DIR")))
}

/// The default theme's UI strings for `parts` (e.g. `["chart"]`).
pub fn strings(parts: &[&str]) -> UiStrings {
    let mut s = UiStrings::default();
    for lang in ["pl", "en"] {
        for part in parts {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("themes/default/i18n/{lang}/{part}.toml"));
            s.add_file(lang, part, &fs::read_to_string(&path).unwrap()).unwrap();
        }
    }
    s
}
