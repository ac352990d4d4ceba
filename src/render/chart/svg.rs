//! What plotters cannot do itself: the embedded font, the colours, and the final
//! touches on its SVG (scalable size, accessible name and description, tidy numbers).

use std::sync::OnceLock;

use plotters::style::{register_font, FontStyle, RGBColor};

// DejaVu Sans (`render::fonts`). In SVG the font only *measures* text: the
// browser draws it with its own sans-serif. Embedding it makes layout
// identical on every machine, with no system fonts or fontconfig needed.
use crate::render::fonts::DEJAVU_SANS;

/// The family name the charts ask for (and the SVG names).
pub const FAMILY: &str = "sans-serif";

/// Registers the embedded font with plotters, once per process. False only if
/// the embedded file were not a font, which the tests rule out.
pub fn font_ready() -> bool {
    static READY: OnceLock<bool> = OnceLock::new();
    *READY.get_or_init(|| register_font(FAMILY, FontStyle::Normal, DEJAVU_SANS).is_ok())
}

/// plotters writes `font-size` as the asked size divided by 1.24; asking for
/// `px * 1.24` gives `px` (rounded by [`finish`]).
pub fn font_size(px: f64) -> f64 {
    px * 1.24
}

// Colours, each checked against white by the tests: text ≥ 4.5:1, graphics ≥ 3:1.
// Part colours are ≥ 4.5:1 too, because white labels sit on them.
/// Body text: values, years, legend.
pub const INK: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
/// Secondary text: units, the labels of gaps ("brak sprawozdania").
pub const MUTED: RGBColor = RGBColor(0x57, 0x57, 0x57);
/// The x axis line.
pub const AXIS: RGBColor = RGBColor(0x76, 0x76, 0x76);
/// Grid lines: decoration only, the tick labels carry the information.
pub const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);
/// The band behind years without data: decoration; its label says what it is.
pub const GAP_BAND: RGBColor = RGBColor(0xf0, 0xf0, 0xf0);
/// The trend line, its points and single bars.
pub const LINE: RGBColor = RGBColor(0x1f, 0x5f, 0xa8);
/// The target line and its label.
pub const TARGET: RGBColor = RGBColor(0xa3, 0x32, 0x0b);
/// Bars of years that have a total but no breakdown, in a breakdown chart.
pub const TOTAL_ONLY: RGBColor = RGBColor(0x59, 0x59, 0x59);
/// Breakdown parts, in legend order; a part also gets its own hatching.
pub const PARTS: [RGBColor; 6] = [
    RGBColor(0x1f, 0x5f, 0xa8),
    RGBColor(0xa8, 0x4a, 0x00),
    RGBColor(0x2e, 0x7d, 0x32),
    RGBColor(0x6b, 0x3f, 0xa0),
    RGBColor(0xa3, 0x24, 0x5e),
    RGBColor(0x3d, 0x3d, 0x3d),
];
pub const WHITE: RGBColor = RGBColor(0xff, 0xff, 0xff);

/// How the opening tag of a finished chart reads.
pub enum Access<'a> {
    /// A chart named by its `<title>` alone and described by its `<desc>`
    /// (each read once by a screen reader); `id` prefixes the
    /// ids of its `<title>` and `<desc>` and must be unique on the page.
    /// `title_lang` is the title's language when it is not the page's (an
    /// untranslated name shown in the default language).
    Labelled { id: &'a str, title: &'a str, title_lang: Option<&'a str>, desc: &'a str },
    /// Decoration next to text that says the same (sparklines in tables).
    Hidden,
}

/// Turns plotters' SVG into the one pages inline: the fixed `width`/`height` go
/// (the `viewBox` stays, so it scales with the page) unless `keep_size`;
/// `role`, `aria-labelledby`, `<title>` and `<desc>` come in; font sizes are
/// rounded to one decimal, default `opacity="1"` attributes dropped and
/// right-angle rotations written as exact matrices.
pub fn finish(raw: &str, class: &str, access: Access, keep_size: bool) -> String {
    let Some(start) = raw.find("<svg") else { return raw.to_string() };
    let Some(end) = raw[start..].find('>').map(|e| start + e + 1) else { return raw.to_string() };
    let tag = &raw[start..end];
    let attr = |name: &str| -> &str {
        let key = format!(" {name}=\"");
        tag.find(&key).map_or("", |i| {
            let rest = &tag[i + key.len()..];
            &rest[..rest.find('"').unwrap_or(rest.len())]
        })
    };
    let mut out = String::with_capacity(raw.len() + 256);
    out.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    if keep_size {
        out.push_str(&format!(" width=\"{}\" height=\"{}\"", attr("width"), attr("height")));
    }
    out.push_str(&format!(" viewBox=\"{}\" class=\"{}\"", attr("viewBox"), escape(class)));
    match access {
        Access::Labelled { id, title, title_lang, desc } => {
            let id = escape(id);
            let lang = title_lang.map_or(String::new(), |l| format!(" lang=\"{}\"", escape(l)));
            out.push_str(&format!(" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\">\n"));
            out.push_str(&format!("<title id=\"{id}-title\"{lang}>{}</title>\n", escape(title)));
            out.push_str(&format!("<desc id=\"{id}-desc\">{}</desc>\n", escape(desc)));
        }
        Access::Hidden => out.push_str(" aria-hidden=\"true\" focusable=\"false\">\n"),
    }
    let body = raw[end..].trim_start_matches('\n').replace(" opacity=\"1\"", "");
    out.push_str(&exact_rotations(&round_font_sizes(&body)));
    out
}

