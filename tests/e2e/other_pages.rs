//! The pages of reports as other towns and counties write them (issue 12):
//! the fixture sites `tests/fixtures/other-town` and `other-county` built, and
//! each pattern read back from the report, indicator and programme pages in
//! both languages — numbers as printed, area objectives, directions of action,
//! implementers given once (lead and partners), parts without a total (never a
//! sum), part notes, periods, task notes, the dash. Texts are the pages' `<main>`
//! with tags removed; the values are the fixtures' own.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

type Tree = BTreeMap<String, Vec<u8>>;

/// The fixture site `name` built once into a temp folder: its files.
fn built(name: &str) -> &'static Tree {
    static TOWN: OnceLock<(tempfile::TempDir, Tree)> = OnceLock::new();
    static COUNTY: OnceLock<(tempfile::TempDir, Tree)> = OnceLock::new();
    let cell = if name == "other-town" { &TOWN } else { &COUNTY };
    &cell
        .get_or_init(|| common::build_to_temp(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)))
        .1
}

fn html<'a>(tree: &'a Tree, path: &str) -> &'a str {
    std::str::from_utf8(tree.get(path).unwrap_or_else(|| panic!("no {path} in the output"))).unwrap()
}

/// The text of the page's `<main>` without its charts: tags removed, white
/// space collapsed (no-break spaces too), no space left before punctuation.
fn text(tree: &Tree, path: &str) -> String {
    let page = html(tree, path);
    let mut main = &page[page.find("<main").unwrap()..page.find("</main>").unwrap()];
    let mut out = String::new();
    while let Some(at) = main.find("<svg") {
        out.push_str(&main[..at]);
        main = &main[at + main[at..].find("</svg>").unwrap() + 6..];
    }
    out.push_str(main);
    let mut plain = String::new();
    let mut in_tag = false;
    for c in out.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                plain.push(' ');
            }
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let plain = plain.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replace('\u{a0}', " ");
    let joined = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    [(" :", ":"), (" ,", ","), (" .", "."), ("( ", "("), (" )", ")")]
        .iter()
        .fold(joined, |t, (from, to)| t.replace(from, to))
}

#[track_caller]
fn has(text: &str, want: &str) {
    assert!(text.contains(want), "missing:\n{want}\nin:\n{text}");
}

/// `a` comes before `b` in `text`.
#[track_caller]
fn before(text: &str, a: &str, b: &str) {
    let (i, j) = (text.find(a).expect(a), text.find(b).expect(b));
    assert!(i < j, "{a:?} should come before {b:?}");
}

const TOWN: &str = "przemoc-domowa";
const COUNTY: &str = "przemoc-powiat";

#[test]
fn report_pages_number_goals_tasks_and_indicators_as_printed_and_in_their_order() {
    let t = built("other-town");
    let pl = text(t, &format!("pl/{TOWN}/2024/index.html"));
    // The contents and the headings: Roman numerals, tasks "1.2", indicators "Lp.".
    has(&pl, "Cel szczegółowy II: Ograniczanie przemocy domowej przez oddziaływanie na osoby stosujące przemoc");
    has(&pl, "Cel szczegółowy II Ograniczanie przemocy domowej");
    has(&pl, "Zadanie 1.2: Realizacja procedury „Niebieskie Karty”");
    has(&pl, "1. Liczba wszczętych procedur „Niebieskie Karty” w tym 66 wszczętych przez Komendę Powiatową Policji");
    has(&pl, "3. Liczba osób doznających przemocy domowej objętych procedurą „Niebieskie Karty”");
    // "3.10" after "3.9"; the unnumbered task stays after the one above it.
    before(&pl, "Zadanie 3.9: Diagnozowanie", "Zadanie 3.10: Współpraca z mediami lokalnymi");
    before(&pl, "Zadanie 3.10:", "Zadanie: Inne działania wynikające z bieżących potrzeb");
    let en = text(t, &format!("en/{TOWN}/2024/index.html"));
    has(&en, "Specific objective II: Reducing domestic violence by working with the people who use it");
    has(&en, "Task 1.2: Carrying out the “Blue Card” procedure");
    has(&en, "2. Number of meetings of diagnostic and support groups Value 214");
    before(&en, "Task 3.9: Diagnosing", "Task 3.10: Cooperation with local media");
}

