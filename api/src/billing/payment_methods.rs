//! Cards: creating, attaching, detaching and authenticating, inside one transaction
//! each, with the events they report.
//!
//! Rules:
//!
//! - Only the brand, last four digits, expiry, a keyed fingerprint and the
//!   processor's token are kept; the number is dropped once tokenized.
//! - Attaching verifies the card with the processor (a zero-amount authorisation):
//!   a declined card is refused and stays unattached (nothing is kept when it was
//!   created with `customer`, the "attach-then-fail" card); a card that needs
//!   authentication is attached as `requires_authentication` and becomes usable
//!   (announced with `customer.payment_method_attached`) once the customer completes
//!   it.
//! - The first active card of a customer without a default becomes the default (and
//!   the customer's open invoices are retried with it).
//! - Detaching the default makes the most recently attached remaining active card
//!   the default (or none). The last active card of a customer with a live
//!   subscription cannot be detached unless the tenant's billing settings allow it.

use paylera_shared::{
    ErrorCode,
    customer::Customer,
    event::EventType,
    ids::TenantId,
    payment_method::{
        CardDetails, CreatePaymentMethodRequest, PaymentMethod, PaymentMethodStatus, UpdatePaymentMethodRequest,
    },
};

use super::{emit_customer_update, live_customer};
use crate::{
    db::{Db, Tx},
    domain::{
        Invalid,
        card::{self, CardInput},
        now,
        processor::{self, Behaviour, Verification},
    },
    error::ApiError,
    store::{
        self,
        events::{Origin, emit},
        payment_methods::Stored,
    },
};

const ACTIVE: PaymentMethodStatus = PaymentMethodStatus::Active;
const REQUIRES_AUTHENTICATION: PaymentMethodStatus = PaymentMethodStatus::RequiresAuthentication;

/// Creates a card payment method (emitting `payment_method.created`) and, with
/// `customer`, attaches it in the same transaction. `fingerprint_key` is the
/// tenant's card-fingerprint key.
pub async fn create(
    db: &Db,
    tenant: &TenantId,
    fingerprint_key: &[u8; 32],
    params: CreatePaymentMethodRequest,
    origin: &Origin,
) -> Result<PaymentMethod, ApiError> {
    if params.kind.as_deref().is_some_and(|k| k != "card") {
        return Err(Invalid::new(
            "type",
            ErrorCode::ParameterInvalid,
            "Only `card` payment methods are supported.",
        )
        .into());
    }
    let input = CardInput {
        number: &params.card.number,
        exp_month: params.card.exp_month,
        exp_year: params.card.exp_year,
        cvc: params.card.cvc.as_deref(),
    };
    let valid = card::validate(&input, now().date_naive()).map_err(|e| e.under("card"))?;
    let metadata = crate::domain::metadata::validate(params.metadata.clone().unwrap_or_default())?;
    let details = CardDetails {
        brand: valid.brand.as_str().to_owned(),
        last4: valid.last4.clone(),
        exp_month: valid.exp_month,
        exp_year: valid.exp_year,
        fingerprint: card::fingerprint(fingerprint_key, &valid.number),
    };
    let tokenized = processor::tokenize(&valid);
    drop(valid);

    let mut tx = db.begin().await?;
    let created = store::payment_methods::create(
        &mut tx,
        tenant,
        details,
        &tokenized.token,
        tokenized.behaviour.as_str(),
        metadata,
    )
    .await?;
    emit(&mut tx, tenant, EventType::PaymentMethodCreated, &created, None, origin).await?;
    let result = match &params.customer {
        Some(customer) => {
            let stored = Stored {
                payment_method: created,
                processor_token: tokenized.token,
            };
            attach_in(&mut tx, tenant, stored, customer, origin).await?
        }
        None => created,
    };
    origin.commit(tx, result).await
}

/// Verifies payment method `id` and attaches it to `customer_id`.
pub async fn attach(
    db: &Db,
    tenant: &TenantId,
    id: &str,
    customer_id: &str,
    origin: &Origin,
) -> Result<PaymentMethod, ApiError> {
    let mut tx = db.begin().await?;
    let stored = stored(&mut tx, tenant, id).await?;
    let attached = attach_in(&mut tx, tenant, stored, customer_id, origin).await?;
    origin.commit(tx, attached).await
}

/// Detaches payment method `id` from its customer (see the module's rules).
pub async fn detach(db: &Db, tenant: &TenantId, id: &str, origin: &Origin) -> Result<PaymentMethod, ApiError> {
    let mut tx = db.begin().await?;
    let stored = stored(&mut tx, tenant, id).await?;
    let Some(customer_id) = stored.payment_method.customer.clone() else {
        return Err(Invalid::new(
            "",
            ErrorCode::PaymentMethodNotAttached,
            "This payment method is not attached to a customer.",
        )
        .into());
    };
    let before = live_customer(&mut tx, tenant, customer_id.as_str()).await?;
    // The card that takes over as default, and whether any usable card would remain.
    let next_active =
        store::payment_methods::latest_active(&mut tx, tenant, &before.id, &stored.payment_method.id).await?;
    if stored.payment_method.status == ACTIVE
        && next_active.is_none()
        && store::subscriptions::live_count(&mut tx, tenant, before.id.as_str()).await? > 0
        && store::billing_settings::get(&mut tx, tenant)
            .await?
            .allow_detach_last_payment_method
            == 0
    {
        return Err(Invalid::new(
            "",
            ErrorCode::LastPaymentMethod,
            "This is the customer's only card and they have a live subscription: add another card first.",
        )
        .into());
    }
    store::payment_methods::detach(&mut tx, tenant, &stored.payment_method.id).await?;
    if before.invoice_settings.default_payment_method.as_ref() == Some(&stored.payment_method.id) {
        store::customers::set_default_payment_method(&mut tx, tenant, &before.id, next_active.as_ref()).await?;
    }
    let detached = PaymentMethod {
        customer: None,
        ..stored.payment_method
    };
    emit(
        &mut tx,
        tenant,
        EventType::CustomerPaymentMethodDetached,
        &detached,
        None,
        origin,
    )
    .await?;
    let after = live_customer(&mut tx, tenant, before.id.as_str()).await?;
    emit_customer_update(&mut tx, tenant, &before, &after, origin).await?;
    origin.commit(tx, detached).await
}

