//! A typed client for Paylera's REST API, used by the portal server, the portal's
//! WASM bundle and the API's own integration tests.
//!
//! It speaks only the public REST contract: the same calls a merchant makes. On the
//! server (not on wasm32, where the browser's `fetch` decides) every request has a
//! connect timeout ([`CONNECT_TIMEOUT`]) and a whole-answer timeout
//! ([`REQUEST_TIMEOUT`]), and redirects are answers, never followed.
//!
//! The portal server uses this one client for everything it asks the API: the pages'
//! calls, the `/v1` proxy ([`ApiClient::execute`]) and the portal session's own calls
//! (exchange, refresh, complete). What every request carries (the request id and trace)
//! is set once with [`ApiClient::with_headers`]; what every answer is counted in is set
//! once with [`ApiClient::with_observer`].

use std::sync::Arc;
#[cfg(not(target_arch = "wasm32"))]
use std::time::{Duration, Instant};

use reqwest::{Method, RequestBuilder, StatusCode};
use serde::de::DeserializeOwned;

use serde::Serialize;

use crate::{
    ErrorEnvelope, List,
    catalog::{
        CreatePriceRequest, CreateProductRequest, Price, PriceFilter, Product, ProductFilter, UpdatePriceRequest,
        UpdateProductRequest,
    },
    customer::{CreateCustomerRequest, Customer, CustomerFilter, DeletedObject, UpdateCustomerRequest},
    event::{Event, EventFilter},
    health::Health,
    ids::{CustomerId, EventId, InvoiceId, PaymentMethodId, PriceId, ProductId, SubscriptionId, TaxIdId},
    invoice::{Invoice, InvoiceFilter, PayInvoiceRequest, UpcomingInvoice, UpcomingInvoiceQuery},
    list::ListParams,
    locale::Locale,
    payment_method::{
        AttachPaymentMethodRequest, AuthenticatePaymentMethodRequest, CreatePaymentMethodRequest, PaymentMethod,
    },
    portal::{
        CompletedSession, ExchangeRequest, PortalSession, PortalToken, PresenceRequest, PresenceState,
        UpdatePortalSessionRequest,
    },
    tax_id::{CreateTaxIdRequest, TaxId, TaxIdType},
};

mod dashboard;
mod error;
mod operations;
mod subscriptions;
pub use error::ClientError;

/// How long a server-side client waits for the API to accept a connection.
#[cfg(not(target_arch = "wasm32"))]
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a server-side client waits for the API's whole answer.
#[cfg(not(target_arch = "wasm32"))]
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Told of every request a client sends ([`ApiClient::execute`]): the answer's status
/// (`None` when there was no answer) and how long it took. The portal server counts
/// and times its API calls with one.
#[cfg(not(target_arch = "wasm32"))]
pub type Observer = fn(Option<StatusCode>, Duration);

/// A client bound to one API base URL and, optionally, one bearer credential
/// (a merchant's `sk_…` key or a portal session's JWT). Cheap to clone: clones share
/// one connection pool.
#[derive(Debug, Clone)]
pub struct ApiClient {
    base: Arc<str>,
    bearer: Option<String>,
    /// Sent with every request (e.g. the portal's request id and `traceparent`).
    headers: reqwest::header::HeaderMap,
    http: reqwest::Client,
    #[cfg(not(target_arch = "wasm32"))]
    observer: Option<Observer>,
}

impl ApiClient {
    /// A client for the API at `base` (e.g. `http://127.0.0.1:8080`), with the timeouts
    /// of the module docs on the server.
    pub fn new(base: impl Into<String>) -> Self {
        let base = base.into();
        Self {
            base: base.trim_end_matches('/').into(),
            bearer: None,
            headers: reqwest::header::HeaderMap::from_iter([(
                reqwest::header::HeaderName::from_static(crate::version::ApiVersion::HEADER),
                reqwest::header::HeaderValue::from_static(crate::version::ApiVersion::CURRENT.as_str()),
            )]),
            http: http_client(),
            #[cfg(not(target_arch = "wasm32"))]
            observer: None,
        }
    }

    /// The same client, telling `observer` of every request it sends.
    #[cfg(not(target_arch = "wasm32"))]
    #[must_use]
    pub fn with_observer(mut self, observer: Observer) -> Self {
        self.observer = Some(observer);
        self
    }

