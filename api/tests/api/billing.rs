//! The billing engine end to end, driven by a test clock.

use paylera_shared::invoice::InvoiceStatus;
use paylera_shared::subscription::SubscriptionStatus;
use paylera_shared::subscription::{CancellationReason, PlanChange};
use paylera_shared::{
    ErrorCode,
    catalog::{CreatePriceRequest, CreateProductRequest, Price, RecurringParams},
    customer::{CreateCustomerRequest, Customer, InvoiceSettingsParams, UpdateCustomerRequest},
    event::EventFilter,
    invoice::{Invoice, UpcomingInvoice},
    list::{List, ListParams},
    patch::Patch,
    subscription::{Subscription, SubscriptionChangePreview},
    test_clock::TestClock,
};
use reqwest::Method;
use serde_json::json;

use crate::helpers::{TestTenant, price as price_request, spawn_app};

/// A product of family `plans` at `rank` with a monthly `usd` price of `amount`.
pub(crate) async fn plan(tenant: &TestTenant, name: &str, rank: i64, amount: i64) -> Price {
    let product = tenant
        .api
        .create_product(&CreateProductRequest {
            name: name.into(),
            family: Some("plans".into()),
            rank: Some(rank),
            ..Default::default()
        })
        .await
        .expect("product");
    tenant
        .api
        .create_price(&price_request(&product.id.to_string(), "usd", amount, "month"))
        .await
        .expect("price")
}

/// A test clock at `time` and a customer living in it.
pub(crate) async fn clocked_customer(tenant: &TestTenant, time: &str) -> (TestClock, Customer) {
    let clock: TestClock = tenant
        .api
        .post("/v1/test_clocks", &json!({"frozen_time": time}), None)
        .await
        .expect("clock");
    let customer = tenant
        .api
        .create_customer(
            &CreateCustomerRequest {
                test_clock: Some(clock.id.to_string()),
                ..Default::default()
            },
            None,
        )
        .await
        .expect("customer");
    (clock, customer)
}

pub(crate) async fn get<T: serde::de::DeserializeOwned>(tenant: &TestTenant, path: &str) -> T {
    paylera_shared::client::send(tenant.api.request(Method::GET, path))
        .await
        .expect(path)
}

pub(crate) async fn advance(tenant: &TestTenant, clock: &TestClock, to: &str) -> TestClock {
    tenant
        .api
        .post(
            &format!("/v1/test_clocks/{}/advance", clock.id),
            &json!({"frozen_time": to}),
            None,
        )
        .await
        .expect("advanced")
}

pub(crate) async fn event_types(tenant: &TestTenant) -> Vec<String> {
    let mut types: Vec<String> = tenant
        .api
        .list_events(&EventFilter::default(), &ListParams::limit(100))
        .await
        .expect("events")
        .data
        .into_iter()
        .map(|e| e.kind.to_string())
        .collect();
    types.reverse();
    types
}

pub(crate) fn count(types: &[String], kind: &str) -> usize {
    types.iter().filter(|t| *t == kind).count()
}

