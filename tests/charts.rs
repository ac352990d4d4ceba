//! Trend charts: every chart is well-formed, accessible SVG; gaps stay gaps;
//! each value shape draws the way it should; output is deterministic.

mod shapes;

use std::collections::BTreeSet;

use jawnik::content::{Programme, Site};
use jawnik::render::chart::{self, Chart};
use jawnik::render::strings::UiStrings;
use jawnik::render::values::{cell, Missing};
use roxmltree::{Document, Node};

/// The trend line's colour and the target's, as plotters writes them.
const LINE: &str = "#1F5FA8";
const TARGET: &str = "#A3320B";

fn trend(site: &Site, programme: &str, indicator: &str, lang: &str) -> Option<Chart> {
    let p = site.programme(programme).unwrap();
    chart::trend(p, p.indicator(indicator).unwrap(), lang, &shapes::strings(&["chart"]))
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
/// The size of the values written at points and bars (other text is smaller).
const VALUE_SIZE: &str = "16";

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
        .map(|n| {
            let pts = n.attribute("points").unwrap();
            pts.split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect()
}

/// The values written at points and bars, with their text nodes.
fn value_labels<'a>(doc: &'a Document) -> Vec<(Node<'a, 'a>, String)> {
    texts(doc).into_iter().filter(|(n, _)| n.attribute("font-size") == Some(VALUE_SIZE)).collect()
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

/// Checks one trend chart's accessibility markup and returns its ids.
fn check_accessible(c: &Chart, id: &str, name: &str) -> Vec<String> {
    let doc = Document::parse(&c.svg).unwrap_or_else(|e| panic!("{id}: not XML: {e}\n{}", c.svg));
    let svg = doc.root_element();
    assert_eq!(svg.tag_name().name(), "svg");
    assert_eq!(svg.attribute("role"), Some("img"), "{id}");
    assert!(svg.attribute("viewBox").is_some(), "{id}");
    assert_eq!((svg.attribute("width"), svg.attribute("height")), (None, None), "{id} keeps a fixed size");
    let labelled = svg.attribute("aria-labelledby").unwrap();
    assert_eq!(labelled, format!("{id}-title {id}-desc"));
    let by_id = |want: &str| doc.descendants().find(|n| n.attribute("id") == Some(want)).unwrap();
    let title = by_id(&format!("{id}-title"));
    let desc = by_id(&format!("{id}-desc"));
    assert_eq!(title.tag_name().name(), "title");
    assert_eq!(title.text(), Some(name), "{id}: the title is the indicator's name, diacritics intact");
    assert_eq!(desc.tag_name().name(), "desc");
    assert_eq!(desc.text(), Some(c.description.as_str()));
    assert!(c.description.ends_with('.'), "{id}: {}", c.description);
    doc.descendants().filter_map(|n| n.attribute("id")).map(str::to_string).collect()
}

#[test]
fn every_chart_of_the_example_site_is_accessible_svg() {
    let site = shapes::example_site();
    let strings = shapes::strings(&["chart"]);
    let mut charts = 0;
    for lang in ["pl", "en"] {
        for p in &site.programmes {
            let mut ids = BTreeSet::new();
            for ind in &p.indicators {
                let has_number = p.series(&ind.id).iter().any(|(_, v)| v.and_then(|v| v.kind.number()).is_some());
                let Some(c) = chart::trend(p, ind, lang, &strings) else {
                    assert!(!has_number, "{}/{}: numbers but no chart", p.slug, ind.id);
                    continue;
                };
                charts += 1;
                let id = chart::chart_id(p, ind);
                for found in check_accessible(&c, &id, ind.name.get(lang, lang)) {
                    assert!(ids.insert(found.clone()), "id {found} is used twice on {}'s page", p.slug);
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
    assert!(pl.description.starts_with("Od 2020 do 2023 wartość "), "{}", pl.description);
    assert!(pl.description.ends_with(" Brak danych za lata 2021–2022."), "{}", pl.description);
    assert!(en.description.starts_with("From 2020 to 2023 the value "), "{}", en.description);
    assert!(en.description.ends_with(" No data for 2021–2022."), "{}", en.description);
    assert!(pl.svg.contains("procedur „Niebieskie Karty”</title>"));
    assert!(pl.svg.contains(">\nbrak danych\n</text>"));
    assert!(en.svg.contains(">\nno data\n</text>"));
}

#[test]
fn a_missing_year_leaves_a_gap_not_a_zero() {
    let site = shapes::site();
    let c = trend(&site, "ksztalty", "z-luka", "pl").unwrap();
    assert_eq!(c.description, "Od 2020 do 2024 wartość spadła z 67 do 40. Brak danych za rok 2022.");
    let doc = Document::parse(&c.svg).unwrap();
    let year_x = |year: &str| {
        let (n, _) = texts(&doc).into_iter().find(|(_, t)| t == year).unwrap_or_else(|| panic!("no label {year}"));
        num_attr(n, "x")
    };
    let gap = year_x("2022");
    // The data points: four years with data, none at 2022.
    let points: Vec<f64> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("fill") == Some(LINE))
        .map(|n| num_attr(n, "cx"))
        .collect();
    assert_eq!(points, ["2020", "2021", "2023", "2024"].map(year_x));
    assert!(!points.contains(&gap));
    // Two line pieces, 2020–2021 and 2023–2024; none crosses 2022.
    let lines: Vec<Vec<f64>> = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some(LINE))
        .map(|n| {
            let pts = n.attribute("points").unwrap();
            pts.split_whitespace().map(|p| p.split(',').next().unwrap().parse().unwrap()).collect()
        })
        .collect();
    assert_eq!(lines, vec![vec![year_x("2020"), year_x("2021")], vec![year_x("2023"), year_x("2024")]]);
    // No value label reads 0.
    let values: Vec<String> = value_labels(&doc).into_iter().map(|(_, t)| t).collect();
    assert_eq!(values, ["40", "67", "34", "50"]);
}

#[test]
fn a_missing_first_year_is_a_no_data_band_at_the_start() {
    let site = shapes::site();
    // `nowy` is new in the 2021–2024 edition; 2021 is "not reported" and 2022
    // has no report: the table shows both as missing, so does the chart.
    for (lang, want) in [
        ("pl", "Od 2023 do 2024 wartość wzrosła z 12 do 15. Brak danych za lata 2021–2022."),
        ("en", "From 2023 to 2024 the value rose from 12 to 15. No data for 2021–2022."),
    ] {
        let c = trend(&site, "edycje", "nowy", lang).unwrap();
        assert_eq!(c.description, want);
        let doc = Document::parse(&c.svg).unwrap();
        let (x21, x22, x23, x24) =
            (year_x(&doc, "2021"), year_x(&doc, "2022"), year_x(&doc, "2023"), year_x(&doc, "2024"));
        assert_eq!(year_ticks(&doc), [x21, x22, x23, x24], "2019 and 2020 are before the edition: not drawn");
        assert_eq!(marks(&doc), [x23, x24]);
        let band = bands(&doc);
        assert_eq!(band.len(), 1, "{band:?}");
        let (l, r) = band[0];
        assert!(l < x21 && x22 < r && r < x23, "{band:?}");
        let label = if lang == "pl" { "brak danych" } else { "no data" };
        assert!(texts(&doc).iter().any(|(_, t)| t == label));
    }
}

#[test]
fn a_missing_last_year_is_a_no_data_band_at_the_end() {
    let site = shapes::site();
    // `wspolny` runs through both editions; the 2024 report does not give it.
    let c = trend(&site, "edycje", "wspolny", "pl").unwrap();
    assert_eq!(c.description, "Od 2019 do 2023 wartość wzrosła z 10 do 14. Brak danych za lata 2022, 2024.");
    let doc = Document::parse(&c.svg).unwrap();
    let x: Vec<f64> = ["2019", "2020", "2021", "2022", "2023", "2024"].iter().map(|y| year_x(&doc, y)).collect();
    assert_eq!(year_ticks(&doc), x);
    assert_eq!(marks(&doc), [x[0], x[1], x[2], x[4]], "no point at 2022 nor 2024");
    let band = bands(&doc);
    assert_eq!(band.len(), 2, "{band:?}");
    assert!(band[1].0 > x[4] && band[1].0 < x[5] && band[1].1 > x[5], "{band:?}");
    // The line stops at 2023: nothing reaches into the 2024 band.
    assert!(polylines(&doc, LINE).iter().flatten().all(|p| p.0 <= x[4]));
    let en = trend(&site, "edycje", "wspolny", "en").unwrap();
    assert!(en.description.ends_with(" No data for 2022, 2024."), "{}", en.description);
}

#[test]
fn years_before_or_after_the_indicators_editions_are_left_out() {
    let site = shapes::site();
    // `stary` is only in the 2018–2020 edition: 2021–2024 "do not apply".
    let c = trend(&site, "edycje", "stary", "pl").unwrap();
    assert_eq!(c.description, "Od 2019 do 2020 wartość wzrosła z 5 do 7.");
    let doc = Document::parse(&c.svg).unwrap();
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
         Brak danych za rok 2022. Wskaźnik nie dotyczył roku 2021."
    );
    let doc = Document::parse(&c.svg).unwrap();
    let all: Vec<String> = texts(&doc).into_iter().map(|(_, t)| t).collect();
    assert!(all.contains(&"nie dotyczy".to_string()) && all.contains(&"brak danych".to_string()), "{all:?}");
    assert_eq!(bands(&doc).len(), 2);
    let en = trend(&site, "edycje", "przerwa", "en").unwrap();
    assert!(en.description.ends_with(" No data for 2022. Not applicable in 2021."), "{}", en.description);
}

#[test]
fn charts_span_the_tables_years_where_the_indicator_applies() {
    let strings = shapes::strings(&["chart"]);
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
                let doc = Document::parse(&c.svg).unwrap();
                assert_eq!(year_ticks(&doc).len(), last - first + 1, "{}/{}: {}", p.slug, ind.id, c.description);
                let gaps = rows[first..=last].iter().filter(|m| m.is_some()).count();
                assert_eq!(!bands(&doc).is_empty(), gaps > 0, "{}/{}", p.slug, ind.id);
            }
        }
    }
}

