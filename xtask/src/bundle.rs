//! `cargo xtask bundle`: builds the portal's WASM bundle into `<target dir>/site/pkg`.
//!
//! 1. `cargo build` the `hydrate` lib for wasm32 with the `wasm-release` profile;
//! 2. `wasm-bindgen --target web` (without the name and producers sections) → `portal.js` + `portal_bg.wasm`;
//! 3. `portal-ui/style/portal.css` followed by every `portal-ui/style/pages/*.css` (by
//!    name) → `portal.css`: one stylesheet, one request, each page's rules in its own file;
//! 4. write `.br` (quality 11) and `.gz` (level 9) siblings so the portal server
//!    can serve precompressed files; print the sizes.
//!
//! Every build of the portal, here and in `dist`, gets Leptos's `erase_components` cfg
//! from [`with_leptos_cfg`], not only from `.cargo/config.toml`, which an exported
//! `RUSTFLAGS` silently replaces: the bundle and the server must agree on it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;

use anyhow::{Context, Result, bail};

use crate::cmd;
use crate::setup;
use crate::workspace::Workspace;

const PROFILE: &str = "wasm-release";
const CRATE_FILE: &str = "paylera_portal_ui.wasm";
/// The files the portal serves from `/pkg`, each also written as `.br` and `.gz`.
const ASSETS: [&str; 3] = ["portal.js", "portal_bg.wasm", "portal.css"];

/// `setup` (non-test part) and then the bundle.
pub fn run(ws: &Workspace) -> Result<()> {
    setup::ensure(ws, false)?;
    build(ws)
}

/// Builds the bundle, assuming `setup` has run.
pub fn build(ws: &Workspace) -> Result<()> {
    cmd::run(with_leptos_cfg(&mut ws.cargo()).args([
        "build",
        "-p",
        "paylera-portal-ui",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "--no-default-features",
        "--features",
        "hydrate",
        "--profile",
        PROFILE,
    ]))?;

    let wasm = ws
        .target_dir
        .join("wasm32-unknown-unknown")
        .join(PROFILE)
        .join(CRATE_FILE);
    if !wasm.exists() {
        bail!("the build succeeded but {} is missing", wasm.display());
    }
    let pkg = pkg_dir(ws);
    // Start clean so no stale snippet or asset from an older build is served.
    if pkg.exists() {
        fs::remove_dir_all(&pkg).with_context(|| format!("removing {}", pkg.display()))?;
    }
    fs::create_dir_all(&pkg).with_context(|| format!("creating {}", pkg.display()))?;

    let mut bindgen = Command::new(ws.wasm_bindgen_bin());
    bindgen
        .args(["--target", "web", "--no-typescript"])
        // Function names are a third of the file and serve only debuggers.
        .args(["--remove-name-section", "--remove-producers-section", "--out-dir"])
        .arg(&pkg)
        .args(["--out-name", "portal"])
        .arg(&wasm);
    cmd::run(&mut bindgen)?;

    fs::write(pkg.join("portal.css"), stylesheet(&ws.root.join("portal-ui/style"))?)
        .with_context(|| format!("writing {}", pkg.join("portal.css").display()))?;

    let sizes = compress_assets(&pkg)?;
    println!("bundle: {}", pkg.display());
    println!("  {:<16} {:>11} {:>11} {:>11}", "file", "raw", "gzip", "brotli");
    for size in &sizes {
        println!(
            "  {:<16} {:>11} {:>11} {:>11}",
            size.name,
            human(size.raw),
            human(size.gz),
            human(size.br)
        );
    }
    Ok(())
}

/// `<site>/pkg`, where the portal finds the bundle.
pub fn pkg_dir(ws: &Workspace) -> PathBuf {
    ws.site_dir().join("pkg")
}

/// Whether a bundle has been built (the e2e step needs one).
pub fn exists(ws: &Workspace) -> bool {
    ASSETS.iter().all(|name| pkg_dir(ws).join(name).exists())
}

