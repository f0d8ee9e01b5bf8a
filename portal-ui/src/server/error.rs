//! The portal server's one error type: what can stop it from starting or serving.
//!
//! Request-level failures never use it: a page that cannot reach the API still renders
//! (saying so), and the proxy answers in the API's own error envelope.

use std::{io, net::SocketAddr};

/// Why the portal server could not start or keep serving.
#[derive(Debug, thiserror::Error)]
pub enum PortalError {
    /// An environment variable holds a value the portal cannot use.
    #[error("invalid {var}: {reason}")]
    Config { var: &'static str, reason: String },
    /// The listening socket could not be opened.
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: io::Error },
    /// The server stopped with an I/O error.
    #[error("server error: {0}")]
    Serve(#[source] io::Error),
    /// Logging could not be set up.
    #[error("cannot initialise logging: {0}")]
    Telemetry(String),
}
