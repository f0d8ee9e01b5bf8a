//! The checks every dashboard request passes first, and reading form posts.
//!
//! - [`require_member`]: the member's session, asked of the API on every request
//!   (`GET /v1/dashboard/session` with the cookie's token): the API, not this server,
//!   knows whether a session is still alive, on every instance at once. No session →
//!   `303 /sign-in`; an ended one also deletes the cookie.
//! - [`csrf_guard`]: every `POST` carries the form's `csrf` field, equal to the
//!   dashboard's CSRF cookie, and comes from the dashboard's own origin
//!   (`server::csrf`, with the dashboard's origin and cookies). Sign-in is no
//!   exception: another site must not sign a browser in to its own account (login
//!   CSRF).
//! - [`PathId`]: a path's `{id}` parsed as the kind of id it must be before it goes
//!   into an API URL: anything else (`..`, `%2F`, another kind's id) is the
//!   dashboard's `404` page, and the API is never asked.

use std::sync::Arc;

use axum::{
    body::{Body, Bytes, to_bytes},
    extract::{FromRequest as _, FromRequestParts, Path, Request, State},
    middleware::Next,
    response::{IntoResponse as _, Redirect, Response},
};
use http::{StatusCode, header, request::Parts};

use super::{DashboardState, MAX_FORM_BYTES, cookies, layout, member::Member, texts::DashboardText as D};
use crate::server::csrf::{Submission, is_protected};

/// Middleware: the member's session, or `/sign-in`.
pub async fn require_member(State(state): State<DashboardState>, mut request: Request, next: Next) -> Response {
    let locale = super::texts::locale_of(request.headers());
    let Some(token) = cookies::session(request.headers()).map(str::to_owned) else {
        return Redirect::to("/sign-in").into_response();
    };
    match state
        .upstream
        .client()
        .with_bearer(&token)
        .current_dashboard_session()
        .await
    {
        Ok(session) => {
            let (csrf, new_cookie) = cookies::csrf_or_new(request.headers());
            request.extensions_mut().insert(Member {
                session: Arc::new(session),
                token: token.into(),
                csrf,
                locale,
            });
            let mut response = next.run(request).await;
            if let Some(cookie) = new_cookie {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            response
        }
        Err(error) if error.status() == Some(401) => {
            let mut response = Redirect::to("/sign-in?ended=1").into_response();
            cookies::clear_session(response.headers_mut());
            response
        }
        Err(error) => {
            tracing::warn!(%error, "the dashboard could not load the member's session");
            layout::problem(
                locale,
                StatusCode::SERVICE_UNAVAILABLE,
                D::UnavailableHeading,
                D::UnavailableText,
            )
        }
    }
}

/// Middleware: the CSRF checks of every `POST` (see the module docs). The form body is
/// read here (at most [`MAX_FORM_BYTES`]) and handed on unchanged.
pub async fn csrf_guard(State(state): State<DashboardState>, request: Request, next: Next) -> Response {
    if !is_protected(request.method()) {
        return next.run(request).await;
    }
    let locale = super::texts::locale_of(request.headers());
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
        return layout::problem(
            locale,
            StatusCode::PAYLOAD_TOO_LARGE,
            D::FormRefusedHeading,
            D::FormTooLarge,
        );
    };
    let (parts, submitted) = if is_multipart(&parts.headers) {
        // Read once, here: the handler takes the parts from the request's extensions.
        let mut parts = parts;
        let form = MultipartForm(Arc::new(multipart_fields(&parts.headers, bytes.clone()).await));
        let submitted = form.text("csrf");
        parts.extensions.insert(form);
        (parts, submitted)
    } else {
        let submitted = form_field(&bytes, "csrf");
        (parts, submitted)
    };
    let checked = state.csrf.check(
        Submission::Form,
        &parts.headers,
        submitted.as_deref(),
        cookies::csrf(&parts.headers),
    );
    if let Err(failure) = checked {
        tracing::warn!(reason = failure.as_str(), method = %parts.method, "dashboard CSRF check failed");
        return layout::problem(locale, StatusCode::FORBIDDEN, D::FormRefusedHeading, D::FormRefusedText);
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

/// Extractor: the path's `{id}` as a `T` (`WebhookEndpointId`, `CustomerId`, …), or the
/// dashboard's `404` page in the member's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathId<T>(pub T);

impl<S: Send + Sync, T: std::str::FromStr + Send> FromRequestParts<S> for PathId<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Response> {
        let raw = Path::<String>::from_request_parts(parts, state).await.ok();
        match raw.and_then(|Path(raw)| raw.parse().ok()) {
            Some(id) => Ok(Self(id)),
            None => {
                let locale = parts
                    .extensions
                    .get::<Member>()
                    .map_or_else(|| super::texts::locale_of(&parts.headers), |member| member.locale);
                Err(layout::problem(
                    locale,
                    StatusCode::NOT_FOUND,
                    D::NotFoundHeading,
                    D::NotFoundText,
                ))
            }
        }
    }
}

/// Whether a request's body is `multipart/form-data` (a form that uploads a file).
fn is_multipart(headers: &http::HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|kind| kind.to_str().ok())
        .is_some_and(|kind| kind.to_ascii_lowercase().starts_with("multipart/form-data"))
}

/// The parts of a `multipart/form-data` post (a file upload), as [`csrf_guard`] read
/// them: an extension of the request.
#[derive(Debug, Clone, Default)]
pub struct MultipartForm(Arc<Vec<(String, Bytes)>>);

impl MultipartForm {
    /// The contents of the first part named `name`.
    pub fn bytes(&self, name: &str) -> Option<&Bytes> {
        self.0
            .iter()
            .find(|(part, _)| part == name)
            .map(|(_, contents)| contents)
    }

    /// The first part named `name`, as text.
    pub fn text(&self, name: &str) -> Option<String> {
        self.bytes(name)
            .and_then(|contents| std::str::from_utf8(contents).ok())
            .map(str::to_owned)
    }
}

/// Every `(name, contents)` part of a `multipart/form-data` body, in order (a body that
/// is not one, or is malformed, gives no parts).
async fn multipart_fields(headers: &http::HeaderMap, body: Bytes) -> Vec<(String, Bytes)> {
    let mut request = Request::new(Body::from(body));
    if let Some(kind) = headers.get(header::CONTENT_TYPE) {
        request.headers_mut().insert(header::CONTENT_TYPE, kind.clone());
    }
    let Ok(mut multipart) = axum::extract::Multipart::from_request(request, &()).await else {
        return Vec::new();
    };
    let mut fields = Vec::new();
    while let Ok(Some(field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_owned();
        match field.bytes().await {
            Ok(contents) => fields.push((name, contents)),
            Err(_) => return Vec::new(),
        }
    }
    fields
}

/// The first value of `name` in a URL-encoded form body.
pub fn form_field(body: &[u8], name: &str) -> Option<String> {
    form_urlencoded_pairs(body)
        .into_iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

/// Every `(name, value)` pair of a URL-encoded form body, in order (malformed input
/// gives no pairs).
pub fn form_urlencoded_pairs(body: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body).unwrap_or_default()
}
