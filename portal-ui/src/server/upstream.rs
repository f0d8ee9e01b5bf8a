//! The portal server's one connection to the Paylera API: a
//! [`paylera_shared::client::ApiClient`] (one connection pool, the shared contract's
//! types, its timeouts) for the pages' calls, the `/v1` proxy and the portal session's
//! own calls, which this module turns into the portal's outcomes:
//!
//! | call                                   | credential             | success                                   |
//! |----------------------------------------|------------------------|-------------------------------------------|
//! | [`Upstream::exchange`] `POST /v1/portal/sessions/exchange` | none (the link secret is the body) | `200 {token, token_expires_at, session}` |
//! | [`Upstream::refresh`] `POST /v1/portal/sessions/refresh`   | `Bearer <portal JWT>`  | `200 {token, token_expires_at}`           |
//! | [`Upstream::complete`] `POST /v1/portal/sessions/complete` | `Bearer <portal JWT>`  | `200 {return_url}`                        |
//! | [`Upstream::portal_session`] `GET /v1/portal/session`      | `Bearer <portal JWT>`  | `200` the portal session                  |
//!
//! Every client handed out ([`Upstream::client`], [`Upstream::for_customer`]) sends the
//! request id and the trace of the browser's request in progress (see `correlation`),
//! and every call is counted in `upstream_requests_total` and timed in
//! `upstream_request_duration_seconds` (see `metrics`). Nothing here logs a secret or a
//! token: failures are logged by the callers with the status and `error.code` only.
//! `https://` API URLs work (rustls).

use http::{HeaderMap, HeaderName, HeaderValue, header};

use paylera_shared::{
    ErrorEnvelope,
    client::{ApiClient, ClientError},
    portal::PortalSession,
};

use super::{cookies::ReturnCookie, correlation, metrics, settings::ServiceKey};
use crate::session::{Module, Overview};

/// The API client and what the portal shows the API with a customer's address; cheap
/// to clone.
#[derive(Debug, Clone)]
pub struct Upstream {
    api: ApiClient,
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
    /// Where "Return to {business}" leads and how the merchant is named and shown: kept
    /// in a cookie for the page that says the session has ended.
    pub return_to: Option<ReturnCookie>,
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

/// Why a call acting for the customer's session did not succeed.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionCallError {
    /// `401`: the token is invalid or the session has ended. The API's answer, to pass on.
    Unauthorized(ErrorEnvelope),
    /// Anything else: the API failed, could not be reached or answered nonsense.
    Failed(String),
}

impl From<ClientError> for ExchangeError {
    fn from(err: ClientError) -> Self {
        match (err.status(), &err) {
            (Some(429), ClientError::Api { retry_after, .. }) => Self::RateLimited {
                retry_after: *retry_after,
            },
            (Some(429), _) => Self::RateLimited { retry_after: None },
            // Any other 4xx, with the envelope or without (an older API's bare `410`).
            (Some(400..=499), _) => Self::Invalid,
            _ => Self::Unavailable(err.to_string()),
        }
    }
}

impl From<ClientError> for SessionCallError {
    fn from(err: ClientError) -> Self {
        match err {
            ClientError::Api { status: 401, error, .. } => Self::Unauthorized(error),
            other => Self::Failed(other.to_string()),
        }
    }
}

impl From<&PortalSession> for Overview {
    fn from(session: &PortalSession) -> Self {
        Self {
            customer_id: session.customer_id.to_string(),
            locale: session.locale,
            modules: Module::enabled_by(&session.configuration.settings),
            config: session.configuration.clone(),
            flow: session.flow.clone(),
            expires_at: session.session_expires_at.map(|at| at.timestamp()),
            customer_name: session.customer_name.clone(),
            customer_email: session.customer_email.clone(),
        }
    }
}

impl Upstream {
    /// A connection to the API at `api_url`, showing `service_key` to the API when it
    /// passes on a customer's address (`None`: it passes none on).
    pub fn new(api_url: &str, service_key: Option<ServiceKey>) -> Self {
        Self {
            api: ApiClient::new(api_url).with_observer(metrics::upstream_call),
            service_key,
        }
    }

    /// The client for the request in progress: its request id and trace go with every
    /// call, and no credential.
    pub fn client(&self) -> ApiClient {
        self.api.with_headers(correlation::current_upstream_headers())
    }

    /// The client for the request in progress, acting for the customer whose portal
    /// token is `token`.
    pub fn for_customer(&self, token: &str) -> ApiClient {
        self.client().with_bearer(token)
    }

