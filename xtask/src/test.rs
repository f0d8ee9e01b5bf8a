//! `cargo xtask test`: everything CI runs, as ordered steps.
//!
//! Each step prints a header; the run stops at the first failing step but always
//! ends with the breakdown from [`crate::summary`], whose last line is
//! `N passed, N failed`. Test commands are counted by their own result lines;
//! every other command (setup, fmt, each clippy, bundle) is one check. A failure
//! to build or start what a test step needs counts as one failed check.

use std::path::PathBuf;
use std::process::Command;
use std::process::ExitStatus;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};

use crate::api_recorder::{Recorder, Recording};
use crate::postgres::{self, PgTarget};
use crate::secrets_scan::{self, FileKind, Kind, Scanner, Secrets};
use crate::servers::{self, Logs, Seed, StackConfig};
use crate::summary::{self, StepRow, StepStatus, Tally};
use crate::workspace::{Workspace, non_empty_env};
use crate::{api_client, bundle, chaos, cluster, cmd, interrupt, schemathesis, sdk, setup};

/// The steps, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Setup,
    Fmt,
    Clippy,
    Unit,
    Sqlite,
    Postgres,
    Bundle,
    E2e,
    Secrets,
    Schemathesis,
    Sdk,
    Cluster,
    Chaos,
}

impl Step {
    pub const ALL: [Self; 13] = [
        Self::Setup,
        Self::Fmt,
        Self::Clippy,
        Self::Unit,
        Self::Sqlite,
        Self::Postgres,
        Self::Bundle,
        Self::E2e,
        Self::Secrets,
        Self::Schemathesis,
        Self::Sdk,
        Self::Cluster,
        Self::Chaos,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Setup => "setup",
            Self::Fmt => "fmt",
            Self::Clippy => "clippy",
            Self::Unit => "unit",
            Self::Sqlite => "sqlite",
            Self::Postgres => "postgres",
            Self::Bundle => "bundle",
            Self::E2e => "e2e",
            Self::Secrets => "secrets",
            Self::Schemathesis => "schemathesis",
            Self::Sdk => "sdk",
            Self::Cluster => "cluster",
            Self::Chaos => "chaos",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Self::Setup => "install missing tools (wasm32 target, wasm-bindgen, Chromium, e2e npm packages)",
            Self::Fmt => "cargo fmt --all --check",
            Self::Clippy => "clippy with -D warnings for every crate and portal mode",
            Self::Unit => "unit tests (shared, api lib, pdf, portal-ui ssr, xtask, chaos)",
            Self::Sqlite => "API integration tests on SQLite",
            Self::Postgres => "API integration tests on PostgreSQL",
            Self::Bundle => "the portal's WASM bundle",
            Self::E2e => "browser tests (Playwright, headless Chromium) against freshly started servers",
            Self::Secrets => "secrets-at-rest scan of the browser run's database files and server logs",
            Self::Schemathesis => "schemathesis over /v1/openapi.json against a fresh, seeded API",
            Self::Sdk => {
                "the TypeScript and Python SDKs: generated code checked against the document, their suites against a live API"
            }
            Self::Cluster => {
                "browser journeys against 2 API + 2 portal instances behind HAProxy on a fresh PostgreSQL database"
            }
            Self::Chaos => {
                "the bounded fault campaign: SIGKILLs and a PostgreSQL restart under mixed load, then the invariants"
            }
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// Flags of `cargo xtask test`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    pub skip_e2e: bool,
    pub skip_postgres: bool,
    /// When non-empty, run only these steps (setup always runs).
    pub only: Vec<Step>,
}

impl Options {
    fn selected(&self, step: Step) -> bool {
        step == Step::Setup || self.only.is_empty() || self.only.contains(&step)
    }

    fn runs_e2e(&self) -> bool {
        !self.skip_e2e && self.selected(Step::E2e)
    }

    fn runs_cluster(&self) -> bool {
        !self.skip_e2e && !self.skip_postgres && self.selected(Step::Cluster)
    }

