//! The mixed load: workers each repeating one customer's life until time is up,
//! remembering every acknowledged write and every answer an idempotency key got.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
    time::{Duration, Instant},
};

use serde_json::{Value, json};

use crate::api::{Api, As, Outcome};

/// What the campaign created before the load.
#[derive(Debug, Clone)]
pub struct Setup {
    pub endpoint_id: String,
    pub webhook_secret: String,
    /// When the endpoint was created (Unix seconds): events from then on must arrive.
    pub since: i64,
    pub prices: [String; 2],
    /// Tells this run's objects from others' (keys, emails, URLs).
    pub run: String,
}

impl Setup {
    /// The webhook endpoint first (so every later event is fanned out to it), then a
    /// product with two monthly prices.
    pub async fn create(api: &Api, receiver_url: &str) -> Result<Self, String> {
        let run = format!("{:x}", rand::random::<u32>());
        let endpoint = acked(
            api.write(
                "/v1/webhook_endpoints",
                &json!({"url": receiver_url, "enabled_events": ["*"], "description": "chaos receiver"}),
                &format!("chaos-{run}-endpoint"),
                As::Merchant,
            )
            .await,
            "webhook endpoint",
        )?;
        let product = acked(
            api.write(
                "/v1/products",
                &json!({"name": format!("Chaos {run}")}),
                &format!("chaos-{run}-product"),
                As::Merchant,
            )
            .await,
            "product",
        )?;
        let mut prices = Vec::new();
        for (i, amount) in [900, 1900].into_iter().enumerate() {
            let price = acked(
                api.write(
                    "/v1/prices",
                    &json!({"product": product["id"], "currency": "usd", "unit_amount": amount,
                            "recurring": {"interval": "month"}}),
                    &format!("chaos-{run}-price-{i}"),
                    As::Merchant,
                )
                .await,
                "price",
            )?;
            prices.push(text(&price, "id"));
        }
        Ok(Self {
            endpoint_id: text(&endpoint, "id"),
            webhook_secret: text(&endpoint, "secret"),
            since: endpoint["created"]
                .as_str()
                .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
                .map(|at| at.timestamp())
                .ok_or("the webhook endpoint has no `created` time")?,
            prices: [prices[0].clone(), prices[1].clone()],
            run,
        })
    }
}

fn acked(outcome: Outcome, what: &str) -> Result<Value, String> {
    match outcome {
        Outcome::Acked(value) => Ok(value),
        other => Err(format!("creating the {what} failed: {other:?}")),
    }
}

fn text(value: &Value, field: &str) -> String {
    value[field].as_str().unwrap_or_default().to_owned()
}

/// One acknowledged write and what the system must still show for it.
#[derive(Debug, Clone)]
pub enum Acked {
    Customer { id: String },
    PortalSession { id: String },
    Address { customer: String, line1: String },
    Card { id: String, customer: String },
    Subscription { id: String },
    PlanChange { subscription: String, price: String },
}

/// Everything the load observed.
#[derive(Debug, Default)]
pub struct Journal {
    pub acked: Vec<Acked>,
    /// The object ids each idempotency key was answered with (a key sent again after
    /// its answer must get the same object).
    pub answers: HashMap<String, Vec<String>>,
    /// Writes never answered within the client's patience.
    pub gave_up: u64,
    /// Writes refused with a 4xx, by `path status code`.
    pub refused: HashMap<String, u64>,
    /// Links whose exchange answer was lost with a killed instance: the link was used
    /// up, so the customer would have asked the merchant for a new one.
    pub links_lost: u64,
    pub lives: u64,
}

type Shared = Arc<Mutex<Journal>>;

/// Runs `workers` concurrent lives for `duration`; returns what they saw.
pub async fn run(api: &Api, setup: &Setup, workers: usize, duration: Duration) -> Journal {
    let journal: Shared = Arc::default();
    let until = Instant::now() + duration;
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..workers {
        let (api, setup, journal) = (api.clone(), setup.clone(), journal.clone());
        tasks.spawn(async move {
            let mut life = 0;
            while Instant::now() < until {
                let tag = format!("{}-w{worker}-{life}", setup.run);
                one_life(&api, &setup, &journal, &tag, life % 2).await;
                journal.lock().unwrap_or_else(PoisonError::into_inner).lives += 1;
                life += 1;
            }
        });
    }
    while tasks.join_next().await.is_some() {}
    Arc::try_unwrap(journal)
        .map(|m| m.into_inner().unwrap_or_else(PoisonError::into_inner))
        .unwrap_or_default()
}

/// A write whose answer is remembered under its key; sent a second time with the
/// same key when `again`, as a client that lost the first answer would.
async fn keyed(
    api: &Api,
    journal: &Shared,
    path: &str,
    body: Value,
    key: &str,
    who: As<'_>,
    again: bool,
) -> Option<Value> {
    let outcome = api.write(path, &body, key, who).await;
    let value = note(journal, path, key, outcome)?;
    if again {
        let replay = api.write(path, &body, key, who).await;
        note(journal, path, key, replay);
    }
    Some(value)
}

