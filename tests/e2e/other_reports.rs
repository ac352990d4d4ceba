//! Reports as other towns and counties write them (issue 12), end to end on the
//! fixture sites `tests/fixtures/other-town` (a town's programme: Roman
//! numerals, numbered tasks, implementers once for the edition, parts without
//! a total, part notes, a value for another period, task notes, a dash, no
//! operator) and `tests/fixtures/other-county` (areas with objectives,
//! directions of action with kinds of action, indicators numbered "Lp.", a
//! lead implementer with partners). `check` finds no error in either; the
//! mistakes a clerk makes transcribing such reports get their suggestion.

use crate::common;

use common::copy_dir;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A copy of a fixture site in a temp dir, to change.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn copy(name: &str) -> Site {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixture(name), dir.path());
        Site { dir }
    }

    /// Replaces `from` (which must be there) with `to` in one file.
    fn edit(&self, rel: &str, from: &str, to: &str) -> &Site {
        let path = self.dir.path().join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }

    fn check(&self) -> (i32, String) {
        check(self.dir.path())
    }
}

/// `jawnik check --root <root>`: (exit code, stderr).
fn check(root: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_jawnik")).arg("check").arg("--root").arg(root).output().unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stderr).unwrap())
}

const TOWN_2025: &str = "content/przemoc-domowa/2025.toml";
const TOWN_EDITION: &str = "content/przemoc-domowa/edition-2024-2030.toml";

/// The town's programme names no operator: a warning, not an error.
const NO_OPERATOR: &str = "warning: `operator` is not given: pages will say who runs the programme is not named
 --> content/przemoc-domowa/programme.toml
  = help: if the programme or its reports name who runs it, add `operator.pl = \"…\"` and `operator.en = \"…\"`
";

#[test]
fn the_town_fixture_checks_with_only_the_missing_operator_warned_about() {
    let (code, err) = check(&fixture("other-town"));
    assert_eq!(err, format!("{NO_OPERATOR}\nchecked 1 programme, 18 indicators, 2 reports: 0 errors, 1 warning\n"));
    assert_eq!(code, 0);
}

#[test]
fn the_county_fixture_checks_clean() {
    let (code, err) = check(&fixture("other-county"));
    assert_eq!(err, "checked 1 programme, 9 indicators, 2 reports: 0 errors, 0 warnings\n");
    assert_eq!(code, 0);
}

const DASH_HINT: &str = "the report prints a dash: write `missing = \"dash\"` instead of `value`, so pages show the \
                         dash without guessing what it means (if the report says what it means, write `value = 0` \
                         for none, or `missing = \"not-reported\"`)";

#[test]
fn a_dash_written_as_the_value_suggests_the_dash_reason() {
    let site = Site::copy("other-town");
    site.edit(TOWN_2025, "value = 126", "value = \"-\"");
    let (code, err) = site.check();
    assert_eq!(
        err,
        format!(
            "error: `value` must be a number, but it is the text \"-\"
 --> content/przemoc-domowa/2025.toml:8:9
  |
8 | value = \"-\"
  |         ^
  = help: {DASH_HINT}

{NO_OPERATOR}
checked 1 programme, 18 indicators, 2 reports: 1 error, 1 warning
"
        )
    );
    assert_eq!(code, 1);

    // Without quotes it is a TOML mistake; the same suggestion.
    site.edit(TOWN_2025, "value = \"-\"", "value = –");
    let (_, err) = site.check();
    assert!(
        err.starts_with(&format!(
            "error: `value = –`: a dash is not a number
 --> content/przemoc-domowa/2025.toml:8:9
  |
8 | value = –
  |         ^
  = help: {DASH_HINT}
"
        )),
        "{err}"
    );

    // And as a missing reason.
    site.edit(TOWN_2025, "value = –", "missing = \"-\"");
    let (_, err) = site.check();
    assert!(
        err.starts_with(
            "error: unknown reason `-` for a missing value
 --> content/przemoc-domowa/2025.toml:8:11
  |
8 | missing = \"-\"
  |           ^
  = help: a dash in the report is written missing = \"dash\"
"
        ),
        "{err}"
    );
}

