//! Where a build's CPU time goes, phase by phase, on a synthetic site: loading,
//! data files, page contexts and Tera rendering per page kind, charts, writing.
//! Single-threaded, timed in CPU time of this thread (/proc/thread-self/schedstat),
//! so the numbers add up and hardly depend on what else the machine runs.
//!
//!     cargo bench --bench render_phases -- [PROGRAMMES]     (default 20)
//!
//! Prints microseconds per page; for the whole-site comparison with Hugo use
//! benches/compare-hugo. Not a test: it asserts nothing.

use std::collections::BTreeMap;

use jawnik::content::load::load_site;
use jawnik::render::data;
use jawnik::render::pages::{self, PageKind, Shared};
use jawnik::render::templates::Templates;
use jawnik::render::theme::Theme;
use jawnik::synth::{self, Params};

/// The allocator the binary uses (src/main.rs), so the numbers match a build.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

    // Template experiments: TEMPLATES=DIR puts DIR's files in the site's own
    // templates/ folder, which overrides the theme's.
    if let Some(from) = std::env::var_os("TEMPLATES") {
        let to = dir.path().join("templates");
        std::fs::create_dir_all(&to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
    let t = cpu_ns();
    let loaded = load_site(dir.path());
    let site = loaded.site.expect("the synthetic site loads");
    println!("load: {:.1} ms ({programmes} programmes)", (cpu_ns() - t) as f64 / 1e6);

    let theme = Theme::load(dir.path(), &site.config.theme).expect("the built-in theme");
    let templates = Templates::new(&theme, &site.config.languages, site.default_lang()).expect("templates compile");
    let t = cpu_ns();
    let data = data::build(&site, &theme.strings);
    let data_bytes: usize = data.files.values().map(Vec::len).sum();
    println!(
        "data files: {:.1} ms for {} files, {:.1} MB",
        (cpu_ns() - t) as f64 / 1e6,
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
        csp: "",
        has_data: true,
        wide: None,
    };

    // Per page kind, in batches: contexts first, then Tera on them.
    let mut by_kind: BTreeMap<&str, Vec<pages::Job>> = BTreeMap::new();
    for job in pages::jobs(&site) {
        let kind = match job.kind {
            PageKind::Home => "home",
            PageKind::Programme(_) => "programme",
            PageKind::Report(..) => "report",
            PageKind::Indicator(..) => "indicator",
            _ => "other",
        };
        by_kind.entry(kind).or_default().push(job);
    }
    println!("\n| page kind | pages | context µs/page | Tera µs/page | KB/page |");
    println!("|---|---:|---:|---:|---:|");
    let (mut n, mut c, mut r) = (0, 0.0, 0.0);
    for (kind, jobs) in &by_kind {
        let t = cpu_ns();
        let contexts: Vec<tera::Context> = jobs.iter().map(|job| pages::context(&shared, job)).collect();
        let ctx_us = (cpu_ns() - t) as f64 / 1e3;
        let t = cpu_ns();
        let mut bytes = 0;
        for (job, ctx) in jobs.iter().zip(&contexts) {
            bytes += templates.render(&job.lang, job.kind.template(), ctx).expect("page renders").len();
        }
        let render_us = (cpu_ns() - t) as f64 / 1e3;
        if std::env::var_os("CONTEXT_SIZES").is_some() {
            // A Tera context cannot be listed: look up every key a page has.
            let json: serde_json::Map<String, serde_json::Value> = CONTEXT_KEYS
                .iter()
                .filter_map(|k| Some((k.to_string(), serde_json::to_value(contexts[0].get(k)?).unwrap())))
                .collect();
            let mut sizes: Vec<(String, usize)> = json.iter().map(|(k, v)| (k.clone(), v.to_string().len())).collect();
            sizes.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
            eprintln!("{kind} context, bytes of JSON per key: {sizes:?}");
            std::fs::write(format!("/tmp/ctx-{kind}.json"), serde_json::to_string_pretty(&json).unwrap()).unwrap();
        }
        let p = jobs.len() as f64;
        println!(
            "| {kind} | {} | {:.0} | {:.0} | {:.1} |",
            jobs.len(),
            ctx_us / p,
            render_us / p,
            bytes as f64 / p / 1e3
        );
        (n, c, r) = (n + jobs.len(), c + ctx_us, r + render_us);
    }
    println!("| all | {n} | {:.0} | {:.0} | |", c / n as f64, r / n as f64);

    let t = cpu_ns();
    let mut charts = 0;
    for p in &site.programmes {
        for ind in &p.indicators {
            for lang in &site.config.languages {
                charts += jawnik::render::chart::trend(p, ind, lang, &theme.strings).is_some() as usize;
            }
        }
    }
    println!("\ntrend charts: {:.0} µs each ({charts} charts)", (cpu_ns() - t) as f64 / 1e3 / charts.max(1) as f64);
}

/// The top-level keys of page contexts: `Common`'s and each page kind's own.
const CONTEXT_KEYS: [&str; 20] = [
    "lang",
    "default_lang",
    "root",
    "path",
    "title",
    "site",
    "languages",
    "alternates",
    "canonical",
    "breadcrumbs",
    "nav",
    "links",
    "home",
    "programme",
    "report",
    "indicator",
    "data",
    "statement",
    "search",
    "stylesheet_inline",
];

/// Nanoseconds this thread has run on a CPU (Linux schedstat).
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .expect("/proc/thread-self/schedstat (Linux)")
}
