//! The merchant dashboard (ADR 0014): where a merchant's team signs in and configures
//! the customer portal ("Settings → Customer portal"). It is served by the portal's
//! binary on a listener and origin of its own (`PAYLERA_DASHBOARD_ADDR`,
//! `PAYLERA_DASHBOARD_PUBLIC_URL`) and shares no state with the portal's router.
//!
//! Like the portal, it has no back door: every page is calls to the public REST API
//! with the signed-in team member's `dsh_…` token (cookie → Bearer), and the API
//! decides what a member's role may do. Pages are server HTML and forms: everything
//! works without JavaScript; `dashboard.js` only refreshes the live preview as the
//! merchant types.
//!
//! | path | what answers |
//! |------|--------------|
//! | `GET/POST /sign-in` | [`sign_in`]: email, password and, when enabled, the TOTP code |
//! | `POST /sign-out` | [`sign_in::sign_out`] |
//! | `GET/POST /invitations/{token}` | [`invitation`]: a new member chooses a password and is signed in |
//! | `POST /language` | [`sign_in::choose_language`]: the language switch (a cookie) |
//! | `GET /` | [`home`]: who is signed in, and where to go |
//! | `/customers…` | [`customers`]: search, a customer's billing, "Open portal as this customer" |
//! | `GET /portal-sessions` | [`sessions`]: recent portal sessions, their status and what the customer did |
//! | `/events…` | [`events`]: the account's events and each one's payload |
//! | `/team…` | [`team`]: the members, invitations (owners), the member's own two-step sign-in |
//! | `/webhooks…` | [`webhooks`]: endpoints, delivery log, resend, test event, secret rotation |
//! | `/api-keys…` | [`api_keys`]: create, roll with an overlap, revoke |
//! | `GET/POST /settings/portal` | [`portal_settings`]: a configuration's form, its audit log |
//! | `GET/POST /settings/portal/preview` | [`portal_settings::preview`]: the portal's own components with sample data, framed by the form's page |
//! | `/assets/*`, `/pkg/portal.css` | the dashboard's style and script; the portal's stylesheet for the preview |
//! | `GET /brand/logos/{id}` | an uploaded logo, for the preview (`server::brand`) |
//! | `/healthz`, `/readyz` | as on the portal's listener |
//!
//! Every request passes [`guard::require_member`] (except sign-in, probes and
//! assets): a missing or ended session goes to `/sign-in`. Every `POST` passes the
//! dashboard's own CSRF checks ([`guard::csrf_guard`]): its own cookies
//! ([`cookies`]), its own origin.

mod api_keys;
pub mod cookies;
mod customers;
mod events;
pub mod form;
pub mod guard;
mod home;
mod invitation;
mod layout;
pub mod member;
mod overlap;
mod portal_settings;
mod preview;
mod sessions;
mod sign_in;
mod team;
pub mod texts;
mod webhooks;

