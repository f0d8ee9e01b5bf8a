//! The REST API as a careful client sees it while instances die: every write
//! carries an idempotency key and is sent again with the same key until it gets an
//! answer that is not a failure of the infrastructure.

use std::{
    collections::BTreeMap,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use reqwest::{Method, StatusCode};
use serde_json::Value;

/// How long one write is retried before the client gives up on it.
const PATIENCE: Duration = Duration::from_secs(90);

/// A client of the API's balancer.
#[derive(Debug, Clone)]
pub struct Api {
    base: String,
    key: String,
    http: reqwest::Client,
    /// Every HTTP request sent, retries included.
    pub sent: Arc<AtomicU64>,
    /// Requests that failed in the infrastructure (no answer, 5xx, 409 in flight) and
    /// were sent again.
    pub retried: Arc<AtomicU64>,
    /// Why, by status and error code (`transport` when nothing came back).
    pub retry_reasons: Arc<Mutex<BTreeMap<String, u64>>>,
}

/// How a write ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// `2xx`: the write is acknowledged; the body is the object.
    Acked(Value),
    /// A `4xx` that is the answer (e.g. a used link): not retried.
    Refused(u16, Value),
    /// Never answered within [`PATIENCE`].
    GaveUp,
}

/// Who makes a request.
#[derive(Debug, Clone, Copy)]
pub enum As<'a> {
    Merchant,
    /// A portal session's customer, with its token.
    Customer(&'a str),
}

impl Api {
    pub fn new(base: &str, key: &str) -> Result<Self, String> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(2))
            .timeout(Duration::from_secs(15))
            .build()
            .map_err(|e| format!("HTTP client: {e}"))?;
        Ok(Self {
            base: base.to_owned(),
            key: key.to_owned(),
            http,
            sent: Arc::default(),
            retried: Arc::default(),
            retry_reasons: Arc::default(),
        })
    }

    fn request(&self, method: Method, path: &str, who: As<'_>) -> reqwest::RequestBuilder {
        let token = match who {
            As::Merchant => self.key.as_str(),
            As::Customer(token) => token,
        };
        self.http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(token)
    }

    /// `POST path` with `body` and `Idempotency-Key: key`, sent again with the same
    /// key until answered.
    pub async fn write(&self, path: &str, body: &Value, key: &str, who: As<'_>) -> Outcome {
        let started = Instant::now();
        let mut pause = Duration::from_millis(50);
        loop {
            self.sent.fetch_add(1, Ordering::Relaxed);
            let sent = self
                .request(Method::POST, path, who)
                .header("idempotency-key", key)
                .json(body)
                .send()
                .await;
            let reason = match sent {
                Ok(response) if response.status().is_success() => {
                    if let Ok(value) = response.json::<Value>().await {
                        return Outcome::Acked(value);
                    }
                    "body cut short".to_owned()
                }
                Ok(response) if !retryable(response.status()) => {
                    let status = response.status().as_u16();
                    let value = response.json::<Value>().await.unwrap_or(Value::Null);
                    return Outcome::Refused(status, value);
                }
                Ok(response) => {
                    let status = response.status().as_u16();
                    let value = response.json::<Value>().await.unwrap_or(Value::Null);
                    format!("{status} {}", value["error"]["code"].as_str().unwrap_or("-"))
                }
                Err(error) if error.is_timeout() => "timeout".to_owned(),
                Err(_) => "no connection".to_owned(),
            };
            *self
                .retry_reasons
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(reason)
                .or_default() += 1;
            if started.elapsed() > PATIENCE {
                return Outcome::GaveUp;
            }
            self.retried.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_secs(1));
        }
    }

    /// `GET path` as the merchant, retried through infrastructure failures. `None`
    /// when it never got an answer.
    pub async fn get(&self, path: &str) -> Option<(u16, Value)> {
        let started = Instant::now();
        loop {
            self.sent.fetch_add(1, Ordering::Relaxed);
            if let Ok(response) = self.request(Method::GET, path, As::Merchant).send().await
                && !retryable(response.status())
            {
                let status = response.status().as_u16();
                if let Ok(value) = response.json::<Value>().await {
                    return Some((status, value));
                }
            }
            if started.elapsed() > PATIENCE {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Waits until `/readyz` through the balancer answers 200 ten times in a row.
    pub async fn wait_ready(&self, limit: Duration) -> Result<(), String> {
        let started = Instant::now();
        let mut in_a_row = 0;
        while in_a_row < 10 {
            let ok = self
                .http
                .get(format!("{}/readyz", self.base))
                .send()
                .await
                .is_ok_and(|r| r.status() == StatusCode::OK);
            in_a_row = if ok { in_a_row + 1 } else { 0 };
            if started.elapsed() > limit {
                return Err(format!("the API was not ready again within {} s", limit.as_secs()));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }
}

/// Whether an answer is the infrastructure failing (sent again) rather than the API
/// answering: 5xx (a dead instance behind the balancer, a database restarting), 409
/// (the same key still in flight on an instance that may have died), 429.
fn retryable(status: StatusCode) -> bool {
    status.is_server_error() || status == StatusCode::CONFLICT || status == StatusCode::TOO_MANY_REQUESTS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn infrastructure_failures_are_retried_and_answers_are_not() {
        for status in [500, 502, 503, 504, 409, 429] {
            assert!(retryable(StatusCode::from_u16(status).expect("status")), "{status}");
        }
        for status in [200, 400, 401, 403, 404, 402] {
            assert!(!retryable(StatusCode::from_u16(status).expect("status")), "{status}");
        }
    }
}
