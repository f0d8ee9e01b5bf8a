//! A tenant's billing settings and its invoice number sequence.

use paylera_shared::{ids::TenantId, invoice::BusinessProfile};

use crate::db::{Db, Tx};

/// How a tenant's billing behaves.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct BillingSettings {
    /// `immediately` or `at_period_end`.
    pub downgrade_behavior: String,
    /// `cancel` or `mark_unpaid`.
    pub dunning_final_action: String,
    pub retry_on_new_default: i64,
    pub allow_detach_last_payment_method: i64,
    pub invoice_prefix: String,
    /// The seller's legal identity as JSON ([`BusinessProfile`]); `None` when not set.
    pub business_profile: Option<String>,
}

impl BillingSettings {
    /// The business profile, decoded.
    pub fn profile(&self) -> Result<Option<BusinessProfile>, sqlx::Error> {
        self.business_profile.as_deref().map(super::from_json).transpose()
    }

    /// Replaces the business profile (`None` clears it).
    pub fn set_profile(&mut self, profile: Option<&BusinessProfile>) -> Result<(), sqlx::Error> {
        self.business_profile = profile.map(super::to_json).transpose()?;
        Ok(())
    }
}

const COLUMNS: &str = "downgrade_behavior, dunning_final_action, retry_on_new_default, allow_detach_last_payment_method, \
     invoice_prefix, business_profile";

/// Creates the settings row of a new tenant.
pub async fn create(tx: &mut Tx, tenant: &TenantId, invoice_prefix: &str) -> Result<(), sqlx::Error> {
    sqlx::query("insert into billing_settings (tenant_id, invoice_prefix) values ($1, $2)")
        .bind(tenant.as_str())
        .bind(invoice_prefix)
        .execute(&mut **tx)
        .await
        .map(drop)
}

pub async fn get(tx: &mut Tx, tenant: &TenantId) -> Result<BillingSettings, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from billing_settings where tenant_id = $1"
    )))
    .bind(tenant.as_str())
    .fetch_one(&mut **tx)
    .await
}

pub async fn find(db: &Db, tenant: &TenantId) -> Result<BillingSettings, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from billing_settings where tenant_id = $1"
    )))
    .bind(tenant.as_str())
    .fetch_one(db.reader())
    .await
}

pub async fn update(tx: &mut Tx, tenant: &TenantId, settings: &BillingSettings) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update billing_settings set downgrade_behavior = $2, dunning_final_action = $3, retry_on_new_default = $4,
         allow_detach_last_payment_method = $5, invoice_prefix = $6, business_profile = $7 where tenant_id = $1",
    )
    .bind(tenant.as_str())
    .bind(&settings.downgrade_behavior)
    .bind(&settings.dunning_final_action)
    .bind(settings.retry_on_new_default)
    .bind(settings.allow_detach_last_payment_method)
    .bind(&settings.invoice_prefix)
    .bind(&settings.business_profile)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Takes the tenant's next invoice number. Inside the finalising transaction the
/// row stays locked until commit and a rollback returns the number: gapless.
pub async fn take_invoice_number(tx: &mut Tx, tenant: &TenantId) -> Result<(String, i64), sqlx::Error> {
    let (prefix, number): (String, i64) = sqlx::query_as(
        "update billing_settings set next_invoice_number = next_invoice_number + 1 where tenant_id = $1
         returning invoice_prefix, next_invoice_number - 1",
    )
    .bind(tenant.as_str())
    .fetch_one(&mut **tx)
    .await?;
    Ok((prefix, number))
}
