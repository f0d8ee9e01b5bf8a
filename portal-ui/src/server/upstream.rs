//! The portal server's HTTP connection to the Paylera API: one `reqwest` client (one
//! connection pool) shared by the `/v1` proxy and the four portal-session calls.
//!
//! | call                                   | credential             | success                                   |
//! |----------------------------------------|------------------------|-------------------------------------------|
//! | [`Upstream::exchange`] `POST /v1/portal/sessions/exchange` | none (the link secret is the body) | `200 {token, token_expires_at, session}` |
//! | [`Upstream::refresh`] `POST /v1/portal/sessions/refresh`   | `Bearer <portal JWT>`  | `200 {token, token_expires_at}`           |
//! | [`Upstream::complete`] `POST /v1/portal/sessions/complete` | `Bearer <portal JWT>`  | `200 {return_url}`                        |
//! | [`Upstream::portal_session`] `GET /v1/portal/session`      | `Bearer <portal JWT>`  | `200` the portal session                  |
//!
//! Responses are read with small local types that take only the fields the portal uses,
//! so the API can add fields freely. Nothing here logs a secret or a token: failures
//! are logged by the callers with the status and `error.code` only.
//!
//! Every request built here ([`Upstream::request`]) carries the request id and the
//! trace of the browser's request in progress (see `correlation`), and every one sent
//! through [`Upstream::send`] is counted in `upstream_requests_total` and timed in
//! `upstream_request_duration_seconds` (see `metrics`). `https://` API URLs work (rustls).

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use serde::Deserialize;
use serde_json::json;

use paylera_shared::{locale::Locale, trace::REQUEST_ID_HEADER};

use super::{PortalError, correlation, metrics, settings::ServiceKey};
use crate::session::{Flow, Module, Overview, PortalConfigurationView};

/// How long the portal waits for the API to accept a connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long the portal waits for the API's whole answer.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Request headers of the browser that an exchange passes on: `Accept-Language` is what
/// the API resolves a session's `auto` locale with. (The request id goes with every
/// request, see [`Upstream::request`].)
const EXCHANGE_HEADERS: [HeaderName; 1] = [header::ACCEPT_LANGUAGE];

/// The HTTP client and the API's base URL; cheap to clone.
#[derive(Debug, Clone)]
pub struct Upstream {
    http: reqwest::Client,
    base: Arc<str>,
    /// Shown to the API with the customer's address on an exchange (see [`Upstream::exchange`]).
    service_key: Option<ServiceKey>,
}

/// The header that carries the customer's address to the API on an exchange.
pub const CLIENT_IP_HEADER: &str = "paylera-client-ip";

/// The header that carries the portal's service key with it.
pub const SERVICE_KEY_HEADER: &str = "paylera-service-key";

/// A link secret exchanged for a portal token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchanged {
    /// The portal JWT.
    pub token: String,
    /// The session's id (`ps_…`), for logs; not a secret.
    pub session_id: Option<String>,
    /// Where "Return to {merchant}" leads: kept in a cookie for the page that says the
    /// session has ended.
    pub return_url: Option<String>,
}

/// Why an exchange did not give a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExchangeError {
    /// `404 portal_link_invalid`: unknown, used, expired or revoked — the API does not
    /// say which, and neither does the portal. Also any other `4xx` the portal has no
    /// page for (an older API's `410`, whose `return_url` is not used).
    Invalid,
    /// `429`: too many exchanges; `Retry-After` in seconds when the API sent it.
    RateLimited { retry_after: Option<u64> },
    /// The API failed or could not be reached (the reason is for the log).
    Unavailable(String),
}

/// Why a refresh or a completion did not succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionCallError {
    /// `401`: the token is invalid or the session has ended. The API's answer, to pass on.
    Unauthorized(UpstreamAnswer),
    /// Anything else: the API failed, could not be reached or answered nonsense.
    Failed(String),
}

/// An API response kept whole (status, `Content-Type`, body), to be passed on as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpstreamAnswer {
    pub status: StatusCode,
    pub content_type: Option<HeaderValue>,
    pub body: Bytes,
}

#[derive(Deserialize)]
struct TokenBody {
    token: String,
    #[serde(default)]
    session: Option<SessionBody>,
}

#[derive(Deserialize)]
struct SessionBody {
    id: String,
    #[serde(default)]
    return_url: Option<String>,
}

#[derive(Deserialize)]
struct CompletedBody {
    return_url: String,
}

#[derive(Deserialize)]
struct PortalSessionBody {
    customer_id: String,
    locale: Locale,
    configuration: PortalConfigurationView,
    #[serde(default)]
    flow: Option<Flow>,
    #[serde(default)]
    session_expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whose account it is: `Some(None)` when the API says "none recorded", `None` when
    /// it does not say (an API that does not send them: the customer is fetched).
    #[serde(default, deserialize_with = "sent")]
    customer_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "sent")]
    customer_email: Option<Option<String>>,
}