/// `transform="rotate(270, 125, 145)"` → `transform="matrix(0 -1 1 0 -20 270)"`.
/// A reader of the SVG computes `rotate` with the system's `cos` and `sin`,
/// whose last bits differ between Linux and Windows: typst wrote a PDF whose
/// bytes depended on where jawnik ran. The matrix of a quarter turn is exact.
fn exact_rotations(s: &str) -> String {
    const KEY: &str = "transform=\"rotate(";
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(KEY) {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        let inner = &from[KEY.len()..];
        let Some(end) = inner.find(")\"") else {
            out.push_str(from);
            return out;
        };
        let args: Vec<f64> = inner[..end]
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|a| !a.is_empty())
            .map_while(|a| a.parse().ok())
            .collect();
        let matrix = match args[..] {
            [90.0, x, y] => Some([0.0, 1.0, -1.0, 0.0, x + y, y - x]),
            [180.0, x, y] => Some([-1.0, 0.0, 0.0, -1.0, 2.0 * x, 2.0 * y]),
            [270.0, x, y] | [-90.0, x, y] => Some([0.0, -1.0, 1.0, 0.0, x - y, x + y]),
            _ => None,
        };
        let whole = KEY.len() + end + 2;
        match matrix {
            Some(m) => {
                let m: Vec<String> = m.iter().map(|v| (v + 0.0).to_string()).collect();
                out.push_str(&format!("transform=\"matrix({})\"", m.join(" ")));
            }
            None => out.push_str(&from[..whole]),
        }
        rest = &from[whole..];
    }
    out.push_str(rest);
    out
}

/// `font-size="17.741935483870968"` → `font-size="17.7"`.
fn round_font_sizes(s: &str) -> String {
    const KEY: &str = "font-size=\"";
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(KEY) {
        out.push_str(&rest[..i + KEY.len()]);
        rest = &rest[i + KEY.len()..];
        let close = rest.find('"').unwrap_or(rest.len());
        match rest[..close].parse::<f64>() {
            Ok(v) => out.push_str(&tidy_decimal(v)),
            Err(_) => out.push_str(&rest[..close]),
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

/// One decimal at most, no trailing ".0": 14 → "14", 11.29 → "11.3".
fn tidy_decimal(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map_or(s.clone(), str::to_string)
}

/// Escapes text for XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG contrast ratio of a colour against white.
    pub fn contrast_with_white(c: RGBColor) -> f64 {
        let channel = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        let l = 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2);
        1.05 / (l + 0.05)
    }

    #[test]
    fn the_embedded_font_registers() {
        assert!(font_ready());
    }

    #[test]
    fn colours_have_enough_contrast_against_white() {
        for (name, c, min) in [("INK", INK, 4.5), ("MUTED", MUTED, 4.5), ("TARGET", TARGET, 4.5), ("AXIS", AXIS, 3.0)]
            .into_iter()
            .chain([("LINE", LINE, 4.5), ("TOTAL_ONLY", TOTAL_ONLY, 4.5)])
            .chain(PARTS.iter().map(|c| ("PARTS", *c, 4.5)))
        {
            let ratio = contrast_with_white(c);
            assert!(ratio >= min, "{name} {c:?} has contrast {ratio:.2}, needs {min}");
        }
        // Muted text also sits on the no-data band.
        let band = contrast_with_white(GAP_BAND);
        assert!(contrast_with_white(MUTED) / band >= 4.5);
    }

    #[test]
    fn quarter_turns_become_exact_matrices() {
        // Each matrix maps the centre to itself and (cx + 1, cy) a quarter turn on.
        let cases = [
            ("rotate(270, 125, 145)", "matrix(0 -1 1 0 -20 270)"),
            ("rotate(-90,10,20)", "matrix(0 -1 1 0 -10 30)"),
            ("rotate(90, 125, 145)", "matrix(0 1 -1 0 270 20)"),
            ("rotate(180, 1.5, 2)", "matrix(-1 0 0 -1 3 4)"),
        ];
        for (rotate, matrix) in cases {
            let svg = format!("<text transform=\"{rotate}\" x=\"1\">y</text>");
            assert_eq!(exact_rotations(&svg), format!("<text transform=\"{matrix}\" x=\"1\">y</text>"));
        }
        // Any other angle is left to the reader.
        let other = "<g transform=\"rotate(45, 1, 2)\"/><g transform=\"rotate(30\"/>ó";
        assert_eq!(exact_rotations(other), other);
    }

    #[test]
    fn finishing_drops_the_fixed_size_and_names_the_chart() {
        let raw = "<svg width=\"480\" height=\"300\" viewBox=\"0 0 480 300\" xmlns=\"http://www.w3.org/2000/svg\">\n<text font-size=\"11.29032258064516\" opacity=\"1\">x</text>\n</svg>\n";
        let access =
            Access::Labelled { id: "c-1", title: "Liczba „osób”", title_lang: None, desc: "Od 2020 <do> 2023." };
        let svg = finish(raw, "chart", access, false);
        assert_eq!(
            svg,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 300\" class=\"chart\" role=\"img\" aria-labelledby=\"c-1-title\" aria-describedby=\"c-1-desc\">\n<title id=\"c-1-title\">Liczba „osób”</title>\n<desc id=\"c-1-desc\">Od 2020 &lt;do&gt; 2023.</desc>\n<text font-size=\"11.3\">x</text>\n</svg>\n"
        );
        let hidden = finish(raw, "spark", Access::Hidden, true);
        assert!(hidden.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"300\" viewBox=\"0 0 480 300\" class=\"spark\" aria-hidden=\"true\" focusable=\"false\">\n<text"));
    }
}
