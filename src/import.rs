//! Spreadsheet import: a year's values from a CSV, XLSX or ODS file into the
//! year's TOML file.
//!
//! Three steps, each testable alone: [`read_sheet`] turns a file into numbered
//! rows of text cells (the only I/O here); [`plan`] matches each row to an
//! indicator and parses its value, so that every row ends up either as a
//! [`Change`] or as a problem with its row number (never silently dropped);
//! [`apply`] edits the year file with `toml_edit`, touching only the `value`,
//! `missing`, `text` and `note` of the matched indicators, so comments, metadata
//! and everything else stay exactly as the clerk wrote them.

use std::collections::BTreeMap;
use std::path::Path;

use toml_edit::{DocumentMut, Item, Table};

use crate::content::load::slugify;
use crate::content::model::{Edition, Indicator, IndicatorKind, MissingReason, Number, Programme};
use crate::content::source::{decode, parse_polish_number};
use crate::diagnostics::Diagnostic;
use crate::i18n::{fold_diacritics, plain_number};

/// One spreadsheet row: its 1-based number as the spreadsheet program shows it,
/// and its cells as trimmed text.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<String>,
}

impl Row {
    fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", String::as_str)
    }

    fn is_empty(&self) -> bool {
        self.cells.iter().all(String::is_empty)
    }
}

/// Reads the first sheet of an XLSX/XLS/ODS workbook, or a CSV file (`;`, tab or
/// `,` separated, UTF-8), into rows. `shown` names the file in messages.
pub fn read_sheet(path: &Path, shown: &Path) -> Result<Vec<Row>, Box<Diagnostic>> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" => {
            let bytes = std::fs::read(path)
                .map_err(|e| Box::new(Diagnostic::error(shown, msg!("cannot-read-file", why = e.to_string()))))?;
            let text = decode(&bytes, shown)?;
            parse_csv(&text).map_err(|e| Box::new(Diagnostic::error(shown, e)))
        }
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => read_workbook(path, shown),
        _ => Err(Box::new(Diagnostic::error(shown, msg!("sheet-kind")).hint(msg!("sheet-kind-hint")))),
    }
}

fn read_workbook(path: &Path, shown: &Path) -> Result<Vec<Row>, Box<Diagnostic>> {
    use calamine::{Data, Reader};
    let bad = |e: String| {
        Box::new(Diagnostic::error(shown, msg!("sheet-unreadable", error = e)).hint(msg!("sheet-unreadable-hint")))
    };
    let mut book = calamine::open_workbook_auto(path).map_err(|e| bad(e.to_string()))?;
    let range = match book.worksheet_range_at(0) {
        Some(r) => r.map_err(|e| bad(e.to_string()))?,
        None => return Err(bad(msg!("sheet-none"))),
    };
    let (first_row, _) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| Row {
            number: first_row as usize + i + 1,
            cells: cells
                .iter()
                .map(|c| match c {
                    // Whole numbers are stored as floats: 2506.0 is "2506".
                    Data::Float(f) => plain_number(Number(*f)),
                    Data::Empty => String::new(),
                    other => other.to_string().trim().to_string(),
                })
                .collect(),
        })
        .collect();
    Ok(rows)
}

/// Parses CSV text; the separator is guessed from the first non-empty line:
/// `;` (what Polish spreadsheet programs write, since `,` is the decimal mark),
/// else a tab, else `,`.
pub fn parse_csv(text: &str) -> Result<Vec<Row>, String> {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first.contains(';') {
        b';'
    } else if first.contains('\t') {
        b'\t'
    } else {
        b','
    };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| msg!("csv-unreadable", error = e.to_string()))?;
        // The csv crate counts a record's line from the blank lines before it;
        // the spreadsheet's row is where the record's text starts.
        let start = record.position().map_or(0, |p| p.byte() as usize).min(text.len());
        let start = start + text[start..].len() - text[start..].trim_start_matches(['\n', '\r']).len();
        let number = text[..start].matches('\n').count() + 1;
        rows.push(Row { number, cells: record.iter().map(|c| c.trim().to_string()).collect() });
    }
    Ok(rows)
}

