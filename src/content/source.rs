//! Reading one content file: bytes → text (UTF-8, BOM, CRLF, Windows-1250
//! detection), text → TOML structs (syntax errors and unknown keys with
//! suggestions), and the small conversions every file shares (translated texts,
//! dates, numbers) that report problems at their exact place.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use toml::Spanned;

use super::format::{TextIn, TextListIn};
use super::model::{Number, PartialDate, Text, TextList};
use crate::diagnostics::{closest, quote, Diagnostic, Diagnostics};

/// Reads a content file as text. A UTF-8 byte order mark is dropped and CRLF line
/// endings become LF, so files saved by Windows editors just work. A file in
/// another encoding, or not a text file at all, is an error that says how to
/// fix it.
pub fn read_text(path: &Path, shown_as: &Path) -> Result<String, Box<Diagnostic>> {
    let bytes = std::fs::read(path).map_err(|e| {
        // Said plainly where the system's words mislead: "No such file" for a
        // link to nothing, "Is a directory" for a folder.
        let why = if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()) && !path.exists() {
            msg!("read-broken-link")
        } else if path.is_dir() {
            msg!("read-is-folder")
        } else {
            e.to_string()
        };
        Box::new(Diagnostic::error(shown_as, msg!("cannot-read-file", why = why)))
    })?;
    decode(&bytes, shown_as)
}

/// The text of a file's bytes; see [`read_text`].
pub fn decode(bytes: &[u8], shown_as: &Path) -> Result<String, Box<Diagnostic>> {
    if let Some(d) = not_text(bytes, shown_as) {
        return Err(Box::new(d));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        // CRLF (Windows) and a lone CR (old Mac editors) both end a line.
        Ok(text) if text.contains('\r') => Ok(text.replace("\r\n", "\n").replace('\r', "\n")),
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let col = good.rsplit(|&b| b == b'\n').next().map_or(0, |l| String::from_utf8_lossy(l).chars().count()) + 1;
            let encoding =
                if looks_like_windows_1250(bytes) { msg!("encoding-windows-1250") } else { msg!("encoding-other") };
            let mut d = Diagnostic::error(shown_as, msg!("not-utf8", encoding = encoding)).hint(msg!("save-as-utf8"));
            d.line = Some(line);
            d.col = Some(col);
            Err(Box::new(d))
        }
    }
}

/// A file that is not text at all: UTF-16 (Notepad's "Unicode"), a Word,
/// Excel, PDF or RTF document saved under a content file's name, or any other
/// binary file (zero bytes do not occur in text).
fn not_text(bytes: &[u8], shown_as: &Path) -> Option<Diagnostic> {
    let document = |what: String| {
        Diagnostic::error(shown_as, msg!("not-text-document", what = what)).hint(msg!("not-text-document-hint"))
    };
    let head = &bytes[..bytes.len().min(4096)];
    let zeros_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let half = head.len() / 2;
    let utf16 = head.starts_with(b"\xFF\xFE")
        || head.starts_with(b"\xFE\xFF")
        || (half >= 2 && (zeros_at(0) * 4 >= half * 3 || zeros_at(1) * 4 >= half * 3));
    if utf16 {
        return Some(Diagnostic::error(shown_as, msg!("utf16")).hint(msg!("utf16-hint", how = msg!("save-as-utf8"))));
    }
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if head.starts_with(b"PK\x03\x04") {
        return Some(document(if contains(b"word/") {
            msg!("doc-docx")
        } else if contains(b"xl/") {
            msg!("doc-xlsx")
        } else if contains(b"opendocument") {
            msg!("doc-odf")
        } else {
            msg!("doc-zip")
        }));
    }
    if head.starts_with(b"%PDF") {
        return Some(document(msg!("doc-pdf")));
    }
    if head.starts_with(b"\xD0\xCF\x11\xE0") {
        return Some(document(msg!("doc-ole")));
    }
    if head.starts_with(b"{\\rtf") {
        return Some(Diagnostic::error(shown_as, msg!("rtf")).hint(msg!("rtf-hint")));
    }
    let zero = bytes.iter().position(|&b| b == 0)?;
    let line = bytes[..zero].iter().filter(|&&b| b == b'\n').count() + 1;
    let mut d = Diagnostic::error(shown_as, msg!("zero-bytes")).hint(msg!("zero-bytes-hint"));
    d.line = Some(line);
    Some(d)
}

