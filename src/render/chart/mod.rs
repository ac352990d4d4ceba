//! Trend charts as SVG, drawn with plotters, each with its text alternative.
//!
//! Owns what an indicator's values look like as a picture: a line with gaps for
//! years without data, a single bar for a single year, stacked bars for
//! breakdowns, a dashed target line, and the one-sentence description of the
//! trend in the page's language (templates in the theme's `i18n/<lang>/chart.toml`).
//! Returns strings only; pages decide where they go (`<figure>` with the inline
//! SVG, the description and the data table). Never reads files or system fonts:
//! the font is embedded, so every machine lays charts out byte for byte the same.
//!
//! - `plot`: the indicator's values reduced to what is drawn;
//! - `describe`: the sentence;
//! - `draw`: plotters drawing, `scale`: axis ticks;
//! - `svg`: font, colours and the finishing touches plotters cannot do.

mod describe;
mod draw;
mod plot;
mod scale;
mod svg;

use crate::content::{Indicator, Programme};
use crate::render::strings::UiStrings;

use plot::Plot;
use svg::Access;

/// A rendered chart with its text alternative.
#[derive(Clone, Debug, Default)]
pub struct Chart {
    /// The `<svg>` element, ready to inline in a page (no XML declaration).
    pub svg: String,
    /// The one-sentence description of the trend, in the page's language.
    pub description: String,
}

/// The indicator's trend chart in `lang`; `None` when there is nothing to plot
/// (a text indicator, or no year with a number): the page shows the table alone.
///
/// The SVG has no fixed size (it fills its container; the `viewBox` keeps the
/// proportions), `role="img"` and `aria-labelledby` pointing at its `<title>`
/// (the indicator's name, with `lang` when it falls back to another language)
/// and `<desc>` (the description). Their ids start with [`chart_id`], unique per
/// programme and indicator.
pub fn trend(programme: &Programme, indicator: &Indicator, lang: &str, strings: &UiStrings) -> Option<Chart> {
    if !svg::font_ready() {
        return None;
    }
    let plot = Plot::of(programme, indicator, lang)?;
    let description = describe::sentence(&plot, lang, strings);
    let raw = draw::trend(&plot, lang, strings).ok()?;
    let id = chart_id(programme, indicator);
    // An untranslated name falls back (like everywhere on the page) and says
    // which language it is in, so a screen reader pronounces it right.
    let name = indicator.name.localized(lang, lang);
    let title = name.map_or("", |n| n.text);
    let title_lang = name.filter(|n| n.is_fallback).map(|n| n.lang);
    let access = Access::Labelled { id: &id, title, title_lang, desc: &description };
    Some(Chart { svg: svg::finish(&raw, "chart chart-trend", access, false), description })
}

/// A small inline chart (120 × 32) for table rows; `None` when there is nothing
/// to plot. The SVG is `aria-hidden` and keeps its fixed size: the row's own
/// text says the same. `description` still holds the sentence, for a tooltip
/// or a visually hidden label if a page wants one.
pub fn sparkline(programme: &Programme, indicator: &Indicator, lang: &str, strings: &UiStrings) -> Option<Chart> {
    let plot = Plot::of(programme, indicator, lang)?;
    let description = describe::sentence(&plot, lang, strings);
    let raw = draw::sparkline(&plot).ok()?;
    Some(Chart { svg: svg::finish(&raw, "sparkline", Access::Hidden, true), description })
}

/// The id prefix of a chart's `<title>` and `<desc>`: `chart-{programme}-{indicator}`.
pub fn chart_id(programme: &Programme, indicator: &Indicator) -> String {
    format!("chart-{}-{}", programme.slug, indicator.id)
}