/// Which column holds what.
#[derive(Clone, Debug, PartialEq)]
struct Columns {
    id: Option<usize>,
    name: Option<usize>,
    value: usize,
    note: Option<usize>,
}

/// Without a header row: indicator (id or name), value, note.
const DEFAULT_COLUMNS: Columns = Columns { id: Some(0), name: None, value: 1, note: Some(2) };

#[derive(Clone, Copy, Debug, PartialEq)]
enum Heading {
    Id,
    Name,
    Value,
    Note,
}

/// What a header cell names, in Polish or English: "wskaźnik", "wartość 2024",
/// "uwagi", "id", "name"...
fn heading(cell: &str) -> Option<Heading> {
    let c = normalize(cell);
    let starts = |words: &[&str]| words.iter().any(|w| c == *w || c.starts_with(&format!("{w} ")));
    if starts(&["id", "identyfikator", "kod"]) {
        Some(Heading::Id)
    } else if starts(&["wskaznik", "wskazniki", "nazwa", "nazwa wskaznika", "name", "indicator"]) {
        Some(Heading::Name)
    } else if starts(&["wartosc", "wartosci", "value", "liczba"]) {
        Some(Heading::Value)
    } else if starts(&["uwagi", "uwaga", "komentarz", "note", "notes", "comment", "comments", "przypis"]) {
        Some(Heading::Note)
    } else {
        None
    }
}

/// The header's columns, when `row` is a header: it names a value column and an
/// id or name column.
fn header_columns(row: &Row) -> Option<Columns> {
    let mut cols = Columns { id: None, name: None, value: usize::MAX, note: None };
    for (i, cell) in row.cells.iter().enumerate() {
        match heading(cell) {
            Some(Heading::Id) if cols.id.is_none() => cols.id = Some(i),
            Some(Heading::Name) if cols.name.is_none() => cols.name = Some(i),
            Some(Heading::Value) if cols.value == usize::MAX => cols.value = i,
            Some(Heading::Note) if cols.note.is_none() => cols.note = Some(i),
            _ => {}
        }
    }
    (cols.value != usize::MAX && (cols.id.is_some() || cols.name.is_some())).then_some(cols)
}

/// The new value of one indicator, as read from the spreadsheet.
#[derive(Clone, Debug, PartialEq)]
pub enum NewValue {
    Number(Number),
    Missing(MissingReason),
    /// A value in words, for indicators of kind `text` (default language).
    Text(String),
}

/// One row that matched an indicator and has a usable value.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub row: usize,
    pub id: String,
    pub value: NewValue,
    /// The note in the default language; `None` leaves the file's note alone.
    pub note: Option<String>,
}

/// What the spreadsheet asks for: the changes, and every row that cannot be used.
#[derive(Debug, Default)]
pub struct Plan {
    pub changes: Vec<Change>,
    /// Unmatched and invalid rows, each at its row number.
    pub problems: Vec<Diagnostic>,
    /// The header row's number, when there is one.
    pub header_row: Option<usize>,
    /// Non-empty rows above the header (titles), skipped and listed.
    pub above_header: Vec<usize>,
}

