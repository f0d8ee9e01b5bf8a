//! The portal server's configuration, read from the environment once at start-up.
//!
//! | variable                   | default                  | meaning                                           |
//! |----------------------------|--------------------------|---------------------------------------------------|
//! | `PAYLERA_PORTAL_ADDR`      | `127.0.0.1:3000`         | address to listen on (port `0` picks a free port)  |
//! | `PAYLERA_API_URL`          | `http://127.0.0.1:8080`  | base URL of the Paylera API                        |
//! | `PAYLERA_PORTAL_PUBLIC_URL`| `http://127.0.0.1:3000`  | the portal's URL as customers' browsers see it: its origin is the only `Origin` accepted on a mutation (see `csrf`) |
//! | `PAYLERA_PORTAL_SITE_ROOT` | `target/site`            | directory holding `pkg/` (the WASM bundle and CSS) |
//! | `PAYLERA_LOG`              | `info`                   | `tracing` filter directives                        |
//! | `PAYLERA_TRUSTED_PROXIES`  | empty                    | comma-separated CIDRs of the load balancers in front of the portal: only a peer inside them is believed about `X-Forwarded-For` (see `client_ip`) |
//! | `PAYLERA_SERVICE_KEY`      | unset                    | the secret (≥ 32 characters) the portal shows the API when it passes on the customer's address on a link exchange; unset: no address is passed on (required in production). Never logged |
//! | `PAYLERA_ENV`              | `development`            | `development` or `production`: production refuses to start without `PAYLERA_SERVICE_KEY` and warns when `PAYLERA_PORTAL_PUBLIC_URL` is not `https` |
//! | `PAYLERA_PORTAL_ADMIN_ADDR`| `127.0.0.1:9081`         | the operators' listener (`/metrics`, `/healthz`, `/readyz`); `off` disables it |
//! | `PAYLERA_DASHBOARD_ADDR`   | `127.0.0.1:3001`         | the merchant dashboard's listener (its own origin, ADR 0014); `off` disables it |
//! | `PAYLERA_DASHBOARD_PUBLIC_URL` | `http://127.0.0.1:3001` | the dashboard's URL as the team's browsers see it: its origin is the only `Origin` accepted on the dashboard's forms |
//! | `PAYLERA_INSTANCE`         | `<hostname>-<pid>`       | this process's name in logs and metrics (1–64 characters of `A–Z a–z 0–9 _ . : -`) |
//! | `PAYLERA_DRAIN_SECS`       | `5` in production, else `0` | after SIGTERM, how long `/readyz` answers `503` (while everything else is served) before the listener closes; 0–120 |
//!
//! Handlers never read the environment: they get what they need from [`Settings`].

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use secrecy::{ExposeSecret as _, SecretString};

use super::{PortalError, client_ip::TrustedProxies};

/// The shortest service key accepted.
pub const MIN_SERVICE_KEY_LEN: usize = 32;

/// The portal's service key (`PAYLERA_SERVICE_KEY`): what makes the API believe the
/// customer address the portal passes on. Never printed (`Debug` says `[redacted]`).
#[derive(Clone)]
pub struct ServiceKey(SecretString);

impl ServiceKey {
    /// The key, checked: at least [`MIN_SERVICE_KEY_LEN`] characters, no spaces or
    /// control characters (it travels in a header).
    pub fn parse(raw: &str) -> Result<Self, String> {
        if raw.chars().count() < MIN_SERVICE_KEY_LEN {
            return Err(format!("must be at least {MIN_SERVICE_KEY_LEN} characters"));
        }
        if !raw.bytes().all(|b| b.is_ascii_graphic()) {
            return Err("must be printable ASCII without spaces".to_owned());
        }
        Ok(Self(SecretString::from(raw)))
    }

    /// The key itself, for the one header that carries it.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl std::fmt::Debug for ServiceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServiceKey([redacted])")
    }
}

