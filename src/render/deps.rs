//! Which page templates a template edit reaches, read from the templates'
//! text: a page template depends on itself, the templates it extends and
//! includes, and the templates defining the components it uses, each with
//! their own dependencies in turn. Serve uses it to re-render only the pages
//! whose template (or base, include, component) changed.
//!
//! Tera 2 names every template an `extends` or `include` uses in the tag
//! itself, and components are global: a component `<name …/>` comes from the
//! template holding `{% component name(…) %}`. A tag this reading does not
//! understand (a name that is not a plain string) makes it answer `None`:
//! render every page.

use std::collections::{BTreeMap, BTreeSet};

/// The templates each template uses directly; `None` when a tag names a
/// template in a way this reading does not understand.
fn direct(sources: &BTreeMap<String, String>) -> Option<BTreeMap<&str, BTreeSet<String>>> {
    let mut defines: BTreeMap<String, &str> = BTreeMap::new();
    for (name, text) in sources {
        for tag in tags(text) {
            if let Some(rest) = tag.strip_prefix("component") {
                let component: String =
                    rest.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                defines.insert(component, name);
            }
        }
    }
    let mut uses = BTreeMap::new();
    for (name, text) in sources {
        let mut set = BTreeSet::new();
        for tag in tags(text) {
            let named = ["extends", "include"].iter().find_map(|kw| tag.strip_prefix(kw));
            if let Some(rest) = named {
                let rest = rest.trim_start();
                if !rest.starts_with(['"', '\'', '[']) {
                    return None;
                }
                set.extend(quoted(rest));
            }
            if let Some(rest) = tag.strip_prefix('<') {
                let component: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if let Some(def) = defines.get(&component) {
                    set.insert(def.to_string());
                }
            }
        }
        uses.insert(name.as_str(), set);
    }
    Some(uses)
}

/// The insides of `{{ … }}` and `{% … %}` tags, trimmed of `-` and spaces.
fn tags(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || loop {
        let start = rest.find(['{'])?;
        let after = &rest[start + 1..];
        let close = match after.chars().next() {
            Some('{') => "}}",
            Some('%') => "%}",
            _ => {
                rest = after;
                continue;
            }
        };
        let body = &after[1..];
        let end = body.find(close).unwrap_or(body.len());
        rest = &body[end..];
        return Some(body[..end].trim_matches(|c: char| c == '-' || c.is_whitespace()));
    })
}

/// Every string in double or single quotes.
fn quoted(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(['"', '\'']) {
        let quote = &rest[i..i + 1];
        let after = &rest[i + 1..];
        let Some(len) = after.find(quote) else { break };
        out.push(after[..len].to_string());
        rest = &after[len + 1..];
    }
    out
}

/// The templates `page` depends on, itself included.
fn closure(uses: &BTreeMap<&str, BTreeSet<String>>, page: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![page.to_string()];
    while let Some(t) = todo.pop() {
        if seen.insert(t.clone()) {
            todo.extend(uses.get(t.as_str()).into_iter().flatten().cloned());
        }
    }
    seen
}

/// The names whose text differs between `old` and `new` (added and removed
/// templates included).
pub fn changed(old: &BTreeMap<String, String>, new: &BTreeMap<String, String>) -> BTreeSet<String> {
    old.keys().chain(new.keys()).filter(|k| old.get(*k) != new.get(*k)).cloned().collect()
}

/// Of `pages` (page template names), the ones whose output may differ between
/// the templates `old` and `new`; `None`: any may (render everything).
pub fn affected<'a>(
    old: &BTreeMap<String, String>,
    new: &BTreeMap<String, String>,
    pages: impl IntoIterator<Item = &'a str>,
) -> Option<BTreeSet<String>> {
    let changed = changed(old, new);
    let (uses_old, uses_new) = (direct(old)?, direct(new)?);
    Some(
        pages
            .into_iter()
            .filter(|p| {
                let deps = closure(&uses_old, p);
                let deps_new = closure(&uses_new, p);
                deps.iter().chain(&deps_new).any(|d| changed.contains(d))
            })
            .map(str::to_string)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(list: &[(&str, &str)]) -> BTreeMap<String, String> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    const PAGES: [&str; 3] = ["home.html", "report.html", "404.html"];

    fn base() -> BTreeMap<String, String> {
        theme(&[
            ("base.html", "<html>{% block main %}{% endblock main %}{{ <menu n=1 /> }}</html>"),
            ("macros.html", "{% component menu(n) %}m{% endcomponent menu %}{% component value(v) -%}{{ v }}{%- endcomponent value %}"),
            ("home.html", "{% extends \"base.html\" %}{% block main %}home{% endblock main %}"),
            ("report.html", "{%- extends 'base.html' -%}{% block main %}{{ <value v=1 /> }}{% include \"part.html\" %}{% endblock main %}"),
            ("part.html", "part"),
            ("404.html", "<html>not found</html>"),
        ])
    }

    fn edit(name: &str, text: &str) -> BTreeMap<String, String> {
        let mut t = base();
        t.insert(name.to_string(), text.to_string());
        t
    }

    fn affected_by(name: &str, text: &str) -> Vec<String> {
        affected(&base(), &edit(name, text), PAGES).unwrap().into_iter().collect()
    }

    #[test]
    fn an_edit_reaches_the_pages_that_extend_include_or_use_a_component_of_the_template() {
        assert_eq!(affected_by("part.html", "part 2"), ["report.html"]);
        assert_eq!(affected_by("report.html", "{% extends \"base.html\" %}"), ["report.html"]);
        assert_eq!(affected_by("base.html", "<html></html>"), ["home.html", "report.html"]);
        // base.html uses a component of macros.html, so every page extending it does.
        assert_eq!(
            affected_by("macros.html", "{% component menu(n) %}{% endcomponent menu %}"),
            ["home.html", "report.html"]
        );
        assert_eq!(affected_by("404.html", "gone"), ["404.html"]);
        assert!(affected_by("unused.html", "new").is_empty());
    }

    #[test]
    fn a_page_that_stops_using_a_template_is_still_rendered_again() {
        // The new report no longer includes part.html; part.html changes too.
        let mut new = edit("report.html", "{% extends \"base.html\" %}");
        new.insert("part.html".into(), "part 2".into());
        let got = affected(&base(), &new, PAGES).unwrap();
        assert_eq!(got.into_iter().collect::<Vec<_>>(), ["report.html"]);
    }

    #[test]
    fn a_template_named_by_a_variable_means_every_page() {
        assert_eq!(affected(&base(), &edit("home.html", "{% include page_part %}"), PAGES), None);
    }

    #[test]
    fn tags_are_read_with_their_dashes_and_spaces_trimmed() {
        let found: Vec<&str> = tags("a {{- x -}} b {%- include \"p.html\" %} {# c #} { d }").collect();
        assert_eq!(found, ["x", "include \"p.html\""]);
    }
}