/// Matches every row to an indicator of `edition` and parses its value. The
/// problems name the file `shown`.
pub fn plan(programme: &Programme, edition: &Edition, rows: &[Row], shown: &Path, lang: &str) -> Plan {
    let mut plan = Plan::default();
    let filled: Vec<&Row> = rows.iter().filter(|r| !r.is_empty()).collect();
    let header = filled.iter().take(5).position(|r| header_columns(r).is_some());
    let (columns, data) = match header {
        Some(i) => {
            plan.header_row = Some(filled[i].number);
            plan.above_header = filled[..i].iter().map(|r| r.number).collect();
            (header_columns(filled[i]).unwrap_or(DEFAULT_COLUMNS), &filled[i + 1..])
        }
        None => (DEFAULT_COLUMNS, &filled[..]),
    };
    let matcher = Matcher::new(programme);
    let in_edition = edition.indicator_ids();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for row in data {
        let problem = |message: String, hint: String| {
            let mut d = Diagnostic::error(shown, msg!("row-problem", row = row.number.to_string(), message = message))
                .hint(hint);
            d.line = Some(row.number);
            d.source_line = Some(row.cells.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(" | "));
            d
        };
        let keys: Vec<&str> =
            [columns.id, columns.name].into_iter().flatten().map(|i| row.cell(i)).filter(|k| !k.is_empty()).collect();
        let Some(first_key) = keys.first().copied() else {
            plan.problems.push(problem(msg!("row-no-key"), msg!("row-no-key-hint")));
            continue;
        };
        let Some(indicator) = keys.iter().find_map(|k| matcher.find(k)) else {
            let hint = match matcher.closest(first_key, &in_edition) {
                Some(best) => msg!("row-closest-hint", id = &best.id, name = best.name.get(lang, lang)),
                None => msg!("row-id-hint"),
            };
            plan.problems.push(problem(msg!("row-no-match", key = first_key), hint));
            continue;
        };
        let id = indicator.id.clone();
        if !in_edition.contains(&id.as_str()) {
            plan.problems.push(problem(
                msg!("row-not-in-edition", id = &id, edition = &edition.id),
                msg!("row-not-in-edition-hint", id = &id, edition = &edition.id),
            ));
            continue;
        }
        if let Some(first) = seen.get(&id) {
            plan.problems.push(problem(msg!("row-again", id = &id, first = first.to_string()), msg!("row-again-hint")));
            continue;
        }
        seen.insert(id.clone(), row.number);
        let raw = row.cell(columns.value);
        let note = columns.note.map(|i| row.cell(i)).filter(|n| !n.is_empty());
        if let Some(note) = note {
            // "a,12,5" in a comma-separated file: the decimal part lands in the note.
            if note.bytes().all(|b| b.is_ascii_digit()) && !raw.contains(['.', ',']) && row.cells.len() == 3 {
                plan.problems
                    .push(problem(msg!("row-note-decimal", note = note, raw = raw), msg!("row-note-decimal-hint")));
                continue;
            }
        }
        // "76 (66 KPP)": the number, and the words as the note when the row has none.
        if let (None, Some((n, words))) = (note, number_with_words(raw)) {
            if indicator.kind != IndicatorKind::Text {
                match parse_value(&n, indicator) {
                    Ok(value) => plan.changes.push(Change { row: row.number, id, value, note: Some(words) }),
                    Err((message, hint)) => plan.problems.push(problem(format!("`{id}`: {message}"), hint)),
                }
                continue;
            }
        }
        match parse_value(raw, indicator) {
            Ok(value) => plan.changes.push(Change { row: row.number, id, value, note: note.map(str::to_string) }),
            Err((message, hint)) => plan.problems.push(problem(format!("`{id}`: {message}"), hint)),
        }
    }
    plan
}

/// A value cell for `indicator`: a number in any of the forms Polish documents
/// use, a text for text indicators, or a "no data" marker (empty, "brak danych",
/// "b.d.", "nie dotyczy").
fn parse_value(raw: &str, indicator: &Indicator) -> Result<NewValue, (String, String)> {
    if let Some(reason) = missing_marker(raw) {
        return Ok(NewValue::Missing(reason));
    }
    if indicator.kind == IndicatorKind::Text {
        return Ok(NewValue::Text(raw.to_string()));
    }
    let cleaned = if indicator.kind == IndicatorKind::Percent { raw.trim_end_matches('%') } else { raw };
    let Some(n) = parse_polish_number(cleaned) else {
        return Err((msg!("cell-not-number", raw = raw), msg!("cell-not-number-hint")));
    };
    match indicator.kind {
        IndicatorKind::Count if n.0 < 0.0 || !n.is_integer() => {
            Err((msg!("cell-not-whole", raw = raw), msg!("cell-not-whole-hint")))
        }
        IndicatorKind::Percent if !(0.0..=100.0).contains(&n.0) => {
            Err((msg!("cell-not-percent", raw = raw), msg!("cell-not-percent-hint")))
        }
        _ => Ok(NewValue::Number(n)),
    }
}

