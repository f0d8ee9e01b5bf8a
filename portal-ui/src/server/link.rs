//! `/p/{secret}`: a customer opens the link their merchant gave them.
//!
//! - `GET` never uses the link up and never asks the API anything (mail and chat link
//!   scanners fetch links before people click them): it answers the small hand-off page
//!   of `link_page`, whose form posts to the same URL — at once by script, or by its
//!   one "Continue" button without JavaScript.
//! - `POST` signs the customer in:
//!   1. A request from another site is refused (login CSRF: `Sec-Fetch-Site` present
//!      and not `same-origin`, or an `Origin` that is not the portal's; `Origin: null`
//!      counts as absent, as for every form post, see `csrf`): `403` with the hand-off
//!      page again, without its script, so a real customer confirms with a click on
//!      the portal's own page.
//!   2. A secret that is not 1–[`MAX_SECRET_LEN`] URL-safe characters (`A–Z a–z 0–9
//!      - _`) is not valid; the API is not asked.
//!   3. Otherwise the secret is exchanged with the API (single use: the first exchange
//!      wins, atomically in the API) for a portal JWT, passing on the customer's
//!      address (`client_ip`). On success the answer is `303 See Other` to `/` — a URL
//!      without the secret — setting the session and CSRF cookies and the return
//!      cookie (see `cookies`), with `Cache-Control: no-store`.
//!   4. On failure the Leptos route of `/p/…` renders [`LinkProblem`]'s page: `404`
//!      for every link that does not work (unknown, malformed, used, expired, revoked:
//!      one page, one text, so a prober learns nothing), with "Return to {merchant}"
//!      only from this browser's return cookie (a customer whose browser already used
//!      the link); `429` rate-limited, `503` API unavailable.
//! - `HEAD` (link checkers, prefetchers) is `405`.
//!
//! The secret is a bearer credential for an hour: it never appears in a redirect target,
//! another URL, a log line (the request span records [`super::paths::redact_path`]'s `/p/…`) or a
//! `Referer` (`Referrer-Policy: no-referrer` on every `/p/…` response, see `security`).

use std::{future::Future, net::SocketAddr, pin::Pin, sync::Arc};

use axum::{
    extract::{ConnectInfo, Request, State},
    response::{IntoResponse, Response},
};
use http::{HeaderMap, HeaderValue, StatusCode, header};

use super::{
    client_ip::TrustedProxies,
    cookies::{self, ReturnCookie},
    csrf::{CsrfPolicy, Submission},
    link_page::{self, Submit},
    paths::LINK_PREFIX,
    security::CspNonce,
    upstream::{ExchangeError, Upstream},
};
use crate::link::LinkProblem;
use crate::session::ReturnLink;

/// The longest secret worth asking the API about.
pub const MAX_SECRET_LEN: usize = 128;

/// Renders the Leptos app for a request (the page renderer of `app`).
pub type PageRenderer = Arc<dyn Fn(Request) -> Pin<Box<dyn Future<Output = Response> + Send>> + Send + Sync>;

/// What the link handlers need: the API, the renderer for the problem pages, the CSRF
/// policy (the portal's origin) and the proxies whose `X-Forwarded-For` is believed.
#[derive(Clone)]
pub struct LinkState {
    pub upstream: Upstream,
    pub render: PageRenderer,
    pub csrf: CsrfPolicy,
    pub trusted_proxies: TrustedProxies,
}

impl std::fmt::Debug for LinkState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkState")
            .field("upstream", &self.upstream)
            .field("csrf", &self.csrf)
            .field("trusted_proxies", &self.trusted_proxies)
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

/// `GET` [`super::paths::LINK_ROUTE`]: the hand-off page (see the module docs). Asks the API nothing.
pub async fn show_link(request: Request) -> Response {
    let nonce = request.extensions().get::<CspNonce>();
    link_page::handoff(StatusCode::OK, request.headers(), nonce, Submit::Automatically)
}

