//! What `serve` answers: a request in, a response out.
//!
//! GET and HEAD are served from the last good site, only files its index
//! lists ([`SiteFiles`](super::store::SiteFiles)), the
//! reload script is added to HTML as it goes out, and `/__jawnik/events` turns
//! the connection into a reload stream. hyper leaves out the body of a HEAD
//! response and writes `Content-Length` from the body. Paths are checked in
//! [`request`](super::request).

use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use hyper::body::{Bytes, Frame, SizeHint};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};

use super::reload::{self, Events};
use super::request::{content_type, decode_target, resolve, Resolved, SitePath};
use super::server::Connection;

/// A response body: bytes known in full, or an open reload stream.
pub enum Body {
    Full(Option<Bytes>),
    Events(Box<Events>),
}

impl hyper::body::Body for Body {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        match self.get_mut() {
            Body::Full(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            Body::Events(events) => events.poll_next(cx).map(|piece| piece.map(|b| Ok(Frame::data(b)))),
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, Body::Full(None))
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            Body::Full(bytes) => SizeHint::with_exact(bytes.as_ref().map_or(0, |b| b.len() as u64)),
            Body::Events(_) => SizeHint::default(),
        }
    }
}

const TEXT: &str = "text/plain; charset=utf-8";
const HTML: &str = "text/html; charset=utf-8";
const EVENT_STREAM: &str = "text/event-stream; charset=utf-8";

/// The response to one request on `connection`.
pub fn respond<B>(request: &Request<B>, connection: &Connection) -> Response<Body> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let mut response = reply(StatusCode::METHOD_NOT_ALLOWED, TEXT, "only GET and HEAD are served\n");
        response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let uri = request.uri();
    let target = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
    let path = match decode_target(target) {
        Ok(path) => path,
        Err(why) => return reply(StatusCode::BAD_REQUEST, TEXT, format!("refused: {why}\n")),
    };
    match format!("/{}", path.decoded).as_str() {
        reload::SCRIPT_PATH => reply(StatusCode::OK, content_type("reload.js"), reload::SCRIPT),
        reload::EVENTS_PATH if request.method() == Method::HEAD => reply(StatusCode::OK, EVENT_STREAM, ""),
        reload::EVENTS_PATH => event_stream(connection),
        p if p.starts_with("/__jawnik/") => reply(StatusCode::NOT_FOUND, TEXT, "not found\n"),
        _ => site_file(connection, &path),
    }
}

/// A response with the headers every answer carries.
fn reply(status: StatusCode, content_type: &'static str, body: impl Into<Bytes>) -> Response<Body> {
    with_headers(status, content_type, Body::Full(Some(body.into())))
}

