//! `jawnik serve` and `jawnik build --watch`, run as the real binary on a copy of
//! tests/fixtures/serve-site. Requests go over raw TCP so nothing normalises the
//! paths on the way. Waits are bounded polls (a deadline, not a timing claim).

use crate::common;

use common::copy_dir;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(20);
const PROGRAMME: &str = "content/przeciwdzialanie-przemocy";
const YEAR_FILE: &str = "content/przeciwdzialanie-przemocy/2023.toml";

/// A running `jawnik` process, killed when dropped so no test leaks a server.
struct Running {
    child: Child,
    stderr: Arc<Mutex<String>>,
    addr: Option<SocketAddr>,
}

impl Running {
    fn start(args: &[&str]) -> Running {
        Running::start_with(args, |_| {})
    }

    /// Like [`Running::start`], after `setup` adjusts the command (its environment).
    fn start_with(args: &[&str], setup: impl FnOnce(&mut Command)) -> Running {
        let mut command = common::jawnik();
        setup(&mut command);
        let mut child = command.args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("start jawnik");
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&stderr);
        let mut err = BufReader::new(child.stderr.take().unwrap());
        thread::spawn(move || {
            let mut line = String::new();
            while err.read_line(&mut line).is_ok_and(|n| n > 0) {
                sink.lock().unwrap().push_str(&line);
                line.clear();
            }
        });
        Running { child, stderr, addr: None }
    }

    /// `jawnik serve` on a free port; returns once it prints its address.
    fn serve(root: &Path, extra: &[&str]) -> Running {
        Running::serve_with(root, extra, |_| {})
    }

    fn serve_with(root: &Path, extra: &[&str], setup: impl FnOnce(&mut Command)) -> Running {
        let mut args = vec!["serve", "--root", root.to_str().unwrap(), "--port", "0"];
        args.extend_from_slice(extra);
        let mut running = Running::start_with(&args, setup);
        let mut line = String::new();
        BufReader::new(running.child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let addr = line.split("http://").nth(1).and_then(|rest| rest.split('/').next());
        let addr = addr.unwrap_or_else(|| panic!("no address in {line:?}; stderr:\n{}", running.stderr()));
        running.addr = Some(addr.parse().unwrap());
        running
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    fn get(&self, target: &str) -> Response {
        request(self.addr.unwrap(), &format!("GET {target} HTTP/1.1"))
    }

    /// Waits until stderr contains `text`.
    fn wait_for_stderr(&self, text: &str) -> String {
        let started = Instant::now();
        loop {
            let err = self.stderr();
            if err.contains(text) {
                return err;
            }
            assert!(started.elapsed() < DEADLINE, "stderr never said {text:?}; it said:\n{err}");
            thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    head: String,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

/// Sends a request line as written (nothing escapes or normalises it).
fn request(addr: SocketAddr, request_line: &str) -> Response {
    request_with_head(addr, &format!("{request_line}\r\nHost: {addr}\r\nConnection: close\r\n\r\n"))
}

/// Sends `head` as written and reads the whole response.
fn request_with_head(addr: SocketAddr, head: &str) -> Response {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(DEADLINE)).unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let text = String::from_utf8_lossy(&bytes).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    Response { status, head: head.to_string(), body: body.to_string() }
}

/// The reload channel as a page sees it: Server-Sent Events, one JSON per status.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn open(addr: SocketAddr) -> Events {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
        write!(stream, "GET /__jawnik/events HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
        Events { reader: BufReader::new(stream) }
    }

    /// The next status whose JSON satisfies `want`.
    fn wait_for(&mut self, what: &str, want: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        let started = Instant::now();
        let mut line = String::new();
        while started.elapsed() < DEADLINE {
            match self.reader.read_line(&mut line) {
                Ok(0) => panic!("event stream closed while waiting for {what}"),
                Ok(_) if line.ends_with('\n') => {
                    if let Some(data) = line.strip_prefix("data: ") {
                        let status: serde_json::Value = serde_json::from_str(data.trim()).unwrap();
                        if want(&status) {
                            return status;
                        }
                    }
                    line.clear();
                }
                _ => {} // timed out mid-wait: keep what was read and go on
            }
        }
        panic!("no status event for {what} within {DEADLINE:?}")
    }
}

/// Polls `f` until it returns something, or fails after the deadline.
fn eventually<T>(what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let started = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(started.elapsed() < DEADLINE, "gave up waiting for {what}");
        thread::sleep(Duration::from_millis(50));
    }
}

/// A copy of the fixture site in a temp dir; the site root is `<tmp>/site`, so
/// `<tmp>/secret.txt` lies just outside it.
fn site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/serve-site").as_path(), &root);
    fs::write(dir.path().join("secret.txt"), "TOP SECRET").unwrap();
    (dir, root)
}

