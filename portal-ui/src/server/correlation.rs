//! One request id and one trace from the browser through the portal to the API
//! (parsing in [`paylera_shared::trace`], shared with the API).
//!
//! [`correlate`] runs first on every request: the browser's `request-id` is kept when
//! valid (1–64 characters of `A–Z a–z 0–9 _ . : -`), else replaced by a new `req_…` —
//! in the request's headers too, so every handler reads the one id; a valid
//! `traceparent` is continued with the portal's own span id, else a trace starts here.
//! The response carries the `request-id`.
//!
//! Every call the portal makes to the API for that request (the pages' server-side
//! calls, the `/v1` proxy, the link exchange, "Return to merchant", readiness) sends
//! [`upstream_headers`]: the same `request-id`, `traceparent` with the same trace id and
//! the portal's span as parent, and the browser's `tracestate` when it was kept. So the
//! logs of both servers share the id. [`current`] finds the request in progress from
//! anywhere: the request's task, or the Leptos context of a render or server function
//! (which may run on other tasks).

use std::sync::Arc;

use axum::{extract::Request, middleware::Next, response::Response};
use http::{HeaderMap, HeaderName, HeaderValue, request::Parts};
use paylera_shared::trace::{REQUEST_ID_HEADER, RequestTrace, TRACEPARENT_HEADER, TRACESTATE_HEADER};
use rand::RngCore as _;

use super::paths;

tokio::task_local! {
    /// The correlation of the request this task serves.
    static CURRENT: RequestTrace;
}

/// Middleware, outermost: settles the request's [`RequestTrace`] (see the module docs),
/// keeps it in the request's extensions and for [`current`], and puts the id on the
/// response.
pub async fn correlate(mut request: Request, next: Next) -> Response {
    let correlation = {
        let text = |name: &str| request.headers().get(name).and_then(|value| value.to_str().ok());
        RequestTrace::from_headers(
            text(REQUEST_ID_HEADER),
            text(TRACEPARENT_HEADER),
            text(TRACESTATE_HEADER),
            |buffer| rand::rng().fill_bytes(buffer),
        )
    };
    // Valid header characters by construction (`RequestId` allows no others).
    let id = HeaderValue::from_str(correlation.request_id.as_str()).ok();
    if let Some(id) = &id {
        request.headers_mut().insert(REQUEST_ID_HEADER, id.clone());
    }
    request.extensions_mut().insert(correlation.clone());
    let mut response = CURRENT.scope(correlation, next.run(request)).await;
    if let Some(id) = id {
        response.headers_mut().insert(REQUEST_ID_HEADER, id);
    }
    response
}

/// The correlation of the request in progress, if any: from this task (middleware and
/// handlers), else from the Leptos context (renders and server functions).
pub fn current() -> Option<RequestTrace> {
    CURRENT.try_with(Clone::clone).ok().or_else(|| {
        leptos::prelude::use_context::<Parts>().and_then(|parts| parts.extensions.get::<RequestTrace>().cloned())
    })
}

/// The headers every API call of the request in progress carries (empty outside one).
pub fn current_upstream_headers() -> HeaderMap {
    current().map(|c| upstream_headers(&c)).unwrap_or_default()
}

/// `request-id`, `traceparent` (the portal's span as the parent) and, when kept,
/// `tracestate`, for the API.
pub fn upstream_headers(correlation: &RequestTrace) -> HeaderMap {
    let mut headers = HeaderMap::new();
    let mut put = |name: &'static str, value: &str| {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(HeaderName::from_static(name), value);
        }
    };
    put(REQUEST_ID_HEADER, correlation.request_id.as_str());
    put(TRACEPARENT_HEADER, &correlation.span.to_string());
    if let Some(state) = &correlation.tracestate {
        put(TRACESTATE_HEADER, state);
    }
    headers
}

/// The span of one request (for `TraceLayer::make_span_with`): method, path (a portal
/// link's redacted, see [`paths::redact_path`]), the request id, the trace and span ids,
/// and the instance.
pub fn request_span(instance: Arc<str>) -> impl Fn(&http::Request<axum::body::Body>) -> tracing::Span + Clone {
    move |request| {
        let correlation = request.extensions().get::<RequestTrace>();
        let (trace_id, span_id) = correlation.map_or_else(Default::default, |c| (c.span.trace_id(), c.span.span_id()));
        tracing::info_span!(
            "request",
            method = %request.method(),
            path = paths::redact_path(request.uri().path()),
            request_id = correlation.map_or("-", |c| c.request_id.as_str()),
            trace_id,
            span_id,
            instance = &*instance,
        )
    }
}
