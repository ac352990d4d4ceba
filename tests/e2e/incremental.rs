//! Rebuilding only what a change touches (serve, `build --watch`) must give
//! exactly the site a full build gives. On a synthetic site above the menu's
//! limit (13 programmes), edits to one programme's files go through the
//! partial path; after each, the output folder is compared file by file with
//! a fresh `jawnik build` of the edited site.

use crate::common;

use common::tree;
use std::fs;
use std::path::{Path, PathBuf};

use jawnik::serve::change::ChangeSet;
use jawnik::serve::rebuild::{How, Rebuilder};
use jawnik::site::{self, BuildOptions};

struct Site {
    _dir: tempfile::TempDir,
    root: PathBuf,
    out: PathBuf,
    rebuilder: Rebuilder,
}

impl Site {
    fn new() -> Site {
        Site::with_programmes(13)
    }

    fn with_programmes(programmes: usize) -> Site {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().canonicalize().unwrap();
        let (root, out) = (base.join("site"), base.join("out"));
        let params = jawnik::synth::Params { programmes, years: 4, indicators: 5, seed: 5 };
        jawnik::synth::write_site(&root, &params).unwrap();
        let opts = BuildOptions {
            root: root.clone(),
            output: out.clone(),
            on_render: None,
            force: false,
            strict: false,
            today: None,
        };
        let mut rebuilder =
            Rebuilder::new(root.clone(), Some(out.clone()), jawnik::serve::rebuild::site_renderer(&opts));
        rebuilder.build_all().unwrap_or_else(|d| panic!("{d:?}"));
        Site { _dir: dir, root, out, rebuilder }
    }