/// Saves like an editor that writes a temp file and renames it over the original.
fn atomic_save(path: &Path, text: &str) {
    let tmp = path.with_extension("toml.tmp");
    fs::write(&tmp, text).unwrap();
    fs::rename(&tmp, path).unwrap();
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    atomic_save(path, &text.replacen(from, to, 1));
}

#[test]
fn serve_serves_the_site_with_the_reload_script_and_rebuilds_on_change() {
    let (_dir, root) = site();
    let server = Running::serve(&root, &[]);
    assert_eq!(server.addr.unwrap().ip().to_string(), "127.0.0.1", "only this machine by default");
    let home = server.get("/");
    assert_eq!(home.status, 200);
    assert_eq!(home.header("Content-Type"), Some("text/html; charset=utf-8"));
    assert_eq!(home.header("X-Content-Type-Options"), Some("nosniff"));
    assert_eq!(home.header("Cache-Control"), Some("no-store"));
    assert_eq!(home.header("Connection"), Some("close"));
    assert!(home.body.contains("przeciwdzialanie-przemocy"), "{}", home.body);
    assert!(home.body.contains("<script src=\"/__jawnik/reload.js\" data-generation=\"1\"></script></body>"));
    let script = server.get("/__jawnik/reload.js");
    assert_eq!((script.status, script.header("Content-Type")), (200, Some("text/javascript; charset=utf-8")));
    assert!(script.body.contains("new EventSource(\"/__jawnik/events\")"));

    let mut events = Events::open(server.addr.unwrap());
    events.wait_for("the first status", |s| s["ok"] == true && s["generation"] == 1);
    // Renaming a programme folder: a new folder appears with all its files at once.
    fs::rename(root.join(PROGRAMME), root.join("content/przemoc")).unwrap();
    events.wait_for("a reload after the rename", |s| s["ok"] == true && s["generation"] == 2);
    // The programme's slug is in the home page's links (placeholder renderer: its list).
    let home = server.get("/");
    assert!(home.body.contains("przemoc") && !home.body.contains("przeciwdzialanie-przemocy"), "{}", home.body);
    assert!(home.body.contains("data-generation=\"2\""));
    server.wait_for_stderr("rebuilt after content/przeciwdzialanie-przemocy and 1 other file changed: ");
}

#[test]
fn an_edited_year_value_is_served_without_a_restart() {
    let (_dir, root) = site();
    let server = Running::serve(&root, &[]);
    let year_page = "/pl/przeciwdzialanie-przemocy/2023/";
    assert!(server.get(year_page).body.contains("<span class=\"num\">34</span>"));
    edit(&root.join(YEAR_FILE), "value = 34", "value = 987");
    eventually("the new value on the year page", || {
        Some(()).filter(|_| server.get(year_page).body.contains("<span class=\"num\">987</span>"))
    });
    let err = server.wait_for_stderr("rebuilt after content/przeciwdzialanie-przemocy/2023.toml changed: ");
    assert!(!err.contains("no files changed"), "{err}");
}

#[test]
fn a_bad_edit_keeps_the_last_good_site_and_the_fix_recovers() {
    let (_dir, root) = site();
    let server = Running::serve(&root, &[]);
    let before = server.get("/").body;
    let mut events = Events::open(server.addr.unwrap());
    events.wait_for("the first status", |s| s["ok"] == true);

    edit(&root.join(YEAR_FILE), "value = 34", "value = = 34");
    let failed = events.wait_for("the error", |s| s["ok"] == false);
    let error = failed["error"].as_str().unwrap();
    assert!(
        error.contains(
            "error: this line has one `=` too many\n  --> content/przeciwdzialanie-przemocy/2023.toml:10:9\n   |\n10 | value = = 34\n   |         ^"
        ),
        "{error}"
    );
    // The broken year is left out, so the programme has no report: that
    // follows from the error and is not reported again.
    assert!(!error.contains("no year report"), "{error}");
    assert!(error.ends_with("1 error, 2 warnings"), "{error}");
    assert_eq!(failed["generation"], 1);
    let during = server.get("/");
    assert_eq!((during.status, during.body), (200, before.clone()));
    server.wait_for_stderr(
        "rebuild after content/przeciwdzialanie-przemocy/2023.toml changed failed: 1 error, 2 warnings; \
         still serving the last good site",
    );
    // A page opened now learns of the error at once.
    Events::open(server.addr.unwrap()).wait_for("the error on connect", |s| s["ok"] == false);

    edit(&root.join(YEAR_FILE), "value = = 34", "value = 34");
    let fixed = events.wait_for("the recovery", |s| s["ok"] == true);
    // Same output as before the bad edit: nothing to reload, the overlay just goes.
    assert_eq!(fixed["generation"], 1);
    assert_eq!(server.get("/").body, before);
    server.wait_for_stderr("rebuilt after content/przeciwdzialanie-przemocy/2023.toml changed: no files changed in ");
}

