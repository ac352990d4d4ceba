//! `jawnik serve` and `jawnik build --watch`: build, watch the site's files,
//! rebuild on change, and (serve) answer HTTP from memory with live reload.
//!
//! The pieces, in the order a change travels: [`watch`] turns file events into
//! changed paths, [`change`] sorts them into kinds, [`rebuild`] redoes as little
//! as the kinds allow while keeping the last good site, and [`server`] serves that
//! site (answers come from [`respond`]) and tells open pages (through [`reload`])
//! to reload or show the error. [`root`] finds the site; [`browser`] opens it.
//!
//! The site lives on disk ([`store`]): in the output folder (`--output`, and
//! always for `build --watch`), which gets exactly what `jawnik build` would
//! write (no reload script), or in serve's private folder. Only an index of
//! paths and digests is kept in memory, and only paths it lists are served, so
//! a request can never reach a file outside the site; a failed build never
//! leaves a half-written site behind.

pub mod browser;
pub mod change;
pub mod rebuild;
pub mod reload;
pub mod request;
pub mod respond;
pub mod root;
pub mod server;
pub mod store;
pub mod watch;

use std::io::{self, Write as _};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use change::ChangeSet;
use rebuild::{How, Rebuilder, Rebuilt};
use reload::Status;
use root::{simplified, site_root};
use server::{Limits, Shared};
use watch::SiteWatcher;

use crate::cmd::print_diagnostics;
use crate::diagnostics::Diagnostics;
use crate::site::BuildOptions;

/// What `jawnik serve` was asked to do.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// The site folder.
    pub root: PathBuf,
    /// Where to listen; port 0 picks a free port (the address is printed).
    pub addr: SocketAddr,
    /// Also write each good build here (without the reload script).
    pub output: Option<PathBuf>,
    /// Open the preview in the default browser once it is served.
    pub open: bool,
    /// Let that write replace a folder jawnik did not write (`--force`).
    pub force: bool,
}

/// Builds, serves and rebuilds on change until the process is stopped. Prints
/// `serving ROOT at http://ADDR/` on stdout once the server is listening.
pub fn serve(opts: &ServeOptions) -> io::Result<()> {
    let root = site_root(&opts.root)?;
    let listener = TcpListener::bind(opts.addr).map_err(|e| {
        io::Error::new(e.kind(), msg!("serve-cannot-listen", addr = opts.addr.to_string(), error = e.to_string()))
    })?;
    let addr = listener.local_addr()?;
    if !addr.ip().is_loopback() {
        say!("{}: {}", msg!("label-warning"), msg!("serve-not-loopback", ip = addr.ip().to_string()));
    }
    if let Some(out) = &opts.output {
        check_output(&root, out, opts.force)?;
    }
    let output = opts.output.as_deref().map(|o| simplified(crate::site::absolute(o)));
    let mut watcher = start_watching(&root, output.as_deref())?;
    let build_opts = BuildOptions {
        root: root.clone(),
        output: output.clone().unwrap_or_default(),
        on_render: None,
        force: opts.force,
        strict: false,
        today: Some(crate::site::today()),
    };
    let mut rebuilder =
        Rebuilder::new(root.clone(), output.clone(), rebuild::site_renderer(&build_opts)).force(opts.force);
    let mut console = Console { output, serving: true, last_warnings: None };
    let shared = Arc::new(Shared::new());

    let first = rebuilder.build_all();
    console.first_build(&first);
    let mut generation = 0;
    publish(&shared, &rebuilder, &first, &mut generation);
    server::spawn(listener, Arc::clone(&shared), Limits::default())?;
    out!("{}", msg!("serve-serving", root = root.display().to_string(), url = format!("http://{addr}/")));
    io::stdout().flush()?;
    if opts.open {
        browser::open_in_background(browser::address_to_open(addr));
    }

    while let Some(changes) = next_changes(&mut watcher) {
        let result = rebuilder.rebuild(&changes);
        console.rebuilt(&changes, &result);
        publish(&shared, &rebuilder, &result, &mut generation);
        if let Some(result) = rebuilder.finish() {
            console.finished(&result);
            publish(&shared, &rebuilder, &result, &mut generation);
        }
    }
    Ok(())
}

