//! Which link targets may reach a page: web addresses (`https:`, `http:`),
//! e-mail (`mailto:`), phone (`tel:`) and links within the site. Anything
//! else (`javascript:`, `data:`, `vbscript:`, `file:`…) could run a script or
//! open something the reader did not ask for, so it is an error at the link's
//! place, and no link with an error reaches a page.
//!
//! The scheme is read the way a browser's URL parser reads it (WHATWG URL):
//! leading and trailing control characters and spaces are dropped and tabs and
//! line breaks removed anywhere, so `" java\tscript:"` is `javascript:`, as the
//! browser would see it. Entities (`&#106;`) are decoded before this by the
//! Markdown parser; in TOML fields they are not decoded by anyone, and the page
//! escapes them, so a browser sees them as text.

use crate::diagnostics::quote;

/// What a link leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// `https://…` or `http://…`.
    Web,
    /// `mailto:…`.
    Mail,
    /// `tel:…`.
    Phone,
    /// A page or file of this site (`../2022/`, `#section`).
    Relative,
}

/// Why a link may not be published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Empty, or only spaces.
    Empty,
    /// A scheme other than the allowed ones, lowercased: `javascript`.
    Scheme(String),
    /// `//host/…` (or with backslashes): another site, with the scheme of the page.
    OtherSite,
}

/// Sorts a link target into what it leads to, or why it is refused.
pub fn classify(target: &str) -> Result<Link, Refused> {
    let is_c0_or_space = |c: char| c <= ' ';
    let cleaned: String =
        target.trim_matches(is_c0_or_space).chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    if cleaned.is_empty() {
        return Err(Refused::Empty);
    }
    if let Some(scheme) = scheme(&cleaned) {
        return match scheme.as_str() {
            "https" | "http" => Ok(Link::Web),
            "mailto" => Ok(Link::Mail),
            "tel" => Ok(Link::Phone),
            _ => Err(Refused::Scheme(scheme)),
        };
    }
    let mut start = cleaned.chars();
    if matches!((start.next(), start.next()), (Some('/' | '\\'), Some('/' | '\\'))) {
        return Err(Refused::OtherSite);
    }
    Ok(Link::Relative)
}

/// The scheme of a cleaned link, lowercased: an ASCII letter, then letters,
/// digits, `+`, `-` or `.`, up to the first `:`.
fn scheme(s: &str) -> Option<String> {
    let (head, _) = s.split_once(':')?;
    let mut chars = head.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    (first_ok && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then(|| head.to_ascii_lowercase())
}

/// What a message calls a link: a Markdown link, an image's address, or the
/// TOML key that holds it.
#[derive(Clone, Copy, Debug)]
pub enum Named<'a> {
    Link,
    Image,
    Key(&'a str),
}

impl Named<'_> {
    /// The selector and key the catalogue's link messages take.
    fn args(self) -> (&'static str, String) {
        match self {
            Named::Link => ("link", String::new()),
            Named::Image => ("image", String::new()),
            Named::Key(key) => ("key", key.to_string()),
        }
    }
}

/// A refused link as (message, hint); `what` names it in the message: "the
/// link", "the image address", "`url`".
pub fn refused_message(what: Named, target: &str, why: &Refused) -> (String, String) {
    let shown = quote(target);
    let (what, key) = what.args();
    match why {
        Refused::Empty => (msg!("link-empty", what = what, key = key), msg!("link-empty-hint")),
        Refused::Scheme(scheme) => {
            (msg!("link-scheme", what = what, key = key, scheme = scheme), msg!("link-scheme-hint", shown = shown))
        }
        Refused::OtherSite => {
            (msg!("link-other-site", what = what, key = key), msg!("link-other-site-hint", shown = shown))
        }
    }
}

