//! `/v1/customers`.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorCode, ErrorEnvelope, List,
    customer::{CreateCustomerRequest, Customer, CustomerFilter, DeletedObject, UpdateCustomerRequest},
    event::EventType,
    list::{ListParams, MetadataFilter},
    patch::Patch,
};

use crate::{
    AppState, billing,
    domain::{Invalid, customer},
    error::ApiError,
    extract::{Json, MetadataQuery, Query, page},
    middleware::auth::Caller,
    store::{
        self,
        events::{Origin, emit},
    },
};

/// Create a customer.
///
/// Emits `customer.created` in the same transaction.
#[utoipa::path(
    post, path = "/v1/customers", tag = "customers",
    request_body(content = CreateCustomerRequest, example = json!({
        "email": "ada@example.com", "name": "Ada Lovelace", "phone": "+44 20 7946 0958",
        "address": {"line1": "12 St James's Square", "city": "London", "postal_code": "SW1Y 4LB", "country": "GB"},
        "preferred_locales": ["en-GB"], "metadata": {"crm_id": "42"}
    })),
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes the request safe to retry (1–255 characters, kept ≥ 24 h).")),
    responses(
        (status = 200, description = "The new customer", body = Customer),
        (status = 400, description = "Invalid parameters (`parameter_invalid`, `invalid_country`, `invalid_postal_code`, `invalid_state`, …)", body = ErrorEnvelope),
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
    let clock_id = params.test_clock.clone();
    let fields = customer::validate_new(params)?;
    let clock = match clock_id {
        Some(id) => Some(
            store::test_clocks::get(&state.db, &caller.tenant_id, &id)
                .await?
                .ok_or_else(|| ApiError::not_found("test clock", &id).with_param("test_clock"))?
                .id,
        ),
        None => None,
    };
    let mut tx = state.db.begin().await?;
    let created = store::customers::create(&mut tx, &caller.tenant_id, &fields, clock.as_ref()).await?;
    emit(
        &mut tx,
        &caller.tenant_id,
        EventType::CustomerCreated,
        &created,
        None,
        &origin,
    )
    .await?;
    origin.commit(tx, created).await.map(JsonResponse)
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
    find_customer(&state, &caller, &id).await.map(JsonResponse)
}

/// Update a customer.
///
/// Only the fields present change; `null` clears a field. Setting
/// `invoice_settings.default_payment_method` needs an active payment method attached
/// to this customer. Emits `customer.updated` with `previous_attributes` when
/// something changed.
#[utoipa::path(
    post, path = "/v1/customers/{id}", tag = "customers",
    params(("id" = String, Path, description = "The customer id (`cus_…`)")),
    request_body(content = UpdateCustomerRequest, example = json!({
        "address": {"line1": "1600 Amphitheatre Pkwy", "city": "Mountain View", "state": "CA", "postal_code": "94043", "country": "US"},
        "invoice_settings": {"default_payment_method": "pm_…"}
    })),
    responses(
        (status = 200, description = "The updated customer", body = Customer),
        (status = 400, description = "Invalid parameters, or a payment method that is not this customer's (`payment_method_not_attached`)", body = ErrorEnvelope),
        (status = 404, description = "No such customer for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn update_customer(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(mut params): Json<UpdateCustomerRequest>,
) -> Result<JsonResponse<Customer>, ApiError> {
    let tenant = &caller.tenant_id;
    let mut tx = state.db.begin().await?;
    let before = billing::live_customer(&mut tx, &caller.tenant_id, &id).await?;
    let default_payment_method = params
        .invoice_settings
        .take()
        .map(|s| s.default_payment_method)
        .unwrap_or_default();
    let fields = customer::apply_update(store::customers::fields_of(&before), params)?;
    store::customers::update(&mut tx, tenant, &before.id, &fields).await?;
    match default_payment_method {
        Patch::Absent => {}
        Patch::Null => store::customers::set_default_payment_method(&mut tx, tenant, &before.id, None).await?,
        Patch::Value(pm) => {
            let param = "invoice_settings.default_payment_method";
            let stored = store::payment_methods::get(&mut tx, tenant, &pm).await?;
            let Some(stored) = stored.filter(|s| s.payment_method.customer.as_ref() == Some(&before.id)) else {
                return Err(Invalid::new(
                    param,
                    ErrorCode::PaymentMethodNotAttached,
                    format!("'{pm}' is not a payment method of this customer."),
                )
                .into());
            };
            if stored.payment_method.status != paylera_shared::payment_method::PaymentMethodStatus::Active {
                return Err(Invalid::new(
                    param,
                    ErrorCode::PaymentMethodRequiresAuthentication,
                    "This card needs the customer to complete its authentication before it can be the default.",
                )
                .into());
            }
            store::customers::set_default_payment_method(&mut tx, tenant, &before.id, Some(&stored.payment_method.id))
                .await?;
        }
    }
    let after = billing::live_customer(&mut tx, &caller.tenant_id, &id).await?;
    billing::emit_customer_update(&mut tx, &caller.tenant_id, &before, &after, &origin).await?;
    let new_default = after.invoice_settings.default_payment_method.is_some()
        && after.invoice_settings.default_payment_method != before.invoice_settings.default_payment_method;
    if new_default {
        billing::collection::retry_open_invoices(&mut tx, tenant, &origin, &after).await?;
    }
    origin.commit(tx, after).await.map(JsonResponse)
}

/// Delete a customer.
///
/// The customer disappears from every read (`404` afterwards); invoices and events
/// that name it keep the id. Emits `customer.deleted`.
#[utoipa::path(
    delete, path = "/v1/customers/{id}", tag = "customers",
    params(("id" = String, Path, description = "The customer id (`cus_…`)")),
    responses(
        (status = 200, description = "The deletion", body = DeletedObject),
        (status = 404, description = "No such customer for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn delete_customer(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
) -> Result<JsonResponse<DeletedObject>, ApiError> {
    let mut tx = state.db.begin().await?;
    let customer = billing::live_customer(&mut tx, &caller.tenant_id, &id).await?;
    store::customers::delete(&mut tx, &caller.tenant_id, &id).await?;
    emit(
        &mut tx,
        &caller.tenant_id,
        EventType::CustomerDeleted,
        &customer,
        None,
        &origin,
    )
    .await?;
    origin
        .commit(
            tx,
            DeletedObject {
                id,
                object: "customer".to_owned(),
                deleted: true,
            },
        )
        .await
        .map(JsonResponse)
}

/// List customers, newest first.
#[utoipa::path(
    get, path = "/v1/customers", tag = "customers",
    params(CustomerFilter, ListParams, MetadataFilter),
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
    MetadataQuery(metadata): MetadataQuery,
) -> Result<JsonResponse<List<Customer>>, ApiError> {
    let page = page(&params)?;
    let (data, has_more) = store::customers::list(
        &state.db,
        &caller.tenant_id,
        filter.email.as_deref(),
        &metadata.metadata,
        &page,
    )
    .await?;
    Ok(JsonResponse(List::new(data, has_more, "/v1/customers")))
}

/// The caller's live customer `id`, or `404`.
pub(crate) async fn find_customer(state: &AppState, caller: &Caller, id: &str) -> Result<Customer, ApiError> {
    store::customers::find(&state.db, &caller.tenant_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("customer", id))
}
