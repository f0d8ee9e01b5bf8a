//! `cargo xtask setup`: installs what a fresh machine lacks, skipping every step
//! that is already satisfied (so it is cheap to run before every build).
//!
//! Always: the `wasm32-unknown-unknown` target and the wasm-bindgen CLI at exactly
//! the version pinned in the workspace manifest (into `$PAYLERA_TOOLS_DIR/bin`).
//! With `--test`: Chromium at `/usr/bin/chromium`, the e2e npm packages and HAProxy
//! at `/usr/sbin/haproxy` (the cluster's load balancer), from Debian's packages.
//! `cargo xtask setup` and the test run's setup step also install the invoice PDFs' CJK
//! fonts (Debian's `fonts-noto-cjk`, [`cjk_fonts`]) as root; without root, a note says
//! how (the API runs without them).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use anyhow::{Context, Result, bail};

use crate::cmd;
use crate::workspace::Workspace;

const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Where the browser tests expect Chromium (Playwright launches it by path).
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// The load balancer of `cargo xtask cluster` and of the `cluster` test step.
pub const HAPROXY: &str = "/usr/sbin/haproxy";

/// Runs every setup step; `for_tests` adds the browser-test prerequisites
/// (Chromium, the e2e npm packages) and the cluster's HAProxy.
pub fn ensure(ws: &Workspace, for_tests: bool) -> Result<()> {
    wasm_target()?;
    wasm_bindgen_cli(ws)?;
    if for_tests {
        chromium()?;
        e2e_packages(ws)?;
        haproxy()?;
    }
    Ok(())
}

fn done(what: &str, note: &str) {
    eprintln!("setup: {what}: {note}");
}

fn wasm_target() -> Result<()> {
    let installed = match cmd::output(Command::new("rustup").args(["target", "list", "--installed"])) {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
            .lines()
            .any(|l| l.trim() == WASM_TARGET),
        // No rustup (a distribution's Rust): look in the sysroot instead.
        _ => sysroot_has_target()?,
    };
    if installed {
        done(WASM_TARGET, "already installed");
        return Ok(());
    }
    cmd::run(Command::new("rustup").args(["target", "add", WASM_TARGET]))
        .context("installing the wasm32 target (is rustup installed?)")?;
    done(WASM_TARGET, "installed");
    Ok(())
}

fn sysroot_has_target() -> Result<bool> {
    let out = cmd::output(Command::new("rustc").args(["--print", "sysroot"]))?;
    let sysroot = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    Ok(Path::new(&sysroot).join("lib/rustlib").join(WASM_TARGET).is_dir())
}

fn wasm_bindgen_cli(ws: &Workspace) -> Result<()> {
    let version = ws.wasm_bindgen_version()?;
    install_pinned(
        ws,
        &PinnedTool {
            krate: "wasm-bindgen-cli",
            bin: "wasm-bindgen",
            version: &version,
            // Not locked: one of the CLI's locked dependency versions is not in the
            // registry, so a locked install fails (see TOOLCHAIN.md).
            locked: false,
            takes: "about 6 minutes on 2 cores, once",
        },
    )
    .map(drop)
}

/// A tool installed with `cargo install` at an exact version into the tools dir.
#[derive(Debug)]
pub struct PinnedTool<'a> {
    pub krate: &'a str,
    /// Its binary, which answers `--version` with `<bin> <version>`.
    pub bin: &'a str,
    pub version: &'a str,
    pub locked: bool,
    /// How long a first install takes (told to whoever waits).
    pub takes: &'a str,
}

/// The tool's binary in the tools dir, installed first when missing or of another
/// version (and checked after installing).
pub fn install_pinned(ws: &Workspace, tool: &PinnedTool<'_>) -> Result<PathBuf> {
    let bin = ws.tools_dir.join("bin").join(tool.bin);
    let what = format!("{} {}", tool.krate, tool.version);
    match installed_version(&bin, tool.bin) {
        Some(found) if found == tool.version => {
            done(&what, &format!("already at {}", bin.display()));
            return Ok(bin);
        }
        Some(found) => eprintln!(
            "setup: {} is {found}; replacing it with {}",
            bin.display(),
            tool.version
        ),
        None => eprintln!(
            "setup: installing {what} into {} ({})",
            ws.tools_dir.display(),
            tool.takes
        ),
    }
    std::fs::create_dir_all(&ws.tools_dir).with_context(|| format!("creating {}", ws.tools_dir.display()))?;
    let mut install = ws.cargo();
    install.args(["install", tool.krate, "--force", "--version", tool.version]);
    if tool.locked {
        install.arg("--locked");
    }
    install.arg("--root").arg(&ws.tools_dir);
    cmd::run(&mut install)?;
    match installed_version(&bin, tool.bin) {
        Some(found) if found == tool.version => {
            done(&what, "installed");
            Ok(bin)
        }
        other => bail!(
            "after installing, {} reports version {other:?}, expected {}",
            bin.display(),
            tool.version
        ),
    }
}