/// Checks a TOML field that must hold a full web address (`[document].url`,
/// `[organisation].website`…): `Ok` for `https://` and `http://`, else the
/// (message, hint) to report.
pub fn check_web_address(key: &str, target: &str) -> Result<(), (String, String)> {
    match classify(target) {
        Ok(Link::Web) => Ok(()),
        Ok(_) => {
            let shown = quote(target.trim());
            let looks_like_host = !target.contains(':') && target.trim().contains('.') && !target.contains(' ');
            let hint = if looks_like_host {
                msg!(
                    "web-address-host-hint",
                    shown = &shown,
                    fixed = format!("https://{}", shown.trim_start_matches('/'))
                )
            } else {
                msg!("web-address-hint", shown = &shown)
            };
            Err((msg!("web-address", key = key), hint))
        }
        Err(why) => Err(refused_message(Named::Key(key), target, &why)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_links() {
        assert_eq!(classify("https://bip.krasnystaw.pl/"), Ok(Link::Web));
        assert_eq!(classify("HTTP://example.org"), Ok(Link::Web));
        assert_eq!(classify("mailto:mops@example.org"), Ok(Link::Mail));
        assert_eq!(classify("tel:+48825763181"), Ok(Link::Phone));
        for relative in
            ["../2022/", "#cel-1", "raport.pdf", "?q=1", "/pl/", "./javascript:alert(1)", "%6Aavascript:alert(1)"]
        {
            assert_eq!(classify(relative), Ok(Link::Relative), "{relative}");
        }
        // Not a scheme to a browser: it starts with a character that cannot begin one.
        assert_eq!(classify("&#106;avascript:alert(1)"), Ok(Link::Relative));
        assert_eq!(classify("ｊavascript:alert(1)"), Ok(Link::Relative));
    }

    #[test]
    fn script_schemes_are_refused_however_they_are_disguised() {
        let js = Err(Refused::Scheme("javascript".into()));
        for link in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "  javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\r\nscript:alert(1)",
            "\u{0}javascript:alert(1)",
            "\u{1b}\u{8}javascript:alert(1)",
            "javascript\t:alert(1)",
            "javascript:alert(1)\u{0}",
        ] {
            assert_eq!(classify(link), js, "{link:?}");
        }
        assert_eq!(classify("vbscript:msgbox(1)"), Err(Refused::Scheme("vbscript".into())));
        assert_eq!(classify("data:text/html;base64,PHNjcmlwdD4="), Err(Refused::Scheme("data".into())));
        assert_eq!(classify("file:///etc/passwd"), Err(Refused::Scheme("file".into())));
        assert_eq!(classify("ftp://example.org"), Err(Refused::Scheme("ftp".into())));
        assert_eq!(classify("//evil.example/x"), Err(Refused::OtherSite));
        assert_eq!(classify("\\\\evil.example\\share"), Err(Refused::OtherSite));
        assert_eq!(classify("/\\evil.example"), Err(Refused::OtherSite));
        assert_eq!(classify(" \t"), Err(Refused::Empty));
    }

    #[test]
    fn messages_name_the_scheme_and_the_value() {
        let (message, hint) =
            refused_message(Named::Link, "java\tscript:alert(1)", &Refused::Scheme("javascript".into()));
        assert_eq!(message, "the link starts with `javascript:`, which is not allowed");
        assert_eq!(
            hint,
            "it is \"java\\tscript:alert(1)\"; a link may start only with https://, http://, mailto: or tel:, \
             or lead to a page of this site (such as ../2022/)"
        );
    }

    #[test]
    fn web_address_fields_want_a_full_address() {
        assert_eq!(check_web_address("website", "https://mops.example.pl/"), Ok(()));
        assert_eq!(
            check_web_address("website", "www.mops.example.pl"),
            Err((
                "`website` must be a full web address".into(),
                "it is \"www.mops.example.pl\"; start it with https://: \"https://www.mops.example.pl\"".into()
            ))
        );
        assert_eq!(
            check_web_address("url", "mailto:a@b.pl").unwrap_err().1,
            "it is \"mailto:a@b.pl\"; write the full address, starting with https://"
        );
        assert_eq!(
            check_web_address("url", "javascript:alert(1)").unwrap_err().0,
            "`url` starts with `javascript:`, which is not allowed"
        );
    }
}
