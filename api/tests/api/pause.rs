//! Pausing and resuming a subscription's billing, driven by a test clock: a pause
//! starts at the end of the paid period, bills nothing while it lasts, and resumes on
//! its date or earlier; the portal may pause only as its configuration allows. And the
//! retention offers a merchant makes instead of a cancellation: a discount on the next
//! renewals, or a pause.

use paylera_shared::{
    ErrorCode,
    client::ApiClient,
    customer::Customer,
    invoice::{Invoice, UpcomingInvoice},
    list::List,
    subscription::{
        AcceptRetentionOfferRequest, CancellationReason, PauseSubscriptionRequest, Subscription, SubscriptionDiscount,
        SubscriptionStatus,
    },
    test_clock::TestClock,
};
use serde_json::{Value, json};

use crate::billing::{advance, clocked_customer, count, event_types, get, metered_subscription, plan};
use crate::helpers::{TestApp, TestTenant, spawn_app};

/// A customer with a card on a test clock at `time`, subscribed to a $29 monthly plan.
async fn subscribed(tenant: &TestTenant, time: &str) -> (TestClock, Customer, Subscription) {
    let price = plan(tenant, "Pro", 2, 2900).await;
    let (clock, customer) = clocked_customer(tenant, time).await;
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
    (clock, customer, sub)
}

async fn pause(
    api: &ApiClient,
    sub: &Subscription,
    periods: i64,
) -> Result<Subscription, (Option<u16>, ErrorCode, String)> {
    api.pause_subscription(&sub.id, &PauseSubscriptionRequest { periods }, None)
        .await
        .map_err(|err| {
            let envelope = err.envelope().expect("an error envelope");
            (
                err.status(),
                envelope.error.code,
                envelope.error.param.clone().unwrap_or_default(),
            )
        })
}

async fn invoices_of(tenant: &TestTenant, customer: &Customer) -> Vec<Invoice> {
    let list: List<Invoice> = get(tenant, &format!("/v1/invoices?customer={}&limit=100", customer.id)).await;
    list.data
}

fn at(time: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(time)
        .expect("a time")
        .to_utc()
        .to_rfc3339()
}