/// trial → active → upgrade → failed renewal → retries → recovery by a new card →
/// cancel at period end → reactivate → cancel → ended.
#[tokio::test]
async fn a_subscription_lives_its_whole_life_on_a_test_clock() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let starter = plan(&tenant, "Starter", 1, 900).await;
    let pro = plan(&tenant, "Pro", 2, 2900).await;
    let clock: TestClock = tenant
        .api
        .post("/v1/test_clocks", &json!({"frozen_time": "2026-01-31T09:00:00Z"}), None)
        .await
        .expect("clock");
    let customer = tenant
        .api
        .create_customer(
            &CreateCustomerRequest {
                email: Some("ada@example.com".into()),
                test_clock: Some(clock.id.to_string()),
                ..Default::default()
            },
            None,
        )
        .await
        .expect("customer");
    tenant.add_card(&customer, "4242424242424242").await;

    // Trial: nothing charged.
    let sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": starter.id, "trial_period_days": 14}),
            None,
        )
        .await
        .expect("subscribed");
    assert_eq!(sub.status, SubscriptionStatus::Trialing);
    assert_eq!(
        sub.trial_end.map(|t| t.to_rfc3339()),
        Some("2026-02-14T09:00:00+00:00".into())
    );
    assert_eq!(sub.latest_invoice, None);

    // Trial ends: the first invoice is paid and the subscription is active.
    advance(&tenant, &clock, "2026-02-14T10:00:00Z").await;
    let sub: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(sub.status, SubscriptionStatus::Active);
    assert_eq!(sub.current_period_end.to_rfc3339(), "2026-03-14T09:00:00+00:00");
    let first: Invoice = get(
        &tenant,
        &format!("/v1/invoices/{}", sub.latest_invoice.clone().expect("invoice")),
    )
    .await;
    assert_eq!(
        (first.status.as_str(), first.total, first.amount_paid),
        ("paid", 900, 900)
    );
    assert_eq!(first.number.as_deref(), Some("ACME-0001"));
    assert_eq!(first.customer_details.email.as_deref(), Some("ada@example.com"));

    // Upgrade on Feb 20: the preview is exactly what gets invoiced.
    advance(&tenant, &clock, "2026-02-20T09:00:00Z").await;
    let preview: SubscriptionChangePreview = tenant
        .api
        .post(
            &format!("/v1/subscriptions/{}/preview", sub.id),
            &json!({"price": pro.id}),
            None,
        )
        .await
        .expect("preview");
    assert_eq!(preview.change, PlanChange::Upgrade);
    // 22 of 28 days left: credit round(900 × 22/28) = 707, charge round(2900 × 22/28) = 2279.
    assert_eq!(
        preview.lines.iter().map(|l| l.amount).collect::<Vec<_>>(),
        vec![-707, 2279]
    );
    assert_eq!(preview.amount_due, 1572);
    let upgraded: Subscription = tenant
        .api
        .post(
            &format!("/v1/subscriptions/{}", sub.id),
            &json!({"price": pro.id}),
            None,
        )
        .await
        .expect("upgraded");
    assert_eq!(upgraded.price, pro.id);
    let proration: Invoice = get(
        &tenant,
        &format!("/v1/invoices/{}", upgraded.latest_invoice.clone().expect("invoice")),
    )
    .await;
    assert_eq!(proration.lines, preview.lines);
    assert_eq!(
        (
            proration.status.as_str(),
            proration.total,
            proration.billing_reason.as_str()
        ),
        ("paid", 1572, "subscription_update")
    );
    assert_eq!(proration.number.as_deref(), Some("ACME-0002"));

    // A card that attaches but declines every charge becomes the default: the renewal fails.
    let failing = tenant.add_card(&customer, "4000000000000341").await;
    set_default(&tenant, &customer, &failing.id.to_string()).await;
    advance(&tenant, &clock, "2026-03-14T09:00:01Z").await;
    let sub: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(sub.status, SubscriptionStatus::PastDue);
    let renewal: Invoice = get(
        &tenant,
        &format!("/v1/invoices/{}", sub.latest_invoice.clone().expect("invoice")),
    )
    .await;
    assert_eq!(
        (renewal.status.as_str(), renewal.amount_due, renewal.attempt_count),
        ("open", 2900, 1)
    );
    assert_eq!(
        renewal.next_payment_attempt.map(|t| t.to_rfc3339()),
        Some("2026-03-15T09:00:00+00:00".into())
    );

    // Dunning retries on schedule, and fails again.
    advance(&tenant, &clock, "2026-03-17T10:00:00Z").await;
    let renewal: Invoice = get(&tenant, &format!("/v1/invoices/{}", renewal.id)).await;
    assert_eq!(renewal.attempt_count, 3, "retries at +1 day and +3 days");
    let attempts: List<serde_json::Value> =
        get(&tenant, &format!("/v1/invoices/{}/payment_attempts", renewal.id)).await;
    assert!(
        attempts
            .data
            .iter()
            .all(|a| a["status"] == "failed" && a["decline_code"] == "generic_decline")
    );

    // A new card set as default recovers the subscription at once.
    let good = tenant.add_card(&customer, "5555555555554444").await;
    set_default(&tenant, &customer, &good.id.to_string()).await;
    let renewal: Invoice = get(&tenant, &format!("/v1/invoices/{}", renewal.id)).await;
    assert_eq!(renewal.status, InvoiceStatus::Paid);
    let sub: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(sub.status, SubscriptionStatus::Active);

    // Cancel at period end, change of mind, cancel again, and the period ends.
    let canceling: Subscription = tenant
        .api
        .post(
            &format!("/v1/subscriptions/{}/cancel", sub.id),
            &json!({"reason": "too_expensive", "comment": "Budget"}),
            None,
        )
        .await
        .expect("canceling");
    assert!(canceling.cancel_at_period_end);
    assert_eq!(canceling.status, SubscriptionStatus::Active);
    assert_eq!(
        canceling.cancellation_details.as_ref().and_then(|d| d.reason),
        Some(CancellationReason::TooExpensive)
    );
    let reactivated: Subscription = tenant
        .api
        .post(&format!("/v1/subscriptions/{}/reactivate", sub.id), &json!({}), None)
        .await
        .expect("reactivated");
    assert!(!reactivated.cancel_at_period_end);
    tenant
        .api
        .post::<_, Subscription>(&format!("/v1/subscriptions/{}/cancel", sub.id), &json!({}), None)
        .await
        .expect("canceling");
    advance(&tenant, &clock, "2026-04-14T10:00:00Z").await;
    let ended: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(ended.status, SubscriptionStatus::Canceled);
    assert_eq!(
        ended.ended_at.map(|t| t.to_rfc3339()),
        Some("2026-04-14T09:00:00+00:00".into())
    );
    let err = tenant
        .api
        .post::<_, Subscription>(&format!("/v1/subscriptions/{}/reactivate", sub.id), &json!({}), None)
        .await
        .expect_err("ended");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::SubscriptionCanceled
    );

    // Every invoice, in order, with gapless numbers and no renewal after the end.
    let invoices: List<Invoice> = get(&tenant, &format!("/v1/invoices?customer={}&limit=100", customer.id)).await;
    let mut numbers: Vec<String> = invoices.data.iter().filter_map(|i| i.number.clone()).collect();
    numbers.sort();
    assert_eq!(numbers, ["ACME-0001", "ACME-0002", "ACME-0003"]);
    for invoice in &invoices.data {
        assert_eq!(
            invoice.total,
            invoice.lines.iter().map(|l| l.amount).sum::<i64>(),
            "total = Σ lines"
        );
        assert_eq!(invoice.amount_paid + invoice.amount_remaining, invoice.amount_due);
    }

    let types = event_types(&tenant).await;
    for (kind, at_least) in [
        ("subscription.created", 1),
        ("invoice.created", 3),
        ("invoice.finalized", 3),
        ("invoice.paid", 3),
        ("invoice.payment_failed", 3),
        ("subscription.canceled", 2),
        ("subscription.reactivated", 1),
    ] {
        assert!(
            count(&types, kind) >= at_least,
            "{kind}: {} in {types:?}",
            count(&types, kind)
        );
    }
    assert!(
        count(&types, "subscription.updated") >= 4,
        "trial end, upgrade, past_due, recovery, end"
    );
}

