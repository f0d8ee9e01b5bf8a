//! `/v1/customers/{id}/tax_ids` and `/v1/tax_id_types`.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorCode, ErrorEnvelope, List,
    customer::DeletedObject,
    event::EventType,
    list::ListParams,
    tax_id::{CreateTaxIdRequest, TaxId, TaxIdType},
};

use super::customers::find_customer;
use crate::{
    AppState, billing,
    domain::{Invalid, tax_id},
    error::ApiError,
    extract::{Json, Query, page},
    middleware::auth::Caller,
    store::{
        self,
        events::{Origin, emit},
        is_unique_violation,
    },
};

/// At most this many tax IDs per customer: more than any real business holds
/// (one per country of registration), few enough to embed in the customer object.
pub const MAX_PER_CUSTOMER: i64 = 25;

/// Add a tax ID to a customer.
///
/// The value is normalised and checked against its type's format and check digits.
/// Emits `customer.tax_id.created` and `customer.updated` (`previous_attributes.tax_ids`).
#[utoipa::path(
    post, path = "/v1/customers/{id}/tax_ids", tag = "tax_ids",
    params(("id" = String, Path, description = "The customer id (`cus_…`)")),
    request_body(content = CreateTaxIdRequest, example = json!({"type": "eu_vat", "value": "DE 136 695 976"})),
    responses(
        (status = 200, description = "The new tax ID", body = TaxId),
        (status = 400, description = "`tax_id_type_unsupported`, `tax_id_invalid`, `tax_id_checksum_invalid`, `tax_id_limit_reached` or `resource_already_exists`", body = ErrorEnvelope),
        (status = 404, description = "No such customer for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_tax_id(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(customer_id): Path<String>,
    Json(params): Json<CreateTaxIdRequest>,
) -> Result<JsonResponse<TaxId>, ApiError> {
    let valid = tax_id::parse(&params.kind, &params.value)?;
    let mut tx = state.db.begin().await?;
    let before = billing::live_customer(&mut tx, &caller.tenant_id, &customer_id).await?;
    if before.tax_ids.len() as i64 >= MAX_PER_CUSTOMER {
        return Err(Invalid::new(
            "",
            ErrorCode::TaxIdLimitReached,
            format!("A customer can have at most {MAX_PER_CUSTOMER} tax IDs; remove one first."),
        )
        .into());
    }
    let created = match store::tax_ids::create(&mut tx, &caller.tenant_id, &before.id, &valid).await {
        Ok(created) => created,
        Err(err) if is_unique_violation(&err) => {
            return Err(Invalid::new(
                "value",
                ErrorCode::ResourceAlreadyExists,
                "This customer already has this tax ID.",
            )
            .into());
        }
        Err(err) => return Err(err.into()),
    };
    emit(
        &mut tx,
        &caller.tenant_id,
        EventType::CustomerTaxIdCreated,
        &created,
        None,
        &origin,
    )
    .await?;
    let after = billing::live_customer(&mut tx, &caller.tenant_id, &customer_id).await?;
    billing::emit_customer_update(&mut tx, &caller.tenant_id, &before, &after, &origin).await?;
    origin.commit(tx, created).await.map(JsonResponse)
}

/// List a customer's tax IDs, newest first.
#[utoipa::path(
    get, path = "/v1/customers/{id}/tax_ids", tag = "tax_ids",
    params(("id" = String, Path, description = "The customer id (`cus_…`)"), ListParams),
    responses(
        (status = 200, description = "A page of tax IDs", body = List<TaxId>),
        (status = 404, description = "No such customer for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_tax_ids(
    State(state): State<AppState>,
    caller: Caller,
    Path(customer_id): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<JsonResponse<List<TaxId>>, ApiError> {
    let page = page(&params)?;
    let customer = find_customer(&state, &caller, &customer_id).await?;
    let (data, has_more) = store::tax_ids::page_for(&state.db, &caller.tenant_id, &customer.id, &page).await?;
    Ok(JsonResponse(List::new(
        data,
        has_more,
        format!("/v1/customers/{customer_id}/tax_ids"),
    )))
}

/// Retrieve a tax ID.
#[utoipa::path(
    get, path = "/v1/customers/{id}/tax_ids/{tax_id}", tag = "tax_ids",
    params(("id" = String, Path, description = "The customer id"), ("tax_id" = String, Path, description = "The tax ID's id (`txi_…`)")),
    responses(
        (status = 200, description = "The tax ID", body = TaxId),
        (status = 404, description = "No such customer or tax ID", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_tax_id(
    State(state): State<AppState>,
    caller: Caller,
    Path((customer_id, id)): Path<(String, String)>,
) -> Result<JsonResponse<TaxId>, ApiError> {
    let customer = find_customer(&state, &caller, &customer_id).await?;
    store::tax_ids::get(&state.db, &caller.tenant_id, &customer.id, &id)
        .await?
        .map(JsonResponse)
        .ok_or_else(|| ApiError::not_found("tax ID", &id))
}

/// Remove a tax ID.
///
/// Emits `customer.tax_id.deleted` and `customer.updated`.
#[utoipa::path(
    delete, path = "/v1/customers/{id}/tax_ids/{tax_id}", tag = "tax_ids",
    params(("id" = String, Path, description = "The customer id"), ("tax_id" = String, Path, description = "The tax ID's id (`txi_…`)")),
    responses(
        (status = 200, description = "The deletion", body = DeletedObject),
        (status = 404, description = "No such customer or tax ID", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn delete_tax_id(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path((customer_id, id)): Path<(String, String)>,
) -> Result<JsonResponse<DeletedObject>, ApiError> {
    let mut tx = state.db.begin().await?;
    let before = billing::live_customer(&mut tx, &caller.tenant_id, &customer_id).await?;
    let removed = before
        .tax_ids
        .iter()
        .find(|t| t.id.as_str() == id)
        .cloned()
        .ok_or_else(|| ApiError::not_found("tax ID", &id))?;
    store::tax_ids::delete(&mut tx, &caller.tenant_id, &before.id, &id).await?;
    emit(
        &mut tx,
        &caller.tenant_id,
        EventType::CustomerTaxIdDeleted,
        &removed,
        None,
        &origin,
    )
    .await?;
    let after = billing::live_customer(&mut tx, &caller.tenant_id, &customer_id).await?;
    billing::emit_customer_update(&mut tx, &caller.tenant_id, &before, &after, &origin).await?;
    origin
        .commit(
            tx,
            DeletedObject {
                id,
                object: "tax_id".to_owned(),
                deleted: true,
            },
        )
        .await
        .map(JsonResponse)
}

/// List the supported tax ID types, with a description and an example each.
#[utoipa::path(
    get, path = "/v1/tax_id_types", tag = "tax_ids",
    responses((status = 200, description = "Every supported type", body = List<TaxIdType>)),
    security(("api_key" = []))
)]
pub async fn list_tax_id_types(_caller: Caller) -> JsonResponse<List<TaxIdType>> {
    let types = tax_id::TaxIdType::ALL
        .iter()
        .map(|t| TaxIdType {
            kind: t.as_str().to_owned(),
            description: t.description().to_owned(),
            country: t.country().map(str::to_owned),
            example: t.format_hint().to_owned(),
        })
        .collect();
    JsonResponse(List::new(types, false, "/v1/tax_id_types"))
}
