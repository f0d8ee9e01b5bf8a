//! `cargo xtask cluster`: the release artifact run the way an operator runs it —
//! N API and M portal instances in production mode behind HAProxy, on a fresh
//! database of the machine's PostgreSQL — until Ctrl-C. [`Cluster`] is also what
//! the `cluster` step of `cargo xtask test` runs the browser suite against.
//!
//! Invariants:
//! - every instance and the `demo seed`/`demo link` commands share one set of
//!   production secrets, generated for the run ([`servers::random_key`]) and never
//!   printed (the demo tenant's API key is printed: it is the run's login);
//! - the database is created for the run and dropped when it ends, also when the
//!   start fails (unless `--keep`);
//! - the HAProxy configuration is checked with `haproxy -c` before HAProxy runs;
//!   HAProxy is stopped after the instances, so it carries the requests they finish
//!   while they drain;
//! - an instance that dies is reported loudly and the cluster keeps running (the
//!   health checks take it out of rotation); HAProxy dying ends the run.
//!
//! The per-instance request counts come from HAProxy's stats socket (`show stat`,
//! `req_tot` of each server of the traffic backends): the requests the balancer
//! really sent to each instance. Readiness probes that pass through the balancer go
//! to separate `<kind>_probes` backends, and HAProxy's own checks are never counted.
//! An instance's own `/metrics` counts every probe (twice a second from HAProxy, and
//! every portal's `/readyz` asks the API's), so it could not show that the balancer
//! spread real traffic.

use std::io::{Read as _, Write as _};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::postgres::{self, PgTarget, ScratchDatabase};
use crate::servers::{self, Logs, Process, Seed, Stack, StackConfig};
use crate::workspace::{Workspace, non_empty_env};
use crate::{bundle, cmd, dist, interrupt, setup, test};

/// Instances of each server when no `--api`/`--portal` is given.
pub const DEFAULT_INSTANCES: usize = 2;
/// More would not fit a development machine and means a typo.
const MAX_INSTANCES: usize = 16;
/// `PAYLERA_DRAIN_SECS` of every instance: how long it reports not-ready after
/// SIGTERM. HAProxy checks every 500 ms and needs one failure, so 2 s is ample.
const DRAIN_SECS: &str = "2";
/// Link exchanges one address may make per minute: every browser of the suite is
/// 127.0.0.1 (see `run_playwright` in `test.rs`).
const LINK_EXCHANGES_PER_MINUTE: &str = "600";
/// Developer shortcut: run the debug binaries and `<target>/site` instead of the
/// release artifact (no release build to wait for).
pub const DEBUG_BINARIES_ENV: &str = "PAYLERA_CLUSTER_DEBUG_BINARIES";
/// How long HAProxy may take to see every instance up after all answer `/readyz`.
const ALL_UP_TIMEOUT: Duration = Duration::from_secs(20);

/// Flags of `cargo xtask cluster`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub apis: usize,
    pub portals: usize,
    /// The PostgreSQL server to create the run's database on (`--database`).
    pub database: Option<String>,
    /// Keep the database and the run directory when the run ends.
    pub keep: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            apis: DEFAULT_INSTANCES,
            portals: DEFAULT_INSTANCES,
            database: None,
            keep: false,
        }
    }
}

/// Parses `[--api N] [--portal M] [--database URL] [--keep]` (also `--flag=value`).
pub fn parse(args: &[String], help: &str) -> Result<Options, String> {
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--keep" {
            options.keep = true;
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag, Some(value)),
            None => (arg.as_str(), None),
        };
        if !["--api", "--portal", "--database"].contains(&flag) {
            return Err(format!("unexpected argument `{arg}`\n\n{help}"));
        }
        let value = match inline {
            Some(value) => value,
            None => args
                .next()
                .map(String::as_str)
                .ok_or_else(|| format!("{flag} needs a value\n\n{help}"))?,
        };
        let count = || {
            value
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=MAX_INSTANCES).contains(n))
                .ok_or_else(|| format!("{flag} takes a number from 1 to {MAX_INSTANCES}, not `{value}`\n\n{help}"))
        };
        match flag {
            "--api" => options.apis = count()?,
            "--portal" => options.portals = count()?,
            _ => options.database = Some(value.to_owned()),
        }
    }
    Ok(options)
}