#[test]
fn report_pages_show_implementers_given_once_with_the_lead_apart_from_partners() {
    let t = built("other-town");
    let pl = text(t, &format!("pl/{TOWN}/2024/index.html"));
    // The edition's list once, above the goals; goal II's under its heading;
    // task 1.2's own under the task.
    has(
        &pl,
        "Poziom osiągniętych wskaźników Realizatorzy zadań, o ile nie podano innych Miejski Ośrodek Pomocy \
         Społecznej w Przykładowie We współpracy z Zespół Interdyscyplinarny Komenda Powiatowa Policji w \
         Przykładowie placówki oświatowe placówki ochrony zdrowia organizacje pozarządowe Cel szczegółowy I",
    );
    has(
        &pl,
        "Cel szczegółowy II Ograniczanie przemocy domowej przez oddziaływanie na osoby stosujące przemoc \
         Realizatorzy zadań poniżej, o ile nie podano innych Miejski Ośrodek Pomocy Społecznej w Przykładowie We \
         współpracy z Komenda Powiatowa Policji w Przykładowie Sąd Rejonowy w Przykładowie Prokuratura Rejonowa w \
         Przykładowie Zadanie 2.1:",
    );
    has(
        &pl,
        "Zadanie 1.2: Realizacja procedury „Niebieskie Karty” Realizatorzy zadania Zespół Interdyscyplinarny We \
         współpracy z Miejski Ośrodek Pomocy Społecznej w Przykładowie",
    );
    // Not repeated under every task: the inheriting tasks show no list.
    assert_eq!(pl.matches("Realizatorzy zadania").count(), 1, "only task 1.2 names its own");
    assert_eq!(pl.matches("organizacje pozarządowe").count(), 1, "the edition's list once");
    let en = text(t, &format!("en/{TOWN}/2024/index.html"));
    has(
        &en,
        "Indicators achieved Implementers of the tasks, unless others are named Municipal Social Welfare Centre in \
         Przykładowo In cooperation with Interdisciplinary Team",
    );
    has(&en, "Task 1.2: Carrying out the “Blue Card” procedure Implementers of the task Interdisciplinary Team In cooperation with");
}

#[test]
fn parts_without_a_total_say_so_and_show_each_part_with_its_note_in_a_row_of_their_own() {
    let t = built("other-town");
    let page = html(t, &format!("pl/{TOWN}/2024/index.html"));
    let pl = text(t, &format!("pl/{TOWN}/2024/index.html"));
    has(
        &pl,
        "Liczba wydanych nakazów i zakazów wobec osób stosujących przemoc domową Wartość nie podano sumy Jednostka \
         nakazy i zakazy Sprawozdanie podaje tylko części, bez sumy: nakaz opuszczenia wspólnie zajmowanego \
         mieszkania 3 zakaz kontaktowania się z osobą doznającą przemocy 9 w tym 4 wobec osób objętych procedurą \
         „Niebieskie Karty” zakaz zbliżania się do osoby doznającej przemocy 5 Zadanie 2.2:",
    );
    // Never a sum of the parts (3 + 9 + 5) presented as reported.
    let values = &page[page.find("<h2 id=\"values\">").unwrap()..];
    let row = &values[values.find("Liczba wydanych nakazów").unwrap()..values.find("Zadanie 2.2").unwrap()];
    assert!(!row.contains(">17<"), "{row}");
    // The parts span the table: indicator, value and unit (no change column in
    // the first report).
    assert!(row.contains("<tr role=\"row\" class=\"parts-row\">\n  <td role=\"cell\" colspan=\"3\">"), "{row}");
    // A total with parts: the total in its cell, the parts (one with its note) below.
    has(
        &pl,
        "3. Liczba osób doznających przemocy domowej objętych procedurą „Niebieskie Karty” Wartość 81 Jednostka \
         osoby w tym: kobiety 58 w tym 12 osób starszych mężczyźni 6 dzieci 17",
    );
    // With a previous report the change column is spanned too.
    let y2025 = html(t, &format!("en/{TOWN}/2025/index.html"));
    assert!(y2025.contains("<tr role=\"row\" class=\"parts-row\">\n  <td role=\"cell\" colspan=\"4\">"));
    let en = text(t, &format!("en/{TOWN}/2025/index.html"));
    has(
        &en,
        "Number of orders and bans issued against people using domestic violence Value no total given Unit orders \
         and bans — nothing to compare with The report gives only the parts, without a total: order to leave the \
         shared home 5 ban on contacting the person experiencing violence 7 ban on approaching the person \
         experiencing violence 6",
    );
    // The year's figures: no total, then the parts.
    has(
        &en,
        "Number of orders and bans issued against people using domestic violence no total given parts: order to \
         leave the shared home: 5",
    );
}

