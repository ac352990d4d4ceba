//! jawnik: a static site generator for public reports on municipal social programmes.
//!
//! The crate reads as its pipeline: [`content`] loads and validates the files under
//! `content/` into a read-only model; `render` turns the model into pages, charts
//! and data files (bytes, never touching the disk); `output` is the only writer of
//! `public/`; `site` runs the stages in order. The binary in `main.rs` is glue.

pub mod cli;
pub mod cmd;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod i18n;
pub mod import;
pub mod output;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