#[tokio::test]
async fn a_paused_subscription_bills_nothing_until_it_resumes_on_its_own_date() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (clock, customer, sub) = subscribed(&tenant, "2026-01-15T09:00:00Z").await;
    assert_eq!(invoices_of(&tenant, &customer).await.len(), 1, "the first period");

    // Asked on Jan 20: billing stops at the paid period's end, for two months.
    advance(&tenant, &clock, "2026-01-20T09:00:00Z").await;
    let pausing = pause(&tenant.api, &sub, 2).await.expect("pause scheduled");
    assert_eq!(
        pausing.status,
        SubscriptionStatus::Active,
        "nothing changes before the period ends"
    );
    let scheduled = pausing.pause.clone().expect("a pause");
    assert_eq!(scheduled.starts_at.to_rfc3339(), at("2026-02-15T09:00:00Z"));
    assert_eq!(scheduled.resumes_at.to_rfc3339(), at("2026-04-15T09:00:00Z"));

    // The next charge moves to the end of the pause.
    let upcoming: UpcomingInvoice = get(&tenant, &format!("/v1/invoices/upcoming?subscription={}", sub.id)).await;
    assert_eq!(upcoming.next_payment_attempt.to_rfc3339(), at("2026-04-15T09:00:00Z"));
    assert_eq!(
        (
            upcoming.period_start.to_rfc3339(),
            upcoming.period_end.to_rfc3339(),
            upcoming.amount_due
        ),
        (at("2026-04-15T09:00:00Z"), at("2026-05-15T09:00:00Z"), 2900)
    );

    // A plan change waits until billing runs again.
    let err = tenant
        .api
        .post::<_, Subscription>(&format!("/v1/subscriptions/{}", sub.id), &json!({"quantity": 2}), None)
        .await
        .expect_err("refused while pausing");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::ParameterInvalid
    );

    // The period ends: paused, and nothing is invoiced for February or March.
    advance(&tenant, &clock, "2026-03-20T09:00:00Z").await;
    let paused: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(paused.status, SubscriptionStatus::Paused);
    assert_eq!(paused.current_period_start.to_rfc3339(), at("2026-02-15T09:00:00Z"));
    assert_eq!(paused.current_period_end.to_rfc3339(), at("2026-04-15T09:00:00Z"));
    assert_eq!(paused.pause, Some(scheduled));
    assert_eq!(
        invoices_of(&tenant, &customer).await.len(),
        1,
        "nothing billed while paused"
    );

    // It resumes by itself on its date: a new period, invoiced and paid.
    advance(&tenant, &clock, "2026-04-15T10:00:00Z").await;
    let resumed: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(resumed.status, SubscriptionStatus::Active);
    assert_eq!(resumed.pause, None);
    assert_eq!(
        (
            resumed.current_period_start.to_rfc3339(),
            resumed.current_period_end.to_rfc3339()
        ),
        (at("2026-04-15T09:00:00Z"), at("2026-05-15T09:00:00Z"))
    );
    let invoices = invoices_of(&tenant, &customer).await;
    assert_eq!(invoices.len(), 2);
    let renewal = invoices
        .iter()
        .find(|i| Some(&i.id) == resumed.latest_invoice.as_ref())
        .expect("the renewal");
    assert_eq!((renewal.status.as_str(), renewal.total), ("paid", 2900));
    assert_eq!(renewal.lines[0].period_start.to_rfc3339(), at("2026-04-15T09:00:00Z"));
    assert_eq!(
        upcoming.lines, renewal.lines,
        "what the preview showed during the pause is what was billed"
    );

    let types = event_types(&tenant).await;
    assert_eq!(count(&types, "subscription.paused"), 1, "{types:?}");
    assert_eq!(count(&types, "subscription.resumed"), 1, "{types:?}");
    let paused_at = types.iter().position(|t| t == "subscription.paused");
    let resumed_at = types.iter().position(|t| t == "subscription.resumed");
    assert!(paused_at < resumed_at, "{types:?}");
}

#[tokio::test]
async fn resuming_early_bills_a_new_period_from_today_and_withdrawing_a_pause_bills_nothing() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (clock, customer, sub) = subscribed(&tenant, "2026-01-15T09:00:00Z").await;

    // Withdrawn before it starts: nothing billed, the subscription renews as before.
    pause(&tenant.api, &sub, 1).await.expect("scheduled");
    let kept = tenant.api.resume_subscription(&sub.id, None).await.expect("withdrawn");
    assert_eq!((kept.status, kept.pause.clone()), (SubscriptionStatus::Active, None));
    assert_eq!(kept.current_period_end, sub.current_period_end);
    assert_eq!(invoices_of(&tenant, &customer).await.len(), 1);

    // Paused from Feb 15 for three months, resumed on Mar 1 at noon.
    pause(&tenant.api, &sub, 3).await.expect("scheduled");
    advance(&tenant, &clock, "2026-03-01T12:00:00Z").await;
    let paused: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(paused.status, SubscriptionStatus::Paused);
    let resumed = tenant.api.resume_subscription(&sub.id, None).await.expect("resumed");
    assert_eq!(resumed.status, SubscriptionStatus::Active);
    assert_eq!(
        (
            resumed.current_period_start.to_rfc3339(),
            resumed.current_period_end.to_rfc3339()
        ),
        (at("2026-03-01T12:00:00Z"), at("2026-04-01T12:00:00Z")),
        "today starts a period and becomes the billing day"
    );
    let invoices = invoices_of(&tenant, &customer).await;
    assert_eq!(invoices.len(), 2);
    let charged: Invoice = get(
        &tenant,
        &format!("/v1/invoices/{}", resumed.latest_invoice.clone().expect("an invoice")),
    )
    .await;
    assert_eq!((charged.status.as_str(), charged.total), ("paid", 2900));

    // From then on it renews on its new day.
    advance(&tenant, &clock, "2026-04-01T13:00:00Z").await;
    let renewed: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(renewed.current_period_end.to_rfc3339(), at("2026-05-01T12:00:00Z"));
    assert_eq!(invoices_of(&tenant, &customer).await.len(), 3);

    let types = event_types(&tenant).await;
    assert_eq!(count(&types, "subscription.paused"), 1, "{types:?}");
    assert_eq!(
        count(&types, "subscription.resumed"),
        2,
        "withdrawn, then resumed: {types:?}"
    );
}

