//! Open data downloads: CSV, JSON and a Frictionless data package. (Stub: the
//! charts/data module replaces it.)

use std::collections::BTreeMap;

use crate::content::Site;
use crate::output::Files;
use crate::render::strings::UiStrings;

/// What a set of downloads is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    Site,
    Programme(String),
    Report(String, i32),
    Indicator(String, String),
}

/// One downloadable file, for a link that shows its format and size.
#[derive(Clone, Debug)]
pub struct Download {
    /// Path relative to the output root.
    pub path: String,
    /// "CSV", "JSON".
    pub format: String,
    pub bytes: usize,
}

/// Every data file of the site, and the downloads to link per language and scope.
#[derive(Clone, Debug, Default)]
pub struct DataFiles {
    pub files: Files,
    pub downloads: BTreeMap<(String, Scope), Vec<Download>>,
}

impl DataFiles {
    /// The downloads for `scope` in `lang` (empty when there are none).
    pub fn for_scope(&self, lang: &str, scope: &Scope) -> &[Download] {
        self.downloads.get(&(lang.to_string(), scope.clone())).map_or(&[], Vec::as_slice)
    }
}

/// Renders every data file of the site.
pub fn build(_site: &Site, _strings: &UiStrings) -> DataFiles {
    DataFiles::default()
}
