//! `/v1/api_version`: the dated API version an account is pinned to (ADR 0015), read by
//! the merchant's code and team, moved by the team's admins and owners — a key cannot
//! move it, since the pin changes the shapes every integration and every webhook
//! endpoint of the account gets.

use axum::{Json as JsonResponse, extract::State};
use paylera_shared::{
    ErrorEnvelope,
    version::{ApiVersionPin, UpdateApiVersionRequest},
};

use crate::{
    AppState,
    error::ApiError,
    extract::Json,
    middleware::auth::{Caller, Principal},
    store,
};

/// The account's pinned version, the current one and every version.
#[utoipa::path(
    get, path = "/v1/api_version", tag = "dashboard",
    responses((status = 200, description = "The pin", body = ApiVersionPin)),
    security(("api_key" = []))
)]
pub async fn retrieve_api_version(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<ApiVersionPin>, ApiError> {
    let pinned = store::tenants::api_version(&state.db, &caller.tenant_id).await?;
    Ok(JsonResponse(ApiVersionPin::new(pinned)))
}

/// Pin the account to another version: from the next request, requests without
/// `Paylera-Version` and every webhook are in its shapes (a move back is allowed, to
/// undo an upgrade). Read `docs/api-changelog.md` first.
#[utoipa::path(
    post, path = "/v1/api_version", tag = "dashboard",
    request_body(content = UpdateApiVersionRequest, example = json!({"version": "2026-12-07"})),
    responses(
        (status = 200, description = "The new pin", body = ApiVersionPin),
        (status = 403, description = "Not an admin (`role_forbidden`) or not a team member (`dashboard_only`)", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn update_api_version(
    State(state): State<AppState>,
    caller: Caller,
    Json(request): Json<UpdateApiVersionRequest>,
) -> Result<JsonResponse<ApiVersionPin>, ApiError> {
    let before = store::tenants::api_version(&state.db, &caller.tenant_id).await?;
    store::tenants::set_api_version(&state.db, &caller.tenant_id, request.version).await?;
    if let Principal::TeamMember(member) = &caller.principal {
        tracing::info!(
            tenant = %caller.tenant_id,
            member = %member.member.id,
            from = before.as_str(),
            to = request.version.as_str(),
            "api version pin moved"
        );
    }
    Ok(JsonResponse(ApiVersionPin::new(request.version)))
}
