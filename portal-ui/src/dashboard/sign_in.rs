//! Signing in and out, and the language switch (the only forms a visitor who is not
//! signed in may post).
//!
//! `POST /sign-in` asks the API (`POST /v1/dashboard/sessions`) and keeps the token it
//! answers in the dashboard's session cookie. One message for a wrong email and a wrong
//! password (the API gives one answer for both); a locked account says when to come
//! back; an account with TOTP asks for the code on a second pass (the password is
//! entered again: a page never carries it back).

use axum::{
    extract::{Extension, Query, State},
    response::{IntoResponse as _, Redirect, Response},
};
use http::{HeaderMap, StatusCode, header};
use leptos::prelude::*;
use paylera_shared::{ErrorCode, dashboard::SignInRequest};
use serde::Deserialize;

use super::{
    DashboardState, cookies,
    guard::form_field,
    layout,
    member::Member,
    texts::{self, DashboardText as D},
};
use crate::i18n::{Locale, t};

/// `GET /sign-in`'s query: why the visitor is here.
#[derive(Debug, Default, Deserialize)]
pub struct SignInQuery {
    /// `1`: a session ended (expired, signed out elsewhere, revoked).
    #[serde(default)]
    ended: Option<String>,
    /// `1`: just signed out.
    #[serde(default)]
    signed_out: Option<String>,
}

/// What the sign-in form shows besides its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Notice {
    None,
    Ended,
    SignedOut,
    Failed,
    Locked,
    TotpRequired,
    TotpInvalid,
    Unavailable,
}

/// `GET /sign-in`: the form (a browser with a session cookie goes home instead).
pub async fn show(headers: HeaderMap, Query(query): Query<SignInQuery>) -> Response {
    if cookies::session(&headers).is_some() && query.ended.is_none() {
        return Redirect::to("/").into_response();
    }
    let notice = match (query.ended.is_some(), query.signed_out.is_some()) {
        (true, _) => Notice::Ended,
        (_, true) => Notice::SignedOut,
        _ => Notice::None,
    };
    form_page(&headers, StatusCode::OK, notice, "")
}

/// `POST /sign-in`: email, password and, on the second pass, `totp_code`.
pub async fn submit(State(state): State<DashboardState>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let field = |name| form_field(&body, name).unwrap_or_default();
    let email = field("email").trim().to_owned();
    let totp_code = Some(field("totp_code").trim().to_owned()).filter(|code| !code.is_empty());
    let request = SignInRequest {
        email: email.clone(),
        password: field("password"),
        totp_code,
    };
    match state.upstream.client().sign_in(&request).await {
        Ok(session) => {
            let Some(cookie) = session.token.as_deref().and_then(cookies::set_session) else {
                tracing::error!("the API's sign-in answer had no usable token");
                return form_page(&headers, StatusCode::BAD_GATEWAY, Notice::Unavailable, &email);
            };
            let mut response = Redirect::to("/").into_response();
            response.headers_mut().append(header::SET_COOKIE, cookie);
            response
        }
        Err(error) => {
            let (status, notice) = match error.envelope().map(|envelope| envelope.error.code) {
                Some(ErrorCode::TotpRequired) => (StatusCode::UNAUTHORIZED, Notice::TotpRequired),
                Some(ErrorCode::TotpInvalid) => (StatusCode::UNAUTHORIZED, Notice::TotpInvalid),
                Some(ErrorCode::AccountLocked) => (StatusCode::TOO_MANY_REQUESTS, Notice::Locked),
                Some(ErrorCode::SignInFailed | ErrorCode::ParameterInvalid | ErrorCode::ParameterMissing) => {
                    (StatusCode::UNAUTHORIZED, Notice::Failed)
                }
                _ => {
                    tracing::warn!(%error, "the dashboard could not sign a member in");
                    (StatusCode::SERVICE_UNAVAILABLE, Notice::Unavailable)
                }
            };
            form_page(&headers, status, notice, &email)
        }
    }
}

/// `POST /sign-out`: ends the session at the API and deletes the cookie.
pub async fn sign_out(State(state): State<DashboardState>, Extension(member): Extension<Member>) -> Response {
    if let Err(error) = member.api(&state).sign_out().await {
        // The cookie goes anyway; the session ends by itself at the latest when idle.
        tracing::warn!(%error, "the API did not end the dashboard session");
    }
    let mut response = Redirect::to("/sign-in?signed_out=1").into_response();
    cookies::clear_session(response.headers_mut());
    response
}