#[test]
fn a_site_broken_from_the_start_is_served_once_fixed() {
    let (_dir, root) = site();
    edit(&root.join(YEAR_FILE), "value = 34", "value = = 34");
    let server = Running::serve(&root, &[]);
    let page = server.get("/pl/");
    assert_eq!(page.status, 503);
    assert!(page.body.contains("<h1>The site could not be built</h1>"), "{}", page.body);
    assert!(page.body.contains("content/przeciwdzialanie-przemocy/2023.toml:10:9"), "{}", page.body);
    assert!(page.body.contains("data-generation=\"0\"></script></body>"), "{}", page.body);
    server.wait_for_stderr("build failed: 1 error, 2 warnings; fix the files and save, jawnik is watching");

    let mut events = Events::open(server.addr.unwrap());
    events.wait_for("the error on connect", |s| s["ok"] == false && s["generation"] == 0);
    edit(&root.join(YEAR_FILE), "value = = 34", "value = 34");
    events.wait_for("the first good build", |s| s["ok"] == true && s["generation"] == 1);
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn editor_swap_and_backup_files_cause_no_rebuild() {
    let (_dir, root) = site();
    let server = Running::serve(&root, &["--output", root.join("public").to_str().unwrap()]);
    let dir = root.join(PROGRAMME);
    for junk in [".2023.toml.swp", ".2023.toml.swx", "2023.toml~", "4913", "#2023.toml#", "x.tmp"] {
        fs::write(dir.join(junk), "not = [toml").unwrap();
    }
    fs::write(root.join("notes.txt"), "not part of the site").unwrap();
    edit(&root.join(YEAR_FILE), "value = 295", "value = 296");
    server.wait_for_stderr("rebuilt after content/przeciwdzialanie-przemocy/2023.toml changed: ");
    fs::write(root.join("jawnik.toml"), fs::read_to_string(root.join("jawnik.toml")).unwrap() + "# edited\n").unwrap();
    let err = server.wait_for_stderr("rebuilt after jawnik.toml changed: ");
    // Exactly the two real edits, each alone: the junk files and the writes
    // into public/ (inside the site root) triggered nothing in between.
    let rebuilds: Vec<&str> = err.lines().filter(|l| l.starts_with("rebuil")).collect();
    assert_eq!(rebuilds.len(), 2, "{err}");
    assert!(rebuilds[0].starts_with("rebuilt after content/przeciwdzialanie-przemocy/2023.toml changed: "), "{err}");
}

#[test]
fn paths_outside_the_site_are_refused() {
    let (_dir, root) = site();
    let server = Running::serve(&root, &[]);
    for target in [
        "/../secret.txt",
        "/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/.\\..\\secret.txt",
        "/index.html%00.txt",
        "//secret.txt",
        "/./jawnik.toml",
    ] {
        let r = server.get(target);
        assert_eq!(r.status, 400, "{target}: {}", r.head);
        assert!(r.body.starts_with("refused: "), "{target}: {}", r.body);
        assert_eq!(r.header("X-Content-Type-Options"), Some("nosniff"), "{target}");
    }
    // The site's sources are not part of the site.
    for target in ["/jawnik.toml", "/content/przeciwdzialanie-przemocy/2023.toml", "/secret.txt"] {
        let r = server.get(target);
        assert_eq!(r.status, 404, "{target}");
        assert!(!r.body.contains("title.pl") && !r.body.contains("SECRET"), "{target}");
    }
    let post = request(server.addr.unwrap(), "POST / HTTP/1.1");
    assert_eq!((post.status, post.header("Allow")), (405, Some("GET, HEAD")));
    let head = request(server.addr.unwrap(), "HEAD / HTTP/1.1");
    assert_eq!((head.status, head.body.as_str()), (200, ""));
    assert_eq!(head.header("Content-Length"), Some(server.get("/").body.len().to_string().as_str()));
    assert_eq!(request(server.addr.unwrap(), "GET / SPDY/3").status, 400);
}

#[test]
fn a_huge_request_head_gets_431() {
    let (_dir, root) = site();
    let server = Running::serve(&root, &[]);
    let addr = server.addr.unwrap();
    let cookie = "a".repeat(20 * 1024);
    let r = request_with_head(addr, &format!("GET / HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\n\r\n"));
    assert_eq!(r.status, 431, "{}", r.head);
    // Just under the limit (16 KB) is still served.
    let cookie = "a".repeat(15 * 1024);
    let r = request_with_head(addr, &format!("GET / HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\n\r\n"));
    assert_eq!(r.status, 200, "{}", r.head);
}

/// A connection still open on the server's side: nothing to read yet, no end.
fn still_open(stream: &mut TcpStream) -> bool {
    stream.set_nonblocking(true).unwrap();
    let open = matches!(stream.read(&mut [0u8; 64]), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock);
    stream.set_nonblocking(false).unwrap();
    open
}

#[test]
fn slow_clients_cannot_starve_page_requests() {
    let (_dir, root) = site();
    let server = Running::serve(&root, &[]);
    let addr = server.addr.unwrap();
    // 200 clients sending their request head one byte a second, as in issue 11
    // (where 128 of them took every slot and pages got 503 for 20 s).
    let head = b"GET /pl/ HTTP/1.1\r\nHost: x\r\n\r\n";
    let mut slow: Vec<TcpStream> = (0..200).map(|_| TcpStream::connect(addr).unwrap()).collect();
    for round in 0..3 {
        for stream in &mut slow {
            stream.write_all(&head[round..round + 1]).unwrap();
        }
        let page = server.get("/pl/");
        assert_eq!(page.status, 200, "round {round}: {}", page.head);
        assert!(page.body.contains("/__jawnik/reload.js"), "{}", page.body);
        thread::sleep(Duration::from_secs(1));
    }
    // They were all let in and are still waiting: none was turned away.
    let open = slow.iter_mut().map(still_open).filter(|&open| open).count();
    assert_eq!(open, 200);
}

#[test]
fn open_reload_streams_do_not_block_pages() {
    let (_dir, root) = site();
    let server = Running::serve(&root, &[]);
    let addr = server.addr.unwrap();
    let mut streams: Vec<Events> = (0..150).map(|_| Events::open(addr)).collect();
    for events in &mut streams {
        events.wait_for("the first status on every stream", |s| s["ok"] == true && s["generation"] == 1);
    }
    let page = server.get("/");
    assert_eq!(page.status, 200, "{}", page.head);
    assert!(page.body.contains("przeciwdzialanie-przemocy"), "{}", page.body);
    // Every stream still hears the next build.
    edit(&root.join(YEAR_FILE), "value = 34", "value = 35");
    for events in &mut streams {
        events.wait_for("the rebuild on every stream", |s| s["ok"] == true && s["generation"] == 2);
    }
}

#[test]
fn the_reload_script_never_reaches_built_files() {
    let (_dir, root) = site();
    let built = common::jawnik().args(["build", "--root", root.to_str().unwrap()]).output().unwrap();
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
    let page = fs::read_to_string(root.join("public/index.html")).unwrap();
    assert!(page.contains("przeciwdzialanie-przemocy") && !page.contains("__jawnik"), "{page}");

    // serve --output writes what build writes, while the served page has the script.
    let out = root.join("served");
    let server = Running::serve(&root, &["--output", out.to_str().unwrap()]);
    assert!(server.get("/").body.contains("/__jawnik/reload.js"));
    assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), page);
}

