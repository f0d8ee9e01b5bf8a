//! Portal sessions: the single-use hand-off, scoped tokens, completion, locale
//! and return-URL rules.

use paylera_shared::portal::{AfterCompletion, FlowKind, FlowRedirect, PortalSessionStatus};
use paylera_shared::{
    ErrorCode,
    customer::{AddressParams, CreateCustomerRequest, UpdateCustomerRequest},
    event::{Event, EventFilter},
    list::ListParams,
    locale::Locale,
    patch::Patch,
    portal::{PortalSession, PortalToken},
};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestTenant, captured_logs, spawn_app, spawn_app_with};

pub(crate) async fn session(tenant: &TestTenant, body: Value) -> PortalSession {
    tenant
        .api
        .post("/v1/portal/sessions", &body, None)
        .await
        .expect("session created")
}

pub(crate) fn secret_of(session: &PortalSession) -> String {
    session
        .url
        .as_deref()
        .and_then(|u| u.rsplit_once("/p/"))
        .map(|(_, s)| s.to_owned())
        .expect("a /p/ link")
}

pub(crate) async fn exchange(app: &TestApp, secret: &str) -> reqwest::Response {
    app.http()
        .post(app.url("/v1/portal/sessions/exchange"))
        .json(&json!({"secret": secret}))
        .send()
        .await
        .expect("sent")
}

pub(crate) async fn events_of(tenant: &TestTenant, kind: &str) -> Vec<Event> {
    tenant
        .api
        .list_events(
            &EventFilter {
                kind: Some(kind.into()),
            },
            &ListParams::limit(100),
        )
        .await
        .expect("events")
        .data
}

#[tokio::test]
async fn a_link_works_once_and_yields_a_token_scoped_to_its_customer() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let grace = tenant.create_customer("grace@example.com").await;
    let created = session(
        &tenant,
        json!({"customer_id": ada.id, "return_url": "https://merchant.example/billing"}),
    )
    .await;
    assert!(created.id.starts_with("ps_"));
    assert_eq!(created.status, PortalSessionStatus::Created);
    assert!((created.expires_at - created.created).num_minutes() == 60);
    let secret = secret_of(&created);
    assert!(secret.len() >= 22, "≥ 128 bits");

    let response = exchange(&app, &secret).await;
    assert_eq!(response.status(), StatusCode::OK);
    let token: PortalToken = response.json().await.expect("token");
    assert!((token.token_expires_at - chrono::Utc::now()).num_minutes() <= 15);
    let portal = app.anonymous().with_bearer(&token.token);
    assert_eq!(
        portal.retrieve_customer(&ada.id).await.expect("own customer").id,
        ada.id
    );
    assert_eq!(
        portal
            .retrieve_customer(&grace.id)
            .await
            .expect_err("another customer")
            .status(),
        Some(404)
    );
    let err = portal
        .list_customers(&Default::default(), &ListParams::default())
        .await
        .expect_err("merchant only");
    assert_eq!(
        (err.status(), err.envelope().expect("envelope").error.code),
        (Some(403), ErrorCode::MerchantOnly)
    );

    // A used link and a link that never existed look exactly alike to a prober.
    let reused = exchange(&app, &secret).await;
    assert_eq!(reused.status(), StatusCode::NOT_FOUND);
    let reused: Value = reused.json().await.expect("envelope");
    assert_eq!(reused["error"]["code"], "portal_link_invalid");
    assert_eq!(reused["error"]["return_url"], Value::Null);
    let unknown = exchange(&app, "x".repeat(32).as_str()).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert_eq!(unknown.json::<Value>().await.expect("envelope"), reused);

    let merchant_view: PortalSession = paylera_shared::client::send(
        tenant
            .api
            .request(reqwest::Method::GET, &format!("/v1/portal/sessions/{}", created.id)),
    )
    .await
    .expect("retrieved");
    assert_eq!(merchant_view.status, PortalSessionStatus::Opened);
    assert_eq!(merchant_view.url, None, "the link is never shown again");
}

#[tokio::test]
async fn concurrent_exchanges_of_one_link_yield_exactly_one_token() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let secret = secret_of(
        &session(
            &tenant,
            json!({"customer_id": ada.id, "return_url": "https://merchant.example/"}),
        )
        .await,
    );
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..12 {
        let (url, secret) = (app.url("/v1/portal/sessions/exchange"), secret.clone());
        tasks.spawn(async move {
            reqwest::Client::new()
                .post(url)
                .json(&json!({"secret": secret}))
                .send()
                .await
                .map(|r| r.status())
        });
    }
    let mut statuses = Vec::new();
    while let Some(done) = tasks.join_next().await {
        statuses.push(done.expect("task").expect("sent"));
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == StatusCode::OK).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::OK || *s == StatusCode::NOT_FOUND)
    );
}

