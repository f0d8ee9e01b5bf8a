//! HTTP handlers, one module per resource. Handlers are thin: parse, call the
//! store inside a transaction (recording the event with the change), answer.

pub mod customers;
pub mod events;
pub mod health;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

/// The authenticated `/v1` routes, with their OpenAPI operations.
pub fn v1() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(customers::create_customer, customers::list_customers))
        .routes(routes!(customers::retrieve_customer))
        .routes(routes!(events::list_events))
        .routes(routes!(events::retrieve_event))
}
