//! One file per subcommand: its arguments and a short `execute` that calls the
//! library.

pub mod build;
pub mod check;
pub mod import;
pub mod new;
pub mod serve;
pub mod synth;

pub use crate::diagnostics::print as print_diagnostics;

/// The exit code of a command that stopped on `result`: a problem with the
/// output folder is printed like any diagnostic (exit 2); other errors go up to
/// `main`, which prints their chain.
pub fn stopped(result: std::io::Result<()>) -> anyhow::Result<std::process::ExitCode> {
    match result {
        Ok(()) => Ok(std::process::ExitCode::SUCCESS),
        Err(e) => match crate::output::problem(&e) {
            Some(d) => {
                say!("{d}");
                Ok(std::process::ExitCode::from(2))
            }
            None => Err(e.into()),
        },
    }
}
