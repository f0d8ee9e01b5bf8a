//! A minimal HTTP/1.1 `GET` over `std::net::TcpStream`, enough for readiness
//! checks (`/readyz`) without an HTTP client dependency. Only `http://` URLs; the
//! response is read just far enough to get the status code.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use anyhow::{Context, Result, bail};

/// The parts of an `http://host:port/path` URL needed to send a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpUrl {
    pub host: String,
    pub port: u16,
    pub path: String,
}

impl HttpUrl {
    /// Parses `http://host[:port][/path]` (IPv6 hosts in brackets).
    pub fn parse(url: &str) -> Result<Self> {
        let Some(rest) = url.strip_prefix("http://") else {
            bail!("only http:// URLs are supported: {url}");
        };
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        let (host, port) = split_host_port(authority, 80).with_context(|| format!("bad host:port in {url}"))?;
        Ok(Self {
            host,
            port,
            path: path.to_owned(),
        })
    }
}

/// Splits `host[:port]` (or `[v6][:port]`) and applies a default port.
pub fn split_host_port(authority: &str, default_port: u16) -> Result<(String, u16)> {
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let (host, after) = rest.split_once(']').context("unclosed '['")?;
        (host, after.strip_prefix(':'))
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        bail!("empty host");
    }
    let port = match port {
        Some(p) => p.parse().with_context(|| format!("bad port {p:?}"))?,
        None => default_port,
    };
    Ok((host.to_owned(), port))
}

/// Sends `GET url` and returns the response status code.
pub fn get_status(url: &str, timeout: Duration) -> Result<u16> {
    let url = HttpUrl::parse(url)?;
    let addr = (url.host.as_str(), url.port)
        .to_socket_addrs()
        .with_context(|| format!("resolving {}", url.host))?
        .next()
        .with_context(|| format!("{} resolves to no address", url.host))?;
    let mut stream = TcpStream::connect_timeout(&addr, timeout)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    let host_header = if url.host.contains(':') {
        format!("[{}]:{}", url.host, url.port)
    } else {
        format!("{}:{}", url.host, url.port)
    };
    write!(
        stream,
        "GET {} HTTP/1.1\r\nHost: {host_header}\r\nUser-Agent: paylera-xtask\r\nAccept: */*\r\nConnection: close\r\n\r\n",
        url.path
    )?;
    stream.flush()?;

    let mut head = Vec::new();
    let mut buf = [0_u8; 1024];
    while !head.windows(2).any(|w| w == b"\r\n") && head.len() < 8192 {
        let n = stream.read(&mut buf)?;
        if n == 0 {
            break;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&head);
    let status_line = head.lines().next().unwrap_or_default();
    parse_status_line(status_line).with_context(|| format!("not an HTTP response: {status_line:?}"))
}

/// `HTTP/1.1 200 OK` → 200.
pub fn parse_status_line(line: &str) -> Option<u16> {
    let mut parts = line.split_whitespace();
    let version = parts.next()?;
    if !version.starts_with("HTTP/") {
        return None;
    }
    parts.next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;
    use std::thread;

    #[test]
    fn parses_urls() {
        assert_eq!(
            HttpUrl::parse("http://127.0.0.1:8080/readyz").expect("url"),
            HttpUrl {
                host: "127.0.0.1".into(),
                port: 8080,
                path: "/readyz".into()
            }
        );
        let v6 = HttpUrl::parse("http://[::1]:3000").expect("url");
        assert_eq!((v6.host.as_str(), v6.port, v6.path.as_str()), ("::1", 3000, "/"));
        assert_eq!(HttpUrl::parse("http://localhost/x").expect("url").port, 80);
        assert!(HttpUrl::parse("https://example.com").is_err());
    }

    #[test]
    fn parses_status_lines() {
        assert_eq!(parse_status_line("HTTP/1.1 200 OK"), Some(200));
        assert_eq!(parse_status_line("HTTP/1.0 503 Service Unavailable"), Some(503));
        assert_eq!(parse_status_line("SSH-2.0-OpenSSH"), None);
        assert_eq!(parse_status_line(""), None);
    }

    #[test]
    fn gets_the_status_from_a_real_socket() {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let server = thread::spawn(move || {
            let (mut conn, _) = listener.accept().expect("accept");
            // A request may arrive in several segments: read up to the blank line.
            let mut request = Vec::new();
            let mut chunk = [0_u8; 1024];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                let n = conn.read(&mut chunk).expect("read");
                if n == 0 {
                    break;
                }
                request.extend_from_slice(&chunk[..n]);
            }
            let request = String::from_utf8_lossy(&request).into_owned();
            conn.write_all(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n")
                .expect("write");
            request
        });
        let status = get_status(&format!("http://127.0.0.1:{port}/readyz"), Duration::from_secs(5)).expect("status");
        assert_eq!(status, 503);
        let request = server.join().expect("server thread");
        assert!(request.starts_with("GET /readyz HTTP/1.1\r\n"), "{request}");
    }
}
