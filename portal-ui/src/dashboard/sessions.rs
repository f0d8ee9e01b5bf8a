//! Portal sessions: the newest first, each with its status and what the customer did
//! in it (the summary `portal.session.completed` carries), from
//! `GET /v1/portal/sessions`.
//!
//! | route | what it does |
//! |-------|--------------|
//! | `GET /portal-sessions[?status=…&starting_after=ps_…]` | a page of sessions, optionally in one state |

use axum::{
    extract::{Extension, Query, State},
    response::{IntoResponse as _, Response},
};
use leptos::prelude::*;
use paylera_shared::{
    ids::PortalSessionId,
    list::ListParams,
    portal::{PortalSession, PortalSessionFilter, PortalSessionStatus},
};
use serde::Deserialize;

use super::{
    DashboardState,
    layout::{self, Listing, Nav, table, when},
    member::Member,
    texts::DashboardText as D,
};
use crate::i18n::{Locale, t};

/// How many sessions a page shows.
const PAGE_ROWS: u32 = 25;

/// `?status=…&starting_after=ps_…`.
#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    starting_after: Option<String>,
}

/// `GET /portal-sessions`.
pub async fn list(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    Query(filter): Query<Filter>,
) -> Response {
    let locale = member.locale;
    // A status that is none ("all", or a hand-typed word) lists every session.
    let status = filter.status.as_deref().and_then(|status| status.parse().ok());
    let page = ListParams {
        starting_after: filter
            .starting_after
            .filter(|after| after.parse::<PortalSessionId>().is_ok()),
        ..ListParams::limit(PAGE_ROWS)
    };
    let sessions = match member
        .api(&state)
        .list_portal_sessions(&PortalSessionFilter { customer: None, status }, &page)
        .await
    {
        Ok(sessions) => sessions,
        Err(error) => return layout::api_failure(locale, &error),
    };
    let next = layout::next_href(
        "/portal-sessions",
        &[("status", status.map_or("all", PortalSessionStatus::as_str))],
        sessions.has_more,
        sessions.data.last().map(|last| last.id.clone()),
    );
    let empty = sessions.data.is_empty();
    let rows = rows(locale, sessions.data, true);
    layout::listing(
        &member,
        Listing {
            nav: Nav::PortalSessions,
            title: D::NavPortalSessions,
            lead: D::SessionsLead,
            path: "/portal-sessions",
            form: layout::filter_fields(
                locale,
                "status",
                D::StatusColumn,
                D::AllStatuses,
                PortalSessionStatus::ALL
                    .iter()
                    .map(|status| (status.as_str(), status_text(locale, *status))),
                status.map(PortalSessionStatus::as_str),
            ),
            none: D::NoneYet,
            empty,
            table: rows,
            next,
        },
    )
    .into_response()
}

/// The table of `sessions`: when, status, what the customer did (and whose session,
/// `with_customer`).
pub fn rows(locale: Locale, sessions: Vec<PortalSession>, with_customer: bool) -> AnyView {
    let body = sessions
        .into_iter()
        .map(|session| {
            let customer = with_customer.then(|| {
                let href = format!("/customers/{}", session.customer_id);
                view! {
                    <td>
                        <a href=href>
                            <code>{session.customer_id.to_string()}</code>
                        </a>
                    </td>
                }
            });
            view! {
                <tr data-portal-session=session.id.clone() data-status=session.status.as_str()>
                    <td>{when(locale, session.created)}</td>
                    {customer}
                    <td>{status_text(locale, session.status)}</td>
                    <td>{summary(locale, &session)}</td>
                    <td>
                        <code>{session.id.clone()}</code>
                    </td>
                </tr>
            }
        })
        .collect_view()
        .into_any();
    let columns: &[Option<D>] = if with_customer {
        &[
            Some(D::CreatedColumn),
            Some(D::CustomerColumn),
            Some(D::StatusColumn),
            Some(D::SessionActionsColumn),
            Some(D::SessionIdColumn),
        ]
    } else {
        &[
            Some(D::CreatedColumn),
            Some(D::StatusColumn),
            Some(D::SessionActionsColumn),
            Some(D::SessionIdColumn),
        ]
    };
    table(locale, "card sessions", columns, body)
}

/// What the customer did: each kind of change with its count, and every change in a
/// disclosure (`<details>`: no script).
fn summary(locale: Locale, session: &PortalSession) -> AnyView {
    let Some(summary) = session.summary.as_ref().filter(|summary| !summary.actions.is_empty()) else {
        return view! { <span class="muted">{t(locale, D::NoActions)}</span> }.into_any();
    };
    let counts = summary
        .counts
        .iter()
        .map(|(kind, count)| {
            view! {
                <li data-action=kind.as_str()>
                    <code>{kind.as_str()}</code>
                    {format!(" × {count}")}
                </li>
            }
        })
        .collect_view();
    let actions = summary
        .actions
        .iter()
        .map(|action| {
            let at = chrono::DateTime::from_timestamp(action.at, 0).map(|at| when(locale, at));
            view! {
                <li>
                    {at.unwrap_or_default()} " · " <code>{action.kind.as_str()}</code> " · "
                    <code>{action.object_id.clone()}</code>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="plain">{counts}</ul>
        <details>
            <summary>{t(locale, D::SessionActionsDetails)}</summary>
            <ol class="plain">{actions}</ol>
        </details>
    }
    .into_any()
}

/// A session's status in words.
pub fn status_text(locale: Locale, status: PortalSessionStatus) -> &'static str {
    t(
        locale,
        match status {
            PortalSessionStatus::Created => D::SessionCreated,
            PortalSessionStatus::Opened => D::SessionOpened,
            PortalSessionStatus::Completed => D::SessionCompleted,
            PortalSessionStatus::Expired => D::SessionExpired,
            PortalSessionStatus::Revoked => D::SessionRevoked,
        },
    )
}
