//! `cargo xtask dist`: the release artifact, one self-contained directory and its
//! tarball, laid out as the Dockerfile, `xtask cluster` and the README expect:
//!
//! ```text
//! paylera/
//!   bin/paylera-api, bin/paylera-portal       release builds
//!   site/pkg/portal.<hash>.{js,wasm,css}      (+ .br/.gz siblings, + snippets/)
//!   site/hash.txt                             `js: <hash>`, `wasm: <hash>`, `css: <hash>` (Leptos's format)
//!   migrations/                               a copy to read: the API embeds them (`sqlx::migrate!`)
//!   VERSION                                   version and git commit
//!   MANIFEST.sha256                           `sha256sum -c` list of every other file
//!   .env.example
//! ```
//!
//! A hash is the first 16 hex digits of the SHA-256 of the file's content, so a page
//! only ever loads the bundle it was rendered with, whichever instance serves it.
//!
//! Invariants: the directory is assembled in a staging directory beside it and renamed
//! into place, so `paylera/` is never half-written (between the two renames of a
//! replacement it is briefly absent, never mixed); every build of the portal carries
//! `--cfg erase_components` ([`bundle::with_leptos_cfg`]), whatever `RUSTFLAGS` says.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};

use crate::bundle::{self, human};
use crate::cmd;
use crate::servers;
use crate::setup;
use crate::workspace::{Workspace, non_empty_env};

/// What `cargo xtask dist` was asked for.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The directory receiving `paylera/` and the tarball (default `<target dir>/dist`).
    pub out: Option<PathBuf>,
}

/// The artifact's directory name (the layout's root, also inside the tarball).
pub const DIR_NAME: &str = "paylera";

/// The bundle's files as wasm-bindgen and `bundle` name them, with the extension and the
/// `hash.txt` kind of their hashed names (`portal.<hash>.<ext>`).
const BUNDLE_FILES: [(&str, &str); 3] = [("portal.js", "js"), ("portal_bg.wasm", "wasm"), ("portal.css", "css")];

/// The servers' binaries, built with `--release`.
const BINARIES: [&str; 2] = ["paylera-api", "paylera-portal"];

/// Where `paylera/` and the tarball go without `--out`: `<target dir>/dist`.
pub fn default_out(ws: &Workspace) -> PathBuf {
    ws.target_dir.join("dist")
}

/// Builds everything, writes `<out>/paylera/` and
/// `<out>/paylera-<version>-<arch>-linux.tar.gz`, prints what it wrote and returns the
/// path of `paylera/`.
pub fn build(ws: &Workspace, options: &Options) -> Result<PathBuf> {
    let out = match &options.out {
        Some(dir) => std::env::current_dir()
            .context("reading the current directory")?
            .join(dir),
        None => default_out(ws),
    };
    let mut phases = Phases::default();

    setup::ensure(ws, false)?;
    phases.done("setup");
    bundle::build(ws)?;
    phases.done("bundle");
    cmd::run(&mut servers::build_command(ws, true))?;
    phases.done("release build");

    let version = workspace_version(ws)?;
    fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let staging = out.join(format!(".{DIR_NAME}.staging"));
    assemble(ws, &staging, &version)?;
    let files = manifest(&staging)?;
    let dir = replace_dir(&staging, &out.join(DIR_NAME))?;
    phases.done("assemble");

    let tarball = out.join(format!("{DIR_NAME}-{version}-{}-linux.tar.gz", std::env::consts::ARCH));
    pack(&out, &tarball)?;
    phases.done("tarball");

    println!("dist: {}", dir.display());
    for file in &files {
        println!("  {:>11}  {}", human(file.size), file.path);
    }
    let total: u64 = files.iter().map(|file| file.size).sum();
    println!("  {:>11}  total, {} files", human(total), files.len());
    let tarball_size = fs::metadata(&tarball)
        .with_context(|| format!("reading {}", tarball.display()))?
        .len();
    println!("tarball: {} ({})", tarball.display(), human(tarball_size));
    println!("phases: {}", phases.summary());
    Ok(dir)
}

