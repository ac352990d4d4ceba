//! The Content-Security-Policy every page carries in a
//! `<meta http-equiv="Content-Security-Policy">`: the second line of defence
//! behind the link and raw-HTML checks of `content::links` and `markdown`.
//! Should anything slip past them, the browser still runs no script but the
//! site's own files, loads nothing from other sites but images, and sends no
//! form elsewhere.
//!
//! What it allows, and what a theme must keep to (docs/theming.md):
//! - scripts only from files (`<script src>` on the site itself, as
//!   `search.js` and the preview's `/__jawnik/reload.js` are): no inline
//!   `<script>`, no `onclick=`, no `javascript:` links;
//! - styles from stylesheet files, plus the one inline `<style>` of the 404
//!   page, allowed by its SHA-256 hash: no other `<style>` element and no
//!   `style=` attribute (SVG presentation attributes such as `fill=` are not
//!   styles and are fine);
//! - images from the site and from web addresses; connections (the preview's
//!   event stream) and forms only to the site itself; no `<base>`, no plugins,
//!   frames, fonts or media from anywhere.
//!
//! A `<meta>` policy cannot say `frame-ancestors` (browsers ignore it there and
//! complain); a web server can add that as a header.

use sha2::{Digest, Sha256};

/// The policy for a site whose inline `<style>` elements hold exactly
/// `inline_styles` (the 404 page's copy of style.css).
pub fn policy(inline_styles: &[&str]) -> String {
    let mut style_src = String::from("'self'");
    for style in inline_styles {
        style_src.push_str(&format!(" 'sha256-{}'", base64(&Sha256::digest(style.as_bytes()))));
    }
    format!(
        "default-src 'none'; script-src 'self'; style-src {style_src}; img-src 'self' https: http:; \
         connect-src 'self'; form-action 'self'; base-uri 'none'"
    )
}

/// Standard base64 with padding, as CSP hashes are written.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_pads_like_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn inline_styles_are_allowed_by_their_hash() {
        // The hash of `body{}` as `openssl dgst -sha256 -binary | base64` gives it.
        assert_eq!(
            policy(&["body{}"]),
            "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-fJgEClQWV1hGkK4qHMO0KotTsVnMYMXTq7/suurGyUo='; \
             img-src 'self' https: http:; connect-src 'self'; form-action 'self'; base-uri 'none'"
        );
    }
}
