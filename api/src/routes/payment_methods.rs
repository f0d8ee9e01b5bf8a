//! `/v1/payment_methods` and `/v1/customers/{id}/payment_methods`.
//!
//! Rules: the first active card attached to a customer without a default becomes
//! the default; detaching the default makes the most recently attached remaining
//! active card the default (or none). A card that needs authentication is attached
//! as `requires_authentication` and becomes usable (and announced with
//! `customer.payment_method_attached`) once the customer completes it.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorCode, ErrorEnvelope, List,
    customer::Customer,
    event::EventType,
    list::ListParams,
    payment_method::{
        AttachPaymentMethodRequest, AuthenticatePaymentMethodRequest, CardDetails, CreatePaymentMethodRequest,
        PaymentMethod,
    },
};

use super::{
    customers::{emit_update, find_customer, live_customer},
    unknown_cursor,
};
use crate::{
    AppState, billing,
    db::Tx,
    domain::{
        Invalid,
        card::{self, CardInput},
        now,
        processor::{self, Behaviour, Verification},
    },
    error::ApiError,
    extract::{Json, Query, page},
    middleware::auth::Caller,
    store::{
        self,
        events::{Origin, emit},
        payment_methods::Stored,
    },
};

const ACTIVE: &str = "active";
const REQUIRES_AUTHENTICATION: &str = "requires_authentication";