/// Windows-1250 encodes Polish letters in 0x8C..0xFE (ą=0xB9, ę=0xEA, ł=0xB3,
/// ó=0xF3, ś=0x9C, ż=0xBF, ź=0x9F, ć=0xE6, ń=0xF1): a file whose invalid bytes are
/// mostly these is very likely a Polish text saved by a Windows editor.
fn looks_like_windows_1250(bytes: &[u8]) -> bool {
    const POLISH: &[u8] =
        &[0xB9, 0xEA, 0xB3, 0xF3, 0x9C, 0xBF, 0x9F, 0xE6, 0xF1, 0xA5, 0xCA, 0xA3, 0xD3, 0x8C, 0xAF, 0x8F, 0xC6, 0xD1];
    let high: Vec<u8> = bytes.iter().copied().filter(|&b| b >= 0x80).collect();
    !high.is_empty() && high.iter().filter(|b| POLISH.contains(b)).count() * 2 >= high.len()
}

/// Parses TOML into `T`, turning syntax errors, values of the wrong type and
/// unknown keys into diagnostics in plain words at the right line
/// ([`explain`](super::explain)).
pub fn parse_toml<T: DeserializeOwned>(src: &str, shown_as: &Path) -> Result<T, Box<Diagnostic>> {
    toml::from_str::<T>(src).map_err(|e| {
        let explained = super::explain::toml_error(&e, src);
        let mut d = Diagnostic::error(shown_as, explained.message).hint(explained.hint);
        if let Some(span) = explained.span {
            d = d.at(src, span);
        }
        Box::new(d)
    })
}

/// Words `jawnik new` writes for the user to replace (src/scaffold.rs); see
/// [`FileCtx::warn_placeholders`].
const PLACEHOLDERS: &[&str] = &[
    "(do uzupełnienia)",
    "(to be filled in)",
    "Opis do uzupełnienia",
    "Description to be written",
    "(PRZYKŁAD)",
    "(EXAMPLE)",
    "(przykład)",
    "(example)",
    "Imię Nazwisko",
    "ul. Przykładowa 1",
    "00-000 Miasto",
    "+48 00 000 00 00",
    "bip.example.pl/…",
    "PRZYKŁAD: tu opisz",
    "PRZYKŁAD: tu wpisz",
    "EXAMPLE: describe the programme",
    "EXAMPLE: write the introduction",
];

/// One warning for the placeholders left in a file (see
/// [`FileCtx::warn_placeholders`]), placed at the first and naming the lines of
/// the others, so a new site lists each file once rather than every line.
pub fn placeholder_warning(shown_as: &Path, src: &str, hint: String) -> Option<Diagnostic> {
    let found = placeholders(src);
    let first = found.first()?.clone();
    let line_of = |at: usize| src[..at].matches('\n').count() + 1;
    let lines: Vec<String> = found[1..].iter().map(|span| line_of(span.start).to_string()).collect();
    let message = msg!(
        "placeholder-left",
        count = found.len(),
        others = lines.len(),
        text = &src[first.clone()],
        lines = lines.join(", ")
    );
    Some(Diagnostic::warning(shown_as, message).at(src, first).hint(hint))
}

/// The first placeholder of each line that is not a TOML comment, as a span of `src`.
/// Each word is searched for in the whole text at once with memchr's SIMD
/// search: every content file is read, and a search per line and word took 2 %
/// of a large build.
fn placeholders(src: &str) -> Vec<std::ops::Range<usize>> {
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for word in PLACEHOLDERS {
        for at in memchr::memmem::find_iter(src.as_bytes(), word.as_bytes()) {
            let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
            if src[line_start..at].trim_start().starts_with('#') {
                continue;
            }
            let span = at..at + word.trim_end().len();
            match found.iter_mut().find(|f| src[..f.start].rfind('\n').map_or(0, |i| i + 1) == line_start) {
                Some(other) if other.start > at => *other = span,
                Some(_) => {}
                None => found.push(span),
            }
        }
    }
    found.sort_by_key(|span| span.start);
    found
}

/// Conversions for one file, collecting problems with their place in the file.
pub struct FileCtx<'a> {
    pub path: PathBuf,
    pub src: &'a str,
    pub languages: &'a [String],
    pub diags: &'a mut Diagnostics,
}

