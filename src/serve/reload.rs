//! Live reload: the status messages open pages listen to, the script that
//! listens, and the `<script>` tag added to HTML as it is served.
//!
//! The tag is added when a page is *served*, never when it is rendered, so the
//! site kept in memory (and any output folder serve writes) holds exactly the
//! bytes `jawnik build` would write.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Mutex;

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

/// Fans status messages out to every open event stream.
#[derive(Default)]
pub struct Hub {
    listeners: Mutex<Vec<Sender<String>>>,
}

impl Hub {
    /// A new listener; it receives every message sent from now on.
    pub fn subscribe(&self) -> Receiver<String> {
        let (tx, rx) = mpsc::channel();
        self.listeners.lock().unwrap_or_else(|e| e.into_inner()).push(tx);
        rx
    }

    /// Sends to every listener, forgetting those whose stream has closed.
    pub fn send(&self, message: &str) {
        let mut listeners = self.listeners.lock().unwrap_or_else(|e| e.into_inner());
        listeners.retain(|tx| tx.send(message.to_string()).is_ok());
    }
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

    #[test]
    fn closed_listeners_are_dropped() {
        let hub = Hub::default();
        let kept = hub.subscribe();
        drop(hub.subscribe());
        hub.send("a");
        assert_eq!(kept.recv().unwrap(), "a");
        assert_eq!(hub.listeners.lock().unwrap().len(), 1);
    }
}
