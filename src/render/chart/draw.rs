//! Drawing with plotters on its SVG backend, in pixel coordinates we lay out
//! ourselves: years in equal slots, a linear value axis from round ticks. Laying
//! out by hand (rather than with plotters' mesh) lets years stay integers, counts
//! keep whole ticks, labels avoid each other and gaps get a labelled band with a
//! dashed join across it.
//!
//! Sizes are in viewBox units, and the chart scales with the page, so text
//! comes out at `size × rendered width / viewBox width` CSS pixels. One picture
//! cannot be legible on a phone and fill a desktop's column without huge text,
//! so each chart is drawn twice ([`NARROW`], [`WIDE`]) and the theme shows one
//! by the window's width (tests/e2e/charts.rs holds every text to at least 12 px
//! at the smallest width each is shown at).

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

use super::describe::target_label;
use super::legend::{self, Legend, Swatch};
use super::plot::Plot;
use super::scale;
use super::svg::{self, AXIS, GAP_BAND, GRID, INK, LINE, MUTED, PARTS, TARGET, TOTAL_ONLY, WHITE};
use crate::content::Number;
use crate::i18n::format_number;
use crate::render::strings::UiStrings;
use crate::render::values::Missing;

/// The sizes of one rendering of a chart, in viewBox units.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub width: f64,
    /// Height of the plotting area itself; the canvas adds header and axis rows.
    pub plot_height: f64,
    /// Tick labels, years, legend, units, gap labels.
    pub text: f64,
    /// Values written at points and bars.
    pub value_text: f64,
}

/// For phones: 360 units wide, shown below the theme's 50rem breakpoint. In a
/// 375 px window the figure gives it 325 px, so 15-unit text is 13.5 px.
pub const NARROW: Size = Size { width: 360.0, plot_height: 180.0, text: 15.0, value_text: 16.0 };
/// For wider windows: 800 units, shown from 50rem (800 px), where the figure
/// gives it at least 718 px (14-unit text is 12.6 px), up to the theme's
/// 72rem column (1070 px, text 18.7 px: the size of the page's own text).
pub const WIDE: Size = Size { width: 800.0, plot_height: 250.0, text: 14.0, value_text: 15.0 };

const PAD: f64 = 8.0;

pub(super) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub(super) type Drawn = Result<(), String>;

pub(super) fn fail<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

pub(super) fn px(v: f64) -> i32 {
    v.round() as i32
}

pub(super) fn style<'a>(size: f64, color: &'a RGBColor, h: HPos, v: VPos) -> TextStyle<'a> {
    TextStyle::from((svg::FAMILY, svg::font_size(size)).into_font()).color(color).pos(Pos::new(h, v))
}

/// The width the browser will give `s` in DejaVu Sans. plotters measures with
/// the font scaled to its full line height (1.164 em for DejaVu Sans) but writes
/// `font-size` as size/1.24, so its widths run 6.5 % wide; scale them back.
pub(super) fn text_width(s: &str, size: f64) -> f64 {
    let font = (svg::FAMILY, svg::font_size(size)).into_font();
    let measured = font.box_size(s).map_or(s.chars().count() as f64 * size * 0.6, |(w, _)| f64::from(w));
    measured * 1.164 / 1.24
}

