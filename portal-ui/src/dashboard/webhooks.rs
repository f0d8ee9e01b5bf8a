//! Webhooks: the endpoints, each with its delivery log, "Resend", "Send test event" and
//! secret rotation. A new or rotated signing secret is shown once, in the page that
//! answers the post that made it (never in a URL).
//!
//! | route | what it does |
//! |-------|--------------|
//! | `GET /webhooks` | the endpoints, and a form to add one (all events) |
//! | `POST /webhooks` | `POST /v1/webhook_endpoints`; the new endpoint with its secret |
//! | `GET /webhooks/{id}` | the endpoint and its delivery log |
//! | `POST /webhooks/{id}/test` | `POST /v1/webhook_endpoints/{id}/test`, then the endpoint |
//! | `POST /webhooks/{id}/rotate` | `POST …/rotate_secret` with the chosen overlap; the new secret |
//! | `POST /webhooks/{id}/resend` | `POST …/resend` of one event of the log |

use axum::{
    body::Bytes,
    extract::{Extension, Query, State},
    response::{IntoResponse as _, Redirect, Response},
};
use http::StatusCode;
use leptos::prelude::*;
use paylera_shared::{
    ids::WebhookEndpointId,
    list::ListParams,
    webhook::{
        CreateWebhookEndpointRequest, ResendWebhookRequest, RotateWebhookSecretRequest, WebhookAttempt,
        WebhookEndpoint, WebhookEndpointStatus,
    },
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

/// `?sent=evt_…` / `?resent=evt_…`: what the last action did.
#[derive(Debug, Default, Deserialize)]
pub struct Done {
    #[serde(default)]
    sent: Option<String>,
    #[serde(default)]
    resent: Option<String>,
}

/// `GET /webhooks`.
pub async fn list(State(state): State<DashboardState>, Extension(member): Extension<Member>) -> Response {
    list_page(&state, &member, None, StatusCode::OK).await
}

/// `POST /webhooks`: `url`, `description`; every event.
pub async fn create(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    body: Bytes,
) -> Response {
    let params = CreateWebhookEndpointRequest {
        url: form_field(&body, "url").unwrap_or_default().trim().to_owned(),
        enabled_events: vec!["*".to_owned()],
        description: form_field(&body, "description")
            .map(|d| d.trim().to_owned())
            .filter(|d| !d.is_empty()),
    };
    match member.api(&state).create_webhook_endpoint(&params).await {
        Ok(endpoint) => endpoint_page(&state, &member, endpoint, Notice::Created, StatusCode::OK).await,
        Err(error) => match error.envelope().filter(|_| error.status() == Some(400)) {
            Some(envelope) => {
                let message = envelope.error.message.clone();
                list_page(&state, &member, Some(message), StatusCode::BAD_REQUEST).await
            }
            None => layout::api_failure(member.locale, &error),
        },
    }
}

/// `GET /webhooks/{id}`.
pub async fn show(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<WebhookEndpointId>,
    Query(done): Query<Done>,
) -> Response {
    match member.api(&state).retrieve_webhook_endpoint(&id).await {
        Ok(endpoint) => {
            let notice = match (done.sent, done.resent) {
                (Some(event), _) => Notice::TestSent(event),
                (None, Some(event)) => Notice::Resent(event),
                (None, None) => Notice::None,
            };
            endpoint_page(&state, &member, endpoint, notice, StatusCode::OK).await
        }
        Err(error) => layout::api_failure(member.locale, &error),
    }
}

/// `POST /webhooks/{id}/test`.
pub async fn send_test(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<WebhookEndpointId>,
) -> Response {
    match member.api(&state).send_test_event(&id).await {
        Ok(delivery) => Redirect::to(&format!("/webhooks/{id}?sent={}", delivery.event)).into_response(),
        Err(error) => layout::api_failure(member.locale, &error),
    }
}

/// `POST /webhooks/{id}/resend`: `event`.
pub async fn resend(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<WebhookEndpointId>,
    body: Bytes,
) -> Response {
    let params = ResendWebhookRequest {
        event: form_field(&body, "event").unwrap_or_default(),
    };
    match member.api(&state).resend_webhook(&id, &params).await {
        Ok(delivery) => Redirect::to(&format!("/webhooks/{id}?resent={}", delivery.event)).into_response(),
        Err(error) => layout::api_failure(member.locale, &error),
    }
}

/// `POST /webhooks/{id}/rotate`: `overlap_seconds`, one of the offered overlaps (`overlap`).
pub async fn rotate(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<WebhookEndpointId>,
    body: Bytes,
) -> Response {
    let overlap = overlap::posted(&body).and_then(|seconds| u64::try_from(seconds).ok());
    let params = RotateWebhookSecretRequest {
        overlap_seconds: overlap,
    };
    match member.api(&state).rotate_webhook_secret(&id, &params).await {
        Ok(endpoint) => endpoint_page(&state, &member, endpoint, Notice::Rotated, StatusCode::OK).await,
        Err(error) => layout::api_failure(member.locale, &error),
    }
}

/// What the endpoint's page says first.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Notice {
    None,
    /// Just created: its secret is shown.
    Created,
    /// Just rotated: the new secret is shown.
    Rotated,
    TestSent(String),
    Resent(String),
}