/// "brak danych", "b.d.", "" → not reported; "nie dotyczy", "n.d." → not
/// applicable; a dash ("-", "–", "—"), copied from a report that prints one
/// without saying what it means → a dash.
fn missing_marker(raw: &str) -> Option<MissingReason> {
    let key: String =
        fold_diacritics(&raw.to_lowercase()).chars().filter(|c| !matches!(c, '.' | ' ' | '/' | '\u{a0}')).collect();
    match key.as_str() {
        "-" | "–" | "—" | "--" | "dash" => Some(MissingReason::Dash),
        "" | "brakdanych" | "bd" | "brak" | "notreported" => Some(MissingReason::NotReported),
        "niedotyczy" | "nd" | "na" | "notapplicable" => Some(MissingReason::NotApplicable),
        _ => None,
    }
}

/// A value cell with words after its number, as reports print them: "76 (66
/// KPP)" → ("76", "66 KPP"); the number as written, for [`parse_value`].
fn number_with_words(raw: &str) -> Option<(String, String)> {
    crate::content::source::number_and_words("value", raw)?;
    let split = raw.find(|c: char| !(c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '.')))?;
    let (number, words) = raw.split_at(split);
    let words = words.trim();
    let words = words.strip_prefix('(').and_then(|w| w.strip_suffix(')')).unwrap_or(words).trim();
    Some((number.trim().trim_end_matches([',', '.']).to_string(), words.to_string()))
}

/// Lowercase, Polish letters folded, punctuation dropped, spaces collapsed:
/// `Liczba procedur „Niebieskie Karty”` → `liczba procedur niebieskie karty`.
fn normalize(s: &str) -> String {
    let folded = fold_diacritics(&s.to_lowercase());
    let spaced: String = folded.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Finds indicators by id, by name in any language, or by a name printed in an
/// earlier report (its `label`), all compared after [`normalize`].
struct Matcher<'a> {
    programme: &'a Programme,
    /// Normalised name → the ids having it (more than one means ambiguous).
    names: BTreeMap<String, Vec<&'a str>>,
}

impl<'a> Matcher<'a> {
    fn new(programme: &'a Programme) -> Matcher<'a> {
        let mut names: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        let labels = programme
            .reports
            .iter()
            .flat_map(|r| &r.values)
            .filter_map(|(id, v)| v.label.as_ref().map(|l| (id.as_str(), l)));
        let own = programme.indicators.iter().map(|i| (i.id.as_str(), &i.name));
        for (id, text) in own.chain(labels) {
            for name in text.0.values() {
                let ids = names.entry(normalize(name)).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        Matcher { programme, names }
    }

    /// The indicator `key` names exactly (after normalising), if exactly one.
    fn find(&self, key: &str) -> Option<&'a Indicator> {
        let key = key.trim();
        if let Some(i) = self.programme.indicator(key) {
            return Some(i);
        }
        if let Some(i) = self.programme.indicator(&slugify(key)) {
            return Some(i);
        }
        match self.names.get(&normalize(key)).map(Vec::as_slice) {
            Some([id]) => self.programme.indicator(id),
            _ => None,
        }
    }

    /// The indicator among `ids` whose id or name is most like `key`.
    fn closest(&self, key: &str, ids: &[&str]) -> Option<&'a Indicator> {
        let key_norm = normalize(key);
        let key_slug = slugify(key);
        ids.iter()
            .filter_map(|id| self.programme.indicator(id))
            .map(|ind| {
                let by_name = ind
                    .name
                    .0
                    .values()
                    .map(|n| strsim::normalized_levenshtein(&key_norm, &normalize(n)))
                    .fold(0.0, f64::max);
                let by_id = strsim::normalized_levenshtein(&key_slug, &ind.id);
                (by_name.max(by_id), ind)
            })
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.id.cmp(&a.1.id)))
            .map(|(_, ind)| ind)
    }
}

