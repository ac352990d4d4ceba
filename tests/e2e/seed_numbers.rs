//! Every number in the example site (`content/`) traced back to the report it was
//! transcribed from.
//!
//! Each row of [`VALUES`] names a value — programme folder, year, indicator id —
//! the number it must have, the seed file it comes from (a verbatim copy of the
//! text extracted from the published PDF/DOCX, in `tests/seeds/`) and the exact
//! passage of that file that prints the number. The tests check that
//! (a) the passage really is in the seed and really prints that number,
//! (b) the loaded site has that number for that value, and
//! (c) the table and the site have exactly the same numeric values, so a number
//!     added to `content/` without a row here (or the other way round) fails.
//!
//! Passages are compared with every run of whitespace turned into one space, as
//! the extraction wraps lines (and splits words: "specjalistycznyc h").

use std::collections::BTreeSet;
use std::path::Path;

use jawnik::content::load::{load_site, Loaded};

const PRZEMOC: &str = "przeciwdzialanie-przemocy";
const RODZINA: &str = "wspieranie-rodziny";

const SEED_2020: &str = "krasnystaw-przemoc-2020.txt";
const SEED_2023: &str = "krasnystaw-przemoc-2023.txt";
const SEED_2024: &str = "krasnystaw-wspieranie-rodziny-2024.txt";

/// (programme, year, indicator id, expected number, seed file, passage printing it)
type Row = (&'static str, i32, &'static str, f64, &'static str, &'static str);

