//! Structured logs (`tracing`) to stderr, JSON by default.
//!
//! Request logs come from `tower_http::trace` with the request id in the span;
//! headers are never logged, so keys and tokens stay out of the logs.

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