    /// The first programme's folder name.
    fn programme(&self) -> String {
        let mut names: Vec<String> = fs::read_dir(self.root.join("content"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names.remove(0)
    }

    /// Rebuilds after `paths` changed, expecting the partial path, and checks
    /// the output against a full build of the same sources.
    fn rebuild_and_compare(&mut self, paths: &[String]) {
        let changes = ChangeSet::from_paths(paths.iter().map(Path::new));
        let first = self.rebuilder.rebuild(&changes).unwrap_or_else(|d| panic!("{d:?}"));
        assert_eq!(first.how, How::Programmes);
        let second = self.rebuilder.finish().expect("the site-wide step").unwrap_or_else(|d| panic!("{d:?}"));
        assert_eq!(second.how, How::SiteWide);
        assert!(self.rebuilder.finish().is_none(), "one site-wide step per change");
        self.compare_with_full_build();
        assert_eq!(second.pages, self.rebuilder.site().unwrap().pages());
    }

    /// Checks the output against a full build of the same sources.
    fn compare_with_full_build(&self) {
        let fresh = self.root.parent().unwrap().join("fresh");
        let opts = BuildOptions {
            root: self.root.clone(),
            output: fresh.clone(),
            on_render: None,
            force: false,
            strict: false,
            today: None,
        };
        site::build(&opts).unwrap_or_else(|e| panic!("{e:?}"));
        let (incremental, full) = (tree(&self.out), tree(&fresh));
        let differ: Vec<&String> = full.keys().filter(|k| incremental.get(*k) != full.get(*k)).collect();
        let extra: Vec<&String> = incremental.keys().filter(|k| !full.contains_key(*k)).collect();
        assert!(differ.is_empty() && extra.is_empty(), "differ: {differ:?}\nleft behind: {extra:?}");
        // The full build's files and its mark listing them.
        assert_eq!(self.rebuilder.site().unwrap().len() + 1, full.len());
        assert_eq!(
            self.rebuilder.site().unwrap().pages(),
            full.keys().filter(|k| jawnik::render::urls::is_page(k)).count()
        );
        fs::remove_dir_all(fresh).unwrap();
    }
}

fn replace_in(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn edits_to_one_programme_rebuild_to_the_same_site_as_a_full_build() {
    let mut site = Site::new();
    let slug = site.programme();
    let dir = site.root.join("content").join(&slug);

    // A value in a year report.
    let year = dir.join("2024.toml");
    let text = fs::read_to_string(&year).unwrap();
    let at = text.find("\nvalue = ").expect("a value") + "\nvalue = ".len();
    let end = at + text[at..].find('\n').unwrap();
    fs::write(&year, format!("{}{}{}", &text[..at], "424242", &text[end..])).unwrap();
    site.rebuild_and_compare(&[format!("content/{slug}/2024.toml")]);
    let page = fs::read_to_string(site.out.join(format!("pl/{slug}/2024/index.html"))).unwrap();
    assert!(page.contains("424\u{a0}242"), "the new value is on the year page");

    // The programme's name (on the home, data and search pages too).
    replace_in(&dir.join("programme.toml"), "short_name.en = \"", "short_name.en = \"Renamed ");
    site.rebuild_and_compare(&[format!("content/{slug}/programme.toml")]);

    // A year report removed: its pages and data files go.
    fs::remove_file(dir.join("2022.toml")).unwrap();
    for extra in ["2022.pl.md", "2022.en.md", "2022.conclusions.pl.md", "2022.conclusions.en.md"] {
        fs::remove_file(dir.join(extra)).unwrap();
    }
    site.rebuild_and_compare(&[format!("content/{slug}/2022.toml"), format!("content/{slug}/2022.pl.md")]);
    assert!(!site.out.join(format!("en/{slug}/2022/index.html")).exists());
}

#[test]
fn a_broken_edit_keeps_the_last_good_site_and_the_fix_rebuilds_partially() {
    let mut site = Site::new();
    let slug = site.programme();
    let year = site.root.join("content").join(&slug).join("2023.toml");
    let before = tree(&site.out);
    replace_in(&year, "year = 2023", "year = = 2023");
    let changes =
        ChangeSet::from_paths([Path::new("content").join(&slug).join("2023.toml")].iter().map(PathBuf::as_path));
    let err = site.rebuilder.rebuild(&changes).unwrap_err();
    assert_eq!(err.error_count(), 1, "{err:?}");
    assert_eq!(tree(&site.out), before, "the output was left as it was");
    assert!(site.rebuilder.finish().is_none());

    replace_in(&year, "year = = 2023", "year = 2023");
    let done = site.rebuilder.rebuild(&changes).unwrap();
    assert_eq!((done.how, done.changed, done.removed), (How::Programmes, 0, 0));
    let done = site.rebuilder.finish().unwrap().unwrap();
    assert_eq!((done.how, done.changed), (How::SiteWide, 0));
    assert_eq!(tree(&site.out), before);
}

#[test]
fn a_template_edit_renders_only_the_pages_that_use_it() {
    let mut site = Site::new();
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
    let report = fs::read_to_string(theme.join("report.html")).unwrap();
    fs::create_dir_all(site.root.join("templates")).unwrap();
    let edited = report.replacen("{% block main %}", "{% block main %}<p>edited</p>", 1);
    assert_ne!(edited, report);
    fs::write(site.root.join("templates/report.html"), &edited).unwrap();
    let changes = ChangeSet::from_paths([Path::new("templates/report.html")]);
    let done = site.rebuilder.rebuild(&changes).unwrap_or_else(|d| panic!("{d:?}"));
    // Year reports only: 13 programmes × 4 years × 2 languages.
    assert_eq!((done.how, done.rendered, done.changed, done.removed), (How::Templates, Some(104), 104, 0));
    let slug = site.programme();
    let page = fs::read_to_string(site.out.join(format!("en/{slug}/2023/index.html"))).unwrap();
    assert!(page.contains("<p>edited</p>"));
    site.compare_with_full_build();

    // A template no page uses: nothing to render.
    fs::write(site.root.join("templates/unused.html"), "<p>unused</p>").unwrap();
    let done = site.rebuilder.rebuild(&ChangeSet::from_paths([Path::new("templates/unused.html")])).unwrap();
    assert_eq!((done.how, done.rendered, done.changed), (How::Templates, Some(0), 0));

    // A broken one: the error, and the site as it was; the fix renders again.
    let before = tree(&site.out);
    fs::write(site.root.join("templates/report.html"), edited.replacen("{% block main %}", "{% block main %}{{", 1))
        .unwrap();
    let err = site.rebuilder.rebuild(&changes).unwrap_err();
    assert!(err.error_count() >= 1, "{err:?}");
    assert_eq!(tree(&site.out), before, "the output was left as it was");
    fs::write(site.root.join("templates/report.html"), &report).unwrap();
    let done = site.rebuilder.rebuild(&changes).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!((done.how, done.rendered, done.changed), (How::Templates, Some(104), 104));
    site.compare_with_full_build();
}

/// The entries of a search index script, as JSON values.
fn search_entries(out: &Path, lang: &str) -> Vec<serde_json::Value> {
    let text = fs::read_to_string(out.join(format!("{lang}/search/search-index.js"))).unwrap();
    let json = text.split_once(" = ").unwrap().1.trim_end().trim_end_matches(';');
    let index: serde_json::Value = serde_json::from_str(json).unwrap();
    index["entries"].as_array().unwrap().clone()
}

#[test]
fn an_edit_changes_only_the_edited_programmes_search_entries() {
    let mut site = Site::new();
    // A programme in the middle of the site: its entries sit between others'.
    let mut names: Vec<String> = fs::read_dir(site.root.join("content"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let slug = names[6].clone();
    let (pl_before, en_before) = (search_entries(&site.out, "pl"), search_entries(&site.out, "en"));
    let sitemap_before = fs::read(site.out.join("sitemap.xml")).unwrap();

    replace_in(
        &site.root.join(format!("content/{slug}/programme.toml")),
        "short_name.en = \"",
        "short_name.en = \"Zzq ",
    );
    site.rebuild_and_compare(&[format!("content/{slug}/programme.toml")]);

    // Polish: nothing changed. English: exactly the programme's own entries
    // (its reports and indicators name it by its short name), in place.
    assert_eq!(search_entries(&site.out, "pl"), pl_before);
    let en_after = search_entries(&site.out, "en");
    assert_eq!(en_after.len(), en_before.len());
    let own = |e: &serde_json::Value| e["url"].as_str().unwrap().contains(&format!("/{slug}/"));
    let changed: Vec<usize> = (0..en_after.len()).filter(|&i| en_after[i] != en_before[i]).collect();
    assert!(!changed.is_empty());
    for &i in &changed {
        assert!(own(&en_after[i]), "an entry of another programme changed: {}", en_after[i]);
        assert!(en_after[i].to_string().to_lowercase().contains("zzq "), "{}", en_after[i]);
    }
    let reports = en_after.iter().filter(|e| own(e) && e["type"] == "report").count();
    assert_eq!(reports, 4);
    assert!(en_after
        .iter()
        .filter(|e| own(e) && e["type"] == "report")
        .all(|e| e["title"].as_str().unwrap().contains("Zzq ")));
    // The sitemap lists addresses only: the same bytes.
    assert_eq!(fs::read(site.out.join("sitemap.xml")).unwrap(), sitemap_before);

    // A second edit elsewhere keeps the first one's entries.
    let other = names[2].clone();
    replace_in(
        &site.root.join(format!("content/{other}/programme.toml")),
        "short_name.en = \"",
        "short_name.en = \"Qqz ",
    );
    site.rebuild_and_compare(&[format!("content/{other}/programme.toml")]);
    let text = fs::read_to_string(site.out.join("en/search/search-index.js")).unwrap();
    assert!(text.contains("Zzq ") && text.contains("Qqz "));
}

#[test]
fn a_removed_programme_leaves_search_sitemap_feeds_and_site_data() {
    // 13 left after the removal: above the menu's limit, so edits stay partial.
    let mut site = Site::with_programmes(14);
    let slug = site.programme();
    let site_csv = |out: &Path| fs::read_to_string(out.join("pl/data/site.csv")).unwrap();
    let everywhere = |out: &Path| -> Vec<String> {
        let mut texts = vec![
            fs::read_to_string(out.join("pl/search/search-index.js")).unwrap(),
            fs::read_to_string(out.join("en/search/search-index.js")).unwrap(),
            fs::read_to_string(out.join("pl/search/index.html")).unwrap(),
            fs::read_to_string(out.join("sitemap.xml")).unwrap(),
            fs::read_to_string(out.join("pl/feed.xml")).unwrap(),
            fs::read_to_string(out.join("en/feed.xml")).unwrap(),
        ];
        texts.push(site_csv(out));
        texts
    };
    let needle = format!("/{slug}/");
    assert!(everywhere(&site.out).iter().all(|t| t.contains(&needle) || t.contains(&slug)));

    fs::remove_dir_all(site.root.join("content").join(&slug)).unwrap();
    let changes =
        ChangeSet::from_paths([Path::new("content").join(&slug).join("programme.toml")].iter().map(PathBuf::as_path));
    let done = site.rebuilder.rebuild(&changes).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(done.how, How::Full);
    assert!(site.rebuilder.finish().is_none());
    for text in everywhere(&site.out) {
        assert!(!text.contains(&needle), "the removed programme is still listed");
    }
    assert!(!site_csv(&site.out).lines().any(|l| l.starts_with(&format!("{slug},"))));
    site.compare_with_full_build();

    // The next edit, to another programme, is partial and joins the right pieces.
    let other = site.programme();
    replace_in(
        &site.root.join(format!("content/{other}/programme.toml")),
        "short_name.en = \"",
        "short_name.en = \"Zzq ",
    );
    site.rebuild_and_compare(&[format!("content/{other}/programme.toml")]);
}
