//! `/v1/customers`.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorEnvelope, List,
    customer::{CreateCustomerRequest, Customer, CustomerFilter},
    list::ListParams,
};

use crate::{
    AppState,
    domain::{customer, page::Page},
    error::ApiError,
    extract::{Json, Query, page},
    middleware::auth::Caller,
    store::{self, events::Origin},
};

/// Create a customer.
///
/// Emits `customer.created` in the same transaction.
#[utoipa::path(
    post, path = "/v1/customers", tag = "customers",
    request_body = CreateCustomerRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes the request safe to retry (1–255 characters, kept ≥ 24 h).")),
    responses(
        (status = 200, description = "The new customer", body = Customer),
        (status = 400, description = "Invalid parameters", body = ErrorEnvelope),
        (status = 401, description = "Missing or invalid API key", body = ErrorEnvelope),
        (status = 409, description = "A request with this Idempotency-Key is in flight", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_customer(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(params): Json<CreateCustomerRequest>,
) -> Result<JsonResponse<Customer>, ApiError> {
    let new = customer::validate(params).map_err(|(param, message)| ApiError::invalid_param(param, message))?;
    let mut tx = state.db.begin().await?;
    let created = store::customers::create(&mut tx, &caller.tenant_id, &new).await?;
    store::events::record(
        &mut tx,
        &caller.tenant_id,
        "customer.created",
        serde_json::to_value(&created)?,
        None,
        &origin,
    )
    .await?;
    tx.commit().await?;
    Ok(JsonResponse(created))
}

/// Retrieve a customer.
#[utoipa::path(
    get, path = "/v1/customers/{id}", tag = "customers",
    params(("id" = String, Path, description = "The customer id (`cus_…`)")),
    responses(
        (status = 200, description = "The customer", body = Customer),
        (status = 404, description = "No such customer for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_customer(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<Customer>, ApiError> {
    store::customers::get(&state.db, &caller.tenant_id, &id)
        .await?
        .map(JsonResponse)
        .ok_or_else(|| ApiError::not_found("customer", &id))
}

/// List customers, newest first.
#[utoipa::path(
    get, path = "/v1/customers", tag = "customers",
    params(CustomerFilter, ListParams),
    responses(
        (status = 200, description = "A page of customers", body = List<Customer>),
        (status = 400, description = "Invalid filter or cursor", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_customers(
    State(state): State<AppState>,
    caller: Caller,
    Query(filter): Query<CustomerFilter>,
    Query(params): Query<ListParams>,
) -> Result<JsonResponse<List<Customer>>, ApiError> {
    let page: Page = page(&params)?;
    let (data, has_more) = store::customers::list(&state.db, &caller.tenant_id, filter.email.as_deref(), &page)
        .await?
        .ok_or_else(|| unknown_cursor(&params))?;
    Ok(JsonResponse(List::new(data, has_more, "/v1/customers")))
}

/// `400` for a cursor that names no object of this tenant.
pub(crate) fn unknown_cursor(params: &ListParams) -> ApiError {
    let (param, id) = match (&params.starting_after, &params.ending_before) {
        (Some(id), _) => ("starting_after", id),
        (None, Some(id)) => ("ending_before", id),
        (None, None) => ("starting_after", &String::new()),
    };
    ApiError::invalid_param(param, format!("{param} names no object of this list: '{id}'"))
}
