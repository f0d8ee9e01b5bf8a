//! Schemathesis over `/v1/openapi.json` against a freshly started API: the
//! `schemathesis` step of `cargo xtask test` (bounded) and `cargo xtask schemathesis
//! [--max-examples N]` for longer runs (docs/security-tests.md).
//!
//! 1. Schemathesis is installed, pinned by `security/requirements.txt`, into a
//!    virtualenv under `$PAYLERA_TOOLS_DIR/schemathesis-venv` (re-installed when the
//!    file changes).
//! 2. The API runs alone on a free loopback port over its own SQLite database in a
//!    scratch directory; `demo seed` gives it a tenant, a catalog and a customer.
//! 3. xtask seeds, through the API, one object of every kind an operation's path
//!    names (customer, card, subscription and its invoice, tax ID, test clock,
//!    webhook endpoint, portal session, event) plus spares for the destructive
//!    operations, and hands their ids to `security/schemathesis.toml` through
//!    `PAYLERA_ST_*` variables: schemathesis cannot guess ids.
//! 4. Two passes: the operations a portal token may call, with a portal token of the
//!    seeded customer; then every operation with the merchant's secret key. Every
//!    check schemathesis has runs (the configuration file says which are relaxed
//!    and why); any failure fails the step.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::lone_api::LoneApi;
use crate::summary::{self, Tally};
use crate::workspace::Workspace;
use crate::{api_client, cmd, servers, test};

/// Examples per operation in `cargo xtask test` (about 90 s for both passes on 2 cores).
pub const STEP_MAX_EXAMPLES: u32 = 100;
/// The pinned version (the full pin list is security/requirements.txt).
const VERSION: &str = "4.32.5";

/// Flags of `cargo xtask schemathesis`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub max_examples: u32,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            max_examples: STEP_MAX_EXAMPLES,
        }
    }
}

/// One pass of schemathesis, as its summary reported it.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PassResult {
    pub name: &'static str,
    pub operations: u64,
    pub cases: u64,
    pub failures: u64,
    pub errors: u64,
    pub success: bool,
    pub seconds: f64,
    /// Operation (`POST /v1/products`) → the checks that failed on it (`ST101 Server error`).
    pub failed_checks: BTreeMap<String, Vec<String>>,
}

/// `cargo xtask schemathesis`: builds what it needs and runs both passes.
pub fn run(ws: &Workspace, options: Options) -> Result<bool> {
    let started = Instant::now();
    let results = run_passes(ws, options)?;
    print_figures(&results, started.elapsed().as_secs_f64());
    Ok(results.iter().all(|r| r.success))
}

/// The `schemathesis` step: one check per pass.
pub fn step(ws: &Workspace) -> Tally {
    let started = Instant::now();
    match run_passes(ws, Options::default()) {
        Ok(results) => {
            print_figures(&results, started.elapsed().as_secs_f64());
            let mut tally = Tally::default();
            for result in &results {
                tally.add(Tally::check(result.success));
            }
            tally
        }
        Err(error) => {
            eprintln!("error: schemathesis: {error:#}");
            Tally::check(false)
        }
    }
}

fn print_figures(results: &[PassResult], seconds: f64) {
    for r in results.iter().filter(|r| !r.failed_checks.is_empty()) {
        eprintln!("schemathesis {}: failures by operation:", r.name);
        for (operation, checks) in &r.failed_checks {
            eprintln!("  {operation}: {}", checks.join("; "));
        }
    }
    for r in results {
        eprintln!(
            "schemathesis {}: {} operations, {} cases, {} failures, {} errors ({:.0}s){}",
            r.name,
            r.operations,
            r.cases,
            r.failures,
            r.errors,
            r.seconds,
            if r.success { "" } else { " — FAILED" }
        );
    }
    eprintln!("schemathesis: done in {seconds:.0}s");
}

