//! Security headers on every response, and the per-request CSP nonce.
//!
//! [`security_headers`] runs around every route (pages, the not-found page, `/pkg`,
//! `/healthz`, the `/v1` proxy and panics turned into 500s). For each request it
//!
//! 1. draws a fresh [`CspNonce`] (16 random bytes, base64) and puts it in the request's
//!    extensions, where the page renderer finds it and gives it to Leptos, so the one
//!    inline script of a page (the hydration loader) carries the same nonce;
//! 2. sets `Content-Security-Policy` (allowing only that nonce for inline scripts) and
//!    the other headers in [`static_headers`] on the response, replacing any a handler set.
//!
//! Inline styles need the nonce too: the only one is the merchant's accent colour in
//! the page's `<head>`; everything else is the stylesheet under `/pkg`.
//!
//! `Referrer-Policy` is `same-origin`: the portal's own requests carry the page they come
//! from (a form posted without JavaScript is sent back to its page by `Referer`, see
//! `actions`), and no other site ever learns a portal URL. The responses of portal links
//! (`/p/{secret}`) are `no-referrer` (and `X-Robots-Tag: noindex, nofollow`): nothing
//! may ever refer to a URL holding a secret, and the `303` they answer leads to a URL
//! without it. The hand-off page of a link has the one other inline script of the
//! portal: the one that posts its form, under the same nonce (see `link_page`).
//!
//! `form-action` is not just `'self'`: "Return to merchant" posts a form to `/return`,
//! which answers `303` to the merchant's `return_url`, and Chromium applies
//! `form-action` to the redirects of a form submission (checked by
//! `e2e/tests/session.spec.ts`: with `'self'` alone the browser refuses the redirect and
//! the customer stays stuck on the portal). Dropping the directive would allow any
//! target; [`FORM_ACTION`] instead allows what the API accepts as a `return_url`: any
//! `https` URL, and `http` on `localhost` and `127.0.0.1` (the API allows `http` only
//! for loopback hosts, in test mode; other `127.x` addresses and `[::1]`, which cannot
//! be written as a CSP source, stay blocked). Injected markup could still post a form to
//! an `https` site, which `'self'` alone would have stopped; what keeps markup from being
//! injected at all is Leptos's output escaping and the CSP's refusal of inline scripts.

use std::sync::Arc;

use axum::{extract::Request, middleware::Next, response::Response};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use http::{HeaderName, HeaderValue, header};
use rand::RngCore as _;

/// A CSP nonce for one request: 16 random bytes, base64-encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CspNonce(Arc<str>);

impl CspNonce {
    /// Draws a new nonce from the thread-local CSPRNG.
    pub fn generate() -> Self {
        let mut bytes = [0_u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        Self(STANDARD.encode(bytes).into())
    }

    /// The base64 text, as it appears in `'nonce-…'` and in `nonce="…"`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where forms may be submitted, including the redirects that follow a submission:
/// the portal itself and every URL the API accepts as a merchant's `return_url`.
pub const FORM_ACTION: &str = "form-action 'self' https: http://localhost:* http://127.0.0.1:*";

/// The `Content-Security-Policy` for a response whose inline scripts carry `nonce`.
pub fn content_security_policy(nonce: &CspNonce) -> String {
    format!(
        "default-src 'self'; \
         script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self' 'nonce-{nonce}'; \
         img-src 'self' data: https:; \
         connect-src 'self'; \
         font-src 'self'; \
         object-src 'none'; \
         base-uri 'none'; \
         {FORM_ACTION}; \
         frame-ancestors 'none'",
        nonce = nonce.as_str()
    )
}

/// The security headers that do not depend on the request.
pub fn static_headers() -> [(HeaderName, HeaderValue); 6] {
    [
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
        (header::REFERRER_POLICY, HeaderValue::from_static("same-origin")),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ),
        (
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
        ),
        (
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        ),
    ]
}

/// Marks a response (in its extensions) that pages of its own origin may frame: the
/// dashboard's live preview, shown in the settings page. Every other response may be
/// framed by nothing (`frame-ancestors 'none'`, `X-Frame-Options: DENY`).
#[derive(Debug, Clone, Copy)]
pub struct FramedBySameOrigin;

/// Middleware (`axum::middleware::from_fn`): nonce in, security headers out.
pub async fn security_headers(mut request: Request, next: Next) -> Response {
    let nonce = CspNonce::generate();
    request.extensions_mut().insert(nonce.clone());
    let holds_secret = super::paths::holds_secret(request.uri().path());

    let mut response = next.run(request).await;

    let framed = response.extensions().get::<FramedBySameOrigin>().is_some();
    let mut policy = content_security_policy(&nonce);
    if framed {
        policy = policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
    }
    let headers = response.headers_mut();
    match HeaderValue::from_str(&policy) {
        Ok(csp) => {
            headers.insert(header::CONTENT_SECURITY_POLICY, csp);
        }
        // Unreachable (base64 is always a valid header value), but never serve without a
        // policy: fall back to one that allows no scripts at all.
        Err(_) => {
            headers.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
            );
        }
    }
    for (name, value) in static_headers() {
        headers.insert(name, value);
    }
    if framed {
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("SAMEORIGIN"));
    }
    if holds_secret {
        headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
        // A URL holding a secret is never indexed, whatever answers it.
        headers.insert("x-robots-tag", HeaderValue::from_static("noindex, nofollow"));
    }
    response
}

