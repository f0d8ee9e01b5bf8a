//! The webhook dispatcher: turns committed events into signed HTTP deliveries, at
//! least once, across crashes and across several processes on one database.
//!
//! One pass ([`Dispatcher::dispatch`]) at time `now`:
//! 1. fan-out: events not yet fanned out become one pending delivery per matching
//!    enabled endpoint (store::webhooks::fan_out, one transaction);
//! 2. claim: due deliveries are leased to this process (row locks with
//!    `SKIP LOCKED` on PostgreSQL), as many as the global limit has room for and no
//!    more per endpoint than its own limit — so a slow endpoint only ever holds its
//!    own few slots and never delays the others;
//! 3. send: each claimed delivery is POSTed in its own task (timeout, no
//!    redirects, DNS-checked targets) and its outcome written back: delivered,
//!    retry at the next jittered step of the schedule (or after `Retry-After`),
//!    given up (disabling an endpoint that failed the whole window), or `410 Gone`
//!    (disabling the endpoint).
//!
//! [`Dispatcher::tick`] runs one pass and waits for its sends: tests move `now` to
//! prove the schedule without sleeping. [`Dispatcher::run_until`] loops on real time
//! without waiting for sends until told to stop, then waits for the sends in flight.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
    time::Duration,
};

use chrono::{DateTime, Utc};
use rand::Rng;
use tokio::{
    sync::{Notify, OwnedSemaphorePermit, Semaphore},
    task::JoinHandle,
};

use super::http::{self, Clients};
use crate::{
    db::Db,
    domain::webhook::{self, TargetPolicy, Verdict},
    secrets::Sealer,
    settings::WebhookSettings,
    store::webhooks::{self as store, AttemptRecord, ClaimRequest, Claimed, Resolution},
};

/// How often an idle dispatcher looks for work (bounds commit-to-delivery latency).
pub const POLL_INTERVAL: Duration = Duration::from_millis(100);
/// The shortest gap between passes: sends that finish meanwhile free their slots
/// together, so one claim transaction refills many slots instead of one each.
pub const MIN_PASS_GAP: Duration = Duration::from_millis(10);
/// Events fanned out per transaction.
const FAN_OUT_BATCH: i64 = 500;

/// What one [`Dispatcher::tick`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TickReport {
    pub fanned_out: usize,
    pub attempted: usize,
    pub delivered: usize,
}

/// Delivers webhooks. Cheap to clone; clones share their limits.
#[derive(Debug, Clone)]
pub struct Dispatcher {
    db: Db,
    sealer: Sealer,
    clients: Clients,
    settings: WebhookSettings,
    global: Arc<Semaphore>,
    in_flight: Arc<Mutex<HashMap<String, usize>>>,
    wake: Arc<Notify>,
}

/// Releases an endpoint's slot when a send ends, however it ends.
struct Slot {
    in_flight: Arc<Mutex<HashMap<String, usize>>>,
    endpoint: String,
    wake: Arc<Notify>,
    _permit: OwnedSemaphorePermit,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut map = self.in_flight.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(n) = map.get_mut(&self.endpoint) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                map.remove(&self.endpoint);
            }
        }
        self.wake.notify_one();
    }
}

impl Dispatcher {
    pub fn new(db: Db, settings: WebhookSettings, sealer: Sealer) -> Result<Self, reqwest::Error> {
        Ok(Self {
            sealer,
            clients: Clients::new(settings.timeout)?,
            global: Arc::new(Semaphore::new(settings.concurrency)),
            in_flight: Arc::default(),
            wake: Arc::new(Notify::new()),
            db,
            settings,
        })
    }

    /// How long a claim holds a delivery: the request's time limit plus a margin.
    /// A dispatcher killed mid-request leaves its rows due again after this.
    pub fn lease(&self) -> Duration {
        self.settings.timeout + Duration::from_secs(5)
    }

    /// One pass at `now`, waiting for every send it started.
    pub async fn tick(&self, now: DateTime<Utc>) -> Result<TickReport, sqlx::Error> {
        let (fanned_out, sends) = self.dispatch(now).await?;
        let mut report = TickReport {
            fanned_out,
            ..TickReport::default()
        };
        for send in sends {
            report.attempted += 1;
            if send.await.unwrap_or(false) {
                report.delivered += 1;
            }
        }
        Ok(report)
    }

    /// Runs passes on real time until `stop` turns `true`, then waits for the sends
    /// in flight (each ends within its timeout) and returns. Claims nothing new once
    /// told to stop.
    pub async fn run_until(self, mut stop: tokio::sync::watch::Receiver<bool>) {
        while !*stop.borrow() {
            match self.dispatch(crate::domain::now()).await {
                Ok((_, sends)) => drop(sends),
                Err(err) => tracing::warn!(error = %err, "webhook dispatch pass failed"),
            }
            tokio::time::sleep(MIN_PASS_GAP).await;
            tokio::select! {
                () = tokio::time::sleep(POLL_INTERVAL.saturating_sub(MIN_PASS_GAP)) => {}
                () = self.wake.notified() => {}
                changed = stop.changed() => {
                    // No one left to say "stop": stop.
                    if changed.is_err() {
                        break;
                    }
                }
            }
        }
        // Every send holds a permit until its outcome is stored: all permits back
        // means nothing is in flight.
        let all = u32::try_from(self.settings.concurrency).unwrap_or(u32::MAX);
        drop(self.global.acquire_many(all).await);
    }

