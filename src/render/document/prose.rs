//! A Markdown text (a report's introduction or conclusions) as a tree of
//! blocks and inlines, for layouts that are not HTML (the PDF).
//!
//! Parsed with the same pulldown-cmark options as the pages
//! (`render::markdown`), and nothing is dropped but HTML comments (the only
//! HTML content validation lets through): an image becomes its description,
//! a footnote reference its label in brackets. Heading levels are made
//! relative: the text's top heading is level 1, whatever it was written as.

use std::iter::Peekable;

use pulldown_cmark::{Event, Options, Parser, Tag};
use serde::Serialize;

/// A block of text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Block {
    Heading { level: u8, inlines: Vec<Inline> },
    Paragraph { inlines: Vec<Inline> },
    List { ordered: bool, start: u64, items: Vec<Vec<Block>> },
    Quote { blocks: Vec<Block> },
    Code { text: String },
    Rule,
    Table { head: Vec<Vec<Inline>>, rows: Vec<Vec<Vec<Inline>>> },
    Footnote { label: String, blocks: Vec<Block> },
}

/// A run of text inside a block.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Inline {
    Text { text: String },
    Emph { inlines: Vec<Inline> },
    Strong { inlines: Vec<Inline> },
    Strike { inlines: Vec<Inline> },
    Code { text: String },
    Link { url: String, inlines: Vec<Inline> },
    Break,
}

type Events<'a> = Peekable<Parser<'a>>;

/// The blocks of a Markdown text.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut events = Parser::new_ext(markdown, options).peekable();
    let mut out = parse_blocks(&mut events);
    let top = min_heading(&out).unwrap_or(1);
    relevel(&mut out, top - 1);
    out
}

fn is_block(tag: &Tag) -> bool {
    !matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Superscript
            | Tag::Subscript
    )
}

/// Blocks up to the end of the enclosing container (its end event is consumed)
/// or of the text.
fn parse_blocks(ev: &mut Events) -> Vec<Block> {
    let mut out = Vec::new();
    while let Some(e) = ev.peek() {
        match e {
            Event::End(_) => {
                ev.next();
                break;
            }
            Event::Start(tag) if is_block(tag) => {
                let Some(Event::Start(tag)) = ev.next() else { break };
                parse_block(tag, ev, &mut out);
            }
            Event::Rule => {
                ev.next();
                out.push(Block::Rule);
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                ev.next();
            }
            // Inline content straight in a container (a tight list item).
            _ => {
                let inlines = loose_inlines(ev);
                if !inlines.is_empty() {
                    out.push(Block::Paragraph { inlines });
                }
            }
        }
    }
    out
}

/// Adds the block that `tag` opens to `out`, its end consumed.
fn parse_block(tag: Tag, ev: &mut Events, out: &mut Vec<Block>) {
    out.push(match tag {
        Tag::Paragraph => Block::Paragraph { inlines: parse_inlines(ev) },
        Tag::Heading { level, .. } => Block::Heading { level: level as u8, inlines: parse_inlines(ev) },
        Tag::BlockQuote(_) => Block::Quote { blocks: parse_blocks(ev) },
        Tag::CodeBlock(_) => Block::Code { text: text_until_end(ev).trim_end_matches('\n').to_string() },
        Tag::List(start) => {
            let mut items = Vec::new();
            while let Some(e) = ev.next() {
                match e {
                    Event::Start(Tag::Item) => items.push(parse_blocks(ev)),
                    Event::End(_) => break,
                    _ => {}
                }
            }
            Block::List { ordered: start.is_some(), start: start.unwrap_or(1), items }
        }
        Tag::FootnoteDefinition(label) => Block::Footnote { label: label.to_string(), blocks: parse_blocks(ev) },
        Tag::Table(_) => {
            let (mut head, mut rows) = (Vec::new(), Vec::new());
            while let Some(e) = ev.next() {
                match e {
                    Event::Start(Tag::TableHead) => head = cells(ev),
                    Event::Start(Tag::TableRow) => rows.push(cells(ev)),
                    Event::End(_) => break,
                    _ => {}
                }
            }
            Block::Table { head, rows }
        }
        // Comments (all the HTML validation lets through) show nothing.
        Tag::HtmlBlock | Tag::MetadataBlock(_) => {
            text_until_end(ev);
            return;
        }
        // Anything else block-like (a definition list): its contents.
        _ => {
            out.extend(parse_blocks(ev));
            return;
        }
    });
}

/// The cells of a table row (or head), its end consumed.
fn cells(ev: &mut Events) -> Vec<Vec<Inline>> {
    let mut out = Vec::new();
    while let Some(e) = ev.next() {
        match e {
            Event::Start(Tag::TableCell) => out.push(parse_inlines(ev)),
            Event::End(_) => break,
            _ => {}
        }
    }
    out
}

/// Inlines up to the end of the enclosing element (consumed).
fn parse_inlines(ev: &mut Events) -> Vec<Inline> {
    let mut out = Vec::new();
    while let Some(e) = ev.next() {
        if matches!(e, Event::End(_)) {
            break;
        }
        inline(e, ev, &mut out);
    }
    merge_text(out)
}

/// Inlines as long as the next event is one (not a block, not an end).
fn loose_inlines(ev: &mut Events) -> Vec<Inline> {
    let mut out = Vec::new();
    while let Some(e) = ev.peek() {
        let block = match e {
            Event::End(_) | Event::Rule | Event::Html(_) => true,
            Event::Start(tag) => is_block(tag),
            _ => false,
        };
        if block {
            break;
        }
        let Some(e) = ev.next() else { break };
        inline(e, ev, &mut out);
    }
    merge_text(out)
}

