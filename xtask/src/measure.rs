//! `cargo xtask measure [--screenshots]`: the numbers and pictures kept in `docs/`.
//!
//! Builds what `up` builds, starts the same stack as the browser tests (fresh SQLite
//! database, free loopback ports) and runs:
//! 1. `e2e/scripts/page-weight.mjs 5 --write`: first-load weight and time to interactive
//!    of every page against the no-JavaScript baseline measured in the same run; it
//!    rewrites its table in `docs/benchmarks.md` and fails above the committed budget;
//! 2. with `--screenshots`, the journeys that save pictures (the tour, every module, the
//!    flows) with `PAYLERA_SCREENSHOTS_DIR=docs/screenshots`, hydrated.

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
    let mut e2e = test::e2e_stack(ws, &run_dir)?;
    let mut weight = e2e.command(ws, "node");
    weight.args(["scripts/page-weight.mjs", "5", "--write"]);
    let mut result = cmd::run(&mut weight);
    if result.is_ok() && screenshots {
        let mut journeys = e2e.command(ws, "npx");
        journeys
            .args(["playwright", "test", "--project=hydrated"])
            .args(SCREENSHOT_SPECS)
            .env("PAYLERA_SCREENSHOTS_DIR", ws.root.join("docs/screenshots"));
        result = cmd::run(&mut journeys);
    }
    e2e.stack.stop();
    if let Err(error) = result {
        e2e.stack.print_log_tails(40);
        return Err(error.context(format!("database and server logs kept in {}", run_dir.display())));
    }
    let _ = std::fs::remove_dir_all(&run_dir);
    Ok(())
}
