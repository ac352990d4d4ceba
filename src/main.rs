//! The `jawnik` binary: parse the command line, run, print the error chain.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: rendering allocates and frees
/// millions of small strings and JSON values on every thread. On the
/// 1000-programme synthetic site it measured 30 % less CPU and slightly less
/// peak memory than glibc's malloc (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = jawnik::cli::Cli::parse();
    match jawnik::cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "error: {err}");
            for cause in err.chain().skip(1) {
                let _ = writeln!(stderr, "  caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}
