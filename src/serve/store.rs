//! Where serve and `build --watch` keep the last good site: on disk, in the
//! output folder (`--output`; for serve without it, a private folder in the
//! system's temporary folder), with only an index in memory, each file's path
//! and [`Digest`]. A large site (3 GB of files at 1,000 programmes) then costs
//! serve about what a build costs, and an edit replaces a few files on disk
//! instead of copying the site in memory.
//!
//! The server answers only paths the index lists ([`SiteFiles`]), so a request
//! can still reach nothing but a file of the rendered site.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, RwLock};

use crate::output::{self, Digest, DigestWriter, Digester, Files, Made};
use crate::render::Sink;

/// The files of a site as the server sees them.
pub trait SiteFiles: Send + Sync {
    /// Whether the site has a file at `key` ('/'-separated, no leading '/').
    fn contains(&self, key: &str) -> bool;
    /// The bytes of the file at `key`.
    fn read(&self, key: &str) -> io::Result<Vec<u8>>;
}

/// A site held in memory (tests).
impl SiteFiles for Files {
    fn contains(&self, key: &str) -> bool {
        self.contains_key(key)
    }

    fn read(&self, key: &str) -> io::Result<Vec<u8>> {
        self.get(key).cloned().ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
    }
}

/// Every file of a site: path → digest.
pub type Index = HashMap<String, Digest>;

/// A site written in a folder, and the index of what jawnik wrote there.
pub struct DiskSite {
    dir: PathBuf,
    index: RwLock<Index>,
}

impl DiskSite {
    pub fn new(dir: PathBuf, index: Index) -> DiskSite {
        DiskSite { dir, index: RwLock::new(index) }
    }

    fn index(&self) -> std::sync::RwLockReadGuard<'_, Index> {
        self.index.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn index_mut(&self) -> std::sync::RwLockWriteGuard<'_, Index> {
        self.index.write().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The folder the site is in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// How many files the site has.
    pub fn len(&self) -> usize {
        self.index().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many of them are HTML pages.
    pub fn pages(&self) -> usize {
        self.index().keys().filter(|k| crate::render::urls::is_page(k)).count()
    }

    /// The digest of the file at `key`, if the site has one.
    pub fn digest(&self, key: &str) -> Option<Digest> {
        self.index().get(key).copied()
    }

    /// Every path, in no particular order.
    pub fn keys(&self) -> Vec<String> {
        self.index().keys().cloned().collect()
    }

    /// The file at `key` as text (tests, messages).
    pub fn read_string(&self, key: &str) -> io::Result<String> {
        Ok(String::from_utf8_lossy(&self.read(key)?).into_owned())
    }

    /// Takes in the files a rebuild made and drops the ones it removed.
    pub fn update(&self, made: &[Made], removed: &[String]) {
        let mut index = self.index_mut();
        for m in made {
            index.insert(m.path.clone(), m.digest);
        }
        for k in removed {
            index.remove(k);
        }
    }

    /// Replaces the whole index (after a full build).
    pub fn replace(&self, new: Index) {
        *self.index_mut() = new;
    }
}

impl SiteFiles for DiskSite {
    fn contains(&self, key: &str) -> bool {
        self.index().contains_key(key)
    }

    fn read(&self, key: &str) -> io::Result<Vec<u8>> {
        if !self.contains(key) {
            return Err(io::Error::from(io::ErrorKind::NotFound));
        }
        fs::read(self.dir.join(key))
    }
}

/// A sink that passes every file on and notes its digest.
pub struct Digesting<'a> {
    inner: &'a dyn Sink,
    index: Mutex<Index>,
}

impl<'a> Digesting<'a> {
    pub fn new(inner: &'a dyn Sink) -> Digesting<'a> {
        Digesting { inner, index: Mutex::new(Index::new()) }
    }

    pub fn into_index(self) -> Index {
        self.index.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn note(&self, path: String, digest: Digest) {
        self.index.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).insert(path, digest);
    }
}

impl Sink for Digesting<'_> {
    fn put(&self, path: String, bytes: Vec<u8>) -> io::Result<()> {
        self.note(path.clone(), output::digest(&bytes));
        self.inner.put(path, bytes)
    }

