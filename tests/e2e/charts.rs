//! Trend charts: every chart is well-formed, accessible SVG (named by its title
//! alone, described once), drawn narrow and wide with legible text; gaps stay
//! gaps, joined by dashes and labelled with the tables' words; one kind of
//! chart per kind of value; sparklines joined, one dot per year, none for a
//! single value; output is deterministic.

use crate::shapes;

use std::collections::BTreeSet;

use jawnik::content::{Programme, Site};
use jawnik::render::chart::{self, Trend};
use jawnik::render::strings::UiStrings;
use jawnik::render::values::{cell, Missing};
use roxmltree::{Document, Node};

/// The trend line's colour and the target's, as plotters writes them.
const LINE: &str = "#1F5FA8";
const TARGET: &str = "#A3320B";

/// The UI strings charts use: their own and the pages' words for missing values.
fn strings() -> UiStrings {
    shapes::strings(&["chart", "page"])
}

fn trend(site: &Site, programme: &str, indicator: &str, lang: &str) -> Option<Trend> {
    let p = site.programme(programme).unwrap();
    chart::trend(p, p.indicator(indicator).unwrap(), lang, &strings())
}

fn texts<'a>(doc: &'a Document) -> Vec<(Node<'a, 'a>, String)> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| (n, n.text().unwrap_or("").trim().to_string()))
        .collect()
}

fn num_attr(n: Node, name: &str) -> f64 {
    n.attribute(name).unwrap().parse().unwrap()
}

/// The no-data colour: the bands over years without a number.
const GAP_BAND: &str = "#F0F0F0";
/// The axis colour: the zero line and a tick under every year.
const AXIS: &str = "#767676";
/// The size of the values written at points and bars in the narrow drawing
/// (other text is smaller), and in the wide one.
const VALUE_SIZE: &str = "16";
const WIDE_VALUE_SIZE: &str = "15";

/// The no-data bands, as (left, right) x.
fn bands(doc: &Document) -> Vec<(f64, f64)> {
    doc.descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some(GAP_BAND))
        .map(|n| (num_attr(n, "x"), num_attr(n, "x") + num_attr(n, "width")))
        .collect()
}

/// The x of each year's label (every year is labelled in these short charts).
fn year_x(doc: &Document, year: &str) -> f64 {
    let (n, _) = texts(doc).into_iter().find(|(_, t)| t == year).unwrap_or_else(|| panic!("no label {year}"));
    num_attr(n, "x")
}

/// The x of every tick under the year axis: one per year drawn.
fn year_ticks(doc: &Document) -> Vec<f64> {
    polylines(doc, AXIS).into_iter().filter(|p| p.len() == 2 && p[0].0 == p[1].0).map(|p| p[0].0).collect()
}

fn polylines(doc: &Document, stroke: &str) -> Vec<Vec<(f64, f64)>> {
    doc.descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some(stroke))
        .map(|n| points_of(n))
        .collect()
}

/// The values written at points and bars, with their text nodes (the narrow
/// drawing's unless the chart is the wide one).
fn value_labels<'a>(doc: &'a Document) -> Vec<(Node<'a, 'a>, String)> {
    let wide = doc.root_element().attribute("class").is_some_and(|c| c.contains("chart-wide"));
    let size = if wide { WIDE_VALUE_SIZE } else { VALUE_SIZE };
    texts(doc).into_iter().filter(|(n, _)| n.attribute("font-size") == Some(size)).collect()
}

/// The solid trend line's pieces (3 units thick; the dashed joins are 2).
fn solid_lines(doc: &Document) -> Vec<Vec<(f64, f64)>> {
    let solid = |n: &Node| n.attribute("stroke-width") == Some("3");
    doc.descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some(LINE) && solid(n))
        .map(|n| points_of(n))
        .collect()
}

/// The dashes of the joins across gaps: the line's colour, 2 units thick.
fn dashes(doc: &Document) -> Vec<Vec<(f64, f64)>> {
    let thin = |n: &Node| n.attribute("stroke-width") == Some("2");
    doc.descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some(LINE) && thin(n))
        .map(|n| points_of(n))
        .collect()
}