async fn set_default(tenant: &TestTenant, customer: &Customer, pm: &str) {
    let update = UpdateCustomerRequest {
        invoice_settings: Some(InvoiceSettingsParams {
            default_payment_method: Patch::Value(pm.to_owned()),
        }),
        ..Default::default()
    };
    tenant
        .api
        .update_customer(&customer.id, &update)
        .await
        .expect("default set");
}

#[tokio::test]
async fn dunning_gives_up_after_its_retries_and_cancels_by_default() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let price = plan(&tenant, "Pro", 2, 2900).await;
    let (clock, customer) = clocked_customer(&tenant, "2026-05-01T00:00:00Z").await;
    tenant.add_card(&customer, "4000000000009235").await;
    let sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": price.id}),
            None,
        )
        .await
        .expect("subscribed");
    assert_eq!(
        sub.status,
        SubscriptionStatus::PastDue,
        "the first charge fails with insufficient funds"
    );
    advance(&tenant, &clock, "2026-05-20T00:00:00Z").await;
    let sub: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(sub.status, SubscriptionStatus::Canceled);
    assert_eq!(
        sub.cancellation_details.and_then(|d| d.reason),
        Some(CancellationReason::PaymentFailed)
    );
    let invoice: Invoice = get(
        &tenant,
        &format!("/v1/invoices/{}", sub.latest_invoice.expect("invoice")),
    )
    .await;
    assert_eq!(invoice.attempt_count, 5, "the first attempt and four retries");
    assert_eq!(invoice.next_payment_attempt, None);
}

