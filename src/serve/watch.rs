//! Watching the site's files: which folders, which events count, and when a
//! burst of events is over.
//!
//! Watches the root itself (not recursively: for `jawnik.toml` and for source
//! folders appearing) and each source folder recursively — never the whole
//! root, which may hold `target/`, `.git/` or `node_modules/`. Plain reads
//! (access events) are dropped, or a rebuild reading the files would trigger the
//! next one; so are events in the output folder and editor temp files. The
//! paths only say *that* something changed: the rebuild rescans everything.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache};

use super::change::SOURCE_DIRS;

/// How long a path must be quiet before its events are delivered. An editor's
/// save (write, or write a temporary file and rename it) takes well under a
/// millisecond; every millisecond here is added to every rebuild's latency.
const DEBOUNCE: Duration = Duration::from_millis(25);
/// How long to wait for more events once a burst has started (a `git
/// checkout`, a folder copied in): a burst cut short only means one more
/// rebuild, each of which is correct on its own.
const QUIET: Duration = Duration::from_millis(15);
/// A burst that never goes quiet is cut after this long, so a rebuild still happens.
const MAX_BURST: Duration = Duration::from_secs(2);

pub struct SiteWatcher {
    /// The site root, canonical.
    root: PathBuf,
    /// The output folder, absolute; events inside it are ignored.
    output: Option<PathBuf>,
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    events: Receiver<DebounceEventResult>,
    /// Source folders currently watched.
    watched: BTreeSet<PathBuf>,
}

impl SiteWatcher {
    /// Starts watching `root` (canonical). `output`, if inside a watched folder,
    /// is ignored.
    pub fn new(root: &Path, output: Option<&Path>) -> notify::Result<SiteWatcher> {
        let (tx, events) = mpsc::channel();
        let mut debouncer = new_debouncer(DEBOUNCE, None, tx)?;
        debouncer.watch(root, RecursiveMode::NonRecursive)?;
        let mut watcher = SiteWatcher {
            root: root.to_path_buf(),
            output: output.map(|o| super::root::simplified(crate::site::absolute(o))),
            debouncer,
            events,
            watched: BTreeSet::new(),
        };
        watcher.refresh(&BTreeSet::new());
        Ok(watcher)
    }

    /// Blocks until files of the site change, waits for the burst to end, and
    /// returns the changed paths relative to the root. Watch errors are printed
    /// and skipped. `None` when the watcher has stopped.
    pub fn next_changes(&mut self) -> Option<BTreeSet<PathBuf>> {
        loop {
            let first = self.events.recv().ok()?;
            let mut changed = BTreeSet::new();
            self.take(first, &mut changed);
            let started = Instant::now();
            while started.elapsed() < MAX_BURST {
                match self.events.recv_timeout(QUIET) {
                    Ok(more) => self.take(more, &mut changed),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return None,
                }
            }
            let top: BTreeSet<PathBuf> = changed.iter().filter(|p| p.components().count() == 1).cloned().collect();
            self.refresh(&top);
            if !changed.is_empty() {
                return Some(changed);
            }
        }
    }

    fn take(&self, result: DebounceEventResult, changed: &mut BTreeSet<PathBuf>) {
        match result {
            Ok(events) => {
                for event in events.iter().filter(|e| counts(e)) {
                    changed.extend(event.paths.iter().filter_map(|p| self.relative(p)));
                }
            }
            Err(errors) => {
                for e in errors {
                    say!("{}: {}", msg!("label-warning"), msg!("watch-error", error = e.to_string()));
                }
            }
        }
    }

    /// The path relative to the root, unless it is in the output folder.
    fn relative(&self, path: &Path) -> Option<PathBuf> {
        if self.output.as_ref().is_some_and(|out| path.starts_with(out)) {
            return None;
        }
        path.strip_prefix(&self.root).ok().filter(|r| !r.as_os_str().is_empty()).map(Path::to_path_buf)
    }

    /// Watches source folders that exist and drops those that went away; folders
    /// in `touched` (created, removed or renamed themselves) are watched afresh,
    /// since a removed folder's watch dies with it.
    fn refresh(&mut self, touched: &BTreeSet<PathBuf>) {
        for name in SOURCE_DIRS {
            let dir = self.root.join(name);
            let was = self.watched.contains(&dir);
            if was && (touched.contains(Path::new(name)) || !dir.is_dir()) {
                let _ = self.debouncer.unwatch(&dir);
                self.watched.remove(&dir);
            }
            if dir.is_dir() && !self.watched.contains(&dir) {
                match self.debouncer.watch(&dir, RecursiveMode::Recursive) {
                    Ok(()) => {
                        self.watched.insert(dir);
                    }
                    Err(e) => say!(
                        "{}: {}",
                        msg!("label-warning"),
                        msg!("watch-cannot-watch", path = dir.display().to_string(), error = e.to_string())
                    ),
                }
            }
        }
    }
}

/// Events that can change the site: anything but plain reads.
fn counts(event: &DebouncedEvent) -> bool {
    !matches!(event.kind, EventKind::Access(_))
}
