//! Paylera's hosted customer portal: the pages a merchant's customer reaches through
//! a link from that merchant.
//!
//! One crate, three builds that never meet (pick exactly one feature):
//!
//! | feature   | target                   | what it is                                                      |
//! |-----------|--------------------------|-----------------------------------------------------------------|
//! | `ssr`     | native                   | the portal server (`paylera-portal`): renders pages, proxies `/v1` |
//! | `hydrate` | `wasm32-unknown-unknown` | `/pkg/portal.js` + `/pkg/portal_bg.wasm`, hydrates the pages' `#[island]`s |
//! | `csr`     | `wasm32-unknown-unknown` | a client-only bundle for `trunk serve` during UI work           |
//!
//! Where things live:
//! - [`shell`] is the whole HTML document the server sends; [`App`] is what is inside
//!   `<body>`: rendered by the server, mounted whole by `csr`; the `hydrate` bundle
//!   only hydrates the islands in it (islands mode, see `docs/portal-ui.md`).
//! - [`pages`] holds one module per page (a directory each: view, server functions,
//!   view models, texts); [`components`] what pages share (the module-page frame, form
//!   pieces, the bank challenge, not found); no page names another page.
//! - [`flow`] is the deep-link flows' state and rules (no view).
//! - [`session`] is how a page knows whether the customer is signed in.
//! - [`i18n`] is the portal's languages: the [`i18n::Locale`] of a render (provided as
//!   context by [`App`]), every page text ([`i18n::t`]) and locale-aware formatting.
//! - `server` (only with `ssr`) is the axum application: settings, security headers,
//!   portal links and the session cookies, the `/v1` proxy and the router.
//!
//! Everything that touches the server's environment, sockets or randomness lives behind
//! `#[cfg(feature = "ssr")]`, so the WASM bundles stay small and never pull `rand`.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::{
    SsrMode, StaticSegment, WildcardSegment,
    components::{Route, Router, Routes},
};

#[cfg(test)]
mod catalogs;
pub mod components;
pub mod flow;
pub mod i18n;
pub mod idempotency;
pub mod link;
pub mod pages;
pub mod problem;
pub mod session;

#[cfg(feature = "ssr")]
pub mod dashboard;
#[cfg(feature = "ssr")]
pub mod server;

/// Stops a build without Leptos's `erase_components` cfg (see `.cargo/config.toml`).
///
/// The server and the WASM bundle must agree on it, or hydration fails in the browser
/// with nothing wrong at build time: an exported `RUSTFLAGS` silently replaces the
/// config's list. Exempt: cargo-fuzz (its own `RUSTFLAGS` with `--cfg fuzzing`; fuzzing
/// hydrates nothing) and rustdoc (`doc`, `doctest`), which never reads `rustflags`.
#[expect(
    unexpected_cfgs,
    reason = "`erase_components` and `fuzzing` come from RUSTFLAGS, not from this crate's features"
)]
mod build_guard {
    #[cfg(all(not(erase_components), not(fuzzing), not(doc), not(doctest)))]
    compile_error!(
        "paylera-portal-ui must be built with `--cfg erase_components` (Leptos), like its WASM \
         bundle. `.cargo/config.toml` sets it, but an exported RUSTFLAGS (or \
         CARGO_ENCODED_RUSTFLAGS) replaces that list: add `--cfg erase_components` to it, or \
         build with `cargo xtask bundle` / `cargo xtask dist`, which add it themselves."
    );
}