    /// The browser run is recorded and kept for the secrets scan.
    fn scans_secrets(&self) -> bool {
        self.runs_e2e() && self.selected(Step::Secrets)
    }
}

/// What one step hands to a later one.
#[derive(Default)]
struct Carry {
    /// The browser run, for the secrets scan.
    e2e_run: Option<E2eRun>,
}

enum Outcome {
    Ran(Tally),
    Skipped(String),
}

/// Runs the steps and prints the summary; `Ok(false)` when anything failed.
pub fn run(ws: &Workspace, options: &Options) -> Result<bool> {
    interrupt::install()?;
    let mut rows = Vec::new();
    let mut warnings = Vec::new();
    let mut stop_reason: Option<&str> = None;
    let mut carry = Carry::default();
    for (index, step) in Step::ALL.into_iter().enumerate() {
        let skip_reason = if !options.selected(step) {
            Some("not selected (--only)")
        } else if interrupt::requested() {
            Some("interrupted")
        } else {
            stop_reason
        };
        if let Some(reason) = skip_reason {
            rows.push(StepRow {
                name: step.name(),
                status: StepStatus::NotRun {
                    reason: reason.to_owned(),
                },
            });
            continue;
        }
        println!();
        println!(
            "==> [{}/{}] {}: {}",
            index + 1,
            Step::ALL.len(),
            step.name(),
            step.description()
        );
        let started = Instant::now();
        let outcome = run_step(ws, options, step, &mut warnings, &mut carry);
        let status = match outcome {
            Outcome::Ran(tally) => {
                if tally.failed > 0 {
                    stop_reason = Some("an earlier step failed");
                }
                StepStatus::Ran {
                    tally,
                    seconds: started.elapsed().as_secs_f64(),
                }
            }
            Outcome::Skipped(reason) => StepStatus::Skipped { reason },
        };
        rows.push(StepRow {
            name: step.name(),
            status,
        });
    }

    let failed = rows
        .iter()
        .any(|row| matches!(&row.status, StepStatus::Ran { tally, .. } if tally.failed > 0))
        || interrupt::requested();
    println!();
    println!("==> summary");
    for warning in &warnings {
        println!("{warning}");
    }
    // The breakdown ends with the total line: nothing may be printed after it.
    println!("{}", summary::render(&rows));
    Ok(!failed)
}

fn run_step(ws: &Workspace, options: &Options, step: Step, warnings: &mut Vec<String>, carry: &mut Carry) -> Outcome {
    match step {
        Step::Setup => Outcome::Ran(checked(
            setup::ensure(ws, options.runs_e2e() || options.runs_cluster())
                .and_then(|()| setup::pdftotext())
                .and_then(|()| setup::cjk_fonts()),
        )),
        Step::Fmt => Outcome::Ran(check(ws.cargo().args(["fmt", "--all", "--check"]))),
        Step::Clippy => Outcome::Ran(clippy(ws)),
        Step::Unit => Outcome::Ran(unit_tests(ws)),
        Step::Sqlite => Outcome::Ran(api_integration_tests(ws, "sqlite")),
        Step::Postgres => postgres_leg(ws, options, warnings),
        Step::Bundle => Outcome::Ran(checked(bundle::build(ws))),
        Step::E2e if options.skip_e2e => Outcome::Skipped("--skip-e2e was given".to_owned()),
        Step::E2e => {
            let (tally, run) = e2e(ws, options.scans_secrets());
            carry.e2e_run = run;
            Outcome::Ran(tally)
        }
        Step::Secrets if options.skip_e2e => {
            Outcome::Skipped("--skip-e2e was given: the scan reads the browser run".to_owned())
        }
        Step::Secrets => match carry.e2e_run.take() {
            Some(run) => Outcome::Ran(secrets_step(ws, run)),
            None => Outcome::Skipped("the e2e step did not run in this invocation (`--only e2e,secrets`)".to_owned()),
        },
        Step::Schemathesis => Outcome::Ran(schemathesis::step(ws)),
        Step::Sdk => Outcome::Ran(sdk::step(ws)),
        Step::Cluster => cluster_step(ws, options, warnings),
        Step::Chaos => chaos_step(ws, options, warnings),
    }
}

/// One check from a command's exit status.
fn check(command: &mut Command) -> Tally {
    checked(cmd::run(command))
}

/// One check from a result, printing the error when it failed.
fn checked(result: Result<()>) -> Tally {
    if let Err(error) = &result {
        eprintln!("error: {error:#}");
    }
    Tally::check(result.is_ok())
}

/// Runs a `cargo test` command, streaming and counting its results. A failure
/// without a failing test (a build error, a crash) still counts as one failure.
fn cargo_tests(command: &mut Command) -> Tally {
    match cmd::run_tee(command) {
        Ok((status, output)) => {
            let mut tally = summary::parse_cargo_test(&output);
            if !status.success() && tally.failed == 0 {
                eprintln!(
                    "error: `{}` failed ({status}) without a failing test",
                    cmd::display(command)
                );
                tally.failed = 1;
            }
            tally
        }
        Err(error) => {
            eprintln!("error: {error:#}");
            Tally::check(false)
        }
    }
}

fn clippy(ws: &Workspace) -> Tally {
    const WASM: &str = "wasm32-unknown-unknown";
    let runs: [&[&str]; 5] = [
        &[
            "-p",
            "paylera-api",
            "-p",
            "paylera-shared",
            "-p",
            "paylera-texts",
            "-p",
            "paylera-pdf",
            "-p",
            "paylera-chaos",
            "-p",
            "xtask",
            "--all-targets",
        ],
        &[
            "-p",
            "paylera-portal-ui",
            "--no-default-features",
            "--features",
            "ssr",
            "--all-targets",
        ],
        &[
            "-p",
            "paylera-portal-ui",
            "--lib",
            "--no-default-features",
            "--features",
            "hydrate",
            "--target",
            WASM,
        ],
        // `--bins` picks up a csr entry point if portal-ui has one (bins whose
        // required features are missing, like the ssr server, are skipped).
        &[
            "-p",
            "paylera-portal-ui",
            "--lib",
            "--bins",
            "--no-default-features",
            "--features",
            "csr",
            "--target",
            WASM,
        ],
        &["-p", "paylera-shared", "--features", "client", "--target", WASM],
    ];
    let mut tally = Tally::default();
    // All of them run even after a failure: each is independent and a full list of
    // lint failures saves a round trip.
    for args in runs {
        tally.add(check(
            ws.cargo().arg("clippy").args(args).args(["--", "-D", "warnings"]),
        ));
    }
    tally
}

fn unit_tests(ws: &Workspace) -> Tally {
    let runs: [&[&str]; 5] = [
        &["-p", "paylera-shared", "-p", "paylera-api", "--lib"],
        &["-p", "paylera-texts"],
        &["-p", "paylera-pdf"],
        &["-p", "paylera-portal-ui", "--no-default-features", "--features", "ssr"],
        &["-p", "xtask", "-p", "paylera-chaos"],
    ];
    let mut tally = Tally::default();
    for args in runs {
        tally.add(cargo_tests(ws.cargo().arg("test").args(args).arg("--no-fail-fast")));
    }
    tally
}

fn postgres_leg(ws: &Workspace, options: &Options, warnings: &mut Vec<String>) -> Outcome {
    match test_postgres(options.skip_postgres.then_some("--skip-postgres was given")) {
        Reach::Up { url, target } => {
            println!("PostgreSQL leg: running against {}", target.redacted);
            Outcome::Ran(api_integration_tests(ws, &url))
        }
        Reach::Skip { reason, redacted } => skip_step(warnings, postgres_skipped_banner(&reason, &redacted), reason),
        Reach::Fail => Outcome::Ran(Tally::check(false)),
    }
}

/// Whether a step can use the test PostgreSQL server.
enum Reach {
    Up {
        url: String,
        target: PgTarget,
    },
    /// Skipped (asked to, or unreachable outside CI), with a warning.
    Skip {
        reason: String,
        redacted: String,
    },
    /// A bad URL, or unreachable with CI set: one failed check.
    Fail,
}

/// The PostgreSQL server of the PostgreSQL leg and the cluster step:
/// `PAYLERA_TEST_POSTGRES_URL`, default the local one. When nothing accepts
/// connections there, xtask tries (as root) to start the local cluster; still
/// unreachable, the step fails in CI and is skipped otherwise. `skip` skips it
/// outright (after checking the URL).
fn test_postgres(skip: Option<&str>) -> Reach {
    let url = non_empty_env("PAYLERA_TEST_POSTGRES_URL").unwrap_or_else(|| postgres::DEFAULT_URL.to_owned());
    let target = match PgTarget::parse(&url) {
        Ok(target) => target,
        Err(error) => {
            eprintln!("error: PAYLERA_TEST_POSTGRES_URL: {error:#}");
            return Reach::Fail;
        }
    };
    if let Some(reason) = skip {
        return Reach::Skip {
            reason: reason.to_owned(),
            redacted: target.redacted,
        };
    }
    let mut reachable = target.reachable();
    if !reachable {
        eprintln!("postgres: nothing accepts connections at {}", target.address());
        reachable = postgres::try_start(&target).unwrap_or_else(|error| {
            eprintln!("postgres: {error:#}");
            false
        });
    }
    if !reachable {
        if running_in_ci() {
            eprintln!(
                "error: PostgreSQL is unreachable at {} ({}) and CI is set: this step is required in CI",
                target.address(),
                target.redacted
            );
            return Reach::Fail;
        }
        return Reach::Skip {
            reason: format!("nothing accepts connections at {}", target.address()),
            redacted: target.redacted,
        };
    }
    Reach::Up { url, target }
}

/// The API's integration tests against one backend (`sqlite` or a PostgreSQL URL).
fn api_integration_tests(ws: &Workspace, database: &str) -> Tally {
    cargo_tests(ws.cargo().env("PAYLERA_TEST_DATABASE", database).args([
        "test",
        "-p",
        "paylera-api",
        "--test",
        "api",
        "--no-fail-fast",
    ]))
}

/// A step skipped with a loud banner, printed now and again in the summary.
fn skip_step(warnings: &mut Vec<String>, banner: String, reason: String) -> Outcome {
    println!("{banner}");
    warnings.push(banner);
    Outcome::Skipped(reason)
}

fn postgres_skipped_banner(reason: &str, url: &str) -> String {
    let rule = "!".repeat(78);
    format!(
        "{rule}\n\
         !!! POSTGRESQL LEG SKIPPED: {reason} !!!\n\
         !!! The API was NOT tested against PostgreSQL ({url}). !!!\n\
         !!! Start PostgreSQL or set PAYLERA_TEST_POSTGRES_URL; with CI set this step fails. !!!\n\
         {rule}"
    )
}

fn cluster_skipped_banner(reason: &str) -> String {
    let rule = "!".repeat(78);
    format!(
        "{rule}\n\
         !!! CLUSTER STEP SKIPPED: {reason} !!!\n\
         !!! The browser suite did NOT run against the load-balanced cluster on PostgreSQL. !!!\n\
         {rule}"
    )
}

/// `CI` set to anything but empty, `false` or `0`.
fn running_in_ci() -> bool {
    non_empty_env("CI").is_some_and(|v| !v.eq_ignore_ascii_case("false") && v != "0")
}

/// The cluster step: skipped with a warning under `--skip-e2e` or `--skip-postgres`
/// or without a reachable PostgreSQL server (outside CI).
fn cluster_step(ws: &Workspace, options: &Options, warnings: &mut Vec<String>) -> Outcome {
    let skip = if options.skip_e2e {
        Some("--skip-e2e was given")
    } else if options.skip_postgres {
        Some("--skip-postgres was given")
    } else {
        None
    };
    match test_postgres(skip) {
        Reach::Up { url, target } => {
            println!("cluster: the run's database goes on {}", target.redacted);
            Outcome::Ran(cluster_browser_run(ws, &url))
        }
        Reach::Skip { reason, .. } => skip_step(warnings, cluster_skipped_banner(&reason), reason),
        Reach::Fail => Outcome::Ran(Tally::check(false)),
    }
}

/// The bounded fault campaign on a fresh database of the test PostgreSQL server.
fn chaos_step(ws: &Workspace, options: &Options, warnings: &mut Vec<String>) -> Outcome {
    let skip = options.skip_postgres.then_some("--skip-postgres was given");
    match test_postgres(skip) {
        Reach::Up { url, .. } => Outcome::Ran(Tally::check(chaos::step(ws, &url))),
        Reach::Skip { reason, .. } => skip_step(warnings, cluster_skipped_banner(&reason), reason),
        Reach::Fail => Outcome::Ran(Tally::check(false)),
    }
}

/// What the cluster step runs of the browser suite (Playwright file filters, each a
/// regular expression over the spec's path): every journey of the customer portal,
/// and the session spec (link hand-off, cookies, the /v1 proxy), hydrated only — the
/// journeys again without JavaScript and the portal spec's page checks say nothing
/// about balancing that the single stack has not said. Not the merchant dashboard's
/// journeys: the cluster's portal instances run with the dashboard off (it is not
/// behind the balancer yet).
const CLUSTER_SPECS: [&str; 2] = [r"/(?!dashboard)[^/]*\.journey\.spec\.ts$", r"/session\.spec\.ts$"];

/// Builds the artifact, starts 2 API + 2 portal instances behind HAProxy on a fresh
/// database of `server_url`'s server, runs [`CLUSTER_SPECS`] against the
/// balancer, and checks that every instance served requests; stops everything and
/// drops the database whatever happened. Logs are kept when anything failed.
fn cluster_browser_run(ws: &Workspace, server_url: &str) -> Tally {
    let started = Instant::now();
    let artifact = match cluster::Artifact::build(ws) {
        Ok(artifact) => artifact,
        Err(error) => {
            eprintln!("error: building what the cluster runs: {error:#}");
            return Tally::check(false);
        }
    };
    let built = started.elapsed();
    let run_dir = match scratch_dir("paylera-cluster") {
        Ok(dir) => dir,
        Err(error) => {
            eprintln!("error: {error:#}");
            return Tally::check(false);
        }
    };
    let spec = cluster::Spec {
        apis: cluster::DEFAULT_INSTANCES,
        portals: cluster::DEFAULT_INSTANCES,
        server_url,
        run_dir: &run_dir,
        keep: false,
        env: Vec::new(),
    };
    let mut cluster = match cluster::Cluster::start(&artifact, &spec) {
        Ok(cluster) => cluster,
        Err(error) => {
            eprintln!(
                "error: starting the cluster: {error:#}\ncluster: logs kept in {}",
                run_dir.display()
            );
            return Tally::check(false);
        }
    };
    let ready = started.elapsed();
    let mut playwright = e2e_command(
        ws,
        "npx",
        &cluster.portal_url(),
        &cluster.api_url(),
        &cluster.secret_key,
    );
    playwright
        .args(["playwright", "test", "--project=hydrated"])
        .args(CLUSTER_SPECS);
    let result = cmd::run_tee(&mut playwright);
    let suite = started.elapsed().saturating_sub(ready);
    let counts = cluster.print_request_counts();
    // Draining through the balancer: an instance stopped under load refuses nothing.
    let drained = match cluster.drain_under_load("api-1") {
        Ok(report) => {
            println!(
                "cluster: api-1 drained under load in {:.1}s ({}): {} requests through HAProxy, {} not answered 200{}",
                report.drained_in.as_secs_f64(),
                if report.exit_ok { "exit 0" } else { "exit NOT 0" },
                report.sent,
                report.failed.len(),
                report
                    .failed
                    .first()
                    .map(|f| format!(" (first: {f})"))
                    .unwrap_or_default()
            );
            report.holds()
        }
        Err(error) => {
            eprintln!("error: cluster: draining api-1 under load: {error:#}");
            false
        }
    };
    if let Err(error) = cluster.stop() {
        eprintln!("error: {error:#}");
    }
    let mut tally = match result {
        Ok((status, output)) => playwright_tally("cluster", status, &output),
        Err(error) => {
            eprintln!("error: {error:#}");
            Tally::check(false)
        }
    };
    // The balancer spread the suite: every instance served some of it.
    let spread = match counts {
        Ok(counts) => {
            let idle = cluster::idle_instances(&cluster.instances, &counts);
            if !idle.is_empty() {
                eprintln!("error: cluster: {} served no request", idle.join(", "));
            }
            idle.is_empty()
        }
        Err(error) => {
            eprintln!("error: cluster: reading HAProxy's request counts: {error:#}");
            false
        }
    };
    tally.add(Tally::check(spread));
    tally.add(Tally::check(drained));
    println!(
        "cluster: built in {:.0}s, ready {:.0}s later, browser suite {:.0}s, {:.0}s in all",
        built.as_secs_f64(),
        (ready - built).as_secs_f64(),
        suite.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    if tally.failed > 0 {
        cluster.stack.print_log_tails(60);
        eprintln!("cluster: logs kept in {}", run_dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&run_dir);
    }
    tally
}

/// Builds and starts the servers on free loopback ports with a fresh SQLite
/// database, runs Playwright against them and stops them, whatever happened. With
/// `for_scan`, the API's traffic is recorded and the run (directory, recording,
/// database snapshot) is returned for the secrets scan, which then owns the run
/// directory.
fn e2e(ws: &Workspace, for_scan: bool) -> (Tally, Option<E2eRun>) {
    if let Err(error) = servers::build(ws) {
        eprintln!("error: building the servers: {error:#}");
        return (Tally::check(false), None);
    }
    if !bundle::exists(ws) {
        eprintln!(
            "error: no WASM bundle in {}; run `cargo xtask bundle` (or the bundle step) first",
            bundle::pkg_dir(ws).display()
        );
        return (Tally::check(false), None);
    }
    let run_dir = match fresh_run_dir() {
        Ok(dir) => dir,
        Err(error) => {
            eprintln!("error: {error:#}");
            return (Tally::check(false), None);
        }
    };
    let (tally, run) = match run_playwright(ws, &run_dir, for_scan) {
        Ok(done) => done,
        Err(error) => {
            eprintln!("error: {error:#}");
            (Tally::check(false), None)
        }
    };
    if tally.failed > 0 {
        eprintln!("e2e: database and server logs kept in {}", run_dir.display());
        return (tally, None);
    }
    if run.is_none() {
        let _ = std::fs::remove_dir_all(&run_dir);
    }
    (tally, run)
}

/// The API's link-exchange rate limit during the browser tests (see `run_playwright`).
const E2E_LINK_EXCHANGES_PER_MINUTE: &str = "600";

fn run_playwright(ws: &Workspace, run_dir: &std::path::Path, for_scan: bool) -> Result<(Tally, Option<E2eRun>)> {
    let mut e2e = e2e_stack_with(ws, run_dir, for_scan)?;
    let mut playwright = e2e.command(ws, "npx");
    playwright.args(["playwright", "test"]);
    let result = cmd::run_tee(&mut playwright);
    let evidence = for_scan.then(|| e2e.evidence_while_running());
    e2e.stack.stop();
    let (status, output) = result?;
    let tally = playwright_tally("e2e", status, &output);
    if tally.failed > 0 {
        e2e.stack.print_log_tails(60);
    }
    let run = evidence.map(|(database_snapshot, webhook_error)| E2eRun {
        run_dir: run_dir.to_path_buf(),
        recording: e2e.recorder.as_mut().map(Recorder::finish).unwrap_or_default(),
        database_snapshot,
        webhook_error,
        secret_key: e2e.secret_key.clone(),
        service_key: e2e.service_key.clone(),
    });
    Ok((tally, run))
}

/// Counts a Playwright run from its closing lines (`label` prefixes the line that
/// says so). A run that failed without a failed test, or passed without a summary,
/// counts as one check.
fn playwright_tally(label: &str, status: ExitStatus, output: &str) -> Tally {
    let parsed = summary::parse_playwright(output);
    eprintln!(
        "{label}: {} passed, {} failed, {} flaky, {} skipped, {} did not run",
        parsed.passed, parsed.failed, parsed.flaky, parsed.skipped, parsed.did_not_run
    );
    let mut tally = parsed.tally();
    if status.success() && parsed.is_empty() {
        // A reporter without the usual closing lines: trust the exit status.
        eprintln!("warning: found no Playwright summary (`N passed`); counting the run as one check");
        tally.passed = 1;
    }
    if !status.success() && tally.failed == 0 {
        eprintln!("error: Playwright failed ({status}) without reporting a failed test");
        tally.failed = 1;
    }
    tally
}

/// What the secrets scan needs from the browser run.
struct E2eRun {
    run_dir: PathBuf,
    /// Everything that crossed the wire to and from the API.
    recording: Recording,
    /// The database files (with the write-ahead log) read while the servers ran.
    database_snapshot: Vec<(String, Vec<u8>)>,
    /// Why xtask could not create its webhook endpoint, if it could not.
    webhook_error: Option<String>,
    secret_key: String,
    service_key: String,
}

/// The secrets-at-rest scan (see [`secrets_scan`] for what is searched where).
fn secrets_step(ws: &Workspace, run: E2eRun) -> Tally {
    let ok = match scan_run(ws, &run) {
        Ok(ok) => ok,
        Err(error) => {
            eprintln!("error: secrets scan: {error:#}");
            false
        }
    };
    if ok {
        let _ = std::fs::remove_dir_all(&run.run_dir);
    } else {
        eprintln!(
            "secrets scan: the run's database and logs are kept in {}",
            run.run_dir.display()
        );
    }
    Tally::check(ok)
}

fn scan_run(ws: &Workspace, run: &E2eRun) -> Result<bool> {
    let mut secrets = Secrets::default();
    secrets.learn_from_recording(&run.recording);
    let cards_sent = secrets.count(Kind::CardNumber);
    let cvcs_sent = secrets.count(Kind::Cvc);
    let test_cards = ws.root.join("docs/test-cards.md");
    let documented = secrets.learn_test_cards(
        &std::fs::read_to_string(&test_cards).with_context(|| format!("reading {}", test_cards.display()))?,
    );
    secrets.learn_spec_cvcs(&ws.e2e_dir().join("tests"))?;
    secrets.add(Kind::ApiKey, &run.secret_key);
    secrets.add(Kind::ServiceKey, &run.service_key);
    println!(
        "secrets scan: learned from {} API connections ({:.1} MiB): {}; card numbers: {cards_sent} sent in the run, \
         {documented} from docs/test-cards.md; CVCs: {cvcs_sent} sent in the run",
        run.recording.connections,
        run.recording.bytes as f64 / 1_048_576.0,
        secrets.summary(),
    );

    let mut problems = Vec::new();
    if run.recording.truncated {
        problems.push("the API traffic recording hit its size limit: the scan cannot know every secret".to_owned());
    }
    for (kind, why) in [
        (Kind::LinkSecret, "no portal session was created"),
        (Kind::PortalToken, "no link was exchanged"),
        (Kind::WebhookSecret, "no webhook endpoint was created"),
    ] {
        if secrets.count(kind) == 0 {
            problems.push(format!(
                "the run created no {kind} ({why}): the scan would prove nothing about them"
            ));
        }
    }
    if cards_sent == 0 {
        problems.push("the run sent no card number to the API".to_owned());
    }
    if let Some(error) = &run.webhook_error {
        problems.push(format!("creating the scan's webhook endpoint failed: {error}"));
    }

    let mut scanner = Scanner::new(&secrets);
    let control = scanner.control(&run.recording.streams);
    println!(
        "secrets scan: control — the same search over the recorded traffic finds {}",
        control
            .iter()
            .map(|(kind, n)| format!("{n} {kind}s"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for kind in [
        Kind::LinkSecret,
        Kind::PortalToken,
        Kind::WebhookSecret,
        Kind::CardNumber,
        Kind::Cvc,
    ] {
        if control.get(&kind).copied().unwrap_or_default() == 0 {
            problems.push(format!(
                "the search does not find a single {kind} in the traffic it learned them from"
            ));
        }
    }
    for (name, bytes) in &run.database_snapshot {
        scanner.scan(
            &format!("{name} (read while the servers ran)"),
            FileKind::Database,
            bytes,
        );
    }
    let mut not_scanned = Vec::new();
    for file in secrets_scan::files_under(&run.run_dir)? {
        let name = file.strip_prefix(&run.run_dir).unwrap_or(&file).display().to_string();
        match secrets_scan::classify(&file) {
            Some(kind) => {
                let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
                scanner.scan(&name, kind, &bytes);
            }
            None => not_scanned.push(name),
        }
    }
    let report = &scanner.report;
    println!(
        "secrets scan: searched {} byte patterns in {} database files ({:.1} MiB) and {} log files \
         ({} lines, {:.1} MiB); not scanned: {}",
        report.needles,
        report.database_files,
        report.database_bytes as f64 / 1_048_576.0,
        report.log_files,
        report.log_lines,
        report.log_bytes as f64 / 1_048_576.0,
        if not_scanned.is_empty() {
            "nothing".to_owned()
        } else {
            format!("{} (key files, not database or log)", not_scanned.join(", "))
        },
    );
    if report.database_files == 0 || report.log_files == 0 {
        problems.push("found no database file or no log file to scan".to_owned());
    }
    for finding in &report.findings {
        println!(
            "FOUND: {} {} in {} at {} ({} occurrence{})",
            finding.kind,
            finding.redacted,
            finding.file,
            finding.location,
            finding.occurrences,
            if finding.occurrences == 1 { "" } else { "s" }
        );
    }
    println!("secrets scan: {} findings", report.findings.len());
    for problem in &problems {
        eprintln!("error: secrets scan: {problem}");
    }
    Ok(report.findings.is_empty() && problems.is_empty())
}

/// The stack the browser tests run against (also `cargo xtask measure`'s) and the
/// demo tenant's secret key.
pub struct E2eStack {
    pub stack: servers::Stack,
    secret_key: String,
    /// The per-run `PAYLERA_SERVICE_KEY` both servers share.
    service_key: String,
    /// Where clients reach the API: the API itself, or the recorder in front of it.
    api_url: String,
    recorder: Option<Recorder>,
    /// Where the merchant dashboard listens.
    dashboard_url: String,
    /// The demo tenant's team owner: email and password (`demo seed` prints them once).
    owner: (String, String),
}

impl E2eStack {
    /// `program` run from `e2e/` with what the scripts there read: where the servers
    /// are and the demo tenant's key.
    pub fn command(&self, ws: &Workspace, program: &str) -> Command {
        let mut command = e2e_command(
            ws,
            program,
            &self.stack.config.portal_url(),
            &self.api_url,
            &self.secret_key,
        );
        command
            .env("DASHBOARD_URL", &self.dashboard_url)
            .env("PAYLERA_DEMO_OWNER_EMAIL", &self.owner.0)
            .env("PAYLERA_DEMO_OWNER_PASSWORD", &self.owner.1);
        command
    }

    /// For the secrets scan, while the servers still run: creates a webhook endpoint
    /// and rotates its secret (so the scan always has `whsec_` secrets to look for;
    /// the browser suite creates none), then reads the database files with their
    /// write-ahead log. Returns the files and the endpoint error, if any.
    fn evidence_while_running(&self) -> (Vec<(String, Vec<u8>)>, Option<String>) {
        let webhook_error = self.create_webhook_endpoint().err().map(|e| format!("{e:#}"));
        let mut files = Vec::new();
        let dir = &self.stack.config.cwd;
        for file in secrets_scan::files_under(dir).unwrap_or_default() {
            if secrets_scan::classify(&file) == Some(FileKind::Database)
                && let Ok(bytes) = std::fs::read(&file)
            {
                let name = file.strip_prefix(dir).unwrap_or(&file).display().to_string();
                files.push((name, bytes));
            }
        }
        (files, webhook_error)
    }

    fn create_webhook_endpoint(&self) -> Result<()> {
        let key = Some(self.secret_key.as_str());
        let endpoint = api_client::expect_ok(
            "POST",
            &format!("{}/v1/webhook_endpoints", self.api_url),
            key,
            Some(&serde_json::json!({
                "url": "https://example.com/paylera/secrets-scan",
                "enabled_events": ["*"],
                "description": "xtask secrets scan",
            })),
        )?;
        let id = endpoint["id"].as_str().context("a webhook endpoint without `id`")?;
        let base = format!("{}/v1/webhook_endpoints/{id}", self.api_url);
        api_client::expect_ok(
            "POST",
            &format!("{base}/rotate_secret"),
            key,
            Some(&serde_json::json!({})),
        )?;
        // Disabled: nothing is delivered to it while the stack stops.
        api_client::expect_ok("POST", &base, key, Some(&serde_json::json!({"disabled": true})))?;
        Ok(())
    }
}

/// `program` run from `e2e/` with what the scripts there read: where the portal and
/// the API are, and the demo tenant's key.
fn e2e_command(ws: &Workspace, program: &str, portal_url: &str, api_url: &str, secret_key: &str) -> Command {
    let mut command = Command::new(program);
    command
        .current_dir(ws.e2e_dir())
        .env("PORTAL_URL", portal_url)
        .env("API_URL", api_url)
        .env("PAYLERA_DEMO_SECRET_KEY", secret_key)
        .env("PAYLERA_LINK_EXCHANGES_PER_MINUTE", E2E_LINK_EXCHANGES_PER_MINUTE);
    command
}

/// The API and the portal on free loopback ports over a fresh SQLite database in
/// `run_dir` (logs there too), the demo tenant seeded.
pub fn e2e_stack(ws: &Workspace, run_dir: &std::path::Path) -> Result<E2eStack> {
    e2e_stack_with(ws, run_dir, false)
}

/// [`e2e_stack`], with `record`: the portal and the scripts reach the API through a
/// [`Recorder`].
fn e2e_stack_with(ws: &Workspace, run_dir: &std::path::Path, record: bool) -> Result<E2eStack> {
    let [api_port, portal_port, admin_port, dashboard_port] = servers::free_loopback_ports()?;
    let api_addr = format!("127.0.0.1:{api_port}");
    let portal_addr = format!("127.0.0.1:{portal_port}");
    let dashboard_addr = format!("127.0.0.1:{dashboard_port}");
    let dashboard_url = servers::base_url(&dashboard_addr);
    let recorder = if record {
        Some(Recorder::start(api_addr.parse().context("the API address")?)?)
    } else {
        None
    };
    let api_url = match &recorder {
        Some(recorder) => format!("http://{}", recorder.addr()),
        None => servers::base_url(&api_addr),
    };
    let service_key = servers::random_key()?;
    let db = run_dir.join("e2e.db");
    let config = StackConfig {
        // Run in the scratch directory so nothing the servers write (e.g. dev
        // secrets under data/) touches the developer's own data.
        cwd: run_dir.to_path_buf(),
        env: vec![
            ("DATABASE_URL".to_owned(), format!("sqlite://{}", db.display())),
            ("PAYLERA_API_URL".to_owned(), api_url.clone()),
            ("PAYLERA_PORTAL_PUBLIC_URL".to_owned(), servers::base_url(&portal_addr)),
            (
                "PAYLERA_PORTAL_SITE_ROOT".to_owned(),
                ws.site_dir().display().to_string(),
            ),
            // Every browser of the suite is 127.0.0.1: the default 30 a minute would
            // make the suite wait on the limit instead of testing.
            (
                "PAYLERA_LINK_EXCHANGES_PER_MINUTE".to_owned(),
                E2E_LINK_EXCHANGES_PER_MINUTE.to_owned(),
            ),
            // Shared by both servers, as in production; fresh for every run.
            ("PAYLERA_SERVICE_KEY".to_owned(), service_key.clone()),
            // The API's operational listener (/metrics): a free port, so two stacks
            // on one machine never collide on the default.
            ("PAYLERA_API_ADMIN_ADDR".to_owned(), format!("127.0.0.1:{admin_port}")),
            // The dashboard journey's webhook receiver listens on a loopback port (test
            // mode only, as `cargo xtask up` allows it).
            ("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS".to_owned(), "true".to_owned()),
            // The merchant dashboard, on its own free port and origin.
            ("PAYLERA_DASHBOARD_ADDR".to_owned(), dashboard_addr),
            ("PAYLERA_DASHBOARD_PUBLIC_URL".to_owned(), dashboard_url.clone()),
        ],
        api_addr,
        portal_addr,
        logs: Logs::Files(run_dir.join("logs")),
    };
    let stack = servers::launch(ws, config)?;
    let Seed::Created {
        secret_key,
        dashboard_owner,
        ..
    } = &stack.seed
    else {
        bail!("`demo seed` on a fresh database reported created:false");
    };
    let (secret_key, owner) = (secret_key.clone(), dashboard_owner.clone());
    Ok(E2eStack {
        stack,
        secret_key,
        service_key,
        api_url,
        recorder,
        dashboard_url,
        owner,
    })
}

pub fn fresh_run_dir() -> Result<PathBuf> {
    scratch_dir("paylera-e2e")
}

/// A new, empty `<temp>/<prefix>-<pid>-<nanos>` directory.
pub fn scratch_dir(prefix: &str) -> Result<PathBuf> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let dir = std::env::temp_dir().join(format!("{prefix}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_names_round_trip() {
        for step in Step::ALL {
            assert_eq!(Step::parse(step.name()), Some(step));
        }
        assert_eq!(Step::parse("lint"), None);
    }

    #[test]
    fn only_keeps_setup() {
        let options = Options {
            only: vec![Step::Fmt],
            ..Options::default()
        };
        assert!(options.selected(Step::Setup));
        assert!(options.selected(Step::Fmt));
        assert!(!options.selected(Step::Clippy));
        assert!(!options.runs_e2e());
    }

    #[test]
    fn the_skipped_banner_is_loud() {
        let banner = postgres_skipped_banner(
            "nothing accepts connections at 127.0.0.1:5432",
            "postgres://postgres@127.0.0.1:5432/postgres",
        );
        assert!(banner.contains("!!! POSTGRESQL LEG SKIPPED: nothing accepts connections at 127.0.0.1:5432 !!!"));
        assert!(banner.lines().count() >= 4);
    }
}
