//! Correlating one request across servers: the request id, the W3C Trace Context
//! (<https://www.w3.org/TR/trace-context/>) and the name of the instance that served it.
//!
//! Both servers parse the same headers the same way, here:
//!
//! - [`REQUEST_ID_HEADER`] (`request-id`): believed from the caller only when it is 1–64
//!   characters of `A–Z a–z 0–9 _ . : -` ([`RequestId::parse`]); otherwise the server
//!   makes a new one, `req_` and 24 base62 characters ([`RequestId::generate`]). Every
//!   response carries it; the portal sends its own to the API on every call.
//! - [`TRACEPARENT_HEADER`]: version `00` only, lowercase hex, neither id all zeros
//!   ([`TraceParent::parse`]). A server's own span keeps the caller's trace id with a
//!   new span id ([`TraceParent::child`]); without a valid one it starts a new trace
//!   ([`TraceParent::new_root`]).
//! - [`TRACESTATE_HEADER`]: passed on unchanged when it looks valid (1–512 printable
//!   ASCII characters) and the `traceparent` was valid, dropped otherwise (the
//!   specification forbids reading `tracestate` without a valid `traceparent`).
//!
//! No randomness of its own (this crate stays dependency-light and builds for wasm32):
//! whatever makes ids takes a `fill` function that fills a buffer with random bytes.

use std::fmt;

/// The one request-id header of both servers, in requests and responses.
pub const REQUEST_ID_HEADER: &str = "request-id";

/// The W3C `traceparent` header.
pub const TRACEPARENT_HEADER: &str = "traceparent";

/// The W3C `tracestate` header.
pub const TRACESTATE_HEADER: &str = "tracestate";

/// The longest request id believed from a caller (and the longest instance name).
pub const MAX_REQUEST_ID_LEN: usize = 64;

/// The longest `tracestate` passed on.
pub const MAX_TRACESTATE_LEN: usize = 512;

/// The prefix of the request ids the servers make.
pub const REQUEST_ID_PREFIX: &str = "req_";

/// The environment variable naming an instance in logs and metrics.
pub const INSTANCE_VAR: &str = "PAYLERA_INSTANCE";

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Whether `raw` is 1–[`MAX_REQUEST_ID_LEN`] characters of `A–Z a–z 0–9 _ . : -`: safe
/// in a header, a log line and a metric label.
fn is_label(raw: &str) -> bool {
    (1..=MAX_REQUEST_ID_LEN).contains(&raw.len())
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':' | b'-'))
}

/// A request's id, as both servers log it and send it on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RequestId(String);

/// A `request-id` a server does not believe (it makes a new one).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a request id is 1–64 characters of A–Z a–z 0–9 _ . : -")]
pub struct InvalidRequestId;

impl RequestId {
    /// A caller's request id, if it is 1–[`MAX_REQUEST_ID_LEN`] characters of
    /// `A–Z a–z 0–9 _ . : -`.
    pub fn parse(raw: &str) -> Result<Self, InvalidRequestId> {
        if is_label(raw) {
            Ok(Self(raw.to_owned()))
        } else {
            Err(InvalidRequestId)
        }
    }

    /// A new id: [`REQUEST_ID_PREFIX`] and 24 base62 characters (about 143 random bits),
    /// each drawn uniformly from the bytes `fill` gives (bytes ≥ 248 are skipped).
    pub fn generate(mut fill: impl FnMut(&mut [u8])) -> Self {
        let mut id = String::with_capacity(REQUEST_ID_PREFIX.len() + 24);
        id.push_str(REQUEST_ID_PREFIX);
        let mut buffer = [0_u8; 32];
        while id.len() < REQUEST_ID_PREFIX.len() + 24 {
            fill(&mut buffer);
            for byte in buffer {
                // 248 = 4 × 62: the bytes below it map onto the alphabet evenly.
                if byte < 248 && id.len() < REQUEST_ID_PREFIX.len() + 24 {
                    id.push(char::from(BASE62[usize::from(byte % 62)]));
                }
            }
        }
        Self(id)
    }

    /// The id as sent in [`REQUEST_ID_HEADER`].
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A W3C `traceparent`: which trace a request belongs to and which span sent it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TraceParent {
    trace_id: [u8; 16],
    parent_id: [u8; 8],
    flags: u8,
}

/// A `traceparent` that is not a valid version-`00` header (a new trace is started).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a traceparent is 00-<32 lowercase hex>-<16 lowercase hex>-<2 lowercase hex>, neither id all zeros")]
pub struct InvalidTraceParent;

impl TraceParent {
    /// The flag saying the caller may have recorded the trace.
    pub const SAMPLED: u8 = 0x01;