fn points_of(n: Node) -> Vec<(f64, f64)> {
    n.attribute("points")
        .unwrap()
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

/// The x of the points and bars drawn in the line colour (bars: their centre).
fn marks(doc: &Document) -> Vec<f64> {
    doc.descendants()
        .filter_map(|n| match n.tag_name().name() {
            "circle" if n.attribute("fill") == Some(LINE) => Some(num_attr(n, "cx")),
            "rect" if n.attribute("fill") == Some(LINE) => Some(num_attr(n, "x") + num_attr(n, "width") / 2.0),
            _ => None,
        })
        .collect()
}

/// Checks one drawing's accessibility markup and returns its ids: named by its
/// `<title>` alone, described by its `<desc>`, each once.
fn check_accessible(svg_text: &str, description: &str, id: &str, name: &str) -> Vec<String> {
    let doc = Document::parse(svg_text).unwrap_or_else(|e| panic!("{id}: not XML: {e}\n{svg_text}"));
    let svg = doc.root_element();
    assert_eq!(svg.tag_name().name(), "svg");
    assert_eq!(svg.attribute("role"), Some("img"), "{id}");
    assert!(svg.attribute("viewBox").is_some(), "{id}");
    assert_eq!((svg.attribute("width"), svg.attribute("height")), (None, None), "{id} keeps a fixed size");
    assert_eq!(svg.attribute("aria-labelledby"), Some(format!("{id}-title").as_str()), "the name is the title only");
    assert_eq!(svg.attribute("aria-describedby"), Some(format!("{id}-desc").as_str()));
    let by_id = |want: &str| doc.descendants().find(|n| n.attribute("id") == Some(want)).unwrap();
    let title = by_id(&format!("{id}-title"));
    let desc = by_id(&format!("{id}-desc"));
    assert_eq!(title.tag_name().name(), "title");
    assert_eq!(title.text(), Some(name), "{id}: the title is the indicator's name, diacritics intact");
    assert_eq!(desc.tag_name().name(), "desc");
    assert_eq!(desc.text(), Some(description));
    assert!(description.ends_with('.'), "{id}: {description}");
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name("title")).count(), 1, "{id}");
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name("desc")).count(), 1, "{id}");
    doc.descendants().filter_map(|n| n.attribute("id")).map(str::to_string).collect()
}

/// How many years an indicator's chart spans: from the first to the last year
/// where it applies (as the indicator page's table says).
fn span(p: &Programme, ind: &jawnik::content::Indicator) -> usize {
    let rows: Vec<Option<Missing>> =
        p.series(&ind.id).iter().map(|(year, _)| cell(p, ind, *year, "en").missing).collect();
    let applies = |m: &Option<Missing>| *m != Some(Missing::NotApplicable);
    match (rows.iter().position(applies), rows.iter().rposition(applies)) {
        (Some(first), Some(last)) => last - first + 1,
        _ => 0,
    }
}

#[test]
fn every_chart_of_the_example_site_is_accessible_svg() {
    let site = shapes::example_site();
    let strings = strings();
    let mut charts = 0;
    for lang in ["pl", "en"] {
        for p in &site.programmes {
            let mut ids = BTreeSet::new();
            for ind in &p.indicators {
                let has_number = p.series(&ind.id).iter().any(|(_, v)| v.and_then(|v| v.kind.number()).is_some());
                let Some(c) = chart::trend(p, ind, lang, &strings) else {
                    assert!(!has_number || span(p, ind) < 2, "{}/{}: a trend but no chart", p.slug, ind.id);
                    continue;
                };
                charts += 1;
                let id = chart::chart_id(p, ind);
                let name = ind.name.get(lang, lang);
                for (svg, id) in [(&c.narrow, id.clone()), (&c.wide, format!("{id}-wide"))] {
                    for found in check_accessible(svg, &c.description, &id, name) {
                        assert!(ids.insert(found.clone()), "id {found} is used twice on {}'s page", p.slug);
                    }
                }
                assert!(!c.description.contains('['), "a chart string is missing: {}", c.description);
            }
        }
    }
    assert!(charts > 50, "only {charts} charts");
}

#[test]
fn the_example_site_shows_its_gap_and_describes_it_in_both_languages() {
    let site = shapes::example_site();
    let pl = trend(&site, "przeciwdzialanie-przemocy", "niebieskie-karty-prowadzone", "pl").unwrap();
    let en = trend(&site, "przeciwdzialanie-przemocy", "niebieskie-karty-prowadzone", "en").unwrap();
    // The seeds: 67 in 2020, 34 in 2023; no report for 2021 and 2022.
    assert_eq!(pl.description, "Od 2020 do 2023 wartość spadła z 67 do 34. Brak sprawozdań za lata 2021–2022.");
    assert_eq!(en.description, "From 2020 to 2023 the value fell from 67 to 34. No report for 2021–2022.");
    assert!(pl.narrow.contains("procedur „Niebieskie Karty”</title>"));
    for (c, label) in [(&pl, "brak sprawozdania"), (&en, "no report")] {
        for svg in [&c.narrow, &c.wide] {
            assert!(svg.contains(&format!(">\n{label}\n</text>")), "{label}");
            let doc = Document::parse(svg).unwrap();
            let (x20, x23) = (year_x(&doc, "2020"), year_x(&doc, "2023"));
            let d = dashes(&doc);
            assert!(d.len() > 5, "a dashed join from 2020 to 2023: {d:?}");
            assert!(d.iter().flatten().all(|p| p.0 >= x20 - 1.0 && p.0 <= x23 + 1.0));
            assert!(solid_lines(&doc).is_empty(), "no year follows another: no solid line");
        }
    }
}

