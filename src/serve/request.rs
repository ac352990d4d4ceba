//! Request paths, checked and mapped to the site's files without I/O.
//!
//! hyper parses the request itself; this module decides what its path means.
//! The server looks files up by key in the in-memory site, never on disk, so a
//! path cannot escape the output however it is spelt. These checks still refuse
//! anything that *tries* (`..`, encoded slashes, backslashes, NUL) with a 400, so
//! a request never means something different here than on a static server.

use std::fmt;

/// A decoded, checked request path.
#[derive(Debug, PartialEq, Eq)]
pub struct SitePath {
    /// The decoded path without its leading `/` (`pl/data/` or `static/site.css`).
    pub decoded: String,
    /// The path as sent (still encoded), for redirects.
    pub raw: String,
    /// The query string as sent, without the `?`.
    pub query: Option<String>,
}

/// Why a request was refused with 400 Bad Request.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    NotAPath,
    BadEscape,
    EncodedSeparator,
    Backslash,
    ControlCharacter,
    NotUtf8,
    DotSegment,
    EmptySegment,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Refusal::NotAPath => "the request target is not a path",
            Refusal::BadEscape => "malformed percent-encoding in the path",
            Refusal::EncodedSeparator => "encoded `/` or `\\` in the path",
            Refusal::Backslash => "backslash in the path",
            Refusal::ControlCharacter => "NUL or control character in the path",
            Refusal::NotUtf8 => "the path is not UTF-8",
            Refusal::DotSegment => "`.` or `..` in the path",
            Refusal::EmptySegment => "empty segment (`//`) in the path",
        })
    }
}

/// Decodes and checks a request's path and query (`/pl/przemoc/?x=1`), still
/// percent-encoded as sent.
pub fn decode_target(target: &str) -> Result<SitePath, Refusal> {
    let target = target.split_once('#').map_or(target, |(before, _)| before);
    let (raw, query) = match target.split_once('?') {
        Some((path, query)) => (path, Some(query.to_string())),
        None => (target, None),
    };
    if !raw.starts_with('/') {
        return Err(Refusal::NotAPath);
    }
    if raw.contains('\\') {
        return Err(Refusal::Backslash);
    }
    let bytes = percent_decode(raw)?;
    if bytes.iter().any(|&b| b < 0x20 || b == 0x7f) {
        return Err(Refusal::ControlCharacter);
    }
    let decoded = String::from_utf8(bytes).map_err(|_| Refusal::NotUtf8)?;
    let rest = &decoded[1..];
    if !rest.is_empty() {
        let segments: Vec<&str> = rest.split('/').collect();
        for (i, seg) in segments.iter().enumerate() {
            if *seg == "." || *seg == ".." {
                return Err(Refusal::DotSegment);
            }
            if seg.is_empty() && i + 1 < segments.len() {
                return Err(Refusal::EmptySegment);
            }
        }
    }
    Ok(SitePath { decoded: rest.to_string(), raw: raw.to_string(), query })
}

/// `%XX` → byte. An encoded `/` or `\` is refused: it would let one segment
/// pass the checks and become two after decoding somewhere else.
fn percent_decode(s: &str) -> Result<Vec<u8>, Refusal> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or(Refusal::BadEscape)?;
            let hex = std::str::from_utf8(hex).map_err(|_| Refusal::BadEscape)?;
            let b = u8::from_str_radix(hex, 16).map_err(|_| Refusal::BadEscape)?;
            if b == b'/' || b == b'\\' {
                return Err(Refusal::EncodedSeparator);
            }
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Ok(out)
}

/// What a path asks for in the site's files.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// The file with this key.
    File(String),
    /// A folder asked for without its trailing slash: redirect to this location.
    Redirect(String),
    NotFound,
}

/// Maps a path to a file key: `/` → `index.html`, `/dir/` → `dir/index.html`,
/// `/dir` → redirect to `/dir/` when that folder has an index.
pub fn resolve(path: &SitePath, exists: impl Fn(&str) -> bool) -> Resolved {
    let key = if path.decoded.is_empty() || path.decoded.ends_with('/') {
        format!("{}index.html", path.decoded)
    } else {
        path.decoded.clone()
    };
    if exists(&key) {
        return Resolved::File(key);
    }
    if !path.decoded.is_empty() && !path.decoded.ends_with('/') && exists(&format!("{}/index.html", path.decoded)) {
        let query = path.query.as_ref().map_or(String::new(), |q| format!("?{q}"));
        return Resolved::Redirect(format!("{}/{query}", path.raw));
    }
    Resolved::NotFound
}

