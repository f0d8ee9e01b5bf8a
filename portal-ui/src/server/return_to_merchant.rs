//! `POST /return`: "Return to merchant" ends the portal session and sends the customer
//! back to the merchant's `return_url`.
//!
//! The portal page posts a form whose hidden `csrf` field holds the CSRF token. Then:
//!
//! | situation                                           | answer                                              |
//! |-----------------------------------------------------|-----------------------------------------------------|
//! | no session cookie                                    | `303` to `/`                                        |
//! | CSRF check fails (see `csrf`: the form field is the submitted token, `Origin: null` counts as absent) | `303` to `/`, nothing changed: a forged post achieves nothing, and a tab whose token went stale (the customer opened a newer link) lands on a page with a fresh form |
//! | the API completes the session                       | both cookies cleared, `303` to the `return_url`    |
//! | the session had already ended (`401`)               | both cookies cleared, `303` to `/`                 |
//! | the API failed or is unreachable                    | `303` to `/`, cookies kept, so the customer can try again |
//!
//! The token is refreshed first when it is due (`session::fresh_bearer`), so a customer
//! who read a page for a while can still leave properly. The redirect to the merchant
//! is why the page's CSP allows more than `'self'` in `form-action` (see `security`).

use axum::{
    extract::{Request, State},
    response::{IntoResponse, Response},
};
use http::{HeaderMap, HeaderValue, StatusCode, header};
use serde::Deserialize;

use super::{
    cookies::{self, PortalCookies},
    csrf::Submission,
    link::return_link,
    session::{SessionState, fresh_bearer},
    upstream::SessionCallError,
};

/// The route.
pub const ROUTE: &str = "/return";

/// The largest form body read.
const MAX_FORM_BYTES: usize = 4 * 1024;

#[derive(Deserialize)]
struct ReturnForm {
    #[serde(default)]
    csrf: Option<String>,
}

/// The handler of [`ROUTE`].
pub async fn return_to_merchant(State(state): State<SessionState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let cookies = PortalCookies::from_headers(&parts.headers);
    let Some(token) = cookies.session else {
        return see_other("/", false);
    };
    let submitted = match axum::body::to_bytes(body, MAX_FORM_BYTES).await {
        Ok(bytes) => serde_urlencoded::from_bytes::<ReturnForm>(&bytes)
            .ok()
            .and_then(|form| form.csrf),
        Err(_) => None,
    };
    if let Err(failure) = state.csrf.check(
        Submission::Form,
        &parts.headers,
        submitted.as_deref(),
        cookies.csrf.as_deref(),
    ) {
        tracing::warn!(reason = failure.as_str(), "CSRF check failed on POST /return");
        return see_other("/", false);
    }

    let Ok(bearer) = fresh_bearer(&state.upstream, &token).await else {
        return see_other("/", true);
    };
    match state.upstream.complete(&bearer.token).await {
        Ok(return_url) => match return_link(&return_url) {
            Some(link) => see_other(&link.url, true),
            None => {
                tracing::error!("the API completed the portal session with an unusable return_url");
                see_other("/", true)
            }
        },
        Err(SessionCallError::Unauthorized(_)) => {
            tracing::info!("portal session already ended when the customer returned");
            see_other("/", true)
        }
        Err(SessionCallError::Failed(reason)) => {
            tracing::warn!(%reason, "completing the portal session failed");
            see_other("/", false)
        }
    }
}

/// `303 See Other` to `location`, clearing both cookies when `clear_cookies`.
fn see_other(location: &str, clear_cookies: bool) -> Response {
    let mut headers = HeaderMap::new();
    match HeaderValue::from_str(location) {
        Ok(value) => headers.insert(header::LOCATION, value),
        Err(_) => headers.insert(header::LOCATION, HeaderValue::from_static("/")),
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if clear_cookies {
        cookies::append_cleared(&mut headers);
    }
    (StatusCode::SEE_OTHER, headers).into_response()
}