#[tokio::test]
async fn a_link_expires_after_sixty_minutes() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let created = session(
        &tenant,
        json!({"customer_id": ada.id, "return_url": "https://merchant.example/"}),
    )
    .await;
    // Move the session's clock 60 minutes back instead of sleeping.
    sqlx::query(
        "update portal_sessions set created = created - 3600, link_expires_at = link_expires_at - 3600 where id = $1",
    )
    .bind(&created.id)
    .execute(app.db.writer())
    .await
    .expect("aged");
    assert_eq!(
        exchange(&app, &secret_of(&created)).await.status(),
        StatusCode::NOT_FOUND
    );
    // The app's own sweeper may get there first (its first pass can be late on a
    // loaded machine); either way the session ends, once.
    paylera_api::portal::sweep(&app.db).await.expect("swept");
    let status: String = sqlx::query_scalar("select status from portal_sessions where id = $1")
        .bind(&created.id)
        .fetch_one(app.db.reader())
        .await
        .expect("status");
    assert_eq!(status, "expired");
    assert_eq!(paylera_api::portal::sweep(&app.db).await.expect("swept again"), 0);
    assert!(
        events_of(&tenant, "portal.session.completed").await.is_empty(),
        "a never-opened session ends silently"
    );
}

#[tokio::test]
async fn replaying_an_idempotent_create_returns_the_same_session_and_a_used_link_stays_used() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let body = json!({"customer_id": ada.id, "return_url": "https://merchant.example/"});
    let first: PortalSession = tenant
        .api
        .post("/v1/portal/sessions", &body, Some("ps-key"))
        .await
        .expect("created");
    assert_eq!(exchange(&app, &secret_of(&first)).await.status(), StatusCode::OK);
    let replay: PortalSession = tenant
        .api
        .post("/v1/portal/sessions", &body, Some("ps-key"))
        .await
        .expect("replayed");
    assert_eq!(replay.id, first.id);
    assert_eq!(
        exchange(&app, &secret_of(&replay)).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn return_urls_must_be_https_and_within_the_allowed_origins() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    for bad in [
        "http://merchant.example/",
        "javascript:alert(1)",
        "//evil.example",
        "https://user:pw@merchant.example/",
    ] {
        let err = tenant
            .api
            .post::<_, PortalSession>(
                "/v1/portal/sessions",
                &json!({"customer_id": ada.id, "return_url": bad}),
                None,
            )
            .await
            .expect_err(bad);
        let envelope = err.envelope().expect("envelope");
        assert_eq!(
            (envelope.error.code, envelope.error.param.as_deref()),
            (ErrorCode::ReturnUrlInvalid, Some("return_url")),
            "{bad}"
        );
    }
    session(
        &tenant,
        json!({"customer_id": ada.id, "return_url": "http://127.0.0.1:8000/back"}),
    )
    .await;

    let config: Value =
        paylera_shared::client::send(tenant.api.request(reqwest::Method::GET, "/v1/portal/configuration"))
            .await
            .expect("config");
    assert_eq!(
        config["text_color"], "#FFFFFF",
        "white reads best on the default indigo accent"
    );
    // The answer's read-only `text_color` is not a field to post back.
    let posted_back = tenant
        .api
        .post::<_, Value>("/v1/portal/configuration", &config, None)
        .await
        .expect_err("read-only field");
    assert_eq!(
        posted_back.envelope().and_then(|e| e.error.param.as_deref()),
        Some("text_color")
    );
    let mut config = json!({"allowed_return_origins": ["https://app.merchant.example"], "accent_color": "#ffd400"});
    let saved: Value = tenant
        .api
        .post("/v1/portal/configuration", &config, None)
        .await
        .expect("saved");
    assert_eq!(
        (saved["accent_color"].as_str(), saved["text_color"].as_str()),
        (Some("#FFD400"), Some("#111111"))
    );
    config["accent_color"] = json!("yellow-ish");
    let err = tenant
        .api
        .post::<_, Value>("/v1/portal/configuration", &config, None)
        .await
        .expect_err("not a colour");
    assert_eq!(err.status(), Some(400));
    config["accent_color"] = json!("#FFD400");
    tenant
        .api
        .post::<_, Value>("/v1/portal/configuration", &config, None)
        .await
        .expect("saved");
    let err = tenant
        .api
        .post::<_, PortalSession>(
            "/v1/portal/sessions",
            &json!({"customer_id": ada.id, "return_url": "https://app.merchant.example.evil.com/"}),
            None,
        )
        .await
        .expect_err("other origin");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::ReturnUrlInvalid
    );
    session(
        &tenant,
        json!({"customer_id": ada.id, "return_url": "https://app.merchant.example/billing"}),
    )
    .await;
}

