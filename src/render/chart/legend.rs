//! The legend of a breakdown chart: a swatch (colour and hatching) and a name
//! per part, laid out in rows across the canvas. A name too long for the row
//! wraps onto lines of its own at spaces, never cut mid-word; a single word
//! longer than a whole line is the only thing ever broken.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::draw::{fail, fill_part, px, rect, style, text_width, Area, Drawn};
use super::svg::{INK, TOTAL_ONLY};

/// What a legend entry stands for: a part (its index picks colour and
/// hatching) or the bars of years with a total but no breakdown.
pub enum Swatch {
    Part(usize),
    TotalOnly,
}

/// Space between a swatch and its name, and after an entry.
const SWATCH: f64 = 16.0;
const GAP: f64 = 6.0;
const AFTER: f64 = 16.0;

struct Entry {
    lines: Vec<String>,
    swatch: Swatch,
    x: f64,
    row: usize,
}

/// A legend laid out between `left` and `right`.
pub struct Legend {
    entries: Vec<Entry>,
    /// Each row's height.
    rows: Vec<f64>,
    text: f64,
}

impl Legend {
    /// Places `entries` in rows from `left` to `right` at text size `text`.
    pub fn lay_out(entries: Vec<(String, Swatch)>, left: f64, right: f64, text: f64) -> Legend {
        let line_height = text + 5.0;
        let max_text = right - left - SWATCH - GAP;
        let mut out = Legend { entries: Vec::new(), rows: Vec::new(), text };
        let mut x = left;
        for (name, swatch) in entries {
            let lines = wrap(&name, max_text, text);
            let widest = lines.iter().map(|l| text_width(l, text)).fold(0.0, f64::max);
            let w = SWATCH + GAP + widest + AFTER;
            if out.rows.is_empty() || (x + w - AFTER > right && x > left) {
                out.rows.push(0.0);
                x = left;
            }
            let row = out.rows.len() - 1;
            let h = lines.len() as f64 * line_height + 4.0;
            out.rows[row] = out.rows[row].max(h);
            out.entries.push(Entry { lines, swatch, x, row });
            x += w;
        }
        out
    }

    /// The height the rows take.
    pub fn height(&self) -> f64 {
        self.rows.iter().sum()
    }

    /// Draws the legend with its first row's top at `top`.
    pub fn draw(&self, root: &Area, top: f64) -> Drawn {
        let line_height = self.text + 5.0;
        for e in &self.entries {
            let y = top + self.rows[..e.row].iter().sum::<f64>();
            let (x0, y0, x1, y1) = (e.x, y + 1.0, e.x + SWATCH, y + 1.0 + SWATCH);
            match e.swatch {
                Swatch::Part(p) => fill_part(root, p, x0, y0, x1, y1)?,
                Swatch::TotalOnly => rect(root, &TOTAL_ONLY, x0, y0, x1, y1)?,
            }
            for (k, l) in e.lines.iter().enumerate() {
                let s = style(self.text, &INK, HPos::Left, VPos::Center);
                let at = (px(e.x + SWATCH + GAP), px(y + 9.0 + k as f64 * line_height));
                root.draw(&Text::new(l.as_str(), at, s)).map_err(fail)?;
            }
        }
        Ok(())
    }
}

/// `s` in lines no wider than `max` at text size `size`, broken at spaces.
pub fn wrap(s: &str, max: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in s.split_whitespace() {
        let candidate = if current.is_empty() { word.to_string() } else { format!("{current} {word}") };
        if text_width(&candidate, size) <= max {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if text_width(word, size) <= max {
            current = word.to_string();
            continue;
        }
        // One word wider than a whole line: break it where it must be broken.
        for c in word.chars() {
            let longer = format!("{current}{c}");
            if text_width(&longer, size) > max && !current.is_empty() {
                lines.push(std::mem::take(&mut current));
                current.push(c);
            } else {
                current = longer;
            }
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_wrap_at_spaces_and_keep_every_word() {
        assert!(super::super::svg::font_ready());
        let name = "osoby doznające przemocy w rodzinie objęte procedurą „Niebieskie Karty” w roku sprawozdawczym";
        let lines = wrap(name, 200.0, 15.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines.iter().all(|l| text_width(l, 15.0) <= 200.0), "{lines:?}");
        assert_eq!(lines.join(" "), name, "nothing cut, nothing lost");
        assert_eq!(wrap("kobiety", 200.0, 15.0), ["kobiety"]);
    }

    #[test]
    fn entries_share_a_row_while_they_fit() {
        assert!(super::super::svg::font_ready());
        let e = |n: &str, i| (n.to_string(), Swatch::Part(i));
        let one_row = Legend::lay_out(vec![e("kobiety", 0), e("mężczyźni", 1)], 8.0, 352.0, 15.0);
        assert_eq!(one_row.rows.len(), 1);
        let long = "łącznie z osobami, które nie podały płci w ankiecie przeprowadzonej przez ośrodek";
        let two_rows = Legend::lay_out(vec![e("kobiety", 0), e(long, 1)], 8.0, 352.0, 15.0);
        assert_eq!(two_rows.rows.len(), 2);
        assert!(two_rows.entries[1].lines.len() > 1);
        assert!(two_rows.height() > one_row.height() * 2.0);
    }
}
