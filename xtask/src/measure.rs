//! `cargo xtask measure [--screenshots]`: the numbers and pictures kept in `docs/`.
//!
//! Builds what `up` builds, starts the same stack as the browser tests (fresh SQLite
//! database, free loopback ports) and runs:
//! 1. `e2e/scripts/page-weight.mjs 5 --write`: first-load weight and time to interactive
//!    of every page against the no-JavaScript baseline measured in the same run; it
//!    rewrites its table in `docs/benchmarks.md` and fails above the committed budget;
//! 2. with `--screenshots`, the journeys that save pictures (the tour, every module, the
//!    flows) with `PAYLERA_SCREENSHOTS_DIR=docs/screenshots`, hydrated.

use std::process::Command;

use anyhow::Result;

use crate::workspace::Workspace;
use crate::{bundle, cmd, servers, setup, test};

/// The specs whose journeys call `captureScreens`.
const SCREENSHOT_SPECS: [&str; 5] = ["tour", "payment_methods", "invoices", "subscription", "flows"];

pub fn run(ws: &Workspace, screenshots: bool) -> Result<()> {
    setup::ensure(ws, true)?;
    bundle::build(ws)?;
    servers::build(ws)?;
    let run_dir = test::fresh_run_dir()?;
    let (mut stack, secret_key) = test::e2e_stack(ws, &run_dir)?;
    let with_stack = |command: &mut Command| {
        command
            .current_dir(ws.e2e_dir())
            .env("PORTAL_URL", stack.config.portal_url())
            .env("API_URL", stack.config.api_url())
            .env("PAYLERA_DEMO_SECRET_KEY", &secret_key);
    };
    let mut weight = Command::new("node");
    weight.args(["scripts/page-weight.mjs", "5", "--write"]);
    with_stack(&mut weight);
    let mut result = cmd::run(&mut weight);
    if result.is_ok() && screenshots {
        let mut journeys = Command::new("npx");
        journeys
            .args(["playwright", "test", "--project=hydrated"])
            .args(SCREENSHOT_SPECS)
            .env("PAYLERA_SCREENSHOTS_DIR", ws.root.join("docs/screenshots"));
        with_stack(&mut journeys);
        result = cmd::run(&mut journeys);
    }
    stack.stop();
    if let Err(error) = result {
        stack.print_log_tails(40);
        return Err(error.context(format!("database and server logs kept in {}", run_dir.display())));
    }
    let _ = std::fs::remove_dir_all(&run_dir);
    Ok(())
}
