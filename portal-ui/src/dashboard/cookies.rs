//! The dashboard's cookies: its own names, never read by the portal (nor the portal's
//! by the dashboard), so one browser signed in to both keeps them apart even on one
//! host, where browsers share cookies across ports (ADR 0014).
//!
//! | cookie | value | attributes |
//! |--------|-------|------------|
//! | [`SESSION`] | the team member's `dsh_…` token | `Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=7 days` |
//! | [`CSRF`] | the double-submit token of the dashboard's forms | `Path=/; Secure; SameSite=Strict` |
//! | [`LANGUAGE`] | the language the member chose (`fr`) | `Path=/; Secure; SameSite=Lax; Max-Age=1 year` |
//!
//! `Lax` for the session: a link to the dashboard from an email or a chat opens it
//! signed in; every `POST` still needs the CSRF token and the dashboard's own `Origin`.
//! The API ends a session after 12 h idle or 7 days: the cookie never outlives that.

use http::{HeaderMap, HeaderValue, header};

use crate::server::cookies::{is_cookie_value, new_csrf_token, value};

/// The team member's session token.
pub const SESSION: &str = "__Host-paylera_dashboard";
/// The CSRF token of the dashboard's forms.
pub const CSRF: &str = "__Host-paylera_dashboard_csrf";
/// The language the member chose.
pub const LANGUAGE: &str = "__Host-paylera_dashboard_lang";

/// The longest a dashboard session lives (the API's absolute limit).
const SESSION_MAX_AGE_SECONDS: u64 = 7 * 24 * 60 * 60;

/// The session token the browser sent, if any.
pub fn session(headers: &HeaderMap) -> Option<&str> {
    value(headers, SESSION).filter(|token| !token.is_empty())
}

/// The CSRF token the browser sent, if any.
pub fn csrf(headers: &HeaderMap) -> Option<&str> {
    value(headers, CSRF).filter(|token| !token.is_empty())
}

/// The language the member chose, if any.
pub fn language(headers: &HeaderMap) -> Option<&str> {
    value(headers, LANGUAGE)
}

/// `Set-Cookie` for the session `token` (`None` when it is not a cookie value; the
/// API's tokens always are).
pub fn set_session(token: &str) -> Option<HeaderValue> {
    is_cookie_value(token).then_some(())?;
    HeaderValue::from_str(&format!(
        "{SESSION}={token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age={SESSION_MAX_AGE_SECONDS}"
    ))
    .ok()
}

/// The CSRF token of this request: the browser's, or a new one with the `Set-Cookie`
/// that gives it to the browser.
pub fn csrf_or_new(headers: &HeaderMap) -> (String, Option<HeaderValue>) {
    match csrf(headers) {
        Some(token) => (token.to_owned(), None),
        None => {
            let token = new_csrf_token();
            let cookie = HeaderValue::from_str(&format!("{CSRF}={token}; Path=/; Secure; SameSite=Strict")).ok();
            (token, cookie)
        }
    }
}

/// `Set-Cookie` for the chosen language (a locale tag).
pub fn set_language(tag: &str) -> Option<HeaderValue> {
    is_cookie_value(tag).then_some(())?;
    HeaderValue::from_str(&format!(
        "{LANGUAGE}={tag}; Path=/; Secure; SameSite=Lax; Max-Age=31536000"
    ))
    .ok()
}

/// Appends the `Set-Cookie` that deletes the session cookie.
pub fn clear_session(headers: &mut HeaderMap) {
    headers.append(
        header::SET_COOKIE,
        HeaderValue::from_static("__Host-paylera_dashboard=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_cookie(cookie: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static(cookie));
        headers
    }

    #[test]
    fn the_dashboard_never_reads_the_portals_cookies() {
        let portal = with_cookie("__Host-paylera_session=eyJ.portal.jwt; __Host-paylera_csrf=portal-csrf");
        assert_eq!(session(&portal), None);
        assert_eq!(csrf(&portal), None);
        let both = with_cookie("__Host-paylera_session=eyJ; __Host-paylera_dashboard=dsh_abc");
        assert_eq!(session(&both), Some("dsh_abc"));
    }

    #[test]
    fn the_session_cookie_is_host_only_http_only_and_secure() {
        let cookie = set_session("dsh_abc").expect("a cookie value");
        let cookie = cookie.to_str().expect("ascii");
        assert!(cookie.starts_with("__Host-paylera_dashboard=dsh_abc;"), "{cookie}");
        for attribute in ["Path=/", "HttpOnly", "Secure", "SameSite=Lax"] {
            assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
        }
        assert!(!cookie.contains("Domain"), "{cookie}");
        assert_eq!(set_session("dsh_a;b"), None, "not a cookie value");
    }

    #[test]
    fn a_request_without_a_csrf_cookie_gets_a_new_one() {
        let (token, cookie) = csrf_or_new(&HeaderMap::new());
        assert_eq!(token.len(), crate::server::cookies::CSRF_TOKEN_LEN);
        assert!(cookie.is_some());
        let (kept, none) = csrf_or_new(&with_cookie("__Host-paylera_dashboard_csrf=abc"));
        assert_eq!((kept.as_str(), none), ("abc", None));
    }
}