/// Hands the request's nonce to Leptos so `<HydrationScripts>` writes it on the
/// hydration `<script>`.
///
/// Call from the `additional_context` closure given to `leptos_axum`: it runs after
/// `leptos_axum` provided the request [`http::request::Parts`] and its own random
/// nonce, and this one replaces that.
pub fn provide_request_nonce() {
    use leptos::prelude::{provide_context, use_context};

    let nonce = use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<CspNonce>().cloned());
    match nonce {
        Some(nonce) => provide_context(leptos::nonce::Nonce::from_value(nonce.0)),
        None => tracing::error!(
            "no CSP nonce in the request: is the security_headers middleware installed? \
             The page's hydration script will be blocked."
        ),
    }
}

#[cfg(test)]
mod tests {
    use axum::{Router, body::Body, routing::get};
    use http::{Request, StatusCode};
    use tower::ServiceExt as _;

    use super::*;

    /// A router whose only page echoes the nonce it found in the request.
    fn app() -> Router {
        Router::new()
            .route(
                "/",
                get(|request: Request<Body>| async move {
                    request
                        .extensions()
                        .get::<CspNonce>()
                        .map(|nonce| nonce.as_str().to_owned())
                        .unwrap_or_default()
                }),
            )
            .layer(axum::middleware::from_fn(security_headers))
    }

    async fn get_path(path: &str) -> Response {
        app()
            .oneshot(Request::get(path).body(Body::empty()).expect("valid request"))
            .await
            .expect("infallible")
    }

    fn header<'a>(response: &'a Response, name: &str) -> &'a str {
        response
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_else(|| panic!("missing {name}"))
    }

    async fn body_text(response: Response) -> String {
        let bytes = http_body_util::BodyExt::collect(response.into_body())
            .await
            .expect("body")
            .to_bytes();
        String::from_utf8(bytes.to_vec()).expect("utf-8")
    }

    #[tokio::test]
    async fn every_security_header_is_set() {
        let response = get_path("/").await;

        assert_eq!(header(&response, "x-frame-options"), "DENY");
        assert_eq!(header(&response, "x-content-type-options"), "nosniff");
        assert_eq!(header(&response, "referrer-policy"), "same-origin");
        assert_eq!(header(&response, "cross-origin-opener-policy"), "same-origin");
        assert_eq!(
            header(&response, "permissions-policy"),
            "camera=(), microphone=(), geolocation=(), payment=()"
        );
        assert_eq!(
            header(&response, "strict-transport-security"),
            "max-age=63072000; includeSubDomains"
        );
        let csp = header(&response, "content-security-policy");
        for directive in [
            "default-src 'self'",
            "'wasm-unsafe-eval'",
            "style-src 'self' 'nonce-",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self' https: http://localhost:* http://127.0.0.1:*;",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(directive), "{directive} missing from {csp}");
        }
        assert!(!csp.contains("unsafe-inline"), "{csp}");
    }

    #[tokio::test]
    async fn the_nonce_in_the_policy_is_the_one_the_handler_saw() {
        let response = get_path("/").await;
        let csp = header(&response, "content-security-policy").to_owned();

        let seen = body_text(response).await;

        assert_eq!(seen.len(), 24, "16 bytes in base64: {seen}");
        assert!(csp.contains(&format!("script-src 'self' 'nonce-{seen}' ")), "{csp}");
    }

    #[tokio::test]
    async fn each_request_gets_a_new_nonce() {
        let first = body_text(get_path("/").await).await;
        let second = body_text(get_path("/").await).await;

        assert_ne!(first, second);
    }

    #[tokio::test]
    async fn responses_without_a_route_get_the_headers_too() {
        let response = get_path("/nowhere").await;

        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert_eq!(header(&response, "x-frame-options"), "DENY");
        assert!(header(&response, "content-security-policy").contains("'nonce-"));
    }
}