impl PartialEq for ServiceKey {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Eq for ServiceKey {}

/// Where the portal runs (`PAYLERA_ENV`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Environment {
    /// One machine, for development: nothing is required.
    #[default]
    Development,
    /// Behind a load balancer, among other instances: the service key is required.
    Production,
}

/// The longest `PAYLERA_DRAIN_SECS`.
pub const MAX_DRAIN_SECS: u64 = 120;

/// Everything the portal server needs to know about its environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Where to listen.
    pub addr: SocketAddr,
    /// The API's base URL, without a trailing `/` (e.g. `http://127.0.0.1:8080`).
    pub api_url: String,
    /// The portal's public base URL, without a trailing `/` (e.g.
    /// `https://portal.paylera.io`): where customers' browsers reach this server.
    pub public_url: String,
    /// The directory whose `pkg/` holds `portal.js`, `portal_bg.wasm` and `portal.css`.
    pub site_root: PathBuf,
    /// `tracing` filter directives (e.g. `info,paylera_portal_ui=debug`).
    pub log_filter: String,
    /// The load balancers whose `X-Forwarded-For` is believed.
    pub trusted_proxies: TrustedProxies,
    /// Sent to the API with the customer's address on a link exchange; `None`: neither
    /// is sent.
    pub service_key: Option<ServiceKey>,
    /// `development` or `production`.
    pub environment: Environment,
    /// The operators' listener (`/metrics`, `/healthz`, `/readyz`); `None`: off.
    pub admin_addr: Option<SocketAddr>,
    /// The merchant dashboard's listener (`crate::dashboard`); `None`: off.
    pub dashboard_addr: Option<SocketAddr>,
    /// The dashboard's public base URL, without a trailing `/`.
    pub dashboard_public_url: String,
    /// This process's name in logs and metrics.
    pub instance: String,
    /// How long `/readyz` answers `503` after SIGTERM before the listener closes.
    pub drain: Duration,
}

impl Settings {
    pub const DEFAULT_ADDR: &str = "127.0.0.1:3000";
    pub const DEFAULT_API_URL: &str = "http://127.0.0.1:8080";
    pub const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:3000";
    pub const DEFAULT_SITE_ROOT: &str = "target/site";
    pub const DEFAULT_LOG_FILTER: &str = "info";
    pub const DEFAULT_ADMIN_ADDR: &str = "127.0.0.1:9081";
    pub const DEFAULT_DASHBOARD_ADDR: &str = "127.0.0.1:3001";
    pub const DEFAULT_DASHBOARD_PUBLIC_URL: &str = "http://127.0.0.1:3001";

