//! No link in the output runs script, end to end: the real binary builds fixture
//! sites whose texts are hostile, and every page carries the
//! Content-Security-Policy, with the 404 page's inline style allowed by its
//! hash. (The refused `javascript:` links themselves are in tests/e2e/check.rs.)

use crate::common;

use std::path::Path;

use common::{copy_dir, tree};
use sha2::{Digest, Sha256};

fn build(root: &Path, out: &Path) -> (i32, String) {
    let o = common::jawnik()
        .args(["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap()])
        .output()
        .unwrap();
    (o.status.code().unwrap(), String::from_utf8_lossy(&o.stderr).into_owned())
}

fn minimal() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal"), dir.path());
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// What a page's policy must say, for a site whose style.css is `css`.
fn policy(css: &[u8]) -> String {
    let hash = Sha256::digest(css);
    let b64 = {
        // The test's own base64, so it does not trust the code under test.
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = String::new();
        for c in hash.chunks(3) {
            let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                s.push(if i <= c.len() { A[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
            }
        }
        s
    };
    format!(
        "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-{b64}'; img-src 'self' https: http:; \
         connect-src 'self'; form-action 'self'; base-uri 'none'"
    )
}

#[test]
fn every_page_carries_the_policy_first_and_the_404_style_matches_its_hash() {
    let site = minimal();
    let out = tempfile::tempdir().unwrap();
    let (code, err) = build(site.path(), &out.path().join("public"));
    assert_eq!(code, 0, "{err}");
    let files = tree(&out.path().join("public"));
    let css = &files["static/style.css"];
    let expected = format!(
        "<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n",
        policy(css)
    );
    let pages: Vec<(&String, String)> = files
        .iter()
        .filter(|(p, _)| jawnik::render::urls::is_page(p))
        .map(|(p, b)| (p, String::from_utf8(b.clone()).unwrap()))
        .collect();
    assert!(pages.len() > 20, "{} pages", pages.len());
    for (path, html) in &pages {
        assert!(html.contains(&expected), "{path} lacks the policy right after <meta charset>");
        assert_eq!(html.matches("Content-Security-Policy").count(), 1, "{path}");
        // Nothing the policy would block: no inline script, no style attribute,
        // no event attribute, no <style> but the 404 page's.
        assert!(!html.contains("<script>") && !html.contains("<script >"), "{path} has an inline script");
        assert!(!html.contains(" style=\""), "{path} has a style attribute");
        assert!(!html.contains(" onload=") && !html.contains(" onclick="), "{path} has an event attribute");
        assert_eq!(html.contains("<style>"), path.as_str() == "404.html", "{path}");
    }
    // The inline style is exactly style.css, whose hash the policy names.
    let not_found = &pages.iter().find(|(p, _)| p.as_str() == "404.html").unwrap().1;
    let inline = not_found.split("<style>").nth(1).and_then(|s| s.split("</style>").next()).unwrap();
    assert_eq!(inline.as_bytes(), css.as_slice());
}

#[test]
fn hostile_texts_reach_the_pages_as_text() {
    let site = minimal();
    let attack = "<script>alert(1)</script>\\\"><img src=x onerror=alert(2)>'";
    let root = site.path();
    edit(&root.join("jawnik.toml"), "name.pl = \"Ośrodek", &format!("name.pl = \"{attack} Ośrodek"));
    edit(
        &root.join("jawnik.toml"),
        "email = \"dostepnosc@example.org\"",
        "email = \"a@example.org\\\" onmouseover=\\\"alert(3)\"",
    );
    edit(
        &root.join("jawnik.toml"),
        "[organisation]\n",
        "[organisation]\naddress = \"<b>ul. X</b>\"\nphone = \"1\\\" onclick=\\\"alert(7)\"\n",
    );
    let programme = root.join("content/pomoc/programme.toml");
    edit(&programme, "unit.pl = \"porady\"", &format!("unit.pl = \"{attack}\""));
    edit(&programme, "name.en = \"Number of consultations given\"", &format!("name.en = \"{attack}\""));
    let year = root.join("content/pomoc/2023.toml");
    edit(&year, "text.pl = \"całodobowo\"", &format!("text.pl = \"{attack}\""));
    edit(&year, "name.pl = \"dozór policji\"", &format!("name.pl = \"{attack}\""));
    edit(
        &year,
        "title.pl = \"Informacja z realizacji programu za rok 2023\"\ntitle.en = \"Report on the programme for 2023\"\nurl = \"https://bip.example.org/pomoc/2023.pdf\"",
        &format!(
            "title.pl = \"{attack}\"\ntitle.en = \"x\"\nurl = \"https://bip.example.org/a?b=\\\"><script>alert(4)</script>\""
        ),
    );
    edit(&root.join("content/pomoc/2023.pl.md"), "title = \"Wprowadzenie\"", &format!("title = \"{attack}\""));
    edit(
        &root.join("content/pomoc/2023.en.md"),
        "The programme ran **all year**.",
        "`<script>alert(5)</script>` &lt;script&gt; [x](https://example.org/\"onmouseover=alert(6)) <https://example.org/?q=\"onmouseover=alert(8)>",
    );
    let out = tempfile::tempdir().unwrap();
    let (code, err) = build(root, &out.path().join("public"));
    assert_eq!(code, 0, "{err}");
    let mut shown = 0;
    for (path, bytes) in tree(&out.path().join("public")) {
        let text = String::from_utf8_lossy(&bytes);
        if path.ends_with(".js") {
            // The search index holds the texts as JavaScript strings: harmless
            // markup there, as long as none can end the <script> element.
            assert!(!text.contains("</script") && !text.contains("</SCRIPT"), "{path} could end its <script>");
            continue;
        }
        if !(path.ends_with(".html") || path.ends_with(".xml") || path.ends_with(".svg")) {
            continue;
        }
        for (tag, attributes) in tags(&text) {
            // The site's own scripts are files (`<script src>`); the texts bring no element.
            assert!(tag != "script" || attributes.iter().any(|a| a == "src"), "{path} has an inline <script>");
            assert!(!matches!(tag.as_str(), "img" | "b" | "iframe"), "{path} has a <{tag}> element");
            for a in attributes {
                assert!(!a.starts_with("on"), "{path}: <{tag}> has an event attribute `{a}`");
            }
        }
        shown += text.matches("&lt;script&gt;alert(1)").count();
    }
    assert!(shown > 10, "the hostile text is shown as text ({shown} times)");
}

/// Every start tag of an HTML or XML text: its name and attribute names,
/// lowercased, read as a browser would (quoted values skipped).
fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let b = html.as_bytes();
    let mut i = 0;
    while let Some(at) = html[i..].find('<') {
        i += at + 1;
        if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end =
            html[i..].find(|c: char| c.is_whitespace() || c == '>' || c == '/').map_or(html.len(), |e| i + e);
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        let mut attributes = Vec::new();
        // Attributes up to the closing `>`, outside quotes.
        loop {
            while b.get(i).is_some_and(|c| c.is_ascii_whitespace() || *c == b'/') {
                i += 1;
            }
            match b.get(i) {
                None | Some(b'>') => break,
                _ => {}
            }
            let start = i;
            while b.get(i).is_some_and(|c| !c.is_ascii_whitespace() && !matches!(c, b'=' | b'>' | b'/')) {
                i += 1;
            }
            attributes.push(html[start..i].to_ascii_lowercase());
            if b.get(i) == Some(&b'=') {
                i += 1;
                match b.get(i) {
                    Some(q @ (b'"' | b'\'')) => {
                        let q = *q as char;
                        i += 1 + html[i + 1..].find(q).map_or(html.len() - i - 1, |e| e + 1);
                    }
                    _ => {
                        while b.get(i).is_some_and(|c| !c.is_ascii_whitespace() && *c != b'>') {
                            i += 1;
                        }
                    }
                }
            }
            if start == i {
                i += 1;
            }
        }
        out.push((name, attributes));
    }
    out
}

#[test]
fn the_tag_reader_finds_event_attributes() {
    let found = tags("<p>a</p><img src=x onerror=alert(1)><a href=\"x y\" title='z' onclick=\"b\">");
    assert_eq!(
        found,
        [
            ("p".to_string(), vec![]),
            ("img".to_string(), vec!["src".to_string(), "onerror".to_string()]),
            ("a".to_string(), vec!["href".to_string(), "title".to_string(), "onclick".to_string()]),
        ]
    );
}
