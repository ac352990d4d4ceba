//! Rows as file bytes: CSV (RFC 4180, UTF-8 with BOM, formula-safe) and JSON.

use std::borrow::{Borrow, Cow};
use std::io::{self, Write};

use serde::Serialize;

use super::rows::{Row, COLUMNS};
use crate::i18n::plain_number;
use crate::output::Piece;

/// The UTF-8 byte order mark. Excel on a Polish Windows reads a CSV without it
/// as Windows-1250 and garbles "ą, ę, ł"; with it, Excel, LibreOffice, pandas,
/// R and the csv crate all read UTF-8. Python's csv module needs
/// `encoding="utf-8-sig"` (documented in docs/open-data.md).
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A CSV file of `rows`: BOM, header row, CRLF line ends, fields quoted only
/// when they must be, numbers with a '.' decimal and no grouping.
pub fn csv<R: Borrow<Row>>(rows: &[R]) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail; a failure would be a bug in csv.
    csv_to(&mut out, std::iter::once(rows)).expect("writing CSV to memory");
    out
}

/// The CSV of [`csv`] written piece by piece: the rows come in chunks (one
/// programme's at a time), so a site-wide file never has to be held whole.
pub fn csv_to<C, R>(out: &mut dyn Write, chunks: impl Iterator<Item = C>) -> io::Result<()>
where
    C: AsRef<[R]>,
    R: Borrow<Row>,
{
    out.write_all(BOM)?;
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
    w.write_record(COLUMNS)?;
    for chunk in chunks {
        for row in chunk.as_ref() {
            w.write_record(record(row.borrow()).iter().map(|c| c.as_bytes()))?;
        }
    }
    w.flush()
}

/// The CSV of [`csv_to`] put together from CSV files of the chunks (each
/// made by [`csv`]): a record's bytes do not depend on the records around it,
/// so the site's file is the header and each file without its header.
pub fn csv_join(out: &mut dyn Write, parts: impl Iterator<Item = io::Result<Vec<u8>>>) -> io::Result<()> {
    let head = csv::<Row>(&[]);
    out.write_all(&head)?;
    for part in parts {
        let part = part?;
        let rows =
            part.strip_prefix(head.as_slice()).ok_or_else(|| io::Error::other("a CSV part without the header"))?;
        out.write_all(rows)?;
    }
    Ok(())
}

/// The pieces of [`csv_join`]'s file from its parts (path and length, in
/// order) without reading them: the header, then each part past its header.
pub fn csv_pieces(parts: &[(String, u64)]) -> Option<Vec<Piece>> {
    let head = csv::<Row>(&[]);
    let skip = head.len() as u64;
    let mut pieces = vec![Piece::Bytes(head)];
    for (path, len) in parts {
        if *len < skip {
            return None;
        }
        pieces.push(Piece::Part { path: path.clone(), from: skip, to: *len });
    }
    Some(pieces)
}

/// One row's cells in [`COLUMNS`] order. Text cells are made formula-safe;
/// `year` and `value` are numbers and stay as they are ("-3" is minus three).
fn record(r: &Row) -> [Cow<'_, str>; 27] {
    fn opt(s: &Option<String>) -> Cow<'_, str> {
        s.as_deref().map_or(Cow::Borrowed(""), safe)
    }
    [
        safe(&r.programme_id),
        safe(&r.programme_name),
        safe(&r.edition),
        Cow::Owned(r.year.to_string()),
        safe(&r.indicator_id),
        safe(&r.indicator_name),
        opt(&r.reported_label),
        safe(&r.unit),
        Cow::Borrowed(r.value_kind.as_str()),
        r.value.map_or(Cow::Borrowed(""), |n| Cow::Owned(plain_number(n))),
        opt(&r.part_name),
        Cow::Borrowed(r.missing_reason.map_or("", |m| m.as_str())),
        opt(&r.text),
        opt(&r.note),
        opt(&r.period),
        opt(&r.part_note),
        opt(&r.place.goal_number),
        opt(&r.place.goal),
        opt(&r.place.goal_objective),
        opt(&r.place.direction_number),
        opt(&r.place.direction),
        opt(&r.place.task_number),
        opt(&r.place.task),
        opt(&r.place.task_note),
        opt(&r.place.indicator_number),
        opt(&r.place.implementers),
        opt(&r.place.partners),
    ]
}

/// [`safe_cell`] without copying the cells that are safe as they are (most).
fn safe(s: &str) -> Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

/// A text cell a spreadsheet would run as a formula (it starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) gets a leading apostrophe, as OWASP
/// advises against CSV injection: `=SUM(A1)` → `'=SUM(A1)`.
pub fn safe_cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// The same rows as a pretty JSON array of objects, keys in column order,
/// empty cells as `null`, texts unchanged (JSON is not run by spreadsheets).
pub fn json<R: Borrow<Row> + Serialize>(rows: &[R]) -> Vec<u8> {
    let mut out = Vec::new();
    json_to(&mut out, std::iter::once(rows)).expect("writing JSON to memory");
    out
}

