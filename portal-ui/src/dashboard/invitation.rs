//! `/invitations/{token}`: the link of an invitation (`paylera-api dashboard invite`,
//! or an owner's `POST /v1/dashboard/invitations`). The new member chooses a password
//! (and a name); the API checks its strength, makes the member and signs them in. The
//! token is a secret: its path is redacted in logs and sent on as no referrer
//! (`server::paths::holds_secret`).

use axum::{
    body::Bytes,
    extract::{Path, State},
    response::{IntoResponse as _, Redirect, Response},
};
use http::{HeaderMap, StatusCode, header};
use leptos::prelude::*;
use paylera_shared::{ErrorCode, dashboard::AcceptInvitationRequest};

use super::{DashboardState, cookies, guard::form_field, layout, texts::DashboardText as D};
use crate::i18n::{Locale, t};

/// `GET /invitations/{token}`: the form.
pub async fn show(headers: HeaderMap, Path(token): Path<String>) -> Response {
    page(&headers, &token, StatusCode::OK, None)
}

/// `POST /invitations/{token}`: `password`, `name`.
pub async fn accept(
    State(state): State<DashboardState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    body: Bytes,
) -> Response {
    let request = AcceptInvitationRequest {
        token: token.clone(),
        password: form_field(&body, "password").unwrap_or_default(),
        name: form_field(&body, "name")
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty()),
    };
    match state.upstream.client().accept_invitation(&request).await {
        Ok(session) => match session.token.as_deref().and_then(cookies::set_session) {
            Some(cookie) => {
                let mut response = Redirect::to("/").into_response();
                response.headers_mut().append(header::SET_COOKIE, cookie);
                response
            }
            None => Redirect::to("/sign-in").into_response(),
        },
        Err(error) => {
            let (status, text) = match error.envelope().map(|envelope| envelope.error.code) {
                Some(ErrorCode::PasswordTooWeak) => (StatusCode::BAD_REQUEST, D::PasswordTooWeak),
                Some(ErrorCode::InvitationInvalid | ErrorCode::ResourceMissing) => {
                    (StatusCode::NOT_FOUND, D::InvitationInvalid)
                }
                Some(ErrorCode::ParameterInvalid | ErrorCode::ParameterMissing) => {
                    (StatusCode::BAD_REQUEST, D::PasswordTooWeak)
                }
                _ => {
                    tracing::warn!(%error, "the dashboard could not accept an invitation");
                    (StatusCode::SERVICE_UNAVAILABLE, D::UnavailableText)
                }
            };
            page(&headers, &token, status, Some(text))
        }
    }
}

fn page(headers: &HeaderMap, token: &str, status: StatusCode, problem: Option<D>) -> Response {
    let action = format!("/invitations/{token}");
    let path = action.clone();
    layout::public_page(headers, status, D::InvitationHeading, &path, move |locale, csrf| {
        form(locale, csrf, action, problem)
    })
}

fn form(locale: Locale, csrf: String, action: String, problem: Option<D>) -> AnyView {
    view! {
        <section class="card narrow" aria-labelledby="invitation-heading">
            <p class="eyebrow">{t(locale, D::Product)}</p>
            <h1 id="invitation-heading">{t(locale, D::InvitationHeading)}</h1>
            <p>{t(locale, D::InvitationLead)}</p>
            {problem.map(|text| view! { <p class="message message--error" role="alert">{t(locale, text)}</p> })}
            <form method="post" action=action class="stack">
                <input type="hidden" name="csrf" value=csrf/>
                <div class="field">
                    <label for="name">{t(locale, D::YourNameLabel)}</label>
                    <input id="name" name="name" autocomplete="name" maxlength="100"/>
                </div>
                <div class="field">
                    <label for="password">{t(locale, D::NewPasswordLabel)}</label>
                    <input
                        id="password"
                        name="password"
                        type="password"
                        autocomplete="new-password"
                        required
                        minlength="12"
                        maxlength="128"
                        aria-describedby="password-hint"
                    />
                    <p id="password-hint" class="field__hint">{t(locale, D::NewPasswordHint)}</p>
                </div>
                <button type="submit" class="button">{t(locale, D::AcceptInvitation)}</button>
            </form>
        </section>
    }
    .into_any()
}