/// What a cluster runs: the two server binaries and the portal's site directory.
#[derive(Debug, Clone)]
pub struct Artifact {
    pub api_bin: PathBuf,
    pub portal_bin: PathBuf,
    /// `PAYLERA_PORTAL_SITE_ROOT`: the directory holding `pkg/`.
    pub site_root: PathBuf,
    /// How it was made, for the banner.
    pub origin: String,
}

impl Artifact {
    /// The layout of `cargo xtask dist`: `bin/paylera-api`, `bin/paylera-portal`, `site/`.
    pub fn in_dist(dir: &Path) -> Self {
        Self {
            api_bin: dir.join("bin").join(servers::API_BIN),
            portal_bin: dir.join("bin").join(servers::PORTAL_BIN),
            site_root: dir.join("site"),
            origin: format!("release artifact {}", dir.display()),
        }
    }

    /// The debug binaries and the bundle of `cargo xtask bundle` (developer shortcut).
    fn debug(ws: &Workspace) -> Self {
        Self {
            api_bin: ws.debug_bin(servers::API_BIN),
            portal_bin: ws.debug_bin(servers::PORTAL_BIN),
            site_root: ws.site_dir(),
            origin: format!(
                "debug binaries and {} ({DEBUG_BINARIES_ENV} is set)",
                ws.site_dir().display()
            ),
        }
    }

    /// Builds what the cluster runs: the release artifact, or with
    /// [`DEBUG_BINARIES_ENV`] set the debug servers and the bundle.
    pub fn build(ws: &Workspace) -> Result<Self> {
        let artifact = if non_empty_env(DEBUG_BINARIES_ENV).is_some_and(|v| v != "0") {
            eprintln!("cluster: {DEBUG_BINARIES_ENV} is set: running debug binaries, not the release artifact");
            bundle::build(ws)?;
            servers::build(ws)?;
            Self::debug(ws)
        } else {
            Self::in_dist(&dist::build(ws, &dist::Options::default())?)
        };
        for path in [&artifact.api_bin, &artifact.portal_bin, &artifact.site_root] {
            if !path.exists() {
                bail!("{} is missing from the {}", path.display(), artifact.origin);
            }
        }
        Ok(artifact)
    }
}

/// `cargo xtask cluster`: builds the artifact, starts the cluster on a fresh
/// database, prints where everything is and runs until Ctrl-C (or until HAProxy
/// exits); then stops the instances, HAProxy, and drops the database.
pub fn run(ws: &Workspace, options: &Options) -> Result<()> {
    interrupt::install()?;
    setup::ensure(ws, false)?;
    setup::haproxy()?;
    let server_url = options
        .database
        .clone()
        .unwrap_or_else(|| postgres::DEFAULT_URL.to_owned());
    let target = PgTarget::parse(&server_url)?;
    if !target.reachable() && !postgres::try_start(&target)? {
        bail!(
            "PostgreSQL is unreachable at {} ({}): start it, or name another server with --database URL",
            target.address(),
            target.redacted
        );
    }
    let artifact = Artifact::build(ws)?;
    let run_dir = test::scratch_dir("paylera-cluster")?;
    let started = Instant::now();
    let spec = Spec {
        apis: options.apis,
        portals: options.portals,
        server_url: &server_url,
        run_dir: &run_dir,
        keep: options.keep,
        env: Vec::new(),
    };
    let mut cluster = Cluster::start(&artifact, &spec)
        .with_context(|| format!("starting the cluster (logs in {})", run_dir.display()))?;
    print_banner(&cluster, &artifact, &run_dir, started.elapsed());

    let mut deaths = 0;
    let watched = cluster.stack.watch(|stack, name, status| {
        if name == "haproxy" {
            stack.print_log_tail(name, 20);
            bail!("HAProxy exited ({status}): the cluster has no balancer any more");
        }
        deaths += 1;
        report_death(stack, name, status);
        Ok(())
    });
    let counts = cluster.print_request_counts();
    let stopped = cluster.stop();
    if options.keep || deaths > 0 || watched.is_err() {
        eprintln!(
            "cluster: logs and HAProxy's configuration kept in {}",
            run_dir.display()
        );
    } else {
        let _ = std::fs::remove_dir_all(&run_dir);
    }
    if options.keep {
        eprintln!(
            "cluster: database kept: {} (drop it with `psql {} -c 'drop database {}'`)",
            postgres::redact(&cluster.database.url),
            postgres::redact(&server_url),
            cluster.database.name
        );
    }
    watched.and(counts.map(drop)).and(stopped)
}