async fn list_page(state: &DashboardState, member: &Member, refused: Option<String>, status: StatusCode) -> Response {
    let locale = member.locale;
    let endpoints = match member.api(state).list_webhook_endpoints(&ListParams::limit(100)).await {
        Ok(list) => list.data,
        Err(error) => return layout::api_failure(locale, &error),
    };
    let csrf = mask(&member.csrf);
    let writable = member.can_write();
    let html = layout::page(
        Frame {
            locale,
            title: t(locale, D::NavWebhooks).to_owned(),
            nav: Nav::Webhooks,
            member: Some(member),
            csrf: Some(&member.csrf),
            path: "/webhooks",
        },
        move || {
            let rows = endpoints
                .into_iter()
                .map(|endpoint| {
                    let href = format!("/webhooks/{}", endpoint.id);
                    let status = status_text(locale, endpoint.status);
                    view! {
                        <tr data-endpoint=endpoint.id.clone()>
                            <td>
                                <a href=href>{endpoint.url.clone()}</a>
                            </td>
                            <td>{endpoint.description.clone().unwrap_or_default()}</td>
                            <td>{status}</td>
                            <td>{endpoint.enabled_events.join(", ")}</td>
                        </tr>
                    }
                })
                .collect_view();
            let add = writable.then(|| {
                let error = refused.map(|message| {
                    view! { <p class="field__error" id="url-error" role="alert">{message}</p> }
                });
                view! {
                    <form method="post" action="/webhooks" class="card stack" aria-labelledby="add-endpoint">
                        <h2 id="add-endpoint">{t(locale, D::AddEndpointHeading)}</h2>
                        <input type="hidden" name="csrf" value=csrf/>
                        <div class="field">
                            <label for="url">{t(locale, D::EndpointUrlLabel)}</label>
                            <input id="url" name="url" type="url" required maxlength="2048" placeholder="https://"/>
                            {error}
                        </div>
                        <div class="field">
                            <label for="description">{t(locale, D::EndpointDescriptionLabel)}</label>
                            <input id="description" name="description" maxlength="500"/>
                        </div>
                        <p class="field__hint">{t(locale, D::EndpointAllEvents)}</p>
                        <button type="submit" class="button">{t(locale, D::AddEndpoint)}</button>
                    </form>
                }
            });
            view! {
                <h1>{t(locale, D::NavWebhooks)}</h1>
                <p class="lead">{t(locale, D::WebhooksLead)}</p>
                {table(
                    locale,
                    "card",
                    &[Some(D::EndpointUrlLabel), Some(D::EndpointDescriptionLabel), Some(D::StatusColumn), Some(D::EventsColumn)],
                    rows.into_any(),
                )}
                {add}
            }
            .into_any()
        },
    );
    (status, html).into_response()
}

