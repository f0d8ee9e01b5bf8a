//! Request pipeline pieces: [`auth`] (API keys → [`auth::Caller`]),
//! [`idempotency`] (replay of POSTs), [`origin`] (where a change came from, for its events), [`rate_limit`] (in-memory limits), [`metrics`] (Prometheus) and
//! [`envelope`] (a last line of defence that turns any non-JSON failure axum
//! itself produces into our error envelope).

pub mod auth;
pub mod envelope;
pub mod expand;
pub mod idempotency;
pub mod metrics;
pub mod origin;
pub mod rate_limit;
pub mod scope;
pub mod version;
