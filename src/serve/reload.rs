//! Live reload: the status messages open pages listen to, the event stream
//! that carries them, the script that listens, and the `<script>` tag added to
//! HTML as it is served.
//!
//! The tag is added when a page is *served*, never when it is rendered, so the
//! site kept in memory (and any output folder serve writes) holds exactly the
//! bytes `jawnik build` would write.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use hyper::body::Bytes;
use tokio::sync::{watch, OwnedSemaphorePermit};
use tokio::time::{Instant, Sleep};

/// The script pages load; it listens on [`EVENTS_PATH`].
pub const SCRIPT: &str = include_str!("reload.js");
pub const SCRIPT_PATH: &str = "/__jawnik/reload.js";
/// The Server-Sent Events stream of [`Status`] messages.
pub const EVENTS_PATH: &str = "/__jawnik/events";

/// The state of the served site, as pages are told it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// Counts builds that changed the site; a page built from an older one reloads.
    pub generation: u64,
    /// The last build's errors (the site served is then the last good one).
    pub error: Option<String>,
}

impl Status {
    /// One Server-Sent Events message: `event: status` with a JSON body.
    pub fn to_event(&self) -> String {
        let body = serde_json::json!({
            "generation": self.generation,
            "ok": self.error.is_none(),
            "error": self.error,
        });
        format!("event: status\ndata: {body}\n\n")
    }
}

/// One page's event stream: how soon to reconnect and the current status
/// first, then every status published while it is open, and a comment line
/// after `keep_alive` of silence, so a page that went away without closing its
/// connection is noticed. It ends only when the page goes away.
pub struct Events {
    first: Option<Bytes>,
    keep_alive: Duration,
    /// Resolves with the receiver once a new status is published.
    next: Pin<Box<dyn Future<Output = Option<watch::Receiver<Status>>> + Send>>,
    idle: Pin<Box<Sleep>>,
    /// This stream's place among the open ones, given back when it ends.
    _slot: OwnedSemaphorePermit,
}

impl Events {
    /// A stream that starts with the status `status` holds now. Must be called
    /// inside the server's runtime (it starts a timer).
    pub fn new(mut status: watch::Receiver<Status>, slot: OwnedSemaphorePermit, keep_alive: Duration) -> Events {
        let first = format!("retry: 1000\n\n{}", status.borrow_and_update().to_event());
        Events {
            first: Some(Bytes::from(first)),
            keep_alive,
            next: Box::pin(changed(status)),
            idle: Box::pin(tokio::time::sleep(keep_alive)),
            _slot: slot,
        }
    }

    /// The next piece of the stream; `None` only if statuses stop being published.
    pub fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<Bytes>> {
        if let Some(first) = self.first.take() {
            return Poll::Ready(Some(first));
        }
        if let Poll::Ready(status) = self.next.as_mut().poll(cx) {
            let Some(mut status) = status else { return Poll::Ready(None) };
            let event = status.borrow_and_update().to_event();
            self.next = Box::pin(changed(status));
            self.idle.as_mut().reset(Instant::now() + self.keep_alive);
            return Poll::Ready(Some(Bytes::from(event)));
        }
        if self.idle.as_mut().poll(cx).is_ready() {
            self.idle.as_mut().reset(Instant::now() + self.keep_alive);
            return Poll::Ready(Some(Bytes::from_static(b": keep-alive\n\n")));
        }
        Poll::Pending
    }
}

async fn changed(mut status: watch::Receiver<Status>) -> Option<watch::Receiver<Status>> {
    status.changed().await.ok()?;
    Some(status)
}

/// Adds the reload script before the last `</body>` (or at the end when there is
/// none). A page that already loads it is left alone.
pub fn inject(html: &[u8], generation: u64) -> Vec<u8> {
    if contains(html, SCRIPT_PATH.as_bytes()) {
        return html.to_vec();
    }
    let tag = format!("<script src=\"{SCRIPT_PATH}\" data-generation=\"{generation}\"></script>");
    let at = rfind_ignore_case(html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn rfind_ignore_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_last_closing_body_tag() {
        let page = b"<html><body><p>x</p></BODY></html>\n";
        let out = String::from_utf8(inject(page, 3)).unwrap();
        assert_eq!(
            out,
            "<html><body><p>x</p><script src=\"/__jawnik/reload.js\" data-generation=\"3\"></script></BODY></html>\n"
        );
        assert_eq!(inject(out.as_bytes(), 4), out.as_bytes(), "injected twice");
    }

    #[test]
    fn a_page_without_body_gets_the_script_at_the_end() {
        let out = String::from_utf8(inject(b"<p>x</p>", 1)).unwrap();
        assert!(out.starts_with("<p>x</p><script src=\"/__jawnik/reload.js\""), "{out}");
    }

    #[test]
    fn status_events_are_one_json_line() {
        let ok = Status { generation: 2, error: None };
        assert_eq!(ok.to_event(), "event: status\ndata: {\"error\":null,\"generation\":2,\"ok\":true}\n\n");
        let bad = Status { generation: 2, error: Some("error: x\n --> a.toml:1:1".into()) };
        assert_eq!(
            bad.to_event(),
            "event: status\ndata: {\"error\":\"error: x\\n --> a.toml:1:1\",\"generation\":2,\"ok\":false}\n\n"
        );
    }

    fn next(events: &mut Events) -> Poll<Option<Bytes>> {
        let waker = std::task::Waker::noop();
        events.poll_next(&mut Context::from_waker(waker))
    }

    fn text(piece: Poll<Option<Bytes>>) -> String {
        match piece {
            Poll::Ready(Some(bytes)) => String::from_utf8(bytes.to_vec()).unwrap(),
            other => panic!("expected a piece of the stream, got {other:?}"),
        }
    }

    #[test]
    fn a_stream_sends_the_current_status_then_each_new_one_and_keeps_alive() {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap();
        let _inside = runtime.enter();
        let (tx, rx) = watch::channel(Status { generation: 1, error: None });
        let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(1));
        let keep_alive = Duration::from_millis(100);
        let mut events = Events::new(rx, slots.clone().try_acquire_owned().unwrap(), keep_alive);
        assert_eq!(
            text(next(&mut events)),
            "retry: 1000\n\nevent: status\ndata: {\"error\":null,\"generation\":1,\"ok\":true}\n\n"
        );
        assert!(next(&mut events).is_pending());
        tx.send_replace(Status { generation: 1, error: Some("bad".into()) });
        assert_eq!(
            text(next(&mut events)),
            "event: status\ndata: {\"error\":\"bad\",\"generation\":1,\"ok\":false}\n\n"
        );
        assert!(next(&mut events).is_pending());
        let keep_alive_sent = runtime.block_on(std::future::poll_fn(|cx| events.poll_next(cx)));
        assert_eq!(text(Poll::Ready(keep_alive_sent)), ": keep-alive\n\n");
        assert_eq!(slots.available_permits(), 0, "the stream holds its slot");
        drop(events);
        assert_eq!(slots.available_permits(), 1, "a closed stream gives its slot back");
        drop(tx);
    }
}
