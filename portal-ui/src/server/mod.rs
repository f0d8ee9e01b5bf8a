//! The portal server (`ssr` only): an axum application around the Leptos pages.
//!
//! - [`settings`]: typed configuration, read from the environment once at start-up.
//! - [`app`]: the router ([`app::router`]) and the running server ([`app::Application`]).
//! - [`assets`]: the bundle's (content-hashed) file names and the `/pkg` cache policy.
//! - [`client_ip`]: the customer's address (`X-Forwarded-For` only from `PAYLERA_TRUSTED_PROXIES`).
//! - [`security`]: security headers and the per-request CSP nonce on every response.
//! - [`link`]: `/p/{secret}`, a portal link: `GET` the hand-off page ([`link_page`]),
//!   `POST` exchanged for a session.
//! - [`cookies`]: the session and CSRF cookies (and why they are `Lax` and `Strict`).
//! - [`csrf`]: the checks every state-changing request passes.
//! - [`session`]: the session's token, refreshed before it expires; what pages see.
//! - [`return_to_merchant`]: `POST /return`, the session completed.
//! - [`actions`]: the pages' server functions (`/api/*`): the signed-in customer's API
//!   client, CSRF checks, form-post redirects.
//! - [`proxy`]: `/v1/*` forwarded to the Paylera API with the session's token.
//! - [`proxy_allow`]: the `/v1` routes the proxy forwards (an allow-list).
//! - [`upstream`]: the one API client (`paylera_shared::client`) and the portal-session calls.
//! - [`paths`]: where links and server functions live, and how a link's path is redacted.
//! - [`health`]: `/healthz` and `/readyz` (`503 draining` while stopping).
//! - [`admin`]: the operators' listener: `/metrics`, `/healthz`, `/readyz`.
//! - [`metrics`]: the Prometheus series (requests, API calls, build, draining).
//! - [`correlation`]: one request id and W3C trace from the browser through to the API.
//! - [`drain`]: stopping behind a load balancer: not ready first, then closing.
//! - [`telemetry`]: JSON logs on stderr.
//! - [`error`]: the one error type of start-up and serving.

pub mod actions;
pub mod admin;
pub mod api_status;
pub mod app;
pub mod assets;
pub mod brand;
pub mod client_ip;
pub mod cookies;
pub mod correlation;
pub mod csrf;
pub mod drain;
pub mod error;
pub mod health;
pub mod link;
pub mod link_page;
pub mod metrics;
pub mod paths;
pub mod proxy;
pub mod proxy_allow;
pub mod return_to_merchant;
pub mod security;
pub mod session;
pub mod settings;
pub mod telemetry;
pub mod upstream;

#[cfg(test)]
mod tests;

pub use app::{Application, router};

/// The name this server reports in its health body and `paylera_build_info`.
pub const SERVICE: &str = "paylera-portal";
pub use error::PortalError;
pub use settings::Settings;