    /// Reads the process environment (unset or empty variables take their defaults).
    pub fn from_env() -> Result<Self, PortalError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup` (the environment in production, a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, PortalError> {
        let var = |name: &str, default: &str| {
            lookup(name)
                .map(|value| value.trim().to_owned())
                .filter(|value| !value.is_empty())
                .unwrap_or_else(|| default.to_owned())
        };

        let addr =
            var("PAYLERA_PORTAL_ADDR", Self::DEFAULT_ADDR)
                .parse()
                .map_err(|err: std::net::AddrParseError| PortalError::Config {
                    var: "PAYLERA_PORTAL_ADDR",
                    reason: format!("{err} (expected e.g. 127.0.0.1:3000)"),
                })?;
        let api_url = parse_base_url("PAYLERA_API_URL", &var("PAYLERA_API_URL", Self::DEFAULT_API_URL))?;
        let public_url = parse_base_url(
            "PAYLERA_PORTAL_PUBLIC_URL",
            &var("PAYLERA_PORTAL_PUBLIC_URL", Self::DEFAULT_PUBLIC_URL),
        )?;
        let site_root = PathBuf::from(var("PAYLERA_PORTAL_SITE_ROOT", Self::DEFAULT_SITE_ROOT));
        let log_filter = var("PAYLERA_LOG", Self::DEFAULT_LOG_FILTER);
        let trusted_proxies =
            TrustedProxies::parse(&var("PAYLERA_TRUSTED_PROXIES", "")).map_err(|reason| PortalError::Config {
                var: "PAYLERA_TRUSTED_PROXIES",
                reason,
            })?;
        // The reason never holds the value: it is a secret.
        let service_key = lookup("PAYLERA_SERVICE_KEY")
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
            .map(|value| ServiceKey::parse(&value))
            .transpose()
            .map_err(|reason| PortalError::Config {
                var: "PAYLERA_SERVICE_KEY",
                reason,
            })?;
        let environment = match var("PAYLERA_ENV", "development").to_ascii_lowercase().as_str() {
            "development" => Environment::Development,
            "production" => Environment::Production,
            other => {
                return Err(PortalError::Config {
                    var: "PAYLERA_ENV",
                    reason: format!("expected `development` or `production`, got {other:?}"),
                });
            }
        };
        if environment == Environment::Production && service_key.is_none() {
            return Err(PortalError::Config {
                var: "PAYLERA_SERVICE_KEY",
                reason: "required in production (PAYLERA_ENV=production): set the same key the API has".to_owned(),
            });
        }
        let admin_addr = optional_addr(
            "PAYLERA_PORTAL_ADMIN_ADDR",
            &var("PAYLERA_PORTAL_ADMIN_ADDR", Self::DEFAULT_ADMIN_ADDR),
        )?;
        let dashboard_addr = optional_addr(
            "PAYLERA_DASHBOARD_ADDR",
            &var("PAYLERA_DASHBOARD_ADDR", Self::DEFAULT_DASHBOARD_ADDR),
        )?;
        let dashboard_public_url = parse_base_url(
            "PAYLERA_DASHBOARD_PUBLIC_URL",
            &var("PAYLERA_DASHBOARD_PUBLIC_URL", Self::DEFAULT_DASHBOARD_PUBLIC_URL),
        )?;
        let instance = paylera_shared::trace::instance_name(
            lookup(paylera_shared::trace::INSTANCE_VAR).as_deref(),
            hostname(&lookup).as_deref(),
            std::process::id(),
        )
        .map_err(|reason| PortalError::Config {
            var: "PAYLERA_INSTANCE",
            reason,
        })?;
        let drain_default = match environment {
            Environment::Production => "5",
            Environment::Development => "0",
        };
        let drain = var("PAYLERA_DRAIN_SECS", drain_default)
            .parse::<u64>()
            .ok()
            .filter(|secs| *secs <= MAX_DRAIN_SECS)
            .map(Duration::from_secs)
            .ok_or_else(|| PortalError::Config {
                var: "PAYLERA_DRAIN_SECS",
                reason: format!("expected a whole number of seconds from 0 to {MAX_DRAIN_SECS}"),
            })?;

        Ok(Self {
            addr,
            api_url,
            public_url,
            site_root,
            log_filter,
            trusted_proxies,
            service_key,
            environment,
            admin_addr,
            dashboard_addr,
            dashboard_public_url,
            instance,
            drain,
        })
    }

    /// What an operator should hear about at start-up (logged once each): in
    /// production, a public URL that is not `https`.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if self.environment == Environment::Production && !self.public_url.starts_with("https://") {
            warnings.push(format!(
                "PAYLERA_PORTAL_PUBLIC_URL is not https in production ({}): the session cookies (`__Host-`, `Secure`) need https in the browser",
                self.public_url
            ));
        }
        warnings
    }

    /// The origin (`scheme://host[:port]`, as browsers send it in `Origin`) of
    /// [`Settings::public_url`].
    pub fn public_origin(&self) -> String {
        origin_of(&self.public_url)
    }

    /// The origin of [`Settings::dashboard_public_url`].
    pub fn dashboard_origin(&self) -> String {
        origin_of(&self.dashboard_public_url)
    }
}

