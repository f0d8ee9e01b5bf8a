//! `/v1/webhook_endpoints`: where a tenant's events are delivered, the signing
//! secret (shown at creation and rotation only), the attempt log and manual resend.
//! Merchant keys only (declared in `middleware::scope`).

use std::time::Duration;

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorEnvelope, List,
    customer::DeletedObject,
    event::EventType,
    list::ListParams,
    webhook::{
        CreateWebhookEndpointRequest, ResendWebhookRequest, RotateWebhookSecretRequest, UpdateWebhookEndpointRequest,
        WebhookAttempt, WebhookAttemptFilter, WebhookDelivery, WebhookEndpoint, WebhookEndpointStatus,
    },
};

use crate::{
    AppState,
    domain::{
        ids::random_base62,
        now,
        webhook::{self, SigningSecret, TargetPolicy},
    },
    error::ApiError,
    extract::{Json, Query, page},
    middleware::auth::Caller,
    store::events::Origin,
    store::{self, webhooks::Endpoint},
};

const MAX_DESCRIPTION: usize = 500;

/// Where an endpoint of this mode may point: live endpoints only to public `https`.
fn policy(state: &AppState, livemode: bool) -> TargetPolicy {
    TargetPolicy::for_tenant(!livemode, state.settings.webhooks.allow_private_targets)
}

fn checked_url(state: &AppState, livemode: bool, url: &str) -> Result<String, ApiError> {
    webhook::validate_url(url, policy(state, livemode))
        .map(|_| url.to_owned())
        .map_err(|message| ApiError::invalid_param("url", message))
}

fn checked_events(events: Vec<String>) -> Result<Vec<String>, ApiError> {
    webhook::validate_enabled_events(&events).map_err(|message| ApiError::invalid_param("enabled_events", message))?;
    Ok(events)
}

fn checked_description(description: Option<String>) -> Result<Option<String>, ApiError> {
    match description {
        Some(d) if d.chars().count() > MAX_DESCRIPTION => Err(ApiError::invalid_param(
            "description",
            format!("description is at most {MAX_DESCRIPTION} characters."),
        )),
        other => Ok(other),
    }
}

