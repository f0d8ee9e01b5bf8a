//! `cargo xtask`: Paylera's build, run and test orchestration.
//!
//! This file parses the command line and dispatches; each subcommand lives in its
//! own module. xtask stays dependency-light (no async runtime, no HTTP client, no
//! CLI framework) because it is compiled before anything else can run.

#![expect(clippy::print_stdout, reason = "xtask is a CLI that reports on stdout")]

mod api_client;
mod api_recorder;
mod bench;
mod bundle;
mod chaos;
mod cluster;
mod cmd;
mod dist;
mod fuzz;
mod http;
mod interrupt;
#[cfg(test)]
mod layering;
mod lone_api;
mod measure;
mod postgres;
mod quickstart;
mod schemathesis;
mod sdk;
mod secrets_scan;
mod servers;
mod setup;
mod summary;
mod test;
mod up;
mod vendor;
mod workspace;

use std::process::ExitCode;

use crate::workspace::Workspace;

const HELP: &str = "\
Paylera's build, run and test tasks.

Usage: cargo xtask <COMMAND> [OPTIONS]

Commands:
  setup [--test]  Install what this machine lacks (each step skipped when satisfied):
                  the wasm32-unknown-unknown target and the wasm-bindgen CLI at the
                  version pinned in Cargo.toml (into $PAYLERA_TOOLS_DIR, default
                  ~/.cache/paylera/tools). --test adds Chromium (/usr/bin/chromium)
                  and the e2e npm packages.
  bundle          setup, then build the portal's WASM bundle into <target>/site/pkg
                  (with .br and .gz siblings) and print its sizes.
  dist [--out DIR]
                  The release artifact: bundle with content-hashed names, release
                  builds of both servers, migrations, VERSION and MANIFEST.sha256
                  in DIR/paylera/ and DIR/paylera-<version>-<arch>-linux.tar.gz
                  (DIR defaults to <target dir>/dist).
  up              setup, bundle, build both servers, seed the demo tenant on an
                  empty database, run the API and the portal and print their URLs.
                  Ctrl-C stops both.
  test            Everything CI runs: setup, fmt, clippy, unit tests, API tests on
                  SQLite and PostgreSQL, the bundle, browser tests, the secrets
                  scan of their run, schemathesis, the browser journeys against a
                  cluster. Ends with a per-step breakdown and the line
                  `N passed, N failed`.
  cluster [--api N] [--portal M] [--database URL] [--keep]
                  The release artifact as operators run it: N API and M portal
                  instances (default 2 + 2) in production mode behind HAProxy, on a
                  fresh PostgreSQL database; prints the balancer's URLs, each
                  instance's /metrics and a portal link. Ctrl-C stops it all.
  chaos [--seconds N] [--kill-every SECS] [--workers N] [--no-database-restart]
                  The fault campaign: mixed load on 2 API + 1 portal instances
                  behind HAProxy while a random API instance is SIGKILLed every
                  few seconds and PostgreSQL restarts once; then checks nothing
                  acknowledged was lost or done twice, every event was delivered
                  and signed, invoice numbers are gapless (default 120 s).
  bench [--seconds N] [--connections C] [--only sqlite,postgres,cluster]
                  HTTP benchmarks of the release artifact with wrk: SQLite, PostgreSQL
                  and a 2 + 2 cluster, each row's req/s, ratio to GET /healthz,
                  p50/p99 and errors, the store's write ceiling; rewrites
                  docs/benchmarks.md's HTTP section (not part of `test`).
  measure [--screenshots]
                  Build and start a fresh stack, measure page weight and time to
                  interactive (rewrites docs/benchmarks.md's table); with
                  --screenshots, also re-take docs/screenshots/.
  schemathesis [--max-examples N]
                  Schemathesis over /v1/openapi.json against a fresh, seeded API
                  (every operation; a portal-token pass and a merchant-key pass).
  fuzz [--seconds N] [TARGET…]
                  Coverage-guided fuzzing of every parser an attacker reaches
                  (cargo-fuzz, installed when missing), 60 s per target by default.
  vendor-redoc VERSION
                  Replace the API reference's renderer (api/assets/redoc) with that
                  Redoc release from the npm registry; rewrites its VENDORED.toml.
  help [COMMAND]  Show this help, or a command's.

Environment: see .env.example (DATABASE_URL, PAYLERA_API_ADDR, PAYLERA_PORTAL_ADDR,
CARGO_TARGET_DIR, PAYLERA_TOOLS_DIR, PAYLERA_TEST_POSTGRES_URL, …).
";

const TEST_HELP: &str = "\
Run everything CI runs, stopping at the first failing step.

Usage: cargo xtask test [--skip-e2e] [--skip-postgres] [--only STEP[,STEP…]]

Steps: setup, fmt, clippy, unit, sqlite, postgres, bundle, e2e, secrets, schemathesis,
       sdk, cluster, chaos

Options:
  --skip-e2e        Leave out the browser tests (and their setup: Chromium, npm ci,
                    HAProxy), the secrets scan, which reads their run, and the
                    cluster step.
  --skip-postgres   Leave out the PostgreSQL leg, the cluster step and the fault
                    campaign (prints a loud warning).
  --only STEPS      Run only these steps (comma-separated or repeated); setup
                    always runs. e2e needs a bundle from an earlier run; secrets
                    needs e2e in the same run. Steps stop at the first failure, so
                    secrets and schemathesis (docs/security-tests.md) come last.
  -h, --help        Show this help.

The PostgreSQL leg uses PAYLERA_TEST_POSTGRES_URL (default
postgres://postgres@127.0.0.1:5432/postgres). When it is unreachable xtask tries to
start the local cluster (as root); if it still is, the step fails when CI is set and
is skipped with a warning otherwise. The cluster step creates a fresh database on
that server, runs the browser journeys (hydrated) and session.spec.ts against 2 API
+ 2 portal instances behind HAProxy (as `cargo xtask cluster`), fails if any
instance served no request, and drops the database.

The last line of output is always `N passed, N failed`; the exit status is non-zero
when anything failed.
";

const SCHEMATHESIS_HELP: &str = "\
Schemathesis (PyPI, pinned in security/requirements.txt) over /v1/openapi.json.

Usage: cargo xtask schemathesis [--max-examples N]

Installs schemathesis into $PAYLERA_TOOLS_DIR/schemathesis-venv when missing, builds
the servers, starts a fresh API (own SQLite database, free port), seeds one object of
every kind, then runs every operation: the portal-token operations with a portal
token, then all the others with the merchant's secret key (security/schemathesis.toml).
Fails on any server error or response that contradicts the document.

Options:
  --max-examples N  Test cases per operation (default 100, what `cargo xtask test`
                    runs; 500+ for a longer hunt).
  -h, --help        Show this help.
";

const FUZZ_HELP: &str = "\
Fuzz the parsers an attacker reaches with cargo-fuzz (libFuzzer), one target after
the other; the bounded part of fuzzing is the proptest properties of the unit step.

Usage: cargo xtask fuzz [--seconds N] [TARGET…]

Targets: json_body, tax_id, card, address, link_secret, portal_token,
         accept_language, csrf_mask, cookies (default: all)

Options:
  --seconds N   How long to fuzz each target (default 60).
  -h, --help    Show this help.

Installs cargo-fuzz into $PAYLERA_TOOLS_DIR/bin when missing and builds with the
stable compiler and RUSTC_BOOTSTRAP=1 (AddressSanitizer), into <target dir>/fuzz.
The corpus grows in fuzz/corpus/<target> from fuzz/seeds/<target>; a crash is saved
in fuzz/artifacts/<target>/ and makes the command fail. See docs/fuzzing.md.
";

const SETUP_HELP: &str = "\
Install what this machine lacks; every step is skipped when already satisfied.

Usage: cargo xtask setup [--test]

  (always)  rustup target add wasm32-unknown-unknown
            wasm-bindgen CLI at the version pinned in the workspace Cargo.toml,
            installed with `cargo install` into $PAYLERA_TOOLS_DIR/bin
            (default ~/.cache/paylera/tools/bin)
            fonts-noto-cjk, the invoice PDFs' CJK fonts (apt-get as root;
            without root, a note says how to install them)
  --test    Chromium at /usr/bin/chromium (apt-get, needs root) and `npm ci` in e2e/
";

const BUNDLE_HELP: &str = "\
Build the portal's WASM bundle (runs the non-test setup first).

Usage: cargo xtask bundle

Builds paylera-portal-ui (hydrate, wasm-release profile) for wasm32, runs
wasm-bindgen into <target dir>/site/pkg as portal.js + portal_bg.wasm, copies
portal-ui/style/portal.css, writes .br and .gz siblings and prints the sizes.
<target dir> is $CARGO_TARGET_DIR or <repo>/target. The build gets
`--cfg erase_components` added to RUSTFLAGS (Leptos; the server needs it too).
";

const DIST_HELP: &str = "\
Build the release artifact (runs the non-test setup first).

Usage: cargo xtask dist [--out DIR]

Builds the bundle, then both servers with --release, and assembles DIR/paylera/:
  bin/paylera-api, bin/paylera-portal
  site/pkg/portal.<hash>.js|.wasm|.css (+ .br/.gz), site/hash.txt
  migrations/ (a copy; the API embeds them), VERSION, MANIFEST.sha256, .env.example
and DIR/paylera-<version>-<arch>-linux.tar.gz. <hash> is the first 16 hex digits of
the file's SHA-256. Every build gets `--cfg erase_components` added to RUSTFLAGS.

Options:
  --out DIR   Where paylera/ and the tarball go (default <target dir>/dist).
  -h, --help  Show this help.
";

const CLUSTER_HELP: &str = "\
Run the release artifact as a load-balanced cluster until Ctrl-C.

Usage: cargo xtask cluster [--api N] [--portal M] [--database URL] [--keep]

Builds the artifact (`cargo xtask dist`), creates a fresh database
paylera_cluster_<pid>_<ns> on the PostgreSQL server, seeds the demo tenant once,
starts N API and M portal instances in production mode (fresh shared secrets, free
loopback ports, TLS to PostgreSQL) and HAProxy (Debian's package, installed by setup)
in front of them: round robin, health checks on /readyz. Waits until every instance
and both frontends are ready, then prints the balancer's API and portal URLs, each
instance with its /metrics URL, the demo secret key and a portal link. An instance
that dies is reported and the rest keep running. Ctrl-C stops the instances (they
drain), then HAProxy, prints the requests each instance served and drops the database.

Options:
  --api N           API instances (default 2, at most 16).
  --portal M        Portal instances (default 2, at most 16).
  --database URL    The PostgreSQL server to create the database on (default
                    postgres://postgres@127.0.0.1:5432/postgres). Its sslmode is
                    kept; without one the instances use sslmode=require.
  --keep            Keep the database and the run directory (logs, haproxy.cfg).
  -h, --help        Show this help.

Developer shortcut: PAYLERA_CLUSTER_DEBUG_BINARIES=1 runs the debug binaries and
<target dir>/site instead of the release artifact.
";

const CHAOS_HELP: &str = "\
The fault campaign (docs/operations.md, \"Failures\").

Usage: cargo xtask chaos [--seconds N] [--kill-every SECS] [--workers N] [--no-database-restart]

Builds the release artifact and the load generator (chaos/), starts 2 API + 1 portal
instances behind HAProxy on a fresh database of $PAYLERA_TEST_POSTGRES_URL's server,
and runs paylera-chaos against the balancer: customers created with idempotency keys
(and the keys sent again), portal sessions, link exchanges, address changes and
card attaches with the customer's portal token, subscriptions and plan changes, all
retried with the same key until answered; webhooks to a receiver that fails first
attempts on purpose. Meanwhile a random API instance is SIGKILLed and restarted every
--kill-every seconds and PostgreSQL (pg_ctlcluster, as root) restarts half-way. Then
it prints one table: requests, kills, acknowledged writes missing, duplicate objects
per idempotency key, events never delivered, signature failures, invoice-number gaps
and repeats. Fails when any of those is not 0 or there were too few kills.

Options:
  --seconds N             How long the load and the faults last (default 120).
  --kill-every SECS       Gap between two SIGKILLs (default 3; decimals allowed).
  --workers N             Concurrent customers in the load (default 8).
  --no-database-restart   Leave PostgreSQL alone.
  -h, --help              Show this help.

`cargo xtask test` runs a bounded campaign: 60 s, a kill every 2.5 s (≥ 20 kills).
";

const BENCH_HELP: &str = "\
HTTP benchmarks of the release artifact (docs/benchmarks.md, \"HTTP benchmarks\").

Usage: cargo xtask bench [--seconds N] [--connections C] [--only TARGET[,TARGET…]]

Targets: sqlite, postgres, cluster (default: all three, in this order)

Builds the artifact (`cargo xtask dist`; PAYLERA_CLUSTER_DEBUG_BINARIES=1 as for
`cluster`), installs wrk (Debian's package) when missing, and measures the store's
one-transaction write ceiling on SQLite and on PostgreSQL (`cargo bench -p paylera-api
--bench store_writes` in its single-database mode). Then, each target started fresh
and stopped before the next: one API + one portal on SQLite (development mode); one
API + one portal on a fresh database of $PAYLERA_TEST_POSTGRES_URL's server (default
postgres://postgres@127.0.0.1:5432/postgres; TLS, production mode); 2 API + 2 portal
behind HAProxy on another fresh database (as `cargo xtask cluster`). The servers run
with their rate limits raised out of the way and logs at `warn`.

Rows, each a `wrk -t2 -cC -dNs --latency` run with a generated Lua script: GET
/healthz (the floor), POST /v1/portal/sessions (a fresh Idempotency-Key each), the
hand-off page GET /p/{secret}, POST /v1/portal/sessions/exchange and the portal's
sign-in POST /p/{secret} (each over links created beforehand, each link once),
GET /v1/invoices?limit=20, the signed-in overview / and /invoices (checked to be
the signed-in pages first), an invoice PDF. Prints a markdown table per target
(req/s, × floor, p50, p99, errors) and the issue's targets marked met or MISSED; a
run of all three targets rewrites the section between <!-- http-bench:start --> and
<!-- http-bench:end --> in docs/benchmarks.md.

Options:
  --seconds N       Duration of each row (default 10).
  --connections C   wrk connections (default 16, the p99 target's).
  --only TARGETS    Run only these targets (comma-separated); docs/benchmarks.md is
                    rewritten only by a run of all three.
  -h, --help        Show this help.
";

const UP_HELP: &str = "\
Build and run Paylera locally until Ctrl-C.

Usage: cargo xtask up

Runs setup and bundle, builds both servers, applies migrations and seeds a demo
tenant when the database is empty (its secret key is printed once), starts the API
($PAYLERA_API_ADDR, default 127.0.0.1:8080) and the portal ($PAYLERA_PORTAL_ADDR,
default 127.0.0.1:3000), waits until both are ready and prints their URLs.
Re-running on the same database keeps its data.
";

#[derive(Debug, PartialEq, Eq)]
enum Cli {
    Help(&'static str),
    Setup { test: bool },
    Bundle,
    Dist(dist::Options),
    Up,
    Cluster(cluster::Options),
    Chaos(chaos::Options),
    Bench(bench::Options),
    Measure { screenshots: bool },
    Fuzz(fuzz::Options),
    Schemathesis(schemathesis::Options),
    Test(test::Options),
    VendorRedoc(String),
}

fn parse(args: &[String]) -> Result<Cli, String> {
    let Some((command, rest)) = args.split_first() else {
        return Ok(Cli::Help(HELP));
    };
    let wants_help = rest.iter().any(|a| a == "-h" || a == "--help");
    let unexpected = |arg: &str, help: &str| -> String { format!("unexpected argument `{arg}`\n\n{help}") };
    match command.as_str() {
        "-h" | "--help" => Ok(Cli::Help(HELP)),
        "help" => Ok(Cli::Help(match rest.first().map(String::as_str) {
            Some("setup") => SETUP_HELP,
            Some("bundle") => BUNDLE_HELP,
            Some("dist") => DIST_HELP,
            Some("up") => UP_HELP,
            Some("cluster") => CLUSTER_HELP,
            Some("chaos") => CHAOS_HELP,
            Some("bench") => BENCH_HELP,
            Some("test") => TEST_HELP,
            Some("fuzz") => FUZZ_HELP,
            Some("schemathesis") => SCHEMATHESIS_HELP,
            _ => HELP,
        })),
        "setup" if wants_help => Ok(Cli::Help(SETUP_HELP)),
        "setup" => match rest {
            [] => Ok(Cli::Setup { test: false }),
            [flag] if flag == "--test" => Ok(Cli::Setup { test: true }),
            [arg, ..] => Err(unexpected(arg, SETUP_HELP)),
        },
        "bundle" if wants_help => Ok(Cli::Help(BUNDLE_HELP)),
        "bundle" => match rest.first() {
            None => Ok(Cli::Bundle),
            Some(arg) => Err(unexpected(arg, BUNDLE_HELP)),
        },
        "dist" if wants_help => Ok(Cli::Help(DIST_HELP)),
        "dist" => match rest {
            [] => Ok(Cli::Dist(dist::Options::default())),
            [flag, dir] if flag == "--out" => Ok(Cli::Dist(dist::Options { out: Some(dir.into()) })),
            [arg, ..] => Err(unexpected(arg, DIST_HELP)),
        },
        "up" if wants_help => Ok(Cli::Help(UP_HELP)),
        "up" => match rest.first() {
            None => Ok(Cli::Up),
            Some(arg) => Err(unexpected(arg, UP_HELP)),
        },
        "cluster" if wants_help => Ok(Cli::Help(CLUSTER_HELP)),
        "cluster" => cluster::parse(rest, CLUSTER_HELP).map(Cli::Cluster),
        "chaos" if wants_help => Ok(Cli::Help(CHAOS_HELP)),
        "chaos" => chaos::parse(rest)
            .map_err(|e| format!("{e}\n\n{CHAOS_HELP}"))
            .map(Cli::Chaos),
        "bench" if wants_help => Ok(Cli::Help(BENCH_HELP)),
        "bench" => bench::parse(rest, BENCH_HELP).map(Cli::Bench),
        "measure" if wants_help => Ok(Cli::Help(HELP)),
        "measure" => match rest {
            [] => Ok(Cli::Measure { screenshots: false }),
            [flag] if flag == "--screenshots" => Ok(Cli::Measure { screenshots: true }),
            [other, ..] => Err(unexpected(other, HELP)),
        },
        "schemathesis" if wants_help => Ok(Cli::Help(SCHEMATHESIS_HELP)),
        "schemathesis" => parse_schemathesis(rest).map(Cli::Schemathesis),
        "fuzz" if wants_help => Ok(Cli::Help(FUZZ_HELP)),
        "fuzz" => fuzz::parse(rest, FUZZ_HELP).map(Cli::Fuzz),
        "test" if wants_help => Ok(Cli::Help(TEST_HELP)),
        "test" => parse_test(rest).map(Cli::Test),
        "vendor-redoc" if wants_help => Ok(Cli::Help(HELP)),
        "vendor-redoc" => match rest {
            [version] => Ok(Cli::VendorRedoc(version.clone())),
            _ => Err(format!("vendor-redoc takes one VERSION (e.g. 2.5.4)\n\n{HELP}")),
        },
        other => Err(format!("unknown command `{other}`\n\n{HELP}")),
    }
}

fn parse_schemathesis(args: &[String]) -> Result<schemathesis::Options, String> {
    let mut options = schemathesis::Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--max-examples" => args.next().map(String::as_str),
            other => match other.strip_prefix("--max-examples=") {
                Some(value) => Some(value),
                None => return Err(format!("unexpected argument `{other}`\n\n{SCHEMATHESIS_HELP}")),
            },
        };
        options.max_examples = value
            .and_then(|v| v.parse().ok())
            .filter(|n| *n > 0)
            .ok_or_else(|| format!("--max-examples needs a positive number\n\n{SCHEMATHESIS_HELP}"))?;
    }
    Ok(options)
}

fn parse_test(args: &[String]) -> Result<test::Options, String> {
    let mut options = test::Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let only = match arg.as_str() {
            "--skip-e2e" => {
                options.skip_e2e = true;
                continue;
            }
            "--skip-postgres" => {
                options.skip_postgres = true;
                continue;
            }
            "--only" => args
                .next()
                .ok_or_else(|| format!("--only needs a step name\n\n{TEST_HELP}"))?,
            other => match other.strip_prefix("--only=") {
                Some(value) => value,
                None => return Err(format!("unexpected argument `{other}`\n\n{TEST_HELP}")),
            },
        };
        for name in only.split(',').filter(|n| !n.is_empty()) {
            let step = test::Step::parse(name).ok_or_else(|| format!("unknown step `{name}`\n\n{TEST_HELP}"))?;
            options.only.push(step);
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cli = match parse(&args) {
        Ok(cli) => cli,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    if let Cli::Help(text) = cli {
        print!("{text}");
        return ExitCode::SUCCESS;
    }
    let result = Workspace::discover().and_then(|ws| match cli {
        Cli::Help(_) => Ok(true),
        Cli::Setup { test } => setup::ensure(&ws, test)
            .and_then(|()| setup::cjk_fonts())
            .map(|()| true),
        Cli::Bundle => bundle::run(&ws).map(|()| true),
        Cli::Dist(options) => dist::build(&ws, &options).map(|_| true),
        Cli::Up => up::run(&ws).map(|()| true),
        Cli::Cluster(options) => cluster::run(&ws, &options).map(|()| true),
        Cli::Chaos(options) => chaos::run(&ws, &options),
        Cli::Bench(options) => bench::run(&ws, &options).map(|()| true),
        Cli::Measure { screenshots } => measure::run(&ws, screenshots).map(|()| true),
        Cli::Fuzz(options) => fuzz::run(&ws, &options),
        Cli::Schemathesis(options) => schemathesis::run(&ws, options),
        Cli::Test(options) => test::run(&ws, &options),
        Cli::VendorRedoc(version) => vendor::redoc(&ws, &version).map(|()| true),
    });
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
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
    fn no_arguments_shows_help() {
        assert_eq!(parse(&[]), Ok(Cli::Help(HELP)));
        assert_eq!(parse(&args(&["test", "--help"])), Ok(Cli::Help(TEST_HELP)));
        assert_eq!(parse(&args(&["help", "up"])), Ok(Cli::Help(UP_HELP)));
    }

    #[test]
    fn parses_subcommands() {
        assert_eq!(parse(&args(&["setup", "--test"])), Ok(Cli::Setup { test: true }));
        assert_eq!(parse(&args(&["bundle"])), Ok(Cli::Bundle));
        assert_eq!(parse(&args(&["up"])), Ok(Cli::Up));
        assert_eq!(parse(&args(&["dist"])), Ok(Cli::Dist(dist::Options::default())));
        assert_eq!(
            parse(&args(&["dist", "--out", "/tmp/d"])),
            Ok(Cli::Dist(dist::Options {
                out: Some("/tmp/d".into())
            }))
        );
        assert!(parse(&args(&["dist", "--out"])).is_err());
        assert!(parse(&args(&["up", "--now"])).is_err());
        assert_eq!(parse(&args(&["measure"])), Ok(Cli::Measure { screenshots: false }));
        assert_eq!(
            parse(&args(&["measure", "--screenshots"])),
            Ok(Cli::Measure { screenshots: true })
        );
        assert!(parse(&args(&["measure", "--all"])).is_err());
        assert!(parse(&args(&["deploy"])).is_err());
        assert_eq!(
            parse(&args(&["schemathesis", "--max-examples", "7"])),
            Ok(Cli::Schemathesis(schemathesis::Options { max_examples: 7 }))
        );
        assert!(parse(&args(&["schemathesis", "--max-examples", "0"])).is_err());
    }

    #[test]
    fn parses_bench_flags() {
        assert_eq!(parse(&args(&["bench"])), Ok(Cli::Bench(bench::Options::default())));
        assert_eq!(
            parse(&args(&["bench", "--seconds", "5", "--only", "postgres"])),
            Ok(Cli::Bench(bench::Options {
                seconds: 5,
                only: vec![bench::Target::Postgres],
                ..bench::Options::default()
            }))
        );
        assert!(parse(&args(&["bench", "--seconds"])).is_err());
        assert_eq!(parse(&args(&["bench", "--help"])), Ok(Cli::Help(BENCH_HELP)));
        assert_eq!(parse(&args(&["help", "bench"])), Ok(Cli::Help(BENCH_HELP)));
    }

    #[test]
    fn parses_cluster_flags() {
        assert_eq!(
            parse(&args(&["cluster"])),
            Ok(Cli::Cluster(cluster::Options::default()))
        );
        assert_eq!(
            parse(&args(&[
                "cluster",
                "--api",
                "3",
                "--portal=1",
                "--database",
                "postgres://db/x",
                "--keep"
            ])),
            Ok(Cli::Cluster(cluster::Options {
                apis: 3,
                portals: 1,
                database: Some("postgres://db/x".to_owned()),
                keep: true,
            }))
        );
        assert!(parse(&args(&["cluster", "--api", "0"])).is_err());
        assert!(parse(&args(&["cluster", "--portal"])).is_err());
        assert!(parse(&args(&["cluster", "--nodes", "3"])).is_err());
        assert_eq!(parse(&args(&["help", "cluster"])), Ok(Cli::Help(CLUSTER_HELP)));
    }

    #[test]
    fn parses_test_flags() {
        let parsed = parse(&args(&["test", "--skip-e2e", "--only", "fmt,clippy", "--only=unit"]));
        assert_eq!(
            parsed,
            Ok(Cli::Test(test::Options {
                skip_e2e: true,
                skip_postgres: false,
                only: vec![test::Step::Fmt, test::Step::Clippy, test::Step::Unit],
            }))
        );
        assert!(parse(&args(&["test", "--only", "lint"])).is_err());
        assert!(parse(&args(&["test", "--only"])).is_err());
    }
}
