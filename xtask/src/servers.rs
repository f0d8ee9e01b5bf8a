//! Starting, watching and stopping the processes of a stack: the API and portal
//! servers, and for a cluster several of each plus the load balancer in front of
//! them. `up` and the e2e step both go through [`launch`], so they seed and start
//! the stack identically; `cargo xtask cluster` builds on [`Stack::new_seeded`] and
//! [`Stack::start`].
//!
//! Processes run in their own process group: the terminal's Ctrl-C reaches only
//! xtask, which then stops them in order (SIGTERM, a grace period, SIGKILL) and
//! waits, so they always shut down gracefully and are never left behind by a
//! failing test run ([`Stack`] stops them when dropped). A process marked
//! `stop_last` (the load balancer) is stopped only once every other one has exited,
//! so it keeps carrying the requests the servers finish while they drain.

use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::workspace::{Workspace, non_empty_env};
use crate::{cmd, http, interrupt};

pub const DEFAULT_API_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_PORTAL_ADDR: &str = "127.0.0.1:3000";
pub const DEFAULT_DASHBOARD_ADDR: &str = "127.0.0.1:3001";
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/paylera.db";
pub const API_BIN: &str = "paylera-api";
pub const PORTAL_BIN: &str = "paylera-portal";
const READY_TIMEOUT: Duration = Duration::from_secs(60);
const STOP_GRACE: Duration = Duration::from_secs(10);

/// Builds both server binaries (debug profile).
pub fn build(ws: &Workspace) -> Result<()> {
    cmd::run(&mut build_command(ws, false))
}

/// The one cargo call that builds both server binaries, the API and the portal's
/// `ssr` binary (`--release` for the artifact), with Leptos's cfg whatever
/// `RUSTFLAGS` says; `--bins` skips binaries whose required features (e.g. a `csr`
/// entry point) are not enabled.
pub fn build_command(ws: &Workspace, release: bool) -> Command {
    let mut command = ws.cargo();
    crate::bundle::with_leptos_cfg(&mut command).arg("build");
    if release {
        command.arg("--release");
    }
    command.args([
        "-p",
        "paylera-api",
        "-p",
        "paylera-portal-ui",
        "--bins",
        "--features",
        "paylera-portal-ui/ssr",
    ]);
    command
}

/// Where server output goes.
#[derive(Debug, Clone)]
pub enum Logs {
    /// Inherit the terminal (`up`).
    Terminal,
    /// `<name>.log` per process and `seed.log` in this directory (tests, cluster).
    Files(PathBuf),
}

/// Everything that differs between `up` and the e2e step.
#[derive(Debug, Clone)]
pub struct StackConfig {
    /// Working directory of the servers (relative SQLite paths and `data/` land here).
    pub cwd: PathBuf,
    /// Where clients reach the API (in a cluster: the balancer's API frontend).
    pub api_addr: String,
    /// Where clients reach the portal (in a cluster: the balancer's portal frontend).
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

    /// `program` (a server binary) with the stack's working directory and
    /// environment; a caller may override single variables afterwards (a cluster
    /// instance sets its own listen addresses).
    pub fn command_for(&self, program: &Path) -> Command {
        let mut command = Command::new(program);
        command
            .current_dir(&self.cwd)
            .env("PAYLERA_API_ADDR", &self.api_addr)
            .env("PAYLERA_PORTAL_ADDR", &self.portal_addr);
        if matches!(self.logs, Logs::Files(_)) {
            // Test stacks run beside others (a developer's `cargo xtask up`): their admin
            // listeners take any free port, the portal's too (its default, 9081, is
            // what a running dev stack holds).
            command.env("PAYLERA_API_ADMIN_ADDR", "127.0.0.1:0");
            command.env("PAYLERA_PORTAL_ADMIN_ADDR", "127.0.0.1:0");
            // The dashboard is off unless a stack asks for it (the e2e stack gives it a
            // free port): its default, 3001, is a dev stack's, and a cluster's M portal
            // instances would all want it.
            command.env("PAYLERA_DASHBOARD_ADDR", "off");
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
        /// The demo tenant's first owner on the dashboard: email and password.
        dashboard_owner: (String, String),
    },
    /// The database already had a tenant.
    Existing,
}

/// What [`Stack::start`] runs: one process of the stack.
#[derive(Debug)]
pub struct Process {
    /// Names it in messages and its log file (`<name>.log`): `api`, `portal-2`, `haproxy`.
    pub name: String,
    /// The prepared command; it is put in its own process group when spawned.
    pub command: Command,
    /// Every one of these must answer `GET` with 200 before the process is ready.
    pub ready_urls: Vec<String>,
    /// A load balancer: stopped after every other process of the stack has exited.
    pub stop_last: bool,
}

impl Process {
    /// A server that is ready when its `/readyz` at `addr` answers 200.
    pub fn server(name: impl Into<String>, command: Command, addr: &str) -> Self {
        Self {
            name: name.into(),
            command,
            ready_urls: vec![format!("{}/readyz", base_url(addr))],
            stop_last: false,
        }
    }
}

/// A running process of a stack.
#[derive(Debug)]
struct Server {
    name: String,
    child: Child,
    ready_urls: Vec<String>,
    log: Option<PathBuf>,
    stop_last: bool,
    exited: bool,
}

/// The seeded, running processes of a stack (the API and the portal, or a whole
/// cluster). Dropping it stops them all.
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
    let api_bin = ws.debug_bin(API_BIN);
    let mut stack = Stack::new_seeded(config, &api_bin)?;
    let mut api = stack.config.command_for(&api_bin);
    api.arg("serve");
    let api = Process::server("api", api, &stack.config.api_addr);
    let portal = stack.config.command_for(&ws.debug_bin(PORTAL_BIN));
    let portal = Process::server("portal", portal, &stack.config.portal_addr);
    stack.start(vec![api, portal])?;
    Ok(stack)
}