/// `jawnik build --watch`: builds into `opts.output`, then again on every change.
pub fn build_and_watch(opts: &BuildOptions) -> io::Result<()> {
    let root = site_root(&opts.root)?;
    check_output(&root, &opts.output, opts.force)?;
    let output = simplified(crate::site::absolute(&opts.output));
    let mut watcher = start_watching(&root, Some(&output))?;
    let build_opts = BuildOptions { root: root.clone(), output: output.clone(), ..opts.clone() };
    let mut rebuilder =
        Rebuilder::new(root.clone(), Some(output.clone()), rebuild::site_renderer(&build_opts)).force(opts.force);
    let mut console = Console { output: Some(output), serving: false, last_warnings: None };
    console.first_build(&rebuilder.build_all());
    say!("{}", msg!("watch-watching", root = root.display().to_string()));
    while let Some(changes) = next_changes(&mut watcher) {
        console.rebuilt(&changes, &rebuilder.rebuild(&changes));
        if let Some(result) = rebuilder.finish() {
            console.finished(&result);
        }
    }
    Ok(())
}

/// The checks `jawnik build` makes of its output folder, before anything is
/// built or served: the same folders are refused for the same reasons.
fn check_output(root: &Path, output: &Path, force: bool) -> io::Result<()> {
    crate::site::check_output(root, output)?;
    crate::output::judge(output, &crate::output::WriteOptions { force }, None)
}

/// "no files changed", "3 files changed, 1 removed".
fn counts(done: &Rebuilt) -> String {
    let mut counts = msg!("rebuild-changed", changed = done.changed);
    if done.removed > 0 {
        counts.push_str(&msg!("rebuild-removed", removed = done.removed));
    }
    counts
}

fn start_watching(root: &Path, output: Option<&Path>) -> io::Result<SiteWatcher> {
    SiteWatcher::new(root, output).map_err(|e| {
        io::Error::other(msg!("watch-cannot-watch", path = root.display().to_string(), error = e.to_string()))
    })
}

/// The next burst of changes that touches the site; `None` when watching stopped.
fn next_changes(watcher: &mut SiteWatcher) -> Option<ChangeSet> {
    loop {
        let paths = watcher.next_changes()?;
        let changes = ChangeSet::from_paths(paths.iter().map(PathBuf::as_path));
        if !changes.is_empty() {
            return Some(changes);
        }
    }
}

/// Hands a build's outcome to the server: a new site and generation when files
/// changed (pages reload), the error text when it failed (pages show it).
fn publish(shared: &Shared, rebuilder: &Rebuilder, result: &Result<Rebuilt, Diagnostics>, generation: &mut u64) {
    match result {
        Ok(done) => {
            if *generation == 0 || done.changed + done.removed > 0 {
                *generation += 1;
            }
            let site = rebuilder.site().map(|s| s as Arc<dyn store::SiteFiles>);
            shared.publish(site, Status { generation: *generation, error: None });
        }
        Err(diags) => shared.publish(None, Status { generation: *generation, error: Some(diagnostics_text(diags)) }),
    }
}

/// The diagnostics as the terminal shows them, for the browser overlay.
pub fn diagnostics_text(diags: &Diagnostics) -> String {
    let items: Vec<String> = diags.clone().sorted().iter().map(ToString::to_string).collect();
    let summary = msg!("count-problems", errors = diags.error_count(), warnings = diags.warning_count());
    format!("{}\n\n{summary}", items.join("\n\n"))
}