/// The JSON of [`json`] written chunk by chunk, byte for byte the same: each
/// chunk is serialised as a pretty array and its brackets are dropped, so the
/// elements keep the indentation they have inside the one big array.
pub fn json_to<C, R>(out: &mut dyn Write, chunks: impl Iterator<Item = C>) -> io::Result<()>
where
    C: AsRef<[R]>,
    R: Borrow<Row> + Serialize,
{
    let mut first = true;
    for chunk in chunks.filter(|c| !c.as_ref().is_empty()) {
        let text = serde_json::to_vec_pretty(chunk.as_ref()).map_err(io::Error::other)?;
        // "[\n  {…},\n  {…}\n]" → "  {…},\n  {…}"
        let body = &text[2..text.len() - 2];
        out.write_all(if first { b"[\n" } else { b",\n" })?;
        out.write_all(body)?;
        first = false;
    }
    out.write_all(if first { b"[]\n" } else { b"\n]\n" })
}

/// The JSON of [`json_to`] put together from JSON files of the chunks (each
/// made by [`json`]): their elements, indented as in one big array.
pub fn json_join(out: &mut dyn Write, parts: impl Iterator<Item = io::Result<Vec<u8>>>) -> io::Result<()> {
    let mut first = true;
    for part in parts {
        let part = part?;
        if part == b"[]\n" {
            continue;
        }
        let body = part
            .strip_prefix(b"[\n")
            .and_then(|b| b.strip_suffix(b"\n]\n"))
            .ok_or_else(|| io::Error::other("a JSON part that is not an array"))?;
        out.write_all(if first { b"[\n" } else { b",\n" })?;
        out.write_all(body)?;
        first = false;
    }
    out.write_all(if first { b"[]\n" } else { b"\n]\n" })
}

/// The pieces of [`json_join`]'s file from its parts (path and length, in
/// order) without reading them: each part's elements between its brackets
/// (an empty array, "[]\n", is the only part of 3 bytes or fewer).
pub fn json_pieces(parts: &[(String, u64)]) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    for (path, len) in parts {
        if *len <= 3 {
            continue;
        }
        if *len < 7 {
            return None;
        }
        pieces.push(Piece::Bytes(if pieces.is_empty() { b"[\n".to_vec() } else { b",\n".to_vec() }));
        pieces.push(Piece::Part { path: path.clone(), from: 2, to: len - 3 });
    }
    pieces.push(Piece::Bytes(if pieces.is_empty() { b"[]\n".to_vec() } else { b"\n]\n".to_vec() }));
    Some(pieces)
}

#[cfg(test)]
mod tests {
    use super::super::rows::{MissingCode, PlaceCells, ValueKindCode};
    use super::*;
    use crate::content::Number;

    fn row(value: Option<f64>, note: Option<&str>) -> Row {
        Row {
            programme_id: "p".into(),
            programme_name: "Program „Rodzina”, edycja 2".into(),
            edition: "2021-2030".into(),
            year: 2023,
            indicator_id: "i".into(),
            indicator_name: "Liczba osób".into(),
            reported_label: None,
            unit: "osoby".into(),
            value_kind: if value.is_some() { ValueKindCode::Number } else { ValueKindCode::Missing },
            value: value.map(Number),
            part_name: None,
            missing_reason: if value.is_some() { None } else { Some(MissingCode::NotReported) },
            text: None,
            note: note.map(str::to_string),
            period: None,
            part_note: None,
            place: PlaceCells { goal_number: Some("II".into()), task: Some("Zadanie".into()), ..PlaceCells::default() },
        }
    }

    #[test]
    fn csv_is_rfc_4180_with_a_bom() {
        let bytes = csv(&[row(Some(-3.0), Some("=SUM(A1)")), row(None, None)]);
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        assert!(bytes.starts_with(BOM));
        assert_eq!(
            text,
            "programme_id,programme_name,edition,year,indicator_id,indicator_name,reported_label,unit,value_kind,value,part_name,missing_reason,text,note,\
             period,part_note,goal_number,goal,goal_objective,direction_number,direction,task_number,task,task_note,indicator_number,implementers,partners\r\n\
             p,\"Program „Rodzina”, edycja 2\",2021-2030,2023,i,Liczba osób,,osoby,number,-3,,,,'=SUM(A1),,,II,,,,,,Zadanie,,,,\r\n\
             p,\"Program „Rodzina”, edycja 2\",2021-2030,2023,i,Liczba osób,,osoby,missing,,,not-reported,,,,,II,,,,,,Zadanie,,,,\r\n"
        );
    }