/// The `Content-Type` for a file, by its extension; text types say UTF-8.
pub fn content_type(key: &str) -> &'static str {
    let ext = key.rsplit_once('.').map_or("", |(_, e)| e).to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(target: &str) -> Result<String, Refusal> {
        decode_target(target).map(|p| p.decoded)
    }

    #[test]
    fn paths_are_decoded_with_query_and_fragment_dropped() {
        assert_eq!(path("/").unwrap(), "");
        assert_eq!(path("/pl/przemoc/?a=b#x").unwrap(), "pl/przemoc/");
        assert_eq!(path("/%C5%82%C3%B3d%C5%BA.csv").unwrap(), "łódź.csv");
    }

    #[test]
    fn traversal_in_any_spelling_is_refused() {
        assert_eq!(path("/../secret.txt"), Err(Refusal::DotSegment));
        assert_eq!(path("/pl/../../secret.txt"), Err(Refusal::DotSegment));
        assert_eq!(path("/%2e%2e/secret.txt"), Err(Refusal::DotSegment));
        assert_eq!(path("/%2E%2E"), Err(Refusal::DotSegment));
        assert_eq!(path("/./index.html"), Err(Refusal::DotSegment));
        assert_eq!(path("/static/..%2f..%2fsecret.txt"), Err(Refusal::EncodedSeparator));
        assert_eq!(path("/static%2F..%2Fsecret.txt"), Err(Refusal::EncodedSeparator));
        assert_eq!(path("/..%5csecret.txt"), Err(Refusal::EncodedSeparator));
        assert_eq!(path("/..\\secret.txt"), Err(Refusal::Backslash));
        assert_eq!(path("/index.html%00.css"), Err(Refusal::ControlCharacter));
        assert_eq!(path("//etc/passwd"), Err(Refusal::EmptySegment));
        assert_eq!(path("/%zz"), Err(Refusal::BadEscape));
        assert_eq!(path("/%e"), Err(Refusal::BadEscape));
        assert_eq!(path("/%ff"), Err(Refusal::NotUtf8));
        assert_eq!(path("secret.txt"), Err(Refusal::NotAPath));
        assert_eq!(path("*"), Err(Refusal::NotAPath));
    }

    #[test]
    fn folders_get_their_index_and_a_redirect_without_the_slash() {
        let keys = ["index.html", "pl/index.html", "pl/data/index.html", "404.html"];
        let exists = |k: &str| keys.contains(&k);
        let resolve_target = |t: &str| resolve(&decode_target(t).unwrap(), exists);
        assert_eq!(resolve_target("/"), Resolved::File("index.html".into()));
        assert_eq!(resolve_target("/pl/"), Resolved::File("pl/index.html".into()));
        assert_eq!(resolve_target("/pl/data/index.html"), Resolved::File("pl/data/index.html".into()));
        assert_eq!(resolve_target("/pl/data"), Resolved::Redirect("/pl/data/".into()));
        assert_eq!(resolve_target("/pl/data?x=1"), Resolved::Redirect("/pl/data/?x=1".into()));
        assert_eq!(resolve_target("/en/"), Resolved::NotFound);
        assert_eq!(resolve_target("/pl/index.html/"), Resolved::NotFound);
    }

    #[test]
    fn content_types_name_utf8_for_text() {
        assert_eq!(content_type("pl/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("static/site.CSS"), "text/css; charset=utf-8");
        assert_eq!(content_type("pl/data/a.csv"), "text/csv; charset=utf-8");
        assert_eq!(content_type("pl/chart.svg"), "image/svg+xml");
        assert_eq!(content_type("pl/data/a.json"), "application/json");
        assert_eq!(content_type("sitemap.xml"), "application/xml; charset=utf-8");
        assert_eq!(content_type("robots.txt"), "text/plain; charset=utf-8");
        assert_eq!(content_type("static/font.woff2"), "font/woff2");
        assert_eq!(content_type("static/logo.png"), "image/png");
        assert_eq!(content_type("LICENSE"), "application/octet-stream");
    }
}
