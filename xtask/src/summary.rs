//! Counting results: parsers for `cargo test` and Playwright output, and the
//! end-of-run breakdown whose last line is `N passed, N failed`.
//!
//! Output is parsed after ANSI colour codes are stripped, so forced colours do not
//! hide the numbers.

use std::fmt::Write as _;

/// Passed and failed checks (tests, or one per non-test command).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub passed: u64,
    pub failed: u64,
}

impl Tally {
    /// One check that passed or failed.
    pub fn check(ok: bool) -> Self {
        if ok {
            Self { passed: 1, failed: 0 }
        } else {
            Self { passed: 0, failed: 1 }
        }
    }

    pub fn add(&mut self, other: Self) {
        self.passed += other.passed;
        self.failed += other.failed;
    }
}

/// `N passed, N failed` — the last line `cargo xtask test` prints.
pub fn total_line(total: Tally) -> String {
    format!("{} passed, {} failed", total.passed, total.failed)
}

/// Sums every `test result: ok. N passed; M failed; …` line (one per test binary,
/// including `FAILED` results).
pub fn parse_cargo_test(output: &str) -> Tally {
    let mut tally = Tally::default();
    for line in strip_ansi(output).lines() {
        let Some((_, rest)) = line.split_once("test result:") else {
            continue;
        };
        for piece in rest.split(';') {
            let tokens: Vec<&str> = piece.split_whitespace().collect();
            let [.., count, word] = tokens.as_slice() else {
                continue;
            };
            let Ok(count) = count.parse::<u64>() else {
                continue;
            };
            match *word {
                "passed" => tally.passed += count,
                "failed" => tally.failed += count,
                _ => {}
            }
        }
    }
    tally
}

/// Playwright's closing lines (list, line and dot reporters share them):
/// `  3 failed`, `  1 flaky`, `  2 skipped`, `  1 did not run`, `  5 passed (3.2s)`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PlaywrightTally {
    pub passed: u64,
    pub failed: u64,
    pub flaky: u64,
    pub skipped: u64,
    pub interrupted: u64,
    pub did_not_run: u64,
}

impl PlaywrightTally {
    /// Flaky tests passed on a retry; interrupted ones count as failures.
    pub fn tally(&self) -> Tally {
        Tally {
            passed: self.passed + self.flaky,
            failed: self.failed + self.interrupted,
        }
    }

    /// Whether any closing line was seen at all.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Parses Playwright's summary; when a kind appears more than once the last wins
/// (the summary comes after any test output that could look like it).
pub fn parse_playwright(output: &str) -> PlaywrightTally {
    let mut tally = PlaywrightTally::default();
    for line in strip_ansi(output).lines() {
        let line = line.trim();
        let Some((count, rest)) = line.split_once(' ') else {
            continue;
        };
        let Ok(count) = count.parse::<u64>() else {
            continue;
        };
        // "5 passed (3.2s)": drop a trailing parenthesised duration.
        let kind = match rest.split_once(" (") {
            Some((kind, tail)) if tail.ends_with(')') => kind,
            _ => rest,
        };
        let slot = match kind.trim_end() {
            "passed" => &mut tally.passed,
            "failed" => &mut tally.failed,
            "flaky" => &mut tally.flaky,
            "skipped" => &mut tally.skipped,
            "interrupted" => &mut tally.interrupted,
            "did not run" => &mut tally.did_not_run,
            _ => continue,
        };
        *slot = count;
    }
    tally
}

/// Removes ANSI escape sequences (`ESC [ … final-byte`).
pub fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// How a step of `cargo xtask test` ended.
#[derive(Debug, Clone, PartialEq)]
pub enum StepStatus {
    Ran { tally: Tally, seconds: f64 },
    Skipped { reason: String },
    NotRun { reason: String },
}

/// One line of the breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct StepRow {
    pub name: &'static str,
    pub status: StepStatus,
}