use components::{LayoutText, NotFound, SessionWarning};
use i18n::{Key, t, t_with};
use pages::{
    address::AddressPage,
    cancel::CancelPage,
    flow_done::FlowDonePage,
    home::HomePage,
    invoices::InvoicesPage,
    link::LinkProblemPage,
    pause::PausePage,
    payment_methods::{AddCardPage, PaymentMethodsPage},
    plan::ChangePlanPage,
    subscription::SubscriptionPage,
    tax_ids::TaxIdsPage,
};
use problem::Problem;
use session::{Module, Visitor, VisitorResource};

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
    use leptos::nonce::use_nonce;
    use leptos_meta::MetaTags;

    // The same locale `App` provides (both read the request); the browser reads it back
    // from `<html lang>`.
    let locale = i18n::current_locale();
    // `/pkg/portal.css`, or its content-hashed name in a release artifact.
    let stylesheet = server::assets::stylesheet_href(&options);
    // Only the pages of `PAGES_WITH_ISLANDS`, signed in, have islands: any other page
    // loads no WASM and no texts for them.
    let islands = server::session::signed_in_request()
        && use_context::<http::request::Parts>().is_some_and(|parts| has_islands(parts.uri.path()));

    view! {
        <!DOCTYPE html>
        // `dir` only for right-to-left locales: left-to-right is the document's default.
        <html lang=locale.tag() dir=locale.is_rtl().then_some("rtl")>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta
                    name="description"
                    content="Manage your subscriptions, invoices and payment methods with the businesses that bill you through Paylera."
                />
                // No favicon request (it would 404); `data:` images are allowed by the CSP.
                <link rel="icon" href="data:,"/>
                <link rel="stylesheet" href=stylesheet/>
                <BrandStyle/>
                {islands
                    .then(|| {
                        view! {
                            // The render's texts for the hydrated bundle, which carries none
                            // (see `i18n::catalog::page_texts`); JSON, so never executed.
                            <script
                                type="application/json"
                                id=i18n::catalog::page_texts::ELEMENT_ID
                                nonce=use_nonce().map(|nonce| nonce.to_string())
                                inner_html=i18n::catalog::page_texts::json(locale)
                            ></script>
                            <HydrationScripts options islands=true/>
                        }
                    })}
                <MetaTags/>
            </head>
            // `data-islands`: the page loads the bundle, which marks `data-hydrated` once
            // its islands are (browser tests and `page-weight.mjs` wait for that).
            <body data-islands=islands.then_some("true")>
                <App/>
            </body>
        </html>
    }
}

/// The pages that render an `#[island]` (each a route of [`App`]): only they load the
/// WASM bundle ([`shell`]). Every other page is server HTML and forms, plus the session
/// clock's few lines of script. A page missing here would show its island's server
/// render, never hydrated: the browser tests of each island catch that.
pub const PAGES_WITH_ISLANDS: [&str; 5] = [
    // `PlanPicker`
    "/subscription/change",
    // `CardForm`
    "/payment-methods/new",
    // `InvoiceList`
    "/invoices",
    // `TaxIdFields`
    "/tax-ids",
    // `AddressFields`
    "/address",
];

/// Whether the page at `path` has islands ([`PAGES_WITH_ISLANDS`]; a trailing `/` is the
/// same page).
pub fn has_islands(path: &str) -> bool {
    let path = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        path
    };
    PAGES_WITH_ISLANDS.contains(&path)
}

/// The merchant's accent colour as CSS custom properties, in a `<style>` carrying the
/// request's CSP nonce (the policy allows no other inline style). Server-only, like the
/// rest of the `<head>`: the signed-in session's configuration is in the request.
#[cfg(feature = "ssr")]
#[component]
fn BrandStyle() -> impl IntoView {
    use leptos::nonce::use_nonce;

    let colors = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<session::Overview>().cloned())
        .and_then(|overview| {
            let valid = |c: &str| c.len() == 7 && c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit());
            let config = overview.config;
            (valid(&config.settings.accent_color) && valid(&config.text_color))
                .then_some((config.settings.accent_color, config.text_color))
        });
    let nonce = use_nonce().map(|nonce| nonce.to_string());
    colors.map(|(accent, text)| {
        view! { <style nonce=nonce>{format!(":root{{--accent:{accent};--accent-text:{text}}}")}</style> }
    })
}

/// The portal itself: landmarks, the router and the pages.
///
/// Every route renders with [`SsrMode::Async`], so the server waits for the page's
/// data and the full HTML arrives without JavaScript.
/// Who is looking at the page: on the server, from the request (the portal session was
/// fetched before the render, see `server::session::load_portal_session`); in the
/// browser (`csr`, or a page rendered there), by asking the portal server
/// (`GET /api/session`), which reads the `HttpOnly` cookie the page cannot.
#[leptos::server(endpoint = "session", prefix = "/api", input = GetUrl)]
pub async fn load_visitor() -> Result<Visitor, Problem> {
    server::session::visitor().await
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = i18n::current_locale();
    provide_context(locale);
    // Who is looking, loaded once per page load (see `session`).
    provide_context(VisitorResource(Resource::new(|| (), |()| load_visitor())));
    mark_body_interactive();

    view! {
        <Title text=t(locale, Key::ProductName)/>
        // `rel="external"` keeps the client router out of it: the browser's own fragment
        // navigation moves keyboard focus to `<main>`, the router's would only scroll.
        <a class="skip-link" href="#main" rel="external">{t(locale, Key::SkipLink)}</a>
        <Router>
            <SiteHeader/>
            <SessionWarning/>
            <main id="main" class="content" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("subscription") view=SubscriptionPage ssr=SsrMode::Async/>
                    <Route
                        path=(StaticSegment("subscription"), StaticSegment("change"))
                        view=ChangePlanPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("subscription"), StaticSegment("cancel"))
                        view=CancelPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("subscription"), StaticSegment("pause"))
                        view=PausePage
                        ssr=SsrMode::Async
                    />
                    <Route path=StaticSegment("done") view=FlowDonePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("payment-methods") view=PaymentMethodsPage ssr=SsrMode::Async/>
                    <Route
                        path=(StaticSegment("payment-methods"), StaticSegment("new"))
                        view=AddCardPage
                        ssr=SsrMode::Async
                    />
                    <Route path=StaticSegment("invoices") view=InvoicesPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("tax-ids") view=TaxIdsPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("address") view=AddressPage ssr=SsrMode::Async/>
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
        <SiteFooter/>
    }
}

