//! jawnik in Polish: the real binary with a Polish locale (`LANG`, `LC_ALL`,
//! `LC_MESSAGES`) or `--lang`, on a broken copy of the minimal fixture site, a
//! new site, and `--help`. Every Polish text below was read and checked by a
//! Polish speaker; the English twins are the ones tests/e2e/check.rs pins.

use crate::common;

use common::copy_dir;
use std::path::Path;
use std::process::Command;

/// The minimal fixture with two errors (an unknown indicator id, a value
/// left empty) and one warning (a missing English name).
fn broken_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal"), dir.path());
    let edit = |rel: &str, from: &str, to: &str| {
        let path = dir.path().join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{rel}: {from}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit("content/pomoc/2022.toml", "[values.porady]", "[values.poradyy]");
    edit("content/pomoc/2023.toml", "value = 2506", "value = ");
    edit("content/pomoc/programme.toml", "name.en = \"Number of consultations given\"\n", "");
    dir
}

/// `jawnik check` on `root` with these locale variables (and no others): (exit code, stderr).
fn check(root: &Path, env: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    let mut command = common::jawnik_in(env);
    command.arg("check").arg("--root").arg(root).args(args);
    output(command)
}

fn output(mut command: Command) -> (i32, String) {
    let out = command.output().unwrap();
    let text = String::from_utf8(out.stderr).unwrap() + &String::from_utf8(out.stdout).unwrap();
    // clap names the program as it was called: `jawnik.exe` on Windows.
    (out.status.code().unwrap(), text.replace("jawnik.exe", "jawnik"))
}

const POLISH: &str = "błąd: nieznany identyfikator wskaźnika `poradyy` w `values`
 --> content/pomoc/2022.toml:6:9
  |
6 | [values.poradyy]
  |         ^
  = wskazówka: czy chodziło o `porady`?

błąd: `value =` nie ma wartości po znaku `=`
  --> content/pomoc/2023.toml:11:9
   |
11 | value =
   |         ^
   = wskazówka: wpisz wartość po `=`: liczbę (`value = 295`) albo tekst w cudzysłowie (`value = \"…\"`)

ostrzeżenie: `name` nie ma tłumaczenia na język angielski (`name.en`)
  --> content/pomoc/programme.toml:11:1
   |
11 | name.pl = \"Liczba udzielonych porad\"
   | ^
   = wskazówka: dodaj `name.en = \"…\"`; do tego czasu strony w języku angielskim pokazują ten tekst w innym języku, oznaczony jako nieprzetłumaczony

sprawdzono 1 program, 3 wskaźniki, 1 sprawozdanie: 2 błędy, 1 ostrzeżenie
";

const ENGLISH: &str = "error: unknown indicator id `poradyy` in `values`
 --> content/pomoc/2022.toml:6:9
  |
6 | [values.poradyy]
  |         ^
  = help: did you mean `porady`?

error: `value =` has no value after the `=`
  --> content/pomoc/2023.toml:11:9
   |
11 | value =
   |         ^
   = help: write the value after `=`: a number (`value = 295`) or a text in quotes (`value = \"…\"`)

warning: `name` has no English translation (`name.en`)
  --> content/pomoc/programme.toml:11:1
   |
11 | name.pl = \"Liczba udzielonych porad\"
   | ^
   = help: add `name.en = \"…\"`; until then pages in English show the text in another language, marked as untranslated

checked 1 programme, 3 indicators, 1 report: 2 errors, 1 warning
";

#[test]
fn check_speaks_polish_to_a_polish_locale_with_file_and_line() {
    let site = broken_site();
    let (code, err) = check(site.path(), &[("LANG", "pl_PL.UTF-8")], &[]);
    assert_eq!(code, 1);
    assert_eq!(err, POLISH);
}

#[test]
fn polish_check_output_has_the_english_structure() {
    // Places, source lines and carets are the same, line for line; only the words differ.
    let site = broken_site();
    let (_, pl) = check(site.path(), &[("LANG", "pl_PL.UTF-8")], &[]);
    let (_, en) = check(site.path(), &[], &[]);
    assert_eq!(en, ENGLISH);
    assert_eq!(pl.lines().count(), en.lines().count());
    for (pl, en) in pl.lines().zip(en.lines()) {
        if en.contains("--> ") || en.trim_start().starts_with(|c: char| c == '|' || c.is_ascii_digit()) {
            assert_eq!(pl, en);
        }
    }
}

