//! `cargo xtask chaos`: the fault campaign. A cluster of the release artifact (two
//! API instances and a portal behind HAProxy, on a fresh PostgreSQL database) takes
//! the mixed load of
//! `paylera-chaos` (the `chaos/` crate: idempotent creates and their retries, portal
//! actions, subscription changes, card attaches, webhooks to a receiver that fails on
//! purpose) while this module SIGKILLs a random API instance every few seconds and
//! starts it again, and restarts PostgreSQL once, half-way. Then `paylera-chaos`
//! checks what must hold (nothing acknowledged lost, nothing done twice, every event
//! delivered, every signature valid, invoice numbers gapless) and this module adds the
//! kills to its table. The bounded run of `cargo xtask test` is the same campaign,
//! shorter.

use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::cluster::{Artifact, Cluster, Kind, Spec};
use crate::workspace::Workspace;
use crate::{cmd, interrupt, postgres, setup, test};

/// What the campaign does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// How long the load (and the killing) lasts.
    pub seconds: u64,
    /// The gap between two kills.
    pub kill_every: Duration,
    /// Concurrent customers' lives in the load.
    pub workers: usize,
    /// Restart PostgreSQL once, half-way.
    pub restart_database: bool,
    /// The campaign fails with fewer kills than this.
    pub min_kills: u32,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            seconds: 120,
            kill_every: Duration::from_secs(3),
            workers: 8,
            restart_database: true,
            min_kills: 20,
        }
    }
}

impl Options {
    /// The bounded campaign of `cargo xtask test`: a minute, ≥ 20 kills.
    pub fn bounded() -> Self {
        Self {
            seconds: 60,
            kill_every: Duration::from_millis(2500),
            ..Self::default()
        }
    }
}

/// Parses `[--seconds N] [--kill-every SECS] [--workers N] [--no-database-restart]`.
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        if flag == "--no-database-restart" {
            options.restart_database = false;
            continue;
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<f64>()
                .ok()
                .filter(|n| *n > 0.0 && n.is_finite())
                .ok_or_else(|| format!("{flag}: expected a positive number, got {value:?}"))
        };
        match flag.as_str() {
            "--seconds" => options.seconds = number()?.ceil() as u64,
            "--kill-every" => options.kill_every = Duration::from_secs_f64(number()?),
            "--workers" => options.workers = (number()?.ceil() as usize).max(1),
            other => return Err(format!("unknown option {other}")),
        }
    }
    let expected = (options.seconds as f64 / options.kill_every.as_secs_f64()).floor() as u32;
    options.min_kills = options.min_kills.min(expected.saturating_sub(1)).max(1);
    Ok(options)
}

/// `cargo xtask chaos`: the campaign on the machine's PostgreSQL.
pub fn run(ws: &Workspace, options: &Options) -> Result<bool> {
    let server_url = crate::workspace::non_empty_env("PAYLERA_TEST_POSTGRES_URL")
        .unwrap_or_else(|| postgres::DEFAULT_URL.to_owned());
    setup::ensure(ws, false)?;
    let artifact = Artifact::build(ws)?;
    campaign(ws, &artifact, &server_url, options)
}