#[tokio::test]
async fn at_creation_the_locale_follows_explicit_then_customer_then_english() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let french = tenant
        .api
        .create_customer(
            &CreateCustomerRequest {
                preferred_locales: Some(vec!["fr-CA".into()]),
                ..Default::default()
            },
            None,
        )
        .await
        .expect("customer");
    let base = |customer: &str| json!({"customer_id": customer, "return_url": "https://merchant.example/"});
    let mut explicit = base(french.id.as_str());
    explicit["locale"] = json!("de");
    assert_eq!(session(&tenant, explicit).await.locale, Locale::De);
    assert_eq!(session(&tenant, base(french.id.as_str())).await.locale, Locale::Fr);
    // `auto` in any case asks for negotiation (an `Auto` was once stored as the locale).
    let mut auto = base(french.id.as_str());
    auto["locale"] = json!(" Auto");
    assert_eq!(session(&tenant, auto).await.locale, Locale::Fr);
    // The merchant's server is not the customer: its `Accept-Language` is not theirs.
    let with_header: PortalSession = paylera_shared::client::send(
        tenant
            .api
            .request(reqwest::Method::POST, "/v1/portal/sessions")
            .header("accept-language", "pt-BR,pt;q=0.9,en;q=0.5")
            .json(&base(ada.id.as_str())),
    )
    .await
    .expect("created");
    assert_eq!(with_header.locale, Locale::En);
    let mut unsupported = base(ada.id.as_str());
    unsupported["locale"] = json!("tlh");
    let err = tenant
        .api
        .post::<_, PortalSession>("/v1/portal/sessions", &unsupported, None)
        .await
        .expect_err("klingon");
    assert_eq!(err.envelope().expect("envelope").error.param.as_deref(), Some("locale"));
}

/// `GET /v1/portal/sessions/{id}` with the merchant's key.
async fn as_the_merchant_sees_it(app: &TestApp, tenant: &TestTenant, id: &str) -> PortalSession {
    app.http()
        .get(app.url(&format!("/v1/portal/sessions/{id}")))
        .bearer_auth(&tenant.secret_key)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("a session")
}

/// Opens `session`'s link as the portal server does, with the browser's `Accept-Language`.
async fn open_with_browser(app: &TestApp, session: &PortalSession, accept_language: Option<&str>) -> PortalToken {
    let mut body = json!({ "secret": secret_of(session) });
    if let Some(languages) = accept_language {
        body["accept_language"] = json!(languages);
    }
    let response = app
        .http()
        .post(app.url("/v1/portal/sessions/exchange"))
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 200);
    response.json().await.expect("token")
}

#[tokio::test]
async fn an_auto_session_speaks_the_customers_browser_then_the_merchants_default_unless_chosen_before() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let japanese = tenant
        .api
        .create_customer(
            &CreateCustomerRequest {
                preferred_locales: Some(vec!["ja".into()]),
                ..Default::default()
            },
            None,
        )
        .await
        .expect("customer");
    let base = |customer: &str| json!({"customer_id": customer, "return_url": "https://merchant.example/"});
    let french_browser = Some("fr-CA,fr;q=0.9,en;q=0.5");

    // `auto`: the browser that opens the link decides, and the merchant sees it.
    let auto = session(&tenant, base(ada.id.as_str())).await;
    assert_eq!(auto.locale, Locale::En);
    let token = open_with_browser(&app, &auto, french_browser).await;
    assert_eq!(token.session.as_ref().map(|s| s.locale), Some(Locale::Fr));
    assert_eq!(
        as_the_merchant_sees_it(&app, &tenant, &auto.id).await.locale,
        Locale::Fr
    );

    // Over the browser: the merchant's explicit locale, then the customer's preference.
    let mut explicit = base(ada.id.as_str());
    explicit["locale"] = json!("de");
    let token = open_with_browser(&app, &session(&tenant, explicit).await, french_browser).await;
    assert_eq!(token.session.map(|s| s.locale), Some(Locale::De));
    let token = open_with_browser(
        &app,
        &session(&tenant, base(japanese.id.as_str())).await,
        french_browser,
    )
    .await;
    assert_eq!(token.session.map(|s| s.locale), Some(Locale::Ja));

    // Under the browser: the merchant's default locale, then English.
    let mut config = json!({"default_locale": "es"});
    tenant
        .api
        .post::<_, Value>("/v1/portal/configuration", &config, None)
        .await
        .expect("saved");
    let token = open_with_browser(
        &app,
        &session(&tenant, base(ada.id.as_str())).await,
        Some("tlh, x-klingon"),
    )
    .await;
    assert_eq!(token.session.map(|s| s.locale), Some(Locale::Es));
    let token = open_with_browser(&app, &session(&tenant, base(ada.id.as_str())).await, None).await;
    assert_eq!(token.session.map(|s| s.locale), Some(Locale::Es));
    config["default_locale"] = json!("tlh");
    let err = tenant
        .api
        .post::<_, Value>("/v1/portal/configuration", &config, None)
        .await
        .expect_err("not a supported locale");
    assert_eq!(err.status(), Some(400));
}

