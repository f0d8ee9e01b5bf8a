//! The events outbox. [`emit`] (or [`record`]) is called inside the transaction of
//! the change it reports, so a change and its event commit or roll back together.
//!
//! It lives in the store, not in the routes, so that `billing` and the routes both
//! call down into it and nothing below the routes imports them.

use paylera_shared::{
    event::{Event, EventData, EventRequest, EventType},
    ids::{EventId, TenantId},
};
use serde::Serialize;
use serde_json::Value;

use crate::domain::portal::summary::Action;

use crate::{
    db::{Db, Tx},
    domain::{from_unix, ids::Mint, now, page::Page},
    error::ApiError,
    store::{idempotency::InTransaction, list::Listing},
};

/// Where a change came from, copied onto its event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// `api`, `portal` or `system`.
    pub source: &'static str,
    pub portal_session: Option<String>,
    pub request_id: Option<String>,
    pub idempotency_key: Option<String>,
    /// The request's idempotency claim, completed in the change's transaction by
    /// [`Origin::commit`].
    pub idempotency: Option<InTransaction>,
}

impl Origin {
    /// Commits the transaction of a change whose `200` response is `response`,
    /// storing that response for idempotent replay in the same transaction, and
    /// hands the response back.
    pub async fn commit<T: Serialize>(&self, mut tx: Tx, response: T) -> Result<T, ApiError> {
        match &self.idempotency {
            Some(claim) => {
                claim.complete(&mut tx, &serde_json::to_vec(&response)?).await?;
                tx.commit().await?;
                claim.committed();
            }
            None => tx.commit().await?,
        }
        Ok(response)
    }

    /// A change made by Paylera itself (seeding, schedulers).
    pub fn system() -> Self {
        Self {
            source: "system",
            ..Self::default()
        }
    }
}

/// Records a `kind` event about `object` in `tx` (the change's own transaction).
pub async fn emit<T: Serialize>(
    tx: &mut Tx,
    tenant: &TenantId,
    kind: EventType,
    object: &T,
    previous_attributes: Option<Value>,
    origin: &Origin,
) -> Result<(), ApiError> {
    record(
        tx,
        tenant,
        kind,
        serde_json::to_value(object)?,
        previous_attributes,
        origin,
    )
    .await?;
    Ok(())
}

/// Writes one event in `tx` and returns it. Events caused in the portal also go
/// into their session's action log (for `portal.session.completed`).
pub async fn record(
    tx: &mut Tx,
    tenant: &TenantId,
    kind: EventType,
    object: Value,
    previous_attributes: Option<Value>,
    origin: &Origin,
) -> Result<Event, sqlx::Error> {
    let event = record_unlogged(tx, tenant, kind, object, previous_attributes, origin).await?;
    if let Some(session) = &event.portal_session {
        let action = Action {
            kind: event.kind,
            object_id: event
                .data
                .object
                .get("id")
                .and_then(|id| id.as_str())
                .unwrap_or_default()
                .to_owned(),
            at: event.created.timestamp(),
            changes: event.data.previous_attributes.clone().unwrap_or(Value::Null),
        };
        super::portal::record_action(tx, tenant, session, &action).await?;
    }
    Ok(event)
}

/// Writes one event in `tx` without adding it to a portal session's action log.
pub async fn record_unlogged(
    tx: &mut Tx,
    tenant: &TenantId,
    kind: EventType,
    object: Value,
    previous_attributes: Option<Value>,
    origin: &Origin,
) -> Result<Event, sqlx::Error> {
    let event = Event {
        id: EventId::mint(),
        object: "event".to_owned(),
        kind,
        created: now(),
        data: EventData {
            object,
            previous_attributes,
        },
        source: origin.source.to_owned(),
        portal_session: origin.portal_session.clone(),
        request: EventRequest {
            id: origin.request_id.clone(),
            idempotency_key: origin.idempotency_key.clone(),
        },
    };
    let data = serde_json::to_string(&event.data).map_err(|err| sqlx::Error::Encode(err.into()))?;
    sqlx::query(
        "insert into events (id, tenant_id, type, created, data, source, portal_session, request_id, idempotency_key)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(event.id.as_str())
    .bind(tenant.as_str())
    .bind(event.kind.as_str())
    .bind(event.created.timestamp())
    .bind(data)
    .bind(&event.source)
    .bind(&event.portal_session)
    .bind(&event.request.id)
    .bind(&event.request.idempotency_key)
    .execute(&mut **tx)
    .await?;
    Ok(event)
}

/// The columns [`EventRow`] reads.
pub(super) const COLUMNS: &str = "id, type, created, data, source, portal_session, request_id, idempotency_key";

/// An `events` row as selected with [`COLUMNS`] (also by the webhook dispatcher).
#[derive(sqlx::FromRow)]
pub(super) struct EventRow {
    pub(super) id: String,
    #[sqlx(rename = "type")]
    pub(super) kind: String,
    pub(super) created: i64,
    pub(super) data: String,
    pub(super) source: String,
    pub(super) portal_session: Option<String>,
    pub(super) request_id: Option<String>,
    pub(super) idempotency_key: Option<String>,
}

impl EventRow {
    pub(super) fn into_event(self) -> Result<Event, sqlx::Error> {
        Ok(Event {
            id: EventId::parse(&self.id).map_err(|err| sqlx::Error::Decode(err.into()))?,
            object: "event".to_owned(),
            kind: self
                .kind
                .parse()
                .map_err(|err: paylera_shared::wire_enum::UnknownValue| sqlx::Error::Decode(err.into()))?,
            created: from_unix(self.created),
            data: serde_json::from_str(&self.data).map_err(|err| sqlx::Error::Decode(err.into()))?,
            source: self.source,
            portal_session: self.portal_session,
            request: EventRequest {
                id: self.request_id,
                idempotency_key: self.idempotency_key,
            },
        })
    }
}

/// One event of `tenant`.
pub async fn get(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<Event>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!("select {COLUMNS} from events where tenant_id = $1 and id = $2"));
    let row: Option<EventRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(db.reader())
        .await?;
    row.map(EventRow::into_event).transpose()
}

/// Events some delivery of which was attempted and has not succeeded (still
/// retrying, or given up).
const UNDELIVERED: &str = "exists (select 1 from webhook_deliveries d
     where d.event_id = events.id and d.status in ('pending', 'failed') and d.attempts > 0)";

/// Events every delivery of which succeeded (and that had at least one).
const DELIVERED: &str = "exists (select 1 from webhook_deliveries d where d.event_id = events.id and d.status = 'succeeded')
     and not exists (select 1 from webhook_deliveries d where d.event_id = events.id and d.status in ('pending', 'failed'))";

/// A page of `tenant`'s events, newest first, optionally of one type and
/// (`delivered`) filtered by the outcome of their webhook deliveries.
/// `None` when the page's cursor names no event of this tenant.
pub async fn list(
    db: &Db,
    tenant: &TenantId,
    kind: Option<&str>,
    delivered: Option<bool>,
    page: &Page,
) -> Result<(Vec<Event>, bool), ApiError> {
    let (rows, has_more) = Listing::new("events", COLUMNS)
        .text("type = ?", kind)
        .only(match delivered {
            None => "1 = 1",
            Some(true) => DELIVERED,
            Some(false) => UNDELIVERED,
        })
        .fetch::<EventRow>(db, tenant, page)
        .await?;
    let events = rows
        .into_iter()
        .map(EventRow::into_event)
        .collect::<Result<Vec<_>, _>>()?;
    Ok((events, has_more))
}
