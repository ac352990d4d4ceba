//! The `jawnik` binary: choose the language, parse the command line, run,
//! print the error chain.

use std::io::Write as _;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: rendering allocates and frees
/// millions of small strings and JSON values on every thread. On the
/// 1000-programme synthetic site it measured 30 % less CPU and slightly less
/// peak memory than glibc's malloc (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Chosen before clap runs, so that `--help` is in the same language.
    jawnik::l10n::choose(jawnik::l10n::from_args(&args).unwrap_or_else(jawnik::l10n::system));
    let cli = jawnik::cli::parse(args);
    match jawnik::cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "{}: {err}", jawnik::l10n::text("label-error", &[]));
            for cause in err.chain().skip(1) {
                let _ = writeln!(stderr, "  {}: {cause}", jawnik::l10n::text("label-caused-by", &[]));
            }
            ExitCode::from(2)
        }
    }
}
