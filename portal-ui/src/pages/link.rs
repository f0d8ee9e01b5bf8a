//! The page a portal link (`/p/{secret}`) shows when it cannot sign the customer in,
//! and the texts of the small hand-off page before it ([`LinkText`]).
//!
//! The portal server's `POST /p/{secret}` handler (`server::link`) exchanges the link;
//! when that fails it puts the [`LinkProblem`] in the request and renders this route,
//! which turns it into a page and its HTTP status. A link that does not work — unknown,
//! malformed, used, expired or revoked — is one page with one status (`404`) and one
//! text: a prober cannot tell whether it ever existed. "Return to {merchant}" appears
//! only when this browser's own earlier exchange left the return cookie (a customer
//! whose browser already used the link), never from what the API says about the link.

use std::future::Future;

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::catalog;
use crate::i18n::{Key, t, t_with, use_locale};

/// Why a portal link did not sign the customer in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinkProblem {
    /// Unknown, malformed, used, expired or revoked (the portal does not know which):
    /// `404`, with a way back when this browser has the return cookie.
    Invalid { return_to: Option<ReturnLink> },
    /// Too many attempts: `429`; `retry_after` seconds.
    RateLimited { retry_after: u64 },
    /// The API failed or could not be reached: `503`.
    Unavailable,
}

/// Where "Return to {merchant}" leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnLink {
    /// An absolute `http(s)` URL.
    pub url: String,
    /// What the button calls the merchant: the return URL's host.
    pub merchant: String,
}

impl LinkProblem {
    /// The HTTP status of the page.
    pub fn status(&self) -> u16 {
        match self {
            Self::Invalid { .. } => 404,
            Self::RateLimited { .. } => 429,
            Self::Unavailable => 503,
        }
    }

    /// The page's heading.
    pub fn heading_key(&self) -> Key {
        match self {
            Self::Invalid { .. } => Key::LinkExpiredHeading,
            Self::RateLimited { .. } => Key::LinkRateLimitedHeading,
            Self::Unavailable => Key::LinkUnavailableHeading,
        }
    }

    /// What the customer can do about it.
    pub fn advice_key(&self) -> Key {
        match self {
            Self::Invalid { .. } => Key::LinkExpiredAdvice,
            Self::RateLimited { .. } => Key::LinkRateLimitedAdvice,
            Self::Unavailable => Key::LinkUnavailableAdvice,
        }
    }
}

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
                .map(|ReturnLink { url, merchant }| {
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

catalog! {
    /// The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
    /// the customer in by a `POST`, sent by script at once or by its one button.
    pub enum LinkText {
        HandoffHeading,
        HandoffAdvice,
        Continue,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_link_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<super::LinkText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
