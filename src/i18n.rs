//! Locale rules that are not template strings: how numbers and dates are written
//! in each language ("2 506" and "12,5" in Polish, "2,506" and "12.5" in English),
//! and folding Polish letters for ids and search.

use crate::content::model::{Number, PartialDate};

/// A number as written in content files and CSV: '.' decimal, no grouping,
/// no trailing zeros ("2506", "12.5").
pub fn plain_number(n: Number) -> String {
    if n.is_integer() && n.0.abs() < 1e15 {
        format!("{}", n.0 as i64)
    } else {
        let s = format!("{:.6}", n.0);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A number formatted for reading in `lang`. Polish groups thousands with a
/// no-break space and uses a decimal comma ("2 506", "12,5"), grouping four-digit
/// numbers too, as the reports themselves do ("1 100"). English uses "2,506" and
/// "12.5". The no-break space keeps a number from wrapping across lines.
pub fn format_number(n: Number, lang: &str) -> String {
    let plain = plain_number(Number(n.0.abs()));
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let (group, decimal) = match lang {
        "pl" | "uk" | "de" => ('\u{a0}', ','),
        _ => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let mut out = String::new();
    if n.0 < 0.0 {
        out.push('−');
    }
    out.push_str(&grouped);
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

const MONTHS_PL: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];
/// Nominative month names, for dates without a day ("grudzień 2011").
const MONTHS_PL_NOM: [&str; 12] = [
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date for reading: pl "28 marca 2024", "grudzień 2011"; en "28 March 2024",
/// "December 2011". Only what is known is shown.
pub fn format_date(d: PartialDate, lang: &str) -> String {
    let Some(m) = d.month else { return d.year.to_string() };
    let i = usize::from(m - 1);
    match (lang, d.day) {
        ("pl", Some(day)) => format!("{day} {} {}", MONTHS_PL[i], d.year),
        ("pl", None) => format!("{} {}", MONTHS_PL_NOM[i], d.year),
        (_, Some(day)) => format!("{day} {} {}", MONTHS_EN[i], d.year),
        (_, None) => format!("{} {}", MONTHS_EN[i], d.year),
    }
}

/// Polish (and common Central European) letters folded to ASCII: "gęśla" → "gesla".
pub fn fold_diacritics(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            'Ą' => 'A',
            'Ć' => 'C',
            'Ę' => 'E',
            'Ł' => 'L',
            'Ń' => 'N',
            'Ó' => 'O',
            'Ś' => 'S',
            'Ź' | 'Ż' => 'Z',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(format_number(Number(2506.0), "pl"), "2\u{a0}506");
        assert_eq!(format_number(Number(2506.0), "en"), "2,506");
        assert_eq!(format_number(Number(12.5), "pl"), "12,5");
        assert_eq!(format_number(Number(12.5), "en"), "12.5");
        assert_eq!(format_number(Number(295.0), "pl"), "295");
        assert_eq!(format_number(Number(1234567.25), "en"), "1,234,567.25");
        assert_eq!(format_number(Number(-3.0), "en"), "−3");
    }

    #[test]
    fn plain_numbers_are_for_machines() {
        assert_eq!(plain_number(Number(2506.0)), "2506");
        assert_eq!(plain_number(Number(12.5)), "12.5");
        assert_eq!(plain_number(Number(0.1 + 0.2)), "0.3");
    }

    #[test]
    fn dates_show_what_is_known() {
        let d = |s| PartialDate::parse(s).unwrap();
        assert_eq!(format_date(d("2011-12"), "pl"), "grudzień 2011");
        assert_eq!(format_date(d("2011-12"), "en"), "December 2011");
        assert_eq!(format_date(d("2024-03-28"), "pl"), "28 marca 2024");
        assert_eq!(format_date(d("2024-03-28"), "en"), "28 March 2024");
        assert_eq!(format_date(d("2024"), "en"), "2024");
    }

    #[test]
    fn folding() {
        assert_eq!(fold_diacritics("Gęśla Łódź"), "Gesla Lodz");
    }
}