#[tokio::test]
async fn the_customers_choice_of_language_is_kept_for_the_session() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let (id, token) = app.portal_token(&tenant, ada.id.as_str()).await;
    let portal = paylera_shared::client::ApiClient::new(app.url("")).with_bearer(&token);

    let chosen = portal.set_portal_session_locale(Locale::Ar).await.expect("chosen");
    assert_eq!(chosen.locale, Locale::Ar);
    assert_eq!(portal.current_portal_session().await.expect("read").locale, Locale::Ar);
    assert_eq!(as_the_merchant_sees_it(&app, &tenant, &id).await.locale, Locale::Ar);

    // Only a supported locale, only by the session's own token.
    let response = app
        .http()
        .post(app.url("/v1/portal/session"))
        .bearer_auth(&token)
        .json(&json!({"locale": "tlh"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 400);
    let response = app
        .http()
        .post(app.url("/v1/portal/session"))
        .bearer_auth(&tenant.secret_key)
        .json(&json!({"locale": "fr"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn a_session_whose_last_page_was_hidden_completes_within_seconds_and_a_later_page_keeps_it_open() {
    use paylera_shared::portal::PresenceState::{Leaving, Present};

    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let (id, token) = app.portal_token(&tenant, ada.id.as_str()).await;
    let portal = paylera_shared::client::ApiClient::new(app.url("")).with_bearer(&token);
    let status = || async { as_the_merchant_sees_it(&app, &tenant, &id).await.status };

    // Going from one page to the next: the next page is shown, whichever report comes
    // first; the session stays open past the grace.
    portal.report_presence(1_000, Present).await.expect("shown");
    portal.report_presence(1_000, Leaving).await.expect("hidden");
    portal.report_presence(2_000, Present).await.expect("next shown");
    portal
        .report_presence(3_000, Present)
        .await
        .expect("shown, reported early");
    portal
        .report_presence(2_000, Leaving)
        .await
        .expect("previous hidden, reported late");
    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    assert_eq!(status().await, PortalSessionStatus::Opened);
    assert!(events_of(&tenant, "portal.session.completed").await.is_empty());

    // Closing the tab: its page is hidden and none follows.
    let hidden_at = std::time::Instant::now();
    portal.report_presence(3_000, Leaving).await.expect("hidden");
    let completed = loop {
        let events = events_of(&tenant, "portal.session.completed").await;
        if !events.is_empty() {
            break events;
        }
        assert!(
            hidden_at.elapsed() < std::time::Duration::from_secs(10),
            "completed within seconds"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    assert_eq!(completed.len(), 1);
    assert_eq!(completed[0].data.object["status"], "completed");
    assert_eq!(status().await, PortalSessionStatus::Completed);
    let err = portal.retrieve_customer(&ada.id).await.expect_err("session over");
    assert_eq!(err.status(), Some(401));
}

#[tokio::test]
async fn completing_emits_one_summary_of_the_sessions_actions_and_ends_the_token() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let created = session(
        &tenant,
        json!({"customer_id": ada.id, "return_url": "https://merchant.example/done"}),
    )
    .await;
    let secret = secret_of(&created);
    let token: PortalToken = exchange(&app, &secret).await.json().await.expect("token");
    let portal = app.anonymous().with_bearer(&token.token);
    let address = AddressParams {
        line1: Some("10 Downing Street".into()),
        city: Some("London".into()),
        postal_code: Some("SW1A 2AA".into()),
        country: Some("GB".into()),
        ..Default::default()
    };
    portal
        .update_customer(
            &ada.id,
            &UpdateCustomerRequest {
                address: Patch::Value(address),
                ..Default::default()
            },
        )
        .await
        .expect("address changed in the portal");
    let err = portal
        .update_customer(
            &ada.id,
            &UpdateCustomerRequest {
                email: Patch::Value("x@y.zz".into()),
                ..Default::default()
            },
        )
        .await
        .expect_err("email is the merchant's");
    assert_eq!(err.status(), Some(403));

    let updated = events_of(&tenant, "customer.updated").await;
    assert_eq!(updated.len(), 1);
    assert_eq!(
        (updated[0].source.as_str(), updated[0].portal_session.as_deref()),
        ("portal", Some(created.id.as_str()))
    );

    let refreshed: PortalToken = portal
        .post("/v1/portal/sessions/refresh", &json!({}), None)
        .await
        .expect("refreshed");
    assert_ne!(refreshed.token, token.token);
    // A token that expired while the customer idled still refreshes while the session lives.
    let now = chrono::Utc::now().timestamp();
    let stale_claims = paylera_api::domain::portal::token::PortalClaims::issue(
        &tenant.id,
        ada.id.as_str(),
        &created.id,
        &paylera_api::domain::portal::features::Feature::ALL,
        now - 700,
        now - 100,
    );
    let stale = paylera_api::domain::portal::token::sign(&stale_claims, &app.portal_jwt_key()).expect("signed");
    let stale_portal = app.anonymous().with_bearer(&stale);
    assert_eq!(
        stale_portal
            .retrieve_customer(&ada.id)
            .await
            .expect_err("expired")
            .status(),
        Some(401)
    );
    let renewed: PortalToken = stale_portal
        .post("/v1/portal/sessions/refresh", &json!({}), None)
        .await
        .expect("renewed");
    assert!(renewed.session_expires_at.is_some_and(|end| end > chrono::Utc::now()));
    let done: Value = portal
        .post("/v1/portal/sessions/complete", &json!({}), None)
        .await
        .expect("completed");
    assert_eq!(done["return_url"], "https://merchant.example/done");
    let err = portal.retrieve_customer(&ada.id).await.expect_err("session over");
    assert_eq!(
        (err.status(), err.envelope().expect("envelope").error.code),
        (Some(401), ErrorCode::PortalTokenInvalid)
    );
    assert!(
        portal
            .post::<_, Value>("/v1/portal/sessions/complete", &json!({}), None)
            .await
            .is_err()
    );
    assert!(
        stale_portal
            .post::<_, PortalToken>("/v1/portal/sessions/refresh", &json!({}), None)
            .await
            .is_err(),
        "no refresh after the end"
    );
    paylera_api::portal::sweep(&app.db).await.expect("swept");

    let completed = events_of(&tenant, "portal.session.completed").await;
    assert_eq!(completed.len(), 1, "exactly once");
    let summary = &completed[0].data.object["summary"];
    assert_eq!(summary["counts"]["customer.updated"], 1);
    assert_eq!(summary["actions"][0]["object_id"], ada.id.as_str());
    assert!(
        summary["actions"][0]["changes"]["address"].is_null(),
        "the previous address was empty"
    );

    let logs = captured_logs();
    for secret_text in [
        secret.as_str(),
        token.token.as_str(),
        refreshed.token.as_str(),
        tenant.secret_key.as_str(),
    ] {
        assert!(!logs.contains(secret_text), "a secret reached the logs");
    }
}

#[tokio::test]
async fn revoking_a_session_ends_its_link_and_tokens_at_once() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let created = session(
        &tenant,
        json!({"customer_id": ada.id, "return_url": "https://merchant.example/"}),
    )
    .await;
    let token: PortalToken = exchange(&app, &secret_of(&created)).await.json().await.expect("token");
    let revoked: PortalSession = tenant
        .api
        .post(&format!("/v1/portal/sessions/{}/expire", created.id), &json!({}), None)
        .await
        .expect("revoked");
    assert_eq!(revoked.status, PortalSessionStatus::Revoked);
    let portal = app.anonymous().with_bearer(&token.token);
    assert_eq!(
        portal.retrieve_customer(&ada.id).await.expect_err("revoked").status(),
        Some(401)
    );
    assert_eq!(
        events_of(&tenant, "portal.session.completed").await.len(),
        1,
        "an opened session reports when revoked"
    );
}

#[tokio::test]
async fn a_disabled_feature_answers_403_naming_it() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let created = session(
        &tenant,
        json!({"customer_id": ada.id, "return_url": "https://merchant.example/", "configuration": {"tax_id_update_enabled": false}}),
    )
    .await;
    assert!(!created.configuration.settings.tax_id_update_enabled);
    let token: PortalToken = exchange(&app, &secret_of(&created)).await.json().await.expect("token");
    let portal = app.anonymous().with_bearer(&token.token);
    let err = portal
        .list_tax_ids(&ada.id, &ListParams::default())
        .await
        .expect_err("disabled");
    let envelope = err.envelope().expect("envelope");
    assert_eq!(
        (err.status(), envelope.error.code, envelope.error.param.as_deref()),
        (Some(403), ErrorCode::PortalFeatureDisabled, Some("tax_id_update"))
    );
}

#[tokio::test]
async fn the_sessions_configuration_restricts_plan_changes_and_cancellation() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let plan = |name: &'static str, rank: i64, amount: i64| {
        let api = tenant.api.clone();
        async move {
            let product: Value = api
                .post(
                    "/v1/products",
                    &json!({"name": name, "family": "plans", "rank": rank}),
                    None,
                )
                .await
                .expect("product");
            let price: Value = api
                .post("/v1/prices", &json!({"product": product["id"], "currency": "usd", "unit_amount": amount, "recurring": {"interval": "month"}}), None)
                .await
                .expect("price");
            price["id"].as_str().expect("id").to_owned()
        }
    };
    let (starter, pro, business) = (
        plan("Starter", 1, 900).await,
        plan("Pro", 2, 2900).await,
        plan("Business", 3, 9900).await,
    );
    let ada = tenant.create_customer("ada@example.com").await;
    tenant.add_card(&ada, "4242424242424242").await;
    let sub: Value = tenant
        .api
        .post("/v1/subscriptions", &json!({"customer": ada.id, "price": pro}), None)
        .await
        .expect("subscribed");
    let created = session(
        &tenant,
        json!({"customer_id": ada.id, "return_url": "https://merchant.example/", "configuration": {
            "subscription_update_downgrades_enabled": false,
            "subscription_update_allowed_prices": [starter, pro],
            "subscription_cancel_mode": "immediately"
        }}),
    )
    .await;
    let token: PortalToken = exchange(&app, &secret_of(&created)).await.json().await.expect("token");
    let portal = app.anonymous().with_bearer(&token.token);
    let path = format!("/v1/subscriptions/{}", sub["id"].as_str().expect("id"));
    let err = portal
        .post::<_, Value>(&path, &json!({"price": starter}), None)
        .await
        .expect_err("downgrades hidden");
    assert_eq!(
        err.envelope().expect("envelope").error.param.as_deref(),
        Some("subscription_update_downgrades")
    );
    let err = portal
        .post::<_, Value>(&path, &json!({"price": business}), None)
        .await
        .expect_err("not offered");
    assert_eq!(
        err.envelope().expect("envelope").error.param.as_deref(),
        Some("subscription_update_allowed_prices")
    );
    let canceled: Value = portal
        .post(&format!("{path}/cancel"), &json!({"reason": "too_expensive"}), None)
        .await
        .expect("canceled");
    assert_eq!(
        canceled["status"], "canceled",
        "the configuration's mode (immediately) applies"
    );
    let events = events_of(&tenant, "subscription.canceled").await;
    assert_eq!(
        (events[0].source.as_str(), events[0].portal_session.as_deref()),
        ("portal", Some(created.id.as_str()))
    );

    // Subscribing again from the portal: only an offered price, and no trial.
    let subscribe = |body: Value| {
        let portal = &portal;
        async move { portal.post::<_, Value>("/v1/subscriptions", &body, None).await }
    };
    let err = subscribe(json!({"customer": ada.id, "price": business}))
        .await
        .expect_err("not offered");
    assert_eq!(
        (err.status(), err.envelope().expect("envelope").error.param.as_deref()),
        (Some(403), Some("subscription_update_allowed_prices"))
    );
    let err = subscribe(json!({"customer": ada.id, "price": pro, "trial_period_days": 700}))
        .await
        .expect_err("a trial is the merchant's to give");
    assert_eq!(
        err.envelope().expect("envelope").error.param.as_deref(),
        Some("trial_period_days")
    );
    let again = subscribe(json!({"customer": ada.id, "price": pro}))
        .await
        .expect("an offered price");
    assert_eq!(
        (again["price"].as_str(), again["status"].as_str()),
        (Some(pro.as_str()), Some("active"))
    );
}

#[tokio::test]
async fn without_allowed_prices_a_portal_customer_may_only_subscribe_again_to_a_price_they_had() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let product: Value = tenant
        .api
        .post("/v1/products", &json!({"name": "Plans"}), None)
        .await
        .expect("product");
    let mut prices = Vec::new();
    for amount in [900, 4900] {
        let price: Value = tenant
            .api
            .post("/v1/prices", &json!({"product": product["id"], "currency": "usd", "unit_amount": amount, "recurring": {"interval": "month"}}), None)
            .await
            .expect("price");
        prices.push(price["id"].as_str().expect("id").to_owned());
    }
    let (plan, other) = (&prices[0], &prices[1]);
    let ada = tenant.create_customer("ada@example.com").await;
    tenant.add_card(&ada, "4242424242424242").await;
    let created = session(
        &tenant,
        json!({"customer_id": ada.id, "return_url": "https://merchant.example/"}),
    )
    .await;
    let token: PortalToken = exchange(&app, &secret_of(&created)).await.json().await.expect("token");
    let portal = app.anonymous().with_bearer(&token.token);
    let subscribe = |price: &str| {
        let body = json!({"customer": ada.id, "price": price});
        let portal = &portal;
        async move { portal.post::<_, Value>("/v1/subscriptions", &body, None).await }
    };

    let err = subscribe(plan).await.expect_err("never subscribed");
    assert_eq!(
        err.envelope().expect("envelope").error.param.as_deref(),
        Some("subscription_update_allowed_prices")
    );

    let sub: Value = tenant
        .api
        .post("/v1/subscriptions", &json!({"customer": ada.id, "price": plan}), None)
        .await
        .expect("merchant subscribes");
    let _: Value = tenant
        .api
        .post(
            &format!("/v1/subscriptions/{}/cancel", sub["id"].as_str().expect("id")),
            &json!({"immediately": true}),
            None,
        )
        .await
        .expect("ended");
    subscribe(other).await.expect_err("a price the customer never had");
    let again = subscribe(plan).await.expect("the ended plan");
    assert_eq!(again["price"].as_str(), Some(plan.as_str()));
}

#[tokio::test]
async fn exchanges_are_rate_limited_per_client_address() {
    const SERVICE_KEY: &str = "the-portal-servers-service-key-0123456789";
    let app = spawn_app_with(&[("PAYLERA_SERVICE_KEY", SERVICE_KEY)]).await;
    let attempt = |client: &'static str, key: Option<&'static str>| {
        let mut request = app
            .http()
            .post(app.url("/v1/portal/sessions/exchange"))
            .header("paylera-client-ip", client)
            .json(&json!({"secret": "0".repeat(32)}));
        if let Some(key) = key {
            request = request.header("paylera-service-key", key);
        }
        async move { request.send().await.expect("sent").status() }
    };
    for _ in 0..30 {
        assert_eq!(attempt("203.0.113.7", Some(SERVICE_KEY)).await, StatusCode::NOT_FOUND);
    }
    assert_eq!(
        attempt("203.0.113.7", Some(SERVICE_KEY)).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        attempt("198.51.100.2", Some(SERVICE_KEY)).await,
        StatusCode::NOT_FOUND,
        "another customer is not slowed down"
    );
    // Without the portal's key, a claimed address is not believed: rotating it does
    // not escape the limit every direct caller shares.
    let mut statuses = Vec::new();
    for client in ["192.0.2.1", "192.0.2.2", "192.0.2.3"].iter().cycle().take(31) {
        statuses.push(attempt(client, Some("a-guessed-service-key-that-is-long-enough")).await);
    }
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    // Even with the key, what is not an address is not a bucket of its own.
    assert_eq!(
        attempt("not-an-address", Some(SERVICE_KEY)).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn junk_link_secrets_are_refused_without_touching_the_database() {
    let app = spawn_app().await;
    for junk in ["", "a b", "../../etc", "%2e%2e", &"x".repeat(10_000)] {
        let response = exchange(&app, junk).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{junk:.20}");
    }
    let attempts: i64 = sqlx::query_scalar("select count(*) from portal_exchange_attempts")
        .fetch_one(app.db.reader())
        .await
        .expect("count");
    assert_eq!(attempts, 0, "malformed secrets cost no database write");
}

#[tokio::test]
async fn a_confirm_flow_names_its_price() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    for flow in [
        json!({"type": "subscription_update_confirm", "subscription": "sub_123"}),
        json!({"type": "subscription_update_confirm", "subscription": "sub_123", "price": 42}),
        json!({"type": "subscription_update_confirm", "subscription": "sub_123", "price": "prod_x"}),
    ] {
        let err = tenant
            .api
            .post::<_, PortalSession>(
                "/v1/portal/sessions",
                &json!({"customer_id": ada.id, "return_url": "https://merchant.example/billing", "flow": flow}),
                None,
            )
            .await
            .expect_err("no price");
        let envelope = err.envelope().expect("envelope");
        assert_eq!(
            (err.status(), envelope.error.code, envelope.error.param.as_deref()),
            (Some(400), ErrorCode::ParameterMissing, Some("flow.price")),
            "{flow}"
        );
    }
    let created = session(
        &tenant,
        json!({
            "customer_id": ada.id,
            "return_url": "https://merchant.example/billing",
            "flow": {"type": "subscription_update_confirm", "subscription": "sub_123", "price": "price_123", "quantity": 2},
        }),
    )
    .await;
    let flow = created.flow.expect("flow");
    assert_eq!(
        (flow.kind, flow.price.as_deref(), flow.quantity),
        (FlowKind::SubscriptionUpdateConfirm, Some("price_123"), Some(2))
    );
}

#[tokio::test]
async fn a_redirect_flows_return_url_follows_the_return_url_rules() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let with_redirect = |url: Value| {
        json!({
            "customer_id": ada.id,
            "return_url": "https://merchant.example/billing",
            "flow": {
                "type": "subscription_cancel",
                "subscription": "sub_123",
                "after_completion": {"type": "redirect", "redirect": {"return_url": url}},
            },
        })
    };
    let err = tenant
        .api
        .post::<_, PortalSession>(
            "/v1/portal/sessions",
            &json!({
                "customer_id": ada.id,
                "return_url": "https://merchant.example/billing",
                "flow": {"type": "subscription_cancel", "subscription": "sub_123", "after_completion": {"type": "redirect"}},
            }),
            None,
        )
        .await
        .expect_err("no return_url");
    let envelope = err.envelope().expect("envelope");
    assert_eq!(
        (envelope.error.code, envelope.error.param.as_deref()),
        (
            ErrorCode::ParameterMissing,
            Some("flow.after_completion.redirect.return_url")
        )
    );
    for bad in [
        "http://merchant.example/",
        "javascript:alert(1)",
        "//evil.example",
        "https://user:pw@merchant.example/",
    ] {
        let err = tenant
            .api
            .post::<_, PortalSession>("/v1/portal/sessions", &with_redirect(json!(bad)), None)
            .await
            .expect_err(bad);
        let envelope = err.envelope().expect("envelope");
        assert_eq!(
            (err.status(), envelope.error.code, envelope.error.param.as_deref()),
            (
                Some(400),
                ErrorCode::ReturnUrlInvalid,
                Some("flow.after_completion.redirect.return_url")
            ),
            "{bad}"
        );
    }
    let created = session(&tenant, with_redirect(json!("https://merchant.example/thanks"))).await;
    assert_eq!(
        created.flow.expect("flow").after_completion,
        Some(AfterCompletion::Redirect {
            redirect: FlowRedirect {
                return_url: "https://merchant.example/thanks".to_owned()
            }
        })
    );

    let config = json!({"allowed_return_origins": ["https://app.merchant.example"]});
    tenant
        .api
        .post::<_, Value>("/v1/portal/configuration", &config, None)
        .await
        .expect("saved");
    let mut outside = with_redirect(json!("https://elsewhere.example/thanks"));
    outside["return_url"] = json!("https://app.merchant.example/billing");
    let err = tenant
        .api
        .post::<_, PortalSession>("/v1/portal/sessions", &outside, None)
        .await
        .expect_err("outside the allowed origins");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::ReturnUrlInvalid
    );
    let mut inside = with_redirect(json!("https://app.merchant.example/thanks"));
    inside["return_url"] = json!("https://app.merchant.example/billing");
    session(&tenant, inside).await;
}

