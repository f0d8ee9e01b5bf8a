//! The page a portal link (`/p/{secret}`) shows when it cannot sign the customer in
//! (the problem and the hand-off page's texts are `crate::link`'s).
//!
//! The portal server's `POST /p/{secret}` handler (`server::link`) exchanges the link;
//! when that fails it puts the [`LinkProblem`] in the request and renders this route,
//! which turns it into a page and its HTTP status. A link that does not work — unknown,
//! malformed, used, expired or revoked — is one page with one status (`404`) and one
//! text: a prober cannot tell whether it ever existed. "Return to {merchant}" appears
//! only when this browser's own earlier exchange left the return cookie (a customer
//! whose browser already used the link), never from what the API says about the link.

use std::future::Future;

use crate::i18n::{Key, t, t_with, use_locale};
use crate::link::LinkProblem;
use crate::session::ReturnLink;
use leptos::prelude::*;
use leptos_meta::Title;

/// The page of `/p/{secret}` when the link did not work.
#[component]
pub fn LinkProblemPage() -> impl IntoView {
    // Known before rendering (the server handler put it in the request), then carried in
    // the page so hydration shows the same thing.
    let problem = Resource::new(|| (), |()| current_problem());

    view! {
        <Suspense fallback=|| ()>
            {move || problem.get().map(|problem| view! { <ProblemCard problem/> })}
        </Suspense>
    }
}

#[component]
fn ProblemCard(problem: LinkProblem) -> impl IntoView {
    let locale = use_locale();
    let heading = t(locale, problem.heading_key());
    let return_to = match &problem {
        LinkProblem::Invalid { return_to } => return_to.clone(),
        _ => None,
    };

    view! {
        <Title text=format!("{heading} · {}", t(locale, Key::ProductName))/>
        <section class="card" aria-labelledby="link-heading" data-link-status=problem.status()>
            <h1 id="link-heading">{heading}</h1>
            <p>{t(locale, problem.advice_key())}</p>
            {return_to
                .map(|ReturnLink { url, merchant, .. }| {
                    view! {
                        <p>
                            // `rel="external"`: a full navigation, never the client router.
                            <a class="button" href=url rel="external">
                                {t_with(locale, Key::ReturnTo, &[("merchant", &merchant)])}
                            </a>
                        </p>
                    }
                })}
        </section>
    }
}

/// The problem the `/p/{secret}` handler found (server side), which also sets the
/// response's status and headers. A render without one (no handler ran) is `Invalid`.
#[cfg(feature = "ssr")]
fn current_problem() -> impl Future<Output = LinkProblem> + Send + 'static {
    let problem = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<LinkProblem>().cloned())
        .unwrap_or(LinkProblem::Invalid { return_to: None });
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::from_u16(problem.status()).unwrap_or(http::StatusCode::NOT_FOUND));
        // The URL holds a link secret: keep the page out of every cache.
        response.insert_header(http::header::CACHE_CONTROL, http::HeaderValue::from_static("no-store"));
        if let LinkProblem::RateLimited { retry_after } = problem {
            response.insert_header(http::header::RETRY_AFTER, http::HeaderValue::from(retry_after));
        }
    }
    std::future::ready(problem)
}

/// In the browser the problem always comes with the server-rendered page; a client-side
/// render (only under `trunk serve`) cannot exchange a link and says it is not valid.
#[cfg(not(feature = "ssr"))]
fn current_problem() -> impl Future<Output = LinkProblem> + Send + 'static {
    std::future::ready(LinkProblem::Invalid { return_to: None })
}
