//! UI strings per language, from the theme's `i18n/<lang>/*.toml` files.
//!
//! Each file's keys are prefixed with its name: `i18n/pl/chart.toml` with
//! `trend_fell = "…"` gives the key `chart.trend_fell`. Several files per language
//! let each part of the site (pages, charts, data, search) keep its own strings.
//! Templates read them through the `t` function; Rust code through [`UiStrings::get`].

use std::collections::BTreeMap;

/// All UI strings: language → key → text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UiStrings {
    by_lang: BTreeMap<String, BTreeMap<String, String>>,
}

impl UiStrings {
    /// Adds the keys of one i18n file (`prefix` is the file's stem). Nested tables
    /// are flattened with dots. Later calls override earlier ones, so a site's own
    /// i18n files can replace the theme's.
    pub fn add_file(&mut self, lang: &str, prefix: &str, src: &str) -> Result<(), toml::de::Error> {
        let table: toml::Table = toml::from_str(src)?;
        let target = self.by_lang.entry(lang.to_string()).or_default();
        flatten(prefix, &toml::Value::Table(table), target);
        Ok(())
    }

    /// Sets one string directly (tests, generated strings).
    pub fn insert(&mut self, lang: &str, key: &str, text: &str) {
        self.by_lang.entry(lang.to_string()).or_default().insert(key.to_string(), text.to_string());
    }

    /// The string for `key` in `lang`, or `None` when the theme lacks it.
    pub fn lookup(&self, lang: &str, key: &str) -> Option<&str> {
        self.by_lang.get(lang)?.get(key).map(String::as_str)
    }

    /// The string for `key` in `lang`; a missing key shows as `[key]` so it is seen
    /// (the theme check reports it) instead of silently showing another language.
    pub fn get(&self, lang: &str, key: &str) -> String {
        self.lookup(lang, key).map_or_else(|| format!("[{key}]"), str::to_string)
    }

    /// The string with `{name}` placeholders filled: `fill("pl", "chart.fell",
    /// &[("from", "2020")])`.
    pub fn fill(&self, lang: &str, key: &str, args: &[(&str, &str)]) -> String {
        let mut s = self.get(lang, key);
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    /// Keys present in one language but not in another: (lang, key) pairs.
    pub fn missing_keys(&self, languages: &[String]) -> Vec<(String, String)> {
        let all: std::collections::BTreeSet<&String> = self.by_lang.values().flat_map(|m| m.keys()).collect();
        let mut out = Vec::new();
        for lang in languages {
            let have = self.by_lang.get(lang);
            for key in &all {
                if !have.is_some_and(|m| m.contains_key(*key)) {
                    out.push((lang.clone(), (*key).clone()));
                }
            }
        }
        out
    }

    /// All strings of one language (for templates).
    pub fn for_lang(&self, lang: &str) -> Option<&BTreeMap<String, String>> {
        self.by_lang.get(lang)
    }
}

fn flatten(prefix: &str, value: &toml::Value, out: &mut BTreeMap<String, String>) {
    match value {
        toml::Value::Table(t) => {
            for (k, v) in t {
                let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&key, v, out);
            }
        }
        toml::Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        other => {
            out.insert(prefix.to_string(), other.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_prefixed_and_placeholders_filled() {
        let mut s = UiStrings::default();
        s.add_file("pl", "chart", "fell = \"Od {from} do {to} wartość spadła z {a} do {b}.\"\n[axis]\nyear = \"Rok\"")
            .unwrap();
        assert_eq!(s.get("pl", "chart.axis.year"), "Rok");
        assert_eq!(
            s.fill("pl", "chart.fell", &[("from", "2020"), ("to", "2023"), ("a", "67"), ("b", "34")]),
            "Od 2020 do 2023 wartość spadła z 67 do 34."
        );
        assert_eq!(s.get("en", "chart.axis.year"), "[chart.axis.year]");
        assert_eq!(s.missing_keys(&["pl".into(), "en".into()]).len(), 2);
    }
}
