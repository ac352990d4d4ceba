//! `jawnik check` end to end: the real binary on the minimal fixture site, and on
//! copies of it broken in one way each. Every diagnostic is asserted word for word
//! with its file, line and column.

mod common;

use common::copy_dir;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A copy of `tests/fixtures/minimal` in a temp dir, to break on purpose.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn minimal() -> Site {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixture("minimal"), dir.path());
        Site { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Replaces `from` (which must be there) with `to` in one file.
    fn edit(&self, rel: &str, from: &str, to: &str) -> &Site {
        let path = self.path(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }

    /// Replaces `from` with `to` in every file of the programme `pomoc`.
    fn edit_all(&self, from: &str, to: &str) -> &Site {
        for entry in std::fs::read_dir(self.path("content/pomoc")).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, text.replace(from, to)).unwrap();
        }
        self
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> &Site {
        std::fs::write(self.path(rel), bytes).unwrap();
        self
    }

    /// Runs `jawnik check --root <site>`: (exit code, stderr).
    fn check(&self) -> (i32, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_jawnik"))
            .arg("check")
            .arg("--root")
            .arg(self.dir.path())
            .output()
            .unwrap();
        assert!(out.stdout.is_empty(), "check prints to stderr only");
        (out.status.code().unwrap(), String::from_utf8(out.stderr).unwrap())
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

const YEAR: &str = "content/pomoc/2023.toml";
const PROGRAMME: &str = "content/pomoc/programme.toml";

#[test]
fn the_minimal_site_is_clean() {
    let (code, err) = Site::minimal().check();
    assert_eq!(err, "checked 1 programme, 3 indicators, 2 reports: 0 errors, 0 warnings\n");
    assert_eq!(code, 0);
}

#[test]
fn the_example_site_has_no_errors() {
    let out = Command::new(env!("CARGO_BIN_EXE_jawnik"))
        .args(["check", "--root", env!("CARGO_MANIFEST_DIR")])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("checked 2 programmes,") && err.contains(": 0 errors,"), "{err}");
}

#[test]
fn toml_syntax_error() {
    let site = Site::minimal();
    site.edit(YEAR, "value = 2506", "value = ");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: string values must be quoted, expected literal string
  --> content/pomoc/2023.toml:11:9
   |
11 | value =
   |        ^
   = help: check this line for a missing quote, bracket, `=` or value; compare with docs/content-format.md

checked 1 programme, 3 indicators, 1 report: 1 error, 0 warnings
"
    );
}

#[test]
fn misspelled_key_suggests_the_closest() {
    let site = Site::minimal();
    site.edit(PROGRAMME, "name.pl = \"Liczba udzielonych porad\"", "nmae.pl = \"Liczba udzielonych porad\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: unknown key `nmae`
  --> content/pomoc/programme.toml:11:1
   |
11 | nmae.pl = \"Liczba udzielonych porad\"
   | ^
   = help: did you mean `name`? Allowed keys here: id, name, unit, kind, description, target
"
        ),
        "{err}"
    );
}

#[test]
fn unknown_indicator_id_suggests_the_closest() {
    let site = Site::minimal();
    site.edit("content/pomoc/2022.toml", "[values.porady]", "[values.poradyy]");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: unknown indicator id `poradyy` in `values`
 --> content/pomoc/2022.toml:6:9
  |
6 | [values.poradyy]
  |         ^
  = help: did you mean `porady`?

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn duplicate_indicator_id() {
    let site = Site::minimal();
    site.edit(PROGRAMME, "id = \"dyzur\"", "id = \"porady\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "error: indicator id `porady` is defined twice
  --> content/pomoc/programme.toml:24:6
   |
24 | id = \"porady\"
   |      ^
   = help: it is first defined on line 10; give each indicator its own id
"
        ),
        "{err}"
    );
}

#[test]
fn year_outside_the_edition() {
    let site = Site::minimal();
    let text = std::fs::read_to_string(site.path(YEAR)).unwrap().replace("year = 2023", "year = 2026");
    site.write("content/pomoc/2026.toml", text.as_bytes());
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: the year 2026 is outside the edition 2021–2025
 --> content/pomoc/2026.toml:1:8
  |
1 | year = 2026
  |        ^
  = help: no edition of this programme covers 2026: check the year

checked 1 programme, 3 indicators, 3 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn file_name_and_year_disagree() {
    let site = Site::minimal();
    site.edit(YEAR, "year = 2023", "year = 2024");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: the file is named 2023.toml but says year = 2024
 --> content/pomoc/2023.toml:1:8
  |
1 | year = 2024
  |        ^
  = help: rename the file to 2024.toml or correct `year`
"
        ),
        "{err}"
    );
}

