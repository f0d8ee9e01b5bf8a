//! Lists the Fluent files of `locales/<tag>/*.ftl` (at the workspace root) for
//! `include_str!`, so a new catalogue or locale file needs no Rust change. Only with the
//! `embedded` feature; without it the list is empty.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    println!("cargo::rerun-if-changed={}", locales.display());
    let mut files: Vec<(String, String, PathBuf)> = Vec::new();
    if std::env::var_os("CARGO_FEATURE_EMBEDDED").is_some() {
        for dir in read_dir(&locales) {
            let Some(tag) = dir.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            if !dir.is_dir() {
                continue;
            }
            for file in read_dir(&dir) {
                let is_ftl = file.extension().is_some_and(|ext| ext == "ftl");
                if let (true, Some(stem)) = (is_ftl, file.file_stem().and_then(|s| s.to_str())) {
                    let path = file.canonicalize().unwrap_or(file.clone());
                    files.push((tag.clone(), stem.to_owned(), path));
                }
            }
        }
    }
    files.sort();
    let mut out = String::from("&[\n");
    for (tag, name, path) in &files {
        let _ = writeln!(
            out,
            "    ({tag:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push(']');
    let target = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("files.rs");
    if let Err(error) = std::fs::write(&target, out) {
        panic!("cannot write {}: {error}", target.display());
    }
}

/// The entries of `dir`, sorted (none when it cannot be read: the check in the tests
/// then reports every message missing).
fn read_dir(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}