/// Completes the authentication of payment method `id` with the customer's answer:
/// `approve` activates it, `deny` detaches it and answers `authentication_failed`.
pub async fn authenticate(
    db: &Db,
    tenant: &TenantId,
    id: &str,
    approve: bool,
    origin: &Origin,
) -> Result<PaymentMethod, ApiError> {
    let mut tx = db.begin().await?;
    let stored = stored(&mut tx, tenant, id).await?;
    let customer_id = match (&stored.payment_method.customer, stored.payment_method.status) {
        (Some(customer), REQUIRES_AUTHENTICATION) => customer.clone(),
        _ => {
            return Err(Invalid::new(
                "",
                ErrorCode::ParameterInvalid,
                "This payment method is not waiting for authentication.",
            )
            .into());
        }
    };
    if let Err(failed) = processor::complete_authentication(approve) {
        // The failed card is detached for good, even though the request fails.
        store::payment_methods::detach(&mut tx, tenant, &stored.payment_method.id).await?;
        tx.commit().await?;
        return Err(failed.into());
    }
    let before = live_customer(&mut tx, tenant, customer_id.as_str()).await?;
    store::payment_methods::set_status(&mut tx, tenant, &stored.payment_method.id, ACTIVE).await?;
    let active = PaymentMethod {
        status: ACTIVE,
        ..stored.payment_method
    };
    announce_attached(&mut tx, tenant, &before, &active, origin).await?;
    origin.commit(tx, active).await
}

/// `POST /v1/payment_methods/{id}`: the merchant's metadata, merged. Emits
/// `payment_method.updated` when it changed.
pub async fn update(
    db: &Db,
    tenant: &TenantId,
    id: &str,
    params: UpdatePaymentMethodRequest,
    origin: &Origin,
) -> Result<PaymentMethod, ApiError> {
    let mut tx = db.begin().await?;
    let before = stored(&mut tx, tenant, id).await?.payment_method;
    let Some(metadata) = crate::domain::metadata::changed(&before.metadata, params.metadata)? else {
        return Ok(before);
    };
    store::payment_methods::set_metadata(&mut tx, tenant, &before.id, &metadata).await?;
    let after = PaymentMethod {
        metadata,
        ..before.clone()
    };
    let previous = serde_json::json!({"metadata": before.metadata});
    emit(
        &mut tx,
        tenant,
        EventType::PaymentMethodUpdated,
        &after,
        Some(previous),
        origin,
    )
    .await?;
    origin.commit(tx, after).await
}

async fn stored(tx: &mut Tx, tenant: &TenantId, id: &str) -> Result<Stored, ApiError> {
    store::payment_methods::get(tx, tenant, id)
        .await?
        .ok_or_else(|| ApiError::not_found("payment method", id))
}

/// Verifies and attaches `stored` to `customer_id` in `tx`.
async fn attach_in(
    tx: &mut Tx,
    tenant: &TenantId,
    stored: Stored,
    customer_id: &str,
    origin: &Origin,
) -> Result<PaymentMethod, ApiError> {
    let customer = store::customers::get(tx, tenant, customer_id)
        .await?
        .ok_or_else(|| ApiError::not_found("customer", customer_id).with_param("customer"))?;
    if stored.payment_method.customer.is_some() {
        return Err(Invalid::new(
            "customer",
            ErrorCode::PaymentMethodAlreadyAttached,
            "This payment method is already attached to a customer; create a new one instead.",
        )
        .into());
    }
    let behaviour = store::payment_methods::behaviour(tx, tenant, &stored.processor_token)
        .await?
        .as_deref()
        .and_then(Behaviour::parse)
        .ok_or_else(|| ApiError::internal("a payment method's processor token has no known behaviour"))?;
    let status = match processor::verify_on_attach(behaviour)? {
        Verification::Approved => ACTIVE,
        Verification::RequiresAuthentication => REQUIRES_AUTHENTICATION,
    };
    store::payment_methods::attach(tx, tenant, &stored.payment_method.id, &customer.id, status).await?;
    let attached = PaymentMethod {
        customer: Some(customer.id.clone()),
        status,
        ..stored.payment_method
    };
    if status == ACTIVE {
        announce_attached(tx, tenant, &customer, &attached, origin).await?;
    }
    Ok(attached)
}

/// Emits `customer.payment_method_attached` for a now-usable card and makes it the
/// default when the customer has none (emitting `customer.updated` and retrying the
/// customer's open invoices with it).
async fn announce_attached(
    tx: &mut Tx,
    tenant: &TenantId,
    before: &Customer,
    attached: &PaymentMethod,
    origin: &Origin,
) -> Result<(), ApiError> {
    emit(
        tx,
        tenant,
        EventType::CustomerPaymentMethodAttached,
        attached,
        None,
        origin,
    )
    .await?;
    if before.invoice_settings.default_payment_method.is_none() {
        store::customers::set_default_payment_method(tx, tenant, &before.id, Some(&attached.id)).await?;
        let after = live_customer(tx, tenant, before.id.as_str()).await?;
        emit_customer_update(tx, tenant, before, &after, origin).await?;
        super::collection::retry_open_invoices(tx, tenant, origin, &after).await?;
    }
    Ok(())
}