/// Builds the load generator, starts the cluster, runs the campaign, stops it all.
pub fn campaign(ws: &Workspace, artifact: &Artifact, server_url: &str, options: &Options) -> Result<bool> {
    setup::haproxy()?;
    cmd::run(ws.cargo().args(["build", "-p", "paylera-chaos"]))?;
    let load_bin = ws.debug_bin("paylera-chaos");
    let run_dir = test::scratch_dir("paylera-chaos")?;
    let env = [
        // The receiver is on loopback; attempts time out fast, so a hung receiver
        // and a killed instance's claims come round again within seconds.
        ("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"),
        ("PAYLERA_WEBHOOKS_TIMEOUT_SECS", "2"),
        ("PAYLERA_IDEMPOTENCY_STALE_SECS", "4"),
        // Every client is HAProxy's loopback address: per-address and per-key
        // limits would only make the load wait.
        ("PAYLERA_API_KEY_REQUESTS_PER_MINUTE", "1000000"),
        ("PAYLERA_LINK_EXCHANGES_PER_MINUTE", "100000"),
    ];
    let spec = Spec {
        apis: 2,
        portals: 1,
        server_url,
        run_dir: &run_dir,
        keep: false,
        env: env.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
    };
    let mut cluster = Cluster::start(artifact, &spec)
        .with_context(|| format!("starting the cluster (logs in {})", run_dir.display()))?;
    let outcome = drive(&mut cluster, &load_bin, &run_dir, options);
    if let Err(error) = cluster.stop() {
        eprintln!("error: {error:#}");
    }
    match &outcome {
        Ok(true) => {
            let _ = std::fs::remove_dir_all(&run_dir);
        }
        _ => eprintln!("chaos: logs kept in {}", run_dir.display()),
    }
    outcome
}

/// What the killing did.
#[derive(Debug, Default)]
struct Faults {
    kills: u32,
    database_restarts: u32,
    database_restart_error: Option<String>,
}

