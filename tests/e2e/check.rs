//! `jawnik check` end to end: the real binary on the minimal fixture site, and on
//! copies of it broken in one way each. Every diagnostic is asserted word for word
//! with its file, line and column.

use crate::common;

use common::copy_dir;
use std::path::{Path, PathBuf};

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
        self.check_on(common::TODAY)
    }

    /// Runs `jawnik check` as if today were `epoch` (seconds since 1970).
    fn check_on(&self, epoch: &str) -> (i32, String) {
        let out = common::jawnik()
            .env("SOURCE_DATE_EPOCH", epoch)
            .arg("check")
            .arg("--root")
            .arg(self.dir.path())
            .output()
            .unwrap();
        assert!(out.stdout.is_empty(), "check prints to stderr only");
        (out.status.code().unwrap(), String::from_utf8(out.stderr).unwrap())
    }

    /// The file without everything from the line `from` on.
    fn cut(&self, rel: &str, from: &str) -> &Site {
        let text = std::fs::read_to_string(self.path(rel)).unwrap();
        let at = text.find(from).unwrap_or_else(|| panic!("{rel} does not contain {from:?}"));
        self.write(rel, &text.as_bytes()[..at])
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

const YEAR: &str = "content/pomoc/2023.toml";
const PROGRAMME: &str = "content/pomoc/programme.toml";
const EDITION: &str = "content/pomoc/edition-2021-2025.toml";

#[test]
fn the_minimal_site_is_clean() {
    let (code, err) = Site::minimal().check();
    assert_eq!(err, "checked 1 programme, 3 indicators, 2 reports: 0 errors, 0 warnings\n");
    assert_eq!(code, 0);
}

#[test]
fn the_example_site_has_no_errors() {
    let out = common::jawnik().args(["check", "--root", env!("CARGO_MANIFEST_DIR")]).output().unwrap();
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
        "error: `value =` has no value after the `=`
  --> content/pomoc/2023.toml:11:9
   |
11 | value =
   |         ^
   = help: write the value after `=`: a number (`value = 295`) or a text in quotes (`value = \"…\"`)

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
   = help: check the parts and the total against the report; when the report prints no total, remove `value` and keep the parts

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
  --> content/pomoc/2023.toml:31:9"
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
    let mut child = common::jawnik()
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

// ---- Links that could run a script -------------------------------------------

/// The help every refused `javascript:` link gets, with the value it names.
fn javascript_help(value: &str) -> String {
    format!(
        "it is \"{value}\"; a link may start only with https://, http://, mailto: or tel:, or lead to a page of \
         this site (such as ../2022/)"
    )
}

#[test]
fn a_javascript_link_in_markdown_is_an_error() {
    let site = Site::minimal();
    site.edit("content/pomoc/2023.pl.md", "przez **cały rok**.", "przez **cały rok** ([więcej](javascript:alert(1))).");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: the link starts with `javascript:`, which is not allowed
 --> content/pomoc/2023.pl.md:5:41
  |
5 | Program realizowano przez **cały rok** ([więcej](javascript:alert(1))).
  |                                         ^
  = help: {}

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
",
            javascript_help("javascript:alert(1)")
        )
    );
}

#[test]
fn a_javascript_autolink_in_markdown_is_an_error() {
    let site = Site::minimal();
    site.edit(
        "content/pomoc/2023.en.md",
        "The programme ran **all year**.",
        "See <JavaScript:alert(document.cookie)>.",
    );
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: the link starts with `javascript:`, which is not allowed
 --> content/pomoc/2023.en.md:5:5
  |
5 | See <JavaScript:alert(document.cookie)>.
  |     ^
  = help: {}

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
",
            javascript_help("JavaScript:alert(document.cookie)")
        )
    );
}

#[test]
fn a_javascript_image_in_markdown_is_an_error() {
    let site = Site::minimal();
    // Entity-encoded: the Markdown parser decodes `&#106;` to `j`, as a browser would.
    site.edit(
        "content/pomoc/2023.pl.md",
        "przez **cały rok**.",
        "przez **cały rok**.\n\n![wykres](&#106;avascript:alert(1))",
    );
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: the image address starts with `javascript:`, which is not allowed
 --> content/pomoc/2023.pl.md:7:1
  |
7 | ![wykres](&#106;avascript:alert(1))
  | ^
  = help: {}

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
",
            javascript_help("javascript:alert(1)")
        )
    );
}