#[derive(Debug)]
struct Sizes {
    name: &'static str,
    raw: u64,
    gz: u64,
    br: u64,
}

/// Compresses every asset in parallel (brotli 11 on a large wasm file takes
/// seconds, and there are two cores).
fn compress_assets(pkg: &Path) -> Result<Vec<Sizes>> {
    thread::scope(|scope| {
        let jobs: Vec<_> = ASSETS
            .iter()
            .map(|name| scope.spawn(move || compress_one(pkg, name)))
            .collect();
        jobs.into_iter()
            .map(|job| {
                job.join()
                    .map_err(|_| anyhow::anyhow!("a compression thread panicked"))?
            })
            .collect()
    })
}

fn compress_one(pkg: &Path, name: &'static str) -> Result<Sizes> {
    let path = pkg.join(name);
    let raw = fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
    let gz = gzip(&raw)?;
    let br = brotli(&raw)?;
    let write = |suffix: &str, bytes: &[u8]| {
        let out = pkg.join(format!("{name}.{suffix}"));
        fs::write(&out, bytes).with_context(|| format!("writing {}", out.display()))
    };
    write("gz", &gz)?;
    write("br", &br)?;
    Ok(Sizes {
        name,
        raw: raw.len() as u64,
        gz: gz.len() as u64,
        br: br.len() as u64,
    })
}

/// gzip at level 9.
pub fn gzip(data: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    encoder.write_all(data)?;
    Ok(encoder.finish()?)
}

/// Brotli at quality 11 with a 4 MiB window (the defaults browsers expect).
pub fn brotli(data: &[u8]) -> Result<Vec<u8>> {
    let mut writer = brotli::CompressorWriter::new(Vec::new(), 64 * 1024, 11, 22);
    writer.write_all(data)?;
    // `into_inner` writes the final block.
    Ok(writer.into_inner())
}

/// `123456` → `120.6 KiB`.
pub fn human(bytes: u64) -> String {
    #[expect(clippy::cast_precision_loss, reason = "sizes are displayed, not computed with")]
    let b = bytes as f64;
    if b < 1024.0 {
        format!("{bytes} B")
    } else if b < 1024.0 * 1024.0 {
        format!("{:.1} KiB", b / 1024.0)
    } else {
        format!("{:.2} MiB", b / (1024.0 * 1024.0))
    }
}

/// The cfg the portal's server and bundle must both be built with (Leptos type-erases
/// component views: a smaller bundle, and the hydrated view tree matches the server's
/// only when both have it).
pub const LEPTOS_CFG: &str = "erase_components";

/// Gives a cargo command the caller's rustflags plus `--cfg erase_components`.
///
/// Cargo takes its flags from the first of `CARGO_ENCODED_RUSTFLAGS`, `RUSTFLAGS` and
/// the config's `build.rustflags` that is set, so the cfg goes into the one in use.
/// Unset, the result (`RUSTFLAGS=--cfg erase_components`) is the very list the
/// repository's `.cargo/config.toml` gives a plain `cargo build`: the same fingerprint,
/// no second build of the same thing.
pub fn with_leptos_cfg(cmd: &mut Command) -> &mut Command {
    let encoded = std::env::var("CARGO_ENCODED_RUSTFLAGS").ok();
    let plain = std::env::var("RUSTFLAGS").ok();
    let (name, value) = rustflags_with_cfg(encoded.as_deref(), plain.as_deref());
    cmd.env(name, value)
}

