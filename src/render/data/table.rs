//! Rows as file bytes: CSV (RFC 4180, UTF-8 with BOM, formula-safe) and JSON.

use super::rows::{Row, COLUMNS};
use crate::i18n::plain_number;

/// The UTF-8 byte order mark. Excel on a Polish Windows reads a CSV without it
/// as Windows-1250 and garbles "ą, ę, ł"; with it, Excel, LibreOffice, pandas,
/// R and the csv crate all read UTF-8. Python's csv module needs
/// `encoding="utf-8-sig"` (documented in docs/open-data.md).
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A CSV file of `rows`: BOM, header row, CRLF line ends, fields quoted only
/// when they must be, numbers with a '.' decimal and no grouping.
pub fn csv(rows: &[Row]) -> Vec<u8> {
    let mut out = BOM.to_vec();
    {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
        // Writing into a Vec cannot fail; a failure would be a bug in csv.
        w.write_record(COLUMNS).expect("writing CSV to memory");
        for row in rows {
            w.write_record(record(row)).expect("writing CSV to memory");
        }
        w.flush().expect("writing CSV to memory");
    }
    out
}

/// One row's cells in [`COLUMNS`] order. Text cells are made formula-safe;
/// `year` and `value` are numbers and stay as they are ("-3" is minus three).
fn record(r: &Row) -> [String; 14] {
    let text = |s: &str| safe_cell(s);
    let opt = |s: &Option<String>| s.as_deref().map_or(String::new(), safe_cell);
    [
        text(&r.programme_id),
        text(&r.programme_name),
        text(&r.edition),
        r.year.to_string(),
        text(&r.indicator_id),
        text(&r.indicator_name),
        opt(&r.reported_label),
        text(&r.unit),
        r.value_kind.as_str().to_string(),
        r.value.map_or(String::new(), plain_number),
        opt(&r.part_name),
        r.missing_reason.map_or(String::new(), |m| m.as_str().to_string()),
        opt(&r.text),
        opt(&r.note),
    ]
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
pub fn json(rows: &[Row]) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(rows).expect("rows always serialise");
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::super::rows::{MissingCode, ValueKindCode};
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
        }
    }

    #[test]
    fn csv_is_rfc_4180_with_a_bom() {
        let bytes = csv(&[row(Some(-3.0), Some("=SUM(A1)")), row(None, None)]);
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        assert!(bytes.starts_with(BOM));
        assert_eq!(
            text,
            "programme_id,programme_name,edition,year,indicator_id,indicator_name,reported_label,unit,value_kind,value,part_name,missing_reason,text,note\r\n\
             p,\"Program „Rodzina”, edycja 2\",2021-2030,2023,i,Liczba osób,,osoby,number,-3,,,,'=SUM(A1)\r\n\
             p,\"Program „Rodzina”, edycja 2\",2021-2030,2023,i,Liczba osób,,osoby,missing,,,not-reported,,\r\n"
        );
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
        let first_keys: Vec<&str> = text.lines().skip(2).take(3).map(|l| l.trim().split('"').nth(1).unwrap()).collect();
        assert_eq!(first_keys, ["programme_id", "programme_name", "edition"]);
    }
}
