//! `cargo xtask fuzz [--seconds N] [TARGET…]`: the longer, coverage-guided run of the
//! fuzz targets in `fuzz/` (cargo-fuzz and libFuzzer), one after the other.
//!
//! The bounded part of fuzzing is the `proptest` properties, which run in the unit
//! step of `cargo xtask test`; this command is for hunting longer (docs/fuzzing.md).
//!
//! What it needs, installed when missing:
//! - cargo-fuzz [`CARGO_FUZZ_VERSION`], by `cargo install --locked` into
//!   `$PAYLERA_TOOLS_DIR/bin` (like the wasm-bindgen CLI);
//! - a compiler that takes `-Z` flags (`-Zsanitizer=address`): no nightly toolchain can
//!   be fetched on the project's machines, so the stable one runs with
//!   `RUSTC_BOOTSTRAP=1` (its AddressSanitizer runtime ships with the standard library).
//!
//! Each target keeps its growing corpus in `fuzz/corpus/<target>` (ignored by git) and
//! starts from the committed seeds in `fuzz/seeds/<target>`; a crash is written to
//! `fuzz/artifacts/<target>/` and fails the command after every target has run. The
//! build goes to `<target dir>/fuzz`, apart from the workspace's (other flags).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;

use anyhow::{Context, Result};

use crate::workspace::Workspace;
use crate::{cmd, setup};

/// The cargo-fuzz release this was written and checked with (Rust 1.95).
pub const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// Seconds per target when `--seconds` is not given.
pub const DEFAULT_SECONDS: u64 = 60;

/// Every target in `fuzz/Cargo.toml`, in the order they run.
pub const TARGETS: &[&str] = &[
    "json_body",
    "tax_id",
    "card",
    "address",
    "link_secret",
    "portal_token",
    "accept_language",
    "csrf_mask",
    "cookies",
];

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub seconds: u64,
    /// Empty: every target.
    pub targets: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            seconds: DEFAULT_SECONDS,
            targets: Vec::new(),
        }
    }
}

/// Parses `[--seconds N] [TARGET…]`.
pub fn parse(args: &[String], help: &str) -> Result<Options, String> {
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let seconds = match arg.as_str() {
            "--seconds" => Some(
                args.next()
                    .ok_or_else(|| format!("--seconds needs a number\n\n{help}"))?
                    .as_str(),
            ),
            other => other.strip_prefix("--seconds="),
        };
        if let Some(seconds) = seconds {
            options.seconds = seconds
                .parse()
                .ok()
                .filter(|&s| s > 0)
                .ok_or_else(|| format!("--seconds takes a positive whole number, not `{seconds}`\n\n{help}"))?;
        } else if TARGETS.contains(&arg.as_str()) {
            options.targets.push(arg.clone());
        } else {
            return Err(format!(
                "unknown fuzz target or option `{arg}` (targets: {})\n\n{help}",
                TARGETS.join(", ")
            ));
        }
    }
    Ok(options)
}

/// One target's run, from libFuzzer's final statistics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Report {
    target: String,
    executions: Option<u64>,
    seconds: Option<u64>,
    corpus: usize,
    /// The crash or leak file libFuzzer wrote, if it found one.
    artifact: Option<String>,
    passed: bool,
}

/// Installs what is missing, then fuzzes each target for `options.seconds`.
/// `Ok(false)` when a target crashed (or its run failed).
pub fn run(ws: &Workspace, options: &Options) -> Result<bool> {
    let cargo_fuzz = ensure_cargo_fuzz(ws)?;
    let fuzz_dir = ws.root.join("fuzz");
    let targets: Vec<&str> = if options.targets.is_empty() {
        TARGETS.to_vec()
    } else {
        options.targets.iter().map(String::as_str).collect()
    };
    let mut reports = Vec::new();
    for target in targets {
        if crate::interrupt::requested() {
            break;
        }
        reports.push(fuzz_one(ws, &cargo_fuzz, &fuzz_dir, target, options.seconds)?);
    }
    eprintln!("\nfuzz: {} s per target", options.seconds);
    eprintln!(
        "{:<16} {:>12} {:>8} {:>10} {:>8}  result",
        "target", "executions", "seconds", "exec/s", "corpus"
    );
    for r in &reports {
        let rate = match (r.executions, r.seconds) {
            (Some(n), Some(s)) if s > 0 => (n / s).to_string(),
            _ => "?".to_owned(),
        };
        let shown = |v: Option<u64>| v.map_or_else(|| "?".to_owned(), |v| v.to_string());
        let result = match (&r.artifact, r.passed) {
            (Some(artifact), _) => format!("FOUND {artifact}"),
            (None, true) => "ok".to_owned(),
            (None, false) => "failed (see above)".to_owned(),
        };
        eprintln!(
            "{:<16} {:>12} {:>8} {:>10} {:>8}  {result}",
            r.target,
            shown(r.executions),
            shown(r.seconds),
            rate,
            r.corpus
        );
    }
    Ok(reports.iter().all(|r| r.passed))
}

