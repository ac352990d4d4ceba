//! The theme's templates compiled into Tera, one instance per language, and Tera
//! errors turned into diagnostics at the template's file, line and column.
//!
//! Tera 2 places every error, parse or render, at a template name, line and
//! column (0-based, in characters). Each is mapped back to the file the template
//! came from (the site's override, a theme folder, or the built-in theme), with
//! the offending line shown under it. A template that fails to parse does not
//! hide the others: each broken template gets its own diagnostic.

use std::collections::BTreeMap;
use std::sync::Arc;

use tera::{ErrorKind, Tera};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::filters;
use crate::render::theme::{TemplateSource, Theme};

/// Templates every theme must have (a site may override each one).
pub const REQUIRED: [&str; 9] = [
    "home.html",
    "programme.html",
    "report.html",
    "indicator.html",
    "data.html",
    "accessibility.html",
    "404.html",
    crate::render::attachments::TEMPLATE,
    crate::render::attachments::STYLESHEET,
];

/// Tera for each language, filters bound to it.
pub struct Templates {
    by_lang: BTreeMap<String, Tera>,
    /// Template name → its file and text, for error messages.
    sources: BTreeMap<String, TemplateSource>,
}

impl Templates {
    pub fn new(theme: &Theme, languages: &[String], default_lang: &str) -> Result<Templates, Diagnostics> {
        let sources = theme.templates.clone();
        let mut diags = Diagnostics::default();
        for name in REQUIRED {
            if !sources.contains_key(name) {
                diags.push(
                    Diagnostic::error(format!("templates/{name}"), msg!("template-missing", name = name))
                        .hint(msg!("template-missing-hint")),
                );
            }
        }
        let strings = Arc::new(theme.strings.clone());
        let mut base = Tera::default();
        base.autoescape_on([".html", ".htm", ".xml"]);
        base.set_escape_fn(filters::write_escaped_html);
        // Tera 2 checks every filter and function a template calls as it adds
        // it, so they are registered first (and rebound per language below).
        filters::register(&mut base, strings.clone(), default_lang, default_lang);
        add_all(&mut base, &sources, &mut diags);
        if diags.has_errors() {
            return Err(diags);
        }
        let by_lang = languages
            .iter()
            .map(|lang| {
                let mut tera = base.clone();
                filters::register(&mut tera, strings.clone(), lang, default_lang);
                (lang.clone(), tera)
            })
            .collect();
        Ok(Templates { by_lang, sources })
    }

    /// Renders `template` for `lang`; an error is placed in the template's file.
    pub fn render(&self, lang: &str, template: &str, ctx: &tera::Context) -> Result<String, Box<Diagnostic>> {
        let tera = self.by_lang.get(lang).or_else(|| self.by_lang.values().next()).expect("at least one language");
        tera.render(template, ctx).map_err(|e| {
            let mut d = Diagnostics::default();
            to_diagnostics(&e, &self.sources, &msg!("template-render-failed"), &mut d);
            Box::new(d.items.swap_remove(0))
        })
    }
}

/// Adds every template to `tera`. Tera stops at the first template that does
/// not parse and adds none; so each one that does not is reported and left out
/// (with the templates that extend it), and the rest are tried again, until
/// they load or fail for another reason (an unknown filter, say), reported too.
fn add_all(tera: &mut Tera, sources: &BTreeMap<String, TemplateSource>, diags: &mut Diagnostics) {
    let mut left_out: Vec<&str> = Vec::new();
    loop {
        let batch = sources.iter().filter(|(n, _)| !left_out.contains(&n.as_str())).map(|(n, s)| (n, &s.text));
        let Err(e) = tera.add_raw_templates(batch) else { return };
        let name = match e.kind() {
            ErrorKind::SyntaxError(report) => {
                to_diagnostics(&e, sources, &msg!("template-read-failed"), diags);
                report.filename()
            }
            // It extends a template left out: its own error would only repeat that one's.
            ErrorKind::MissingParent { current, parent } if left_out.contains(&parent.as_str()) => current,
            _ => return to_diagnostics(&e, sources, &msg!("template-read-failed"), diags),
        };
        match sources.get_key_value(name) {
            Some((name, _)) if !left_out.contains(&name.as_str()) => left_out.push(name),
            _ => return,
        }
    }
}

