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
    /// `PAYLERA_ENV` (`development` or `production`; unset: `production` on a
    /// PostgreSQL `DATABASE_URL`, else `development`). In production every shared
    /// secret must be configured: none is ever generated per instance.
    pub environment: Environment,
    /// `PAYLERA_DRAIN_SECS` (0–120; default 5 in production, 0 in development): after
    /// SIGTERM, how long `/readyz` answers 503 while requests are still served, so a
    /// load balancer stops sending new ones before the listener closes.
    pub drain: Duration,
    /// `PAYLERA_INSTANCE` (1–64 of `A–Z a–z 0–9 _ . : -`; default `<hostname>-<pid>`):
    /// this process's name in logs and metrics.
    pub instance: String,
    /// `PAYLERA_API_ADDR`: where to listen (port 0 picks a free port).
    pub api_addr: SocketAddr,
    /// `PAYLERA_API_ADMIN_ADDR` (default `127.0.0.1:9080`; `off` to disable): the
    /// operators' listener for `/metrics` (and `/healthz`, `/readyz`), never the
    /// public one.
    pub admin_addr: Option<SocketAddr>,
    /// `DATABASE_URL`: `sqlite://…` (default) or `postgres://…`. Secret: it may
    /// hold a password.
    pub database_url: SecretString,
    /// `PAYLERA_API_PUBLIC_URL` (default `http://127.0.0.1:8080`): where merchants reach
    /// this API; the base of every error's `doc_url`.
    pub api_public_url: String,
    /// `PAYLERA_PORTAL_PUBLIC_URL`: the base of portal session links.
    pub portal_public_url: String,
    /// `PAYLERA_DASHBOARD_PUBLIC_URL`: the base of the dashboard's invitation links
    /// (default `http://127.0.0.1:3001`, ADR 0014).
    pub dashboard_public_url: String,
    /// `PAYLERA_LOG`: a `tracing` filter such as `info,paylera_api=debug`.
    pub log_filter: String,
    /// `PAYLERA_LOG_FORMAT`: `json` (default) or `pretty`.
    pub log_format: LogFormat,
    /// How long idempotency keys are kept (at least 24 hours).
    pub idempotency_retention: Duration,
    /// `PAYLERA_IDEMPOTENCY_STALE_SECS` (default 60, 4–3600): an in-flight idempotency
    /// claim without a heartbeat for this long belonged to a process that died and
    /// may be taken over by a retry (running requests beat every quarter of it).
    pub idempotency_stale_after: Duration,
    /// `PAYLERA_DATA_DIR`: where development secrets are generated and kept.
    pub data_dir: std::path::PathBuf,
    /// `PAYLERA_PDF_FONT_DIR` (default `/usr/share/fonts/opentype/noto`, where Debian's
    /// `fonts-noto-cjk` puts them): where the invoice PDFs' CJK fonts
    /// (`NotoSansCJK-Regular.ttc`, `NotoSansCJK-Bold.ttc`) are read from at start-up.
    pub pdf_font_dir: std::path::PathBuf,
    /// `PAYLERA_CARD_FINGERPRINT_KEY`: the key of card fingerprints (≥ 32
    /// characters). Unset: generated once under `data_dir/secrets/`.
    pub card_fingerprint_key: Option<SecretString>,
    /// `PAYLERA_PORTAL_JWT_SECRET`: the HMAC key of portal tokens (≥ 32 characters).
    /// Unset: generated once under `data_dir/secrets/`.
    pub portal_jwt_secret: Option<SecretString>,
    /// `PAYLERA_ENCRYPTION_KEY`: the secret what the API keeps but must not show is
    /// sealed with (stored idempotent responses, webhook signing secrets) and
    /// idempotency fingerprints are keyed with (≥ 32 characters). Unset: generated
    /// once under `data_dir/secrets/`. Every API process must share it.
    pub encryption_key: Option<SecretString>,
    /// `PAYLERA_SERVICE_KEY`: the credential the portal server presents to be
    /// believed about a customer's address (`paylera-client-ip`). Unset: no caller is.
    pub service_key: Option<SecretString>,
    /// `PAYLERA_LINK_EXCHANGES_PER_MINUTE` (default 30): portal link exchanges one
    /// client address may attempt per minute (guessing links is pointless; a browser
    /// test suite on one machine may need more).
    pub link_exchanges_per_minute: i64,
    /// `PAYLERA_API_KEY_REQUESTS_PER_MINUTE` (default 6000): requests one merchant
    /// API key may make per minute to one API process (then `429` with `Retry-After`).
    pub api_key_requests_per_minute: u32,
    /// The webhook dispatcher's knobs (`PAYLERA_WEBHOOKS_*`).
    pub webhooks: WebhookSettings,
}

