//! The dashboard's page frame: the document, the header (tenant, test mode, the
//! navigation, the member and "Sign out"), `<main>`, and the language switch. Pages
//! are rendered to HTML on the server with Leptos's `view!` (escaped like the
//! portal's); no page loads WASM.

use axum::response::{Html, IntoResponse as _, Response};
use http::{HeaderMap, StatusCode, header};
use leptos::prelude::*;
use paylera_shared::dashboard::Role;

use super::member::Member;
use super::texts::{DashboardText as D, LOCALES};
use crate::i18n::{Locale, t};
use crate::server::csrf::mask;
use paylera_shared::html::escape;

/// Where a page sits in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Home,
    Customers,
    PortalSessions,
    PortalSettings,
    Webhooks,
    Events,
    ApiKeys,
    Team,
    /// Sign-in and error pages: no navigation.
    Outside,
}

/// What the frame of one page shows.
pub struct Frame<'a> {
    pub locale: Locale,
    /// The page's own title (the document's is "{title} · Paylera").
    pub title: String,
    pub nav: Nav,
    /// Signed in: the header names the member and offers "Sign out".
    pub member: Option<&'a Member>,
    /// The CSRF token of the page's forms (the language switch's too); `None`: no
    /// language switch (error pages).
    pub csrf: Option<&'a str>,
    /// Where the language switch comes back to.
    pub path: &'a str,
}

/// A whole page: `body` inside the frame.
pub fn page(frame: Frame<'_>, body: impl FnOnce() -> AnyView) -> Html<String> {
    let Frame {
        locale,
        title,
        nav,
        member,
        csrf,
        path,
    } = frame;
    let header_member = member.map(|member| {
        let session = &member.session;
        (
            session.tenant_name.clone(),
            session.member.email.clone(),
            role_text(locale, session.member.role),
            mask(&member.csrf),
        )
    });
    let language_csrf = csrf.map(mask);
    let path = path.to_owned();
    let html = Owner::new().with(|| {
        provide_context(locale);
        let current = move |item: Nav| (item == nav).then_some("page");
        let header = header_member.map(|(tenant, email, role, csrf)| {
            view! {
                <header class="top">
                    <p class="top__brand">
                        <span class="top__product">{t(locale, D::Product)}</span>
                        <span class="top__tenant" data-tenant="true">{tenant}</span>
                        <span class="badge badge--test" title=t(locale, D::TestModeHint)>{t(locale, D::TestMode)}</span>
                    </p>
                    <nav aria-label=t(locale, D::NavLabel)>
                        <ul>
                            <li>
                                <a href="/" aria-current=current(Nav::Home)>{t(locale, D::NavHome)}</a>
                            </li>
                            <li>
                                <a href="/customers" aria-current=current(Nav::Customers)>{t(locale, D::NavCustomers)}</a>
                            </li>
                            <li>
                                <a href="/portal-sessions" aria-current=current(Nav::PortalSessions)>
                                    {t(locale, D::NavPortalSessions)}
                                </a>
                            </li>
                            <li>
                                <a href="/settings/portal" aria-current=current(Nav::PortalSettings)>
                                    {t(locale, D::NavPortalSettings)}
                                </a>
                            </li>
                            <li>
                                <a href="/webhooks" aria-current=current(Nav::Webhooks)>{t(locale, D::NavWebhooks)}</a>
                            </li>
                            <li>
                                <a href="/events" aria-current=current(Nav::Events)>{t(locale, D::NavEvents)}</a>
                            </li>
                            <li>
                                <a href="/api-keys" aria-current=current(Nav::ApiKeys)>{t(locale, D::NavApiKeys)}</a>
                            </li>
                            <li>
                                <a href="/team" aria-current=current(Nav::Team)>{t(locale, D::NavTeam)}</a>
                            </li>
                        </ul>
                    </nav>
                    <div class="top__account">
                        <span data-member=email.clone()>{email.clone()} " · " {role}</span>
                        <form method="post" action="/sign-out">
                            <input type="hidden" name="csrf" value=csrf/>
                            <button type="submit" class="link-button">{t(locale, D::SignOut)}</button>
                        </form>
                    </div>
                </header>
            }
        });
        let languages = language_csrf.map(|csrf| {
            let options = LOCALES
                .iter()
                .map(|option| {
                    view! {
                        <option value=option.tag() selected=*option == locale>{option.native_name()}</option>
                    }
                })
                .collect_view();
            view! {
                <form class="language" method="post" action="/language">
                    <input type="hidden" name="csrf" value=csrf/>
                    <input type="hidden" name="back" value=path.clone()/>
                    <label for="language">{t(locale, D::LanguageLabel)}</label>
                    <select id="language" name="locale">{options}</select>
                    <button type="submit" class="button button--secondary">{t(locale, D::LanguageApply)}</button>
                </form>
            }
        });
        view! {
            <body>
                <a class="skip-link" href="#main">{t(locale, D::SkipLink)}</a>
                {header}
                <main id="main" tabindex="-1">{body()}</main>
                <footer class="bottom">{languages}</footer>
            </body>
        }
        .to_html()
    });
    // The head is written by hand: `<title>` holds raw text, where the render's
    // hydration markers (`<!>`) would show.
    let title = escape(&format!("{title} · {}", t(locale, D::Product)));
    Html(format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex, nofollow\"><title>{title}</title>\
         <link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/assets/dashboard.css\">\
         <script src=\"/assets/dashboard.js\" defer></script></head>{html}</html>",
        lang = locale.tag()
    ))
}

