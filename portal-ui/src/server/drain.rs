//! Stopping one portal instance among several without failing a customer's request.
//!
//! On the first SIGTERM (or SIGINT) the instance:
//! 1. reports not ready: `/readyz` answers `503 {"status":"draining",…}` on the public
//!    and the admin listener at once ([`Readiness`]), while every other route still
//!    serves normally;
//! 2. waits `PAYLERA_DRAIN_SECS`, so the load balancer's health check takes it out of
//!    rotation before anything is refused (a second SIGTERM/SIGINT ends the wait);
//! 3. stops accepting connections and finishes the requests in flight (axum's graceful
//!    shutdown), then exits `0`.
//!
//! Each phase is logged. [`drained`] is steps 1–2; `app::Application` does step 3.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

/// Whether this instance should be sent new requests. Cheap to clone; clones share the
/// flag, so the `/readyz` of both listeners flip together.
#[derive(Debug, Clone, Default)]
pub struct Readiness {
    draining: Arc<AtomicBool>,
}

impl Readiness {
    /// From now on `/readyz` answers `503 draining`.
    pub fn draining(&self) {
        self.draining.store(true, Ordering::SeqCst);
    }

    /// Whether [`Readiness::draining`] was called.
    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst)
    }
}

/// Resolves at the next SIGINT (Ctrl-C) or SIGTERM, saying which.
pub async fn shutdown_signal() -> &'static str {
    let interrupt = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "cannot listen for SIGINT");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        #[cfg(unix)]
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
        #[cfg(not(unix))]
        std::future::pending::<()>().await;
    };
    tokio::select! {
        () = interrupt => "SIGINT",
        () = terminate => "SIGTERM",
    }
}

/// Resolves when the listeners should close: `stop` resolved, then the instance reported
/// not ready for `drain` (or until a second signal).
pub async fn drained(stop: impl Future<Output = ()>, readiness: Readiness, drain: Duration) {
    stop.await;
    readiness.draining();
    tracing::info!(
        drain_secs = drain.as_secs(),
        "draining: /readyz answers 503 while the load balancer takes this instance out"
    );
    if !drain.is_zero() {
        tokio::select! {
            () = tokio::time::sleep(drain) => {}
            signal = shutdown_signal() => tracing::info!(signal, "second signal: the drain ends early"),
        }
    }
    tracing::info!("listeners closing; finishing the requests in flight");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readiness_is_shared_by_its_clones() {
        let readiness = Readiness::default();
        let probe = readiness.clone();
        assert!(!probe.is_draining());
        readiness.draining();
        assert!(probe.is_draining());
    }

    #[tokio::test]
    async fn the_drain_starts_when_stop_resolves_and_lasts_its_time() {
        let readiness = Readiness::default();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let drain = tokio::spawn(drained(
            async {
                let _ = stopped.await;
            },
            readiness.clone(),
            Duration::from_millis(300),
        ));
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!readiness.is_draining(), "ready until told to stop");

        let _ = stop.send(());
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(readiness.is_draining());
        assert!(!drain.is_finished(), "the listeners stay open for the drain");
        tokio::time::timeout(Duration::from_secs(2), drain)
            .await
            .expect("the drain ends")
            .expect("no panic");
    }
}