fn print_banner(cluster: &Cluster, artifact: &Artifact, run_dir: &Path, took: Duration) {
    let names = |kind: Kind| -> String {
        let names: Vec<&str> = cluster
            .instances
            .iter()
            .filter(|i| i.kind == kind)
            .map(|i| i.name.as_str())
            .collect();
        names.join(", ")
    };
    let api = cluster.api_url();
    println!();
    println!("  Paylera cluster is running ({:.1}s to start)", took.as_secs_f64());
    println!("  Built from   {}", artifact.origin);
    println!("  API          {api}   (HAProxy, round robin: {})", names(Kind::Api));
    println!("  API docs     {api}/docs");
    println!(
        "  Portal       {}   (HAProxy, round robin: {})",
        cluster.portal_url(),
        names(Kind::Portal)
    );
    println!(
        "  Database     {}{}",
        postgres::redact(&cluster.database.url),
        if cluster.database.keep {
            " (kept)"
        } else {
            " (dropped at exit)"
        }
    );
    for (index, instance) in cluster.instances.iter().enumerate() {
        println!(
            "  {:<12} {:<10} {}   metrics {}/metrics",
            if index == 0 { "Instances" } else { "" },
            instance.name,
            servers::base_url(&instance.addr),
            servers::base_url(&instance.admin_addr)
        );
    }
    println!(
        "  HAProxy      {}; stats socket {} (`show stat`)",
        cluster.haproxy_config.display(),
        cluster.stats_socket.display()
    );
    println!("  Logs         {}", run_dir.join("logs").display());
    if let Seed::Created {
        tenant_id, customer_id, ..
    } = &cluster.stack.seed
    {
        println!("  Demo tenant  {tenant_id} (customer {customer_id})");
    }
    println!("  Secret key   {}", cluster.secret_key);
    match cluster.demo_link() {
        Some(link) => println!("  Portal link  {link}"),
        None => println!("  Portal link  (`paylera-api demo link` failed; see the logs)"),
    }
    println!();
    println!("  Press Ctrl-C to stop: the instances drain and stop first, HAProxy last.");
    println!();
}

/// An instance died: said loudly, with the end of its log; the cluster goes on.
fn report_death(stack: &Stack, name: &str, status: ExitStatus) {
    let rule = "!".repeat(78);
    eprintln!("{rule}");
    eprintln!("!!! INSTANCE {name} EXITED ({status}) !!!");
    eprintln!("!!! The cluster keeps running: HAProxy's health checks take {name} out of rotation. !!!");
    eprintln!("{rule}");
    stack.print_log_tail(name, 20);
}

/// What [`Cluster::drain_under_load`] saw.
#[derive(Debug)]
pub struct DrainReport {
    /// Requests sent through the balancer while the instance drained.
    pub sent: u64,
    /// Those not answered `200`, and why.
    pub failed: Vec<String>,
    /// Whether the drained instance exited `0`.
    pub exit_ok: bool,
    /// From SIGTERM to exit.
    pub drained_in: Duration,
}

impl DrainReport {
    /// Nothing refused, a clean exit, and enough traffic to mean something.
    pub fn holds(&self) -> bool {
        self.failed.is_empty() && self.exit_ok && self.sent >= 20
    }
}

/// Which server an instance runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Api,
    Portal,
}

impl Kind {
    /// The HAProxy backend and the instances' name prefix.
    pub fn name(self) -> &'static str {
        match self {
            Self::Api => "api",
            Self::Portal => "portal",
        }
    }
}

/// One server process of the cluster.
#[derive(Debug, Clone)]
pub struct Instance {
    /// `api-1`, `portal-2`, …: `PAYLERA_INSTANCE`, its HAProxy server and its log file.
    pub name: String,
    pub kind: Kind,
    /// Its own listen address (behind HAProxy).
    pub addr: String,
    /// Its admin listener (`/metrics`).
    pub admin_addr: String,
}

/// What to start.
#[derive(Debug, Clone)]
pub struct Spec<'a> {
    pub apis: usize,
    pub portals: usize,
    /// The PostgreSQL server the run's database is created on.
    pub server_url: &'a str,
    /// Logs, the HAProxy configuration and its stats socket go here.
    pub run_dir: &'a Path,
    /// Keep the database when the run ends.
    pub keep: bool,
    /// Set on every instance after the cluster's own settings (the fault campaign's
    /// faster webhook timeouts, say).
    pub env: Vec<(String, String)>,
}