    /// Fans out, claims what the limits allow and starts the sends. Returns how many
    /// events were fanned out and one handle per send (`true`: delivered).
    pub async fn dispatch(&self, now: DateTime<Utc>) -> Result<(usize, Vec<JoinHandle<bool>>), sqlx::Error> {
        let at = now.timestamp();
        let (events_waiting, deliveries_due) = store::has_work(&self.db, at).await?;
        let mut fanned_out = 0;
        if events_waiting {
            loop {
                let n = store::fan_out(&self.db, FAN_OUT_BATCH).await?;
                fanned_out += n;
                if n < usize::try_from(FAN_OUT_BATCH).unwrap_or(0) {
                    break;
                }
            }
        }
        if !(deliveries_due || fanned_out > 0) {
            return Ok((fanned_out, Vec::new()));
        }
        let free = self.global.available_permits();
        let room: HashMap<String, usize> = self
            .in_flight
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(|(id, n)| (id.clone(), self.settings.per_endpoint_concurrency.saturating_sub(*n)))
            .collect();
        let lease_until = at + i64::try_from(self.lease().as_secs()).unwrap_or(60);
        let claimed = store::claim_due(
            &self.db,
            &ClaimRequest {
                now: at,
                lease_until,
                limit: free,
                room: &room,
                per_endpoint: self.settings.per_endpoint_concurrency,
                sealer: &self.sealer,
            },
        )
        .await?;
        let mut sends = Vec::with_capacity(claimed.len());
        for delivery in claimed {
            let Ok(permit) = self.global.clone().acquire_owned().await else {
                break;
            };
            *self
                .in_flight
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(delivery.endpoint_id.clone())
                .or_default() += 1;
            let slot = Slot {
                in_flight: self.in_flight.clone(),
                endpoint: delivery.endpoint_id.clone(),
                wake: self.wake.clone(),
                _permit: permit,
            };
            let this = self.clone();
            sends.push(tokio::spawn(async move {
                let delivered = this.deliver(&delivery, now).await;
                drop(slot);
                delivered
            }));
        }
        Ok((fanned_out, sends))
    }

    /// Sends one claimed delivery and records the outcome. Returns whether it was delivered.
    async fn deliver(&self, delivery: &Claimed, now: DateTime<Utc>) -> bool {
        // The endpoint's mode decides, checked again at every send (DNS can change).
        let policy = TargetPolicy::for_tenant(!delivery.livemode, self.settings.allow_private_targets);
        let at = now.timestamp();
        let body = webhook::payload(&delivery.event, delivery.api_version);
        let mut secrets = vec![&delivery.secret];
        if let (Some(previous), Some(until)) = (&delivery.previous_secret, delivery.previous_secret_expires_at)
            && until > at
        {
            secrets.push(previous);
        }
        let id = delivery.event.id.as_str();
        let signature = webhook::signature_header(&secrets, id, at, &body);
        let response = http::send(
            &self.clients,
            policy,
            http::Request {
                url: &delivery.url,
                id,
                timestamp: at,
                signature,
                body,
            },
        )
        .await;
        let verdict = webhook::verdict(response.status);
        let failures = u32::try_from(delivery.attempts + 1).unwrap_or(u32::MAX);
        let what = match (response.status, &response.error) {
            (Some(status), _) => format!("HTTP {status}"),
            (None, Some(error)) => error.clone(),
            (None, None) => "no response".to_owned(),
        };
        let resolution = match verdict {
            Verdict::Delivered => Resolution::Delivered,
            Verdict::Gone => Resolution::Gone {
                message: format!("The endpoint answered 410 Gone at {now}; deliveries to it stopped."),
            },
            Verdict::Retry => {
                let retry_after = response
                    .retry_after
                    .as_deref()
                    .and_then(|v| webhook::parse_retry_after(v, now));
                match webhook::next_attempt(failures, now, retry_after, rand::rng().random()) {
                    Some(next) => Resolution::RetryAt(next.timestamp()),
                    None => Resolution::Exhausted {
                        failing_since: at - i64::try_from(webhook::failing_window().as_secs()).unwrap_or(i64::MAX / 2),
                        message: format!(
                            "Every delivery attempt failed for the whole retry window ({failures} attempts); the last one at {now}: {what}."
                        ),
                    },
                }
            }
        };
        let attempt = AttemptRecord {
            attempted_at: at,
            status_code: response.status,
            error: response.error.clone(),
            latency_ms: i64::try_from(response.latency.as_millis()).unwrap_or(i64::MAX),
            response_body: (!response.body.is_empty()).then(|| webhook::excerpt(&response.body)),
            success: verdict == Verdict::Delivered,
        };
        let outcome = match &resolution {
            Resolution::Delivered => "delivered",
            Resolution::RetryAt(_) => "retry",
            Resolution::Exhausted { .. } => "exhausted",
            Resolution::Gone { .. } => "gone",
        };
        metrics::counter!("webhook_attempts_total", "outcome" => outcome).increment(1);
        metrics::histogram!("webhook_attempt_duration_seconds").record(response.latency.as_secs_f64());
        tracing::info!(
            event_id = id,
            endpoint_id = %delivery.endpoint_id,
            attempt = failures,
            outcome = %what,
            latency_ms = attempt.latency_ms,
            "webhook attempt"
        );
        match store::finish(&self.db, delivery, &attempt, &resolution).await {
            Ok(true) => {}
            Ok(false) => tracing::warn!(event_id = id, "webhook claim expired before its result was stored"),
            Err(err) => tracing::warn!(event_id = id, error = %err, "could not store a webhook attempt"),
        }
        verdict == Verdict::Delivered
    }
}