    /// A caller's `traceparent`: `00-{trace-id}-{parent-id}-{flags}` in lowercase hex,
    /// neither id all zeros. Other versions are refused (a new trace is started).
    pub fn parse(raw: &str) -> Result<Self, InvalidTraceParent> {
        let mut parts = raw.split('-');
        let (Some("00"), Some(trace), Some(parent), Some(flags), None) =
            (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(InvalidTraceParent);
        };
        let trace_id: [u8; 16] = decode_hex(trace).ok_or(InvalidTraceParent)?;
        let parent_id: [u8; 8] = decode_hex(parent).ok_or(InvalidTraceParent)?;
        let [flags] = decode_hex::<1>(flags).ok_or(InvalidTraceParent)?;
        if trace_id == [0; 16] || parent_id == [0; 8] {
            return Err(InvalidTraceParent);
        }
        Ok(Self {
            trace_id,
            parent_id,
            flags,
        })
    }

    /// A new trace whose first span is this one (flagged sampled: the servers log every
    /// request).
    pub fn new_root(mut fill: impl FnMut(&mut [u8])) -> Self {
        Self {
            trace_id: non_zero(&mut fill),
            parent_id: non_zero(&mut fill),
            flags: Self::SAMPLED,
        }
    }

    /// A span of the same trace with a new span id, the same flags: what a server sends
    /// on as its own `traceparent`.
    #[must_use]
    pub fn child(&self, mut fill: impl FnMut(&mut [u8])) -> Self {
        Self {
            trace_id: self.trace_id,
            parent_id: non_zero(&mut fill),
            flags: self.flags,
        }
    }

    /// The trace id, 32 lowercase hex digits.
    pub fn trace_id(&self) -> String {
        encode_hex(&self.trace_id)
    }

    /// The span id (the `parent-id` field), 16 lowercase hex digits.
    pub fn span_id(&self) -> String {
        encode_hex(&self.parent_id)
    }

    /// The trace flags.
    pub fn flags(&self) -> u8 {
        self.flags
    }
}

impl fmt::Display for TraceParent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "00-{}-{}-{:02x}",
            encode_hex(&self.trace_id),
            encode_hex(&self.parent_id),
            self.flags
        )
    }
}

/// `raw` when it looks like a `tracestate` worth passing on: 1–[`MAX_TRACESTATE_LEN`]
/// printable ASCII characters, not only spaces.
pub fn tracestate(raw: &str) -> Option<&str> {
    let printable = raw.bytes().all(|b| (b' '..=b'~').contains(&b));
    (raw.len() <= MAX_TRACESTATE_LEN && printable && !raw.trim().is_empty()).then_some(raw)
}

/// What a server makes of a request's correlation headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestTrace {
    /// The caller's request id when valid, else a new one.
    pub request_id: RequestId,
    /// This server's span: the caller's trace with a new span id, or a new trace.
    pub span: TraceParent,
    /// The caller's `tracestate`, kept only with a valid `traceparent`.
    pub tracestate: Option<String>,
}

impl RequestTrace {
    /// Reads the values of [`REQUEST_ID_HEADER`], [`TRACEPARENT_HEADER`] and
    /// [`TRACESTATE_HEADER`] (each `None` when absent or not text), making what is
    /// missing or invalid with `fill`'s random bytes.
    pub fn from_headers(
        request_id: Option<&str>,
        traceparent: Option<&str>,
        tracestate_header: Option<&str>,
        mut fill: impl FnMut(&mut [u8]),
    ) -> Self {
        let request_id = request_id
            .and_then(|raw| RequestId::parse(raw).ok())
            .unwrap_or_else(|| RequestId::generate(&mut fill));
        let (span, tracestate) = match traceparent.and_then(|raw| TraceParent::parse(raw).ok()) {
            Some(parent) => (
                parent.child(&mut fill),
                tracestate_header.and_then(tracestate).map(str::to_owned),
            ),
            None => (TraceParent::new_root(&mut fill), None),
        };
        Self {
            request_id,
            span,
            tracestate,
        }
    }
}

