//! Invoices, their lines and payment attempts. An invoice is written whole by
//! [`save`] (header and lines) in the engine's transaction.

use paylera_shared::{
    ids::{InvoiceId, TenantId},
    invoice::{Invoice, InvoiceLine, PaymentAttempt},
};
use sqlx::AnyConnection;

use super::list::Listing;
use super::{from_json, parse_stored, placeholders, to_json};
use crate::{
    db::{Db, Tx},
    domain::{from_unix, ids::random_base62, page::Page},
    error::ApiError,
};

const COLUMNS: &str =
    "id, number, customer_id, subscription_id, status, billing_reason, currency, subtotal, tax, total,
    credit_applied, amount_due, amount_paid, amount_remaining, period_start, period_end, customer_snapshot,
    attempt_count, first_failed_at, next_payment_attempt, created, finalized_at, paid_at, voided_at, metadata";

/// An invoice with the dunning bookkeeping only the engine reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub invoice: Invoice,
    pub first_failed_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct InvoiceRow {
    id: String,
    number: Option<String>,
    customer_id: String,
    subscription_id: Option<String>,
    status: String,
    billing_reason: String,
    currency: String,
    subtotal: i64,
    tax: i64,
    total: i64,
    credit_applied: i64,
    amount_due: i64,
    amount_paid: i64,
    amount_remaining: i64,
    period_start: i64,
    period_end: i64,
    customer_snapshot: String,
    attempt_count: i64,
    first_failed_at: Option<i64>,
    next_payment_attempt: Option<i64>,
    created: i64,
    finalized_at: Option<i64>,
    paid_at: Option<i64>,
    voided_at: Option<i64>,
    metadata: String,
}

impl InvoiceRow {
    fn into_stored(self, lines: Vec<InvoiceLine>) -> Result<Stored, sqlx::Error> {
        Ok(Stored {
            first_failed_at: self.first_failed_at,
            invoice: Invoice {
                id: parse_stored(&self.id)?,
                object: "invoice".to_owned(),
                number: self.number,
                customer: parse_stored(&self.customer_id)?,
                subscription: self.subscription_id.as_deref().map(parse_stored).transpose()?,
                status: parse_stored(&self.status)?,
                billing_reason: parse_stored(&self.billing_reason)?,
                currency: parse_stored(&self.currency)?,
                lines,
                subtotal: self.subtotal,
                total_tax: self.tax,
                total: self.total,
                credit_applied: self.credit_applied,
                amount_due: self.amount_due,
                amount_paid: self.amount_paid,
                amount_remaining: self.amount_remaining,
                period_start: from_unix(self.period_start),
                period_end: from_unix(self.period_end),
                customer_details: from_json(&self.customer_snapshot)?,
                attempt_count: self.attempt_count,
                next_payment_attempt: self.next_payment_attempt.map(from_unix),
                created: from_unix(self.created),
                finalized_at: self.finalized_at.map(from_unix),
                paid_at: self.paid_at.map(from_unix),
                voided_at: self.voided_at.map(from_unix),
                metadata: from_json(&self.metadata)?,
            },
        })
    }
}

#[derive(sqlx::FromRow)]
struct LineRow {
    invoice_id: String,
    description: String,
    amount: i64,
    quantity: i64,
    unit_amount: i64,
    price_id: Option<String>,
    proration: i64,
    period_start: i64,
    period_end: i64,
}

impl LineRow {
    fn into_line(self) -> Result<InvoiceLine, sqlx::Error> {
        Ok(InvoiceLine {
            description: self.description,
            amount: self.amount,
            quantity: self.quantity,
            unit_amount: self.unit_amount,
            price: self.price_id.as_deref().map(parse_stored).transpose()?,
            proration: self.proration != 0,
            period_start: from_unix(self.period_start),
            period_end: from_unix(self.period_end),
        })
    }
}

