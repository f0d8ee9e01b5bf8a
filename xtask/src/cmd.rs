//! Running child processes: print the command line, wait while honouring
//! interrupts, and optionally stream stdout to the terminal while capturing it
//! (so test counts can be parsed from output the user also sees live).

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::interrupt;

/// `program arg1 arg2 …` with env overrides prefixed, for logs and errors.
pub fn display(cmd: &Command) -> String {
    let mut parts: Vec<String> = cmd
        .get_envs()
        .filter_map(|(key, value)| {
            let key = key.to_string_lossy();
            // The target dir is set on every cargo call; repeating it is noise.
            (key != "CARGO_TARGET_DIR").then(|| {
                let value = value.map(OsStr::to_string_lossy).unwrap_or_default();
                format!("{key}={}", shown_value(&key, &value))
            })
        })
        .collect();
    parts.push(cmd.get_program().to_string_lossy().into_owned());
    parts.extend(cmd.get_args().map(|a| a.to_string_lossy().into_owned()));
    parts.join(" ")
}

/// An environment value as it may appear in logs: secrets hidden, passwords
/// removed from URLs.
fn shown_value(key: &str, value: &str) -> String {
    let key = key.to_ascii_uppercase();
    if ["SECRET", "TOKEN", "PASSWORD", "_KEY"]
        .iter()
        .any(|word| key.contains(word))
    {
        "***".to_owned()
    } else {
        crate::postgres::redact(value)
    }
}

/// Prints the command as it is about to run.
pub fn announce(cmd: &Command) {
    eprintln!("$ {}", display(cmd));
}

/// Runs with inherited stdio; an error if it cannot start or exits non-zero.
pub fn run(cmd: &mut Command) -> Result<()> {
    let status = status(cmd)?;
    if !status.success() {
        bail!("`{}` failed ({status})", display(cmd));
    }
    Ok(())
}

/// Runs with inherited stdio and returns its exit status.
pub fn status(cmd: &mut Command) -> Result<ExitStatus> {
    announce(cmd);
    let mut child = cmd.spawn().with_context(|| format!("starting `{}`", display(cmd)))?;
    wait(&mut child)
}

/// Runs quietly, capturing stdout and stderr (no interrupt polling: for short
/// commands such as version queries).
pub fn output(cmd: &mut Command) -> Result<Output> {
    cmd.stdin(Stdio::null())
        .output()
        .with_context(|| format!("starting `{}`", display(cmd)))
}

/// Runs with stdout streamed to our stdout *and* captured; stderr inherited.
pub fn run_tee(cmd: &mut Command) -> Result<(ExitStatus, String)> {
    announce(cmd);
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting `{}`", display(cmd)))?;
    let mut pipe = child.stdout.take().context("child stdout was not piped")?;
    let reader = thread::spawn(move || {
        let mut captured = Vec::new();
        let mut buf = [0_u8; 8192];
        let stdout = std::io::stdout();
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let mut out = stdout.lock();
                    // A closed terminal must not stop the capture.
                    let _ = out.write_all(&buf[..n]).and_then(|()| out.flush());
                    captured.extend_from_slice(&buf[..n]);
                }
            }
        }
        captured
    });
    let status = wait(&mut child)?;
    let captured = reader
        .join()
        .map_err(|_| anyhow::anyhow!("the output reader thread panicked"))?;
    Ok((status, String::from_utf8_lossy(&captured).into_owned()))
}

/// Waits for a child; on interrupt, forwards SIGTERM and keeps waiting (with a
/// SIGKILL after a grace period).
pub fn wait(child: &mut Child) -> Result<ExitStatus> {
    let mut terminated_at: Option<Instant> = None;
    loop {
        if let Some(status) = child.try_wait().context("waiting for a child process")? {
            return Ok(status);
        }
        if interrupt::requested() {
            match terminated_at {
                None => {
                    send_term(child.id());
                    terminated_at = Some(Instant::now());
                }
                Some(at) if at.elapsed() > Duration::from_secs(15) => {
                    let _ = child.kill();
                }
                Some(_) => {}
            }
        }
        thread::sleep(Duration::from_millis(100));
    }
}

/// Sends SIGTERM through the `kill` command (std has no signal API and the crate
/// forbids `unsafe`, so no libc).
pub fn send_term(pid: u32) {
    let _ = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Whether we run as root (uid 0), read from /proc with `id -u` as a fallback.
pub fn running_as_root() -> bool {
    if let Ok(status) = std::fs::read_to_string("/proc/self/status")
        && let Some(line) = status.lines().find(|l| l.starts_with("Uid:"))
    {
        return line.split_whitespace().nth(1) == Some("0");
    }
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tee_captures_what_it_streams() {
        let (status, out) = run_tee(Command::new("sh").args(["-c", "echo one; echo two"])).expect("sh runs");
        assert!(status.success());
        assert_eq!(out, "one\ntwo\n");
    }

    #[test]
    fn display_shows_env_overrides_and_args() {
        let mut cmd = Command::new("cargo");
        cmd.env("PAYLERA_TEST_DATABASE", "postgres://app:pw@db/postgres")
            .env("PAYLERA_DEMO_SECRET_KEY", "sk_test_123")
            .env("CARGO_TARGET_DIR", "/t")
            .args(["test", "-p", "paylera-api"]);
        assert_eq!(
            display(&cmd),
            "PAYLERA_DEMO_SECRET_KEY=*** PAYLERA_TEST_DATABASE=postgres://app:***@db/postgres \
             cargo test -p paylera-api"
        );
    }
}