/// A running cluster. Dropping it stops the instances, then HAProxy, then drops the
/// database (fields drop in this order).
#[derive(Debug)]
pub struct Cluster {
    /// The instances and HAProxy; `stack.config`'s addresses are HAProxy's frontends.
    pub stack: Stack,
    pub database: ScratchDatabase,
    pub instances: Vec<Instance>,
    /// The demo tenant's secret key (`sk_test_…`).
    pub secret_key: String,
    pub haproxy_config: PathBuf,
    stats_socket: PathBuf,
    api_bin: PathBuf,
    artifact: Artifact,
}

impl Cluster {
    /// Creates the database, seeds it, starts the instances and HAProxy and waits
    /// until every instance answers `/readyz`, both frontends answer, and HAProxy
    /// sees every instance up.
    pub fn start(artifact: &Artifact, spec: &Spec<'_>) -> Result<Self> {
        if spec.apis == 0 || spec.portals == 0 {
            bail!("a cluster needs at least one API and one portal instance");
        }
        let database = ScratchDatabase::create(spec.server_url, "paylera_cluster", spec.keep)?;
        eprintln!("cluster: created database {}", postgres::redact(&database.url));
        let mut ports = servers::free_loopback_port_list(2 + 2 * (spec.apis + spec.portals))?.into_iter();
        let mut next_addr = || {
            ports
                .next()
                .map(|port| format!("127.0.0.1:{port}"))
                .context("too few free ports")
        };
        let api_frontend = next_addr()?;
        let portal_frontend = next_addr()?;
        let mut instances = Vec::new();
        for (kind, count) in [(Kind::Api, spec.apis), (Kind::Portal, spec.portals)] {
            for number in 1..=count {
                instances.push(Instance {
                    name: format!("{}-{number}", kind.name()),
                    kind,
                    addr: next_addr()?,
                    admin_addr: next_addr()?,
                });
            }
        }

        let mut env = shared_env(
            artifact,
            &database.url,
            &servers::base_url(&api_frontend),
            &servers::base_url(&portal_frontend),
        )?;
        env.extend(spec.env.iter().cloned());
        let config = StackConfig {
            cwd: spec.run_dir.to_path_buf(),
            api_addr: api_frontend,
            portal_addr: portal_frontend,
            env,
            logs: Logs::Files(spec.run_dir.join("logs")),
        };
        let mut stack = Stack::new_seeded(config, &artifact.api_bin)?;
        let Seed::Created { secret_key, .. } = stack.seed.clone() else {
            bail!(
                "`demo seed` on the fresh database {} reported created:false",
                database.name
            );
        };

        let stats_socket = spec.run_dir.join("haproxy.sock");
        let haproxy_config = spec.run_dir.join("haproxy.cfg");
        let text = haproxy_config_text(
            &stack.config.api_addr,
            &stack.config.portal_addr,
            &instances,
            &stats_socket,
        );
        std::fs::write(&haproxy_config, text).with_context(|| format!("writing {}", haproxy_config.display()))?;
        check_haproxy_config(&haproxy_config)?;

        let mut processes: Vec<Process> = instances
            .iter()
            .map(|instance| instance_process(&stack.config, artifact, instance))
            .collect();
        let mut haproxy = Command::new(setup::HAPROXY);
        haproxy.arg("-db").arg("-f").arg(&haproxy_config);
        processes.push(Process {
            name: "haproxy".to_owned(),
            command: haproxy,
            ready_urls: vec![
                format!("{}/readyz", stack.config.api_url()),
                format!("{}/readyz", stack.config.portal_url()),
            ],
            stop_last: true,
        });
        stack.start(processes)?;
        let cluster = Self {
            stack,
            database,
            instances,
            secret_key,
            haproxy_config,
            stats_socket,
            api_bin: artifact.api_bin.clone(),
            artifact: artifact.clone(),
        };
        cluster.wait_all_up()?;
        Ok(cluster)
    }

    /// The API as clients reach it: HAProxy's API frontend.
    pub fn api_url(&self) -> String {
        self.stack.config.api_url()
    }

    /// The portal as browsers reach it: HAProxy's portal frontend.
    pub fn portal_url(&self) -> String {
        self.stack.config.portal_url()
    }

    /// SIGKILLs instance `name` (no drain: a crash), and waits for it to be gone.
    pub fn kill(&mut self, name: &str) -> Result<()> {
        self.stack.kill(name)
    }

