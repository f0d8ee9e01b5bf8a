//! Portal sessions and their action logs (configurations: [`super::portal_configurations`]).

use paylera_shared::ids::TenantId;

use crate::{
    db::{Db, Tx},
    domain::{
        page::Page,
        portal::{SessionStatus, summary::Action},
    },
    error::ApiError,
};

use super::{from_json, list::Listing, to_json};

/// A stored session.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SessionRow {
    pub id: String,
    pub tenant_id: String,
    pub customer_id: String,
    pub status: String,
    pub return_url: String,
    pub locale: String,
    /// The locale the merchant asked for (`None`: `auto`) or the customer chose.
    pub locale_requested: Option<String>,
    pub configuration: String,
    pub flow: Option<String>,
    pub created: i64,
    pub link_expires_at: i64,
    pub opened_at: Option<i64>,
    pub last_activity_at: i64,
    pub ended_at: Option<i64>,
    /// The merchant's metadata, a JSON object in text.
    pub metadata: String,
}

impl SessionRow {
    /// The stored status, typed. A value no status spells (a bug or a hand edit)
    /// reads as `revoked`: the session is refused rather than given a life it never
    /// had, and the token checks stay infallible.
    pub fn status(&self) -> SessionStatus {
        self.status.parse().unwrap_or(SessionStatus::Revoked)
    }
}

const COLUMNS: &str =
    "id, tenant_id, customer_id, status, return_url, locale, locale_requested, configuration, flow, created,
    link_expires_at, opened_at, last_activity_at, ended_at, metadata";

pub async fn insert(tx: &mut Tx, row: &SessionRow, link_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into portal_sessions (id, tenant_id, customer_id, link_hash, status, return_url, locale, configuration, flow,
            created, link_expires_at, last_activity_at, locale_requested, metadata)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10, $12, $13)",
    )
    .bind(&row.id)
    .bind(&row.tenant_id)
    .bind(&row.customer_id)
    .bind(link_hash)
    .bind(&row.status)
    .bind(&row.return_url)
    .bind(&row.locale)
    .bind(&row.configuration)
    .bind(&row.flow)
    .bind(row.created)
    .bind(row.link_expires_at)
    .bind(&row.locale_requested)
    .bind(&row.metadata)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Sets the locale session `id` speaks and, when the customer chose it, keeps the
/// choice (`requested`) so that nothing resolves it again.
pub async fn set_locale(tx: &mut Tx, id: &str, locale: &str, requested: Option<&str>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update portal_sessions set locale = $2, locale_requested = coalesce($3, locale_requested) where id = $1",
    )
    .bind(id)
    .bind(locale)
    .bind(requested)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// A session of `tenant`.
pub async fn get(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from portal_sessions where tenant_id = $1 and id = $2"
    )))
    .bind(tenant.as_str())
    .bind(id)
    .fetch_optional(db.reader())
    .await
}

/// The session a link secret's hash belongs to (any tenant: the secret is the credential).
pub async fn by_link_hash(tx: &mut Tx, hash: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from portal_sessions where link_hash = $1"
    )))
    .bind(hash)
    .fetch_optional(&mut **tx)
    .await
}

/// Opens a created session whose link is still valid. Exactly one of concurrent
/// exchanges of the same link sees `true`.
pub async fn open(tx: &mut Tx, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let opened = sqlx::query(
        "update portal_sessions set status = 'opened', opened_at = $2, last_activity_at = $2
         where id = $1 and status = 'created' and link_expires_at > $2",
    )
    .bind(id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(opened.rows_affected() == 1)
}

/// Moves a live session to an end status; `false` if it had already ended.
pub async fn end(tx: &mut Tx, id: &str, status: SessionStatus, now: i64) -> Result<bool, sqlx::Error> {
    let ended = sqlx::query(
        "update portal_sessions set status = $2, ended_at = $3 where id = $1 and status in ('created', 'opened')",
    )
    .bind(id)
    .bind(status.as_str())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(ended.rows_affected() == 1)
}

/// Claims the right to emit `portal.session.completed` (once per session).
pub async fn claim_completion(tx: &mut Tx, id: &str) -> Result<bool, sqlx::Error> {
    let claimed =
        sqlx::query("update portal_sessions set completion_emitted = 1 where id = $1 and completion_emitted = 0")
            .bind(id)
            .execute(&mut **tx)
            .await?;
    Ok(claimed.rows_affected() == 1)
}

/// Records customer activity (at most once a minute per session, to spare writes);
/// `true` when it wrote `now` as the session's last activity.
pub async fn touch(db: &Db, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    sqlx::query("update portal_sessions set last_activity_at = $2 where id = $1 and status = 'opened' and last_activity_at < $2 - 60")
        .bind(id)
        .bind(now)
        .execute(db.writer())
        .await
        .map(|touched| touched.rows_affected() == 1)
}

/// A page of session `id` rendered at `page` (ms) is shown: later than any page that
/// was hidden, it cancels the leaving.
pub async fn page_shown(tx: &mut Tx, id: &str, page: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update portal_sessions set
            present_page = case when present_page is null or present_page < $2 then $2 else present_page end,
            leaving_at = case when leaving_page <= $2 then null else leaving_at end,
            leaving_page = case when leaving_page <= $2 then null else leaving_page end
         where id = $1 and status = 'opened'",
    )
    .bind(id)
    .bind(page)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// A page of session `id` rendered at `page` (ms) is hidden at `now`: unless a later
/// page was shown already, the session is leaving.
pub async fn page_hidden(tx: &mut Tx, id: &str, page: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update portal_sessions set leaving_at = $3, leaving_page = $2
         where id = $1 and status = 'opened' and (present_page is null or present_page <= $2)",
    )
    .bind(id)
    .bind(page)
    .bind(now)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Opened sessions whose last page was hidden at `before` or earlier.
pub async fn left(db: &Db, before: i64) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from portal_sessions
         where leaving_at is not null and leaving_at <= $1 and status = 'opened'
         order by leaving_at limit 500"
    )))
    .bind(before)
    .fetch_all(db.reader())
    .await
}