/// Where the server runs: decides whether secrets may be generated locally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    /// One machine: missing secrets are generated once under `PAYLERA_DATA_DIR`.
    Development,
    /// Several instances share one database: every secret comes from the
    /// environment, the same for all of them.
    Production,
}

/// The secrets every instance of a production deployment must share, by variable.
pub const PRODUCTION_SECRETS: [&str; 4] = [
    "PAYLERA_ENCRYPTION_KEY",
    "PAYLERA_PORTAL_JWT_SECRET",
    "PAYLERA_CARD_FINGERPRINT_KEY",
    "PAYLERA_SERVICE_KEY",
];

/// How the webhook dispatcher runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookSettings {
    /// `PAYLERA_WEBHOOKS_DISPATCHER` (`on`, default, or `off`): whether this process
    /// delivers webhooks. Turn it off on processes that should only serve requests.
    pub dispatcher: bool,
    /// `PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS` (`false`, default, or `true`): test-mode
    /// tenants may target private, loopback and link-local addresses (local
    /// development). Live-mode tenants never may.
    pub allow_private_targets: bool,
    /// `PAYLERA_WEBHOOKS_TIMEOUT_SECS` (default 10): one attempt's time limit.
    pub timeout: Duration,
    /// `PAYLERA_WEBHOOKS_CONCURRENCY` (default 64): requests in flight per process.
    pub concurrency: usize,
    /// `PAYLERA_WEBHOOKS_PER_ENDPOINT_CONCURRENCY` (default 4): requests in flight to
    /// one endpoint per process.
    pub per_endpoint_concurrency: usize,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        Self {
            dispatcher: true,
            allow_private_targets: false,
            timeout: Duration::from_secs(10),
            concurrency: 64,
            per_endpoint_concurrency: 4,
        }
    }
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

/// The minimum length of a configured secret key (`PAYLERA_ENCRYPTION_KEY`, …): a
/// rule of the configuration, which `secrets` applies to what it loads.
pub const MIN_KEY_LEN: usize = 32;

/// Request bodies larger than this are refused with `413 body_too_large`.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

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
        let admin_addr = match var("PAYLERA_API_ADMIN_ADDR", "127.0.0.1:9080").as_str() {
            "off" => None,
            addr => Some(addr.parse().map_err(|err| SettingsError {
                name: "PAYLERA_API_ADMIN_ADDR",
                message: format!("expected host:port or `off`, {err}"),
            })?),
        };
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
        let environment = environment(&var, &database_url)?;
        if environment == Environment::Production
            && let Some(missing) = PRODUCTION_SECRETS
                .into_iter()
                .find(|name| lookup(name).is_none_or(|v| v.trim().is_empty()))
        {
            return Err(SettingsError {
                name: missing,
                message: format!(
                    "required in production (PAYLERA_ENV=production, or a PostgreSQL DATABASE_URL): \
                     every instance must share it, so it is never generated; set it to the same random \
                     value (at least {} characters) on every instance, or PAYLERA_ENV=development on \
                     one machine",
                    MIN_KEY_LEN
                ),
            });
        }
        let drain_default = if environment == Environment::Production {
            "5"
        } else {
            "0"
        };
        let drain = match var("PAYLERA_DRAIN_SECS", drain_default).parse::<u64>() {
            Ok(secs) if secs <= 120 => Duration::from_secs(secs),
            _ => {
                return Err(SettingsError {
                    name: "PAYLERA_DRAIN_SECS",
                    message: "expected a whole number of seconds from 0 to 120".to_owned(),
                });
            }
        };
        let instance = instance_name(&lookup).map_err(|message| SettingsError {
            name: "PAYLERA_INSTANCE",
            message,
        })?;
        let webhooks = webhook_settings(&var)?;
        let link_exchanges_per_minute =
            i64::try_from(number(&var, "PAYLERA_LINK_EXCHANGES_PER_MINUTE", "30", 100_000)?).unwrap_or(30);
        Ok(Self {
            environment,
            drain,
            instance,
            api_addr,
            admin_addr,
            database_url: SecretString::from(database_url),
            api_public_url: var("PAYLERA_API_PUBLIC_URL", "http://127.0.0.1:8080")
                .trim_end_matches('/')
                .to_owned(),
            portal_public_url: var("PAYLERA_PORTAL_PUBLIC_URL", "http://127.0.0.1:3000"),
            dashboard_public_url: var("PAYLERA_DASHBOARD_PUBLIC_URL", "http://127.0.0.1:3001"),
            log_filter: var("PAYLERA_LOG", "info"),
            log_format,
            idempotency_retention: Duration::from_secs(24 * 60 * 60),
            idempotency_stale_after: Duration::from_secs(
                number(&var, "PAYLERA_IDEMPOTENCY_STALE_SECS", "60", 3600)?.max(4),
            ),
            data_dir: var("PAYLERA_DATA_DIR", "data").into(),
            pdf_font_dir: var("PAYLERA_PDF_FONT_DIR", paylera_pdf::DEFAULT_FONT_DIR).into(),
            card_fingerprint_key: lookup("PAYLERA_CARD_FINGERPRINT_KEY")
                .filter(|v| !v.is_empty())
                .map(SecretString::from),
            portal_jwt_secret: lookup("PAYLERA_PORTAL_JWT_SECRET")
                .filter(|v| !v.is_empty())
                .map(SecretString::from),
            encryption_key: lookup("PAYLERA_ENCRYPTION_KEY")
                .filter(|v| !v.is_empty())
                .map(SecretString::from),
            service_key: match lookup("PAYLERA_SERVICE_KEY").filter(|v| !v.is_empty()) {
                Some(key) if key.len() < MIN_KEY_LEN => {
                    return Err(SettingsError {
                        name: "PAYLERA_SERVICE_KEY",
                        message: format!("must be at least {} characters", MIN_KEY_LEN),
                    });
                }
                key => key.map(SecretString::from),
            },
            link_exchanges_per_minute,
            api_key_requests_per_minute: u32::try_from(number(
                &var,
                "PAYLERA_API_KEY_REQUESTS_PER_MINUTE",
                "6000",
                10_000_000,
            )?)
            .unwrap_or(6000),
            webhooks,
        })
    }
}