/// The name of this process in logs and metrics: `explicit` (the value of
/// [`INSTANCE_VAR`]) when set, which must then be 1–64 characters of `A–Z a–z 0–9 _ . :
/// -`; otherwise [`default_instance_name`].
pub fn instance_name(explicit: Option<&str>, hostname: Option<&str>, pid: u32) -> Result<String, String> {
    match explicit.map(str::trim).filter(|name| !name.is_empty()) {
        Some(name) if is_label(name) => Ok(name.to_owned()),
        Some(_) => Err("expected 1–64 characters of A–Z a–z 0–9 _ . : -".to_owned()),
        None => Ok(default_instance_name(hostname, pid)),
    }
}

/// `<hostname>-<pid>`, the host name cut down to `A–Z a–z 0–9 _ . : -` (and to fit 64
/// characters in all), or `paylera-<pid>` without one.
pub fn default_instance_name(hostname: Option<&str>, pid: u32) -> String {
    let suffix = format!("-{pid}");
    let host: String = hostname
        .unwrap_or_default()
        .trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '-'))
        .take(MAX_REQUEST_ID_LEN - suffix.len())
        .collect();
    let host = if host.is_empty() { "paylera" } else { host.as_str() };
    format!("{host}{suffix}")
}

fn non_zero<const N: usize>(fill: &mut impl FnMut(&mut [u8])) -> [u8; N] {
    let mut bytes = [0_u8; N];
    while bytes == [0; N] {
        fill(&mut bytes);
    }
    bytes
}

fn encode_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes
        .iter()
        .flat_map(|byte| [DIGITS[usize::from(byte >> 4)], DIGITS[usize::from(byte & 0x0f)]])
        .map(char::from)
        .collect()
}

