//! A year report as a tagged, PDF/UA-1 conformant PDF, typeset by typst.
//!
//! The layout is one typst template (`report.typ`, compiled into the binary);
//! the report's content reaches it only as data: the report document
//! ([`crate::render::document::ReportDoc`]) serialised to JSON, which the
//! template reads with `json(...)`. Clerk text is never spliced into typst
//! markup, so `#`, `$`, `*` or `<` in it print as they are.
//!
//! Output is deterministic: the document date comes from the report (its
//! metryczka) or is left out, the PDF's identifier from the report's address,
//! and no clock or system font is ever read ([`world`]).

mod world;

use typst::diag::{SourceDiagnostic, Warned};
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

/// The report template.
const TEMPLATE: &str = include_str!("report.typ");

/// Typesets one report. `data` is the report document as JSON; `ident` names
/// the document for good (programme, year, language): the PDF's identifier is
/// derived from it, so rebuilding gives the same file.
pub fn render(data: Vec<u8>, ident: &str) -> Result<Vec<u8>, String> {
    let world = world::ReportWorld::new(TEMPLATE, data);
    let Warned { output, warnings: _ } = typst::compile::<PagedDocument>(&world);
    let document = output.map_err(|errors| describe(&world, &errors))?;
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some(format!("jawnik {}", env!("CARGO_PKG_VERSION")))),
        standards: PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| e.message().to_string())?,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| describe(&world, &errors))
}

/// typst's errors as one message, each with its line in the template (they
/// are faults in the template, not something a clerk can fix).
fn describe(world: &world::ReportWorld, errors: &[SourceDiagnostic]) -> String {
    use typst::WorldExt;
    errors
        .iter()
        .map(|e| {
            let line = world.range(e.span).map(|r| TEMPLATE[..r.start].lines().count().max(1));
            let at = line.map(|l| format!("report.typ:{l}: ")).unwrap_or_default();
            let hints: Vec<&str> = e.hints.iter().map(|h| h.v.as_str()).collect();
            if hints.is_empty() {
                format!("{at}{}", e.message)
            } else {
                format!("{at}{} ({})", e.message, hints.join("; "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The text typst laid out, run after run (what a reader would copy), with
/// any warnings: for tests that check what reached the page.
#[cfg(test)]
fn laid_out_text(data: Vec<u8>) -> (String, Vec<String>) {
    use typst::layout::{Frame, FrameItem};
    fn walk(frame: &Frame, out: &mut String) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(g) => walk(&g.frame, out),
                FrameItem::Text(t) => {
                    out.push_str(&t.text);
                    out.push(' ');
                }
                _ => {}
            }
        }
    }
    let world = world::ReportWorld::new(TEMPLATE, data);
    let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
    let document = output.unwrap_or_else(|e| panic!("{}", describe(&world, &e)));
    let mut text = String::new();
    document.pages().iter().for_each(|p| walk(&p.frame, &mut text));
    (text, warnings.iter().map(|w| w.message.to_string()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::document::{self, Block, Inline, ReportDoc, Txt};

    fn mini(lang: &str) -> ReportDoc {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
        let site = crate::content::load::load_site(&root).site.expect("the mini site loads");
        let theme = crate::render::theme::Theme::load(&root, &site.config.theme).expect("its theme loads");
        let inputs = document::Inputs { site: &site, strings: &theme.strings };
        document::build(&inputs, 0, 2023, lang).expect("the mini site has a 2023 report")
    }

    /// Squeezes whitespace out: lines break wherever the layout wants.
    fn squeeze(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    #[test]
    fn the_same_report_gives_the_same_bytes() {
        let json = serde_json::to_vec(&mini("pl")).unwrap();
        let a = render(json.clone(), "pl/data/pomoc/pomoc-2023-pl.pdf").unwrap();
        let b = render(json, "pl/data/pomoc/pomoc-2023-pl.pdf").unwrap();
        assert!(a.starts_with(b"%PDF-1.7"), "{:?}", String::from_utf8_lossy(&a[..20]));
        assert!(a == b, "two renders of one report differ");
    }

    #[test]
    fn every_value_and_note_reaches_the_page_without_warnings() {
        for lang in ["pl", "en"] {
            let (text, warnings) = laid_out_text(serde_json::to_vec(&mini(lang)).unwrap());
            assert!(warnings.is_empty(), "{lang}: {warnings:?}");
            let text = squeeze(&text);
            let expect: &[&str] = match lang {
                "pl" => &[
                    "2 506",
                    "17,25",
                    "całodobowo",
                    "55",
                    "dzieci: 35",
                    "rodzice: 20",
                    "Liczba porad",
                    "Poprawiono liczbę porad.",
                    "28 marca 2024",
                    "Anna Nowak",
                    "Według rejestru porad GOPS.",
                ],
                _ => &[
                    "2,506",
                    "17.25",
                    "24 hours a day",
                    "children: 35",
                    "parents: 20",
                    "The number of advice sessions was corrected.",
                    "28 March 2024",
                ],
            };
            for e in expect {
                assert!(text.contains(&squeeze(e)), "{lang}: {e:?} is not in the PDF's text: {text}");
            }
        }
    }

    #[test]
    fn clerk_text_prints_as_written_never_as_markup() {
        let nasty =
            r#"#set page(width: 1cm) $x^2$ *b* _i_ @ref <lbl> \ `raw` // c /* d */ [x] {y} ~ -- = h ' " 50% & <b>"#;
        let mut doc = mini("pl");
        doc.programme = Txt::plain(nasty);
        doc.values.goals[0].tasks[0].rows[0].indicator = Txt { text: nasty.into(), lang: Some("en".into()) };
        doc.intro.as_mut().unwrap().blocks.push(Block::Paragraph {
            inlines: vec![Inline::Strong { inlines: vec![Inline::Text { text: nasty.into() }] }],
        });
        let (text, warnings) = laid_out_text(serde_json::to_vec(&doc).unwrap());
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(squeeze(&text).matches(&squeeze(nasty)).count(), 3, "{text}");
    }
}
