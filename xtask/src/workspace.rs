//! Where things live: the repository root, the cargo target directory, the tools
//! directory and the bundle's site directory, plus the pinned wasm-bindgen version.
//!
//! Every path here is absolute, so child processes agree on them whatever their
//! working directory is. Child `cargo` invocations get `CARGO_TARGET_DIR` explicitly
//! (see [`Workspace::cargo`]) because a relative value would otherwise be resolved
//! against a different directory.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// Absolute locations the subcommands work with.
#[derive(Debug, Clone)]
pub struct Workspace {
    /// The repository root (the directory holding the workspace `Cargo.toml`).
    pub root: PathBuf,
    /// `$CARGO_TARGET_DIR`, or `<root>/target`.
    pub target_dir: PathBuf,
    /// `$PAYLERA_TOOLS_DIR`, or `$HOME/.cache/paylera/tools`.
    pub tools_dir: PathBuf,
}

impl Workspace {
    /// Finds the repository — the nearest directory above the current one whose
    /// `Cargo.toml` declares the workspace — and reads the environment for the target
    /// and tools directories.
    ///
    /// Not `env!("CARGO_MANIFEST_DIR")`: with a target directory shared between
    /// checkouts (as CI's is), a cached xtask binary would point at another checkout.
    pub fn discover() -> Result<Self> {
        let cwd = std::env::current_dir().context("reading the current directory")?;
        let root = cwd
            .ancestors()
            .find(|dir| {
                std::fs::read_to_string(dir.join("Cargo.toml"))
                    .is_ok_and(|manifest| manifest.contains("[workspace]") && dir.join("xtask").is_dir())
            })
            .context("run `cargo xtask` inside the Paylera repository")?
            .to_path_buf();
        let target_dir = match non_empty_env("CARGO_TARGET_DIR") {
            // Cargo resolves a relative CARGO_TARGET_DIR against the directory it
            // was started in; so do we, then hand children the absolute path.
            Some(dir) => cwd.join(dir),
            None => root.join("target"),
        };
        let tools_dir = match non_empty_env("PAYLERA_TOOLS_DIR") {
            Some(dir) => cwd.join(dir),
            None => {
                let home =
                    non_empty_env("HOME").context("HOME is not set; set PAYLERA_TOOLS_DIR to choose where tools go")?;
                Path::new(&home).join(".cache/paylera/tools")
            }
        };
        Ok(Self {
            root,
            target_dir,
            tools_dir,
        })
    }

    /// A `cargo` command run from the repository root with the resolved target dir.
    pub fn cargo(&self) -> Command {
        let cargo = non_empty_env("CARGO").unwrap_or_else(|| "cargo".to_owned());
        let mut cmd = Command::new(cargo);
        cmd.current_dir(&self.root).env("CARGO_TARGET_DIR", &self.target_dir);
        cmd
    }

    /// Where the bundle goes: `<target dir>/site` (the portal serves `<site>/pkg`).
    pub fn site_dir(&self) -> PathBuf {
        self.target_dir.join("site")
    }

    /// The wasm-bindgen CLI that `setup` installs.
    pub fn wasm_bindgen_bin(&self) -> PathBuf {
        self.tools_dir.join("bin").join("wasm-bindgen")
    }

    /// A binary from the workspace's debug build (`cargo build` without `--release`).
    pub fn debug_bin(&self, name: &str) -> PathBuf {
        self.target_dir.join("debug").join(name)
    }

    /// The `e2e/` directory holding the Playwright suite.
    pub fn e2e_dir(&self) -> PathBuf {
        self.root.join("e2e")
    }

    /// The exact wasm-bindgen version pinned in the workspace manifest.
    pub fn wasm_bindgen_version(&self) -> Result<String> {
        let path = self.root.join("Cargo.toml");
        let manifest = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        wasm_bindgen_pin(&manifest).with_context(|| format!("in {}", path.display()))
    }
}

/// An environment variable's value, treating "set but empty" as unset.
pub fn non_empty_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Extracts the exact version from `wasm-bindgen = "=X.Y.Z"` (or the
/// `{ version = "=X.Y.Z", … }` form) in `[workspace.dependencies]`.
///
/// The CLI must match the library byte for byte, so a range is an error.
pub fn wasm_bindgen_pin(manifest: &str) -> Result<String> {
    let mut in_deps = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[workspace.dependencies]";
            continue;
        }
        if !in_deps {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        if key.trim() != "wasm-bindgen" {
            continue;
        }
        let value = value.trim();
        let requirement = if value.starts_with('{') {
            inline_table_version(value)
        } else {
            quoted(value)
        };
        let Some(requirement) = requirement else {
            bail!("cannot read the version of `wasm-bindgen = {value}`");
        };
        return match requirement.strip_prefix('=') {
            Some(version) if !version.trim().is_empty() => Ok(version.trim().to_owned()),
            _ => {
                bail!("wasm-bindgen must be pinned exactly (`=X.Y.Z`) so the CLI can match it; found \"{requirement}\"")
            }
        };
    }
    bail!("no `wasm-bindgen = \"=X.Y.Z\"` in [workspace.dependencies]")
}

fn quoted(value: &str) -> Option<&str> {
    let rest = value.strip_prefix('"')?;
    rest.split_once('"').map(|(inside, _)| inside)
}

fn inline_table_version(value: &str) -> Option<&str> {
    let after = value.split("version").nth(1)?;
    let after = after.trim_start().strip_prefix('=')?;
    quoted(after.trim_start())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_plain_exact_pin() {
        let manifest = "[workspace]\nmembers = []\n\n[workspace.dependencies]\nwasm-bindgen-futures = \"0.4\"\nwasm-bindgen = \"=0.2.130\"\n";
        assert_eq!(wasm_bindgen_pin(manifest).expect("pin"), "0.2.130");
    }

    #[test]
    fn reads_an_inline_table_pin() {
        let manifest =
            "[workspace.dependencies]\nwasm-bindgen = { version = \"=0.2.130\", default-features = false }\n";
        assert_eq!(wasm_bindgen_pin(manifest).expect("pin"), "0.2.130");
    }

    #[test]
    fn rejects_a_range() {
        let manifest = "[workspace.dependencies]\nwasm-bindgen = \"0.2\"\n";
        assert!(wasm_bindgen_pin(manifest).is_err());
    }

    #[test]
    fn ignores_other_tables() {
        let manifest =
            "[dependencies]\nwasm-bindgen = \"=0.1.0\"\n[workspace.dependencies]\nwasm-bindgen = \"=0.2.130\"\n";
        assert_eq!(wasm_bindgen_pin(manifest).expect("pin"), "0.2.130");
    }

    #[test]
    fn the_real_workspace_pins_wasm_bindgen() {
        let ws = Workspace::discover().expect("workspace");
        let version = ws.wasm_bindgen_version().expect("pinned version");
        assert!(version.starts_with("0.2."), "unexpected pin {version}");
    }
}
