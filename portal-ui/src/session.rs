//! Whether the customer is signed in, as the portal's pages see it.
//!
//! - On the server (`ssr`), from the request's cookies (`server::session::signed_in_page`):
//!   signed in when the session cookie came with the request. The answer travels in the
//!   page, so hydration reuses it.
//! - In the browser (`hydrate`, `csr`: after a client-side navigation, or under
//!   `trunk serve`), from `document.cookie`: the session cookie is `HttpOnly` and
//!   invisible there, but the CSRF cookie, set and cleared together with it, is not.

use std::future::Future;

use serde::{Deserialize, Serialize};

/// The name of the cookie holding the portal JWT (`HttpOnly`).
pub const SESSION_COOKIE: &str = "__Host-paylera_session";

/// The name of the cookie holding the CSRF token (readable by the page's scripts).
pub const CSRF_COOKIE: &str = "__Host-paylera_csrf";

/// The name of the form field that carries the CSRF token in a form post.
pub const CSRF_FIELD: &str = "csrf";

/// A signed-in customer, as a page needs to know them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    /// What the page's forms submit in their [`CSRF_FIELD`] field.
    pub csrf_token: String,
}

/// The customer's sign-in state for the page being rendered (server side).
#[cfg(feature = "ssr")]
pub fn fetch_signed_in() -> impl Future<Output = Option<SignedIn>> + Send + 'static {
    use leptos::prelude::use_context;

    let parts = use_context::<http::request::Parts>();
    let response = use_context::<leptos_axum::ResponseOptions>();
    let signed_in = parts.and_then(|parts| {
        crate::server::session::signed_in_page(&parts.headers, |name, value| {
            if let Some(response) = &response {
                response.append_header(name, value);
            }
        })
    });
    std::future::ready(signed_in)
}

/// The customer's sign-in state, read from `document.cookie` (browser side).
#[cfg(not(feature = "ssr"))]
pub fn fetch_signed_in() -> impl Future<Output = Option<SignedIn>> + Send + 'static {
    std::future::ready(browser_csrf_cookie().map(|csrf_token| SignedIn { csrf_token }))
}

#[cfg(not(feature = "ssr"))]
fn browser_csrf_cookie() -> Option<String> {
    use wasm_bindgen::JsCast as _;

    let cookies = leptos::prelude::document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()?
        .cookie()
        .ok()?;
    cookies
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == CSRF_COOKIE && !value.is_empty())
        .map(|(_, value)| value.to_owned())
}