#[test]
fn report_pages_show_periods_task_notes_and_the_dash() {
    let t = built("other-town");
    let pl = text(t, &format!("pl/{TOWN}/2024/index.html"));
    has(&pl, "Liczba miejsc w mieszkaniu interwencyjnym Wartość 4 stan na 31 grudnia 2024 r. Jednostka miejsca");
    has(&pl, "Liczba przeszkolonych pracowników socjalnych Wartość 9 od 2022 r. Jednostka osoby");
    has(
        &pl,
        "Zadanie 1.3: Zapewnienie schronienia osobom doznającym przemocy domowej Ze sprawozdania za 2024 r.: \
         Mieszkanie interwencyjne prowadzi Stowarzyszenie „Bezpieczny Dom” na podstawie umowy z Miastem.",
    );
    has(
        &pl,
        "Zadanie: Inne działania wynikające z bieżących potrzeb Ze sprawozdania za 2024 r.: W 2024 r. uruchomiono \
         całodobowy dyżur telefoniczny Ośrodka w okresie świątecznym.",
    );
    has(
        &pl,
        "Liczba osób, które ukończyły program korekcyjno-edukacyjny Sprawozdanie podaje tu kreskę („–”) i nie \
         wyjaśnia, czy oznacza ona zero, czy brak danych. Wartość „–” (kreska w sprawozdaniu) Jednostka osoby",
    );
    let en = text(t, &format!("en/{TOWN}/2024/index.html"));
    has(&en, "Number of places in the crisis flat Value 4 as of 31 December 2024 Unit places");
    has(
        &en,
        "From the 2024 report: The crisis flat is run by the “Safe Home” Association under a contract with the Town.",
    );
    has(
        &en,
        "Number of people who completed the corrective and educational programme The report prints a dash (“–”) \
         here without saying whether it means none or not reported. Value “–” (a dash in the report) Unit people",
    );
}