#[tokio::test]
async fn the_current_session_tells_the_portal_whether_the_last_card_may_be_removed() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let (_, token) = app.portal_token(&tenant, ada.id.as_str()).await;
    let portal = app.anonymous().with_bearer(&token);
    let rule = || async {
        let session: Value = paylera_shared::client::send(portal.request(reqwest::Method::GET, "/v1/portal/session"))
            .await
            .expect("session");
        session["configuration"]["allow_detach_last_payment_method"].as_bool()
    };
    assert_eq!(
        rule().await,
        Some(false),
        "the default billing rule protects the last card"
    );

    let _: Value = tenant
        .api
        .post(
            "/v1/billing_settings",
            &json!({"allow_detach_last_payment_method": true}),
            None,
        )
        .await
        .expect("updated");
    assert_eq!(rule().await, Some(true), "read when asked, not when the session began");
}

#[tokio::test]
async fn the_portals_view_of_its_session_names_the_account() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let (_, token) = app.portal_token(&tenant, ada.id.as_str()).await;
    let session: Value = app
        .http()
        .get(app.url("/v1/portal/session"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("session");
    assert_eq!(session["customer_name"], "Test Customer");
    assert_eq!(session["customer_email"], "ada@example.com");
    // The merchant's view of a session does not repeat the customer.
    let merchant: Value = tenant
        .api
        .post(
            "/v1/portal/sessions",
            &json!({"customer_id": ada.id, "return_url": "https://merchant.example/"}),
            None,
        )
        .await
        .expect("session");
    assert!(merchant.get("customer_name").is_none());
}

/// The wire enums of `paylera_shared` appear in the document with the values that
/// travel (schemathesis checks every response against them).
#[tokio::test]
async fn the_openapi_document_lists_each_status_as_it_travels() {
    let app = spawn_app().await;
    let doc = app.openapi().await;
    let values = |schema: &str| -> Vec<String> {
        doc["components"]["schemas"][schema]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("{schema} is an enum: {}", doc["components"]["schemas"][schema]))
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    };
    let expected: [(&str, &[&str]); 6] = [
        (
            "SubscriptionStatus",
            &["trialing", "active", "past_due", "unpaid", "paused", "canceled"],
        ),
        ("RetentionOfferType", &["discount", "pause"]),
        ("InvoiceStatus", &["draft", "open", "paid", "void", "uncollectible"]),
        ("PaymentMethodStatus", &["active", "requires_authentication"]),
        (
            "PortalSessionStatus",
            &["created", "opened", "completed", "expired", "revoked"],
        ),
        ("CancelMode", &["at_period_end", "immediately"]),
    ];
    for (schema, wire) in expected {
        assert_eq!(values(schema), wire, "{schema}");
    }
    assert!(
        doc["components"]["schemas"]["PortalSession"]["properties"]["configuration"]
            .to_string()
            .contains("PortalConfigurationView"),
        "the session's configuration is typed, not an Object"
    );
}
