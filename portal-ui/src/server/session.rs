//! The customer's portal session as the portal server keeps it: a JWT in the session
//! cookie, refreshed shortly before it expires, for as long as the API keeps the session
//! alive.
//!
//! - [`fresh_bearer`] is what every handler acting for the customer calls (the `/v1`
//!   proxy and `POST /return`): when the token expires within [`REFRESH_MARGIN`] (or
//!   already has, or cannot be read), it asks the API for a new one first and hands back
//!   the `Set-Cookie` that stores it. When the API answers the refresh with `401` (the
//!   session has ended or the token is no good), the session is over:
//!   [`SessionEnded`] carries the API's answer and the caller clears the cookies.
//! - The token's `exp` is read from its payload **without verifying the signature**: the
//!   portal only uses it to decide when to refresh. The API verifies every token it
//!   receives; a forged `exp` gains nothing.
//! - [`signed_in_page`] is what a page render sees: signed in when a session cookie came
//!   with the request, together with the CSRF token the page's forms submit.
//! - [`load_portal_session`] runs before every page render with a session cookie: it
//!   fetches the customer's portal session for the page (or clears the cookies of an
//!   ended one).
//! - [`FLOW_DONE_COOKIE`] remembers, in this browser, that the task of the session's
//!   deep-link flow is done (see `crate::flow`): it holds the session's id (`ps_…`), so
//!   it means nothing for any other session, and [`signed_in_page`] reads it into
//!   [`SignedIn::flow_done`] with no extra call to the API.

use std::{
    sync::Arc,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use base64::{
    Engine as _,
    engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD},
};
use http::{HeaderMap, HeaderValue, header};
use paylera_shared::{ErrorEnvelope, portal::PortalSession};
use serde::Deserialize;

use super::{
    cookies::{self, PortalCookies, ReturnCookie},
    csrf::CsrfPolicy,
    upstream::{SessionCallError, Upstream},
};
use crate::problem::{Problem, codes};
use crate::session::{Overview, SignedIn, Visitor};

/// A token refreshed earlier in this request (by [`load_portal_session`]), so the
/// render's server functions do not refresh it again.
#[derive(Debug, Clone)]
pub struct FreshToken(pub String);

/// The portal session [`load_portal_session`] fetched for the page being rendered, so
/// the render's server functions do not fetch it again (`actions::Customer::session`).
#[derive(Debug, Clone)]
pub struct LoadedSession(pub Arc<PortalSession>);

/// How long before the token's `exp` the portal refreshes it. The API issues tokens for
/// 10 minutes, so this refreshes at half-life, leaving a wide margin for a refresh that
/// fails once.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// What the handlers acting for a signed-in customer share: the API connection and the
/// CSRF policy.
#[derive(Debug, Clone)]
pub struct SessionState {
    pub upstream: Upstream,
    pub csrf: CsrfPolicy,
}

/// The token to send to the API as `Authorization: Bearer`, and the cookie to set when
/// it was just refreshed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bearer {
    pub token: String,
    pub set_cookie: Option<HeaderValue>,
}

/// The API refused to refresh the token (`401`, with its envelope): the session is over.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionEnded(pub ErrorEnvelope);

/// The token to use for a request made with `token` from the session cookie, refreshed
/// first when it is due (see the module docs).
///
/// A refresh that fails for any other reason than `401` (the API is down, say) is
/// logged and the current token is used: the API decides whether it is still good.
pub async fn fresh_bearer(upstream: &Upstream, token: &str) -> Result<Bearer, SessionEnded> {
    if !needs_refresh(token, unix_now()) {
        return Ok(Bearer {
            token: token.to_owned(),
            set_cookie: None,
        });
    }
    match upstream.refresh(token).await {
        Ok(fresh) => match cookies::session_cookie(&fresh, cookies::SESSION_MAX_AGE_SECONDS) {
            Some(set_cookie) => Ok(Bearer {
                token: fresh,
                set_cookie: Some(set_cookie),
            }),
            None => {
                tracing::error!("the API's refreshed portal token cannot be stored in a cookie; keeping the old one");
                Ok(Bearer {
                    token: token.to_owned(),
                    set_cookie: None,
                })
            }
        },
        Err(SessionCallError::Unauthorized(answer)) => {
            tracing::info!("portal token refresh refused: the session has ended");
            Err(SessionEnded(answer))
        }
        Err(SessionCallError::Failed(reason)) => {
            tracing::warn!(%reason, "portal token refresh failed; using the current token");
            Ok(Bearer {
                token: token.to_owned(),
                set_cookie: None,
            })
        }
    }
}