/// Inserts a new invoice with its lines.
pub async fn insert(tx: &mut Tx, tenant: &TenantId, stored: &Stored) -> Result<(), sqlx::Error> {
    let i = &stored.invoice;
    sqlx::query(
        "insert into invoices (id, tenant_id, customer_id, subscription_id, number, status, billing_reason, currency,
            subtotal, tax, total, credit_applied, amount_due, amount_paid, amount_remaining, period_start, period_end,
            customer_snapshot, attempt_count, first_failed_at, next_payment_attempt, created, finalized_at, paid_at, voided_at,
            metadata)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25,
            $26)",
    )
    .bind(i.id.as_str())
    .bind(tenant.as_str())
    .bind(i.customer.as_str())
    .bind(i.subscription.as_ref().map(|s| s.as_str().to_owned()))
    .bind(&i.number)
    .bind(i.status.as_str())
    .bind(i.billing_reason.as_str())
    .bind(i.currency.code())
    .bind(i.subtotal)
    .bind(i.total_tax)
    .bind(i.total)
    .bind(i.credit_applied)
    .bind(i.amount_due)
    .bind(i.amount_paid)
    .bind(i.amount_remaining)
    .bind(i.period_start.timestamp())
    .bind(i.period_end.timestamp())
    .bind(to_json(&i.customer_details)?)
    .bind(i.attempt_count)
    .bind(stored.first_failed_at)
    .bind(i.next_payment_attempt.map(|t| t.timestamp()))
    .bind(i.created.timestamp())
    .bind(i.finalized_at.map(|t| t.timestamp()))
    .bind(i.paid_at.map(|t| t.timestamp()))
    .bind(i.voided_at.map(|t| t.timestamp()))
    .bind(to_json(&i.metadata)?)
    .execute(&mut **tx)
    .await?;
    for line in &i.lines {
        sqlx::query(
            "insert into invoice_lines (id, tenant_id, invoice_id, description, amount, quantity, unit_amount, price_id,
                proration, period_start, period_end)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(format!("il_{}", random_base62(24)))
        .bind(tenant.as_str())
        .bind(i.id.as_str())
        .bind(&line.description)
        .bind(line.amount)
        .bind(line.quantity)
        .bind(line.unit_amount)
        .bind(line.price.as_ref().map(|p| p.as_str().to_owned()))
        .bind(i64::from(line.proration))
        .bind(line.period_start.timestamp())
        .bind(line.period_end.timestamp())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Writes an invoice's changing fields (status, number, amounts, dunning, dates).
pub async fn update(tx: &mut Tx, tenant: &TenantId, stored: &Stored) -> Result<(), sqlx::Error> {
    let i = &stored.invoice;
    sqlx::query(
        "update invoices set number = $3, status = $4, amount_paid = $5, amount_remaining = $6, customer_snapshot = $7,
            attempt_count = $8, first_failed_at = $9, next_payment_attempt = $10, finalized_at = $11, paid_at = $12,
            voided_at = $13
         where tenant_id = $1 and id = $2",
    )
    .bind(tenant.as_str())
    .bind(i.id.as_str())
    .bind(&i.number)
    .bind(i.status.as_str())
    .bind(i.amount_paid)
    .bind(i.amount_remaining)
    .bind(to_json(&i.customer_details)?)
    .bind(i.attempt_count)
    .bind(stored.first_failed_at)
    .bind(i.next_payment_attempt.map(|t| t.timestamp()))
    .bind(i.finalized_at.map(|t| t.timestamp()))
    .bind(i.paid_at.map(|t| t.timestamp()))
    .bind(i.voided_at.map(|t| t.timestamp()))
    .execute(&mut **tx)
    .await
    .map(drop)
}

async fn lines_of(conn: &mut AnyConnection, tenant: &TenantId, invoices: &[&str]) -> Result<Vec<LineRow>, sqlx::Error> {
    if invoices.is_empty() {
        return Ok(Vec::new());
    }
    let sql = sqlx::AssertSqlSafe(format!(
        "select invoice_id, description, amount, quantity, unit_amount, price_id, proration, period_start, period_end
         from invoice_lines where tenant_id = $1 and invoice_id in ({}) order by seq",
        placeholders(2, invoices.len())
    ));
    let mut query = sqlx::query_as::<_, LineRow>(sql).bind(tenant.as_str());
    for id in invoices {
        query = query.bind(*id);
    }
    query.fetch_all(&mut *conn).await
}

async fn with_lines(
    conn: &mut AnyConnection,
    tenant: &TenantId,
    rows: Vec<InvoiceRow>,
) -> Result<Vec<Stored>, sqlx::Error> {
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let mut lines = lines_of(conn, tenant, &ids).await?;
    rows.into_iter()
        .map(|row| {
            let own = lines
                .extract_if(.., |l| l.invoice_id == row.id)
                .map(LineRow::into_line)
                .collect::<Result<_, _>>()?;
            row.into_stored(own)
        })
        .collect()
}

pub async fn get(conn: &mut AnyConnection, tenant: &TenantId, id: &str) -> Result<Option<Stored>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from invoices where tenant_id = $1 and id = $2"
    ));
    let row: Option<InvoiceRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(with_lines(conn, tenant, vec![row]).await?.pop())
}