/// `POST /language`: keeps the chosen language in a cookie and goes back where the
/// form was (a path of the dashboard only).
pub async fn choose_language(body: axum::body::Bytes) -> Response {
    let locale = form_field(&body, "locale").and_then(|tag| texts::supported(&tag));
    let back = form_field(&body, "back")
        .filter(|back| is_local_path(back))
        .unwrap_or_else(|| "/".to_owned());
    let mut response = Redirect::to(&back).into_response();
    if let Some(cookie) = locale.and_then(|locale| cookies::set_language(locale.tag())) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// A path of this server (`/…`, not `//host` nor `/\host`, no scheme).
fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && !path.chars().any(|c| c.is_control())
        && path.len() <= 512
}

/// The sign-in page with `notice`, the email kept.
fn form_page(headers: &HeaderMap, status: StatusCode, notice: Notice, email: &str) -> Response {
    let email = email.to_owned();
    layout::public_page(headers, status, D::SignInHeading, "/sign-in", move |locale, csrf| {
        sign_in_form(locale, notice, csrf, email)
    })
}

fn sign_in_form(locale: Locale, notice: Notice, csrf: String, email: String) -> AnyView {
    let message = match notice {
        Notice::None => None,
        Notice::Ended => Some(("status", D::SessionEnded)),
        Notice::SignedOut => Some(("status", D::SignedOut)),
        Notice::Failed => Some(("alert", D::SignInFailed)),
        Notice::Locked => Some(("alert", D::AccountLocked)),
        Notice::TotpRequired => Some(("status", D::TotpRequired)),
        Notice::TotpInvalid => Some(("alert", D::TotpInvalid)),
        Notice::Unavailable => Some(("alert", D::UnavailableText)),
    };
    let asks_code = matches!(notice, Notice::TotpRequired | Notice::TotpInvalid);
    let message = message.map(|(role, text)| {
        let class = if role == "alert" {
            "message message--error"
        } else {
            "message"
        };
        view! { <p class=class role=role data-notice=format!("{notice:?}")>{t(locale, text)}</p> }
    });
    view! {
        <section class="card narrow" aria-labelledby="sign-in-heading">
            <p class="eyebrow">{t(locale, D::Product)}</p>
            <h1 id="sign-in-heading">{t(locale, D::SignInHeading)}</h1>
            {message}
            <form method="post" action="/sign-in" class="stack">
                <input type="hidden" name="csrf" value=csrf/>
                <div class="field">
                    <label for="email">{t(locale, D::EmailLabel)}</label>
                    <input id="email" name="email" type="email" autocomplete="username" required value=email/>
                </div>
                <div class="field">
                    <label for="password">{t(locale, D::PasswordLabel)}</label>
                    <input
                        id="password"
                        name="password"
                        type="password"
                        autocomplete="current-password"
                        required
                        maxlength="128"
                    />
                </div>
                {asks_code
                    .then(|| {
                        view! {
                            <div class="field">
                                <label for="totp_code">{t(locale, D::TotpLabel)}</label>
                                <input
                                    id="totp_code"
                                    name="totp_code"
                                    inputmode="numeric"
                                    autocomplete="one-time-code"
                                    pattern="[0-9]{6}"
                                    maxlength="6"
                                    required
                                    aria-describedby="totp-hint"
                                />
                                <p id="totp-hint" class="field__hint">{t(locale, D::TotpHint)}</p>
                            </div>
                        }
                    })}
                <button type="submit" class="button">{t(locale, D::SignInButton)}</button>
            </form>
            <p class="field__hint">{t(locale, D::SignInHelp)}</p>
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn the_language_switch_goes_back_only_to_a_path_of_the_dashboard() {
        assert!(is_local_path("/settings/portal?configuration=bpc_1"));
        for foreign in [
            "//evil.example/",
            "/\\evil.example",
            "https://evil.example/",
            "",
            "/a\nb",
        ] {
            assert!(!is_local_path(foreign), "{foreign:?}");
        }
    }
}