#[test]
fn report_pages_show_areas_with_objectives_and_directions_of_action() {
    let t = built("other-county");
    let en = text(t, &format!("en/{COUNTY}/2023/index.html"));
    has(&en, "Area I: Prevention and public education");
    has(
        &en,
        "Area I Prevention and public education Objective: Increasing the county residents' knowledge of domestic \
         violence and of where to get help. Implementers of the tasks below, unless others are named County Family \
         Support Centre in Przykładowo In cooperation with County Police Headquarters in Przykładowo",
    );
    has(
        &en,
        "Direction of action 1 Information and education for the county's residents Kind of action 1.1: Running \
         social campaigns on counteracting domestic violence",
    );
    has(
        &en,
        "Direction of action 3 Specialist counselling for people experiencing domestic violence Kind of action 3.1:",
    );
    has(
        &en,
        "From the 2023 report: Since September 2023 counselling has also been given at a branch in the Commune of \
         Przykładowo-Wieś.",
    );
    has(
        &en,
        "5. Number of people given specialist counselling at the Crisis Intervention Centre Value no total given \
         Unit people The report gives only the parts, without a total: psychological counselling 143 legal \
         counselling 88 a legal adviser on duty once a week social counselling 61",
    );
    has(
        &en,
        "6. Number of places in the hostel of the Crisis Intervention Centre Value 8 as of 31 December Unit places",
    );
    // Every kind of action is under its direction: none left over as "other".
    assert!(!en.contains("Other indicators"), "{en}");
    let pl = text(t, &format!("pl/{COUNTY}/2023/index.html"));
    has(
        &pl,
        "Obszar II Ochrona i pomoc osobom doznającym przemocy domowej Cel: Zapewnienie osobom doznającym przemocy \
         domowej dostępu do specjalistycznej pomocy i bezpiecznego schronienia.",
    );
    has(&pl, "Kierunek działań 4 Interwencja kryzysowa i schronienie Rodzaj działania 4.1: Zapewnienie schronienia");
    has(&pl, "7. Liczba osób, którym zapewniono schronienie w hostelu Wartość 23");
    // The direction is a heading a level below its area, its kinds of action one below it.
    let page = html(t, &format!("pl/{COUNTY}/2023/index.html"));
    assert!(page.contains("<h4 class=\"direction\"><span class=\"direction__term\">Kierunek działań 4</span>"));
    assert!(page.contains("<h5><span class=\"task__term\">Rodzaj działania 4.1:</span>"));
}

#[test]
fn indicator_pages_show_where_the_indicator_sits_with_numbers_objective_direction_and_implementers() {
    let t = built("other-county");
    let pl = text(t, &format!("pl/{COUNTY}/indicators/poradnictwo-oik/index.html"));
    has(
        &pl,
        "Edycja na lata 2023–2026 Obszar II Ochrona i pomoc osobom doznającym przemocy domowej Cel Zapewnienie \
         osobom doznającym przemocy domowej dostępu do specjalistycznej pomocy i bezpiecznego schronienia. Kierunek \
         działań 3 Specjalistyczne poradnictwo dla osób doznających przemocy domowej Rodzaj działania 3.1 \
         Poradnictwo psychologiczne, prawne i socjalne w Ośrodku Interwencji Kryzysowej Lp. 5 Realizatorzy Ośrodek \
         Interwencji Kryzysowej w Przykładowie We współpracy z Powiatowe Centrum Pomocy Rodzinie w Przykładowie \
         ośrodki pomocy społecznej z terenu powiatu",
    );
    // No total: the headline and every year say so and list the parts.
    has(&pl, "Najnowsza wartość nie podano sumy części: poradnictwo psychologiczne: 156 poradnictwo prawne: 92");
    has(
        &pl,
        "2023 Wartość nie podano sumy części: poradnictwo psychologiczne: 143 poradnictwo prawne: 88 (dyżur radcy \
         prawnego raz w tygodniu) poradnictwo socjalne: 61 osoby",
    );
    // The year's note on the task, beside the year.
    has(
        &pl,
        "Uwagi Rodzaj działania 3.1: Od września 2023 r. poradnictwo prowadzone jest także w punkcie zamiejscowym \
         w Gminie Przykładowo-Wieś.",
    );
    let en = text(t, &format!("en/{COUNTY}/indicators/poradnictwo-oik/index.html"));
    has(
        &en,
        "Area II Protecting and helping people experiencing domestic violence Objective Giving people experiencing \
         domestic violence access to specialist help and safe shelter. Direction of action 3 Specialist counselling \
         for people experiencing domestic violence Kind of action 3.1 Psychological, legal and social counselling at \
         the Crisis Intervention Centre No. 5 Implementers Crisis Intervention Centre in Przykładowo In cooperation \
         with County Family Support Centre in Przykładowo",
    );
    has(&en, "2024 Value no total given parts: psychological counselling: 156 legal counselling: 92");
    // A task with its own schedule shows it.
    let en = text(t, &format!("en/{COUNTY}/indicators/uczestnicy-programu-korekcyjnego/index.html"));
    has(&en, "Kind of action 5.1 Running the corrective and educational programme for people using domestic violence No. 8 Schedule 2023–2026 Implementers County Family Support Centre in Przykładowo In cooperation with District Court in Przykładowo Przykładowo Prison");
}