    /// Starts instance `name` again (after [`Cluster::kill`] or an exit), with the
    /// same addresses and environment; does not wait for it to be ready.
    pub fn restart(&mut self, name: &str) -> Result<()> {
        let instance = self
            .instances
            .iter()
            .find(|i| i.name == name)
            .with_context(|| format!("no instance {name}"))?;
        let process = instance_process(&self.stack.config, &self.artifact, instance);
        self.stack.respawn(process)
    }

    /// Drains API instance `name` while a client reads through the balancer without
    /// pause: SIGTERM, then every request must still be answered `200` (the instance
    /// reports not ready and serves on while HAProxy takes it out, then finishes what
    /// it has) and the instance must exit `0`. Starts it again afterwards.
    pub fn drain_under_load(&mut self, name: &str) -> Result<DrainReport> {
        let stop = Arc::new(AtomicBool::new(false));
        let url = format!("{}/v1/customers?limit=1", self.api_url());
        let key = self.secret_key.clone();
        let client = {
            let stop = stop.clone();
            thread::spawn(move || {
                let (mut sent, mut failed) = (0_u64, Vec::new());
                while !stop.load(Ordering::SeqCst) {
                    sent += 1;
                    match crate::api_client::call("GET", &url, Some(&key), None) {
                        Ok(response) if response.status == 200 => {}
                        Ok(response) => failed.push(format!("HTTP {}", response.status)),
                        Err(error) => failed.push(format!("{error:#}")),
                    }
                }
                (sent, failed)
            })
        };
        thread::sleep(Duration::from_millis(500));
        let started = Instant::now();
        let status = self.stack.terminate(name, Duration::from_secs(20));
        let drained_in = started.elapsed();
        // Keep reading a moment after it left: the balancer must not send it anything.
        thread::sleep(Duration::from_millis(500));
        stop.store(true, Ordering::SeqCst);
        let (sent, failed) = client
            .join()
            .map_err(|_| anyhow::anyhow!("the reading thread panicked"))?;
        let status = status?;
        self.restart(name)?;
        Ok(DrainReport {
            sent,
            failed,
            exit_ok: status.success(),
            drained_in,
        })
    }

    /// A fresh portal link for the demo customer (`paylera-api demo link`).
    pub fn demo_link(&self) -> Option<String> {
        self.stack.demo_link_with(&self.api_bin)
    }

    /// Every instance as HAProxy sees it: state and requests sent to it so far.
    pub fn server_stats(&self) -> Result<Vec<ServerStat>> {
        let mut stream = UnixStream::connect(&self.stats_socket)
            .with_context(|| format!("connecting to HAProxy's stats socket {}", self.stats_socket.display()))?;
        stream.set_read_timeout(Some(Duration::from_secs(5)))?;
        stream.write_all(b"show stat\n")?;
        let mut csv = String::new();
        stream.read_to_string(&mut csv).context("reading `show stat`")?;
        parse_show_stat(&csv)
    }

    /// Waits until HAProxy reports every instance `UP` (it needs two good checks).
    fn wait_all_up(&self) -> Result<()> {
        let deadline = Instant::now() + ALL_UP_TIMEOUT;
        loop {
            let stats = self.server_stats()?;
            let down: Vec<String> = self
                .instances
                .iter()
                .filter(|i| !stats.iter().any(|s| s.is_traffic_of(i) && s.status == "UP"))
                .map(|i| i.name.clone())
                .collect();
            if down.is_empty() {
                return Ok(());
            }
            if interrupt::requested() {
                bail!("interrupted while waiting for HAProxy");
            }
            if Instant::now() > deadline {
                bail!(
                    "HAProxy does not see {} up after {}s",
                    down.join(", "),
                    ALL_UP_TIMEOUT.as_secs()
                );
            }
            thread::sleep(Duration::from_millis(250));
        }
    }

    /// Prints the requests HAProxy sent to each instance (readiness probes and
    /// health checks not counted) and returns the stats.
    pub fn print_request_counts(&self) -> Result<Vec<ServerStat>> {
        let stats = self.server_stats()?;
        println!("cluster: requests HAProxy sent to each instance (readiness probes not counted):");
        for instance in &self.instances {
            match stats.iter().find(|s| s.is_traffic_of(instance)) {
                Some(stat) => println!("  {:<12} {:<8} {:>8}", stat.server, stat.status, stat.requests),
                None => println!("  {:<12} missing from HAProxy's stats", instance.name),
            }
        }
        Ok(stats)
    }

    /// Stops the instances, then HAProxy, then drops the database (unless kept).
    pub fn stop(&mut self) -> Result<()> {
        self.stack.stop();
        self.database.drop_now()
    }
}

