//! The portal's server functions (`/api/*`): what the pages load and do for the signed-in
//! customer, one REST call (or a few) to the Paylera API with the session's token.
//!
//! Pages declare their server functions next to their views (`#[server]` in
//! `crate::pages::*`); a server function's body asks [`customer`] for the API client
//! of the signed-in customer and calls the API's public endpoints with it — the portal
//! has no other way in. The same function serves three callers:
//!
//! - the server's own render (SSR), which calls it directly;
//! - the hydrated page, which calls `/api/…` with `fetch` (no page reload);
//! - a plain HTML form posted without JavaScript: Leptos answers with a redirect back
//!   to the page (`Referer`, only ever a page of the portal: see [`back_path`]),
//!   carrying a failure as `?__path=…&__err=…`, or to where the function sent it
//!   ([`after_form_post`]).
//!
//! Every `POST` passes [`csrf_guard`] first: the double-submit token (`csrf` form field
//! or `X-CSRF-Token` header) must match the CSRF cookie, with same-origin fetch metadata
//! (see `csrf`); the `Referer` loses an earlier post's outcome (`__path`, `__err`,
//! `done`), so the page a failure goes back to shows that failure alone. Reads are `GET`
//! server functions, which change nothing.

use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use http::{HeaderMap, HeaderValue, StatusCode, header, request::Parts};
use leptos::prelude::{provide_context, use_context};
use leptos::server_fn::error::{FromServerFnError as _, SERVER_FN_ERROR_HEADER, ServerFnUrlError};
use leptos_axum::ResponseOptions;
use paylera_shared::{
    client::ApiClient,
    ids::CustomerId,
    portal::{PortalConfiguration, PortalSession},
};
use std::sync::Arc;
use tokio::sync::OnceCell;

use super::{
    cookies::PortalCookies,
    csrf::{self, CsrfPolicy, Submission},
    paths,
    session::{FreshToken, LoadedSession, SessionEnded, fresh_bearer, subject},
    upstream::Upstream,
};

pub use super::cookies::session_ended;
use crate::problem::{Problem, codes};
use crate::session::CSRF_FIELD;

/// The largest server function request body read (forms are small).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The signed-in customer, as a server function acts for them.
#[derive(Debug, Clone)]
pub struct Customer {
    /// The API client, authenticated with the session's token.
    pub api: ApiClient,
    /// The customer (`cus_…`) the token is scoped to.
    pub id: CustomerId,
    /// The portal session, read at most once per request (see [`Customer::session`]).
    session: Arc<OnceCell<Arc<PortalSession>>>,
}

impl Customer {
    /// The customer's portal session (`GET /v1/portal/session`: the effective
    /// configuration, the flow, the locale), read at most once per request: the page
    /// render's (fetched before it, `session::load_portal_session`) or, in a server
    /// function, the first caller's. Never the browser's word.
    pub async fn session(&self) -> Result<Arc<PortalSession>, Problem> {
        self.session
            .get_or_try_init(|| async { self.api.current_portal_session().await.map(Arc::new).map_err(problem) })
            .await
            .cloned()
    }

    /// The session's effective configuration (what the merchant enabled, with this
    /// session's overrides).
    pub async fn configuration(&self) -> Result<PortalConfiguration, Problem> {
        Ok(self.session().await?.configuration.settings.clone())
    }
}

/// What every server function and page render gets as context: the API client sends
/// the request's id and trace with every call (see `correlation`).
pub fn provide_server_context(upstream: &Upstream) {
    provide_context(upstream.client());
    provide_context(upstream.clone());
}

