//! Whether the Paylera API is ready, as the portal's `/readyz` reports it (see
//! `health`): `/readyz` of the API through the typed client of `paylera-shared`, with a
//! timeout. Customers never see it: an overview is about their billing, not our
//! services (issue 17).

use paylera_shared::client::ApiClient;
use paylera_shared::health::Health;

/// The API's readiness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiStatus {
    /// `/readyz` answered `ok`.
    Ok,
    /// The API answered, but is not ready (e.g. its database is down).
    Unavailable,
    /// The API could not be reached, or did not answer in time.
    Unreachable,
}

impl ApiStatus {
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
pub const READINESS_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(3);

/// Calls `/readyz` with [`READINESS_TIMEOUT`], logging why it failed if it did.
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
