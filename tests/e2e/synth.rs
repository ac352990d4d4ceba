//! `jawnik synth` end to end: the same arguments give byte-identical sites, and
//! `jawnik check` accepts what it writes without errors or warnings.

use crate::common;

use common::tree;
use std::path::Path;
use std::process::Output;

fn jawnik(args: &[&str]) -> Output {
    common::jawnik().args(args).output().expect("the jawnik binary runs")
}

fn synth(out: &Path, seed: &str) -> Output {
    let out = out.to_str().unwrap();
    jawnik(&["synth", "--programmes", "3", "--years", "7", "--indicators", "35", "--seed", seed, "--out", out])
}

#[test]
fn same_seed_gives_byte_identical_sites_that_check_cleanly() {
    let (a, b, c) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for (dir, seed) in [(&a, "11"), (&b, "11"), (&c, "12")] {
        let out = synth(dir.path(), seed);
        assert!(out.status.success(), "synth failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    let (ta, tb, tc) = (tree(a.path()), tree(b.path()), tree(c.path()));
    // jawnik.toml + per programme: programme.toml, 2 descriptions, editions,
    // 7 × (YEAR.toml + 2 introductions + 2 conclusions).
    let editions = ta.keys().filter(|k| k.contains("/edition-")).count();
    assert!(editions >= 3, "each programme has at least one edition");
    assert_eq!(ta.len(), 1 + 3 * (3 + 7 * 5) + editions);
    assert!(ta == tb, "two runs with the same seed differ");
    assert_ne!(ta, tc, "another seed gives the same site");
    let text = String::from_utf8(ta.iter().find(|(k, _)| k.ends_with("/2024.toml")).unwrap().1.clone()).unwrap();
    assert!(text.contains("year = 2024\n"));

    let check = jawnik(&["check", "--strict", "--root", a.path().to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "check failed:\n{stderr}");
    assert!(stderr.ends_with("checked 3 programmes, 105 indicators, 21 reports: 0 errors, 0 warnings\n"), "{stderr}");
}

#[test]
fn synth_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("keep.txt"), "mine").unwrap();
    let out = synth(dir.path(), "1");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr,
        format!(
            "error: {} is not empty; `jawnik synth` writes a whole new site: give a new or empty folder\n",
            dir.path().display()
        )
    );
    assert_eq!(std::fs::read_to_string(dir.path().join("keep.txt")).unwrap(), "mine");
}

/// The `<li>` items of a page's main navigation.
fn main_nav_items(html: &str) -> Vec<&str> {
    let start = html.find("<nav class=\"main-nav main-nav--bar\"").expect("a main navigation");
    let nav = &html[start..start + html[start..].find("</nav>").unwrap()];
    nav.split("<li>").skip(1).collect()
}

#[test]
fn with_many_programmes_a_page_lists_only_its_own_in_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let (site, out) = (dir.path().join("site"), dir.path().join("out"));
    let (site, out) = (site.to_str().unwrap(), out.to_str().unwrap());
    let synth = jawnik(&["synth", "--programmes", "13", "--years", "2", "--indicators", "2", "--out", site]);
    assert!(synth.status.success(), "{}", String::from_utf8_lossy(&synth.stderr));
    let build = jawnik(&["build", "--root", site, "--output", out]);
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
    let read = |rel: &str| std::fs::read_to_string(Path::new(out).join(rel)).unwrap();

    let slug = std::fs::read_dir(Path::new(site).join("content"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .min()
        .unwrap();
    let programme_page = read(&format!("en/{slug}/index.html"));
    let home = read("en/index.html");
    // The menu has the site-wide entries (home, data, search...) and this programme only.
    let items = main_nav_items(&programme_page);
    assert_eq!(items.len(), main_nav_items(&home).len() + 1, "{items:?}");
    let own: Vec<&&str> = items.iter().filter(|i| i.contains(&format!("/{slug}/"))).collect();
    assert_eq!(own.len(), 1, "{items:?}");
    assert!(own[0].contains("aria-current=\"page\""), "{}", own[0]);
    // The home page still lists every programme, outside the menu.
    let listed = std::fs::read_dir(Path::new(site).join("content"))
        .unwrap()
        .filter(|e| home.contains(&format!("/{}/index.html\"", e.as_ref().unwrap().file_name().to_string_lossy())))
        .count();
    assert_eq!(listed, 13);
    // The data page lists the site's and programmes' files, not every indicator's.
    let data = read("en/data/index.html");
    assert!(data.contains("This site covers many programmes"), "{data}");
    assert!(data.contains(&format!("data/{slug}/{slug}.csv\"")));
    assert!(!data.contains("/indicators/"));
}

#[test]
fn a_build_written_file_by_file_equals_the_site_rendered_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let (site, out) = (dir.path().join("site"), dir.path().join("out"));
    let synth =
        jawnik(&["synth", "--programmes", "3", "--years", "4", "--indicators", "6", "--out", site.to_str().unwrap()]);
    assert!(synth.status.success(), "{}", String::from_utf8_lossy(&synth.stderr));
    let opts = jawnik::site::BuildOptions {
        root: site.clone(),
        output: out.clone(),
        on_render: None,
        force: false,
        strict: false,
        today: None,
    };
    let report = jawnik::site::build(&opts).unwrap_or_else(|e| panic!("{e:?}"));
    let in_memory = jawnik::site::render(&opts).unwrap_or_else(|e| panic!("{e:?}")).files;
    let mut on_disk = tree(&out);
    // Besides the site, the folder holds jawnik's mark listing its files.
    let mark = on_disk.remove(jawnik::output::MARK).expect("the output folder is marked");
    assert_eq!(mark, jawnik::output::mark::text(in_memory.keys().map(String::as_str)).into_bytes());
    assert_eq!(on_disk.keys().collect::<Vec<_>>(), in_memory.keys().collect::<Vec<_>>());
    assert!(on_disk == in_memory, "a file differs between the streamed build and the in-memory render");
    assert_eq!(report.files, on_disk.len());
    assert_eq!(report.pages, on_disk.keys().filter(|k| jawnik::render::urls::is_page(k)).count());
    assert!(report.pages > 2 * (1 + 3 * (1 + 4 + 6)));
}
