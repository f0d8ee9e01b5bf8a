//! `/v1/portal/configurations`: a tenant's named portal configurations (ADR 0014).

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorEnvelope,
    list::List,
    portal::configuration::{ConfigurationAuditEntry, ConfigurationChange, PortalConfigurationObject},
};

use crate::{
    AppState, error::ApiError, extract::Json, middleware::auth::Caller, portal::configurations, store,
    store::events::Origin,
};

/// Most audit entries one answer lists.
const CHANGES_PAGE: i64 = 100;

/// List the tenant's portal configurations, oldest first (at most 50).
#[utoipa::path(
    get, path = "/v1/portal/configurations", tag = "portal",
    responses((status = 200, description = "Every configuration; exactly one has `is_default`", body = List<PortalConfigurationObject>)),
    security(("api_key" = []))
)]
pub async fn list_configurations(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<List<PortalConfigurationObject>>, ApiError> {
    let data = store::portal_configurations::list(&state.db, &caller.tenant_id)
        .await?
        .into_iter()
        .map(configurations::to_object)
        .collect();
    Ok(JsonResponse(List::new(data, false, "/v1/portal/configurations")))
}

/// Create a portal configuration: the defaults with the fields given.
///
/// `is_default: true` makes it the tenant's default at once. Unknown fields are refused.
#[utoipa::path(
    post, path = "/v1/portal/configurations", tag = "portal",
    request_body(content = ConfigurationChange, example = json!({
        "name": "Payment failed emails", "subscription_cancel_enabled": false, "subscription_update_enabled": false
    })),
    responses(
        (status = 200, description = "The configuration", body = PortalConfigurationObject),
        (status = 400, description = "An invalid or unknown field (`param` names it), or 50 configurations already", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_configuration(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(change): Json<ConfigurationChange>,
) -> Result<JsonResponse<PortalConfigurationObject>, ApiError> {
    let (tx, object) = configurations::create(&state.db, &caller, change).await?;
    origin.commit(tx, object).await.map(JsonResponse)
}

/// Retrieve a portal configuration.
#[utoipa::path(
    get, path = "/v1/portal/configurations/{id}", tag = "portal",
    params(("id" = String, Path, description = "The configuration id (`bpc_…`)")),
    responses(
        (status = 200, description = "The configuration", body = PortalConfigurationObject),
        (status = 404, description = "No such configuration", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_configuration_object(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<PortalConfigurationObject>, ApiError> {
    store::portal_configurations::find(&state.db, &caller.tenant_id, &id)
        .await?
        .map(|stored| JsonResponse(configurations::to_object(stored)))
        .ok_or_else(|| ApiError::not_found("portal configuration", &id))
}

/// Update a portal configuration, field by field.
///
/// An absent field keeps its value, `null` puts it back to its default, a value sets
/// it; an unknown field is refused with its name. Sessions already created keep the
/// configuration they were created with. The change is audited.
#[utoipa::path(
    post, path = "/v1/portal/configurations/{id}", tag = "portal",
    params(("id" = String, Path, description = "The configuration id (`bpc_…`)")),
    request_body(content = ConfigurationChange, example = json!({"subscription_cancel_enabled": false, "business_headline": null})),
    responses(
        (status = 200, description = "The configuration", body = PortalConfigurationObject),
        (status = 400, description = "An invalid or unknown field (`param` names it)", body = ErrorEnvelope),
        (status = 404, description = "No such configuration", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn update_configuration_object(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(change): Json<ConfigurationChange>,
) -> Result<JsonResponse<PortalConfigurationObject>, ApiError> {
    let (tx, object) = configurations::update(&state.db, &caller, Some(&id), change).await?;
    origin.commit(tx, object).await.map(JsonResponse)
}

/// The audit log of a portal configuration, newest first (the latest 100 changes):
/// who changed it, when, and each field before and after.
#[utoipa::path(
    get, path = "/v1/portal/configurations/{id}/changes", tag = "portal",
    params(("id" = String, Path, description = "The configuration id (`bpc_…`)")),
    responses(
        (status = 200, description = "The changes", body = List<ConfigurationAuditEntry>),
        (status = 404, description = "No such configuration", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_configuration_changes(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<List<ConfigurationAuditEntry>>, ApiError> {
    let stored = store::portal_configurations::find(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("portal configuration", &id))?;
    let mut data =
        store::portal_configurations::changes(&state.db, &caller.tenant_id, &stored.id, CHANGES_PAGE + 1).await?;
    let has_more = data.len() > usize::try_from(CHANGES_PAGE).unwrap_or(usize::MAX);
    data.truncate(usize::try_from(CHANGES_PAGE).unwrap_or(usize::MAX));
    Ok(JsonResponse(List::new(
        data,
        has_more,
        format!("/v1/portal/configurations/{id}/changes"),
    )))
}
