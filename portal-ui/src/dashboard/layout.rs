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
    PortalSettings,
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
                                <a href="/settings/portal" aria-current=current(Nav::PortalSettings)>
                                    {t(locale, D::NavPortalSettings)}
                                </a>
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
