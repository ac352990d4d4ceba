//! Markdown → HTML for programme descriptions and report narratives, with
//! pulldown-cmark (tables, footnotes, strikethrough).
//!
//! Raw HTML is refused: text pasted from Word brings `<span style=…>` soup that
//! breaks the page's accessibility and styling, and `<script>`, `<iframe>` or an
//! `onerror=` would run in the reader's browser, so it is an error at
//! `file:line` with a hint to write the formatting in Markdown. So is a link or
//! image whose address could run a script (`javascript:`, `data:`…; see
//! [`content::links`](crate::content::links)). `jawnik check` runs the same
//! [`lint`] through `content::validate`, and [`to_html`] renders nothing while
//! it finds an error. HTML comments are allowed and dropped; even without
//! `lint`, no raw HTML of the author's reaches the page.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::content::links::Named;
use crate::content::{MarkdownDoc, Site};
use crate::diagnostics::{Diagnostic, Diagnostics};

/// How a document is placed in its page.
#[derive(Clone, Debug)]
pub struct Placement<'a> {
    /// The level the document's own top heading becomes: the page has its own
    /// `<h1>` and `<h2>` sections, so with 3 a text whose headings start at `##`
    /// gets `<h3>`s, and every deeper heading moves with it (order is kept).
    pub top_heading: u8,
    /// The accessible name of the scrolling region around each table.
    pub table_label: &'a str,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

/// The document as HTML, or the raw-HTML errors that stop it being published.
pub fn to_html(doc: &MarkdownDoc, placement: &Placement) -> Result<String, Diagnostics> {
    let problems = lint(doc);
    if problems.has_errors() {
        return Err(problems);
    }
    let region = format!(
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">",
        escape_attr(placement.table_label)
    );
    let top = Parser::new_ext(&doc.body, options())
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(level as u8),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let offset = placement.top_heading.saturating_sub(top);
    let mut in_html_block = false;
    let mut events = Vec::new();
    for event in Parser::new_ext(&doc.body, options()) {
        match event {
            // Comments are the only HTML `lint` lets through: drop them.
            Event::Start(Tag::HtmlBlock) => in_html_block = true,
            Event::End(TagEnd::HtmlBlock) => in_html_block = false,
            Event::Html(_) | Event::InlineHtml(_) => {}
            _ if in_html_block => {}
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                let level = shift(level, offset);
                events.push(Event::Start(Tag::Heading { level, id, classes, attrs }));
            }
            Event::End(TagEnd::Heading(level)) => events.push(Event::End(TagEnd::Heading(shift(level, offset)))),
            // The scrolling region is ours, not the author's: the only HTML that
            // reaches the page.
            Event::Start(Tag::Table(align)) => {
                events.push(Event::Html(CowStr::from(region.clone())));
                events.push(Event::Start(Tag::Table(align)));
            }
            Event::End(TagEnd::Table) => {
                events.push(Event::End(TagEnd::Table));
                events.push(Event::Html(CowStr::from("</div>\n")));
            }
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Ok(html)
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

fn shift(level: HeadingLevel, by: u8) -> HeadingLevel {
    let n = (level as u8).saturating_add(by).min(6);
    HeadingLevel::try_from(usize::from(n)).unwrap_or(HeadingLevel::H6)
}

/// Raw HTML and refused link addresses in the document, at the file's real
/// line: one raw-HTML error per line (an opening and a closing tag on one line
/// are one problem).
pub fn lint(doc: &MarkdownDoc) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let mut block: Option<(std::ops::Range<usize>, String)> = None;
    let mut lines_reported = std::collections::BTreeSet::new();
    let mut report = |range: std::ops::Range<usize>, html: &str, diags: &mut Diagnostics| {
        let line = crate::diagnostics::line_col(&doc.body, range.start).0;
        if is_comment(html) || !lines_reported.insert(line) {
            return;
        }
        let tag = first_tag(html);
        let mut d = Diagnostic::error(&doc.path, msg!("raw-html", tag = &tag))
            .at(&doc.body, range)
            .hint(msg!("raw-html-hint", tag = &tag));
        d.line = d.line.map(|l| l + doc.body_line - 1);
        diags.push(d);
    };
    for (event, range) in Parser::new_ext(&doc.body, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::HtmlBlock) => block = Some((range, String::new())),
            Event::Html(h) => match &mut block {
                Some((_, text)) => text.push_str(&h),
                None => report(range, &h, &mut diags),
            },
            Event::End(TagEnd::HtmlBlock) => {
                if let Some((range, text)) = block.take() {
                    report(range, &text, &mut diags);
                }
            }
            Event::InlineHtml(h) => report(range, &h, &mut diags),
            Event::Start(Tag::Link { dest_url, .. }) => check_link(doc, range, &dest_url, Named::Link, &mut diags),
            Event::Start(Tag::Image { dest_url, .. }) => check_link(doc, range, &dest_url, Named::Image, &mut diags),
            _ => {}
        }
    }
    diags
}

