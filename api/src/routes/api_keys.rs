//! `/v1/api_keys`: a tenant's secret keys, managed by its team from the dashboard.
//!
//! Only signed-in team members manage keys (`viewer` lists, `admin` and `owner`
//! create, roll and revoke): a secret key cannot mint or extend keys, so a leaked key
//! cannot make itself a successor that outlives its revocation.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorCode, ErrorEnvelope,
    api_key::{ApiKey, CreateApiKeyRequest, RollApiKeyRequest},
    list::List,
};

use crate::{
    AppState,
    domain::{Invalid, now},
    error::ApiError,
    extract::Json,
    middleware::auth::Caller,
    store,
    store::events::Origin,
};

/// Longest overlap of a roll: 7 days.
const MAX_OVERLAP_SECS: i64 = 7 * 24 * 3600;
/// A roll's overlap when none is given: a day.
const DEFAULT_OVERLAP_SECS: i64 = 24 * 3600;

/// List the tenant's keys (hints only), newest first, revoked and expired ones included.
#[utoipa::path(
    get, path = "/v1/api_keys", tag = "dashboard",
    responses(
        (status = 200, description = "Every key, without secrets", body = List<ApiKey>),
        (status = 403, description = "Not a team member (`dashboard_only`)", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn list_api_keys(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<List<ApiKey>>, ApiError> {
    let data = store::api_keys::list(&state.db, &caller.tenant_id).await?;
    Ok(JsonResponse(List::new(data, false, "/v1/api_keys")))
}

/// Create a secret key; its `secret` is in this answer only.
#[utoipa::path(
    post, path = "/v1/api_keys", tag = "dashboard",
    request_body(content = CreateApiKeyRequest, example = json!({"mode": "live", "name": "Production server"})),
    responses(
        (status = 200, description = "The key, with its secret (shown once)", body = ApiKey),
        (status = 403, description = "Not an admin (`role_forbidden`) or not a team member (`dashboard_only`)", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn create_api_key(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(request): Json<CreateApiKeyRequest>,
) -> Result<JsonResponse<ApiKey>, ApiError> {
    let name = crate::domain::display_name(request.name)?;
    let mut tx = state.db.begin().await?;
    let key = store::api_keys::create(
        &mut tx,
        &caller.tenant_id,
        request.mode,
        name.as_deref(),
        now().timestamp(),
    )
    .await?;
    origin.commit(tx, key).await.map(JsonResponse)
}

/// Roll a key: a new key of the same mode and name (its `secret` in this answer only),
/// while the old one keeps working for `overlap_seconds` (default a day), time to
/// deploy the new one.
#[utoipa::path(
    post, path = "/v1/api_keys/{id}/roll", tag = "dashboard",
    params(("id" = String, Path, description = "The key id (`key_…`)")),
    request_body(content = RollApiKeyRequest, example = json!({"overlap_seconds": 3600})),
    responses(
        (status = 200, description = "The new key, with its secret (shown once)", body = ApiKey),
        (status = 400, description = "An overlap outside 0–604800 seconds, or a key already revoked or expired", body = ErrorEnvelope),
        (status = 403, description = "Not an admin (`role_forbidden`) or not a team member (`dashboard_only`)", body = ErrorEnvelope),
        (status = 404, description = "No such key", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn roll_api_key(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(request): Json<RollApiKeyRequest>,
) -> Result<JsonResponse<ApiKey>, ApiError> {
    let overlap = request.overlap_seconds.unwrap_or(DEFAULT_OVERLAP_SECS);
    if !(0..=MAX_OVERLAP_SECS).contains(&overlap) {
        return Err(Invalid::new(
            "overlap_seconds",
            ErrorCode::ParameterInvalid,
            format!("overlap_seconds is 0 to {MAX_OVERLAP_SECS} (7 days)."),
        )
        .into());
    }
    let at = now().timestamp();
    let mut tx = state.db.begin().await?;
    let old = store::api_keys::get(&mut tx, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("API key", &id))?;
    if old.revoked_at.is_some() || old.expires_at.is_some_and(|end| end.timestamp() <= at) {
        return Err(Invalid::new(
            "id",
            ErrorCode::ParameterInvalid,
            "This key no longer works: create a new one instead.",
        )
        .into());
    }
    store::api_keys::expire(&mut tx, &caller.tenant_id, &id, at + overlap).await?;
    let new = store::api_keys::create(&mut tx, &caller.tenant_id, old.mode, old.name.as_deref(), at).await?;
    origin.commit(tx, new).await.map(JsonResponse)
}

/// Revoke a key: it stops working at once.
#[utoipa::path(
    post, path = "/v1/api_keys/{id}/revoke", tag = "dashboard",
    params(("id" = String, Path, description = "The key id (`key_…`)")),
    responses(
        (status = 200, description = "The revoked key", body = ApiKey),
        (status = 403, description = "Not an admin (`role_forbidden`) or not a team member (`dashboard_only`)", body = ErrorEnvelope),
        (status = 404, description = "No such key", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn revoke_api_key(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
) -> Result<JsonResponse<ApiKey>, ApiError> {
    let mut tx = state.db.begin().await?;
    store::api_keys::get(&mut tx, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("API key", &id))?;
    store::api_keys::revoke(&mut tx, &caller.tenant_id, &id, now().timestamp()).await?;
    let key = store::api_keys::get(&mut tx, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("API key", &id))?;
    origin.commit(tx, key).await.map(JsonResponse)
}
