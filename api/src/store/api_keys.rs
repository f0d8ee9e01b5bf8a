//! A tenant's secret API keys as the dashboard manages them (the lookup on every
//! request is [`super::tenants::find_key`]).

use paylera_shared::{
    api_key::{ApiKey, KeyMode},
    ids::{ApiKeyId, TenantId},
};

use super::parse_stored;
use crate::{
    db::{Db, Tx},
    domain::{
        api_key::{Mode, NewApiKey},
        from_unix,
        ids::Mint,
    },
};

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    livemode: i64,
    name: Option<String>,
    key_hint: String,
    created: i64,
    expires_at: Option<i64>,
    revoked_at: Option<i64>,
}

impl Row {
    fn into_key(self) -> Result<ApiKey, sqlx::Error> {
        Ok(ApiKey {
            id: parse_stored(&self.id)?,
            object: "api_key".to_owned(),
            mode: if self.livemode == 1 {
                KeyMode::Live
            } else {
                KeyMode::Test
            },
            name: self.name,
            hint: self.key_hint,
            secret: None,
            created: from_unix(self.created),
            expires_at: self.expires_at.map(from_unix),
            revoked_at: self.revoked_at.map(from_unix),
        })
    }
}

const COLUMNS: &str = "id, livemode, name, key_hint, created, expires_at, revoked_at";

/// The tenant's keys, newest first.
pub async fn list(db: &Db, tenant: &TenantId) -> Result<Vec<ApiKey>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from api_keys where tenant_id = $1 order by created desc, id"
    )))
    .bind(tenant.as_str())
    .fetch_all(db.reader())
    .await?;
    rows.into_iter().map(Row::into_key).collect()
}

/// The tenant's key `id`, read in `tx`.
pub async fn get(tx: &mut Tx, tenant: &TenantId, id: &str) -> Result<Option<ApiKey>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from api_keys where tenant_id = $1 and id = $2"
    )))
    .bind(tenant.as_str())
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(Row::into_key).transpose()
}

/// A new key; the answer carries its secret, once.
pub async fn create(
    tx: &mut Tx,
    tenant: &TenantId,
    mode: KeyMode,
    name: Option<&str>,
    at: i64,
) -> Result<ApiKey, sqlx::Error> {
    let mode = match mode {
        KeyMode::Test => Mode::Test,
        KeyMode::Live => Mode::Live,
    };
    let key = NewApiKey::generate(mode);
    let id = ApiKeyId::mint();
    sqlx::query(
        "insert into api_keys (id, tenant_id, key_hash, key_hint, created, livemode, name) values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id.as_str())
    .bind(tenant.as_str())
    .bind(&key.hash)
    .bind(&key.hint)
    .bind(at)
    .bind(i64::from(mode.is_live()))
    .bind(name)
    .execute(&mut **tx)
    .await?;
    let mut created = get(tx, tenant, id.as_str()).await?.ok_or(sqlx::Error::RowNotFound)?;
    created.secret = Some(key.secret);
    Ok(created)
}

/// Ends key `id` at `at` (a roll's overlap: it works until then), unless it ends sooner.
pub async fn expire(tx: &mut Tx, tenant: &TenantId, id: &str, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update api_keys set expires_at = $3 where tenant_id = $1 and id = $2 and (expires_at is null or expires_at > $3)",
    )
    .bind(tenant.as_str())
    .bind(id)
    .bind(at)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Revokes key `id` now.
pub async fn revoke(tx: &mut Tx, tenant: &TenantId, id: &str, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("update api_keys set revoked_at = $3 where tenant_id = $1 and id = $2 and revoked_at is null")
        .bind(tenant.as_str())
        .bind(id)
        .bind(at)
        .execute(&mut **tx)
        .await
        .map(drop)
}
