//! The portal's cookies: how they are written, read and cleared.
//!
//! | cookie                  | value                         | attributes                                                   |
//! |-------------------------|-------------------------------|--------------------------------------------------------------|
//! | [`SESSION_COOKIE`]      | the portal JWT                | `Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=…`          |
//! | [`CSRF_COOKIE`]         | 32 random URL-safe characters | `Path=/; Secure; SameSite=Strict` (readable by the page's JS) |
//! | [`RETURN_COOKIE`]       | the way back to the merchant ([`ReturnCookie`]: return URL, business name, logo), JSON in base64url | `Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=…`   |
//!
//! The return cookie outlives the session on purpose: when the session has ended (and
//! the other two are cleared), the page saying so still offers "Return to {merchant}",
//! and so does the page of a link this browser already used (see `link`: the API's
//! answer about a link never says where to go). It holds nothing secret (the merchant
//! chose the URL, name and logo, and the API checked them), and it brands those pages
//! as the merchant's: "Return to {business}" under their logo. It only ever speaks of
//! this browser's own earlier session, so it says nothing about whether some other
//! link exists.
//!
//! All carry the `__Host-` prefix, so the browser only accepts them from a secure
//! origin, with `Path=/` and without `Domain`: no sibling subdomain can plant or
//! overwrite them (which the CSRF double submit relies on). Chromium and Firefox treat
//! `http://127.0.0.1` and `http://localhost` as secure, so they work in development too.
//!
//! # Which `SameSite` for which cookie
//!
//! The customer arrives by a **cross-site** top-level navigation: they click a link on
//! the merchant's site and the browser `GET`s `/p/{secret}`, the hand-off page. Its form
//! then `POST`s to the same URL from the portal's own page (same-origin), and the `303`
//! of that post sets the cookies and leads to `/`. The cross-site chain ends at the
//! hand-off page, so the `GET /` is a same-site navigation and carries every cookie.
//!
//! The session cookie is still `Lax`, not `Strict`: a customer who comes back to the
//! portal by another link of the merchant (a bookmark, the merchant's "Manage billing"
//! while the session lives) arrives cross-site, and a Strict session cookie would show
//! them signed out until they reload. Lax keeps it off cross-site subrequests and
//! cross-site `POST`s (forms, `fetch`), and every mutation additionally needs the CSRF
//! double submit (see `csrf`).
//!
//! The CSRF cookie is `Strict`: only the portal's own pages need it (their scripts read it
//! with `document.cookie`, which returns Strict cookies of a same-site document; their
//! forms carry it as a hidden field). When a cross-site navigation brings a session
//! cookie without it, the page render mints a new CSRF token, sets it and puts it in
//! the page ([`super::session::signed_in_page`]).
//!
//! `e2e/tests/session.spec.ts` opens the link by a click on a page of another origin and
//! checks that the hand-off page's post is same-origin and that the landing `GET /`
//! carries the session cookie and renders signed in with a working form.

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use http::{HeaderMap, HeaderValue, header};
use rand::RngCore as _;

pub use crate::session::{CSRF_COOKIE, SESSION_COOKIE};

/// How long the session cookie lives at most: an opened session ends at the latest
/// 2 h after it was opened (the API's absolute session lifetime), and the exchange that
/// sets the cookie is what opens it. The API, not the cookie, ends the session: once it
/// has, the next refresh answers `401` and the cookies are cleared.
pub const SESSION_MAX_AGE_SECONDS: u64 = 2 * 60 * 60;

/// Characters in a CSRF token (24 random bytes, base64url without padding).
pub const CSRF_TOKEN_LEN: usize = 32;

/// The two portal cookies as one request presents them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PortalCookies {
    /// The portal JWT, when the browser sent one.
    pub session: Option<String>,
    /// The CSRF token, when the browser sent one.
    pub csrf: Option<String>,
}

impl PortalCookies {
    /// Reads both cookies from every `Cookie` header of a request (the first occurrence
    /// of a name wins; empty values count as absent).
    pub fn from_headers(headers: &HeaderMap) -> Self {
        let mut cookies = Self::default();
        let pairs = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(';'))
            .filter_map(|pair| pair.trim().split_once('='));
        for (name, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let slot = match name.trim() {
                SESSION_COOKIE => &mut cookies.session,
                CSRF_COOKIE => &mut cookies.csrf,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value.to_owned());
            }
        }
        cookies
    }
}

