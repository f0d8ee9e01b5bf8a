//! Typed configuration, read from the environment once at start-up.
//!
//! Handlers never read the environment: they get what they need from
//! [`crate::AppState`]. Every variable is documented in the README and
//! `.env.example`.

use std::{net::SocketAddr, time::Duration};

use secrecy::SecretString;

/// Everything the API server needs to run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `PAYLERA_API_ADDR`: where to listen (port 0 picks a free port).
    pub api_addr: SocketAddr,
    /// `DATABASE_URL`: `sqlite://…` (default) or `postgres://…`. Secret: it may
    /// hold a password.
    pub database_url: SecretString,
    /// `PAYLERA_PORTAL_PUBLIC_URL`: the base of portal session links.
    pub portal_public_url: String,
    /// `PAYLERA_LOG`: a `tracing` filter such as `info,paylera_api=debug`.
    pub log_filter: String,
    /// `PAYLERA_LOG_FORMAT`: `json` (default) or `pretty`.
    pub log_format: LogFormat,
    /// How long idempotency keys are kept (at least 24 hours).
    pub idempotency_retention: Duration,
    /// `PAYLERA_DATA_DIR`: where development secrets are generated and kept.
    pub data_dir: std::path::PathBuf,
    /// `PAYLERA_CARD_FINGERPRINT_KEY`: the key of card fingerprints (≥ 32
    /// characters). Unset: generated once under `data_dir/secrets/`.
    pub card_fingerprint_key: Option<SecretString>,
    /// `PAYLERA_PORTAL_JWT_SECRET`: the HMAC key of portal tokens (≥ 32 characters).
    /// Unset: generated once under `data_dir/secrets/`.
    pub portal_jwt_secret: Option<SecretString>,
}

/// How log lines are written to stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Json,
    Pretty,
}

/// A variable is set to something unusable.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {message}")]
pub struct SettingsError {
    pub name: &'static str,
    pub message: String,
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/paylera.db";

impl Settings {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, SettingsError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup` (tests pass a map instead of the environment).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, SettingsError> {
        let var = |name: &str, default: &str| {
            lookup(name)
                .filter(|v| !v.trim().is_empty())
                .unwrap_or_else(|| default.to_owned())
        };
        let api_addr = var("PAYLERA_API_ADDR", "127.0.0.1:8080")
            .parse()
            .map_err(|err| SettingsError {
                name: "PAYLERA_API_ADDR",
                message: format!("expected host:port, {err}"),
            })?;
        let log_format = match var("PAYLERA_LOG_FORMAT", "json").as_str() {
            "json" => LogFormat::Json,
            "pretty" => LogFormat::Pretty,
            other => {
                return Err(SettingsError {
                    name: "PAYLERA_LOG_FORMAT",
                    message: format!("expected `json` or `pretty`, got `{other}`"),
                });
            }
        };
        let database_url = var("DATABASE_URL", DEFAULT_DATABASE_URL);
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(SettingsError {
                name: "DATABASE_URL",
                message: "expected a `sqlite://…` or `postgres://…` URL".to_owned(),
            });
        }
        Ok(Self {
            api_addr,
            database_url: SecretString::from(database_url),
            portal_public_url: var("PAYLERA_PORTAL_PUBLIC_URL", "http://127.0.0.1:3000"),
            log_filter: var("PAYLERA_LOG", "info"),
            log_format,
            idempotency_retention: Duration::from_secs(24 * 60 * 60),
            data_dir: var("PAYLERA_DATA_DIR", "data").into(),
            card_fingerprint_key: lookup("PAYLERA_CARD_FINGERPRINT_KEY")
                .filter(|v| !v.is_empty())
                .map(SecretString::from),
            portal_jwt_secret: lookup("PAYLERA_PORTAL_JWT_SECRET")
                .filter(|v| !v.is_empty())
                .map(SecretString::from),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        Settings::from_lookup(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned()))
    }

    #[test]
    fn defaults_match_the_operational_contract() {
        let s = settings(&[]).expect("defaults are valid");
        assert_eq!(s.api_addr.to_string(), "127.0.0.1:8080");
        assert_eq!(s.database_url.expose_secret(), "sqlite://data/paylera.db");
        assert_eq!(s.portal_public_url, "http://127.0.0.1:3000");
        assert_eq!(s.log_format, LogFormat::Json);
        assert!(s.idempotency_retention >= Duration::from_secs(24 * 3600));
    }

    #[test]
    fn a_bad_address_names_the_variable() {
        let err = settings(&[("PAYLERA_API_ADDR", "nowhere")]).expect_err("invalid");
        assert_eq!(err.name, "PAYLERA_API_ADDR");
    }

    #[test]
    fn an_unknown_database_scheme_is_refused() {
        let err = settings(&[("DATABASE_URL", "mysql://x")]).expect_err("invalid");
        assert_eq!(err.name, "DATABASE_URL");
    }
}
