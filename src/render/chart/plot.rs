//! An indicator's values reduced to what a chart draws: years, one number (or
//! gap) per year, breakdown parts, the target.

use crate::content::{Indicator, IndicatorKind, Programme, ValueKind};
use crate::render::values::{cell, Missing};

/// What a chart shows. Years are the rows of the indicator page's table (every
/// year of [`Programme::series`]) without the years before and after the
/// indicator applies (not part of the edition in force, or marked
/// `not-applicable`): the chart starts and ends with the indicator, not with the
/// programme. Years inside that range without a number are gaps (`None`), never
/// 0 — at the start and the end too — and each gap keeps the reason the table
/// gives for it, so the chart says the same words.
#[derive(Debug)]
pub struct Plot {
    pub years: Vec<i32>,
    /// The number per year: the value, or a breakdown's total.
    pub totals: Vec<Option<f64>>,
    /// Per year without a number, why: no report that year, the report does not
    /// give it, or the indicator does not apply (only ever between years where
    /// it does). `None` where there is a number.
    pub missing: Vec<Option<Missing>>,
    /// Breakdown parts in order of first appearance; empty when no year has one.
    pub parts: Vec<PartSeries>,
    /// Per year: the report gives parts without a total. Such a year has no
    /// number (`totals` is `None`) and no gap: its parts are drawn side by
    /// side, never stacked into a sum the report does not give.
    pub no_total: Vec<bool>,
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
        let parts_only = |v: Option<&crate::content::Value>| {
            v.is_some_and(|v| matches!(v.kind, ValueKind::Breakdown { total: None, .. }))
        };
        if !series.iter().any(|(_, v)| v.and_then(|v| v.kind.number()).is_some() || parts_only(*v)) {
            return None;
        }
        // The same reasons the table gives, so chart and table never disagree. A
        // year whose value is not a number (words) has no number to draw: the
        // report does not give one.
        let reasons: Vec<Option<Missing>> = series
            .iter()
            .map(|(year, value)| match value.and_then(|v| v.kind.number()) {
                Some(_) => None,
                None if parts_only(*value) => None,
                None => Some(cell(programme, indicator, *year, lang).missing.unwrap_or(Missing::NotReported)),
            })
            .collect();
        let applies = |m: &Option<Missing>| *m != Some(Missing::NotApplicable);
        let first = reasons.iter().position(applies)?;
        let last = reasons.iter().rposition(applies)?;
        let series = &series[first..=last];
        let missing = reasons[first..=last].to_vec();

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
            no_total: series.iter().map(|(_, v)| parts_only(*v)).collect(),
            totals,
            missing,
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

    /// Years without a number for `reason`.
    pub fn missing_years(&self, reason: Missing) -> Vec<i32> {
        (0..self.years.len()).filter(|&i| self.missing[i] == Some(reason)).map(|i| self.years[i]).collect()
    }

    /// Stacked bars instead of a line: the indicator's values are breakdowns.
    /// Every other number is a line with points, however many years it has, so
    /// one kind of value always looks the same across the site.
    pub fn is_bars(&self) -> bool {
        !self.parts.is_empty()
    }
}
