//! Starting, watching and stopping the API and portal servers. `up` and the e2e
//! step both go through [`launch`], so they seed and start the stack identically.
//!
//! Servers run in their own process group: the terminal's Ctrl-C reaches only
//! xtask, which then stops them in order (SIGTERM, a grace period, SIGKILL) and
//! waits, so they always shut down gracefully and are never left behind by a
//! failing test run ([`Stack`] stops them when dropped).

use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::workspace::{Workspace, non_empty_env};
use crate::{cmd, http, interrupt};

pub const DEFAULT_API_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_PORTAL_ADDR: &str = "127.0.0.1:3000";
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/paylera.db";
const API_BIN: &str = "paylera-api";
const PORTAL_BIN: &str = "paylera-portal";
const READY_TIMEOUT: Duration = Duration::from_secs(60);
const STOP_GRACE: Duration = Duration::from_secs(10);

/// Builds both server binaries (debug profile): the API, and the portal's `ssr`
/// binary. One cargo call; `--bins` skips binaries whose required features
/// (e.g. a `csr` entry point) are not enabled.
pub fn build(ws: &Workspace) -> Result<()> {
    cmd::run(ws.cargo().args([
        "build",
        "-p",
        "paylera-api",
        "-p",
        "paylera-portal-ui",
        "--bins",
        "--features",
        "paylera-portal-ui/ssr",
    ]))
}

/// Where server output goes.
#[derive(Debug, Clone)]
pub enum Logs {
    /// Inherit the terminal (`up`).
    Terminal,
    /// `api.log`, `portal.log` and `seed.log` in this directory (tests).
    Files(PathBuf),
}

/// Everything that differs between `up` and the e2e step.
#[derive(Debug, Clone)]
pub struct StackConfig {
    /// Working directory of the servers (relative SQLite paths and `data/` land here).
    pub cwd: PathBuf,
    pub api_addr: String,
    pub portal_addr: String,
    /// Set on every server command, on top of xtask's own environment.
    pub env: Vec<(String, String)>,
    pub logs: Logs,
}

impl StackConfig {
    pub fn api_url(&self) -> String {
        base_url(&self.api_addr)
    }

    pub fn portal_url(&self) -> String {
        base_url(&self.portal_addr)
    }

    /// The database the servers will use (override, else environment, else default).
    pub fn database_url(&self) -> String {
        self.env
            .iter()
            .rev()
            .find(|(k, _)| k == "DATABASE_URL")
            .map(|(_, v)| v.clone())
            .or_else(|| non_empty_env("DATABASE_URL"))
            .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned())
    }

    fn command(&self, ws: &Workspace, bin: &str) -> Command {
        let mut command = Command::new(ws.debug_bin(bin));
        command
            .current_dir(&self.cwd)
            .env("PAYLERA_API_ADDR", &self.api_addr)
            .env("PAYLERA_PORTAL_ADDR", &self.portal_addr);
        if matches!(self.logs, Logs::Files(_)) {
            // Test stacks run beside others: their admin listener takes any free port.
            command.env("PAYLERA_API_ADMIN_ADDR", "127.0.0.1:0");
        }
        command.envs(self.env.iter().map(|(k, v)| (k, v))).stdin(Stdio::null());
        command
    }

    fn log_file(&self, name: &str) -> Option<PathBuf> {
        match &self.logs {
            Logs::Terminal => None,
            Logs::Files(dir) => Some(dir.join(format!("{name}.log"))),
        }
    }
}

/// What `paylera-api demo seed` reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seed {
    /// A fresh database: the demo tenant was created and this is its only chance
    /// to show the secret key.
    Created {
        tenant_id: String,
        secret_key: String,
        customer_id: String,
    },
    /// The database already had a tenant.
    Existing,
}

/// A running server.
#[derive(Debug)]
pub struct Server {
    pub name: &'static str,
    child: Child,
    ready_url: String,
    log: Option<PathBuf>,
    exited: bool,
}

/// The seeded, running API and portal. Dropping it stops both.
#[derive(Debug)]
pub struct Stack {
    servers: Vec<Server>,
    pub seed: Seed,
    pub config: StackConfig,
}