fn run_passes(ws: &Workspace, options: Options) -> Result<Vec<PassResult>> {
    let st = ensure_installed(ws)?;
    servers::build(ws)?;
    let dir = test::scratch_dir("paylera-schemathesis")?;
    let mut api = LoneApi::start(
        ws,
        &dir,
        &[
            // No webhook deliveries out of a fuzzing run.
            ("PAYLERA_WEBHOOKS_DISPATCHER", "off"),
        ],
    )?;
    let outcome = seed_and_test(ws, &st, &api, &dir, options);
    api.stop();
    let keep = match &outcome {
        Ok(results) => results.iter().any(|r| !r.success),
        Err(_) => true,
    };
    if keep {
        eprintln!(
            "schemathesis: the API's database, log and the reports are kept in {}",
            dir.display()
        );
        api.print_log_tail(30);
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
    outcome
}

fn seed_and_test(ws: &Workspace, st: &Path, api: &LoneApi, dir: &Path, options: Options) -> Result<Vec<PassResult>> {
    let seeded = seed(&api.url, &api.secret_key, &api.customer_id)?;
    let document = api_client::expect_ok("GET", &format!("{}/v1/openapi.json", api.url), None, None)?;
    let portal_operations = operations_with_scheme(&document, "portal_token");
    // Operations only a portal token may call are the portal pass's alone (with a
    // merchant key they could only answer 401).
    let portal_only: Vec<&String> = portal_operations
        .iter()
        .filter(|name| !operations_with_scheme(&document, "api_key").contains(name))
        .collect();
    let mut results = Vec::new();
    // The portal pass first: the merchant pass may expire the seeded session.
    if portal_operations.is_empty() {
        bail!("the document names no operation with the `portal_token` security scheme");
    }
    let mut portal = st_command(ws, st, api, dir, "portal", &seeded, options);
    portal.env("PAYLERA_ST_BEARER_TOKEN", &seeded.portal_token);
    for name in &portal_operations {
        portal.arg("--include-name").arg(name);
    }
    results.push(run_pass("portal", &mut portal)?);
    let mut merchant = st_command(ws, st, api, dir, "merchant", &seeded, options);
    merchant.env("PAYLERA_ST_BEARER_TOKEN", &api.secret_key);
    for name in portal_only {
        merchant.arg("--exclude-name").arg(name);
    }
    results.push(run_pass("merchant", &mut merchant)?);
    Ok(results)
}

/// `st run` over the API's document with the project's configuration, the seeded
/// ids in the environment and the reports in `dir/<name>/`.
fn st_command(
    ws: &Workspace,
    st: &Path,
    api: &LoneApi,
    dir: &Path,
    name: &str,
    seeded: &Seeded,
    options: Options,
) -> Command {
    let mut command = Command::new(st);
    command
        .current_dir(dir)
        .envs(&seeded.ids)
        .env("NO_COLOR", "1")
        .arg("--config-file")
        .arg(ws.root.join("security/schemathesis.toml"))
        .arg("--no-color")
        .arg("run")
        .arg(format!("{}/v1/openapi.json", api.url))
        .args(["--max-examples", &options.max_examples.to_string()])
        .arg("--report")
        .arg("junit,ndjson")
        .arg("--report-dir")
        .arg(dir.join(name));
    command
}

fn run_pass(name: &'static str, command: &mut Command) -> Result<PassResult> {
    let started = Instant::now();
    let (status, output) = cmd::run_tee(command)?;
    let mut result = parse_summary(&output);
    result.name = name;
    result.seconds = started.elapsed().as_secs_f64();
    result.success = status.success() && result.failures == 0 && result.errors == 0 && result.operations > 0;
    if status.success() && !result.success {
        eprintln!("error: schemathesis {name}: exited 0 but its summary shows no tested operation or a failure");
    }
    Ok(result)
}

/// Reads schemathesis 4.x's closing summary:
///
/// ```text
/// API Operations:
///   Selected: 3/63
///   Tested: 3
/// Test cases:
///   35 generated, 2 found 2 unique failures, 4 skipped
/// ======== 2 failures, 1 warning in 0.66s ========
/// ```
///
/// and, from the FAILURES section, which checks failed on which operation.
pub fn parse_summary(output: &str) -> PassResult {
    let text = summary::strip_ansi(output);
    let mut result = PassResult::default();
    let mut section = "";
    let mut operation = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("====") {
            let title = trimmed.trim_matches('=').trim();
            match title {
                "FAILURES" | "WARNINGS" | "SUMMARY" | "ERRORS" => section = title,
                _ => {
                    result.failures = number_before(title, "failure").unwrap_or_default();
                    result.errors = number_before(title, "error").unwrap_or_default();
                }
            }
            continue;
        }
        if section == "FAILURES" {
            if trimmed.starts_with("___") && trimmed.ends_with("___") {
                operation = trimmed.trim_matches('_').trim().to_owned();
            } else if let Some(check) = trimmed.strip_prefix("- ST")
                && !operation.is_empty()
            {
                let check = format!("ST{check}");
                let entry = result.failed_checks.entry(operation.clone()).or_default();
                if !entry.contains(&check) {
                    entry.push(check);
                }
            }
        }
        if let Some(value) = trimmed.strip_prefix("Tested:") {
            result.operations = value.trim().parse().unwrap_or_default();
        } else if trimmed.ends_with(" generated") || trimmed.contains(" generated,") {
            result.cases = number_before(trimmed, "generated").unwrap_or_default();
        }
    }
    result
}

