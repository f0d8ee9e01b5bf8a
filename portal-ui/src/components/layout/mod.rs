//! The frame of every module page: the guard that decides whether the page exists for
//! this visitor ([`ModulePage`]), the page that says the session has ended
//! ([`SessionEndedCard`]), a page-level failure ([`ProblemCard`]) and the warning before
//! the session ends ([`SessionWarning`]), and the language switcher of every signed-in
//! page ([`LanguageSwitcher`]). The forms' pieces are in
//! [`super::messages`]: the two live messages — a failure
//! ([`ProblemMessage`](super::ProblemMessage), `role="alert"`) and an outcome
//! ([`StatusMessage`](super::StatusMessage), `role="status"`).
//!
//! Rules every module page follows (see `docs/portal-ui.md`):
//! - A hidden module has no page: [`ModulePage`] renders the not-found page (`404`).
//! - Every form is a plain HTML form posting to a server function (works without
//!   JavaScript), rendered with `ActionForm` (sent with `fetch` only inside an
//!   `#[island]`; a plain post elsewhere), with a hidden `csrf` field
//!   ([`CsrfField`](super::CsrfField)).
//! - Field errors are tied to their field (`aria-invalid`, `aria-describedby`); the
//!   form's problem is announced ([`ProblemMessage`](super::ProblemMessage)).
//! - Without JavaScript a successful form post lands on the page with `?done=<what>`,
//!   which the page turns into a [`StatusMessage`](super::StatusMessage); inside an
//!   island the action's value does the same.

use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_router::{components::Redirect, hooks::use_location};

use crate::components::NotFound;
use crate::flow;
use crate::i18n::{Arg, Key, Locale, t, t_args, t_with, use_locale};
use crate::problem::Problem;
use crate::session::{CSRF_FIELD, Module, ReturnLink, SignedIn, Visitor, use_visitor};

mod language;
mod texts;
pub use language::{LanguageSwitcher, SetLanguage};
pub use texts::LayoutText;

/// The page of `module` for a signed-in customer whose configuration enables it; for
/// anyone else the not-found page (a hidden module has no page), or the page saying
/// the session has ended.
///
/// During a deep-link flow it sends the customer to the flow's task instead (see
/// [`flow::guard_target`]).
///
/// `children` renders the page for the [`SignedIn`] customer. It runs more than once
/// during the server render: create the page's resources outside it, in the page
/// component (see `docs/portal-ui.md`, "A module page").
#[component]
pub fn ModulePage<F, V>(module: Module, children: F) -> impl IntoView
where
    F: Fn(SignedIn) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let visitor = use_visitor();
    let path = use_location().pathname;
    let children = std::sync::Arc::new(children);
    view! {
        <Suspense fallback=|| ()>
            {
                let children = children.clone();
                move || {
                    let children = children.clone();
                    visitor
                        .get()
                        .map(move |visitor| match visitor {
                            Ok(Visitor::SignedIn(signed_in)) => {
                                match flow::guard_target(&signed_in, &path.get_untracked()) {
                                    Some(target) => view! { <Redirect path=target/> }.into_any(),
                                    None if signed_in.overview.as_ref().is_some_and(|o| o.has(module)) => {
                                        children(*signed_in).into_any()
                                    }
                                    None => view! { <NotFound/> }.into_any(),
                                }
                            }
                            Ok(Visitor::SignedOut) => view! { <NotFound/> }.into_any(),
                            Ok(Visitor::Ended { return_to }) => view! { <SessionEndedCard return_to/> }.into_any(),
                            Err(problem) => view! { <ProblemCard problem/> }.into_any(),
                        })
                }
            }
        </Suspense>
    }
}

/// "Your session has ended", with "Return to {merchant}" when the URL is known.
#[component]
pub fn SessionEndedCard(return_to: Option<ReturnLink>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="card" aria-labelledby="ended-heading" data-session-ended="true">
            <h1 id="ended-heading">{t(locale, LayoutText::SessionEndedHeading)}</h1>
            <p>{t(locale, LayoutText::SessionEndedAdvice)}</p>
            {return_to
                .map(|ReturnLink { url, merchant, .. }| {
                    view! {
                        <p>
                            <a class="button" href=url rel="external">
                                {t_with(locale, Key::ReturnTo, &[("merchant", &merchant)])}
                            </a>
                        </p>
                    }
                })}
        </section>
    }
}

/// A page-level failure (the page's data could not be loaded).
#[component]
pub fn ProblemCard(problem: Problem) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="card" aria-labelledby="problem-heading">
            <h1 id="problem-heading">{t(locale, LayoutText::ProblemHeading)}</h1>
            <p role="alert">{problem.message(locale)}</p>
            <p>
                <a href="/">{t(locale, Key::NotFoundHomeLink)}</a>
            </p>
        </section>
    }
}

/// How long before the session ends the warning appears.
pub const WARN_BEFORE_SECONDS: i64 = 5 * 60;

