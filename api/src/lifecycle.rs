//! Starting and stopping one instance among many: the readiness flag a load
//! balancer polls, the signals that stop the server, and the drain between them.
//!
//! On the first SIGTERM (or Ctrl-C) an instance:
//! 1. reports not ready (`/readyz` answers `503 draining` on both listeners) while
//!    it still serves every request it gets;
//! 2. waits `PAYLERA_DRAIN_SECS`, so the balancer's health check takes it out of
//!    rotation before anything is refused (a second signal ends the wait early);
//! 3. closes its listener and finishes the requests in flight;
//! 4. stops claiming webhook deliveries and finishes the attempts in flight;
//! 5. stops its background loops and closes the database pools.
//!
//! Steps 3–5 are [`crate::Application::run_until_stopped`]'s; this module has the
//! flag and the signals.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

/// Whether this instance should be sent new requests. Cheap to clone; clones
/// share the flag.
#[derive(Debug, Clone, Default)]
pub struct Readiness {
    draining: Arc<AtomicBool>,
}

impl Readiness {
    /// From now on `/readyz` answers `503 draining`.
    pub fn start_draining(&self) {
        self.draining.store(true, Ordering::SeqCst);
        metrics::gauge!("paylera_draining").set(1.0);
    }

    /// Whether [`Readiness::start_draining`] was called.
    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst)
    }
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// Resolves when the listener should close: `stop` resolved, the instance then
/// reported not ready for `drain` (or until a second signal).
pub async fn drained(stop: impl Future<Output = ()>, readiness: Readiness, drain: Duration) {
    stop.await;
    readiness.start_draining();
    tracing::info!(
        drain_secs = drain.as_secs(),
        "stopping: /readyz answers 503 while the load balancer takes this instance out"
    );
    if !drain.is_zero() {
        tokio::select! {
            () = tokio::time::sleep(drain) => {}
            () = shutdown_signal() => tracing::info!("second signal: ending the drain early"),
        }
    }
    tracing::info!("listener closing; finishing the requests in flight");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn draining_starts_when_stop_resolves_and_lasts_the_drain() {
        let readiness = Readiness::default();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(drained(
            async {
                let _ = rx.await;
            },
            readiness.clone(),
            Duration::from_millis(300),
        ));
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!readiness.is_draining(), "ready until told to stop");
        let _ = tx.send(());
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(readiness.is_draining());
        assert!(!task.is_finished(), "the listener stays open for the drain");
        tokio::time::timeout(Duration::from_secs(2), task)
            .await
            .expect("the drain ends")
            .expect("no panic");
    }
}
