//! The portal server (`ssr` only): an axum application around the Leptos pages.
//!
//! - [`settings`]: typed configuration, read from the environment once at start-up.
//! - [`app`]: the router ([`app::router`]) and the running server ([`app::Application`]).
//! - [`security`]: security headers and the per-request CSP nonce on every response.
//! - [`link`]: `GET /p/{secret}`, a portal link exchanged for a session.
//! - [`cookies`]: the session and CSRF cookies (and why they are `Lax` and `Strict`).
//! - [`csrf`]: the checks every state-changing request passes.
//! - [`session`]: the session's token, refreshed before it expires; what pages see.
//! - [`return_to_merchant`]: `POST /return`, the session completed.
//! - [`actions`]: the pages' server functions (`/api/*`): the signed-in customer's API
//!   client, CSRF checks, form-post redirects.
//! - [`proxy`]: `/v1/*` forwarded to the Paylera API with the session's token.
//! - [`upstream`]: the HTTP connection to the API and the portal-session calls.
//! - [`health`]: `/healthz` and `/readyz`.
//! - [`telemetry`]: JSON logs on stderr.
//! - [`error`]: the one error type of start-up and serving.

pub mod actions;
pub mod app;
pub mod cookies;
pub mod csrf;
pub mod error;
pub mod health;
pub mod link;
pub mod proxy;
pub mod return_to_merchant;
pub mod security;
pub mod session;
pub mod settings;
pub mod telemetry;
pub mod upstream;

#[cfg(test)]
mod tests;

pub use app::{Application, router};
pub use error::PortalError;
pub use settings::Settings;
