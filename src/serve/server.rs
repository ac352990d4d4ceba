//! The HTTP side of `serve`: hyper's HTTP/1.1 server on a one-thread tokio
//! runtime, beside the threads that watch and rebuild.
//!
//! What a request gets is decided in [`respond`](super::respond); this file
//! owns connections and their limits, so that no kind of client can starve
//! the others:
//!
//! - a client gets [`Limits::header_deadline`] *in total* to send its request
//!   head (hyper's `header_read_timeout`, which a byte now and then does not
//!   extend), and a page connection lives at most [`Limits::page_deadline`];
//! - page connections and reload streams are counted apart: a connection
//!   that turns into a reload stream gives its page slot back, so open pages
//!   can never take the slots requests need, and requests cannot take theirs;
//! - a connection costs a task and a read buffer of a few KB, so the page
//!   limit can be generous; over it, the connection is answered 503 at once.
//!
//! Responses close their connection (`Connection: close`), so a page slot is
//! held for one request and a browser's idle connections hold none.

use std::convert::Infallible;
use std::io;
use std::pin::pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, OwnedSemaphorePermit, Semaphore};

use super::reload::Status;
use super::respond::respond;
use super::store::SiteFiles;

/// The longest request head accepted (431 beyond); a browser's is well under 2 KB.
pub const MAX_HEAD: usize = 16 * 1024;

/// How many connections of each kind are served at once, and for how long.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Time for the whole request head to arrive, however slowly it trickles.
    pub header_deadline: Duration,
    /// The longest a page connection stays open, head and response together
    /// (a client that stops reading a response is dropped then).
    pub page_deadline: Duration,
    /// Page connections at once; more are answered 503.
    pub pages: usize,
    /// Open reload streams at once; more are told to try again in a while.
    pub streams: usize,
    /// Silence after which a reload stream gets a comment line, which finds
    /// pages that went away without closing their connection.
    pub keep_alive: Duration,
}

impl Default for Limits {
    /// 512 + 256 connections stay below the 1024 open files a Linux session
    /// allows by default.
    fn default() -> Limits {
        Limits {
            header_deadline: Duration::from_secs(10),
            page_deadline: Duration::from_secs(30),
            pages: 512,
            streams: 256,
            keep_alive: Duration::from_secs(15),
        }
    }
}

/// What the server serves, replaced as a whole after each build.
pub struct Shared {
    state: RwLock<Served>,
    /// The latest status, watched by every open reload stream.
    status: watch::Sender<Status>,
}

struct Served {
    /// The last good site; `None` until the first build succeeds.
    files: Option<Arc<dyn SiteFiles>>,
    status: Status,
}

impl Shared {
    pub fn new() -> Shared {
        let status = Status { generation: 0, error: None };
        Shared {
            state: RwLock::new(Served { files: None, status: status.clone() }),
            status: watch::Sender::new(status),
        }
    }

    /// Serves `files` (when given) from now on and tells open pages the status.
    pub fn publish(&self, files: Option<Arc<dyn SiteFiles>>, status: Status) {
        {
            let mut state = self.state.write().unwrap_or_else(|e| e.into_inner());
            if files.is_some() {
                state.files = files;
            }
            state.status = status.clone();
        }
        self.status.send_replace(status);
    }

    /// The site and the status it goes with.
    pub fn snapshot(&self) -> (Option<Arc<dyn SiteFiles>>, Status) {
        let state = self.state.read().unwrap_or_else(|e| e.into_inner());
        (state.files.clone(), state.status.clone())
    }

    /// Follows the status from now on.
    pub fn subscribe(&self) -> watch::Receiver<Status> {
        self.status.subscribe()
    }
}

impl Default for Shared {
    fn default() -> Self {
        Shared::new()
    }
}