/// Runs the load and the faults side by side; true when every invariant held.
fn drive(cluster: &mut Cluster, load_bin: &Path, run_dir: &Path, options: &Options) -> Result<bool> {
    let report = run_dir.join("chaos-report.txt");
    let mut load = Command::new(load_bin);
    load.args(["--api", &cluster.api_url(), "--key", &cluster.secret_key])
        .args(["--database-url", &cluster.database.url])
        .args(["--seconds", &options.seconds.to_string()])
        .args(["--workers", &options.workers.to_string()])
        .stdout(std::fs::File::create(&report).with_context(|| format!("creating {}", report.display()))?)
        .stderr(Stdio::inherit());
    cmd::announce(&load);
    let mut load = load.spawn().context("starting paylera-chaos")?;

    let apis: Vec<String> = cluster
        .instances
        .iter()
        .filter(|i| i.kind == Kind::Api)
        .map(|i| i.name.clone())
        .collect();
    let started = Instant::now();
    let until = started + Duration::from_secs(options.seconds);
    let restart_database_at = started + Duration::from_secs(options.seconds / 2);
    let mut next_kill = started + options.kill_every;
    let mut faults = Faults::default();
    let mut roll = seed();
    while Instant::now() < until && !interrupt::requested() {
        if Instant::now() >= next_kill {
            roll = roll
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let victim = &apis[usize::try_from(roll >> 33).unwrap_or(0) % apis.len()];
            cluster.kill(victim)?;
            faults.kills += 1;
            eprintln!("chaos: SIGKILL {victim} (kill {})", faults.kills);
            cluster.restart(victim)?;
            next_kill += options.kill_every;
        }
        if options.restart_database && faults.database_restarts == 0 && Instant::now() >= restart_database_at {
            eprintln!("chaos: restarting PostgreSQL");
            match restart_postgres() {
                Ok(()) => faults.database_restarts += 1,
                Err(error) => {
                    eprintln!("error: chaos: restarting PostgreSQL: {error:#}");
                    faults.database_restarts = u32::MAX;
                    faults.database_restart_error = Some(format!("{error:#}"));
                }
            }
        }
        // An instance that died on its own (not killed by us) is started again too.
        for (name, status) in cluster.stack.newly_exited()? {
            if apis.contains(&name) {
                eprintln!("chaos: {name} exited by itself ({status}); starting it again");
                cluster.restart(&name)?;
            }
        }
        thread::sleep(Duration::from_millis(50));
    }
    if faults.database_restarts == u32::MAX {
        faults.database_restarts = 0;
    }
    eprintln!(
        "chaos: faults stopped after {} kills; waiting for the verdict",
        faults.kills
    );
    let status = load.wait().context("waiting for paylera-chaos")?;
    let table = std::fs::read_to_string(&report).unwrap_or_default();
    print!(
        "{}",
        table
            .lines()
            .filter(|l| !l.starts_with("{\"chaos\""))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
    println!(
        "| SIGKILLs of an API instance (every {:.1} s, random instance) | {} | ≥ {} {} |",
        options.kill_every.as_secs_f64(),
        faults.kills,
        options.min_kills,
        if faults.kills >= options.min_kills {
            "ok"
        } else {
            "FAIL"
        }
    );
    let database_ok = !options.restart_database || faults.database_restarts == 1;
    println!(
        "| PostgreSQL restarts (half-way) | {} | {} {} |",
        faults.database_restarts,
        u32::from(options.restart_database),
        if database_ok { "ok" } else { "FAIL" }
    );
    if let Some(error) = &faults.database_restart_error {
        eprintln!("chaos: PostgreSQL was not restarted: {error}");
    }
    let holds = status.success() && faults.kills >= options.min_kills && database_ok;
    println!("chaos: {}", if holds { "every invariant held" } else { "FAILED" });
    if !status.success() && status.code() != Some(1) {
        bail!(
            "paylera-chaos did not finish its checks ({status}); see {}",
            report.display()
        );
    }
    Ok(holds)
}

/// Restarts the machine's PostgreSQL cluster (`pg_ctlcluster VERSION main restart`,
/// as root), then waits until it accepts connections.
fn restart_postgres() -> Result<()> {
    let version = std::fs::read_dir("/etc/postgresql")
        .context("reading /etc/postgresql (is this the machine's PostgreSQL?)")?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .max()
        .context("no cluster under /etc/postgresql")?;
    cmd::run(Command::new("pg_ctlcluster").args(["--skip-systemctl-redirect", &version, "main", "restart"]))?;
    let target = postgres::PgTarget::parse(postgres::DEFAULT_URL)?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while !target.reachable() {
        if Instant::now() > deadline {
            bail!("PostgreSQL did not come back within 30 s");
        }
        thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// A seed for choosing victims: the clock's nanoseconds and the process id.
fn seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    u64::from(nanos) ^ (u64::from(std::process::id()) << 32)
}

/// The `chaos` step of `cargo xtask test`: the bounded campaign.
pub fn step(ws: &Workspace, server_url: &str) -> bool {
    let started = Instant::now();
    let result = Artifact::build(ws).and_then(|artifact| campaign(ws, &artifact, server_url, &Options::bounded()));
    println!("chaos: {:.0}s in all", started.elapsed().as_secs_f64());
    match result {
        Ok(holds) => holds,
        Err(error) => {
            eprintln!("error: chaos: {error:#}");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn defaults_kill_forty_times_in_two_minutes() {
        let options = parse(&[]).expect("defaults");
        assert_eq!(options, Options::default());
        assert!(options.seconds as f64 / options.kill_every.as_secs_f64() >= 40.0);
    }

    #[test]
    fn the_bounded_run_still_kills_at_least_twenty_times() {
        let bounded = Options::bounded();
        assert!((bounded.seconds as f64 / bounded.kill_every.as_secs_f64()).floor() as u32 > bounded.min_kills);
        assert_eq!(bounded.min_kills, 20);
    }

    #[test]
    fn flags_are_read_and_the_kill_floor_follows_a_short_run() {
        let options = parse(&args(&[
            "--seconds",
            "10",
            "--kill-every",
            "2",
            "--no-database-restart",
        ]))
        .expect("ok");
        assert_eq!(options.seconds, 10);
        assert_eq!(options.kill_every, Duration::from_secs(2));
        assert!(!options.restart_database);
        assert_eq!(options.min_kills, 4, "a 10 s run cannot be asked for 20 kills");
        assert!(parse(&args(&["--seconds", "0"])).is_err());
        assert!(parse(&args(&["--bogus", "1"])).is_err());
        assert!(parse(&args(&["--workers"])).is_err());
    }
}