#[test]
fn values_keep_off_the_target_line() {
    let site = shapes::site();
    // A total of 140 under a target of 150: the total goes above the line.
    let c = trend(&site, "edycje", "blisko-celu", "pl").unwrap();
    let doc = Document::parse(&c.svg).unwrap();
    assert!(value_labels(&doc).iter().any(|(_, t)| t == "140"), "{}", c.svg);
    for site in [shapes::site(), shapes::example_site()] {
        for p in &site.programmes {
            for ind in &p.indicators {
                let Some(c) = trend(&site, &p.slug, &ind.id, "pl") else { continue };
                let doc = Document::parse(&c.svg).unwrap();
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

#[test]
fn chart_text_stays_legible_on_a_phone() {
    // On a 375 px phone the figure gives the chart 325 px; text must come out at
    // 13 px or more there.
    let strings = shapes::strings(&["chart"]);
    for site in [shapes::site(), shapes::example_site()] {
        for p in &site.programmes {
            for ind in &p.indicators {
                let Some(c) = chart::trend(p, ind, "pl", &strings) else { continue };
                let doc = Document::parse(&c.svg).unwrap();
                let view_box = doc.root_element().attribute("viewBox").unwrap();
                let width: f64 = view_box.split(' ').nth(2).unwrap().parse().unwrap();
                for (n, t) in texts(&doc) {
                    let px = num_attr(n, "font-size") * 325.0 / width;
                    assert!(px >= 13.0, "{}/{}: {t:?} is {px:.1} px", p.slug, ind.id);
                }
            }
        }
    }
}

#[test]
fn an_untranslated_name_is_marked_as_polish_in_the_title() {
    let site = shapes::site();
    let title = |lang: &str, id: &str| {
        let c = trend(&site, "edycje", id, lang).unwrap();
        let doc = Document::parse(&c.svg).unwrap();
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
    let all = |c: &Chart| texts(&Document::parse(&c.svg).unwrap()).into_iter().map(|(_, t)| t).collect::<Vec<_>>();
    assert!(all(&pl).contains(&"1\u{a0}322".to_string()), "{:?}", all(&pl));
    assert!(all(&pl).contains(&"1\u{a0}500".to_string()), "{:?}", all(&pl));
    assert!(all(&en).contains(&"1,322".to_string()), "{:?}", all(&en));
    assert_eq!(pl.description, "W 2024 roku wartość wyniosła 1\u{a0}322. Brak danych za lata 2020–2023.");
    assert_eq!(en.description, "In 2024 the value was 1,322. No data for 2020–2023.");
    // Years are integers, never "2024.0".
    assert!(!pl.svg.contains("2024.0"));
}

#[test]
fn a_single_year_is_one_labelled_bar() {
    let site = shapes::site();
    let c = trend(&site, "ksztalty", "jeden-rok", "en").unwrap();
    let doc = Document::parse(&c.svg).unwrap();
    let bars: Vec<Node> =
        doc.descendants().filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some(LINE)).collect();
    assert_eq!(bars.len(), 1, "{}", c.svg);
    assert!(!doc.descendants().any(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some(LINE)));
    // The years before it are in the table as "not reported": here as no data.
    let years: Vec<String> = texts(&doc).into_iter().map(|(_, t)| t).filter(|t| t.starts_with("20")).collect();
    assert_eq!(years, ["2020", "2021", "2022", "2023", "2024"]);
    assert_eq!(bands(&doc).len(), 1);
    // The bar stands on the zero line, centred under its year.
    let (label, _) = texts(&doc).into_iter().find(|(_, t)| t == "2024").unwrap();
    let bar = bars[0];
    let centre = num_attr(bar, "x") + num_attr(bar, "width") / 2.0;
    assert!((centre - num_attr(label, "x")).abs() <= 1.0);
}

#[test]
fn a_breakdown_is_stacked_with_a_legend_and_hatching() {
    let site = shapes::site();
    let c = trend(&site, "ksztalty", "podzial", "pl").unwrap();
    let doc = Document::parse(&c.svg).unwrap();
    let all: Vec<String> = texts(&doc).into_iter().map(|(_, t)| t).collect();
    for want in ["kobiety", "mężczyźni", "łącznie (bez podziału)", "30", "34", "36", "21", "13"] {
        assert!(all.contains(&want.to_string()), "no {want:?} in {all:?}");
    }
    // The second part is told apart by white hatch lines, not colour alone.
    assert!(doc.descendants().any(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some("#FFFFFF")));
    assert_eq!(
        c.description,
        "Od 2021 do 2024 wartość wzrosła z 30 do 36. Brak danych za lata 2020, 2022. W 2023 roku: kobiety 21, mężczyźni 13."
    );
    let en = trend(&site, "ksztalty", "podzial", "en").unwrap();
    assert!(en.svg.contains(">\nwomen\n</text>") && en.svg.contains(">\ntotal (no breakdown)\n</text>"));
}

#[test]
fn a_target_is_a_dashed_labelled_line() {
    let site = shapes::site();
    let c = trend(&site, "ksztalty", "z-celem", "pl").unwrap();
    let doc = Document::parse(&c.svg).unwrap();
    let dashes = doc
        .descendants()
        .filter(|n| (n.has_tag_name("line") || n.has_tag_name("polyline")) && n.attribute("stroke") == Some(TARGET))
        .count();
    assert!(dashes > 10, "{dashes} dashes");
    assert!(texts(&doc).iter().any(|(n, t)| t == "Cel na rok 2024: 50" && n.attribute("fill") == Some(TARGET)));
    assert!(c.description.ends_with(" Cel na rok 2024: 50."), "{}", c.description);
    // 2021 is reported as missing: a gap like a year without a report.
    assert!(c.description.contains("Brak danych za lata 2021–2022."), "{}", c.description);
}

#[test]
fn text_indicators_have_no_chart() {
    let site = shapes::site();
    let p = site.programme("ksztalty").unwrap();
    let strings = shapes::strings(&["chart"]);
    assert!(chart::trend(p, p.indicator("opis").unwrap(), "pl", &strings).is_none());
    assert!(chart::sparkline(p, p.indicator("opis").unwrap(), "pl", &strings).is_none());
}

#[test]
fn negative_and_decimal_values_get_an_axis_below_zero() {
    let site = shapes::site();
    let c = trend(&site, "ksztalty", "saldo", "pl").unwrap();
    let all: Vec<String> = texts(&Document::parse(&c.svg).unwrap()).into_iter().map(|(_, t)| t).collect();
    assert!(all.contains(&"−3".to_string()) && all.contains(&"2,5".to_string()), "{all:?}");
    assert!(all.iter().any(|t| t.starts_with('−')), "{all:?}");
    assert_eq!(c.description, "Od 2023 do 2024 wartość wzrosła z −3 do 2,5. Brak danych za lata 2020–2022.");
}

#[test]
fn sparklines_are_small_hidden_and_keep_gaps() {
    let site = shapes::site();
    let p = site.programme("ksztalty").unwrap();
    let c = chart::sparkline(p, p.indicator("z-luka").unwrap(), "en", &shapes::strings(&["chart"])).unwrap();
    let doc = Document::parse(&c.svg).unwrap();
    let svg = doc.root_element();
    assert_eq!((svg.attribute("width"), svg.attribute("height")), (Some("120"), Some("32")));
    assert_eq!(svg.attribute("aria-hidden"), Some("true"));
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name("polyline")).count(), 2);
    assert!(!doc.descendants().any(|n| n.has_tag_name("text")));
    assert_eq!(c.description, "From 2020 to 2024 the value fell from 67 to 40. No data for 2022.");
}

fn all_charts(site: &Site, strings: &UiStrings) -> Vec<String> {
    let mut out = Vec::new();
    for lang in ["pl", "en"] {
        for p in &site.programmes {
            for ind in &p.indicators {
                out.extend(chart::trend(p, ind, lang, strings).map(|c| c.svg));
                out.extend(chart::sparkline(p, ind, lang, strings).map(|c| c.svg));
            }
        }
    }
    out
}

#[test]
fn charts_are_byte_identical_from_run_to_run() {
    let strings = shapes::strings(&["chart"]);
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

/// Writes one HTML page per chart shape and width into `$JAWNIK_CHART_REVIEW`,
/// for looking at them in a browser: `JAWNIK_CHART_REVIEW=/tmp/review cargo test
/// --test charts -- --ignored`.
#[test]
#[ignore]
fn write_charts_for_review() {
    let Ok(out) = std::env::var("JAWNIK_CHART_REVIEW") else { return };
    std::fs::create_dir_all(&out).unwrap();
    let site = shapes::site();
    let example = shapes::example_site();
    let strings = shapes::strings(&["chart"]);
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
                 <figure class=\"trend-figure\">{}<figcaption>{}</figcaption></figure><p>sparkline: {spark}</p></main>",
                ind.name.get(lang, lang),
                c.svg,
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