/// Create a webhook endpoint.
///
/// The response carries the signing `secret` (`whsec_…`) — the only time it is
/// shown. Events created from now on whose type is in `enabled_events` (or all,
/// with `*`) are delivered to `url`, signed per the Standard Webhooks specification.
#[utoipa::path(
    post, path = "/v1/webhook_endpoints", tag = "webhooks",
    request_body(content = CreateWebhookEndpointRequest, example = json!({
        "url": "https://yourapp.example/webhooks/paylera",
        "enabled_events": ["customer.updated", "subscription.updated"],
        "description": "Billing cache"
    })),
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes the request safe to retry.")),
    responses(
        (status = 200, description = "The new endpoint, with its secret", body = WebhookEndpoint),
        (status = 400, description = "Invalid URL (shape, or a refused private target) or event types", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_webhook_endpoint(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(params): Json<CreateWebhookEndpointRequest>,
) -> Result<JsonResponse<WebhookEndpoint>, ApiError> {
    let endpoint = Endpoint {
        id: format!("we_{}", random_base62(24)),
        url: checked_url(&state, caller.is_live(), &params.url)?,
        livemode: caller.is_live(),
        description: checked_description(params.description)?,
        enabled_events: checked_events(params.enabled_events)?,
        status: WebhookEndpointStatus::Enabled,
        disabled_reason: None,
        disabled_message: None,
        secret: SigningSecret::generate(),
        previous_secret: None,
        previous_secret_expires_at: None,
        created: now().timestamp(),
    };
    let mut tx = state.db.begin().await?;
    store::webhooks::create_endpoint(&mut tx, state.secrets.webhook_sealer(), &caller.tenant_id, &endpoint).await?;
    origin.commit(tx, endpoint.to_dto(true)).await.map(JsonResponse)
}

/// List webhook endpoints, newest first.
#[utoipa::path(
    get, path = "/v1/webhook_endpoints", tag = "webhooks",
    params(ListParams),
    responses(
        (status = 200, description = "A page of endpoints (without secrets)", body = List<WebhookEndpoint>),
        (status = 400, description = "Invalid cursor", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_webhook_endpoints(
    State(state): State<AppState>,
    caller: Caller,
    Query(params): Query<ListParams>,
) -> Result<JsonResponse<List<WebhookEndpoint>>, ApiError> {
    let page = page(&params)?;
    let (rows, has_more) =
        store::webhooks::list_endpoints(&state.db, state.secrets.webhook_sealer(), &caller.tenant_id, &page).await?;
    let data = rows.iter().map(|e| e.to_dto(false)).collect();
    Ok(JsonResponse(List::new(data, has_more, "/v1/webhook_endpoints")))
}

/// Retrieve a webhook endpoint (never its secret). A disabled endpoint says why in
/// `disabled_reason` and `disabled_message`.
#[utoipa::path(
    get, path = "/v1/webhook_endpoints/{id}", tag = "webhooks",
    params(("id" = String, Path, description = "The endpoint id (`we_…`)")),
    responses(
        (status = 200, description = "The endpoint", body = WebhookEndpoint),
        (status = 404, description = "No such endpoint for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_webhook_endpoint(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<WebhookEndpoint>, ApiError> {
    store::webhooks::find_endpoint(&state.db, state.secrets.webhook_sealer(), &caller.tenant_id, &id)
        .await?
        .map(|e| JsonResponse(e.to_dto(false)))
        .ok_or_else(|| ApiError::not_found("webhook endpoint", &id))
}

/// Update a webhook endpoint.
///
/// Only the fields present change. `disabled: true` stops deliveries: pending ones
/// wait, and events created meanwhile are not sent to it. `disabled: false` enables
/// the endpoint again, also after the dispatcher disabled it, and the pending
/// deliveries resume.
#[utoipa::path(
    post, path = "/v1/webhook_endpoints/{id}", tag = "webhooks",
    params(("id" = String, Path, description = "The endpoint id (`we_…`)")),
    request_body(content = UpdateWebhookEndpointRequest, example = json!({"enabled_events": ["*"], "disabled": false})),
    responses(
        (status = 200, description = "The updated endpoint", body = WebhookEndpoint),
        (status = 400, description = "Invalid parameters", body = ErrorEnvelope),
        (status = 404, description = "No such endpoint for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn update_webhook_endpoint(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<UpdateWebhookEndpointRequest>,
) -> Result<JsonResponse<WebhookEndpoint>, ApiError> {
    let mut tx = state.db.begin().await?;
    let mut endpoint = store::webhooks::get_endpoint(&mut tx, state.secrets.webhook_sealer(), &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("webhook endpoint", &id))?;
    if let Some(url) = params.url {
        endpoint.url = checked_url(&state, endpoint.livemode, &url)?;
    }
    if let Some(events) = params.enabled_events {
        endpoint.enabled_events = checked_events(events)?;
    }
    if params.description.is_some() {
        endpoint.description = checked_description(params.description)?;
    }
    let mut reset_failing = false;
    match params.disabled {
        Some(true) => endpoint.disable(),
        Some(false) => reset_failing = endpoint.enable(),
        None => {}
    }
    store::webhooks::save_endpoint(
        &mut tx,
        state.secrets.webhook_sealer(),
        &caller.tenant_id,
        &endpoint,
        reset_failing,
    )
    .await?;
    origin.commit(tx, endpoint.to_dto(false)).await.map(JsonResponse)
}

/// Delete a webhook endpoint. Its pending deliveries are canceled; its log stays.
#[utoipa::path(
    delete, path = "/v1/webhook_endpoints/{id}", tag = "webhooks",
    params(("id" = String, Path, description = "The endpoint id (`we_…`)")),
    responses(
        (status = 200, description = "Deleted", body = DeletedObject),
        (status = 404, description = "No such endpoint for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn delete_webhook_endpoint(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
) -> Result<JsonResponse<DeletedObject>, ApiError> {
    let mut tx = state.db.begin().await?;
    store::webhooks::get_endpoint(&mut tx, state.secrets.webhook_sealer(), &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("webhook endpoint", &id))?;
    store::webhooks::delete_endpoint(&mut tx, &caller.tenant_id, &id, now().timestamp()).await?;
    origin
        .commit(
            tx,
            DeletedObject {
                id,
                object: "webhook_endpoint".to_owned(),
                deleted: true,
            },
        )
        .await
        .map(JsonResponse)
}

/// Rotate an endpoint's signing secret.
///
/// The response carries the new `secret` (shown once). The old secret keeps
/// signing beside the new one for `overlap_seconds` (default one day, at most
/// seven): deliveries carry both signatures, so receivers can switch at leisure.
#[utoipa::path(
    post, path = "/v1/webhook_endpoints/{id}/rotate_secret", tag = "webhooks",
    params(("id" = String, Path, description = "The endpoint id (`we_…`)")),
    request_body(content = RotateWebhookSecretRequest, example = json!({"overlap_seconds": 86400})),
    responses(
        (status = 200, description = "The endpoint with its new secret", body = WebhookEndpoint),
        (status = 400, description = "Invalid overlap", body = ErrorEnvelope),
        (status = 404, description = "No such endpoint for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn rotate_webhook_secret(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<RotateWebhookSecretRequest>,
) -> Result<JsonResponse<WebhookEndpoint>, ApiError> {
    let overlap = params
        .overlap_seconds
        .map_or(webhook::DEFAULT_ROTATION_OVERLAP, Duration::from_secs);
    if overlap > webhook::MAX_ROTATION_OVERLAP {
        return Err(ApiError::invalid_param(
            "overlap_seconds",
            format!(
                "overlap_seconds is at most {}.",
                webhook::MAX_ROTATION_OVERLAP.as_secs()
            ),
        ));
    }
    let mut tx = state.db.begin().await?;
    let mut endpoint = store::webhooks::get_endpoint(&mut tx, state.secrets.webhook_sealer(), &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("webhook endpoint", &id))?;
    let old = std::mem::replace(&mut endpoint.secret, SigningSecret::generate());
    if overlap.is_zero() {
        endpoint.previous_secret = None;
        endpoint.previous_secret_expires_at = None;
    } else {
        endpoint.previous_secret = Some(old);
        endpoint.previous_secret_expires_at =
            Some(now().timestamp() + i64::try_from(overlap.as_secs()).unwrap_or_default());
    }
    store::webhooks::save_endpoint(
        &mut tx,
        state.secrets.webhook_sealer(),
        &caller.tenant_id,
        &endpoint,
        false,
    )
    .await?;
    origin.commit(tx, endpoint.to_dto(true)).await.map(JsonResponse)
}

/// Send an event to this endpoint again, now, with a fresh retry schedule.
#[utoipa::path(
    post, path = "/v1/webhook_endpoints/{id}/resend", tag = "webhooks",
    params(("id" = String, Path, description = "The endpoint id (`we_…`)")),
    request_body(content = ResendWebhookRequest, example = json!({"event": "evt_…"})),
    responses(
        (status = 200, description = "The delivery, due now", body = WebhookDelivery),
        (status = 400, description = "The endpoint is disabled", body = ErrorEnvelope),
        (status = 404, description = "No such endpoint or event for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn resend_webhook(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Json(params): Json<ResendWebhookRequest>,
) -> Result<JsonResponse<WebhookDelivery>, ApiError> {
    let tenant = &caller.tenant_id;
    let event = store::events::get(&state.db, tenant, &params.event)
        .await?
        .ok_or_else(|| ApiError::not_found("event", &params.event).with_param("event"))?;
    let mut tx = state.db.begin().await?;
    let endpoint = store::webhooks::get_endpoint(&mut tx, state.secrets.webhook_sealer(), tenant, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("webhook endpoint", &id))?;
    if !endpoint.is_enabled() {
        return Err(ApiError::invalid_param(
            "",
            "This endpoint is disabled: enable it (`disabled: false`) before resending.",
        ));
    }
    store::webhooks::resend(&mut tx, tenant, event.id.as_str(), &endpoint.id, now().timestamp()).await?;
    tx.commit().await?;
    store::webhooks::delivery(&state.db, tenant, event.id.as_str(), &endpoint.id)
        .await?
        .map(JsonResponse)
        .ok_or_else(|| ApiError::internal("a resent delivery vanished"))
}

/// Send a test event to this endpoint only.
///
/// A `webhook_endpoint.test` event about the endpoint (without its secret), delivered
/// to this endpoint and to no other — signed, retried and logged like any event — so
/// a receiver can be checked end to end (for example after rotating the secret).
#[utoipa::path(
    post, path = "/v1/webhook_endpoints/{id}/test", tag = "webhooks",
    params(("id" = String, Path, description = "The endpoint id (`we_…`)")),
    responses(
        (status = 200, description = "The test event's delivery, due now", body = WebhookDelivery),
        (status = 400, description = "The endpoint is disabled", body = ErrorEnvelope),
        (status = 404, description = "No such endpoint for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn send_test_event(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
) -> Result<JsonResponse<WebhookDelivery>, ApiError> {
    let tenant = &caller.tenant_id;
    let mut tx = state.db.begin().await?;
    let endpoint = store::webhooks::get_endpoint(&mut tx, state.secrets.webhook_sealer(), tenant, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("webhook endpoint", &id))?;
    if !endpoint.is_enabled() {
        return Err(ApiError::invalid_param(
            "",
            "This endpoint is disabled: enable it (`disabled: false`) before sending a test event.",
        ));
    }
    let object = serde_json::to_value(endpoint.to_dto(false))?;
    let event =
        store::events::record_unlogged(&mut tx, tenant, EventType::WebhookEndpointTest, object, None, &origin).await?;
    store::webhooks::deliver_only_to(&mut tx, tenant, event.id.as_str(), &endpoint.id, now().timestamp()).await?;
    tx.commit().await?;
    store::webhooks::delivery(&state.db, tenant, event.id.as_str(), &endpoint.id)
        .await?
        .map(JsonResponse)
        .ok_or_else(|| ApiError::internal("a test event's delivery vanished"))
}

/// The delivery log: an endpoint's attempts, newest first, each with its time,
/// HTTP status (or the error), latency and the first 1 KiB of the response.
#[utoipa::path(
    get, path = "/v1/webhook_endpoints/{id}/attempts", tag = "webhooks",
    params(("id" = String, Path, description = "The endpoint id (`we_…`)"), WebhookAttemptFilter, ListParams),
    responses(
        (status = 200, description = "A page of attempts", body = List<WebhookAttempt>),
        (status = 404, description = "No such endpoint for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_webhook_attempts(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(filter): Query<WebhookAttemptFilter>,
    Query(params): Query<ListParams>,
) -> Result<JsonResponse<List<WebhookAttempt>>, ApiError> {
    let page = page(&params)?;
    store::webhooks::find_endpoint(&state.db, state.secrets.webhook_sealer(), &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("webhook endpoint", &id))?;
    let (data, has_more) =
        store::webhooks::list_attempts(&state.db, &caller.tenant_id, &id, filter.event.as_deref(), &page).await?;
    Ok(JsonResponse(List::new(
        data,
        has_more,
        format!("/v1/webhook_endpoints/{id}/attempts"),
    )))
}
