//! Paylera's API gateway: the REST API merchants integrate and the portal calls.
//!
//! Layout: [`settings`] (typed configuration), [`app`] (router and server),
//! [`routes`] (thin HTTP handlers), [`middleware`] (authentication, idempotency,
//! metrics), [`domain`] (framework-free rules), [`store`] (SQL, one function per
//! query, on SQLite and PostgreSQL alike), [`error`] (the one error type) and
//! [`cli`] (the `paylera-api` command line) and [`webhooks`] (the delivery of
//! events to merchants' endpoints).

pub mod app;
pub mod billing;
pub mod cli;
pub mod dashboard;
pub mod db;
pub mod domain;
pub mod error;
pub mod extract;
pub mod lifecycle;
pub mod middleware;
pub mod openapi;
pub mod portal;
pub mod routes;
pub mod secrets;
pub mod seed;
pub mod settings;
pub mod store;
pub mod telemetry;
pub mod webhooks;

pub use app::{AppState, Application};
pub use error::ApiError;
pub use settings::Settings;
