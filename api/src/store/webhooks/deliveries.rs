//! Webhook deliveries: the fan-out of events to endpoints, claiming due deliveries,
//! recording each attempt's result, resends, and the attempt log (see the parent
//! module for the claiming scheme).

use paylera_shared::{
    event::{Event, EventType},
    ids::TenantId,
    version::ApiVersion,
    webhook::{DeliveryStatus, WebhookAttempt, WebhookDelivery},
};

use super::{Slot, secret_of};
use crate::store::list::Listing;
use crate::store::{events::EventRow, from_json, parse_stored, placeholders};
use crate::{
    db::{Backend, Db, Tx},
    domain::{from_unix, ids::random_base62, page::Page, webhook::SigningSecret},
    error::ApiError,
    secrets::Sealer,
};

// ----------------------------------------------------------------------------
// Fan-out: events → deliveries
// ----------------------------------------------------------------------------

#[derive(sqlx::FromRow)]
struct PendingEvent {
    seq: i64,
    id: String,
    tenant_id: String,
    #[sqlx(rename = "type")]
    kind: String,
    created: i64,
}

#[derive(sqlx::FromRow)]
struct Subscriber {
    id: String,
    enabled_events: String,
    created: i64,
}

/// Turns up to `limit` events not yet fanned out into one pending delivery per
/// matching enabled endpoint (due at once), and marks them fanned out — all in one
/// transaction, idempotent (`on conflict do nothing`). Returns how many events.
pub async fn fan_out(db: &Db, limit: i64) -> Result<usize, sqlx::Error> {
    let mut tx = db.begin().await?;
    let lock = match db.backend() {
        Backend::Postgres => " for update skip locked",
        Backend::Sqlite => "",
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "select seq, id, tenant_id, type, created from events where webhooks_pending = 1 order by seq limit $1{lock}"
    ));
    let events: Vec<PendingEvent> = sqlx::query_as(sql).bind(limit).fetch_all(&mut *tx).await?;
    if events.is_empty() {
        return Ok(0);
    }
    let mut subscribers: std::collections::HashMap<String, Vec<Subscriber>> = Default::default();
    for event in &events {
        if !subscribers.contains_key(&event.tenant_id) {
            let rows: Vec<Subscriber> = sqlx::query_as(
                "select id, enabled_events, created from webhook_endpoints
                 where tenant_id = $1 and status = 'enabled' and deleted_at is null",
            )
            .bind(&event.tenant_id)
            .fetch_all(&mut *tx)
            .await?;
            subscribers.insert(event.tenant_id.clone(), rows);
        }
        let kind: EventType = event
            .kind
            .parse()
            .map_err(|err: paylera_shared::wire_enum::UnknownValue| sqlx::Error::Decode(err.into()))?;
        for endpoint in subscribers.get(&event.tenant_id).into_iter().flatten() {
            let enabled: Vec<String> = from_json(&endpoint.enabled_events)?;
            if endpoint.created > event.created || !crate::domain::webhook::matches(&enabled, kind) {
                continue;
            }
            sqlx::query(
                "insert into webhook_deliveries (tenant_id, event_id, endpoint_id, status, next_attempt_at, created)
                 values ($1, $2, $3, 'pending', $4, $4)
                 on conflict (event_id, endpoint_id) do nothing",
            )
            .bind(&event.tenant_id)
            .bind(&event.id)
            .bind(&endpoint.id)
            .bind(event.created)
            .execute(&mut *tx)
            .await?;
        }
    }
    let seqs: Vec<i64> = events.iter().map(|e| e.seq).collect();
    let sql = sqlx::AssertSqlSafe(format!(
        "update events set webhooks_pending = 0 where seq in ({})",
        placeholders(1, seqs.len())
    ));
    let mut update = sqlx::query(sql);
    for seq in &seqs {
        update = update.bind(seq);
    }
    update.execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(events.len())
}

// ----------------------------------------------------------------------------
// Claiming and finishing deliveries
// ----------------------------------------------------------------------------