/// A box a label occupies, to keep labels from overlapping.
#[derive(Clone, Copy)]
struct Boxed {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Boxed {
    fn around(x: f64, y_bottom: f64, w: f64, h: f64) -> Boxed {
        Boxed { x0: x - w / 2.0, y0: y_bottom - h, x1: x + w / 2.0, y1: y_bottom }
    }
    fn hits(&self, o: &Boxed) -> bool {
        self.x0 < o.x1 + 2.0 && o.x0 < self.x1 + 2.0 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

/// Where things go: x slots per year, the value scale, the rows around the plot.
struct Frame {
    s: Size,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    y_min: f64,
    y_max: f64,
    years: usize,
}

impl Frame {
    fn slot(&self) -> f64 {
        (self.right - self.left) / self.years as f64
    }
    fn x(&self, i: usize) -> f64 {
        self.left + self.slot() * (i as f64 + 0.5)
    }
    fn y(&self, v: f64) -> f64 {
        self.bottom - (v - self.y_min) / (self.y_max - self.y_min) * (self.bottom - self.top)
    }
}

/// The trend chart at `size`: a line with gaps joined by dashes, or stacked
/// bars for breakdowns (see [`Plot::is_bars`]).
pub fn trend(plot: &Plot, size: Size, lang: &str, strings: &UiStrings) -> Result<String, String> {
    let num = |v: f64| format_number(Number(v), lang);
    let (text, width) = (size.text, size.width);

    // Value scale: from 0 (or below, for negative numbers) to the highest total
    // or the target, whichever is higher.
    // Parts given without a total stand side by side: the highest of them counts.
    let parts_only = (0..plot.years.len())
        .filter(|&i| plot.no_total[i])
        .flat_map(|i| plot.parts.iter().filter_map(move |p| p.values[i]));
    let values = plot.totals.iter().flatten().copied().chain(parts_only).chain(plot.target.as_ref().map(|t| t.value));
    let (lo, hi) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let ticks = scale::ticks(lo, hi, plot.integer, 4);
    let tick_labels: Vec<String> = ticks.iter().map(|t| num(*t)).collect();
    let tick_width = tick_labels.iter().map(|l| text_width(l, text)).fold(0.0, f64::max);

    // Legend entries, wrapped into rows across the canvas (and a long name
    // onto lines of its own).
    let mut entries: Vec<(String, Swatch)> =
        plot.parts.iter().enumerate().map(|(i, p)| (p.name.clone(), Swatch::Part(i))).collect();
    let has_total_only =
        (0..plot.years.len()).any(|i| plot.totals[i].is_some() && plot.parts.iter().all(|p| p.values[i].is_none()));
    if !plot.parts.is_empty() && has_total_only {
        entries.push((strings.get(lang, "chart.total_only"), Swatch::TotalOnly));
    }
    let legend = Legend::lay_out(entries, PAD, width - PAD, text);

    let mut top = PAD;
    let unit_lines = if plot.unit.is_empty() { vec![] } else { legend::wrap(&plot.unit, width - 2.0 * PAD, text) };
    let unit_y = top;
    top += unit_lines.len() as f64 * (text + 6.0);
    let legend_y = top;
    top += legend.height();
    top += size.value_text + 10.0; // room for a value written above the highest point
    let frame = Frame {
        s: size,
        left: PAD + tick_width + 8.0,
        right: width - PAD - 4.0,
        top,
        bottom: top + size.plot_height,
        y_min: ticks[0],
        y_max: *ticks.last().unwrap_or(&1.0),
        years: plot.years.len(),
    };
    let height = (frame.bottom + 8.0 + text + PAD).ceil() as u32;

    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (width as u32, height)).into_drawing_area();
        root.fill(&WHITE).map_err(fail)?;
        for (k, l) in unit_lines.iter().enumerate() {
            let s = style(text, &MUTED, HPos::Left, VPos::Top);
            root.draw(&Text::new(l.as_str(), (px(PAD), px(unit_y + k as f64 * (text + 6.0))), s)).map_err(fail)?;
        }
        legend.draw(&root, legend_y)?;
        // Grid, then the gap bands over it (a grid line through "brak
        // sprawozdania" reads as strike-through), then the zero line over both.
        draw_value_axis(&root, &frame, &ticks, &tick_labels)?;
        let zero = px(frame.y(0.0));
        let gaps = gap_runs(plot);
        draw_gap_bands(&root, &frame, &gaps)?;
        line(&root, &AXIS, 1, vec![(px(frame.left), zero), (px(frame.right), zero)])?;
        draw_year_axis(&root, &frame, &plot.years)?;
        if let Some(target) = &plot.target {
            draw_target_line(&root, &frame, target.value)?;
        }
        if !plot.is_bars() {
            draw_joins(&root, &frame, plot, &gaps)?;
        }
        draw_gap_labels(&root, &frame, plot, &gaps, lang, strings)?;
        // Labels claim space in turn: values first (off the target line), then
        // the target's label.
        let mut taken = Vec::new();
        if let Some(target) = &plot.target {
            let y = frame.y(target.value);
            taken.push(Boxed { x0: frame.left, y0: y - 2.0, x1: frame.right, y1: y + 2.0 });
        }
        if plot.is_bars() {
            draw_bars(&root, &frame, plot, &num, &mut taken)?;
            draw_side_by_side(&root, &frame, plot, &num, &mut taken)?;
        } else {
            draw_line(&root, &frame, plot, &num, &mut taken)?;
        }
        if let Some(target) = &plot.target {
            draw_target_label(&root, &frame, target.value, &target_label(target, lang, strings), &taken)?;
        }
        root.present().map_err(fail)?;
    }
    Ok(buf)
}

pub(super) fn rect(root: &Area, color: &RGBColor, x0: f64, y0: f64, x1: f64, y1: f64) -> Drawn {
    root.draw(&Rectangle::new([(px(x0), px(y0)), (px(x1), px(y1))], color.filled())).map_err(fail)
}

pub(super) fn line(root: &Area, color: &RGBColor, width: u32, points: Vec<(i32, i32)>) -> Drawn {
    root.draw(&PathElement::new(points, color.stroke_width(width))).map_err(fail)
}

/// A run of consecutive years without a number for the same reason: indexes
/// `start..end` into the plot's years.
struct Gap {
    start: usize,
    end: usize,
    reason: Missing,
}

fn gap_runs(plot: &Plot) -> Vec<Gap> {
    let (n, mut out, mut i) = (plot.years.len(), Vec::new(), 0);
    while i < n {
        let Some(reason) = plot.missing[i] else {
            i += 1;
            continue;
        };
        let start = i;
        while i < n && plot.missing[i] == Some(reason) {
            i += 1;
        }
        out.push(Gap { start, end: i, reason });
    }
    out
}

impl Frame {
    /// The band of a gap, kept clear of the points (or the next band) on
    /// either side; at the chart's ends the band runs to the edge of the plot.
    fn band(&self, g: &Gap) -> (f64, f64) {
        let (x0, x1) = (self.x(g.start) - self.slot() / 2.0, self.x(g.end - 1) + self.slot() / 2.0);
        (x0 + if g.start > 0 { 8.0 } else { 0.0 }, x1 - if g.end < self.years { 8.0 } else { 0.0 })
    }
}

/// Light bands over the gaps.
fn draw_gap_bands(root: &Area, f: &Frame, gaps: &[Gap]) -> Drawn {
    for g in gaps {
        let (x0, x1) = f.band(g);
        rect(root, &GAP_BAND, x0, f.top, x1, f.bottom)?;
    }
    Ok(())
}

/// The dashed join across a gap: from the last point before it to the first
/// after it, passing over neighbouring gaps of other reasons (no report, then
/// not applicable); `None` at either end of the chart, where there is nothing
/// to join.
fn join(f: &Frame, plot: &Plot, g: &Gap) -> Option<((f64, f64), (f64, f64))> {
    let before = (0..g.start).rev().find_map(|i| plot.totals[i].map(|v| (f.x(i), f.y(v))))?;
    let after = (g.end..plot.years.len()).find_map(|i| plot.totals[i].map(|v| (f.x(i), f.y(v))))?;
    Some((before, after))
}

/// One dashed join per stretch of years without a number (however many
/// reasons it has).
fn draw_joins(root: &Area, f: &Frame, plot: &Plot, gaps: &[Gap]) -> Drawn {
    let mut drawn: Vec<((f64, f64), (f64, f64))> = Vec::new();
    for g in gaps {
        let Some((a, b)) = join(f, plot, g) else { continue };
        if drawn.contains(&(a, b)) {
            continue;
        }
        drawn.push((a, b));
        let path = vec![(px(a.0), px(a.1)), (px(b.0), px(b.1))];
        root.draw(&DashedPathElement::new(path, 6, 5, LINE.stroke_width(2))).map_err(fail)?;
    }
    Ok(())
}

/// Each gap's reason in the words of the tables ("brak sprawozdania", "nie
/// podano", "nie dotyczy"), when it fits: across the band, or up it when the
/// band is narrow; above or below the dashed join, whichever is further from it.
fn draw_gap_labels(root: &Area, f: &Frame, plot: &Plot, gaps: &[Gap], lang: &str, strings: &UiStrings) -> Drawn {
    let text = f.s.text;
    for g in gaps {
        let label = strings.get(lang, &format!("page.missing.{}", missing_code(g.reason)));
        let (x0, x1) = f.band(g);
        let (w, cx) = (text_width(&label, text), (x0 + x1) / 2.0);
        // Where the join crosses the band's middle, if there is one.
        let join_y = join(f, plot, g).map(|(a, b)| a.1 + (b.1 - a.1) * (cx - a.0) / (b.0 - a.0).max(1.0));
        if w + 8.0 <= x1 - x0 {
            let cy = match join_y {
                Some(y) if y > (f.top + f.bottom) / 2.0 => f.top + text,
                Some(_) => f.bottom - text,
                None => (f.top + f.bottom) / 2.0,
            };
            let s = style(text, &MUTED, HPos::Center, VPos::Center);
            root.draw(&Text::new(label.as_str(), (px(cx), px(cy)), s)).map_err(fail)?;
        } else if w + 8.0 <= f.bottom - f.top && text + 4.0 <= x1 - x0 {
            // Up the band: beside the join where it crosses, else in the middle.
            let cx = match join_y {
                Some(_) => x0 + (text + 4.0) / 2.0 + 1.0,
                None => cx,
            };
            let s = style(text, &MUTED, HPos::Center, VPos::Center).transform(FontTransform::Rotate270);
            root.draw(&Text::new(label.as_str(), (px(cx), px((f.top + f.bottom) / 2.0)), s)).map_err(fail)?;
        }
    }
    Ok(())
}

/// The kebab-case code of a reason, as the UI strings name it.
fn missing_code(m: Missing) -> &'static str {
    match m {
        Missing::NoReport => "no-report",
        Missing::NotReported => "not-reported",
        Missing::NotApplicable => "not-applicable",
        Missing::Dash => "dash",
    }
}