/// Whether `token` should be refreshed at `now` (unix seconds): it expires within
/// [`REFRESH_MARGIN`], has expired, or has no readable `exp`.
pub fn needs_refresh(token: &str, now: i64) -> bool {
    let margin = i64::try_from(REFRESH_MARGIN.as_secs()).unwrap_or(i64::MAX);
    expires_at(token).is_none_or(|exp| exp.saturating_sub(now) <= margin)
}

/// The `exp` claim (unix seconds) of a JWT, read without verifying anything.
pub fn expires_at(token: &str) -> Option<i64> {
    claims(token).and_then(|claims| claims.exp)
}

/// The `sub` claim (the customer, `cus_…`) of a portal JWT, read without verifying
/// anything: the API verifies the token on every call and scopes it to that customer,
/// so a forged `sub` only makes the portal ask for objects the API will not show.
pub fn subject(token: &str) -> Option<String> {
    claims(token).and_then(|claims| claims.sub)
}

/// The `sid` claim (the portal session, `ps_…`) of a portal JWT, read without verifying
/// anything (like [`subject`]).
pub fn session_id(token: &str) -> Option<String> {
    claims(token).and_then(|claims| claims.sid)
}

#[derive(Deserialize)]
struct Claims {
    exp: Option<i64>,
    sub: Option<String>,
    sid: Option<String>,
}

/// The cookie saying that this browser finished the task of the deep-link flow of the
/// portal session whose id it holds (`HttpOnly`: only the server reads it).
pub const FLOW_DONE_COOKIE: &str = "__Host-paylera_flow_done";

/// `Set-Cookie` for [`FLOW_DONE_COOKIE`] holding `session_id` (`ps_` and base62), or
/// `None` for an id a cookie cannot hold. It lives as long as a session can.
pub fn flow_done_cookie(session_id: &str) -> Option<HeaderValue> {
    let plain = !session_id.is_empty() && session_id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if !plain {
        return None;
    }
    HeaderValue::from_str(&format!(
        "{FLOW_DONE_COOKIE}={session_id}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age={}",
        cookies::SESSION_MAX_AGE_SECONDS
    ))
    .ok()
}

/// Whether the request's [`FLOW_DONE_COOKIE`] names the session of its session cookie.
pub fn flow_done(headers: &HeaderMap) -> bool {
    let Some(current) = PortalCookies::from_headers(headers)
        .session
        .as_deref()
        .and_then(session_id)
    else {
        return false;
    };
    cookies::value(headers, FLOW_DONE_COOKIE) == Some(current.as_str())
}

fn claims(token: &str) -> Option<Claims> {
    let mut segments = token.split('.');
    let (Some(_header), Some(payload), Some(_signature), None) =
        (segments.next(), segments.next(), segments.next(), segments.next())
    else {
        return None;
    };
    let json = URL_SAFE_NO_PAD
        .decode(payload)
        .or_else(|_| URL_SAFE.decode(payload))
        .ok()?;
    serde_json::from_slice::<Claims>(&json).ok()
}

/// Wall-clock unix seconds.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX))
}