#[test]
fn a_missing_year_leaves_a_gap_joined_by_dashes_not_a_zero() {
    let site = shapes::site();
    let c = trend(&site, "ksztalty", "z-luka", "pl").unwrap();
    assert_eq!(c.description, "Od 2020 do 2024 wartość spadła z 67 do 40. Brak sprawozdania za rok 2022.");
    for svg in [&c.narrow, &c.wide] {
        let doc = Document::parse(svg).unwrap();
        let x = |year: &str| year_x(&doc, year);
        // The data points: four years with data, none at 2022.
        let points: Vec<f64> = doc
            .descendants()
            .filter(|n| n.has_tag_name("circle") && n.attribute("fill") == Some(LINE))
            .map(|n| num_attr(n, "cx"))
            .collect();
        assert_eq!(points, ["2020", "2021", "2023", "2024"].map(x));
        // Two solid pieces, 2020–2021 and 2023–2024; none crosses 2022 ...
        let lines: Vec<Vec<f64>> = solid_lines(&doc).iter().map(|l| l.iter().map(|p| p.0).collect()).collect();
        assert_eq!(lines, vec![vec![x("2020"), x("2021")], vec![x("2023"), x("2024")]]);
        // ... and dashes from 2021 to 2023, over the labelled band.
        let d: Vec<(f64, f64)> = dashes(&doc).into_iter().flatten().collect();
        assert!(d.iter().all(|p| p.0 >= x("2021") && p.0 <= x("2023")), "{d:?}");
        assert!(d.iter().any(|p| p.0 < x("2022")) && d.iter().any(|p| p.0 > x("2022")));
        assert!(texts(&doc).iter().any(|(_, t)| t == "brak sprawozdania"));
        // No value label reads 0.
        let values: Vec<String> = value_labels(&doc).into_iter().map(|(_, t)| t).collect();
        assert_eq!(values, ["40", "67", "34", "50"]);
    }
}

#[test]
fn each_gap_says_why_in_the_words_of_the_tables() {
    let site = shapes::site();
    let page = shapes::strings(&["page"]);
    // `nowy`: 2021 "not reported", 2022 no report: two bands, two labels.
    for (lang, want) in [
        ("pl", "Od 2023 do 2024 wartość wzrosła z 12 do 15. Brak sprawozdania za rok 2022. Sprawozdanie za rok 2021 nie podaje tej wartości."),
        ("en", "From 2023 to 2024 the value rose from 12 to 15. No report for 2022. The report for 2021 does not give this value."),
    ] {
        let c = trend(&site, "edycje", "nowy", lang).unwrap();
        assert_eq!(c.description, want);
        for svg in [&c.narrow, &c.wide] {
            let doc = Document::parse(svg).unwrap();
            let (x21, x22, x23, x24) =
                (year_x(&doc, "2021"), year_x(&doc, "2022"), year_x(&doc, "2023"), year_x(&doc, "2024"));
            assert_eq!(year_ticks(&doc), [x21, x22, x23, x24], "2019 and 2020 are before the edition: not drawn");
            assert_eq!(marks(&doc), [x23, x24]);
            let band = bands(&doc);
            assert_eq!(band.len(), 2, "{band:?}");
            assert!(band[0].0 < x21 && x21 < band[0].1 && band[0].1 < x22, "{band:?}");
            assert!(band[1].0 < x22 && x22 < band[1].1 && band[1].1 < x23, "{band:?}");
            let all: Vec<String> = texts(&doc).into_iter().map(|(_, t)| t).collect();
            // The very words of the table's cells.
            for key in ["page.missing.not-reported", "page.missing.no-report"] {
                let label = page.get(lang, key);
                assert!(all.contains(&label), "{lang}: no {label:?} in {all:?}");
            }
            assert!(dashes(&doc).is_empty(), "nothing before the gap to join");
        }
    }
}