#[cfg(test)]
mod tests;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{get, post},
};
use http::{HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::server::{
    Settings,
    csrf::CsrfPolicy,
    drain::Readiness,
    health::{self, Probes},
    upstream::Upstream,
};

/// The largest form body the dashboard reads: the logo upload (an image of at most
/// 128 KiB, which the API checks, and the multipart framing); every other form is a
/// few kilobytes.
const MAX_FORM_BYTES: usize = 192 * 1024;

/// What every dashboard handler may need.
#[derive(Debug, Clone)]
pub struct DashboardState {
    pub upstream: Upstream,
    pub csrf: CsrfPolicy,
    /// The portal's stylesheet (its hashed name in a release artifact), which the
    /// live preview links.
    pub stylesheet: std::sync::Arc<str>,
    /// The dashboard's public base URL (`PAYLERA_DASHBOARD_PUBLIC_URL`, no trailing
    /// `/`): invitation links start with it.
    pub public_url: std::sync::Arc<str>,
}

/// The dashboard's routes, without the layers every listener of the binary has
/// (request ids, metrics, logs, security headers: see `server::app`).
pub fn router(settings: &Settings, readiness: &Readiness) -> Result<Router, crate::server::PortalError> {
    let upstream = Upstream::new(&settings.api_url, settings.service_key.clone());
    let state = DashboardState {
        upstream: upstream.clone(),
        csrf: CsrfPolicy::new(&settings.dashboard_origin()),
        stylesheet: crate::server::assets::stylesheet_href(&crate::server::app::leptos_options(settings)).into(),
        public_url: settings.dashboard_public_url.trim_end_matches('/').into(),
    };
    let signed_in = Router::new()
        .route("/", get(home::show))
        .route(
            "/settings/portal",
            get(portal_settings::show).post(portal_settings::save),
        )
        .route("/settings/portal/new", post(portal_settings::create))
        .route("/settings/portal/logo", post(portal_settings::upload_logo))
        .route(
            "/settings/portal/preview",
            get(portal_settings::preview_saved).post(portal_settings::preview),
        )
        .route("/customers", get(customers::list))
        .route("/customers/{id}", get(customers::show))
        .route("/customers/{id}/portal", post(customers::open_portal))
        .route("/portal-sessions", get(sessions::list))
        .route("/events", get(events::list))
        .route("/events/{id}", get(events::show))
        .route("/webhooks", get(webhooks::list).post(webhooks::create))
        .route("/webhooks/{id}", get(webhooks::show))
        .route("/webhooks/{id}/test", post(webhooks::send_test))
        .route("/webhooks/{id}/rotate", post(webhooks::rotate))
        .route("/webhooks/{id}/resend", post(webhooks::resend))
        .route("/api-keys", get(api_keys::list).post(api_keys::create))
        .route("/api-keys/{id}/roll", post(api_keys::roll))
        .route("/api-keys/{id}/revoke", post(api_keys::revoke))
        .route("/team", get(team::show))
        .route("/team/invitations", post(team::invite))
        .route("/team/totp", post(team::begin_totp))
        .route("/team/totp/confirm", post(team::confirm_totp))
        .route("/team/members/{id}", post(team::change_role))
        .route("/team/members/{id}/remove", post(team::remove))
        .route("/sign-out", post(sign_in::sign_out))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::require_member,
        ));
    let public = Router::new()
        .route("/sign-in", get(sign_in::show).post(sign_in::submit))
        .route("/language", post(sign_in::choose_language))
        .route("/invitations/{token}", get(invitation::show).post(invitation::accept));
    let brand = crate::server::brand::routes(upstream.clone());
    let probes = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .with_state(Probes {
            upstream,
            readiness: readiness.clone(),
        });
    let stylesheet = crate::server::assets::pkg_service(&settings.site_root)?;
    Ok(signed_in
        .merge(public)
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard::csrf_guard))
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
        // Every page is one member's data, and some hold a secret shown once (a key, a
        // signing secret, a portal link): never kept by a browser or a proxy.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .fallback(home::not_found)
        .with_state(state)
        .route(
            "/assets/dashboard.css",
            get(|| asset(DASHBOARD_CSS, "text/css; charset=utf-8")),
        )
        .route(
            "/assets/dashboard.js",
            get(|| asset(DASHBOARD_JS, "text/javascript; charset=utf-8")),
        )
        .nest_service("/pkg", stylesheet)
        .merge(brand)
        .merge(probes))
}

/// The dashboard's stylesheet (small: served as it is, cached for a short while).
const DASHBOARD_CSS: &str = include_str!("assets/dashboard.css");
/// The few lines that refresh the preview as the merchant types (see the module docs).
const DASHBOARD_JS: &str = include_str!("assets/dashboard.js");

async fn asset(body: &'static str, content_type: &'static str) -> impl axum::response::IntoResponse {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300")),
        ],
        body,
    )
}