#[tokio::test]
async fn a_pause_is_refused_when_it_cannot_be_kept_and_a_paused_subscription_cancels_at_once() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (clock, _, sub) = subscribed(&tenant, "2026-01-15T09:00:00Z").await;
    let refused = |code: ErrorCode, param: &str| Err((Some(400), code, param.to_owned()));

    for periods in [0, 13, -1, i64::MAX, i64::MIN] {
        assert_eq!(
            pause(&tenant.api, &sub, periods).await,
            refused(ErrorCode::ParameterInvalid, "periods")
        );
    }
    let err = tenant
        .api
        .post::<_, Subscription>(
            &format!("/v1/subscriptions/{}/pause", sub.id),
            &json!({"periods": 1, "behavior": "void"}),
            None,
        )
        .await
        .expect_err("an unknown field");
    assert_eq!(err.status(), Some(400));
    assert_eq!(
        tenant
            .api
            .resume_subscription(&sub.id, None)
            .await
            .map_err(|e| e.status()),
        Err(Some(400)),
        "nothing to resume"
    );

    // A pending cancellation, a pause already scheduled, a trial, a metered price.
    tenant
        .api
        .post::<_, Subscription>(&format!("/v1/subscriptions/{}/cancel", sub.id), &json!({}), None)
        .await
        .expect("canceling");
    assert_eq!(
        pause(&tenant.api, &sub, 1).await,
        refused(ErrorCode::ParameterInvalid, "")
    );
    tenant.api.reactivate_subscription(&sub.id, None).await.expect("kept");
    pause(&tenant.api, &sub, 1).await.expect("scheduled");
    assert_eq!(
        pause(&tenant.api, &sub, 2).await,
        refused(ErrorCode::ParameterInvalid, "")
    );

    let trial_price = plan(&tenant, "Trial", 3, 900).await;
    let (_, trialing) = clocked_customer(&tenant, "2026-01-15T09:00:00Z").await;
    let trial: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": trialing.id, "price": trial_price.id, "trial_period_days": 7}),
            None,
        )
        .await
        .expect("trialing");
    assert_eq!(
        pause(&tenant.api, &trial, 1).await,
        refused(ErrorCode::ParameterInvalid, "")
    );
    let (metered, _) = metered_subscription(&tenant, 5).await;
    assert_eq!(
        pause(&tenant.api, &metered, 1).await,
        refused(ErrorCode::ParameterInvalid, "")
    );

    // Canceling a pause not yet started drops the pause; canceling a paused one ends it now.
    advance(&tenant, &clock, "2026-02-20T09:00:00Z").await;
    let paused: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(paused.status, SubscriptionStatus::Paused);
    let canceled: Subscription = tenant
        .api
        .post(
            &format!("/v1/subscriptions/{}/cancel", sub.id),
            &json!({"reason": "unused"}),
            None,
        )
        .await
        .expect("canceled");
    assert_eq!(canceled.status, SubscriptionStatus::Canceled);
    assert_eq!(
        canceled.ended_at.map(|t| t.to_rfc3339()),
        Some(at("2026-02-20T09:00:00Z"))
    );
    assert_eq!(canceled.pause, None);
}

/// A portal client for `customer` in a session with `configuration`.
async fn portal(app: &TestApp, tenant: &TestTenant, customer: &Customer, configuration: Value) -> ApiClient {
    app.portal_client(tenant, customer.id.as_str(), configuration).await
}

