//! API keys: the tenant's secret keys (test and live) by name and hint; create one,
//! roll one (a successor, the old key working on for the chosen overlap) or revoke
//! one. A new secret is shown once, in the page that answers the post that made it.
//! Only team members manage keys (a key cannot make keys, ADR 0014); viewers only see
//! the list.

use axum::{
    body::Bytes,
    extract::{Extension, Query, State},
    response::{IntoResponse as _, Redirect, Response},
};
use leptos::prelude::*;
use paylera_shared::{
    api_key::{ApiKey, CreateApiKeyRequest, KeyMode, RollApiKeyRequest},
    ids::ApiKeyId,
};
use serde::Deserialize;

use super::{
    DashboardState,
    guard::{PathId, form_field},
    layout::{self, Frame, Nav, secret_once, table, when},
    member::Member,
    overlap,
    texts::DashboardText as D,
};
use crate::i18n::{Locale, t, t_with};
use crate::server::csrf::mask;

/// `?revoked=1`.
#[derive(Debug, Default, Deserialize)]
pub struct Done {
    #[serde(default)]
    revoked: Option<String>,
}

/// A key made by the post this page answers, its secret shown once.
struct Made {
    label: D,
    key: ApiKey,
}

/// `GET /api-keys`.
pub async fn list(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    Query(done): Query<Done>,
) -> Response {
    let notice = done.revoked.is_some().then_some(D::KeyRevoked);
    page(&state, &member, None, notice).await
}

/// `POST /api-keys`: `mode`, `name`.
pub async fn create(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    body: Bytes,
) -> Response {
    let params = CreateApiKeyRequest {
        mode: form_field(&body, "mode")
            .and_then(|mode| KeyMode::parse(&mode))
            .unwrap_or(KeyMode::Test),
        name: form_field(&body, "name")
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty()),
    };
    let made = member.api(&state).create_api_key(&params).await;
    made_page(&state, &member, D::KeyCreated, made).await
}

/// `POST /api-keys/{id}/roll`: `overlap_seconds`, one of the offered overlaps (`overlap`).
pub async fn roll(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<ApiKeyId>,
    body: Bytes,
) -> Response {
    let overlap = overlap::posted(&body);
    let params = RollApiKeyRequest {
        overlap_seconds: overlap,
    };
    let made = member.api(&state).roll_api_key(&id, &params).await;
    made_page(&state, &member, D::KeyRolled, made).await
}

/// `POST /api-keys/{id}/revoke`.
pub async fn revoke(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<ApiKeyId>,
) -> Response {
    match member.api(&state).revoke_api_key(&id).await {
        Ok(_) => Redirect::to("/api-keys?revoked=1").into_response(),
        Err(error) => layout::api_failure(member.locale, &error),
    }
}

/// The list with the key the API just made (its secret shown once), or the failure.
async fn made_page(
    state: &DashboardState,
    member: &Member,
    label: D,
    made: Result<ApiKey, paylera_shared::client::ClientError>,
) -> Response {
    match made {
        Ok(key) => page(state, member, Some(Made { label, key }), None).await,
        Err(error) => layout::api_failure(member.locale, &error),
    }
}

async fn page(state: &DashboardState, member: &Member, made: Option<Made>, notice: Option<D>) -> Response {
    let locale = member.locale;
    let keys = match member.api(state).list_api_keys().await {
        Ok(list) => list.data,
        Err(error) => return layout::api_failure(locale, &error),
    };
    let csrf = mask(&member.csrf);
    let writable = member.can_write();
    layout::page(
        Frame {
            locale,
            title: t(locale, D::NavApiKeys).to_owned(),
            nav: Nav::ApiKeys,
            member: Some(member),
            csrf: Some(&member.csrf),
            path: "/api-keys",
        },
        move || keys_view(locale, keys, made, notice, csrf, writable),
    )
    .into_response()
}