/// `PAYLERA_INSTANCE` read through `lookup`, or `<hostname>-<pid>` (the host name
/// from `/etc/hostname`, else `HOSTNAME`, else `paylera`). `Err` says why a set value
/// is unusable.
pub fn instance_name(lookup: &impl Fn(&str) -> Option<String>) -> Result<String, String> {
    let hostname = std::fs::read_to_string("/etc/hostname")
        .ok()
        .filter(|name| !name.trim().is_empty())
        .or_else(|| lookup("HOSTNAME"));
    paylera_shared::trace::instance_name(
        lookup(paylera_shared::trace::INSTANCE_VAR).as_deref(),
        hostname.as_deref(),
        std::process::id(),
    )
}

/// `PAYLERA_ENV`, or what the database implies.
fn environment(var: &dyn Fn(&str, &str) -> String, database_url: &str) -> Result<Environment, SettingsError> {
    let implied = if database_url.starts_with("sqlite:") {
        "development"
    } else {
        "production"
    };
    match var("PAYLERA_ENV", implied).to_ascii_lowercase().as_str() {
        "development" => Ok(Environment::Development),
        "production" => Ok(Environment::Production),
        other => Err(SettingsError {
            name: "PAYLERA_ENV",
            message: format!("expected `development` or `production`, got `{other}`"),
        }),
    }
}

fn webhook_settings(var: &dyn Fn(&str, &str) -> String) -> Result<WebhookSettings, SettingsError> {
    let flag = |name: &'static str, default: &str| match var(name, default).to_ascii_lowercase().as_str() {
        "1" | "true" | "on" | "yes" => Ok(true),
        "0" | "false" | "off" | "no" => Ok(false),
        other => Err(SettingsError {
            name,
            message: format!("expected `true` or `false`, got `{other}`"),
        }),
    };
    let number = |name: &'static str, default: &str, max: u64| number(var, name, default, max);
    Ok(WebhookSettings {
        dispatcher: flag("PAYLERA_WEBHOOKS_DISPATCHER", "on")?,
        allow_private_targets: flag("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "false")?,
        timeout: Duration::from_secs(number("PAYLERA_WEBHOOKS_TIMEOUT_SECS", "10", 60)?),
        concurrency: usize::try_from(number("PAYLERA_WEBHOOKS_CONCURRENCY", "64", 1024)?).unwrap_or(64),
        per_endpoint_concurrency: usize::try_from(number("PAYLERA_WEBHOOKS_PER_ENDPOINT_CONCURRENCY", "4", 64)?)
            .unwrap_or(4),
    })
}

