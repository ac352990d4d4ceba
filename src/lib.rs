//! jawnik: a static site generator for public reports on municipal social programmes.
//!
//! The crate reads as its pipeline: [`content`] loads and validates the files under
//! `content/` into a read-only model; `render` turns the model into pages, charts
//! and data files (bytes, never touching the disk); `output` is the only writer of
//! `public/`; `site` runs the stages in order. The binary in `main.rs` is glue.

/// `eprintln!` that shrugs off a closed pipe: `jawnik check 2>&1 | head -1` must
/// end quietly, not panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// `println!` that shrugs off a closed pipe, like [`say!`].
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// A message from the catalogue in the chosen language:
/// `msg!("no-programme", slug = "przemoc")`; see [`l10n`].
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::l10n::text($id, &[$((stringify!($name), $crate::l10n::Arg::from($value))),*])
    };
}

pub mod cli;
pub mod cmd;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod i18n;
pub mod import;
pub mod l10n;
pub mod output;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod synth;
pub mod timings;
