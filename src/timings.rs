//! Stage timings for profiling serve and `build --watch`: with the environment
//! variable `JAWNIK_TIMINGS` set, each timed stage prints one line to standard
//! error (`timing: render programme pages 12.3 ms`). Off by default, and then
//! costs one relaxed load per stage.

use std::sync::OnceLock;
use std::time::Instant;

/// Whether `JAWNIK_TIMINGS` is set (read once).
pub fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("JAWNIK_TIMINGS").is_some())
}

/// Runs `f`, printing how long it took under `label` when timings are on.
pub fn timed<T>(label: &str, f: impl FnOnce() -> T) -> T {
    if !enabled() {
        return f();
    }
    let started = Instant::now();
    let out = f();
    eprintln!("timing: {label} {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
    out
}
