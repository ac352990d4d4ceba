//! Where a build's CPU time goes, phase by phase, on a synthetic site: loading,
//! data files, page contexts and Tera rendering per page kind, charts, writing.
//! Single-threaded, so the numbers add up and do not depend on other load.
//!
//!     cargo bench --bench render_phases -- [PROGRAMMES]     (default 20)
//!
//! Prints microseconds per page; for the whole-site comparison with Hugo use
//! benches/compare-hugo. Not a test: it asserts nothing.

use std::collections::BTreeMap;
use std::time::Instant;

use jawnik::content::load::load_site;
use jawnik::render::data;
use jawnik::render::pages::{self, PageKind, Shared};
use jawnik::render::templates::Templates;
use jawnik::render::theme::Theme;
use jawnik::synth::{self, Params};

fn main() {
    let programmes: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(20);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let params = Params { programmes, years: 10, indicators: 20, seed: 1 };
    let files =
        synth::site_files(&params).into_iter().chain((0..programmes).flat_map(|i| synth::programme_files(&params, i)));
    for (rel, text) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    let t = Instant::now();
    let loaded = load_site(dir.path());
    let site = loaded.site.expect("the synthetic site loads");
    println!("load: {:.1} ms ({programmes} programmes)", t.elapsed().as_secs_f64() * 1e3);

    let theme = Theme::load(dir.path(), &site.config.theme).expect("the built-in theme");
    let templates = Templates::new(&theme, &site.config.languages, site.default_lang()).expect("templates compile");
    let t = Instant::now();
    let data = data::build(&site, &theme.strings);
    let data_bytes: usize = data.files.values().map(Vec::len).sum();
    println!(
        "data files: {:.1} ms for {} files, {:.1} MB",
        t.elapsed().as_secs_f64() * 1e3,
        data.files.len(),
        data_bytes as f64 / 1e6
    );
    let docs = pages::Docs::new();
    let shared = Shared {
        site: &site,
        strings: &theme.strings,
        data: &data,
        docs: &docs,
        stylesheet: "",
        live_reload: false,
        has_data: true,
    };

    // Per page kind: (pages, context µs, render µs, output bytes).
    let mut by_kind: BTreeMap<&str, (usize, f64, f64, usize)> = BTreeMap::new();
    for job in pages::jobs(&site) {
        let kind = match job.kind {
            PageKind::Home => "home",
            PageKind::Programme(_) => "programme",
            PageKind::Report(..) => "report",
            PageKind::Indicator(..) => "indicator",
            _ => "other",
        };
        let t = Instant::now();
        let ctx = pages::context(&shared, &job);
        let ctx_us = t.elapsed().as_secs_f64() * 1e6;
        let t = Instant::now();
        let html = templates.render(&job.lang, job.kind.template(), &ctx).expect("page renders");
        let render_us = t.elapsed().as_secs_f64() * 1e6;
        let e = by_kind.entry(kind).or_default();
        *e = (e.0 + 1, e.1 + ctx_us, e.2 + render_us, e.3 + html.len());
    }
    println!("\n| page kind | pages | context µs/page | Tera µs/page | KB/page |");
    println!("|---|---:|---:|---:|---:|");
    let (mut n, mut c, mut r) = (0, 0.0, 0.0);
    for (kind, (pages, ctx, render, bytes)) in &by_kind {
        let p = *pages as f64;
        println!("| {kind} | {pages} | {:.0} | {:.0} | {:.1} |", ctx / p, render / p, *bytes as f64 / p / 1e3);
        (n, c, r) = (n + pages, c + ctx, r + render);
    }
    println!("| all | {n} | {:.0} | {:.0} | |", c / n as f64, r / n as f64);

    let t = Instant::now();
    let mut charts = 0;
    for p in &site.programmes {
        for ind in &p.indicators {
            for lang in &site.config.languages {
                charts += jawnik::render::chart::trend(p, ind, lang, &theme.strings).is_some() as usize;
            }
        }
    }
    println!("\ntrend charts: {:.0} µs each ({charts} charts)", t.elapsed().as_secs_f64() * 1e6 / charts.max(1) as f64);
}
