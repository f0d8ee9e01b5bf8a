//! `cargo xtask vendor-redoc VERSION`: replaces the API reference's renderer (Redoc,
//! served at `/docs`) with another release from the npm registry. npm checks the
//! tarball against the registry's integrity; this copies the standalone bundle and its
//! licences into `api/assets/redoc/`, rewrites `VENDORED.toml` (version, integrity,
//! SHA-256) and the version the API serves it under. The API's unit test then checks the
//! bundle against the manifest, and the browser journey renders the reference with it.

use std::{fs, path::Path, process::Command};

use crate::{cmd, workspace::Workspace};
use anyhow::{Context, Result, bail};

/// Where the vendored files live, from the repository root.
const DIR: &str = "api/assets/redoc";
/// The Rust file that names the served version.
const SERVED_BY: &str = "api/src/routes/reference.rs";

pub fn redoc(ws: &Workspace, version: &str) -> Result<()> {
    if version.is_empty()
        || !version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        bail!("`{version}` is not a version (e.g. 2.5.4)");
    }
    let scratch = std::env::temp_dir().join(format!("paylera-vendor-redoc-{}", std::process::id()));
    fs::create_dir_all(&scratch)?;
    let packed = cmd::output(
        Command::new("npm")
            .args(["pack", &format!("redoc@{version}"), "--json", "--silent"])
            .current_dir(&scratch),
    )?;
    if !packed.status.success() {
        bail!(
            "npm pack redoc@{version} failed: {}",
            String::from_utf8_lossy(&packed.stderr)
        );
    }
    let listing: serde_json::Value = serde_json::from_slice(&packed.stdout).context("npm pack --json")?;
    let (Some(tarball), Some(integrity)) = (listing[0]["filename"].as_str(), listing[0]["integrity"].as_str()) else {
        bail!("npm pack named no tarball or integrity");
    };
    cmd::run(Command::new("tar").args(["xzf", tarball]).current_dir(&scratch))?;
    let package = scratch.join("package");
    let dir = ws.root.join(DIR);
    let bundle = fs::read(package.join("bundles/redoc.standalone.js")).context("the standalone bundle")?;
    fs::write(dir.join("redoc.standalone.js"), &bundle)?;
    fs::copy(package.join("LICENSE"), dir.join("LICENSE"))?;
    fs::copy(
        package.join("bundles/redoc.standalone.js.LICENSE.txt"),
        dir.join("THIRD-PARTY-LICENSES.txt"),
    )?;
    let sha256 = crate::dist::sha256_hex(&bundle);
    let manifest = fs::read_to_string(dir.join("VENDORED.toml"))?;
    fs::write(
        dir.join("VENDORED.toml"),
        rewrite_manifest(&manifest, version, integrity, &sha256),
    )?;
    set_served_version(&ws.root.join(SERVED_BY), version)?;
    fs::remove_dir_all(&scratch).ok();
    println!(
        "vendored redoc {version} ({} bytes, sha256 {sha256}) into {DIR}",
        bundle.len()
    );
    Ok(())
}

/// `manifest` with its `version`, `integrity` and `sha256` lines replaced.
fn rewrite_manifest(manifest: &str, version: &str, integrity: &str, sha256: &str) -> String {
    manifest
        .lines()
        .map(|line| match line.split_once(" = ") {
            Some(("version", _)) => format!("version = \"{version}\""),
            Some(("integrity", _)) => format!("integrity = \"{integrity}\""),
            Some(("sha256", _)) => format!("sha256 = \"{sha256}\""),
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn set_served_version(file: &Path, version: &str) -> Result<()> {
    let source = fs::read_to_string(file)?;
    let prefix = "pub const REDOC_VERSION: &str = \"";
    let Some(start) = source.find(prefix).map(|at| at + prefix.len()) else {
        bail!("{} has no REDOC_VERSION", file.display());
    };
    let end = start + source[start..].find('"').context("an unterminated REDOC_VERSION")?;
    fs::write(file, format!("{}{version}{}", &source[..start], &source[end..]))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_keeps_its_comments_and_gets_the_new_release() {
        let before = "# why\npackage = \"redoc\"\nversion = \"2.5.4\"\nintegrity = \"sha512-a\"\nfile = \"x\"\nsha256 = \"aa\"\n";
        let after = rewrite_manifest(before, "2.6.0", "sha512-b", "bb");
        assert_eq!(
            after,
            "# why\npackage = \"redoc\"\nversion = \"2.6.0\"\nintegrity = \"sha512-b\"\nfile = \"x\"\nsha256 = \"bb\"\n"
        );
    }

    #[test]
    fn the_real_manifest_names_the_version_the_api_serves() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let manifest = fs::read_to_string(root.join(DIR).join("VENDORED.toml")).expect("manifest");
        let served = fs::read_to_string(root.join(SERVED_BY)).expect("reference.rs");
        let version = manifest
            .lines()
            .find_map(|line| line.strip_prefix("version = \""))
            .and_then(|rest| rest.strip_suffix('"'))
            .expect("a version");
        assert!(served.contains(&format!("pub const REDOC_VERSION: &str = \"{version}\"")));
    }
}
