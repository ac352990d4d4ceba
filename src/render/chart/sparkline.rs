//! The 120 × 32 sparkline beside a table row or a home-page figure: the
//! trend's shape and nothing else (no text; the row says the numbers). Years
//! with a number are joined by a line, gaps by a dashed one; a dot marks each
//! year with a number (once), a larger one the latest. Drawn only where at
//! least two years have a number.

use plotters::element::DashedPathElement;
use plotters::prelude::*;

use super::draw::{fail, line, px};
use super::plot::Plot;
use super::svg::LINE;

const W: f64 = 120.0;
const H: f64 = 32.0;
const P: f64 = 4.0;

/// The sparkline's SVG as plotters writes it; `None` with fewer than two
/// years with a number (one dot is not a trend).
pub fn draw(plot: &Plot) -> Option<Result<String, String>> {
    let points: Vec<(usize, f64)> = plot.points().map(|(i, _, v)| (i, v)).collect();
    if points.len() < 2 {
        return None;
    }
    let (lo, hi) = points.iter().fold((0.0f64, f64::MIN), |(lo, hi), (_, v)| (lo.min(*v), hi.max(*v)));
    let hi = if hi > lo { hi } else { lo + 1.0 };
    let n = plot.years.len();
    let x = |i: usize| P + (W - 2.0 * P) * i as f64 / (n - 1).max(1) as f64;
    let y = |v: f64| H - P - (v - lo) / (hi - lo) * (H - 2.0 * P);
    let at = |&(i, v): &(usize, f64)| (px(x(i)), px(y(v)));
    let mut buf = String::new();
    let drawn = (|| {
        let root = SVGBackend::with_string(&mut buf, (W as u32, H as u32)).into_drawing_area();
        // Consecutive years: one solid run; across a gap: dashes.
        let mut run = vec![at(&points[0])];
        for pair in points.windows(2) {
            if pair[1].0 == pair[0].0 + 1 {
                run.push(at(&pair[1]));
                continue;
            }
            if run.len() > 1 {
                line(&root, &LINE, 2, std::mem::take(&mut run))?;
            }
            let dashed = DashedPathElement::new(vec![at(&pair[0]), at(&pair[1])], 3, 3, LINE.stroke_width(1));
            root.draw(&dashed).map_err(fail)?;
            run = vec![at(&pair[1])];
        }
        if run.len() > 1 {
            line(&root, &LINE, 2, run)?;
        }
        for (k, p) in points.iter().enumerate() {
            let r = if k == points.len() - 1 { 3 } else { 2 };
            root.draw(&Circle::new(at(p), r, LINE.filled())).map_err(fail)?;
        }
        root.present().map_err(fail)
    })();
    Some(drawn.map(|()| buf))
}
