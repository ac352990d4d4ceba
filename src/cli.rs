//! Command-line definitions. Turns flags into plain options for the library; reads
//! no content itself. The help texts come from the message catalogue (see
//! [`localise`]), so `--help` speaks the chosen language.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::cmd;
use crate::l10n::{self, Lang};

#[derive(Debug, Parser)]
#[command(
    name = "jawnik",
    version,
    about = "Builds bilingual websites from municipal social programme reports",
    long_about = "jawnik turns per-year TOML/Markdown reports on social programmes into a static, \
                  bilingual website with trend charts and open data.\n\n\
                  Start with `jawnik check` in a site folder (one with jawnik.toml and content/)."
)]
pub struct Cli {
    /// Language of messages and help (default: the system's language)
    #[arg(long, global = true, value_name = "LANG", value_parser = ["pl", "en"])]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the content for errors and warnings without building
    Check(cmd::check::Args),
    /// Build the site into the output folder (public/ by default)
    Build(cmd::build::Args),
    /// Build, serve on localhost and rebuild when a file changes
    Serve(cmd::serve::Args),
    /// Create a new site, programme or year report from a template
    #[command(subcommand)]
    New(cmd::new::NewCommand),
    /// Import a year's values from a spreadsheet (CSV, XLSX, ODS)
    Import(cmd::import::Args),
    /// Write a deterministic synthetic site (benchmarks, scale tests)
    #[command(hide = true)]
    Synth(cmd::synth::Args),
}

/// Options every command that reads a site shares.
#[derive(Debug, Clone, clap::Args)]
pub struct RootArg {
    /// The site folder, holding jawnik.toml and content/
    #[arg(long, short = 'r', default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
}

/// The command line as clap knows it, its texts in the chosen language.
pub fn command() -> clap::Command {
    localise(Cli::command(), l10n::lang())
}

/// Parses the arguments (the program name first); prints help, the version or
/// a usage error and exits where clap would.
pub fn parse(args: Vec<OsString>) -> Cli {
    let mut cmd = command();
    let matches = cmd.try_get_matches_from_mut(args).unwrap_or_else(|e| e.exit());
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut cmd).exit())
}

/// `cmd` with every about and help text taken from the catalogue of `lang`:
/// `cli-about` for the program, `cli-<command>-about` for a subcommand
/// (`cli-new-report-about`), `cli-<command>-arg-<arg>` for an argument, or
/// `cli-arg-<arg>` for one that means the same everywhere (`--root`). In
/// Polish the section headings, default values and placeholders are Polish
/// too; clap's own usage line (`[OPTIONS]`) and its error messages stay English.
pub fn localise(cmd: clap::Command, lang: Lang) -> clap::Command {
    let cmd = localise_at(cmd, "cli", lang);
    // clap adds its `help` subcommand when the command is built; its text
    // can be changed after that.
    let mut cmd = cmd.disable_version_flag(true).arg(
        clap::Arg::new("version").short('V').long("version").action(ArgAction::Version).help(l10n::text_in(
            lang,
            "cli-arg-version",
            &[],
        )),
    );
    cmd.build();
    built(cmd, lang)
}

