//! The output folder end to end: the real binary, asked to write where it must
//! not (a folder of photos, a file, the site itself, a folder with files someone
//! added), into a mount point (bind-mounted, read-only), past a file that cannot
//! be replaced, after a crash left working folders behind, and killed mid-build.
//! jawnik may only ever replace what it wrote itself.
//!
//! Mounts and immutable files need root and `mount`/`chattr`: where the machine
//! does not allow them, those parts print why and are skipped.

use crate::common;

use common::{copy_dir, tree};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const MARK: &str = ".jawnik-output";

fn jawnik(args: &[&str]) -> Output {
    common::jawnik().args(args).output().expect("run jawnik")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of the mini fixture at `<tmp>/site`.
fn site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap().join("site");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini"), &root);
    (dir, root)
}

fn build(root: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["build", "--root", s(root), "--output", s(out)];
    args.extend_from_slice(extra);
    jawnik(&args)
}

fn built(root: &Path, out: &Path) -> String {
    let o = build(root, out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    stderr(&o)
}

/// The diagnostic of `log` whose first line starts with `start`, whole.
fn block<'a>(log: &'a str, start: &str) -> &'a str {
    let at = log.find(start).unwrap_or_else(|| panic!("no {start:?} in:\n{log}"));
    let end = log[at..].find("\n\n").map_or(log.len(), |e| at + e);
    &log[at..end]
}

/// Names in `dir` starting with `prefix` (jawnik's working folders).
fn leftovers(dir: &Path, prefix: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix))
        .collect();
    names.sort();
    names
}

/// Changes the mini site's title, so every page changes.
fn retitle(root: &Path, title: &str) {
    let config = root.join("jawnik.toml");
    let text = fs::read_to_string(&config).unwrap();
    let at = text.find("title.pl = \"").unwrap() + "title.pl = \"".len();
    let end = at + text[at..].find('"').unwrap();
    fs::write(&config, format!("{}{title}{}", &text[..at], &text[end..])).unwrap();
}

fn photos(dir: &Path, n: usize) -> PathBuf {
    let photos = dir.join("photos");
    fs::create_dir_all(photos.join("2023")).unwrap();
    for i in 1..=n {
        fs::write(photos.join(format!("IMG_{i:04}.jpg")), format!("photo {i}")).unwrap();
    }
    fs::write(photos.join("2023/wakacje.jpg"), "summer").unwrap();
    photos
}

fn not_ours(out: &Path, n: usize, first: &[&str]) -> String {
    format!(
        "error: the output folder is not empty and was not written by jawnik: building would delete the {n} files \
         it holds ({}, …)\n \
         --> {out}\n  \
         = help: choose a new or empty folder for --output: jawnik replaces only a folder it wrote itself (one \
         holding a .jawnik-output file) or an empty one. Files that should be published with the site belong in the \
         site's static/ folder. To delete everything in {out} and build there anyway, add --force",
        first.join(", "),
        out = out.display()
    )
}

#[test]
fn a_folder_of_unrelated_files_survives_a_mistaken_output() {
    let (dir, root) = site();
    let photos = photos(dir.path(), 51);
    let before = tree(&photos);
    let o = build(&root, &photos, &[]);
    assert_eq!(o.status.code(), Some(1));
    let log = stderr(&o);
    assert_eq!(block(&log, "error: "), not_ours(&photos, 52, &["2023/wakacje.jpg", "IMG_0001.jpg", "IMG_0002.jpg"]));
    // Everything `check` finds comes with it, and the folder is named as kept.
    assert!(
        log.contains("warning: the accessibility statement lacks updated_on, prepared_on, assessment, phone"),
        "{log}"
    );
    assert!(log.ends_with(&format!("build failed: 1 error, 5 warnings; {} was left as it was\n", photos.display())));
    assert_eq!(tree(&photos), before);
    assert_eq!(leftovers(dir.path(), "."), Vec::<String>::new());

    // A source folder of the user's inside the site root: the same.
    let src = root.join("src");
    fs::create_dir(&src).unwrap();
    for name in ["main.rs", "lib.rs"] {
        fs::write(src.join(name), "fn main() {}").unwrap();
    }
    let o = build(&root, &src, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(
        "error: the output folder is not empty and was not written by jawnik: building would \
                                 delete the 2 files it holds (lib.rs, main.rs)\n"
    ));
    assert_eq!(tree(&src).len(), 2);
}

