//! Customers, with their tax IDs embedded. Deleted customers are kept (invoices and
//! events name them) but are invisible to every read here.

use paylera_shared::{
    customer::{Customer, InvoiceSettings},
    ids::{CustomerId, PaymentMethodId, TenantId, TestClockId},
};
use sqlx::AnyConnection;

use super::list::Listing;
use super::{from_json, parse_stored, tax_ids, to_json};
use crate::{
    db::{Db, Tx},
    domain::{customer::CustomerFields, from_unix, ids::Mint, now, page::Page},
    error::ApiError,
};

const COLUMNS: &str = "id, email, name, phone, address, preferred_locales, metadata, default_payment_method, credit_balance, test_clock, created";

#[derive(sqlx::FromRow)]
struct CustomerRow {
    id: String,
    email: Option<String>,
    name: Option<String>,
    phone: Option<String>,
    address: Option<String>,
    preferred_locales: String,
    metadata: String,
    default_payment_method: Option<String>,
    credit_balance: i64,
    test_clock: Option<String>,
    created: i64,
}

impl CustomerRow {
    fn into_customer(self, tax_ids: Vec<paylera_shared::tax_id::TaxId>) -> Result<Customer, sqlx::Error> {
        Ok(Customer {
            id: parse_stored(&self.id)?,
            object: "customer".to_owned(),
            email: self.email,
            name: self.name,
            phone: self.phone,
            address: self.address.as_deref().map(from_json).transpose()?,
            preferred_locales: from_json(&self.preferred_locales)?,
            metadata: from_json(&self.metadata)?,
            invoice_settings: InvoiceSettings {
                default_payment_method: self.default_payment_method.as_deref().map(parse_stored).transpose()?,
            },
            tax_ids,
            credit_balance: self.credit_balance,
            test_clock: self.test_clock.as_deref().map(parse_stored).transpose()?,
            created: from_unix(self.created),
        })
    }
}

/// The editable fields of a stored customer (what an update starts from).
pub fn fields_of(customer: &Customer) -> CustomerFields {
    CustomerFields {
        email: customer.email.clone(),
        name: customer.name.clone(),
        phone: customer.phone.clone(),
        address: customer.address.clone(),
        preferred_locales: customer.preferred_locales.clone(),
        metadata: customer.metadata.clone(),
    }
}

/// Inserts a customer in `tx`.
pub async fn create(
    tx: &mut Tx,
    tenant: &TenantId,
    fields: &CustomerFields,
    test_clock: Option<&TestClockId>,
) -> Result<Customer, sqlx::Error> {
    let id = CustomerId::mint();
    let created = now();
    sqlx::query(
        "insert into customers (id, tenant_id, email, name, phone, address, preferred_locales, metadata, created, test_clock)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(id.as_str())
    .bind(tenant.as_str())
    .bind(&fields.email)
    .bind(&fields.name)
    .bind(&fields.phone)
    .bind(fields.address.as_ref().map(to_json).transpose()?)
    .bind(to_json(&fields.preferred_locales)?)
    .bind(to_json(&fields.metadata)?)
    .bind(created.timestamp())
    .bind(test_clock.map(TestClockId::as_str))
    .execute(&mut **tx)
    .await?;
    Ok(Customer {
        id,
        object: "customer".to_owned(),
        email: fields.email.clone(),
        name: fields.name.clone(),
        phone: fields.phone.clone(),
        address: fields.address.clone(),
        preferred_locales: fields.preferred_locales.clone(),
        metadata: fields.metadata.clone(),
        invoice_settings: InvoiceSettings::default(),
        tax_ids: Vec::new(),
        credit_balance: 0,
        test_clock: test_clock.cloned(),
        created,
    })
}

/// One live customer of `tenant`, read on `conn` (a pool connection or a transaction).
pub async fn get(conn: &mut AnyConnection, tenant: &TenantId, id: &str) -> Result<Option<Customer>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from customers where tenant_id = $1 and id = $2 and deleted_at is null"
    ));
    let row: Option<CustomerRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let tax_ids = tax_ids::list_for(&mut *conn, tenant, &[row.id.as_str()]).await?;
    row.into_customer(tax_ids).map(Some)
}

/// [`get`] on a read connection.
pub async fn find(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<Customer>, sqlx::Error> {
    get(&mut *db.reader().acquire().await?, tenant, id).await
}

/// Writes a customer's editable fields.
pub async fn update(
    tx: &mut Tx,
    tenant: &TenantId,
    id: &CustomerId,
    fields: &CustomerFields,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update customers set email = $3, name = $4, phone = $5, address = $6, preferred_locales = $7, metadata = $8
         where tenant_id = $1 and id = $2",
    )
    .bind(tenant.as_str())
    .bind(id.as_str())
    .bind(&fields.email)
    .bind(&fields.name)
    .bind(&fields.phone)
    .bind(fields.address.as_ref().map(to_json).transpose()?)
    .bind(to_json(&fields.preferred_locales)?)
    .bind(to_json(&fields.metadata)?)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Sets (or clears) `invoice_settings.default_payment_method`.
pub async fn set_default_payment_method(
    tx: &mut Tx,
    tenant: &TenantId,
    id: &CustomerId,
    payment_method: Option<&PaymentMethodId>,
) -> Result<(), sqlx::Error> {
    sqlx::query("update customers set default_payment_method = $3 where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(id.as_str())
        .bind(payment_method.map(PaymentMethodId::as_str))
        .execute(&mut **tx)
        .await
        .map(drop)
}

/// Marks a customer deleted. `false` when there was no live customer.
pub async fn delete(tx: &mut Tx, tenant: &TenantId, id: &str) -> Result<bool, sqlx::Error> {
    let deleted =
        sqlx::query("update customers set deleted_at = $3 where tenant_id = $1 and id = $2 and deleted_at is null")
            .bind(tenant.as_str())
            .bind(id)
            .bind(now().timestamp())
            .execute(&mut **tx)
            .await?;
    Ok(deleted.rows_affected() == 1)
}

/// A page of `tenant`'s live customers, newest first, optionally with one email
/// (case-insensitive). `None` when the cursor names no customer of this tenant.
pub async fn list(
    db: &Db,
    tenant: &TenantId,
    email: Option<&str>,
    metadata: &std::collections::BTreeMap<String, String>,
    page: &Page,
) -> Result<(Vec<Customer>, bool), ApiError> {
    let (rows, has_more) = Listing::new("customers", COLUMNS)
        .only("deleted_at is null")
        .text("lower(email) = lower(?)", email)
        .metadata(metadata)
        .fetch::<CustomerRow>(db, tenant, page)
        .await?;
    let mut conn = db.reader().acquire().await?;
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let mut tax_ids = tax_ids::list_for(&mut conn, tenant, &ids).await?;
    let customers = rows
        .into_iter()
        .map(|row| {
            let own = tax_ids.extract_if(.., |t| t.customer.as_str() == row.id).collect();
            row.into_customer(own)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((customers, has_more))
}

/// Sets the customer's credit balance (minor units, ≥ 0).
pub async fn set_credit_balance(
    tx: &mut Tx,
    tenant: &TenantId,
    id: &CustomerId,
    balance: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("update customers set credit_balance = $3 where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(id.as_str())
        .bind(balance)
        .execute(&mut **tx)
        .await
        .map(drop)
}
