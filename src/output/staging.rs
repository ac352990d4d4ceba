//! A complete new site written beside the old one, then put in its place.
//!
//! [`Staging::begin`] judges the output (refusing what jawnik may not replace),
//! clears what an interrupted build left, and picks where to stage: beside the
//! output (`.public.jawnik-staging`), so the swap is two renames; or, when the
//! output is a mount point or its parent folder cannot be written, inside it
//! (`public/.jawnik-staging`). [`Staging::commit`] judges the output again, then
//! swaps the folders; when that is impossible (a mount point, a file held open
//! on Windows) it replaces the changed files in place ([`super::replace`]).
//! Dropped without a commit (a render error, a full disk), the staging folder
//! is removed and the output is left as it was.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::judge::{self, Survey};
use super::mark::{self, MARK};
use super::replace::{self, fresh, Source, ASIDE_INSIDE, STAGING_INSIDE};
use super::{check_path, fsx, is_work_dir, leftover_warning, place, read_only, WriteOptions, WriteStats};
use crate::diagnostics::Diagnostic;

pub struct Staging {
    /// The output folder, absolute, symlinks resolved.
    output: PathBuf,
    /// The output as the user named it, for messages.
    shown: PathBuf,
    dir: PathBuf,
    /// `dir` is inside the output (a mount point, say), not beside it.
    inside: bool,
    force: bool,
    /// Folders already created, so most files cost one system call, and the
    /// files written, for the mark.
    state: Mutex<(HashSet<PathBuf>, Vec<String>)>,
    files: AtomicUsize,
    warnings: Vec<Diagnostic>,
    committed: bool,
}

impl Staging {
    /// Judges `output` and starts a staging folder for it.
    pub fn begin(output: &Path, opts: &WriteOptions) -> io::Result<Staging> {
        let shown = output.to_path_buf();
        let real = place::resolve(output)?;
        let mut warnings = Vec::new();
        clear_leftovers(&real, &mut warnings);
        let survey = judge::survey(&real, &shown, opts.force, true)?;
        let inside = survey.exists && fsx::is_mount_point(&real);
        let (dir, inside) = match inside {
            true => (make_inside(&real, &shown)?, true),
            false => match make_beside(&real) {
                Ok(dir) => (dir, false),
                Err(_) if survey.exists => (make_inside(&real, &shown)?, true),
                Err(e) if fsx::why(&e) == fsx::Why::ReadOnly => return Err(read_only(&shown)),
                Err(e) => {
                    let path = shown.display().to_string();
                    return Err(io::Error::new(
                        e.kind(),
                        msg!("output-cannot-create", path = path, error = e.to_string()),
                    ));
                }
            },
        };
        Ok(Staging {
            output: real,
            shown,
            dir,
            inside,
            force: opts.force,
            state: Mutex::new((HashSet::new(), Vec::new())),
            files: AtomicUsize::new(0),
            warnings,
            committed: false,
        })
    }