/// The header: the merchant's logo and name for a signed-in customer (Paylera's
/// otherwise), and the navigation between the modules the configuration enables —
/// none during a deep-link flow, which shows only its task.
#[component]
fn SiteHeader() -> impl IntoView {
    let locale = i18n::use_locale();
    let visitor = session::use_visitor();
    let signed_in = move || {
        visitor.get().and_then(|visitor| match visitor {
            Ok(Visitor::SignedIn(signed_in)) => Some(*signed_in),
            _ => None,
        })
    };
    // After a session (ended, or a link this browser used), the merchant it showed.
    let ended_brand = move || {
        visitor.get().and_then(|visitor| match visitor {
            Ok(Visitor::Ended { return_to: Some(link) }) => Some((link.merchant, link.logo)),
            _ => None,
        })
    };
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <Suspense fallback=|| ()>
                    {move || {
                        let signed_in = signed_in();
                        let show_nav = signed_in.as_ref().is_some_and(flow::shows_navigation);
                        let overview = signed_in.and_then(|signed_in| signed_in.overview);
                        let (ended_name, ended_logo) = ended_brand().unzip();
                        let name = overview
                            .as_ref()
                            .and_then(|o| o.business_name().map(str::to_owned))
                            .or(ended_name)
                            .unwrap_or_else(|| t(locale, Key::BrandName).to_owned());
                        let logo = overview
                            .as_ref()
                            .map_or(ended_logo.flatten(), |o| o.config.settings.logo_src());
                        // Whose account this is, on every signed-in page: a customer handed
                        // someone else's link sees it at once.
                        let account = overview.as_ref().and_then(session::Overview::account);
                        let nav = overview
                            .as_ref()
                            .filter(|_| show_nav)
                            .map(|o| o.modules.clone())
                            .unwrap_or_default();
                        view! {
                            <a class="brand" href="/">
                                {match logo {
                                    Some(src) => view! { <img class="brand__logo" src=src alt=""/> }.into_any(),
                                    None => view! { <span class="brand__mark" aria-hidden="true">{name.chars().next().unwrap_or('P').to_string()}</span> }.into_any(),
                                }}
                                <span class="brand__name">{name}</span>
                            </a>
                            {account
                                .map(|account| {
                                    view! {
                                        <p class="site-header__account" data-account="">
                                            {t_with(locale, LayoutText::SignedInAs, &[("account", &account)])}
                                        </p>
                                    }
                                })}
                            {(!nav.is_empty()).then(|| view! { <SiteNav modules=nav/> })}
                        }
                    }}
                </Suspense>
            </div>
        </header>
    }
}

/// Links to the overview and each enabled module; the current page is marked with
/// `aria-current="page"` by the router's `<A>`. On a wide screen the links sit on one
/// line; on a phone they fold into a "Menu" disclosure (the browser's `<details>`,
/// which works without JavaScript). The stylesheet shows one of the two, so assistive
/// technologies meet one navigation.
#[component]
fn SiteNav(modules: Vec<Module>) -> impl IntoView {
    use leptos_router::components::A;
    let locale = i18n::use_locale();
    let links = move || {
        view! {
            <ul>
                <li>
                    <A href="/" exact=true>{t(locale, LayoutText::Overview)}</A>
                </li>
                {modules
                    .clone()
                    .into_iter()
                    .map(|module| view! { <li><A href=module.href()>{t(locale, module.title_key())}</A></li> })
                    .collect_view()}
            </ul>
        }
    };
    view! {
        <nav class="site-nav" aria-label=t(locale, LayoutText::NavLabel)>{links.clone()}</nav>
        <details class="site-menu disclosure">
            <summary>{t(locale, LayoutText::Menu)}</summary>
            <nav class="site-menu__nav" aria-label=t(locale, LayoutText::NavLabel)>{links}</nav>
        </details>
    }
}