/// Horizontal grid lines at the ticks (but zero: the axis line is drawn
/// later), their values on the left.
fn draw_value_axis(root: &Area, f: &Frame, ticks: &[f64], labels: &[String]) -> Drawn {
    for (t, label) in ticks.iter().zip(labels) {
        let y = px(f.y(*t));
        if *t != 0.0 {
            line(root, &GRID, 1, vec![(px(f.left), y), (px(f.right), y)])?;
        }
        let s = style(f.s.text, &INK, HPos::Right, VPos::Center);
        root.draw(&Text::new(label.as_str(), (px(f.left - 6.0), y), s)).map_err(fail)?;
    }
    Ok(())
}

/// A tick per year and its label, thinned out when years are too close to all
/// fit (the last year always keeps its label).
fn draw_year_axis(root: &Area, f: &Frame, years: &[i32]) -> Drawn {
    let widest = years.iter().map(|y| text_width(&y.to_string(), f.s.text)).fold(0.0, f64::max);
    let every = ((widest + 8.0) / f.slot()).ceil().max(1.0) as usize;
    let y = px(f.bottom);
    for (i, year) in years.iter().enumerate() {
        let x = px(f.x(i));
        line(root, &AXIS, 1, vec![(x, y), (x, y + 4)])?;
        if (years.len() - 1 - i).is_multiple_of(every) {
            let s = style(f.s.text, &INK, HPos::Center, VPos::Top);
            root.draw(&Text::new(year.to_string(), (x, y + 7), s)).map_err(fail)?;
        }
    }
    Ok(())
}

