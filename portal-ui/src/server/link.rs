//! `GET /p/{secret}`: a customer opens the link their merchant gave them.
//!
//! 1. A secret that is not 1–[`MAX_SECRET_LEN`] URL-safe characters (`A–Z a–z 0–9 - _`)
//!    is not valid; the API is not asked.
//! 2. Otherwise the secret is exchanged with the API (single use: the first exchange
//!    wins) for a portal JWT. On success the answer is `303 See Other` to `/` — a URL
//!    without the secret — setting the session and CSRF cookies (see `cookies`), with
//!    `Cache-Control: no-store` (and, like every response, `Referrer-Policy:
//!    no-referrer` from `security`).
//! 3. On failure the Leptos route of `/p/…` renders [`LinkProblem`]'s page: `404`
//!    unknown or malformed, `410` used/expired/revoked (with "Return to {merchant}" when
//!    the API says where), `429` rate-limited, `503` API unavailable.
//!
//! The secret is a bearer credential for an hour: it never appears in a redirect target,
//! a log line (the request span records [`redact_path`]'s `/p/…`) or a `Referer`
//! (`Referrer-Policy: no-referrer` on every response). A `HEAD` never exchanges the link
//! (link checkers and prefetchers send them) and is answered `405`.

use std::{future::Future, pin::Pin, sync::Arc};

use axum::{
    extract::{Request, State},
    response::{IntoResponse, Response},
};
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};

use super::{
    cookies,
    upstream::{ExchangeError, Upstream},
};
use crate::pages::link::{LinkProblem, ReturnLink};

/// The route of portal links (the Leptos route of the same path renders the problems).
pub const ROUTE: &str = "/p/{*secret}";

/// The path prefix of portal links.
pub const PREFIX: &str = "/p/";

/// The longest secret worth asking the API about.
pub const MAX_SECRET_LEN: usize = 128;

/// What the span of a request records as its path: portal links are redacted.
pub fn redact_path(path: &str) -> &str {
    if path.starts_with(PREFIX) { "/p/…" } else { path }
}

/// Renders the Leptos app for a request (the page renderer of `app`).
pub type PageRenderer = Arc<dyn Fn(Request) -> Pin<Box<dyn Future<Output = Response> + Send>> + Send + Sync>;

/// What the link handler needs: the API, and the renderer for the problem pages.
#[derive(Clone)]
pub struct LinkState {
    pub upstream: Upstream,
    pub render: PageRenderer,
}

impl std::fmt::Debug for LinkState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkState")
            .field("upstream", &self.upstream)
            .finish_non_exhaustive()
    }
}

/// Whether `secret` could be a link secret: 1–[`MAX_SECRET_LEN`] characters from the
/// URL-safe alphabet. Checked on the raw path, so a percent-encoded byte fails too.
pub fn is_well_formed(secret: &str) -> bool {
    (1..=MAX_SECRET_LEN).contains(&secret.len())
        && secret
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The handler of [`ROUTE`].
pub async fn open_link(State(state): State<LinkState>, mut request: Request) -> Response {
    if request.method() == Method::HEAD {
        return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET")]).into_response();
    }
    let secret = request.uri().path().strip_prefix(PREFIX).unwrap_or_default();
    let problem = if is_well_formed(secret) {
        let client_ip = request
            .extensions()
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip());
        match state.upstream.exchange(secret, request.headers(), client_ip).await {
            Ok(exchanged) => match signed_in_redirect(&exchanged.token, exchanged.return_url.as_deref()) {
                Some(response) => {
                    tracing::info!(
                        session = exchanged.session_id.as_deref().unwrap_or("-"),
                        "portal link exchanged"
                    );
                    return response;
                }
                None => {
                    tracing::error!("the API's portal token cannot be stored in a cookie");
                    LinkProblem::Unavailable
                }
            },
            Err(err) => problem_of(err),
        }
    } else {
        tracing::info!("malformed portal link");
        LinkProblem::Invalid
    };
    request.extensions_mut().insert(problem);
    (state.render)(request).await
}

/// `303` to `/` setting both cookies, or `None` when `token` cannot be a cookie value.
/// The merchant's return URL is kept in a third cookie, for the page that says the
/// session has ended (see `cookies`).
fn signed_in_redirect(token: &str, return_url: Option<&str>) -> Option<Response> {
    let session = cookies::session_cookie(token, cookies::SESSION_MAX_AGE_SECONDS)?;
    let csrf = cookies::csrf_cookie(&cookies::new_csrf_token())?;
    let mut headers = HeaderMap::new();
    headers.insert(header::LOCATION, HeaderValue::from_static("/"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.append(header::SET_COOKIE, session);
    headers.append(header::SET_COOKIE, csrf);
    if let Some(cookie) = return_url.and_then(cookies::return_cookie) {
        headers.append(header::SET_COOKIE, cookie);
    }
    Some((StatusCode::SEE_OTHER, headers).into_response())
}

/// The page for a failed exchange (and the log line saying why).
fn problem_of(err: ExchangeError) -> LinkProblem {
    match err {
        ExchangeError::Invalid => {
            tracing::info!("unknown portal link");
            LinkProblem::Invalid
        }
        ExchangeError::Expired { return_url } => {
            tracing::info!("used, expired or revoked portal link");
            LinkProblem::Expired {
                return_to: return_url.as_deref().and_then(return_link),
            }
        }
        ExchangeError::RateLimited { retry_after } => {
            tracing::warn!("portal link exchanges are rate-limited");
            LinkProblem::RateLimited {
                retry_after: retry_after.unwrap_or(60),
            }
        }
        ExchangeError::Unavailable(reason) => {
            tracing::warn!(%reason, "portal link exchange failed");
            LinkProblem::Unavailable
        }
    }
}

/// A "Return to {merchant}" link for `url` when it is an absolute `http(s)` URL with a
/// host (the API checked it when the session was created; this keeps anything else,
/// such as `javascript:`, out of the page whatever the API sends).
pub fn return_link(url: &str) -> Option<ReturnLink> {
    let parsed = reqwest::Url::parse(url).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    let merchant = parsed.host_str()?.to_owned();
    Some(ReturnLink {
        url: parsed.into(),
        merchant,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_1_to_128_url_safe_characters() {
        assert!(is_well_formed("a"));
        assert!(is_well_formed("Ab09-_xyz"));
        assert!(is_well_formed(&"x".repeat(128)));

        for bad in ["", "a.b", "a%2Fb", "a/b", "a b", "é", "a~", "a+b", "a=b"] {
            assert!(!is_well_formed(bad), "{bad:?}");
        }
        assert!(!is_well_formed(&"x".repeat(129)));
    }

    #[test]
    fn portal_link_paths_are_redacted_and_others_are_not() {
        assert_eq!(redact_path("/p/s3cr3t"), "/p/…");
        assert_eq!(redact_path("/p/s3cr3t/more"), "/p/…");
        assert_eq!(redact_path("/v1/customers"), "/v1/customers");
        assert_eq!(redact_path("/pkg/portal.js"), "/pkg/portal.js");
    }

    #[test]
    fn only_http_urls_with_a_host_become_return_links() {
        assert_eq!(
            return_link("https://shop.example/account?tab=billing"),
            Some(ReturnLink {
                url: "https://shop.example/account?tab=billing".to_owned(),
                merchant: "shop.example".to_owned(),
            })
        );
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "/relative",
            "mailto:a@b.c",
            "",
        ] {
            assert_eq!(return_link(bad), None, "{bad}");
        }
    }
}
