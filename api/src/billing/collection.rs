//! Issuing invoices and collecting them: credit balance, gapless numbers, the
//! processor's answer, payment attempts, dunning and the subscription's status.

use chrono::{DateTime, Utc};
use paylera_shared::{
    ErrorCode,
    customer::Customer,
    event::EventType,
    ids::{InvoiceId, SubscriptionId, TenantId},
    invoice::{
        CustomerSnapshot, Invoice, InvoiceLine, PaymentAttempt, PaymentAttemptStatus, SnapshotTaxId,
        UpdateInvoiceRequest,
    },
    money::Currency,
    payment_method::PaymentMethodStatus,
    subscription::CancellationReason,
};

use super::emit_change;
use crate::{
    db::{Db, Tx},
    domain::{
        Invalid,
        billing::{
            self, BillingReason, FinalAction, InvoiceLifecycle as _, InvoiceStatus, SubscriptionEvent,
            SubscriptionLifecycle as _, SubscriptionStatus,
        },
        ids::{Mint, random_base62},
        processor::{self, Behaviour, ChargeOutcome},
    },
    error::ApiError,
    store::events::emit,
    store::{self, events::Origin, invoices::Stored},
};

/// How a collection attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Paid,
    Failed { decline_code: String },
    RequiresAction,
}

/// Creates and finalises an invoice for `customer`: applies the customer's credit,
/// takes the next gapless number and, when nothing is due, marks it paid.
#[expect(clippy::too_many_arguments, reason = "an invoice's identity is that many facts")]
pub async fn issue(
    tx: &mut Tx,
    tenant: &TenantId,
    origin: &Origin,
    customer: &Customer,
    subscription: Option<&SubscriptionId>,
    billing_reason: BillingReason,
    currency: Currency,
    lines: Vec<InvoiceLine>,
    period: (DateTime<Utc>, DateTime<Utc>),
    at: DateTime<Utc>,
) -> Result<Stored, ApiError> {
    let amounts: Vec<i64> = lines.iter().map(|l| l.amount).collect();
    let totals = billing::totals(&amounts, 0, customer.credit_balance);
    if totals.credit_remaining != customer.credit_balance {
        store::customers::set_credit_balance(tx, tenant, &customer.id, totals.credit_remaining).await?;
    }
    let (prefix, sequence) = store::billing_settings::take_invoice_number(tx, tenant).await?;
    let nothing_due = totals.amount_due == 0;
    let status = InvoiceStatus::Draft.finalize()?;
    let status = if nothing_due { status.mark_paid()? } else { status };
    let stored = Stored {
        first_failed_at: None,
        invoice: Invoice {
            id: InvoiceId::mint(),
            object: "invoice".to_owned(),
            number: Some(billing::format_number(&prefix, sequence)),
            customer: customer.id.clone(),
            subscription: subscription.cloned(),
            status,
            billing_reason,
            currency,
            lines,
            subtotal: totals.subtotal,
            total_tax: totals.tax,
            total: totals.total,
            credit_applied: totals.credit_applied,
            amount_due: totals.amount_due,
            amount_paid: 0,
            amount_remaining: totals.amount_due,
            period_start: period.0,
            period_end: period.1,
            customer_details: snapshot(customer),
            attempt_count: 0,
            next_payment_attempt: None,
            created: at,
            finalized_at: Some(at),
            paid_at: nothing_due.then_some(at),
            voided_at: None,
            metadata: Default::default(),
        },
    };
    store::invoices::insert(tx, tenant, &stored).await?;
    emit(tx, tenant, EventType::InvoiceCreated, &stored.invoice, None, origin).await?;
    emit(tx, tenant, EventType::InvoiceFinalized, &stored.invoice, None, origin).await?;
    if nothing_due {
        emit(tx, tenant, EventType::InvoicePaid, &stored.invoice, None, origin).await?;
    }
    Ok(stored)
}

/// Who was billed, frozen on the invoice.
fn snapshot(customer: &Customer) -> CustomerSnapshot {
    CustomerSnapshot {
        name: customer.name.clone(),
        email: customer.email.clone(),
        address: customer.address.clone(),
        tax_ids: customer
            .tax_ids
            .iter()
            .map(|t| SnapshotTaxId {
                kind: t.kind.clone(),
                value: t.value.clone(),
            })
            .collect(),
    }
}

