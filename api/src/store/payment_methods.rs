//! Card payment methods and the simulated processor's vault. No card number is
//! ever written here: the row holds what [`paylera_shared::payment_method::CardDetails`]
//! shows plus the processor's token.

use paylera_shared::{
    customer::Metadata,
    ids::{CustomerId, PaymentMethodId, TenantId},
    payment_method::{CardDetails, PaymentMethod, PaymentMethodStatus},
};
use sqlx::AnyConnection;

use super::list::Listing;
use super::{from_json, parse_stored, to_json};
use crate::{
    db::{Db, Tx},
    domain::{from_unix, ids::Mint, now, page::Page},
    error::ApiError,
};

const COLUMNS: &str =
    "id, customer_id, status, brand, last4, exp_month, exp_year, fingerprint, processor_token, metadata, created";

#[derive(sqlx::FromRow)]
struct PaymentMethodRow {
    id: String,
    customer_id: Option<String>,
    status: String,
    brand: String,
    last4: String,
    exp_month: i64,
    exp_year: i64,
    fingerprint: String,
    processor_token: String,
    metadata: String,
    created: i64,
}

/// A payment method with the processor token the API keeps to itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub payment_method: PaymentMethod,
    pub processor_token: String,
}

impl PaymentMethodRow {
    fn into_stored(self) -> Result<Stored, sqlx::Error> {
        let narrow = |v: i64| i32::try_from(v).map_err(|err| sqlx::Error::Decode(err.into()));
        Ok(Stored {
            payment_method: PaymentMethod {
                id: parse_stored(&self.id)?,
                object: "payment_method".to_owned(),
                kind: "card".to_owned(),
                customer: self.customer_id.as_deref().map(parse_stored).transpose()?,
                status: parse_stored(&self.status)?,
                card: CardDetails {
                    brand: self.brand,
                    last4: self.last4,
                    exp_month: u32::try_from(self.exp_month).map_err(|err| sqlx::Error::Decode(err.into()))?,
                    exp_year: narrow(self.exp_year)?,
                    fingerprint: self.fingerprint,
                },
                metadata: from_json(&self.metadata)?,
                created: from_unix(self.created),
            },
            processor_token: self.processor_token,
        })
    }
}

/// Stores a new, unattached card and its processor token's behaviour.
pub async fn create(
    tx: &mut Tx,
    tenant: &TenantId,
    card: CardDetails,
    processor_token: &str,
    behaviour: &str,
    metadata: Metadata,
) -> Result<PaymentMethod, sqlx::Error> {
    sqlx::query("insert into processor_cards (token, tenant_id, behaviour) values ($1, $2, $3)")
        .bind(processor_token)
        .bind(tenant.as_str())
        .bind(behaviour)
        .execute(&mut **tx)
        .await?;
    let payment_method = PaymentMethod {
        id: PaymentMethodId::mint(),
        object: "payment_method".to_owned(),
        kind: "card".to_owned(),
        customer: None,
        status: PaymentMethodStatus::Active,
        card,
        metadata,
        created: now(),
    };
    sqlx::query(
        "insert into payment_methods (id, tenant_id, status, brand, last4, exp_month, exp_year, fingerprint, processor_token,
            created, metadata)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(payment_method.id.as_str())
    .bind(tenant.as_str())
    .bind(payment_method.status.as_str())
    .bind(&payment_method.card.brand)
    .bind(&payment_method.card.last4)
    .bind(i64::from(payment_method.card.exp_month))
    .bind(i64::from(payment_method.card.exp_year))
    .bind(&payment_method.card.fingerprint)
    .bind(processor_token)
    .bind(payment_method.created.timestamp())
    .bind(to_json(&payment_method.metadata)?)
    .execute(&mut **tx)
    .await?;
    Ok(payment_method)
}