/// Serves `listener` on a thread of its own until the process ends.
pub fn spawn(listener: std::net::TcpListener, shared: Arc<Shared>, limits: Limits) -> io::Result<()> {
    listener.set_nonblocking(true)?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_io().enable_time().build()?;
    std::thread::Builder::new().name("jawnik-http".into()).spawn(move || {
        runtime.block_on(async move {
            match TcpListener::from_std(listener) {
                Ok(listener) => accept(listener, shared, limits).await,
                Err(e) => say!("{}: {}", msg!("label-error"), msg!("server-no-start", error = e.to_string())),
            }
        })
    })?;
    Ok(())
}

/// Accepts connections and hands each to its own task.
async fn accept(listener: TcpListener, shared: Arc<Shared>, limits: Limits) {
    let pages = Arc::new(Semaphore::new(limits.pages));
    let streams = Arc::new(Semaphore::new(limits.streams));
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors, most likely: wait for some to close
            // rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        match Arc::clone(&pages).try_acquire_owned() {
            Ok(page) => {
                let connection = Connection {
                    shared: Arc::clone(&shared),
                    streams: Arc::clone(&streams),
                    page: Mutex::new(Some(page)),
                    streaming: AtomicBool::new(false),
                    limits,
                };
                tokio::spawn(serve_connection(stream, Arc::new(connection)));
            }
            Err(_) => {
                tokio::spawn(turn_away(stream));
            }
        }
    }
}

/// One accepted connection and the slot it holds.
pub struct Connection {
    pub shared: Arc<Shared>,
    streams: Arc<Semaphore>,
    /// Held while this is a page connection; given back when it becomes a stream.
    page: Mutex<Option<OwnedSemaphorePermit>>,
    streaming: AtomicBool,
    pub limits: Limits,
}

impl Connection {
    /// Turns this connection into a reload stream: takes a stream slot and gives
    /// the page slot back. `None` when every stream slot is taken.
    pub fn start_stream(&self) -> Option<OwnedSemaphorePermit> {
        let slot = Arc::clone(&self.streams).try_acquire_owned().ok()?;
        self.page.lock().unwrap_or_else(|e| e.into_inner()).take();
        self.streaming.store(true, Ordering::SeqCst);
        Some(slot)
    }

    #[cfg(test)]
    pub fn for_test(shared: Arc<Shared>, streams: usize) -> Connection {
        Connection {
            shared,
            streams: Arc::new(Semaphore::new(streams)),
            page: Mutex::new(None),
            streaming: AtomicBool::new(false),
            limits: Limits::default(),
        }
    }
}

async fn serve_connection(stream: TcpStream, connection: Arc<Connection>) {
    let _ = stream.set_nodelay(true);
    let limits = connection.limits;
    let this = Arc::clone(&connection);
    let service = service_fn(move |request| std::future::ready(Ok::<_, Infallible>(respond(&request, &this))));
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_deadline)
        .max_header_size(MAX_HEAD)
        .keep_alive(false);
    let mut serving = pin!(http.serve_connection(TokioIo::new(stream), service));
    let timed_out = tokio::time::timeout(limits.page_deadline, serving.as_mut()).await.is_err();
    // A reload stream stays open as long as its page does.
    if timed_out && connection.streaming.load(Ordering::SeqCst) {
        let _ = serving.await;
    }
}

