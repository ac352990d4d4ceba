//! The chart's description: what the trend is, in a sentence or three, from the
//! theme's `chart.*` templates ("Od 2020 do 2023 wartość spadła z 67 do 34.
//! Brak sprawozdań za lata 2021–2022.").
//!
//! Years without a number say why, in the words the tables use: no report that
//! year, the report does not give the value, the indicator does not apply,
//! the report prints a dash; years whose report gives parts without a total
//! are said to have none.

use super::plot::Plot;
use crate::content::Number;
use crate::i18n::format_number;
use crate::render::strings::UiStrings;
use crate::render::values::Missing;

/// The description of `plot` in `lang`.
pub fn sentence(plot: &Plot, lang: &str, strings: &UiStrings) -> String {
    let num = |v: f64| format_number(Number(v), lang);
    let points: Vec<(usize, i32, f64)> = plot.points().collect();
    let mut out = Vec::new();
    match (points.first(), points.last()) {
        (Some(&(_, y0, a)), Some(&(_, y1, b))) if points.len() > 1 => {
            let (from, to, a_s, b_s) = (y0.to_string(), y1.to_string(), num(a), num(b));
            let args = [("from", from.as_str()), ("to", to.as_str()), ("a", a_s.as_str()), ("b", b_s.as_str())];
            let key = if b > a {
                "chart.rose"
            } else if b < a {
                "chart.fell"
            } else if points.iter().all(|p| p.2 == a) {
                "chart.same"
            } else {
                "chart.same_ends"
            };
            out.push(strings.fill(lang, key, &args));
            // With three or more points the ends can hide a peak in between.
            let peak = points.iter().fold(points[0], |m, p| if p.2 > m.2 { *p } else { m });
            if points.len() > 2 && peak.2 > a && peak.2 > b {
                let (year, value) = (peak.1.to_string(), num(peak.2));
                out.push(strings.fill(lang, "chart.peak", &[("year", &year), ("value", &value)]));
            }
        }
        (Some(&(_, year, value)), _) => {
            let (year, value) = (year.to_string(), num(value));
            out.push(strings.fill(lang, "chart.single", &[("year", &year), ("value", &value)]));
        }
        _ => {}
    }
    for (reason, key) in [
        (Missing::NoReport, "chart.no_report"),
        (Missing::NotReported, "chart.not_reported"),
        (Missing::NotApplicable, "chart.not_applicable"),
        (Missing::Dash, "chart.dash"),
    ] {
        let years = plot.missing_years(reason);
        if !years.is_empty() {
            let key = format!("{key}_{}", if years.len() == 1 { "one" } else { "many" });
            out.push(strings.fill(lang, &key, &[("years", &year_ranges(&years))]));
        }
    }
    let no_total: Vec<i32> = (0..plot.years.len()).filter(|&i| plot.no_total[i]).map(|i| plot.years[i]).collect();
    if !no_total.is_empty() {
        let key = if no_total.len() == 1 { "chart.no_total_one" } else { "chart.no_total_many" };
        out.push(strings.fill(lang, key, &[("years", &year_ranges(&no_total))]));
    }
    if let Some(i) = (0..plot.years.len()).rev().find(|&i| plot.parts.iter().any(|p| p.values[i].is_some())) {
        let parts: Vec<String> =
            plot.parts.iter().filter_map(|p| p.values[i].map(|v| format!("{} {}", p.name, num(v)))).collect();
        let year = plot.years[i].to_string();
        out.push(strings.fill(lang, "chart.parts", &[("year", &year), ("parts", &parts.join(", "))]));
    }
    if let Some(target) = &plot.target {
        out.push(format!("{}.", target_label(target, lang, strings)));
    }
    out.join(" ")
}

/// "Cel: 50" / "Target for 2025: 50", as written beside the target line.
pub fn target_label(target: &super::plot::TargetLine, lang: &str, strings: &UiStrings) -> String {
    let value = format_number(Number(target.value), lang);
    match target.year {
        Some(year) => strings.fill(lang, "chart.target_by", &[("year", &year.to_string()), ("value", &value)]),
        None => strings.fill(lang, "chart.target", &[("value", &value)]),
    }
}

/// Sorted years as runs: [2012, 2015, 2016] → "2012, 2015–2016".
pub fn year_ranges(years: &[i32]) -> String {
    let mut runs: Vec<(i32, i32)> = Vec::new();
    for &y in years {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == y => *end = y,
            _ => runs.push((y, y)),
        }
    }
    let runs: Vec<String> =
        runs.iter().map(|&(a, b)| if a == b { a.to_string() } else { format!("{a}–{b}") }).collect();
    runs.join(", ")
}