/// The dashed target line across the plot.
fn draw_target_line(root: &Area, f: &Frame, value: f64) -> Drawn {
    let y = px(f.y(value));
    let dashed = DashedPathElement::new(vec![(px(f.left), y), (px(f.right), y)], 8, 5, TARGET.stroke_width(2));
    root.draw(&dashed).map_err(fail)
}

/// The target's label, at the right end of its line (or the left), above it (or
/// below), wherever it covers no value label, point or bar.
fn draw_target_label(root: &Area, f: &Frame, value: f64, label: &str, taken: &[Boxed]) -> Drawn {
    let (y, w, h) = (f.y(value), text_width(label, f.s.text), f.s.text * 1.2);
    let fits_above = y - 5.0 - h >= f.top - f.s.value_text;
    let candidates = [(true, true), (true, false), (false, true), (false, false)].map(|(right, above)| {
        let x = if right { f.right - w / 2.0 } else { f.left + 4.0 + w / 2.0 };
        let bottom = if above { y - 5.0 } else { y + 5.0 + h };
        (x, bottom, right && (above == fits_above))
    });
    let free = |(x, bottom, _): &(f64, f64, bool)| {
        let b = Boxed::around(*x, *bottom, w, h);
        !taken.iter().any(|t| t.hits(&b)) && b.y0 >= f.top - f.s.value_text - 10.0 && b.y1 <= f.bottom
    };
    let (x, bottom, _) = candidates
        .iter()
        .copied()
        .find(free)
        .unwrap_or_else(|| candidates.iter().copied().find(|c| c.2).unwrap_or(candidates[0]));
    let s = style(f.s.text, &TARGET, HPos::Center, VPos::Bottom);
    root.draw(&Text::new(label, (px(x), px(bottom - 2.0)), s)).map_err(fail)
}