#[test]
fn the_lang_flag_beats_the_locale() {
    let site = broken_site();
    let (_, err) = check(site.path(), &[("LANG", "pl_PL.UTF-8"), ("LC_ALL", "pl_PL.UTF-8")], &["--lang", "en"]);
    assert_eq!(err, ENGLISH);
    let (_, err) = check(site.path(), &[("LANG", "en_GB.UTF-8")], &["--lang=pl"]);
    assert_eq!(err, POLISH);
}

#[test]
fn lc_all_beats_lc_messages_beats_lang() {
    let site = broken_site();
    let lang = |env: &[(&str, &str)]| {
        let (_, err) = check(site.path(), env, &[]);
        match err.as_str() {
            POLISH => "pl",
            ENGLISH => "en",
            other => panic!("{other}"),
        }
    };
    assert_eq!(lang(&[("LC_ALL", "pl_PL.UTF-8"), ("LANG", "en_US.UTF-8")]), "pl");
    assert_eq!(lang(&[("LC_ALL", "C"), ("LANG", "pl_PL.UTF-8")]), "en");
    assert_eq!(lang(&[("LC_ALL", "C"), ("LC_MESSAGES", "pl_PL.UTF-8")]), "en");
    assert_eq!(lang(&[("LC_MESSAGES", "pl_PL.UTF-8"), ("LANG", "en_US.UTF-8")]), "pl");
    assert_eq!(lang(&[("LC_MESSAGES", "POSIX"), ("LANG", "pl_PL.UTF-8")]), "en");
    assert_eq!(lang(&[("LANG", "pl_PL@euro")]), "pl");
    assert_eq!(lang(&[("LANG", "pl")]), "pl");
    assert_eq!(lang(&[("LANG", "de_DE.UTF-8")]), "en");
}