/// The environment every instance and `demo seed`/`demo link` share: production
/// mode, the run's secrets (fresh for every run, the same for every process), the
/// database, and the balancer's frontends as the URLs the servers find each other at.
pub fn shared_env(
    artifact: &Artifact,
    database_url: &str,
    api_url: &str,
    portal_url: &str,
) -> Result<Vec<(String, String)>> {
    let site_root = artifact.site_root.display().to_string();
    let mut env: Vec<(String, String)> = [
        ("PAYLERA_ENV", "production"),
        ("DATABASE_URL", database_url),
        // The portals call the API through the balancer, and links point at it.
        ("PAYLERA_API_URL", api_url),
        ("PAYLERA_API_PUBLIC_URL", api_url),
        ("PAYLERA_PORTAL_PUBLIC_URL", portal_url),
        ("PAYLERA_PORTAL_SITE_ROOT", site_root.as_str()),
        // HAProxy connects from loopback: the portals believe its X-Forwarded-For.
        ("PAYLERA_TRUSTED_PROXIES", "127.0.0.1/32"),
        ("PAYLERA_DRAIN_SECS", DRAIN_SECS),
        ("PAYLERA_LINK_EXCHANGES_PER_MINUTE", LINK_EXCHANGES_PER_MINUTE),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    for secret in [
        "PAYLERA_ENCRYPTION_KEY",
        "PAYLERA_PORTAL_JWT_SECRET",
        "PAYLERA_CARD_FINGERPRINT_KEY",
        "PAYLERA_SERVICE_KEY",
    ] {
        env.push((secret.to_owned(), servers::random_key()?));
    }
    Ok(env)
}

/// The command of one instance: the shared environment plus its own addresses and name.
pub fn instance_process(config: &StackConfig, artifact: &Artifact, instance: &Instance) -> Process {
    let (bin, addr_var, admin_var) = match instance.kind {
        Kind::Api => (&artifact.api_bin, "PAYLERA_API_ADDR", "PAYLERA_API_ADMIN_ADDR"),
        Kind::Portal => (&artifact.portal_bin, "PAYLERA_PORTAL_ADDR", "PAYLERA_PORTAL_ADMIN_ADDR"),
    };
    let mut command = config.command_for(bin);
    if instance.kind == Kind::Api {
        command.arg("serve");
    }
    command
        .env(addr_var, &instance.addr)
        .env(admin_var, &instance.admin_addr)
        .env("PAYLERA_INSTANCE", &instance.name);
    Process::server(instance.name.clone(), command, &instance.addr)
}

/// `haproxy -c -f <config>`: HAProxy's own check of the generated configuration.
fn check_haproxy_config(config: &Path) -> Result<()> {
    let mut check = Command::new(setup::HAPROXY);
    check.arg("-c").arg("-f").arg(config);
    cmd::announce(&check);
    let out = cmd::output(&mut check)?;
    if !out.status.success() {
        bail!(
            "HAProxy rejects {} ({}):\n{}{}",
            config.display(),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(())
}

/// HAProxy's configuration for one run: a frontend per server kind on the given
/// addresses, round robin over the instances, health checks on `/readyz`.
fn haproxy_config_text(
    api_frontend: &str,
    portal_frontend: &str,
    instances: &[Instance],
    stats_socket: &Path,
) -> String {
    let proxies = |kind: Kind, bind: &str| -> String {
        let name = kind.name();
        let mut servers = String::new();
        let mut probes = String::new();
        for instance in instances.iter().filter(|i| i.kind == kind) {
            let (server, addr) = (&instance.name, &instance.addr);
            servers.push_str(&format!("    server {server} {addr} check\n"));
            probes.push_str(&format!("    server {server} {addr} track {name}/{server}\n"));
        }
        let forwardfor = match kind {
            // The portal believes X-Forwarded-For from 127.0.0.1 (PAYLERA_TRUSTED_PROXIES)
            // and passes the browser's address on to the API's per-address limits; the
            // API is told only by the portal.
            Kind::Portal => "    option forwardfor\n",
            Kind::Api => "",
        };
        format!(
            "\
frontend {name}
    bind {bind}
{forwardfor}    use_backend {name}_probes if {{ path /readyz /healthz }}
    default_backend {name}

backend {name}
    balance roundrobin
    option httpchk GET /readyz
    http-check expect status 200
{servers}
backend {name}_probes
    balance roundrobin
{probes}"
        )
    };
    format!(
        "\
# HAProxy in front of one `cargo xtask cluster` run (generated by xtask/src/cluster.rs).

global
    # `-db` keeps HAProxy in the foreground as xtask's child; the log goes to stdout,
    # which xtask writes to logs/haproxy.log.
    log stdout format raw local0 info
    # Where xtask reads each instance's state and request count (`show stat`).
    stats socket {stats_socket} mode 600 level user

defaults
    mode http
    log global
    # httplog without the request line: a portal link carries its secret in the path
    # (/p/<secret>), and secrets are never logged. The method is kept.
    log-format \"%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq %HM\"
    option dontlognull
    timeout connect 2s
    # The slowest answers that are not faults: invoice PDFs, and portal pages that
    # wait on the API (which answers within its own timeouts).
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    timeout http-keep-alive 10s
    timeout queue 10s
    timeout check 2s
    # A request whose connection to an instance fails (it was killed, or stopped and
    # the checks have not noticed yet) is sent again, each time to another instance.
    # Only failed connections are retried (the default `retry-on conn-failure`): a
    # request that reached an instance may have been acted on, and a POST must not
    # run twice on the balancer's initiative.
    retries 2
    option redispatch 1
    # Out after one failed check (a draining instance answers /readyz 503 at once, so
    # it gets nothing new within half a second), back in after two good ones.
    default-server inter 500ms fall 1 rise 2

# Per kind: `<kind>` carries the traffic; `<kind>_probes` (the same instances, their
# state tracked from `<kind>`) carries readiness probes that come through the
# balancer (every portal's /readyz asks the API's, xtask asks both frontends), so
# `<kind>`'s request counts are real traffic only. HAProxy's own checks are never
# counted.

{api}
{portal}",
        stats_socket = stats_socket.display(),
        api = proxies(Kind::Api, api_frontend),
        portal = proxies(Kind::Portal, portal_frontend),
    )
}

/// One instance as HAProxy's `show stat` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerStat {
    /// The backend (`api`, `portal`).
    pub backend: String,
    /// The instance (`api-1`).
    pub server: String,
    /// `UP`, `DOWN`, `MAINT`, `UP 1/2`, …
    pub status: String,
    /// Requests HAProxy sent to it (health checks not included).
    pub requests: u64,
}

impl ServerStat {
    /// Whether this row is `instance` in the backend that carries its traffic (not
    /// the probes' backend).
    pub fn is_traffic_of(&self, instance: &Instance) -> bool {
        self.server == instance.name && self.backend == instance.kind.name()
    }
}

/// The instances that served no request according to `stats` (missing ones too).
pub fn idle_instances(instances: &[Instance], stats: &[ServerStat]) -> Vec<String> {
    instances
        .iter()
        .filter(|i| !stats.iter().any(|s| s.is_traffic_of(i) && s.requests > 0))
        .map(|i| i.name.clone())
        .collect()
}

/// The server rows (not `FRONTEND`/`BACKEND`) of `show stat`'s CSV.
fn parse_show_stat(csv: &str) -> Result<Vec<ServerStat>> {
    let mut lines = csv.lines();
    let header = lines
        .next()
        .and_then(|line| line.strip_prefix("# "))
        .with_context(|| format!("`show stat` answered {:?}", servers::tail(csv, 3)))?;
    let columns: Vec<&str> = header.split(',').collect();
    let column = |name: &str| {
        columns
            .iter()
            .position(|c| *c == name)
            .with_context(|| format!("`show stat` has no `{name}` column"))
    };
    let (pxname, svname, status, req_tot) = (
        column("pxname")?,
        column("svname")?,
        column("status")?,
        column("req_tot")?,
    );
    let mut stats = Vec::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split(',').collect();
        let field = |i: usize| fields.get(i).copied().unwrap_or_default();
        if matches!(field(svname), "FRONTEND" | "BACKEND") {
            continue;
        }
        stats.push(ServerStat {
            backend: field(pxname).to_owned(),
            server: field(svname).to_owned(),
            status: field(status).to_owned(),
            requests: field(req_tot).parse().unwrap_or_default(),
        });
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance(kind: Kind, number: u16) -> Instance {
        Instance {
            name: format!("{}-{number}", kind.name()),
            kind,
            addr: format!("127.0.0.1:{}", 7000 + number),
            admin_addr: format!("127.0.0.1:{}", 9000 + number),
        }
    }

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn two_apis_and_two_portals_by_default() {
        let options = parse(&[], "help").expect("no flags");
        assert_eq!((options.apis, options.portals, options.keep), (2, 2, false));
        assert_eq!(options.database, None);
        assert!(parse(&args(&["--api", "17"]), "help").is_err());
        assert!(parse(&args(&["--portal=x"]), "help").is_err());
    }

    #[test]
    fn the_haproxy_config_balances_each_kind_over_its_instances() {
        let instances = [
            instance(Kind::Api, 1),
            instance(Kind::Api, 2),
            instance(Kind::Portal, 1),
        ];
        let config = haproxy_config_text(
            "127.0.0.1:8000",
            "127.0.0.1:3000",
            &instances,
            Path::new("/run/x/haproxy.sock"),
        );
        let section = |name: &str| {
            let start = config.find(name).expect(name);
            let rest = &config[start + name.len()..];
            rest[..rest.find("\n\n").unwrap_or(rest.len())].to_owned()
        };
        let api = section("backend api\n");
        assert!(api.contains("server api-1 127.0.0.1:7001 check"), "{api}");
        assert!(api.contains("server api-2 127.0.0.1:7002 check"), "{api}");
        assert!(!api.contains("portal-1"), "{api}");
        assert!(api.contains("option httpchk GET /readyz"), "{api}");
        let portal = section("backend portal\n");
        assert!(portal.contains("server portal-1 127.0.0.1:7001 check"), "{portal}");
        assert!(section("frontend api\n").contains("bind 127.0.0.1:8000"));
        assert!(!section("frontend api\n").contains("forwardfor"));
        assert!(section("frontend portal\n").contains("option forwardfor"));
        // Probes through the balancer go elsewhere, so the counts are real traffic.
        assert!(section("frontend api\n").contains("use_backend api_probes if { path /readyz /healthz }"));
        let probes = section("backend api_probes\n");
        assert!(
            probes.contains("server api-2 127.0.0.1:7002 track api/api-2"),
            "{probes}"
        );
        assert!(!probes.contains(" check"), "{probes}");
        assert!(config.contains("stats socket /run/x/haproxy.sock "), "{config}");
    }

    #[test]
    fn the_haproxy_log_leaves_out_the_request_line() {
        let config = haproxy_config_text("a:1", "b:2", &[], Path::new("/s"));
        let log_format = config
            .lines()
            .find(|l| l.trim_start().starts_with("log-format"))
            .expect("a log-format");
        // %r is the request line, %HU/%HP/%HQ its URI, path and query: a link's secret
        // is in there.
        let fields: Vec<&str> = log_format
            .split('%')
            .skip(1)
            .map(|rest| {
                rest.split(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .unwrap_or_default()
            })
            .collect();
        assert!(fields.contains(&"HM"), "{fields:?}");
        for field in ["r", "HU", "HP", "HQ"] {
            assert!(!fields.contains(&field), "{log_format}");
        }
        assert!(!config.contains("option httplog"), "{config}");
    }

    #[test]
    fn reads_each_servers_requests_from_show_stat() {
        let csv = "# pxname,svname,qcur,stot,status,req_tot,\n\
                   api,FRONTEND,0,9,OPEN,9,\n\
                   api,api-1,0,5,UP,5,\n\
                   api,api-2,0,4,DOWN,4,\n\
                   api,BACKEND,0,9,UP,9,\n\
                   portal_probes,portal-1,0,7,UP,7,\n\
                   portal,portal-1,0,0,UP,,\n\n";
        let stats = parse_show_stat(csv).expect("stats");
        let summary: Vec<(&str, &str, &str, u64)> = stats
            .iter()
            .map(|s| (s.backend.as_str(), s.server.as_str(), s.status.as_str(), s.requests))
            .collect();
        assert_eq!(
            summary,
            [
                ("api", "api-1", "UP", 5),
                ("api", "api-2", "DOWN", 4),
                ("portal_probes", "portal-1", "UP", 7),
                ("portal", "portal-1", "UP", 0)
            ]
        );
        let instances = [
            instance(Kind::Api, 1),
            instance(Kind::Api, 2),
            instance(Kind::Portal, 1),
            instance(Kind::Portal, 2),
        ];
        assert_eq!(idle_instances(&instances, &stats), ["portal-1", "portal-2"]);
        assert!(parse_show_stat("Unknown command\n").is_err());
        assert!(parse_show_stat("# pxname,svname,status\n").is_err());
    }
}