#[test]
fn a_missing_last_year_is_a_band_at_the_end() {
    let site = shapes::site();
    // `wspolny` runs through both editions; the 2024 report does not give it.
    let c = trend(&site, "edycje", "wspolny", "pl").unwrap();
    assert_eq!(
        c.description,
        "Od 2019 do 2023 wartość wzrosła z 10 do 14. Brak sprawozdania za rok 2022. \
         Sprawozdanie za rok 2024 nie podaje tej wartości."
    );
    let doc = Document::parse(&c.narrow).unwrap();
    let x: Vec<f64> = ["2019", "2020", "2021", "2022", "2023", "2024"].iter().map(|y| year_x(&doc, y)).collect();
    assert_eq!(year_ticks(&doc), x);
    assert_eq!(marks(&doc), [x[0], x[1], x[2], x[4]], "no point at 2022 nor 2024");
    let band = bands(&doc);
    assert_eq!(band.len(), 2, "{band:?}");
    assert!(band[1].0 > x[4] && band[1].0 < x[5] && band[1].1 > x[5], "{band:?}");
    // The line stops at 2023: nothing, solid or dashed, reaches into the 2024 band.
    assert!(polylines(&doc, LINE).iter().flatten().all(|p| p.0 <= x[4]));
    let en = trend(&site, "edycje", "wspolny", "en").unwrap();
    assert!(
        en.description.ends_with(" No report for 2022. The report for 2024 does not give this value."),
        "{}",
        en.description
    );
}

#[test]
fn years_before_or_after_the_indicators_editions_are_left_out() {
    let site = shapes::site();
    // `stary` is only in the 2018–2020 edition: 2021–2024 "do not apply".
    let c = trend(&site, "edycje", "stary", "pl").unwrap();
    assert_eq!(c.description, "Od 2019 do 2020 wartość wzrosła z 5 do 7.");
    let doc = Document::parse(&c.narrow).unwrap();
    assert_eq!(year_ticks(&doc), [year_x(&doc, "2019"), year_x(&doc, "2020")]);
    assert!(bands(&doc).is_empty());
}

#[test]
fn a_year_the_indicator_does_not_apply_in_between_is_a_band_of_its_own() {
    let site = shapes::site();
    let c = trend(&site, "edycje", "przerwa", "pl").unwrap();
    assert_eq!(
        c.description,
        "Od 2019 do 2024 wartość wzrosła z 3 do 5. Najwyższa wartość: 6 w 2023 roku. \
         Brak sprawozdania za rok 2022. Wskaźnik nie dotyczył roku 2021."
    );
    let doc = Document::parse(&c.narrow).unwrap();
    let all: Vec<String> = texts(&doc).into_iter().map(|(_, t)| t).collect();
    assert!(all.contains(&"nie dotyczy".to_string()) && all.contains(&"brak sprawozdania".to_string()), "{all:?}");
    assert_eq!(bands(&doc).len(), 2);
    // One dashed join from 2020 over both bands to 2023.
    let (x20, x23) = (year_x(&doc, "2020"), year_x(&doc, "2023"));
    let d: Vec<(f64, f64)> = dashes(&doc).into_iter().flatten().collect();
    assert!(d.iter().all(|p| p.0 >= x20 && p.0 <= x23), "{d:?}");
    assert!(d.iter().any(|p| p.0 < x20 + 10.0) && d.iter().any(|p| p.0 > x23 - 10.0), "{d:?}");
    let en = trend(&site, "edycje", "przerwa", "en").unwrap();
    assert!(en.description.ends_with(" No report for 2022. Not applicable in 2021."), "{}", en.description);
}

#[test]
fn charts_span_the_tables_years_where_the_indicator_applies() {
    let strings = strings();
    for site in [shapes::site(), shapes::example_site()] {
        for p in &site.programmes {
            for ind in &p.indicators {
                let Some(c) = chart::trend(p, ind, "en", &strings) else { continue };
                // The indicator page's table: every year of the series, each
                // with its value or the reason it has none.
                let rows: Vec<Option<Missing>> =
                    p.series(&ind.id).iter().map(|(year, _)| cell(p, ind, *year, "en").missing).collect();
                let applies = |m: &Option<Missing>| *m != Some(Missing::NotApplicable);
                let first = rows.iter().position(applies).unwrap();
                let last = rows.iter().rposition(applies).unwrap();
                for svg in [&c.narrow, &c.wide] {
                    let doc = Document::parse(svg).unwrap();
                    assert_eq!(year_ticks(&doc).len(), last - first + 1, "{}/{}: {}", p.slug, ind.id, c.description);
                    let gaps = rows[first..=last].iter().filter(|m| m.is_some()).count();
                    assert_eq!(!bands(&doc).is_empty(), gaps > 0, "{}/{}", p.slug, ind.id);
                }
            }
        }
    }
}