/// A link's or image's address, as the Markdown parser decoded it (entities
/// such as `&#106;` already replaced), checked like every link of the site.
fn check_link(doc: &MarkdownDoc, range: std::ops::Range<usize>, target: &str, what: Named, diags: &mut Diagnostics) {
    use crate::content::links::{classify, refused_message, Refused};
    let (message, hint) = match classify(target) {
        Ok(_) => return,
        // `[text]()`: a link to the page itself; harmless, but likely unfinished.
        Err(Refused::Empty) => {
            let what = if matches!(what, Named::Image) { "image" } else { "link" };
            let mut d = Diagnostic::warning(&doc.path, msg!("link-no-address", what = what))
                .at(&doc.body, range)
                .hint(msg!("link-no-address-hint"));
            d.line = d.line.map(|l| l + doc.body_line - 1);
            diags.push(d);
            return;
        }
        Err(why) => refused_message(what, target, &why),
    };
    let mut d = Diagnostic::error(&doc.path, message).at(&doc.body, range).hint(hint);
    d.line = d.line.map(|l| l + doc.body_line - 1);
    diags.push(d);
}

/// `<!-- … -->`, but not Word's conditional comments (`<!--[if gte mso 9]>`).
fn is_comment(html: &str) -> bool {
    let t = html.trim();
    t.starts_with("<!--") && t.ends_with("-->") && !t.starts_with("<!--[") && t.matches("<!--").count() == 1
}

/// The first tag of an HTML fragment, shortened for a message: `<span style=…>`.
fn first_tag(html: &str) -> String {
    let t = html.trim_start();
    let end = t.find('>').map_or(t.len(), |i| i + 1);
    let tag = t[..end].lines().next().unwrap_or("");
    let name: String = tag.chars().take_while(|c| !c.is_whitespace()).collect();
    if name.len() == tag.len() || tag.starts_with("<!") {
        return tag.chars().take(40).collect();
    }
    let attr: String = tag[name.len()..].trim_start().chars().take_while(|c| *c != '=').collect();
    if attr.is_empty() {
        format!("{name}…>")
    } else {
        format!("{name} {attr}=…>")
    }
}

