//! The frame of every module page: the guard that decides whether the page exists for
//! this visitor ([`ModulePage`]), the page that says the session has ended
//! ([`SessionEndedCard`]), a page-level failure ([`ProblemCard`]) and the warning before
//! the session ends ([`SessionWarning`]). The forms' pieces are in
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
use leptos_router::{components::Redirect, hooks::use_location};

use crate::components::NotFound;
use crate::flow;
use crate::i18n::{Arg, Key, Locale, t, t_args, t_with, use_locale};
use crate::problem::Problem;
use crate::session::{CSRF_FIELD, Module, ReturnLink, SignedIn, Visitor, use_visitor};

mod texts;
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
                .map(|ReturnLink { url, merchant }| {
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
/// Rendered on the server for a signed-in visitor: the clock itself is the
/// [`SessionClock`] island, which gets the deadline and the CSRF token as props.
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
                            let warnings = session_warnings(locale);
                            view! { <SessionClock expires_at csrf warnings/> }
                        })
                    })
            }}
        </Suspense>
    }
}

/// The warning for each whole minute left, 1 to [`WARN_BEFORE_SECONDS`] in minutes:
/// formatted here, where the locale's plural rules are (the bundle has none).
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

/// The clock of [`SessionWarning`] (an island): `expires_at` is the session's deadline
/// (unix seconds) when the page was rendered, moved by each "Stay signed in";
/// `warnings[n]` says that `n + 1` minutes are left ([`session_warnings`]).
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
fn SessionClock(expires_at: Option<i64>, csrf: String, warnings: Vec<String>) -> impl IntoView {
    let locale = use_locale();
    let csrf = StoredValue::new(csrf);
    let warnings = StoredValue::new(warnings);
    let (expires_at, set_expires_at) = signal(expires_at);
    let (now, set_now) = signal(0_i64);
    let keep_alive = ServerAction::<KeepAlive>::new();

    // The deadline moves with each "Stay signed in".
    Effect::new(move |_| {
        if let Some(Ok(Some(at))) = keep_alive.value().get() {
            set_expires_at.set(Some(at));
        }
    });
    // A clock that ticks every 15 s in the browser (effects never run on the server).
    Effect::new(move |_| {
        set_now.set(unix_now());
        let handle = set_interval_with_handle(move || set_now.set(unix_now()), std::time::Duration::from_secs(15));
        on_cleanup(move || {
            if let Ok(handle) = handle {
                handle.clear();
            }
        });
    });

    let remaining = move || expires_at.get().map(|at| at - now.get()).filter(|_| now.get() > 0);
    view! {
        <Show when=move || remaining().is_some_and(|left| left > 0 && left <= WARN_BEFORE_SECONDS)>
            <div class="message message--warning session-warning" role="alert" data-session-warning="true">
                <span>
                    {move || {
                        let minutes = remaining().map_or(1, |left| (left + 59) / 60).max(1);
                        warnings.with_value(|warnings| {
                            let last = warnings.len().saturating_sub(1);
                            let index = usize::try_from(minutes - 1).unwrap_or_default().min(last);
                            warnings.get(index).cloned().unwrap_or_default()
                        })
                    }}
                </span>
                <ActionForm action=keep_alive>
                    <input type="hidden" name=CSRF_FIELD value=csrf.get_value()/>
                    <button type="submit" class="button button--secondary">{t(locale, LayoutText::StaySignedIn)}</button>
                </ActionForm>
            </div>
        </Show>
    }
}

/// "Stay signed in": any request moves the session's idle deadline; this one answers
/// the new deadline (unix seconds).
#[server(endpoint = "keep_alive", prefix = "/api")]
pub async fn keep_alive(csrf: String) -> Result<Option<i64>, Problem> {
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    Ok(customer.session().await?.session_expires_at.map(|at| at.timestamp()))
}

/// Seconds since the Unix epoch, from the browser's clock (`0` on the server, where the
/// warning never renders).
fn unix_now() -> i64 {
    #[cfg(any(feature = "hydrate", feature = "csr"))]
    {
        (js_sys::Date::now() / 1000.0) as i64
    }
    #[cfg(not(any(feature = "hydrate", feature = "csr")))]
    {
        0
    }
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