#[test]
fn build_watch_writes_each_good_build_and_keeps_the_output_on_errors() {
    let (_dir, root) = site();
    let out = root.join("public");
    let watcher = Running::start(&["build", "--watch", "--root", root.to_str().unwrap()]);
    watcher.wait_for_stderr("watching ");
    let first = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(first.contains("przeciwdzialanie-przemocy") && !first.contains("__jawnik"), "{first}");

    edit(&root.join(YEAR_FILE), "value = 34", "value = = 34");
    // The folder as the system names it, without Windows' `\\?\` long form.
    let shown = out.canonicalize().unwrap().display().to_string();
    let shown = shown.strip_prefix(r"\\?\").unwrap_or(&shown);
    watcher.wait_for_stderr(&format!(
        "rebuild after content/przeciwdzialanie-przemocy/2023.toml changed failed: 1 error, 2 warnings; {shown} was left as it was"
    ));
    assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), first);

    fs::rename(root.join(PROGRAMME), root.join("content/przemoc")).unwrap();
    fs::write(
        root.join("content/przemoc/2023.toml"),
        fs::read_to_string(root.join("content/przemoc/2023.toml")).unwrap().replace("= = 34", "= 34"),
    )
    .unwrap();
    eventually("the output to follow the rename", || {
        let page = fs::read_to_string(out.join("index.html")).ok()?;
        (page.contains("przemoc") && !page.contains("przeciwdzialanie-przemocy")).then_some(())
    });
}

