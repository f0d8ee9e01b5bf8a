//! Events: every change in the account, newest first, as webhook endpoints receive
//! them (`GET /v1/events`), and each one's payload.
//!
//! | route | what it does |
//! |-------|--------------|
//! | `GET /events[?type=…&starting_after=evt_…]` | a page of events, optionally of one type |
//! | `GET /events/{id}` | one event: where it came from and its JSON |

use axum::{
    extract::{Extension, Query, State},
    response::{IntoResponse as _, Response},
};
use leptos::prelude::*;
use paylera_shared::{
    event::{Event, EventFilter, EventType},
    ids::EventId,
    list::ListParams,
};
use serde::Deserialize;

use super::{
    DashboardState,
    guard::PathId,
    layout::{self, Frame, Listing, Nav, table, when},
    member::Member,
    texts::DashboardText as D,
};
use crate::i18n::{Locale, t};

/// How many events a page shows.
const PAGE_ROWS: u32 = 25;

/// `?type=…&starting_after=evt_…`.
#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    starting_after: Option<String>,
}

/// `GET /events`.
pub async fn list(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    Query(filter): Query<Filter>,
) -> Response {
    let locale = member.locale;
    // A type that is none ("all", or a hand-typed word) lists every event.
    let kind = filter.kind.as_deref().and_then(|kind| kind.parse::<EventType>().ok());
    let page = ListParams {
        starting_after: filter.starting_after.filter(|after| after.parse::<EventId>().is_ok()),
        ..ListParams::limit(PAGE_ROWS)
    };
    let events = match member
        .api(&state)
        .list_events(
            &EventFilter {
                kind: kind.map(|kind| kind.as_str().to_owned()),
            },
            &page,
        )
        .await
    {
        Ok(events) => events,
        Err(error) => return layout::api_failure(locale, &error),
    };
    let next = layout::next_href(
        "/events",
        &[("type", kind.map_or("all", EventType::as_str))],
        events.has_more,
        events.data.last().map(|last| last.id.to_string()),
    );
    let empty = events.data.is_empty();
    let rows = events
        .data
        .into_iter()
        .map(|event| {
            let href = format!("/events/{}", event.id);
            view! {
                <tr data-event=event.id.to_string() data-type=event.kind.as_str()>
                    <td>
                        <a href=href>
                            <code>{event.kind.as_str()}</code>
                        </a>
                    </td>
                    <td>{source_text(locale, &event.source)}</td>
                    <td>{when(locale, event.created)}</td>
                </tr>
            }
        })
        .collect_view();
    let table = table(
        locale,
        "card events",
        &[Some(D::EventTypeLabel), Some(D::SourceColumn), Some(D::CreatedColumn)],
        rows.into_any(),
    );
    layout::listing(
        &member,
        Listing {
            nav: Nav::Events,
            title: D::NavEvents,
            lead: D::EventsLead,
            path: "/events",
            form: layout::filter_fields(
                locale,
                "type",
                D::EventTypeLabel,
                D::AllTypes,
                EventType::ALL.iter().map(|kind| (kind.as_str(), kind.as_str())),
                kind.map(EventType::as_str),
            ),
            none: D::NoneYet,
            empty,
            table,
            next,
        },
    )
    .into_response()
}

/// `GET /events/{id}`.
pub async fn show(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<EventId>,
) -> Response {
    match member.api(&state).retrieve_event(&id).await {
        Ok(event) => event_page(&member, event).into_response(),
        Err(error) => layout::api_failure(member.locale, &error),
    }
}

fn event_page(member: &Member, event: Event) -> axum::response::Html<String> {
    let locale = member.locale;
    let path = format!("/events/{}", event.id);
    // The event as the API and every webhook endpoint have it.
    let json = serde_json::to_string_pretty(&event).unwrap_or_default();
    let session = event.portal_session.clone();
    layout::page(
        Frame {
            locale,
            title: event.kind.as_str().to_owned(),
            nav: Nav::Events,
            member: Some(member),
            csrf: Some(&member.csrf),
            path: &path,
        },
        move || {
            view! {
                <p>
                    <a href="/events">{t(locale, D::AllEvents)}</a>
                </p>
                <h1>
                    <code>{event.kind.as_str()}</code>
                </h1>
                <dl class="card facts">
                    <dt>{t(locale, D::EventIdLabel)}</dt>
                    <dd>
                        <code>{event.id.to_string()}</code>
                    </dd>
                    <dt>{t(locale, D::SourceColumn)}</dt>
                    <dd>{source_text(locale, &event.source)}</dd>
                    {session.map(|session| view! {
                        <dt>{t(locale, D::SessionIdColumn)}</dt>
                        <dd>
                            <code>{session}</code>
                        </dd>
                    })}
                    <dt>{t(locale, D::CreatedColumn)}</dt>
                    <dd>{when(locale, event.created)}</dd>
                </dl>
                <section aria-labelledby="payload-heading">
                    <h2 id="payload-heading">{t(locale, D::EventPayloadHeading)}</h2>
                    <pre class="card payload" tabindex="0">
                        <code>{json}</code>
                    </pre>
                </section>
            }
            .into_any()
        },
    )
}

/// Where an event came from, in words.
fn source_text(locale: Locale, source: &str) -> &'static str {
    t(
        locale,
        match source {
            "portal" => D::SourcePortal,
            "system" => D::SourceSystem,
            _ => D::SourceApi,
        },
    )
}