/// A field that may be absent (`None`), `null` (`Some(None)`) or a text.
fn sent<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

/// The fields of `GET /v1/customers/{id}` the header shows.
#[derive(Deserialize)]
struct CustomerBody {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    email: Option<String>,
}

impl From<PortalSessionBody> for Overview {
    fn from(session: PortalSessionBody) -> Self {
        Self {
            customer_id: session.customer_id,
            locale: session.locale,
            modules: Module::enabled_by(&session.configuration.settings),
            config: session.configuration,
            flow: session.flow,
            expires_at: session.session_expires_at.map(|at| at.timestamp()),
            customer_name: session.customer_name.flatten(),
            customer_email: session.customer_email.flatten(),
        }
    }
}

impl Upstream {
    /// A connection to the API at `api_url` (no trailing `/`).
    pub fn new(api_url: &str) -> Result<Self, PortalError> {
        let http = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            // A redirect is the API's answer to the browser, not something to follow here.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|err| PortalError::Config {
                var: "PAYLERA_API_URL",
                reason: format!("cannot build the HTTP client for the API: {err}"),
            })?;
        Ok(Self {
            http,
            base: api_url.trim_end_matches('/').into(),
            service_key: None,
        })
    }

    /// The same connection, showing `key` to the API when it passes on a customer's
    /// address (`None`: it passes none on).
    #[must_use]
    pub fn with_service_key(mut self, key: Option<ServiceKey>) -> Self {
        self.service_key = key;
        self
    }

    /// A request to `path_and_query` (which starts with `/`) on the API, with the
    /// request id and trace of the request in progress.
    pub fn request(&self, method: Method, path_and_query: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path_and_query}", self.base))
            .headers(correlation::current_upstream_headers())
    }

    /// Sends `request` (built by [`Upstream::request`]), counting and timing it.
    pub async fn send(&self, request: reqwest::RequestBuilder) -> Result<reqwest::Response, reqwest::Error> {
        let started = Instant::now();
        let answer = request.send().await;
        metrics::upstream_call(answer.as_ref().ok().map(reqwest::Response::status), started.elapsed());
        answer
    }

    /// Trades a link secret for a portal token. `browser` are the headers of the
    /// browser's request (see [`EXCHANGE_HEADERS`]); `client_ip` the customer's address
    /// (see `client_ip`), sent as [`CLIENT_IP_HEADER`] together with the service key
    /// ([`SERVICE_KEY_HEADER`]) — or not at all without a service key, since the API
    /// believes the address only with the key.
    pub async fn exchange(
        &self,
        secret: &str,
        browser: &HeaderMap,
        client_ip: Option<std::net::IpAddr>,
    ) -> Result<Exchanged, ExchangeError> {
        let mut request = self
            .request(Method::POST, "/v1/portal/sessions/exchange")
            .json(&json!({ "secret": secret }));
        // The API rate-limits exchanges per customer address, not per portal server.
        if let (Some(ip), Some(key)) = (client_ip, &self.service_key)
            && let Ok(mut key) = HeaderValue::from_str(key.expose())
        {
            // Kept out of any debug output of the request.
            key.set_sensitive(true);
            request = request
                .header(CLIENT_IP_HEADER, ip.to_string())
                .header(SERVICE_KEY_HEADER, key);
        }
        for name in &EXCHANGE_HEADERS {
            if let Some(value) = browser.get(name) {
                request = request.header(name, value);
            }
        }
        let answer = self
            .send(request)
            .await
            .map_err(|err| ExchangeError::Unavailable(format!("API unreachable: {err}")))?;
        let status = answer.status();
        let retry_after = answer
            .headers()
            .get(header::RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.trim().parse().ok());
        let body = answer
            .bytes()
            .await
            .map_err(|err| ExchangeError::Unavailable(format!("API answer broken off: {err}")))?;
        match status {
            StatusCode::OK => {
                let parsed: TokenBody = serde_json::from_slice(&body)
                    .map_err(|err| ExchangeError::Unavailable(format!("unreadable exchange answer: {err}")))?;
                let (session_id, return_url) = parsed
                    .session
                    .map_or((None, None), |session| (Some(session.id), session.return_url));
                Ok(Exchanged {
                    token: parsed.token,
                    session_id,
                    return_url,
                })
            }
            StatusCode::TOO_MANY_REQUESTS => Err(ExchangeError::RateLimited { retry_after }),
            status if status.is_client_error() => Err(ExchangeError::Invalid),
            status => Err(ExchangeError::Unavailable(format!("exchange answered {status}"))),
        }
    }

    /// Trades a live session's token for a new one.
    pub async fn refresh(&self, token: &str, request_id: Option<&HeaderValue>) -> Result<String, SessionCallError> {
        let body = self
            .session_call("/v1/portal/sessions/refresh", token, request_id)
            .await?;
        serde_json::from_slice::<TokenBody>(&body)
            .map(|parsed| parsed.token)
            .map_err(|err| SessionCallError::Failed(format!("unreadable refresh answer: {err}")))
    }

    /// Ends the session ("Return to merchant"); gives the URL to send the customer to.
    pub async fn complete(&self, token: &str, request_id: Option<&HeaderValue>) -> Result<String, SessionCallError> {
        let body = self
            .session_call("/v1/portal/sessions/complete", token, request_id)
            .await?;
        serde_json::from_slice::<CompletedBody>(&body)
            .map(|parsed| parsed.return_url)
            .map_err(|err| SessionCallError::Failed(format!("unreadable complete answer: {err}")))
    }

    /// The customer's portal session, as the overview shows it, with whose account it
    /// is (the customer's name and email, which every signed-in page names). When the
    /// session does not carry them, the customer is fetched too (`GET
    /// /v1/customers/{id}`); if that fails the page names no one but still renders.
    pub async fn portal_session(
        &self,
        token: &str,
        request_id: Option<&HeaderValue>,
    ) -> Result<Overview, SessionCallError> {
        let body = self
            .session_call_with(Method::GET, "/v1/portal/session", token, request_id)
            .await?;
        let session = serde_json::from_slice::<PortalSessionBody>(&body)
            .map_err(|err| SessionCallError::Failed(format!("unreadable portal session: {err}")))?;
        let named = session.customer_name.is_some() || session.customer_email.is_some();
        let mut overview = Overview::from(session);
        if !named && crate::server::proxy_allow::is_id(&overview.customer_id) {
            let path = format!("/v1/customers/{}", overview.customer_id);
            match self.session_call_with(Method::GET, &path, token, request_id).await {
                Ok(body) => match serde_json::from_slice::<CustomerBody>(&body) {
                    Ok(customer) => {
                        overview.customer_name = customer.name;
                        overview.customer_email = customer.email;
                    }
                    Err(err) => tracing::warn!(error = %err, "unreadable customer; the page names no account"),
                },
                Err(SessionCallError::Unauthorized(answer)) => return Err(SessionCallError::Unauthorized(answer)),
                Err(SessionCallError::Failed(reason)) => {
                    tracing::warn!(%reason, "fetching the customer failed; the page names no account");
                }
            }
        }
        Ok(overview)
    }

    /// `POST path` with the token as bearer and no body; the body of a `200`.
    async fn session_call(
        &self,
        path: &str,
        token: &str,
        request_id: Option<&HeaderValue>,
    ) -> Result<Bytes, SessionCallError> {
        self.session_call_with(Method::POST, path, token, request_id).await
    }

    /// `method path` with the token as bearer and no body; the body of a `200`.
    async fn session_call_with(
        &self,
        method: Method,
        path: &str,
        token: &str,
        request_id: Option<&HeaderValue>,
    ) -> Result<Bytes, SessionCallError> {
        let mut request = self.request(method, path).bearer_auth(token);
        if let Some(id) = request_id {
            // In place of the request in progress's (normally the same id).
            let mut headers = HeaderMap::new();
            headers.insert(REQUEST_ID_HEADER, id.clone());
            request = request.headers(headers);
        }
        let answer = self
            .send(request)
            .await
            .map_err(|err| SessionCallError::Failed(format!("API unreachable: {err}")))?;
        let status = answer.status();
        let content_type = answer.headers().get(header::CONTENT_TYPE).cloned();
        let body = answer
            .bytes()
            .await
            .map_err(|err| SessionCallError::Failed(format!("API answer broken off: {err}")))?;
        match status {
            StatusCode::OK => Ok(body),
            StatusCode::UNAUTHORIZED => Err(SessionCallError::Unauthorized(UpstreamAnswer {
                status,
                content_type,
                body,
            })),
            status => Err(SessionCallError::Failed(format!("{path} answered {status}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A loopback port nothing listens on (bound, then released).
    fn closed_port() -> u16 {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    }

    #[tokio::test]
    async fn an_https_api_url_builds_a_client_whose_calls_fail_to_connect_without_a_panic() {
        let api = format!("https://127.0.0.1:{}", closed_port());
        let upstream = Upstream::new(&api).expect("an https client builds");

        let err = upstream
            .send(upstream.request(Method::GET, "/readyz"))
            .await
            .expect_err("nothing listens there");
        assert!(err.is_connect(), "{err:?}");

        let exchanged = upstream.exchange("secret", &HeaderMap::new(), None).await;
        assert!(matches!(exchanged, Err(ExchangeError::Unavailable(_))), "{exchanged:?}");

        // The pages' typed client (`paylera_shared::client`) shares the TLS stack.
        let typed = paylera_shared::client::ApiClient::new(api).readiness().await;
        assert!(
            matches!(typed, Err(paylera_shared::client::ClientError::Transport(_))),
            "{typed:?}"
        );
    }
}