/// A warning shown (in the browser only) [`WARN_BEFORE_SECONDS`] before the session
/// would end for inactivity or age, with "Stay signed in", which makes a request and so
/// moves the idle deadline. Typing into a form does not talk to the server; this keeps
/// a customer who is still filling one in from losing it. Without JavaScript nothing
/// shows: a form posted after the end says so, with the values given back.
///
/// Rendered on the server for a signed-in visitor, hidden: the deadline
/// (`data-expires-at`, unix seconds), one text per whole minute left (formatted here,
/// where the locale's plural rules are) and the `keep_alive` form. The clock is
/// [`SESSION_CLOCK_SCRIPT`], a few lines of plain script under the page's CSP nonce —
/// not an island, so a signed-in page without a form island loads no WASM (ADR 0011).
#[component]
pub fn SessionWarning() -> impl IntoView {
    let visitor = use_visitor();
    let locale = use_locale();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                visitor
                    .get()
                    .and_then(Result::ok)
                    .and_then(|visitor| {
                        visitor.signed_in().map(|signed_in| {
                            let expires_at = signed_in.overview.as_ref().and_then(|o| o.expires_at);
                            let csrf = signed_in.csrf_token.clone();
                            let texts = session_warnings(locale)
                                .into_iter()
                                .zip(1..)
                                .map(|(text, minutes)| view! { <span data-minutes=minutes hidden>{text}</span> })
                                .collect_view();
                            view! {
                                <div
                                    class="message message--warning session-warning"
                                    role="alert"
                                    data-session-warning="true"
                                    data-expires-at=expires_at
                                    data-page=rendered_at_millis()
                                    data-presence=Presence::url()
                                    hidden
                                >
                                    <p>{texts}</p>
                                    <form method="post" action=KeepAlive::url()>
                                        <input type="hidden" name=CSRF_FIELD value=csrf/>
                                        <button type="submit" class="button button--secondary">
                                            {t(locale, LayoutText::StaySignedIn)}
                                        </button>
                                    </form>
                                </div>
                                <SessionClockScript/>
                            }
                        })
                    })
            }}
        </Suspense>
    }
}

/// The clock of [`SessionWarning`] (`session_clock.js`). The `csr` build (`trunk serve`)
/// loads the same file from `index.html`.
pub const SESSION_CLOCK_SCRIPT: &str = include_str!("session_clock.js");

/// [`SESSION_CLOCK_SCRIPT`] without its comment lines: what every signed-in page carries
/// (the comments are for its readers here, not for each page's bytes).
#[cfg(feature = "ssr")]
static SESSION_CLOCK_INLINE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    SESSION_CLOCK_SCRIPT
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
});

/// [`SESSION_CLOCK_SCRIPT`] inline, under the request's CSP nonce.
#[cfg(feature = "ssr")]
#[component]
fn SessionClockScript() -> impl IntoView {
    let nonce = use_nonce().map(|nonce| nonce.to_string());
    view! { <script nonce=nonce inner_html=SESSION_CLOCK_INLINE.as_str()></script> }
}

/// Nothing: a script the browser's own rendering draws never runs (`index.html` loads
/// the clock in the `csr` build; the `hydrate` build never renders this component).
#[cfg(not(feature = "ssr"))]
#[component]
fn SessionClockScript() -> impl IntoView {}

/// The warning for each whole minute left, 1 to [`WARN_BEFORE_SECONDS`] in minutes:
/// formatted here, where the locale's plural rules are (the browser has none).
fn session_warnings(locale: Locale) -> Vec<String> {
    (1..=WARN_BEFORE_SECONDS / 60)
        .map(|minutes| {
            t_args(
                locale,
                LayoutText::SessionEndingSoon,
                &[("minutes", Arg::Number(minutes))],
            )
        })
        .collect()
}

/// "Stay signed in": any request moves the session's idle deadline; this one answers
/// the new deadline (unix seconds).
#[server(endpoint = "keep_alive", prefix = "/api")]
pub async fn keep_alive(csrf: String) -> Result<Option<i64>, Problem> {
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    Ok(customer.session().await?.session_expires_at.map(|at| at.timestamp()))
}

/// When this page was rendered on the server (ms since the Unix epoch): what orders the
/// page's presence reports (see [`presence`]). `0` in a `csr` build (`trunk serve`), whose
/// pages report nothing.
fn rendered_at_millis() -> i64 {
    #[cfg(feature = "ssr")]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX))
    }
    #[cfg(not(feature = "ssr"))]
    {
        0
    }
}

/// A signed-in page was shown (`state` `present`) or hidden (`leaving`), as the session
/// clock reports on `pageshow` and `pagehide` with `navigator.sendBeacon`; `page` is the
/// page's render time. The API completes a session whose last page was hidden a few
/// seconds ago with no later page shown: the customer closed the tab or went elsewhere.
#[server(endpoint = "presence", prefix = "/api")]
pub async fn presence(csrf: String, page: i64, state: String) -> Result<(), Problem> {
    use paylera_shared::portal::PresenceState;

    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let state = PresenceState::parse(&state)
        .ok_or_else(|| Problem::new(crate::problem::codes::INVALID_INPUT).about("state"))?;
    let customer = crate::server::actions::customer().await?;
    customer
        .api
        .report_presence(page, state)
        .await
        .map_err(crate::server::actions::problem)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::i18n::Locale;

    #[test]
    fn the_session_warning_counts_minutes_by_each_locales_plural_rules() {
        let warnings = super::session_warnings(Locale::En);
        assert_eq!(warnings.len(), 5);
        assert!(warnings[0].contains("about 1 minute."), "{}", warnings[0]);
        assert!(warnings[4].contains("about 5 minutes."), "{}", warnings[4]);
        // Arabic has a form for one and for two with no digit in it.
        let arabic = super::session_warnings(Locale::Ar);
        assert!(!arabic[0].contains('1') && !arabic[1].contains('2'), "{arabic:?}");
        assert!(arabic[2].contains('3'), "{arabic:?}");
        for locale in Locale::ALL {
            let warnings = super::session_warnings(locale);
            assert!(warnings.iter().all(|w| !w.trim().is_empty()), "{}", locale.tag());
        }
    }

    #[test]
    fn every_layout_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<super::LayoutText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
