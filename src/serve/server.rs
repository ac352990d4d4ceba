//! The HTTP side of `serve`: a small HTTP/1.1 server over `std::net`, one
//! thread per connection, `Connection: close` after each response.
//!
//! It answers GET and HEAD from the site in memory (never from the disk), adds
//! the reload script to HTML as it goes out, and streams build status to open
//! pages as Server-Sent Events. Paths are checked in [`request`](super::request).

use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::{Arc, RwLock};
use std::thread;
use std::time::Duration;

use super::reload::{self, Hub, Status};
use super::request::{content_type, decode_target, parse_head, resolve, Resolved};
use crate::output::Files;

/// The longest request head accepted; a browser's is well under 2 KB.
const MAX_HEAD: usize = 16 * 1024;
/// A client that sends nothing for this long is dropped.
const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// How often an idle event stream is written to, to notice closed pages.
const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// Connections served at once; more are turned away with 503.
const MAX_CONNECTIONS: usize = 128;

/// What the server serves, replaced as a whole after each build.
pub struct Shared {
    state: RwLock<Served>,
    hub: Hub,
}

struct Served {
    /// The last good site; `None` until the first build succeeds.
    files: Option<Arc<Files>>,
    status: Status,
}

impl Shared {
    pub fn new() -> Shared {
        Shared {
            state: RwLock::new(Served { files: None, status: Status { generation: 0, error: None } }),
            hub: Hub::default(),
        }
    }

    /// Serves `files` (when given) from now on and tells open pages the status.
    pub fn publish(&self, files: Option<Arc<Files>>, status: Status) {
        let message = status.to_event();
        {
            let mut state = self.state.write().unwrap_or_else(|e| e.into_inner());
            if files.is_some() {
                state.files = files;
            }
            state.status = status;
        }
        self.hub.send(&message);
    }

    pub fn status(&self) -> Status {
        self.state.read().unwrap_or_else(|e| e.into_inner()).status.clone()
    }

    fn snapshot(&self) -> (Option<Arc<Files>>, Status) {
        let state = self.state.read().unwrap_or_else(|e| e.into_inner());
        (state.files.clone(), state.status.clone())
    }
}

impl Default for Shared {
    fn default() -> Self {
        Shared::new()
    }
}

/// Accepts connections until the process ends, each on its own thread.
pub fn run(listener: TcpListener, shared: Arc<Shared>) {
    let active = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        if active.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
            let _ = stream.set_write_timeout(Some(IO_TIMEOUT));
            let _ = send(&mut stream, 503, &[("Content-Type", "text/plain; charset=utf-8")], b"busy\n", false);
            continue;
        }
        active.fetch_add(1, Ordering::SeqCst);
        let guard = ActiveGuard(Arc::clone(&active));
        let shared = Arc::clone(&shared);
        let spawned = thread::Builder::new().name("jawnik-http".into()).spawn(move || {
            let _guard = guard;
            let _ = handle(stream, &shared);
        });
        if spawned.is_err() {
            say!("warning: could not start a thread for a connection");
        }
    }
}

struct ActiveGuard(Arc<AtomicUsize>);

impl Drop for ActiveGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn handle(mut stream: TcpStream, shared: &Shared) -> io::Result<()> {
    stream.set_read_timeout(Some(IO_TIMEOUT))?;
    stream.set_write_timeout(Some(IO_TIMEOUT))?;
    let text = [("Content-Type", "text/plain; charset=utf-8")];
    let head = match read_head(&mut stream)? {
        Some(head) => head,
        None => return send(&mut stream, 431, &text, b"request head too large\n", false),
    };
    let request = match parse_head(&head) {
        Ok(r) => r,
        Err(why) => return send(&mut stream, 400, &text, format!("bad request: {why}\n").as_bytes(), false),
    };
    let head_only = match request.method.as_str() {
        "GET" => false,
        "HEAD" => true,
        _ => {
            let headers = [text[0], ("Allow", "GET, HEAD")];
            return send(&mut stream, 405, &headers, b"only GET and HEAD are served\n", false);
        }
    };
    let path = match decode_target(&request.target) {
        Ok(p) => p,
        Err(why) => return send(&mut stream, 400, &text, format!("refused: {why}\n").as_bytes(), head_only),
    };
    match path.decoded.as_str() {
        p if format!("/{p}") == reload::SCRIPT_PATH => {
            let headers = [("Content-Type", content_type("reload.js"))];
            send(&mut stream, 200, &headers, reload::SCRIPT.as_bytes(), head_only)
        }
        p if format!("/{p}") == reload::EVENTS_PATH => event_stream(stream, shared, head_only),
        p if p.starts_with("__jawnik/") => send(&mut stream, 404, &text, b"not found\n", head_only),
        _ => serve_site(&mut stream, shared, &path, head_only),
    }
}