#[test]
fn one_kind_of_chart_per_kind_of_value() {
    // Numbers are a line with points however many years have one; breakdowns
    // are stacked bars. Never the one for some indicators and the other for
    // others of the same kind.
    let strings = strings();
    for site in [shapes::site(), shapes::example_site()] {
        for p in &site.programmes {
            for ind in &p.indicators {
                let Some(c) = chart::trend(p, ind, "pl", &strings) else { continue };
                let breakdown = p
                    .series(&ind.id)
                    .iter()
                    .any(|(_, v)| v.is_some_and(|v| matches!(v.kind, jawnik::content::ValueKind::Breakdown { .. })));
                let doc = Document::parse(&c.narrow).unwrap();
                let circles = doc.descendants().filter(|n| n.has_tag_name("circle")).count();
                let bars = doc
                    .descendants()
                    .filter(|n| {
                        n.has_tag_name("rect") && n.attribute("fill").is_some_and(|f| f == LINE || f == "#595959")
                    })
                    .count();
                if breakdown {
                    assert!(circles == 0 && bars > 0, "{}/{}: a breakdown is bars", p.slug, ind.id);
                } else {
                    assert!(circles > 0 && bars == 0, "{}/{}: a number is a line with points", p.slug, ind.id);
                }
            }
        }
    }
}

#[test]
fn values_keep_off_the_target_line() {
    let site = shapes::site();
    // A total of 140 under a target of 150: the total goes above the line.
    let c = trend(&site, "edycje", "blisko-celu", "pl").unwrap();
    for svg in [&c.narrow, &c.wide] {
        let doc = Document::parse(svg).unwrap();
        assert!(value_labels(&doc).iter().any(|(_, t)| t == "140"), "{svg}");
    }
    for site in [shapes::site(), shapes::example_site()] {
        for p in &site.programmes {
            for ind in &p.indicators {
                let Some(c) = trend(&site, &p.slug, &ind.id, "pl") else { continue };
                for svg in [&c.narrow, &c.wide] {
                    let doc = Document::parse(svg).unwrap();
                    let Some(line_y) = polylines(&doc, TARGET).first().map(|d| d[0].1) else { continue };
                    for (n, t) in value_labels(&doc) {
                        // Written on its baseline (no descenders in numbers); the
                        // dashes are 2 units thick.
                        let (baseline, size) = (num_attr(n, "y"), num_attr(n, "font-size"));
                        let (top, bottom) = (baseline - 0.75 * size, baseline);
                        assert!(
                            line_y + 1.0 < top || line_y - 1.0 > bottom,
                            "{}/{}: {t} at {top}..{bottom} crosses the target at {line_y}",
                            p.slug,
                            ind.id
                        );
                    }
                }
            }
        }
    }
}

/// The smallest text in a drawing, in CSS pixels, when it is `width` px wide.
fn smallest_text(svg: &str, width: f64) -> (f64, String) {
    let doc = Document::parse(svg).unwrap();
    let view_box = doc.root_element().attribute("viewBox").unwrap();
    let units: f64 = view_box.split(' ').nth(2).unwrap().parse().unwrap();
    texts(&doc)
        .into_iter()
        .map(|(n, t)| (num_attr(n, "font-size") * width / units, t))
        .fold((f64::MAX, String::new()), |a, b| if b.0 < a.0 { b } else { a })
}

#[test]
fn chart_text_stays_legible_wherever_each_drawing_is_shown() {
    // The theme shows the narrow drawing below 50rem and the wide one from
    // there. The narrowest each gets: 325 px for the narrow one on a 375 px
    // phone (343 px of column, less the figure's padding and border), 718 px
    // for the wide one in an 800 px window (752 px of column, less 34 px).
    // Text must come out at 12 px or more in both; the narrow one at 13.
    let strings = strings();
    for site in [shapes::site(), shapes::example_site()] {
        for p in &site.programmes {
            for ind in &p.indicators {
                let Some(c) = chart::trend(p, ind, "pl", &strings) else { continue };
                let (px, t) = smallest_text(&c.narrow, 325.0);
                assert!(px >= 13.0, "{}/{}: {t:?} is {px:.1} px on a phone", p.slug, ind.id);
                let (px, t) = smallest_text(&c.wide, 718.0);
                assert!(px >= 12.0, "{}/{}: {t:?} is {px:.1} px at 800 px", p.slug, ind.id);
                // At the full 72rem column (1070 px) the wide one's text is
                // about the page's own size, not a poster.
                let (px, _) = smallest_text(&c.wide, 1070.0);
                assert!(px <= 20.0, "{}/{}: {px:.1} px at 1280 px", p.slug, ind.id);
            }
        }
    }
}

