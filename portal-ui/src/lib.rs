//! Paylera's hosted customer portal: the pages a merchant's customer reaches through
//! a link from that merchant.
//!
//! One crate, three builds that never meet (pick exactly one feature):
//!
//! | feature   | target                   | what it is                                                      |
//! |-----------|--------------------------|-----------------------------------------------------------------|
//! | `ssr`     | native                   | the portal server (`paylera-portal`): renders pages, proxies `/v1` |
//! | `hydrate` | `wasm32-unknown-unknown` | `/pkg/portal.js` + `/pkg/portal_bg.wasm`, makes those pages interactive |
//! | `csr`     | `wasm32-unknown-unknown` | a client-only bundle for `trunk serve` during UI work           |
//!
//! Where things live:
//! - [`shell`] is the whole HTML document the server sends; [`App`] is what is inside
//!   `<body>` and is shared by all three builds.
//! - [`pages`] holds one module per page (home, portal-link problems, not found).
//! - [`api_status`] is how a page asks the API whether it is ready, through the typed
//!   client of `paylera-shared` (on the server directly, in the browser through the
//!   portal's own `/readyz`).
//! - [`session`] is how a page knows whether the customer is signed in.
//! - [`i18n`] is the portal's languages: the [`i18n::Locale`] of a render (provided as
//!   context by [`App`]), every page text ([`i18n::t`]) and locale-aware formatting.
//! - `server` (only with `ssr`) is the axum application: settings, security headers,
//!   portal links and the session cookies, the `/v1` proxy and the router.
//!
//! Everything that touches the server's environment, sockets or randomness lives behind
//! `#[cfg(feature = "ssr")]`, so the WASM bundles stay small and never pull `rand`.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::{
    SsrMode, StaticSegment, WildcardSegment,
    components::{Route, Router, Routes},
};

pub mod api_status;
pub mod i18n;
pub mod pages;
pub mod session;

#[cfg(feature = "ssr")]
pub mod server;

use i18n::{Key, t};
use pages::{home::HomePage, link::LinkProblemPage, not_found::NotFound};

/// The name every page shows in its title and header, in English (pages show
/// [`Key::ProductName`] in their locale).
pub const PRODUCT_NAME: &str = "Paylera customer portal";

/// The complete HTML document of every server-rendered page.
///
/// The stylesheet is a plain `<link>` (the CSP allows no inline styles) and the
/// hydration `<script>` carries the per-request nonce that `server::security` put in
/// the `Content-Security-Policy` header.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::MetaTags;

    // The same locale `App` provides (both read the request); the browser reads it back
    // from `<html lang>`.
    let locale = i18n::current_locale();

    view! {
        <!DOCTYPE html>
        // `dir` only for right-to-left locales: left-to-right is the document's default.
        <html lang=locale.lang() dir=(locale.dir() == "rtl").then_some("rtl")>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta
                    name="description"
                    content="Manage your subscriptions, invoices and payment methods with the businesses that bill you through Paylera."
                />
                // No favicon request (it would 404); `data:` images are allowed by the CSP.
                <link rel="icon" href="data:,"/>
                <link rel="stylesheet" href="/pkg/portal.css"/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The portal itself: landmarks, the router and the pages.
///
/// Every route renders with [`SsrMode::Async`], so the server waits for the page's
/// data and the full HTML arrives without JavaScript.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = i18n::current_locale();
    provide_context(locale);
    mark_body_interactive();

    view! {
        <Title text=t(locale, Key::ProductName)/>
        // `rel="external"` keeps the client router out of it: the browser's own fragment
        // navigation moves keyboard focus to `<main>`, the router's would only scroll.
        <a class="skip-link" href="#main" rel="external">{t(locale, Key::SkipLink)}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="/">
                    <span class="brand__mark" aria-hidden="true">"P"</span>
                    <span class="brand__name">{t(locale, Key::BrandName)}</span>
                </a>
            </div>
        </header>
        <Router>
            <main id="main" class="content" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async/>
                    // Portal links: the server exchanges them and only renders this page
                    // when that failed (see `server::link`).
                    <Route
                        path=(StaticSegment("p"), WildcardSegment("secret"))
                        view=LinkProblemPage
                        ssr=SsrMode::Async
                    />
                </Routes>
            </main>
        </Router>
        <footer class="site-footer">
            <p>{t(locale, Key::Footer)}</p>
        </footer>
    }
}

/// Sets `data-hydrated="true"` on `<body>` once the page is interactive.
///
/// Effects never run on the server, so the attribute is absent from server HTML and
/// appears only after hydration (or after mounting, in `csr`): browser tests wait for it.
fn mark_body_interactive() {
    Effect::new(move |_| {
        let marked = document()
            .body()
            .map(|body| body.set_attribute("data-hydrated", "true"));
        if !matches!(marked, Some(Ok(()))) {
            leptos::logging::warn!("could not mark <body> as hydrated");
        }
    });
}

/// The entry point of the `hydrate` bundle, called by the script that
/// [`HydrationScripts`] puts in the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    hydrate_body(App);
}

/// The entry point of the `csr` bundle (Trunk's loader calls the `start` function).
#[cfg(feature = "csr")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}
