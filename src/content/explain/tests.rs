//! The explanations, each checked against what the parser really says.

use super::*;

fn explain(src: &str) -> Explained {
    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct F {
        year: Option<i64>,
        title: Option<crate::content::format::TextIn>,
        headline: Option<Vec<String>>,
        value: Option<toml::Value>,
        number: Option<String>,
        metadata: Option<Meta>,
    }
    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Meta {
        prepared_by: Option<String>,
    }
    toml_error(&toml::from_str::<F>(src).unwrap_err(), src)
}

fn words(src: &str) -> (String, String) {
    let e = explain(src);
    (e.message, e.hint)
}

#[test]
fn the_key_path_is_read_from_the_error() {
    let e = toml::from_str::<toml::Table>("a = 1\na = 2").unwrap_err();
    assert!(key_path(&e).is_empty());
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct F {
        metadata: std::collections::BTreeMap<String, i64>,
    }
    let e = toml::from_str::<F>("[metadata]\nx = \"a\"").unwrap_err();
    assert_eq!(key_path(&e), ["metadata", "x"]);
}

#[test]
fn values_of_the_wrong_type_say_what_to_write() {
    assert_eq!(
        words("year = \"2023\""),
        (
            "`year` must be a year, but it is the text \"2023\"".into(),
            "write the year without quotes: `year = 2023`".into()
        )
    );
    assert_eq!(words("year = 2023.0").1, "write the year without a decimal part: `year = 2023`");
    assert_eq!(
        words("headline = \"porady\""),
        (
            "`headline` must be a list in square brackets, but it is the text \"porady\"".into(),
            "put it in square brackets: `headline = [\"porady\"]`".into()
        )
    );
    assert_eq!(
        words("title.pl = 5"),
        (
            "`title.pl` must be a text in quotes, but it is the number 5".into(),
            "put it in quotes: `title.pl = \"5\"`".into()
        )
    );
    assert_eq!(words("number = 2023-01-01").0, "`number` must be a text in quotes, but it is the date 2023-01-01");
    assert_eq!(words("metadata = \"x\"").0, "`metadata` must be a table of keys, but it is the text \"x\"");
}

#[test]
fn numbers_too_large_are_named_so() {
    assert_eq!(
        words("year = 99999999999999999999"),
        ("`year` is too large: 99999999999999999999".into(), "write the year as four digits: `year = 2023`".into())
    );
    assert_eq!(
        words("value = 99999999999999999999"),
        ("`value` is too large: 99999999999999999999".into(), "check the number against the report".into())
    );
    assert_eq!(words("value = 1e400").0, "`value` is too large: 1e400");
}

#[test]
fn no_parser_jargon_reaches_the_message() {
    for src in [
        "value = brak danych",
        "value =",
        "value = 02506",
        "value = 2506.",
        "headline = [\"a\"\nyear = 1",
        "[metadata\n",
        "title = \"abc\n",
        "wartość liczbowa = 1",
        "value = 1 2",
        "value = 2024-13-01",
        "value = { a = 1\n",
        "= 5",
    ] {
        let (message, hint) = words(src);
        for jargon in ["i64", "invalid type", "map", "sequence", "a a ", "basic string", "literal string", "expected"] {
            assert!(!message.contains(jargon) && !hint.contains(jargon), "{src:?}: {message} / {hint}");
        }
    }
}

#[test]
fn bare_values_get_quotes_or_lose_their_percent() {
    assert_eq!(
        words("value = brak danych"),
        (
            "`value = brak danych`: the value is neither a number nor a text in quotes".into(),
            "a number is written alone (`value = 295`); a text goes in quotes: `value = \"brak danych\"`".into()
        )
    );
    assert_eq!(
        words("value = 12%"),
        ("`value = 12%`: a percentage is written without %".into(), "write `value = 12`".into())
    );
    assert_eq!(words("value = ").0, "`value =` has no value after the `=`");
    assert_eq!(
        words("number = „I/1/2021”"),
        (
            "`number`: the text is in typographic quotes „…”".into(),
            "use straight quotes, as on the keyboard: `number = \"I/1/2021\"`".into()
        )
    );
}

#[test]
fn texts_and_tables_left_open_are_reported_where_they_opened() {
    let e = explain("year = 1\nnumber = \"\"\"abc\ndef\n");
    assert_eq!((e.message.as_str(), e.span), ("the text opened with \"\"\" on line 2 is not closed", Some(18..21)));
    let src = "value = { a = 1,\nyear = 2\n";
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct F {
        value: Option<toml::Value>,
    }
    let e = toml_error(&toml::from_str::<F>(src).unwrap_err(), src);
    assert_eq!(e.message, "the table in braces `{` on line 1 is not closed with `}`");
    assert_eq!(e.span, Some(8..9));
}