/// Create a card payment method.
///
/// The number is validated (length, Luhn, brand, expiry, CVC) and handed to the
/// processor; only the brand, last four digits, expiry, a keyed fingerprint and the
/// processor's token are kept. With `customer`, the card is attached right away (and
/// nothing is kept if the bank declines it). Emits `payment_method.created`.
#[utoipa::path(
    post, path = "/v1/payment_methods", tag = "payment_methods",
    request_body(content = CreatePaymentMethodRequest, example = json!({
        "type": "card", "card": {"number": "4242 4242 4242 4242", "exp_month": 12, "exp_year": 2030, "cvc": "123"}, "customer": "cus_…"
    })),
    responses(
        (status = 200, description = "The payment method (`status` is `requires_authentication` when the customer must authenticate it)", body = PaymentMethod),
        (status = 402, description = "`card_error`: `incorrect_number`, `invalid_expiry_month`, `invalid_expiry_year`, `expired_card`, `invalid_cvc`, `card_declined` (with `decline_code`)", body = ErrorEnvelope),
        (status = 404, description = "No such customer for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_payment_method(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(params): Json<CreatePaymentMethodRequest>,
) -> Result<JsonResponse<PaymentMethod>, ApiError> {
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
    let details = CardDetails {
        brand: valid.brand.as_str().to_owned(),
        last4: valid.last4.clone(),
        exp_month: valid.exp_month,
        exp_year: valid.exp_year,
        fingerprint: card::fingerprint(
            &state.secrets.card_fingerprint_key_for(caller.tenant_id.as_str()),
            &valid.number,
        ),
    };
    let tokenized = processor::tokenize(&valid);
    drop(valid);

    let tenant = &caller.tenant_id;
    let mut tx = state.db.begin().await?;
    let created =
        store::payment_methods::create(&mut tx, tenant, details, &tokenized.token, tokenized.behaviour.as_str())
            .await?;
    emit(
        &mut tx,
        tenant,
        EventType::PaymentMethodCreated,
        &created,
        None,
        &origin,
    )
    .await?;
    let result = match &params.customer {
        Some(customer) => {
            let stored = Stored {
                payment_method: created,
                processor_token: tokenized.token,
            };
            attach(&mut tx, &caller, stored, customer, &origin).await?
        }
        None => created,
    };
    origin.commit(tx, result).await.map(JsonResponse)
}

/// Retrieve a payment method.
#[utoipa::path(
    get, path = "/v1/payment_methods/{id}", tag = "payment_methods",
    params(("id" = String, Path, description = "The payment method id (`pm_…`)")),
    responses(
        (status = 200, description = "The payment method", body = PaymentMethod),
        (status = 404, description = "No such payment method for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_payment_method(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<PaymentMethod>, ApiError> {
    store::payment_methods::find(&state.db, &caller.tenant_id, &id)
        .await?
        .map(|s| JsonResponse(s.payment_method))
        .ok_or_else(|| ApiError::not_found("payment method", &id))
}

/// Attach a payment method to a customer.
///
/// The processor verifies the card (a zero-amount authorisation): a declined card is
/// refused with `card_declined` and stays unattached; a card that needs
/// authentication is attached as `requires_authentication`. Emits
/// `customer.payment_method_attached` once the card is usable, and `customer.updated`
/// when it becomes the default.
#[utoipa::path(
    post, path = "/v1/payment_methods/{id}/attach", tag = "payment_methods",
    params(("id" = String, Path, description = "The payment method id (`pm_…`)")),
    request_body(content = AttachPaymentMethodRequest, example = json!({"customer": "cus_…"})),
    responses(
        (status = 200, description = "The attached payment method", body = PaymentMethod),
        (status = 400, description = "`payment_method_already_attached`", body = ErrorEnvelope),
        (status = 402, description = "`card_declined` with a `decline_code`", body = ErrorEnvelope),
        (status = 404, description = "No such payment method or customer", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn attach_payment_method(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<AttachPaymentMethodRequest>,
) -> Result<JsonResponse<PaymentMethod>, ApiError> {
    let mut tx = state.db.begin().await?;
    let stored = stored(&mut tx, &caller, &id).await?;
    let attached = attach(&mut tx, &caller, stored, &params.customer, &origin).await?;
    origin.commit(tx, attached).await.map(JsonResponse)
}

/// Detach a payment method from its customer.
///
/// If it was the default, the most recently attached remaining active card becomes
/// the default (or none). Emits `customer.payment_method_detached` (and
/// `customer.updated` when the default changed).
#[utoipa::path(
    post, path = "/v1/payment_methods/{id}/detach", tag = "payment_methods",
    params(("id" = String, Path, description = "The payment method id (`pm_…`)")),
    responses(
        (status = 200, description = "The detached payment method", body = PaymentMethod),
        (status = 400, description = "`payment_method_not_attached`", body = ErrorEnvelope),
        (status = 404, description = "No such payment method for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn detach_payment_method(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
) -> Result<JsonResponse<PaymentMethod>, ApiError> {
    let tenant = &caller.tenant_id;
    let mut tx = state.db.begin().await?;
    let stored = stored(&mut tx, &caller, &id).await?;
    let Some(customer_id) = stored.payment_method.customer.clone() else {
        return Err(Invalid::new(
            "",
            ErrorCode::PaymentMethodNotAttached,
            "This payment method is not attached to a customer.",
        )
        .into());
    };
    let before = live_customer(&mut tx, &caller, customer_id.as_str()).await?;
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
        &origin,
    )
    .await?;
    let after = live_customer(&mut tx, &caller, before.id.as_str()).await?;
    emit_update(&mut tx, &caller, &before, &after, &origin).await?;
    origin.commit(tx, detached).await.map(JsonResponse)
}

/// Complete a card's authentication (test mode: the customer's answer to the
/// simulated 3-D Secure challenge).
///
/// `approve` activates the card (emitting `customer.payment_method_attached`);
/// `deny` detaches it and answers `402 authentication_failed`.
#[utoipa::path(
    post, path = "/v1/payment_methods/{id}/authenticate", tag = "payment_methods",
    params(("id" = String, Path, description = "The payment method id (`pm_…`)")),
    request_body(content = AuthenticatePaymentMethodRequest, example = json!({"outcome": "approve"})),
    responses(
        (status = 200, description = "The now active payment method", body = PaymentMethod),
        (status = 400, description = "The payment method does not await authentication", body = ErrorEnvelope),
        (status = 402, description = "`authentication_failed`", body = ErrorEnvelope),
        (status = 404, description = "No such payment method for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn authenticate_payment_method(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<AuthenticatePaymentMethodRequest>,
) -> Result<JsonResponse<PaymentMethod>, ApiError> {
    let approve = match params.outcome.as_str() {
        "approve" => true,
        "deny" => false,
        _ => {
            return Err(Invalid::new(
                "outcome",
                ErrorCode::ParameterInvalid,
                "outcome is `approve` or `deny`.",
            )
            .into());
        }
    };
    let tenant = &caller.tenant_id;
    let mut tx = state.db.begin().await?;
    let stored = stored(&mut tx, &caller, &id).await?;
    let customer_id = match (&stored.payment_method.customer, stored.payment_method.status.as_str()) {
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
        store::payment_methods::detach(&mut tx, tenant, &stored.payment_method.id).await?;
        tx.commit().await?;
        return Err(failed.into());
    }
    let before = live_customer(&mut tx, &caller, customer_id.as_str()).await?;
    store::payment_methods::set_status(&mut tx, tenant, &stored.payment_method.id, ACTIVE).await?;
    let active = PaymentMethod {
        status: ACTIVE.to_owned(),
        ..stored.payment_method
    };
    announce_attached(&mut tx, &caller, &before, &active, &origin).await?;
    origin.commit(tx, active).await.map(JsonResponse)
}

/// List a customer's payment methods, newest first.
#[utoipa::path(
    get, path = "/v1/customers/{id}/payment_methods", tag = "payment_methods",
    params(("id" = String, Path, description = "The customer id (`cus_…`)"), ListParams),
    responses(
        (status = 200, description = "A page of payment methods", body = List<PaymentMethod>),
        (status = 404, description = "No such customer for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_customer_payment_methods(
    State(state): State<AppState>,
    caller: Caller,
    Path(customer_id): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<JsonResponse<List<PaymentMethod>>, ApiError> {
    let page = page(&params)?;
    let customer = find_customer(&state, &caller, &customer_id).await?;
    let (data, has_more) = store::payment_methods::page_for(&state.db, &caller.tenant_id, &customer.id, &page)
        .await?
        .ok_or_else(|| unknown_cursor(&params))?;
    Ok(JsonResponse(List::new(
        data,
        has_more,
        format!("/v1/customers/{customer_id}/payment_methods"),
    )))
}

async fn stored(tx: &mut Tx, caller: &Caller, id: &str) -> Result<Stored, ApiError> {
    store::payment_methods::get(tx, &caller.tenant_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("payment method", id))
}

/// Verifies and attaches `stored` to `customer_id` in `tx`.
async fn attach(
    tx: &mut Tx,
    caller: &Caller,
    stored: Stored,
    customer_id: &str,
    origin: &Origin,
) -> Result<PaymentMethod, ApiError> {
    let tenant = &caller.tenant_id;
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
        status: status.to_owned(),
        ..stored.payment_method
    };
    if status == ACTIVE {
        announce_attached(tx, caller, &customer, &attached, origin).await?;
    }
    Ok(attached)
}

/// Emits `customer.payment_method_attached` for a now-usable card and makes it the
/// default when the customer has none (emitting `customer.updated`).
async fn announce_attached(
    tx: &mut Tx,
    caller: &Caller,
    before: &Customer,
    attached: &PaymentMethod,
    origin: &Origin,
) -> Result<(), ApiError> {
    emit(
        tx,
        &caller.tenant_id,
        EventType::CustomerPaymentMethodAttached,
        attached,
        None,
        origin,
    )
    .await?;
    if before.invoice_settings.default_payment_method.is_none() {
        store::customers::set_default_payment_method(tx, &caller.tenant_id, &before.id, Some(&attached.id)).await?;
        let after = live_customer(tx, caller, before.id.as_str()).await?;
        emit_update(tx, caller, before, &after, origin).await?;
        billing::collection::retry_open_invoices(tx, &caller.tenant_id, origin, &after).await?;
    }
    Ok(())
}