pub async fn find(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<Stored>, sqlx::Error> {
    get(&mut *db.reader().acquire().await?, tenant, id).await
}

/// Open invoices of one customer, oldest first.
pub async fn open_for_customer(tx: &mut Tx, tenant: &TenantId, customer: &str) -> Result<Vec<InvoiceId>, sqlx::Error> {
    let ids: Vec<String> = sqlx::query_scalar(
        "select id from invoices where tenant_id = $1 and customer_id = $2 and status = 'open' order by seq",
    )
    .bind(tenant.as_str())
    .bind(customer)
    .fetch_all(&mut **tx)
    .await?;
    ids.iter().map(|id| parse_stored(id)).collect()
}

/// Open invoices whose next dunning retry is due at or before `at`, for customers on `clock`.
pub async fn retries_due(
    tx: &mut Tx,
    tenant: &TenantId,
    clock: Option<&str>,
    at: i64,
) -> Result<Vec<InvoiceId>, sqlx::Error> {
    let ids: Vec<String> = sqlx::query_scalar(
        "select i.id from invoices i join customers c on c.id = i.customer_id
         where i.tenant_id = $1 and i.status = 'open' and i.next_payment_attempt <= $2
           and (($3 is null and c.test_clock is null) or c.test_clock = $3)
         order by i.next_payment_attempt, i.seq",
    )
    .bind(tenant.as_str())
    .bind(at)
    .bind(clock)
    .fetch_all(&mut **tx)
    .await?;
    ids.iter().map(|id| parse_stored(id)).collect()
}

/// The earliest scheduled retry on `clock`.
pub async fn next_retry(tx: &mut Tx, tenant: &TenantId, clock: Option<&str>) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "select min(i.next_payment_attempt) from invoices i join customers c on c.id = i.customer_id
         where i.tenant_id = $1 and i.status = 'open'
           and (($2 is null and c.test_clock is null) or c.test_clock = $2)",
    )
    .bind(tenant.as_str())
    .bind(clock)
    .fetch_one(&mut **tx)
    .await
}

/// Replaces an invoice's metadata (the one thing about it a merchant may change).
pub async fn set_metadata(
    tx: &mut Tx,
    tenant: &TenantId,
    id: &str,
    metadata: &paylera_shared::customer::Metadata,
) -> Result<(), sqlx::Error> {
    sqlx::query("update invoices set metadata = $3 where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(id)
        .bind(to_json(metadata)?)
        .execute(&mut **tx)
        .await
        .map(drop)
}

/// A page of invoices, newest first.
pub async fn list(
    db: &Db,
    tenant: &TenantId,
    customer: Option<&str>,
    subscription: Option<&str>,
    status: Option<&str>,
    metadata: &std::collections::BTreeMap<String, String>,
    page: &Page,
) -> Result<(Vec<Invoice>, bool), ApiError> {
    let (rows, has_more) = Listing::new("invoices", COLUMNS)
        .text("customer_id = ?", customer)
        .text("subscription_id = ?", subscription)
        .text("status = ?", status)
        .metadata(metadata)
        .fetch::<InvoiceRow>(db, tenant, page)
        .await?;
    let mut conn = db.reader().acquire().await?;
    let invoices = with_lines(&mut conn, tenant, rows)
        .await?
        .into_iter()
        .map(|s| s.invoice)
        .collect();
    Ok((invoices, has_more))
}

/// Records a payment attempt.
pub async fn record_attempt(tx: &mut Tx, tenant: &TenantId, attempt: &PaymentAttempt) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into payment_attempts (id, tenant_id, invoice_id, payment_method_id, amount, status, decline_code,
            failure_message, created)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&attempt.id)
    .bind(tenant.as_str())
    .bind(attempt.invoice.as_str())
    .bind(attempt.payment_method.as_ref().map(|p| p.as_str().to_owned()))
    .bind(attempt.amount)
    .bind(attempt.status.as_str())
    .bind(&attempt.decline_code)
    .bind(&attempt.failure_message)
    .bind(attempt.created.timestamp())
    .execute(&mut **tx)
    .await
    .map(drop)
}

#[derive(sqlx::FromRow)]
struct AttemptRow {
    id: String,
    invoice_id: String,
    payment_method_id: Option<String>,
    amount: i64,
    status: String,
    decline_code: Option<String>,
    failure_message: Option<String>,
    created: i64,
}

/// Every attempt to collect an invoice, oldest first.
pub async fn attempts(db: &Db, tenant: &TenantId, invoice: &str) -> Result<Vec<PaymentAttempt>, sqlx::Error> {
    let rows: Vec<AttemptRow> = sqlx::query_as(
        "select id, invoice_id, payment_method_id, amount, status, decline_code, failure_message, created
         from payment_attempts where tenant_id = $1 and invoice_id = $2 order by seq",
    )
    .bind(tenant.as_str())
    .bind(invoice)
    .fetch_all(db.reader())
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(PaymentAttempt {
                id: r.id,
                object: "payment_attempt".to_owned(),
                invoice: parse_stored(&r.invoice_id)?,
                payment_method: r.payment_method_id.as_deref().map(parse_stored).transpose()?,
                amount: r.amount,
                status: parse_stored(&r.status)?,
                decline_code: r.decline_code,
                failure_message: r.failure_message,
                created: from_unix(r.created),
            })
        })
        .collect()
}

/// Claims an invoice's scheduled retry (see [`super::subscriptions::claim_period_end`]).
pub async fn claim_retry(
    tx: &mut Tx,
    tenant: &TenantId,
    id: &InvoiceId,
    next_attempt: i64,
) -> Result<bool, sqlx::Error> {
    let claimed = sqlx::query(
        "update invoices set next_payment_attempt = next_payment_attempt
         where tenant_id = $1 and id = $2 and status = 'open' and next_payment_attempt = $3",
    )
    .bind(tenant.as_str())
    .bind(id.as_str())
    .bind(next_attempt)
    .execute(&mut **tx)
    .await?;
    Ok(claimed.rows_affected() == 1)
}
