//! The portal's home page: what the portal is, how customers get here, and whether
//! Paylera's API is ready. A signed-in customer (one with a session cookie) sees a
//! "Signed in" section with the "Return to merchant" button instead of the
//! introduction.

use leptos::prelude::*;

use crate::{
    PRODUCT_NAME,
    api_status::{ApiStatus, fetch_api_status},
    session::{CSRF_FIELD, SignedIn, fetch_signed_in},
};

/// The `id` of the details panel that the disclosure button controls.
const DETAILS_ID: &str = "portal-details";

/// The home page (`/`).
#[component]
pub fn HomePage() -> impl IntoView {
    // Resolved on the server before the HTML is sent (the route is `SsrMode::Async`),
    // then carried into the page so hydration does not ask again.
    let api_status = Resource::new(|| (), |()| fetch_api_status());
    // Likewise: read from the request's cookies on the server.
    let signed_in = Resource::new(|| (), |()| fetch_signed_in());

    view! {
        <Suspense fallback=|| ()>
            {move || {
                signed_in
                    .get()
                    .map(|signed_in| match signed_in {
                        Some(session) => view! { <SignedInSection session/> }.into_any(),
                        None => view! { <Introduction/> }.into_any(),
                    })
            }}
        </Suspense>

        <section class="card" aria-labelledby="status-heading">
            <h2 id="status-heading">"Service status"</h2>
            <p class="api-status">
                "API status: "
                <Suspense fallback=|| {
                    view! { <span class="status status--pending">"checking…"</span> }
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
    view! {
        <section class="card intro" aria-labelledby="home-heading">
            <h1 id="home-heading">{PRODUCT_NAME}</h1>
            <p class="lead">
                "Here you can look after your subscriptions, invoices and payment methods \
                with a business that bills you through Paylera."
            </p>
            <p>
                "You reach this portal through a secure link from your merchant, the business \
                you buy from: look for a \"Manage billing\" or \"Billing portal\" link in their \
                app, website or emails. The link signs you in for a short while; there is no \
                Paylera password to remember."
            </p>
        </section>
    }
}

/// A signed-in customer: for now only the way back to the merchant, which ends the
/// portal session (`POST /return`, see `server::return_to_merchant`).
///
/// A plain form, so it works before hydration and without JavaScript; its hidden field
/// carries the CSRF token.
#[component]
fn SignedInSection(session: SignedIn) -> impl IntoView {
    view! {
        <section class="card intro" aria-labelledby="home-heading" data-signed-in="true">
            <h1 id="home-heading">"Signed in"</h1>
            <p class="lead">"You are signed in to manage your billing."</p>
            <p>
                "When you are done, return to the business you came from. This ends your visit \
                here; to come back, open their billing portal again."
            </p>
            <form method="post" action="/return">
                <input type="hidden" name=CSRF_FIELD value=session.csrf_token/>
                <button type="submit" class="button">"Return to merchant"</button>
            </form>
        </section>
    }
}

/// The API's readiness as a word (`ok`, `unavailable`, `unreachable`) and a sentence.
#[component]
fn StatusBadge(status: ApiStatus) -> impl IntoView {
    view! {
        <strong class=format!("status status--{}", status.as_str()) data-status=status.as_str()>
            {status.as_str()}
        </strong>
        <span class="status-description">" — " {status.description()}</span>
    }
}

/// A disclosure: a button that shows and hides more details about the portal.
///
/// It only works once the page is hydrated; without JavaScript the panel stays hidden
/// and the page still says everything a customer needs.
#[component]
fn Details() -> impl IntoView {
    let (open, set_open) = signal(false);

    view! {
        <section class="card" aria-labelledby="details-heading">
            <h2 id="details-heading">"About this portal"</h2>
            <button
                type="button"
                class="disclosure"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=DETAILS_ID
                on:click=move |_| set_open.update(|open| *open = !*open)
            >
                <span class="disclosure__icon" aria-hidden="true"></span>
                "What can I do here?"
            </button>
            <div id=DETAILS_ID class="disclosure__panel" hidden=move || !open.get()>
                <ul>
                    <li>"See your active subscriptions and change or cancel them."</li>
                    <li>"Download past invoices and receipts."</li>
                    <li>"Add, replace or remove the card or bank account you pay with."</li>
                    <li>"Update your billing address and tax details."</li>
                </ul>
                <p>
                    "What you can change depends on your merchant's settings. For questions \
                    about a charge, contact the merchant directly: they can see your account \
                    and issue refunds."
                </p>
            </div>
        </section>
    }
}