#[test]
fn an_untranslated_name_is_marked_as_polish_in_the_title() {
    let site = shapes::site();
    let title = |lang: &str, id: &str| {
        let c = trend(&site, "edycje", id, lang).unwrap();
        let doc = Document::parse(&c.narrow).unwrap();
        let t = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
        (t.text().unwrap().to_string(), t.attribute("lang").map(str::to_string))
    };
    assert_eq!(title("en", "nowy"), ("Liczba punktów konsultacyjnych".to_string(), Some("pl".to_string())));
    assert_eq!(title("pl", "nowy"), ("Liczba punktów konsultacyjnych".to_string(), None));
    assert_eq!(title("en", "stary"), ("Number of day rooms".to_string(), None));
}

#[test]
fn values_and_ticks_follow_the_locale() {
    let site = shapes::site();
    let pl = trend(&site, "ksztalty", "jeden-rok", "pl").unwrap();
    let en = trend(&site, "ksztalty", "jeden-rok", "en").unwrap();
    let all = |svg: &str| texts(&Document::parse(svg).unwrap()).into_iter().map(|(_, t)| t).collect::<Vec<_>>();
    assert!(all(&pl.narrow).contains(&"1\u{a0}322".to_string()), "{:?}", all(&pl.narrow));
    assert!(all(&pl.narrow).contains(&"1\u{a0}500".to_string()), "{:?}", all(&pl.narrow));
    assert!(all(&en.wide).contains(&"1,322".to_string()), "{:?}", all(&en.wide));
    assert_eq!(
        pl.description,
        "W 2024 roku wartość wyniosła 1\u{a0}322. Brak sprawozdania za rok 2022. \
         Sprawozdania za lata 2020–2021, 2023 nie podają tej wartości."
    );
    assert_eq!(
        en.description,
        "In 2024 the value was 1,322. No report for 2022. The reports for 2020–2021, 2023 do not give this value."
    );
    // Years are integers, never "2024.0".
    assert!(!pl.narrow.contains("2024.0") && !pl.wide.contains("2024.0"));
}

#[test]
fn a_single_year_with_a_number_is_one_labelled_point() {
    let site = shapes::site();
    let c = trend(&site, "ksztalty", "jeden-rok", "en").unwrap();
    let doc = Document::parse(&c.narrow).unwrap();
    let points: Vec<Node> =
        doc.descendants().filter(|n| n.has_tag_name("circle") && n.attribute("fill") == Some(LINE)).collect();
    assert_eq!(points.len(), 1, "{}", c.narrow);
    assert!(!doc.descendants().any(|n| n.has_tag_name("rect") && n.attribute("fill") == Some(LINE)), "no bar");
    assert!(polylines(&doc, LINE).is_empty(), "nothing to join");
    // The years before it are in the table as missing: here as bands.
    let years: Vec<String> = texts(&doc).into_iter().map(|(_, t)| t).filter(|t| t.starts_with("20")).collect();
    assert_eq!(years, ["2020", "2021", "2022", "2023", "2024"]);
    assert_eq!(bands(&doc).len(), 3, "2020–2021 not reported, 2022 no report, 2023 not reported");
    let (label, _) = texts(&doc).into_iter().find(|(_, t)| t == "2024").unwrap();
    assert!((num_attr(points[0], "cx") - num_attr(label, "x")).abs() <= 1.0);
    assert!(value_labels(&doc).iter().any(|(_, t)| t == "1,322"));
}

#[test]
fn an_indicator_of_a_single_year_in_all_has_no_chart() {
    // Measured only by the 2011–2020 edition, of whose years the site has one
    // report (2020): one year in all, which the headline and the table say;
    // a chart would add nothing.
    let site = shapes::example_site();
    let p = site.programme("przeciwdzialanie-przemocy").unwrap();
    let ind = p.indicator("informatory-baza-danych").unwrap();
    assert_eq!(span(p, ind), 1);
    assert!(chart::trend(p, ind, "pl", &strings()).is_none());
    assert!(chart::sparkline(p, ind, "pl", &strings()).is_none());
}

#[test]
fn a_breakdown_is_stacked_with_a_legend_and_hatching() {
    let site = shapes::site();
    let c = trend(&site, "ksztalty", "podzial", "pl").unwrap();
    let doc = Document::parse(&c.narrow).unwrap();
    let all: Vec<String> = texts(&doc).into_iter().map(|(_, t)| t).collect();
    for want in ["kobiety", "mężczyźni", "łącznie (bez podziału)", "30", "34", "36", "21", "13"] {
        assert!(all.contains(&want.to_string()), "no {want:?} in {all:?}");
    }
    // The second part is told apart by white hatch lines, not colour alone.
    assert!(doc.descendants().any(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some("#FFFFFF")));
    assert_eq!(
        c.description,
        "Od 2021 do 2024 wartość wzrosła z 30 do 36. Brak sprawozdania za rok 2022. \
         Sprawozdanie za rok 2020 nie podaje tej wartości. W 2023 roku: kobiety 21, mężczyźni 13."
    );
    let en = trend(&site, "ksztalty", "podzial", "en").unwrap();
    assert!(en.narrow.contains(">\nwomen\n</text>") && en.wide.contains(">\ntotal (no breakdown)\n</text>"));
}