/// Wall-clock time of each phase, in order.
#[derive(Debug)]
struct Phases {
    started: Instant,
    done: Vec<(&'static str, f64)>,
}

impl Default for Phases {
    fn default() -> Self {
        Self {
            started: Instant::now(),
            done: Vec::new(),
        }
    }
}

impl Phases {
    fn done(&mut self, name: &'static str) {
        self.done.push((name, self.started.elapsed().as_secs_f64()));
        self.started = Instant::now();
    }

    fn summary(&self) -> String {
        let total: f64 = self.done.iter().map(|(_, seconds)| seconds).sum();
        let mut line = String::new();
        for (name, seconds) in &self.done {
            let _ = write!(line, "{name} {seconds:.1} s, ");
        }
        let _ = write!(line, "total {total:.1} s");
        line
    }
}

/// Writes the whole layout into `staging` (emptied first), except the manifest.
fn assemble(ws: &Workspace, staging: &Path, version: &str) -> Result<()> {
    if staging.exists() {
        fs::remove_dir_all(staging).with_context(|| format!("removing {}", staging.display()))?;
    }
    let bin = staging.join("bin");
    fs::create_dir_all(&bin).with_context(|| format!("creating {}", bin.display()))?;
    for name in BINARIES {
        let built = ws.target_dir.join("release").join(name);
        // `fs::copy` keeps the permission bits: the copies stay executable.
        fs::copy(&built, bin.join(name)).with_context(|| format!("copying {}", built.display()))?;
    }

    let site = staging.join("site");
    let hashes = copy_bundle(&bundle::pkg_dir(ws), &site.join("pkg"))?;
    fs::write(site.join("hash.txt"), hash_file(&hashes)).context("writing site/hash.txt")?;

    copy_dir(&ws.root.join("migrations"), &staging.join("migrations"))?;
    fs::copy(ws.root.join(".env.example"), staging.join(".env.example")).context("copying .env.example")?;
    fs::write(staging.join("VERSION"), version_file(version, &commit(ws))).context("writing VERSION")?;
    Ok(())
}

/// Copies the bundle from `from` (as `bundle` leaves it) to `to` under hashed names;
/// returns each file's `hash.txt` kind and hash.
///
/// Anything in `from` other than the three files, their `.br`/`.gz` siblings and
/// wasm-bindgen's `snippets/` is an error: it would be served under a fixed name.
fn copy_bundle(from: &Path, to: &Path) -> Result<Vec<(&'static str, String)>> {
    fs::create_dir_all(to).with_context(|| format!("creating {}", to.display()))?;
    let mut hashes = Vec::new();
    for (name, kind) in BUNDLE_FILES {
        let source = from.join(name);
        let content = fs::read(&source)
            .with_context(|| format!("reading {} (the bundle `cargo xtask bundle` builds)", source.display()))?;
        let hash = content_hash(&content);
        for suffix in ["", ".br", ".gz"] {
            let source = from.join(format!("{name}{suffix}"));
            let target = to.join(format!("portal.{hash}.{kind}{suffix}"));
            fs::copy(&source, &target).with_context(|| format!("copying {}", source.display()))?;
        }
        hashes.push((kind, hash));
    }
    for entry in fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let known = BUNDLE_FILES.iter().any(|(file, _)| {
            name.strip_prefix(file)
                .is_some_and(|suffix| ["", ".br", ".gz"].contains(&suffix))
        });
        if name == "snippets" && entry.path().is_dir() {
            copy_dir(&entry.path(), &to.join("snippets"))?;
        } else if !known {
            bail!(
                "unexpected {} in the bundle: dist knows only {} (with .br/.gz) and snippets/",
                entry.path().display(),
                BUNDLE_FILES.map(|(file, _)| file).join(", ")
            );
        }
    }
    Ok(hashes)
}

/// The first 16 hex digits of the SHA-256 of `content`.
fn content_hash(content: &[u8]) -> String {
    let mut hex = sha256_hex(content);
    hex.truncate(16);
    hex
}

