use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Each message of a catalogue file with the variables it uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_vars(value, &mut vars);
                }
                assert!(out.insert(m.id.name.to_string(), vars).is_none(), "{} is defined twice", m.id.name);
            }
            Entry::Junk { content } => panic!("not Fluent: {content}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn catalogue(lang: Lang) -> Vec<BTreeMap<String, BTreeSet<String>>> {
    sources(lang).iter().map(|s| messages(s)).collect()
}

#[test]
fn both_catalogues_have_the_same_messages_with_the_same_variables() {
    let (en, pl) = (catalogue(Lang::En), catalogue(Lang::Pl));
    for ((file, en), pl) in FILES.iter().zip(&en).zip(&pl) {
        let en_ids: BTreeSet<&String> = en.keys().collect();
        let pl_ids: BTreeSet<&String> = pl.keys().collect();
        assert_eq!(en_ids, pl_ids, "{file}: the ids differ");
        for (id, vars) in en {
            assert_eq!(vars, &pl[id], "{file}: {id} uses other variables in Polish");
        }
    }
    // The bundles load them without complaint (no id in two files).
    LazyLock::force(&BUNDLES);
}

/// The text of every Rust file under `dir`.
fn sources_under(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("l10n/tests.rs") {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// The ids `cli::localise` builds from the commands' and arguments' names.
fn cli_ids(cmd: &clap::Command, id: &str, found: &mut BTreeSet<String>) {
    found.insert(format!("{id}-about"));
    if cmd.get_long_about().is_some() {
        found.insert(format!("{id}-long-about"));
    }
    for arg in cmd.get_arguments() {
        let key = crate::cli::arg_key(id, arg.get_id().as_str());
        assert!(exists(&key), "no help for `{}` of {id}: add {key}", arg.get_id());
        found.insert(key);
        for name in arg.get_value_names().unwrap_or_default() {
            found.insert(format!("cli-value-{}", name.to_lowercase()));
        }
    }
    for sub in cmd.get_subcommands() {
        cli_ids(sub, &format!("{id}-{}", sub.get_name()), found);
    }
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let mut code = String::new();
    sources_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut code);
    let mut built = BTreeSet::new();
    cli_ids(&<crate::cli::Cli as clap::CommandFactory>::command(), "cli", &mut built);
    let defined: BTreeSet<String> = catalogue(Lang::En).into_iter().flat_map(BTreeMap::into_keys).collect();
    let unused: Vec<&String> =
        defined.iter().filter(|id| !built.contains(*id) && !code.contains(&format!("\"{id}\""))).collect();
    assert!(unused.is_empty(), "in the catalogues but never used: {unused:?}");

    // Every `msg!("id"` names a message that exists.
    let calls: BTreeSet<&str> =
        code.split("msg!(\"").skip(1).map(|call| call.split('"').next().unwrap_or("")).collect();
    let missing: Vec<&&str> = calls.iter().filter(|id| !defined.contains(**id)).collect();
    assert!(missing.is_empty(), "used but not in the catalogues: {missing:?}");
    assert!(calls.len() > 100, "the scan found the msg! calls");
}

#[test]
fn polish_plurals_follow_polish_grammar() {
    let check = |errors: usize, warnings: usize| {
        text_in(Lang::Pl, "count-problems", &[("errors", errors.into()), ("warnings", warnings.into())])
    };
    assert_eq!(check(1, 0), "1 błąd, 0 ostrzeżeń");
    assert_eq!(check(2, 1), "2 błędy, 1 ostrzeżenie");
    assert_eq!(check(5, 4), "5 błędów, 4 ostrzeżenia");
    assert_eq!(check(12, 22), "12 błędów, 22 ostrzeżenia");
    assert_eq!(check(22, 25), "22 błędy, 25 ostrzeżeń");
    // Counts are written the Polish way: a no-break space between thousands.
    assert_eq!(check(1234, 0), "1\u{a0}234 błędy, 0 ostrzeżeń");
    // English keeps the form jawnik always printed.
    let en = |n: usize| text_in(Lang::En, "count-problems", &[("errors", n.into()), ("warnings", 1usize.into())]);
    assert_eq!(en(1), "1 error, 1 warning");
    assert_eq!(en(1234), "1234 errors, 1 warning");
}

#[test]
fn years_and_values_are_put_in_as_they_are() {
    let message = text_in(Lang::Pl, "text-without-year", &[("year", 2024.into())]);
    assert_eq!(message, "do tego tekstu brak pliku 2024.toml");
    // No Unicode isolation marks around what was put in.
    assert!(!text_in(Lang::En, "no-programme", &[("slug", "x".into())]).contains('\u{2068}'));
}

#[test]
fn the_locale_picks_the_language() {
    for name in ["pl", "pl_PL", "pl_PL.UTF-8", "pl_PL.utf8", "pl_PL@euro", "pl-PL", "PL_pl"] {
        assert_eq!(from_locale(name), Lang::Pl, "{name}");
    }
    for name in ["", "C", "POSIX", "C.UTF-8", "en_GB.UTF-8", "de_DE", "plt"] {
        assert_eq!(from_locale(name), Lang::En, "{name}");
    }
    let env = |vars: &'static [(&'static str, &'static str)]| {
        from_env(move |name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| OsString::from(v)))
    };
    assert_eq!(env(&[("LANG", "pl_PL.UTF-8")]), Lang::Pl);
    assert_eq!(env(&[("LANG", "pl_PL.UTF-8"), ("LC_MESSAGES", "en_US.UTF-8")]), Lang::En);
    assert_eq!(env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "pl_PL.UTF-8")]), Lang::Pl);
    assert_eq!(env(&[("LC_ALL", "C"), ("LC_MESSAGES", "pl_PL.UTF-8"), ("LANG", "pl_PL")]), Lang::En);
    // An empty variable is as good as unset.
    assert_eq!(env(&[("LC_ALL", ""), ("LANG", "pl_PL")]), Lang::Pl);
    assert_eq!(env(&[]), Lang::En);
}

#[test]
fn the_lang_flag_is_read_before_clap() {
    let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
    assert_eq!(from_args(&args(&["jawnik", "--lang", "pl", "check"])), Some(Lang::Pl));
    assert_eq!(from_args(&args(&["jawnik", "check", "--lang=en"])), Some(Lang::En));
    assert_eq!(from_args(&args(&["jawnik", "check", "--lang", "de"])), None);
    assert_eq!(from_args(&args(&["jawnik", "check"])), None);
    // After `--` it is an argument, not the flag.
    assert_eq!(from_args(&args(&["jawnik", "new", "site", "--", "--lang"])), None);
}