/// A claimed delivery with everything needed to send it.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub seq: i64,
    pub tenant_id: String,
    pub endpoint_id: String,
    pub url: String,
    pub secret: SigningSecret,
    pub previous_secret: Option<SigningSecret>,
    pub previous_secret_expires_at: Option<i64>,
    /// The endpoint was made with a live key (decides where it may point).
    pub livemode: bool,
    /// Attempts made before this one.
    pub attempts: i64,
    /// The start of this delivery's retry window.
    pub created: i64,
    pub event: Event,
    /// The tenant's pinned API version: the shapes the payload is sent in.
    pub api_version: ApiVersion,
    /// The claim's token: results are written only while it still holds the row.
    pub claim: String,
}

#[derive(sqlx::FromRow)]
struct ClaimedRow {
    seq: i64,
    tenant_id: String,
    attempts: i64,
    delivery_created: i64,
    endpoint_id: String,
    url: String,
    secret: String,
    previous_secret: Option<String>,
    livemode: i64,
    previous_secret_expires_at: Option<i64>,
    event_id: String,
    event_type: String,
    event_created: i64,
    data: String,
    source: String,
    portal_session: Option<String>,
    request_id: Option<String>,
    idempotency_key: Option<String>,
    api_version: String,
}

/// What the dispatcher may take in one claim.
#[derive(Debug, Clone)]
pub struct ClaimRequest<'a> {
    /// Due at or before this time (unix seconds).
    pub now: i64,
    /// The claim's lease ends here: the row is due again if no result comes.
    pub lease_until: i64,
    /// At most this many rows.
    pub limit: usize,
    /// How many more rows each endpoint may take (endpoints not listed: `per_endpoint`).
    pub room: &'a std::collections::HashMap<String, usize>,
    pub per_endpoint: usize,
    /// Opens the endpoints' signing secrets.
    pub sealer: &'a Sealer,
}

