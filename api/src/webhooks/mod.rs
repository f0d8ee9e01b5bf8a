//! Webhook delivery: the [`dispatcher`] (a task the API process starts, like the
//! billing scheduler) and its [`http`] client. The rules (signatures, schedule,
//! target classification) are in [`crate::domain::webhook`]; the SQL in
//! [`crate::store::webhooks`]. Decisions: `docs/adr/0007-webhook-delivery.md`.

pub mod dispatcher;
pub mod http;

pub use dispatcher::{Dispatcher, TickReport};