    /// Trades a link secret for a portal token. `browser` are the headers of the
    /// browser's request: its `Accept-Language` goes with the exchange (the API resolves
    /// a session's `auto` locale with it); `client_ip` the customer's address
    /// (see `client_ip`), sent as [`CLIENT_IP_HEADER`] together with the service key
    /// ([`SERVICE_KEY_HEADER`]) — or not at all without a service key, since the API
    /// believes the address only with the key.
    pub async fn exchange(
        &self,
        secret: &str,
        browser: &HeaderMap,
        client_ip: Option<std::net::IpAddr>,
    ) -> Result<Exchanged, ExchangeError> {
        let mut extra = HeaderMap::new();
        // The API rate-limits exchanges per customer address, not per portal server.
        if let (Some(ip), Some(key)) = (client_ip, &self.service_key)
            && let (Ok(ip), Ok(mut key)) = (
                HeaderValue::from_str(&ip.to_string()),
                HeaderValue::from_str(key.expose()),
            )
        {
            // Kept out of any debug output of the request.
            key.set_sensitive(true);
            extra.insert(HeaderName::from_static(CLIENT_IP_HEADER), ip);
            extra.insert(HeaderName::from_static(SERVICE_KEY_HEADER), key);
        }
        // The customer's languages: an `auto` session is resolved with them.
        let accept_language = browser
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok());
        match self
            .client()
            .with_headers(extra)
            .exchange_portal_link(secret, accept_language)
            .await
        {
            Ok(token) => {
                let (session_id, return_to) = token.session.map_or((None, None), |session| {
                    let settings = session.configuration.settings;
                    let logo = settings.logo_src();
                    let kept = ReturnCookie {
                        url: session.return_url,
                        business: settings.business_name,
                        logo,
                    };
                    (Some(session.id), Some(kept))
                });
                Ok(Exchanged {
                    token: token.token,
                    session_id,
                    return_to,
                })
            }
            Err(err) => Err(ExchangeError::from(err)),
        }
    }

    /// Trades a live session's token for a new one.
    pub async fn refresh(&self, token: &str) -> Result<String, SessionCallError> {
        Ok(self.for_customer(token).refresh_portal_session().await?.token)
    }

    /// Ends the session ("Return to merchant"); gives the URL to send the customer to.
    pub async fn complete(&self, token: &str) -> Result<String, SessionCallError> {
        Ok(self.for_customer(token).complete_portal_session().await?.return_url)
    }

    /// The customer's portal session, with whose account it is (the customer's name and
    /// email, which every signed-in page names). When the session does not carry them,
    /// the customer is fetched too (`GET /v1/customers/{id}`); if that fails the page
    /// names no one but still renders.
    pub async fn portal_session(&self, token: &str) -> Result<PortalSession, SessionCallError> {
        let api = self.for_customer(token);
        let mut session = api.current_portal_session().await?;
        if session.customer_name.is_none() && session.customer_email.is_none() {
            match api
                .retrieve_customer(&session.customer_id)
                .await
                .map_err(SessionCallError::from)
            {
                Ok(customer) => {
                    session.customer_name = customer.name;
                    session.customer_email = customer.email;
                }
                Err(SessionCallError::Unauthorized(error)) => return Err(SessionCallError::Unauthorized(error)),
                Err(SessionCallError::Failed(reason)) => {
                    tracing::warn!(%reason, "fetching the customer failed; the page names no account");
                }
            }
        }
        Ok(session)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exchange_failure_is_read_from_the_status_with_or_without_the_envelope() {
        let envelope = |code: &str| -> ErrorEnvelope {
            serde_json::from_value(serde_json::json!({
                "error": {"type": "invalid_request_error", "code": code, "message": "m", "param": null}
            }))
            .expect("an envelope")
        };
        let bare = |status| ClientError::Status {
            status,
            detail: String::new(),
        };
        let throttled = ClientError::Api {
            status: 429,
            error: envelope("rate_limited"),
            retry_after: Some(30),
        };
        assert_eq!(
            ExchangeError::from(throttled),
            ExchangeError::RateLimited { retry_after: Some(30) }
        );
        assert_eq!(
            ExchangeError::from(bare(429)),
            ExchangeError::RateLimited { retry_after: None }
        );
        let invalid = ClientError::Api {
            status: 404,
            error: envelope("portal_link_invalid"),
            retry_after: None,
        };
        assert_eq!(ExchangeError::from(invalid), ExchangeError::Invalid);
        assert_eq!(ExchangeError::from(bare(410)), ExchangeError::Invalid);
        assert!(matches!(ExchangeError::from(bare(502)), ExchangeError::Unavailable(_)));
        assert!(matches!(
            ExchangeError::from(ClientError::Transport("refused".into())),
            ExchangeError::Unavailable(_)
        ));
    }

    /// A loopback port nothing listens on (bound, then released).
    fn closed_port() -> u16 {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    }

    #[tokio::test]
    async fn an_https_api_url_builds_a_client_whose_calls_fail_to_connect_without_a_panic() {
        let api = format!("https://127.0.0.1:{}", closed_port());
        let upstream = Upstream::new(&api, None);

        let client = upstream.client();
        let err = client
            .execute(client.request(http::Method::GET, "/readyz"))
            .await
            .expect_err("nothing listens there");
        assert!(err.is_connect(), "{err:?}");

        let exchanged = upstream.exchange("secret", &HeaderMap::new(), None).await;
        assert!(matches!(exchanged, Err(ExchangeError::Unavailable(_))), "{exchanged:?}");

        let typed = client.readiness().await;
        assert!(matches!(typed, Err(ClientError::Transport(_))), "{typed:?}");
    }
}