/// What one change did to one indicator, for the preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub row: usize,
    pub id: String,
    /// The value before and after, as the preview shows them.
    pub old: String,
    pub new: String,
    /// The note before and after, when the spreadsheet gives one.
    pub note: Option<(String, String)>,
    pub changed: bool,
}

/// Applies `changes` to the year file `src` and returns the new text and what
/// changed. Rows that cannot be applied without losing information (a new total
/// for a value broken down into parts) come back as problems.
pub fn apply(
    src: &str,
    changes: &[Change],
    lang: &str,
    shown: &Path,
) -> Result<(String, Vec<Outcome>, Vec<Diagnostic>), Box<Diagnostic>> {
    let mut doc: DocumentMut = src.parse().map_err(|e: toml_edit::TomlError| {
        Box::new(
            Diagnostic::error(shown, msg!("year-file-unreadable", error = e.message()))
                .hint(msg!("year-file-unreadable-hint")),
        )
    })?;
    let not_a_table =
        || Box::new(Diagnostic::error(shown, msg!("values-not-table")).hint(msg!("values-not-table-hint")));
    let values = doc.entry("values").or_insert_with(|| {
        let mut t = Table::new();
        t.set_implicit(true);
        Item::Table(t)
    });
    let values = values.as_table_mut().ok_or_else(not_a_table)?;
    let mut outcomes = Vec::new();
    let mut problems = Vec::new();
    for change in changes {
        let item = values.entry(&change.id).or_insert_with(|| {
            let mut t = Table::new();
            t.decor_mut().set_prefix("\n");
            Item::Table(t)
        });
        if let Item::Value(toml_edit::Value::InlineTable(inline)) = item {
            *item = Item::Table(inline.clone().into_table());
        }
        let Some(table) = item.as_table_mut() else {
            let mut d = Diagnostic::error(shown, msg!("value-not-table", id = &change.id));
            d = d.hint(msg!("value-not-table-hint", id = &change.id));
            problems.push(d);
            continue;
        };
        let old = read_value(table, lang);
        let has_parts = table.contains_key("parts");
        if has_parts && matches!(change.value, NewValue::Number(_)) && old.as_ref() != Some(&change.value) {
            problems.push(
                Diagnostic::error(shown, msg!("row-has-parts", row = change.row.to_string(), id = &change.id))
                    .hint(msg!("row-has-parts-hint")),
            );
            continue;
        }
        let old_note = read_localized(table.get("note"), lang);
        let mut changed = false;
        if old.as_ref() != Some(&change.value) {
            set_value(table, &change.value, lang);
            changed = true;
        }
        let note = change.note.as_ref().map(|new_note| {
            if old_note.as_deref() != Some(new_note.as_str()) {
                set_localized(table, "note", lang, new_note);
                changed = true;
            }
            (old_note.as_deref().map_or_else(|| msg!("import-value-none"), quoted), quoted(new_note))
        });
        outcomes.push(Outcome {
            row: change.row,
            id: change.id.clone(),
            old: old.as_ref().map_or_else(|| msg!("import-value-none"), describe),
            new: describe(&change.value),
            note,
            changed,
        });
    }
    Ok((doc.to_string(), outcomes, problems))
}

/// The value a `[values.<id>]` table holds, if it is one jawnik can compare.
fn read_value(table: &Table, lang: &str) -> Option<NewValue> {
    if let Some(v) = table.get("value").and_then(Item::as_value) {
        return v.as_integer().map(|i| Number(i as f64)).or_else(|| v.as_float().map(Number)).map(NewValue::Number);
    }
    if let Some(m) = table.get("missing").and_then(Item::as_str) {
        return match m {
            "not-reported" => Some(NewValue::Missing(MissingReason::NotReported)),
            "not-applicable" => Some(NewValue::Missing(MissingReason::NotApplicable)),
            "dash" => Some(NewValue::Missing(MissingReason::Dash)),
            _ => None,
        };
    }
    read_localized(table.get("text"), lang).map(NewValue::Text)
}

