//! Structured logs: one JSON object per line on stderr, filtered by `PAYLERA_LOG`.

use tracing_subscriber::EnvFilter;

use super::PortalError;

/// Installs the global subscriber. Call once, first thing in `main`.
pub fn init(filter: &str) -> Result<(), PortalError> {
    let filter = EnvFilter::try_new(filter).map_err(|err| PortalError::Config {
        var: "PAYLERA_LOG",
        reason: err.to_string(),
    })?;
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(filter)
        .with_current_span(true)
        .with_writer(std::io::stderr)
        .try_init()
        .map_err(|err| PortalError::Telemetry(err.to_string()))
}
