//! The end-to-end tests: the real `jawnik` binary on fixture sites (good and
//! broken ones) in temp folders, and the built pages, data files and PDFs read
//! back.
//!
//! One test program with a module per subject, not a program per file:
//! each program links all of jawnik and typst, and twenty-four of them cost
//! ~8 GB of disk and a link each (a CI machine ran out of disk). Run one
//! subject with `cargo test --test e2e charts::`.

mod common;
mod shapes;

mod attachments;
mod build;
mod charts;
mod check;
mod checkout;
mod data;
mod expected_files;
mod import;
mod incremental;
mod l10n;
mod legal;
mod new;
mod other_pages;
mod other_reports;
mod output;
mod pdf;
mod robustness;
mod search_feed;
mod security;
mod seed_numbers;
mod serve;
mod synth;