/// Variable `name` (or `default`) as a whole number from 1 to `max`.
fn number(
    var: &dyn Fn(&str, &str) -> String,
    name: &'static str,
    default: &str,
    max: u64,
) -> Result<u64, SettingsError> {
    match var(name, default).parse::<u64>() {
        Ok(n) if (1..=max).contains(&n) => Ok(n),
        _ => Err(SettingsError {
            name,
            message: format!("expected a whole number from 1 to {max}"),
        }),
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
        assert_eq!(s.admin_addr.map(|a| a.to_string()).as_deref(), Some("127.0.0.1:9080"));
        assert_eq!(s.api_key_requests_per_minute, 6000);
        assert!(s.service_key.is_none() && s.encryption_key.is_none());
        assert_eq!(s.database_url.expose_secret(), "sqlite://data/paylera.db");
        assert_eq!(s.portal_public_url, "http://127.0.0.1:3000");
        assert_eq!(s.log_format, LogFormat::Json);
        assert!(s.idempotency_retention >= Duration::from_secs(24 * 3600));
        assert_eq!(s.link_exchanges_per_minute, 30);
        assert_eq!(s.webhooks, WebhookSettings::default());
        assert!(!s.webhooks.allow_private_targets, "private webhook targets are opt-in");
    }

    #[test]
    fn webhook_settings_are_read_and_checked() {
        let s = settings(&[
            ("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"),
            ("PAYLERA_WEBHOOKS_DISPATCHER", "off"),
            ("PAYLERA_WEBHOOKS_TIMEOUT_SECS", "3"),
        ])
        .expect("valid");
        assert!(s.webhooks.allow_private_targets);
        assert!(!s.webhooks.dispatcher);
        assert_eq!(s.webhooks.timeout, Duration::from_secs(3));
        let err = settings(&[("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "maybe")]).expect_err("invalid");
        assert_eq!(err.name, "PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS");
        let err = settings(&[("PAYLERA_WEBHOOKS_CONCURRENCY", "0")]).expect_err("invalid");
        assert_eq!(err.name, "PAYLERA_WEBHOOKS_CONCURRENCY");
    }

    #[test]
    fn a_bad_address_names_the_variable() {
        let err = settings(&[("PAYLERA_LINK_EXCHANGES_PER_MINUTE", "0")]).expect_err("invalid");
        assert_eq!(err.name, "PAYLERA_LINK_EXCHANGES_PER_MINUTE");
        let err = settings(&[("PAYLERA_API_ADDR", "nowhere")]).expect_err("invalid");
        assert_eq!(err.name, "PAYLERA_API_ADDR");
    }

    const KEY: &str = "0123456789abcdef0123456789abcdef-test";

    #[test]
    fn production_refuses_to_start_without_each_shared_secret_and_names_it() {
        for env in [
            &[("PAYLERA_ENV", "production")][..],
            &[("DATABASE_URL", "postgres://postgres@127.0.0.1/paylera")][..],
        ] {
            for missing in PRODUCTION_SECRETS {
                let mut vars = env.to_vec();
                vars.extend(PRODUCTION_SECRETS.iter().filter(|n| **n != missing).map(|n| (*n, KEY)));
                let err = settings(&vars).expect_err("a shared secret is missing");
                assert_eq!(err.name, missing);
                assert!(err.to_string().contains("production"), "{err}");
                // An empty value is no secret either.
                vars.push((missing, " "));
                assert_eq!(settings(&vars).expect_err("empty").name, missing);
            }
        }
    }

    #[test]
    fn production_starts_with_every_shared_secret_and_drains_by_default() {
        let mut vars = vec![("DATABASE_URL", "postgres://postgres@127.0.0.1/paylera")];
        vars.extend(PRODUCTION_SECRETS.iter().map(|n| (*n, KEY)));
        let s = settings(&vars).expect("complete");
        assert_eq!(s.environment, Environment::Production);
        assert_eq!(s.drain, Duration::from_secs(5));
        assert!(s.encryption_key.is_some() && s.portal_jwt_secret.is_some() && s.card_fingerprint_key.is_some());
    }

    #[test]
    fn development_is_the_default_on_sqlite_and_may_be_chosen_on_postgres() {
        let s = settings(&[]).expect("defaults");
        assert_eq!((s.environment, s.drain), (Environment::Development, Duration::ZERO));
        let s = settings(&[
            ("DATABASE_URL", "postgres://postgres@127.0.0.1/paylera"),
            ("PAYLERA_ENV", "Development"),
            ("PAYLERA_DRAIN_SECS", "2"),
        ])
        .expect("explicit development");
        assert_eq!(
            (s.environment, s.drain),
            (Environment::Development, Duration::from_secs(2))
        );
        assert_eq!(
            settings(&[("PAYLERA_ENV", "staging")]).expect_err("unknown").name,
            "PAYLERA_ENV"
        );
        assert_eq!(
            settings(&[("PAYLERA_DRAIN_SECS", "600")]).expect_err("too long").name,
            "PAYLERA_DRAIN_SECS"
        );
    }

    #[test]
    fn an_unknown_database_scheme_is_refused() {
        let err = settings(&[("DATABASE_URL", "mysql://x")]).expect_err("invalid");
        assert_eq!(err.name, "DATABASE_URL");
    }
}
