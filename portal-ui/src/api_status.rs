//! Whether the Paylera API is ready, as the portal's pages show it.
//!
//! The check goes over HTTP through the typed client in `paylera-shared` (server side):
//!
//! - on the server (`ssr`), [`ApiClient::readiness`] against the API itself, with the
//!   client the server built from its settings and provided as context;
//! - in the browser (`hydrate`, `csr`), through the server function [`load_api_status`] of
//!   the portal server, which asks the API. With server-side rendering the browser
//!   normally never runs it: the server's answer travels in the page and hydration
//!   reuses it.

use std::future::Future;

use leptos::server_fn::codec::GetUrl;
#[cfg(feature = "ssr")]
use paylera_shared::client::ApiClient;
use paylera_shared::health::Health;
use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::problem::Problem;

/// The API's readiness, as the home page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApiStatus {
    /// `/readyz` answered `ok`.
    Ok,
    /// The API answered, but is not ready (e.g. its database is down).
    Unavailable,
    /// The API could not be reached, or did not answer in time.
    Unreachable,
}

impl ApiStatus {
    /// The machine-readable word shown on the page (and in `data-status`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Unavailable => "unavailable",
            Self::Unreachable => "unreachable",
        }
    }

    /// The word shown on the page, in the page's language.
    pub fn label_key(self) -> Key {
        match self {
            Self::Ok => Key::StatusOk,
            Self::Unavailable => Key::StatusUnavailable,
            Self::Unreachable => Key::StatusUnreachable,
        }
    }

    /// A sentence for people.
    pub fn description_key(self) -> Key {
        match self {
            Self::Ok => Key::StatusOkDescription,
            Self::Unavailable => Key::StatusUnavailableDescription,
            Self::Unreachable => Key::StatusUnreachableDescription,
        }
    }

    /// Reads a readiness report (or the failure to get one).
    pub fn from_report<E>(report: Result<Health, E>) -> Self {
        match report {
            Ok(health) if health.is_ok() => Self::Ok,
            Ok(_) => Self::Unavailable,
            Err(_) => Self::Unreachable,
        }
    }
}

/// How long the server waits for the API's `/readyz` before calling it unreachable.
#[cfg(feature = "ssr")]
pub const READINESS_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(3);

/// Asks the API whether it is ready (server side: through the client in context).
#[cfg(feature = "ssr")]
pub fn fetch_api_status() -> impl Future<Output = ApiStatus> + Send + 'static {
    let client = leptos::prelude::use_context::<ApiClient>();
    async move {
        let Some(client) = client else {
            tracing::error!("no ApiClient in the render context; API status unknown");
            return ApiStatus::Unreachable;
        };
        check(&client).await
    }
}

/// Calls `/readyz` with [`READINESS_TIMEOUT`], logging why it failed if it did.
#[cfg(feature = "ssr")]
pub async fn check(client: &ApiClient) -> ApiStatus {
    match tokio::time::timeout(READINESS_TIMEOUT, client.readiness()).await {
        Ok(Ok(health)) => ApiStatus::from_report::<()>(Ok(health)),
        Ok(Err(err)) => {
            tracing::warn!(api = client.base_url(), error = %err, "API readiness check failed");
            ApiStatus::Unreachable
        }
        Err(_) => {
            tracing::warn!(api = client.base_url(), "API readiness check timed out");
            ApiStatus::Unreachable
        }
    }
}

/// Asks the portal server whether the API is ready (browser side), through [`load_api_status`].
///
/// Browser futures are not `Send`, but `Resource` wants `Send`; the browser runs a
/// single thread, so wrapping the future is sound.
#[cfg(not(feature = "ssr"))]
pub fn fetch_api_status() -> impl Future<Output = ApiStatus> + Send + 'static {
    send_wrapper::SendWrapper::new(async move { load_api_status().await.unwrap_or(ApiStatus::Unreachable) })
}

/// The API's readiness as the portal server sees it: what the browser asks (`GET
/// /api/api_status`), so the bundle needs no HTTP client of its own.
#[leptos::server(endpoint = "api_status", prefix = "/api", input = GetUrl)]
pub async fn load_api_status() -> Result<ApiStatus, Problem> {
    Ok(fetch_api_status().await)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(status: &str) -> Health {
        Health {
            status: status.to_owned(),
            service: "paylera-api".to_owned(),
            version: "0.1.0".to_owned(),
        }
    }

    #[test]
    fn an_ok_report_reads_as_ok() {
        assert_eq!(ApiStatus::from_report::<()>(Ok(report("ok"))), ApiStatus::Ok);
    }

    #[test]
    fn an_unavailable_report_reads_as_unavailable() {
        assert_eq!(
            ApiStatus::from_report::<()>(Ok(report("unavailable"))),
            ApiStatus::Unavailable
        );
    }

    #[test]
    fn no_report_reads_as_unreachable() {
        assert_eq!(
            ApiStatus::from_report(Err::<Health, _>("refused")),
            ApiStatus::Unreachable
        );
    }
}