#[test]
fn serve_refuses_to_start_where_it_cannot_work() {
    let (dir, root) = site();
    let run = |args: &[&str]| {
        let out = common::jawnik().args(args).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).to_string())
    };
    let inside = root.join("static/out");
    let (code, err) =
        run(&["serve", "--root", root.to_str().unwrap(), "--port", "0", "--output", inside.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        format!(
            "error: the output folder is inside static/, where it would be read as part of the site\n \
             --> {}\n  \
             = help: use public/ (the default) or a folder outside the site; --force does not change this\n",
            inside.display()
        )
    );
    let (code, err) = run(&["build", "--watch", "--root", root.to_str().unwrap(), "--output", root.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(err.contains("holds the site folder itself, which writing would replace"), "{err}");
    assert!(root.join("jawnik.toml").is_file());
    let (code, err) = run(&["serve", "--root", dir.path().to_str().unwrap(), "--port", "0"]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with(&format!("error: no jawnik.toml in {}; run jawnik", dir.path().display())), "{err}");
    let (code, err) = run(&["serve", "--root", root.to_str().unwrap(), "--bind", "localhost"]);
    assert_eq!(code, Some(2));
    assert_eq!(err, "error: `--bind localhost` is not an IP address; use one such as 127.0.0.1\n  caused by: invalid IP address syntax\n");
}

/// A stand-in browser: a script that writes the address it was given.
#[cfg(unix)]
fn recording_browser(dir: &Path) -> (PathBuf, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let script = dir.join("browser.sh");
    let record = dir.join("opened.txt");
    fs::write(&script, format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}.tmp'\nmv '{0}.tmp' '{0}'\n", record.display()))
        .unwrap();
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
    (script, record)
}

#[cfg(unix)]
#[test]
fn serve_open_opens_the_served_address_in_the_browser() {
    let (dir, root) = site();
    let (browser, record) = recording_browser(dir.path());
    let server = Running::serve_with(&root, &["--open"], |c| {
        c.env("BROWSER", &browser);
    });
    let opened = eventually("the browser to be started", || fs::read_to_string(&record).ok());
    assert_eq!(opened, format!("http://{}/\n", server.addr.unwrap()));
    assert_eq!(server.get("/").status, 200);
    assert!(!server.stderr().contains("could not open"), "{}", server.stderr());
}

#[cfg(unix)]
#[test]
fn serve_open_without_a_browser_warns_and_goes_on_serving() {
    let (dir, root) = site();
    let empty = dir.path().join("no-programs");
    fs::create_dir(&empty).unwrap();
    let server = Running::serve_with(&root, &["--open"], |c| {
        c.env_remove("BROWSER").env("PATH", &empty);
    });
    let addr = server.addr.unwrap();
    server.wait_for_stderr(&format!(
        "warning: could not open http://{addr}/ in a browser: found no xdg-open (nor gio, kde-open); \
         set $BROWSER to your browser's command; open it yourself\n"
    ));
    assert_eq!(server.get("/").status, 200);
    // A $BROWSER that fails is a warning too.
    let server = Running::serve_with(&root, &["--open"], |c| {
        c.env("BROWSER", "/bin/false");
    });
    let addr = server.addr.unwrap();
    server.wait_for_stderr(&format!(
        "warning: could not open http://{addr}/ in a browser: $BROWSER (/bin/false) failed (exit status: 1); open it yourself"
    ));
    assert_eq!(server.get("/").status, 200);
}
