//! The `sdk` step (issue 19, point 7): each SDK in `sdks/` against one live API —
//! a fresh, seeded API alone ([`LoneApi`]) whose dispatcher may deliver webhooks to
//! loopback, so each suite receives and verifies a real signed webhook. First each
//! SDK's generated code is checked against the API's current document (a change to
//! the API that its SDKs do not follow fails here), then its own tests run.
//!
//! - TypeScript (`sdks/typescript`): `npm ci`, `npm run generate:check`
//!   (openapi-typescript), `npm run build` (tsc, strict), `npm test` (node:test).
//! - Python (`sdks/python`): `sdks/python/ci.sh` (its venv under the tools dir, the
//!   generator's check, pytest).
//! - The quickstarts (`docs/quickstarts/{express,fastapi}`), driven by [`quickstart`].

use std::process::Command;
use std::time::Instant;

use anyhow::{Result, bail};

use crate::lone_api::LoneApi;
use crate::quickstart::{self, Quickstart};
use crate::summary::Tally;
use crate::workspace::Workspace;
use crate::{cmd, servers, test};

/// One SDK's checks against the API.
type Suite = fn(&Workspace, &LoneApi) -> Result<Tally>;

pub fn step(ws: &Workspace) -> Tally {
    match run(ws) {
        Ok(tally) => tally,
        Err(error) => {
            eprintln!("error: sdk: {error:#}");
            Tally::check(false)
        }
    }
}

fn run(ws: &Workspace) -> Result<Tally> {
    servers::build(ws)?;
    let dir = test::scratch_dir("paylera-sdk")?;
    let mut api = LoneApi::start(ws, &dir, &[("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true")])?;
    let mut tally = Tally::default();
    let suites: [(&str, Suite); 4] = [
        ("typescript", typescript),
        ("python", python),
        // The quickstarts use the SDKs just built and installed.
        ("express quickstart", express),
        ("fastapi quickstart", fastapi),
    ];
    for (name, suite) in suites {
        let started = Instant::now();
        let outcome = suite(ws, &api).unwrap_or_else(|error| {
            eprintln!("error: sdk {name}: {error:#}");
            Tally::check(false)
        });
        eprintln!(
            "sdk {name}: {} passed, {} failed in {:.0}s",
            outcome.passed,
            outcome.failed,
            started.elapsed().as_secs_f64()
        );
        tally.add(outcome);
    }
    api.stop();
    if tally.failed > 0 {
        eprintln!("sdk: the API's database and log are kept in {}", dir.display());
        api.print_log_tail(30);
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(tally)
}

/// `command` with the live API's address and key.
fn against(command: &mut Command, api: &LoneApi) {
    command
        .env("PAYLERA_API_URL", &api.url)
        .env("PAYLERA_SECRET_KEY", &api.secret_key)
        .env("PAYLERA_OPENAPI", format!("{}/v1/openapi.json", api.url));
}

fn typescript(ws: &Workspace, api: &LoneApi) -> Result<Tally> {
    let dir = ws.root.join("sdks/typescript");
    let npm = |args: &[&str]| {
        let mut command = Command::new("npm");
        command.args(args).current_dir(&dir);
        against(&mut command, api);
        command
    };
    cmd::run(&mut npm(&["ci", "--no-audit", "--no-fund"]))?;
    // The generated types are the API's current document, or the step fails.
    cmd::run(&mut npm(&["run", "--silent", "generate:check"]))?;
    cmd::run(&mut npm(&["run", "--silent", "build"]))?;
    let (status, output) = cmd::run_tee(&mut npm(&["test"]))?;
    counted("typescript", status.success(), parse_node_test(&output))
}

fn python(ws: &Workspace, api: &LoneApi) -> Result<Tally> {
    let script = ws.root.join("sdks/python/ci.sh");
    let mut command = Command::new("bash");
    command
        .arg(&script)
        .current_dir(&ws.root)
        .env("PAYLERA_TOOLS_DIR", &ws.tools_dir);
    against(&mut command, api);
    let (status, output) = cmd::run_tee(&mut command)?;
    counted("python", status.success(), parse_pytest(&output))
}

fn express(ws: &Workspace, api: &LoneApi) -> Result<Tally> {
    let dir = ws.root.join("docs/quickstarts/express");
    cmd::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir),
    )?;
    let mut command = Command::new("node");
    command.arg("server.js").current_dir(&dir);
    quickstart::run(
        api,
        Quickstart {
            name: "express",
            command,
            log: scratch_log("express")?,
        },
    )
}