/// `scheme://host[:port]` of a base URL, as browsers send it in `Origin`.
fn origin_of(base_url: &str) -> String {
    reqwest::Url::parse(base_url)
        .map(|url| url.origin().ascii_serialization())
        .unwrap_or_else(|_| base_url.to_owned())
}

/// A listener's address from `raw`, or `None` for `off`.
fn optional_addr(var: &'static str, raw: &str) -> Result<Option<SocketAddr>, PortalError> {
    if raw == "off" {
        return Ok(None);
    }
    raw.parse()
        .map(Some)
        .map_err(|err: std::net::AddrParseError| PortalError::Config {
            var,
            reason: format!("{err} (expected an address such as 127.0.0.1:9081, or `off`)"),
        })
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            api_url: Self::DEFAULT_API_URL.to_owned(),
            public_url: Self::DEFAULT_PUBLIC_URL.to_owned(),
            site_root: PathBuf::from(Self::DEFAULT_SITE_ROOT),
            log_filter: Self::DEFAULT_LOG_FILTER.to_owned(),
            trusted_proxies: TrustedProxies::default(),
            service_key: None,
            environment: Environment::Development,
            admin_addr: Some(SocketAddr::from(([127, 0, 0, 1], 9081))),
            dashboard_addr: Some(SocketAddr::from(([127, 0, 0, 1], 3001))),
            dashboard_public_url: Self::DEFAULT_DASHBOARD_PUBLIC_URL.to_owned(),
            instance: paylera_shared::trace::default_instance_name(hostname(&|_| None).as_deref(), std::process::id()),
            drain: Duration::ZERO,
        }
    }
}

/// The host's name: `/etc/hostname`, else `HOSTNAME` (through `lookup`).
fn hostname(lookup: &impl Fn(&str) -> Option<String>) -> Option<String> {
    std::fs::read_to_string("/etc/hostname")
        .ok()
        .filter(|name| !name.trim().is_empty())
        .or_else(|| lookup("HOSTNAME"))
}

