//! After the load: what must hold, checked through the API (what a merchant sees)
//! and the database (what no API answer could hide), printed as one table.

use std::{
    collections::HashSet,
    sync::atomic::Ordering,
    time::{Duration, Instant},
};

use sqlx::AnyPool;

use crate::{
    api::Api,
    load::{Acked, Journal, Setup},
    receiver::Receiver,
};

/// The campaign's figures. The invariants are the fields that must be zero.
#[derive(Debug, Default)]
pub struct Verdict {
    pub requests: u64,
    pub retried: u64,
    pub retry_reasons: Vec<(String, u64)>,
    pub lives: u64,
    pub acked_writes: usize,
    pub gave_up: u64,
    pub links_lost: u64,
    pub refused: Vec<(String, u64)>,
    /// Acknowledged writes the system no longer shows.
    pub missing: Vec<String>,
    /// Idempotency keys answered with two different objects.
    pub answer_mismatches: Vec<String>,
    /// Objects the database holds twice for one idempotency key.
    pub duplicates: Vec<String>,
    pub events: usize,
    /// Events committed but never delivered after the receiver recovered.
    pub undelivered: Vec<String>,
    /// Deliveries of an event after its first success (allowed: at least once).
    pub redeliveries: u64,
    pub failed_on_purpose: usize,
    pub bad_signatures: u64,
    pub invoices: usize,
    pub invoice_gaps: Vec<i64>,
    pub invoice_repeats: Vec<i64>,
}

impl Verdict {
    /// Whether every invariant holds.
    pub fn holds(&self) -> bool {
        self.missing.is_empty()
            && self.answer_mismatches.is_empty()
            && self.duplicates.is_empty()
            && self.undelivered.is_empty()
            && self.bad_signatures == 0
            && self.invoice_gaps.is_empty()
            && self.invoice_repeats.is_empty()
            && self.gave_up == 0
            && self.acked_writes > 0
            && self.events > 0
    }

    #[expect(clippy::print_stdout, reason = "the campaign's report is its output")]
    pub fn print(&self) {
        let zero = |n: usize| if n == 0 { "ok" } else { "FAIL" };
        println!("| fault campaign (load side) | value | must be |");
        println!("|---|---:|---|");
        println!("| requests sent (retries included) | {} | |", self.requests);
        println!(
            "| requests sent again after an infrastructure failure | {} | |",
            self.retried
        );
        for (why, n) in &self.retry_reasons {
            println!("| … because: {why} | {n} | |");
        }
        println!("| customer lives completed | {} | |", self.lives);
        println!("| acknowledged writes | {} | > 0 |", self.acked_writes);
        for (what, n) in &self.refused {
            println!("| refused: {what} | {n} | |");
        }
        println!("| links used up by a lost exchange answer | {} | |", self.links_lost);
        println!(
            "| writes never answered | {} | 0 {} |",
            self.gave_up,
            zero(usize::try_from(self.gave_up).unwrap_or(1))
        );
        println!(
            "| acknowledged writes missing | {} | 0 {} |",
            self.missing.len(),
            zero(self.missing.len())
        );
        println!(
            "| idempotency keys answered with two objects | {} | 0 {} |",
            self.answer_mismatches.len(),
            zero(self.answer_mismatches.len())
        );
        println!(
            "| duplicate objects per idempotency key | {} | 0 {} |",
            self.duplicates.len(),
            zero(self.duplicates.len())
        );
        println!("| events committed | {} | > 0 |", self.events);
        println!(
            "| first attempts failed on purpose (500 or hang) | {} | |",
            self.failed_on_purpose
        );
        println!(
            "| events delivered again after a success (at least once) | {} | |",
            self.redeliveries
        );
        println!(
            "| events never delivered after the receiver recovered | {} | 0 {} |",
            self.undelivered.len(),
            zero(self.undelivered.len())
        );
        println!(
            "| signature failures | {} | 0 {} |",
            self.bad_signatures,
            zero(usize::try_from(self.bad_signatures).unwrap_or(1))
        );
        println!("| invoices numbered | {} | |", self.invoices);
        println!(
            "| invoice-number gaps / repeats | {} / {} | 0 / 0 {} |",
            self.invoice_gaps.len(),
            self.invoice_repeats.len(),
            zero(self.invoice_gaps.len() + self.invoice_repeats.len())
        );
        for (what, list) in [
            ("missing", &self.missing),
            ("answer mismatch", &self.answer_mismatches),
            ("duplicate", &self.duplicates),
            ("undelivered", &self.undelivered),
        ] {
            for item in list.iter().take(10) {
                println!("{what}: {item}");
            }
        }
        let summary = serde_json::json!({"chaos": {
            "requests": self.requests, "acked_writes": self.acked_writes, "missing": self.missing.len(),
            "answer_mismatches": self.answer_mismatches.len(), "duplicates": self.duplicates.len(),
            "events": self.events, "undelivered": self.undelivered.len(), "redeliveries": self.redeliveries,
            "bad_signatures": self.bad_signatures, "invoices": self.invoices,
            "invoice_gaps": self.invoice_gaps.len(), "invoice_repeats": self.invoice_repeats.len(),
            "gave_up": self.gave_up, "holds": self.holds(),
        }});
        println!("{summary}");
    }
}