#[test]
fn force_replaces_a_folder_jawnik_did_not_write_and_nothing_else() {
    let (dir, root) = site();
    let photos = photos(dir.path(), 3);
    built_forced(&root, &photos);
    let files = tree(&photos);
    assert!(files.contains_key("index.html") && files.contains_key(MARK));
    assert!(!files.keys().any(|k| k.ends_with(".jpg")), "--force deletes what the folder held");
    // From now on the folder is jawnik's: no --force needed.
    built(&root, &photos);

    // --force never replaces a file, the site or its sources.
    let notes = dir.path().join("notes.txt");
    fs::write(&notes, "mine").unwrap();
    for out in [&notes, &root, &root.join("content"), &root.join("jawnik.toml")] {
        let o = build(&root, out, &["--force"]);
        assert_eq!(o.status.code(), Some(1), "{}", out.display());
    }
    assert_eq!(fs::read_to_string(&notes).unwrap(), "mine");
    assert!(root.join("content/pomoc/2023.toml").is_file() && root.join("jawnik.toml").is_file());
}

fn built_forced(root: &Path, out: &Path) {
    let o = build(root, out, &["--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_file_is_never_replaced_and_leaves_nothing_behind() {
    let (dir, root) = site();
    let config = root.join("jawnik.toml");
    let text = fs::read_to_string(&config).unwrap();
    let o = build(&root, &config, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        block(&stderr(&o), "error: "),
        format!(
            "error: the output is a file, not a folder: building would replace it\n \
             --> {}\n  \
             = help: give --output a folder: a new one, or one jawnik wrote before. jawnik never replaces a file, \
             even with --force",
            config.display()
        )
    );
    assert_eq!(fs::read_to_string(&config).unwrap(), text);
    assert_eq!(leftovers(&root, ".jawnik.toml"), Vec::<String>::new());
    // Later builds are not disturbed by anything the refusal left.
    built(&root, &dir.path().join("public"));
}

#[test]
fn the_site_its_sources_and_the_folders_holding_it_are_refused() {
    let (dir, root) = site();
    fs::create_dir_all(root.join("static")).unwrap();
    let cases = [
        (root.clone(), "the output folder holds the site folder itself, which writing would replace"),
        (dir.path().to_path_buf(), "the output folder holds the site folder itself, which writing would replace"),
        (root.join("content"), "the output folder is the site's content/ folder, which writing would replace"),
        (root.join("static/out"), "the output folder is inside static/, where it would be read as part of the site"),
    ];
    for (i, (out, message)) in cases.into_iter().enumerate() {
        // --force changes nothing here: tried on every other case.
        for force in [&[][..], &["--force"][..]].into_iter().skip(i % 2) {
            let o = build(&root, &out, force);
            assert_eq!(o.status.code(), Some(1));
            assert_eq!(
                block(&stderr(&o), "error: "),
                format!(
                    "error: {message}\n --> {}\n  = help: use public/ (the default) or a folder outside the site; \
                     --force does not change this",
                    out.display()
                )
            );
        }
    }
    assert!(!root.join("static/out").exists());
    assert_eq!(tree(&root.join("content")).len(), 7);
}

#[test]
fn files_put_into_the_output_by_hand_stop_the_next_build_and_point_to_static() {
    let (dir, root) = site();
    let out = dir.path().join("public");
    built(&root, &out);
    fs::write(out.join(".htaccess"), "Options -Indexes").unwrap();
    fs::write(out.join("pl/raport-2019.pdf"), "%PDF").unwrap();
    fs::write(out.join("Thumbs.db"), "clutter Windows leaves").unwrap();
    let o = build(&root, &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        block(&stderr(&o), "error: "),
        format!(
            "error: the output folder holds 2 files that jawnik did not write, which the build would delete: \
             .htaccess, pl/raport-2019.pdf\n \
             --> {}\n  \
             = help: move them out of the folder: files that should be published with the site belong in the site's \
             static/ folder, which every build copies to static/ in the output. To delete them and build anyway, add \
             --force",
            out.display()
        )
    );
    assert_eq!(fs::read_to_string(out.join(".htaccess")).unwrap(), "Options -Indexes");

    // Moved where it belongs, the PDF is published with the site.
    fs::create_dir_all(root.join("static")).unwrap();
    fs::rename(out.join("pl/raport-2019.pdf"), root.join("static/raport-2019.pdf")).unwrap();
    fs::remove_file(out.join(".htaccess")).unwrap();
    built(&root, &out);
    assert_eq!(fs::read_to_string(out.join("static/raport-2019.pdf")).unwrap(), "%PDF");
    assert!(!out.join("Thumbs.db").exists(), "clutter goes with the old site");
}

#[test]
fn an_unmarked_site_from_an_older_jawnik_is_taken_over_when_the_build_rewrites_all_of_it() {
    let (dir, root) = site();
    let out = dir.path().join("public");
    built(&root, &out);
    let marked = tree(&out);
    fs::remove_file(out.join(MARK)).unwrap();
    built(&root, &out);
    assert_eq!(tree(&out), marked);

    fs::remove_file(out.join(MARK)).unwrap();
    fs::create_dir_all(out.join("pl/stary")).unwrap();
    fs::write(out.join("pl/stary/index.html"), "a programme since removed").unwrap();
    let o = build(&root, &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        block(&stderr(&o), "error: "),
        format!(
            "error: the output folder has no .jawnik-output file and holds 1 file this build would not write: \
             pl/stary/index.html\n \
             --> {}\n  \
             = help: if an older jawnik built it (one that did not mark its folders) and nothing in it is yours, add \
             --force once; files that should be published with the site belong in the site's static/ folder",
            out.display()
        )
    );
    assert!(out.join("pl/stary/index.html").exists());
    built_forced(&root, &out);
    assert_eq!(tree(&out), marked);
}

#[cfg(unix)]
#[test]
fn a_link_as_output_writes_into_the_folder_it_points_to() {
    let (dir, root) = site();
    let (www, link) = (dir.path().join("www"), dir.path().join("public"));
    fs::create_dir(&www).unwrap();
    std::os::unix::fs::symlink(&www, &link).unwrap();
    built(&root, &link);
    built(&root, &link);
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
    assert!(www.join("pl/index.html").is_file() && www.join(MARK).is_file());
    assert_eq!(leftovers(dir.path(), "."), Vec::<String>::new());

    let dangling = dir.path().join("dangling");
    std::os::unix::fs::symlink(dir.path().join("gone"), &dangling).unwrap();
    let o = build(&root, &dangling, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        block(&stderr(&o), "error: "),
        format!(
            "error: the output is a link to {}, which does not exist\n --> {}\n  \
             = help: create the folder it points to, or give --output a folder",
            dir.path().join("gone").display(),
            dangling.display()
        )
    );
    assert!(!dir.path().join("gone").exists());
}

#[test]
fn serve_and_build_watch_refuse_the_same_folders_before_starting() {
    let (dir, root) = site();
    let photos = photos(dir.path(), 4);
    let expected = format!("{}\n", not_ours(&photos, 5, &["2023/wakacje.jpg", "IMG_0001.jpg", "IMG_0002.jpg"]));
    for args in [
        vec!["serve", "--root", s(&root), "--port", "0", "--output", s(&photos)],
        vec!["build", "--watch", "--root", s(&root), "--output", s(&photos)],
    ] {
        let o = jawnik(&args);
        assert_eq!((o.status.code(), stderr(&o)), (Some(2), expected.clone()), "{args:?}");
    }
    assert_eq!(tree(&photos).len(), 5);
}

/// Leftovers of a build killed in the middle of replacing files in place, or
/// after its swap, and a folder that can never be removed: none of them stops
/// the next build, and a file moved aside comes back even when that build fails.
#[test]
fn leftovers_of_an_interrupted_build_never_block_the_next() {
    let (dir, root) = site();
    let out = dir.path().join("public");
    built(&root, &out);
    let good = tree(&out);
    // Killed while replacing in place: robots.txt moved aside, not yet replaced.
    fs::create_dir_all(out.join(".jawnik-old")).unwrap();
    fs::rename(out.join("robots.txt"), out.join(".jawnik-old/robots.txt")).unwrap();
    fs::create_dir_all(out.join(".jawnik-staging/pl")).unwrap();
    fs::write(out.join(".jawnik-staging/pl/index.html"), "half").unwrap();
    fs::write(out.join("pl/.index.html.jawnik-tmp"), "half").unwrap();
    // Killed after a swap: the old site and a staging folder beside; and the
    // issue's case, a *file* left under the old site's name.
    fs::create_dir_all(dir.path().join(".public.jawnik-staging/pl")).unwrap();
    fs::write(dir.path().join(".public.jawnik-old"), "a file where a folder was expected").unwrap();

    // A build that fails (an error in the content) still puts robots.txt back.
    let year = root.join("content/pomoc/2023.toml");
    let text = fs::read_to_string(&year).unwrap();
    fs::write(&year, text.replacen("year = 2023", "year = = 2023", 1)).unwrap();
    assert_eq!(build(&root, &out, &[]).status.code(), Some(1));
    assert_eq!(fs::read(out.join("robots.txt")).unwrap(), good["robots.txt"]);
    fs::write(&year, &text).unwrap();

    let log = built(&root, &out);
    assert!(!log.contains("could not remove"), "{log}");
    assert_eq!(tree(&out), good);
    assert_eq!(leftovers(dir.path(), "."), Vec::<String>::new());

    // A leftover that cannot be removed (on Windows: a file in it held open).
    let Some(_lock) = Immutable::set(&out.join("404.html")) else { return };
    let log = built(&root, &out);
    let aside = dir.path().join(".public.jawnik-old");
    assert_eq!(
        block(&log, "warning: could not remove"),
        format!(
            "warning: could not remove the previous site, moved aside here: Operation not permitted (os error 1)\n \
             --> {}\n  \
             = help: delete it once no program has a file in it open; it is not part of the site, and builds work \
             around it",
            aside.display()
        )
    );
    let log = built(&root, &out);
    assert!(log.contains("warning: could not remove this folder, left by an earlier build: "), "{log}");
    assert_eq!(tree(&out), good);
}

#[test]
fn a_build_killed_at_any_moment_leaves_a_whole_site() {
    let (dir, root) = site();
    let out = dir.path().join("public");
    // The two sites the output may hold: one per title, built elsewhere.
    let titles = ["Tytuł pierwszy", "Tytuł drugi"];
    let sites: Vec<_> = titles
        .iter()
        .enumerate()
        .map(|(i, title)| {
            retitle(&root, title);
            let fresh = dir.path().join(format!("fresh{i}"));
            built(&root, &fresh);
            tree(&fresh)
        })
        .collect();
    let started = std::time::Instant::now();
    built(&root, &out);
    let full = started.elapsed();
    // Which of the two the output holds; each run builds the other one.
    let mut holds = 1;
    let mut seen_new = 0;
    let fractions = [0.2, 0.5, 0.7, 0.85, 0.95, 1.0, 1.1, 1.3];
    for fraction in fractions {
        let target = 1 - holds;
        retitle(&root, titles[target]);
        let mut child = common::jawnik()
            .args(["build", "--root", s(&root), "--output", s(&out)])
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full.mul_f64(fraction));
        let _ = child.kill(); // SIGKILL on Unix, TerminateProcess on Windows
        let _ = child.wait();
        // Between the swap's two renames the site is beside, under its old name.
        let aside = dir.path().join(".public.jawnik-old");
        let seen = if out.exists() { tree(&out) } else { tree(&aside) };
        assert!(
            seen == sites[holds] || seen == sites[target],
            "killed at {fraction} of a build's time: neither the old site nor the new one"
        );
        if seen == sites[target] {
            holds = target;
            seen_new += 1;
        }
    }
    eprintln!("{seen_new} of {} builds finished before they were killed", fractions.len());
    built(&root, &out);
    assert_eq!(leftovers(dir.path(), "."), Vec::<String>::new());
}

/// `check` reports exactly what `build` reports, render-stage warnings
/// included: the site's address, UI strings one language lacks, a link in
/// `static/` left out, a missing value, a missing translation.
#[test]
fn check_and_build_report_the_same_problems() {
    let (dir, root) = site();
    let config = root.join("jawnik.toml");
    let text = fs::read_to_string(&config).unwrap();
    let text: String = text.lines().filter(|l| !l.starts_with("base_url")).map(|l| format!("{l}\n")).collect();
    fs::write(&config, text).unwrap();
    fs::create_dir_all(root.join("i18n/pl")).unwrap();
    fs::write(root.join("i18n/pl/extra.toml"), "only_polish = \"Tylko po polsku\"\n").unwrap();
    fs::create_dir_all(root.join("static")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/nonexistent/logo.svg", root.join("static/logo.svg")).unwrap();

    // Each diagnostic block, sorted; the summary line left out.
    let problems = |o: &Output| -> (Option<i32>, Vec<String>) {
        let log = stderr(o);
        let body = log.trim_end().rsplit_once("\n\n").map_or("", |(body, _)| body);
        let mut blocks: Vec<String> = body.split("\n\n").filter(|b| !b.is_empty()).map(str::to_string).collect();
        blocks.sort();
        (o.status.code(), blocks)
    };
    let check_log = jawnik(&["check", "--root", s(&root)]);
    let build_log = build(&root, &dir.path().join("public"), &[]);
    let (check, build_) = (problems(&check_log), problems(&build_log));
    assert_eq!(check, build_);
    assert_eq!(check.0, Some(0));
    let n = if cfg!(unix) { 9 } else { 8 };
    assert_eq!(check.1.len(), n, "{:?}", check.1);
    assert!(stderr(&check_log).ends_with(&format!(": 0 errors, {n} warnings\n")));
    assert!(stderr(&build_log).ends_with(&format!(" ({n} warnings)\n")));
    let all = check.1.join("\n\n");
    for only_rendering_finds in
        ["warning: `base_url` is not set", "warning: the theme's UI strings for `en` lack extra.only_polish"]
    {
        assert!(all.contains(only_rendering_finds), "{only_rendering_finds}: {all}");
    }
    #[cfg(unix)]
    assert!(all.contains("warning: this is a link, which jawnik does not follow: it is left out\n --> static/logo.svg"));

    // A broken template: an error both find, at the same place.
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(root.join("templates/data.html"), "{% extends \"base.html\" %}\n{% block main %}\n{% if %}\n").unwrap();
    let check = problems(&jawnik(&["check", "--root", s(&root)]));
    let build_ = problems(&build(&root, &dir.path().join("public"), &[]));
    assert_eq!(check, build_);
    assert_eq!(check.0, Some(1));
    assert!(check.1.iter().any(|b| b.contains("--> templates/data.html:3:")), "{:?}", check.1);

    // An output folder build would refuse: check says so too.
    fs::remove_file(root.join("templates/data.html")).unwrap();
    let photos = photos(dir.path(), 4);
    let check = problems(&jawnik(&["check", "--root", s(&root), "--output", s(&photos)]));
    let build_ = problems(&build(&root, &photos, &[]));
    assert_eq!(check, build_);
    assert_eq!(check.0, Some(1));
    assert!(check.1.iter().any(|b| b.starts_with("error: the output folder is not empty")));
}

/// A bind mount: `public/` is a mount point, as on many web servers. Built in
/// place, byte-identical to a build into a plain folder; read-only is said.
#[test]
fn a_mount_point_is_built_in_place_and_a_read_only_one_is_named() {
    let (dir, root) = site();
    let out = root.join("public");
    let Some(mount) = Mount::bind(&dir.path().join("disk"), &out) else { return };
    built(&root, &out);
    retitle(&root, "Nowy tytuł");
    let log = built(&root, &out);
    assert!(!log.contains("could not"), "{log}");
    let plain = dir.path().join("plain");
    built(&root, &plain);
    assert_eq!(tree(&out), tree(&plain), "the same bytes as a build into a plain folder");
    assert_eq!(leftovers(&out, ".jawnik-"), vec![MARK.to_string()]);
    assert_eq!(leftovers(&root, "."), Vec::<String>::new());

    if !mount.remount_read_only() {
        return;
    }
    let before = tree(&out);
    retitle(&root, "Jeszcze nowszy tytuł");
    let o = build(&root, &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        block(&stderr(&o), "error: "),
        format!(
            "error: the output folder is read-only, so the site cannot be written there\n --> {}\n  \
             = help: make it writable (remount it read-write, say) or build into another folder with --output",
            out.display()
        )
    );
    assert_eq!(tree(&out), before);
}

/// Another file system mounted at `public/` (a tmpfs here; a network share or
/// a second disk on a server): nothing can be renamed across, so it is built
/// in place.
#[test]
fn a_different_file_system_mounted_as_output_is_built_in_place() {
    let (dir, root) = site();
    let out = root.join("public");
    let Some(_mount) = Mount::tmpfs(&out) else { return };
    built(&root, &out);
    retitle(&root, "Nowy tytuł");
    built(&root, &out);
    let plain = dir.path().join("plain");
    built(&root, &plain);
    assert_eq!(tree(&out), tree(&plain));
    assert_eq!(leftovers(&out, ".jawnik-"), vec![MARK.to_string()]);
    assert_eq!(leftovers(&root, "."), Vec::<String>::new());
}

/// A file that cannot be replaced (on Windows: open in Excel; here: immutable)
/// in a folder that cannot be swapped whole: the build stops naming the file
/// and leaves the previous site complete.
#[test]
fn a_file_that_cannot_be_replaced_leaves_the_previous_site_whole() {
    let (dir, root) = site();
    let out = root.join("public");
    let Some(_mount) = Mount::bind(&dir.path().join("disk"), &out) else { return };
    built(&root, &out);
    let before = tree(&out);
    let Some(lock) = Immutable::set(&out.join("pl/pomoc/2023/index.html")) else { return };
    retitle(&root, "Nowy tytuł");
    let o = build(&root, &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        block(&stderr(&o), "error: "),
        format!(
            "error: this file could not be replaced (Operation not permitted (os error 1)), so the site was not; the \
             previous site was put back as it was\n \
             --> {}\n  \
             = help: check that the files in the output folder may be changed (permissions, a file marked \
             immutable), then build again",
            out.join("pl/pomoc/2023/index.html").display()
        )
    );
    assert_eq!(tree(&out), before);
    assert_eq!(leftovers(&out, ".jawnik-"), vec![MARK.to_string()]);
    drop(lock);
    built(&root, &out);
    assert!(fs::read_to_string(out.join("pl/index.html")).unwrap().contains("Nowy tytuł"));
}

/// A bind mount, unmounted when dropped.
struct Mount(PathBuf);

impl Mount {
    /// Bind-mounts a new folder `source` at `at`; `None`, saying why, where the
    /// machine does not allow mounts.
    fn bind(source: &Path, at: &Path) -> Option<Mount> {
        fs::create_dir_all(source).unwrap();
        fs::create_dir_all(at).unwrap();
        match Command::new("mount").args(["--bind", s(source), s(at)]).stderr(Stdio::piped()).output() {
            Ok(o) if o.status.success() => Some(Mount(at.to_path_buf())),
            Ok(o) => skip(&format!("cannot bind-mount here ({})", String::from_utf8_lossy(&o.stderr).trim())),
            Err(e) => skip(&format!("no mount command ({e})")),
        }
    }

    /// Mounts a small tmpfs at `at`, like [`Mount::bind`].
    fn tmpfs(at: &Path) -> Option<Mount> {
        fs::create_dir_all(at).unwrap();
        match Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64m", "tmpfs", s(at)])
            .stderr(Stdio::piped())
            .output()
        {
            Ok(o) if o.status.success() => Some(Mount(at.to_path_buf())),
            Ok(o) => skip(&format!("cannot mount a tmpfs here ({})", String::from_utf8_lossy(&o.stderr).trim())),
            Err(e) => skip(&format!("no mount command ({e})")),
        }
    }

    fn remount_read_only(&self) -> bool {
        let o = Command::new("mount").args(["-o", "remount,ro,bind", s(&self.0)]).output();
        o.is_ok_and(|o| o.status.success()) || skip::<()>("cannot remount read-only here").is_some()
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// `chattr +i` on a file (even root cannot then rename or delete it), undone
/// when dropped.
struct Immutable(PathBuf);

impl Immutable {
    fn set(path: &Path) -> Option<Immutable> {
        match Command::new("chattr").args(["+i", s(path)]).stderr(Stdio::piped()).output() {
            Ok(o) if o.status.success() => Some(Immutable(path.to_path_buf())),
            Ok(o) => {
                skip(&format!("cannot make a file immutable here ({})", String::from_utf8_lossy(&o.stderr).trim()))
            }
            Err(e) => skip(&format!("no chattr command ({e})")),
        }
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        // The file may have moved with the folder it was in.
        let _ = Command::new("chattr").args(["-i", s(&self.0)]).status();
        if let Some(parent) = self.0.ancestors().nth(2) {
            for entry in walkdir::WalkDir::new(parent).into_iter().flatten() {
                if entry.file_name() == self.0.file_name().unwrap() {
                    let _ = Command::new("chattr").arg("-i").arg(entry.path()).status();
                }
            }
        }
    }
}

fn skip<T>(why: &str) -> Option<T> {
    eprintln!("skipped: {why}");
    None
}