async fn endpoint_page(
    state: &DashboardState,
    member: &Member,
    endpoint: WebhookEndpoint,
    notice: Notice,
    status: StatusCode,
) -> Response {
    let locale = member.locale;
    // The delivery log is the page's second half: an id that is not one (never, from
    // the API) or a failed read leaves it empty rather than losing the page.
    let attempts = match WebhookEndpointId::parse(&endpoint.id) {
        Ok(id) => member
            .api(state)
            .list_webhook_attempts(&id, &ListParams::limit(50))
            .await
            .map(|list| list.data)
            .unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    let csrf = mask(&member.csrf);
    let writable = member.can_write();
    let path = format!("/webhooks/{}", endpoint.id);
    let html = layout::page(
        Frame {
            locale,
            title: endpoint.url.clone(),
            nav: Nav::Webhooks,
            member: Some(member),
            csrf: Some(&member.csrf),
            path: &path,
        },
        move || endpoint_view(locale, endpoint, notice, attempts, csrf, writable),
    );
    (status, html).into_response()
}

fn endpoint_view(
    locale: Locale,
    endpoint: WebhookEndpoint,
    notice: Notice,
    attempts: Vec<WebhookAttempt>,
    csrf: String,
    writable: bool,
) -> AnyView {
    let secret = endpoint.secret.clone().and_then(|secret| {
        let label = match notice {
            Notice::Created => D::SigningSecretNew,
            Notice::Rotated => D::SigningSecretRotated,
            _ => return None,
        };
        Some(secret_once(locale, t(locale, label).to_owned(), secret))
    });
    let message = match &notice {
        Notice::TestSent(event) => Some(t_with(locale, D::TestEventSent, &[("event", event)])),
        Notice::Resent(event) => Some(t_with(locale, D::EventResent, &[("event", event)])),
        _ => None,
    };
    let message = message.map(|text| view! { <p class="message" role="status" data-notice="true">{text}</p> });
    let previous = endpoint
        .previous_secret_expires_at
        .map(|until| view! { <p class="field__hint">{t_with(locale, D::PreviousSecretUntil, &[("when", &when(locale, until))])}</p> });
    let action = |suffix: &str| format!("/webhooks/{}/{suffix}", endpoint.id);
    let actions = writable.then(|| {
        let overlaps = overlap::options(locale);
        view! {
            <div class="actions-row">
                <form method="post" action=action("test")>
                    <input type="hidden" name="csrf" value=csrf.clone()/>
                    <button type="submit" class="button">{t(locale, D::SendTestEvent)}</button>
                </form>
                <form method="post" action=action("rotate") class="inline-form">
                    <input type="hidden" name="csrf" value=csrf.clone()/>
                    <label for="overlap_seconds">{t(locale, D::OverlapLabel)}</label>
                    <select id="overlap_seconds" name="overlap_seconds">{overlaps}</select>
                    <button type="submit" class="button button--secondary">{t(locale, D::RotateSecret)}</button>
                </form>
            </div>
        }
    });
    let rows = attempts
        .into_iter()
        .map(|attempt| {
            let outcome = match (attempt.status_code, attempt.error.clone()) {
                (Some(code), _) => code.to_string(),
                (None, Some(error)) => error,
                (None, None) => "—".to_owned(),
            };
            let result = if attempt.success { D::AttemptSucceeded } else { D::AttemptFailed };
            let resend = writable.then(|| {
                view! {
                    <form method="post" action=action("resend")>
                        <input type="hidden" name="csrf" value=csrf.clone()/>
                        <input type="hidden" name="event" value=attempt.event.clone()/>
                        <button type="submit" class="link-button">
                            {t_with(locale, D::ResendEvent, &[("event", &attempt.event)])}
                        </button>
                    </form>
                }
            });
            view! {
                <tr data-attempt=attempt.id.clone() data-event=attempt.event.clone() data-success=attempt.success.to_string()>
                    <td>{when(locale, attempt.attempted_at)}</td>
                    <td>
                        <code>{attempt.event.clone()}</code>
                    </td>
                    <td>{t(locale, result)} " (" {outcome} ")"</td>
                    <td>{format!("{} ms", attempt.latency_ms)}</td>
                    <td>{resend}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p>
            <a href="/webhooks">{t(locale, D::BackToWebhooks)}</a>
        </p>
        <h1 class="break">{endpoint.url.clone()}</h1>
        {secret}
        {message}
        <dl class="facts">
            <div>
                <dt>{t(locale, D::StatusColumn)}</dt>
                <dd data-status=endpoint.status.as_str()>{status_text(locale, endpoint.status)}</dd>
            </div>
            <div>
                <dt>{t(locale, D::EventsColumn)}</dt>
                <dd>{endpoint.enabled_events.join(", ")}</dd>
            </div>
            <div>
                <dt>{t(locale, D::EndpointIdLabel)}</dt>
                <dd>
                    <code>{endpoint.id.clone()}</code>
                </dd>
            </div>
        </dl>
        {previous}
        {actions}
        <section class="card" aria-labelledby="attempts-heading">
            <h2 id="attempts-heading">{t(locale, D::DeliveryLog)}</h2>
            {table(
                locale,
                "attempts",
                &[Some(D::HistoryWhen), Some(D::EventColumn), Some(D::ResultColumn), Some(D::LatencyColumn), None],
                rows.into_any(),
            )}
        </section>
    }
    .into_any()
}

fn status_text(locale: Locale, status: WebhookEndpointStatus) -> &'static str {
    t(
        locale,
        match status {
            WebhookEndpointStatus::Enabled => D::EndpointEnabled,
            WebhookEndpointStatus::Disabled => D::EndpointDisabled,
        },
    )
}