pub fn sha256_hex(content: &[u8]) -> String {
    Sha256::digest(content)
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}

/// `site/hash.txt` in Leptos's format: `kind: hash` lines.
fn hash_file(hashes: &[(&str, String)]) -> String {
    hashes.iter().map(|(kind, hash)| format!("{kind}: {hash}\n")).collect()
}

/// `VERSION`: `key=value` lines a shell can source.
fn version_file(version: &str, commit: &str) -> String {
    format!("version={version}\ncommit={commit}\n")
}

/// The checkout's commit, `-dirty` when tracked files have changed; where git or the
/// repository is missing (a Docker build context), `$PAYLERA_COMMIT` or `unknown`.
fn commit(ws: &Workspace) -> String {
    let git = |args: &[&str]| {
        cmd::output(Command::new("git").arg("-C").arg(&ws.root).args(args))
            .ok()
            .filter(|output| output.status.success())
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
    };
    match git(&["rev-parse", "HEAD"]) {
        Some(head) => match git(&["status", "--porcelain", "--untracked-files=no"]) {
            Some(changes) if changes.is_empty() => head,
            _ => format!("{head}-dirty"),
        },
        None => non_empty_env("PAYLERA_COMMIT").unwrap_or_else(|| "unknown".to_owned()),
    }
}