/// Exactly `2 × N` lowercase hex digits.
fn decode_hex<const N: usize>(raw: &str) -> Option<[u8; N]> {
    let digit = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        _ => None,
    };
    let raw = raw.as_bytes();
    if raw.len() != 2 * N {
        return None;
    }
    let mut bytes = [0_u8; N];
    for (byte, pair) in bytes.iter_mut().zip(raw.chunks_exact(2)) {
        *byte = (digit(pair[0])? << 4) | digit(pair[1])?;
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic "random" bytes: 1, 2, 3, … (wrapping).
    fn counter() -> impl FnMut(&mut [u8]) {
        let mut next = 0_u8;
        move |buffer: &mut [u8]| {
            for byte in buffer {
                next = next.wrapping_add(1);
                *byte = next;
            }
        }
    }

    const VALID: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    #[test]
    fn a_request_id_of_allowed_characters_up_to_64_long_is_believed() {
        for raw in ["a", "req_123", "2f1c.9:abc-DEF_0", &"x".repeat(64)] {
            assert_eq!(RequestId::parse(raw).map(|id| id.to_string()).as_deref(), Ok(raw));
        }
    }

    #[test]
    fn an_empty_long_or_strange_request_id_is_refused() {
        for raw in ["", &"x".repeat(65), "a b", "a/b", "é", "id\n", "<script>", "a,b"] {
            assert_eq!(RequestId::parse(raw), Err(InvalidRequestId), "{raw:?}");
        }
    }

    #[test]
    fn a_generated_request_id_is_req_and_24_base62_characters_and_parses() {
        let id = RequestId::generate(counter());
        let body = id.as_str().strip_prefix(REQUEST_ID_PREFIX).expect("prefix");
        assert_eq!(body.len(), 24);
        assert!(body.bytes().all(|b| b.is_ascii_alphanumeric()), "{id}");
        assert_eq!(RequestId::parse(id.as_str()), Ok(id.clone()));
        assert_ne!(
            RequestId::generate(counter()).as_str(),
            RequestId::generate(|b| b.fill(7)).as_str()
        );
    }

    #[test]
    fn generating_skips_the_bytes_that_would_bias_the_alphabet() {
        // Every byte 248 or more: nothing is taken from it; then only zeros: all '0'.
        let mut calls = 0;
        let id = RequestId::generate(|buffer| {
            calls += 1;
            buffer.fill(if calls == 1 { 250 } else { 0 });
        });
        assert_eq!(id.as_str(), format!("req_{}", "0".repeat(24)));
        assert_eq!(calls, 2);
    }

    #[test]
    fn a_valid_traceparent_is_parsed_and_printed_back_the_same() {
        let parent = TraceParent::parse(VALID).expect("valid");
        assert_eq!(parent.trace_id(), "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(parent.span_id(), "00f067aa0ba902b7");
        assert_eq!(parent.flags(), TraceParent::SAMPLED);
        assert_eq!(parent.to_string(), VALID);
    }

    #[test]
    fn an_invalid_traceparent_is_refused() {
        for raw in [
            "",
            "garbage",
            // another version, or a version-00 header with more fields
            "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            // wrong lengths
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1",
            // not hex, or too long overall
            "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0x",
            &format!("{VALID}{}", "0".repeat(600)),
        ] {
            assert_eq!(TraceParent::parse(raw), Err(InvalidTraceParent), "{raw:?}");
        }
    }

    #[test]
    fn all_zero_ids_are_refused() {
        for raw in [
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        ] {
            assert_eq!(TraceParent::parse(raw), Err(InvalidTraceParent), "{raw:?}");
        }
    }

    #[test]
    fn uppercase_hex_is_refused() {
        for raw in [
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00F067AA0BA902B7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0A",
        ] {
            assert_eq!(TraceParent::parse(raw), Err(InvalidTraceParent), "{raw:?}");
        }
    }

    #[test]
    fn a_child_keeps_the_trace_and_the_flags_with_a_new_span_id() {
        let parent = TraceParent::parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00").expect("valid");
        let child = parent.child(counter());
        assert_eq!(child.trace_id(), parent.trace_id());
        assert_eq!(child.flags(), 0);
        assert_eq!(child.span_id(), "0102030405060708");
        assert_eq!(TraceParent::parse(&child.to_string()), Ok(child));
    }

    #[test]
    fn a_new_root_has_non_zero_ids_even_from_zero_bytes_at_first() {
        let mut calls = 0_u8;
        let root = TraceParent::new_root(|buffer| {
            calls += 1;
            buffer.fill(if calls == 1 { 0 } else { calls });
        });
        assert_ne!(root.trace_id(), "0".repeat(32));
        assert_ne!(root.span_id(), "0".repeat(16));
        assert_eq!(TraceParent::parse(&root.to_string()), Ok(root));
    }

    #[test]
    fn a_tracestate_is_kept_when_printable_and_at_most_512_characters() {
        assert_eq!(
            tracestate("rojo=00f067aa0ba902b7,congo=t61rcWkgMzE"),
            Some("rojo=00f067aa0ba902b7,congo=t61rcWkgMzE")
        );
        assert_eq!(tracestate(&"a".repeat(512)).map(str::len), Some(512));
        for raw in ["", "   ", &"a".repeat(513), "a=1\nb=2", "a=\u{e9}"] {
            assert_eq!(tracestate(raw), None, "{raw:?}");
        }
    }

    #[test]
    fn a_request_keeps_valid_headers_and_replaces_invalid_ones() {
        let kept = RequestTrace::from_headers(Some("abc-123"), Some(VALID), Some("rojo=1"), counter());
        assert_eq!(kept.request_id.as_str(), "abc-123");
        assert_eq!(kept.span.trace_id(), "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_ne!(kept.span.span_id(), "00f067aa0ba902b7");
        assert_eq!(kept.tracestate.as_deref(), Some("rojo=1"));

        let replaced = RequestTrace::from_headers(Some("no spaces please"), Some("00-bad"), Some("rojo=1"), counter());
        assert!(replaced.request_id.as_str().starts_with(REQUEST_ID_PREFIX));
        assert_ne!(replaced.span.trace_id(), "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(replaced.tracestate, None, "no tracestate without a valid traceparent");
    }

    #[test]
    fn an_instance_is_named_explicitly_or_after_its_host_and_pid() {
        assert_eq!(instance_name(Some(" api-1 "), Some("box"), 7).as_deref(), Ok("api-1"));
        assert!(instance_name(Some("api 1"), Some("box"), 7).is_err());
        assert!(instance_name(Some(&"x".repeat(65)), None, 7).is_err());
        assert_eq!(
            instance_name(None, Some("box.local\n"), 42).as_deref(),
            Ok("box.local-42")
        );
        assert_eq!(instance_name(Some(""), Some("b o/x"), 42).as_deref(), Ok("box-42"));
        assert_eq!(instance_name(None, None, 42).as_deref(), Ok("paylera-42"));
        let long = instance_name(None, Some(&"h".repeat(200)), u32::MAX).expect("named");
        assert_eq!(long.len(), MAX_REQUEST_ID_LEN);
        assert!(RequestId::parse(&long).is_ok(), "an instance name is a valid label");
    }
}
