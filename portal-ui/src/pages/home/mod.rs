//! The portal's home page: what the portal is, how customers get here, and whether
//! Paylera's API is ready. A signed-in customer (one with a session cookie) sees the
//! overview instead of the introduction: the merchant's name, a card for each module
//! the merchant's configuration enables and the "Return to merchant" button.

use leptos::prelude::*;

use leptos_router::components::Redirect;

use crate::{
    api_status::{ApiStatus, fetch_api_status},
    components::{ProblemCard, ReturnToMerchantForm, SessionEndedCard},
    flow,
    i18n::{Key, t, use_locale},
    session::{Module, SignedIn, Visitor, use_visitor},
};

/// The `id` of the details disclosure.
const DETAILS_ID: &str = "portal-details";

/// The home page (`/`).
#[component]
pub fn HomePage() -> impl IntoView {
    // Resolved on the server before the HTML is sent (the route is `SsrMode::Async`),
    // then carried into the page so hydration does not ask again.
    let api_status = Resource::new(|| (), |()| fetch_api_status());
    // Loaded once by `App` (see `session`).
    let visitor = use_visitor();
    let locale = use_locale();

    view! {
        <Suspense fallback=|| ()>
            {move || {
                visitor
                    .get()
                    .map(|visitor| match visitor {
                        // A deep-link flow shows only its task (see `flow`).
                        Ok(Visitor::SignedIn(session)) => match flow::guard_target(&session, "/") {
                            Some(target) => view! { <Redirect path=target/> }.into_any(),
                            None => view! { <SignedInSection session=*session/> }.into_any(),
                        },
                        Ok(Visitor::Ended { return_to }) => view! { <SessionEndedCard return_to/> }.into_any(),
                        Ok(Visitor::SignedOut) => view! { <Introduction/> }.into_any(),
                        Err(problem) => view! { <ProblemCard problem/> }.into_any(),
                    })
            }}
        </Suspense>

        <section class="card" aria-labelledby="status-heading">
            <h2 id="status-heading">{t(locale, Key::ServiceStatusHeading)}</h2>
            <p class="api-status">
                {t(locale, Key::ApiStatusLabel)}
                <Suspense fallback=move || {
                    view! { <span class="status status--pending">{t(locale, Key::StatusChecking)}</span> }
                }>
                    {move || api_status.get().map(|status| view! { <StatusBadge status/> })}
                </Suspense>
            </p>
        </section>

        <Details/>
    }
}

/// What the portal is, for a visitor who is not signed in.
#[component]
fn Introduction() -> impl IntoView {
    let locale = use_locale();

    view! {
        <section class="card intro" aria-labelledby="home-heading">
            <h1 id="home-heading">{t(locale, Key::ProductName)}</h1>
            <p class="lead">{t(locale, Key::IntroLead)}</p>
            <p>{t(locale, Key::IntroHowToReach)}</p>
        </section>
    }
}

/// A signed-in customer: the merchant's name, the modules the merchant's configuration
/// enables (when the server could fetch the portal session) and the way back to the
/// merchant, which ends the portal session (`POST /return`, see
/// `server::return_to_merchant`).
#[component]
fn SignedInSection(session: SignedIn) -> impl IntoView {
    let locale = use_locale();
    let (business_name, modules) = session
        .overview
        .map(|overview| (overview.business_name().map(str::to_owned), overview.modules))
        .unwrap_or_default();

    view! {
        <section class="card intro" aria-labelledby="home-heading" data-signed-in="true">
            {business_name.map(|name| view! { <p class="merchant-name">{name}</p> })}
            <h1 id="home-heading">{t(locale, Key::SignedInHeading)}</h1>
            <p class="lead">{t(locale, Key::SignedInLead)}</p>
            <p>{t(locale, Key::SignedInHelp)}</p>
            <ReturnToMerchantForm csrf_token=session.csrf_token/>
        </section>
        {(!modules.is_empty())
            .then(|| {
                view! {
                    <ul class="modules">
                        {modules.into_iter().map(|module| view! { <ModuleCard module/> }).collect_view()}
                    </ul>
                }
            })}
    }
}

/// One module of the portal: its title, linking to its page, and what it is for.
#[component]
fn ModuleCard(module: Module) -> impl IntoView {
    let locale = use_locale();

    view! {
        <li class="card module" data-module=module.as_str()>
            <h2>
                <a href=module.href()>{t(locale, module.title_key())}</a>
            </h2>
            <p>{t(locale, module.description_key())}</p>
        </li>
    }
}

/// The API's readiness as a word (`ok`, `unavailable`, `unreachable` in English; the
/// class and `data-status` always carry the English word) and a sentence.
#[component]
fn StatusBadge(status: ApiStatus) -> impl IntoView {
    let locale = use_locale();

    view! {
        <strong class=format!("status status--{}", status.as_str()) data-status=status.as_str()>
            {t(locale, status.label_key())}
        </strong>
        <span class="status-description">" — " {t(locale, status.description_key())}</span>
    }
}

/// A disclosure of more details about the portal: the browser's own `<details>`, which
/// opens and closes with the mouse and the keyboard with or without JavaScript (an
/// island before: a page without islands loads no WASM at all).
#[component]
fn Details() -> impl IntoView {
    let locale = use_locale();

    view! {
        <section class="card" aria-labelledby="details-heading">
            <h2 id="details-heading">{t(locale, Key::DetailsHeading)}</h2>
            <details class="disclosure" id=DETAILS_ID>
                <summary>{t(locale, Key::DetailsButton)}</summary>
                <div class="disclosure__panel">
                    <ul>
                        <li>{t(locale, Key::DetailsSubscriptions)}</li>
                        <li>{t(locale, Key::DetailsInvoices)}</li>
                        <li>{t(locale, Key::DetailsPaymentMethods)}</li>
                        <li>{t(locale, Key::DetailsBillingAddress)}</li>
                    </ul>
                    <p>{t(locale, Key::DetailsNote)}</p>
                </div>
            </details>
        </section>
    }
}