#[test]
fn a_number_with_words_in_the_value_suggests_a_note() {
    let site = Site::copy("other-town");
    site.edit(TOWN_2025, "value = 69\n", "value = 69 (58 KPP)\n");
    let (code, err) = site.check();
    // A TOML mistake: the year file cannot be read, so one report is checked.
    assert_eq!(
        err,
        format!(
            "error: `value = 69 (58 KPP)`: a number and words in one value
  --> content/przemoc-domowa/2025.toml:14:9
   |
14 | value = 69 (58 KPP)
   |         ^
   = help: write the number alone, `value = 69`, and the words as a note: `note.pl = \"58 KPP\"` (and its translation in `note.en`)

{NO_OPERATOR}
checked 1 programme, 18 indicators, 1 report: 1 error, 1 warning
"
        )
    );
    assert_eq!(code, 1);
    // In quotes, the same.
    site.edit(TOWN_2025, "value = 69 (58 KPP)", "value = \"69 (58 KPP)\"");
    let (_, err) = site.check();
    assert!(err.starts_with("error: `value = 69 (58 KPP)`: a number and words in one value\n"), "{err}");
}

#[test]
fn a_task_note_must_name_a_task_of_the_edition() {
    let site = Site::copy("other-town");
    site.edit(TOWN_2025, "[tasks.\"3.9\"]", "[tasks.\"3.11\"]");
    let (code, err) = site.check();
    assert!(
        err.starts_with(
            "error: no task of the edition 2024-2030 has the number or id `3.11`
  --> content/przemoc-domowa/2025.toml:77:8
   |
77 | [tasks.\"3.11\"]
   |        ^
"
        ),
        "{err}"
    );
    assert_eq!(code, 1);
    // A number printed with a final dot is the same number.
    site.edit(TOWN_2025, "[tasks.\"3.11\"]", "[tasks.\"3.9.\"]");
    assert_eq!(site.check().0, 0);
}

#[test]
fn a_number_given_twice_and_a_schedule_outside_the_edition_are_warned_about() {
    let site = Site::copy("other-town");
    site.edit(TOWN_EDITION, "number = \"3.2\"", "number = \"3.1\"");
    site.edit(TOWN_EDITION, "schedule = \"2025, 2028\"", "schedule = \"2019–2031\"");
    let (code, err) = site.check();
    assert_eq!(code, 0);
    assert!(
        err.contains(
            "warning: two tasks of this goal are numbered 3.1
  --> content/przemoc-domowa/edition-2024-2030.toml:90:10
   |
90 | number = \"3.1\"
   |          ^
   = help: the other is on line 84; check the numbers against the report
"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "warning: the schedule names 2019, outside the edition 2024–2030
   --> content/przemoc-domowa/edition-2024-2030.toml:135:12
    |
135 | schedule = \"2019–2031\"
    |            ^
    = help: check the year against the programme: this edition covers 2024–2030
"
        ),
        "{err}"
    );
}

#[test]
fn parts_without_a_total_are_valid_but_an_empty_list_is_not() {
    let site = Site::copy("other-county");
    let year = "content/przemoc-powiat/2024.toml";
    site.edit(
        year,
        "[values.poradnictwo-oik]\nparts = [\n  { name.pl = \"poradnictwo psychologiczne\", name.en = \"psychological counselling\", value = 156 },\n  { name.pl = \"poradnictwo prawne\", name.en = \"legal counselling\", value = 92 },\n  { name.pl = \"poradnictwo socjalne\", name.en = \"social counselling\", value = 70 },\n]",
        "[values.poradnictwo-oik]\nparts = []",
    );
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: `poradnictwo-oik` has an empty list of `parts`
  --> content/przemoc-powiat/2024.toml:20:9
"
        ),
        "{err}"
    );
}
