//! `/v1/products` and `/v1/prices`. See `docs/adr/0005-catalog.md`.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorCode, ErrorEnvelope, List,
    catalog::{
        CreatePriceRequest, CreateProductRequest, Price, PriceFilter, Product, ProductFilter, UpdatePriceRequest,
        UpdateProductRequest,
    },
    event::EventType,
    list::ListParams,
};

use crate::{
    AppState,
    domain::{Invalid, catalog, changes::previous_attributes, currency, metadata},
    error::ApiError,
    extract::{Json, Query, page},
    middleware::auth::Caller,
    store::{
        self,
        events::{Origin, emit},
    },
};

/// Create a product.
///
/// Emits `product.created`.
#[utoipa::path(
    post, path = "/v1/products", tag = "catalog",
    request_body(content = CreateProductRequest, example = json!({
        "name": "Pro", "description": "For growing teams", "features": ["Unlimited projects", "Priority support"],
        "family": "plans", "rank": 2
    })),
    responses(
        (status = 200, description = "The new product", body = Product),
        (status = 400, description = "Invalid parameters", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_product(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(params): Json<CreateProductRequest>,
) -> Result<JsonResponse<Product>, ApiError> {
    let fields = catalog::validate_new_product(params)?;
    let mut tx = state.db.begin().await?;
    let product = store::catalog::create_product(&mut tx, &caller.tenant_id, &fields).await?;
    emit(
        &mut tx,
        &caller.tenant_id,
        EventType::ProductCreated,
        &product,
        None,
        &origin,
    )
    .await?;
    origin.commit(tx, product).await.map(JsonResponse)
}

/// Retrieve a product.
#[utoipa::path(
    get, path = "/v1/products/{id}", tag = "catalog",
    params(("id" = String, Path, description = "The product id (`prod_…`)")),
    responses(
        (status = 200, description = "The product", body = Product),
        (status = 404, description = "No such product for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_product(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<Product>, ApiError> {
    store::catalog::get_product(&state.db, &caller.tenant_id, &id)
        .await?
        .map(JsonResponse)
        .ok_or_else(|| ApiError::not_found("product", &id))
}

/// Update or archive a product.
///
/// Archive with `{"active": false}` (existing subscriptions continue; no new ones).
/// Emits `product.updated` with `previous_attributes`.
#[utoipa::path(
    post, path = "/v1/products/{id}", tag = "catalog",
    params(("id" = String, Path, description = "The product id (`prod_…`)")),
    request_body(content = UpdateProductRequest, example = json!({"active": false})),
    responses(
        (status = 200, description = "The updated product", body = Product),
        (status = 400, description = "Invalid parameters", body = ErrorEnvelope),
        (status = 404, description = "No such product for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn update_product(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<UpdateProductRequest>,
) -> Result<JsonResponse<Product>, ApiError> {
    let before = store::catalog::get_product(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("product", &id))?;
    let fields = catalog::apply_product_update(store::catalog::product_fields(&before), params)?;
    let mut tx = state.db.begin().await?;
    let after = store::catalog::update_product(&mut tx, &caller.tenant_id, &before, &fields).await?;
    let previous = previous_attributes(&serde_json::to_value(&before)?, &serde_json::to_value(&after)?);
    if previous.is_some() {
        emit(
            &mut tx,
            &caller.tenant_id,
            EventType::ProductUpdated,
            &after,
            previous,
            &origin,
        )
        .await?;
    }
    origin.commit(tx, after).await.map(JsonResponse)
}

/// List products, newest first.
#[utoipa::path(
    get, path = "/v1/products", tag = "catalog",
    params(ProductFilter, ListParams),
    responses(
        (status = 200, description = "A page of products", body = List<Product>),
        (status = 400, description = "Invalid filter or cursor", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_products(
    State(state): State<AppState>,
    caller: Caller,
    Query(filter): Query<ProductFilter>,
    Query(params): Query<ListParams>,
) -> Result<JsonResponse<List<Product>>, ApiError> {
    let page = page(&params)?;
    let (data, has_more) = store::catalog::list_products(
        &state.db,
        &caller.tenant_id,
        offered(&caller, filter.active),
        filter.family.as_deref(),
        &page,
    )
    .await?;
    Ok(JsonResponse(List::new(data, has_more, "/v1/products")))
}

/// Create a price.
///
/// The product must be active. Amount, currency and period never change afterwards:
/// create a new price and archive the old one. Emits `price.created`.
#[utoipa::path(
    post, path = "/v1/prices", tag = "catalog",
    request_body(content = CreatePriceRequest, example = json!({
        "product": "prod_…", "currency": "usd", "unit_amount": 2900, "recurring": {"interval": "month", "interval_count": 1},
        "nickname": "Pro monthly"
    })),
    responses(
        (status = 200, description = "The new price", body = Price),
        (status = 400, description = "Invalid parameters (`invalid_currency`, `parameter_invalid`, `resource_archived`)", body = ErrorEnvelope),
        (status = 404, description = "No such product for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_price(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(params): Json<CreatePriceRequest>,
) -> Result<JsonResponse<Price>, ApiError> {
    let product_id = params.product.clone();
    let fields = catalog::validate_new_price(params)?;
    let product = store::catalog::get_product(&state.db, &caller.tenant_id, &product_id)
        .await?
        .ok_or_else(|| ApiError::not_found("product", &product_id).with_param("product"))?;
    if !product.active {
        return Err(Invalid::new(
            "product",
            ErrorCode::ResourceArchived,
            "This product is archived; unarchive it to add prices.",
        )
        .into());
    }
    let mut tx = state.db.begin().await?;
    let price = store::catalog::create_price(&mut tx, &caller.tenant_id, &product.id, &fields).await?;
    emit(
        &mut tx,
        &caller.tenant_id,
        EventType::PriceCreated,
        &price,
        None,
        &origin,
    )
    .await?;
    origin.commit(tx, price).await.map(JsonResponse)
}

/// Retrieve a price.
#[utoipa::path(
    get, path = "/v1/prices/{id}", tag = "catalog",
    params(("id" = String, Path, description = "The price id (`price_…`)")),
    responses(
        (status = 200, description = "The price", body = Price),
        (status = 404, description = "No such price for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_price(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<Price>, ApiError> {
    store::catalog::get_price(&state.db, &caller.tenant_id, &id)
        .await?
        .map(JsonResponse)
        .ok_or_else(|| ApiError::not_found("price", &id))
}

/// Update or archive a price (nickname, `active`, metadata).
///
/// Emits `price.updated` with `previous_attributes`.
#[utoipa::path(
    post, path = "/v1/prices/{id}", tag = "catalog",
    params(("id" = String, Path, description = "The price id (`price_…`)")),
    request_body(content = UpdatePriceRequest, example = json!({"active": false})),
    responses(
        (status = 200, description = "The updated price", body = Price),
        (status = 400, description = "Invalid parameters (amount, currency and period cannot change)", body = ErrorEnvelope),
        (status = 404, description = "No such price for this tenant", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn update_price(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<UpdatePriceRequest>,
) -> Result<JsonResponse<Price>, ApiError> {
    let before = store::catalog::get_price(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("price", &id))?;
    let after = Price {
        nickname: params
            .nickname
            .try_map(|n| catalog::nickname(Some(n)))?
            .apply(before.nickname.clone().map(Some))
            .flatten(),
        active: params.active.unwrap_or(before.active),
        metadata: match params.metadata {
            Some(update) => metadata::merge(before.metadata.clone(), update)?,
            None => before.metadata.clone(),
        },
        ..before.clone()
    };
    let mut tx = state.db.begin().await?;
    store::catalog::update_price(&mut tx, &caller.tenant_id, &after).await?;
    let previous = previous_attributes(&serde_json::to_value(&before)?, &serde_json::to_value(&after)?);
    if previous.is_some() {
        emit(
            &mut tx,
            &caller.tenant_id,
            EventType::PriceUpdated,
            &after,
            previous,
            &origin,
        )
        .await?;
    }
    origin.commit(tx, after).await.map(JsonResponse)
}

/// List prices, newest first.
#[utoipa::path(
    get, path = "/v1/prices", tag = "catalog",
    params(PriceFilter, ListParams),
    responses(
        (status = 200, description = "A page of prices", body = List<Price>),
        (status = 400, description = "Invalid filter or cursor", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_prices(
    State(state): State<AppState>,
    caller: Caller,
    Query(filter): Query<PriceFilter>,
    Query(params): Query<ListParams>,
) -> Result<JsonResponse<List<Price>>, ApiError> {
    let page = page(&params)?;
    let currency = filter
        .currency
        .as_deref()
        .map(|c| currency::parse(c, "currency"))
        .transpose()?;
    let (data, has_more) = store::catalog::list_prices(
        &state.db,
        &caller.tenant_id,
        filter.product.as_deref(),
        offered(&caller, filter.active),
        currency.map(|c| c.code()),
        &page,
    )
    .await?;
    Ok(JsonResponse(List::new(data, has_more, "/v1/prices")))
}

/// The `active` filter of a catalog list: a portal customer sees only what is on offer
/// (archived products and prices are the merchant's history, not a choice).
fn offered(caller: &Caller, asked: Option<bool>) -> Option<bool> {
    if caller.portal_session().is_some() {
        Some(true)
    } else {
        asked
    }
}
