//! The dashboard's home: who is signed in, for which business, and where to go.

use axum::{
    extract::Extension,
    response::{IntoResponse as _, Response},
};
use http::{HeaderMap, StatusCode};
use leptos::prelude::*;

use super::{
    layout::{self, Frame, Nav, role_text},
    member::Member,
    texts::{self, DashboardText as D},
};
use crate::i18n::{t, t_with};

/// `GET /`.
pub async fn show(Extension(member): Extension<Member>) -> Response {
    let locale = member.locale;
    let session = member.session.clone();
    let greeting = t_with(
        locale,
        D::HomeGreeting,
        &[("name", session.member.name.as_deref().unwrap_or(&session.member.email))],
    );
    let role = role_text(locale, session.member.role);
    let tenant = session.tenant_name.clone();
    layout::page(
        Frame {
            locale,
            title: t(locale, D::NavHome).to_owned(),
            nav: Nav::Home,
            member: Some(&member),
            csrf: Some(&member.csrf),
            path: "/",
        },
        move || {
            view! {
                <h1>{greeting}</h1>
                <p class="lead">{t_with(locale, D::HomeLead, &[("business", &tenant), ("role", role)])}</p>
                <ul class="tiles">
                    <li class="card tile">
                        <h2>
                            <a href="/settings/portal">{t(locale, D::NavPortalSettings)}</a>
                        </h2>
                        <p>{t(locale, D::HomePortalSettings)}</p>
                    </li>
                </ul>
            }
            .into_any()
        },
    )
    .into_response()
}

/// Any path the dashboard does not serve.
pub async fn not_found(headers: HeaderMap) -> Response {
    layout::problem(
        texts::locale_of(&headers),
        StatusCode::NOT_FOUND,
        D::NotFoundHeading,
        D::NotFoundText,
    )
}
