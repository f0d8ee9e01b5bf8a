//! A minimal JSON-over-HTTP/1.1 client for the few calls xtask makes to a running
//! API (seeding objects for schemathesis, creating a webhook endpoint for the
//! secrets scan). One request per connection (`Connection: close`), `http://` only,
//! `Content-Length` or chunked responses: enough for our own API on loopback,
//! without an HTTP client dependency.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde_json::Value;

use crate::http::{HttpUrl, parse_status_line};

const TIMEOUT: Duration = Duration::from_secs(30);

/// A response: its status, headers (names lowercase), text and its body parsed as JSON
/// (`Null` when empty or not JSON).
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub text: String,
    pub body: Value,
}

impl Response {
    /// The first value of header `name` (lowercase).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// `method url` with an optional bearer token and JSON body.
pub fn call(method: &str, url: &str, bearer: Option<&str>, body: Option<&Value>) -> Result<Response> {
    let authorization = bearer.map(|token| format!("Bearer {token}"));
    let mut headers = Vec::new();
    if let Some(value) = &authorization {
        headers.push(("Authorization", value.as_str()));
    }
    let payload = body.map(Value::to_string);
    request(
        method,
        url,
        &headers,
        payload.as_deref().map(|text| ("application/json", text.as_bytes())),
    )
}

/// `method url` with `headers` and an optional body of a content type; redirects are not
/// followed (the answer is the redirect).
pub fn request(method: &str, url: &str, headers: &[(&str, &str)], body: Option<(&str, &[u8])>) -> Result<Response> {
    let parsed = HttpUrl::parse(url)?;
    let addr = (parsed.host.as_str(), parsed.port)
        .to_socket_addrs()
        .with_context(|| format!("resolving {}", parsed.host))?
        .next()
        .with_context(|| format!("{} resolves to no address", parsed.host))?;
    let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT).with_context(|| format!("connecting to {url}"))?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    let mut head = format!(
        "{method} {} HTTP/1.1\r\nHost: {}:{}\r\nUser-Agent: paylera-xtask\r\nAccept: application/json\r\nConnection: close\r\n",
        parsed.path, parsed.host, parsed.port
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    let payload: &[u8] = match body {
        Some((content_type, bytes)) => {
            head.push_str(&format!(
                "Content-Type: {content_type}\r\nContent-Length: {}\r\n",
                bytes.len()
            ));
            bytes
        }
        // A POST without a body still says so (servers may insist on a length).
        None if method == "POST" => {
            head.push_str("Content-Length: 0\r\n");
            &[]
        }
        None => &[],
    };
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(payload)?;
    stream.flush()?;
    let mut raw = Vec::new();
    stream
        .read_to_end(&mut raw)
        .with_context(|| format!("reading the answer to {method} {url}"))?;
    parse_response(&raw).with_context(|| format!("the answer to {method} {url}"))
}

/// `call`, then an error unless the status is 2xx; returns the body.
pub fn expect_ok(method: &str, url: &str, bearer: Option<&str>, body: Option<&Value>) -> Result<Value> {
    let response = call(method, url, bearer, body)?;
    if !(200..300).contains(&response.status) {
        bail!("{method} {url} answered {}: {}", response.status, response.body);
    }
    Ok(response.body)
}

/// Splits a complete HTTP/1.1 response into status and JSON body.
fn parse_response(raw: &[u8]) -> Result<Response> {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .context("no end of headers")?;
    let head = String::from_utf8_lossy(&raw[..split]);
    let mut body = raw[split + 4..].to_vec();
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    let status = parse_status_line(status_line).with_context(|| format!("not an HTTP response: {status_line:?}"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(name, value)| name == "transfer-encoding" && value.to_ascii_lowercase().contains("chunked"));
    if chunked {
        body = dechunk(&body)?;
    }
    let text = String::from_utf8_lossy(&body).into_owned();
    let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
    Ok(Response {
        status,
        headers,
        text,
        body,
    })
}

/// The payload of a chunked body.
fn dechunk(mut data: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data
            .windows(2)
            .position(|w| w == b"\r\n")
            .context("truncated chunk size")?;
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16).with_context(|| format!("bad chunk size {size_text:?}"))?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = data.get(..size).context("truncated chunk")?;
        out.extend_from_slice(chunk);
        data = data.get(size + 2..).context("truncated chunk end")?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_length_delimited_json_response() {
        let raw =
            b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: 12\r\n\r\n{\"id\":\"x1\"}";
        let response = parse_response(raw).expect("response");
        assert_eq!(response.status, 201);
        assert_eq!(response.body["id"], "x1");
    }

    #[test]
    fn parses_a_chunked_response() {
        let raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n3\r\n12}\r\n0\r\n\r\n";
        let response = parse_response(raw).expect("response");
        assert_eq!(response.status, 200);
        assert_eq!(response.body["a"], 12);
    }

    #[test]
    fn a_body_that_is_not_json_is_null() {
        let response = parse_response(b"HTTP/1.1 404 Not Found\r\n\r\nnope").expect("response");
        assert_eq!((response.status, response.body), (404, Value::Null));
    }
}