#[tokio::test]
async fn the_portal_pauses_only_when_the_merchant_enables_it_and_only_as_long_as_allowed() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (_, customer, sub) = subscribed(&tenant, "2026-01-15T09:00:00Z").await;

    let by_default = portal(&app, &tenant, &customer, json!({})).await;
    let err = pause(&by_default, &sub, 1).await.expect_err("off by default");
    assert_eq!((err.0, err.1), (Some(403), ErrorCode::PortalFeatureDisabled));
    let err = by_default
        .resume_subscription(&sub.id, None)
        .await
        .expect_err("off by default");
    assert_eq!(err.status(), Some(403));

    let allowed = portal(
        &app,
        &tenant,
        &customer,
        json!({"subscription_pause_enabled": true, "subscription_pause_max_periods": 2}),
    )
    .await;
    assert_eq!(
        pause(&allowed, &sub, 3).await,
        Err((Some(400), ErrorCode::ParameterInvalid, "periods".to_owned())),
        "longer than the configuration allows"
    );
    let pausing = pause(&allowed, &sub, 2).await.expect("paused from the portal");
    assert!(pausing.pause.is_some());
    let kept = allowed
        .resume_subscription(&sub.id, None)
        .await
        .expect("withdrawn from the portal");
    assert_eq!(kept.pause, None);

    // Another customer's subscription does not exist for this session.
    let (_, _, other) = subscribed(&tenant, "2026-01-15T09:00:00Z").await;
    let err = pause(&allowed, &other, 1).await.expect_err("not theirs");
    assert_eq!(err.0, Some(404));

    // A configuration cannot allow a pause longer than twelve periods.
    let err = tenant
        .api
        .post::<_, Value>(
            "/v1/portal/sessions",
            &json!({"customer_id": customer.id, "return_url": "https://merchant.example/",
                    "configuration": {"subscription_pause_max_periods": 13}}),
            None,
        )
        .await
        .expect_err("too long");
    let envelope = err.envelope().expect("envelope");
    assert_eq!(envelope.error.code, ErrorCode::ParameterInvalid);
    assert!(
        envelope
            .error
            .param
            .as_deref()
            .is_some_and(|p| p.ends_with("subscription_pause_max_periods")),
        "{:?}",
        envelope.error.param
    );
}