#[test]
fn unknown_edition_suggests_the_closest() {
    let site = Site::minimal();
    site.edit(YEAR, "edition = \"2021-2025\"", "edition = \"2021-2052\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(err.starts_with("error: unknown edition `2021-2052`\n --> content/pomoc/2023.toml:2:11\n"), "{err}");
    assert!(err.contains("= help: did you mean `2021-2025`?"), "{err}");
}

#[test]
fn number_written_as_text_shows_how_to_write_it() {
    let site = Site::minimal();
    site.edit(YEAR, "value = 2506", "value = \"2 506\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `value` must be a number, but it is the text \"2 506\"
  --> content/pomoc/2023.toml:11:9
   |
11 | value = \"2 506\"
   |         ^
   = help: write the number without quotes, spaces or a comma: `value = 2506`

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn text_where_a_number_is_required() {
    let site = Site::minimal();
    site.edit("content/pomoc/2022.toml", "value = 250", "text.pl = \"dużo\"\ntext.en = \"many\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: `porady` needs a number, but a text is given
 --> content/pomoc/2022.toml:7:1
"
        ),
        "{err}"
    );
}

#[test]
fn negative_count() {
    let site = Site::minimal();
    site.edit(YEAR, "value = 2506", "value = -5");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: `porady` is a count and cannot be negative
  --> content/pomoc/2023.toml:11:9
"
        ),
        "{err}"
    );
}

#[test]
fn breakdown_that_does_not_add_up() {
    let site = Site::minimal();
    site.edit(YEAR, "value = 13 }", "value = 12 }");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: the parts of `srodki` add up to 27 (1 + 14 + 12), but the total is 28
  --> content/pomoc/2023.toml:15:9
   |
15 | parts = [
   |         ^
   = help: check the parts and the total against the report

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn windows_1250_file_is_named_with_the_fix() {
    let site = Site::minimal();
    let text = std::fs::read_to_string(site.path(YEAR)).unwrap();
    // Re-encode the Polish letters this file has as Windows-1250.
    let bytes: Vec<u8> = text
        .chars()
        .flat_map(|c| match c {
            'ż' => vec![0xBF],
            'ę' => vec![0xEA],
            'ś' => vec![0x9C],
            'ł' => vec![0xB3],
            'ą' => vec![0xB9],
            c => c.to_string().into_bytes(),
        })
        .collect();
    site.write(YEAR, &bytes);
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: the file is not saved as UTF-8: it looks like Windows-1250 (the Polish Windows encoding)
  --> content/pomoc/2023.toml:16:26
   = help: open it in Notepad, choose File → Save As, set Encoding to UTF-8 and save;"
        ),
        "{err}"
    );
}

#[test]
fn bom_and_crlf_just_work() {
    let site = Site::minimal();
    let text = std::fs::read_to_string(site.path(YEAR)).unwrap();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(text.replace('\n', "\r\n").into_bytes());
    site.write(YEAR, &bytes);
    let (code, err) = site.check();
    assert_eq!((code, err.as_str()), (0, "checked 1 programme, 3 indicators, 2 reports: 0 errors, 0 warnings\n"));
}

#[test]
fn missing_translation_is_a_warning() {
    let site = Site::minimal();
    site.edit(PROGRAMME, "name.en = \"Number of consultations given\"\n", "");
    let (code, err) = site.check();
    assert_eq!(code, 0);
    assert_eq!(
        err,
        "warning: `name` has no English translation (`name.en`)
  --> content/pomoc/programme.toml:11:1
   |
11 | name.pl = \"Liczba udzielonych porad\"
   | ^
   = help: add `name.en = \"…\"`; until then pages in English show the text in another language, marked as untranslated

checked 1 programme, 3 indicators, 2 reports: 0 errors, 1 warning
"
    );
}

#[test]
fn missing_value_is_a_warning() {
    let site = Site::minimal();
    site.edit(YEAR, "[values.dyzur]\ntext.pl = \"całodobowo\"\ntext.en = \"24 hours a day\"\n", "");
    let (code, err) = site.check();
    assert_eq!(code, 0);
    assert_eq!(
        err,
        "warning: no value for `dyzur` (Dostępność telefonu zaufania); it will be shown as not reported
 --> content/pomoc/2023.toml
  = help: add [values.dyzur] with `value = …`, or `missing = \"not-reported\"` and a `note` saying why

checked 1 programme, 3 indicators, 2 reports: 0 errors, 1 warning
"
    );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let site = Site::minimal();
    site.edit(PROGRAMME, "name.pl = \"Liczba udzielonych porad\"", "nmae.pl = \"Liczba udzielonych porad\"");
    site.edit(YEAR, "value = 2506", "value = \"2 506\"");
    site.edit(YEAR, "value = 13 }", "value = 12 }");
    site.edit("content/pomoc/2022.toml", "year = 2022", "year = 2021");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    // programme.toml is unusable, yet the year files are still checked.
    assert!(err.contains("error: unknown key `nmae`"), "{err}");
    assert!(err.contains("error: the file is named 2022.toml but says year = 2021"), "{err}");
    assert!(err.contains("error: `value` must be a number, but it is the text \"2 506\""), "{err}");
    assert!(err.contains("error: the parts of `srodki` add up to 27"), "{err}");
    assert!(err.ends_with("checked 0 programmes, 0 indicators, 0 reports: 4 errors, 0 warnings\n"), "{err}");
}

