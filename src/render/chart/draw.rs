//! Drawing with plotters on its SVG backend, in pixel coordinates we lay out
//! ourselves: years in equal slots, a linear value axis from round ticks. Laying
//! out by hand (rather than with plotters' mesh) lets years stay integers, counts
//! keep whole ticks, labels avoid each other and gaps get a labelled band.
//!
//! Sizes are in viewBox units. The chart is 360 wide and scales with the page,
//! so 15-unit text is 13.5 px on a 375 px phone (325 px of chart inside the
//! figure's padding) and 20 px at the theme's cap of 30rem (480 px): one
//! picture that stays legible at both ends (tests/charts.rs holds every text to
//! at least 13 px at 325 px).

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

use super::describe::target_label;
use super::plot::Plot;
use super::scale;
use super::svg::{self, AXIS, GAP_BAND, GRID, INK, LINE, MUTED, PARTS, TARGET, TOTAL_ONLY, WHITE};
use crate::content::Number;
use crate::i18n::format_number;
use crate::render::strings::UiStrings;

const WIDTH: u32 = 360;
/// Height of the plotting area itself; the canvas adds header and axis rows.
const PLOT_HEIGHT: f64 = 180.0;
const PAD: f64 = 8.0;
/// Tick labels, years, legend, units.
const TEXT: f64 = 15.0;
/// Values written at points and bars.
const VALUE_TEXT: f64 = 16.0;
const LEGEND_ROW: f64 = 24.0;

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type Drawn = Result<(), String>;

fn fail<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

fn style<'a>(size: f64, color: &'a RGBColor, h: HPos, v: VPos) -> TextStyle<'a> {
    TextStyle::from((svg::FAMILY, svg::font_size(size)).into_font()).color(color).pos(Pos::new(h, v))
}

