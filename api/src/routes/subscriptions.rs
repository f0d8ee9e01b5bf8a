//! `/v1/subscriptions`: thin handlers over [`crate::billing::subscriptions`] and
//! [`crate::billing::plan_changes`].

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorEnvelope, List,
    list::{ListParams, MetadataFilter},
    subscription::{
        AcceptRetentionOfferRequest, CancelSubscriptionRequest, ChangeOptions, ChangeOptionsParams,
        CreateSubscriptionRequest, CreateUsageRecordRequest, PauseSubscriptionRequest, Subscription,
        SubscriptionChangePreview, SubscriptionFilter, UpdateSubscriptionRequest, UsageRecord, UsageSummary,
    },
};

use crate::{
    AppState, billing,
    error::ApiError,
    extract::{Json, MetadataQuery, Query, page},
    middleware::auth::Caller,
    store::{self, events::Origin},
};

/// Create a subscription.
///
/// With `trial_period_days`, nothing is charged until the trial ends; otherwise the
/// first period is invoiced and charged to the customer's default card now (a
/// failure leaves the invoice open and the subscription `past_due`). Emits
/// `subscription.created`, `invoice.created`, `invoice.finalized` and
/// `invoice.paid` / `invoice.payment_failed` / `invoice.payment_action_required`.
#[utoipa::path(
    post, path = "/v1/subscriptions", tag = "subscriptions",
    request_body(content = CreateSubscriptionRequest, example = json!({"customer": "cus_…", "price": "price_…", "quantity": 1, "trial_period_days": 14})),
    responses(
        (status = 200, description = "The new subscription", body = Subscription),
        (status = 400, description = "Invalid parameters or an archived price (`resource_archived`)", body = ErrorEnvelope),
        (status = 403, description = "Portal token: a trial, or a price the session does not offer (`portal_feature_disabled`)", body = ErrorEnvelope),
        (status = 404, description = "No such customer or price", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_subscription(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(params): Json<CreateSubscriptionRequest>,
) -> Result<JsonResponse<Subscription>, ApiError> {
    billing::subscriptions::create(
        &state.db,
        &caller.tenant_id,
        &origin,
        params,
        caller.portal_configuration(),
    )
    .await
    .map(JsonResponse)
}

/// Retrieve a subscription.
#[utoipa::path(
    get, path = "/v1/subscriptions/{id}", tag = "subscriptions",
    params(("id" = String, Path, description = "The subscription id (`sub_…`)")),
    responses(
        (status = 200, description = "The subscription", body = Subscription),
        (status = 404, description = "No such subscription", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_subscription(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<Subscription>, ApiError> {
    store::subscriptions::find(&state.db, &caller.tenant_id, &id)
        .await?
        .map(|s| JsonResponse(s.subscription))
        .ok_or_else(|| ApiError::not_found("subscription", &id))
}

/// Change a subscription's price and/or quantity.
///
/// Upgrades take effect now with time-based proration invoiced immediately;
/// downgrades follow the tenant's `downgrade_behavior` (now with a credit, or at the
/// period end). The same price and quantity is a no-op; another currency or an
/// archived price is refused. Emits `subscription.updated`.
#[utoipa::path(
    post, path = "/v1/subscriptions/{id}", tag = "subscriptions",
    params(("id" = String, Path, description = "The subscription id (`sub_…`)")),
    request_body(content = UpdateSubscriptionRequest, example = json!({"price": "price_…", "quantity": 2})),
    responses(
        (status = 200, description = "The updated subscription", body = Subscription),
        (status = 400, description = "Invalid change (`resource_archived`, currency change, `subscription_canceled`)", body = ErrorEnvelope),
        (status = 404, description = "No such subscription or price", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn update_subscription(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<UpdateSubscriptionRequest>,
) -> Result<JsonResponse<Subscription>, ApiError> {
    billing::plan_changes::change(
        &state.db,
        &caller.tenant_id,
        &origin,
        &id,
        &params,
        caller.portal_configuration(),
    )
    .await
    .map(JsonResponse)
}

/// Preview a change: the exact lines and amounts it would invoice now.
#[utoipa::path(
    post, path = "/v1/subscriptions/{id}/preview", tag = "subscriptions",
    params(("id" = String, Path, description = "The subscription id (`sub_…`)")),
    request_body(content = UpdateSubscriptionRequest, example = json!({"price": "price_…"})),
    responses(
        (status = 200, description = "What the change would do", body = SubscriptionChangePreview),
        (status = 400, description = "Invalid change", body = ErrorEnvelope),
        (status = 404, description = "No such subscription or price", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn preview_subscription_change(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Json(params): Json<UpdateSubscriptionRequest>,
) -> Result<JsonResponse<SubscriptionChangePreview>, ApiError> {
    billing::plan_changes::preview(
        &state.db,
        &caller.tenant_id,
        &id,
        &params,
        caller.portal_configuration(),
    )
    .await
    .map(JsonResponse)
}

/// The prices a subscription may change to, each with the preview of that change.
///
/// One call for a plan picker: the candidates are the portal configuration's offered
/// prices (portal tokens, when it lists them), otherwise every active price in the
/// subscription's currency of every active product of its product's family. Each is
/// judged by the rules of `POST /v1/subscriptions/{id}`: one it would refuse is left
/// out, and each option's `preview` is exactly what `POST /v1/subscriptions/{id}/preview`
/// answers for it. At most 20 options; none for an ended subscription.
#[utoipa::path(
    get, path = "/v1/subscriptions/{id}/change_options", tag = "subscriptions",
    params(("id" = String, Path, description = "The subscription id (`sub_…`)"), ChangeOptionsParams),
    responses(
        (status = 200, description = "The options, each with its preview", body = ChangeOptions),
        (status = 400, description = "Invalid quantity", body = ErrorEnvelope),
        (status = 403, description = "Portal token: the session does not offer plan changes (`portal_feature_disabled`)", body = ErrorEnvelope),
        (status = 404, description = "No such subscription", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_change_options(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(params): Query<ChangeOptionsParams>,
) -> Result<JsonResponse<ChangeOptions>, ApiError> {
    billing::plan_changes::options(
        &state.db,
        &caller.tenant_id,
        &id,
        params.quantity,
        caller.portal_configuration(),
    )
    .await
    .map(JsonResponse)
}

/// Cancel a subscription.
///
/// At the period end by default (access continues until `current_period_end`), or
/// `immediately`, optionally crediting the unused time to the customer. Emits
/// `subscription.canceled` with `cancellation_details`.
#[utoipa::path(
    post, path = "/v1/subscriptions/{id}/cancel", tag = "subscriptions",
    params(("id" = String, Path, description = "The subscription id (`sub_…`)")),
    request_body(content = CancelSubscriptionRequest, example = json!({"reason": "too_expensive", "comment": "Over budget this year"})),
    responses(
        (status = 200, description = "The canceled (or canceling) subscription", body = Subscription),
        (status = 400, description = "Unknown reason or already ended (`subscription_canceled`)", body = ErrorEnvelope),
        (status = 404, description = "No such subscription", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn cancel_subscription(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<CancelSubscriptionRequest>,
) -> Result<JsonResponse<Subscription>, ApiError> {
    billing::subscriptions::cancel(
        &state.db,
        &caller.tenant_id,
        &origin,
        &id,
        &params,
        caller.portal_configuration(),
    )
    .await
    .map(JsonResponse)
}

/// Reactivate a subscription whose cancellation is pending.
///
/// Emits `subscription.reactivated`. A subscription that has ended cannot be
/// reactivated (`subscription_canceled`): create a new one.
#[utoipa::path(
    post, path = "/v1/subscriptions/{id}/reactivate", tag = "subscriptions",
    params(("id" = String, Path, description = "The subscription id (`sub_…`)")),
    responses(
        (status = 200, description = "The subscription, renewing again", body = Subscription),
        (status = 400, description = "Nothing pending, or already ended", body = ErrorEnvelope),
        (status = 404, description = "No such subscription", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn reactivate_subscription(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
) -> Result<JsonResponse<Subscription>, ApiError> {
    billing::subscriptions::reactivate(&state.db, &caller.tenant_id, &origin, &id)
        .await
        .map(JsonResponse)
}

/// Pause a subscription's billing.
///
/// From the end of the current (paid) period for `periods` periods of the price: no
/// invoice until then, and billing resumes on its own on `pause.resumes_at`. Only an
/// `active` subscription of a licensed price, with no cancellation pending, can be
/// paused. Emits `subscription.updated` now and `subscription.paused` when the pause
/// starts.
#[utoipa::path(
    post, path = "/v1/subscriptions/{id}/pause", tag = "subscriptions",
    params(("id" = String, Path, description = "The subscription id (`sub_…`)")),
    request_body(content = PauseSubscriptionRequest, example = json!({"periods": 2})),
    responses(
        (status = 200, description = "The subscription with its `pause`", body = Subscription),
        (status = 400, description = "Periods out of range, not active, metered, canceling or already pausing", body = ErrorEnvelope),
        (status = 404, description = "No such subscription", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn pause_subscription(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<PauseSubscriptionRequest>,
) -> Result<JsonResponse<Subscription>, ApiError> {
    billing::retention::pause(
        &state.db,
        &caller.tenant_id,
        &origin,
        &id,
        &params,
        caller.portal_configuration(),
    )
    .await
    .map(JsonResponse)
}

/// Resume a paused subscription now, or withdraw a scheduled pause.
///
/// A running pause ends today: a new period starts and is invoiced and collected at
/// once (today becomes the billing day). A pause not yet started is withdrawn and the
/// subscription renews as before. Emits `subscription.resumed`.
#[utoipa::path(
    post, path = "/v1/subscriptions/{id}/resume", tag = "subscriptions",
    params(("id" = String, Path, description = "The subscription id (`sub_…`)")),
    responses(
        (status = 200, description = "The subscription, billing again", body = Subscription),
        (status = 400, description = "Not paused, or already ended", body = ErrorEnvelope),
        (status = 404, description = "No such subscription", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn resume_subscription(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
) -> Result<JsonResponse<Subscription>, ApiError> {
    billing::retention::resume(&state.db, &caller.tenant_id, &origin, &id)
        .await
        .map(JsonResponse)
}

/// Accept a retention offer instead of canceling.
///
/// Takes the offer the portal configuration makes for `reason`
/// (`subscription_cancel_retention_offers`; for a portal customer, their session's, for
/// the merchant the tenant's): a discount on the next renewals (`discount`) or a pause
/// from the period end (`pause`). Nothing is canceled. Emits `subscription.updated`.
#[utoipa::path(
    post, path = "/v1/subscriptions/{id}/accept_retention_offer", tag = "subscriptions",
    params(("id" = String, Path, description = "The subscription id (`sub_…`)")),
    request_body(content = AcceptRetentionOfferRequest, example = json!({"reason": "too_expensive"})),
    responses(
        (status = 200, description = "The subscription with its `discount` or `pause`", body = Subscription),
        (status = 400, description = "No offer for that reason, or the subscription cannot take it", body = ErrorEnvelope),
        (status = 404, description = "No such subscription", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn accept_retention_offer(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<AcceptRetentionOfferRequest>,
) -> Result<JsonResponse<Subscription>, ApiError> {
    billing::retention::accept_retention_offer(
        &state.db,
        &caller.tenant_id,
        &origin,
        &id,
        &params,
        caller.portal_configuration(),
    )
    .await
    .map(JsonResponse)
}

/// List subscriptions, newest first.
#[utoipa::path(
    get, path = "/v1/subscriptions", tag = "subscriptions",
    params(SubscriptionFilter, ListParams, MetadataFilter),
    responses((status = 200, description = "A page of subscriptions", body = List<Subscription>)),
    security(("api_key" = []))
)]
pub async fn list_subscriptions(
    State(state): State<AppState>,
    caller: Caller,
    Query(filter): Query<SubscriptionFilter>,
    Query(params): Query<ListParams>,
    MetadataQuery(metadata): MetadataQuery,
) -> Result<JsonResponse<List<Subscription>>, ApiError> {
    let page = page(&params)?;
    let (data, has_more) = store::subscriptions::list(
        &state.db,
        &caller.tenant_id,
        filter.customer.as_deref(),
        filter.status.as_deref(),
        &metadata.metadata,
        &page,
    )
    .await?;
    Ok(JsonResponse(List::new(data, has_more, "/v1/subscriptions")))
}

/// Record usage of a metered subscription.
///
/// Idempotent by `Idempotency-Key` and `timestamp`: sending the same pair again
/// records nothing new. Usage is billed at the period end.
#[utoipa::path(
    post, path = "/v1/subscriptions/{id}/usage_records", tag = "subscriptions",
    params(
        ("id" = String, Path, description = "The subscription id (`sub_…`)"),
        ("Idempotency-Key" = Option<String>, Header, description = "With `timestamp`, identifies the report"),
    ),
    request_body(content = CreateUsageRecordRequest, example = json!({"quantity": 120, "timestamp": "2026-11-25T10:00:00Z", "action": "increment"})),
    responses(
        (status = 200, description = "The usage record", body = UsageRecord),
        (status = 400, description = "Not metered, or a timestamp outside the current period", body = ErrorEnvelope),
        (status = 404, description = "No such subscription", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_usage_record(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<CreateUsageRecordRequest>,
) -> Result<JsonResponse<UsageRecord>, ApiError> {
    billing::subscriptions::record_usage(&state.db, &caller.tenant_id, &id, &params, &origin)
        .await
        .map(JsonResponse)
}

/// The current period's usage totals of a subscription (the spec's usage endpoint).
#[utoipa::path(
    get, path = "/v1/subscriptions/{id}/usage", tag = "subscriptions",
    params(("id" = String, Path, description = "The subscription id (`sub_…`)")),
    responses(
        (status = 200, description = "Usage so far this period", body = UsageSummary),
        (status = 404, description = "No such subscription", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_usage(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<UsageSummary>, ApiError> {
    billing::subscriptions::usage_summary(&state.db, &caller.tenant_id, &id)
        .await
        .map(JsonResponse)
}
