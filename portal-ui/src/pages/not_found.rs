//! The page for every path the portal does not know, answered with HTTP 404.

use leptos::prelude::*;
use leptos_meta::Title;

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

    view! {
        <Title text="Page not found · Paylera customer portal"/>
        <section class="card" aria-labelledby="not-found-heading">
            <h1 id="not-found-heading">"Page not found"</h1>
            <p>
                "We could not find the page you asked for. If you followed a link from a business \
                that bills you, the link may have expired: ask them for a new one."
            </p>
            <p>
                <a href="/">"Go to the portal's home page"</a>
            </p>
        </section>
    }
}