/// One diagnostic per problem in a Tera error: Tera's message at the template's
/// file, line and column, with the offending line.
fn to_diagnostics(e: &tera::Error, sources: &BTreeMap<String, TemplateSource>, what: &str, out: &mut Diagnostics) {
    let at = |name: &str, line: usize, col: usize, message: &str, called_from: &[String]| {
        let hint = if called_from.is_empty() {
            msg!("template-hint")
        } else {
            msg!(
                "template-called-from",
                places = called_from.join(&msg!("template-called-from-more")),
                hint = msg!("template-hint")
            )
        };
        let Some(src) = sources.get(name) else {
            return Diagnostic::error(format!("templates/{name}"), format!("{what}: {message}")).hint(hint);
        };
        let source_line = src.text.lines().nth(line.saturating_sub(1)).map(|l| l.trim_end().to_string());
        let hint = match source_line.as_deref() {
            Some(l) if tera1_macros(l) => format!("{}; {hint}", msg!("template-macros-hint")),
            _ => hint,
        };
        let mut d = Diagnostic::error(&src.origin, format!("{what}: {message}")).hint(hint);
        d.line = Some(line);
        d.col = Some(col);
        d.source_line = source_line;
        d
    };
    match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            // Where a component or an include was called from is only in the
            // report's text ("note: called from NAME:LINE:COL").
            let called_from: Vec<String> = e
                .to_string()
                .lines()
                .filter_map(|l| l.strip_prefix("note: called from "))
                .map(|l| locate(l, sources))
                .collect();
            let span = r.span();
            out.push(at(r.filename(), span.start_line, span.start_col + 1, r.message(), &called_from));
        }
        ErrorKind::Msg(text) if text.starts_with("error: ") => {
            // Problems found when the templates are checked together (an
            // unknown filter, function or component, a block no parent has):
            // Tera joins their reports, each "error: …" then "--> NAME:LINE:COL".
            for report in text.split("\n\nerror: ") {
                let mut lines = report.lines();
                let message = lines.next().unwrap_or_default().trim_start_matches("error: ");
                let place = lines.next().and_then(|l| l.trim_start().strip_prefix("--> ")).and_then(split_place);
                out.push(match place {
                    Some((name, line, col)) => at(name, line, col, message, &[]),
                    None => Diagnostic::error("templates", format!("{what}: {message}")).hint(msg!("template-hint")),
                });
            }
        }
        ErrorKind::MissingParent { current, parent } => {
            let mut d = Diagnostic::error(
                origin(current, sources),
                format!("{what}: {}", msg!("template-no-parent", parent = parent.as_str())),
            )
            .hint(msg!("template-no-parent-hint"));
            // Tera gives no place: point at the name in the extends tag.
            if let Some(text) = sources.get(current.as_str()).map(|s| s.text.as_str()) {
                if let Some(at) = text.find(&format!("\"{parent}\"")).or_else(|| text.find(&format!("'{parent}'"))) {
                    d = d.at(text, at..at + parent.len() + 2);
                }
            }
            out.push(d)
        }
        ErrorKind::CircularExtend { tpl, .. } | ErrorKind::CircularInclude { tpl, .. } => {
            out.push(Diagnostic::error(origin(tpl, sources), format!("{what}: {e}")).hint(msg!("template-hint")))
        }
        ErrorKind::TemplateNotFound(name) => {
            out.push(Diagnostic::error(origin(name, sources), format!("{what}: {e}")).hint(msg!("template-hint")))
        }
        _ => out.push(Diagnostic::error("templates", format!("{what}: {e}")).hint(msg!("template-hint"))),
    }
}

/// Whether a template line uses Tera 1's macros: `{% import … %}`,
/// `{% macro … %}` or a call like `m::value(…)`.
fn tera1_macros(line: &str) -> bool {
    let tag = |word: &str| line.contains(&format!("{{% {word} ")) || line.contains(&format!("{{%- {word} "));
    tag("import") || tag("macro") || (line.contains("::") && line.contains("{{"))
}

/// `NAME:LINE:COL` → (NAME, LINE, COL).
fn split_place(s: &str) -> Option<(&str, usize, usize)> {
    let mut parts = s.trim().rsplitn(3, ':');
    let col = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((parts.next()?, line, col))
}

/// `NAME:LINE:COL` with the template's file in place of its name.
fn locate(place: &str, sources: &BTreeMap<String, TemplateSource>) -> String {
    match split_place(place) {
        Some((name, line, col)) => format!("{}:{line}:{col}", origin(name, sources)),
        None => place.trim().to_string(),
    }
}

