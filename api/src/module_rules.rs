//! The module rules of `docs/adr/0010-api-internal-shape.md`, checked on the source
//! text so a stray import fails the build's tests rather than a review:
//!
//! - `domain/` is framework-free: no axum, no sqlx, and nothing of the crate outside
//!   `domain` itself (it cannot reach the store, billing or the routes).
//! - `billing/`, `store/` and `domain/` never import `routes`: handlers call down
//!   into them, never the other way round (the old `routes::emit` circle).
//!
//! The scan is textual (comments and strings included), which is strict on purpose:
//! a doc comment that names `crate::routes` is better written another way.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `api/src/<dir>`, with its text.
fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).expect("readable source directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = std::fs::read_to_string(&path).expect("readable source file");
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir), &mut out);
    assert!(!out.is_empty(), "no sources under src/{dir}");
    out
}

/// The `file:line: text` of every line of `dir`'s sources that contains one of `needles`.
fn offending_lines(dir: &str, needles: &[&str]) -> Vec<String> {
    sources(dir)
        .into_iter()
        .flat_map(|(path, text)| {
            text.lines()
                .enumerate()
                .filter(|(_, line)| needles.iter().any(|needle| line.contains(needle)))
                .map(|(n, line)| format!("{}:{}: {}", path.display(), n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn billing_store_and_domain_never_import_the_routes() {
    for dir in ["billing", "store", "domain"] {
        let found = offending_lines(dir, &["crate::routes", "routes::", "super::routes"]);
        assert!(found.is_empty(), "src/{dir} imports the routes:\n{}", found.join("\n"));
    }
}

#[test]
fn the_domain_imports_no_framework_and_nothing_of_the_crate_outside_itself() {
    let found = offending_lines("domain", &["use axum", "axum::", "use sqlx", "sqlx::"]);
    assert!(
        found.is_empty(),
        "src/domain imports a framework:\n{}",
        found.join("\n")
    );
    let outside: Vec<String> = offending_lines("domain", &["crate::"])
        .into_iter()
        .filter(|line| line.split("crate::").skip(1).any(|rest| !rest.starts_with("domain")))
        .collect();
    assert!(
        outside.is_empty(),
        "src/domain reaches outside itself:\n{}",
        outside.join("\n")
    );
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    // Guards the guard: a scan that silently read nothing would pass every rule.
    assert!(
        !offending_lines("routes", &["store::events::"]).is_empty()
            || !offending_lines("routes", &["emit("]).is_empty()
    );
    assert!(!offending_lines("domain", &["crate::domain"]).is_empty());
}
