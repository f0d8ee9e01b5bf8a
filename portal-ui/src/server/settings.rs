//! The portal server's configuration, read from the environment once at start-up.
//!
//! | variable                   | default                  | meaning                                           |
//! |----------------------------|--------------------------|---------------------------------------------------|
//! | `PAYLERA_PORTAL_ADDR`      | `127.0.0.1:3000`         | address to listen on (port `0` picks a free port)  |
//! | `PAYLERA_API_URL`          | `http://127.0.0.1:8080`  | base URL of the Paylera API                        |
//! | `PAYLERA_PORTAL_PUBLIC_URL`| `http://127.0.0.1:3000`  | the portal's URL as customers' browsers see it: its origin is the only `Origin` accepted on a mutation (see `csrf`) |
//! | `PAYLERA_PORTAL_SITE_ROOT` | `target/site`            | directory holding `pkg/` (the WASM bundle and CSS) |
//! | `PAYLERA_LOG`              | `info`                   | `tracing` filter directives                        |
//!
//! Handlers never read the environment: they get what they need from [`Settings`].

use std::{net::SocketAddr, path::PathBuf};

use super::PortalError;

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
}

impl Settings {
    pub const DEFAULT_ADDR: &str = "127.0.0.1:3000";
    pub const DEFAULT_API_URL: &str = "http://127.0.0.1:8080";
    pub const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:3000";
    pub const DEFAULT_SITE_ROOT: &str = "target/site";
    pub const DEFAULT_LOG_FILTER: &str = "info";

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

        Ok(Self {
            addr,
            api_url,
            public_url,
            site_root,
            log_filter,
        })
    }

    /// The origin (`scheme://host[:port]`, as browsers send it in `Origin`) of
    /// [`Settings::public_url`].
    pub fn public_origin(&self) -> String {
        reqwest::Url::parse(&self.public_url)
            .map(|url| url.origin().ascii_serialization())
            .unwrap_or_else(|_| self.public_url.clone())
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            api_url: Self::DEFAULT_API_URL.to_owned(),
            public_url: Self::DEFAULT_PUBLIC_URL.to_owned(),
            site_root: PathBuf::from(Self::DEFAULT_SITE_ROOT),
            log_filter: Self::DEFAULT_LOG_FILTER.to_owned(),
        }
    }
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
    fn the_default_public_origin_is_the_default_portal_address() {
        assert_eq!(Settings::default().public_origin(), "http://127.0.0.1:3000");
    }
}