#[test]
fn indicator_pages_show_periods_part_notes_task_notes_and_the_dash() {
    let t = built("other-town");
    let en = text(t, &format!("en/{TOWN}/indicators/miejsca-w-hostelu/index.html"));
    has(&en, "Latest value 6 as of 31 December 2025 places in 2025");
    has(
        &en,
        "2024 Value 4 as of 31 December 2024 places — nothing to compare with Notes Task 1.3: The crisis flat is run \
         by the “Safe Home” Association under a contract with the Town.",
    );
    // Inherited from the edition: the lead and the partners.
    has(&en, "Task 1.3 Providing shelter to people experiencing domestic violence Implementers Municipal Social Welfare Centre in Przykładowo In cooperation with Interdisciplinary Team");
    let en = text(t, &format!("en/{TOWN}/indicators/osoby-doznajace-przemocy/index.html"));
    has(&en, "2024 Value 81 of which: women: 58 (of which 12 older people) men: 6 children: 17 people");
    let pl = text(t, &format!("pl/{TOWN}/indicators/uczestnicy-programu-korekcyjnego/index.html"));
    has(
        &pl,
        "2024 Wartość „–” (kreska w sprawozdaniu) — brak danych do porównania Uwagi Sprawozdanie podaje tu kreskę \
         („–”) i nie wyjaśnia, czy oznacza ona zero, czy brak danych.",
    );
    let pl = text(t, &format!("pl/{TOWN}/indicators/nakazy-i-zakazy/index.html"));
    has(
        &pl,
        "2024 Wartość nie podano sumy części: nakaz opuszczenia wspólnie zajmowanego mieszkania: 3 zakaz \
         kontaktowania się z osobą doznającą przemocy: 9 (w tym 4 wobec osób objętych procedurą „Niebieskie Karty”)",
    );
}

#[test]
fn charts_draw_parts_without_a_total_side_by_side_and_say_so() {
    let t = built("other-town");
    let pl = html(t, &format!("pl/{TOWN}/indicators/nakazy-i-zakazy/index.html"));
    let said = "Sprawozdania za lata 2024–2025 podają tylko części, bez sumy: ich słupki stoją obok siebie. W 2025 \
                roku: nakaz opuszczenia wspólnie zajmowanego mieszkania 5, zakaz kontaktowania się z osobą doznającą \
                przemocy 7, zakaz zbliżania się do osoby doznającej przemocy 6.";
    assert_eq!(pl.matches(said).count(), 2, "in each drawing's description");
    // Each part's own number is written over its bar; no stacked total (17, 18).
    let svg = &pl[pl.find("<svg").unwrap()..pl.find("</svg>").unwrap()];
    for n in ["3", "9", "5", "7", "6"] {
        assert!(svg.contains(&format!(">\n{n}\n</text>")), "{n}");
    }
    assert!(!svg.contains(">\n17\n</text>") && !svg.contains(">\n18\n</text>"));
    let en = html(t, &format!("en/{TOWN}/indicators/nakazy-i-zakazy/index.html"));
    assert!(
        en.contains("The reports for 2024–2025 give only the parts, without a total: their bars stand side by side.")
    );
    // The dash: a gap, said in the chart's words.
    let en = html(t, &format!("en/{TOWN}/indicators/uczestnicy-programu-korekcyjnego/index.html"));
    assert!(
        en.contains("The report for 2024 prints a dash (“–”) without saying whether it means none or not reported.")
    );
}

