//! The language jawnik speaks to the person at the terminal: every message,
//! status line, `--help` text and scaffold comment comes from a Project Fluent
//! catalogue (`locales/<lang>/*.ftl`, built into the binary) by its id, with
//! Polish plural forms ("1 błąd", "2 błędy", "5 błędów") chosen by Fluent.
//!
//! The language is chosen once, at start (`--lang`, else the user's locale,
//! see [`from_env`] and [`system`]), and read by [`msg!`] wherever a message is
//! made, on any thread. Nothing here touches the generated site: page text
//! is `render::strings`' business and follows the site's own languages.

use std::ffi::OsString;
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language jawnik's messages are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Pl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Pl];

    /// The code `--lang` takes and the catalogue folder's name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
        }
    }

    /// `pl` or `en` as `--lang` takes them.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The catalogue files, by name, in the same order for every language.
pub const FILES: [&str; 7] =
    ["cli.ftl", "content.ftl", "site.ftl", "output.ftl", "serve.ftl", "import.ftl", "scaffold.ftl"];

/// The text of each catalogue file of `lang`, as built into the binary.
pub fn sources(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::En => [
            include_str!("../locales/en/cli.ftl"),
            include_str!("../locales/en/content.ftl"),
            include_str!("../locales/en/site.ftl"),
            include_str!("../locales/en/output.ftl"),
            include_str!("../locales/en/serve.ftl"),
            include_str!("../locales/en/import.ftl"),
            include_str!("../locales/en/scaffold.ftl"),
        ],
        Lang::Pl => [
            include_str!("../locales/pl/cli.ftl"),
            include_str!("../locales/pl/content.ftl"),
            include_str!("../locales/pl/site.ftl"),
            include_str!("../locales/pl/output.ftl"),
            include_str!("../locales/pl/serve.ftl"),
            include_str!("../locales/pl/import.ftl"),
            include_str!("../locales/pl/scaffold.ftl"),
        ],
    }
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Sets the language of every later message; only the first call counts.
pub fn choose(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language messages are written in: English until [`choose`] is called
/// (so library users and unit tests get English).
pub fn lang() -> Lang {
    CHOSEN.get().copied().unwrap_or(Lang::En)
}

/// The language a locale name stands for: `pl`, `pl_PL`, `pl_PL.UTF-8`,
/// `pl_PL@euro`, `pl-PL` (Windows) are Polish; anything else (`C`, `POSIX`,
/// `en_GB.UTF-8`, `de_DE`) is English.
pub fn from_locale(name: &str) -> Lang {
    let language = name.split(['_', '-', '.', '@']).next().unwrap_or("");
    if language.eq_ignore_ascii_case("pl") {
        Lang::Pl
    } else {
        Lang::En
    }
}

/// The language of a Unix locale environment, POSIX precedence: the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides.
pub fn from_env(var: impl Fn(&str) -> Option<OsString>) -> Lang {
    locale_in_env(var).map_or(Lang::En, |value| from_locale(&value.to_string_lossy()))
}

/// The first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty.
fn locale_in_env(var: impl Fn(&str) -> Option<OsString>) -> Option<OsString> {
    ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().filter_map(var).find(|value| !value.is_empty())
}

/// The user's language as the system says: the locale environment on Unix;
/// on Windows the same variables when a shell set them (Git Bash, MSYS2 do,
/// as gettext programs such as git expect), else the display language of the
/// user's account.
pub fn system() -> Lang {
    let var = |name: &str| std::env::var_os(name);
    #[cfg(windows)]
    {
        if locale_in_env(var).is_none() {
            return sys_locale::get_locale().map_or(Lang::En, |name| from_locale(&name));
        }
    }
    from_env(var)
}

/// The value of `--lang` among the command-line arguments (`--lang pl`,
/// `--lang=pl`), read before clap so `--help` itself can be in that language.
/// An unknown value is left for clap to reject.
pub fn from_args(args: &[OsString]) -> Option<Lang> {
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(Lang::parse) {
            found = Some(lang);
        }
    }
    found
}

/// A value put into a message: text as it is, or a count, which picks the
/// plural form and is written the way the language writes numbers.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Count(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
/// Years, ports and ids are numbers written as they are ("2024", not "2 024").
impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Text(n.to_string())
    }
}
impl From<u16> for Arg {
    fn from(n: u16) -> Arg {
        Arg::Text(n.to_string())
    }
}
/// Counts: `usize` and `u64` values are counts of things shown to people.
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(n as f64)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Count(n as f64)
    }
}
impl From<u128> for Arg {
    fn from(n: u128) -> Arg {
        Arg::Count(n as f64)
    }
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| Lang::ALL.map(bundle));

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a valid language code");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around values: a terminal would print them.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format_en,
        Lang::Pl => format_pl,
    }));
    for source in sources(lang) {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("a catalogue does not parse (tested): {errors:?}"));
        bundle.add_resource(resource).expect("no message is defined twice (tested)");
    }
    bundle
}

/// English counts are written plainly ("1234 pages"), as jawnik always did.
fn format_en<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(crate::i18n::plain_number(crate::content::model::Number(n.value))),
        _ => None,
    }
}

/// Polish counts group thousands with a no-break space ("1 234 strony").
fn format_pl<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(crate::i18n::format_number(crate::content::model::Number(n.value), "pl")),
        _ => None,
    }
}

/// The message `id` in `lang` with `args` put in. A message missing from the
/// catalogue (a test keeps both complete) shows its id rather than nothing.
pub fn text_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = &BUNDLES[lang as usize];
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, s.as_str()),
            Arg::Count(n) => fluent_args.set(*name, *n),
        }
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

/// Whether the catalogues have a message `id` (checked in English, which a
/// test keeps complete like Polish).
pub fn exists(id: &str) -> bool {
    BUNDLES[Lang::En as usize].has_message(id)
}

/// The message `id` in `lang`, if the catalogue has it.
pub fn lookup(lang: Lang, id: &str) -> Option<String> {
    BUNDLES[lang as usize].has_message(id).then(|| text_in(lang, id, &[]))
}

/// The message `id` in the chosen language.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    text_in(lang(), id, args)
}

#[cfg(test)]
mod tests;