/// How to collect.
#[derive(Debug, Clone, Copy, Default)]
pub struct Collect<'a> {
    /// A payment method of the customer; otherwise the customer's default.
    pub payment_method: Option<&'a str>,
    /// The customer, present, answered the card's authentication challenge.
    pub authentication: Option<bool>,
}

/// Tries to collect an open invoice at `at`, records the attempt, schedules or ends
/// dunning, and moves the invoice's subscription through its state machine.
pub async fn collect(
    tx: &mut Tx,
    tenant: &TenantId,
    origin: &Origin,
    stored: &mut Stored,
    how: Collect<'_>,
    at: DateTime<Utc>,
) -> Result<Outcome, ApiError> {
    if stored.invoice.status != InvoiceStatus::Open {
        return Err(Invalid::new(
            "",
            ErrorCode::InvoiceNotPayable,
            format!(
                "This invoice is {}; only open invoices can be paid.",
                stored.invoice.status
            ),
        )
        .into());
    }
    let customer = store::customers::get(tx, tenant, stored.invoice.customer.as_str())
        .await?
        .ok_or_else(|| ApiError::internal("an invoice's customer is missing"))?;
    let method_id = match how.payment_method {
        Some(id) => Some(id.to_owned()),
        None => customer
            .invoice_settings
            .default_payment_method
            .as_ref()
            .map(|p| p.to_string()),
    };
    let method = match &method_id {
        Some(id) => Some(usable_method(tx, tenant, &customer, id, how.payment_method.is_some()).await?),
        None => None,
    };
    let outcome = match &method {
        None => Outcome::Failed {
            decline_code: "no_payment_method".to_owned(),
        },
        Some(stored_method) => {
            let behaviour = store::payment_methods::behaviour(tx, tenant, &stored_method.processor_token)
                .await?
                .as_deref()
                .and_then(Behaviour::parse)
                .ok_or_else(|| ApiError::internal("a payment method's processor token has no known behaviour"))?;
            match (
                processor::charge(behaviour, stored.invoice.amount_remaining),
                how.authentication,
            ) {
                (ChargeOutcome::Succeeded, _) => Outcome::Paid,
                (ChargeOutcome::RequiresAction, Some(true)) => {
                    processor::complete_authentication(true)?;
                    Outcome::Paid
                }
                (ChargeOutcome::RequiresAction, Some(false)) => Outcome::Failed {
                    decline_code: "authentication_failed".to_owned(),
                },
                (ChargeOutcome::RequiresAction, None) => Outcome::RequiresAction,
                (ChargeOutcome::Declined { decline_code, .. }, _) => Outcome::Failed {
                    decline_code: decline_code.to_owned(),
                },
            }
        }
    };

    let (status, decline_code, failure_message) = match &outcome {
        Outcome::Paid => (PaymentAttemptStatus::Succeeded, None, None),
        Outcome::RequiresAction => (
            PaymentAttemptStatus::RequiresAction,
            None,
            Some("The card requires authentication.".to_owned()),
        ),
        Outcome::Failed { decline_code } if decline_code == "no_payment_method" => (
            PaymentAttemptStatus::Failed,
            Some(decline_code.clone()),
            Some("The customer has no payment method.".to_owned()),
        ),
        Outcome::Failed { decline_code } => (
            PaymentAttemptStatus::Failed,
            Some(decline_code.clone()),
            Some(processor::decline_message(decline_code).to_owned()),
        ),
    };
    let attempt = PaymentAttempt {
        id: format!("pa_{}", random_base62(24)),
        object: "payment_attempt".to_owned(),
        invoice: stored.invoice.id.clone(),
        payment_method: method.as_ref().map(|m| m.payment_method.id.clone()),
        amount: stored.invoice.amount_remaining,
        status,
        decline_code,
        failure_message,
        created: at,
    };
    store::invoices::record_attempt(tx, tenant, &attempt).await?;

    let invoice = &mut stored.invoice;
    invoice.attempt_count += 1;
    let mut exhausted = false;
    match &outcome {
        Outcome::Paid => {
            invoice.status = InvoiceStatus::Open.mark_paid()?;
            invoice.amount_paid = invoice.amount_due;
            invoice.amount_remaining = 0;
            invoice.paid_at = Some(at);
            invoice.next_payment_attempt = None;
        }
        Outcome::Failed { .. } | Outcome::RequiresAction => {
            let first_failed_at = *stored.first_failed_at.get_or_insert(at.timestamp());
            let failures_so_far = usize::try_from(invoice.attempt_count - 1).unwrap_or(0);
            invoice.next_payment_attempt =
                billing::next_attempt(crate::domain::from_unix(first_failed_at), failures_so_far);
            exhausted = invoice.next_payment_attempt.is_none();
        }
    }
    store::invoices::update(tx, tenant, stored).await?;
    let event = match &outcome {
        Outcome::Paid => EventType::InvoicePaid,
        Outcome::RequiresAction => EventType::InvoicePaymentActionRequired,
        Outcome::Failed { .. } => EventType::InvoicePaymentFailed,
    };
    emit(tx, tenant, event, &stored.invoice, None, origin).await?;

    if let Some(subscription) = stored.invoice.subscription.clone() {
        let paid = outcome == Outcome::Paid;
        settle_subscription(tx, tenant, origin, &subscription, paid, exhausted, at).await?;
    }
    Ok(outcome)
}