impl FileCtx<'_> {
    pub fn default_lang(&self) -> &str {
        self.languages.first().map_or("pl", String::as_str)
    }

    pub fn error_at(&mut self, span: std::ops::Range<usize>, message: impl Into<String>, hint: impl Into<String>) {
        let d = Diagnostic::error(&self.path, message).at(self.src, span).hint(hint);
        self.diags.push(d);
    }

    pub fn warn_at(&mut self, span: std::ops::Range<usize>, message: impl Into<String>, hint: impl Into<String>) {
        let d = Diagnostic::warning(&self.path, message).at(self.src, span).hint(hint);
        self.diags.push(d);
    }

    /// Warns at each line that still holds a placeholder `jawnik new` wrote
    /// ("Imię Nazwisko", "(do uzupełnienia)"…): such a file builds, so without
    /// this a site could go out with the template's words in it. Commented-out
    /// lines (`#`) are what the template offers and are left alone.
    pub fn warn_placeholders(&mut self) {
        if let Some(d) = placeholder_warning(&self.path, self.src, msg!("placeholder-left-hint")) {
            self.diags.push(d);
        }
    }

    /// A translated text. A plain string counts as the default language; every
    /// site language that is missing is a warning (pages fall back visibly).
    pub fn text(&mut self, value: &Spanned<TextIn>, key: &str) -> Text {
        let span = value.span();
        let map = match value.get_ref() {
            TextIn::Plain(s) => [(self.default_lang().to_string(), s.clone())].into(),
            TextIn::Langs(m) => m.clone(),
        };
        let map = self.check_languages(map, span.clone(), key);
        let languages = self.languages;
        for lang in languages {
            if !map.contains_key(lang) {
                self.warn_missing_translation(span.clone(), key, lang);
            }
        }
        for (lang, s) in &map {
            if s.trim().is_empty() {
                self.warn_at(span.clone(), msg!("text-empty", key = key, lang = lang), msg!("text-empty-hint"));
            }
        }
        Text(map.into())
    }

    /// A text that reads the same in every language (a schedule "2022–2024"): a
    /// plain string is used for all languages.
    pub fn text_neutral(&mut self, value: &Spanned<TextIn>, key: &str) -> Text {
        match value.get_ref() {
            TextIn::Plain(s) => Text(self.languages.iter().map(|l| (l.clone(), s.clone())).collect()),
            TextIn::Langs(_) => self.text(value, key),
        }
    }

    /// A translated list; every language must have the same number of items.
    pub fn list(&mut self, value: &Spanned<TextListIn>, key: &str) -> TextList {
        let span = value.span();
        let map = match value.get_ref() {
            TextListIn::Plain(items) => [(self.default_lang().to_string(), items.clone())].into(),
            TextListIn::Langs(m) => m.clone(),
        };
        let map = self.check_languages(map, span.clone(), key);
        let languages = self.languages;
        for lang in languages {
            if !map.contains_key(lang) {
                self.warn_missing_translation(span.clone(), key, lang);
            }
        }
        let counts: Vec<(String, usize)> = map.iter().map(|(l, v)| (l.clone(), v.len())).collect();
        if let Some((first_lang, first_n)) = counts.first() {
            for (lang, n) in &counts[1..] {
                if n != first_n {
                    self.error_at(
                        span.clone(),
                        msg!("list-lengths", key = key, first = first_lang, first_n = *first_n, lang = lang, n = *n),
                        msg!("list-lengths-hint"),
                    );
                }
            }
        }
        TextList(map.into())
    }

    /// Keeps only the site's languages, reporting any other key as a likely typo.
    fn check_languages<V>(
        &mut self,
        map: std::collections::BTreeMap<String, V>,
        span: std::ops::Range<usize>,
        key: &str,
    ) -> std::collections::BTreeMap<String, V> {
        let mut kept = std::collections::BTreeMap::new();
        for (lang, v) in map {
            if self.languages.contains(&lang) {
                kept.insert(lang, v);
            } else {
                let langs: Vec<&str> = self.languages.iter().map(String::as_str).collect();
                let hint = match closest(&lang, langs.iter().copied()) {
                    Some(best) => {
                        msg!("language-key-did-you-mean", key = key, best = best, languages = langs.join(", "))
                    }
                    None => msg!("language-key-languages", languages = langs.join(", ")),
                };
                let at = self.key_in(span.clone(), key, &lang);
                self.error_at(at, msg!("language-key-unknown", key = key, lang = &lang), hint);
            }
        }
        kept
    }

    /// The place of the language key `lang` of the text `key`: the line
    /// `name.en = …` (the span of a dotted-key text covers only its first key), or
    /// `en = …` inside an inline table or a `[name]` table; the span itself when it
    /// cannot be found.
    fn key_in(&self, span: std::ops::Range<usize>, key: &str, lang: &str) -> std::ops::Range<usize> {
        let last = key.rsplit('.').next().unwrap_or(key);
        let wanted = [format!("{last}.{lang}"), lang.to_string()];
        let mut offset = span.start;
        for (i, line) in self.src[span.start.min(self.src.len())..].split_inclusive('\n').enumerate() {
            if i > 0 && line.trim_start().starts_with('[') {
                break;
            }
            for (at, _) in line.match_indices(|c: char| c.is_alphanumeric()) {
                let rest = &line[at..];
                let boundary = at == 0 || !line[..at].ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == '_');
                if let Some(w) = wanted
                    .iter()
                    .find(|w| boundary && rest.starts_with(w.as_str()) && rest[w.len()..].trim_start().starts_with('='))
                {
                    return offset + at..offset + at + w.len();
                }
            }
            offset += line.len();
        }
        span
    }

    fn warn_missing_translation(&mut self, span: std::ops::Range<usize>, key: &str, lang: &str) {
        self.warn_at(
            span,
            msg!("translation-missing", key = key, lang = lang),
            msg!("translation-missing-hint", key = key, lang = lang),
        );
    }

    /// A field that must hold a full web address (`[document].url`,
    /// `[organisation].website`…): `None`, with an error at its place, for
    /// anything else, so a refused link never reaches a page.
    pub fn web_address(&mut self, value: &Spanned<String>, key: &str) -> Option<String> {
        match super::links::check_web_address(key, value.get_ref()) {
            Ok(()) => Some(value.get_ref().trim().to_string()),
            Err((message, hint)) => {
                self.error_at(value.span(), message, hint);
                None
            }
        }
    }

    /// A date written as "2024-03-28", "2024-03" or "2024" (a TOML date also works).
    pub fn date(&mut self, value: &Spanned<toml::Value>, key: &str) -> Option<PartialDate> {
        let parsed = match value.get_ref() {
            toml::Value::String(s) => PartialDate::parse(s),
            toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.date.map(|d| PartialDate { year: i32::from(d.year), month: Some(d.month), day: Some(d.day) })
            }
            toml::Value::Integer(y) if (1000..=9999).contains(y) => {
                Some(PartialDate { year: *y as i32, month: None, day: None })
            }
            _ => None,
        };
        if parsed.is_none() {
            // 28.03.2024, the way Polish documents print dates.
            let polish = match value.get_ref() {
                toml::Value::String(s) => {
                    let parts: Vec<&str> = s.trim().split('.').collect();
                    match parts.as_slice() {
                        [d, m, y] if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => {
                            PartialDate::parse(&format!("{y}-{m:0>2}-{d:0>2}"))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            let hint = match polish {
                Some(d) => msg!("date-year-first", key = key, date = d.to_string()),
                None => msg!("date-hint"),
            };
            self.error_at(value.span(), msg!("date-invalid", key = key), hint);
        }
        parsed
    }

    /// A number written as `295` or `12.5`. Text that looks like a number ("2 506",
    /// "12,5") gets a hint showing how to write it.
    pub fn number(&mut self, value: &Spanned<toml::Value>, key: &str) -> Option<Number> {
        match value.get_ref() {
            toml::Value::Integer(i) => Some(Number(*i as f64)),
            toml::Value::Float(f) if f.is_finite() => Some(Number(*f)),
            toml::Value::Float(f) => {
                let what = if f.is_nan() { msg!("number-nan") } else { msg!("number-infinite") };
                self.error_at(value.span(), msg!("number-impossible", key = key, what = what), msg!("no-number-hint"));
                None
            }
            toml::Value::String(s) => {
                if let Some((message, hint)) = number_and_words(key, s) {
                    self.error_at(value.span(), message, hint);
                    return None;
                }
                let hint = match parse_polish_number(s) {
                    Some(n) => msg!("number-write-plain", key = key, number = n.0.to_string()),
                    None if is_dash(s) => dash_hint(s),
                    None if key == "value" => msg!("number-value-hint"),
                    None => msg!("number-write-hint", key = key),
                };
                self.error_at(value.span(), msg!("number-is-text", key = key, text = quote(s)), hint);
                None
            }
            toml::Value::Boolean(b) => {
                self.error_at(
                    value.span(),
                    msg!("number-is-word", key = key, word = b.to_string()),
                    msg!("number-example-hint"),
                );
                None
            }
            other => {
                self.error_at(
                    value.span(),
                    msg!("number-is-other", key = key, kind = toml_kind(other)),
                    msg!("number-example-hint"),
                );
                None
            }
        }
    }
}

/// "-", "–", "—" or nothing: how reports print "no value".
pub fn is_dash(s: &str) -> bool {
    matches!(s.trim(), "" | "-" | "–" | "—" | "--" | "x" | "n/d" | "b/d")
}

/// What to write instead of a value printed as a "no value" mark ([`is_dash`]):
/// a dash is `missing = "dash"` (the report does not say what it means),
/// "b/d" (brak danych) is not reported, "n/d" (nie dotyczy) and "x" do not apply.
pub fn dash_hint(s: &str) -> String {
    match s.trim() {
        "" => msg!("no-number-hint"),
        "b/d" => msg!("dash-bd-hint"),
        "n/d" | "x" => msg!("dash-nd-hint", text = s.trim()),
        _ => msg!("dash-hint"),
    }
}

/// A number with words after it, as a report's cell prints them: "76 (66
/// kpp)", "12 osób". The number belongs in `value` (`key`), the words in a
/// `note`: (message, hint), or `None` when `raw` is not of that shape or
/// `key` is not `value`.
pub fn number_and_words(key: &str, raw: &str) -> Option<(String, String)> {
    // Only a value has a note beside it.
    if key != "value" {
        return None;
    }
    let raw = raw.trim();
    let split = raw.find(|c: char| !(c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '.')))?;
    let (head, words) = raw.split_at(split);
    let n = parse_polish_number(head.trim().trim_end_matches([',', '.']))?;
    let words = words.trim();
    let bracketed = words.strip_prefix('(').and_then(|w| w.strip_suffix(')'));
    let inner = bracketed.unwrap_or(words).trim();
    if inner.is_empty() || !inner.chars().any(char::is_alphanumeric) {
        return None;
    }
    let number = crate::i18n::plain_number(n);
    let unit = if bracketed.is_some() { String::new() } else { msg!("number-and-words-unit") };
    Some((
        msg!("number-and-words", key = key, text = quote(raw)),
        msg!("number-and-words-hint", key = key, number = number, words = quote(inner), unit = unit),
    ))
}

/// Parses numbers the way Polish documents print them: "2 506", "2 506", "12,5".
pub fn parse_polish_number(s: &str) -> Option<Number> {
    let cleaned: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() || !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-') {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|f| f.is_finite()).map(Number)
}

/// The kind of a TOML value, as a catalogue selector (`number-is-other`).
fn toml_kind(v: &toml::Value) -> &'static str {
    match v {
        toml::Value::String(_) => "text",
        toml::Value::Integer(_) | toml::Value::Float(_) => "number",
        toml::Value::Boolean(_) => "word",
        toml::Value::Datetime(_) => "date",
        toml::Value::Array(_) => "list",
        toml::Value::Table(_) => "table",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_just_work() {
        let text = decode(b"\xEF\xBB\xBFyear = 2023\r\nedition = \"x\"\r\n", Path::new("a.toml")).unwrap();
        assert_eq!(text, "year = 2023\nedition = \"x\"\n");
    }

    #[test]
    fn windows_1250_is_named_with_its_place_and_fix() {
        // "name = \"Pomoc społeczna\"" saved as Windows-1250: ł = 0xB3.
        let bytes = b"year = 2023\nname = \"Pomoc spo\xB3eczna\"\n";
        let d = decode(bytes, Path::new("content/p/2023.toml")).unwrap_err();
        assert_eq!(
            d.message,
            "the file is not saved as UTF-8: it looks like Windows-1250 (the Polish Windows encoding)"
        );
        assert_eq!((d.line, d.col), (Some(2), Some(18)));
        assert!(d.hint.unwrap().contains("Encoding to UTF-8"));
    }

    #[test]
    fn unknown_keys_suggest_the_closest() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct F {
            name: Option<String>,
            unit: Option<String>,
            kind: Option<String>,
        }
        let d = parse_toml::<F>("nmae = \"x\"\n", Path::new("a.toml")).unwrap_err();
        assert_eq!(d.message, "unknown key `nmae`");
        assert_eq!(d.hint.as_deref(), Some("did you mean `name`? Allowed keys here: name, unit, kind"));
    }

    #[test]
    fn numbers_written_the_polish_way_are_explained() {
        let src = "year = 2023\nvalue = 2 506\n";
        let d = parse_toml::<toml::Table>(src, Path::new("a.toml")).unwrap_err();
        assert_eq!(d.message, "`value = 2 506`: numbers are written without spaces, with a dot for decimals");
        assert_eq!(d.hint.as_deref(), Some("write `value = 2506`"));
        let d = parse_toml::<toml::Table>("value = 12,5\n", Path::new("a.toml")).unwrap_err();
        assert_eq!(d.hint.as_deref(), Some("write `value = 12.5`"));
    }

    #[test]
    fn duplicate_tables_name_the_first_one() {
        let src = "[values.a]\nvalue = 1\n\n[values.a]\nvalue = 2\n";
        let d = parse_toml::<toml::Table>(src, Path::new("a.toml")).unwrap_err();
        assert_eq!(d.message, "the table `[values.a]` is given twice (first on line 1)");
        assert_eq!(d.line, Some(4));
    }

    #[test]
    fn a_language_key_is_placed_on_its_own_line() {
        #[derive(serde::Deserialize)]
        struct F {
            title: Spanned<TextIn>,
        }
        let src = "title.pl = \"Tytuł\"\ntitle.en = \"Title\"\n";
        let f: F = toml::from_str(src).unwrap();
        let mut diags = Diagnostics::default();
        let languages = ["pl".to_string(), "de".to_string()];
        let mut ctx = FileCtx { path: "a.toml".into(), src, languages: &languages, diags: &mut diags };
        ctx.text(&f.title, "title");
        let error = diags.items.iter().find(|d| d.is_error()).unwrap();
        assert_eq!(error.message, "`title.en`: `en` is not one of the site's languages");
        assert_eq!((error.line, error.col), (Some(2), Some(1)));
    }

    #[test]
    fn placeholders_left_from_the_template_are_one_warning_per_file() {
        let src = "# prepared_by = \"Imię Nazwisko\"\ntitle.pl = \"Program (do uzupełnienia)\"\n\
                   title.en = \"Programme\"\nprepared_by = \"Imię Nazwisko\"\nphone = \"+48 00 000 00 00\"\n";
        let d = placeholder_warning(Path::new("a.toml"), src, "hint".into()).unwrap();
        assert!(!d.is_error());
        assert_eq!(
            d.message,
            "3 texts in this file are placeholders from the template, not the real text: \
             `(do uzupełnienia)` here, and on lines 4, 5"
        );
        assert_eq!((d.line, d.col), (Some(2), Some(21)));
        let one = placeholder_warning(Path::new("a.md"), "Wstęp.\n\nPRZYKŁAD: tu wpisz wstęp.\n", "h".into()).unwrap();
        assert_eq!(one.message, "`PRZYKŁAD: tu wpisz` is a placeholder from the template, not the real text");
        assert_eq!(one.line, Some(3));
        assert!(placeholder_warning(
            Path::new("a.toml"),
            "# name = \"Imię Nazwisko\"\nname = \"Anna Nowak\"\n",
            "h".into()
        )
        .is_none());
    }

    #[test]
    fn polish_number_forms() {
        assert_eq!(parse_polish_number("2 506"), Some(Number(2506.0)));
        assert_eq!(parse_polish_number("12,5"), Some(Number(12.5)));
        assert_eq!(parse_polish_number("1\u{a0}100"), Some(Number(1100.0)));
        assert_eq!(parse_polish_number("całodobowo"), None);
    }
}
