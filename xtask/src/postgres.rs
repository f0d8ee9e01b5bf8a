//! Finding the PostgreSQL server for the integration tests' PostgreSQL leg:
//! parse its URL, hide the password for display, check it accepts TCP
//! connections, and (as root) try once to start the local cluster.

use std::net::{TcpStream, ToSocketAddrs};
use std::path::Path;
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{cmd, http};

pub const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// Host and port of a `postgres://` URL plus a printable form without a password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgTarget {
    pub host: String,
    pub port: u16,
    pub redacted: String,
}

impl PgTarget {
    /// Parses `postgres[ql]://[user[:password]@][host][:port][/db][?…]`.
    pub fn parse(url: &str) -> Result<Self> {
        let Some((scheme, rest)) = url.split_once("://") else {
            bail!("not a URL: {}", redact(url));
        };
        if scheme != "postgres" && scheme != "postgresql" {
            bail!("expected a postgres:// URL, got {scheme}://");
        }
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        let host_port = authority.rsplit_once('@').map_or(authority, |(_, hp)| hp);
        let (host, port) = if host_port.is_empty() {
            ("127.0.0.1".to_owned(), 5432)
        } else {
            http::split_host_port(host_port, 5432).with_context(|| format!("bad host:port in {}", redact(url)))?
        };
        Ok(Self {
            host,
            port,
            redacted: redact(url),
        })
    }

    pub fn address(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// Whether something accepts TCP connections at host:port.
    pub fn reachable(&self) -> bool {
        let Ok(addrs) = (self.host.as_str(), self.port).to_socket_addrs() else {
            return false;
        };
        addrs
            .into_iter()
            .any(|addr| TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_ok())
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _password)) => format!("{scheme}://{user}:***@{host}{tail}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

/// As root on a machine with exactly one cluster version under /etc/postgresql,
/// runs `pg_ctlcluster --skip-systemctl-redirect <version> main start` and, when that
/// succeeds, waits up to 20 s for the port to open. Returns whether it is reachable
/// afterwards.
pub fn try_start(target: &PgTarget) -> Result<bool> {
    if !cmd::running_as_root() {
        eprintln!("postgres: not root; not trying to start PostgreSQL");
        return Ok(false);
    }
    let Some(version) = single_cluster_version(Path::new("/etc/postgresql")) else {
        eprintln!("postgres: no single cluster version in /etc/postgresql; not trying to start it");
        return Ok(false);
    };
    let status =
        cmd::status(Command::new("pg_ctlcluster").args(["--skip-systemctl-redirect", &version, "main", "start"]));
    match status {
        Ok(status) if status.success() => {}
        // Already running (on another port than the URL's, then) or not startable:
        // waiting would not change anything.
        Ok(status) => {
            eprintln!("postgres: pg_ctlcluster failed ({status})");
            return Ok(target.reachable());
        }
        Err(error) => {
            eprintln!("postgres: {error:#}");
            return Ok(false);
        }
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if target.reachable() {
            return Ok(true);
        }
        thread::sleep(Duration::from_millis(500));
    }
    Ok(false)
}

fn single_cluster_version(dir: &Path) -> Option<String> {
    let mut versions = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned());
    let version = versions.next()?;
    versions.next().is_none().then_some(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_default_url() {
        let target = PgTarget::parse(DEFAULT_URL).expect("url");
        assert_eq!((target.host.as_str(), target.port), ("127.0.0.1", 5432));
        assert_eq!(target.redacted, DEFAULT_URL);
        assert_eq!(target.address(), "127.0.0.1:5432");
    }

    #[test]
    fn hides_the_password() {
        let target = PgTarget::parse("postgresql://app:s3cr3t@db.internal:6543/postgres?sslmode=disable").expect("url");
        assert_eq!((target.host.as_str(), target.port), ("db.internal", 6543));
        assert_eq!(
            target.redacted,
            "postgresql://app:***@db.internal:6543/postgres?sslmode=disable"
        );
        assert!(!target.redacted.contains("s3cr3t"));
    }

    #[test]
    fn defaults_host_and_port() {
        let target = PgTarget::parse("postgres:///postgres").expect("url");
        assert_eq!(target.address(), "127.0.0.1:5432");
        let target = PgTarget::parse("postgres://u@[::1]/x").expect("url");
        assert_eq!(target.address(), "[::1]:5432");
    }

    #[test]
    fn rejects_other_schemes() {
        assert!(PgTarget::parse("mysql://root@localhost/x").is_err());
        assert!(PgTarget::parse("sqlite").is_err());
    }
}
