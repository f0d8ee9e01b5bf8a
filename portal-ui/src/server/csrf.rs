//! Cross-site request forgery checks for every request that changes something.
//!
//! The session cookie is `SameSite=Lax` (see `cookies`), so a browser still sends it on
//! a cross-site top-level `GET`, and older browsers on more. Every state-changing
//! request to the portal (a `/v1` call with a method other than `GET` or `HEAD`, and
//! `POST /return`) must therefore prove it comes from the portal's own pages:
//!
//! 1. **Double submit**: the request carries the CSRF token — in the `X-CSRF-Token`
//!    header (scripts) or the `csrf` form field (forms) — and it equals the
//!    `__Host-paylera_csrf` cookie. Another site can make the browser send the cookie,
//!    but it can neither read it nor set it (the `__Host-` prefix), so it cannot submit
//!    the matching value. Compared in constant time.
//! 2. **Fetch metadata**: when the browser sends `Sec-Fetch-Site`, it must be
//!    `same-origin` (not `same-site`: a sibling subdomain is not the portal).
//! 3. **Origin**: when the browser sends `Origin`, it must be exactly the portal's public
//!    origin (`PAYLERA_PORTAL_PUBLIC_URL`).
//!
//! All three must hold. The `POST` of a portal link's hand-off page (`link`) has no
//! token yet — it is what signs the customer in — and passes checks 2 and 3 alone
//! ([`CsrfPolicy::check_origin`]), so another site cannot sign a customer in (login
//! CSRF) with a form of its own.
//!
//! Pages never carry the token itself but [`mask`]ed: a fresh random pad and the token
//! XORed with it, different in every response. HTML is served compressed, and a secret
//! that repeats byte for byte next to text an attacker can influence is what a
//! compression side channel (BREACH) reads; a masked token never repeats. The check
//! accepts the masked form and the plain one (a script may send the cookie's value).
//! `Origin: null` is refused for a script's request
//! ([`Submission::Fetch`]: `fetch` always sends the real origin), but counts as absent
//! for a form post ([`Submission::Form`]): under `Referrer-Policy: no-referrer` (which
//! the pages had before they became `same-origin`, and which a browser extension may
//! still impose) browsers send `Origin: null` with the form posts of the portal's own
//! pages (Fetch standard, "serialize a request origin"; Chromium does). Such a post still needs the token and, where the browser
//! sends it, `Sec-Fetch-Site: same-origin`, which a page of another site cannot produce.
//!
//! A failed check of the `/v1` proxy is answered `403` in the API's envelope
//! ([`rejection`]): `type: invalid_request_error`, `code: csrf_failed`.

use std::sync::Arc;

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore as _;

use axum::{
    Json,
    response::{IntoResponse, Response},
};
use http::{HeaderMap, HeaderName, Method, StatusCode};
use serde_json::json;

/// The header scripts send the CSRF token in.
pub const CSRF_HEADER: HeaderName = HeaderName::from_static("x-csrf-token");

/// The `error.code` of a failed check.
pub const CSRF_FAILED: &str = "csrf_failed";

/// Whether a request with `method` must pass the CSRF checks: every method but the
/// safe ones the portal serves (`GET`, `HEAD`).
pub fn is_protected(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD)
}

/// Why a request failed the checks (for logs; the response never says which).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsrfFailure {
    /// No CSRF cookie, no submitted token, or the two differ.
    TokenMismatch,
    /// `Sec-Fetch-Site` is present and not `same-origin`.
    CrossSiteFetch,
    /// `Origin` is present and not the portal's origin.
    ForeignOrigin,
}

impl CsrfFailure {
    /// A short reason for the log line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::TokenMismatch => "token_mismatch",
            Self::CrossSiteFetch => "cross_site_fetch",
            Self::ForeignOrigin => "foreign_origin",
        }
    }
}

/// How the request carries its token, which decides what `Origin: null` means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submission {
    /// A script's `fetch` with the [`CSRF_HEADER`]: `Origin: null` is refused.
    Fetch,
    /// A form post with the token in a field: `Origin: null` counts as absent.
    Form,
}

/// The portal's own origin, which the checks compare `Origin` with.
#[derive(Debug, Clone)]
pub struct CsrfPolicy {
    origin: Arc<str>,
}

impl CsrfPolicy {
    /// A policy for a portal served at `origin` (`scheme://host[:port]`).
    pub fn new(origin: &str) -> Self {
        Self { origin: origin.into() }
    }

    /// The portal's public origin (`scheme://host[:port]`).
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// Checks a request's headers, the token it `submitted` (header or form field, as
    /// `submission` says) and the token in its CSRF `cookie`.
    pub fn check(
        &self,
        submission: Submission,
        headers: &HeaderMap,
        submitted: Option<&str>,
        cookie: Option<&str>,
    ) -> Result<(), CsrfFailure> {
        self.check_origin(submission, headers)?;
        match (submitted, cookie) {
            (Some(submitted), Some(cookie)) if !cookie.is_empty() && matches_token(submitted, cookie) => Ok(()),
            _ => Err(CsrfFailure::TokenMismatch),
        }
    }

