//! Whether the customer is signed in, as the portal's pages see it.
//!
//! - On the server (`ssr`), from the request's cookies (`server::session::signed_in_page`):
//!   signed in when the session cookie came with the request. The answer travels in the
//!   page, so hydration reuses it.
//! - In the browser (`hydrate`, `csr`: after a client-side navigation, or under
//!   `trunk serve`), from `document.cookie`: the session cookie is `HttpOnly` and
//!   invisible there, but the CSRF cookie, set and cleared together with it, is not.
//!
//! On the server, the customer's portal session (`GET /v1/portal/session`) has already
//! been fetched before the render (`server::session::load_portal_session`): its
//! [`Overview`] travels in the page with [`SignedIn`]. The browser cannot fetch it on
//! its own, so a page rendered there shows no overview.

use std::future::Future;

use serde::{Deserialize, Serialize};

use crate::i18n::Key;

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
    /// The customer's portal session, when the server could fetch it.
    pub overview: Option<Overview>,
}

/// What the signed-in home page shows of the customer's portal session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    /// The merchant's name, when its configuration has one.
    pub business_name: Option<String>,
    /// The session's locale tag (`fr`, `pt-BR`); the signed-in pages speak it.
    pub locale: String,
    /// The modules the merchant's configuration enables, in [`Module::ALL`] order.
    pub modules: Vec<Module>,
}

/// A part of the portal that a merchant's configuration can enable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Module {
    /// Changing or cancelling the subscription.
    Subscription,
    PaymentMethods,
    Invoices,
    TaxIds,
    /// The billing address.
    Address,
}

impl Module {
    /// Every module, in the order the overview lists them.
    pub const ALL: [Module; 5] = [
        Self::Subscription,
        Self::PaymentMethods,
        Self::Invoices,
        Self::TaxIds,
        Self::Address,
    ];

    /// The module's page.
    pub fn href(self) -> &'static str {
        match self {
            Self::Subscription => "/subscription",
            Self::PaymentMethods => "/payment-methods",
            Self::Invoices => "/invoices",
            Self::TaxIds => "/tax-ids",
            Self::Address => "/address",
        }
    }

    /// The machine-readable name (`data-module`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Subscription => "subscription",
            Self::PaymentMethods => "payment_methods",
            Self::Invoices => "invoices",
            Self::TaxIds => "tax_ids",
            Self::Address => "address",
        }
    }

    /// The card's title.
    pub fn title_key(self) -> Key {
        match self {
            Self::Subscription => Key::ModuleSubscriptionTitle,
            Self::PaymentMethods => Key::ModulePaymentMethodsTitle,
            Self::Invoices => Key::ModuleInvoicesTitle,
            Self::TaxIds => Key::ModuleTaxIdsTitle,
            Self::Address => Key::ModuleAddressTitle,
        }
    }

    /// The card's one-line description.
    pub fn description_key(self) -> Key {
        match self {
            Self::Subscription => Key::ModuleSubscriptionDescription,
            Self::PaymentMethods => Key::ModulePaymentMethodsDescription,
            Self::Invoices => Key::ModuleInvoicesDescription,
            Self::TaxIds => Key::ModuleTaxIdsDescription,
            Self::Address => Key::ModuleAddressDescription,
        }
    }
}

/// The customer's sign-in state for the page being rendered (server side).
#[cfg(feature = "ssr")]
pub fn fetch_signed_in() -> impl Future<Output = Option<SignedIn>> + Send + 'static {
    use leptos::prelude::use_context;

    let parts = use_context::<http::request::Parts>();
    let response = use_context::<leptos_axum::ResponseOptions>();
    let signed_in = parts.and_then(|parts| {
        let overview = parts.extensions.get::<Overview>().cloned();
        crate::server::session::signed_in_page(&parts.headers, overview, |name, value| {
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
    std::future::ready(browser_csrf_cookie().map(|csrf_token| SignedIn {
        csrf_token,
        overview: None,
    }))
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