/// The payment method `id` of `customer`, ready to charge.
async fn usable_method(
    tx: &mut Tx,
    tenant: &TenantId,
    customer: &Customer,
    id: &str,
    explicit: bool,
) -> Result<store::payment_methods::Stored, ApiError> {
    let param = if explicit { "payment_method" } else { "" };
    let method = store::payment_methods::get(tx, tenant, id)
        .await?
        .filter(|m| m.payment_method.customer.as_ref() == Some(&customer.id))
        .ok_or_else(|| {
            Invalid::new(
                param,
                ErrorCode::PaymentMethodNotAttached,
                "This payment method is not the customer's.",
            )
        })?;
    if method.payment_method.status != PaymentMethodStatus::Active {
        return Err(Invalid::new(
            param,
            ErrorCode::PaymentMethodRequiresAuthentication,
            "This card needs the customer to complete its authentication first.",
        )
        .into());
    }
    Ok(method)
}

/// Moves a subscription after a payment result; emits `subscription.updated` when
/// its status changes.
pub(crate) async fn settle_subscription(
    tx: &mut Tx,
    tenant: &TenantId,
    origin: &Origin,
    id: &SubscriptionId,
    paid: bool,
    exhausted: bool,
    at: DateTime<Utc>,
) -> Result<(), ApiError> {
    let Some(mut stored) = store::subscriptions::get(tx, tenant, id.as_str()).await? else {
        return Ok(());
    };
    let before = stored.subscription.clone();
    let current = before.status;
    let event = match (current, paid) {
        // A paused subscription bills nothing: paying (or failing to pay) an older
        // invoice meanwhile does not move it.
        (SubscriptionStatus::Canceled | SubscriptionStatus::Paused, _) => return Ok(()),
        (SubscriptionStatus::Trialing, paid) => SubscriptionEvent::TrialEnded { paid },
        (SubscriptionStatus::Active, true) => SubscriptionEvent::RenewalPaid,
        (SubscriptionStatus::PastDue | SubscriptionStatus::Unpaid, true) => SubscriptionEvent::PaymentRecovered,
        (_, false) => SubscriptionEvent::PaymentFailed,
    };
    let mut next = current.next(event)?;
    if exhausted && next == SubscriptionStatus::PastDue {
        let settings = store::billing_settings::get(tx, tenant).await?;
        let final_action = if settings.dunning_final_action == "mark_unpaid" {
            FinalAction::MarkUnpaid
        } else {
            FinalAction::Cancel
        };
        next = next.next(SubscriptionEvent::DunningExhausted { final_action })?;
        if next == SubscriptionStatus::Canceled {
            stored.subscription.canceled_at = Some(at);
            stored.subscription.ended_at = Some(at);
            stored.subscription.cancel_at_period_end = false;
            stored.subscription.cancellation_details = Some(paylera_shared::subscription::CancellationDetails {
                reason: Some(CancellationReason::PaymentFailed),
                comment: None,
            });
        }
    }
    stored.subscription.status = next;
    if stored.subscription != before {
        store::subscriptions::save(tx, tenant, &stored).await?;
        emit_change(
            tx,
            tenant,
            origin,
            EventType::SubscriptionUpdated,
            &before,
            &stored.subscription,
        )
        .await?;
    }
    Ok(())
}