/// A fresh CSRF token: [`CSRF_TOKEN_LEN`] URL-safe characters from the CSPRNG.
pub fn new_csrf_token() -> String {
    let mut bytes = [0_u8; CSRF_TOKEN_LEN * 3 / 4];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// `Set-Cookie` for the session cookie holding `token`, or `None` when the token holds
/// characters a cookie value cannot (a JWT never does).
pub fn session_cookie(token: &str, max_age_seconds: u64) -> Option<HeaderValue> {
    if !is_cookie_value(token) {
        return None;
    }
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age={max_age_seconds}"
    ))
    .ok()
}

/// `Set-Cookie` for the CSRF cookie holding `token` (from [`new_csrf_token`]).
pub fn csrf_cookie(token: &str) -> Option<HeaderValue> {
    if !is_cookie_value(token) {
        return None;
    }
    HeaderValue::from_str(&format!("{CSRF_COOKIE}={token}; Path=/; Secure; SameSite=Strict")).ok()
}

/// The name of the cookie holding the merchant's return URL.
pub const RETURN_COOKIE: &str = "__Host-paylera_return";

/// How long the return cookie lives: a day, long after the session has ended.
pub const RETURN_MAX_AGE_SECONDS: u64 = 24 * 60 * 60;

/// What the return cookie keeps of a session: where "Return to {business}" leads and
/// how the pages after the session name the merchant.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReturnCookie {
    /// The session's return URL.
    pub url: String,
    /// The business name the session showed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business: Option<String>,
    /// The logo the session showed (`https`, or the portal's own `/brand/logos/file_…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
}

/// The longest return cookie value written: well inside the 4 KiB browsers keep. A
/// longer one is written without its logo, then without the business name.
const MAX_RETURN_COOKIE_VALUE: usize = 3000;

/// `Set-Cookie` for the return cookie holding `kept` (JSON in base64url, so anything
/// fits a cookie value).
pub fn return_cookie(kept: &ReturnCookie) -> Option<HeaderValue> {
    let encode = |kept: &ReturnCookie| serde_json::to_vec(kept).ok().map(|json| URL_SAFE_NO_PAD.encode(json));
    let without_logo = ReturnCookie {
        logo: None,
        ..kept.clone()
    };
    let bare = ReturnCookie {
        url: kept.url.clone(),
        business: None,
        logo: None,
    };
    let value = [kept, &without_logo, &bare]
        .into_iter()
        .filter_map(encode)
        .find(|value| value.len() <= MAX_RETURN_COOKIE_VALUE)?;
    HeaderValue::from_str(&format!(
        "{RETURN_COOKIE}={value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age={RETURN_MAX_AGE_SECONDS}"
    ))
    .ok()
}

/// What a request's return cookie keeps, if it has a readable one (a cookie written
/// before it held JSON is the bare return URL).
pub fn return_to(headers: &HeaderMap) -> Option<ReturnCookie> {
    let bytes = value(headers, RETURN_COOKIE).and_then(|value| URL_SAFE_NO_PAD.decode(value).ok())?;
    serde_json::from_slice(&bytes).ok().or_else(|| {
        String::from_utf8(bytes).ok().map(|url| ReturnCookie {
            url,
            business: None,
            logo: None,
        })
    })
}

/// The value of the first cookie called `name` in a request's `Cookie` headers.
pub fn value<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(cookie, _)| cookie.trim() == name)
        .map(|(_, value)| value.trim())
}

/// The two `Set-Cookie` values that delete both cookies (same name, path and
/// attributes, `Max-Age=0`).
pub fn cleared() -> [HeaderValue; 2] {
    [
        HeaderValue::from_static("__Host-paylera_session=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0"),
        HeaderValue::from_static("__Host-paylera_csrf=; Path=/; Secure; SameSite=Strict; Max-Age=0"),
    ]
}

/// Appends `Set-Cookie` headers that delete both cookies to `headers`.
pub fn append_cleared(headers: &mut HeaderMap) {
    for value in cleared() {
        headers.append(header::SET_COOKIE, value);
    }
}

/// The session is over: deletes both cookies in the response of the render or server
/// function in progress (the one way a page or server function ends the session in
/// this browser; middleware use [`append_cleared`] on the response they build).
pub fn session_ended() {
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        for value in cleared() {
            response.append_header(header::SET_COOKIE, value);
        }
    }
}