#[test]
fn backslashes_and_dashes_are_explained() {
    assert_eq!(
        words("number = \"C:\\Users\\raport\""),
        (
            "a backslash `\\` in a text in double quotes starts a special sign".into(),
            "write `\\\\` for each backslash, or put the text in single quotes: `number = 'C:\\Users\\raport'`".into()
        )
    );
    assert_eq!(
        words("value = -"),
        (
            "`value = -`: a dash is not a number".into(),
            "the report prints a dash: write `missing = \"dash\"` instead of `value`, so pages show the dash \
             without guessing what it means (if the report says what it means, write `value = 0` for none, \
             or `missing = \"not-reported\"`)"
                .into()
        )
    );
    assert!(words("value = b/d").1.starts_with("\"b/d\" (brak danych) means the report has no number"));
}

#[test]
fn a_number_with_words_in_one_value_suggests_a_note() {
    assert_eq!(
        words("value = 76 (66 kpp)"),
        (
            "`value = 76 (66 kpp)`: a number and words in one value".into(),
            "write the number alone, `value = 76`, and the words as a note: `note.pl = \"66 kpp\"` \
             (and its translation in `note.en`)"
                .into()
        )
    );
    let (message, hint) = words("value = 1 430 osób");
    assert_eq!(message, "`value = 1 430 osób`: a number and words in one value");
    assert!(hint.starts_with("write the number alone, `value = 1430`, and the words as a note: `note.pl = \"osób\"`"));
    assert!(hint.ends_with("they belong in the indicator's `unit` in programme.toml instead"), "{hint}");
}

#[test]
fn a_number_as_printed_is_written_in_quotes() {
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct F {
        number: crate::content::format::PrintedNumber,
    }
    let src = "number = 1.10\n";
    let e = toml_error(&toml::from_str::<F>(src).unwrap_err(), src);
    assert_eq!(e.message, "`number` must be a text in quotes, but it is the number 1.10");
    assert_eq!(e.hint, "put it in quotes: `number = \"1.10\"`");
    // A whole number needs no quotes.
    assert_eq!(toml::from_str::<F>("number = 3").unwrap().number.0, "3");
}

#[test]
fn a_list_of_tables_after_the_same_key_names_that_key() {
    let src = "[[goals]]\nname = \"a\"\ndirections = [\"x\"]\n\n[[goals.directions]]\nname = \"b\"\n";
    let e = toml_error(&toml::from_str::<toml::Table>(src).unwrap_err(), src);
    assert_eq!(e.message, "`[[goals.directions]]` cannot follow `directions = …` (line 3) in the same table");
    assert_eq!(
        e.hint,
        "give `directions` one way: as `directions = …` or as [[goals.directions]] tables; docs/content-format.md shows both"
    );
}

#[test]
fn a_list_left_open_is_reported_where_it_opened() {
    let src = "year = 1\nheadline = [\"porady\"\n\n[metadata]\n";
    let e = explain(src);
    assert_eq!(e.message, "the list on line 2 is not closed with `]`");
    assert_eq!(e.span, Some(20..21));
    let e = explain("headline = [\"porady]\n\n[metadata]\n");
    assert!(e.hint.starts_with("a quote is missing on that line"), "{}", e.hint);
}

#[test]
fn keys_below_a_table_are_explained() {
    let (message, hint) = words("year = 1\n[metadata]\nprepared_by = \"x\"\nheadline = []\n");
    assert_eq!(message, "unknown key `headline`");
    assert_eq!(
        hint,
        "allowed keys here: prepared_by; this line belongs to [metadata] (line 2): keys of the file itself go above its first [table]"
    );
}

#[test]
fn empty_files_and_missing_keys() {
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct F {
        year: i64,
    }
    let e = toml::from_str::<F>("# nothing yet\n").unwrap_err();
    assert_eq!(toml_error(&e, "# nothing yet\n").message, "the file is empty");
    let e = toml::from_str::<F>("edition = 1\n").unwrap_err();
    let x = toml_error(&e, "edition = 1\n");
    assert_eq!(x.message, "required key `year` is missing");
    assert_eq!(x.hint, "add `year = …` at the top of the file, above the first [table]");
}
