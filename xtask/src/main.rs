//! `cargo xtask`: Paylera's build, run and test orchestration.
//!
//! This file parses the command line and dispatches; each subcommand lives in its
//! own module. xtask stays dependency-light (no async runtime, no HTTP client, no
//! CLI framework) because it is compiled before anything else can run.

#![expect(clippy::print_stdout, reason = "xtask is a CLI that reports on stdout")]

mod api_client;
mod api_recorder;
mod bundle;
mod cmd;
mod fuzz;
mod http;
mod interrupt;
mod measure;
mod postgres;
mod schemathesis;
mod secrets_scan;
mod servers;
mod setup;
mod summary;
mod test;
mod up;
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
  up              setup, bundle, build both servers, seed the demo tenant on an
                  empty database, run the API and the portal and print their URLs.
                  Ctrl-C stops both.
  test            Everything CI runs: setup, fmt, clippy, unit tests, API tests on
                  SQLite and PostgreSQL, the bundle, browser tests, the secrets
                  scan of their run, schemathesis. Ends with a per-step breakdown
                  and the line `N passed, N failed`.
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
  help [COMMAND]  Show this help, or a command's.

Environment: see .env.example (DATABASE_URL, PAYLERA_API_ADDR, PAYLERA_PORTAL_ADDR,
CARGO_TARGET_DIR, PAYLERA_TOOLS_DIR, PAYLERA_TEST_POSTGRES_URL, …).
";

const TEST_HELP: &str = "\
Run everything CI runs, stopping at the first failing step.

Usage: cargo xtask test [--skip-e2e] [--skip-postgres] [--only STEP[,STEP…]]

Steps: setup, fmt, clippy, unit, sqlite, postgres, bundle, e2e, secrets, schemathesis

Options:
  --skip-e2e        Leave out the browser tests (and their setup: Chromium, npm ci)
                    and the secrets scan, which reads their run.
  --skip-postgres   Leave out the PostgreSQL leg (prints a loud warning).
  --only STEPS      Run only these steps (comma-separated or repeated); setup
                    always runs. e2e needs a bundle from an earlier run; secrets
                    needs e2e in the same run. Steps stop at the first failure, so
                    secrets and schemathesis (docs/security-tests.md) come last.
  -h, --help        Show this help.

The PostgreSQL leg uses PAYLERA_TEST_POSTGRES_URL (default
postgres://postgres@127.0.0.1:5432/postgres). When it is unreachable xtask tries to
start the local cluster (as root); if it still is, the step fails when CI is set and
is skipped with a warning otherwise.

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
  --test    Chromium at /usr/bin/chromium (apt-get, needs root) and `npm ci` in e2e/
";

const BUNDLE_HELP: &str = "\
Build the portal's WASM bundle (runs the non-test setup first).

Usage: cargo xtask bundle

Builds paylera-portal-ui (hydrate, wasm-release profile) for wasm32, runs
wasm-bindgen into <target dir>/site/pkg as portal.js + portal_bg.wasm, copies
portal-ui/style/portal.css, writes .br and .gz siblings and prints the sizes.
<target dir> is $CARGO_TARGET_DIR or <repo>/target.
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
    Up,
    Measure { screenshots: bool },
    Fuzz(fuzz::Options),
    Schemathesis(schemathesis::Options),
    Test(test::Options),
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
            Some("up") => UP_HELP,
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
        "up" if wants_help => Ok(Cli::Help(UP_HELP)),
        "up" => match rest.first() {
            None => Ok(Cli::Up),
            Some(arg) => Err(unexpected(arg, UP_HELP)),
        },
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
        Cli::Setup { test } => setup::ensure(&ws, test).map(|()| true),
        Cli::Bundle => bundle::run(&ws).map(|()| true),
        Cli::Up => up::run(&ws).map(|()| true),
        Cli::Measure { screenshots } => measure::run(&ws, screenshots).map(|()| true),
        Cli::Fuzz(options) => fuzz::run(&ws, &options),
        Cli::Schemathesis(options) => schemathesis::run(&ws, options),
        Cli::Test(options) => test::run(&ws, &options),
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