/// The signed-in customer of the request in progress, the token refreshed first when it
/// is due (the new cookie goes out with the response). Built once per server function
/// call (kept in its context): a second caller gets the same token and session.
///
/// Fails with [`codes::SESSION_ENDED`] when there is no session cookie or the API says
/// the session is over (the cookies are then cleared).
pub async fn customer() -> Result<Customer, Problem> {
    if let Some(customer) = use_context::<Customer>() {
        return Ok(customer);
    }
    let parts = use_context::<Parts>().ok_or_else(|| Problem::new(codes::REQUEST_FAILED))?;
    let upstream = use_context::<Upstream>().ok_or_else(|| Problem::new(codes::REQUEST_FAILED))?;
    let token = match parts.extensions.get::<FreshToken>() {
        Some(FreshToken(token)) => token.clone(),
        None => {
            let cookie = PortalCookies::from_headers(&parts.headers)
                .session
                .ok_or_else(|| Problem::new(codes::SESSION_ENDED))?;
            match fresh_bearer(&upstream, &cookie).await {
                Ok(bearer) => {
                    if let Some(set_cookie) = bearer.set_cookie {
                        append_response_header(header::SET_COOKIE, set_cookie);
                    }
                    bearer.token
                }
                Err(SessionEnded(_)) => {
                    session_ended();
                    return Err(Problem::new(codes::SESSION_ENDED));
                }
            }
        }
    };
    let id = subject(&token)
        .and_then(|sub| sub.parse().ok())
        .ok_or_else(|| Problem::new(codes::SESSION_ENDED))?;
    let loaded = parts
        .extensions
        .get::<LoadedSession>()
        .map(|LoadedSession(session)| session.clone());
    let customer = Customer {
        api: upstream.for_customer(&token),
        id,
        session: Arc::new(OnceCell::new_with(loaded)),
    };
    provide_context(customer.clone());
    Ok(customer)
}

/// Turns an API failure into a [`Problem`], clearing the cookies when it says the
/// session is over.
pub fn problem(err: paylera_shared::client::ClientError) -> Problem {
    let problem = Problem::from(err);
    if problem.session_ended() {
        session_ended();
    }
    problem
}

/// After a server function succeeded for a form posted **without JavaScript**: send the
/// browser to `location` (a path of the portal, e.g. `/payment-methods?done=card_added`)
/// instead of back to the form's page. Does nothing for the hydrated page's calls,
/// which update the page in place.
pub fn after_form_post(location: &str) {
    if is_plain_form_post() {
        leptos_axum::redirect(location);
    }
}

/// Sends the browser to `location` whatever called the server function (the hydrated
/// page follows it too): for the end of a deep-link flow.
pub fn redirect(location: &str) {
    leptos_axum::redirect(location);
}

/// Whether the request in progress is an HTML form posted without JavaScript.
pub fn is_plain_form_post() -> bool {
    use_context::<Parts>().is_some_and(|parts| accepts_html(&parts.headers))
}

fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.contains("text/html"))
}

fn append_response_header(name: header::HeaderName, value: HeaderValue) {
    if let Some(response) = use_context::<ResponseOptions>() {
        response.append_header(name, value);
    }
}

