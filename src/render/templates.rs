//! The theme's templates compiled into Tera, one instance per language, and Tera
//! errors turned into diagnostics that name the template file.
//!
//! Tera 1.x reports parse errors with a line and column but render errors only
//! with the template's name; both are mapped back to the file the template came
//! from (the site's override, a theme folder, or the built-in theme).

use std::collections::BTreeMap;
use std::sync::Arc;

use tera::Tera;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::filters;
use crate::render::theme::Theme;

/// Templates every theme must have (a site may override each one).
pub const REQUIRED: [&str; 7] =
    ["home.html", "programme.html", "report.html", "indicator.html", "data.html", "accessibility.html", "404.html"];

/// Tera for each language, filters bound to it.
pub struct Templates {
    by_lang: BTreeMap<String, Tera>,
    /// Template name → the file it came from, for error messages.
    origins: BTreeMap<String, String>,
}

impl Templates {
    pub fn new(theme: &Theme, languages: &[String], default_lang: &str) -> Result<Templates, Diagnostics> {
        let origins: BTreeMap<String, String> =
            theme.templates.iter().map(|(name, src)| (name.clone(), src.origin.display().to_string())).collect();
        let mut diags = Diagnostics::default();
        for name in REQUIRED {
            if !theme.templates.contains_key(name) {
                diags.push(
                    Diagnostic::error(format!("templates/{name}"), format!("the theme has no template `{name}`"))
                        .hint("restore it in the theme folder, or add your own under the site's templates/ folder"),
                );
            }
        }
        let mut base = Tera::default();
        base.autoescape_on(vec![".html", ".htm", ".xml"]);
        base.set_escape_fn(filters::escape_html);
        let sources = theme.templates.iter().map(|(name, src)| (name.as_str(), src.text.as_str()));
        if let Err(e) = base.add_raw_templates(sources) {
            diags.push(to_diagnostic(&e, &origins, "a template could not be read"));
        }
        if diags.has_errors() {
            return Err(diags);
        }
        let strings = Arc::new(theme.strings.clone());
        let by_lang = languages
            .iter()
            .map(|lang| {
                let mut tera = base.clone();
                filters::register(&mut tera, strings.clone(), lang, default_lang);
                (lang.clone(), tera)
            })
            .collect();
        Ok(Templates { by_lang, origins })
    }

    /// Renders `template` for `lang`; an error names the template's file.
    pub fn render(&self, lang: &str, template: &str, ctx: &tera::Context) -> Result<String, Box<Diagnostic>> {
        let tera = self.by_lang.get(lang).or_else(|| self.by_lang.values().next()).expect("at least one language");
        tera.render(template, ctx)
            .map_err(|e| Box::new(to_diagnostic(&e, &self.origins, "a page could not be rendered")))
    }
}

/// The error chain as one message, placed at the template that failed.
fn to_diagnostic(e: &tera::Error, origins: &BTreeMap<String, String>, what: &str) -> Diagnostic {
    let mut chain = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    // The innermost template named in the chain is the one at fault.
    let name = chain
        .iter()
        .rev()
        .find_map(|msg| origins.keys().find(|n| msg.contains(&format!("'{n}'")) || msg.contains(&format!("\"{n}\""))));
    let origin = name.and_then(|n| origins.get(n)).cloned().unwrap_or_else(|| "templates".into());
    let detail: Vec<String> = chain.iter().map(|m| m.trim().to_string()).filter(|m| !m.is_empty()).collect();
    let mut d = Diagnostic::error(origin, format!("{what}: {}", detail.join(": ")))
        .hint("fix the template; the theme's templates and their variables are described in docs/theming.md");
    if let Some((line, col)) = detail.iter().find_map(|m| position(m)) {
        d.line = Some(line);
        d.col = Some(col);
    }
    d
}

/// The `--> line:col` of a Tera (pest) parse error.
fn position(msg: &str) -> Option<(usize, usize)> {
    let rest = &msg[msg.find("--> ")? + 4..];
    let (line, rest) = rest.split_once(':')?;
    let col: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.trim().parse().ok()?, col.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::theme::TemplateSource;

    fn theme_with(name: &str, text: &str) -> Theme {
        let mut theme = Theme::load(tempfile::tempdir().unwrap().path(), "default").unwrap();
        theme
            .templates
            .insert(name.into(), TemplateSource { origin: format!("templates/{name}").into(), text: text.into() });
        theme
    }

    #[test]
    fn parse_errors_name_the_file_and_line() {
        let theme = theme_with("404.html", "<p>\n{% if %}\n");
        let diags = Templates::new(&theme, &["pl".into()], "pl").err().unwrap();
        let d = &diags.items[0];
        assert_eq!(d.location(), "templates/404.html:2:7");
        assert!(d.message.starts_with("a template could not be read"), "{}", d.message);
    }

    #[test]
    fn render_errors_name_the_file() {
        let theme = theme_with("404.html", "{{ nope.missing }}");
        let t = Templates::new(&theme, &["pl".into()], "pl").unwrap();
        let d = t.render("pl", "404.html", &tera::Context::new()).unwrap_err();
        assert_eq!(d.location(), "templates/404.html");
        assert!(d.message.contains("nope.missing"), "{}", d.message);
    }
}