    /// The same client, sending `headers` with every request too (replacing earlier
    /// values of the same names).
    pub fn with_headers(&self, headers: reqwest::header::HeaderMap) -> Self {
        let mut client = self.clone();
        client.headers.extend(headers);
        client
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

    /// Sends `request` (built by [`ApiClient::request`]) as it is, telling the observer:
    /// for a caller that passes the answer on whole (the portal's `/v1` proxy).
    #[cfg(not(target_arch = "wasm32"))]
    pub async fn execute(&self, request: RequestBuilder) -> Result<reqwest::Response, reqwest::Error> {
        let started = Instant::now();
        let answer = request.send().await;
        if let Some(observe) = self.observer {
            observe(answer.as_ref().ok().map(reqwest::Response::status), started.elapsed());
        }
        answer
    }

    /// Sends `request` (built by [`ApiClient::request`]) as it is.
    #[cfg(target_arch = "wasm32")]
    pub async fn execute(&self, request: RequestBuilder) -> Result<reqwest::Response, reqwest::Error> {
        request.send().await
    }

    /// Sends `request` and decodes a success body or the error envelope.
    async fn call<T: DeserializeOwned>(&self, request: RequestBuilder) -> Result<T, ClientError> {
        decode(self.execute(request).await?).await
    }

    /// A request to `path` (which starts with `/`), with credentials attached.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let builder = self
            .http
            .request(method, format!("{}{path}", self.base))
            .headers(self.headers.clone());
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

    /// `POST {path}` with a JSON body and, optionally, an `Idempotency-Key`.
    pub async fn post<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        idempotency_key: Option<&str>,
    ) -> Result<T, ClientError> {
        let mut req = self.request(Method::POST, path).json(body);
        if let Some(key) = idempotency_key {
            req = req.header("Idempotency-Key", key);
        }
        self.call(req).await
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ClientError> {
        self.call(self.request(Method::GET, path)).await
    }

    async fn delete<T: DeserializeOwned>(&self, path: &str) -> Result<T, ClientError> {
        self.call(self.request(Method::DELETE, path)).await
    }

    /// `POST /v1/customers`.
    pub async fn create_customer(
        &self,
        params: &CreateCustomerRequest,
        idempotency_key: Option<&str>,
    ) -> Result<Customer, ClientError> {
        self.post("/v1/customers", params, idempotency_key).await
    }

    /// `POST /v1/customers/{id}`.
    pub async fn update_customer(
        &self,
        id: &CustomerId,
        params: &UpdateCustomerRequest,
    ) -> Result<Customer, ClientError> {
        self.post(&format!("/v1/customers/{id}"), params, None).await
    }

    /// `DELETE /v1/customers/{id}`.
    pub async fn delete_customer(&self, id: &CustomerId) -> Result<DeletedObject, ClientError> {
        self.delete(&format!("/v1/customers/{id}")).await
    }

    /// `POST /v1/customers/{id}/tax_ids`.
    pub async fn create_tax_id(
        &self,
        customer: &CustomerId,
        params: &CreateTaxIdRequest,
    ) -> Result<TaxId, ClientError> {
        self.post(&format!("/v1/customers/{customer}/tax_ids"), params, None)
            .await
    }

    /// `GET /v1/customers/{id}/tax_ids`.
    pub async fn list_tax_ids(&self, customer: &CustomerId, page: &ListParams) -> Result<List<TaxId>, ClientError> {
        send(
            self.request(Method::GET, &format!("/v1/customers/{customer}/tax_ids"))
                .query(page),
        )
        .await
    }

    /// `GET /v1/customers/{id}/tax_ids/{tax_id}`.
    pub async fn retrieve_tax_id(&self, customer: &CustomerId, id: &TaxIdId) -> Result<TaxId, ClientError> {
        self.get(&format!("/v1/customers/{customer}/tax_ids/{id}")).await
    }

    /// `DELETE /v1/customers/{id}/tax_ids/{tax_id}`.
    pub async fn delete_tax_id(&self, customer: &CustomerId, id: &TaxIdId) -> Result<DeletedObject, ClientError> {
        self.delete(&format!("/v1/customers/{customer}/tax_ids/{id}")).await
    }

    /// `GET /v1/tax_id_types`.
    pub async fn list_tax_id_types(&self) -> Result<List<TaxIdType>, ClientError> {
        self.get("/v1/tax_id_types").await
    }

    /// `POST /v1/payment_methods`.
    pub async fn create_payment_method(
        &self,
        params: &CreatePaymentMethodRequest,
    ) -> Result<PaymentMethod, ClientError> {
        self.post("/v1/payment_methods", params, None).await
    }

    /// `GET /v1/payment_methods/{id}`.
    pub async fn retrieve_payment_method(&self, id: &PaymentMethodId) -> Result<PaymentMethod, ClientError> {
        self.get(&format!("/v1/payment_methods/{id}")).await
    }

    /// `POST /v1/payment_methods/{id}/attach`.
    pub async fn attach_payment_method(
        &self,
        id: &PaymentMethodId,
        customer: &CustomerId,
    ) -> Result<PaymentMethod, ClientError> {
        let body = AttachPaymentMethodRequest {
            customer: customer.to_string(),
        };
        self.post(&format!("/v1/payment_methods/{id}/attach"), &body, None)
            .await
    }

    /// `POST /v1/payment_methods/{id}/detach`.
    pub async fn detach_payment_method(&self, id: &PaymentMethodId) -> Result<PaymentMethod, ClientError> {
        self.post(
            &format!("/v1/payment_methods/{id}/detach"),
            &serde_json::json!({}),
            None,
        )
        .await
    }

    /// `POST /v1/payment_methods/{id}/authenticate` (`approve` or `deny`).
    pub async fn authenticate_payment_method(
        &self,
        id: &PaymentMethodId,
        approve: bool,
    ) -> Result<PaymentMethod, ClientError> {
        let body = AuthenticatePaymentMethodRequest {
            outcome: if approve { "approve" } else { "deny" }.to_owned(),
        };
        self.post(&format!("/v1/payment_methods/{id}/authenticate"), &body, None)
            .await
    }

    /// `GET /v1/customers/{id}/payment_methods`.
    pub async fn list_payment_methods(
        &self,
        customer: &CustomerId,
        page: &ListParams,
    ) -> Result<List<PaymentMethod>, ClientError> {
        send(
            self.request(Method::GET, &format!("/v1/customers/{customer}/payment_methods"))
                .query(page),
        )
        .await
    }

    /// `POST /v1/products`.
    pub async fn create_product(&self, params: &CreateProductRequest) -> Result<Product, ClientError> {
        self.post("/v1/products", params, None).await
    }

    /// `GET /v1/products/{id}`.
    pub async fn retrieve_product(&self, id: &ProductId) -> Result<Product, ClientError> {
        self.get(&format!("/v1/products/{id}")).await
    }

    /// `POST /v1/products/{id}`.
    pub async fn update_product(&self, id: &ProductId, params: &UpdateProductRequest) -> Result<Product, ClientError> {
        self.post(&format!("/v1/products/{id}"), params, None).await
    }

    /// `GET /v1/products`.
    pub async fn list_products(&self, filter: &ProductFilter, page: &ListParams) -> Result<List<Product>, ClientError> {
        send(self.request(Method::GET, "/v1/products").query(filter).query(page)).await
    }

    /// `POST /v1/prices`.
    pub async fn create_price(&self, params: &CreatePriceRequest) -> Result<Price, ClientError> {
        self.post("/v1/prices", params, None).await
    }

    /// `GET /v1/prices/{id}`.
    pub async fn retrieve_price(&self, id: &PriceId) -> Result<Price, ClientError> {
        self.get(&format!("/v1/prices/{id}")).await
    }

    /// `POST /v1/prices/{id}`.
    pub async fn update_price(&self, id: &PriceId, params: &UpdatePriceRequest) -> Result<Price, ClientError> {
        self.post(&format!("/v1/prices/{id}"), params, None).await
    }

    /// `GET /v1/prices`.
    pub async fn list_prices(&self, filter: &PriceFilter, page: &ListParams) -> Result<List<Price>, ClientError> {
        send(self.request(Method::GET, "/v1/prices").query(filter).query(page)).await
    }

    /// `GET /v1/customers/{id}`.
    pub async fn retrieve_customer(&self, id: &CustomerId) -> Result<Customer, ClientError> {
        self.get(&format!("/v1/customers/{id}")).await
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
        self.get(&format!("/v1/events/{id}")).await
    }

    /// `GET /v1/events`.
    pub async fn list_events(&self, filter: &EventFilter, page: &ListParams) -> Result<List<Event>, ClientError> {
        send(self.request(Method::GET, "/v1/events").query(filter).query(page)).await
    }

    /// `GET /v1/invoices` (a portal token must filter by its own customer).
    pub async fn list_invoices(&self, filter: &InvoiceFilter, page: &ListParams) -> Result<List<Invoice>, ClientError> {
        send(self.request(Method::GET, "/v1/invoices").query(filter).query(page)).await
    }

    /// `GET /v1/invoices/upcoming`: what subscription `id` will bill at its period end.
    pub async fn upcoming_invoice(&self, id: &SubscriptionId) -> Result<UpcomingInvoice, ClientError> {
        let query = UpcomingInvoiceQuery {
            subscription: id.to_string(),
        };
        send(self.request(Method::GET, "/v1/invoices/upcoming").query(&query)).await
    }

    /// `GET /v1/invoices/{id}`.
    pub async fn retrieve_invoice(&self, id: &InvoiceId) -> Result<Invoice, ClientError> {
        self.get(&format!("/v1/invoices/{id}")).await
    }

    /// `POST /v1/invoices/{id}/pay`: try to collect an open invoice now.
    pub async fn pay_invoice(
        &self,
        id: &InvoiceId,
        params: &PayInvoiceRequest,
        idempotency_key: Option<&str>,
    ) -> Result<Invoice, ClientError> {
        self.post(&format!("/v1/invoices/{id}/pay"), params, idempotency_key)
            .await
    }

    /// `GET /v1/portal/session`: the portal session of the token in use.
    pub async fn current_portal_session(&self) -> Result<PortalSession, ClientError> {
        self.get("/v1/portal/session").await
    }

    /// `POST /v1/portal/sessions/exchange`: a portal link's secret traded for a token
    /// (no credential: the secret is the body).
    pub async fn exchange_portal_link(
        &self,
        secret: &str,
        accept_language: Option<&str>,
    ) -> Result<PortalToken, ClientError> {
        let request = ExchangeRequest {
            secret: secret.to_owned(),
            accept_language: accept_language.map(str::to_owned),
        };
        self.post("/v1/portal/sessions/exchange", &request, None).await
    }

    /// `POST /v1/portal/session`: the signed-in customer's choice of language, kept for
    /// the rest of their session.
    pub async fn set_portal_session_locale(&self, locale: Locale) -> Result<PortalSession, ClientError> {
        self.post("/v1/portal/session", &UpdatePortalSessionRequest { locale }, None)
            .await
    }

    /// `POST /v1/portal/sessions/presence`: a page rendered at `page` (ms) was shown or
    /// hidden.
    pub async fn report_presence(&self, page: i64, state: PresenceState) -> Result<PresenceRequest, ClientError> {
        self.post("/v1/portal/sessions/presence", &PresenceRequest { page, state }, None)
            .await
    }

    /// `POST /v1/portal/sessions/refresh`: the token in use traded for a new one.
    pub async fn refresh_portal_session(&self) -> Result<PortalToken, ClientError> {
        self.call(self.request(Method::POST, "/v1/portal/sessions/refresh"))
            .await
    }

    /// `POST /v1/portal/sessions/complete`: ends the session of the token in use
    /// ("Return to merchant"); gives where to send the customer.
    pub async fn complete_portal_session(&self) -> Result<CompletedSession, ClientError> {
        self.call(self.request(Method::POST, "/v1/portal/sessions/complete"))
            .await
    }

    /// Health endpoints answer a [`Health`] body with `200` and `503` alike.
    async fn report(&self, req: RequestBuilder) -> Result<Health, ClientError> {
        let response = self.execute(req).await?;
        if response.status() == StatusCode::SERVICE_UNAVAILABLE {
            return Ok(response.json().await?);
        }
        decode(response).await
    }
}

/// Sends a request built by hand (tests' odd requests) and decodes a success body or the
/// error envelope. Unobserved: the client's own calls go through [`ApiClient::execute`].
pub async fn send<T: DeserializeOwned>(req: RequestBuilder) -> Result<T, ClientError> {
    decode(req.send().await?).await
}

#[cfg(not(target_arch = "wasm32"))]
fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(REQUEST_TIMEOUT)
        // A redirect is the API's answer to pass on, not something to follow here.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        // Building fails only when the TLS backend cannot start, as `Client::new` would.
        .unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
fn http_client() -> reqwest::Client {
    reqwest::Client::new()
}

async fn decode<T: DeserializeOwned>(response: reqwest::Response) -> Result<T, ClientError> {
    let status = response.status();
    let retry_after = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse().ok());
    let bytes = response.bytes().await?;
    if status.is_success() {
        return serde_json::from_slice(&bytes)
            .map_err(|err| ClientError::Transport(format!("undecodable {status} body: {err}")));
    }
    match serde_json::from_slice::<ErrorEnvelope>(&bytes) {
        Ok(error) => Err(ClientError::Api {
            status: status.as_u16(),
            error,
            retry_after,
        }),
        Err(_) => Err(ClientError::Status {
            status: status.as_u16(),
            detail: String::from_utf8_lossy(&bytes).chars().take(200).collect(),
        }),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