#[tokio::test]
async fn invoice_numbers_stay_gapless_under_concurrency() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let price = plan(&tenant, "Pro", 2, 2900).await;
    let mut customers = Vec::new();
    for i in 0..12 {
        let customer = tenant.create_customer(&format!("c{i}@example.com")).await;
        tenant.add_card(&customer, "4242424242424242").await;
        customers.push(customer);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for customer in customers {
        let api = tenant.api.clone();
        let price = price.id.clone();
        tasks.spawn(async move {
            api.post::<_, Subscription>(
                "/v1/subscriptions",
                &json!({"customer": customer.id, "price": price}),
                None,
            )
            .await
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("task").expect("subscribed");
    }
    let invoices: List<Invoice> = get(&tenant, "/v1/invoices?limit=100").await;
    let mut numbers: Vec<String> = invoices.data.iter().filter_map(|i| i.number.clone()).collect();
    numbers.sort();
    let expected: Vec<String> = (1..=12).map(|n| format!("ACME-{n:04}")).collect();
    assert_eq!(numbers, expected);
}

#[tokio::test]
async fn changes_are_refused_for_other_currencies_archived_prices_and_same_price_is_a_no_op() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let price = plan(&tenant, "Pro", 2, 2900).await;
    let customer = tenant.create_customer("ada@example.com").await;
    tenant.add_card(&customer, "4242424242424242").await;
    let sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": price.id}),
            None,
        )
        .await
        .expect("subscribed");
    let same: Subscription = tenant
        .api
        .post(
            &format!("/v1/subscriptions/{}", sub.id),
            &json!({"price": price.id}),
            None,
        )
        .await
        .expect("no-op");
    assert_eq!(same, sub);

    let euro = tenant
        .api
        .create_price(&price_request(&price.product.to_string(), "eur", 2500, "month"))
        .await
        .expect("euro price");
    let err = tenant
        .api
        .post::<_, Subscription>(
            &format!("/v1/subscriptions/{}", sub.id),
            &json!({"price": euro.id}),
            None,
        )
        .await
        .expect_err("currency");
    assert_eq!(err.envelope().expect("envelope").error.param.as_deref(), Some("price"));

    let old = plan(&tenant, "Legacy", 3, 5000).await;
    tenant
        .api
        .update_price(
            &old.id,
            &paylera_shared::catalog::UpdatePriceRequest {
                active: Some(false),
                ..Default::default()
            },
        )
        .await
        .expect("archived");
    let err = tenant
        .api
        .post::<_, Subscription>(
            &format!("/v1/subscriptions/{}", sub.id),
            &json!({"price": old.id}),
            None,
        )
        .await
        .expect_err("archived");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::ResourceArchived
    );
}

#[tokio::test]
async fn a_downgrade_waits_for_the_period_end_by_default() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let starter = plan(&tenant, "Starter", 1, 900).await;
    let pro = plan(&tenant, "Pro", 2, 2900).await;
    let (clock, customer) = clocked_customer(&tenant, "2026-06-01T00:00:00Z").await;
    tenant.add_card(&customer, "4242424242424242").await;
    let sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": pro.id}),
            None,
        )
        .await
        .expect("subscribed");
    let preview: SubscriptionChangePreview = tenant
        .api
        .post(
            &format!("/v1/subscriptions/{}/preview", sub.id),
            &json!({"price": starter.id}),
            None,
        )
        .await
        .expect("preview");
    assert_eq!(
        (preview.change.as_str(), preview.effective.as_str(), preview.amount_due),
        ("downgrade", "period_end", 0)
    );
    let pending: Subscription = tenant
        .api
        .post(
            &format!("/v1/subscriptions/{}", sub.id),
            &json!({"price": starter.id}),
            None,
        )
        .await
        .expect("scheduled");
    assert_eq!(pending.price, pro.id);
    assert_eq!(
        pending.pending_update.as_ref().map(|p| p.price.clone()),
        Some(starter.id.clone())
    );
    // The next invoice, previewed: the scheduled downgrade's price, charged at the period end.
    let upcoming: UpcomingInvoice = get(&tenant, &format!("/v1/invoices/upcoming?subscription={}", sub.id)).await;
    assert_eq!(
        (
            upcoming.amount_due,
            upcoming.lines[0].price.clone(),
            upcoming.next_payment_attempt.to_rfc3339()
        ),
        (900, Some(starter.id.clone()), "2026-07-01T00:00:00+00:00".to_owned())
    );
    advance(&tenant, &clock, "2026-07-01T01:00:00Z").await;
    let renewed: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(renewed.price, starter.id);
    assert_eq!(renewed.pending_update, None);
    let invoice: Invoice = get(
        &tenant,
        &format!("/v1/invoices/{}", renewed.latest_invoice.expect("invoice")),
    )
    .await;
    assert_eq!(invoice.total, 900);
    assert_the_preview_was_the_invoice(&upcoming, &invoice);
}

