//! A tenant's portal configurations (`bpc_…`), its default among them, and the audit
//! log of their changes (ADR 0014).

use paylera_shared::{
    ids::{PortalConfigurationId, TenantId},
    portal::configuration::ConfigurationAuditEntry,
};
use serde_json::{Map, Value};

use super::{from_json, parse_stored, to_json};
use crate::{
    db::{Db, Tx},
    domain::{from_unix, ids::Mint, now, portal::features::PortalConfiguration},
};

/// A stored configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredConfiguration {
    pub id: PortalConfigurationId,
    pub name: Option<String>,
    pub is_default: bool,
    pub settings: PortalConfiguration,
    pub created: i64,
    pub updated: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    name: Option<String>,
    is_default: i64,
    configuration: String,
    created: i64,
    updated: i64,
}

impl Row {
    fn into_stored(self) -> Result<StoredConfiguration, sqlx::Error> {
        Ok(StoredConfiguration {
            id: parse_stored(&self.id)?,
            name: self.name,
            is_default: self.is_default != 0,
            settings: from_json(&self.configuration)?,
            created: self.created,
            updated: self.updated,
        })
    }
}

const COLUMNS: &str = "id, name, is_default, configuration, created, updated";

/// The settings of the tenant's default configuration.
pub async fn default_settings(db: &Db, tenant: &TenantId) -> Result<PortalConfiguration, sqlx::Error> {
    Ok(find_default(db, tenant).await?.settings)
}

/// The tenant's default configuration (every tenant has one from its creation).
pub async fn find_default(db: &Db, tenant: &TenantId) -> Result<StoredConfiguration, sqlx::Error> {
    let row: Row = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from portal_configurations where tenant_id = $1 and is_default = 1"
    )))
    .bind(tenant.as_str())
    .fetch_one(db.reader())
    .await?;
    row.into_stored()
}

pub async fn find(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<StoredConfiguration>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from portal_configurations where tenant_id = $1 and id = $2"
    )))
    .bind(tenant.as_str())
    .bind(id)
    .fetch_optional(db.reader())
    .await?;
    row.map(Row::into_stored).transpose()
}

/// Every configuration of the tenant, oldest first.
pub async fn list(db: &Db, tenant: &TenantId) -> Result<Vec<StoredConfiguration>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from portal_configurations where tenant_id = $1 order by seq"
    )))
    .bind(tenant.as_str())
    .fetch_all(db.reader())
    .await?;
    rows.into_iter().map(Row::into_stored).collect()
}

/// How many configurations the tenant has.
pub async fn count(tx: &mut Tx, tenant: &TenantId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("select count(*) from portal_configurations where tenant_id = $1")
        .bind(tenant.as_str())
        .fetch_one(&mut **tx)
        .await
}

/// Reads configuration `id` (the default when `None`) for an update in `tx`, holding its
/// row until commit: a no-op write first takes the row lock on PostgreSQL (SQLite has one
/// writer), so two partial updates cannot both start from the same old value and lose
/// one's fields.
pub async fn lock(
    tx: &mut Tx,
    tenant: &TenantId,
    id: Option<&str>,
) -> Result<Option<StoredConfiguration>, sqlx::Error> {
    // `$2` is the id, or '' for the default: one statement shape on both backends.
    const WHICH: &str = "tenant_id = $1 and (id = $2 or ($2 = '' and is_default = 1))";
    let id = id.unwrap_or_default();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "update portal_configurations set updated = updated where {WHICH}"
    )))
    .bind(tenant.as_str())
    .bind(id)
    .execute(&mut **tx)
    .await?;
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from portal_configurations where {WHICH}"
    )))
    .bind(tenant.as_str())
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(Row::into_stored).transpose()
}

/// Creates a configuration (not the default: see [`make_default`]).
pub async fn create(
    tx: &mut Tx,
    tenant: &TenantId,
    name: Option<&str>,
    settings: &PortalConfiguration,
) -> Result<StoredConfiguration, sqlx::Error> {
    let at = now().timestamp();
    let stored = StoredConfiguration {
        id: PortalConfigurationId::mint(),
        name: name.map(str::to_owned),
        is_default: false,
        settings: settings.clone(),
        created: at,
        updated: at,
    };
    sqlx::query(
        "insert into portal_configurations (id, tenant_id, name, is_default, configuration, created, updated)
         values ($1, $2, $3, 0, $4, $5, $5)",
    )
    .bind(stored.id.as_str())
    .bind(tenant.as_str())
    .bind(&stored.name)
    .bind(to_json(settings)?)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(stored)
}

/// Writes a configuration's name and settings back.
pub async fn update(tx: &mut Tx, tenant: &TenantId, stored: &mut StoredConfiguration) -> Result<(), sqlx::Error> {
    stored.updated = now().timestamp();
    sqlx::query(
        "update portal_configurations set name = $3, configuration = $4, updated = $5 where tenant_id = $1 and id = $2",
    )
    .bind(tenant.as_str())
    .bind(stored.id.as_str())
    .bind(&stored.name)
    .bind(to_json(&stored.settings)?)
    .bind(stored.updated)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Makes `id` the tenant's one default.
pub async fn make_default(tx: &mut Tx, tenant: &TenantId, id: &PortalConfigurationId) -> Result<(), sqlx::Error> {
    sqlx::query("update portal_configurations set is_default = 0 where tenant_id = $1 and is_default = 1 and id <> $2")
        .bind(tenant.as_str())
        .bind(id.as_str())
        .execute(&mut **tx)
        .await?;
    sqlx::query("update portal_configurations set is_default = 1 where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(id.as_str())
        .execute(&mut **tx)
        .await
        .map(drop)
}

/// Appends an entry to the audit log of configuration `id`.
pub async fn record_change(
    tx: &mut Tx,
    tenant: &TenantId,
    id: &PortalConfigurationId,
    actor: &str,
    action: &str,
    changes: &Map<String, Value>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into portal_configuration_changes (tenant_id, configuration_id, actor, action, changes, created)
         values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(tenant.as_str())
    .bind(id.as_str())
    .bind(actor)
    .bind(action)
    .bind(to_json(changes)?)
    .bind(now().timestamp())
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// The audit log of configuration `id`, newest first (at most `limit` entries).
pub async fn changes(
    db: &Db,
    tenant: &TenantId,
    id: &PortalConfigurationId,
    limit: i64,
) -> Result<Vec<ConfigurationAuditEntry>, sqlx::Error> {
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
        "select actor, action, changes, created from portal_configuration_changes
         where tenant_id = $1 and configuration_id = $2 order by seq desc limit $3",
    )
    .bind(tenant.as_str())
    .bind(id.as_str())
    .bind(limit)
    .fetch_all(db.reader())
    .await?;
    rows.into_iter()
        .map(|(actor, action, changes, created)| {
            Ok(ConfigurationAuditEntry {
                object: "portal_configuration.change".to_owned(),
                configuration: id.clone(),
                actor,
                action,
                changes: from_json(&changes)?,
                created: from_unix(created),
            })
        })
        .collect()
}