/// The number right before the first word starting with `word`.
fn number_before(line: &str, word: &str) -> Option<u64> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .find(|pair| pair[1].starts_with(word))
        .and_then(|pair| pair[0].parse().ok())
}

/// `METHOD /path` of every operation whose `security` lists `scheme`.
pub fn operations_with_scheme(document: &Value, scheme: &str) -> Vec<String> {
    let mut names = Vec::new();
    let Some(paths) = document["paths"].as_object() else {
        return names;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else { continue };
        for (method, operation) in item {
            let allows = operation["security"]
                .as_array()
                .is_some_and(|list| list.iter().any(|req| req.get(scheme).is_some()));
            if allows {
                names.push(format!("{} {path}", method.to_ascii_uppercase()));
            }
        }
    }
    names
}

/// The virtualenv's `st`, installed from security/requirements.txt when missing or
/// when the file changed since.
fn ensure_installed(ws: &Workspace) -> Result<PathBuf> {
    let requirements = ws.root.join("security/requirements.txt");
    let pins = std::fs::read_to_string(&requirements).with_context(|| format!("reading {}", requirements.display()))?;
    let venv = ws.tools_dir.join("schemathesis-venv");
    let st = venv.join("bin/st");
    let stamp = venv.join("paylera-requirements.txt");
    let installed = std::fs::read_to_string(&stamp).is_ok_and(|s| s == pins);
    if installed && st.exists() {
        eprintln!("setup: schemathesis {VERSION}: already at {}", st.display());
        return Ok(st);
    }
    eprintln!("setup: installing schemathesis {VERSION} into {}", venv.display());
    let _ = std::fs::remove_dir_all(&venv);
    std::fs::create_dir_all(&ws.tools_dir).with_context(|| format!("creating {}", ws.tools_dir.display()))?;
    cmd::run(Command::new("python3").arg("-m").arg("venv").arg(&venv))
        .context("creating a Python virtualenv (is python3 with the venv module installed?)")?;
    cmd::run(
        Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(&requirements),
    )?;
    std::fs::write(&stamp, &pins).with_context(|| format!("writing {}", stamp.display()))?;
    let out = cmd::output(Command::new(&st).arg("--version"))?;
    let version = String::from_utf8_lossy(&out.stdout);
    if !version.contains(VERSION) {
        bail!("installed schemathesis reports {version:?}, expected {VERSION}");
    }
    Ok(st)
}

