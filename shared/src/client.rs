//! A typed client for Paylera's REST API, used by the portal server, the portal's
//! WASM bundle and the API's own integration tests.
//!
//! It speaks only the public REST contract: the same calls a merchant makes.

use reqwest::{Method, RequestBuilder, StatusCode};
use serde::de::DeserializeOwned;

use crate::{
    ErrorEnvelope, List,
    customer::{CreateCustomerRequest, Customer, CustomerFilter},
    event::{Event, EventFilter},
    health::Health,
    ids::{CustomerId, EventId},
    list::ListParams,
};

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The API answered with its error envelope.
    #[error("{status}: {} ({})", .error.error.message, .error.error.code)]
    Api { status: u16, error: ErrorEnvelope },
    /// The API could not be reached, or answered something that is not Paylera JSON.
    #[error("transport error: {0}")]
    Transport(String),
}

impl ClientError {
    /// The envelope, when the API answered with one.
    pub fn envelope(&self) -> Option<&ErrorEnvelope> {
        match self {
            Self::Api { error, .. } => Some(error),
            Self::Transport(_) => None,
        }
    }

    /// The HTTP status, when the API answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api { status, .. } => Some(*status),
            Self::Transport(_) => None,
        }
    }
}

impl From<reqwest::Error> for ClientError {
    fn from(err: reqwest::Error) -> Self {
        Self::Transport(err.to_string())
    }
}

/// A client bound to one API base URL and, optionally, one bearer credential
/// (a merchant's `sk_…` key or a portal session's JWT).
#[derive(Debug, Clone)]
pub struct ApiClient {
    base: String,
    bearer: Option<String>,
    http: reqwest::Client,
}

impl ApiClient {
    /// A client for the API at `base` (e.g. `http://127.0.0.1:8080`).
    pub fn new(base: impl Into<String>) -> Self {
        let base = base.into().trim_end_matches('/').to_owned();
        Self {
            base,
            bearer: None,
            http: reqwest::Client::new(),
        }
    }

    /// The same client, authenticating with `token`.
    pub fn with_bearer(&self, token: impl Into<String>) -> Self {
        Self {
            bearer: Some(token.into()),
            ..self.clone()
        }
    }

    /// The base URL this client talks to.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// A request to `path` (which starts with `/`), with credentials attached.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let builder = self.http.request(method, format!("{}{path}", self.base));
        match &self.bearer {
            Some(token) => builder.bearer_auth(token),
            None => builder,
        }
    }

    /// `GET /healthz`: is the process up?
    pub async fn health(&self) -> Result<Health, ClientError> {
        self.report(self.request(Method::GET, "/healthz")).await
    }

    /// `GET /readyz`: can the API reach its database? (`503` still yields a report.)
    pub async fn readiness(&self) -> Result<Health, ClientError> {
        self.report(self.request(Method::GET, "/readyz")).await
    }

    /// `POST /v1/customers`.
    pub async fn create_customer(
        &self,
        params: &CreateCustomerRequest,
        idempotency_key: Option<&str>,
    ) -> Result<Customer, ClientError> {
        let mut req = self.request(Method::POST, "/v1/customers").json(params);
        if let Some(key) = idempotency_key {
            req = req.header("Idempotency-Key", key);
        }
        send(req).await
    }

    /// `GET /v1/customers/{id}`.
    pub async fn retrieve_customer(&self, id: &CustomerId) -> Result<Customer, ClientError> {
        send(self.request(Method::GET, &format!("/v1/customers/{id}"))).await
    }

    /// `GET /v1/customers`.
    pub async fn list_customers(
        &self,
        filter: &CustomerFilter,
        page: &ListParams,
    ) -> Result<List<Customer>, ClientError> {
        send(self.request(Method::GET, "/v1/customers").query(filter).query(page)).await
    }

    /// `GET /v1/events/{id}`.
    pub async fn retrieve_event(&self, id: &EventId) -> Result<Event, ClientError> {
        send(self.request(Method::GET, &format!("/v1/events/{id}"))).await
    }

    /// `GET /v1/events`.
    pub async fn list_events(&self, filter: &EventFilter, page: &ListParams) -> Result<List<Event>, ClientError> {
        send(self.request(Method::GET, "/v1/events").query(filter).query(page)).await
    }

    /// Health endpoints answer a [`Health`] body with `200` and `503` alike.
    async fn report(&self, req: RequestBuilder) -> Result<Health, ClientError> {
        let response = req.send().await?;
        if response.status() == StatusCode::SERVICE_UNAVAILABLE {
            return Ok(response.json().await?);
        }
        decode(response).await
    }
}

/// Sends a request and decodes a success body or the error envelope.
pub async fn send<T: DeserializeOwned>(req: RequestBuilder) -> Result<T, ClientError> {
    decode(req.send().await?).await
}

async fn decode<T: DeserializeOwned>(response: reqwest::Response) -> Result<T, ClientError> {
    let status = response.status();
    let bytes = response.bytes().await?;
    if status.is_success() {
        return serde_json::from_slice(&bytes)
            .map_err(|err| ClientError::Transport(format!("undecodable {status} body: {err}")));
    }
    match serde_json::from_slice::<ErrorEnvelope>(&bytes) {
        Ok(error) => Err(ClientError::Api {
            status: status.as_u16(),
            error,
        }),
        Err(_) => Err(ClientError::Transport(format!(
            "{status} without an error envelope: {}",
            String::from_utf8_lossy(&bytes).chars().take(200).collect::<String>()
        ))),
    }
}