    /// Checks 2 and 3 alone (fetch metadata and `Origin`, see the module docs): what a
    /// request that cannot carry a token yet must pass — the `POST` of a portal link's
    /// hand-off page (`link`), which signs the customer in and so must never come from
    /// another site (login CSRF).
    pub fn check_origin(&self, submission: Submission, headers: &HeaderMap) -> Result<(), CsrfFailure> {
        // Every value must pass: a request carrying a header twice is not trusted more.
        let fetch_sites = headers.get_all("sec-fetch-site");
        if !fetch_sites.iter().all(|site| site == "same-origin") {
            return Err(CsrfFailure::CrossSiteFetch);
        }
        let origin_ok = |origin: &http::HeaderValue| {
            origin.as_bytes() == self.origin.as_bytes() || (submission == Submission::Form && origin == "null")
        };
        if !headers.get_all("origin").iter().all(origin_ok) {
            return Err(CsrfFailure::ForeignOrigin);
        }
        Ok(())
    }
}

/// The token a script submitted in [`CSRF_HEADER`].
pub fn submitted_header(headers: &HeaderMap) -> Option<&str> {
    headers.get(CSRF_HEADER).and_then(|value| value.to_str().ok())
}

/// `403` in the API's error envelope.
pub fn rejection() -> Response {
    let envelope = json!({
        "error": {
            "type": "invalid_request_error",
            "code": CSRF_FAILED,
            "message": "This request did not come from the customer portal's own pages \
                        (missing or wrong CSRF token). Reload the portal and try again.",
            "param": null,
        }
    });
    (StatusCode::FORBIDDEN, Json(envelope)).into_response()
}

/// `token` as a page carries it: base64url of a random pad followed by the token XORed
/// with that pad. Every call gives another value; [`CsrfPolicy::check`] accepts each.
pub fn mask(token: &str) -> String {
    let mut pad = vec![0_u8; token.len()];
    rand::rng().fill_bytes(&mut pad);
    let masked = token.bytes().zip(&pad).map(|(t, p)| t ^ p);
    URL_SAFE_NO_PAD.encode(pad.iter().copied().chain(masked).collect::<Vec<u8>>())
}

/// Whether `submitted` is the `token`, plain or [`mask`]ed.
pub(crate) fn matches_token(submitted: &str, token: &str) -> bool {
    if constant_time_eq(submitted, token) {
        return true;
    }
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(submitted) else {
        return false;
    };
    if bytes.len() % 2 != 0 {
        return false;
    }
    let (pad, masked) = bytes.split_at(bytes.len() / 2);
    let unmasked: Vec<u8> = pad.iter().zip(masked).map(|(p, m)| p ^ m).collect();
    std::str::from_utf8(&unmasked).is_ok_and(|unmasked| constant_time_eq(unmasked, token))
}