/// Checks everything; waits up to `settle` for the deliveries.
pub async fn judge(
    api: &Api,
    setup: &Setup,
    journal: &Journal,
    receiver: &Receiver,
    database_url: &str,
    settle: Duration,
) -> Result<Verdict, String> {
    let mut verdict = Verdict {
        lives: journal.lives,
        acked_writes: journal.acked.len(),
        gave_up: journal.gave_up,
        links_lost: journal.links_lost,
        refused: {
            let mut refused: Vec<_> = journal.refused.iter().map(|(k, v)| (k.clone(), *v)).collect();
            refused.sort();
            refused
        },
        ..Verdict::default()
    };
    for acked in &journal.acked {
        if let Some(problem) = still_there(api, acked).await {
            verdict.missing.push(problem);
        }
    }
    for (key, ids) in &journal.answers {
        if ids.iter().collect::<HashSet<_>>().len() > 1 {
            verdict.answer_mismatches.push(format!("{key}: {ids:?}"));
        }
    }

    sqlx::any::install_default_drivers();
    let db = AnyPool::connect(database_url)
        .await
        .map_err(|e| format!("cannot read the database: {e}"))?;
    let tenant: String = sqlx::query_scalar("select tenant_id from webhook_endpoints where id = $1")
        .bind(&setup.endpoint_id)
        .fetch_one(&db)
        .await
        .map_err(|e| format!("the campaign's endpoint: {e}"))?;
    verdict.duplicates = duplicates(&db, &setup.run).await?;

    let started = Instant::now();
    loop {
        let events: Vec<String> = sqlx::query_scalar("select id from events where tenant_id = $1 and created >= $2")
            .bind(&tenant)
            .bind(setup.since)
            .fetch_all(&db)
            .await
            .map_err(|e| format!("events: {e}"))?;
        verdict.events = events.len();
        verdict.undelivered = receiver.seen(|seen| {
            events
                .iter()
                .filter(|id| !seen.delivered.contains_key(id.as_str()))
                .cloned()
                .collect()
        });
        if verdict.undelivered.is_empty() || started.elapsed() > settle {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    receiver.seen(|seen| {
        verdict.redeliveries = seen.delivered.values().map(|n| u64::from(n.saturating_sub(1))).sum();
        verdict.failed_on_purpose = seen.failed_on_purpose.len();
    });
    verdict.bad_signatures = receiver.bad_signatures();

    let numbers: Vec<String> =
        sqlx::query_scalar("select number from invoices where tenant_id = $1 and number is not null")
            .bind(&tenant)
            .fetch_all(&db)
            .await
            .map_err(|e| format!("invoices: {e}"))?;
    verdict.invoices = numbers.len();
    let sequences: Vec<i64> = numbers
        .iter()
        .filter_map(|n| n.rsplit('-').next().and_then(|s| s.parse().ok()))
        .collect();
    (verdict.invoice_gaps, verdict.invoice_repeats) = gaps_and_repeats(sequences);
    db.close().await;
    verdict.requests = api.sent.load(Ordering::Relaxed);
    verdict.retried = api.retried.load(Ordering::Relaxed);
    verdict.retry_reasons = api
        .retry_reasons
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    Ok(verdict)
}

/// What is wrong with an acknowledged write now, if anything.
async fn still_there(api: &Api, acked: &Acked) -> Option<String> {
    let (path, field, expected) = match acked {
        Acked::Customer { id } => (format!("/v1/customers/{id}"), None, None),
        Acked::PortalSession { id } => (format!("/v1/portal/sessions/{id}"), None, None),
        Acked::Address { customer, line1 } => (
            format!("/v1/customers/{customer}"),
            Some("/address/line1"),
            Some(line1.as_str()),
        ),
        Acked::Card { id, customer } => (
            format!("/v1/payment_methods/{id}"),
            Some("/customer"),
            Some(customer.as_str()),
        ),
        Acked::Subscription { id } => (format!("/v1/subscriptions/{id}"), None, None),
        Acked::PlanChange { subscription, price } => (
            format!("/v1/subscriptions/{subscription}"),
            Some("/price"),
            Some(price.as_str()),
        ),
    };
    match api.get(&path).await {
        Some((200, value)) => match (field, expected) {
            (Some(field), Some(expected)) if value.pointer(field).and_then(|v| v.as_str()) != Some(expected) => {
                Some(format!(
                    "{path}: {field} is {:?}, acknowledged {expected:?}",
                    value.pointer(field)
                ))
            }
            _ => None,
        },
        Some((status, _)) => Some(format!("{path}: {status}")),
        None => Some(format!("{path}: no answer")),
    }
}

/// Objects the database holds more than once for one of this run's idempotency
/// keys (each key's object carries the run's tag: an email, a return URL, and one
/// subscription and one card per customer).
async fn duplicates(db: &AnyPool, run: &str) -> Result<Vec<String>, String> {
    let customers = format!("{run}-%@chaos.example");
    let checks: [(&str, &str, String); 4] = [
        (
            "customers",
            "select email from customers where email like $1 group by email having count(*) > 1",
            customers.clone(),
        ),
        (
            "portal sessions",
            "select return_url from portal_sessions where return_url like $1 group by return_url having count(*) > 1",
            format!("https://merchant.example/back/{run}-%"),
        ),
        (
            "subscriptions",
            "select s.customer_id from subscriptions s join customers c on c.id = s.customer_id
             where c.email like $1 group by s.customer_id having count(*) > 1",
            customers.clone(),
        ),
        (
            "cards",
            "select p.customer_id from payment_methods p join customers c on c.id = p.customer_id
             where c.email like $1 group by p.customer_id having count(*) > 1",
            customers,
        ),
    ];
    let mut found = Vec::new();
    for (what, sql, pattern) in checks {
        let twice: Vec<String> = sqlx::query_scalar(sql)
            .bind(pattern)
            .fetch_all(db)
            .await
            .map_err(|e| format!("{what}: {e}"))?;
        found.extend(twice.into_iter().map(|k| format!("{what}: {k}")));
    }
    Ok(found)
}

/// Numbers missing from `1..=max` and numbers taken twice.
fn gaps_and_repeats(mut sequences: Vec<i64>) -> (Vec<i64>, Vec<i64>) {
    sequences.sort_unstable();
    let mut repeats: Vec<i64> = sequences.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect();
    repeats.dedup();
    let taken: HashSet<i64> = sequences.iter().copied().collect();
    let max = sequences.last().copied().unwrap_or(0);
    let gaps = (1..=max).filter(|n| !taken.contains(n)).collect();
    (gaps, repeats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_and_repeats_are_found() {
        assert_eq!(gaps_and_repeats(vec![3, 1, 2]), (vec![], vec![]));
        assert_eq!(gaps_and_repeats(vec![1, 3, 3, 3, 5]), (vec![2, 4], vec![3]));
        assert_eq!(gaps_and_repeats(vec![]), (vec![], vec![]));
    }
}