#[test]
fn a_missing_config_says_where_to_run() {
    let site = Site::minimal();
    std::fs::remove_file(site.path("jawnik.toml")).unwrap();
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(err.starts_with("error: no jawnik.toml in "), "{err}");
    assert!(err.contains("= help: run jawnik in the site's folder or pass --root DIR"), "{err}");
}

#[test]
fn number_with_a_space_or_comma_is_explained() {
    let site = Site::minimal();
    site.edit(YEAR, "value = 2506", "value = 2 506");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: `value = 2 506`: numbers are written without spaces, with a dot for decimals
  --> content/pomoc/2023.toml:11:"
        ),
        "{err}"
    );
    assert!(err.contains("   = help: write `value = 2506`\n"), "{err}");
}

#[test]
fn a_table_given_twice_names_the_first() {
    let site = Site::minimal();
    let text = std::fs::read_to_string(site.path(YEAR)).unwrap() + "\n[values.porady]\nvalue = 3\n";
    site.write(YEAR, text.as_bytes());
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: the table `[values.porady]` is given twice (first on line 10)
  --> content/pomoc/2023.toml:25:9"
        ),
        "{err}"
    );
}

#[test]
fn an_indicator_id_windows_keeps_for_a_device_is_an_error() {
    // `dyzur` becomes `aux` in programme.toml, the edition and both reports:
    // valid everywhere but the one place Windows cannot write.
    let site = Site::minimal();
    site.edit_all("dyzur", "aux");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: indicator id `aux` is a device name on Windows, where no file or folder can be called that
  --> content/pomoc/programme.toml:24:6
   |
24 | id = \"aux\"
   |      ^
   = help: use another id, e.g. `aux-1` (Windows reserves con, prn, aux, nul, com0–com9 and lpt0–lpt9)

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
"
    );
    for (id, reserved) in [("com1", true), ("lpt9", true), ("nul", true), ("con-1", false), ("com10", false)] {
        let site = Site::minimal();
        site.edit_all("dyzur", id);
        let (code, err) = site.check();
        assert_eq!(code == 1, reserved, "{id}: {err}");
    }
}

#[test]
fn ids_differing_only_by_case_cannot_both_exist() {
    // On Windows (and macOS) `Porady/` and `porady/` would be one folder; ids
    // are lowercase only, so the second spelling is refused.
    let site = Site::minimal();
    site.edit_all("srodki", "Porady");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: indicator id `Porady` may use only lowercase letters, digits and hyphens
  --> content/pomoc/programme.toml:17:6
   |
17 | id = \"Porady\"
   |      ^
   = help: `porady` is another indicator's id (on Windows the two would be one folder); choose a different id

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn a_programme_folder_windows_or_the_site_cannot_use_is_an_error() {
    for (name, why, hint) in [
        (
            "aux",
            "is a device name on Windows, where no file or folder can be called that",
            "give the folder another name, e.g. `aux-1` (Windows reserves con, prn, aux, nul, com0–com9 and lpt0–lpt9)",
        ),
        (
            "data",
            "is taken by the site's own pages (`data/` in each language)",
            "give the folder another name, e.g. `data-1`",
        ),
    ] {
        if cfg!(windows) && name == "aux" {
            continue; // Windows cannot make that folder, which is the point
        }
        let site = Site::minimal();
        std::fs::rename(site.path("content/pomoc"), site.path(&format!("content/{name}"))).unwrap();
        let (code, err) = site.check();
        assert_eq!(code, 1);
        assert_eq!(
            err,
            format!(
                "error: the programme folder name `{name}` {why}\n --> content/{name}\n  = help: {hint}\n\n\
                 checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings\n"
            )
        );
    }
}

#[test]
fn a_language_code_windows_keeps_for_a_device_is_an_error() {
    let site = Site::minimal();
    site.edit("jawnik.toml", "languages = [\"pl\", \"en\"]", "languages = [\"pl\", \"con\"]");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "error: `con` cannot be a language code: it is a device name on Windows, so its folder could not be \
             written there
 --> jawnik.toml:4:20
  |
4 | languages = [\"pl\", \"con\"]
  |                    ^
  = help: use two-letter codes such as \"pl\" and \"en\"
"
        ),
        "{err}"
    );
}

#[test]
fn a_closed_pipe_is_not_a_panic() {
    let site = Site::minimal();
    site.edit(PROGRAMME, "name.en = \"Number of consultations given\"\n", "");
    let mut child = Command::new(env!("CARGO_BIN_EXE_jawnik"))
        .arg("check")
        .arg("--root")
        .arg(site.dir.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before jawnik writes, as `| head -c0` would.
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "a panic exits with 101");
}
