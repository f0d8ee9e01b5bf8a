//! Customers, for support: find one by email or id, see their billing (subscriptions,
//! invoices, cards, tax IDs, portal sessions) and "Open portal as this customer".
//!
//! | route | what it does |
//! |-------|--------------|
//! | `GET /customers[?q=…]` | the newest customers, or those with this email; a `cus_…` id goes to its page |
//! | `GET /customers/{id}` | one customer's billing, read in parallel from the API |
//! | `POST /customers/{id}/portal` | `POST /v1/portal/sessions` for them; the page that answers holds the single-use link |
//!
//! The portal link is a bearer credential: it is only ever in the body of the page
//! that answers the post that made it (`Cache-Control: no-store`, like every
//! dashboard page), never in a redirect or a URL the dashboard serves. The post
//! carries an idempotency key minted with the form, so a double click or a retried
//! post opens one session, not two.

mod view;

use axum::{
    body::Bytes,
    extract::{Extension, Query, State},
    response::{IntoResponse as _, Redirect, Response},
};
use http::StatusCode;
use paylera_shared::{
    catalog::PriceFilter,
    customer::{Customer, CustomerFilter},
    ids::CustomerId,
    invoice::InvoiceFilter,
    list::ListParams,
    portal::{CreatePortalSessionRequest, PortalSessionFilter},
    subscription::SubscriptionFilter,
};
use serde::Deserialize;

use super::{
    DashboardState,
    guard::{PathId, form_field},
    layout,
    member::Member,
};

/// How many rows each section of a customer's page shows (the newest).
const SECTION_ROWS: u32 = 10;
/// How many customers a page of the list shows.
const LIST_ROWS: u32 = 25;

/// `?q=…&starting_after=cus_…`.
#[derive(Debug, Default, Deserialize)]
pub struct Search {
    #[serde(default)]
    q: Option<String>,
    #[serde(default)]
    starting_after: Option<String>,
}

/// `GET /customers`.
pub async fn list(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    Query(search): Query<Search>,
) -> Response {
    let query = search.q.as_deref().map(str::trim).unwrap_or_default().to_owned();
    if let Ok(id) = query.parse::<CustomerId>() {
        return Redirect::to(&format!("/customers/{id}")).into_response();
    }
    let filter = CustomerFilter {
        email: (!query.is_empty()).then(|| query.clone()),
    };
    let page = ListParams {
        starting_after: search
            .starting_after
            .filter(|after| after.parse::<CustomerId>().is_ok()),
        ..ListParams::limit(LIST_ROWS)
    };
    match member.api(&state).list_customers(&filter, &page).await {
        Ok(customers) => view::list(&member, &query, customers).into_response(),
        Err(error) => layout::api_failure(member.locale, &error),
    }
}

/// `GET /customers/{id}`.
pub async fn show(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<CustomerId>,
) -> Response {
    let api = member.api(&state);
    let customer = match api.retrieve_customer(&id).await {
        Ok(customer) => customer,
        Err(error) => return layout::api_failure(member.locale, &error),
    };
    billing_page(&state, &member, customer, None, StatusCode::OK).await
}

/// `POST /customers/{id}/portal`: the form's idempotency key (`idempotency::FIELD`).
pub async fn open_portal(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<CustomerId>,
    body: Bytes,
) -> Response {
    let api = member.api(&state);
    let customer = match api.retrieve_customer(&id).await {
        Ok(customer) => customer,
        Err(error) => return layout::api_failure(member.locale, &error),
    };
    // The key the form was rendered with (a double submit replays the first answer),
    // or a fresh one for a post without it: never a key anyone could work out.
    let key = crate::idempotency::or_fresh(form_field(&body, crate::idempotency::FIELD).as_deref());
    let params = CreatePortalSessionRequest {
        customer_id: id.to_string(),
        ..CreatePortalSessionRequest::default()
    };
    let opened = match api.create_portal_session(&params, &key).await {
        Ok(session) => Opened::Link {
            url: session.url.unwrap_or_default(),
            session: session.id,
        },
        // The API's reason (no return URL configured, …) is the merchant's to fix.
        Err(error) if error.status() == Some(400) => Opened::Refused(
            error
                .envelope()
                .map(|envelope| envelope.error.message.clone())
                .unwrap_or_default(),
        ),
        Err(error) => return layout::api_failure(member.locale, &error),
    };
    let status = match opened {
        Opened::Link { .. } => StatusCode::OK,
        Opened::Refused(_) => StatusCode::BAD_REQUEST,
    };
    billing_page(&state, &member, customer, Some(opened), status).await
}

/// What "Open portal as this customer" gave.
pub enum Opened {
    /// The new session's id and single-use link.
    Link { session: String, url: String },
    /// The API's reason for refusing it.
    Refused(String),
}

/// Everything about one customer, read in parallel.
pub struct Billing {
    pub customer: Customer,
    pub subscriptions: Vec<paylera_shared::subscription::Subscription>,
    pub prices: Vec<paylera_shared::catalog::Price>,
    pub invoices: Vec<paylera_shared::invoice::Invoice>,
    pub cards: Vec<paylera_shared::payment_method::PaymentMethod>,
    pub sessions: Vec<paylera_shared::portal::PortalSession>,
}

async fn billing_page(
    state: &DashboardState,
    member: &Member,
    customer: Customer,
    opened: Option<Opened>,
    status: StatusCode,
) -> Response {
    let api = member.api(state);
    let id = customer.id.clone();
    let section = ListParams::limit(SECTION_ROWS);
    let every_price = ListParams::limit(100);
    let any_price = PriceFilter::default();
    let subscriptions_of = SubscriptionFilter {
        customer: Some(id.to_string()),
        status: None,
    };
    let invoices_of = InvoiceFilter {
        customer: Some(id.to_string()),
        ..InvoiceFilter::default()
    };
    let sessions_of = PortalSessionFilter {
        customer: Some(id.clone()),
        status: None,
    };
    let (subscriptions, prices, invoices, cards, sessions) = tokio::join!(
        api.list_subscriptions(&subscriptions_of, &section),
        api.list_prices(&any_price, &every_price),
        api.list_invoices(&invoices_of, &section),
        api.list_payment_methods(&id, &section),
        api.list_portal_sessions(&sessions_of, &section),
    );
    let billing = match (subscriptions, prices, invoices, cards, sessions) {
        (Ok(subscriptions), Ok(prices), Ok(invoices), Ok(cards), Ok(sessions)) => Billing {
            customer,
            subscriptions: subscriptions.data,
            prices: prices.data,
            invoices: invoices.data,
            cards: cards.data,
            sessions: sessions.data,
        },
        (Err(error), ..) | (_, Err(error), ..) | (_, _, Err(error), ..) | (.., Err(error), _) | (.., Err(error)) => {
            return layout::api_failure(member.locale, &error);
        }
    };
    (status, view::customer(member, billing, opened)).into_response()
}