/// Records an action taken in a session.
pub async fn record_action(tx: &mut Tx, tenant: &TenantId, session: &str, action: &Action) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into portal_session_actions (tenant_id, session_id, kind, object_id, at, changes) values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(tenant.as_str())
    .bind(session)
    .bind(action.kind.as_str())
    .bind(&action.object_id)
    .bind(action.at)
    .bind(to_json(&action.changes)?)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// The actions of a session, in order.
pub async fn actions(tx: &mut Tx, session: &str) -> Result<Vec<Action>, sqlx::Error> {
    let rows: Vec<ActionRow> = sqlx::query_as(
        "select session_id, kind, object_id, at, changes from portal_session_actions where session_id = $1 order by seq",
    )
    .bind(session)
    .fetch_all(&mut **tx)
    .await?;
    rows.into_iter()
        .map(|row| row.into_action().map(|(_, action)| action))
        .collect()
}

/// The actions of each of `tenant`'s `sessions`, as `(session, action)` in the order
/// recorded (one query for a whole page of sessions).
pub async fn actions_of(db: &Db, tenant: &TenantId, sessions: &[&str]) -> Result<Vec<(String, Action)>, sqlx::Error> {
    if sessions.is_empty() {
        return Ok(Vec::new());
    }
    let sql = sqlx::AssertSqlSafe(format!(
        "select session_id, kind, object_id, at, changes from portal_session_actions
         where tenant_id = $1 and session_id in ({}) order by seq",
        super::placeholders(2, sessions.len())
    ));
    let mut query = sqlx::query_as::<_, ActionRow>(sql).bind(tenant.as_str());
    for session in sessions {
        query = query.bind(*session);
    }
    let rows = query.fetch_all(db.reader()).await?;
    rows.into_iter().map(ActionRow::into_action).collect()
}

/// A stored action, with its session.
#[derive(sqlx::FromRow)]
struct ActionRow {
    session_id: String,
    kind: String,
    object_id: String,
    at: i64,
    changes: String,
}

impl ActionRow {
    fn into_action(self) -> Result<(String, Action), sqlx::Error> {
        let action = Action {
            kind: super::parse_stored(&self.kind)?,
            object_id: self.object_id,
            at: self.at,
            changes: from_json(&self.changes)?,
        };
        Ok((self.session_id, action))
    }
}

/// A page of `tenant`'s sessions, newest first, optionally of one customer and in one
/// state.
pub async fn list(
    db: &Db,
    tenant: &TenantId,
    customer: Option<&str>,
    status: Option<&str>,
    metadata: &std::collections::BTreeMap<String, String>,
    page: &Page,
) -> Result<(Vec<SessionRow>, bool), ApiError> {
    Listing::new("portal_sessions", COLUMNS)
        .text("customer_id = ?", customer)
        .text("status = ?", status)
        .metadata(metadata)
        .fetch::<SessionRow>(db, tenant, page)
        .await
}

/// Live sessions that should have ended by `now`: links never used past their expiry,
/// opened sessions idle or past their absolute lifetime.
pub async fn overdue(db: &Db, now: i64, idle_secs: i64, max_secs: i64) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from portal_sessions
         where (status = 'created' and link_expires_at <= $1)
            or (status = 'opened' and (last_activity_at <= $1 - $2 or opened_at <= $1 - $3))
         order by seq limit 500"
    )))
    .bind(now)
    .bind(idle_secs)
    .bind(max_secs)
    .fetch_all(db.reader())
    .await
}

/// Counts a client's exchange attempts in the last minute and records this one.
pub async fn count_exchange_attempt(db: &Db, client: &str, now: i64) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    sqlx::query("delete from portal_exchange_attempts where at < $1")
        .bind(now - 60)
        .execute(&mut *tx)
        .await?;
    sqlx::query("insert into portal_exchange_attempts (client, at) values ($1, $2)")
        .bind(client)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    let count: i64 = sqlx::query_scalar("select count(*) from portal_exchange_attempts where client = $1")
        .bind(client)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(count)
}

/// The customer that owns an object of `table` (a constant, never input).
pub async fn owner_of(
    db: &Db,
    table: &'static str,
    tenant: &TenantId,
    id: &str,
) -> Result<Option<String>, sqlx::Error> {
    let owner: Option<Option<String>> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select customer_id from {table} where tenant_id = $1 and id = $2"
    )))
    .bind(tenant.as_str())
    .bind(id)
    .fetch_optional(db.reader())
    .await?;
    Ok(owner.flatten())
}
