//! The hand-off page of `GET /p/{secret}`: a small HTML document, written here without
//! Leptos, that signs the customer in by a `POST` to the same URL.
//!
//! Link scanners of mail and chat services fetch links before people click them, so
//! the `GET` must not use the link up (and never asks the API anything: not even the
//! app's shell, which would, is rendered). A browser posts the page's form at once, by
//! the page's one inline script (allowed by the request's CSP nonce); without
//! JavaScript the customer presses "Continue" (and so does a customer who comes back
//! to the page with the browser's Back button: the script does not post a link again
//! that this visit already used). The form has no `action`: it posts to
//! the page's own URL, so the secret appears in no other URL, and the page holds it
//! nowhere at all.
//!
//! The page speaks the browser's language (`Accept-Language`), uses the portal's
//! stylesheet, and goes out with `Cache-Control: no-store`, `X-Robots-Tag: noindex`
//! and (from `security`, like every `/p/…` response) `Referrer-Policy: no-referrer`.

use axum::response::{Html, IntoResponse, Response};
use http::{HeaderMap, HeaderValue, StatusCode, header};

use super::security::CspNonce;
use crate::i18n::{Key, Locale, t};
use crate::link::LinkText;
use paylera_shared::html::escape;

/// The `id` of the page's form (what its script submits, and the tests look for).
pub const FORM_ID: &str = "paylera-link-handoff";

/// The page's one script: posts the form at once — unless the customer came back to
/// the page with the browser's Back (or Forward) button, after the link was used: then
/// the page waits for a click instead of posting a used link again.
const SUBMIT_SCRIPT: &str = concat!(
    "var n=performance.getEntriesByType(\"navigation\")[0];",
    "if(!n||n.type!==\"back_forward\"){document.getElementById(\"paylera-link-handoff\").submit();}"
);

/// Whether the page submits itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submit {
    /// At once, by the page's script (the `GET`).
    Automatically,
    /// Only by the customer's click (a `POST` that came from another site and was
    /// refused: the customer confirms on the portal's own page).
    ByClick,
}

/// The locale of a request's `Accept-Language` (`en` when none fits).
pub fn locale_of(headers: &HeaderMap) -> Locale {
    headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(Locale::from_accept_language)
        .unwrap_or_default()
}

/// The page, with `status`, for a request with `headers` whose CSP nonce is `nonce`.
pub fn handoff(status: StatusCode, headers: &HeaderMap, nonce: Option<&CspNonce>, submit: Submit) -> Response {
    let locale = locale_of(headers);
    let html = render(locale, nonce.filter(|_| submit == Submit::Automatically));
    let mut response = (status, Html(html)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("x-robots-tag", HeaderValue::from_static("noindex, nofollow"));
    response
}

/// The document in `locale`; with the submitting script when given its nonce.
fn render(locale: Locale, script_nonce: Option<&CspNonce>) -> String {
    let heading = escape(t(locale, LinkText::HandoffHeading));
    let advice = escape(t(locale, LinkText::HandoffAdvice));
    let button = escape(t(locale, LinkText::Continue));
    let product = escape(t(locale, Key::ProductName));
    let dir = if locale.is_rtl() { " dir=\"rtl\"" } else { "" };
    let script = script_nonce.map_or_else(String::new, |nonce| {
        format!(
            "<script nonce=\"{}\">{}</script>",
            escape(nonce.as_str()),
            SUBMIT_SCRIPT
        )
    });
    format!(
        "<!DOCTYPE html>\
         <html lang=\"{lang}\"{dir}>\
         <head>\
         <meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex, nofollow\">\
         <link rel=\"icon\" href=\"data:,\">\
         <link rel=\"stylesheet\" href=\"/pkg/portal.css\">\
         <title>{heading} · {product}</title>\
         </head>\
         <body>\
         <main id=\"main\" class=\"content\">\
         <section class=\"card\" aria-labelledby=\"handoff-heading\" data-link-handoff=\"\">\
         <h1 id=\"handoff-heading\">{heading}</h1>\
         <p>{advice}</p>\
         <form method=\"post\" id=\"{FORM_ID}\">\
         <button type=\"submit\" class=\"button\">{button}</button>\
         </form>\
         </section>\
         </main>\
         {script}\
         </body>\
         </html>",
        lang = locale.tag(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_posts_to_itself_and_holds_no_url() {
        let nonce = CspNonce::generate();
        let html = render(Locale::En, Some(&nonce));

        assert!(html.contains("<html lang=\"en\">"), "{html}");
        assert!(
            html.contains(&format!("<form method=\"post\" id=\"{FORM_ID}\">")),
            "{html}"
        );
        assert!(!html.contains("action="), "{html}");
        assert!(html.contains(">Continue</button>"), "{html}");
        assert!(html.contains("Opening your billing portal</h1>"), "{html}");
        assert_eq!(html.matches("<script").count(), 1, "{html}");
        assert!(
            html.contains(&format!("<script nonce=\"{}\">", nonce.as_str())),
            "{html}"
        );
        assert!(!html.contains("/p/"), "{html}");
    }

    #[test]
    fn without_a_nonce_the_page_waits_for_the_click() {
        let html = render(Locale::Fr, None);
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains(">Continuer</button>"), "{html}");
    }

    #[test]
    fn the_page_speaks_the_browsers_language_and_direction() {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("he-IL,he;q=0.9"));
        assert_eq!(locale_of(&headers), Locale::He);
        assert!(render(Locale::He, None).contains("<html lang=\"he\" dir=\"rtl\">"));
        assert_eq!(locale_of(&HeaderMap::new()), Locale::En);
    }

    #[test]
    fn texts_are_escaped() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