#[test]
fn a_javascript_document_url_is_an_error() {
    let site = Site::minimal();
    site.edit(YEAR, "url = \"https://bip.example.org/pomoc/2023.pdf\"", "url = \" java\tscript:alert(1)\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    // The tab is shown as spaces in the line and as `\t` in the value.
    assert_eq!(
        err,
        "error: `url` starts with `javascript:`, which is not allowed
  --> content/pomoc/2023.toml:28:7
   |
28 | url = \" java    script:alert(1)\"
   |       ^
   = help: it is \" java\\tscript:alert(1)\"; a link may start only with https://, http://, mailto: or tel:, or lead to a page of this site (such as ../2022/)

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn a_javascript_resolution_url_is_an_error() {
    let site = Site::minimal();
    site.edit(EDITION, "date = \"2021-03\"", "date = \"2021-03\"\nurl = \"javascript:alert(1)\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: `url` starts with `javascript:`, which is not allowed
 --> content/pomoc/edition-2021-2025.toml:9:7
  |
9 | url = \"javascript:alert(1)\"
  |       ^
  = help: {}

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
",
            javascript_help("javascript:alert(1)")
        )
    );
}

#[test]
fn a_javascript_website_is_an_error() {
    let site = Site::minimal();
    site.edit("jawnik.toml", "[organisation]\n", "[organisation]\nwebsite = \"javascript:alert(1)\"\n");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: `website` starts with `javascript:`, which is not allowed
 --> jawnik.toml:8:11
  |
8 | website = \"javascript:alert(1)\"
  |           ^
  = help: {}

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
",
            javascript_help("javascript:alert(1)")
        )
    );
}

#[test]
fn a_web_address_without_https_is_an_error() {
    let site = Site::minimal();
    site.edit(EDITION, "date = \"2021-03\"", "date = \"2021-03\"\nurl = \"bip.testow.pl/uchwala-1\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `url` must be a full web address
 --> content/pomoc/edition-2021-2025.toml:9:7
  |
9 | url = \"bip.testow.pl/uchwala-1\"
  |       ^
  = help: it is \"bip.testow.pl/uchwala-1\"; start it with https://: \"https://bip.testow.pl/uchwala-1\"

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
"
    );
}

// ---- Messages a clerk can act on (issue 11, point 6) -------------------------

#[test]
fn a_syntax_error_comes_alone_without_its_consequences() {
    let site = Site::minimal();
    // The edition file cannot be read, so the reports' edition is unknown and
    // the programme has no edition: all that follows from the one error.
    site.edit(EDITION, "start = 2021", "start = 2021 x");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `start = 2021 x`: the value is neither a number nor a text in quotes
 --> content/pomoc/edition-2021-2025.toml:1:9
  |
1 | start = 2021 x
  |         ^
  = help: a number is written alone (`start = 295`); a text goes in quotes: `start = \"2021 x\"`

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn errors_come_before_warnings() {
    let site = Site::minimal();
    site.edit("content/pomoc/2022.toml", "title.en = \"Report on the programme for 2022\"\n", "");
    site.edit(YEAR, "year = 2023", "year = \"2023\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `year` must be a year, but it is the text \"2023\"
 --> content/pomoc/2023.toml:1:8
  |
1 | year = \"2023\"
  |        ^
  = help: write the year without quotes: `year = 2023`

warning: `title` has no English translation (`title.en`)
 --> content/pomoc/2022.toml:3:1
  |
3 | title.pl = \"Informacja z realizacji programu za rok 2022\"
  | ^
  = help: add `title.en = \"…\"`; until then pages in English show the text in another language, marked as untranslated

checked 1 programme, 3 indicators, 1 report: 1 error, 1 warning
"
    );
}

#[test]
fn a_utf16_file_is_named_as_such() {
    let site = Site::minimal();
    let text = std::fs::read_to_string(site.path(YEAR)).unwrap();
    // What Notepad writes for "Unicode": a byte order mark, then UTF-16LE.
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    site.write(YEAR, &bytes);
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: the file is saved as UTF-16 (\"Unicode\" in Notepad), not UTF-8
 --> content/pomoc/2023.toml
  = help: save it as UTF-8: open it in Notepad, choose File → Save As, set Encoding to UTF-8 and save; in \
LibreOffice or Word choose the \"Unicode (UTF-8)\" text encoding

checked 1 programme, 3 indicators, 1 report: 1 error, 0 warnings
"
    );
}

#[test]
fn nan_and_infinity_are_not_numbers_a_report_gives() {
    let site = Site::minimal();
    site.edit(YEAR, "value = 2506", "value = nan");
    site.edit(YEAR, "value = 28", "value = -inf");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `value` is `nan` (\"not a number\"), which no report can give
  --> content/pomoc/2023.toml:11:9
   |
11 | value = nan
   |         ^
   = help: write the number the report gives; when it gives none, write `missing = \"not-reported\"` and a `note` saying why

error: `value` is infinite, which no report can give
  --> content/pomoc/2023.toml:14:9
   |
14 | value = -inf
   |         ^
   = help: write the number the report gives; when it gives none, write `missing = \"not-reported\"` and a `note` saying why

checked 1 programme, 3 indicators, 2 reports: 2 errors, 0 warnings
"
    );
}

#[test]
fn a_number_too_large_is_called_too_large() {
    let site = Site::minimal();
    site.edit(YEAR, "value = 2506", "value = 25060000000000000000");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `value` is too large: 25060000000000000000
  --> content/pomoc/2023.toml:11:9
   |
11 | value = 25060000000000000000
   |         ^
   = help: check the number against the report

checked 1 programme, 3 indicators, 1 report: 1 error, 0 warnings
"
    );
}

