//! Skeleton content for clerks: a new site, a new programme folder, and next
//! year's report file with every indicator listed.
//!
//! The generators are pure: they take the loaded model (or a slug and years) and
//! return file texts, written out by [`write_new`], which never overwrites. The
//! TOML is generated as text, not serialised, so that it can carry comments (the
//! previous year's value beside each indicator, what to do next); [`toml_string`]
//! escapes every string put into it. Everything a clerk still has to fill in is
//! marked `missing = "not-reported"` or commented out, so `jawnik check` lists it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::content::model::{Edition, MissingReason, Programme, Report, ValueKind};
use crate::content::names::{is_slug, slugify, Taken};
use crate::diagnostics::Diagnostic;
use crate::i18n::plain_number;

/// A TOML basic string, quotes included: `"` and `\` escaped, control characters
/// written as escapes, everything else (Polish letters too) kept as UTF-8.
pub fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A text made safe for a one-line TOML comment: line breaks become spaces and
/// long texts are cut with an ellipsis.
fn comment_text(s: &str, max_chars: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max_chars {
        flat
    } else {
        let cut: String = flat.chars().take(max_chars.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// `text` as TOML comment lines: `# ` before each line, `#` alone on an empty one.
fn comment(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let _ = writeln!(out, "{}", if line.is_empty() { "#".to_string() } else { format!("# {line}") });
    }
    out
}

/// `key.lang = "text"` lines, one per site language: the Polish text for `pl`,
/// the English one for every other language.
fn per_language(key: &str, pl: &str, en: &str, languages: &[String]) -> String {
    let mut out = String::new();
    for lang in languages {
        let text = if lang == "pl" { pl } else { en };
        let _ = writeln!(out, "{key}.{lang} = {}", toml_string(text));
    }
    out
}

/// Checks a new programme's folder name; the error suggests a usable one.
pub fn check_slug(slug: &str) -> Result<(), Box<Diagnostic>> {
    if is_slug(slug) {
        return match Taken::programme(slug) {
            None => Ok(()),
            Some(taken) => Err(Box::new(
                Diagnostic::error(
                    Path::new("content").join(slug),
                    msg!("slug-taken", slug = slug, reason = taken.reason(slug)),
                )
                .hint(taken.hint(&msg!("slug-taken-fix"), slug)),
            )),
        };
    }
    let suggestion = slugify(slug);
    let hint =
        if suggestion.is_empty() { msg!("slug-bad-hint") } else { msg!("slug-suggest-hint", suggestion = suggestion) };
    Err(Box::new(Diagnostic::error(Path::new("content").join(slug), msg!("slug-bad", slug = slug)).hint(hint)))
}

/// The files of a new site, relative to its folder, except the year report
/// (made by [`report_toml`] from the loaded programme, like `new report` does).
/// The one programme is an illustration: its edition runs from `year` for five
/// years and it has narrative files for `year`.
pub fn site_files(year: i32) -> Vec<(PathBuf, String)> {
    let languages = ["pl".to_string(), "en".to_string()];
    let mut files = vec![(PathBuf::from("jawnik.toml"), site_config(year))];
    let dir = Path::new("content").join(EXAMPLE_SLUG);
    for (name, text) in programme_files(EXAMPLE_SLUG, year, year + 4, &languages) {
        files.push((dir.join(name), text));
    }
    files.push((dir.join("programme.pl.md"), PROGRAMME_PL_MD.to_string()));
    files.push((dir.join("programme.en.md"), PROGRAMME_EN_MD.to_string()));
    files.push((dir.join(format!("{year}.pl.md")), report_md_pl(year)));
    files.push((dir.join(format!("{year}.en.md")), report_md_en(year)));
    files
}

/// The example programme's folder name in a new site.
pub const EXAMPLE_SLUG: &str = "przykladowy-program";

fn site_config(year: i32) -> String {
    format!(
        r#"{}
title.pl = "Programy społeczne — sprawozdania (PRZYKŁAD)"
title.en = "Social programmes — reports (EXAMPLE)"

description.pl = "Roczne sprawozdania z realizacji programów społecznych. Opis do uzupełnienia."
description.en = "Annual reports on the implementation of social programmes. Description to be written."

{}languages = ["pl", "en"]

{}# base_url = "https://bip.example.pl/programy/"

[organisation]
name.pl = "Nazwa instytucji (do uzupełnienia)"
name.en = "Name of the institution (to be filled in)"
# address = "ul. Przykładowa 1, 00-000 Miasto"
# email = "sekretariat@example.pl"
# phone = "+48 00 000 00 00"

{}[accessibility]
# status = "partial"
# published_on = "{}-01-01"
# updated_on = "{}-01-01"
# prepared_on = "{}-01-01"
# assessment = "self-assessment"
# contact_person = "Imię Nazwisko"
# email = "dostepnosc@example.pl"
# phone = "+48 00 000 00 00"
# architectural.pl = "Opis dostępności budynku: wejście, winda, toalety, parking."
# communication.pl = "Tłumacz polskiego języka migowego, pętla indukcyjna, tekst łatwy do czytania."
#
# [[accessibility.non_compliant]]
# content.pl = "Co jest niedostępne"
# reason = "non-compliant"
# alternative.pl = "Jak otrzymać to w inny sposób"
"#,
        comment(&msg!("scaffold-site-intro")),
        comment(&msg!("scaffold-site-languages")),
        comment(&msg!("scaffold-site-base-url")),
        comment(&msg!("scaffold-site-accessibility")),
        year + 1,
        year + 1,
        year + 1
    )
}

/// `programme.toml` and `edition-START-END.toml` of a new programme, with the
/// text keys the site's `languages` need.
pub fn programme_files(slug: &str, start: i32, end: i32, languages: &[String]) -> Vec<(String, String)> {
    let mut programme = comment(&msg!("scaffold-programme-intro", slug = slug));
    programme.push('\n');
    programme.push_str(&per_language(
        "name",
        "Nazwa programu (do uzupełnienia)",
        "Name of the programme (to be filled in)",
        languages,
    ));
    programme.push_str(&per_language(
        "operator",
        "Instytucja realizująca program (do uzupełnienia)",
        "Institution running the programme (to be filled in)",
        languages,
    ));
    programme.push('\n');
    programme.push_str(&comment(&msg!("scaffold-headline")));
    programme.push_str("headline = [\"porady\"]\n");
    for ex in &EXAMPLE_INDICATORS {
        let _ = write!(programme, "\n[[indicators]]\nid = {}\n", toml_string(ex.id));
        programme.push_str(&per_language("name", ex.pl, ex.en, languages));
        if !ex.unit_pl.is_empty() {
            programme.push_str(&per_language("unit", ex.unit_pl, ex.unit_en, languages));
        }
        if let Some(kind) = ex.kind {
            let _ = writeln!(programme, "kind = {}", toml_string(kind));
        }
    }

    let mut edition = format!(
        "{}\n\
         start = {start}\nend = {end}\n\n\
         {}\
         # [[resolutions]]\n\
         # number = \"XI/88/{start}\"\n\
         # date = \"{start}-12\"\n\
         # body.pl = \"Rada Miasta\"\n\n\
         [[goals]]\nnumber = \"1\"\n",
        comment(&msg!("scaffold-edition-intro", start = start, end = end)),
        comment(&msg!("scaffold-resolution")),
    );
    edition.push_str(&per_language(
        "name",
        "Cel szczegółowy (do uzupełnienia)",
        "Specific objective (to be filled in)",
        languages,
    ));
    edition.push_str("\n[[goals.tasks]]\n");
    edition.push_str(&per_language("name", "Zadanie (do uzupełnienia)", "Task (to be filled in)", languages));
    edition.push_str("indicators = [\"porady\", \"rodziny-objete-wsparciem\"]\n\n[[goals.tasks]]\n");
    edition.push_str(&per_language(
        "name",
        "Drugie zadanie (do uzupełnienia)",
        "Second task (to be filled in)",
        languages,
    ));
    edition.push_str("indicators = [\"godziny-pracy-punktu\"]\n");
    vec![("programme.toml".into(), programme), (format!("edition-{start}-{end}.toml"), edition)]
}

/// An indicator of the example programme.
struct Example {
    id: &'static str,
    pl: &'static str,
    en: &'static str,
    unit_pl: &'static str,
    unit_en: &'static str,
    kind: Option<&'static str>,
}

const EXAMPLE_INDICATORS: [Example; 3] = [
    Example {
        id: "porady",
        pl: "Liczba udzielonych porad (przykład)",
        en: "Number of consultations given (example)",
        unit_pl: "porady",
        unit_en: "consultations",
        kind: None,
    },
    Example {
        id: "rodziny-objete-wsparciem",
        pl: "Liczba rodzin objętych wsparciem (przykład)",
        en: "Number of families supported (example)",
        unit_pl: "rodziny",
        unit_en: "families",
        kind: None,
    },
    Example {
        id: "godziny-pracy-punktu",
        pl: "Godziny pracy punktu konsultacyjnego (przykład)",
        en: "Opening hours of the consultation point (example)",
        unit_pl: "",
        unit_en: "",
        kind: Some("text"),
    },
];

const PROGRAMME_PL_MD: &str = "+++\ntitle = \"O programie\"\n+++\n\n\
PRZYKŁAD: tu opisz program — kto go przyjął, jakie ma cele i kto go realizuje.\n";
const PROGRAMME_EN_MD: &str = "+++\ntitle = \"About the programme\"\n+++\n\n\
EXAMPLE: describe the programme here — who adopted it, its goals and who runs it.\n";

fn report_md_pl(year: i32) -> String {
    format!("PRZYKŁAD: tu wpisz wstęp i wnioski ze sprawozdania za rok {year}.\n")
}

fn report_md_en(year: i32) -> String {
    format!("EXAMPLE: write the introduction and conclusions of the {year} report here.\n")
}

/// The edition covering `year`; the error says which editions there are.
pub fn edition_for(programme: &Programme, year: i32) -> Result<&Edition, Box<Diagnostic>> {
    programme.edition_for_year(year).ok_or_else(|| {
        let known: Vec<&str> = programme.editions.iter().map(|e| e.id.as_str()).collect();
        let hint = if known.is_empty() {
            msg!("no-edition-add-hint", year = year, end = year + 4)
        } else {
            msg!("no-edition-list-hint", editions = known.join(", "), year = year)
        };
        Box::new(Diagnostic::error(&programme.dir, msg!("no-edition", slug = &programme.slug, year = year)).hint(hint))
    })
}

/// The year file for `year`: every indicator of the edition covering the year,
/// in task order, each marked `missing = "not-reported"` with the latest earlier
/// report's value beside it. Errors when no edition covers the year.
pub fn report_toml(programme: &Programme, year: i32, languages: &[String]) -> Result<String, Box<Diagnostic>> {
    let edition = edition_for(programme, year)?;
    let lang = languages.first().map_or("pl", String::as_str);
    let previous = programme.reports.iter().filter(|r| r.year < year).max_by_key(|r| r.year);
    let name = programme.name.get(lang, lang);

    let mut out = String::new();
    let _ = writeln!(out, "# {} — {year}", comment_text(name, 100));
    out.push_str(&comment(&msg!("scaffold-report-intro")));
    if let Some(prev) = previous {
        out.push_str(&comment(&msg!("scaffold-report-previous", year = prev.year)));
    }
    let _ = write!(out, "\nyear = {year}\nedition = {}\n", toml_string(&edition.id));
    out.push_str(&comment(&msg!("scaffold-report-title")));
    out.push_str(&per_language(
        "title",
        &format!("{} — sprawozdanie za rok {year}", programme.name.get("pl", lang)),
        &format!("{} — report for {year}", programme.name.get("en", lang)),
        languages,
    ));
    let _ = write!(
        out,
        "\n{}\
         # [document]\n\
         # title.pl = \"Sprawozdanie za rok {year}\"\n\
         # url = \"https://bip.example.pl/…\"\n\
         # format = \"PDF\"\n\
         #\n\
         # [metadata]\n\
         # prepared_by = \"Imię Nazwisko\"\n\
         # published_on = \"{}-03-31\"\n",
        comment(&msg!("scaffold-report-document")),
        year + 1
    );
    write_values(&mut out, programme, edition, previous, languages);
    Ok(out)
}

fn write_values(
    out: &mut String,
    programme: &Programme,
    edition: &Edition,
    previous: Option<&Report>,
    languages: &[String],
) {
    let lang = languages.first().map_or("pl", String::as_str);
    let mut seen: Vec<&str> = Vec::new();
    let term = |t: &crate::content::model::Text, number: &Option<String>| match number {
        Some(n) => format!("{} {n}", t.get(lang, lang)),
        None => t.get(lang, lang).to_string(),
    };
    for goal in &edition.goals {
        let _ = write!(
            out,
            "\n# {}\n# {}: {}\n",
            "=".repeat(75),
            term(&edition.goal_term, &goal.number),
            comment_text(goal.name.get(lang, lang), 100)
        );
        let mut first_task = true;
        let groups =
            std::iter::once((None, &goal.tasks)).chain(goal.directions_with_tasks.iter().map(|d| (Some(d), &d.tasks)));
        for (direction, tasks) in groups {
            if let Some(d) = direction {
                let _ = write!(
                    out,
                    "\n# {}\n# {}: {}\n",
                    "-".repeat(75),
                    term(&edition.direction_term, &d.number),
                    comment_text(d.name.get(lang, lang), 100)
                );
                first_task = true;
            }
            for task in tasks {
                let new: Vec<&str> =
                    task.indicators.iter().map(String::as_str).filter(|id| !seen.contains(id)).collect();
                let note = previous.and_then(|p| p.task_notes.get(task.key()?));
                if new.is_empty() && note.is_none() {
                    continue;
                }
                let gap = if first_task { "" } else { "\n" };
                first_task = false;
                let _ = writeln!(
                    out,
                    "{gap}# {}: {}",
                    term(&edition.task_term, &task.number),
                    comment_text(task.name.get(lang, lang), 100)
                );
                if let (Some(note), Some(key), Some(prev)) = (note, task.key(), previous) {
                    write_task_note(out, key, note, prev.year, lang);
                }
                for id in new {
                    seen.push(id);
                    let Some(indicator) = programme.indicator(id) else { continue };
                    write_value(out, indicator, task.indicator_numbers.get(id), previous, languages);
                }
            }
        }
    }
}

/// One `[values.<id>]` table, marked not reported, with what the previous
/// report gave beside it; what that report printed with the value (its parts,
/// the period it refers to) follows as comments, to check and uncomment.
fn write_value(
    out: &mut String,
    indicator: &crate::content::model::Indicator,
    number: Option<&String>,
    previous: Option<&Report>,
    languages: &[String],
) {
    let lang = languages.first().map_or("pl", String::as_str);
    // A translated text's keys in the site's order of languages.
    let in_order = |t: &crate::content::model::Text| -> Vec<(String, String)> {
        languages.iter().filter_map(|l| t.0.get(l).map(|s| (l.clone(), s.clone()))).collect()
    };
    let id = &indicator.id;
    let unit = indicator.unit.get(lang, lang);
    let mut about = comment_text(indicator.name.get(lang, lang), 110);
    if let Some(n) = number {
        about = format!("{n}. {about}");
    }
    if !unit.is_empty() {
        let _ = write!(about, " ({unit})");
    }
    if indicator.kind == crate::content::model::IndicatorKind::Text {
        about.push_str(&format!(" — {}", msg!("scaffold-in-words")));
    }
    let _ = write!(out, "\n# {about}\n[values.{id}]");
    if let Some(prev) = previous {
        let _ = write!(out, "  # {}: {}", prev.year, previous_value(prev, id, lang));
    }
    out.push_str("\nmissing = \"not-reported\"\n");
    let Some((prev, value)) = previous.and_then(|p| Some((p, p.values.get(id)?))) else { return };
    if let ValueKind::Breakdown { total, parts } = &value.kind {
        let what = if total.is_some() { "total" } else { "parts" };
        out.push_str(&comment(&msg!("scaffold-breakdown", year = prev.year, what = what)));
        if total.is_some() {
            out.push_str("# value = …\n");
        }
        out.push_str("# parts = [\n");
        for part in parts {
            let _ = write!(out, "#   {{ ");
            for (l, name) in in_order(&part.name) {
                let _ = write!(out, "name.{l} = {}, ", toml_string(&name));
            }
            out.push_str("value = … },\n");
        }
        out.push_str("# ]\n");
    }
    if let Some(period) = &value.period {
        out.push_str(&comment(&msg!("scaffold-period", year = prev.year)));
        for (l, text) in in_order(period) {
            let _ = writeln!(out, "# period.{l} = {}", toml_string(&text));
        }
    }
}

/// A task's note of the previous report, commented out: most are that
/// year's own, so it is there to reuse, not carried over as it is.
fn write_task_note(out: &mut String, key: &str, note: &crate::content::model::Text, year: i32, lang: &str) {
    let key = if is_slug(key) { key.to_string() } else { toml_string(key) };
    let note = comment_text(note.get(lang, lang), 80);
    out.push_str(&comment(&msg!("scaffold-task-note", year = year, note = note)));
    let _ = writeln!(out, "# [tasks.{key}]\n# note.{lang} = \"…\"");
}

/// How the earlier report's value reads in a comment: `34`, `12 (total of 3
/// parts)`, `3 parts, no total`, `not reported`, `a dash`, `"całodobowo"`,
/// `no value`.
fn previous_value(report: &Report, id: &str, lang: &str) -> String {
    let Some(value) = report.values.get(id) else { return msg!("scaffold-no-value") };
    match &value.kind {
        ValueKind::Number { value } => plain_number(*value),
        ValueKind::Breakdown { total: Some(total), parts } => {
            msg!("scaffold-total-of-parts", total = plain_number(*total), parts = parts.len())
        }
        ValueKind::Breakdown { total: None, parts } => msg!("scaffold-parts-no-total", parts = parts.len()),
        ValueKind::Missing { reason: MissingReason::NotReported } => msg!("value-not-reported"),
        ValueKind::Missing { reason: MissingReason::NotApplicable } => msg!("value-not-applicable"),
        ValueKind::Missing { reason: MissingReason::Dash } => msg!("value-dash"),
        ValueKind::Text { text } => format!("\"{}\"", comment_text(text.get(lang, lang), 60)),
    }
}

/// Writes new files under `root`; refuses, writing nothing, when any of them
/// exists already. Folders are created as needed.
pub fn write_new(root: &Path, files: &[(PathBuf, String)]) -> Result<(), Box<Diagnostic>> {
    for (rel, _) in files {
        if root.join(rel).exists() {
            return Err(Box::new(
                Diagnostic::error(root.join(rel), msg!("scaffold-file-exists")).hint(msg!("scaffold-file-exists-hint")),
            ));
        }
    }
    for (rel, text) in files {
        let path = root.join(rel);
        let io_err =
            |e: std::io::Error| Box::new(Diagnostic::error(&path, msg!("cannot-write-file", error = e.to_string())));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_err)?;
        }
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()))
            .map_err(io_err)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_round_trip_through_the_parser() {
        let cases =
            ["plain", "Niebieska \"Karta\"", "C:\\dane\\2024", "dwie\nlinie\tz tabulatorem", "bell\u{7}", "ząb"];
        for s in cases {
            let doc = format!("k = {}", toml_string(s));
            let parsed: toml::Table = toml::from_str(&doc).unwrap();
            assert_eq!(parsed["k"].as_str(), Some(s), "{doc}");
        }
        assert_eq!(toml_string("a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(toml_string("\u{7f}"), r#""\u007F""#);
    }

    #[test]
    fn comments_stay_on_one_line() {
        assert_eq!(comment_text("a\nb  c", 10), "a b c");
        assert_eq!(comment_text("abcdefghijk", 5), "abcd…");
    }

    #[test]
    fn slugs_are_checked_with_a_suggestion() {
        assert!(check_slug("wspieranie-rodziny").is_ok());
        let d = check_slug("Wspieranie Rodziny").unwrap_err();
        assert_eq!(d.message, "`Wspieranie Rodziny` cannot be used as a programme folder name");
        assert_eq!(d.hint.as_deref(), Some("use `wspieranie-rodziny` (lowercase letters, digits and hyphens)"));
        assert!(check_slug("??").unwrap_err().hint.unwrap().starts_with("use lowercase letters"));
    }

    #[test]
    fn generated_files_parse() {
        let langs = ["pl".to_string(), "en".to_string()];
        for (name, text) in programme_files("p", 2025, 2029, &langs) {
            let parsed: Result<toml::Table, _> = toml::from_str(&text);
            assert!(parsed.is_ok(), "{name}: {parsed:?}");
        }
        let parsed: Result<toml::Table, _> = toml::from_str(&site_config(2025));
        assert!(parsed.is_ok(), "{parsed:?}");
    }
}