/// Builds and runs one target, streaming libFuzzer's output and keeping its stats.
fn fuzz_one(ws: &Workspace, cargo_fuzz: &Path, fuzz_dir: &Path, target: &str, seconds: u64) -> Result<Report> {
    let corpus = fuzz_dir.join("corpus").join(target);
    std::fs::create_dir_all(&corpus).with_context(|| format!("creating {}", corpus.display()))?;
    let seeds = fuzz_dir.join("seeds").join(target);
    let mut command = Command::new(cargo_fuzz);
    command
        .current_dir(&ws.root)
        .env("CARGO_TARGET_DIR", ws.target_dir.join("fuzz"))
        // The stable compiler, allowed the `-Z` flags cargo-fuzz passes (see the module docs).
        .env("RUSTC_BOOTSTRAP", "1")
        // `--release` (cargo-fuzz's `-O`): optimised, without debug assertions and
        // overflow checks (the proptests, built for tests, have them); 16 codegen units
        // instead of 1: a much faster first build of the API's ~600 crates on 2 cores,
        // for a slightly slower fuzzer.
        .args(["fuzz", "run", "--release", "--codegen-units", "16", target])
        .arg(&corpus);
    if seeds.is_dir() {
        command.arg(&seeds);
    }
    command.args([
        "--",
        &format!("-max_total_time={seconds}"),
        "-print_final_stats=1",
        "-timeout=10",
        "-rss_limit_mb=4096",
    ]);
    let (passed, output) = run_tee_stderr(&mut command)?;
    let mut report = parse_stats(target, &output);
    report.passed = passed && report.artifact.is_none();
    report.corpus = std::fs::read_dir(&corpus).map(Iterator::count).unwrap_or(0);
    Ok(report)
}

/// Runs with stderr (where libFuzzer and cargo write) streamed and captured.
fn run_tee_stderr(command: &mut Command) -> Result<(bool, String)> {
    cmd::announce(command);
    let mut child = command
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting `{}`", cmd::display(command)))?;
    let pipe = child.stderr.take().context("child stderr was not piped")?;
    let reader = thread::spawn(move || {
        let mut captured = String::new();
        for line in BufReader::new(pipe).lines().map_while(Result::ok) {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "{line}");
            captured.push_str(&line);
            captured.push('\n');
        }
        captured
    });
    let status = cmd::wait(&mut child)?;
    let captured = reader
        .join()
        .map_err(|_| anyhow::anyhow!("the output reader thread panicked"))?;
    Ok((status.success(), captured))
}

/// Reads `stat::number_of_executed_units`, `Done N runs in S second(s)` and the
/// artifact line (`Test unit written to …`) from libFuzzer's output.
fn parse_stats(target: &str, output: &str) -> Report {
    let mut report = Report {
        target: target.to_owned(),
        ..Report::default()
    };
    for line in output.lines() {
        let line = line.trim();
        if let Some(n) = line.strip_prefix("stat::number_of_executed_units:") {
            report.executions = n.trim().parse().ok();
        } else if let Some(rest) = line.strip_prefix("Done ") {
            // `Done 123456 runs in 61 second(s)`
            let words: Vec<&str> = rest.split_whitespace().collect();
            if let [runs, "runs", "in", seconds, ..] = words.as_slice() {
                report.executions = report.executions.or_else(|| runs.parse().ok());
                report.seconds = seconds.parse().ok();
            }
        } else if let Some((_, path)) = line.split_once("Test unit written to ") {
            report.artifact = Some(path.trim().to_owned());
        }
    }
    report
}

/// The cargo-fuzz binary in the tools directory, installed when missing or of
/// another version.
fn ensure_cargo_fuzz(ws: &Workspace) -> Result<PathBuf> {
    setup::install_pinned(
        ws,
        &setup::PinnedTool {
            krate: "cargo-fuzz",
            bin: "cargo-fuzz",
            version: CARGO_FUZZ_VERSION,
            locked: true,
            takes: "about a minute, once",
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn parses_seconds_and_targets() {
        assert_eq!(parse(&[], ""), Ok(Options::default()));
        assert_eq!(
            parse(&args(&["--seconds", "5", "card", "tax_id"]), ""),
            Ok(Options {
                seconds: 5,
                targets: vec!["card".to_owned(), "tax_id".to_owned()],
            })
        );
        assert_eq!(parse(&args(&["--seconds=600"]), "").map(|o| o.seconds), Ok(600));
        assert!(parse(&args(&["--seconds", "0"]), "").is_err());
        assert!(parse(&args(&["--seconds"]), "").is_err());
        assert!(parse(&args(&["nope"]), "").is_err());
    }

    #[test]
    fn reads_libfuzzers_final_stats_and_artifacts() {
        let output = "#2097152\tpulse  cov: 1 ft: 2 corp: 3/4b exec/s: 5 rss: 6Mb\n\
                      Done 123456 runs in 61 second(s)\n\
                      stat::number_of_executed_units: 123457\n\
                      stat::average_exec_per_sec:     2023\n";
        let report = parse_stats("card", output);
        assert_eq!(
            (report.executions, report.seconds, report.artifact),
            (Some(123_457), Some(61), None)
        );
        let crash = "==1== ERROR: libFuzzer: deadly signal\n\
                     artifact_prefix='fuzz/artifacts/card/'; Test unit written to fuzz/artifacts/card/crash-abc\n";
        assert_eq!(
            parse_stats("card", crash).artifact.as_deref(),
            Some("fuzz/artifacts/card/crash-abc")
        );
    }

    #[test]
    fn every_target_has_a_source_file() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/fuzz_targets");
        for target in TARGETS {
            assert!(root.join(format!("{target}.rs")).is_file(), "{target}");
        }
    }
}