fn note(journal: &Shared, path: &str, key: &str, outcome: Outcome) -> Option<Value> {
    let mut journal = journal.lock().unwrap_or_else(PoisonError::into_inner);
    match outcome {
        Outcome::Acked(value) => {
            journal
                .answers
                .entry(key.to_owned())
                .or_default()
                .push(text(&value, "id"));
            Some(value)
        }
        Outcome::Refused(status, value) => {
            let code = value["error"]["code"].as_str().unwrap_or("?").to_owned();
            let route = path.split('/').take(3).collect::<Vec<_>>().join("/");
            *journal.refused.entry(format!("{route} {status} {code}")).or_default() += 1;
            None
        }
        Outcome::GaveUp => {
            journal.gave_up += 1;
            None
        }
    }
}

fn remember(journal: &Shared, acked: Acked) {
    journal.lock().unwrap_or_else(PoisonError::into_inner).acked.push(acked);
}

/// One customer: created, a portal session opened and used, subscribed, upgraded.
async fn one_life(api: &Api, setup: &Setup, journal: &Shared, tag: &str, parity: usize) {
    let again = parity == 0;
    let Some(customer) = keyed(
        api,
        journal,
        "/v1/customers",
        json!({"email": format!("{tag}@chaos.example"), "name": format!("Chaos {tag}")}),
        &format!("cus-{tag}"),
        As::Merchant,
        again,
    )
    .await
    else {
        return;
    };
    let customer = text(&customer, "id");
    remember(journal, Acked::Customer { id: customer.clone() });

    // The portal, as the customer's browser drives it through the portal server.
    if let Some(session) = keyed(
        api,
        journal,
        "/v1/portal/sessions",
        json!({"customer_id": customer, "return_url": format!("https://merchant.example/back/{tag}")}),
        &format!("ps-{tag}"),
        As::Merchant,
        !again,
    )
    .await
    {
        remember(
            journal,
            Acked::PortalSession {
                id: text(&session, "id"),
            },
        );
        let secret = text(&session, "url").rsplit('/').next().unwrap_or_default().to_owned();
        match api
            .write(
                "/v1/portal/sessions/exchange",
                &json!({"secret": secret}),
                &format!("ex-{tag}"),
                As::Merchant,
            )
            .await
        {
            Outcome::Acked(token) => portal_actions(api, journal, &customer, &text(&token, "token"), tag).await,
            Outcome::Refused(404, _) => journal.lock().unwrap_or_else(PoisonError::into_inner).links_lost += 1,
            other => {
                note(journal, "/v1/portal/sessions/exchange", &format!("ex-{tag}"), other);
            }
        }
    }

    // The merchant's side: a subscription, then a plan change.
    let Some(subscription) = keyed(
        api,
        journal,
        "/v1/subscriptions",
        json!({"customer": customer, "price": setup.prices[0]}),
        &format!("sub-{tag}"),
        As::Merchant,
        again,
    )
    .await
    else {
        return;
    };
    let subscription = text(&subscription, "id");
    remember(
        journal,
        Acked::Subscription {
            id: subscription.clone(),
        },
    );
    if keyed(
        api,
        journal,
        &format!("/v1/subscriptions/{subscription}"),
        json!({"price": setup.prices[1]}),
        &format!("chg-{tag}"),
        As::Merchant,
        !again,
    )
    .await
    .is_some()
    {
        remember(
            journal,
            Acked::PlanChange {
                subscription,
                price: setup.prices[1].clone(),
            },
        );
    }
}

/// What the customer does in the portal: a new billing address, a card.
async fn portal_actions(api: &Api, journal: &Shared, customer: &str, token: &str, tag: &str) {
    let line1 = format!("{tag} Chaos Street");
    if keyed(
        api,
        journal,
        &format!("/v1/customers/{customer}"),
        json!({"address": {"line1": line1, "city": "Paris", "postal_code": "75001", "country": "FR"}}),
        &format!("addr-{tag}"),
        As::Customer(token),
        true,
    )
    .await
    .is_some()
    {
        remember(
            journal,
            Acked::Address {
                customer: customer.to_owned(),
                line1,
            },
        );
    }
    if let Some(card) = keyed(
        api,
        journal,
        "/v1/payment_methods",
        json!({"card": {"number": "4242424242424242", "exp_month": 12, "exp_year": 2034, "cvc": "123"},
               "customer": customer}),
        &format!("pm-{tag}"),
        As::Customer(token),
        false,
    )
    .await
    {
        remember(
            journal,
            Acked::Card {
                id: text(&card, "id"),
                customer: customer.to_owned(),
            },
        );
    }
}