fn with_headers(status: StatusCode, content_type: &'static str, body: Body) -> Response<Body> {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}

/// Every build status, for as long as the page stays open. When all stream
/// slots are taken the page is told to try again in ten seconds: an
/// `EventSource` gives up for good on an error status, but reconnects after an
/// ended stream.
fn event_stream(connection: &Connection) -> Response<Body> {
    match connection.start_stream() {
        Some(slot) => {
            let events = Events::new(connection.shared.subscribe(), slot, connection.limits.keep_alive);
            with_headers(StatusCode::OK, EVENT_STREAM, Body::Events(Box::new(events)))
        }
        None => reply(StatusCode::OK, EVENT_STREAM, "retry: 10000\n\n"),
    }
}

fn site_file(connection: &Connection, path: &SitePath) -> Response<Body> {
    let (files, status) = connection.shared.snapshot();
    let Some(files) = files else {
        let page = no_site_page(&status.error.clone().unwrap_or_else(|| msg!("no-site-building")));
        return reply(StatusCode::SERVICE_UNAVAILABLE, HTML, reload::inject(page.as_bytes(), status.generation));
    };
    // Read from disk: a file being replaced by a rebuild, or gone with it,
    // is worth a retry, not a broken page.
    let busy = || {
        let mut response = reply(StatusCode::SERVICE_UNAVAILABLE, TEXT, "the site is being rebuilt; try again\n");
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        response
    };
    let page = |key: &str| {
        let bytes = files.read(key).ok()?;
        // Pages only: a report's single-file HTML is a download for the BIP
        // and must reach it as `build` writes it, without a script.
        Some(if crate::render::urls::is_page(key) { reload::inject(&bytes, status.generation) } else { bytes })
    };
    match resolve(path, |k| files.contains(k)) {
        Resolved::File(key) => match page(&key) {
            Some(bytes) => reply(StatusCode::OK, content_type(&key), bytes),
            None => busy(),
        },
        Resolved::Redirect(location) => match HeaderValue::try_from(location) {
            Ok(location) => {
                let mut response = reply(StatusCode::MOVED_PERMANENTLY, HTML, "");
                response.headers_mut().insert(header::LOCATION, location);
                response
            }
            Err(_) => reply(StatusCode::BAD_REQUEST, TEXT, "refused: the path cannot be redirected\n"),
        },
        Resolved::NotFound if files.contains("404.html") => match page("404.html") {
            Some(bytes) => reply(StatusCode::NOT_FOUND, HTML, with_root_base(bytes, &path.decoded)),
            None => busy(),
        },
        Resolved::NotFound => reply(StatusCode::NOT_FOUND, TEXT, "not found\n"),
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

/// Shown while no build has succeeded yet; it reloads once one does.
fn no_site_page(error: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>jawnik: {}</title></head><body>\
         <h1>{}</h1>\
         <p>{}</p>\
         <pre>{}</pre></body></html>\n",
        crate::l10n::lang().code(),
        escape_html(&msg!("no-site-title")),
        escape_html(&msg!("no-site-heading")),
        escape_html(&msg!("no-site-text")),
        escape_html(error)
    )
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::reload::Status;
    use crate::serve::server::Shared;
    use std::sync::Arc;

    /// A connection to a server holding a two-page site at generation 3.
    fn connection(streams: usize) -> Connection {
        let shared = Arc::new(Shared::new());
        let files = [
            ("index.html", "<html><body>home</body></html>"),
            ("pl/index.html", "<html><body>pl</body></html>"),
            ("pl/data.csv", "rok,wartość\n2023,34\n"),
            ("pl/dane/p/p-2023-pl.html", "<html><body>sprawozdanie</body></html>"),
            ("404.html", "<html><head><title>404</title></head><body>nope</body></html>"),
        ];
        let files: crate::output::Files = files.iter().map(|(k, v)| (k.to_string(), v.as_bytes().to_vec())).collect();
        shared.publish(
            Some(Arc::new(files) as Arc<dyn crate::serve::store::SiteFiles>),
            Status { generation: 3, error: None },
        );
        Connection::for_test(shared, streams)
    }

    fn get(connection: &Connection, method: Method, target: &str) -> (StatusCode, Response<Body>, String) {
        let request = Request::builder().method(method).uri(target).body(()).unwrap();
        let mut response = respond(&request, connection);
        let body = match response.body_mut() {
            Body::Full(bytes) => String::from_utf8(bytes.clone().unwrap_or_default().to_vec()).unwrap(),
            Body::Events(_) => "<stream>".to_string(),
        };
        (response.status(), response, body)
    }

    fn header(response: &Response<Body>, name: header::HeaderName) -> Option<&str> {
        response.headers().get(name).map(|v| v.to_str().unwrap())
    }

    #[test]
    fn pages_get_the_reload_script_and_every_answer_says_nosniff() {
        let c = connection(1);
        let (status, response, body) = get(&c, Method::GET, "/pl/");
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            body,
            "<html><body>pl<script src=\"/__jawnik/reload.js\" data-generation=\"3\"></script></body></html>"
        );
        assert_eq!(header(&response, header::CONTENT_TYPE), Some(HTML));
        assert_eq!(header(&response, header::CACHE_CONTROL), Some("no-store"));
        assert_eq!(header(&response, header::X_CONTENT_TYPE_OPTIONS), Some("nosniff"));
        let (status, response, body) = get(&c, Method::GET, "/pl/data.csv");
        assert_eq!((status, body.as_str()), (StatusCode::OK, "rok,wartość\n2023,34\n"));
        assert_eq!(header(&response, header::CONTENT_TYPE), Some("text/csv; charset=utf-8"));
        let (status, response, body) = get(&c, Method::GET, "/pl/dane/p/p-2023-pl.html");
        assert_eq!(
            (status, body.as_str()),
            (StatusCode::OK, "<html><body>sprawozdanie</body></html>"),
            "a report file as built"
        );
        assert_eq!(header(&response, header::CONTENT_TYPE), Some(HTML));
        for (method, target) in [(Method::GET, "/../x"), (Method::POST, "/"), (Method::GET, "/nope")] {
            let (_, response, _) = get(&c, method, target);
            assert_eq!(header(&response, header::X_CONTENT_TYPE_OPTIONS), Some("nosniff"), "{target}");
        }
    }

    #[test]
    fn only_get_and_head_are_allowed() {
        let c = connection(1);
        for method in [Method::POST, Method::PUT, Method::DELETE, Method::OPTIONS] {
            let (status, response, _) = get(&c, method.clone(), "/");
            assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{method}");
            assert_eq!(header(&response, header::ALLOW), Some("GET, HEAD"));
        }
        let (status, response, _) = get(&c, Method::HEAD, "/");
        assert_eq!(status, StatusCode::OK);
        let full = "<html><body>home<script src=\"/__jawnik/reload.js\" data-generation=\"3\"></script></body></html>";
        assert_eq!(hyper::body::Body::size_hint(response.body()).exact(), Some(full.len() as u64));
    }

    #[test]
    fn absolute_targets_redirects_and_missing_pages() {
        let c = connection(1);
        let (status, _, body) = get(&c, Method::GET, "http://127.0.0.1:1111/pl/");
        assert_eq!(status, StatusCode::OK);
        assert!(body.starts_with("<html><body>pl<script"), "{body}");
        let (status, response, _) = get(&c, Method::GET, "/pl?x=1");
        assert_eq!((status, header(&response, header::LOCATION)), (StatusCode::MOVED_PERMANENTLY, Some("/pl/?x=1")));
        let (status, _, body) = get(&c, Method::GET, "/pl/nope/");
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(body.starts_with("<html><head>\n<base href=\"/\"><title>404</title>"), "{body}");
        let (status, _, body) = get(&c, Method::GET, "/__jawnik/nope");
        assert_eq!((status, body.as_str()), (StatusCode::NOT_FOUND, "not found\n"));
        let (status, _, body) = get(&c, Method::GET, "/%2e%2e/secret.txt");
        assert_eq!((status, body.as_str()), (StatusCode::BAD_REQUEST, "refused: `.` or `..` in the path\n"));
    }

    #[test]
    fn a_reload_stream_beyond_the_limit_is_told_to_come_back_later() {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap();
        let _inside = runtime.enter();
        let c = connection(1);
        let (status, response, body) = get(&c, Method::GET, "/__jawnik/events");
        assert_eq!((status, body.as_str()), (StatusCode::OK, "<stream>"));
        assert_eq!(header(&response, header::CONTENT_TYPE), Some(EVENT_STREAM));
        let (status, _, body) = get(&c, Method::GET, "/__jawnik/events");
        assert_eq!((status, body.as_str()), (StatusCode::OK, "retry: 10000\n\n"));
        drop(response);
        let (_, _, body) = get(&c, Method::GET, "/__jawnik/events");
        assert_eq!(body, "<stream>", "a closed stream frees its slot");
        let (_, _, body) = get(&c, Method::HEAD, "/__jawnik/events");
        assert_eq!(body, "", "HEAD opens no stream");
    }

    #[test]
    fn before_the_first_good_build_pages_show_the_error() {
        let c = Connection::for_test(Arc::new(Shared::new()), 1);
        c.shared.publish(None, Status { generation: 0, error: Some("error: a < b".into()) });
        let (status, _, body) = get(&c, Method::GET, "/pl/");
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(body.contains("<pre>error: a &lt; b</pre>"), "{body}");
        assert!(body.contains("data-generation=\"0\"></script></body>"), "{body}");
    }

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
