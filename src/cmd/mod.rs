//! One file per subcommand: its arguments and a short `execute` that calls the
//! library.

pub mod build;
pub mod check;
pub mod import;
pub mod new;
pub mod serve;
pub mod synth;

pub use crate::diagnostics::print as print_diagnostics;

/// "1 error", "2 warnings".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