/// The file a template came from, as errors show it.
fn origin(name: &str, sources: &BTreeMap<String, TemplateSource>) -> String {
    sources.get(name).map_or_else(|| format!("templates/{name}"), |s| s.origin.display().to_string().replace('\\', "/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme_with(files: &[(&str, &str)]) -> Theme {
        let mut theme = Theme::load(tempfile::tempdir().unwrap().path(), "default").unwrap();
        for (name, text) in files {
            theme.templates.insert(
                name.to_string(),
                TemplateSource { origin: format!("templates/{name}").into(), text: text.to_string() },
            );
        }
        theme
    }

    fn load_error(files: &[(&str, &str)]) -> Diagnostics {
        Templates::new(&theme_with(files), &["pl".into()], "pl").err().expect("the templates do not load")
    }

    fn render_error(files: &[(&str, &str)], template: &str, ctx: &tera::Context) -> Diagnostic {
        let t = Templates::new(&theme_with(files), &["pl".into()], "pl").unwrap();
        *t.render("pl", template, ctx).unwrap_err()
    }

    #[test]
    fn parse_errors_name_the_file_line_and_column() {
        let diags = load_error(&[("404.html", "<p>\n{% if %}\n")]);
        assert_eq!(diags.items.len(), 1);
        let d = &diags.items[0];
        assert_eq!(d.location(), "templates/404.html:2:7");
        assert_eq!(
            d.message,
            "a template could not be read: Found `%}` but expected one of: integer, float, string, bool, ident, `-`, \
             `not`, `<`, `{`, `[` or `(`"
        );
        assert_eq!(d.source_line.as_deref(), Some("{% if %}"));
    }

    #[test]
    fn every_template_that_does_not_parse_is_reported() {
        let files = [("404.html", "{{ oops"), ("data.html", "{% extends \"base.html\" %}\n{% block main %}{{ }}")];
        let diags = load_error(&files);
        let places: Vec<String> = diags.sorted().iter().map(Diagnostic::location).collect();
        assert_eq!(places, ["templates/404.html:1:8", "templates/data.html:2:20"]);
    }

    #[test]
    fn templates_extending_a_broken_one_are_not_reported_again() {
        let diags = load_error(&[("base.html", "<html>\n{% block main %}{% endblock %\n")]);
        let places: Vec<String> = diags.items.iter().map(Diagnostic::location).collect();
        assert_eq!(places, ["templates/base.html:2:29"]);
    }

    #[test]
    fn a_missing_parent_is_placed_at_its_name() {
        let diags = load_error(&[("404.html", "{#- hi -#}\n{% extends \"bsae.html\" %}\n")]);
        let d = &diags.items[0];
        assert_eq!(d.location(), "templates/404.html:2:12");
        assert_eq!(d.message, "a template could not be read: it extends `bsae.html`, which does not exist");
    }

    #[test]
    fn a_template_written_for_tera_1_gets_a_hint_about_components() {
        let diags = load_error(&[("404.html", "{% extends \"base.html\" %}\n{% import \"macros.html\" as m %}\n")]);
        let d = &diags.items[0];
        assert_eq!(d.location(), "templates/404.html:2:4");
        assert_eq!(d.message, "a template could not be read: Unknown tag");
        assert!(d.hint.as_deref().unwrap().starts_with(&msg!("template-macros-hint")), "{:?}", d.hint);
    }

    #[test]
    fn an_unknown_filter_is_placed_where_it_is_used() {
        let diags = load_error(&[("404.html", "<p>\n  {{ x | nope }}\n")]);
        let d = &diags.items[0];
        assert_eq!(d.location(), "templates/404.html:2:10");
        assert_eq!(d.message, "a template could not be read: Unknown filter `nope`");
    }

    #[test]
    fn an_undefined_variable_is_placed_where_it_is_used() {
        let d = render_error(&[("404.html", "<p>\n  {{ nope.missing }}</p>")], "404.html", &tera::Context::new());
        assert_eq!(d.location(), "templates/404.html:2:6");
        assert!(
            d.message.starts_with("a page could not be rendered: Variable `nope` is not defined."),
            "{}",
            d.message
        );
        assert_eq!(d.source_line.as_deref(), Some("  {{ nope.missing }}</p>"));
    }

    #[test]
    fn a_filter_given_the_wrong_kind_of_value_is_placed_at_the_filter() {
        let mut ctx = tera::Context::new();
        ctx.insert("when", "yesterday");
        let d = render_error(&[("404.html", "<p>{{ when | date }}</p>")], "404.html", &ctx);
        assert_eq!(d.location(), "templates/404.html:1:14");
        assert_eq!(
            d.message,
            "a page could not be rendered: the `date` filter needs a date from the content ({year, month, day}), \
             got the text \"yesterday\""
        );
    }

    #[test]
    fn an_error_inside_a_component_names_its_file_and_the_caller() {
        let files = [
            ("parts.html", "{% component greet(who) %}\n<b>{{ who.name }}</b>\n{% endcomponent greet %}"),
            ("404.html", "<p>\n{{ <greet who={person} /> }}</p>"),
        ];
        let mut ctx = tera::Context::new();
        ctx.insert("person", &BTreeMap::from([("nick", "Ala")]));
        let d = render_error(&files, "404.html", &ctx);
        assert_eq!(d.location(), "templates/parts.html:2:11");
        assert_eq!(d.message, "a page could not be rendered: Field `name` is not defined. Available fields: nick");
        assert!(d.hint.as_deref().unwrap().starts_with("called from templates/404.html:2:4; "), "{:?}", d.hint);
    }
}