fn serve_site(
    stream: &mut TcpStream,
    shared: &Shared,
    path: &super::request::SitePath,
    head_only: bool,
) -> io::Result<()> {
    let (files, status) = shared.snapshot();
    let html = [("Content-Type", content_type("x.html"))];
    let Some(files) = files else {
        let page = no_site_page(status.error.as_deref().unwrap_or("the site is being built"));
        return send(stream, 503, &html, &reload::inject(page.as_bytes(), status.generation), head_only);
    };
    let page = |key: &str| {
        let bytes = &files[key];
        if key.ends_with(".html") {
            reload::inject(bytes, status.generation)
        } else {
            bytes.clone()
        }
    };
    match resolve(path, |k| files.contains_key(k)) {
        Resolved::File(key) => send(stream, 200, &[("Content-Type", content_type(&key))], &page(&key), head_only),
        Resolved::Redirect(location) => {
            let headers = [html[0], ("Location", location.as_str())];
            send(stream, 301, &headers, b"", head_only)
        }
        Resolved::NotFound if files.contains_key("404.html") => {
            send(stream, 404, &html, &with_root_base(page("404.html"), &path.decoded), head_only)
        }
        Resolved::NotFound => {
            send(stream, 404, &[("Content-Type", "text/plain; charset=utf-8")], b"not found\n", head_only)
        }
    }
}

/// The 404 page for a missing address below the top folder, with `<base
/// href="/">`: without `base_url` its links are relative to the site's top
/// folder, which serve always puts at `/`. (Its skip link then leads to the
/// home page's `#main`, a blemish of the preview only.)
fn with_root_base(html: Vec<u8>, missing: &str) -> Vec<u8> {
    let find = |needle: &[u8]| html.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle));
    let (Some(head), None) = (find(b"<head>"), find(b"<base")) else { return html };
    if !missing.contains('/') {
        return html;
    }
    let at = head + b"<head>".len();
    [&html[..at], b"\n<base href=\"/\">", &html[at..]].concat()
}

/// Streams every build status to one page until it goes away.
fn event_stream(mut stream: TcpStream, shared: &Shared, head_only: bool) -> io::Result<()> {
    let messages = shared.hub.subscribe();
    stream.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\n\
          X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
    )?;
    if head_only {
        return Ok(());
    }
    stream.write_all(format!("retry: 1000\n\n{}", shared.status().to_event()).as_bytes())?;
    stream.flush()?;
    loop {
        match messages.recv_timeout(KEEP_ALIVE) {
            Ok(message) => stream.write_all(message.as_bytes())?,
            Err(RecvTimeoutError::Timeout) => stream.write_all(b": keep-alive\n\n")?,
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        }
        stream.flush()?;
    }
}

/// Reads up to the blank line ending the request head; `None` if it is too long.
fn read_head(stream: &mut TcpStream) -> io::Result<Option<Vec<u8>>> {
    let mut head = Vec::with_capacity(1024);
    let mut buf = [0u8; 2048];
    loop {
        let n = stream.read(&mut buf)?;
        if n == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        head.extend_from_slice(&buf[..n]);
        if head.windows(4).any(|w| w == b"\r\n\r\n") || head.windows(2).any(|w| w == b"\n\n") {
            return Ok(Some(head));
        }
        if head.len() > MAX_HEAD {
            return Ok(None);
        }
    }
}

fn send(stream: &mut TcpStream, status: u16, headers: &[(&str, &str)], body: &[u8], head_only: bool) -> io::Result<()> {
    let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str(&format!(
        "Content-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    ));
    let mut bytes = out.into_bytes();
    if !head_only {
        bytes.extend_from_slice(body);
    }
    stream.write_all(&bytes)?;
    stream.flush()?;
    stream.shutdown(std::net::Shutdown::Write)
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// Shown while no build has succeeded yet; it reloads once one does.
fn no_site_page(error: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>jawnik: the site could not be built</title></head><body>\
         <h1>The site could not be built</h1>\
         <p>Fix the problems below and save the file; this page reloads by itself.</p>\
         <pre>{}</pre></body></html>\n",
        escape_html(error)
    )
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deep_missing_address_gets_the_404_page_with_a_root_base() {
        let page = b"<!DOCTYPE html>\n<html><head>\n<title>x</title>".to_vec();
        let deep = String::from_utf8(with_root_base(page.clone(), "pl/nope/x/")).unwrap();
        assert_eq!(deep, "<!DOCTYPE html>\n<html><head>\n<base href=\"/\">\n<title>x</title>");
        assert_eq!(with_root_base(page.clone(), "nope.html"), page, "the top folder needs none");
        let based = b"<html><head><base href=\"https://x.pl/\">".to_vec();
        assert_eq!(with_root_base(based.clone(), "pl/nope/"), based);
    }
}
