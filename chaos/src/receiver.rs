//! The merchant's webhook endpoint, badly behaved on purpose until it recovers: the
//! first attempt of about one event in ten is answered `500` and of one in twenty
//! hangs past the dispatcher's time limit. Every request's Standard Webhooks
//! signature is checked.

use std::{
    collections::{HashMap, HashSet},
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::Duration,
};

use axum::{Router, extract::State, http::HeaderMap, http::StatusCode, routing::post};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use bytes::Bytes;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// What the receiver saw.
#[derive(Debug, Default)]
pub struct Seen {
    /// Events answered `200`, with how many times each was.
    pub delivered: HashMap<String, u32>,
    /// Events whose first attempt was failed on purpose.
    pub failed_on_purpose: HashSet<String>,
    pub attempts: u64,
}

#[derive(Debug, Default)]
struct Inner {
    seen: Mutex<Seen>,
    /// The endpoint's `whsec_…` secret, decoded.
    key: Mutex<Option<Vec<u8>>>,
    healthy: AtomicBool,
    bad_signatures: AtomicU64,
}

/// A running receiver.
#[derive(Debug, Clone)]
pub struct Receiver {
    pub url: String,
    inner: Arc<Inner>,
}

impl Receiver {
    pub async fn start() -> Result<Self, String> {
        let inner = Arc::new(Inner::default());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| format!("receiver: {e}"))?;
        let url = format!(
            "http://{}/hooks",
            listener.local_addr().map_err(|e| format!("receiver: {e}"))?
        );
        let app = Router::new().route("/hooks", post(receive)).with_state(inner.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Ok(Self { url, inner })
    }

    /// The endpoint's signing secret (`whsec_` + base64).
    pub fn set_secret(&self, secret: &str) {
        let key = secret.strip_prefix("whsec_").and_then(|b64| STANDARD.decode(b64).ok());
        *self.inner.key.lock().unwrap_or_else(PoisonError::into_inner) = key;
    }

    /// From now on every request is answered `200` at once.
    pub fn recover(&self) {
        self.inner.healthy.store(true, Ordering::SeqCst);
    }

    /// Runs `f` on what was seen so far.
    pub fn seen<T>(&self, f: impl FnOnce(&Seen) -> T) -> T {
        f(&self.inner.seen.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Requests whose signature did not verify.
    pub fn bad_signatures(&self) -> u64 {
        self.inner.bad_signatures.load(Ordering::SeqCst)
    }
}

/// What to do with an event's first attempt while unhealthy, from its id (so the
/// choice is the same whichever instance sends it).
fn mischief(event_id: &str) -> Option<StatusCode> {
    let roll = Sha256::digest(event_id.as_bytes())[0] % 20;
    match roll {
        0 | 1 => Some(StatusCode::INTERNAL_SERVER_ERROR),
        2 => Some(StatusCode::REQUEST_TIMEOUT),
        _ => None,
    }
}

async fn receive(State(inner): State<Arc<Inner>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let (id, timestamp, signatures) = (
        header("webhook-id"),
        header("webhook-timestamp"),
        header("webhook-signature"),
    );
    let key = inner.key.lock().unwrap_or_else(PoisonError::into_inner).clone();
    let Some(key) = key else {
        // Not configured yet: the dispatcher will try again.
        return StatusCode::SERVICE_UNAVAILABLE;
    };
    if !verifies(&key, id, timestamp, &body, signatures) {
        inner.bad_signatures.fetch_add(1, Ordering::SeqCst);
        return StatusCode::BAD_REQUEST;
    }
    // An event's first attempt, while unhealthy, may be failed on purpose: decided
    // and remembered under one lock.
    let mischief = {
        let mut seen = inner.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.attempts += 1;
        let first = !seen.delivered.contains_key(id) && !seen.failed_on_purpose.contains(id);
        let chosen = (first && !inner.healthy.load(Ordering::SeqCst))
            .then(|| mischief(id))
            .flatten();
        if chosen.is_some() {
            seen.failed_on_purpose.insert(id.to_owned());
        }
        chosen
    };
    match mischief {
        Some(StatusCode::REQUEST_TIMEOUT) => {
            // Longer than the dispatcher waits: the attempt times out.
            tokio::time::sleep(Duration::from_secs(6)).await;
            return StatusCode::OK;
        }
        Some(status) => return status,
        None => {}
    }
    *inner
        .seen
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .delivered
        .entry(id.to_owned())
        .or_default() += 1;
    StatusCode::OK
}

/// Standard Webhooks: `v1,<base64 HMAC-SHA256(key, "{id}.{timestamp}.{body}")>`, one of
/// the space-separated signatures must match.
fn verifies(key: &[u8], id: &str, timestamp: &str, body: &[u8], signatures: &str) -> bool {
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(key) else {
        return false;
    };
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    let expected = mac.finalize().into_bytes();
    signatures.split(' ').any(|signature| {
        signature
            .strip_prefix("v1,")
            .and_then(|b64| STANDARD.decode(b64).ok())
            .is_some_and(|given| given[..] == expected[..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_only_with_its_key_id_timestamp_and_body() {
        let key = b"0123456789abcdef";
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("key");
        mac.update(b"evt_1.1700000000.{}");
        let good = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
        assert!(verifies(key, "evt_1", "1700000000", b"{}", &good));
        assert!(verifies(key, "evt_1", "1700000000", b"{}", &format!("v1,AAAA {good}")));
        assert!(!verifies(key, "evt_2", "1700000000", b"{}", &good));
        assert!(!verifies(key, "evt_1", "1700000001", b"{}", &good));
        assert!(!verifies(key, "evt_1", "1700000000", b"{ }", &good));
        assert!(!verifies(b"another key.....", "evt_1", "1700000000", b"{}", &good));
    }

    #[test]
    fn about_one_event_in_seven_is_failed_on_purpose() {
        let failed = (0..2000).filter(|i| mischief(&format!("evt_{i}")).is_some()).count();
        assert!((200..400).contains(&failed), "{failed}");
    }
}