#[cfg(test)]
mod tests {
    use super::super::plot::{PartSeries, TargetLine};
    use super::*;

    fn strings() -> UiStrings {
        let mut s = UiStrings::default();
        for lang in ["pl", "en"] {
            let path = format!("{}/themes/default/i18n/{lang}/chart.toml", env!("CARGO_MANIFEST_DIR"));
            s.add_file(lang, "chart", &std::fs::read_to_string(path).unwrap()).unwrap();
        }
        s
    }

    fn plot(years: std::ops::RangeInclusive<i32>, totals: &[Option<f64>]) -> Plot {
        let years: Vec<i32> = years.collect();
        Plot {
            missing: totals.iter().map(|t| t.is_none().then_some(Missing::NoReport)).collect(),
            years,
            no_total: vec![false; totals.len()],
            totals: totals.to_vec(),
            parts: vec![],
            target: None,
            integer: true,
            unit: String::new(),
        }
    }

    #[test]
    fn the_sentence_states_the_trend_and_the_gaps() {
        let s = strings();
        let p = plot(2020..=2023, &[Some(67.0), None, None, Some(34.0)]);
        assert_eq!(
            sentence(&p, "pl", &s),
            "Od 2020 do 2023 wartość spadła z 67 do 34. Brak sprawozdań za lata 2021–2022."
        );
        assert_eq!(sentence(&p, "en", &s), "From 2020 to 2023 the value fell from 67 to 34. No report for 2021–2022.");
        let mut p = plot(2020..=2022, &[Some(1100.0), None, Some(2506.0)]);
        p.missing[1] = Some(Missing::NotReported);
        assert_eq!(
            sentence(&p, "pl", &s),
            "Od 2020 do 2022 wartość wzrosła z 1\u{a0}100 do 2\u{a0}506. Sprawozdanie za rok 2021 nie podaje tej wartości."
        );
        assert_eq!(
            sentence(&p, "en", &s),
            "From 2020 to 2022 the value rose from 1,100 to 2,506. The report for 2021 does not give this value."
        );
    }

    #[test]
    fn flat_single_and_peaked_series() {
        let s = strings();
        assert_eq!(
            sentence(&plot(2020..=2021, &[Some(5.0), Some(5.0)]), "en", &s),
            "From 2020 to 2021 the value stayed at 5."
        );
        assert_eq!(sentence(&plot(2024..=2024, &[Some(12.5)]), "pl", &s), "W 2024 roku wartość wyniosła 12,5.");
        assert_eq!(
            sentence(&plot(2020..=2022, &[Some(5.0), Some(9.0), Some(5.0)]), "en", &s),
            "The value was 5 in both 2020 and 2022. Highest: 9 in 2021."
        );
    }

    #[test]
    fn breakdowns_and_targets_are_described() {
        let s = strings();
        let mut p = plot(2022..=2023, &[Some(30.0), Some(34.0)]);
        p.parts = vec![
            PartSeries { name: "kobiety".into(), values: vec![Some(20.0), Some(21.0)] },
            PartSeries { name: "mężczyźni".into(), values: vec![Some(10.0), Some(13.0)] },
        ];
        p.target = Some(TargetLine { value: 40.0, year: Some(2025) });
        assert_eq!(
            sentence(&p, "pl", &s),
            "Od 2022 do 2023 wartość wzrosła z 30 do 34. W 2023 roku: kobiety 21, mężczyźni 13. Cel na rok 2025: 40."
        );
    }

    #[test]
    fn parts_without_a_total_are_said_to_have_none() {
        let s = strings();
        let mut p = plot(2024..=2025, &[None, None]);
        p.missing = vec![None, None];
        p.no_total = vec![true, true];
        p.parts = vec![
            PartSeries { name: "nakaz opuszczenia mieszkania".into(), values: vec![Some(3.0), Some(5.0)] },
            PartSeries { name: "zakaz kontaktowania się".into(), values: vec![Some(9.0), Some(7.0)] },
        ];
        assert_eq!(
            sentence(&p, "pl", &s),
            "Sprawozdania za lata 2024–2025 podają tylko części, bez sumy: ich słupki stoją obok siebie. \
             W 2025 roku: nakaz opuszczenia mieszkania 5, zakaz kontaktowania się 7."
        );
        assert_eq!(
            sentence(&p, "en", &s),
            "The reports for 2024–2025 give only the parts, without a total: their bars stand side by side. \
             In 2025: nakaz opuszczenia mieszkania 5, zakaz kontaktowania się 7."
        );
    }

    #[test]
    fn year_runs() {
        assert_eq!(year_ranges(&[2012, 2015, 2016, 2017, 2019]), "2012, 2015–2017, 2019");
    }
}
