//! Liveness and readiness reports of both servers.

use serde::{Deserialize, Serialize};

/// The body of `/healthz` and `/readyz`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok` or `unavailable`.
    pub status: String,
    /// Which server answered (`paylera-api` or `paylera-portal`).
    pub service: String,
    /// The server's version.
    pub version: String,
}

impl Health {
    pub fn is_ok(&self) -> bool {
        self.status == "ok"
    }
}