/// `HEAD` [`super::paths::LINK_ROUTE`]: `405`, the link untouched.
pub async fn head_link() -> Response {
    (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, POST")]).into_response()
}

/// `POST` [`super::paths::LINK_ROUTE`]: the hand-off page's form, which exchanges the link.
pub async fn open_link(State(state): State<LinkState>, mut request: Request) -> Response {
    if let Err(failure) = state.csrf.check_origin(Submission::Form, request.headers()) {
        tracing::warn!(reason = failure.as_str(), "cross-site POST of a portal link refused");
        return link_page::handoff(StatusCode::FORBIDDEN, request.headers(), None, Submit::ByClick);
    }
    let secret = request.uri().path().strip_prefix(LINK_PREFIX).unwrap_or_default();
    let problem = if is_well_formed(secret) {
        let client_ip = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(peer)| state.trusted_proxies.client_ip(peer.ip(), request.headers()));
        match state.upstream.exchange(secret, request.headers(), client_ip).await {
            Ok(exchanged) => match signed_in_redirect(&exchanged.token, exchanged.return_to.as_ref()) {
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
            Err(err) => problem_of(err, request.headers()),
        }
    } else {
        tracing::info!("malformed portal link");
        invalid(request.headers())
    };
    request.extensions_mut().insert(problem);
    (state.render)(request).await
}

/// `303` to `/` setting both cookies, or `None` when `token` cannot be a cookie value.
/// The merchant's return URL is kept in a third cookie, for the page that says the
/// session has ended and for this browser's next try of a used link (see `cookies`).
fn signed_in_redirect(token: &str, return_to: Option<&ReturnCookie>) -> Option<Response> {
    let session = cookies::session_cookie(token, cookies::SESSION_MAX_AGE_SECONDS)?;
    let csrf = cookies::csrf_cookie(&cookies::new_csrf_token())?;
    let mut headers = HeaderMap::new();
    headers.insert(header::LOCATION, HeaderValue::from_static("/"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.append(header::SET_COOKIE, session);
    headers.append(header::SET_COOKIE, csrf);
    if let Some(cookie) = return_to.and_then(cookies::return_cookie) {
        headers.append(header::SET_COOKIE, cookie);
    }
    Some((StatusCode::SEE_OTHER, headers).into_response())
}

/// The one page of a link that does not work, with the way back this browser knows.
fn invalid(headers: &HeaderMap) -> LinkProblem {
    LinkProblem::Invalid {
        return_to: cookies::return_to(headers).and_then(kept_return_link),
    }
}

/// The page for a failed exchange (and the log line saying why).
fn problem_of(err: ExchangeError, headers: &HeaderMap) -> LinkProblem {
    match err {
        ExchangeError::Invalid => {
            tracing::info!("unknown, used, expired or revoked portal link");
            invalid(headers)
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
        logo: None,
    })
}

/// The way back this browser's return cookie keeps, named and branded as the session
/// showed the merchant (the URL checked by [`return_link`]).
pub fn kept_return_link(kept: ReturnCookie) -> Option<ReturnLink> {
    let link = return_link(&kept.url)?;
    Some(ReturnLink {
        merchant: kept
            .business
            .filter(|name| !name.trim().is_empty())
            .unwrap_or(link.merchant),
        logo: kept.logo.filter(|logo| logo.starts_with("https://")),
        ..link
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
    fn only_http_urls_with_a_host_become_return_links() {
        assert_eq!(
            return_link("https://shop.example/account?tab=billing"),
            Some(ReturnLink {
                url: "https://shop.example/account?tab=billing".to_owned(),
                merchant: "shop.example".to_owned(),
                logo: None,
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

    #[test]
    fn a_kept_way_back_is_named_as_the_session_showed_the_merchant_and_its_url_still_checked() {
        let kept = |url: &str, business: Option<&str>, logo: Option<&str>| ReturnCookie {
            url: url.to_owned(),
            business: business.map(str::to_owned),
            logo: logo.map(str::to_owned),
        };
        assert_eq!(
            kept_return_link(kept(
                "https://shop.example/billing",
                Some("Acme"),
                Some("https://cdn.example/a.png")
            )),
            Some(ReturnLink {
                url: "https://shop.example/billing".to_owned(),
                merchant: "Acme".to_owned(),
                logo: Some("https://cdn.example/a.png".to_owned()),
            })
        );
        let unnamed = kept_return_link(kept("https://shop.example/billing", Some("  "), Some("http://x/a.png")));
        assert_eq!(
            unnamed.map(|link| (link.merchant, link.logo)),
            Some(("shop.example".to_owned(), None)),
            "a blank name is the host; a logo that is not https is dropped"
        );
        assert_eq!(kept_return_link(kept("javascript:alert(1)", Some("Acme"), None)), None);
    }
}