/// A page for a visitor who is not signed in (sign-in, invitation): its forms carry
/// the dashboard's CSRF token, which a first visit gets as a new cookie. `body` gets
/// the token, masked for this response.
pub fn public_page(
    headers: &HeaderMap,
    status: StatusCode,
    title: D,
    path: &str,
    body: impl FnOnce(Locale, String) -> AnyView,
) -> Response {
    let locale = super::texts::locale_of(headers);
    let (csrf, new_cookie) = super::cookies::csrf_or_new(headers);
    let masked = mask(&csrf);
    let html = page(
        Frame {
            locale,
            title: t(locale, title).to_owned(),
            nav: Nav::Outside,
            member: None,
            csrf: Some(&csrf),
            path,
        },
        move || body(locale, masked),
    );
    let mut response = (status, html).into_response();
    if let Some(cookie) = new_cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// A page that only says what went wrong, with `status`.
pub fn problem(locale: Locale, status: StatusCode, heading: D, text: D) -> Response {
    let html = page(
        Frame {
            locale,
            title: t(locale, heading).to_owned(),
            nav: Nav::Outside,
            member: None,
            csrf: None,
            path: "/",
        },
        || {
            view! {
                <section class="card narrow" data-problem="true">
                    <h1>{t(locale, heading)}</h1>
                    <p>{t(locale, text)}</p>
                    <p>
                        <a href="/">{t(locale, D::BackHome)}</a>
                    </p>
                </section>
            }
            .into_any()
        },
    );
    (status, html).into_response()
}

/// A moment as the team reads it: the date in the page's language, the time in UTC.
pub fn when(locale: Locale, at: chrono::DateTime<chrono::Utc>) -> String {
    use chrono::Datelike as _;
    let day = at.date_naive();
    format!(
        "{} {}",
        crate::i18n::format::date(locale, day.year(), day.month(), day.day()),
        at.format("%H:%M UTC")
    )
}

/// A secret the API shows once (a new key, a webhook signing secret): in the page that
/// answered the post that made it, never in a URL, with the advice to keep it now.
pub fn secret_once(locale: Locale, label: String, secret: String) -> AnyView {
    view! {
        <section class="card secret" aria-labelledby="secret-heading" data-secret-once="true">
            <h2 id="secret-heading">{label}</h2>
            <p>
                <code class="secret__value" data-secret="true">{secret}</code>
            </p>
            <p class="field__hint">{t(locale, D::SecretOnceHint)}</p>
        </section>
    }
    .into_any()
}

/// The page for an API call that failed: `403` (the member's role) says so; a `404`
/// is the not-found page; anything else, that the dashboard could not reach Paylera
/// (the cause goes to the log).
pub fn api_failure(locale: Locale, error: &paylera_shared::client::ClientError) -> Response {
    match error.status() {
        Some(403) => problem(locale, StatusCode::FORBIDDEN, D::ForbiddenHeading, D::ForbiddenText),
        Some(404) => problem(locale, StatusCode::NOT_FOUND, D::NotFoundHeading, D::NotFoundText),
        _ => {
            tracing::warn!(%error, "a dashboard page could not load from the API");
            problem(
                locale,
                StatusCode::SERVICE_UNAVAILABLE,
                D::UnavailableHeading,
                D::UnavailableText,
            )
        }
    }
}

/// A page of a list (customers, portal sessions, events): its heading and lead, the
/// `GET` form that searches or filters it, a word when it is empty, the table, and
/// "Next page".
pub struct Listing {
    pub nav: Nav,
    /// The heading, the navigation's name for the page.
    pub title: D,
    pub lead: D,
    /// The list's address (the form's action, where the language switch returns).
    pub path: &'static str,
    /// The form's fields and button (the form itself is drawn here).
    pub form: AnyView,
    /// What to say when nothing is listed.
    pub none: D,
    pub empty: bool,
    pub table: AnyView,
    /// The next page's address, when there is one.
    pub next: Option<String>,
}

/// A whole [`Listing`] page for `member`.
pub fn listing(member: &Member, listing: Listing) -> Html<String> {
    let locale = member.locale;
    let Listing {
        nav,
        title,
        lead,
        path,
        form,
        none,
        empty,
        table,
        next,
    } = listing;
    page(
        Frame {
            locale,
            title: t(locale, title).to_owned(),
            nav,
            member: Some(member),
            csrf: Some(&member.csrf),
            path,
        },
        move || {
            view! {
                <h1>{t(locale, title)}</h1>
                <p class="lead">{t(locale, lead)}</p>
                <form method="get" action=path class="card inline-form">{form}</form>
                {if empty {
                    view! { <p class="card" role="status">{t(locale, none)}</p> }.into_any()
                } else {
                    table
                }}
                {next_page(locale, next)}
            }
            .into_any()
        },
    )
}

/// A filter of a [`Listing`]: a labelled `<select>` whose first option (`all`, value
/// `all`) lists everything, then one option per `(value, label)` of `choices`, the
/// `selected` one marked; and the button.
pub fn filter_fields(
    locale: Locale,
    name: &'static str,
    label: D,
    all: D,
    choices: impl IntoIterator<Item = (&'static str, &'static str)>,
    selected: Option<&'static str>,
) -> AnyView {
    let options = std::iter::once(("all", t(locale, all)))
        .chain(choices)
        .map(|(value, text)| {
            let chosen = selected.unwrap_or("all") == value;
            view! { <option value=value selected=chosen>{text}</option> }
        })
        .collect_view();
    view! {
        <label for=name>{t(locale, label)}</label>
        <select id=name name=name>{options}</select>
        <button type="submit" class="button button--secondary">{t(locale, D::Filter)}</button>
    }
    .into_any()
}

/// The address of the page after one whose last row is `last`, when `has_more`: `path`
/// with the page's own `params` and `starting_after`.
pub fn next_href(path: &str, params: &[(&str, &str)], has_more: bool, last: Option<String>) -> Option<String> {
    let last = last.filter(|_| has_more)?;
    let query = params
        .iter()
        .copied()
        .chain(std::iter::once(("starting_after", last.as_str())));
    Some(format!(
        "{path}?{}",
        serde_urlencoded::to_string(query.collect::<Vec<_>>()).ok()?
    ))
}

/// "Next page" to `href`, when there is one (lists are newest first; the first page
/// is the list's own address).
pub fn next_page(locale: Locale, href: Option<String>) -> Option<AnyView> {
    href.map(|href| {
        view! {
            <p class="pager">
                <a href=href rel="next">{t(locale, D::NextPage)}</a>
            </p>
        }
        .into_any()
    })
}

/// A table that scrolls sideways in its own box on a narrow screen: a header per
/// column (`None`: the actions column, named for screen readers only), then `rows`.
pub fn table(locale: Locale, class: &'static str, columns: &[Option<D>], rows: AnyView) -> AnyView {
    let headers = columns
        .iter()
        .map(|column| match column {
            Some(text) => view! { <th scope="col">{t(locale, *text)}</th> }.into_any(),
            None => view! {
                <th scope="col">
                    <span class="visually-hidden">{t(locale, D::ActionsColumn)}</span>
                </th>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class=class>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A role as the team reads it.
pub fn role_text(locale: Locale, role: Role) -> &'static str {
    t(
        locale,
        match role {
            Role::Owner => D::RoleOwner,
            Role::Admin => D::RoleAdmin,
            Role::Viewer => D::RoleViewer,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_page_keeps_the_filters_and_starts_after_the_last_row() {
        assert_eq!(
            next_href("/customers", &[("q", "a b&c")], false, Some("cus_9".into())),
            None
        );
        assert_eq!(next_href("/customers", &[("q", "")], true, None), None);
        assert_eq!(
            next_href("/customers", &[("q", "ada+1@example.com")], true, Some("cus_9".into())).as_deref(),
            Some("/customers?q=ada%2B1%40example.com&starting_after=cus_9")
        );
    }
}
