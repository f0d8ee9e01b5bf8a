//! The quickstarts of `docs/quickstarts/` (issue 19, point 8), run by the `sdk` step
//! against the same live API as the SDKs: each is a merchant backend (Express, FastAPI)
//! that opens the portal on click and handles the seven webhooks a merchant listens for.
//! The driver plays the merchant's setup and the customer:
//!
//! 1. a customer with a card and a monthly subscription; a webhook endpoint pointing at
//!    the quickstart (its secret handed to it);
//! 2. "Manage billing" on the quickstart: a `303` to a single-use portal link;
//! 3. the link exchanged as the portal server does, then, with that customer's portal
//!    token, what a customer does in the portal, through the same REST endpoints: a plan
//!    change, a cancellation and its undoing, a new card added and removed, an address,
//!    "Return to merchant" — one of each of the seven events;
//! 4. the quickstart must have verified and handled each (its `/state.json`), refuse a
//!    forged delivery with `400`, and render its billing page.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde_json::{Value, json};

use crate::api_client::{self, Response};
use crate::lone_api::{self, LoneApi};
use crate::summary::Tally;
use crate::{cmd, servers};

/// The seven events of the spec's "What you'll get back".
pub const EVENTS: [&str; 7] = [
    "subscription.updated",
    "subscription.canceled",
    "subscription.reactivated",
    "customer.payment_method_attached",
    "customer.payment_method_detached",
    "customer.updated",
    "portal.session.completed",
];

/// A quickstart server as the driver starts it: `command` gets the environment.
pub struct Quickstart {
    pub name: &'static str,
    pub command: Command,
    pub log: PathBuf,
}

/// Runs one quickstart against `api`: one check per event handled, the redirect, the
/// forged delivery and the page.
pub fn run(api: &LoneApi, mut quickstart: Quickstart) -> Result<Tally> {
    let key = api.secret_key.as_str();
    let url = |path: &str| format!("{}{path}", api.url);
    let post =
        |path: &str, bearer: &str, body: Value| api_client::expect_ok("POST", &url(path), Some(bearer), Some(&body));

    let customer = post(
        "/v1/customers",
        key,
        json!({"email": format!("{}@quickstart.example", quickstart.name)}),
    )?;
    let customer_id = id(&customer)?;
    post(
        "/v1/payment_methods",
        key,
        json!({"type": "card", "customer": customer_id,
               "card": {"number": "4242424242424242", "exp_month": 12, "exp_year": 2034, "cvc": "123"}}),
    )?;
    let product = post("/v1/products", key, json!({"name": "Quickstart plan"}))?;
    let price = |amount: i64| {
        post(
            "/v1/prices",
            key,
            json!({"product": product["id"], "currency": "usd", "unit_amount": amount, "recurring": {"interval": "month"}}),
        )
    };
    let (basic, pro) = (price(1200)?, price(2400)?);
    let subscription = post(
        "/v1/subscriptions",
        key,
        json!({"customer": customer_id, "price": basic["id"]}),
    )?;
    let subscription_id = id(&subscription)?;

    let [port] = servers::free_loopback_ports()?;
    let base = format!("http://127.0.0.1:{port}");
    let endpoint = post(
        "/v1/webhook_endpoints",
        key,
        json!({"url": format!("{base}/webhooks"), "enabled_events": EVENTS}),
    )?;
    let secret = endpoint["secret"].as_str().context("the endpoint's secret")?;

    let log = std::fs::File::create(&quickstart.log)?;
    quickstart
        .command
        .env("PAYLERA_API_URL", &api.url)
        .env("PAYLERA_SECRET_KEY", key)
        .env("PAYLERA_WEBHOOK_SECRET", secret)
        .env("PAYLERA_CUSTOMER_ID", &customer_id)
        .env("PORT", port.to_string())
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log);
    cmd::announce(&quickstart.command);
    let mut server = Server(Some(quickstart.command.spawn().context("starting the quickstart")?));
    let endpoint_id = id(&endpoint)?;
    // The first run installs its packages: up to 3 minutes.
    let ready = match &mut server.0 {
        Some(child) => lone_api::wait_ready(child, &format!("{base}/healthz"), Duration::from_secs(180)),
        None => Ok(()),
    };
    let outcome = ready.and_then(|()| drive(&base, api, &customer_id, &subscription_id, &pro, &endpoint_id));
    drop(server);
    if outcome.as_ref().map_or(true, |tally| tally.failed > 0) {
        let text = std::fs::read_to_string(&quickstart.log).unwrap_or_default();
        eprintln!(
            "----- {} quickstart log -----\n{}",
            quickstart.name,
            servers::tail(&text, 40)
        );
    }
    outcome
}