#[test]
fn a_target_is_a_dashed_labelled_line() {
    let site = shapes::site();
    let c = trend(&site, "ksztalty", "z-celem", "pl").unwrap();
    let doc = Document::parse(&c.narrow).unwrap();
    let dashes = doc
        .descendants()
        .filter(|n| (n.has_tag_name("line") || n.has_tag_name("polyline")) && n.attribute("stroke") == Some(TARGET))
        .count();
    assert!(dashes > 10, "{dashes} dashes");
    assert!(texts(&doc).iter().any(|(n, t)| t == "Cel na rok 2024: 50" && n.attribute("fill") == Some(TARGET)));
    assert!(c.description.ends_with(" Cel na rok 2024: 50."), "{}", c.description);
    // 2021 is reported as missing, 2022 has no report: each says so.
    assert!(
        c.description.contains("Brak sprawozdania za rok 2022. Sprawozdanie za rok 2021 nie podaje tej wartości."),
        "{}",
        c.description
    );
}

#[test]
fn text_indicators_have_no_chart() {
    let site = shapes::site();
    let p = site.programme("ksztalty").unwrap();
    let strings = strings();
    assert!(chart::trend(p, p.indicator("opis").unwrap(), "pl", &strings).is_none());
    assert!(chart::sparkline(p, p.indicator("opis").unwrap(), "pl", &strings).is_none());
}

#[test]
fn negative_and_decimal_values_get_an_axis_below_zero() {
    let site = shapes::site();
    let c = trend(&site, "ksztalty", "saldo", "pl").unwrap();
    let all: Vec<String> = texts(&Document::parse(&c.narrow).unwrap()).into_iter().map(|(_, t)| t).collect();
    assert!(all.contains(&"−3".to_string()) && all.contains(&"2,5".to_string()), "{all:?}");
    assert_eq!(
        c.description,
        "Od 2023 do 2024 wartość wzrosła z −3 do 2,5. Brak sprawozdania za rok 2022. \
         Sprawozdania za lata 2020–2021 nie podają tej wartości."
    );
}