/// The variable to set and its value (see [`with_leptos_cfg`]), given the caller's
/// `CARGO_ENCODED_RUSTFLAGS` (flags separated by 0x1f) and `RUSTFLAGS` (by spaces).
fn rustflags_with_cfg(encoded: Option<&str>, plain: Option<&str>) -> (&'static str, String) {
    fn with_cfg(mut flags: Vec<&str>) -> Vec<&str> {
        let has_cfg = flags.windows(2).any(|pair| pair[0] == "--cfg" && pair[1] == LEPTOS_CFG)
            || flags.iter().any(|flag| flag.strip_prefix("--cfg=") == Some(LEPTOS_CFG));
        if !has_cfg {
            flags.extend(["--cfg", LEPTOS_CFG]);
        }
        flags
    }
    match (encoded, plain) {
        (Some(encoded), _) => {
            let flags = encoded.split('\x1f').filter(|flag| !flag.is_empty()).collect();
            ("CARGO_ENCODED_RUSTFLAGS", with_cfg(flags).join("\x1f"))
        }
        (None, plain) => {
            let flags = plain.unwrap_or_default().split_whitespace().collect();
            ("RUSTFLAGS", with_cfg(flags).join(" "))
        }
    }
}

/// The portal's one stylesheet: `portal.css` (the base: layout, components, colour
/// schemes), then each page's file under `pages/`, sorted by name.
pub fn stylesheet(style_dir: &Path) -> Result<String> {
    let base = style_dir.join("portal.css");
    let mut css = fs::read_to_string(&base).with_context(|| format!("reading {}", base.display()))?;
    let pages_dir = style_dir.join("pages");
    let mut pages: Vec<PathBuf> = match fs::read_dir(&pages_dir) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "css"))
            .collect(),
        Err(_) => Vec::new(),
    };
    pages.sort();
    for page in pages {
        let text = fs::read_to_string(&page).with_context(|| format!("reading {}", page.display()))?;
        css.push('\n');
        css.push_str(&text);
    }
    Ok(css)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn gzip_round_trips() {
        let data = b"portal ".repeat(1000);
        let packed = gzip(&data).expect("gzip");
        assert!(packed.len() < data.len());
        let mut unpacked = Vec::new();
        flate2::read::GzDecoder::new(packed.as_slice())
            .read_to_end(&mut unpacked)
            .expect("gunzip");
        assert_eq!(unpacked, data);
    }

    #[test]
    fn brotli_round_trips() {
        let data = b"portal ".repeat(1000);
        let packed = brotli(&data).expect("brotli");
        assert!(packed.len() < data.len());
        let mut unpacked = Vec::new();
        brotli::Decompressor::new(packed.as_slice(), 4096)
            .read_to_end(&mut unpacked)
            .expect("unbrotli");
        assert_eq!(unpacked, data);
    }

    #[test]
    fn the_leptos_cfg_is_added_to_the_rustflags_cargo_would_use_once() {
        let cfg = "--cfg erase_components";
        assert_eq!(rustflags_with_cfg(None, None), ("RUSTFLAGS", cfg.to_owned()));
        assert_eq!(
            rustflags_with_cfg(None, Some("-C target-cpu=native")),
            ("RUSTFLAGS", format!("-C target-cpu=native {cfg}"))
        );
        assert_eq!(
            rustflags_with_cfg(None, Some(" --cfg  erase_components ")),
            ("RUSTFLAGS", cfg.to_owned())
        );
        assert_eq!(
            rustflags_with_cfg(Some("-Cdebuginfo=1\x1f--cfg=erase_components"), Some("ignored")),
            (
                "CARGO_ENCODED_RUSTFLAGS",
                "-Cdebuginfo=1\x1f--cfg=erase_components".to_owned()
            )
        );
        assert_eq!(
            rustflags_with_cfg(Some(""), None),
            ("CARGO_ENCODED_RUSTFLAGS", "--cfg\x1ferase_components".to_owned())
        );
    }

    #[test]
    fn sizes_read_like_humans_write_them() {
        assert_eq!(human(900), "900 B");
        assert_eq!(human(123_456), "120.6 KiB");
        assert_eq!(human(3 * 1024 * 1024), "3.00 MiB");
    }
}