#[test]
fn a_text_where_a_list_is_wanted_gets_brackets() {
    let site = Site::minimal();
    site.edit(PROGRAMME, "headline = [\"porady\"]", "headline = \"porady\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `headline` must be a list in square brackets, but it is the text \"porady\"
 --> content/pomoc/programme.toml:7:12
  |
7 | headline = \"porady\"
  |            ^
  = help: put it in square brackets: `headline = [\"porady\"]`

checked 0 programmes, 0 indicators, 0 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn a_quoted_dash_for_a_text_indicator_is_called_a_text() {
    let site = Site::minimal();
    site.edit(YEAR, "text.pl = \"całodobowo\"\ntext.en = \"24 hours a day\"", "value = \"-\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `dyzur` takes a value in words, in `text`, not in `value`
  --> content/pomoc/2023.toml:22:9
   |
22 | value = \"-\"
   |         ^
   = help: the report prints a dash: write `missing = \"dash\"` instead of `value`, so pages show the dash without guessing what it means (if the report says what it means, write `value = 0` for none, or `missing = \"not-reported\"`)

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn a_huge_line_is_cut_and_control_characters_escaped() {
    let site = Site::minimal();
    let junk = "x".repeat(1_000_000);
    site.edit(PROGRAMME, "headline = [\"porady\"]", &format!("headline = [\"porady\"] \u{1b}[2J{junk}"));
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: this line has an invisible control character (U+001B) in it
 --> content/pomoc/programme.toml:7:23
  |
7 | headline = [\"porady\"] \\u{{1b}}[2J{}…
  |                       ^
  = help: delete it (it often comes with text copied from another program), then save the file

checked 0 programmes, 0 indicators, 0 reports: 1 error, 0 warnings
",
            // The line is cut to 100 columns: 31 before the x's.
            "x".repeat(69)
        )
    );
}

#[test]
fn the_caret_stands_under_the_mistake_after_tabs_and_polish_letters() {
    let site = Site::minimal();
    site.edit(PROGRAMME, "operator.en = \"Social Welfare Centre in Testów\"", "operator.en =\t\"Ośrodek w Łęcznej\" x");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: the line goes on after its value
 --> content/pomoc/programme.toml:6:35
  |
6 | operator.en =   \"Ośrodek w Łęcznej\" x
  |                                     ^
  = help: put each `key = value` on a line of its own; a text with spaces goes in quotes; a comment starts with #

checked 0 programmes, 0 indicators, 0 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn a_list_left_open_is_reported_where_it_opens() {
    let site = Site::minimal();
    site.edit(PROGRAMME, "headline = [\"porady\"]", "headline = [\"porady\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: the list on line 7 is not closed with `]`
 --> content/pomoc/programme.toml:7:12
  |
7 | headline = [\"porady\"
  |            ^
  = help: end the list with `]`: `[\"a\", \"b\"]`

checked 0 programmes, 0 indicators, 0 reports: 1 error, 0 warnings
"
    );
}

#[test]
fn empty_and_binary_files_are_named_so() {
    let site = Site::minimal();
    site.write(YEAR, b"\xEF\xBB\xBF\n");
    // A PNG saved under a year file's name: its first zero byte is on "line" 3.
    site.write("content/pomoc/2022.toml", &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
    let (code, err) = site.check();
    // Neither year loaded: no "no year report" warning, and the year texts
    // are not called orphans.
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: this is not a text file: it has zero bytes in it
 --> content/pomoc/2022.toml:3
  = help: check that this is the right file; jawnik reads text files saved as UTF-8

error: the file is empty
 --> content/pomoc/2023.toml:1:1
  |
1 | 
  | ^
  = help: start it with `year = …`; docs/content-format.md shows what this file holds

checked 1 programme, 3 indicators, 0 reports: 2 errors, 0 warnings
"
    );
}

#[test]
fn an_unknown_indicator_kind_is_one_error_not_one_per_year() {
    let site = Site::minimal();
    // The values of `dyzur` are words; with its kind misspelt they are not
    // judged against any kind.
    site.edit(PROGRAMME, "kind = \"text\"", "kind = \"tekst\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: unknown indicator kind `tekst`
  --> content/pomoc/programme.toml:27:8
   |
27 | kind = \"tekst\"
   |        ^
   = help: did you mean `text`? The kinds are count, number, percent and text

checked 1 programme, 3 indicators, 2 reports: 1 error, 0 warnings
"
    );
}

// The records the law asks for (content::legal): each report's metryczka and
// link to the published document, and the accessibility statement's data and
// yearly review.

#[test]
fn a_report_without_metryczka_or_link_to_the_published_document_warns() {
    let site = Site::minimal();
    site.cut("content/pomoc/2022.toml", "\n[document]");
    site.edit(YEAR, "url = \"https://bip.example.org/pomoc/2023.pdf\"\n", "");
    let (code, err) = site.check();
    assert_eq!(code, 0);
    assert_eq!(
        err,
        "warning: this report has no link to the document as published
 --> content/pomoc/2022.toml
  = help: add a [document] table with its title and url = \"https://…\", the document's address on the BIP

warning: this report has no metryczka: who prepared, approved, published and entered it, and when
 --> content/pomoc/2022.toml
  = help: add a [metadata] table (prepared_by, prepared_on, published_by, published_on, …) from the report's BIP record; until then its page says the metryczka was not provided

warning: the report's [document] has no url, so its page cannot link to the document as published
  --> content/pomoc/2023.toml:25:1
   |
25 | [document]
   | ^
   = help: add url = \"https://…\", the document's address on the BIP

checked 1 programme, 3 indicators, 2 reports: 0 errors, 3 warnings
"
    );
}

#[test]
fn an_empty_metryczka_is_no_metryczka() {
    let site = Site::minimal();
    site.edit(YEAR, "prepared_by = \"Jan Testowy\"\npublished_on = \"2024-03-28\"\n", "");
    let (_, err) = site.check();
    assert_eq!(
        err,
        "warning: this report has no metryczka: who prepared, approved, published and entered it, and when
 --> content/pomoc/2023.toml:6:1
  |
6 | [metadata]
  | ^
  = help: add a [metadata] table (prepared_by, prepared_on, published_by, published_on, …) from the report's BIP record; until then its page says the metryczka was not provided

checked 1 programme, 3 indicators, 2 reports: 0 errors, 1 warning
"
    );
}

#[test]
fn a_statement_missing_required_data_warns_with_every_missing_key() {
    let site = Site::minimal();
    site.cut("jawnik.toml", "contact_person = ");
    site.edit("jawnik.toml", "base_url = \"https://raporty.example.org/\"\n", "");
    let (code, err) = site.check();
    assert_eq!(code, 0);
    assert_eq!(
        err,
        "warning: `base_url` is not set: no sitemap.xml was written, and the links of 404.html work only for missing \
addresses in the site's top folder
 --> jawnik.toml
  = help: add base_url = \"https://…/\" (where the site will be published): sitemaps need full addresses, and so \
does the 404 page, which web servers show at any depth (for /pl/old/page/, say)

warning: the accessibility statement lacks updated_on, prepared_on, assessment, contact_person, email, phone, \
architectural, communication
  --> jawnik.toml:10:1
   |
10 | [accessibility]
   | ^
   = help: the ministry's template requires them; until they are filled in, the statement says they were not \
provided (docs/content-format.md, \"The accessibility statement\", lists every key)

warning: the accessibility statement needs the site's address, but `base_url` is not set
  --> jawnik.toml:10:1
   |
10 | [accessibility]
   | ^
   = help: set base_url = \"https://…\" at the top of jawnik.toml: the statement names the address of the site it is about

warning: the accessibility statement says the site is not fully compliant but lists no inaccessible content
  --> jawnik.toml:10:1
   |
10 | [accessibility]
   | ^
   = help: add a [[accessibility.non_compliant]] table for each: content, reason and alternative; until then the \
statement says the list was not provided

checked 1 programme, 3 indicators, 2 reports: 0 errors, 4 warnings
"
    );
}

#[test]
fn a_statement_audited_by_nobody_and_full_with_a_list_warn() {
    let site = Site::minimal();
    site.edit("jawnik.toml", "status = \"partial\"", "status = \"full\"");
    site.edit("jawnik.toml", "assessment = \"self-assessment\"", "assessment = \"audit\"");
    let (_, err) = site.check();
    assert_eq!(
        err,
        "warning: the accessibility statement lacks auditor
  --> jawnik.toml:11:1
   |
11 | [accessibility]
   | ^
   = help: the ministry's template requires them; until they are filled in, the statement says they were not \
provided (docs/content-format.md, \"The accessibility statement\", lists every key)

warning: the accessibility statement says the site is fully compliant but lists inaccessible content
  --> jawnik.toml:11:1
   |
11 | [accessibility]
   | ^
   = help: write status = \"partial\", or remove the [[accessibility.non_compliant]] tables

checked 1 programme, 3 indicators, 2 reports: 0 errors, 2 warnings
"
    );
}

#[test]
fn a_disproportionate_burden_needs_its_analysis_linked() {
    let site = Site::minimal();
    site.edit("jawnik.toml", "reason = \"non-compliant\"", "reason = \"disproportionate-burden\"");
    let (_, err) = site.check();
    assert_eq!(
        err,
        "warning: content is left inaccessible as a disproportionate burden, but no analysis is linked
  --> jawnik.toml:11:1
   |
11 | [accessibility]
   | ^
   = help: the act requires the analysis of the burden to be attached: add burden_analysis_url = \"https://…\" \
under [accessibility]

checked 1 programme, 3 indicators, 2 reports: 0 errors, 1 warning
"
    );
    site.edit(
        "jawnik.toml",
        "assessment = ",
        "burden_analysis_url = \"https://bip.example.org/analiza.pdf\"\nassessment = ",
    );
    assert_eq!(site.check().1, "checked 1 programme, 3 indicators, 2 reports: 0 errors, 0 warnings\n");
}

#[test]
fn the_yearly_review_is_due_by_31_march() {
    let site = Site::minimal();
    // Reviewed on 2026-03-20: still fine on 31 March 2027 (1 806 451 200), overdue on 1 April.
    assert_eq!(site.check_on("1806451200").1, "checked 1 programme, 3 indicators, 2 reports: 0 errors, 0 warnings\n");
    let (code, err) = site.check_on("1806537600");
    assert_eq!(code, 0);
    assert_eq!(
        err,
        "warning: the accessibility statement was last reviewed on 2026-03-20: the review due by 31 March 2027 is \
missing
 --> jawnik.toml
  = help: the act requires a review and update of the statement by 31 March every year: review it, then set \
reviewed_on = \"YYYY-MM-DD\" under [accessibility] (this check compares with today's date, 2027-04-01)

checked 1 programme, 3 indicators, 2 reports: 0 errors, 1 warning
"
    );
}

#[test]
fn statement_dates_are_whole_days_and_reasons_are_known_words() {
    let site = Site::minimal();
    site.edit("jawnik.toml", "updated_on = \"2025-03-01\"", "updated_on = \"2025-03\"");
    site.edit("jawnik.toml", "reason = \"non-compliant\"", "reason = \"noncompliant\"");
    let (code, err) = site.check();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: `accessibility.updated_on` must be a whole date, like \"2024-03-28\"
  --> jawnik.toml:17:14
   |
17 | updated_on = \"2025-03\"
   |              ^
   = help: the accessibility statement gives every date to the day (YYYY-MM-DD), as the ministry's template requires

error: unknown reason `noncompliant`
  --> jawnik.toml:29:10
   |
29 | reason = \"noncompliant\"
   |          ^
   = help: did you mean \"non-compliant\"?

checked 1 programme, 3 indicators, 2 reports: 2 errors, 0 warnings
"
    );
}