/// Adds the inline that `e` is (reading on for an element's contents).
fn inline(e: Event, ev: &mut Events, out: &mut Vec<Inline>) {
    let text = |s: &str| Inline::Text { text: s.to_string() };
    match e {
        Event::Text(t) => out.push(text(&t)),
        Event::Code(t) => out.push(Inline::Code { text: t.to_string() }),
        Event::SoftBreak => out.push(text(" ")),
        Event::HardBreak => out.push(Inline::Break),
        Event::FootnoteReference(label) => out.push(text(&format!("[{label}]"))),
        Event::TaskListMarker(done) => out.push(text(if done { "[x] " } else { "[ ] " })),
        Event::InlineMath(t) | Event::DisplayMath(t) => out.push(text(&t)),
        Event::Start(Tag::Emphasis) => out.push(Inline::Emph { inlines: parse_inlines(ev) }),
        Event::Start(Tag::Strong) => out.push(Inline::Strong { inlines: parse_inlines(ev) }),
        Event::Start(Tag::Strikethrough) => out.push(Inline::Strike { inlines: parse_inlines(ev) }),
        Event::Start(Tag::Link { dest_url, .. }) => {
            out.push(Inline::Link { url: dest_url.to_string(), inlines: parse_inlines(ev) })
        }
        // An image is not fetched: its description stands in its place.
        Event::Start(Tag::Image { .. }) => out.extend(parse_inlines(ev)),
        Event::Start(_) => out.extend(parse_inlines(ev)),
        Event::Html(_) | Event::InlineHtml(_) | Event::Rule | Event::End(_) => {}
    }
}

/// Text up to the end of the enclosing element (consumed).
fn text_until_end(ev: &mut Events) -> String {
    let mut s = String::new();
    let mut depth = 0;
    for e in ev.by_ref() {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) if depth == 0 => break,
            Event::End(_) => depth -= 1,
            Event::Text(t) | Event::Code(t) | Event::Html(t) => s.push_str(&t),
            _ => {}
        }
    }
    s
}

/// Joins neighbouring text runs (pulldown-cmark splits text at every
/// character it might have treated as markup).
fn merge_text(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
    for i in inlines {
        match (out.last_mut(), i) {
            (Some(Inline::Text { text: a }), Inline::Text { text: b }) => a.push_str(&b),
            (_, i) => out.push(i),
        }
    }
    out
}

fn min_heading(blocks: &[Block]) -> Option<u8> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, .. } => Some(*level),
            Block::Quote { blocks } | Block::Footnote { blocks, .. } => min_heading(blocks),
            Block::List { items, .. } => items.iter().filter_map(|i| min_heading(i)).min(),
            _ => None,
        })
        .min()
}

fn relevel(blocks: &mut [Block], by: u8) {
    for b in blocks {
        match b {
            Block::Heading { level, .. } => *level -= by.min(*level - 1),
            Block::Quote { blocks } | Block::Footnote { blocks, .. } => relevel(blocks, by),
            Block::List { items, .. } => items.iter_mut().for_each(|i| relevel(i, by)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::Text { text: s.into() }
    }

    #[test]
    fn paragraphs_emphasis_and_links_keep_every_word() {
        let b = blocks("Zgodnie z *III rozdziałem* i **art. 12a**,\nzob. [BIP](https://bip.example.pl) i `kod`.");
        assert_eq!(
            b,
            vec![Block::Paragraph {
                inlines: vec![
                    t("Zgodnie z "),
                    Inline::Emph { inlines: vec![t("III rozdziałem")] },
                    t(" i "),
                    Inline::Strong { inlines: vec![t("art. 12a")] },
                    t(", zob. "),
                    Inline::Link { url: "https://bip.example.pl".into(), inlines: vec![t("BIP")] },
                    t(" i "),
                    Inline::Code { text: "kod".into() },
                    t("."),
                ]
            }]
        );
    }

    #[test]
    fn headings_start_at_level_one_and_lists_nest() {
        let b = blocks("## Potrzeby\n\n- jeden\n- dwa\n  1. a\n\n### Dalej\n\ntekst");
        assert_eq!(b[0], Block::Heading { level: 1, inlines: vec![t("Potrzeby")] });
        let Block::List { ordered: false, items, .. } = &b[1] else { panic!("{b:?}") };
        assert_eq!(items[0], vec![Block::Paragraph { inlines: vec![t("jeden")] }]);
        assert!(matches!(&items[1][1], Block::List { ordered: true, start: 1, items } if items.len() == 1));
        assert_eq!(b[2], Block::Heading { level: 2, inlines: vec![t("Dalej")] });
        assert_eq!(b[3], Block::Paragraph { inlines: vec![t("tekst")] });
    }

    #[test]
    fn tables_comments_images_and_footnotes() {
        let b = blocks(
            "<!-- uwaga -->\n\n| Rok | Liczba |\n|---|---|\n| 2023 | 34 |\n\n![wykres słupkowy](x.png)[^1]\n\n[^1]: Źródło.",
        );
        assert_eq!(
            b[0],
            Block::Table {
                head: vec![vec![t("Rok")], vec![t("Liczba")]],
                rows: vec![vec![vec![t("2023")], vec![t("34")]]]
            }
        );
        assert_eq!(b[1], Block::Paragraph { inlines: vec![t("wykres słupkowy[1]")] });
        assert_eq!(
            b[2],
            Block::Footnote { label: "1".into(), blocks: vec![Block::Paragraph { inlines: vec![t("Źródło.")] }] }
        );
        assert_eq!(b.len(), 3);
    }
}