/// Runs `api_bin demo seed` with the stack's environment.
fn seed(api_bin: &Path, config: &StackConfig) -> Result<Seed> {
    let mut command = config.command_for(api_bin);
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
        dashboard_owner: (field("dashboard_email")?, field("dashboard_password")?),
    })
}

impl Stack {
    /// Creates the log directory (and a SQLite database's directory), seeds the
    /// database with `api_bin demo seed` and returns the stack with no process
    /// running yet.
    pub fn new_seeded(config: StackConfig, api_bin: &Path) -> Result<Self> {
        if let Logs::Files(dir) = &config.logs {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        if let Some(file) = sqlite_file(&config.database_url()) {
            let file = config.cwd.join(file);
            if let Some(dir) = file.parent() {
                std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            }
        }
        let seed = seed(api_bin, &config)?;
        Ok(Self {
            servers: Vec::new(),
            seed,
            config,
        })
    }

    /// Spawns every process, then waits until all are ready. On failure everything
    /// is stopped and (with log files) the log tails are printed.
    pub fn start(&mut self, processes: Vec<Process>) -> Result<()> {
        let result = processes
            .into_iter()
            .try_for_each(|process| self.spawn(process))
            .and_then(|()| self.wait_ready());
        if result.is_err() {
            self.stop();
            self.print_log_tails(40);
        }
        result
    }

    /// SIGKILLs the running process `name` and reaps it (a crash, not a stop).
    pub fn kill(&mut self, name: &str) -> Result<()> {
        let server = self
            .servers
            .iter_mut()
            .find(|s| s.name == name && !s.exited)
            .with_context(|| format!("no running process {name}"))?;
        server.child.kill().with_context(|| format!("killing {name}"))?;
        server.child.wait().with_context(|| format!("reaping {name}"))?;
        server.exited = true;
        Ok(())
    }

    /// SIGTERMs the running process `name` and waits (up to `limit`) for it to exit.
    pub fn terminate(&mut self, name: &str, limit: Duration) -> Result<ExitStatus> {
        let server = self
            .servers
            .iter_mut()
            .find(|s| s.name == name && !s.exited)
            .with_context(|| format!("no running process {name}"))?;
        cmd::send_term(server.child.id());
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = server.child.try_wait()? {
                server.exited = true;
                return Ok(status);
            }
            if Instant::now() > deadline {
                bail!("{name} did not exit within {}s of SIGTERM", limit.as_secs());
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// Starts `process` in place of its exited namesake (its log continues in the
    /// same file); does not wait for it to be ready.
    pub fn respawn(&mut self, process: Process) -> Result<()> {
        if self.servers.iter().any(|s| s.name == process.name && !s.exited) {
            bail!("{} is still running", process.name);
        }
        self.servers.retain(|s| s.name != process.name);
        self.spawn(process)
    }

    /// Starts one process in its own process group (its log file appended to).
    fn spawn(&mut self, process: Process) -> Result<()> {
        let Process {
            name,
            mut command,
            ready_urls,
            stop_last,
        } = process;
        command.process_group(0);
        let log = self.config.log_file(&name);
        if let Some(path) = &log {
            let file = File::options()
                .create(true)
                .append(true)
                .open(path)
                .with_context(|| format!("opening {}", path.display()))?;
            command.stdout(file.try_clone()?).stderr(file);
        }
        cmd::announce(&command);
        let child = command
            .spawn()
            .with_context(|| format!("starting {}", cmd::display(&command)))?;
        self.servers.push(Server {
            name,
            child,
            ready_urls,
            log,
            stop_last,
            exited: false,
        });
        Ok(())
    }

    /// Polls every process's readiness URLs until all answer 200.
    fn wait_ready(&mut self) -> Result<()> {
        let deadline = Instant::now() + READY_TIMEOUT;
        let mut ready: Vec<Vec<bool>> = self.servers.iter().map(|s| vec![false; s.ready_urls.len()]).collect();
        loop {
            for (server, ready) in self.servers.iter_mut().zip(ready.iter_mut()) {
                if let Some(status) = server.child.try_wait()? {
                    server.exited = true;
                    bail!("the {} server exited ({status}) before it was ready", server.name);
                }
                for (url, ready) in server.ready_urls.iter().zip(ready.iter_mut()) {
                    if !*ready {
                        *ready = http::get_status(url, Duration::from_secs(2)).is_ok_and(|status| status == 200);
                    }
                }
            }
            if ready.iter().flatten().all(|r| *r) {
                for server in &self.servers {
                    for url in &server.ready_urls {
                        eprintln!("{} ready: {url}", server.name);
                    }
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
                    .flat_map(|(s, r)| s.ready_urls.iter().zip(r))
                    .filter(|(_, r)| !**r)
                    .map(|(url, _)| url.as_str())
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

    /// The processes that exited since the last call, with their exit status; they
    /// count as stopped from then on.
    pub fn newly_exited(&mut self) -> Result<Vec<(String, ExitStatus)>> {
        let mut exited = Vec::new();
        for server in self.servers.iter_mut().filter(|s| !s.exited) {
            if let Some(status) = server.child.try_wait()? {
                server.exited = true;
                exited.push((server.name.clone(), status));
            }
        }
        Ok(exited)
    }

    /// Blocks until interrupted (`Ok`), calling `on_exit` for every process that
    /// exits meanwhile; an error from it ends the watch.
    pub fn watch(&mut self, mut on_exit: impl FnMut(&Self, &str, ExitStatus) -> Result<()>) -> Result<()> {
        loop {
            if interrupt::requested() {
                return Ok(());
            }
            for (name, status) in self.newly_exited()? {
                on_exit(self, &name, status)?;
            }
            thread::sleep(Duration::from_millis(200));
        }
    }

    /// Blocks until interrupted (`Ok`) or until a server exits on its own (`Err`).
    pub fn supervise(&mut self) -> Result<()> {
        self.watch(|_, name, status| bail!("the {name} server exited unexpectedly ({status})"))
    }

    /// Stops every running process: SIGTERM to all but the `stop_last` ones, waiting
    /// (SIGKILL after a grace period), then the same for the `stop_last` ones.
    pub fn stop(&mut self) {
        self.stop_group(false);
        self.stop_group(true);
    }

    fn stop_group(&mut self, last: bool) {
        let group = |s: &&mut Server| !s.exited && s.stop_last == last;
        for server in self.servers.iter_mut().filter(group) {
            cmd::send_term(server.child.id());
        }
        let deadline = Instant::now() + STOP_GRACE;
        for server in self.servers.iter_mut().filter(group) {
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
            print_tail(&log, lines);
        }
    }

    /// Prints the last lines of one process's log file (file logging only).
    pub fn print_log_tail(&self, name: &str, lines: usize) {
        if let Some(log) = self
            .servers
            .iter()
            .find(|s| s.name == name)
            .and_then(|s| s.log.as_ref())
        {
            print_tail(log, lines);
        }
    }

    /// Runs `paylera-api demo link` if that subcommand exists and returns the portal
    /// URL it prints (a plain line or a JSON object with `url`).
    pub fn demo_link(&self, ws: &Workspace) -> Option<String> {
        self.demo_link_with(&ws.debug_bin(API_BIN))
    }

    /// [`Self::demo_link`] with this API binary.
    pub fn demo_link_with(&self, api_bin: &Path) -> Option<String> {
        let mut command = self.config.command_for(api_bin);
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

fn print_tail(log: &Path, lines: usize) {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    eprintln!("----- last {lines} lines of {} -----", log.display());
    eprintln!("{}", tail(&text, lines));
}

/// The last `n` lines of `text`.
pub fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// `N` distinct loopback ports that were free a moment ago (see
/// [`free_loopback_port_list`]).
pub fn free_loopback_ports<const N: usize>() -> Result<[u16; N]> {
    let ports = free_loopback_port_list(N)?;
    ports
        .try_into()
        .map_err(|ports: Vec<u16>| anyhow::anyhow!("asked for {N} ports, got {}", ports.len()))
}

/// `count` distinct loopback ports that were free a moment ago: each is bound to
/// port 0 and all are held until every port is known (so no two are the same),
/// then released for the servers to take.
pub fn free_loopback_port_list(count: usize) -> Result<Vec<u16>> {
    let listeners = (0..count)
        .map(|_| std::net::TcpListener::bind("127.0.0.1:0").context("binding 127.0.0.1:0"))
        .collect::<Result<Vec<_>>>()?;
    listeners
        .iter()
        .map(|listener| Ok(listener.local_addr()?.port()))
        .collect()
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
        let out = "{\"created\":true,\"tenant_id\":\"ten_1\",\"secret_key\":\"sk_test_abc\",\"customer_id\":\"cus_2\",\
                   \"dashboard_email\":\"owner@demo.example\",\"dashboard_password\":\"pw\"}\n";
        assert_eq!(
            parse_seed(out).expect("seed"),
            Seed::Created {
                tenant_id: "ten_1".into(),
                secret_key: "sk_test_abc".into(),
                customer_id: "cus_2".into(),
                dashboard_owner: ("owner@demo.example".into(), "pw".into()),
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

    #[test]
    fn a_list_of_free_ports_has_no_duplicates() {
        let mut ports = free_loopback_port_list(10).expect("ports");
        ports.sort_unstable();
        ports.dedup();
        assert_eq!(ports.len(), 10);
        assert!(!ports.contains(&0));
    }
}