    /// Writes one file of the new site; `rel` is '/'-separated under the output.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.path_for(rel)?;
        fs::write(path, bytes)
    }

    /// Writes one file of the new site through `fill`, for files too large to
    /// hold in memory whole; returns the number of bytes written.
    pub fn write_with(&self, rel: &str, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<u64> {
        let path = self.path_for(rel)?;
        let mut out =
            CountingWriter { inner: io::BufWriter::with_capacity(1 << 16, fs::File::create(path)?), bytes: 0 };
        fill(&mut out)?;
        out.inner.flush()?;
        Ok(out.bytes)
    }

    /// A file written so far, read back.
    pub fn read(&self, rel: &str) -> io::Result<Vec<u8>> {
        check_path(rel)?;
        fs::read(self.dir.join(rel))
    }

    /// Files written so far.
    pub fn file_count(&self) -> usize {
        self.files.load(Ordering::Relaxed)
    }

    /// Checks `rel`, creates its folder and counts the file.
    fn path_for(&self, rel: &str) -> io::Result<PathBuf> {
        check_path(rel)?;
        let path = self.dir.join(rel);
        let lock = || self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let made = {
            let mut state = lock();
            state.1.push(rel.to_string());
            path.parent().is_none_or(|parent| state.0.contains(parent))
        };
        // A folder is known only once it exists: marked before, another
        // thread writing into it (a report's PDF beside its CSV) could find
        // it missing ("Path not found" under Wine). Two threads creating the
        // same folder at once is fine for create_dir_all.
        if let Some(parent) = path.parent().filter(|_| !made) {
            fs::create_dir_all(parent)?;
            lock().0.insert(parent.to_path_buf());
        }
        self.files.fetch_add(1, Ordering::Relaxed);
        Ok(path)
    }

    /// Puts the staged site in place of the old one, after judging the output
    /// again (a file may have been put there while the site rendered).
    pub fn commit(mut self) -> io::Result<WriteStats> {
        let keys: BTreeSet<String> = {
            let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            std::mem::take(&mut state.1).into_iter().collect()
        };
        let survey = judge::survey(&self.output, &self.shown, self.force, false)?;
        survey.accept(&|f| keys.contains(f), &self.shown)?;
        let mut warnings = std::mem::take(&mut self.warnings);
        let stats = if self.inside {
            let dir = self.dir.clone();
            self.in_place(Source::Dir(&dir), &keys, &survey, &dir, &mut warnings)?
        } else {
            fs::write(self.dir.join(MARK), mark::text(keys.iter().map(String::as_str)))?;
            if self.swap(survey.exists, &mut warnings)? {
                WriteStats { written: keys.len(), ..WriteStats::default() }
            } else {
                fs::remove_file(self.dir.join(MARK))?;
                fs::create_dir_all(&self.output)?;
                let inner = fresh(&self.output.join(STAGING_INSIDE));
                let dir = self.dir.clone();
                let stats = self.in_place(Source::Dir(&dir), &keys, &survey, &inner, &mut warnings)?;
                let _ = fs::remove_dir_all(&self.dir);
                stats
            }
        };
        self.committed = true;
        Ok(WriteStats { warnings, ..stats })
    }

    fn in_place(
        &self,
        source: Source,
        keys: &BTreeSet<String>,
        survey: &Survey,
        inner: &Path,
        warnings: &mut Vec<Diagnostic>,
    ) -> io::Result<WriteStats> {
        replace::replace(&self.output, &self.shown, source, keys, &survey.deletable, inner, warnings)
    }

    /// Swaps the staging folder in by renames; false when the output cannot be
    /// renamed (then nothing changed).
    fn swap(&self, exists: bool, warnings: &mut Vec<Diagnostic>) -> io::Result<bool> {
        let output = &self.output;
        if !exists {
            return Ok(fsx::rename(&self.dir, output).is_ok());
        }
        let old = fresh(&sibling(output, "old"));
        if fsx::rename(output, &old).is_err() {
            return Ok(false);
        }
        if fsx::rename(&self.dir, output).is_err() {
            return match fsx::rename(&old, output) {
                Ok(()) => Ok(false),
                Err(e) => Err(io::Error::new(
                    e.kind(),
                    msg!(
                        "output-swap-lost",
                        aside = old.display().to_string(),
                        error = e.to_string(),
                        path = self.shown.display().to_string()
                    ),
                )),
            };
        }
        if let Err(e) = fs::remove_dir_all(&old) {
            warnings.push(leftover_warning(&old, "aside", &e));
        }
        Ok(true)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

struct CountingWriter<W> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for CountingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn make_beside(output: &Path) -> io::Result<PathBuf> {
    let dir = fresh(&sibling(output, "staging"));
    if let Some(parent) = dir.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::create_dir(&dir)?;
    Ok(dir)
}

fn make_inside(output: &Path, shown: &Path) -> io::Result<PathBuf> {
    let dir = fresh(&output.join(STAGING_INSIDE));
    fs::create_dir(&dir).map_err(|e| match fsx::why(&e) {
        fsx::Why::ReadOnly => read_only(shown),
        _ => io::Error::new(
            e.kind(),
            msg!("output-cannot-write-in", path = shown.display().to_string(), error = e.to_string()),
        ),
    })?;
    Ok(dir)
}

/// `.NAME.jawnik-WHAT` beside the output folder NAME.
fn sibling(output: &Path, what: &str) -> PathBuf {
    let name = output.file_name().map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
    output.with_file_name(format!(".{name}.jawnik-{what}"))
}

/// Clears what an interrupted or failed build left, so it never stops this one:
/// puts back a previous site a crash left moved aside (with no output in its
/// place) or files moved aside inside the output, then removes the rest. What
/// cannot be removed (a file held open on Windows) is left with a warning;
/// this build then uses other names.
fn clear_leftovers(output: &Path, warnings: &mut Vec<Diagnostic>) {
    let beside: Vec<PathBuf> = match (output.parent(), output.file_name()) {
        (Some(parent), Some(name)) => {
            let prefix = format!(".{}.jawnik-", name.to_string_lossy());
            fs::read_dir(parent)
                .map(|entries| {
                    let mut found: Vec<PathBuf> = entries
                        .flatten()
                        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
                        .map(|e| e.path())
                        .collect();
                    found.sort();
                    found
                })
                .unwrap_or_default()
        }
        _ => Vec::new(),
    };
    if fs::symlink_metadata(output).is_err() {
        let old = sibling(output, "old").to_string_lossy().to_string();
        if let Some(previous) = beside.iter().find(|p| p.to_string_lossy().starts_with(&old) && p.join(MARK).is_file())
        {
            let _ = fsx::rename(previous, output);
        }
    }
    let inside: Vec<PathBuf> = fs::read_dir(output)
        .map(|entries| {
            entries.flatten().filter(|e| is_work_dir(&e.file_name().to_string_lossy())).map(|e| e.path()).collect()
        })
        .unwrap_or_default();
    if !inside.is_empty() {
        let listed = mark::read(output).ok().flatten();
        for path in &inside {
            if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with(ASIDE_INSIDE)) {
                put_back(output, path, listed.as_ref());
            }
        }
    }
    for path in beside.iter().chain(&inside).filter(|p| fs::symlink_metadata(p).is_ok()) {
        let removed = if path.is_dir() { fs::remove_dir_all(path) } else { fs::remove_file(path) };
        if let Err(e) = removed {
            warnings.push(leftover_warning(path, "earlier", &e));
        }
    }
}

/// Moves files a killed in-place replace had moved aside back where nothing
/// took their place. While it swaps, the mark lists every file it may move
/// aside; once done, it lists only the new site, so a file it removed as
/// stale (moved aside, then killed or unable to remove that folder) is not
/// brought back, where the next build would refuse it as not jawnik's.
fn put_back(output: &Path, aside: &Path, listed: Option<&BTreeSet<String>>) {
    for entry in walkdir::WalkDir::new(aside).min_depth(1).into_iter().flatten() {
        if entry.file_type().is_dir() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(aside) else { continue };
        let key = rel.to_string_lossy().replace('\\', "/");
        let target = output.join(rel);
        if listed.is_none_or(|l| l.contains(&key)) && fs::symlink_metadata(&target).is_err() {
            let _ = target.parent().map(fs::create_dir_all);
            let _ = fsx::rename(entry.path(), &target);
        }
    }
}
