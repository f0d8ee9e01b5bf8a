//! Tax IDs of customers.

use paylera_shared::{
    ids::{CustomerId, TaxIdId, TenantId},
    tax_id::{TaxId, TaxIdVerification},
};
use sqlx::AnyConnection;

use super::list::Listing;
use super::{parse_stored, placeholders};
use crate::{
    db::{Db, Tx},
    domain::{from_unix, ids::Mint, now, page::Page, tax_id::ValidTaxId},
    error::ApiError,
};

const COLUMNS: &str = "id, customer_id, type, value, country, verification_status, created";

#[derive(sqlx::FromRow)]
struct TaxIdRow {
    id: String,
    customer_id: String,
    #[sqlx(rename = "type")]
    kind: String,
    value: String,
    country: String,
    verification_status: String,
    created: i64,
}

impl TaxIdRow {
    fn into_tax_id(self) -> Result<TaxId, sqlx::Error> {
        Ok(TaxId {
            id: parse_stored(&self.id)?,
            object: "tax_id".to_owned(),
            customer: parse_stored(&self.customer_id)?,
            kind: self.kind,
            value: self.value,
            country: self.country,
            verification: TaxIdVerification {
                status: self.verification_status,
            },
            created: from_unix(self.created),
        })
    }
}

/// Adds a tax ID to a customer. A duplicate (same type and value) fails with a
/// unique violation ([`super::is_unique_violation`]).
pub async fn create(
    tx: &mut Tx,
    tenant: &TenantId,
    customer: &CustomerId,
    valid: &ValidTaxId,
) -> Result<TaxId, sqlx::Error> {
    let tax_id = TaxId {
        id: TaxIdId::mint(),
        object: "tax_id".to_owned(),
        customer: customer.clone(),
        kind: valid.kind.as_str().to_owned(),
        value: valid.value.clone(),
        country: valid.country.clone(),
        verification: TaxIdVerification {
            status: "unverified".to_owned(),
        },
        created: now(),
    };
    sqlx::query(
        "insert into tax_ids (id, tenant_id, customer_id, type, value, country, verification_status, created)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(tax_id.id.as_str())
    .bind(tenant.as_str())
    .bind(customer.as_str())
    .bind(&tax_id.kind)
    .bind(&tax_id.value)
    .bind(&tax_id.country)
    .bind(&tax_id.verification.status)
    .bind(tax_id.created.timestamp())
    .execute(&mut **tx)
    .await?;
    Ok(tax_id)
}

/// The tax IDs of these customers, oldest first.
pub async fn list_for(
    conn: &mut AnyConnection,
    tenant: &TenantId,
    customers: &[&str],
) -> Result<Vec<TaxId>, sqlx::Error> {
    if customers.is_empty() {
        return Ok(Vec::new());
    }
    let sql = sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from tax_ids where tenant_id = $1 and customer_id in ({}) order by seq",
        placeholders(2, customers.len())
    ));
    let mut query = sqlx::query_as::<_, TaxIdRow>(sql).bind(tenant.as_str());
    for customer in customers {
        query = query.bind(*customer);
    }
    query
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(TaxIdRow::into_tax_id)
        .collect()
}

/// A page of one customer's tax IDs, newest first.
pub async fn page_for(
    db: &Db,
    tenant: &TenantId,
    customer: &CustomerId,
    page: &Page,
) -> Result<(Vec<TaxId>, bool), ApiError> {
    let (rows, has_more) = Listing::new("tax_ids", COLUMNS)
        .text("customer_id = ?", Some(customer.as_str()))
        .fetch::<TaxIdRow>(db, tenant, page)
        .await?;
    let tax_ids = rows
        .into_iter()
        .map(TaxIdRow::into_tax_id)
        .collect::<Result<Vec<_>, _>>()?;
    Ok((tax_ids, has_more))
}

/// One tax ID of one customer.
pub async fn get(db: &Db, tenant: &TenantId, customer: &CustomerId, id: &str) -> Result<Option<TaxId>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from tax_ids where tenant_id = $1 and customer_id = $2 and id = $3"
    ));
    let row: Option<TaxIdRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(customer.as_str())
        .bind(id)
        .fetch_optional(db.reader())
        .await?;
    row.map(TaxIdRow::into_tax_id).transpose()
}

/// Removes a tax ID; `false` when it did not exist.
pub async fn delete(tx: &mut Tx, tenant: &TenantId, customer: &CustomerId, id: &str) -> Result<bool, sqlx::Error> {
    let deleted = sqlx::query("delete from tax_ids where tenant_id = $1 and customer_id = $2 and id = $3")
        .bind(tenant.as_str())
        .bind(customer.as_str())
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(deleted.rows_affected() == 1)
}