/// What the terminal is told about builds.
struct Console {
    output: Option<PathBuf>,
    serving: bool,
    /// The warnings last printed, so an unchanged list is not repeated each time.
    last_warnings: Option<String>,
}

impl Console {
    fn first_build(&mut self, result: &Result<Rebuilt, Diagnostics>) {
        match result {
            Ok(done) => {
                let warnings = self.warnings(&done.warnings);
                let (pages, files, ms) = (done.pages, done.files - done.pages, done.elapsed.as_millis());
                say!(
                    "{}",
                    match &self.output {
                        Some(o) => {
                            let output = o.display().to_string();
                            msg!(
                                "build-done",
                                pages = pages,
                                files = files,
                                output = output,
                                ms = ms,
                                warnings = warnings
                            )
                        }
                        None => msg!("serve-built", pages = pages, files = files, ms = ms, warnings = warnings),
                    }
                );
                self.write_error(done);
            }
            Err(diags) => {
                let (errors, warnings) = print_diagnostics(diags.clone());
                say!("{}", msg!("serve-build-failed", errors = errors, warnings = warnings));
            }
        }
    }

    fn rebuilt(&mut self, changes: &ChangeSet, result: &Result<Rebuilt, Diagnostics>) {
        let what = changes.describe();
        match result {
            Ok(done) => {
                if matches!(done.how, How::Full | How::Programmes | How::Templates) {
                    self.warnings(&done.warnings);
                }
                let counts = counts(done);
                let how = match done.how {
                    How::Static => format!(" {}", msg!("rebuild-how-static")),
                    How::Programmes => format!(" {}", msg!("rebuild-how-programmes")),
                    How::Templates => {
                        format!(" {}", msg!("rebuild-how-templates", pages = done.rendered.unwrap_or(0)))
                    }
                    How::Full | How::SiteWide => String::new(),
                };
                let ms = done.elapsed.as_millis();
                say!("{}{how}", msg!("rebuild-done", what = what, counts = counts, ms = ms));
                self.write_error(done);
            }
            Err(diags) => {
                let (errors, warnings) = print_diagnostics(diags.clone());
                let kept = match (&self.output, self.serving) {
                    (_, true) => msg!("rebuild-kept-serving"),
                    (Some(out), false) => msg!("rebuild-kept-output", output = out.display().to_string()),
                    (None, false) => msg!("rebuild-kept-nothing"),
                };
                say!("{}", msg!("rebuild-failed", what = what, errors = errors, warnings = warnings, kept = kept));
            }
        }
    }

    /// The second step of a [`How::Programmes`] rebuild.
    fn finished(&mut self, result: &Result<Rebuilt, Diagnostics>) {
        match result {
            Ok(done) => {
                self.warnings(&done.warnings);
                say!("{}", msg!("rebuild-finished", counts = counts(done), ms = done.elapsed.as_millis()));
                self.write_error(done);
            }
            Err(diags) => {
                let (errors, warnings) = print_diagnostics(diags.clone());
                say!("{}", msg!("rebuild-finish-failed", errors = errors, warnings = warnings));
            }
        }
    }

    /// Prints the warnings unless they are the ones printed last; returns how many.
    fn warnings(&mut self, warnings: &Diagnostics) -> usize {
        let text = diagnostics_text(warnings);
        if self.last_warnings.as_ref() != Some(&text) && !warnings.is_empty() {
            print_diagnostics(warnings.clone());
        }
        self.last_warnings = Some(text);
        warnings.warning_count()
    }

    fn write_error(&self, done: &Rebuilt) {
        let again = msg!("rebuild-write-again");
        match (&done.write_error, &self.output) {
            (Some(e), Some(_)) if crate::output::problem(e).is_some() => say!("{e}\n  {again}"),
            (Some(e), Some(out)) => say!(
                "{}: {}\n  {again}",
                msg!("label-error"),
                msg!("could-not-write", path = out.display().to_string(), error = e.to_string())
            ),
            _ => {}
        }
    }
}