#[test]
fn programme_pages_show_the_structure_as_printed_with_implementers_once_and_task_notes() {
    let t = built("other-county");
    let en = text(t, &format!("en/{COUNTY}/index.html"));
    has(
        &en,
        "Area I Prevention and public education Objective: Increasing the county residents' knowledge of domestic \
         violence and of where to get help. Implementers of the tasks below, unless others are named County Family \
         Support Centre in Przykładowo In cooperation with County Police Headquarters in Przykładowo Psychological \
         and Pedagogical Counselling Centre in Przykładowo secondary schools in the county Direction of action 1 \
         Information and education for the county's residents Kind of action 1.1: Running social campaigns on \
         counteracting domestic violence Schedule: corocznie, IV kwartał Indicators 1. Number of social campaigns 2. \
         Number of people reached by the campaigns",
    );
    has(
        &en,
        "5. Number of people given specialist counselling at the Crisis Intervention Centre From the reports 2023: \
         Since September 2023 counselling has also been given at a branch in the Commune of Przykładowo-Wieś.",
    );
    // The values table: no total, the period, the dash.
    has(&en, "Number of people given specialist counselling at the Crisis Intervention Centre Unit people 2023 no total given parts: psychological counselling: 143 legal counselling: 88 (a legal adviser on duty once a week)");
    has(&en, "Number of places in the hostel of the Crisis Intervention Centre Unit places 2023 8 as of 31 December");
    has(&en, "Number of people who completed the corrective and educational programme Unit people 2023 “–” (a dash in the report) 2024 11");
    let pl = text(t, &format!("pl/{COUNTY}/index.html"));
    has(
        &pl,
        "Obszar III Oddziaływania wobec osób stosujących przemoc domową Cel: Zmiana zachowań osób stosujących \
         przemoc domową. Rodzaj działania 5.1: Realizacja programu korekcyjno-edukacyjnego dla osób stosujących \
         przemoc domową Harmonogram realizacji: 2023–2026 Realizatorzy Powiatowe Centrum Pomocy Rodzinie w \
         Przykładowie We współpracy z Sąd Rejonowy w Przykładowie Zakład Karny w Przykładowie",
    );
    has(&pl, "Kierunek działań 2 Podnoszenie kompetencji osób zawodowo zajmujących się przeciwdziałaniem przemocy domowej Rodzaj działania 2.1:");

    let t = built("other-town");
    let pl = text(t, &format!("pl/{TOWN}/index.html"));
    has(&pl, "Realizuje nie wskazano w dokumentach programu");
    has(
        &pl,
        "Edycja na lata 2024–2030 Gminny Program Przeciwdziałania Przemocy Domowej oraz Ochrony Osób Doznających \
         Przemocy Domowej dla Miasta Przykładowo na lata 2024–2030 Cel strategiczny",
    );
    has(&pl, "Realizatorzy zadań, o ile nie podano innych Miejski Ośrodek Pomocy Społecznej w Przykładowie We współpracy z Zespół Interdyscyplinarny");
    assert_eq!(pl.matches("organizacje pozarządowe").count(), 1, "the edition's list once");
    has(&pl, "Zadanie 1.3: Zapewnienie schronienia osobom doznającym przemocy domowej Wskaźniki Liczba miejsc w mieszkaniu interwencyjnym Ze sprawozdań 2024: Mieszkanie interwencyjne prowadzi Stowarzyszenie");
    has(&pl, "Zadanie 1.1: Prowadzenie Punktu Konsultacyjnego dla osób doznających przemocy domowej Harmonogram realizacji: 2024–2030 Wskaźniki 1. Liczba porad psychologicznych");
    before(&pl, "Zadanie 3.9:", "Zadanie 3.10:");
    has(&pl, "Liczba wydanych nakazów i zakazów wobec osób stosujących przemoc domową Jednostka nakazy i zakazy 2024 nie podano sumy części:");
    has(&pl, "Liczba miejsc w mieszkaniu interwencyjnym Jednostka miejsca 2024 4 stan na 31 grudnia 2024 r. 2025 6 stan na 31 grudnia 2025 r.");
    let en = text(t, &format!("en/{TOWN}/index.html"));
    has(&en, "Run by not named in the programme's documents");
    has(&en, "Task 1.2: Carrying out the “Blue Card” procedure Schedule: corocznie Implementers Interdisciplinary Team In cooperation with Municipal Social Welfare Centre in Przykładowo");
    has(&en, "Number of people who completed the corrective and educational programme Unit people 2024 “–” (a dash in the report) 2025 7");
}
