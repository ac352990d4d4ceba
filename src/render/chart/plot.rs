//! An indicator's values reduced to what a chart draws: years, one number (or
//! gap) per year, breakdown parts, the target.

use crate::content::{Indicator, IndicatorKind, Programme, ValueKind};

/// What a chart shows. Years run from the first to the last year with a number;
/// years in between without one are gaps (`None`), never 0.
#[derive(Debug)]
pub struct Plot {
    pub years: Vec<i32>,
    /// The number per year: the value, or a breakdown's total.
    pub totals: Vec<Option<f64>>,
    /// Breakdown parts in order of first appearance; empty when no year has one.
    pub parts: Vec<PartSeries>,
    pub target: Option<TargetLine>,
    /// Every value is a whole number of a counted thing: ticks stay whole.
    pub integer: bool,
    /// The unit in the chart's language ("osoby"), may be empty.
    pub unit: String,
}

/// One breakdown part across the years (`None`: that year has no such part).
#[derive(Debug)]
pub struct PartSeries {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

#[derive(Debug)]
pub struct TargetLine {
    pub value: f64,
    pub year: Option<i32>,
}

impl Plot {
    /// `None` for text indicators and for indicators with no number in any year.
    pub fn of(programme: &Programme, indicator: &Indicator, lang: &str) -> Option<Plot> {
        if indicator.kind == IndicatorKind::Text {
            return None;
        }
        let series = programme.series(&indicator.id);
        let has_number = |v: &Option<&crate::content::Value>| v.and_then(|v| v.kind.number()).is_some();
        let first = series.iter().position(|(_, v)| has_number(v))?;
        let last = series.iter().rposition(|(_, v)| has_number(v))?;
        let series = &series[first..=last];

        let mut parts: Vec<PartSeries> = Vec::new();
        for (i, (_, value)) in series.iter().enumerate() {
            let Some(ValueKind::Breakdown { parts: year_parts, .. }) = value.map(|v| &v.kind) else { continue };
            for part in year_parts {
                let name = part.name.get(lang, lang);
                let at = match parts.iter().position(|p| p.name == name) {
                    Some(at) => at,
                    None => {
                        parts.push(PartSeries { name: name.to_string(), values: vec![None; series.len()] });
                        parts.len() - 1
                    }
                };
                parts[at].values[i] = Some(part.value.0);
            }
        }
        let totals: Vec<Option<f64>> =
            series.iter().map(|(_, v)| v.and_then(|v| v.kind.number()).map(|n| n.0)).collect();
        let integer = indicator.kind == IndicatorKind::Count
            && totals
                .iter()
                .flatten()
                .chain(parts.iter().flat_map(|p| p.values.iter().flatten()))
                .all(|v| v.fract() == 0.0);
        Some(Plot {
            years: series.iter().map(|(y, _)| *y).collect(),
            totals,
            parts,
            target: indicator.target.as_ref().map(|t| TargetLine { value: t.value.0, year: t.year }),
            integer,
            unit: indicator.unit.get(lang, lang).to_string(),
        })
    }

    /// Years with a number, with it.
    pub fn points(&self) -> impl Iterator<Item = (usize, i32, f64)> + '_ {
        self.years.iter().zip(&self.totals).enumerate().filter_map(|(i, (y, v))| v.map(|v| (i, *y, v)))
    }

    /// Years inside the range without a number.
    pub fn gaps(&self) -> Vec<i32> {
        self.years.iter().zip(&self.totals).filter(|(_, v)| v.is_none()).map(|(y, _)| *y).collect()
    }

    /// Bars instead of a line: a breakdown, or a single year (one point on a line
    /// axis reads as a broken chart; one bar reads as a quantity).
    pub fn is_bars(&self) -> bool {
        !self.parts.is_empty() || self.points().count() == 1
    }
}
