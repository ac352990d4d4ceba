//! Trend charts as SVG, drawn with plotters. (Stub: the charts module replaces it.)

use crate::content::{Indicator, Programme};
use crate::render::strings::UiStrings;

/// A rendered chart with its text alternative.
#[derive(Clone, Debug, Default)]
pub struct Chart {
    /// The `<svg>` element, ready to inline in a page (no XML declaration).
    pub svg: String,
    /// The one-sentence description of the trend, in the page's language.
    pub description: String,
}

/// The indicator's trend chart in `lang`; `None` when there is nothing to plot.
pub fn trend(_programme: &Programme, _indicator: &Indicator, _lang: &str, _strings: &UiStrings) -> Option<Chart> {
    None
}

/// A small inline chart for tables; `None` when there is nothing to plot.
pub fn sparkline(_programme: &Programme, _indicator: &Indicator, _lang: &str, _strings: &UiStrings) -> Option<Chart> {
    None
}