/// What the upcoming invoice previewed is what the renewal issued: lines, totals, period.
fn assert_the_preview_was_the_invoice(upcoming: &UpcomingInvoice, invoice: &Invoice) {
    assert_eq!(upcoming.lines, invoice.lines);
    assert_eq!(
        (
            upcoming.subtotal,
            upcoming.total,
            upcoming.credit_applied,
            upcoming.amount_due
        ),
        (
            invoice.subtotal,
            invoice.total,
            invoice.credit_applied,
            invoice.amount_due
        )
    );
    assert_eq!(
        (upcoming.period_start, upcoming.period_end, upcoming.currency),
        (invoice.period_start, invoice.period_end, invoice.currency)
    );
    assert_eq!(Some(upcoming.next_payment_attempt), invoice.finalized_at);
}

#[tokio::test]
async fn a_subscription_that_will_not_renew_has_no_upcoming_invoice() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let pro = plan(&tenant, "Pro", 2, 2900).await;
    let (_clock, customer) = clocked_customer(&tenant, "2026-06-01T00:00:00Z").await;
    tenant.add_card(&customer, "4242424242424242").await;
    let sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": pro.id}),
            None,
        )
        .await
        .expect("subscribed");
    let upcoming: UpcomingInvoice = get(&tenant, &format!("/v1/invoices/upcoming?subscription={}", sub.id)).await;
    assert_eq!(
        (upcoming.amount_due, upcoming.object.as_str()),
        (2900, "upcoming_invoice")
    );

    tenant
        .api
        .post::<_, Subscription>(&format!("/v1/subscriptions/{}/cancel", sub.id), &json!({}), None)
        .await
        .expect("canceled at the period end");
    let err = tenant.api.upcoming_invoice(&sub.id).await.expect_err("no renewal");
    let envelope = err.envelope().expect("envelope");
    assert_eq!(
        (err.status(), envelope.error.code, envelope.error.param.as_deref()),
        (Some(404), ErrorCode::InvoiceUpcomingNone, Some("subscription"))
    );
    let unknown = "sub_doesnotexist".parse().expect("an id");
    let err = tenant.api.upcoming_invoice(&unknown).await.expect_err("unknown");
    assert_eq!(err.envelope().expect("envelope").error.code, ErrorCode::ResourceMissing);
    let missing = app
        .http()
        .get(app.url("/v1/invoices/upcoming"))
        .bearer_auth(&tenant.secret_key)
        .send()
        .await
        .expect("answered");
    assert_eq!(
        missing.status(),
        reqwest::StatusCode::BAD_REQUEST,
        "no subscription named"
    );
}

#[tokio::test]
async fn a_card_needing_authentication_leaves_the_payment_awaiting_the_customer() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let price = plan(&tenant, "Pro", 2, 2900).await;
    let customer = tenant.create_customer("ada@example.com").await;
    let card = tenant.add_card(&customer, "4000002760003184").await;
    tenant
        .api
        .authenticate_payment_method(&card.id, true)
        .await
        .expect("card set up");
    let sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": price.id}),
            None,
        )
        .await
        .expect("subscribed");
    assert_eq!(sub.status, SubscriptionStatus::PastDue);
    let invoice_id = sub.latest_invoice.clone().expect("invoice");
    let attempts: List<serde_json::Value> = get(&tenant, &format!("/v1/invoices/{invoice_id}/payment_attempts")).await;
    assert_eq!(attempts.data[0]["status"], "requires_action");
    assert_eq!(count(&event_types(&tenant).await, "invoice.payment_action_required"), 1);

    let err = tenant
        .api
        .post::<_, Invoice>(&format!("/v1/invoices/{invoice_id}/pay"), &json!({}), None)
        .await
        .expect_err("needs the customer");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::AuthenticationRequired
    );
    let paid: Invoice = tenant
        .api
        .post(
            &format!("/v1/invoices/{invoice_id}/pay"),
            &json!({"authentication": "approve"}),
            None,
        )
        .await
        .expect("confirmed by the customer");
    assert_eq!(paid.status, InvoiceStatus::Paid);
    let sub: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(sub.status, SubscriptionStatus::Active);
}