#[rustfmt::skip]
const VALUES: &[Row] = &[
    (PRZEMOC, 2020, "osoby-ktorym-udzielono-wsparcia", 862.0, SEED_2020, "1. Liczba osób, którym udzielono wsparcia - 862 osoby"),
    (PRZEMOC, 2020, "materialy-edukacyjne-rozpowszechnione", 1260.0, SEED_2020, "2. Liczba rozpowszechnionych materiałów edukacyjnych - 1260 „STOP PRZEMOCY”."),
    (PRZEMOC, 2020, "grupy-wsparcia", 2.0, SEED_2020, "3. Liczba prowadzonych grup wsparcia - 2 grupy."),
    (PRZEMOC, 2020, "grupy-terapeutyczne", 2.0, SEED_2020, "4. Liczba prowadzonych grup terapeutycznych - 2 grupy."),
    (PRZEMOC, 2020, "grupy-samopomocowe", 1.0, SEED_2020, "5. Liczba prowadzonych grup samopomocowych - 1 grupa."),
    (PRZEMOC, 2020, "punkt-konsultacyjny-godziny-porad", 165.0, SEED_2020, "6. Liczba godzin udzielonych porad w ramach Punktu konsultacyjnego ds. przeciwdziałania przemocy - 165."),
    (PRZEMOC, 2020, "punkt-interwencji-kryzysowej-godziny-porad", 1100.0, SEED_2020, "7. Liczba godzin udzielonych porad w ramach Punktu Interwencji Kryzysowej – 1 100."),
    (PRZEMOC, 2020, "osoby-objete-dzialaniami-obserwacyjnymi", 186.0, SEED_2020, "1. Liczba osób, wobec których prowadzono działania obserwacyjne - 186 osób."),
    (PRZEMOC, 2020, "niebieskie-karty-przekazane", 54.0, SEED_2020, "2. Liczba przekazanych „Niebieskich Kart” - 54"),
    (PRZEMOC, 2020, "niebieskie-karty-prowadzone", 67.0, SEED_2020, "1. Liczba prowadzonych „Niebieskich Kart” - 67."),
    (PRZEMOC, 2020, "rodziny-objete-dzialaniami-monitorujacymi", 67.0, SEED_2020, "2. Liczba rodzin, wobec których prowadzono działania monitorujące – 67."),
    (PRZEMOC, 2020, "kontrakty-socjalne", 1.0, SEED_2020, "3. Liczba podpisanych kontraktów socjalnych - 1."),
    (PRZEMOC, 2020, "osoby-umieszczone-w-osrodkach", 0.0, SEED_2020, "4. Liczba osób umieszczonych w ośrodkach wsparcia - 0."),
    (PRZEMOC, 2020, "programy-edukacyjno-terapeutyczne", 7.0, SEED_2020, "5. Liczba realizowanych programów - 7"),
    (PRZEMOC, 2020, "mediacje-rodzinne", 0.0, SEED_2020, "6. Liczba prowadzonych mediacji rodzinnych - 0."),
    (PRZEMOC, 2020, "alternatywne-formy-wypoczynku", 15.0, SEED_2020, "7. Liczba zorganizowanych alternatywnych form wypoczynku - 15 przedsięwzięć."),
    (PRZEMOC, 2020, "swietlice", 5.0, SEED_2020, r#"8. Liczba świetlic profilaktyczno <ul style="list-style-type: none"> - wychowawczych - 5,"#),
    (PRZEMOC, 2020, "dzieci-w-swietlicach", 20.0, SEED_2020, "Liczba dzieci z rodzin dotkniętych problemem przemocy uczestniczących w zajęciach świetlic - 20 dzieci."),
    (PRZEMOC, 2020, "sprawcy-programy-korekcyjno-edukacyjne", 0.0, SEED_2020, r#"9. Liczba osób skierowanych do programu korekcyjno <ul style="list-style-type: none"> - edukacyjnego - 0."#),
    (PRZEMOC, 2020, "przedsiewziecia-swiadomosc-spoleczna", 17.0, SEED_2020, "1. Liczba przedsięwzięć podnoszących świadomość społeczną dot. przemocy w rodzinie - 17 ."),
    (PRZEMOC, 2020, "strony-internetowe", 5.0, SEED_2020, "2. Liczba stron internetowych propagujących idee programu – 5 ."),
    (PRZEMOC, 2020, "przedsiewziecia-materialy-edukacyjne", 4.0, SEED_2020, "3. Liczba przedsięwzięć upowszechniających materiały edukacyjne - 4 ."),
    (PRZEMOC, 2020, "informatory-baza-danych", 7.0, SEED_2020, "4. Liczba informatorów dotyczących bazy danych o placówkach i instytucjach świadczących pomoc w sytuacji przemocy w rodzinie na terenie Krasnegostawu – 7."),
    (PRZEMOC, 2020, "programy-profilaktyczne", 5.0, SEED_2020, "1. Liczba programów profilaktycznych - 5."),
    (PRZEMOC, 2020, "dzialania-edukacyjne-dla-rodzicow", 172.0, SEED_2020, "2. Liczba działań edukacyjnych służących wzmocnieniu opiekuńczych i wychowawczych kompetencji rodziców (pedagogizacja rodziców i rozmowy profilaktyczne, pomoc w formie psychoedukacji) – 172."),
    (PRZEMOC, 2020, "szkolne-programy-profilaktyczne", 1.0, SEED_2020, "3. Liczba szkolnych programów i działań profilaktycznych - 1."),
    (PRZEMOC, 2020, "programy-zachowania-nieagresywne", 5.0, SEED_2020, "1. Liczba programów profilaktycznych promujących zachowania nieagresywne - 5."),
    (PRZEMOC, 2020, "treningi-samokontroli", 15.0, SEED_2020, "2. Liczba treningów samokontroli i umiejętności społecznych - 15."),
    (PRZEMOC, 2020, "poradnictwo-zajecia-pozalekcyjne", 147.0, SEED_2020, "psychologicznego, zajęć pozalekcyjnych, kół zainteresowań oraz spotkań i wyjazdów integracyjnych – 147 ."),
    (PRZEMOC, 2020, "czlonkowie-zespolu-interdyscyplinarnego", 23.0, SEED_2020, "1. Liczba osób powołanych na członka Zespołu - 23 ."),
    (PRZEMOC, 2020, "przepisy-wewnetrzne-zespolu", 1.0, SEED_2020, "2. Liczba opracowanych wewnętrznych przepisów regulujących pracę Zespołu - 1 ."),
    (PRZEMOC, 2020, "sprawozdania-z-realizacji-programu", 6.0, SEED_2020, "1. Liczba sporządzonych sprawozdań z realizacji programu - 6 ."),
    (PRZEMOC, 2020, "posiedzenia-zespolu-interdyscyplinarnego", 4.0, SEED_2020, "2. Liczba posiedzeń Zespołu Interdyscyplinarnego - 4 ."),
    (PRZEMOC, 2020, "bazy-danych-zasobow-instytucjonalnych", 1.0, SEED_2020, "3. Liczba baz danych zasobów instytucjonalnych z zakresu przeciwdziałania przemocy w rodzinie - 1 ."),
    (PRZEMOC, 2020, "indywidualne-plany-pomocy", 54.0, SEED_2020, "1. Liczba opracowanych indywidualnych planów pomocy - 54 ."),
    (PRZEMOC, 2020, "spotkania-grup-roboczych", 48.0, SEED_2020, "2. Liczba spotkań grup roboczych - 48 ."),
    (PRZEMOC, 2020, "rodziny-monitorowane", 67.0, SEED_2020, "3. Liczba monitorowanych rodzin - 67 ."),
    (PRZEMOC, 2020, "rodziny-objete-procedura-niebieskiej-karty", 67.0, SEED_2020, "4. Liczba rodzin objętych procedurą Niebieskiej Karty - 67."),
    (PRZEMOC, 2023, "porady-i-konsultacje", 295.0, SEED_2023, "1. Liczba udzielonych porad i konsultacji 295"),
    (PRZEMOC, 2023, "programy-edukacyjno-terapeutyczne", 2.0, SEED_2023, "2. Liczba realizowanych programów edukacyjno – terapeutycznych 2"),
    (PRZEMOC, 2023, "grupy-prowadzone", 3.0, SEED_2023, "3. Liczba prowadzonych grup 3"),
    (PRZEMOC, 2023, "telefony-zaufania", 2.0, SEED_2023, "4. Liczba lokalnych telefonów zaufania 2"),
    (PRZEMOC, 2023, "osoby-umieszczone-w-osrodkach", 0.0, SEED_2023, "1. Liczba osób umieszczonych w specjalistycznyc h ośrodkach 0"),
    (PRZEMOC, 2023, "interwencje-art-12a", 2.0, SEED_2023, "2. Liczba interwencji w trybie art.12a 2"),
    (PRZEMOC, 2023, "porady-w-punkcie-konsultacyjnym", 140.0, SEED_2023, "1. Liczba udzielonych porad w punkcie konsultacyjnym 140"),
    (PRZEMOC, 2023, "projekty-dla-osob-doswiadczajacych-przemocy", 13.0, SEED_2023, "2. Liczba projektów skierowanych do osób doświadczaj. przemocy w rodzinie 13"),
    (PRZEMOC, 2023, "alternatywne-formy-wypoczynku", 12.0, SEED_2023, "3. Liczba zorganizowanych alternatywnych form wypoczynku 12"),
    (PRZEMOC, 2023, "swietlice", 5.0, SEED_2023, "4. Liczba świetlic 5"),
    (PRZEMOC, 2023, "sprawcy-programy-korekcyjno-edukacyjne", 11.0, SEED_2023, "5. Liczba sprawców przemocy skierowanych do udziału w programie korekcyjno- edukacyjnym 11"),
    (PRZEMOC, 2023, "osrodki-wsparcia-punkty-interwencji", 2.0, SEED_2023, "6. Liczba prowadzonych ośrodków wsparcia/ punktów interwencji 2"),
    (PRZEMOC, 2023, "materialy-informacyjne", 2506.0, SEED_2023, "1. Liczba opracowanych i upowszechnionych materiałów informacyjnych 2 506"),
    (PRZEMOC, 2023, "strony-internetowe", 2.0, SEED_2023, "2. Liczba stron internetowych propagujących idee Programu 2"),
    (PRZEMOC, 2023, "podmioty-wspierajace", 4.0, SEED_2023, "3. Liczba podmiotów wspierających osoby doświadczające przemocy w rodzinie 4"),
    (PRZEMOC, 2023, "programy-profilaktyczne", 1.0, SEED_2023, "1. Liczba programów profilaktycznych 1"),
    (PRZEMOC, 2023, "dzialania-edukacyjne-dla-rodzicow", 40.0, SEED_2023, "2. Liczba działań edukacyjnych 40"),
    (PRZEMOC, 2023, "programy-zachowania-nieagresywne", 25.0, SEED_2023, "1. Liczba programów 25"),
    (PRZEMOC, 2023, "osoby-uczestniczace-w-dzialaniach", 1430.0, SEED_2023, "2. Liczba osób uczestniczących w działaniach 1 430"),
    (PRZEMOC, 2023, "czlonkowie-zespolu-interdyscyplinarnego", 14.0, SEED_2023, "1. Liczba członków Zespołu osób 14"),
    (PRZEMOC, 2023, "grupy-robocze", 30.0, SEED_2023, "2. Liczba grup roboczych 30"),
    (PRZEMOC, 2023, "szkolenia", 1.0, SEED_2023, "3. Liczba szkoleń 1"),
    (PRZEMOC, 2023, "osoby-przeszkolone", 12.0, SEED_2023, "4. Liczba przeszkolonych 12"),
    (PRZEMOC, 2023, "diagnozy", 2.0, SEED_2023, "Liczba przeprowadzonych diagnoz 2"),
    (PRZEMOC, 2023, "niebieskie-karty-prowadzone", 34.0, SEED_2023, "1. Liczba prowadzonych procedur „Niebieskie Karty” 34"),
    (PRZEMOC, 2023, "wizyty-w-rodzinach", 96.0, SEED_2023, "2. Liczba przeprowadzonych wizyt w rodzinach 96"),
    (RODZINA, 2024, "programy-edukacyjne-zrealizowane", 6.0, SEED_2024, "Liczba zrealizowanych programów - 6"),
    (RODZINA, 2024, "programy-edukacyjne-podmioty", 3.0, SEED_2024, "Liczba podmiotów realizujących - 3"),
    (RODZINA, 2024, "programy-edukacyjne-uczestnicy", 296.0, SEED_2024, "Liczba uczestników - 296"),
    (RODZINA, 2024, "karta-duzej-rodziny-wydane", 167.0, SEED_2024, "Liczba wydanych kart - 167,"),
    (RODZINA, 2024, "karta-duzej-rodziny-rodziny", 70.0, SEED_2024, "Liczba rodzin -70."),
    (RODZINA, 2024, "kampanie-spotkania", 13.0, SEED_2024, "Liczba zrealizowanych kampanii/spotkań – 13,"),
    (RODZINA, 2024, "kampanie-podmioty", 3.0, SEED_2024, "Liczba podmiotów realizujących działania – 3,"),
    (RODZINA, 2024, "kampanie-uczestnicy", 456.0, SEED_2024, "Liczba uczestników – 456,"),
    (RODZINA, 2024, "kampanie-materialy-informacyjne", 64.0, SEED_2024, "Liczba wydanych materiałów informacyjnych – 64."),
    (RODZINA, 2024, "integracja-rodzin-dzialania", 40.0, SEED_2024, "Liczba zrealizowanych działań (w tym wycieczek, pikników rodzinnych) – 40,"),
    (RODZINA, 2024, "integracja-rodzin-uczestnicy", 929.0, SEED_2024, "Liczba uczestników – 929,"),
    (RODZINA, 2024, "integracja-rodzin-podmioty", 3.0, SEED_2024, "Liczba podmiotów realizujących działania - 3."),
    (RODZINA, 2024, "szkolenia-dla-rodzicow", 40.0, SEED_2024, "Liczba zrealizowanych szkoleń/ prelekcji/pogadanek, warsztatów – 40,"),
    (RODZINA, 2024, "szkolenia-dla-rodzicow-podmioty", 3.0, SEED_2024, "Liczba podmiotów realizujących działania – 3,"),
    (RODZINA, 2024, "szkolenia-dla-rodzicow-uczestnicy", 1322.0, SEED_2024, "Liczba uczestników – 1322."),
    (RODZINA, 2024, "programy-terapeutyczne-zrealizowane", 2.0, SEED_2024, "Liczba zrealizowanych programów - 2,"),
    (RODZINA, 2024, "programy-terapeutyczne-osoby", 138.0, SEED_2024, "Liczba osób objętych programami – 138 (posiłek w szkole i w domu)"),
    (RODZINA, 2024, "programy-terapeutyczne-podmioty", 2.0, SEED_2024, "Liczba podmiotów realizujących - 2."),
    (RODZINA, 2024, "poradnictwo-rodzinne-porady", 15.0, SEED_2024, "Liczba porad/konsultacji/treningów/mediacji/grup wsparcia - 15,"),
    (RODZINA, 2024, "poradnictwo-rodzinne-uczestnicy", 12.0, SEED_2024, "Liczba uczestników -12,"),
    (RODZINA, 2024, "punkty-konsultacyjne", 1.0, SEED_2024, "Liczba punktów konsultacyjnych -1."),
    (RODZINA, 2024, "asystenci-rodziny", 2.0, SEED_2024, "Liczba asystentów rodziny -2,"),
    (RODZINA, 2024, "rodziny-objete-wsparciem-asystenta", 29.0, SEED_2024, "Liczba rodzin objętych wsparciem - 29,"),
    (RODZINA, 2024, "szkolenia-asystentow-rodziny", 1.0, SEED_2024, "Liczba szkoleń asystentów rodziny - 1."),
    (RODZINA, 2024, "rodziny-wspierajace-szkolenia", 0.0, SEED_2024, "Liczba zorganizowanych szkoleń - 0,"),
    (RODZINA, 2024, "rodziny-wspierajace", 0.0, SEED_2024, "Liczba rodzin wspierających - 0,"),
    (RODZINA, 2024, "rodziny-objete-pomoca-rodzin-wspierajacych", 0.0, SEED_2024, "Liczba rodzin objętych pomocą rodzin wspierających - 0,"),
    (RODZINA, 2024, "rodziny-wspierajace-dzialania-promocyjne", 0.0, SEED_2024, "Liczba działań promocyjnych - 0."),
    (RODZINA, 2024, "uslugi-swiadczone", 90.0, SEED_2024, "Liczba świadczonych usług - 90"),
    (RODZINA, 2024, "uslugi-rodziny-objete-wsparciem", 1.0, SEED_2024, "Liczba rodzin objętych wsparciem - 1"),
    (RODZINA, 2024, "placowki-wsparcia-dziennego-prowadzone", 1.0, SEED_2024, "Liczba prowadzonych placówek- 1,"),
    (RODZINA, 2024, "placowki-wsparcia-dziennego-utworzone", 0.0, SEED_2024, "Liczba utworzonych placówek - 0,"),
    (RODZINA, 2024, "placowki-wsparcia-dziennego-osoby", 20.0, SEED_2024, "Liczba osób objętych wsparciem - 20."),
    (RODZINA, 2024, "grupy-wsparcia-prowadzone", 0.0, SEED_2024, "Liczba prowadzonych grup - 0,"),
    (RODZINA, 2024, "grupy-wsparcia-uczestnicy", 0.0, SEED_2024, "Liczba uczestników - 0."),
    (RODZINA, 2024, "praca-socjalna-rodziny", 57.0, SEED_2024, "Liczba rodzin objętych pracą socjalną – 57,"),
    (RODZINA, 2024, "wywiady-srodowiskowe", 171.0, SEED_2024, "Liczba przeprowadzonych wywiadów środowiskowych u rodzin u których stwierdzono problemy opiekuńczo- wychowawcze – 171."),
    (RODZINA, 2024, "pomoc-finansowa-rzeczowa-osoby", 275.0, SEED_2024, "Liczba osób objętych pomocą - 275"),
    (RODZINA, 2024, "formy-pomocy", 5.0, SEED_2024, "Liczba form pomocy - 5"),
    (RODZINA, 2024, "zespoly-grupy-problemowe", 1.0, SEED_2024, "Liczba zespołów, grup - 1"),
    (RODZINA, 2024, "szkolenia-kadry", 1.0, SEED_2024, "Liczba zorganizowanych szkoleń - 1,"),
    (RODZINA, 2024, "osoby-przeszkolone", 2.0, SEED_2024, "Liczba osób przeszkolonych - 2."),
    (RODZINA, 2024, "dzieci-monitorowane", 35.0, SEED_2024, "Liczba dzieci objętych monitorowaniem funkcjonowania w rodzinie - 35"),
    (RODZINA, 2024, "praca-socjalna-rodziny-powrot-dziecka", 142.0, SEED_2024, "Liczba rodzin objętych pracą socjalną- 142"),
    (RODZINA, 2024, "dzieci-powrot-do-rodziny", 1.0, SEED_2024, "Liczba dzieci, które powróciły do rodziny biologicznej - 1"),
    (RODZINA, 2024, "dzieci-piecza-zastepcza", 30.0, SEED_2024, "Liczba dzieci umieszczonych w pieczy zastępczej - 30"),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every run of whitespace (spaces, tabs, line breaks) as one space.
fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn read_seed(name: &str) -> String {
    let path = root().join("tests/seeds").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The ways a report may print `n`: `1100` and, from a thousand up, with the
/// thousands separated by a space as Polish documents do (`1 100`).
fn printed_forms(n: f64) -> Vec<String> {
    assert!(n.fract() == 0.0 && n >= 0.0, "only whole numbers are expected in the seeds, got {n}");
    let digits = format!("{}", n as u64);
    let mut forms = vec![digits.clone()];
    if digits.len() > 3 {
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(' ');
            }
            grouped.push(c);
        }
        for sep in [" ", "\u{a0}", "\u{202f}"] {
            forms.push(grouped.replace(' ', sep));
        }
    }
    forms
}

/// Whether `text` prints the number `form` as a whole number: not as a piece of
/// a longer number ("12" in "120", "2" in "art.12a", "506" in "2 506").
fn prints_number(text: &str, form: &str) -> bool {
    text.match_indices(form).any(|(at, _)| {
        let before: Vec<char> = text[..at].chars().rev().take(2).collect();
        let after: Vec<char> = text[at + form.len()..].chars().take(5).collect();
        let digit_before = before.first().is_some_and(|c| c.is_ascii_digit())
            || (before.first() == Some(&' ') && before.get(1).is_some_and(|c| c.is_ascii_digit()));
        let digit_after = after.first().is_some_and(|c| c.is_ascii_digit())
            || (after.first() == Some(&' ')
                && after.len() >= 4
                && after[1..4].iter().all(|c| c.is_ascii_digit())
                && !after.get(4).is_some_and(|c| c.is_ascii_digit()));
        !digit_before && !digit_after
    })
}

fn load() -> Loaded {
    let loaded = load_site(root());
    let errors: Vec<String> = loaded.diagnostics.items.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "the example site does not load cleanly:\n\n{}", errors.join("\n\n"));
    loaded
}

#[test]
fn table_has_no_duplicate_rows() {
    let mut seen = BTreeSet::new();
    for (programme, year, id, ..) in VALUES {
        assert!(seen.insert((programme, year, id)), "{programme} {year} `{id}` is in the table twice");
    }
}

#[test]
fn every_quote_is_in_its_seed_and_prints_the_number() {
    let mut failures = Vec::new();
    for &(programme, year, id, expected, seed, quote) in VALUES {
        let text = normalise(&read_seed(seed));
        let quote = normalise(quote);
        if !text.contains(&quote) {
            failures.push(format!("{programme} {year} `{id}`: not found in {seed}: \"{quote}\""));
            continue;
        }
        let forms = printed_forms(expected);
        if !forms.iter().any(|f| prints_number(&quote, f)) {
            failures.push(format!("{programme} {year} `{id}`: \"{quote}\" does not print {}", forms[0]));
        }
    }
    assert!(failures.is_empty(), "{} problem(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_value_in_the_table_is_in_the_site() {
    let loaded = load();
    let site = loaded.site.as_ref().expect("the example site loads");
    let mut failures = Vec::new();
    for &(programme, year, id, expected, ..) in VALUES {
        let Some(p) = site.programme(programme) else {
            failures.push(format!("no programme `{programme}`"));
            continue;
        };
        match p.value(id, year).map(|v| v.kind.number()) {
            None => failures.push(format!("{programme} {year} `{id}`: no value in the site")),
            Some(None) => failures.push(format!("{programme} {year} `{id}`: the value is not a number")),
            Some(Some(n)) if n.0 != expected => {
                failures.push(format!("{programme} {year} `{id}`: the site has {}, the report prints {expected}", n.0))
            }
            Some(Some(_)) => {}
        }
    }
    assert!(failures.is_empty(), "{} problem(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_number_in_the_site_is_in_the_table() {
    let loaded = load();
    let site = loaded.site.as_ref().expect("the example site loads");
    let in_site: BTreeSet<(String, i32, String)> = site
        .programmes
        .iter()
        .flat_map(|p| {
            p.reports.iter().flat_map(move |r| {
                r.values
                    .iter()
                    .filter(|(_, v)| v.kind.number().is_some())
                    .map(move |(id, _)| (p.slug.clone(), r.year, id.clone()))
            })
        })
        .collect();
    let in_table: BTreeSet<(String, i32, String)> =
        VALUES.iter().map(|&(p, y, id, ..)| (p.to_string(), y, id.to_string())).collect();
    let untested: Vec<_> = in_site.difference(&in_table).collect();
    let absent: Vec<_> = in_table.difference(&in_site).collect();
    assert!(untested.is_empty(), "numbers in content/ with no row in VALUES (add the seed passage): {untested:?}");
    assert!(absent.is_empty(), "rows in VALUES with no number in content/: {absent:?}");
}

#[test]
fn printed_number_matching() {
    assert!(prints_number("Kryzysowej – 1 100.", "1 100"));
    assert!(prints_number("materiałów informacyjnych 2 506", "2 506"));
    assert!(!prints_number("materiałów informacyjnych 2 506", "2"));
    assert!(!prints_number("materiałów informacyjnych 2 506", "506"));
    assert!(prints_number("w trybie art.12a 2", "2"));
    assert!(!prints_number("w trybie art.12a", "2"));
    assert!(!prints_number("Liczba - 120", "12"));
    assert_eq!(printed_forms(1100.0)[..2], ["1100".to_string(), "1 100".to_string()]);
    assert_eq!(printed_forms(2506.0)[1], "2 506");
    assert_eq!(printed_forms(67.0), ["67".to_string()]);
}
