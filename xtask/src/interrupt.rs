//! Ctrl-C / SIGTERM handling: a process-wide flag that long waits poll.
//!
//! The handler only records the request; the thread that owns the children does
//! the stopping (so servers are always shut down in order and waited for). Children
//! in our process group receive the terminal's SIGINT themselves; servers run in
//! their own process group and are stopped explicitly by [`crate::servers`].

use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Installs the handler (SIGINT, SIGTERM and SIGHUP). Call once, early.
pub fn install() -> Result<()> {
    ctrlc::set_handler(|| {
        if REQUESTED.swap(true, Ordering::SeqCst) {
            eprintln!("xtask: still stopping; waiting for child processes to exit");
        } else {
            eprintln!("xtask: interrupted; stopping");
        }
    })
    .context("installing the Ctrl-C handler")
}

/// Whether the user (or a supervisor) asked us to stop.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}