/// Answers 503 without reading the request, then closes after a moment (reading
/// what the client sent, so the close does not reset the connection before the
/// answer is read).
async fn turn_away(mut stream: TcpStream) {
    const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n\
        Content-Length: 5\r\nRetry-After: 1\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n\
        Connection: close\r\n\r\nbusy\n";
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        stream.write_all(BUSY).await?;
        stream.shutdown().await?;
        let mut sink = [0u8; 1024];
        while stream.read(&mut sink).await? > 0 {}
        io::Result::Ok(())
    })
    .await;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read as _, Write as _};
    use std::net::{SocketAddr, TcpStream};
    use std::time::Instant;

    /// A server with `limits` on a free port, serving a one-page site.
    fn server(limits: Limits) -> SocketAddr {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared::new());
        let files: crate::output::Files = [("index.html".to_string(), b"<p>home</p>".to_vec())].into_iter().collect();
        shared.publish(Some(Arc::new(files) as Arc<dyn SiteFiles>), Status { generation: 1, error: None });
        spawn(listener, shared, limits).unwrap();
        addr
    }

    fn connect(addr: SocketAddr) -> TcpStream {
        let stream = TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        stream
    }

    /// The status line of a plain GET.
    fn get(addr: SocketAddr, path: &str) -> String {
        let mut stream = connect(addr);
        write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut text = String::new();
        stream.read_to_string(&mut text).unwrap();
        text.lines().next().unwrap_or_default().to_string()
    }

    /// Reads until `text` has arrived (or the connection ends).
    fn read_until(stream: &mut TcpStream, text: &str) -> String {
        let mut got = Vec::new();
        let mut buf = [0u8; 512];
        while !String::from_utf8_lossy(&got).contains(text) {
            match stream.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
        String::from_utf8_lossy(&got).into_owned()
    }

    #[test]
    fn the_header_deadline_is_total_however_often_a_byte_arrives() {
        let deadline = Duration::from_millis(600);
        let addr = server(Limits { header_deadline: deadline, ..Limits::default() });
        let mut stream = connect(addr);
        stream.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
        let started = Instant::now();
        let head =
            b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n";
        // One byte every 100 ms: each gap is far shorter than the deadline.
        let closed_at = head.iter().find_map(|byte| {
            if stream.write_all(&[*byte]).is_err() {
                return Some(started.elapsed());
            }
            match stream.read(&mut [0u8; 64]) {
                Ok(0) => Some(started.elapsed()),
                Ok(_) => panic!("answered a request that never finished"),
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => None,
                Err(_) => Some(started.elapsed()),
            }
        });
        let closed_at = closed_at.expect("the server waited for the whole slow head");
        assert!(closed_at >= deadline, "closed after {closed_at:?}, before the deadline");
    }

    #[test]
    fn connections_beyond_the_page_limit_get_503_and_streams_do_not_count() {
        let addr = server(Limits { pages: 2, streams: 3, ..Limits::default() });
        // Three pages listening for reloads: each gave its page slot back.
        let mut streams = Vec::new();
        for _ in 0..3 {
            let mut stream = connect(addr);
            stream.write_all(b"GET /__jawnik/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            let first = read_until(&mut stream, "\"generation\":1");
            assert!(first.starts_with("HTTP/1.1 200 OK\r\n"), "{first}");
            streams.push(stream);
        }
        assert_eq!(get(addr, "/"), "HTTP/1.1 200 OK");
        // A fourth stream is told to come back later; pages are still served.
        let mut fourth = connect(addr);
        fourth.write_all(b"GET /__jawnik/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let answer = read_until(&mut fourth, "retry: 10000\n\n");
        assert!(answer.ends_with("\r\n\r\nretry: 10000\n\n"), "{answer}");
        // Two clients that send nothing hold both page slots: the next is turned away.
        let idle: Vec<TcpStream> = (0..2).map(|_| connect(addr)).collect();
        let busy = eventually(|| Some(get(addr, "/")).filter(|s| s.contains("503")));
        assert_eq!(busy, "HTTP/1.1 503 Service Unavailable");
        drop(idle);
        eventually(|| Some(get(addr, "/")).filter(|s| s == "HTTP/1.1 200 OK"));
        // Pages that close their stream give its slot back.
        drop(streams);
        let reopened = eventually(|| {
            let mut stream = connect(addr);
            stream.write_all(b"GET /__jawnik/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            Some(read_until(&mut stream, "\"generation\":1")).filter(|s| s.contains("event: status"))
        });
        assert!(reopened.contains("retry: 1000\n\nevent: status\n"), "{reopened}");
    }

    /// Polls `f` for up to ten seconds.
    fn eventually<T>(mut f: impl FnMut() -> Option<T>) -> T {
        let started = Instant::now();
        loop {
            if let Some(v) = f() {
                return v;
            }
            assert!(started.elapsed() < Duration::from_secs(10), "gave up waiting");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