/// Lines through consecutive years with data; a gap breaks the line. A point
/// marks every year with data, and its value is written beside it where there
/// is room (the last, first, highest and lowest first).
fn draw_line(root: &Area, f: &Frame, plot: &Plot, num: &dyn Fn(f64) -> String, taken: &mut Vec<Boxed>) -> Drawn {
    let mut run: Vec<(i32, i32)> = Vec::new();
    for i in 0..=plot.years.len() {
        match plot.totals.get(i).copied().flatten() {
            Some(v) => run.push((px(f.x(i)), px(f.y(v)))),
            None => {
                if run.len() > 1 {
                    line(root, &LINE, 3, std::mem::take(&mut run))?;
                }
                run.clear();
            }
        }
    }
    let points: Vec<(usize, i32, f64)> = plot.points().collect();
    for &(i, _, v) in &points {
        let c = (px(f.x(i)), px(f.y(v)));
        root.draw(&Circle::new(c, 6, WHITE.filled())).map_err(fail)?;
        root.draw(&Circle::new(c, 4, LINE.filled())).map_err(fail)?;
        taken.push(Boxed::around(f.x(i), f.y(v) + 5.0, 10.0, 10.0));
    }
    let h = f.s.value_text * 1.2;
    for &(i, _, v) in &label_order(&points) {
        let text = num(v);
        let w = text_width(&text, f.s.value_text);
        // Above the point, unless it sits lower than its neighbours' average
        // (a dip): then below, away from the lines.
        let neighbours: Vec<f64> = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| plot.totals.get(j).copied().flatten())
            .collect();
        let dip = !neighbours.is_empty() && v < neighbours.iter().sum::<f64>() / neighbours.len() as f64;
        let y = f.y(v);
        let (above, below) = (y - 10.0, y + 10.0 + h);
        let sides = if dip { [below, above] } else { [above, below] };
        let x = f.x(i).clamp(w / 2.0 + 2.0, f.s.width - w / 2.0 - 2.0);
        let fits = |bottom: &f64| {
            let b = Boxed::around(x, *bottom, w, h);
            b.y1 <= f.bottom && !taken.iter().any(|t| t.hits(&b))
        };
        let Some(bottom) = sides.into_iter().find(fits) else { continue };
        taken.push(Boxed::around(x, bottom, w, h));
        let s = style(f.s.value_text, &INK, HPos::Center, VPos::Bottom);
        root.draw(&Text::new(text, (px(x), px(bottom - 2.0)), s)).map_err(fail)?;
    }
    Ok(())
}

/// Points in the order their labels claim space: last, first, highest, lowest,
/// then the rest from the right.
fn label_order(points: &[(usize, i32, f64)]) -> Vec<(usize, i32, f64)> {
    let mut order: Vec<(usize, i32, f64)> = Vec::new();
    let mut push = |p: Option<&(usize, i32, f64)>| {
        if let Some(p) = p {
            if !order.iter().any(|o| o.0 == p.0) {
                order.push(*p);
            }
        }
    };
    push(points.last());
    push(points.first());
    push(points.iter().reduce(|a, b| if b.2 > a.2 { b } else { a }));
    push(points.iter().reduce(|a, b| if b.2 < a.2 { b } else { a }));
    for p in points.iter().rev() {
        push(Some(p));
    }
    order
}