/// Prepares the database directory, seeds, starts the API and the portal and waits
/// until both answer `/readyz` with 200. On failure both are stopped (and, with
/// log files, their tails printed).
pub fn launch(ws: &Workspace, config: StackConfig) -> Result<Stack> {
    for bin in [API_BIN, PORTAL_BIN] {
        if !ws.debug_bin(bin).exists() {
            bail!("{} is missing: build the servers first", ws.debug_bin(bin).display());
        }
    }
    if let Logs::Files(dir) = &config.logs {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    if let Some(file) = sqlite_file(&config.database_url()) {
        let file = config.cwd.join(file);
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
    }

    let seed = seed(ws, &config)?;
    let mut stack = Stack {
        servers: Vec::new(),
        seed,
        config,
    };
    let api = spawn(ws, &stack.config, "api", API_BIN, &["serve"], &stack.config.api_addr)?;
    stack.servers.push(api);
    let portal = spawn(ws, &stack.config, "portal", PORTAL_BIN, &[], &stack.config.portal_addr)?;
    stack.servers.push(portal);
    if let Err(error) = stack.wait_ready() {
        stack.stop();
        stack.print_log_tails(40);
        return Err(error);
    }
    Ok(stack)
}

fn seed(ws: &Workspace, config: &StackConfig) -> Result<Seed> {
    let mut command = config.command(ws, API_BIN);
    command.args(["demo", "seed"]);
    cmd::announce(&command);
    let out = cmd::output(&mut command)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if let Some(log) = config.log_file("seed") {
        std::fs::write(&log, stderr.as_bytes()).with_context(|| format!("writing {}", log.display()))?;
    }
    if !out.status.success() {
        bail!(
            "`paylera-api demo seed` failed ({}):\n{}",
            out.status,
            tail(&stderr, 40)
        );
    }
    parse_seed(&String::from_utf8_lossy(&out.stdout))
}

/// Reads the one JSON line `demo seed` prints on stdout.
pub fn parse_seed(stdout: &str) -> Result<Seed> {
    let value = stdout
        .lines()
        .rev()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line.trim()).ok())
        .find(|v| v.get("created").is_some())
        .with_context(|| format!("`demo seed` printed no {{\"created\":…}} line; stdout was {stdout:?}"))?;
    if value["created"] != serde_json::Value::Bool(true) {
        return Ok(Seed::Existing);
    }
    let field = |name: &str| -> Result<String> {
        value[name]
            .as_str()
            .map(str::to_owned)
            .with_context(|| format!("`demo seed` output has no string `{name}`"))
    };
    Ok(Seed::Created {
        tenant_id: field("tenant_id")?,
        secret_key: field("secret_key")?,
        customer_id: field("customer_id")?,
    })
}

/// Starts `bin args…` in its own process group; `addr` is where it will listen.
fn spawn(
    ws: &Workspace,
    config: &StackConfig,
    name: &'static str,
    bin: &str,
    args: &[&str],
    addr: &str,
) -> Result<Server> {
    let mut command = config.command(ws, bin);
    command.args(args).process_group(0);
    let log = config.log_file(name);
    if let Some(path) = &log {
        let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
        command.stdout(file.try_clone()?).stderr(file);
    }
    cmd::announce(&command);
    let child = command
        .spawn()
        .with_context(|| format!("starting {}", cmd::display(&command)))?;
    Ok(Server {
        name,
        child,
        ready_url: format!("{}/readyz", base_url(addr)),
        log,
        exited: false,
    })
}

impl Stack {
    /// Polls every server's `/readyz` until all answer 200.
    fn wait_ready(&mut self) -> Result<()> {
        let deadline = Instant::now() + READY_TIMEOUT;
        let mut ready = vec![false; self.servers.len()];
        loop {
            for (server, ready) in self.servers.iter_mut().zip(ready.iter_mut()) {
                if let Some(status) = server.child.try_wait()? {
                    server.exited = true;
                    bail!("the {} server exited ({status}) before it was ready", server.name);
                }
                if !*ready {
                    *ready =
                        http::get_status(&server.ready_url, Duration::from_secs(2)).is_ok_and(|status| status == 200);
                }
            }
            if ready.iter().all(|r| *r) {
                for server in &self.servers {
                    eprintln!("{} ready: {}", server.name, server.ready_url);
                }
                return Ok(());
            }
            if interrupt::requested() {
                bail!("interrupted while waiting for the servers");
            }
            if Instant::now() > deadline {
                let waiting: Vec<&str> = self
                    .servers
                    .iter()
                    .zip(&ready)
                    .filter(|(_, r)| !**r)
                    .map(|(s, _)| s.ready_url.as_str())
                    .collect();
                bail!(
                    "not ready after {}s: {} did not answer 200",
                    READY_TIMEOUT.as_secs(),
                    waiting.join(", ")
                );
            }
            thread::sleep(Duration::from_millis(250));
        }
    }

    /// Blocks until interrupted (`Ok`) or until a server exits on its own (`Err`).
    pub fn supervise(&mut self) -> Result<()> {
        loop {
            if interrupt::requested() {
                return Ok(());
            }
            for server in &mut self.servers {
                if let Some(status) = server.child.try_wait()? {
                    server.exited = true;
                    bail!("the {} server exited unexpectedly ({status})", server.name);
                }
            }
            thread::sleep(Duration::from_millis(200));
        }
    }