    fn put_with(&self, path: String, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<u64> {
        let mut digest = None;
        let n = self.inner.put_with(path.clone(), &mut |w| {
            let mut out = DigestWriter { inner: w, digester: Digester::default() };
            fill(&mut out)?;
            digest = Some(out.digester.finish());
            Ok(())
        })?;
        if let Some(digest) = digest {
            self.note(path, digest);
        }
        Ok(n)
    }

    fn read_back(&self, path: &str) -> Option<io::Result<Vec<u8>>> {
        self.inner.read_back(path)
    }

    fn digest_of(&self, path: &str) -> Option<Digest> {
        self.index.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).get(path).copied()
    }

    fn put_pieces(&self, path: String, pieces: &[output::Piece], digest: Digest) -> io::Result<u64> {
        // The joined file's identity is the one a partial rebuild gives it
        // (from its parts' digests), so the next edit compares like with like.
        let n = self.inner.put_pieces(path.clone(), pieces, digest)?;
        self.note(path, digest);
        Ok(n)
    }
}

/// Serve's own folder for the site when it was given no `--output`:
/// `jawnik-serve-<pid>` in the system's temporary folder, locked while serve
/// runs and removed when it ends. A serve that was killed cannot remove its
/// folder; the next serve removes folders whose lock nobody holds.
pub struct PrivateFolder {
    path: PathBuf,
    /// Held (and locked) while serve runs; closed before the folder is removed,
    /// since Windows removes no folder holding an open file.
    lock: Option<fs::File>,
}

const PREFIX: &str = "jawnik-serve-";
const LOCK: &str = "lock";

impl PrivateFolder {
    pub fn create() -> io::Result<PrivateFolder> {
        let temp = std::env::temp_dir();
        sweep(&temp);
        let path = temp.join(format!("{PREFIX}{}", std::process::id()));
        // A folder of this name is a dead process's (it had the same id): sweep
        // left it only if it could not lock it, so try once more.
        if path.exists() {
            fs::remove_dir_all(&path)?;
        }
        fs::create_dir_all(&path)?;
        let lock = fs::File::create(path.join(LOCK))?;
        lock.lock()?;
        Ok(PrivateFolder { path, lock: Some(lock) })
    }

    /// Where the site goes.
    pub fn site(&self) -> PathBuf {
        self.path.join("site")
    }
}

impl Drop for PrivateFolder {
    fn drop(&mut self) {
        drop(self.lock.take());
        let _ = fs::remove_dir_all(&self.path);
    }
}

/// Removes, in the background, private folders left by serves that were
/// killed: ones whose lock file can be locked.
fn sweep(temp: &Path) {
    let Ok(entries) = fs::read_dir(temp) else { return };
    let stale: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(PREFIX))
        .map(|e| e.path())
        .filter(|p| fs::OpenOptions::new().write(true).open(p.join(LOCK)).is_ok_and(|f| f.try_lock().is_ok()))
        .collect();
    if !stale.is_empty() {
        std::thread::spawn(move || stale.iter().for_each(|p| drop(fs::remove_dir_all(p))));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_server_reads_only_files_the_index_lists() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.html"), "a").unwrap();
        fs::write(dir.path().join("secret.txt"), "not the site's").unwrap();
        let site = DiskSite::new(dir.path().to_path_buf(), Index::from([("a.html".into(), output::digest(b"a"))]));
        assert_eq!(site.read("a.html").unwrap(), b"a");
        assert!(!site.contains("secret.txt"));
        assert_eq!(site.read("secret.txt").unwrap_err().kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn a_private_folder_is_removed_when_dropped_and_a_stale_one_by_the_next() {
        let folder = PrivateFolder::create().unwrap();
        let path = folder.path.clone();
        fs::create_dir_all(folder.site()).unwrap();
        assert!(path.join(LOCK).is_file());
        // Locked: a sweep leaves it alone.
        sweep(&std::env::temp_dir());
        std::thread::sleep(std::time::Duration::from_millis(50));
        assert!(path.exists());
        drop(folder);
        assert!(!path.exists());
        // One left by a killed serve: its lock is free.
        let stale = std::env::temp_dir().join(format!("{PREFIX}test-stale-{}", std::process::id()));
        fs::create_dir_all(stale.join("site")).unwrap();
        fs::write(stale.join(LOCK), "").unwrap();
        sweep(&std::env::temp_dir());
        for _ in 0..100 {
            if !stale.exists() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(!stale.exists());
    }
}