/// `<name> 0.2.130` → `0.2.130`; `None` when missing or unparsable.
fn installed_version(bin: &Path, name: &str) -> Option<String> {
    let out = Command::new(bin).arg("--version").output().ok()?;
    if !out.status.success() {
        return None;
    }
    parse_version(&String::from_utf8_lossy(&out.stdout), name)
}

fn parse_version(output: &str, name: &str) -> Option<String> {
    let mut words = output.split_whitespace();
    if words.next()? != name {
        return None;
    }
    words.next().map(str::to_owned)
}

fn chromium() -> Result<()> {
    debian_tool(
        "Chromium",
        CHROMIUM,
        "chromium",
        "pass --skip-e2e to leave out the browser tests",
    )
}

/// HAProxy, the load balancer in front of a cluster's instances (Debian's package;
/// its service is not used: xtask runs it in the foreground per cluster).
pub fn haproxy() -> Result<()> {
    debian_tool(
        "HAProxy",
        HAPROXY,
        "haproxy",
        "`cargo xtask cluster` and the cluster test step put it in front of the instances",
    )
}

/// Where `cargo xtask bench` expects wrk, its HTTP load generator.
pub const WRK: &str = "/usr/bin/wrk";

/// wrk, the load generator of `cargo xtask bench` (Debian's package).
pub fn wrk() -> Result<()> {
    debian_tool("wrk", WRK, "wrk", "`cargo xtask bench` drives its HTTP load with it")
}

/// `pdftotext`, which the invoice PDF tests read their output back with.
pub fn pdftotext() -> Result<()> {
    debian_tool("pdftotext", PDFTOTEXT, "poppler-utils", "the PDF tests need it")
}

/// The CJK fonts the API reads for invoice PDFs in Japanese, Korean and Chinese
/// (`PAYLERA_PDF_FONT_DIR`'s default; `paylera_pdf::CJK_FILES`).
pub const CJK_FONT: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

/// Debian's `fonts-noto-cjk`, read by the API at start-up for CJK invoice PDFs. Not
/// required (the API starts without it and warns), so without root this only says how
/// to install it.
pub fn cjk_fonts() -> Result<()> {
    if !Path::new(CJK_FONT).exists() && !cmd::running_as_root() {
        done(
            "CJK fonts",
            "missing: `sudo apt-get install -y fonts-noto-cjk` for Japanese, Korean and Chinese invoice PDFs",
        );
        return Ok(());
    }
    debian_tool(
        "CJK fonts",
        CJK_FONT,
        "fonts-noto-cjk",
        "invoice PDFs in Japanese, Korean and Chinese use them",
    )
}

/// Where the PDF tests expect `pdftotext` (override with `PDFTOTEXT`).
pub const PDFTOTEXT: &str = "/usr/bin/pdftotext";

/// Installs Debian's `package` (as root) unless `path` already exists.
fn debian_tool(what: &str, path: &str, package: &str, hint: &str) -> Result<()> {
    if Path::new(path).exists() {
        done(what, &format!("already at {path}"));
        return Ok(());
    }
    if !cmd::running_as_root() {
        bail!(
            "{what} is missing at {path} and installing it needs root.\n\
             Install it with:\n    sudo apt-get update && sudo apt-get install -y {package}\n\
             then run this command again ({hint})."
        );
    }
    cmd::run(Command::new("apt-get").arg("update"))?;
    cmd::run(
        Command::new("apt-get")
            .args(["install", "-y", package])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    if !Path::new(path).exists() {
        bail!("apt-get installed {package} but {path} does not exist");
    }
    done(what, "installed");
    Ok(())
}

fn e2e_packages(ws: &Workspace) -> Result<()> {
    let dir = ws.e2e_dir();
    let lock = dir.join("package-lock.json");
    if !dir.join("package.json").exists() {
        bail!("{} has no package.json: the browser tests are missing", dir.display());
    }
    if !lock.exists() {
        bail!(
            "{} is missing: `npm ci` installs exactly what the lockfile says. \
             Run `npm install` in e2e/ and commit the lockfile.",
            lock.display()
        );
    }
    let modules = dir.join("node_modules");
    let lock_time = modified(&lock);
    // npm rewrites node_modules/.package-lock.json on every install; the directory
    // itself changes when packages are added or removed.
    let modules_time = [modules.clone(), modules.join(".package-lock.json")]
        .iter()
        .filter_map(|p| modified(p))
        .max();
    match (modules_time, lock_time) {
        (Some(installed), Some(locked)) if installed >= locked => {
            done("e2e npm packages", "up to date");
            return Ok(());
        }
        (Some(_), _) => eprintln!("setup: e2e/package-lock.json is newer than e2e/node_modules"),
        (None, _) => {}
    }
    cmd::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir),
    )
    .context("installing the e2e npm packages (is Node.js with npm installed?)")?;
    done("e2e npm packages", "installed");
    Ok(())
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_wasm_bindgen_version_output() {
        assert_eq!(
            parse_version("wasm-bindgen 0.2.130\n", "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(parse_version("something else 1.0", "wasm-bindgen"), None);
        assert_eq!(parse_version("", "wasm-bindgen"), None);
    }
}