/// The version of `paylera-api` (the workspace's version), from `cargo metadata`.
fn workspace_version(ws: &Workspace) -> Result<String> {
    let output = cmd::output(ws.cargo().args(["metadata", "--no-deps", "--format-version", "1"]))?;
    if !output.status.success() {
        bail!("`cargo metadata` failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).context("parsing `cargo metadata`")?;
    metadata["packages"]
        .as_array()
        .and_then(|packages| packages.iter().find(|package| package["name"] == "paylera-api"))
        .and_then(|package| package["version"].as_str())
        .map(str::to_owned)
        .context("`cargo metadata` lists no paylera-api version")
}

/// One file of the artifact: its path relative to the artifact's root and its size.
#[derive(Debug)]
struct File {
    path: String,
    size: u64,
}

/// Writes `MANIFEST.sha256` (`sha256sum` format, sorted by path) for every file under
/// `root`, and returns the files, the manifest included.
fn manifest(root: &Path) -> Result<Vec<File>> {
    let mut paths = Vec::new();
    walk(root, &mut paths)?;
    let mut relative: Vec<String> = paths
        .iter()
        .map(|path| {
            path.strip_prefix(root)
                .map(|p| p.to_string_lossy().into_owned())
                .context("a file outside the artifact")
        })
        .collect::<Result<_>>()?;
    relative.sort();
    let mut manifest = String::new();
    let mut files = Vec::new();
    for path in relative {
        let content = fs::read(root.join(&path)).with_context(|| format!("reading {path}"))?;
        let _ = writeln!(manifest, "{}  {path}", sha256_hex(&content));
        files.push(File {
            path,
            size: content.len() as u64,
        });
    }
    fs::write(root.join("MANIFEST.sha256"), &manifest).context("writing MANIFEST.sha256")?;
    files.push(File {
        path: "MANIFEST.sha256".to_owned(),
        size: manifest.len() as u64,
    });
    Ok(files)
}

/// Every file under `dir`, recursively.
fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

/// Copies the directory `from` to `to`, recursively.
fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    let mut files = Vec::new();
    walk(from, &mut files)?;
    for file in files {
        let target = to.join(file.strip_prefix(from).context("a file outside the directory")?);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        fs::copy(&file, &target).with_context(|| format!("copying {}", file.display()))?;
    }
    Ok(())
}

/// Renames `staging` to `target`, moving an older `target` aside first and deleting it
/// after (a directory cannot be renamed over a non-empty one).
fn replace_dir(staging: &Path, target: &Path) -> Result<PathBuf> {
    let old = target.with_file_name(format!(".{DIR_NAME}.old"));
    if old.exists() {
        fs::remove_dir_all(&old).with_context(|| format!("removing {}", old.display()))?;
    }
    if target.exists() {
        fs::rename(target, &old).with_context(|| format!("moving {} aside", target.display()))?;
    }
    fs::rename(staging, target).with_context(|| format!("renaming {} into place", staging.display()))?;
    if old.exists() {
        fs::remove_dir_all(&old).with_context(|| format!("removing {}", old.display()))?;
    }
    Ok(target.to_path_buf())
}

/// `tar` + gzip of `<out>/paylera` into `tarball` (written beside it, then renamed):
/// entries sorted, owned by root, so the archive depends on the files alone and their
/// modification times.
fn pack(out: &Path, tarball: &Path) -> Result<()> {
    let partial = tarball.with_extension("partial");
    cmd::run(
        Command::new("tar")
            .args(["--sort=name", "--owner=0", "--group=0", "--numeric-owner", "-czf"])
            .arg(&partial)
            .arg("-C")
            .arg(out)
            .arg(DIR_NAME),
    )?;
    fs::rename(&partial, tarball).with_context(|| format!("renaming {} into place", partial.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_content_hash_is_the_first_16_hex_digits_of_its_sha256() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assert_eq!(content_hash(b"abc"), "ba7816bf8f01cfea");
        assert_eq!(sha256_hex(b"abc").len(), 64);
    }

    #[test]
    fn the_hash_file_is_in_leptos_format() {
        let hashes = [
            ("js", "01".to_owned()),
            ("wasm", "02".to_owned()),
            ("css", "03".to_owned()),
        ];
        assert_eq!(hash_file(&hashes), "js: 01\nwasm: 02\ncss: 03\n");
    }

    #[test]
    fn the_bundle_is_copied_under_hashed_names_and_a_stray_file_is_refused() {
        let dir = std::env::temp_dir().join(format!("paylera-dist-test-{}", std::process::id()));
        let (from, to) = (dir.join("pkg"), dir.join("out"));
        fs::create_dir_all(from.join("snippets/x")).expect("create the bundle");
        for (name, _) in BUNDLE_FILES {
            for suffix in ["", ".br", ".gz"] {
                fs::write(from.join(format!("{name}{suffix}")), name).expect("write");
            }
        }
        fs::write(from.join("snippets/x/inline0.js"), "export {}").expect("write a snippet");

        let hashes = copy_bundle(&from, &to).expect("copies");

        let js = &hashes[0].1;
        assert_eq!(hashes[0], ("js", content_hash(b"portal.js")));
        assert!(to.join(format!("portal.{js}.js.br")).is_file());
        assert!(to.join(format!("portal.{}.wasm.gz", hashes[1].1)).is_file());
        assert!(to.join("snippets/x/inline0.js").is_file());
        assert!(!to.join("portal.js").exists());

        fs::write(from.join("extra.txt"), "?").expect("write a stray file");
        let error = copy_bundle(&from, &dir.join("out2")).expect_err("a stray file");
        assert!(error.to_string().contains("extra.txt"), "{error}");
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_manifest_lists_every_file_in_sha256sum_format() {
        let dir = std::env::temp_dir().join(format!("paylera-dist-manifest-{}", std::process::id()));
        fs::create_dir_all(dir.join("bin")).expect("create");
        fs::write(dir.join("bin/b"), "abc").expect("write");
        fs::write(dir.join("VERSION"), "").expect("write");

        let files = manifest(&dir).expect("manifest");

        let written = fs::read_to_string(dir.join("MANIFEST.sha256")).expect("read");
        assert_eq!(
            written,
            format!("{}  VERSION\n{}  bin/b\n", sha256_hex(b""), sha256_hex(b"abc"))
        );
        assert_eq!(
            files.iter().map(|f| f.path.as_str()).collect::<Vec<_>>(),
            ["VERSION", "bin/b", "MANIFEST.sha256"]
        );
        let _ = fs::remove_dir_all(&dir);
    }
}
