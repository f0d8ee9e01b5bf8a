//! Structured logs (`tracing`) to stderr, JSON by default, and what ties a request's
//! log lines to the other servers' and instances' ([`paylera_shared::trace`]).
//!
//! Every request passes [`correlate`] first: its `request-id` is believed only when
//! valid (else a new `req_…` replaces it, in the request's headers too, so handlers and
//! stored events see the one id), its `traceparent` continues the caller's trace with a
//! new span (or starts one), and the response carries the `request-id`. The request
//! span ([`request_span`]) records `request_id`, `trace_id`, `span_id`, `instance` and,
//! once authenticated, `tenant_id`; every log line of the request carries them.
//!
//! Headers are never logged, so keys and tokens stay out of the logs.

use std::sync::OnceLock;

use axum::{extract::Request, middleware::Next, response::Response};
use http::HeaderValue;
use paylera_shared::trace::{self, REQUEST_ID_HEADER, RequestTrace, TRACEPARENT_HEADER, TRACESTATE_HEADER};
use rand::RngCore as _;
use tracing_subscriber::{EnvFilter, fmt, prelude::*};

use crate::settings::LogFormat;

/// Installs the global subscriber. Safe to call more than once (later calls are
/// no-ops), which the tests rely on.
pub fn init(filter: &str, format: LogFormat) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let registry = tracing_subscriber::registry().with(filter);
    let result = match format {
        LogFormat::Json => registry
            .with(
                fmt::layer()
                    .json()
                    .with_current_span(true)
                    .with_span_list(false)
                    .with_writer(std::io::stderr),
            )
            .try_init(),
        LogFormat::Pretty => registry.with(fmt::layer().with_writer(std::io::stderr)).try_init(),
    };
    // Already installed (tests, or a CLI command after `serve` set it up): keep it.
    drop(result);
}

static INSTANCE: OnceLock<String> = OnceLock::new();

/// Names this process (`Settings::instance`) for the request spans and
/// `paylera_build_info`, and logs it once. Call at start-up, after [`init`]; later calls
/// keep the first name.
pub fn set_instance(name: String) {
    let name = INSTANCE.get_or_init(|| name);
    tracing::info!(instance = %name, version = env!("CARGO_PKG_VERSION"), "paylera-api instance");
}

/// This process's name: the one given to [`set_instance`], or else the environment's
/// (the default `<hostname>-<pid>` when `PAYLERA_INSTANCE` is unusable).
pub fn instance() -> &'static str {
    INSTANCE.get_or_init(|| {
        let env = |name: &str| std::env::var(name).ok();
        crate::settings::instance_name(&env).unwrap_or_else(|_| trace::default_instance_name(None, std::process::id()))
    })
}

/// Middleware, outermost: the request's [`RequestTrace`] (see the module docs), in its
/// extensions and, cleaned, in its `request-id` header; the id on the response.
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
    request.extensions_mut().insert(correlation);
    let mut response = next.run(request).await;
    if let Some(id) = id {
        response.headers_mut().insert(REQUEST_ID_HEADER, id);
    }
    response
}

/// The span of one request (for `TraceLayer::make_span_with`): method, path, the ids
/// [`correlate`] settled, the instance, and `tenant_id` left for authentication to fill.
pub fn request_span<B>(request: &http::Request<B>) -> tracing::Span {
    let correlation = request.extensions().get::<RequestTrace>();
    let (trace_id, span_id) = correlation.map_or_else(Default::default, |c| (c.span.trace_id(), c.span.span_id()));
    tracing::info_span!(
        "request",
        method = %request.method(),
        path = %request.uri().path(),
        request_id = correlation.map_or("-", |c| c.request_id.as_str()),
        trace_id,
        span_id,
        instance = instance(),
        tenant_id = tracing::field::Empty,
    )
}

#[cfg(test)]
mod tests {
    use paylera_shared::trace::{RequestId, RequestTrace, TraceParent};
    use proptest::prelude::*;
    use rand::RngCore as _;

    /// What an attacker may put in a header: any printable text (header values reach
    /// `correlate` as text), long ones included.
    fn header() -> impl Strategy<Value = Option<String>> {
        proptest::option::of(prop_oneof![
            "[ -~]{0,80}",
            "[ -~]{500,700}",
            "00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}",
        ])
    }

    proptest! {
        /// Whatever the caller sends as `request-id`, `traceparent` and `tracestate`,
        /// what the API logs, stores and answers is a safe id, a valid trace header
        /// that keeps the caller's trace only when it was valid, and a bounded,
        /// printable `tracestate` only alongside a valid parent.
        #[test]
        fn any_correlation_headers_give_a_safe_id_and_a_valid_trace(id in header(), parent in header(), state in header()) {
            let trace = RequestTrace::from_headers(id.as_deref(), parent.as_deref(), state.as_deref(), |b| rand::rng().fill_bytes(b));
            let out = trace.request_id.as_str();
            prop_assert!(RequestId::parse(out).is_ok() && out.len() <= 64, "{out:?}");
            if let Some(given) = id.as_deref().filter(|raw| RequestId::parse(raw).is_ok()) {
                prop_assert_eq!(out, given);
            }
            let span = TraceParent::parse(&trace.span.to_string());
            prop_assert!(span.is_ok());
            match parent.as_deref().map(TraceParent::parse) {
                Some(Ok(caller)) => {
                    prop_assert_eq!(trace.span.trace_id(), caller.trace_id());
                    prop_assert_ne!(trace.span.span_id(), caller.span_id());
                }
                _ => prop_assert!(trace.tracestate.is_none()),
            }
            if let Some(kept) = &trace.tracestate {
                prop_assert!(kept.len() <= 512 && kept.bytes().all(|b| (b' '..=b'~').contains(&b)));
            }
        }
    }
}