/// A text key written plainly (`note = "…"`, the default language) or per
/// language (`note.pl = "…"`).
fn read_localized(item: Option<&Item>, lang: &str) -> Option<String> {
    let item = item?;
    if let Some(s) = item.as_str() {
        return Some(s.to_string());
    }
    item.as_table_like()?.get(lang)?.as_str().map(str::to_string)
}

/// Sets a text key for `lang`, keeping the other languages when it is written per
/// language.
fn set_localized(table: &mut Table, key: &str, lang: &str, text: &str) {
    if let Some(langs) = table.get_mut(key).and_then(Item::as_table_like_mut) {
        langs.insert(lang, toml_edit::value(text));
        return;
    }
    replace_keeping_decor(table, key, toml_edit::value(text));
}

/// Replaces an item, keeping any comment written after the old value.
fn replace_keeping_decor(table: &mut Table, key: &str, mut item: Item) {
    if let (Some(old), Some(new)) = (table.get(key).and_then(Item::as_value), item.as_value_mut()) {
        *new.decor_mut() = old.decor().clone();
    }
    table.insert(key, item);
}

/// Makes the table hold `value` as its one value key (`value`, `missing` or
/// `text`), where the previous one stood; keys around it keep their order.
fn set_value(table: &mut Table, value: &NewValue, lang: &str) {
    const VALUE_KEYS: [&str; 4] = ["value", "missing", "text", "parts"];
    let (key, item) = match value {
        NewValue::Number(n) if n.is_integer() && n.0.abs() < 1e15 => ("value", toml_edit::value(n.0 as i64)),
        NewValue::Number(n) => ("value", toml_edit::value(n.0)),
        NewValue::Missing(MissingReason::NotReported) => ("missing", toml_edit::value("not-reported")),
        NewValue::Missing(MissingReason::NotApplicable) => ("missing", toml_edit::value("not-applicable")),
        NewValue::Missing(MissingReason::Dash) => ("missing", toml_edit::value("dash")),
        NewValue::Text(t) => {
            if table.get("text").is_some_and(|i| i.as_table_like().is_some()) {
                set_localized(table, "text", lang, t);
                return;
            }
            ("text", toml_edit::value(t.as_str()))
        }
    };
    let only_this = table.iter().all(|(k, _)| k == key || !VALUE_KEYS.contains(&k));
    if only_this && table.contains_key(key) {
        replace_keeping_decor(table, key, item);
        return;
    }
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    let at = keys.iter().position(|k| VALUE_KEYS.contains(&k.as_str())).unwrap_or(0);
    let entries: Vec<(toml_edit::Key, Item)> = keys.iter().filter_map(|k| table.remove_entry(k)).collect();
    let mut new_entry = Some((toml_edit::Key::new(key), item));
    for (i, (k, v)) in entries.into_iter().enumerate() {
        if i == at {
            if let Some((nk, nv)) = new_entry.take() {
                table.insert_formatted(&nk, nv);
            }
        }
        if !VALUE_KEYS.contains(&k.get()) {
            table.insert_formatted(&k, v);
        }
    }
    if let Some((nk, nv)) = new_entry {
        table.insert_formatted(&nk, nv);
    }
}

fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

/// A value as the preview shows it: `2506`, `not reported`, `"całodobowo"`.
pub fn describe(v: &NewValue) -> String {
    match v {
        NewValue::Number(n) => plain_number(*n),
        NewValue::Missing(MissingReason::NotReported) => msg!("value-not-reported"),
        NewValue::Missing(MissingReason::NotApplicable) => msg!("value-not-applicable"),
        NewValue::Missing(MissingReason::Dash) => msg!("value-dash"),
        NewValue::Text(t) => quoted(t),
    }
}

#[cfg(test)]
mod tests;
