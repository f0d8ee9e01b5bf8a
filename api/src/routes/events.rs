//! `/v1/events`: the outbox, readable by the tenant it belongs to.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorEnvelope, List,
    event::{Event, EventFilter},
    list::ListParams,
    webhook::DeliveryFilter,
};

use crate::{
    AppState,
    error::ApiError,
    extract::{Query, page},
    middleware::auth::Caller,
    store,
};

/// List events, newest first.
///
/// `delivery_success=false` lists events whose webhook delivery to some endpoint
/// was attempted and has not succeeded (retrying or given up); `true` those
/// delivered to every endpoint they were sent to.
#[utoipa::path(
    get, path = "/v1/events", tag = "events",
    params(EventFilter, DeliveryFilter, ListParams),
    responses(
        (status = 200, description = "A page of events", body = List<Event>),
        (status = 400, description = "Invalid filter or cursor", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_events(
    State(state): State<AppState>,
    caller: Caller,
    Query(filter): Query<EventFilter>,
    Query(delivery): Query<DeliveryFilter>,
    Query(params): Query<ListParams>,
) -> Result<JsonResponse<List<Event>>, ApiError> {
    let page = page(&params)?;
    let kind = filter.kind.as_deref();
    let (data, has_more) =
        store::events::list(&state.db, &caller.tenant_id, kind, delivery.delivery_success, &page).await?;
    Ok(JsonResponse(List::new(data, has_more, "/v1/events")))
}

/// Retrieve an event.
#[utoipa::path(
    get, path = "/v1/events/{id}", tag = "events",
    params(("id" = String, Path, description = "The event id (`evt_…`)")),
    responses(
        (status = 200, description = "The event", body = Event),
        (status = 404, description = "No such event for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_event(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<Event>, ApiError> {
    store::events::get(&state.db, &caller.tenant_id, &id)
        .await?
        .map(JsonResponse)
        .ok_or_else(|| ApiError::not_found("event", &id))
}
