//! Tenants and their API keys.

use paylera_shared::ids::{ApiKeyId, TenantId};
use paylera_shared::version::ApiVersion;

use crate::{
    db::{Db, Tx},
    domain::{
        api_key::{Mode, NewApiKey},
        billing::invoice::invoice_prefix,
        ids::Mint,
        now,
    },
};

/// A tenant just created, with its secret keys (shown once, never stored).
#[derive(Debug)]
pub struct CreatedTenant {
    pub id: TenantId,
    pub name: String,
    /// The test-mode key (`sk_test_…`).
    pub secret_key: String,
    /// The live-mode key (`sk_live_…`).
    pub live_secret_key: String,
}

/// Who a valid key belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyOwner {
    pub tenant_id: TenantId,
    pub key_id: ApiKeyId,
    pub mode: Mode,
    /// The tenant's pinned API version, read with the key (no second query per request).
    pub api_version: ApiVersion,
}

/// Creates a tenant and its first secret keys, one per mode, in `tx`.
pub async fn create(tx: &mut Tx, name: &str) -> Result<CreatedTenant, sqlx::Error> {
    let id = TenantId::mint();
    let created = now().timestamp();
    sqlx::query("insert into tenants (id, name, created, api_version) values ($1, $2, $3, $4)")
        .bind(id.as_str())
        .bind(name)
        .bind(created)
        .bind(ApiVersion::CURRENT.as_str())
        .execute(&mut **tx)
        .await?;
    let mut keys = Vec::new();
    for mode in [Mode::Test, Mode::Live] {
        let key = NewApiKey::generate(mode);
        sqlx::query(
            "insert into api_keys (id, tenant_id, key_hash, key_hint, created, livemode) values ($1, $2, $3, $4, $5, $6)",
        )
        .bind(ApiKeyId::mint().as_str())
        .bind(id.as_str())
        .bind(&key.hash)
        .bind(&key.hint)
        .bind(created)
        .bind(i64::from(mode.is_live()))
        .execute(&mut **tx)
        .await?;
        keys.push(key.secret);
    }
    super::billing_settings::create(tx, &id, &invoice_prefix(name)).await?;
    let default = super::portal_configurations::create(tx, &id, None, &Default::default()).await?;
    super::portal_configurations::make_default(tx, &id, &default.id).await?;
    let live_secret_key = keys.pop().unwrap_or_default();
    Ok(CreatedTenant {
        id,
        name: name.to_owned(),
        secret_key: keys.pop().unwrap_or_default(),
        live_secret_key,
    })
}

/// The owner of an active key with this hash, if any.
pub async fn find_key(db: &Db, key_hash: &str) -> Result<Option<KeyOwner>, sqlx::Error> {
    let row: Option<(String, String, i64, String)> = sqlx::query_as(
        "select k.tenant_id, k.id, k.livemode, t.api_version from api_keys k join tenants t on t.id = k.tenant_id
         where k.key_hash = $1 and k.revoked_at is null and (k.expires_at is null or k.expires_at > $2)",
    )
    .bind(key_hash)
    .bind(now().timestamp())
    .fetch_optional(db.reader())
    .await?;
    Ok(row.and_then(|(tenant, key, livemode, api_version)| {
        Some(KeyOwner {
            tenant_id: TenantId::parse(&tenant).ok()?,
            key_id: ApiKeyId::parse(&key).ok()?,
            mode: if livemode == 1 { Mode::Live } else { Mode::Test },
            api_version: api_version.parse().ok()?,
        })
    }))
}

/// The API version `tenant` is pinned to (what its requests without `Paylera-Version`
/// get, and its webhooks carry).
pub async fn api_version(db: &Db, tenant: &TenantId) -> Result<ApiVersion, sqlx::Error> {
    let stored: String = sqlx::query_scalar("select api_version from tenants where id = $1")
        .bind(tenant.as_str())
        .fetch_one(db.reader())
        .await?;
    super::parse_stored(&stored)
}

/// Pins `tenant` to `version` (its requests without a header and its webhooks).
pub async fn set_api_version(db: &Db, tenant: &TenantId, version: ApiVersion) -> Result<(), sqlx::Error> {
    sqlx::query("update tenants set api_version = $1 where id = $2")
        .bind(version.as_str())
        .bind(tenant.as_str())
        .execute(db.writer())
        .await?;
    Ok(())
}

/// How many tenants exist (the demo seed runs only on an empty database).
pub async fn count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("select count(*) from tenants")
        .fetch_one(db.reader())
        .await
}

/// Every tenant's id (the scheduler walks them).
pub async fn all_ids(db: &Db) -> Result<Vec<TenantId>, sqlx::Error> {
    let ids: Vec<String> = sqlx::query_scalar("select id from tenants order by id")
        .fetch_all(db.reader())
        .await?;
    ids.iter().map(|id| super::parse_stored(id)).collect()
}

/// A tenant's display name.
pub async fn name(db: &Db, tenant: &TenantId) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("select name from tenants where id = $1")
        .bind(tenant.as_str())
        .fetch_one(db.reader())
        .await
}

/// [`name`] inside a transaction.
pub async fn name_in(tx: &mut Tx, tenant: &TenantId) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("select name from tenants where id = $1")
        .bind(tenant.as_str())
        .fetch_one(&mut **tx)
        .await
}