fn drive(base: &str, api: &LoneApi, customer: &str, subscription: &str, pro: &Value, endpoint: &str) -> Result<Tally> {
    let mut tally = Tally::default();
    let mut check = |ok: bool, what: &str| {
        eprintln!("  {} {what}", if ok { "ok  " } else { "FAIL" });
        tally.add(Tally::check(ok));
    };

    // "Manage billing": a 303 to the portal's single-use link.
    let clicked = api_client::request("POST", &format!("{base}/billing-portal"), &[], None)?;
    let link = clicked.header("location").unwrap_or_default().to_owned();
    check(
        clicked.status == 303 && link.contains("/p/"),
        "Manage billing redirects (303) to a portal link",
    );
    let link_secret = link
        .rsplit_once("/p/")
        .map(|(_, secret)| secret)
        .context("a /p/ link")?;
    let token = api_client::expect_ok(
        "POST",
        &format!("{}/v1/portal/sessions/exchange", api.url),
        None,
        Some(&json!({"secret": link_secret})),
    )?;
    let token = token["token"].as_str().context("a portal token")?.to_owned();

    // The customer, in the portal: the same REST endpoints, with their portal token.
    let act = |path: &str, body: Value| {
        api_client::expect_ok("POST", &format!("{}{path}", api.url), Some(&token), Some(&body))
    };
    act(
        &format!("/v1/subscriptions/{subscription}"),
        json!({"price": pro["id"]}),
    )?;
    act(
        &format!("/v1/subscriptions/{subscription}/cancel"),
        json!({"reason": "too_expensive"}),
    )?;
    act(&format!("/v1/subscriptions/{subscription}/reactivate"), json!({}))?;
    let card = act(
        "/v1/payment_methods",
        json!({"type": "card", "customer": customer,
               "card": {"number": "5555555555554444", "exp_month": 11, "exp_year": 2033, "cvc": "321"}}),
    )?;
    act(&format!("/v1/payment_methods/{}/detach", id(&card)?), json!({}))?;
    act(
        &format!("/v1/customers/{customer}"),
        json!({"address": {"line1": "1 rue de la Paix", "city": "Paris", "postal_code": "75002", "country": "FR"}}),
    )?;
    act("/v1/portal/sessions/complete", json!({}))?;

    // Each event verified and handled once (deliveries are asynchronous).
    let deadline = Instant::now() + Duration::from_secs(30);
    let handled = || -> Result<Value> {
        let state = api_client::call("GET", &format!("{base}/state.json"), None, None)?;
        Ok(state.body["handled"].clone())
    };
    let counts = loop {
        let counts = handled()?;
        if EVENTS.iter().all(|event| counts[*event].as_u64() >= Some(1)) || Instant::now() > deadline {
            break counts;
        }
        std::thread::sleep(Duration::from_millis(250));
    };
    for event in EVENTS {
        check(
            counts[event].as_u64() >= Some(1),
            &format!("{event} verified and handled"),
        );
    }

    // Deliveries are at least once: the same event again is acknowledged, not handled twice.
    let key = api.secret_key.as_str();
    let events = api_client::expect_ok(
        "GET",
        &format!("{}/v1/events?type=portal.session.completed&limit=1", api.url),
        Some(key),
        None,
    )?;
    let event = events["data"][0]["id"]
        .as_str()
        .context("the completion's event")?
        .to_owned();
    api_client::expect_ok(
        "POST",
        &format!("{}/v1/webhook_endpoints/{endpoint}/resend", api.url),
        Some(key),
        Some(&json!({"event": event})),
    )?;
    let deadline = Instant::now() + Duration::from_secs(30);
    let redelivered = loop {
        let attempts = api_client::expect_ok(
            "GET",
            &format!("{}/v1/webhook_endpoints/{endpoint}/attempts?limit=100", api.url),
            Some(key),
            None,
        )?;
        let answered = attempts["data"].as_array().map_or(0, |all| {
            all.iter()
                .filter(|a| {
                    a["event"] == event.as_str() && a["status_code"].as_u64().is_some_and(|s| (200..300).contains(&s))
                })
                .count()
        });
        if answered >= 2 || Instant::now() > deadline {
            break answered >= 2;
        }
        std::thread::sleep(Duration::from_millis(250));
    };
    let again = handled()?;
    check(
        redelivered && again["portal.session.completed"] == counts["portal.session.completed"],
        "a redelivered event is acknowledged and not handled twice",
    );

    // A delivery that Paylera did not sign is refused.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs()
        .to_string();
    let forged = api_client::request(
        "POST",
        &format!("{base}/webhooks"),
        &[
            ("webhook-id", "evt_forged"),
            ("webhook-timestamp", &now),
            (
                "webhook-signature",
                "v1,bm90IGEgc2lnbmF0dXJlIGF0IGFsbCBub3QgYXQgYWxsIQ==",
            ),
        ],
        Some((
            "application/json",
            br#"{"id":"evt_forged","type":"subscription.canceled"}"#,
        )),
    )?;
    check(forged.status == 400, "a forged delivery is refused (400)");

    let page: Response = api_client::call("GET", &format!("{base}/"), None, None)?;
    check(
        page.status == 200 && page.text.contains("Manage billing"),
        "the billing page renders its button",
    );
    Ok(tally)
}

fn id(object: &Value) -> Result<String> {
    object["id"]
        .as_str()
        .map(str::to_owned)
        .context("an object without an id")
}

/// Stops the quickstart when dropped.
struct Server(Option<Child>);

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(child) = self.0.take() {
            lone_api::stop(child, Duration::from_secs(5));
        }
    }
}