#[tokio::test]
async fn a_retention_discount_takes_its_percentage_off_the_next_renewals_then_ends() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (clock, customer, sub) = subscribed(&tenant, "2026-01-15T09:00:00Z").await;
    let _: Value = tenant
        .api
        .post(
            "/v1/portal/configuration",
            &json!({"subscription_cancel_retention_offers": [
                {"reason": "too_expensive", "type": "discount", "percent_off": 20, "periods": 2}
            ]}),
            None,
        )
        .await
        .expect("offers configured");

    let err = tenant
        .api
        .accept_retention_offer(
            &sub.id,
            &AcceptRetentionOfferRequest {
                reason: CancellationReason::Unused,
            },
            None,
        )
        .await
        .expect_err("no offer for that reason");
    let envelope = err.envelope().expect("envelope");
    assert_eq!(
        (envelope.error.code, envelope.error.param.as_deref()),
        (ErrorCode::ParameterInvalid, Some("reason"))
    );

    let offer = AcceptRetentionOfferRequest {
        reason: CancellationReason::TooExpensive,
    };
    let kept = tenant
        .api
        .accept_retention_offer(&sub.id, &offer, None)
        .await
        .expect("taken");
    assert_eq!(
        kept.discount,
        Some(SubscriptionDiscount {
            percent_off: 20,
            periods_remaining: 2
        })
    );
    assert_eq!(
        (kept.status, kept.cancel_at_period_end),
        (SubscriptionStatus::Active, false)
    );
    assert_eq!(
        tenant
            .api
            .accept_retention_offer(&sub.id, &offer, None)
            .await
            .map_err(|e| e.status())
            .err(),
        Some(Some(400)),
        "an offer is not taken twice over"
    );

    // The preview shows the discount; the renewals bill exactly that, twice.
    let upcoming: UpcomingInvoice = get(&tenant, &format!("/v1/invoices/upcoming?subscription={}", sub.id)).await;
    assert_eq!(
        upcoming.lines.iter().map(|l| l.amount).collect::<Vec<_>>(),
        [2900, -580]
    );
    assert_eq!(upcoming.amount_due, 2320);
    advance(&tenant, &clock, "2026-02-15T10:00:00Z").await;
    let once: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    let renewal: Invoice = get(
        &tenant,
        &format!("/v1/invoices/{}", once.latest_invoice.clone().expect("invoice")),
    )
    .await;
    assert_eq!(renewal.lines, upcoming.lines);
    assert_eq!((renewal.status.as_str(), renewal.total), ("paid", 2320));
    assert_eq!(once.discount.map(|d| d.periods_remaining), Some(1));
    advance(&tenant, &clock, "2026-03-15T10:00:00Z").await;
    let twice: Subscription = get(&tenant, &format!("/v1/subscriptions/{}", sub.id)).await;
    assert_eq!(twice.discount, None, "used up");
    advance(&tenant, &clock, "2026-04-15T10:00:00Z").await;
    let totals: Vec<i64> = invoices_of(&tenant, &customer)
        .await
        .iter()
        .rev()
        .map(|i| i.total)
        .collect();
    assert_eq!(totals, [2900, 2320, 2320, 2900]);

    let updated = tenant
        .api
        .list_events(
            &paylera_shared::event::EventFilter {
                kind: Some("subscription.updated".into()),
            },
            &paylera_shared::list::ListParams::limit(100),
        )
        .await
        .expect("events")
        .data;
    assert!(
        updated
            .iter()
            .any(|event| event.data.object["discount"]["percent_off"] == 20
                && event
                    .data
                    .previous_attributes
                    .as_ref()
                    .is_some_and(|p| p["discount"].is_null())),
        "the offer taken is an update with the discount"
    );
}

#[tokio::test]
async fn the_portal_takes_only_the_offer_its_session_makes_even_a_pause_it_does_not_otherwise_offer() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (_, customer, sub) = subscribed(&tenant, "2026-01-15T09:00:00Z").await;
    let portal = portal(
        &app,
        &tenant,
        &customer,
        json!({"subscription_cancel_retention_offers": [{"reason": "unused", "type": "pause", "periods": 2}]}),
    )
    .await;
    let take = |reason: CancellationReason| {
        let portal = portal.clone();
        let id = sub.id.clone();
        async move {
            portal
                .accept_retention_offer(&id, &AcceptRetentionOfferRequest { reason }, None)
                .await
        }
    };
    let err = take(CancellationReason::TooExpensive).await.expect_err("not offered");
    assert_eq!(err.status(), Some(400));
    let paused = take(CancellationReason::Unused)
        .await
        .expect("a pause instead of canceling");
    let pause = paused.pause.expect("scheduled");
    assert_eq!(pause.starts_at, sub.current_period_end);
    assert_eq!(pause.resumes_at.to_rfc3339(), at("2026-04-15T09:00:00Z"));
    assert_eq!(
        take(CancellationReason::Unused).await.map_err(|e| e.status()).err(),
        Some(Some(400)),
        "already pausing"
    );
    // Pausing itself stays off in this session: only the offer paused it.
    assert_eq!(pause_err_status(&portal, &sub).await, Some(403));

    // A canceled subscription takes no offer.
    tenant
        .api
        .post::<_, Subscription>(
            &format!("/v1/subscriptions/{}/cancel", sub.id),
            &json!({"immediately": true}),
            None,
        )
        .await
        .expect("canceled");
    let err = take(CancellationReason::Unused).await.expect_err("ended");
    assert_eq!(
        err.envelope().map(|e| e.error.code),
        Some(ErrorCode::SubscriptionCanceled)
    );
}

async fn pause_err_status(api: &ApiClient, sub: &Subscription) -> Option<u16> {
    pause(api, sub, 1).await.err().and_then(|(status, _, _)| status)
}
