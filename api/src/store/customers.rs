//! Customers.

use paylera_shared::{
    customer::Customer,
    ids::{CustomerId, TenantId},
};

use crate::{
    db::{Db, Tx},
    domain::{from_unix, ids::Mint, now, page::Page},
};

/// What a new customer starts with (already validated).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewCustomer {
    pub email: Option<String>,
    pub name: Option<String>,
}

const COLUMNS: &str = "id, email, name, created";

#[derive(sqlx::FromRow)]
struct CustomerRow {
    id: String,
    email: Option<String>,
    name: Option<String>,
    created: i64,
}

impl CustomerRow {
    fn into_customer(self) -> Result<Customer, sqlx::Error> {
        Ok(Customer {
            id: CustomerId::parse(&self.id).map_err(|err| sqlx::Error::Decode(err.into()))?,
            object: "customer".to_owned(),
            email: self.email,
            name: self.name,
            created: from_unix(self.created),
        })
    }
}

/// Inserts a customer in `tx`.
pub async fn create(tx: &mut Tx, tenant: &TenantId, new: &NewCustomer) -> Result<Customer, sqlx::Error> {
    let customer = Customer {
        id: CustomerId::mint(),
        object: "customer".to_owned(),
        email: new.email.clone(),
        name: new.name.clone(),
        created: now(),
    };
    sqlx::query("insert into customers (id, tenant_id, email, name, created) values ($1, $2, $3, $4, $5)")
        .bind(customer.id.as_str())
        .bind(tenant.as_str())
        .bind(&customer.email)
        .bind(&customer.name)
        .bind(customer.created.timestamp())
        .execute(&mut **tx)
        .await?;
    Ok(customer)
}

/// One customer of `tenant`.
pub async fn get(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<Customer>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from customers where tenant_id = $1 and id = $2"
    ));
    let row: Option<CustomerRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(db.reader())
        .await?;
    row.map(CustomerRow::into_customer).transpose()
}

/// A page of `tenant`'s customers, newest first, optionally with one email
/// (case-insensitive). `None` when the cursor names no customer of this tenant.
pub async fn list(
    db: &Db,
    tenant: &TenantId,
    email: Option<&str>,
    page: &Page,
) -> Result<Option<(Vec<Customer>, bool)>, sqlx::Error> {
    let Some((seq, order)) = super::cursor(db, "customers", tenant, page).await? else {
        return Ok(None);
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from customers
         where tenant_id = $1 and ($2 is null or lower(email) = lower($2)) and ($3 is null or seq {} $3)
         order by seq {} limit $4",
        order.comparison(),
        order.direction(),
    ));
    let rows: Vec<CustomerRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(email)
        .bind(seq)
        .bind(page.fetch_limit())
        .fetch_all(db.reader())
        .await?;
    let customers = rows
        .into_iter()
        .map(CustomerRow::into_customer)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(page.finish(customers)))
}
