//! Trend charts as SVG, drawn with plotters, each with its text alternative.
//!
//! Owns what an indicator's values look like as a picture: one kind of chart
//! per kind of value across the site (a line with points for numbers, however
//! many years they have; stacked bars for breakdowns), a labelled band with a
//! dashed join over years without a number (labelled with the table's words:
//! no report, not reported, not applicable), a dashed target line, and the
//! description of the trend in the page's language (templates in the theme's
//! `i18n/<lang>/chart.toml`).
//! Returns strings only; pages decide where they go (`<figure>` with the inline
//! SVG, the description and the data table). Never reads files or system fonts:
//! the font is embedded, so every machine lays charts out byte for byte the same.
//!
//! - `plot`: the indicator's values reduced to what is drawn;
//! - `describe`: the sentence;
//! - `draw`: plotters drawing (twice: narrow and wide), `legend`: the
//!   breakdown's legend, `scale`: axis ticks, `sparkline`: the small one;
//! - `svg`: font, colours and the finishing touches plotters cannot do.

mod describe;
mod draw;
mod legend;
mod plot;
mod scale;
mod sparkline;
mod svg;

pub use draw::{Size, NARROW, WIDE};

use crate::content::{Indicator, Programme};
use crate::render::strings::UiStrings;

use plot::Plot;
use svg::Access;

/// A rendered chart (a sparkline) with its text alternative.
#[derive(Clone, Debug, Default)]
pub struct Chart {
    /// The `<svg>` element, ready to inline in a page (no XML declaration).
    pub svg: String,
    /// The description of the trend, in the page's language.
    pub description: String,
}

/// An indicator's trend chart, drawn at two sizes, with its text alternative.
#[derive(Clone, Debug, Default)]
pub struct Trend {
    /// For phones ([`NARROW`]): an `<svg>` element, ready to inline.
    pub narrow: String,
    /// For wider windows ([`WIDE`]); the theme shows one of the two.
    pub wide: String,
    /// The description of the trend, in the page's language.
    pub description: String,
}

/// The indicator's trend chart in `lang`; `None` when there is no trend to
/// show (a text indicator, no year with a number, or a single year in all: the
/// page's headline and table say it): the page shows the table alone.
///
/// Each SVG has no fixed size (it fills its container; the `viewBox` keeps the
/// proportions) and `role="img"`; its accessible name is its `<title>` alone
/// (`aria-labelledby`: the indicator's name, with `lang` when it falls back to
/// another language), and `aria-describedby` points at its `<desc>` (the
/// description), so a screen reader hears each once. Their ids start with
/// [`chart_id`] (the wide one's with `-wide` after it), unique on the page.
pub fn trend(programme: &Programme, indicator: &Indicator, lang: &str, strings: &UiStrings) -> Option<Trend> {
    if !svg::font_ready() {
        return None;
    }
    let plot = Plot::of(programme, indicator, lang).filter(|p| p.years.len() > 1)?;
    let description = describe::sentence(&plot, lang, strings);
    let id = chart_id(programme, indicator);
    // An untranslated name falls back (like everywhere on the page) and says
    // which language it is in, so a screen reader pronounces it right.
    let name = indicator.name.localized(lang, lang);
    let title = name.map_or("", |n| n.text);
    let title_lang = name.filter(|n| n.is_fallback).map(|n| n.lang);
    let render = |size: Size, id: &str, class: &str| -> Option<String> {
        let raw = draw::trend(&plot, size, lang, strings).ok()?;
        let access = Access::Labelled { id, title, title_lang, desc: &description };
        Some(svg::finish(&raw, class, access, false))
    };
    let narrow = render(NARROW, &id, "chart chart-trend chart-narrow")?;
    let wide = render(WIDE, &format!("{id}-wide"), "chart chart-trend chart-wide")?;
    Some(Trend { narrow, wide, description })
}

/// A small inline chart (120 × 32) for table rows and home-page figures; `None`
/// when fewer than two years have a number. The SVG is `aria-hidden` and keeps
/// its fixed size: the text beside it says the same. `description` still holds
/// the sentence, for a visually hidden label if a page wants one.
pub fn sparkline(programme: &Programme, indicator: &Indicator, lang: &str, strings: &UiStrings) -> Option<Chart> {
    let plot = Plot::of(programme, indicator, lang)?;
    let raw = sparkline::draw(&plot)?.ok()?;
    let description = describe::sentence(&plot, lang, strings);
    Some(Chart { svg: svg::finish(&raw, "sparkline", Access::Hidden, true), description })
}

/// The id prefix of a chart's `<title>` and `<desc>`: `chart-{programme}-{indicator}`.
pub fn chart_id(programme: &Programme, indicator: &Indicator) -> String {
    format!("chart-{}-{}", programme.slug, indicator.id)
}