/// What can only be localised once clap has built the command: the text of
/// the `help` subcommand it adds, and in Polish the usage line with clap's
/// `[OPTIONS]` and `<COMMAND>` translated; for `cmd` and its subcommands.
fn built(mut cmd: clap::Command, lang: Lang) -> clap::Command {
    if lang == Lang::Pl {
        let usage = cmd.render_usage().to_string();
        let usage = usage.split_once(' ').map_or(usage.as_str(), |(_, u)| u).trim();
        let usage = usage
            .replace("[OPTIONS]", &l10n::text_in(lang, "cli-usage-options", &[]))
            .replace("<COMMAND>", &l10n::text_in(lang, "cli-usage-command", &[]));
        cmd = cmd.override_usage(usage);
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subcommands {
        cmd = cmd.mut_subcommand(&name, |s| {
            let s = if name == "help" { s.about(l10n::text_in(lang, "cli-help-about", &[])) } else { s };
            built(s, lang)
        });
    }
    cmd
}

fn localise_at(mut cmd: clap::Command, id: &str, lang: Lang) -> clap::Command {
    let text = |key: &str| l10n::text_in(lang, key, &[]);
    cmd = cmd.about(text(&format!("{id}-about")));
    if cmd.get_long_about().is_some() {
        cmd = cmd.long_about(text(&format!("{id}-long-about")));
    }
    let args: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for arg in args {
        let key = arg_key(id, &arg);
        cmd = cmd.mut_arg(&arg, |a| localise_arg(a.help(text(&key)), lang));
    }
    cmd = cmd
        .disable_help_flag(true)
        .arg(clap::Arg::new("help").short('h').long("help").action(ArgAction::Help).help(text("cli-arg-help")));
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subcommands {
        let sub_id = format!("{id}-{name}");
        cmd = cmd.mut_subcommand(&name, |s| localise_at(s, &sub_id, lang));
    }
    if lang == Lang::Pl {
        let template = template(&cmd, lang);
        cmd = cmd.help_template(template);
    }
    cmd
}

/// The catalogue id of an argument's help: the command's own, else the shared one.
pub(crate) fn arg_key(command: &str, arg: &str) -> String {
    let own = format!("{command}-arg-{}", arg.replace('_', "-"));
    if l10n::exists(&own) {
        own
    } else {
        format!("cli-arg-{}", arg.replace('_', "-"))
    }
}

/// Placeholders (`<FOLDER>`) and, in Polish, the default and possible values
/// written in the help text, since clap writes `[default: …]` in English.
fn localise_arg(mut arg: clap::Arg, lang: Lang) -> clap::Arg {
    let names: Vec<String> = arg.get_value_names().unwrap_or_default().iter().map(|n| n.to_string()).collect();
    if let [name] = names.as_slice() {
        if let Some(shown) = l10n::lookup(lang, &format!("cli-value-{}", name.to_lowercase())) {
            arg = arg.value_name(shown);
        }
    }
    if lang == Lang::En || !arg.get_action().takes_values() {
        return arg;
    }
    let mut help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        help.push_str(&format!(" [{}]", l10n::text_in(lang, "cli-default", &[("value", defaults.join(", ").into())])));
        arg = arg.hide_default_value(true);
    }
    let possible: Vec<String> = arg.get_possible_values().iter().map(|v| v.get_name().to_string()).collect();
    if !possible.is_empty() && !arg.is_hide_possible_values_set() {
        help.push_str(&format!(
            " [{}]",
            l10n::text_in(lang, "cli-possible", &[("values", possible.join(", ").into())])
        ));
        arg = arg.hide_possible_values(true);
    }
    arg.help(help)
}

/// A help template with the section headings in `lang`, naming only the
/// sections `cmd` has.
fn template(cmd: &clap::Command, lang: Lang) -> String {
    let text = |key: &str| l10n::text_in(lang, key, &[]);
    let mut t = format!("{{before-help}}{{about-with-newline}}\n{} {{usage}}", text("cli-heading-usage"));
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        t.push_str(&format!("\n\n{}\n{{subcommands}}", text("cli-heading-commands")));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        t.push_str(&format!("\n\n{}\n{{positionals}}", text("cli-heading-arguments")));
    }
    t.push_str(&format!("\n\n{}\n{{options}}{{after-help}}", text("cli-heading-options")));
    t
}

/// Runs the parsed command; the exit code says whether it succeeded.
pub fn run(cli: Cli) -> anyhow::Result<std::process::ExitCode> {
    match cli.command {
        Command::Check(args) => cmd::check::execute(&args),
        Command::Build(args) => cmd::build::execute(&args),
        Command::Serve(args) => cmd::serve::execute(&args),
        Command::New(args) => cmd::new::execute(&args),
        Command::Import(args) => cmd::import::execute(&args),
        Command::Synth(args) => cmd::synth::execute(&args),
    }
}