/// Compares two strings in time that depends only on their lengths.
fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0_u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    const ORIGIN: &str = "https://portal.example";

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(name, value)| (HeaderName::from_static(name), HeaderValue::from_static(value)))
            .collect()
    }

    fn check(
        pairs: &[(&'static str, &'static str)],
        submitted: Option<&str>,
        cookie: Option<&str>,
    ) -> Result<(), CsrfFailure> {
        CsrfPolicy::new(ORIGIN).check(Submission::Fetch, &headers(pairs), submitted, cookie)
    }

    fn check_form(pairs: &[(&'static str, &'static str)]) -> Result<(), CsrfFailure> {
        CsrfPolicy::new(ORIGIN).check(Submission::Form, &headers(pairs), Some("tok"), Some("tok"))
    }

    #[test]
    fn only_get_and_head_go_unchecked() {
        assert!(!is_protected(&Method::GET));
        assert!(!is_protected(&Method::HEAD));
        for method in [
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
            Method::OPTIONS,
        ] {
            assert!(is_protected(&method), "{method}");
        }
    }

    #[test]
    fn a_matching_token_from_the_portals_own_origin_passes() {
        let same_origin = [("sec-fetch-site", "same-origin"), ("origin", ORIGIN)];
        assert_eq!(check(&same_origin, Some("tok"), Some("tok")), Ok(()));
        // Clients that send no fetch metadata (older browsers, scripts) only need the token.
        assert_eq!(check(&[], Some("tok"), Some("tok")), Ok(()));
    }

    #[test]
    fn a_missing_or_different_token_fails() {
        for (submitted, cookie) in [
            (None, Some("tok")),
            (Some("tok"), None),
            (None, None),
            (Some("tok"), Some("tok2")),
            (Some("to"), Some("tok")),
            (Some(""), Some("")),
        ] {
            assert_eq!(
                check(&[], submitted, cookie),
                Err(CsrfFailure::TokenMismatch),
                "{submitted:?} / {cookie:?}"
            );
        }
    }

    #[test]
    fn a_masked_token_differs_every_time_and_still_passes() {
        let token = "tok_abcdefghijklmnopqrstuvwxyz01";
        let (first, second) = (mask(token), mask(token));
        assert_ne!(first, second);
        assert!(!first.contains(token) && !second.contains(token));
        for masked in [&first, &second] {
            assert_eq!(check(&[], Some(masked.as_str()), Some(token)), Ok(()));
            assert_eq!(
                check(&[], Some(masked.as_str()), Some("another_token_of_the_same_len_01")),
                Err(CsrfFailure::TokenMismatch)
            );
        }
        // A flipped character, a truncated value, or a mask of another token: refused.
        let mut tampered = first.clone().into_bytes();
        tampered[3] = if tampered[3] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(tampered).expect("ascii");
        for bad in [tampered, first[..first.len() - 2].to_owned(), mask("tok")] {
            assert_eq!(
                check(&[], Some(bad.as_str()), Some(token)),
                Err(CsrfFailure::TokenMismatch),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_cross_site_or_same_site_fetch_fails_even_with_the_token() {
        for site in ["cross-site", "same-site", "none"] {
            let site: &'static str = site;
            assert_eq!(
                check(&[("sec-fetch-site", site)], Some("tok"), Some("tok")),
                Err(CsrfFailure::CrossSiteFetch),
                "{site}"
            );
        }
    }

    #[test]
    fn a_repeated_header_passes_only_when_every_value_does() {
        let mut twice = headers(&[("sec-fetch-site", "same-origin"), ("origin", ORIGIN)]);
        twice.append("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert_eq!(
            CsrfPolicy::new(ORIGIN).check(Submission::Fetch, &twice, Some("tok"), Some("tok")),
            Err(CsrfFailure::CrossSiteFetch)
        );
        let mut origins = headers(&[("origin", ORIGIN)]);
        origins.append("origin", HeaderValue::from_static("https://evil.example"));
        assert_eq!(
            CsrfPolicy::new(ORIGIN).check(Submission::Fetch, &origins, Some("tok"), Some("tok")),
            Err(CsrfFailure::ForeignOrigin)
        );
    }

    #[test]
    fn a_foreign_or_null_origin_fails_even_with_the_token() {
        for origin in [
            "https://evil.example",
            "null",
            "https://portal.example:8443",
            "http://portal.example",
        ] {
            let origin: &'static str = origin;
            assert_eq!(
                check(&[("origin", origin)], Some("tok"), Some("tok")),
                Err(CsrfFailure::ForeignOrigin),
                "{origin}"
            );
        }
    }

    #[test]
    fn the_origin_checks_alone_need_no_token_but_refuse_other_sites() {
        let policy = CsrfPolicy::new(ORIGIN);
        let form = |pairs: &[(&'static str, &'static str)]| policy.check_origin(Submission::Form, &headers(pairs));
        assert_eq!(form(&[("sec-fetch-site", "same-origin"), ("origin", "null")]), Ok(()));
        assert_eq!(form(&[("sec-fetch-site", "same-origin"), ("origin", ORIGIN)]), Ok(()));
        assert_eq!(form(&[]), Ok(()));
        assert_eq!(
            form(&[("sec-fetch-site", "cross-site")]),
            Err(CsrfFailure::CrossSiteFetch)
        );
        assert_eq!(form(&[("sec-fetch-site", "none")]), Err(CsrfFailure::CrossSiteFetch));
        assert_eq!(
            form(&[("origin", "https://evil.example")]),
            Err(CsrfFailure::ForeignOrigin)
        );
    }

    #[test]
    fn a_form_post_may_say_origin_null_but_nothing_else_foreign() {
        // What Chromium sends for a form post from a `Referrer-Policy: no-referrer` page.
        assert_eq!(
            check_form(&[("sec-fetch-site", "same-origin"), ("origin", "null")]),
            Ok(())
        );
        assert_eq!(check_form(&[("origin", "null")]), Ok(()));
        assert_eq!(
            check_form(&[("sec-fetch-site", "same-origin"), ("origin", ORIGIN)]),
            Ok(())
        );
        assert_eq!(
            check_form(&[("sec-fetch-site", "cross-site"), ("origin", "null")]),
            Err(CsrfFailure::CrossSiteFetch)
        );
        assert_eq!(
            check_form(&[("origin", "https://evil.example")]),
            Err(CsrfFailure::ForeignOrigin)
        );
        // A form post still needs the token.
        assert_eq!(
            CsrfPolicy::new(ORIGIN).check(Submission::Form, &headers(&[("origin", "null")]), None, Some("tok")),
            Err(CsrfFailure::TokenMismatch)
        );
    }
}
