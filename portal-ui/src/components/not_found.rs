//! The page for every path the portal does not know, answered with HTTP 404.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{Key, t, use_locale};

/// "Page not found", with a way back to the portal's home page.
///
/// On the server it sets the response status to `404 Not Found` through
/// `leptos_axum::ResponseOptions`, so crawlers, monitors and tests see a real 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }

    let locale = use_locale();
    let heading = t(locale, Key::NotFoundHeading);

    view! {
        <Title text=format!("{heading} · {}", t(locale, Key::ProductName))/>
        <section class="card" aria-labelledby="not-found-heading">
            <h1 id="not-found-heading">{heading}</h1>
            <p>{t(locale, Key::NotFoundBody)}</p>
            <p>
                <a href="/">{t(locale, Key::NotFoundHomeLink)}</a>
            </p>
        </section>
    }
}