/// An absolute `http(s)` URL with a host (the value of `var`), returned without its
/// trailing `/`.
fn parse_base_url(var: &'static str, raw: &str) -> Result<String, PortalError> {
    let invalid = |reason: String| PortalError::Config { var, reason };
    let url = reqwest::Url::parse(raw).map_err(|err| invalid(format!("{err}: {raw:?}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(invalid(format!("expected an http(s) URL with a host, got {raw:?}")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(format!("a base URL takes no query or fragment, got {raw:?}")));
    }
    Ok(raw.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn settings_from(vars: &[(&str, &str)]) -> Result<Settings, PortalError> {
        let vars: HashMap<String, String> = vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        Settings::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn an_empty_environment_gives_the_documented_defaults() {
        let settings = settings_from(&[]).expect("defaults are valid");
        assert_eq!(settings, Settings::default());
        assert_eq!(settings.addr.to_string(), "127.0.0.1:3000");
    }

    #[test]
    fn every_variable_is_read() {
        let settings = settings_from(&[
            ("PAYLERA_PORTAL_ADDR", "0.0.0.0:0"),
            ("PAYLERA_API_URL", "http://api.internal:9000/"),
            ("PAYLERA_PORTAL_PUBLIC_URL", "https://Portal.Example:443/"),
            ("PAYLERA_PORTAL_SITE_ROOT", "/srv/portal"),
            ("PAYLERA_LOG", "debug"),
        ])
        .expect("valid settings");
        assert_eq!(settings.addr.port(), 0);
        assert_eq!(settings.api_url, "http://api.internal:9000");
        assert_eq!(settings.public_url, "https://Portal.Example:443");
        // As a browser writes it in `Origin`: lowercase host, no default port.
        assert_eq!(settings.public_origin(), "https://portal.example");
        assert_eq!(settings.site_root, PathBuf::from("/srv/portal"));
        assert_eq!(settings.log_filter, "debug");
    }

    #[test]
    fn a_malformed_address_is_rejected_naming_its_variable() {
        let err = settings_from(&[("PAYLERA_PORTAL_ADDR", "localhost")]).expect_err("invalid");
        assert!(err.to_string().contains("PAYLERA_PORTAL_ADDR"), "{err}");
    }

    #[test]
    fn a_base_url_without_http_is_rejected_naming_its_variable() {
        for var in ["PAYLERA_API_URL", "PAYLERA_PORTAL_PUBLIC_URL"] {
            for raw in ["127.0.0.1:8080", "ftp://api", "http://api/?x=1"] {
                let err = settings_from(&[(var, raw)]).expect_err(raw);
                assert!(err.to_string().contains(var), "{err}");
            }
        }
    }

    #[test]
    fn trusted_proxies_are_parsed_at_start_up_and_a_bad_one_names_its_variable() {
        let settings = settings_from(&[("PAYLERA_TRUSTED_PROXIES", "10.0.0.0/8, fd00::/8")]).expect("valid");
        assert!(settings.trusted_proxies.contains("10.1.2.3".parse().expect("ip")));
        assert!(settings_from(&[]).expect("defaults").trusted_proxies.is_empty());

        let err = settings_from(&[("PAYLERA_TRUSTED_PROXIES", "10.0.0.0/8, lb.internal")]).expect_err("invalid");
        assert!(err.to_string().contains("PAYLERA_TRUSTED_PROXIES"), "{err}");
        assert!(err.to_string().contains("lb.internal"), "{err}");
    }

    #[test]
    fn the_service_key_is_optional_long_and_never_printed() {
        assert_eq!(settings_from(&[]).expect("defaults").service_key, None);
        let key = "sk_portal_0123456789abcdefghijklmnopqrstuv";
        let settings = settings_from(&[("PAYLERA_SERVICE_KEY", key)]).expect("valid");
        assert_eq!(settings.service_key.as_ref().map(ServiceKey::expose), Some(key));
        assert!(!format!("{settings:?}").contains(key), "{settings:?}");

        for short in ["short", "0123456789abcdefghijklmnopqrstu"] {
            let err = settings_from(&[("PAYLERA_SERVICE_KEY", short)]).expect_err(short);
            assert!(err.to_string().contains("PAYLERA_SERVICE_KEY"), "{err}");
            assert!(!err.to_string().contains(short), "{err}");
        }
        let spaced = "0123456789abcdef 0123456789abcdef";
        let err = settings_from(&[("PAYLERA_SERVICE_KEY", spaced)]).expect_err("spaces");
        assert!(!err.to_string().contains(spaced), "{err}");
    }

    const KEY: &str = "sk_portal_0123456789abcdefghijklmnopqrstuv";

    #[test]
    fn production_refuses_to_start_without_the_service_key_and_names_it() {
        let err = settings_from(&[("PAYLERA_ENV", "production")]).expect_err("no service key");
        assert!(
            matches!(
                err,
                PortalError::Config {
                    var: "PAYLERA_SERVICE_KEY",
                    ..
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains("PAYLERA_SERVICE_KEY"), "{err}");

        let settings = settings_from(&[("PAYLERA_ENV", "Production"), ("PAYLERA_SERVICE_KEY", KEY)]).expect("valid");
        assert_eq!(settings.environment, Environment::Production);
        assert_eq!(settings.drain, Duration::from_secs(5), "production drains by default");
    }

    #[test]
    fn an_unknown_environment_is_refused_naming_its_variable() {
        let err = settings_from(&[("PAYLERA_ENV", "staging")]).expect_err("unknown");
        assert!(matches!(err, PortalError::Config { var: "PAYLERA_ENV", .. }), "{err}");
    }

    #[test]
    fn production_warns_when_the_public_url_is_not_https() {
        let plain = settings_from(&[("PAYLERA_ENV", "production"), ("PAYLERA_SERVICE_KEY", KEY)]).expect("valid");
        assert_eq!(plain.warnings().len(), 1);
        assert!(plain.warnings()[0].contains("PAYLERA_PORTAL_PUBLIC_URL"));
        let secure = settings_from(&[
            ("PAYLERA_ENV", "production"),
            ("PAYLERA_SERVICE_KEY", KEY),
            ("PAYLERA_PORTAL_PUBLIC_URL", "https://portal.example"),
        ])
        .expect("valid");
        assert!(secure.warnings().is_empty());
        assert!(
            settings_from(&[]).expect("defaults").warnings().is_empty(),
            "development says nothing"
        );
    }

    #[test]
    fn the_admin_listener_can_move_or_be_turned_off() {
        let settings = settings_from(&[("PAYLERA_PORTAL_ADMIN_ADDR", "0.0.0.0:0")]).expect("valid");
        assert_eq!(settings.admin_addr.map(|a| a.port()), Some(0));
        assert_eq!(
            settings_from(&[("PAYLERA_PORTAL_ADMIN_ADDR", "off")])
                .expect("off")
                .admin_addr,
            None
        );
        let err = settings_from(&[("PAYLERA_PORTAL_ADMIN_ADDR", "nowhere")]).expect_err("invalid");
        assert!(err.to_string().contains("PAYLERA_PORTAL_ADMIN_ADDR"), "{err}");
    }

    #[test]
    fn the_dashboard_has_its_own_listener_and_origin_and_can_be_turned_off() {
        let defaults = settings_from(&[]).expect("defaults");
        assert_eq!(defaults.dashboard_addr.map(|a| a.port()), Some(3001));
        assert_eq!(defaults.dashboard_origin(), "http://127.0.0.1:3001");
        assert_ne!(defaults.dashboard_origin(), defaults.public_origin());
        let moved = settings_from(&[
            ("PAYLERA_DASHBOARD_ADDR", "0.0.0.0:0"),
            ("PAYLERA_DASHBOARD_PUBLIC_URL", "https://dashboard.example/"),
        ])
        .expect("valid");
        assert_eq!(moved.dashboard_addr.map(|a| a.port()), Some(0));
        assert_eq!(moved.dashboard_origin(), "https://dashboard.example");
        let off = settings_from(&[("PAYLERA_DASHBOARD_ADDR", "off")]).expect("off");
        assert_eq!(off.dashboard_addr, None);
        let err = settings_from(&[("PAYLERA_DASHBOARD_ADDR", "nowhere")]).expect_err("invalid");
        assert!(err.to_string().contains("PAYLERA_DASHBOARD_ADDR"), "{err}");
    }

    #[test]
    fn the_instance_is_named_explicitly_or_after_the_host_and_process() {
        assert_eq!(
            settings_from(&[("PAYLERA_INSTANCE", "portal-2")])
                .expect("valid")
                .instance,
            "portal-2"
        );
        let default = settings_from(&[]).expect("defaults").instance;
        assert!(default.ends_with(&format!("-{}", std::process::id())), "{default}");
        let err = settings_from(&[("PAYLERA_INSTANCE", "portal 2")]).expect_err("invalid");
        assert!(err.to_string().contains("PAYLERA_INSTANCE"), "{err}");
    }

    #[test]
    fn the_drain_is_0_to_120_seconds() {
        assert_eq!(
            settings_from(&[("PAYLERA_DRAIN_SECS", "120")]).expect("valid").drain,
            Duration::from_secs(120)
        );
        for bad in ["121", "-1", "5s"] {
            let err = settings_from(&[("PAYLERA_DRAIN_SECS", bad)]).expect_err(bad);
            assert!(err.to_string().contains("PAYLERA_DRAIN_SECS"), "{err}");
        }
    }

    #[test]
    fn the_default_public_origin_is_the_default_portal_address() {
        assert_eq!(Settings::default().public_origin(), "http://127.0.0.1:3000");
    }
}
