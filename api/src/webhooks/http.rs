//! The dispatcher's HTTP client: redirects are not followed, proxies are ignored,
//! every request times out, and every address a host name resolves to is checked
//! against the [`TargetPolicy`] before a connection is made (so a public name that
//! resolves to `127.0.0.1` or `169.254.169.254` is refused, not just a literal).
//! IP-literal URLs skip DNS, so [`send`] checks them itself.

use std::{
    net::{IpAddr, SocketAddr},
    time::{Duration, Instant},
};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

use crate::domain::webhook::{self, TargetPolicy};

/// Resolves names with the system resolver and refuses any that yields an
/// address the policy forbids (all or nothing: no falling back to the good ones).
#[derive(Debug, Clone, Copy)]
struct CheckedResolver {
    policy: TargetPolicy,
}

impl Resolve for CheckedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.policy;
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if let Some(bad) = addrs.iter().find(|a| !policy.allows(a.ip())) {
                return Err(Box::new(Refused(format!(
                    "{host} resolves to a {} address ({}), which webhooks may not target",
                    webhook::describe(webhook::classify(bad.ip())),
                    bad.ip()
                ))) as Box<dyn std::error::Error + Send + Sync>);
            }
            if addrs.is_empty() {
                return Err(Box::new(Refused(format!("{host} has no address"))) as _);
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// A target the policy refuses.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// The two clients: one for tenants that may target private addresses, one for
/// everyone else. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Clients {
    strict: reqwest::Client,
    relaxed: reqwest::Client,
}

impl Clients {
    /// Clients whose requests time out after `timeout` (connecting: at most 5 s of it).
    pub fn new(timeout: Duration) -> Result<Self, reqwest::Error> {
        Ok(Self {
            strict: client(
                TargetPolicy {
                    allow_private: false,
                    https_only: false,
                },
                timeout,
            )?,
            relaxed: client(
                TargetPolicy {
                    allow_private: true,
                    https_only: false,
                },
                timeout,
            )?,
        })
    }

    fn for_policy(&self, policy: TargetPolicy) -> &reqwest::Client {
        if policy.allow_private {
            &self.relaxed
        } else {
            &self.strict
        }
    }
}

fn client(policy: TargetPolicy, timeout: Duration) -> Result<reqwest::Client, reqwest::Error> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(5)))
        .dns_resolver(CheckedResolver { policy })
        .user_agent(concat!("Paylera-Webhooks/", env!("CARGO_PKG_VERSION")))
        .pool_idle_timeout(Duration::from_secs(30))
        .build()
}

/// One signed request, ready to send.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub url: &'a str,
    pub id: &'a str,
    pub timestamp: i64,
    pub signature: String,
    pub body: Vec<u8>,
}

/// What came back.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: Option<u16>,
    pub retry_after: Option<String>,
    /// The first bytes of the body (at most [`webhook::RESPONSE_EXCERPT_BYTES`]).
    pub body: Vec<u8>,
    /// Why there was no response.
    pub error: Option<String>,
    pub latency: Duration,
}

/// POSTs a signed webhook. Never fails: errors become a [`Response`] without status.
pub async fn send(clients: &Clients, policy: TargetPolicy, request: Request<'_>) -> Response {
    let started = Instant::now();
    let failed = |error: String| Response {
        status: None,
        retry_after: None,
        body: Vec::new(),
        error: Some(error),
        latency: started.elapsed(),
    };
    let url = match webhook::validate_url(request.url, policy) {
        Ok(url) => url,
        Err(message) => return failed(message),
    };
    if let Some(ip) = url
        .host_str()
        .and_then(|h| h.trim_matches(['[', ']']).parse::<IpAddr>().ok())
        && !policy.allows(ip)
    {
        return failed(format!("{ip} is not a permitted target"));
    }
    let sent = clients
        .for_policy(policy)
        .post(url)
        .header("content-type", "application/json")
        .header("webhook-id", request.id)
        .header("webhook-timestamp", request.timestamp.to_string())
        .header("webhook-signature", request.signature)
        .body(request.body)
        .send()
        .await;
    let mut response = match sent {
        Ok(response) => response,
        Err(err) => return failed(describe_error(&err)),
    };
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let mut body = Vec::new();
    // Read only what the log keeps; the rest is dropped with the connection.
    while body.len() < webhook::RESPONSE_EXCERPT_BYTES {
        match response.chunk().await {
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            Ok(None) | Err(_) => break,
        }
    }
    body.truncate(webhook::RESPONSE_EXCERPT_BYTES);
    Response {
        status: Some(status),
        retry_after,
        body,
        error: None,
        latency: started.elapsed(),
    }
}

/// A short reason for the log: timeout, connection refused, refused target, ….
fn describe_error(err: &reqwest::Error) -> String {
    if err.is_timeout() {
        return "timed out".to_owned();
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(cause) = source {
        if let Some(refused) = cause.downcast_ref::<Refused>() {
            return refused.0.clone();
        }
        source = cause.source();
    }
    if err.is_connect() {
        "could not connect".to_owned()
    } else {
        format!(
            "request failed: {}",
            std::error::Error::source(err).map_or_else(|| err.to_string(), ToString::to_string)
        )
    }
}