/// Raw HTML anywhere in the site's Markdown files (programme descriptions,
/// report narratives and conclusions), for `jawnik check`.
pub fn lint_site(site: &Site, diags: &mut Diagnostics) {
    for p in &site.programmes {
        let docs = p
            .description
            .0
            .values()
            .chain(p.reports.iter().flat_map(|r| r.narrative.0.values().chain(r.conclusions.0.values())));
        for doc in docs {
            diags.extend(lint(doc));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> MarkdownDoc {
        MarkdownDoc { title: None, body: body.into(), path: "content/p/2023.pl.md".into(), body_line: 4 }
    }

    fn html(body: &str) -> String {
        to_html(&doc(body), &Placement { top_heading: 3, table_label: "Tabela" }).unwrap()
    }

    #[test]
    fn tables_footnotes_and_strikethrough_render() {
        assert_eq!(html("## A\n\n### B\n"), "<h3>A</h3>\n<h4>B</h4>\n", "top heading becomes h3");
        let out = html("# Wstęp\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nTekst[^1] ~~stary~~\n\n[^1]: Przypis.\n");
        assert!(out.contains("<h3>Wstęp</h3>"), "{out}");
        assert!(
            out.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabela\"><table>"),
            "{out}"
        );
        assert!(out.contains("</table>\n</div>"), "{out}");
        assert!(out.contains("<del>stary</del>"), "{out}");
        assert!(out.contains("footnote-definition"), "{out}");
    }

    #[test]
    fn raw_html_is_an_error_at_the_files_line() {
        let d = doc("Akapit.\n\nTekst <span style=\"font-weight: bold; mso-bidi-font-weight: normal\">ważny</span>.\n");
        let diags = lint(&d);
        assert_eq!(diags.items.len(), 1, "one error per line");
        let first = &diags.items[0];
        assert_eq!(first.location(), "content/p/2023.pl.md:6:7");
        assert_eq!(first.message, "raw HTML is not allowed in the text: `<span style=…>`");
        assert!(first.hint.as_deref().unwrap().starts_with("remove the HTML tag <span style=…>"));
        assert!(to_html(&d, &Placement { top_heading: 3, table_label: "" }).is_err());
    }

    #[test]
    fn html_blocks_are_one_error_and_comments_are_dropped() {
        let diags = lint(&doc("<div class=\"WordSection1\">\n<p>Tekst</p>\n</div>\n"));
        assert_eq!(diags.items.len(), 1);
        assert_eq!(diags.items[0].message, "raw HTML is not allowed in the text: `<div class=…>`");
        assert_eq!(lint(&doc("a<br>b\n")).items[0].message, "raw HTML is not allowed in the text: `<br>`");
        assert!(lint(&doc("<!-- do uzupełnienia -->\n\nTekst\n")).is_empty());
        assert_eq!(lint(&doc("<!--[if gte mso 9]><xml></xml><![endif]-->\n")).items.len(), 1);
        assert_eq!(html("<!-- notatka -->\n\nTekst\n"), "<p>Tekst</p>\n");
    }
}

#[cfg(test)]
mod link_tests {
    use super::*;

    fn doc(body: &str) -> MarkdownDoc {
        MarkdownDoc { title: None, body: body.into(), path: "content/p/2023.pl.md".into(), body_line: 4 }
    }

    fn problems(body: &str) -> Vec<String> {
        lint(&doc(body)).items.iter().map(|d| format!("{}: {}", d.location(), d.message)).collect()
    }

    fn html(body: &str) -> Option<String> {
        to_html(&doc(body), &Placement { top_heading: 3, table_label: "" }).ok()
    }

    #[test]
    fn script_links_are_errors_in_every_markdown_form() {
        let link = "the link starts with `javascript:`, which is not allowed";
        for body in [
            "[x](javascript:alert(1))",
            "[x](JavaScript:alert(1))",
            "<javascript:alert(1)>",
            "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "[x](javascript&colon;alert(1))",
            "[x](<java\tscript:alert(1)>)",
            "[x](< javascript:alert(1)>)",
            "[x][r]\n\n[r]: javascript:alert(1)",
        ] {
            assert_eq!(problems(body), [format!("content/p/2023.pl.md:4:1: {link}")], "{body:?}");
            assert_eq!(html(body), None, "{body:?} must not render");
        }
        assert_eq!(
            problems("Tekst\n\n![wykres](javascript:alert(1))"),
            ["content/p/2023.pl.md:6:1: the image address starts with `javascript:`, which is not allowed"]
        );
        assert_eq!(
            problems("[x](data:text/html,<script>alert(1)</script>) [y](vbscript:x) [z](file:///etc/passwd)"),
            [
                "content/p/2023.pl.md:4:1: the link starts with `data:`, which is not allowed",
                "content/p/2023.pl.md:4:47: the link starts with `vbscript:`, which is not allowed",
                "content/p/2023.pl.md:4:63: the link starts with `file:`, which is not allowed",
            ]
        );
        assert_eq!(
            problems("[x](//evil.example/)"),
            ["content/p/2023.pl.md:4:1: the link starts with `//`: it leads to another site without saying how"]
        );
    }

    #[test]
    fn raw_html_that_would_run_script_never_renders() {
        for body in [
            "<a href=\"javascript:alert(1)\">x</a>",
            "<img src=x onerror=alert(1)>",
            "<script>alert(1)</script>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "x <scr<script>ipt>alert(1)</script>",
            "<object data=x></object>",
            "<style>body{display:none}</style>",
        ] {
            assert_eq!(problems(body).len(), 1, "{body:?}");
            assert_eq!(html(body), None, "{body:?}");
        }
        // A comment is dropped whole, whatever it holds.
        assert_eq!(html("<!-- <script>alert(1)</script> -->\n"), Some(String::new()));
    }

    #[test]
    fn good_links_render_escaped() {
        assert_eq!(
            html("[BIP](https://bip.example.pl/?a=1&b=2 \"t\\\" onmouseover=x\") <a@b.pl> [tel](tel:+48825763181) [rok](../2022/)"),
            Some(
                "<p><a href=\"https://bip.example.pl/?a=1&amp;b=2\" title=\"t&quot; onmouseover=x\">BIP</a> \
                 <a href=\"mailto:a@b.pl\">a@b.pl</a> <a href=\"tel:+48825763181\">tel</a> <a href=\"../2022/\">rok</a></p>\n"
                    .into()
            )
        );
        // Not a scheme to a browser: a harmless (if broken) relative link.
        assert_eq!(html("[x](%6Aavascript:alert(1))"), Some("<p><a href=\"%6Aavascript:alert(1)\">x</a></p>\n".into()));
        assert_eq!(problems("[x]()"), ["content/p/2023.pl.md:4:1: the link has no address"]);
    }
}