/// What a page render knows about the customer from the request's `headers`: signed
/// in when a session cookie came with it, with the `overview` that
/// [`load_portal_session`] found.
///
/// The CSRF token is the cookie's; when the cookie did not come — the render that ends
/// the cross-site redirect chain of `/p/{secret}` never gets the `SameSite=Strict`
/// cookie, see `cookies` — a new token is minted and `set_header` receives its
/// `Set-Cookie`. `set_header` also receives the `Cache-Control` that keeps a signed-in
/// page out of every cache.
pub fn signed_in_page(
    headers: &HeaderMap,
    overview: Option<Overview>,
    mut set_header: impl FnMut(header::HeaderName, HeaderValue),
) -> Option<SignedIn> {
    let PortalCookies { session, csrf } = PortalCookies::from_headers(headers);
    session?;
    let flow_done = flow_done(headers);
    set_header(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let csrf_token = match csrf {
        Some(token) => token,
        None => {
            let token = cookies::new_csrf_token();
            if let Some(cookie) = cookies::csrf_cookie(&token) {
                set_header(header::SET_COOKIE, cookie);
            }
            token
        }
    };
    Some(SignedIn {
        // Masked afresh for every page (see `csrf`): the page is served compressed.
        csrf_token: super::csrf::mask(&csrf_token),
        overview,
        flow_done,
    })
}

/// The portal session ended while the request was on its way (the refresh or the fetch
/// before the render said `401`); the return URL is the one its cookie held.
#[derive(Debug, Clone)]
pub struct SessionOver {
    pub return_to: Option<ReturnCookie>,
}

/// Whether the page being rendered is a signed-in customer's: its request still carries
/// a session cookie ([`load_portal_session`] removes the cookies of a session that is
/// over before the page renders).
pub fn signed_in_request() -> bool {
    leptos::prelude::use_context::<http::request::Parts>()
        .is_some_and(|parts| PortalCookies::from_headers(&parts.headers).session.is_some())
}

/// Who is looking at the page being rendered (or asking `GET /api/session`), read from
/// the request in context; see [`crate::session::load_visitor`].
pub async fn visitor() -> Result<Visitor, Problem> {
    use leptos::prelude::use_context;

    let parts = use_context::<http::request::Parts>().ok_or_else(|| Problem::new(codes::REQUEST_FAILED))?;
    let response = use_context::<leptos_axum::ResponseOptions>();
    // The way back to the merchant, checked like the link pages' (`link::return_link`).
    let ended = |kept: Option<ReturnCookie>| Visitor::Ended {
        return_to: kept.and_then(super::link::kept_return_link),
    };
    if let Some(over) = parts.extensions.get::<SessionOver>() {
        return Ok(ended(over.return_to.clone()));
    }
    let cookies = PortalCookies::from_headers(&parts.headers);
    let Some(token) = cookies.session else {
        // A return cookie without a session: the session ended earlier in this browser.
        return Ok(match cookies::return_to(&parts.headers) {
            Some(kept) => ended(Some(kept)),
            None => Visitor::SignedOut,
        });
    };
    let overview = match parts.extensions.get::<Overview>() {
        Some(overview) => Some(overview.clone()),
        None => {
            let upstream = use_context::<Upstream>().ok_or_else(|| Problem::new(codes::REQUEST_FAILED))?;
            let session_over = || {
                cookies::session_ended();
                Ok(ended(cookies::return_to(&parts.headers)))
            };
            let bearer = match fresh_bearer(&upstream, &token).await {
                Ok(bearer) => bearer,
                Err(SessionEnded(_)) => return session_over(),
            };
            if let (Some(cookie), Some(response)) = (bearer.set_cookie, &response) {
                response.append_header(header::SET_COOKIE, cookie);
            }
            match upstream.portal_session(&bearer.token).await {
                Ok(session) => Some(Overview::from(&session)),
                Err(SessionCallError::Unauthorized(_)) => return session_over(),
                Err(SessionCallError::Failed(reason)) => {
                    tracing::warn!(%reason, "fetching the portal session failed");
                    None
                }
            }
        }
    };
    let signed_in = signed_in_page(&parts.headers, overview, |name, value| {
        if let Some(response) = &response {
            response.append_header(name, value);
        }
    });
    Ok(signed_in.map_or(Visitor::SignedOut, |signed_in| Visitor::SignedIn(Box::new(signed_in))))
}

/// Middleware of the page routes: when the request has a session cookie, fetches the
/// customer's portal session (`GET /v1/portal/session`, the token refreshed first when
/// due) before the page renders, and leaves its [`Overview`] in the request's
/// extensions, where the render finds it (its locale decides the page's language, see
/// `i18n::current_locale`).
///
/// - `401` (on the refresh or the fetch): the session is over. The cookies are removed
///   from the request, so the page renders signed out, and cleared in the response.
/// - Any other failure (the API is down): logged; the page renders signed in without an
///   overview, and its API status says what is wrong.
pub async fn load_portal_session(State(upstream): State<Upstream>, mut request: Request, next: Next) -> Response {
    // Server functions fetch what they need themselves (`actions::customer`).
    if super::paths::is_server_fn(request.uri().path()) {
        return next.run(request).await;
    }
    let Some(token) = PortalCookies::from_headers(request.headers()).session else {
        return next.run(request).await;
    };
    let mut refreshed = None;
    let ended = match fresh_bearer(&upstream, &token).await {
        Err(SessionEnded(_)) => true,
        Ok(bearer) => {
            refreshed = bearer.set_cookie;
            match upstream.portal_session(&bearer.token).await {
                Ok(session) => {
                    request.extensions_mut().insert(Overview::from(&session));
                    // The page's language (`i18n::current_locale`).
                    request.extensions_mut().insert(session.locale);
                    request.extensions_mut().insert(LoadedSession(Arc::new(session)));
                    request.extensions_mut().insert(FreshToken(bearer.token));
                    false
                }
                Err(SessionCallError::Unauthorized(_)) => {
                    tracing::info!("portal session ended before the page rendered");
                    true
                }
                Err(SessionCallError::Failed(reason)) => {
                    tracing::warn!(%reason, "fetching the portal session failed; rendering without it");
                    false
                }
            }
        }
    };
    if ended {
        let return_to = cookies::return_to(request.headers());
        request.extensions_mut().insert(SessionOver { return_to });
        request.headers_mut().remove(header::COOKIE);
    }
    let mut response = next.run(request).await;
    if ended {
        cookies::append_cleared(response.headers_mut());
    } else if let Some(cookie) = refreshed {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(payload: &str) -> String {
        format!(
            "{}.{}.sig",
            URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
            URL_SAFE_NO_PAD.encode(payload)
        )
    }

    #[test]
    fn the_expiry_is_read_from_the_payload() {
        assert_eq!(
            expires_at(&jwt(r#"{"sub":"cus_1","exp":1700000000}"#)),
            Some(1_700_000_000)
        );
    }

    #[test]
    fn a_token_that_is_not_a_jwt_has_no_expiry() {
        for token in ["", "abc", "a.b", "a.b.c.d", &jwt(r#"{"sub":"cus_1"}"#), "x.!!!.y"] {
            assert_eq!(expires_at(token), None, "{token}");
        }
    }

    #[test]
    fn the_flow_done_cookie_counts_only_for_the_session_it_names() {
        let token = jwt(r#"{"sub":"cus_1","sid":"ps_abc","exp":1700000000}"#);
        let with = |cookie: &str| {
            let mut headers = HeaderMap::new();
            let value = format!("__Host-paylera_session={token}; {cookie}");
            headers.insert(header::COOKIE, HeaderValue::from_str(&value).expect("valid header"));
            headers
        };

        assert!(flow_done(&with("__Host-paylera_flow_done=ps_abc")));
        assert!(!flow_done(&with("__Host-paylera_flow_done=ps_other")));
        assert!(!flow_done(&with("theme=dark")));
        assert!(
            flow_done_cookie("ps_abc")
                .expect("valid")
                .to_str()
                .expect("ascii")
                .starts_with("__Host-paylera_flow_done=ps_abc; Path=/; HttpOnly; Secure; SameSite=Lax")
        );
        assert_eq!(flow_done_cookie("ps;x"), None);
    }

    #[test]
    fn a_token_is_refreshed_within_five_minutes_of_its_expiry_or_after_it() {
        let now = 1_700_000_000;
        let expiring_at = |exp: i64| jwt(&format!(r#"{{"exp":{exp}}}"#));

        assert!(!needs_refresh(&expiring_at(now + 301), now));
        assert!(needs_refresh(&expiring_at(now + 300), now));
        assert!(needs_refresh(&expiring_at(now + 10), now));
        assert!(needs_refresh(&expiring_at(now - 10), now));
        assert!(needs_refresh("not-a-jwt", now));
    }
}