/// The breakdown table plus the total line (no trailing newline).
pub fn render(rows: &[StepRow]) -> String {
    let mut total = Tally::default();
    let mut out = String::new();
    let _ = writeln!(out, "{:<10} {:>7} {:>7} {:>9}", "step", "passed", "failed", "seconds");
    for row in rows {
        let _ = match &row.status {
            StepStatus::Ran { tally, seconds } => {
                total.add(*tally);
                let verdict = if tally.failed > 0 { "  FAILED" } else { "" };
                writeln!(
                    out,
                    "{:<10} {:>7} {:>7} {:>9.1}{verdict}",
                    row.name, tally.passed, tally.failed, seconds
                )
            }
            StepStatus::Skipped { reason } => {
                writeln!(
                    out,
                    "{:<10} {:>7} {:>7} {:>9}  SKIPPED: {reason}",
                    row.name, "-", "-", "-"
                )
            }
            StepStatus::NotRun { reason } => {
                writeln!(
                    out,
                    "{:<10} {:>7} {:>7} {:>9}  not run: {reason}",
                    row.name, "-", "-", "-"
                )
            }
        };
    }
    out.push_str(&total_line(total));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CARGO_OK: &str = "\
running 3 tests
test a ... ok
test b ... ok
test c ... ignored

test result: ok. 2 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s

running 0 tests

test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
";

    const CARGO_FAILED: &str = "\
test store::tests::x ... FAILED

failures:
    store::tests::x

test result: FAILED. 40 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.20s

test result: ok. 7 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.30s
";

    #[test]
    fn sums_cargo_test_result_lines() {
        assert_eq!(parse_cargo_test(CARGO_OK), Tally { passed: 2, failed: 0 });
    }

    #[test]
    fn counts_failed_cargo_test_results() {
        assert_eq!(parse_cargo_test(CARGO_FAILED), Tally { passed: 47, failed: 2 });
    }

    #[test]
    fn reads_coloured_cargo_output() {
        let coloured = "test result: \u{1b}[32mok\u{1b}[0m. 5 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n";
        assert_eq!(parse_cargo_test(coloured), Tally { passed: 5, failed: 0 });
    }

    #[test]
    fn cargo_output_without_results_counts_nothing() {
        assert_eq!(
            parse_cargo_test("error[E0425]: cannot find value `x`\n"),
            Tally::default()
        );
    }

    #[test]
    fn parses_a_passing_playwright_run() {
        let out = "Running 5 tests using 1 worker\n\n  ✓  1 [chromium] › portal.spec.ts:3:1 › opens (1.2s)\n\n  5 passed (3.2s)\n";
        let parsed = parse_playwright(out);
        assert_eq!(parsed.passed, 5);
        assert_eq!(parsed.tally(), Tally { passed: 5, failed: 0 });
    }

    #[test]
    fn parses_a_failing_playwright_run() {
        let out = "\
  1) [chromium] › pay.spec.ts:10:1 › pays an invoice

    Error: expect(received).toBe(expected)

  2 failed
    [chromium] › pay.spec.ts:10:1 › pays an invoice
    [chromium] › pay.spec.ts:20:1 › declines
  1 flaky
    [chromium] › nav.spec.ts:4:1 › navigates
  2 skipped
  1 did not run
  9 passed (12.4s)
";
        let parsed = parse_playwright(out);
        assert_eq!(
            parsed,
            PlaywrightTally {
                passed: 9,
                failed: 2,
                flaky: 1,
                skipped: 2,
                interrupted: 0,
                did_not_run: 1
            }
        );
        assert_eq!(parsed.tally(), Tally { passed: 10, failed: 2 });
    }

    #[test]
    fn parses_coloured_playwright_lines_and_ignores_lookalikes() {
        let out = "  3 tests took 2 passes\n\u{1b}[31m  1 failed\u{1b}[39m\n\u{1b}[32m  4 passed\u{1b}[39m\u{1b}[2m (2.0s)\u{1b}[22m\n";
        assert_eq!(parse_playwright(out).tally(), Tally { passed: 4, failed: 1 });
        assert!(parse_playwright("Error: no tests found\n").is_empty());
    }

    #[test]
    fn renders_the_breakdown_with_the_total_last() {
        let rows = [
            StepRow {
                name: "fmt",
                status: StepStatus::Ran {
                    tally: Tally::check(true),
                    seconds: 1.04,
                },
            },
            StepRow {
                name: "unit",
                status: StepStatus::Ran {
                    tally: Tally { passed: 40, failed: 2 },
                    seconds: 30.0,
                },
            },
            StepRow {
                name: "postgres",
                status: StepStatus::Skipped {
                    reason: "unreachable".into(),
                },
            },
            StepRow {
                name: "e2e",
                status: StepStatus::NotRun {
                    reason: "an earlier step failed".into(),
                },
            },
        ];
        let text = render(&rows);
        assert_eq!(text.lines().last(), Some("41 passed, 2 failed"));
        assert!(text.contains("unit            40       2      30.0  FAILED"), "{text}");
        assert!(
            text.contains("postgres         -       -         -  SKIPPED: unreachable"),
            "{text}"
        );
    }
}