/// A bar per year: stacked parts where the year has a breakdown, else one bar
/// for the total. The total is written above each bar (above or below the
/// target line where that line runs there), each part's value inside
/// its segment when it fits.
fn draw_bars(root: &Area, f: &Frame, plot: &Plot, num: &dyn Fn(f64) -> String, taken: &mut Vec<Boxed>) -> Drawn {
    let target_y = plot.target.as_ref().map(|t| f.y(t.value));
    let width = (f.slot() * 0.6).clamp(6.0, 56.0);
    for (i, _, total) in plot.points() {
        let (x0, x1) = (f.x(i) - width / 2.0, f.x(i) + width / 2.0);
        let has_parts = plot.parts.iter().any(|p| p.values[i].is_some());
        if has_parts {
            let mut sum = 0.0;
            for (p, part) in plot.parts.iter().enumerate() {
                let Some(v) = part.values[i].filter(|v| *v > 0.0) else { continue };
                let (y_bottom, y_top) = (f.y(sum), f.y(sum + v));
                fill_part(root, p, x0, y_top, x1, y_bottom)?;
                if sum > 0.0 {
                    line(root, &WHITE, 2, vec![(px(x0), px(y_bottom)), (px(x1), px(y_bottom))])?;
                }
                let text = num(v);
                let w = text_width(&text, f.s.text);
                if y_bottom - y_top >= f.s.text + 6.0 && w + 6.0 <= width {
                    let cy = (y_top + y_bottom) / 2.0;
                    let color = &PARTS[p % PARTS.len()];
                    rect(
                        root,
                        color,
                        f.x(i) - w / 2.0 - 2.0,
                        cy - f.s.text * 0.6,
                        f.x(i) + w / 2.0 + 2.0,
                        cy + f.s.text * 0.6,
                    )?;
                    let s = style(f.s.text, &WHITE, HPos::Center, VPos::Center);
                    root.draw(&Text::new(text, (px(f.x(i)), px(cy)), s)).map_err(fail)?;
                }
                sum += v;
            }
        } else {
            let color = if plot.parts.is_empty() { &LINE } else { &TOTAL_ONLY };
            rect(root, color, x0, f.y(total.max(0.0)), x1, f.y(total.min(0.0)))?;
        }
        taken.push(Boxed { x0, y0: f.y(total.max(0.0)), x1, y1: f.y(total.min(0.0)) });
        let text = num(total);
        let w = text_width(&text, f.s.value_text);
        let h = f.s.value_text * 1.2;
        // Beyond the bar's end; where the target line runs there, beyond the
        // line instead (either side), so the line never strikes the number.
        let beyond_bar = if total >= 0.0 { f.y(total) - 5.0 } else { f.y(total) + 5.0 + h };
        let beyond_target =
            target_y.map(|y| if total >= 0.0 { [y - 4.0, y + 4.0 + h] } else { [y + 4.0 + h, y - 4.0] });
        let candidates: Vec<f64> = std::iter::once(beyond_bar).chain(beyond_target.into_iter().flatten()).collect();
        let free = |bottom: &f64| {
            let b = Boxed::around(f.x(i), *bottom, w, h);
            !taken.iter().any(|t| t.hits(&b)) && b.y0 >= f.top - f.s.value_text - 10.0
        };
        let bottom = match candidates.iter().copied().find(free) {
            Some(bottom) => bottom,
            None if plot.years.len() > 1 => continue,
            None => beyond_bar,
        };
        taken.push(Boxed::around(f.x(i), bottom, w, h));
        let s = style(f.s.value_text, &INK, HPos::Center, VPos::Bottom);
        root.draw(&Text::new(text, (px(f.x(i)), px(bottom - 2.0)), s)).map_err(fail)?;
    }
    Ok(())
}