    /// SIGTERM to every running server, then waits (SIGKILL after a grace period).
    pub fn stop(&mut self) {
        for server in self.servers.iter().filter(|s| !s.exited) {
            cmd::send_term(server.child.id());
        }
        let deadline = Instant::now() + STOP_GRACE;
        for server in self.servers.iter_mut().filter(|s| !s.exited) {
            loop {
                match server.child.try_wait() {
                    Ok(Some(status)) => {
                        eprintln!("stopped {} ({status})", server.name);
                        break;
                    }
                    Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(100)),
                    _ => {
                        eprintln!(
                            "{} did not stop within {}s; killing it",
                            server.name,
                            STOP_GRACE.as_secs()
                        );
                        let _ = server.child.kill();
                        let _ = server.child.wait();
                        break;
                    }
                }
            }
            server.exited = true;
        }
    }

    /// Prints the last lines of each server's log file (file logging only).
    pub fn print_log_tails(&self, lines: usize) {
        let seed_log = self.config.log_file("seed");
        let logs = seed_log
            .into_iter()
            .chain(self.servers.iter().filter_map(|s| s.log.clone()));
        for log in logs {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            eprintln!("----- last {lines} lines of {} -----", log.display());
            eprintln!("{}", tail(&text, lines));
        }
    }

    /// Runs `paylera-api demo link` if that subcommand exists and returns the portal
    /// URL it prints (a plain line or a JSON object with `url`).
    pub fn demo_link(&self, ws: &Workspace) -> Option<String> {
        let mut command = self.config.command(ws, API_BIN);
        command.args(["demo", "link"]);
        let out = cmd::output(&mut command).ok()?;
        if !out.status.success() {
            return None;
        }
        let stdout = String::from_utf8_lossy(&out.stdout);
        let line = stdout.lines().rev().map(str::trim).find(|l| !l.is_empty())?;
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(value) => value.get("url").and_then(|u| u.as_str()).map(str::to_owned),
            Err(_) => Some(line.to_owned()),
        }
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The last `n` lines of `text`.
pub fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// `N` distinct loopback ports that were free a moment ago: each is bound to port
/// 0 and all are held until every port is known (so no two are the same), then
/// released for the servers to take.
pub fn free_loopback_ports<const N: usize>() -> Result<[u16; N]> {
    let listeners = (0..N)
        .map(|_| std::net::TcpListener::bind("127.0.0.1:0").context("binding 127.0.0.1:0"))
        .collect::<Result<Vec<_>>>()?;
    let mut ports = [0; N];
    for (port, listener) in ports.iter_mut().zip(&listeners) {
        *port = listener.local_addr()?.port();
    }
    Ok(ports)
}

/// `http://` URL for a listen address; wildcard addresses become loopback.
pub fn base_url(addr: &str) -> String {
    if let Some(port) = addr.strip_prefix("0.0.0.0:") {
        format!("http://127.0.0.1:{port}")
    } else if let Some(port) = addr.strip_prefix("[::]:") {
        format!("http://[::1]:{port}")
    } else {
        format!("http://{addr}")
    }
}

/// The file behind a `sqlite:` URL, if it names one (`sqlite::memory:` does not).
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return None;
    }
    Some(Path::new(path).to_path_buf())
}

/// 48 hex characters (192 bits) from the kernel's random source: a shared secret for
/// one run of a stack (`PAYLERA_SERVICE_KEY`).
pub fn random_key() -> Result<String> {
    use std::io::Read as _;
    let mut bytes = [0_u8; 24];
    File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .context("reading /dev/urandom")?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_created_seed() {
        let out =
            "{\"created\":true,\"tenant_id\":\"ten_1\",\"secret_key\":\"sk_test_abc\",\"customer_id\":\"cus_2\"}\n";
        assert_eq!(
            parse_seed(out).expect("seed"),
            Seed::Created {
                tenant_id: "ten_1".into(),
                secret_key: "sk_test_abc".into(),
                customer_id: "cus_2".into()
            }
        );
    }

    #[test]
    fn parses_an_existing_seed_among_other_lines() {
        assert_eq!(
            parse_seed("migrations applied\n{\"created\":false}\n").expect("seed"),
            Seed::Existing
        );
        assert!(parse_seed("").is_err());
        assert!(parse_seed("{\"created\":true}").is_err());
    }

    #[test]
    fn finds_the_sqlite_file() {
        assert_eq!(
            sqlite_file("sqlite://data/paylera.db"),
            Some(PathBuf::from("data/paylera.db"))
        );
        assert_eq!(
            sqlite_file("sqlite:///tmp/x/e2e.db?mode=rwc"),
            Some(PathBuf::from("/tmp/x/e2e.db"))
        );
        assert_eq!(sqlite_file("sqlite:paylera.db"), Some(PathBuf::from("paylera.db")));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://postgres@127.0.0.1/paylera"), None);
    }

    #[test]
    fn urls_for_listen_addresses() {
        assert_eq!(base_url("127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_eq!(base_url("0.0.0.0:3000"), "http://127.0.0.1:3000");
        assert_eq!(base_url("[::]:3000"), "http://[::1]:3000");
    }

    #[test]
    fn tails_keep_the_last_lines() {
        assert_eq!(tail("a\nb\nc\n", 2), "b\nc");
        assert_eq!(tail("a", 5), "a");
    }

    #[test]
    fn free_ports_are_distinct_and_nonzero() {
        let [a, b] = free_loopback_ports().expect("ports");
        assert_ne!(a, 0);
        assert_ne!(a, b);
    }
}