/// Whether `value` is a non-empty RFC 6265 `cookie-octet` string (no quotes, spaces,
/// commas, semicolons or backslashes).
pub(crate) fn is_cookie_value(value: &str) -> bool {
    !value.is_empty()
        && value
            .bytes()
            .all(|b| matches!(b, 0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(cookies: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for cookie in cookies {
            headers.append(header::COOKIE, HeaderValue::from_str(cookie).expect("valid header"));
        }
        headers
    }

    #[test]
    fn both_cookies_are_read_from_one_or_several_cookie_headers() {
        let one = PortalCookies::from_headers(&headers(&[
            "theme=dark; __Host-paylera_session=a.b.c; __Host-paylera_csrf=tok",
        ]));
        let split = PortalCookies::from_headers(&headers(&["__Host-paylera_csrf=tok", "__Host-paylera_session=a.b.c"]));

        let expected = PortalCookies {
            session: Some("a.b.c".to_owned()),
            csrf: Some("tok".to_owned()),
        };
        assert_eq!(one, expected);
        assert_eq!(split, expected);
    }

    #[test]
    fn lookalike_names_and_empty_values_are_not_the_portal_cookies() {
        let cookies = PortalCookies::from_headers(&headers(&[
            "paylera_session=x; __Host-paylera_session_old=y; __host-paylera_csrf=z; __Host-paylera_session=",
        ]));
        assert_eq!(cookies, PortalCookies::default());
    }

    #[test]
    fn a_csrf_token_is_32_url_safe_characters_and_never_repeats() {
        let first = new_csrf_token();
        let second = new_csrf_token();

        assert_eq!(first.len(), CSRF_TOKEN_LEN);
        assert!(
            first
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{first}"
        );
        assert_ne!(first, second);
    }

    #[test]
    fn the_cookies_have_exactly_the_documented_attributes() {
        assert_eq!(
            session_cookie("h.p.s", 7200).expect("valid"),
            "__Host-paylera_session=h.p.s; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=7200"
        );
        assert_eq!(
            csrf_cookie("abc").expect("valid"),
            "__Host-paylera_csrf=abc; Path=/; Secure; SameSite=Strict"
        );
        let [session, csrf] = cleared();
        assert!(session.to_str().expect("ascii").starts_with("__Host-paylera_session=;"));
        assert!(session.to_str().expect("ascii").ends_with("; Max-Age=0"));
        assert!(csrf.to_str().expect("ascii").starts_with("__Host-paylera_csrf=;"));
        assert!(csrf.to_str().expect("ascii").ends_with("; Max-Age=0"));
    }

    #[test]
    fn a_value_that_would_break_the_cookie_is_refused() {
        for bad in ["", "a;b", "a b", "a\"b", "a,b", "a\\b"] {
            assert_eq!(session_cookie(bad, 1), None, "{bad:?}");
            assert_eq!(csrf_cookie(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_return_cookie_keeps_the_way_back_and_drops_the_logo_then_the_name_when_too_long() {
        let kept = ReturnCookie {
            url: "https://shop.example/billing".to_owned(),
            business: Some("Acme".to_owned()),
            logo: Some("https://cdn.example/logo.png".to_owned()),
        };
        let read = |cookie: HeaderValue| {
            let value = cookie
                .to_str()
                .expect("ascii")
                .split(';')
                .next()
                .expect("a pair")
                .to_owned();
            return_to(&headers(&[&value]))
        };
        assert_eq!(read(return_cookie(&kept).expect("a cookie")), Some(kept.clone()));

        let long_logo = ReturnCookie {
            logo: Some(format!("https://cdn.example/{}", "a".repeat(4000))),
            ..kept.clone()
        };
        let written = read(return_cookie(&long_logo).expect("a cookie")).expect("readable");
        assert_eq!((written.business.as_deref(), written.logo), (Some("Acme"), None));
        let long_name = ReturnCookie {
            business: Some("b".repeat(4000)),
            logo: None,
            ..kept
        };
        let written = read(return_cookie(&long_name).expect("a cookie")).expect("readable");
        assert_eq!(
            (written.url.as_str(), written.business),
            ("https://shop.example/billing", None)
        );
    }
}