    #[test]
    fn files_written_in_chunks_are_the_files_written_whole() {
        let rows = vec![row(Some(1.0), None), row(None, Some("n")), row(Some(2.5), None)];
        let chunks = || vec![vec![], rows[..1].to_vec(), vec![], rows[1..].to_vec()].into_iter();
        let whole = serde_json::to_vec_pretty(&rows).unwrap();
        let (mut c, mut j) = (Vec::new(), Vec::new());
        csv_to(&mut c, chunks()).unwrap();
        json_to(&mut j, chunks()).unwrap();
        assert_eq!(c, csv(&rows));
        assert_eq!(j, [whole.as_slice(), b"\n"].concat());
        assert_eq!(json::<Row>(&[]), b"[]\n");
    }

    #[test]
    fn files_joined_from_the_chunks_files_are_the_files_written_whole() {
        let rows = vec![row(Some(1.0), None), row(None, Some("=n, \"quoted\"\nline")), row(Some(2.5), None)];
        let chunks = [vec![], rows[..1].to_vec(), vec![], rows[1..].to_vec()];
        let (mut c, mut j) = (Vec::new(), Vec::new());
        csv_join(&mut c, chunks.iter().map(|ch| Ok(csv(ch)))).unwrap();
        json_join(&mut j, chunks.iter().map(|ch| Ok(json(ch)))).unwrap();
        assert_eq!(c, csv(&rows));
        assert_eq!(j, json(&rows));
        let (mut c, mut j) = (Vec::new(), Vec::new());
        csv_join(&mut c, [Ok(csv::<Row>(&[]))].into_iter()).unwrap();
        json_join(&mut j, [Ok(json::<Row>(&[]))].into_iter()).unwrap();
        assert_eq!((c, j), (csv::<Row>(&[]), json::<Row>(&[])));
        let err = csv_join(&mut Vec::new(), [Ok(b"a,b\r\n".to_vec())].into_iter()).unwrap_err();
        assert_eq!(err.to_string(), "a CSV part without the header");
    }

    #[test]
    fn files_planned_from_the_parts_lengths_are_the_files_written_whole() {
        let rows = [row(Some(1.0), None), row(None, Some("=n, \"quoted\"\nline")), row(Some(2.5), None)];
        let chunks = [vec![], rows[..1].to_vec(), vec![], rows[1..].to_vec()];
        let check = |chunks: &[Vec<Row>]| {
            let files: Vec<(String, Vec<u8>, Vec<u8>)> =
                chunks.iter().enumerate().map(|(i, ch)| (format!("p{i}"), csv(ch), json(ch))).collect();
            let lens = |csv: bool| -> Vec<(String, u64)> {
                files.iter().map(|(p, c, j)| (p.clone(), if csv { c.len() } else { j.len() } as u64)).collect()
            };
            let files = &files;
            let read = |csv: bool| {
                move |p: &str| {
                    files.iter().find(|f| f.0 == p).map(|(_, c, j)| Ok(if csv { c.clone() } else { j.clone() }))
                }
            };
            let (mut c, mut j) = (Vec::new(), Vec::new());
            crate::output::write_pieces(&mut c, &csv_pieces(&lens(true)).unwrap(), &mut read(true)).unwrap();
            crate::output::write_pieces(&mut j, &json_pieces(&lens(false)).unwrap(), &mut read(false)).unwrap();
            let all: Vec<Row> = chunks.concat();
            assert_eq!(String::from_utf8(c).unwrap(), String::from_utf8(csv(&all)).unwrap());
            assert_eq!(String::from_utf8(j).unwrap(), String::from_utf8(json(&all)).unwrap());
        };
        check(&chunks);
        check(&[vec![]]);
        check(&[]);
        // A part shorter than the header is not ours: no plan, the caller joins by reading.
        assert_eq!(csv_pieces(&[("p".into(), 3)]), None);
    }

    #[test]
    fn formula_like_text_is_neutralised() {
        for s in ["=1+1", "+48 123", "-x", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(safe_cell(s), format!("'{s}"));
        }
        for s in ["2506", "Liczba", "", "a=b", " =x"] {
            assert_eq!(safe_cell(s), s);
        }
    }

    #[test]
    fn json_keeps_numbers_numeric_and_text_raw() {
        let text = String::from_utf8(json(&[row(Some(2.5), Some("=SUM(A1)")), row(Some(2506.0), None)])).unwrap();
        assert!(text.contains("\"value\": 2.5,"));
        assert!(text.contains("\"value\": 2506,"));
        assert!(text.contains("\"note\": \"=SUM(A1)\""));
        // The place's cells follow the value's, flattened, in column order.
        assert!(text.contains("\"part_note\": null,\n    \"goal_number\": \"II\",\n    \"goal\": null,"), "{text}");
        let first_keys: Vec<&str> = text.lines().skip(2).take(3).map(|l| l.trim().split('"').nth(1).unwrap()).collect();
        assert_eq!(first_keys, ["programme_id", "programme_name", "edition"]);
    }
}