/// Claims due deliveries of enabled endpoints, respecting each endpoint's room.
///
/// Per endpoint, not globally oldest first: first the endpoints that have due work
/// (in random order, so none waits behind the others), then up to each one's room
/// of its oldest due rows. A dead endpoint's backlog therefore never fills a claim
/// and never delays another endpoint's deliveries.
///
/// PostgreSQL: `for update skip locked`, so concurrent dispatchers take disjoint
/// rows without waiting; SQLite: the single writer serialises claims.
pub async fn claim_due(db: &Db, request: &ClaimRequest<'_>) -> Result<Vec<Claimed>, sqlx::Error> {
    if request.limit == 0 {
        return Ok(Vec::new());
    }
    // An endpoint's oldest due rows; PostgreSQL skips rows another dispatcher holds.
    let due_of_endpoint: &'static str = match db.backend() {
        Backend::Postgres => {
            "select seq from webhook_deliveries
             where endpoint_id = $1 and status = 'pending' and next_attempt_at <= $2
             order by next_attempt_at, seq limit $3 for update skip locked"
        }
        Backend::Sqlite => {
            "select seq from webhook_deliveries
             where endpoint_id = $1 and status = 'pending' and next_attempt_at <= $2
             order by next_attempt_at, seq limit $3"
        }
    };
    let mut tx = db.begin().await?;
    let busy: Vec<String> = sqlx::query_scalar(
        "select e.id from webhook_endpoints e
         where e.status = 'enabled' and e.deleted_at is null
           and exists (select 1 from webhook_deliveries d
                       where d.endpoint_id = e.id and d.status = 'pending' and d.next_attempt_at <= $1)
         order by random() limit $2",
    )
    .bind(request.now)
    // Endpoints already at their limit come back too (and are skipped): make room for them.
    .bind(i64::try_from(request.limit + request.room.len()).unwrap_or(i64::MAX))
    .fetch_all(&mut *tx)
    .await?;
    let mut picked: Vec<i64> = Vec::new();
    for endpoint in busy {
        let left = request.limit - picked.len();
        let room = request
            .room
            .get(&endpoint)
            .copied()
            .unwrap_or(request.per_endpoint)
            .min(left);
        if room == 0 {
            continue;
        }
        let seqs: Vec<i64> = sqlx::query_scalar(due_of_endpoint)
            .bind(&endpoint)
            .bind(request.now)
            .bind(i64::try_from(room).unwrap_or(i64::MAX))
            .fetch_all(&mut *tx)
            .await?;
        picked.extend(seqs);
        if picked.len() >= request.limit {
            break;
        }
    }
    if picked.is_empty() {
        return Ok(Vec::new());
    }
    let token = random_base62(24);
    let sql = sqlx::AssertSqlSafe(format!(
        "update webhook_deliveries set next_attempt_at = $1, claim = $2
         where status = 'pending' and next_attempt_at <= $3 and seq in ({})",
        placeholders(4, picked.len())
    ));
    let mut update = sqlx::query(sql)
        .bind(request.lease_until)
        .bind(&token)
        .bind(request.now);
    for seq in &picked {
        update = update.bind(seq);
    }
    update.execute(&mut *tx).await?;
    let rows: Vec<ClaimedRow> = sqlx::query_as(
        "select d.seq, d.tenant_id, d.attempts, d.created as delivery_created, e.id as endpoint_id, e.url,
                e.secret, e.previous_secret, e.previous_secret_expires_at, e.livemode,
                ev.id as event_id, ev.type as event_type, ev.created as event_created, ev.data, ev.source,
                ev.portal_session, ev.request_id, ev.idempotency_key, t.api_version
         from webhook_deliveries d
         join webhook_endpoints e on e.id = d.endpoint_id
         join events ev on ev.id = d.event_id
         join tenants t on t.id = d.tenant_id
         where d.claim = $1
         order by d.next_attempt_at, d.seq",
    )
    .bind(&token)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    rows.into_iter()
        .map(|row| {
            let secret = secret_of(request.sealer, &row.endpoint_id, Slot::Current, &row.secret)?;
            let previous_secret = row
                .previous_secret
                .as_deref()
                .map(|p| secret_of(request.sealer, &row.endpoint_id, Slot::Previous, p))
                .transpose()?;
            Ok(Claimed {
                seq: row.seq,
                tenant_id: row.tenant_id,
                endpoint_id: row.endpoint_id,
                url: row.url,
                secret,
                previous_secret,
                livemode: row.livemode == 1,
                previous_secret_expires_at: row.previous_secret_expires_at,
                attempts: row.attempts,
                created: row.delivery_created,
                event: EventRow {
                    id: row.event_id,
                    kind: row.event_type,
                    created: row.event_created,
                    data: row.data,
                    source: row.source,
                    portal_session: row.portal_session,
                    request_id: row.request_id,
                    idempotency_key: row.idempotency_key,
                }
                .into_event()?,
                api_version: parse_stored(&row.api_version)?,
                claim: token.clone(),
            })
        })
        .collect()
}

/// One HTTP attempt, for the log.
#[derive(Debug, Clone)]
pub struct AttemptRecord {
    pub attempted_at: i64,
    pub status_code: Option<u16>,
    pub error: Option<String>,
    pub latency_ms: i64,
    pub response_body: Option<String>,
    pub success: bool,
}

/// What an attempt means for its delivery and endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Delivered: the delivery succeeded and the endpoint is healthy.
    Delivered,
    /// Failed; try again at this time.
    RetryAt(i64),
    /// Failed for good (schedule exhausted); the endpoint is disabled with this
    /// message if it has been failing, without a success, since `failing_since`
    /// or earlier (the whole retry window).
    Exhausted { message: String, failing_since: i64 },
    /// `410 Gone`: the delivery fails and the endpoint is disabled.
    Gone { message: String },
}