/// One payment method of `tenant`, with its token.
pub async fn get(conn: &mut AnyConnection, tenant: &TenantId, id: &str) -> Result<Option<Stored>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from payment_methods where tenant_id = $1 and id = $2"
    ));
    let row: Option<PaymentMethodRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(PaymentMethodRow::into_stored).transpose()
}

/// [`get`] on a read connection.
pub async fn find(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<Stored>, sqlx::Error> {
    get(&mut *db.reader().acquire().await?, tenant, id).await
}

/// What the simulated processor does with this token.
pub async fn behaviour(
    conn: &mut AnyConnection,
    tenant: &TenantId,
    token: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("select behaviour from processor_cards where tenant_id = $1 and token = $2")
        .bind(tenant.as_str())
        .bind(token)
        .fetch_optional(&mut *conn)
        .await
}

/// Attaches to `customer` with `status` (`active` or `requires_authentication`).
pub async fn attach(
    tx: &mut Tx,
    tenant: &TenantId,
    id: &PaymentMethodId,
    customer: &CustomerId,
    status: PaymentMethodStatus,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update payment_methods set customer_id = $3, status = $4, attached_at = $5, detached_at = null
         where tenant_id = $1 and id = $2",
    )
    .bind(tenant.as_str())
    .bind(id.as_str())
    .bind(customer.as_str())
    .bind(status.as_str())
    .bind(now().timestamp())
    .execute(&mut **tx)
    .await
    .map(drop)
}

pub async fn set_status(
    tx: &mut Tx,
    tenant: &TenantId,
    id: &PaymentMethodId,
    status: PaymentMethodStatus,
) -> Result<(), sqlx::Error> {
    sqlx::query("update payment_methods set status = $3 where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(id.as_str())
        .bind(status.as_str())
        .execute(&mut **tx)
        .await
        .map(drop)
}

/// Detaches from its customer. A detached payment method cannot be used again.
pub async fn detach(tx: &mut Tx, tenant: &TenantId, id: &PaymentMethodId) -> Result<(), sqlx::Error> {
    sqlx::query("update payment_methods set customer_id = null, detached_at = $3 where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(id.as_str())
        .bind(now().timestamp())
        .execute(&mut **tx)
        .await
        .map(drop)
}

/// The most recently attached active payment method of a customer, other than `except`.
pub async fn latest_active(
    tx: &mut Tx,
    tenant: &TenantId,
    customer: &CustomerId,
    except: &PaymentMethodId,
) -> Result<Option<PaymentMethodId>, sqlx::Error> {
    let id: Option<String> = sqlx::query_scalar(
        "select id from payment_methods
         where tenant_id = $1 and customer_id = $2 and status = 'active' and id <> $3
         order by attached_at desc, seq desc limit 1",
    )
    .bind(tenant.as_str())
    .bind(customer.as_str())
    .bind(except.as_str())
    .fetch_optional(&mut **tx)
    .await?;
    id.as_deref().map(parse_stored).transpose()
}

/// Replaces a payment method's metadata.
pub async fn set_metadata(
    tx: &mut Tx,
    tenant: &TenantId,
    id: &PaymentMethodId,
    metadata: &Metadata,
) -> Result<(), sqlx::Error> {
    sqlx::query("update payment_methods set metadata = $3 where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(id.as_str())
        .bind(to_json(metadata)?)
        .execute(&mut **tx)
        .await
        .map(drop)
}

/// A page of a customer's payment methods, newest first.
pub async fn page_for(
    db: &Db,
    tenant: &TenantId,
    customer: &CustomerId,
    metadata: &std::collections::BTreeMap<String, String>,
    page: &Page,
) -> Result<(Vec<PaymentMethod>, bool), ApiError> {
    let (rows, has_more) = Listing::new("payment_methods", COLUMNS)
        .text("customer_id = ?", Some(customer.as_str()))
        .metadata(metadata)
        .fetch::<PaymentMethodRow>(db, tenant, page)
        .await?;
    let methods = rows
        .into_iter()
        .map(|r| r.into_stored().map(|s| s.payment_method))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((methods, has_more))
}