#[tokio::test]
async fn paying_and_voiding_follow_the_invoice_state_machine() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let price = plan(&tenant, "Pro", 2, 2900).await;
    let customer = tenant.create_customer("ada@example.com").await;
    let sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": price.id}),
            None,
        )
        .await
        .expect("subscribed");
    let invoice_id = sub.latest_invoice.clone().expect("invoice");
    let err = tenant
        .api
        .post::<_, Invoice>(&format!("/v1/invoices/{invoice_id}/pay"), &json!({}), None)
        .await
        .expect_err("no card");
    assert_eq!(
        (err.status(), err.envelope().expect("envelope").error.code),
        (Some(402), ErrorCode::PaymentMethodMissing)
    );

    let declining = tenant.add_card(&customer, "4000000000000341").await;
    let err = tenant
        .api
        .post::<_, Invoice>(
            &format!("/v1/invoices/{invoice_id}/pay"),
            &json!({"payment_method": declining.id}),
            None,
        )
        .await
        .expect_err("declined");
    let envelope = err.envelope().expect("envelope");
    assert_eq!(
        (envelope.error.code, envelope.error.decline_code.as_deref()),
        (ErrorCode::CardDeclined, Some("generic_decline"))
    );

    let voided: Invoice = tenant
        .api
        .post(&format!("/v1/invoices/{invoice_id}/void"), &json!({}), None)
        .await
        .expect("voided");
    assert_eq!(voided.status, InvoiceStatus::Void);
    let err = tenant
        .api
        .post::<_, Invoice>(&format!("/v1/invoices/{invoice_id}/pay"), &json!({}), None)
        .await
        .expect_err("void");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::InvoiceNotPayable
    );
    let err = tenant
        .api
        .post::<_, Invoice>(&format!("/v1/invoices/{invoice_id}/void"), &json!({}), None)
        .await
        .expect_err("twice");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::InvoiceNotPayable
    );
}

#[tokio::test]
async fn merchant_settings_change_downgrades_dunning_and_the_last_card_rule() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let starter = plan(&tenant, "Starter", 1, 900).await;
    let pro = plan(&tenant, "Pro", 2, 2900).await;
    let settings: serde_json::Value = get(&tenant, "/v1/billing_settings").await;
    assert_eq!(settings["downgrade_behavior"], "at_period_end");
    assert_eq!(settings["invoice_prefix"], "ACME");
    let err = tenant
        .api
        .post::<_, serde_json::Value>("/v1/billing_settings", &json!({"downgrade_behavior": "whenever"}), None)
        .await
        .expect_err("invalid");
    assert_eq!(
        err.envelope().expect("envelope").error.param.as_deref(),
        Some("downgrade_behavior")
    );

    let customer = tenant.create_customer("ada@example.com").await;
    let only_card = tenant.add_card(&customer, "4242424242424242").await;
    let sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": pro.id}),
            None,
        )
        .await
        .expect("subscribed");
    let err = tenant
        .api
        .detach_payment_method(&only_card.id)
        .await
        .expect_err("last card");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::LastPaymentMethod
    );

    tenant
        .api
        .post::<_, serde_json::Value>(
            "/v1/billing_settings",
            &json!({"downgrade_behavior": "immediately", "allow_detach_last_payment_method": true}),
            None,
        )
        .await
        .expect("updated");
    let downgraded: Subscription = tenant
        .api
        .post(
            &format!("/v1/subscriptions/{}", sub.id),
            &json!({"price": starter.id}),
            None,
        )
        .await
        .expect("now");
    assert_eq!(downgraded.price, starter.id);
    let credit_note: Invoice = get(
        &tenant,
        &format!("/v1/invoices/{}", downgraded.latest_invoice.expect("invoice")),
    )
    .await;
    assert!(
        credit_note.total < 0,
        "unused Pro time exceeds the Starter time: {}",
        credit_note.total
    );
    assert_eq!((credit_note.amount_due, credit_note.status.as_str()), (0, "paid"));
    let reloaded = tenant.api.retrieve_customer(&customer.id).await.expect("customer");
    assert_eq!(
        reloaded.credit_balance, -credit_note.total,
        "the excess becomes customer credit"
    );
    tenant
        .api
        .detach_payment_method(&only_card.id)
        .await
        .expect("allowed now");
}