/// The width the browser will give `s` in DejaVu Sans. plotters measures with
/// the font scaled to its full line height (1.164 em for DejaVu Sans) but writes
/// `font-size` as size/1.24, so its widths run 6.5 % wide; scale them back.
fn text_width(s: &str, size: f64) -> f64 {
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

/// One legend entry: a part (its index picks colour and hatching) or the
/// "total without breakdown" bars.
enum Swatch {
    Part(usize),
    TotalOnly,
}

/// The trend chart: a line with gaps, or bars (see [`Plot::is_bars`]).
pub fn trend(plot: &Plot, lang: &str, strings: &UiStrings) -> Result<String, String> {
    let num = |v: f64| format_number(Number(v), lang);

    // Value scale: from 0 (or below, for negative numbers) to the highest total
    // or the target, whichever is higher.
    let values = plot.totals.iter().flatten().copied().chain(plot.target.as_ref().map(|t| t.value));
    let (lo, hi) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let ticks = scale::ticks(lo, hi, plot.integer, 4);
    let tick_labels: Vec<String> = ticks.iter().map(|t| num(*t)).collect();
    let tick_width = tick_labels.iter().map(|l| text_width(l, TEXT)).fold(0.0, f64::max);

    // Legend entries, wrapped into rows across the canvas.
    let mut legend: Vec<(String, Swatch)> =
        plot.parts.iter().enumerate().map(|(i, p)| (p.name.clone(), Swatch::Part(i))).collect();
    let has_total_only =
        (0..plot.years.len()).any(|i| plot.totals[i].is_some() && plot.parts.iter().all(|p| p.values[i].is_none()));
    if !plot.parts.is_empty() && has_total_only {
        legend.push((strings.get(lang, "chart.total_only"), Swatch::TotalOnly));
    }
    let mut rows: Vec<Vec<(f64, usize)>> = Vec::new();
    let mut x = PAD;
    for (i, (name, _)) in legend.iter().enumerate() {
        let w = 16.0 + 6.0 + text_width(name, TEXT) + 16.0;
        if rows.is_empty() || (x + w > f64::from(WIDTH) - PAD && x > PAD) {
            rows.push(Vec::new());
            x = PAD;
        }
        if let Some(r) = rows.last_mut() {
            r.push((x, i));
        }
        x += w;
    }

    let mut top = PAD;
    let unit_y = top;
    if !plot.unit.is_empty() {
        top += TEXT + 6.0;
    }
    let legend_y = top;
    top += rows.len() as f64 * LEGEND_ROW;
    top += VALUE_TEXT + 10.0; // room for a value written above the highest point
    let frame = Frame {
        left: PAD + tick_width + 8.0,
        right: f64::from(WIDTH) - PAD - 4.0,
        top,
        bottom: top + PLOT_HEIGHT,
        y_min: ticks[0],
        y_max: *ticks.last().unwrap_or(&1.0),
        years: plot.years.len(),
    };
    let height = (frame.bottom + 8.0 + TEXT + PAD).ceil() as u32;

    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(fail)?;
        if !plot.unit.is_empty() {
            let s = style(TEXT, &MUTED, HPos::Left, VPos::Top);
            root.draw(&Text::new(plot.unit.as_str(), (px(PAD), px(unit_y)), s)).map_err(fail)?;
        }
        for (r, row) in rows.iter().enumerate() {
            let y = legend_y + r as f64 * LEGEND_ROW;
            for &(x, i) in row {
                let (name, swatch) = &legend[i];
                match swatch {
                    Swatch::Part(p) => fill_part(&root, *p, x, y + 1.0, x + 16.0, y + 17.0)?,
                    Swatch::TotalOnly => rect(&root, &TOTAL_ONLY, x, y + 1.0, x + 16.0, y + 17.0)?,
                }
                let s = style(TEXT, &INK, HPos::Left, VPos::Center);
                root.draw(&Text::new(name.as_str(), (px(x + 22.0), px(y + 9.0)), s)).map_err(fail)?;
            }
        }
        // Grid, then the no-data bands over it (a grid line through "brak
        // danych" reads as strike-through), then the zero line over both.
        draw_value_axis(&root, &frame, &ticks, &tick_labels)?;
        let (no_data, not_applicable) = (strings.get(lang, "chart.no_data"), strings.get(lang, "chart.not_applicable"));
        draw_gaps(&root, &frame, plot, &no_data, &not_applicable)?;
        let zero = px(frame.y(0.0));
        line(&root, &AXIS, 1, vec![(px(frame.left), zero), (px(frame.right), zero)])?;
        draw_year_axis(&root, &frame, &plot.years)?;
        if let Some(target) = &plot.target {
            draw_target_line(&root, &frame, target.value)?;
        }
        // Labels claim space in turn: values first (off the target line), then
        // the target's label.
        let mut taken = Vec::new();
        if let Some(target) = &plot.target {
            let y = frame.y(target.value);
            taken.push(Boxed { x0: frame.left, y0: y - 2.0, x1: frame.right, y1: y + 2.0 });
        }
        if plot.is_bars() {
            draw_bars(&root, &frame, plot, &num, &mut taken)?;
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

fn rect(root: &Area, color: &RGBColor, x0: f64, y0: f64, x1: f64, y1: f64) -> Drawn {
    root.draw(&Rectangle::new([(px(x0), px(y0)), (px(x1), px(y1))], color.filled())).map_err(fail)
}

fn line(root: &Area, color: &RGBColor, width: u32, points: Vec<(i32, i32)>) -> Drawn {
    root.draw(&PathElement::new(points, color.stroke_width(width))).map_err(fail)
}

/// Light bands over runs of years without a number, labelled "brak danych"
/// (or "nie dotyczy" where the indicator does not apply) when the label fits:
/// across the band, or up it when the band is narrow.
fn draw_gaps(root: &Area, f: &Frame, plot: &Plot, no_data: &str, not_applicable: &str) -> Drawn {
    let n = plot.years.len();
    let mut i = 0;
    while i < n {
        if plot.totals[i].is_some() {
            i += 1;
            continue;
        }
        let (start, na) = (i, plot.not_applicable[i]);
        while i < n && plot.totals[i].is_none() && plot.not_applicable[i] == na {
            i += 1;
        }
        let label = if na { not_applicable } else { no_data };
        let (x0, x1) = (f.x(start) - f.slot() / 2.0, f.x(i - 1) + f.slot() / 2.0);
        // Keep clear of the points (or the next band) on either side; at the
        // chart's ends the band runs to the edge of the plot.
        let (x0, x1) = (x0 + if start > 0 { 8.0 } else { 0.0 }, x1 - if i < n { 8.0 } else { 0.0 });
        rect(root, &GAP_BAND, x0, f.top, x1, f.bottom)?;
        let w = text_width(label, TEXT);
        let (cx, cy) = ((x0 + x1) / 2.0, (f.top + f.bottom) / 2.0);
        if w + 8.0 <= x1 - x0 {
            let s = style(TEXT, &MUTED, HPos::Center, VPos::Center);
            root.draw(&Text::new(label, (px(cx), px(cy)), s)).map_err(fail)?;
        } else if w + 8.0 <= f.bottom - f.top && TEXT + 4.0 <= x1 - x0 {
            let s = style(TEXT, &MUTED, HPos::Center, VPos::Center).transform(FontTransform::Rotate270);
            root.draw(&Text::new(label, (px(cx), px(cy)), s)).map_err(fail)?;
        }
    }
    Ok(())
}

/// Horizontal grid lines at the ticks (but zero: the axis line is drawn
/// later), their values on the left.
fn draw_value_axis(root: &Area, f: &Frame, ticks: &[f64], labels: &[String]) -> Drawn {
    for (t, label) in ticks.iter().zip(labels) {
        let y = px(f.y(*t));
        if *t != 0.0 {
            line(root, &GRID, 1, vec![(px(f.left), y), (px(f.right), y)])?;
        }
        let s = style(TEXT, &INK, HPos::Right, VPos::Center);
        root.draw(&Text::new(label.as_str(), (px(f.left - 6.0), y), s)).map_err(fail)?;
    }
    Ok(())
}

/// A tick per year and its label, thinned out when years are too close to all
/// fit (the last year always keeps its label).
fn draw_year_axis(root: &Area, f: &Frame, years: &[i32]) -> Drawn {
    let widest = years.iter().map(|y| text_width(&y.to_string(), TEXT)).fold(0.0, f64::max);
    let every = ((widest + 8.0) / f.slot()).ceil().max(1.0) as usize;
    let y = px(f.bottom);
    for (i, year) in years.iter().enumerate() {
        let x = px(f.x(i));
        line(root, &AXIS, 1, vec![(x, y), (x, y + 4)])?;
        if (years.len() - 1 - i).is_multiple_of(every) {
            let s = style(TEXT, &INK, HPos::Center, VPos::Top);
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
    let (y, w, h) = (f.y(value), text_width(label, TEXT), TEXT * 1.2);
    let fits_above = y - 5.0 - h >= f.top - VALUE_TEXT;
    let candidates = [(true, true), (true, false), (false, true), (false, false)].map(|(right, above)| {
        let x = if right { f.right - w / 2.0 } else { f.left + 4.0 + w / 2.0 };
        let bottom = if above { y - 5.0 } else { y + 5.0 + h };
        (x, bottom, right && (above == fits_above))
    });
    let free = |(x, bottom, _): &(f64, f64, bool)| {
        let b = Boxed::around(*x, *bottom, w, h);
        !taken.iter().any(|t| t.hits(&b)) && b.y0 >= f.top - VALUE_TEXT - 10.0 && b.y1 <= f.bottom
    };
    let (x, bottom, _) = candidates
        .iter()
        .copied()
        .find(free)
        .unwrap_or_else(|| candidates.iter().copied().find(|c| c.2).unwrap_or(candidates[0]));
    let s = style(TEXT, &TARGET, HPos::Center, VPos::Bottom);
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
    let h = VALUE_TEXT * 1.2;
    for &(i, _, v) in &label_order(&points) {
        let text = num(v);
        let w = text_width(&text, VALUE_TEXT);
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
        let x = f.x(i).clamp(w / 2.0 + 2.0, f64::from(WIDTH) - w / 2.0 - 2.0);
        let fits = |bottom: &f64| {
            let b = Boxed::around(x, *bottom, w, h);
            b.y1 <= f.bottom && !taken.iter().any(|t| t.hits(&b))
        };
        let Some(bottom) = sides.into_iter().find(fits) else { continue };
        taken.push(Boxed::around(x, bottom, w, h));
        let s = style(VALUE_TEXT, &INK, HPos::Center, VPos::Bottom);
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
                let w = text_width(&text, TEXT);
                if y_bottom - y_top >= TEXT + 6.0 && w + 6.0 <= width {
                    let cy = (y_top + y_bottom) / 2.0;
                    let color = &PARTS[p % PARTS.len()];
                    rect(
                        root,
                        color,
                        f.x(i) - w / 2.0 - 2.0,
                        cy - TEXT * 0.6,
                        f.x(i) + w / 2.0 + 2.0,
                        cy + TEXT * 0.6,
                    )?;
                    let s = style(TEXT, &WHITE, HPos::Center, VPos::Center);
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
        let w = text_width(&text, VALUE_TEXT);
        let h = VALUE_TEXT * 1.2;
        // Beyond the bar's end; where the target line runs there, beyond the
        // line instead (either side), so the line never strikes the number.
        let beyond_bar = if total >= 0.0 { f.y(total) - 5.0 } else { f.y(total) + 5.0 + h };
        let beyond_target =
            target_y.map(|y| if total >= 0.0 { [y - 4.0, y + 4.0 + h] } else { [y + 4.0 + h, y - 4.0] });
        let candidates: Vec<f64> = std::iter::once(beyond_bar).chain(beyond_target.into_iter().flatten()).collect();
        let free = |bottom: &f64| {
            let b = Boxed::around(f.x(i), *bottom, w, h);
            !taken.iter().any(|t| t.hits(&b)) && b.y0 >= f.top - VALUE_TEXT - 10.0
        };
        let bottom = match candidates.iter().copied().find(free) {
            Some(bottom) => bottom,
            None if plot.years.len() > 1 => continue,
            None => beyond_bar,
        };
        taken.push(Boxed::around(f.x(i), bottom, w, h));
        let s = style(VALUE_TEXT, &INK, HPos::Center, VPos::Bottom);
        root.draw(&Text::new(text, (px(f.x(i)), px(bottom - 2.0)), s)).map_err(fail)?;
    }
    Ok(())
}

/// A rectangle in part `p`'s colour with its hatching, so parts differ by more
/// than colour: solid, /, —, \, |, + (then the cycle repeats).
fn fill_part(root: &Area, p: usize, x0: f64, y0: f64, x1: f64, y1: f64) -> Drawn {
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

/// The 120 × 32 sparkline: the same gaps, no text.
pub fn sparkline(plot: &Plot) -> Result<String, String> {
    const W: f64 = 120.0;
    const H: f64 = 32.0;
    const P: f64 = 4.0;
    let (lo, hi) = plot.totals.iter().flatten().fold((0.0f64, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    let hi = if hi > lo { hi } else { lo + 1.0 };
    let n = plot.years.len();
    let x = |i: usize| if n == 1 { W / 2.0 } else { P + (W - 2.0 * P) * i as f64 / (n - 1) as f64 };
    let y = |v: f64| H - P - (v - lo) / (hi - lo) * (H - 2.0 * P);
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (W as u32, H as u32)).into_drawing_area();
        let mut run: Vec<(i32, i32)> = Vec::new();
        let mut lone: Vec<(i32, i32)> = Vec::new();
        for i in 0..=n {
            match plot.totals.get(i).copied().flatten() {
                Some(v) => run.push((px(x(i)), px(y(v)))),
                None => {
                    match run.len() {
                        0 => {}
                        1 => lone.push(run[0]),
                        _ => line(&root, &LINE, 2, run.clone())?,
                    }
                    run.clear();
                }
            }
        }
        let last = plot.points().last().map(|(i, _, v)| (px(x(i)), px(y(v))));
        for c in lone.into_iter().chain(last) {
            root.draw(&Circle::new(c, 3, LINE.filled())).map_err(fail)?;
        }
        root.present().map_err(fail)?;
    }
    Ok(buf)
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
