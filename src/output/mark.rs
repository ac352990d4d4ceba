//! The mark jawnik leaves in every output folder it writes: a file named
//! `.jawnik-output` at the folder's top, with a few lines saying what the
//! folder is, then the files the last build wrote, one per line.
//!
//! A later build replaces a folder only when it finds this mark (or the folder
//! is empty), and deletes in it only the files the mark lists. The mark's bytes
//! depend on nothing but that sorted list, so two builds of the same site stay
//! byte-identical.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::Path;

/// The mark's file name, at the top of the output folder.
pub const MARK: &str = ".jawnik-output";

/// What a person opening the mark reads first. Every line starts with `#`, which
/// no path jawnik writes does.
const HEADER: &str = "\
# This folder was written by jawnik, and the next `jawnik build` replaces it.
#
# jawnik replaces a folder only when it finds this file in it, and deletes
# there only the files listed below, which the last build wrote. A file you
# put here yourself stops the next build with an error; files that should be
# published with the site belong in the site's static/ folder, which every
# build copies to static/ here. Do not edit or delete this file.
#
";

/// The mark's text for a build that wrote `files` (in any order).
pub fn text<'a>(files: impl IntoIterator<Item = &'a str>) -> String {
    let sorted: BTreeSet<&str> = files.into_iter().collect();
    let mut text = String::with_capacity(HEADER.len() + sorted.iter().map(|f| f.len() + 1).sum::<usize>());
    text.push_str(HEADER);
    for file in sorted {
        text.push_str(file);
        text.push('\n');
    }
    text
}

/// The files a mark lists.
pub fn parse(text: &str) -> BTreeSet<String> {
    text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect()
}

/// The files listed by the mark in `dir`; `None` when there is no mark (or
/// something that is not a file has its name).
pub fn read(dir: &Path) -> io::Result<Option<BTreeSet<String>>> {
    let path = dir.join(MARK);
    match fs::symlink_metadata(&path) {
        Ok(meta) if meta.is_file() => {
            let bytes = fs::read(&path)?;
            Ok(Some(parse(&String::from_utf8_lossy(&bytes))))
        }
        Ok(_) => Ok(None),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_lists_files_sorted_after_its_explanation_and_reads_back() {
        let text = text(["pl/index.html", "404.html", "index.html"]);
        assert!(text.starts_with("# This folder was written by jawnik"));
        assert!(text.ends_with("#\n404.html\nindex.html\npl/index.html\n"), "{text}");
        let listed: Vec<String> = parse(&text).into_iter().collect();
        assert_eq!(listed, ["404.html", "index.html", "pl/index.html"]);
    }
}