#[tokio::test]
async fn metered_usage_is_recorded_once_per_key_and_billed_in_arrears() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (sub, clock) = metered_subscription(&tenant, 2).await;
    assert_eq!(sub.latest_invoice, None, "nothing is billed in advance");

    let usage = |quantity: i64, at: &str| json!({"quantity": quantity, "timestamp": at});
    let path = format!("/v1/subscriptions/{}/usage_records", sub.id);
    tenant
        .api
        .post::<_, serde_json::Value>(&path, &usage(100, "2026-03-02T00:00:00Z"), Some("batch-1"))
        .await
        .expect("recorded");
    tenant
        .api
        .post::<_, serde_json::Value>(&path, &usage(100, "2026-03-02T00:00:00Z"), Some("batch-1"))
        .await
        .expect("replayed");
    tenant
        .api
        .post::<_, serde_json::Value>(&path, &usage(50, "2026-03-03T00:00:00Z"), Some("batch-2"))
        .await
        .expect("recorded");
    let err = tenant
        .api
        .post::<_, serde_json::Value>(&path, &usage(5, "2026-05-01T00:00:00Z"), Some("late"))
        .await
        .expect_err("outside the period");
    assert_eq!(
        err.envelope().expect("envelope").error.param.as_deref(),
        Some("timestamp")
    );
    let summary: serde_json::Value = get(&tenant, &format!("/v1/subscriptions/{}/usage", sub.id)).await;
    assert_eq!(
        (summary["total_usage"].as_i64(), summary["amount"].as_i64()),
        (Some(150), Some(300))
    );

    let upcoming: UpcomingInvoice = get(&tenant, &format!("/v1/invoices/upcoming?subscription={}", sub.id)).await;
    assert_eq!(
        (upcoming.amount_due, upcoming.lines[0].quantity),
        (300, 150),
        "the usage so far, in arrears"
    );
    advance(&tenant, &clock, "2026-04-01T01:00:00Z").await;
    let sub: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    let invoice: Invoice = get(
        &tenant,
        &format!("/v1/invoices/{}", sub.latest_invoice.expect("invoice")),
    )
    .await;
    assert_eq!(
        (invoice.total, invoice.lines[0].quantity, invoice.status.as_str()),
        (300, 150, "paid")
    );
    assert_eq!(invoice.period_start.to_rfc3339(), "2026-03-01T00:00:00+00:00");
    assert_the_preview_was_the_invoice(&upcoming, &invoice);
    let summary: serde_json::Value = get(&tenant, &format!("/v1/subscriptions/{}/usage", sub.id)).await;
    assert_eq!(summary["total_usage"].as_i64(), Some(0), "a new period starts empty");
}

#[tokio::test]
async fn usage_that_would_bring_the_period_over_what_an_invoice_holds_is_refused_and_not_recorded() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    // The largest unit amount: 10 000 units make 10^15 minor units.
    let (sub, _clock) = metered_subscription(&tenant, 99_999_999_999).await;
    let path = format!("/v1/subscriptions/{}/usage_records", sub.id);
    let usage = |quantity: i64, action: &str| json!({"quantity": quantity, "timestamp": "2026-03-02T00:00:00Z", "action": action});

    let recorded: serde_json::Value = tenant
        .api
        .post(&path, &usage(5_000, "increment"), Some("first"))
        .await
        .expect("recorded");
    assert_eq!(recorded["action"], "increment");
    for (quantity, action, key) in [(1_000_000_000, "increment", "huge"), (20_000, "set", "huge-set")] {
        let err = tenant
            .api
            .post::<_, serde_json::Value>(&path, &usage(quantity, action), Some(key))
            .await
            .expect_err("over what an invoice holds");
        assert_eq!(err.status(), Some(400), "{action}");
        assert_eq!(
            err.envelope().expect("envelope").error.param.as_deref(),
            Some("quantity")
        );
    }
    let err = tenant
        .api
        .post::<_, serde_json::Value>(&path, &usage(1, "add"), Some("bogus"))
        .await
        .expect_err("an unknown action");
    assert_eq!(err.envelope().expect("envelope").error.param.as_deref(), Some("action"));

    let summary: serde_json::Value = get(&tenant, &format!("/v1/subscriptions/{}/usage", sub.id)).await;
    assert_eq!(
        (summary["total_usage"].as_i64(), summary["amount"].as_i64()),
        (Some(5_000), Some(499_999_999_995_000)),
        "the refused reports were not recorded"
    );
}

