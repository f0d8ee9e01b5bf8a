//! `/v1/portal/…`: the portal configuration, sessions and the link hand-off.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
    http::HeaderMap,
};
use paylera_shared::{
    ErrorCode, ErrorEnvelope,
    list::{List, ListParams, MetadataFilter},
    portal::configuration::ConfigurationChange,
    portal::{
        CompletedSession, CreatePortalSessionRequest, ExchangeRequest, PortalConfigurationView, PortalSession,
        PortalSessionFilter, PortalToken, PresenceRequest, UpdatePortalSessionRequest,
    },
};
use secrecy::ExposeSecret as _;

use crate::{
    AppState,
    domain::{Invalid, now, portal::SessionStatus},
    error::ApiError,
    extract::{Json, MetadataQuery, Query, page},
    middleware::auth::Caller,
    portal::{self, configurations},
    store,
    store::events::Origin,
};

/// Retrieve the tenant's default portal configuration ("Settings → Customer portal").
///
/// The default of `/v1/portal/configurations`, by its old address.
#[utoipa::path(
    get, path = "/v1/portal/configuration", tag = "portal",
    responses((status = 200, description = "The default configuration", body = PortalConfigurationView)),
    security(("api_key" = []))
)]
pub async fn retrieve_configuration(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<PortalConfigurationView>, ApiError> {
    let configuration = store::portal_configurations::default_settings(&state.db, &caller.tenant_id).await?;
    Ok(JsonResponse(portal::view(configuration)))
}

/// Update the tenant's default portal configuration, field by field.
///
/// As `POST /v1/portal/configurations/{id}` on the default: an absent field keeps its
/// value, `null` puts it back to its default, an unknown field is refused. The accent
/// colour is validated and a readable text colour is derived from it.
#[utoipa::path(
    post, path = "/v1/portal/configuration", tag = "portal",
    request_body(content = ConfigurationChange, example = json!({
        "subscription_cancel_enabled": true, "subscription_update_downgrades_enabled": false,
        "allowed_return_origins": ["https://app.example.com"], "business_name": "Acme", "accent_color": "#0A7CFF"
    })),
    responses(
        (status = 200, description = "The default configuration", body = PortalConfigurationView),
        (status = 400, description = "An invalid or unknown field (`param` names it)", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn update_configuration(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(change): Json<ConfigurationChange>,
) -> Result<JsonResponse<PortalConfigurationView>, ApiError> {
    if !change.name.is_absent() || change.is_default.is_some() {
        return Err(Invalid::new(
            if change.is_default.is_some() {
                "is_default"
            } else {
                "name"
            },
            ErrorCode::ParameterInvalid,
            "Name a configuration, or choose the default, with `POST /v1/portal/configurations/{id}`.",
        )
        .into());
    }
    let (tx, object) = configurations::update(&state.db, &caller, None, change).await?;
    origin.commit(tx, object.settings).await.map(JsonResponse)
}

/// Create a portal session for a customer and get its single-use link.
///
/// Redirect the customer to `url`. It works once, within 60 minutes.
#[utoipa::path(
    post, path = "/v1/portal/sessions", tag = "portal",
    params(("Idempotency-Key" = Option<String>, Header, description = "Replays return the same session; a used link stays used.")),
    request_body(content = CreatePortalSessionRequest, example = json!({
        "customer_id": "cus_…", "return_url": "https://yourapp.example/account/billing",
        "configuration": {"subscription_cancel_enabled": false, "payment_method_update_enabled": true}
    })),
    responses(
        (status = 200, description = "The session, with its link", body = PortalSession),
        (status = 400, description = "Invalid return URL (`return_url_invalid`), locale or configuration", body = ErrorEnvelope),
        (status = 404, description = "No such customer", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_session(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(params): Json<CreatePortalSessionRequest>,
) -> Result<JsonResponse<PortalSession>, ApiError> {
    portal::create(
        &state.db,
        &state.settings.portal_public_url,
        &caller.tenant_id,
        &origin,
        !caller.is_live(),
        params,
    )
    .await
    .map(JsonResponse)
}

/// Retrieve a portal session.
#[utoipa::path(
    get, path = "/v1/portal/sessions/{id}", tag = "portal",
    params(("id" = String, Path, description = "The session id (`ps_…`)")),
    responses(
        (status = 200, description = "The session", body = PortalSession),
        (status = 404, description = "No such session", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_session(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<PortalSession>, ApiError> {
    let row = store::portal::get(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("portal session", &id))?;
    merchant_view(&state, &caller, row).await.map(JsonResponse)
}

/// List portal sessions, newest first, each with what the customer did in it.
#[utoipa::path(
    get, path = "/v1/portal/sessions", tag = "portal",
    params(PortalSessionFilter, ListParams, MetadataFilter),
    responses(
        (status = 200, description = "A page of sessions", body = List<PortalSession>),
        (status = 400, description = "Invalid filter or cursor", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_sessions(
    State(state): State<AppState>,
    caller: Caller,
    Query(filter): Query<PortalSessionFilter>,
    Query(params): Query<ListParams>,
    MetadataQuery(metadata): MetadataQuery,
) -> Result<JsonResponse<List<PortalSession>>, ApiError> {
    let page = page(&params)?;
    let (rows, has_more) = store::portal::list(
        &state.db,
        &caller.tenant_id,
        filter.customer.as_ref().map(|c| c.as_str()),
        filter.status.map(|s| s.as_str()),
        &metadata.metadata,
        &page,
    )
    .await?;
    let data = portal::with_summaries(&state.db, &caller.tenant_id, &rows).await?;
    Ok(JsonResponse(List::new(data, has_more, "/v1/portal/sessions")))
}

/// One session as its merchant sees it: with the summary of its actions.
async fn merchant_view(
    state: &AppState,
    caller: &Caller,
    row: store::portal::SessionRow,
) -> Result<PortalSession, ApiError> {
    let mut one = portal::with_summaries(&state.db, &caller.tenant_id, std::slice::from_ref(&row)).await?;
    one.pop()
        .ok_or_else(|| ApiError::internal("a session without its view"))
}

/// Revoke a portal session: its link and tokens stop working at once.
#[utoipa::path(
    post, path = "/v1/portal/sessions/{id}/expire", tag = "portal",
    params(("id" = String, Path, description = "The session id (`ps_…`)")),
    responses(
        (status = 200, description = "The revoked (or already ended) session", body = PortalSession),
        (status = 404, description = "No such session", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn expire_session(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<PortalSession>, ApiError> {
    let row = store::portal::get(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("portal session", &id))?;
    portal::end(&state.db, &caller.tenant_id, &row, SessionStatus::Revoked).await?;
    let row = store::portal::get(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("portal session", &id))?;
    merchant_view(&state, &caller, row).await.map(JsonResponse)
}

/// Exchange a link secret for a portal token (the portal server's call; the link is the credential).
///
/// Works once per link, within 60 minutes; concurrent exchanges yield one token.
#[utoipa::path(
    post, path = "/v1/portal/sessions/exchange", tag = "portal",
    request_body(content = ExchangeRequest),
    responses(
        (status = 200, description = "A token scoped to the session's customer", body = PortalToken),
        (status = 404, description = "`portal_link_invalid`: unknown, used, expired or revoked (one answer for all)", body = ErrorEnvelope),
        (status = 429, description = "`rate_limited`", body = ErrorEnvelope),
    )
)]
pub async fn exchange(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(params): Json<ExchangeRequest>,
) -> Result<JsonResponse<PortalToken>, ApiError> {
    // The portal server passes the customer's address, and is believed only with the
    // service key; every other caller shares one bucket.
    let vouched = state.settings.service_key.as_ref().is_some_and(|key| {
        headers
            .get("paylera-service-key")
            .is_some_and(|sent| crate::domain::constant_time_eq(sent.as_bytes(), key.expose_secret().as_bytes()))
    });
    // An address, parsed: a vouched header with anything else counts as "direct".
    let client = headers
        .get("paylera-client-ip")
        .filter(|_| vouched)
        .and_then(|v| v.to_str().ok()?.parse::<std::net::IpAddr>().ok())
        .map_or_else(|| "direct".to_owned(), |ip| ip.to_string());
    portal::exchange(&state, &params.secret, &client, params.accept_language.as_deref())
        .await
        .map(JsonResponse)
}

/// Refresh the portal token while the session lives.
#[utoipa::path(
    post, path = "/v1/portal/sessions/refresh", tag = "portal",
    responses(
        (status = 200, description = "A fresh token", body = PortalToken),
        (status = 401, description = "`portal_token_invalid`: the session has ended", body = ErrorEnvelope),
    ),
    security(("portal_token" = []))
)]
pub async fn refresh(State(state): State<AppState>, caller: Caller) -> Result<JsonResponse<PortalToken>, ApiError> {
    portal::issue_token(&state, current(&caller)?, now().timestamp()).map(JsonResponse)
}

/// The current portal session (for the portal itself).
///
/// Its `configuration` also carries two read-only values the portal draws with:
/// `text_color` (readable on the accent colour) and `allow_detach_last_payment_method`
/// (the tenant's billing rule, so the portal can explain it before a removal).
#[utoipa::path(
    get, path = "/v1/portal/session", tag = "portal",
    responses((status = 200, description = "The session", body = PortalSession)),
    security(("portal_token" = []))
)]
pub async fn current_session(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<serde_json::Value>, ApiError> {
    session_for_the_portal(&state, &caller, current(&caller)?.clone()).await
}

/// Change the current portal session: its language, from the portal's language
/// switcher. The choice is kept for the rest of the session, over the merchant's
/// `locale`, the customer's preferences and the browser's.
#[utoipa::path(
    post, path = "/v1/portal/session", tag = "portal",
    request_body(content = UpdatePortalSessionRequest, example = json!({"locale": "fr"})),
    responses(
        (status = 200, description = "The session, in its new language", body = PortalSession),
        (status = 400, description = "Not a supported locale (`parameter_invalid`)", body = ErrorEnvelope),
        (status = 401, description = "`portal_token_invalid`: the session has ended", body = ErrorEnvelope),
    ),
    security(("portal_token" = []))
)]
pub async fn update_current_session(
    State(state): State<AppState>,
    caller: Caller,
    Json(params): Json<UpdatePortalSessionRequest>,
) -> Result<JsonResponse<serde_json::Value>, ApiError> {
    let mut row = current(&caller)?.clone();
    portal::set_locale(&state.db, &row.id, params.locale).await?;
    row.locale = params.locale.tag().to_owned();
    session_for_the_portal(&state, &caller, row).await
}

/// A session as the portal reads it (see [`current_session`]).
async fn session_for_the_portal(
    state: &AppState,
    caller: &Caller,
    row: store::portal::SessionRow,
) -> Result<JsonResponse<serde_json::Value>, ApiError> {
    let mut session = portal::wire(&row)?;
    // The account the customer signed in to, named on every page.
    if let Some(customer) = store::customers::find(&state.db, &caller.tenant_id, session.customer_id.as_str()).await? {
        session.customer_name = customer.name;
        session.customer_email = customer.email;
    }
    let settings = store::billing_settings::find(&state.db, &caller.tenant_id).await?;
    session.configuration.allow_detach_last_payment_method = Some(settings.allow_detach_last_payment_method != 0);
    // The merchant's list of return origins is their business, not the customer's: the
    // field goes, rather than showing an empty list that would read as "no restriction".
    let mut body = serde_json::to_value(session)?;
    if let Some(configuration) = body.get_mut("configuration").and_then(|c| c.as_object_mut()) {
        configuration.remove("allowed_return_origins");
    }
    Ok(JsonResponse(body))
}

/// Report that a page of the portal was shown or hidden (the portal's pages send it on
/// `pageshow` and `pagehide`). A hidden page that no later page follows completes the
/// session a few seconds later, with `portal.session.completed`: the customer closed
/// the tab or went elsewhere.
#[utoipa::path(
    post, path = "/v1/portal/sessions/presence", tag = "portal",
    request_body(content = PresenceRequest, example = json!({"page": 1_765_090_000_000_i64, "state": "leaving"})),
    responses(
        (status = 200, description = "Recorded", body = PresenceRequest),
        (status = 400, description = "Not a presence report (`parameter_invalid`, `invalid_json`)", body = ErrorEnvelope),
        (status = 401, description = "`portal_token_invalid`: the session has ended", body = ErrorEnvelope),
    ),
    security(("portal_token" = []))
)]
pub async fn presence(
    State(state): State<AppState>,
    caller: Caller,
    Json(params): Json<PresenceRequest>,
) -> Result<JsonResponse<PresenceRequest>, ApiError> {
    portal::presence(&state.db, &current(&caller)?.id, &params).await?;
    Ok(JsonResponse(params))
}

/// Complete the session ("Return to merchant"): emits `portal.session.completed`
/// with a summary of every action taken, once.
#[utoipa::path(
    post, path = "/v1/portal/sessions/complete", tag = "portal",
    responses((status = 200, description = "Where to send the customer", body = CompletedSession)),
    security(("portal_token" = []))
)]
pub async fn complete(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<CompletedSession>, ApiError> {
    let row = current(&caller)?;
    portal::end(&state.db, &caller.tenant_id, row, SessionStatus::Completed).await?;
    Ok(JsonResponse(CompletedSession {
        return_url: row.return_url.clone(),
    }))
}

/// The caller's portal session, as authentication read it (open at that moment).
fn current(caller: &Caller) -> Result<&store::portal::SessionRow, ApiError> {
    caller
        .portal()
        .map(|scope| &scope.session)
        .ok_or_else(|| ApiError::internal("portal route without a portal caller"))
}