#[test]
fn sparklines_are_small_hidden_joined_and_mark_each_year_once() {
    let site = shapes::site();
    let p = site.programme("ksztalty").unwrap();
    let c = chart::sparkline(p, p.indicator("z-luka").unwrap(), "en", &strings()).unwrap();
    let doc = Document::parse(&c.svg).unwrap();
    let svg = doc.root_element();
    assert_eq!((svg.attribute("width"), svg.attribute("height")), (Some("120"), Some("32")));
    assert_eq!(svg.attribute("aria-hidden"), Some("true"));
    assert!(!doc.descendants().any(|n| n.has_tag_name("text")));
    // 2020–2021 and 2023–2024 solid, 2021–2023 dashed (thinner).
    let lines: Vec<Node> = doc.descendants().filter(|n| n.has_tag_name("polyline")).collect();
    let solid = lines.iter().filter(|n| n.attribute("stroke-width") == Some("2")).count();
    let dashed: Vec<&Node> = lines.iter().filter(|n| n.attribute("stroke-width") == Some("1")).collect();
    assert_eq!(solid, 2);
    assert!(dashed.len() > 2, "the gap is joined by dashes");
    // One dot per year with a number, none twice; the latest is the largest.
    let dots: Vec<(String, String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .map(|n| {
            let a = |k| n.attribute(k).unwrap().to_string();
            (a("cx"), a("cy"), a("r"))
        })
        .collect();
    assert_eq!(dots.len(), 4, "{dots:?}");
    let places: BTreeSet<(&String, &String)> = dots.iter().map(|(x, y, _)| (x, y)).collect();
    assert_eq!(places.len(), 4, "a point drawn twice: {dots:?}");
    assert_eq!(dots.iter().map(|d| d.2.as_str()).collect::<Vec<_>>(), ["2", "2", "2", "3"]);
    assert_eq!(c.description, "From 2020 to 2024 the value fell from 67 to 40. No report for 2022.");
}

#[test]
fn a_single_value_has_no_sparkline() {
    let site = shapes::site();
    let p = site.programme("ksztalty").unwrap();
    assert!(chart::sparkline(p, p.indicator("jeden-rok").unwrap(), "pl", &strings()).is_none());
    // Two values three years apart: a sparkline, dashed all the way.
    let example = shapes::example_site();
    let p = example.programme("przeciwdzialanie-przemocy").unwrap();
    let c = chart::sparkline(p, p.indicator("niebieskie-karty-prowadzone").unwrap(), "pl", &strings()).unwrap();
    assert!(c.svg.contains("stroke-width=\"1\""));
    assert_eq!(c.svg.matches("<circle").count(), 2);
}

fn all_charts(site: &Site, strings: &UiStrings) -> Vec<String> {
    let mut out = Vec::new();
    for lang in ["pl", "en"] {
        for p in &site.programmes {
            for ind in &p.indicators {
                if let Some(c) = chart::trend(p, ind, lang, strings) {
                    out.push(c.narrow);
                    out.push(c.wide);
                }
                out.extend(chart::sparkline(p, ind, lang, strings).map(|c| c.svg));
            }
        }
    }
    out
}

#[test]
fn charts_are_byte_identical_from_run_to_run() {
    let strings = strings();
    for site in [shapes::site(), shapes::example_site()] {
        let a = all_charts(&site, &strings);
        let b = all_charts(&site, &strings);
        assert!(!a.is_empty());
        assert!(a == b);
    }
    // Numbers in the SVG are whole or have one decimal.
    let a = all_charts(&shapes::site(), &strings).join("");
    assert!(
        !a.contains("font-size=\"") || !a.split("font-size=\"").skip(1).any(|s| s.split('"').next().unwrap().len() > 4)
    );
}

/// Writes one HTML page per chart shape into `$JAWNIK_CHART_REVIEW`, for
/// looking at them in a browser at any width: `JAWNIK_CHART_REVIEW=/tmp/review
/// cargo test --test e2e charts:: -- --ignored`.
#[test]
#[ignore]
fn write_charts_for_review() {
    let Ok(out) = std::env::var("JAWNIK_CHART_REVIEW") else { return };
    std::fs::create_dir_all(&out).unwrap();
    let site = shapes::site();
    let example = shapes::example_site();
    let strings = strings();
    let pick =
        |site: &Site, p: &str, i: &str| -> (Programme, String) { (site.programme(p).unwrap().clone(), i.to_string()) };
    let cases = [
        ("gap", pick(&site, "ksztalty", "z-luka")),
        ("single", pick(&site, "ksztalty", "jeden-rok")),
        ("breakdown", pick(&site, "ksztalty", "podzial")),
        ("target", pick(&site, "ksztalty", "z-celem")),
        ("negative", pick(&site, "ksztalty", "saldo")),
        ("long", pick(&site, "dlugi", "porady")),
        ("first-missing", pick(&site, "edycje", "nowy")),
        ("last-missing", pick(&site, "edycje", "wspolny")),
        ("not-applicable", pick(&site, "edycje", "przerwa")),
        ("near-target", pick(&site, "edycje", "blisko-celu")),
        ("example-gap", pick(&example, "przeciwdzialanie-przemocy", "niebieskie-karty-prowadzone")),
        ("example-big", pick(&example, "przeciwdzialanie-przemocy", "materialy-informacyjne")),
    ];
    for (name, (p, id)) in cases {
        for lang in ["pl", "en"] {
            let ind = p.indicator(&id).unwrap();
            let c = chart::trend(&p, ind, lang, &strings).unwrap();
            let spark = chart::sparkline(&p, ind, lang, &strings).map_or(String::new(), |s| s.svg);
            // The theme's own stylesheet and figure markup, so widths and
            // padding are the real ones.
            let css = format!("{}/themes/default/static/style.css", env!("CARGO_MANIFEST_DIR"));
            let html = format!(
                "<!DOCTYPE html><html lang=\"{lang}\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\
                 <link rel=\"stylesheet\" href=\"file://{css}\"><main class=\"wrap\"><h2>{}</h2>\
                 <figure class=\"trend-figure\">{}{}<figcaption>{}</figcaption></figure><p>sparkline: {spark}</p></main>",
                ind.name.get(lang, lang),
                c.narrow,
                c.wide,
                c.description
            );
            std::fs::write(format!("{out}/{name}-{lang}.html"), html).unwrap();
        }
    }
}

#[test]
fn chart_and_data_strings_exist_in_both_languages() {
    let strings = shapes::strings(&["chart", "data"]);
    assert_eq!(strings.missing_keys(&["pl".into(), "en".into()]), vec![]);
    assert!(strings.lookup("pl", "chart.rose").is_some() && strings.lookup("en", "data.field.value").is_some());
}