/// A customer (with a card, on a test clock at 2026-03-01) subscribed to a new metered
/// monthly price of `unit_amount` cents; the subscription and the clock.
pub(crate) async fn metered_subscription(tenant: &TestTenant, unit_amount: i64) -> (Subscription, TestClock) {
    let product = tenant
        .api
        .create_product(&CreateProductRequest {
            name: "API calls".into(),
            ..Default::default()
        })
        .await
        .expect("product");
    let price = tenant
        .api
        .create_price(&CreatePriceRequest {
            product: product.id.to_string(),
            currency: "usd".into(),
            unit_amount,
            recurring: RecurringParams {
                interval: "month".into(),
                interval_count: None,
                usage_type: Some("metered".into()),
            },
            nickname: None,
            metadata: None,
        })
        .await
        .expect("metered price");
    assert_eq!(price.recurring.usage_type, "metered");
    let (clock, customer) = clocked_customer(tenant, "2026-03-01T00:00:00Z").await;
    tenant.add_card(&customer, "4242424242424242").await;
    let sub = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": price.id}),
            None,
        )
        .await
        .expect("subscribed");
    (sub, clock)
}

/// The text of a PDF, as `pdftotext` reads it.
fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("invoice.pdf");
    std::fs::write(&path, bytes).expect("write");
    let tool = std::env::var("PDFTOTEXT").unwrap_or_else(|_| "/usr/bin/pdftotext".to_owned());
    let output = std::process::Command::new(&tool)
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|err| panic!("{tool} runs (apt-get install poppler-utils): {err}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test]
async fn invoice_pdfs_show_the_invoice_and_its_status_and_render_deterministically() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme Analytics").await;
    let price = plan(&tenant, "Pro", 2, 2900).await;
    let customer = tenant
        .api
        .create_customer(
            &CreateCustomerRequest {
                name: Some("Ada Lovelace".into()),
                email: Some("ada@example.com".into()),
                address: Some(paylera_shared::customer::AddressParams {
                    line1: Some("12 St James's Square".into()),
                    city: Some("London".into()),
                    postal_code: Some("sw1y4lb".into()),
                    country: Some("GB".into()),
                    ..Default::default()
                }),
                ..Default::default()
            },
            None,
        )
        .await
        .expect("customer");
    tenant
        .api
        .create_tax_id(
            &customer.id,
            &paylera_shared::tax_id::CreateTaxIdRequest {
                kind: "gb_vat".into(),
                value: "GB980780684".into(),
            },
        )
        .await
        .expect("tax id");
    tenant.add_card(&customer, "4242424242424242").await;
    let paid_sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": price.id}),
            None,
        )
        .await
        .expect("subscribed");
    let other = tenant.create_customer("grace@example.com").await;
    let open_sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": other.id, "price": price.id}),
            None,
        )
        .await
        .expect("unpaid");

    let download = |id: String| {
        let request = tenant.api.request(Method::GET, &format!("/v1/invoices/{id}/pdf"));
        async move {
            let response = request.send().await.expect("sent");
            assert_eq!(response.status(), 200);
            assert_eq!(response.headers()["content-type"], "application/pdf");
            response.bytes().await.expect("bytes").to_vec()
        }
    };
    // The invoice carries the tenant's portal branding.
    let branding = json!({"business_name": "Acme Analytics Ltd", "accent_color": "#0A7CFF"});
    tenant
        .api
        .post::<_, serde_json::Value>("/v1/portal/configuration", &branding, None)
        .await
        .expect("branded");
    let paid_id = paid_sub.latest_invoice.expect("invoice").to_string();
    let bytes = download(paid_id.clone()).await;
    assert!(bytes.starts_with(b"%PDF"));
    assert!(bytes.len() < 96 * 1024, "one page stays small: {} bytes", bytes.len());
    assert_eq!(
        download(paid_id.clone()).await,
        bytes,
        "the same invoice renders the same bytes"
    );
    let text = pdf_text(&bytes);
    for expected in [
        "ACME-0001",
        "Acme Analytics Ltd",
        "Ada Lovelace",
        "SW1Y 4LB",
        "GB980780684",
        "1 × Pro",
        "$29.00",
        "Paid",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from:\n{text}");
    }

    let open_id = open_sub.latest_invoice.expect("invoice").to_string();
    assert!(pdf_text(&download(open_id.clone()).await).contains("Open"));
    tenant
        .api
        .post::<_, Invoice>(&format!("/v1/invoices/{open_id}/void"), &json!({}), None)
        .await
        .expect("voided");
    assert!(pdf_text(&download(open_id).await).contains("Void"));
}
