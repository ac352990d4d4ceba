//! The typst `World` a report PDF is compiled in: one main file (the report
//! template), one data file (the report as JSON), the fonts embedded from
//! `assets/fonts/`, no packages, no system fonts, no network, no clock.
//!
//! The standard library and the fonts are made once per process and shared by
//! every compile (they are the expensive part of a world); a [`ReportWorld`] is
//! only the two files.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World};

use crate::render::fonts;

/// The faces of DejaVu Sans the PDF uses; the charts are measured with the
/// same regular face.
static FONT_FILES: [&[u8]; 3] = [fonts::DEJAVU_SANS, fonts::DEJAVU_SANS_BOLD, fonts::DEJAVU_SANS_OBLIQUE];

struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    Shared {
        // `a11y-extras` gives `pdf.header-cell`: an indicator's name heads
        // its row, as `<th scope=row>` does on the page.
        library: LazyHash::new(Library::builder().with_features([Feature::A11yExtras].into_iter().collect()).build()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

/// The path of the template inside the world.
const MAIN: &str = "/report.typ";
/// The path of the report's data, read by the template with `json(...)`.
pub const DATA: &str = "/report.json";

fn id(path: &str) -> FileId {
    // Both paths are constants: interned once, reused by every compile.
    let vpath = VirtualPath::new(path).expect("a constant, valid virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// One report to compile: the template and its data.
pub struct ReportWorld {
    main: Source,
    data: Bytes,
}

impl ReportWorld {
    pub fn new(template: &str, data: Vec<u8>) -> ReportWorld {
        ReportWorld { main: Source::new(id(MAIN), template.to_string()), data: Bytes::new(data) }
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, file: FileId) -> FileResult<Bytes> {
        if file == id(DATA) {
            Ok(self.data.clone())
        } else if file == self.main.id() {
            Ok(Bytes::from_string(self.main.text().to_string()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    /// No clock: a document that asks for today's date gets an error, so
    /// the output never depends on when it was built.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