fn keys_view(
    locale: Locale,
    keys: Vec<ApiKey>,
    made: Option<Made>,
    notice: Option<D>,
    csrf: String,
    writable: bool,
) -> AnyView {
    let secret = made.and_then(|Made { label, key }| {
        let secret = key.secret?;
        let name = key.name.unwrap_or_else(|| key.hint.clone());
        Some(secret_once(locale, t_with(locale, label, &[("name", &name)]), secret))
    });
    let notice = notice.map(|text| view! { <p class="message" role="status">{t(locale, text)}</p> });
    let rows = keys
        .into_iter()
        .map(|key| {
            let id = key.id.to_string();
            let ended = key.revoked_at.is_some();
            let expires = match (key.revoked_at, key.expires_at) {
                (Some(at), _) => t_with(locale, D::KeyRevokedAt, &[("when", &when(locale, at))]),
                (None, Some(at)) => t_with(locale, D::KeyExpiresAt, &[("when", &when(locale, at))]),
                (None, None) => "—".to_owned(),
            };
            let mode = t(
                locale,
                match key.mode {
                    KeyMode::Test => D::ModeTest,
                    KeyMode::Live => D::ModeLive,
                },
            );
            let name = key.name.clone().unwrap_or_default();
            let forms = (writable && !ended && key.expires_at.is_none()).then(|| {
                let overlaps = overlap::options(locale);
                let select_id = format!("overlap-{id}");
                let label = if name.is_empty() { key.hint.clone() } else { name.clone() };
                view! {
                    <form method="post" action=format!("/api-keys/{id}/roll") class="inline-form">
                        <input type="hidden" name="csrf" value=csrf.clone()/>
                        <label for=select_id.clone()>{t(locale, D::OverlapLabel)}</label>
                        <select id=select_id name="overlap_seconds">{overlaps}</select>
                        <button type="submit" class="button button--secondary">
                            {t_with(locale, D::RollKey, &[("name", &label)])}
                        </button>
                    </form>
                    <form method="post" action=format!("/api-keys/{id}/revoke")>
                        <input type="hidden" name="csrf" value=csrf.clone()/>
                        <button type="submit" class="link-button">{t_with(locale, D::RevokeKey, &[("name", &label)])}</button>
                    </form>
                }
            });
            view! {
                <tr data-key=id.clone() data-mode=key.mode.as_str()>
                    <td>{name}</td>
                    <td>{mode}</td>
                    <td>
                        <code>{key.hint.clone()}</code>
                    </td>
                    <td>{when(locale, key.created)}</td>
                    <td>{expires}</td>
                    <td class="key-actions">{forms}</td>
                </tr>
            }
        })
        .collect_view();
    let create = writable.then(|| {
        view! {
            <form method="post" action="/api-keys" class="card stack" aria-labelledby="new-key">
                <h2 id="new-key">{t(locale, D::NewKeyHeading)}</h2>
                <input type="hidden" name="csrf" value=csrf.clone()/>
                <div class="field">
                    <label for="key-name">{t(locale, D::KeyNameLabel)}</label>
                    <input id="key-name" name="name" maxlength="100"/>
                </div>
                <div class="field">
                    <label for="key-mode">{t(locale, D::KeyModeLabel)}</label>
                    <select id="key-mode" name="mode">
                        <option value="test">{t(locale, D::ModeTest)}</option>
                        <option value="live">{t(locale, D::ModeLive)}</option>
                    </select>
                </div>
                <button type="submit" class="button">{t(locale, D::CreateKey)}</button>
            </form>
        }
    });
    view! {
        <h1>{t(locale, D::NavApiKeys)}</h1>
        <p class="lead">{t(locale, D::ApiKeysLead)}</p>
        {secret}
        {notice}
        {table(
            locale,
            "card keys",
            &[
                Some(D::KeyNameLabel),
                Some(D::KeyModeLabel),
                Some(D::KeyHintColumn),
                Some(D::KeyCreatedColumn),
                Some(D::KeyEndsColumn),
                None,
            ],
            rows.into_any(),
        )}
        {create}
    }
    .into_any()
}
