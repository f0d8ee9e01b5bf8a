//! `/v1/test_clocks`: simulated time for the customers attached to a clock.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorCode, ErrorEnvelope,
    test_clock::{AdvanceTestClockRequest, CreateTestClockRequest, TestClock},
};

use crate::{
    AppState, billing, domain::Invalid, error::ApiError, extract::Json, middleware::auth::Caller, store,
    store::events::Origin,
};

/// Create a test clock frozen at `frozen_time`.
#[utoipa::path(
    post, path = "/v1/test_clocks", tag = "test_clocks",
    request_body(content = CreateTestClockRequest, example = json!({"frozen_time": "2026-01-31T09:00:00Z", "name": "Renewal walk-through"})),
    responses((status = 200, description = "The clock", body = TestClock)),
    security(("api_key" = []))
)]
pub async fn create_test_clock(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(params): Json<CreateTestClockRequest>,
) -> Result<JsonResponse<TestClock>, ApiError> {
    let name = params.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let mut tx = state.db.begin().await?;
    let clock = store::test_clocks::create(&mut tx, &caller.tenant_id, name, params.frozen_time.timestamp()).await?;
    origin.commit(tx, clock).await.map(JsonResponse)
}

/// Retrieve a test clock.
#[utoipa::path(
    get, path = "/v1/test_clocks/{id}", tag = "test_clocks",
    params(("id" = String, Path, description = "The clock id (`clock_…`)")),
    responses(
        (status = 200, description = "The clock", body = TestClock),
        (status = 404, description = "No such clock", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_test_clock(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<TestClock>, ApiError> {
    store::test_clocks::get(&state.db, &caller.tenant_id, &id)
        .await?
        .map(JsonResponse)
        .ok_or_else(|| ApiError::not_found("test clock", &id))
}

/// Advance a test clock: everything due for its customers up to `frozen_time`
/// (renewals, trial ends, scheduled changes, cancellations, dunning retries)
/// happens in time order, exactly as real time would do it.
#[utoipa::path(
    post, path = "/v1/test_clocks/{id}/advance", tag = "test_clocks",
    params(("id" = String, Path, description = "The clock id (`clock_…`)")),
    request_body(content = AdvanceTestClockRequest, example = json!({"frozen_time": "2026-03-01T09:00:00Z"})),
    responses(
        (status = 200, description = "The clock at its new time", body = TestClock),
        (status = 400, description = "`frozen_time` is not after the clock's time", body = ErrorEnvelope),
        (status = 404, description = "No such clock", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn advance_test_clock(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<AdvanceTestClockRequest>,
) -> Result<JsonResponse<TestClock>, ApiError> {
    let clock = store::test_clocks::get(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("test clock", &id))?;
    if params.frozen_time <= clock.frozen_time {
        return Err(Invalid::new(
            "frozen_time",
            ErrorCode::ParameterInvalid,
            "A test clock only moves forward.",
        )
        .into());
    }
    billing::clock::run_until(
        &state.db,
        &caller.tenant_id,
        Some(clock.id.as_str()),
        params.frozen_time,
    )
    .await?;
    let mut tx = state.db.begin().await?;
    store::test_clocks::set_time(&mut tx, &caller.tenant_id, &clock.id, params.frozen_time.timestamp()).await?;
    origin
        .commit(
            tx,
            TestClock {
                frozen_time: params.frozen_time,
                ..clock
            },
        )
        .await
        .map(JsonResponse)
}