/// Pays an open invoice now (the merchant's or the customer's retry).
pub async fn pay(
    db: &Db,
    tenant: &TenantId,
    origin: &Origin,
    id: &str,
    how: Collect<'_>,
) -> Result<(Invoice, Outcome), ApiError> {
    let mut tx = db.begin().await?;
    let mut stored = store::invoices::get(&mut tx, tenant, id)
        .await?
        .ok_or_else(|| ApiError::not_found("invoice", id))?;
    let customer = store::customers::get(&mut tx, tenant, stored.invoice.customer.as_str())
        .await?
        .ok_or_else(|| ApiError::not_found("invoice", id))?;
    let at = super::customer_now(&mut tx, tenant, &customer).await?;
    let outcome = collect(&mut tx, tenant, origin, &mut stored, how, at).await?;
    let invoice = match outcome {
        // The money moved: the paid invoice is the response, stored with the payment.
        Outcome::Paid => origin.commit(tx, stored.invoice).await?,
        Outcome::Failed { .. } | Outcome::RequiresAction => {
            tx.commit().await?;
            stored.invoice
        }
    };
    Ok((invoice, outcome))
}

/// Retries every open invoice of a customer (after a new default card, when the
/// tenant's settings ask for it). Failures are recorded, not raised.
pub async fn retry_open_invoices(
    tx: &mut Tx,
    tenant: &TenantId,
    origin: &Origin,
    customer: &Customer,
) -> Result<(), ApiError> {
    let settings = store::billing_settings::get(tx, tenant).await?;
    if settings.retry_on_new_default == 0 {
        return Ok(());
    }
    let at = super::customer_now(tx, tenant, customer).await?;
    for id in store::invoices::open_for_customer(tx, tenant, customer.id.as_str()).await? {
        if let Some(mut stored) = store::invoices::get(tx, tenant, id.as_str()).await? {
            collect(tx, tenant, origin, &mut stored, Collect::default(), at).await?;
        }
    }
    Ok(())
}

/// `POST /v1/invoices/{id}`: the merchant's metadata, merged (nothing else of an issued
/// invoice changes). Emits `invoice.updated` when it changed.
pub async fn update_metadata(
    db: &Db,
    tenant: &TenantId,
    origin: &Origin,
    id: &str,
    params: UpdateInvoiceRequest,
) -> Result<Invoice, ApiError> {
    let mut tx = db.begin().await?;
    let before = store::invoices::get(&mut tx, tenant, id)
        .await?
        .ok_or_else(|| ApiError::not_found("invoice", id))?
        .invoice;
    let Some(metadata) = crate::domain::metadata::changed(&before.metadata, params.metadata)? else {
        return Ok(before);
    };
    store::invoices::set_metadata(&mut tx, tenant, id, &metadata).await?;
    let after = Invoice {
        metadata,
        ..before.clone()
    };
    let previous = serde_json::json!({"metadata": before.metadata});
    emit(
        &mut tx,
        tenant,
        EventType::InvoiceUpdated,
        &after,
        Some(previous),
        origin,
    )
    .await?;
    origin.commit(tx, after).await
}

/// Voids an open (or uncollectible) invoice. Emits `invoice.voided`.
pub async fn void(db: &Db, tenant: &TenantId, origin: &Origin, id: &str) -> Result<Invoice, ApiError> {
    let mut tx = db.begin().await?;
    let mut stored = store::invoices::get(&mut tx, tenant, id)
        .await?
        .ok_or_else(|| ApiError::not_found("invoice", id))?;
    let status = stored.invoice.status;
    let voided = status.void().map_err(|_| {
        Invalid::new(
            "",
            ErrorCode::InvoiceNotPayable,
            format!("A {} invoice cannot be voided.", stored.invoice.status),
        )
    })?;
    let customer = store::customers::get(&mut tx, tenant, stored.invoice.customer.as_str())
        .await?
        .ok_or_else(|| ApiError::not_found("invoice", id))?;
    let at = super::customer_now(&mut tx, tenant, &customer).await?;
    stored.invoice.status = voided;
    stored.invoice.voided_at = Some(at);
    stored.invoice.next_payment_attempt = None;
    store::invoices::update(&mut tx, tenant, &stored).await?;
    emit(&mut tx, tenant, EventType::InvoiceVoided, &stored.invoice, None, origin).await?;
    origin.commit(tx, stored.invoice).await
}