/// Middleware of `/api/*`: the CSRF checks of every `POST` (see the module docs).
///
/// A failure never reaches the server function. The hydrated page gets `403` with the
/// [`Problem`] as its body (which its server function call decodes); a form posted
/// without JavaScript is sent back to its page with the problem in the query, like any
/// failed server function, so the page says what happened in the customer's language.
pub async fn csrf_guard(State(policy): State<CsrfPolicy>, request: Request, next: Next) -> Response {
    if !csrf::is_protected(request.method()) || !paths::is_server_fn(request.uri().path()) {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    forget_earlier_outcomes(&mut parts.headers);
    keep_referer_on_the_portal(&mut parts.headers, policy.origin());
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let cookie = PortalCookies::from_headers(&parts.headers).csrf;
    let (submission, submitted) = match csrf::submitted_header(&parts.headers) {
        Some(token) => (Submission::Fetch, Some(token.to_owned())),
        None => (Submission::Form, form_field(&bytes, CSRF_FIELD)),
    };
    if let Err(failure) = policy.check(submission, &parts.headers, submitted.as_deref(), cookie.as_deref()) {
        tracing::warn!(
            path = parts.uri.path(),
            reason = failure.as_str(),
            "CSRF check failed on a server function"
        );
        return rejection(&parts, policy.origin());
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

/// Middleware of `/api/*`: a failed server function answers with the status of its
/// [`Problem`] ([`Problem::http_status`]) instead of the `500` Leptos gives every error,
/// so a refused form is a `4xx` (and not logged as the portal's failure).
///
/// Only the hydrated page's calls change: a form posted **without JavaScript** gets
/// Leptos's redirect back to its page ([`is_plain_form_post`]), which must stay a
/// redirect for the browser to follow it.
pub async fn problem_status(request: Request, next: Next) -> Response {
    let plain_form_post = accepts_html(request.headers());
    let response = next.run(request).await;
    if plain_form_post
        || response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key(SERVER_FN_ERROR_HEADER)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let problem = Problem::de(bytes.clone());
    parts.status = StatusCode::from_u16(problem.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    Response::from_parts(parts, Body::from(bytes))
}

/// The query parameters of a page that report an earlier form post's outcome: a failed
/// server function's (`__path`, `__err`, added by Leptos) and a success's (`done`).
pub const OUTCOME_PARAMS: [&str; 3] = ["__path", "__err", "done"];

/// Removes [`OUTCOME_PARAMS`] from the `Referer` of a form post.
///
/// Without JavaScript, Leptos sends a failed form post back to its `Referer` with the
/// failure appended (`?__path=…&__err=…`). After a first failure (or a success's
/// `?done=`) the `Referer` already carries that outcome, and the page would read the
/// old one: a second failure would show the first one's message, a failure after a
/// success would show both. Cleaned here, the page shows this post's outcome only.
fn forget_earlier_outcomes(headers: &mut HeaderMap) {
    let Some(referer) = headers.get(header::REFERER).and_then(|value| value.to_str().ok()) else {
        return;
    };
    let cleaned = without_outcome_params(referer);
    if cleaned != referer
        && let Ok(value) = HeaderValue::from_str(&cleaned)
    {
        headers.insert(header::REFERER, value);
    }
}

/// `url` without the query parameters in [`OUTCOME_PARAMS`] (its fragment kept).
fn without_outcome_params(url: &str) -> String {
    let (rest, fragment) = match url.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (url, None),
    };
    let Some((base, query)) = rest.split_once('?') else {
        return url.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let name = pair.split_once('=').map_or(*pair, |(name, _)| name);
            !pair.is_empty() && !OUTCOME_PARAMS.contains(&name)
        })
        .collect();
    let mut cleaned = base.to_owned();
    if !kept.is_empty() {
        cleaned.push('?');
        cleaned.push_str(&kept.join("&"));
    }
    if let Some(fragment) = fragment {
        cleaned.push('#');
        cleaned.push_str(fragment);
    }
    cleaned
}

/// The value of field `name` in a `application/x-www-form-urlencoded` body.
fn form_field(body: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(field, _)| field == name)
        .map(|(_, value)| value)
}

fn rejection(parts: &Parts, origin: &str) -> Response {
    let problem = Problem::new(codes::CSRF_FAILED);
    if accepts_html(&parts.headers) {
        // Back to the page the form was on when it is one of the portal's own, else the
        // home page: never where a request header says (see `back_path`).
        let back = back_path(&parts.headers, origin);
        let location = ServerFnUrlError::new(parts.uri.path(), problem.clone())
            .to_url(&format!("{origin}{back}"))
            .ok()
            .map(|url| format!("{}?{}", url.path(), url.query().unwrap_or_default()))
            .filter(|location| is_local_path(location))
            .unwrap_or_else(|| "/".to_owned());
        return Redirect::to(&location).into_response();
    }
    let body = String::from_utf8(problem.ser().to_vec()).unwrap_or_default();
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

/// The path and query of the page a plain form post came from — its `Referer` — when
/// that is a page of the portal itself (`origin`, the public origin), else `/`. A
/// `Referer` of another site, or one whose path a browser would read as another host
/// (`//evil.example/…`), never becomes a redirect target.
pub fn back_path(headers: &HeaderMap, origin: &str) -> String {
    headers
        .get(header::REFERER)
        .and_then(|value| value.to_str().ok())
        .and_then(|referer| reqwest::Url::parse(referer).ok())
        .filter(|url| url.origin().ascii_serialization() == origin)
        .map(|url| match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        })
        .filter(|path| is_local_path(path))
        .unwrap_or_else(|| "/".to_owned())
}

/// Whether `location` is a path of this origin: one leading `/`, not `//` or `/\`
/// (which browsers read as another host).
fn is_local_path(location: &str) -> bool {
    location.starts_with('/') && !location.starts_with("//") && !location.starts_with("/\\")
}

/// Replaces the `Referer` of a server function call (when it has one) with the portal's
/// own page it names, or the home page ([`back_path`]): Leptos sends a plain form post
/// back to its `Referer`, so that must never be another site.
fn keep_referer_on_the_portal(headers: &mut HeaderMap, origin: &str) {
    if !headers.contains_key(header::REFERER) {
        return;
    }
    let back = back_path(headers, origin);
    match HeaderValue::from_str(&format!("{origin}{back}")) {
        Ok(value) => {
            headers.insert(header::REFERER, value);
        }
        Err(_) => {
            headers.remove(header::REFERER);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csrf_field_is_read_from_a_form_body() {
        assert_eq!(form_field(b"a=1&csrf=abc%2Bd&b=2", "csrf").as_deref(), Some("abc+d"));
        assert_eq!(form_field(b"a=1", "csrf"), None);
        assert_eq!(form_field(b"\xff\xfe", "csrf"), None);
    }

    #[test]
    fn an_earlier_outcome_is_removed_from_the_referer_and_the_rest_is_kept() {
        let twice_failed = "https://portal.test/invoices?after=in_9&__path=%2Fapi%2Fpay_invoice&__err=%7B%22code%22%3A%22card_declined%22%7D";
        assert_eq!(
            without_outcome_params(twice_failed),
            "https://portal.test/invoices?after=in_9"
        );
        assert_eq!(
            without_outcome_params("https://portal.test/invoices?done=paid#main"),
            "https://portal.test/invoices#main"
        );
        assert_eq!(
            without_outcome_params("https://portal.test/address?done=saved&x=1&__err=e&doneness=2"),
            "https://portal.test/address?x=1&doneness=2"
        );
        assert_eq!(
            without_outcome_params("https://portal.test/invoices"),
            "https://portal.test/invoices"
        );
    }

    #[test]
    fn a_form_post_reaches_its_server_function_with_a_clean_referer() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::REFERER,
            HeaderValue::from_static("https://portal.test/invoices?__path=%2Fapi%2Fpay_invoice&__err=old&done=paid"),
        );
        forget_earlier_outcomes(&mut headers);
        assert_eq!(
            headers.get(header::REFERER).and_then(|v| v.to_str().ok()),
            Some("https://portal.test/invoices")
        );

        let mut without = HeaderMap::new();
        forget_earlier_outcomes(&mut without);
        assert!(without.get(header::REFERER).is_none());
    }

    fn referer(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::REFERER, HeaderValue::from_static(value));
        headers
    }

    const ORIGIN: &str = "https://portal.test";

    #[test]
    fn a_form_post_goes_back_only_to_a_page_of_the_portal() {
        assert_eq!(
            back_path(&referer("https://portal.test/invoices?after=in_9"), ORIGIN),
            "/invoices?after=in_9"
        );
        assert_eq!(back_path(&referer("https://portal.test/address"), ORIGIN), "/address");
        for foreign in [
            "https://evil.example/",
            "https://evil.example/invoices",
            "http://portal.test/invoices",
            "https://portal.test.evil.example/invoices",
            "https://portal.test:8443/invoices",
            "https://portal.test//evil.example/x",
            "https://portal.test/\\evil.example/x",
            "//evil.example/x",
            "/invoices",
            "javascript:alert(1)",
            "not a url",
        ] {
            let mut headers = HeaderMap::new();
            headers.insert(header::REFERER, HeaderValue::from_str(foreign).expect("header"));
            assert_eq!(back_path(&headers, ORIGIN), "/", "{foreign}");
        }
        assert_eq!(back_path(&HeaderMap::new(), ORIGIN), "/");
    }

    #[test]
    fn a_foreign_referer_is_replaced_by_the_portals_home_page_before_leptos_sees_it() {
        let mut headers = referer("https://evil.example/phish");
        keep_referer_on_the_portal(&mut headers, ORIGIN);
        assert_eq!(
            headers.get(header::REFERER).and_then(|v| v.to_str().ok()),
            Some("https://portal.test/")
        );

        let mut own = referer("https://portal.test/invoices?x=1");
        keep_referer_on_the_portal(&mut own, ORIGIN);
        assert_eq!(
            own.get(header::REFERER).and_then(|v| v.to_str().ok()),
            Some("https://portal.test/invoices?x=1")
        );

        let mut none = HeaderMap::new();
        keep_referer_on_the_portal(&mut none, ORIGIN);
        assert!(none.get(header::REFERER).is_none());
    }

    #[test]
    fn a_failed_csrf_check_of_a_form_redirects_to_the_portal_whatever_the_referer() {
        for (value, expected_path) in [
            ("https://evil.example/", "/"),
            ("https://portal.test//evil.example/", "/"),
            ("https://portal.test/invoices", "/invoices"),
        ] {
            let request = http::Request::post("/api/pay_invoice")
                .header(header::ACCEPT, "text/html")
                .header(header::REFERER, value)
                .body(())
                .expect("request");
            let (parts, ()) = request.into_parts();

            let response = rejection(&parts, ORIGIN);

            assert!(response.status().is_redirection(), "{value}");
            let location = response
                .headers()
                .get(header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .expect("a location");
            assert!(
                location.starts_with(&format!("{expected_path}?__path=")),
                "{value}: {location}"
            );
            assert!(!location.contains("evil"), "{location}");
        }
    }
}