/// The seeded objects' ids (as `PAYLERA_ST_*` variables) and a portal token.
struct Seeded {
    ids: BTreeMap<String, String>,
    portal_token: String,
}

/// Creates, with the merchant key, the objects the operations' paths name.
fn seed(api: &str, key: &str, customer: &str) -> Result<Seeded> {
    let post = |path: &str, body: Value| api_client::expect_ok("POST", &format!("{api}{path}"), Some(key), Some(&body));
    let get = |path: &str| api_client::expect_ok("GET", &format!("{api}{path}"), Some(key), None);
    let id = |value: &Value| -> Result<String> {
        value["id"]
            .as_str()
            .map(str::to_owned)
            .with_context(|| format!("no `id` in {value}"))
    };
    let card = |number: &str| json!({"type": "card", "card": {"number": number, "exp_month": 12, "exp_year": 2040, "cvc": "123"}, "customer": customer});
    let mut ids = BTreeMap::new();
    let mut set = |name: &str, value: String| {
        ids.insert(format!("PAYLERA_ST_{name}"), value);
    };
    set("CUSTOMER", customer.to_owned());
    let spare = post(
        "/v1/customers",
        json!({"email": "spare@example.com", "name": "Deleted by schemathesis"}),
    )?;
    set("CUSTOMER_TO_DELETE", id(&spare)?);
    set(
        "PAYMENT_METHOD",
        id(&post("/v1/payment_methods", card("4242424242424242"))?)?,
    );
    set(
        "PAYMENT_METHOD_TO_DETACH",
        id(&post("/v1/payment_methods", card("5555555555554444"))?)?,
    );
    let prices = get("/v1/prices?active=true")?;
    let price = prices["data"]
        .as_array()
        .and_then(|list| list.iter().find(|p| p["recurring"].is_object()).or(list.first()))
        .context("the demo catalog has no active price")?;
    set("PRICE", id(price)?);
    set(
        "PRODUCT",
        price["product"]
            .as_str()
            .map(str::to_owned)
            .context("a price without `product`")?,
    );
    let subscription = post("/v1/subscriptions", json!({"customer": customer, "price": id(price)?}))?;
    set("SUBSCRIPTION", id(&subscription)?);
    let invoices = get(&format!("/v1/invoices?customer={customer}"))?;
    let invoice = invoices["data"]
        .as_array()
        .and_then(|list| list.first())
        .context("the new subscription has no invoice")?;
    set("INVOICE", id(invoice)?);
    // Two schemes' own examples (a made-up number fails its check digits).
    let types = get("/v1/tax_id_types")?;
    let examples: Vec<Value> = types["data"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter(|t| t["example"].is_string())
                .take(2)
                .map(|t| json!({"type": t["type"], "value": t["example"]}))
                .collect()
        })
        .unwrap_or_default();
    let [kept, deleted] = examples.as_slice() else {
        bail!("GET /v1/tax_id_types lists fewer than two schemes with an example: {types}");
    };
    let tax_path = format!("/v1/customers/{customer}/tax_ids");
    set("TAX_ID", id(&post(&tax_path, kept.clone())?)?);
    set("TAX_ID_TO_DELETE", id(&post(&tax_path, deleted.clone())?)?);
    set(
        "TEST_CLOCK",
        id(&post(
            "/v1/test_clocks",
            json!({"frozen_time": "2030-01-01T00:00:00Z", "name": "schemathesis"}),
        )?)?,
    );
    // A named configuration besides the default, for the `{id}` operations.
    set(
        "PORTAL_CONFIGURATION",
        id(&post(
            "/v1/portal/configurations",
            json!({"name": "schemathesis", "subscription_cancel_enabled": false}),
        )?)?,
    );
    // A 1 × 1 PNG as the business logo.
    set(
        "FILE",
        id(&post(
            "/v1/files",
            json!({"purpose": "business_logo", "file": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=="}),
        )?)?,
    );
    let endpoint = |n: u8| json!({"url": format!("https://example.com/paylera-hooks/{n}"), "enabled_events": ["*"]});
    set("WEBHOOK_ENDPOINT", id(&post("/v1/webhook_endpoints", endpoint(1))?)?);
    set(
        "WEBHOOK_ENDPOINT_TO_DELETE",
        id(&post("/v1/webhook_endpoints", endpoint(2))?)?,
    );
    // Every module on (pausing is off by default), so the portal pass reaches every
    // portal operation rather than its `403`.
    let session_body = json!({
        "customer_id": customer,
        "return_url": "https://merchant.example/billing",
        "configuration": {"subscription_pause_enabled": true},
    });
    set(
        "PORTAL_SESSION",
        id(&post("/v1/portal/sessions", session_body.clone())?)?,
    );
    set(
        "PORTAL_SESSION_TO_EXPIRE",
        id(&post("/v1/portal/sessions", session_body.clone())?)?,
    );
    // A token is a session's link, exchanged.
    let token = || -> Result<String> {
        let session = post("/v1/portal/sessions", session_body.clone())?;
        let url = session["url"].as_str().context("a portal session without `url`")?;
        let secret = url
            .rsplit_once("/p/")
            .map(|(_, s)| s)
            .context("a session url without /p/")?;
        let exchanged = api_client::expect_ok(
            "POST",
            &format!("{api}/v1/portal/sessions/exchange"),
            None,
            Some(&json!({"secret": secret})),
        )?;
        exchanged["token"]
            .as_str()
            .map(str::to_owned)
            .context("the exchange answered no `token`")
    };
    let portal_token = token()?;
    set("PORTAL_TOKEN", portal_token.clone());
    set("PORTAL_TOKEN_TO_REFRESH", token()?);
    set("PORTAL_TOKEN_TO_COMPLETE", token()?);
    // A page reported hidden completes its session three seconds later.
    set("PORTAL_TOKEN_TO_LEAVE", token()?);
    let events = get("/v1/events?limit=1")?;
    let event = events["data"]
        .as_array()
        .and_then(|list| list.first())
        .context("no event after seeding")?;
    set("EVENT", id(event)?);
    eprintln!("schemathesis: seeded {} objects", ids.len());
    Ok(Seeded { ids, portal_token })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_closing_summary() {
        let output = "\
=================================== FAILURES ===================================
____________________________ POST /v1/products ____________________________
1. Test Case ID: HoIOt5
- ST101 Server error
- ST103 Undocumented status code
2. Test Case ID: RH28L0
- ST101 Server error
=================================== SUMMARY ====================================
API Operations:
  Selected: 60/63
  Tested: 60
Test cases:
  3135 generated, 123 found 125 unique failures, 98 skipped
====================== 125 failures, 3 warnings in 29.74s ======================
";
        let result = parse_summary(output);
        assert_eq!(
            (result.operations, result.cases, result.failures, result.errors),
            (60, 3135, 125, 0)
        );
        assert_eq!(
            result.failed_checks["POST /v1/products"],
            vec!["ST101 Server error", "ST103 Undocumented status code"]
        );
        let clean = parse_summary(
            "API Operations:\n  Tested: 12\nTest cases:\n  40 generated, 40 passed\n=== No issues found in 3.2s ===\n",
        );
        assert_eq!(
            (clean.operations, clean.cases, clean.failures, clean.errors),
            (12, 40, 0, 0)
        );
    }

    #[test]
    fn picks_the_operations_of_a_scheme() {
        let document = json!({"paths": {
            "/v1/customers/{id}": {
                "get": {"security": [{"api_key": []}, {"portal_token": []}]},
                "delete": {"security": [{"api_key": []}]}
            },
            "/v1/portal/session": {"get": {"security": [{"portal_token": []}]}}
        }});
        assert_eq!(
            operations_with_scheme(&document, "portal_token"),
            vec!["GET /v1/customers/{id}", "GET /v1/portal/session"]
        );
    }
}