/// The footer of a signed-in page: the merchant's headline and policies (terms of
/// service, privacy) when the configuration has them, and the language switcher; then
/// Paylera's line on every page.
#[component]
fn SiteFooter() -> impl IntoView {
    let locale = i18n::use_locale();
    let visitor = session::use_visitor();
    view! {
        <footer class="site-footer">
            <Suspense fallback=|| ()>
                {move || {
                    visitor
                        .get()
                        .and_then(|visitor| match visitor {
                            Ok(Visitor::SignedIn(signed_in)) => Some(*signed_in),
                            _ => None,
                        })
                        .map(|signed_in| {
                            let settings = signed_in.overview.map(|o| o.config.settings);
                            let headline = settings.as_ref().and_then(|s| s.business_headline.clone());
                            let terms = settings.as_ref().and_then(|s| s.terms_of_service_url.clone());
                            let privacy = settings.as_ref().and_then(|s| s.privacy_policy_url.clone());
                            view! {
                                {headline.map(|text| view! { <p class="site-footer__headline">{text}</p> })}
                                {(terms.is_some() || privacy.is_some())
                                    .then(|| {
                                        view! {
                                            <ul class="site-footer__links">
                                                {terms
                                                    .map(|href| {
                                                        view! {
                                                            <li>
                                                                <a href=href rel="noopener">{t(locale, LayoutText::Terms)}</a>
                                                            </li>
                                                        }
                                                    })}
                                                {privacy
                                                    .map(|href| {
                                                        view! {
                                                            <li>
                                                                <a href=href rel="noopener">{t(locale, LayoutText::Privacy)}</a>
                                                            </li>
                                                        }
                                                    })}
                                            </ul>
                                        }
                                    })}
                                <components::LanguageSwitcher csrf_token=signed_in.csrf_token/>
                            }
                        })
                }}
            </Suspense>
            <p>{t(locale, Key::Footer)}</p>
        </footer>
    }
}

/// Sets `data-hydrated="true"` on `<body>` once the page is interactive (`csr`: the
/// `hydrate` bundle never runs `App` and marks the body itself, see [`hydrate`]).
///
/// Effects never run on the server, so the attribute is absent from server HTML and
/// appears only after mounting: browser tests wait for it.
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
/// [`HydrationScripts`] puts in the page, before that script hydrates the page's
/// `#[island]`s one by one (islands mode: the rest of the page stays server HTML).
///
/// What every island may read is provided here, at the root of the islands' owners:
/// the page's [`i18n::Locale`] (from `<html lang>`) and the failure a form posted
/// without JavaScript came back with (`?__path=…&__err=…`, which the router provides
/// on the server), so an island's `ServerAction` starts with the value it had there.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    i18n::catalog::page_texts::load();
    follow_server_redirects_with_a_page_load();
    hydrate_islands();
    provide_context(i18n::current_locale());
    if let Some(error) = server_action_error_of_the_url() {
        provide_context(error);
    }
    mark_body_hydrated_after_the_islands();
}

/// The failure in the page's URL (see [`hydrate`]).
#[cfg(feature = "hydrate")]
fn server_action_error_of_the_url() -> Option<ServerActionError> {
    let search = window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    let (path, err) = (params.get("__path")?, params.get("__err")?);
    Some(ServerActionError::new(&path, &err))
}

/// Sets `data-hydrated="true"` on `<body>` once the islands are hydrated: the
/// islands script hydrates them right after [`hydrate`] returns, in promise jobs that
/// all run before a timer's task (browser tests wait for the attribute).
#[cfg(feature = "hydrate")]
fn mark_body_hydrated_after_the_islands() {
    set_timeout(
        || {
            let marked = document()
                .body()
                .map(|body| body.set_attribute("data-hydrated", "true"));
            if !matches!(marked, Some(Ok(()))) {
                leptos::logging::warn!("could not mark <body> as hydrated");
            }
        },
        std::time::Duration::ZERO,
    );
}

/// Makes a server function's redirect (`server::actions::redirect`, the end of a
/// deep-link flow) a full page load instead of the router's client-side navigation:
/// the page load reads the visitor again (see `session`), now with the flow done or the
/// session ended. Installed before the router installs its own hook (the first one wins).
#[cfg(any(feature = "hydrate", feature = "csr"))]
fn follow_server_redirects_with_a_page_load() {
    let installed = server_fn::redirect::set_redirect_hook(|location: &str| {
        if window().location().set_href(location).is_err() {
            leptos::logging::warn!("could not follow the server's redirect to {location}");
        }
    });
    if installed.is_err() {
        leptos::logging::warn!("a redirect hook was installed before the portal's");
    }
}

/// The entry point of the `csr` bundle (Trunk's loader calls the `start` function).
#[cfg(feature = "csr")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    follow_server_redirects_with_a_page_load();
    mount_to_body(App);
}