fn fastapi(ws: &Workspace, api: &LoneApi) -> Result<Tally> {
    let mut command = Command::new("bash");
    command
        .arg(ws.root.join("docs/quickstarts/fastapi/run.sh"))
        .current_dir(ws.root.join("docs/quickstarts/fastapi"))
        .env("PAYLERA_TOOLS_DIR", &ws.tools_dir);
    quickstart::run(
        api,
        Quickstart {
            name: "fastapi",
            command,
            log: scratch_log("fastapi")?,
        },
    )
}

fn scratch_log(name: &str) -> Result<std::path::PathBuf> {
    Ok(test::scratch_dir(&format!("paylera-quickstart-{name}"))?.join("server.log"))
}

/// The suite's count, failing it when the runner failed but counted no failure.
fn counted(name: &str, success: bool, tally: Tally) -> Result<Tally> {
    match (success, tally) {
        (true, Tally { passed: 0, .. }) => bail!("the {name} suite ran no test"),
        (false, Tally { failed: 0, passed }) => Ok(Tally { passed, failed: 1 }),
        (_, tally) => Ok(tally),
    }
}

/// node:test's closing `ℹ pass N` / `ℹ fail N`.
fn parse_node_test(output: &str) -> Tally {
    let count = |label: &str| {
        output
            .lines()
            .rev()
            .filter_map(|line| line.trim().strip_prefix(label))
            .find_map(|rest| rest.trim().parse::<u64>().ok())
            .unwrap_or(0)
    };
    Tally {
        passed: count("ℹ pass"),
        failed: count("ℹ fail"),
    }
}

/// pytest's closing line: `=== 7 passed, 1 failed in 3.2s ===`.
fn parse_pytest(output: &str) -> Tally {
    let mut tally = Tally::default();
    let Some(line) = output
        .lines()
        .rev()
        .find(|line| line.contains(" in ") && (line.contains("passed") || line.contains("failed")))
    else {
        return tally;
    };
    let words: Vec<&str> = line.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    for pair in words.windows(2) {
        if let Ok(n) = pair[0].parse::<u64>() {
            match pair[1] {
                "passed" => tally.passed += n,
                "failed" | "error" | "errors" => tally.failed += n,
                _ => {}
            }
        }
    }
    tally
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_node_tests_closing_counts() {
        let output = "✔ a (1ms)\nℹ tests 6\nℹ suites 2\nℹ pass 5\nℹ fail 1\nℹ cancelled 0\n";
        assert_eq!(parse_node_test(output), Tally { passed: 5, failed: 1 });
    }

    #[test]
    fn reads_pytests_closing_line() {
        let output = "tests/test_a.py ....F\n===== 1 failed, 7 passed, 2 warnings in 3.21s =====\n";
        assert_eq!(parse_pytest(output), Tally { passed: 7, failed: 1 });
        assert_eq!(parse_pytest("== 9 passed in 1.0s =="), Tally { passed: 9, failed: 0 });
        assert_eq!(parse_pytest("nothing"), Tally::default());
    }

    #[test]
    fn a_failed_runner_is_never_a_pass() {
        assert_eq!(
            counted("x", false, Tally { passed: 3, failed: 0 }).expect("tally"),
            Tally { passed: 3, failed: 1 }
        );
        assert!(counted("x", true, Tally::default()).is_err());
    }
}