/// The years whose report gives parts without a total: a bar per part, side
/// by side in the year's slot (stacking them would draw a sum the report does
/// not give), each with its value above it where it fits.
fn draw_side_by_side(
    root: &Area,
    f: &Frame,
    plot: &Plot,
    num: &dyn Fn(f64) -> String,
    taken: &mut Vec<Boxed>,
) -> Drawn {
    for i in (0..plot.years.len()).filter(|&i| plot.no_total[i]) {
        let given: Vec<(usize, f64)> =
            plot.parts.iter().enumerate().filter_map(|(p, part)| part.values[i].map(|v| (p, v))).collect();
        if given.is_empty() {
            continue;
        }
        let group = (f.slot() * 0.8).clamp(8.0, 40.0 * given.len() as f64);
        let width = group / given.len() as f64;
        for (k, (p, v)) in given.iter().enumerate() {
            let x0 = f.x(i) - group / 2.0 + k as f64 * width;
            let x1 = x0 + width - 1.0;
            let (y0, y1) = (f.y(v.max(0.0)), f.y(v.min(0.0)));
            if y1 - y0 >= 1.0 {
                fill_part(root, *p, x0, y0, x1, y1)?;
            }
            taken.push(Boxed { x0, y0, x1, y1 });
            let text = num(*v);
            let (w, h) = (text_width(&text, f.s.text), f.s.text * 1.2);
            let label = Boxed::around((x0 + x1) / 2.0, y0 - 3.0, w, h);
            if w <= width + 4.0 && !taken.iter().any(|t| t.hits(&label)) {
                taken.push(label);
                let s = style(f.s.text, &INK, HPos::Center, VPos::Bottom);
                root.draw(&Text::new(text, (px((x0 + x1) / 2.0), px(y0 - 4.0)), s)).map_err(fail)?;
            }
        }
    }
    Ok(())
}

/// A rectangle in part `p`'s colour with its hatching, so parts differ by more
/// than colour: solid, /, —, \, |, + (then the cycle repeats).
pub(super) fn fill_part(root: &Area, p: usize, x0: f64, y0: f64, x1: f64, y1: f64) -> Drawn {
    rect(root, &PARTS[p % PARTS.len()], x0, y0, x1, y1)?;
    for (a, b) in hatch(p % 6, x0, y0, x1, y1) {
        line(root, &WHITE, 2, vec![a, b])?;
    }
    Ok(())
}

/// Hatch lines inside a rectangle, 7 units apart.
fn hatch(kind: usize, x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<((i32, i32), (i32, i32))> {
    const GAP: f64 = 7.0;
    let (w, h) = (x1 - x0, y1 - y0);
    let mut out = Vec::new();
    let steps = |len: f64| (1..).map(|k| f64::from(k) * GAP).take_while(move |c| *c < len);
    match kind {
        1 | 3 => {
            // Diagonals: points where (x - x0) + (y1 - y) = c (mirrored for "\").
            for c in steps(w + h) {
                let (ax, ay) = (c.min(w), y1 - (c - w).max(0.0));
                let (bx, by) = ((c - h).max(0.0), y1 - c.min(h));
                let (ax, bx) = if kind == 1 { (x0 + ax, x0 + bx) } else { (x1 - ax, x1 - bx) };
                out.push(((px(ax), px(ay)), (px(bx), px(by))));
            }
        }
        2 | 5 => {
            for c in steps(h) {
                out.push(((px(x0), px(y1 - c)), (px(x1), px(y1 - c))));
            }
            if kind == 5 {
                for c in steps(w) {
                    out.push(((px(x0 + c), px(y0)), (px(x0 + c), px(y1))));
                }
            }
        }
        4 => {
            for c in steps(w) {
                out.push(((px(x0 + c), px(y0)), (px(x0 + c), px(y1))));
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hatching_stays_inside_its_rectangle() {
        for kind in 0..6 {
            for ((ax, ay), (bx, by)) in hatch(kind, 10.0, 20.0, 40.0, 120.0) {
                for (x, y) in [(ax, ay), (bx, by)] {
                    assert!((10..=40).contains(&x) && (20..=120).contains(&y), "kind {kind}: ({x}, {y})");
                }
            }
        }
        assert!(hatch(0, 0.0, 0.0, 30.0, 30.0).is_empty());
        assert!(!hatch(1, 0.0, 0.0, 30.0, 30.0).is_empty());
    }

    #[test]
    fn labels_claim_space_ends_and_extremes_first() {
        let pts = [(0, 2020, 5.0), (1, 2021, 9.0), (2, 2022, 1.0), (3, 2023, 4.0), (4, 2024, 6.0)];
        let order: Vec<i32> = label_order(&pts).iter().map(|p| p.1).collect();
        assert_eq!(order, vec![2024, 2020, 2021, 2022, 2023]);
    }
}