#[test]
fn new_writes_polish_comments_for_a_polish_user() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("strona");
    let mut new = common::jawnik_in(&[("LANG", "pl_PL.UTF-8")]);
    new.args(["new", "site"]).arg(&site);
    let (code, said) = output(new);
    assert_eq!(code, 0, "{said}");
    assert!(said.starts_with("utworzono nową stronę w folderze "), "{said}");
    let config = std::fs::read_to_string(site.join("jawnik.toml")).unwrap();
    assert!(
        config.starts_with(
            "# Ustawienia strony. Wszystko poniżej to PRZYKŁAD: zastąp to danymi swojej
# instytucji. Każdy klucz jest opisany w docs/content-format.md.
# `jawnik check` wypisuje, czego jeszcze brakuje.

title.pl = "
        ),
        "{config}"
    );
    // The keys and values stay as TOML and the site's own texts want them.
    assert!(config.contains("\nlanguages = [\"pl\", \"en\"]\n"), "{config}");

    let mut report = common::jawnik_in(&[("LANG", "pl_PL.UTF-8")]);
    report.args(["new", "report", "--root"]).arg(&site).args(["przykladowy-program", "2031"]);
    let (code, said) = output(report);
    // No edition covers 2031: the error is Polish too.
    assert_eq!(code, 1);
    assert!(said.starts_with("błąd: żadna edycja programu `przykladowy-program` nie obejmuje roku 2031\n"), "{said}");

    let year = std::fs::read_dir(site.join("content/przykladowy-program"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find_map(|n| n.strip_suffix(".toml").and_then(|y| y.parse::<i32>().ok()))
        .unwrap();
    let next = (year + 1).to_string();
    let mut report = common::jawnik_in(&[("LC_ALL", "pl_PL.UTF-8")]);
    report.args(["new", "report", "--root"]).arg(&site).args(["przykladowy-program", &next]);
    let (code, said) = output(report);
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("; 3 wskaźniki, wszystkie oznaczone jako „nie podano”\n"), "{said}");
    let text = std::fs::read_to_string(site.join(format!("content/przykladowy-program/{next}.toml"))).unwrap();
    let expected = format!(
        "# Utworzone przez `jawnik new report`. Poniżej są wszystkie wskaźniki edycji,
# oznaczone missing = \"not-reported\", dopóki ich nie uzupełnisz: zastąp ten
# wiersz wierszem `value = 123` (same cyfry: bez spacji i cudzysłowu, z kropką
# przed częścią dziesiętną). Zostaw `missing` tylko przy wartości, której
# sprawozdanie naprawdę nie podaje, i dodaj `note.pl = \"…\"` z wyjaśnieniem.
# Potem uruchom `jawnik check`.
# Obok każdego wskaźnika: jego wartość ze sprawozdania za rok {year}.

year = {next}
"
    );
    assert!(text.contains(&expected), "{text}");
    assert!(text.contains("# Godziny pracy punktu konsultacyjnego (przykład) — słownie: text.pl = \"…\"\n"), "{text}");
    // What the clerk fills in is still plain TOML jawnik reads.
    let (code, err) = check(&site, &[("LANG", "pl_PL.UTF-8")], &[]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn help_in_polish() {
    let mut help = common::jawnik_in(&[("LANG", "pl_PL.UTF-8")]);
    help.arg("--help");
    let (code, text) = output(help);
    assert_eq!(code, 0);
    assert_eq!(
        text,
        "jawnik zamienia roczne sprawozdania z programów społecznych, zapisane w plikach TOML i Markdown, w \
statyczny, dwujęzyczny serwis internetowy z wykresami zmian i otwartymi danymi.

Zacznij od polecenia `jawnik check` w folderze strony (tym, w którym są jawnik.toml i content/).

Użycie: jawnik [OPCJE] <POLECENIE>

Polecenia:
  check   Sprawdza treść pod kątem błędów i ostrzeżeń, bez budowania strony
  build   Buduje stronę w folderze wyjściowym (domyślnie public/)
  serve   Buduje stronę, udostępnia podgląd na tym komputerze i buduje ponownie po zmianie pliku
  new     Tworzy z szablonu nową stronę, program albo sprawozdanie za rok
  import  Importuje wartości za rok z arkusza (CSV, XLSX, ODS)
  help    Wyświetla tę pomoc albo pomoc do podanego polecenia

Opcje:
      --lang <JĘZYK>
          Język komunikatów i pomocy (domyślnie: język systemu) [możliwe wartości: pl, en]

  -h, --help
          Wyświetla pomoc

  -V, --version
          Wyświetla wersję programu
"
    );

    let mut help = common::jawnik_in(&[("LANG", "pl_PL.UTF-8")]);
    help.args(["import", "-h"]);
    let (_, text) = output(help);
    assert_eq!(
        text,
        "Importuje wartości za rok z arkusza (CSV, XLSX, ODS)

Użycie: jawnik import [OPCJE] <PROGRAM> <ROK> <PLIK>

Argumenty:
  <PROGRAM>  Nazwa folderu programu
  <ROK>      Rok sprawozdania
  <PLIK>     Arkusz: .csv, .xlsx albo .ods

Opcje:
      --lang <JĘZYK>     Język komunikatów i pomocy (domyślnie: język systemu) [możliwe wartości: pl, en]
  -r, --root <FOLDER>    Folder strony, w którym są jawnik.toml i content/ [domyślnie: .]
      --write            Zapisuje zmiany (bez tej opcji wyświetla tylko podgląd)
      --allow-unmatched  Stosuje pasujące wiersze, nawet gdy inne nie pasują (te nadal są wypisywane)
  -h, --help             Wyświetla pomoc
"
    );

    // English help keeps clap's own words.
    let (_, text) = output({
        let mut c = common::jawnik();
        c.args(["check", "--help"]);
        c
    });
    assert!(text.contains("\nUsage: jawnik check [OPTIONS]\n\nOptions:\n"), "{text}");
    assert!(
        text.contains("  -r, --root <DIR>    The site folder, holding jawnik.toml and content/ [default: .]\n"),
        "{text}"
    );
    assert!(text.ends_with("  -h, --help          Print help\n"), "{text}");
}
