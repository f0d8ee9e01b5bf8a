//! The portal server (`ssr` only): an axum application around the Leptos pages.
//!
//! - [`settings`]: typed configuration, read from the environment once at start-up.
//! - [`app`]: the router ([`app::router`]) and the running server ([`app::Application`]).
//! - [`security`]: security headers and the per-request CSP nonce on every response.
//! - [`proxy`]: `/v1/*` forwarded to the Paylera API.
//! - [`health`]: `/healthz` and `/readyz`.
//! - [`telemetry`]: JSON logs on stderr.
//! - [`error`]: the one error type of start-up and serving.

pub mod app;
pub mod error;
pub mod health;
pub mod proxy;
pub mod security;
pub mod settings;
pub mod telemetry;

#[cfg(test)]
mod tests;

pub use app::{Application, router};
pub use error::PortalError;
pub use settings::Settings;