/// Logs an attempt and applies its resolution, in one transaction. The delivery
/// changes only while `claimed.claim` still holds it. Returns whether it did.
pub async fn finish(
    db: &Db,
    claimed: &Claimed,
    attempt: &AttemptRecord,
    resolution: &Resolution,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "insert into webhook_attempts (id, tenant_id, event_id, endpoint_id, attempted_at, status_code, error,
             latency_ms, response_body, success)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(format!("wha_{}", random_base62(24)))
    .bind(&claimed.tenant_id)
    .bind(claimed.event.id.as_str())
    .bind(&claimed.endpoint_id)
    .bind(attempt.attempted_at)
    .bind(attempt.status_code.map(i64::from))
    .bind(&attempt.error)
    .bind(attempt.latency_ms)
    .bind(&attempt.response_body)
    .bind(i64::from(attempt.success))
    .execute(&mut *tx)
    .await?;
    let (status, next) = match resolution {
        Resolution::Delivered => (DeliveryStatus::Succeeded, attempt.attempted_at),
        Resolution::RetryAt(at) => (DeliveryStatus::Pending, *at),
        Resolution::Exhausted { .. } | Resolution::Gone { .. } => (DeliveryStatus::Failed, attempt.attempted_at),
    };
    let held = sqlx::query(
        "update webhook_deliveries set status = $1, next_attempt_at = $2, attempts = attempts + 1,
             last_attempt_at = $3, claim = null
         where seq = $4 and claim = $5",
    )
    .bind(status.as_str())
    .bind(next)
    .bind(attempt.attempted_at)
    .bind(claimed.seq)
    .bind(&claimed.claim)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if held {
        let endpoint = &claimed.endpoint_id;
        match resolution {
            Resolution::Delivered => {
                // Only when set: an unconditional update would lock the endpoint's row in
                // every delivery's transaction and serialise them (one commit at a time).
                sqlx::query(
                    "update webhook_endpoints set failing_since = null where id = $1 and failing_since is not null",
                )
                .bind(endpoint)
                .execute(&mut *tx)
                .await?;
            }
            Resolution::RetryAt(_) => {
                sqlx::query("update webhook_endpoints set failing_since = $1 where id = $2 and failing_since is null")
                    .bind(attempt.attempted_at)
                    .bind(endpoint)
                    .execute(&mut *tx)
                    .await?;
            }
            Resolution::Exhausted { message, failing_since } => {
                sqlx::query("update webhook_endpoints set failing_since = $1 where id = $2 and failing_since is null")
                    .bind(attempt.attempted_at)
                    .bind(endpoint)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "update webhook_endpoints set status = 'disabled', disabled_reason = 'failing', disabled_message = $1
                     where id = $2 and status = 'enabled' and failing_since <= $3",
                )
                .bind(message)
                .bind(endpoint)
                .bind(failing_since)
                .execute(&mut *tx)
                .await?;
            }
            Resolution::Gone { message } => {
                sqlx::query(
                    "update webhook_endpoints set status = 'disabled', disabled_reason = 'gone', disabled_message = $1
                     where id = $2 and status = 'enabled'",
                )
                .bind(message)
                .bind(endpoint)
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(held)
}

/// Queues a new `event` for `endpoint` alone, due at `now`: the fan-out skips it
/// (no other endpoint gets it). For test events.
pub async fn deliver_only_to(
    tx: &mut Tx,
    tenant: &TenantId,
    event: &str,
    endpoint: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("update events set webhooks_pending = 0 where id = $1 and tenant_id = $2")
        .bind(event)
        .bind(tenant.as_str())
        .execute(&mut **tx)
        .await?;
    resend(tx, tenant, event, endpoint, now).await
}

/// Queues `event` for `endpoint` again, due at `now`, with a fresh retry window.
pub async fn resend(tx: &mut Tx, tenant: &TenantId, event: &str, endpoint: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into webhook_deliveries (tenant_id, event_id, endpoint_id, status, next_attempt_at, created)
         values ($1, $2, $3, 'pending', $4, $4)
         on conflict (event_id, endpoint_id) do update set status = 'pending', attempts = 0,
             next_attempt_at = $4, created = $4, claim = null",
    )
    .bind(tenant.as_str())
    .bind(event)
    .bind(endpoint)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct DeliveryRow {
    event_id: String,
    endpoint_id: String,
    status: String,
    attempts: i64,
    next_attempt_at: i64,
}

/// The delivery of `event` to `endpoint`, if any.
pub async fn delivery(
    db: &Db,
    tenant: &TenantId,
    event: &str,
    endpoint: &str,
) -> Result<Option<WebhookDelivery>, sqlx::Error> {
    let row: Option<DeliveryRow> = sqlx::query_as(
        "select event_id, endpoint_id, status, attempts, next_attempt_at from webhook_deliveries
         where tenant_id = $1 and event_id = $2 and endpoint_id = $3",
    )
    .bind(tenant.as_str())
    .bind(event)
    .bind(endpoint)
    .fetch_optional(db.reader())
    .await?;
    row.map(|row| {
        let status: DeliveryStatus = parse_stored(&row.status)?;
        Ok(WebhookDelivery {
            object: "webhook_delivery".to_owned(),
            event: row.event_id,
            endpoint: row.endpoint_id,
            next_attempt_at: (status == DeliveryStatus::Pending).then(|| from_unix(row.next_attempt_at)),
            status,
            attempts: row.attempts,
        })
    })
    .transpose()
}

// ----------------------------------------------------------------------------
// The log and the events filter
// ----------------------------------------------------------------------------

#[derive(sqlx::FromRow)]
struct AttemptRow {
    id: String,
    event_id: String,
    endpoint_id: String,
    attempted_at: i64,
    status_code: Option<i64>,
    error: Option<String>,
    latency_ms: i64,
    response_body: Option<String>,
    success: i64,
}

const ATTEMPT_COLUMNS: &str =
    "id, event_id, endpoint_id, attempted_at, status_code, error, latency_ms, response_body, success";

/// A page of an endpoint's attempts, newest first, optionally of one event.
pub async fn list_attempts(
    db: &Db,
    tenant: &TenantId,
    endpoint: &str,
    event: Option<&str>,
    page: &Page,
) -> Result<(Vec<WebhookAttempt>, bool), ApiError> {
    let (rows, has_more) = Listing::new("webhook_attempts", ATTEMPT_COLUMNS)
        .created_column("attempted_at")
        .text("endpoint_id = ?", Some(endpoint))
        .text("event_id = ?", event)
        .fetch::<AttemptRow>(db, tenant, page)
        .await?;
    let attempts = rows
        .into_iter()
        .map(|row| WebhookAttempt {
            id: row.id,
            object: "webhook_attempt".to_owned(),
            event: row.event_id,
            endpoint: row.endpoint_id,
            attempted_at: from_unix(row.attempted_at),
            status_code: row.status_code.and_then(|s| u16::try_from(s).ok()),
            error: row.error,
            latency_ms: row.latency_ms,
            response_body: row.response_body,
            success: row.success != 0,
        })
        .collect();
    Ok((attempts, has_more))
}

/// Whether any event waits for fan-out, and whether any delivery is due at `now`
/// (two index probes on the read pool, so an idle dispatcher never takes the writer).
pub async fn has_work(db: &Db, now: i64) -> Result<(bool, bool), sqlx::Error> {
    let events: Option<i64> = sqlx::query_scalar("select seq from events where webhooks_pending = 1 limit 1")
        .fetch_optional(db.reader())
        .await?;
    let due: Option<i64> = sqlx::query_scalar(
        "select d.seq from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
         where d.status = 'pending' and d.next_attempt_at <= $1 and e.status = 'enabled' and e.deleted_at is null
         limit 1",
    )
    .bind(now)
    .fetch_optional(db.reader())
    .await?;
    Ok((events.is_some(), due.is_some()))
}
