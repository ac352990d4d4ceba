//! `serve --open`: the preview opened in the user's browser.
//!
//! `$BROWSER` is honoured when set (the convention on Linux: the program is
//! run with the address); otherwise the `open` crate asks the desktop:
//! ShellExecuteEx on Windows (never `cmd /c start`, which reads `&` in an
//! address as a second command), `xdg-open` and its kin on Linux, `open` on
//! macOS. Opening is a convenience: when it fails, serve says so and goes on.

use std::ffi::OsString;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The address to open for a server listening on `addr`: a server listening on
/// every interface (`0.0.0.0`, `::`) is opened on this machine's loopback.
pub fn address_to_open(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}/", SocketAddr::new(ip, addr.port()))
}

/// Opens `url` in a browser on a thread of its own (a launcher may take a
/// while); a failure is printed as a warning.
pub fn open_in_background(url: String) {
    let spawned = std::thread::Builder::new().name("jawnik-open".into()).spawn(move || {
        if let Err(e) = open(&url) {
            say!("{}: {}", msg!("label-warning"), msg!("browser-failed", url = &url, error = e));
        }
    });
    if spawned.is_err() {
        say!("{}: {}", msg!("label-warning"), msg!("browser-no-thread"));
    }
}

fn open(url: &str) -> Result<(), String> {
    match std::env::var_os("BROWSER").filter(|b| !b.is_empty()) {
        Some(browser) => run_browser(browser, url),
        None => open::that_detached(url).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound if cfg!(all(unix, not(target_os = "macos"))) => {
                msg!("browser-no-opener")
            }
            _ => e.to_string(),
        }),
    }
}

/// Runs `$BROWSER URL` and waits for it here, so it leaves no zombie behind.
fn run_browser(browser: OsString, url: &str) -> Result<(), String> {
    let shown = PathBuf::from(&browser).display().to_string();
    let mut child = Command::new(&browser)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| msg!("browser-did-not-start", command = &shown, error = e.to_string()))?;
    match child.wait() {
        Ok(status) if !status.success() => Err(msg!("browser-exit", command = &shown, status = status.to_string())),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_on_every_interface_is_opened_on_loopback() {
        let open = |a: &str| address_to_open(a.parse().unwrap());
        assert_eq!(open("127.0.0.1:1111"), "http://127.0.0.1:1111/");
        assert_eq!(open("0.0.0.0:8080"), "http://127.0.0.1:8080/");
        assert_eq!(open("[::]:1111"), "http://[::1]:1111/");
        assert_eq!(open("[::1]:1111"), "http://[::1]:1111/");
        assert_eq!(open("192.168.1.5:1111"), "http://192.168.1.5:1111/");
    }
}
