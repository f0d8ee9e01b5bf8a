//! Finding the PostgreSQL server for the integration tests' PostgreSQL leg:
//! parse its URL, hide the password for display, check it accepts TCP
//! connections, and (as root) try once to start the local cluster. Also a
//! [`ScratchDatabase`] created for one run (the cluster) and dropped after it.

use std::net::{TcpStream, ToSocketAddrs};
use std::os::unix::process::CommandExt as _;
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

/// A database created on a PostgreSQL server for one run (`cargo xtask cluster`, the
/// `cluster` test step) and dropped when the run ends unless kept.
///
/// CREATE and DROP go through `psql`, the client Debian installs with the server
/// (`postgresql-client`): xtask stays free of a database driver, and speaking the
/// wire protocol by hand would mean SCRAM authentication and TLS in xtask. The
/// password of the server URL is handed to psql in `PGPASSWORD`, never on its
/// command line (where every local user could read it).
#[derive(Debug)]
pub struct ScratchDatabase {
    /// The server xtask connects to for CREATE/DROP (any database there).
    server_url: String,
    /// `paylera_cluster_<pid>_<nanoseconds>`.
    pub name: String,
    /// The new database's URL, for the servers (may hold a password: print
    /// [`redact`]ed).
    pub url: String,
    /// Left in place when the run ends.
    pub keep: bool,
    dropped: bool,
}

impl ScratchDatabase {
    /// Creates `<prefix>_<pid>_<nanoseconds>` on the server of `server_url`. Its URL is
    /// the server URL with the database replaced and `sslmode=require` added unless
    /// the server URL names an `sslmode` itself.
    pub fn create(server_url: &str, prefix: &str, keep: bool) -> Result<Self> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let name = format!("{prefix}_{}_{nanos}", std::process::id());
        let url = database_url(server_url, &name)?;
        psql(server_url, &format!("create database \"{name}\""))
            .with_context(|| format!("creating the database {name} on {}", redact(server_url)))?;
        Ok(Self {
            server_url: server_url.to_owned(),
            name,
            url,
            keep,
            dropped: false,
        })
    }

    /// Drops the database now (closing any connection still open to it); a no-op
    /// when kept or already dropped.
    pub fn drop_now(&mut self) -> Result<()> {
        if self.keep || self.dropped {
            return Ok(());
        }
        self.dropped = true;
        psql(
            &self.server_url,
            &format!("drop database if exists \"{}\" with (force)", self.name),
        )
        .with_context(|| format!("dropping the database {}", self.name))
    }
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        if let Err(error) = self.drop_now() {
            eprintln!("error: {error:#}");
        }
    }
}

/// Runs one SQL statement with `psql` against `url`.
fn psql(url: &str, sql: &str) -> Result<()> {
    let (url, password) = split_password(url);
    let mut command = Command::new("psql");
    command
        .args([
            "--no-psqlrc",
            "--quiet",
            "--set",
            "ON_ERROR_STOP=1",
            "--dbname",
            &url,
            "--command",
            sql,
        ])
        .env("PGCONNECT_TIMEOUT", "10");
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    // Not `cmd::run`, and in a process group of its own: dropping the database is
    // exactly what must still happen after a Ctrl-C, which `cmd::run` would forward.
    command.process_group(0);
    cmd::announce(&command);
    let out = cmd::output(&mut command).context("psql (Debian's postgresql-client) is needed")?;
    if !out.status.success() {
        bail!(
            "`{}` failed ({}): {}",
            cmd::display(&command),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

/// `server_url` naming the database `name`, with `sslmode=require` unless it names
/// an `sslmode`: `postgres://u@h:5432/postgres?x=1` → `postgres://u@h:5432/name?x=1&sslmode=require`.
pub fn database_url(server_url: &str, name: &str) -> Result<String> {
    let Some((scheme, rest)) = server_url.split_once("://") else {
        bail!("not a URL: {}", redact(server_url));
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let query = rest[authority_end..]
        .split_once('?')
        .map(|(_, q)| q)
        .unwrap_or_default();
    let has_sslmode = query.split('&').any(|pair| pair.starts_with("sslmode="));
    let query = match (query.is_empty(), has_sslmode) {
        (_, true) => query.to_owned(),
        (true, false) => "sslmode=require".to_owned(),
        (false, false) => format!("{query}&sslmode=require"),
    };
    Ok(format!("{scheme}://{authority}/{name}?{query}"))
}

/// The URL without its password, and the password (percent-decoded), if any.
fn split_password(url: &str) -> (String, Option<String>) {
    let Some((scheme, rest)) = url.split_once("://") else {
        return (url.to_owned(), None);
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let Some((userinfo, host)) = authority.rsplit_once('@') else {
        return (url.to_owned(), None);
    };
    match userinfo.split_once(':') {
        Some((user, password)) => (
            format!("{scheme}://{user}@{host}{tail}"),
            Some(percent_decode(password)),
        ),
        None => (url.to_owned(), None),
    }
}

/// `%XX` escapes decoded (an invalid escape is kept as it is).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
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
    fn a_scratch_database_url_names_the_database_and_requires_tls() {
        assert_eq!(
            database_url(DEFAULT_URL, "paylera_cluster_1").expect("url"),
            "postgres://postgres@127.0.0.1:5432/paylera_cluster_1?sslmode=require"
        );
        assert_eq!(
            database_url("postgres://u:p@db:6543?connect_timeout=5", "x").expect("url"),
            "postgres://u:p@db:6543/x?connect_timeout=5&sslmode=require"
        );
        assert_eq!(
            database_url("postgresql://db/postgres?sslmode=verify-full", "x").expect("url"),
            "postgresql://db/x?sslmode=verify-full"
        );
        assert!(database_url("db:5432", "x").is_err());
    }

    #[test]
    fn psql_gets_the_password_apart_from_the_url() {
        assert_eq!(
            split_password("postgres://app:s%40cret@db:5432/postgres?sslmode=require"),
            (
                "postgres://app@db:5432/postgres?sslmode=require".to_owned(),
                Some("s@cret".to_owned())
            )
        );
        assert_eq!(split_password(DEFAULT_URL), (DEFAULT_URL.to_owned(), None));
        assert_eq!(percent_decode("100%"), "100%");
    }

    #[test]
    fn rejects_other_schemes() {
        assert!(PgTarget::parse("mysql://root@localhost/x").is_err());
        assert!(PgTarget::parse("sqlite").is_err());
    }
}
