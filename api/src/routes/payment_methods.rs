//! `/v1/payment_methods` and `/v1/customers/{id}/payment_methods`: parse, call
//! [`crate::billing::payment_methods`] (which holds the rules), answer.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorCode, ErrorEnvelope, List,
    list::{ListParams, MetadataFilter},
    payment_method::{
        AttachPaymentMethodRequest, AuthenticatePaymentMethodRequest, CreatePaymentMethodRequest, PaymentMethod,
        UpdatePaymentMethodRequest,
    },
};

use super::customers::find_customer;
use crate::{
    AppState, billing,
    domain::Invalid,
    error::ApiError,
    extract::{Json, MetadataQuery, Query, page},
    middleware::auth::Caller,
    store::{self, events::Origin},
};

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
    let key = state.secrets.card_fingerprint_key_for(caller.tenant_id.as_str());
    billing::payment_methods::create(&state.db, &caller.tenant_id, &key, params, &origin)
        .await
        .map(JsonResponse)
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

/// Update a payment method's metadata (merged; a key set to `null` is removed). Emits
/// `payment_method.updated` when it changed.
#[utoipa::path(
    post, path = "/v1/payment_methods/{id}", tag = "payment_methods",
    params(("id" = String, Path, description = "The payment method id (`pm_…`)")),
    request_body(content = UpdatePaymentMethodRequest, example = json!({"metadata": {"source": "onboarding"}})),
    responses(
        (status = 200, description = "The payment method", body = PaymentMethod),
        (status = 400, description = "Invalid metadata", body = ErrorEnvelope),
        (status = 404, description = "No such payment method for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn update_payment_method(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<UpdatePaymentMethodRequest>,
) -> Result<JsonResponse<PaymentMethod>, ApiError> {
    billing::payment_methods::update(&state.db, &caller.tenant_id, &id, params, &origin)
        .await
        .map(JsonResponse)
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
    billing::payment_methods::attach(&state.db, &caller.tenant_id, &id, &params.customer, &origin)
        .await
        .map(JsonResponse)
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
    billing::payment_methods::detach(&state.db, &caller.tenant_id, &id, &origin)
        .await
        .map(JsonResponse)
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
    billing::payment_methods::authenticate(&state.db, &caller.tenant_id, &id, approve, &origin)
        .await
        .map(JsonResponse)
}

/// List a customer's payment methods, newest first.
#[utoipa::path(
    get, path = "/v1/customers/{id}/payment_methods", tag = "payment_methods",
    params(("id" = String, Path, description = "The customer id (`cus_…`)"), ListParams, MetadataFilter),
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
    MetadataQuery(metadata): MetadataQuery,
) -> Result<JsonResponse<List<PaymentMethod>>, ApiError> {
    let page = page(&params)?;
    let customer = find_customer(&state, &caller, &customer_id).await?;
    let (data, has_more) =
        store::payment_methods::page_for(&state.db, &caller.tenant_id, &customer.id, &metadata.metadata, &page).await?;
    Ok(JsonResponse(List::new(
        data,
        has_more,
        format!("/v1/customers/{customer_id}/payment_methods"),
    )))
}
