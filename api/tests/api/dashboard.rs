//! The dashboard's principal (issue 18, point 1; ADR 0014): team members sign in with
//! a password (and TOTP when enabled), are locked out after repeated failures, invite
//! others, and act with their role's rights; no portal token reaches a dashboard route
//! and no dashboard token a portal route.

use paylera_api::domain::team;
use paylera_shared::dashboard::{DashboardSession, Role, TotpEnrolment};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

/// Posts `body` without a credential (or with `bearer`); the status, the error code and the body.
async fn post(app: &TestApp, bearer: Option<&str>, path: &str, body: Value) -> (u16, String, Value) {
    let mut request = app.http().post(app.url(path)).json(&body);
    if let Some(bearer) = bearer {
        request = request.bearer_auth(bearer);
    }
    let response = request.send().await.expect("sent");
    let status = response.status().as_u16();
    let retry_after = response.headers().get("retry-after").cloned();
    let mut body: Value = response.json().await.unwrap_or(Value::Null);
    if let Some(retry_after) = retry_after {
        body["retry_after"] = json!(retry_after.to_str().unwrap_or_default());
    }
    let code = body["error"]["code"].as_str().unwrap_or_default().to_owned();
    (status, code, body)
}

async fn get(app: &TestApp, bearer: &str, path: &str) -> (u16, Value) {
    let response = app
        .http()
        .get(app.url(path))
        .bearer_auth(bearer)
        .send()
        .await
        .expect("sent");
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_member_signs_in_and_out_and_one_answer_covers_unknown_emails_and_wrong_passwords() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (email, password, _) = app.team_member(&tenant, Role::Admin).await;

    let (status, _, body) = post(
        &app,
        None,
        "/v1/dashboard/sessions",
        json!({"email": email.to_uppercase(), "password": password}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let session: DashboardSession = serde_json::from_value(body).expect("session");
    let token = session.token.expect("the token, once");
    assert!(token.starts_with("dsh_"));
    assert_eq!(
        (session.member.role, session.tenant_name.as_str()),
        (Role::Admin, "Acme")
    );

    let (status, me) = get(&app, &token, "/v1/dashboard/session").await;
    assert_eq!(status, 200);
    assert!(me.get("token").is_none(), "the token is never shown again");
    // The member acts on the tenant's objects like its key, in test mode.
    let (status, customers) = get(&app, &token, "/v1/customers").await;
    assert_eq!((status, customers["object"].as_str()), (200, Some("list")));

    let wrong = post(
        &app,
        None,
        "/v1/dashboard/sessions",
        json!({"email": email, "password": "wrong wrong wrong"}),
    )
    .await;
    let unknown = post(
        &app,
        None,
        "/v1/dashboard/sessions",
        json!({"email": "nobody@team.example", "password": password}),
    )
    .await;
    let malformed = post(
        &app,
        None,
        "/v1/dashboard/sessions",
        json!({"email": "not an email", "password": password}),
    )
    .await;
    for (status, code, body) in [&wrong, &unknown, &malformed] {
        assert_eq!((*status, code.as_str()), (401, "sign_in_failed"), "{body}");
        assert_eq!(
            body["error"]["message"], wrong.2["error"]["message"],
            "one answer for all"
        );
    }

    let (status, _, _) = post(&app, Some(&token), "/v1/dashboard/session/sign_out", json!({})).await;
    assert_eq!(status, 200);
    let (status, body) = get(&app, &token, "/v1/customers").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (401, Some("dashboard_session_invalid"))
    );
}

#[tokio::test]
async fn five_failures_in_a_row_lock_the_account_even_for_the_right_password() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (email, password, _) = app.team_member(&tenant, Role::Owner).await;
    for attempt in 1..=4 {
        let (status, code, _) = post(
            &app,
            None,
            "/v1/dashboard/sessions",
            json!({"email": email, "password": format!("guess number {attempt} here")}),
        )
        .await;
        assert_eq!((status, code.as_str()), (401, "sign_in_failed"), "attempt {attempt}");
    }
    let (status, code, body) = post(
        &app,
        None,
        "/v1/dashboard/sessions",
        json!({"email": email, "password": "guess number 5 here"}),
    )
    .await;
    assert_eq!((status, code.as_str()), (429, "account_locked"), "{body}");
    let retry_after: u64 = body["retry_after"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("Retry-After");
    assert!((890..=900).contains(&retry_after), "about 15 minutes: {retry_after}");
    let (status, code, _) = post(
        &app,
        None,
        "/v1/dashboard/sessions",
        json!({"email": email, "password": password}),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (429, "account_locked"),
        "locked whatever the password"
    );
    // The lock is in the database: every instance sees it.
    let locked: Option<i64> = sqlx::query_scalar("select locked_until from team_members where email = $1")
        .bind(&email)
        .fetch_one(app.db.reader())
        .await
        .expect("row");
    assert!(locked.is_some());
}

#[tokio::test]
async fn with_totp_on_signing_in_takes_the_current_code_and_a_code_works_once() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (email, password, token) = app.team_member(&tenant, Role::Viewer).await;

    let (status, _, body) = post(&app, Some(&token), "/v1/dashboard/session/totp", json!({})).await;
    assert_eq!(status, 200, "{body}");
    let enrolment: TotpEnrolment = serde_json::from_value(body).expect("enrolment");
    assert!(
        enrolment.otpauth_uri.starts_with("otpauth://totp/Paylera:"),
        "{}",
        enrolment.otpauth_uri
    );
    let secret = base32_decode(&enrolment.secret);
    let (status, code, _) = post(
        &app,
        Some(&token),
        "/v1/dashboard/session/totp/confirm",
        json!({"code": "000000"}),
    )
    .await;
    assert_eq!((status, code.as_str()), (400, "totp_invalid"));
    let now = chrono::Utc::now().timestamp();
    let current = format!("{:06}", team::totp_code(&secret, now));
    let (status, _, member) = post(
        &app,
        Some(&token),
        "/v1/dashboard/session/totp/confirm",
        json!({"code": current}),
    )
    .await;
    assert_eq!(
        (status, member["totp_enabled"].as_bool()),
        (200, Some(true)),
        "{member}"
    );
    // The secret is sealed in the database, never in clear.
    let stored: String = sqlx::query_scalar("select totp_secret from team_members where email = $1")
        .bind(&email)
        .fetch_one(app.db.reader())
        .await
        .expect("row");
    assert!(
        !stored.contains(&enrolment.secret) && stored.starts_with("v1."),
        "{stored}"
    );

    let sign_in = |code: Option<String>| {
        let mut body = json!({"email": email, "password": password});
        if let Some(code) = code {
            body["totp_code"] = json!(code);
        }
        post(&app, None, "/v1/dashboard/sessions", body)
    };
    assert_eq!(sign_in(None).await.1, "totp_required");
    assert_eq!(sign_in(Some("123456".into())).await.1, "totp_invalid");
    // The code confirmed at enrolment was used: the next step's code signs in, once.
    let next = format!("{:06}", team::totp_code(&secret, now + 30));
    let (status, _, body) = sign_in(Some(next.clone())).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(sign_in(Some(next)).await.1, "totp_invalid", "a code is good once");
}

/// RFC 4648 base32 (unpadded) back to bytes.
fn base32_decode(text: &str) -> Vec<u8> {
    let (mut buffer, mut bits, mut out) = (0_u32, 0_u32, Vec::new());
    for c in text.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'2'..=b'7' => c - b'2' + 26,
            _ => panic!("not base32: {c}"),
        };
        buffer = (buffer << 5) | u32::from(value);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    out
}

#[tokio::test]
async fn an_owner_invites_the_invitee_chooses_a_strong_password_and_the_link_works_once() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (_, _, owner) = app.team_member(&tenant, Role::Owner).await;
    let (_, _, admin) = app.team_member(&tenant, Role::Admin).await;

    let (status, code, _) = post(
        &app,
        Some(&admin),
        "/v1/dashboard/invitations",
        json!({"email": "grace@acme.example", "role": "admin"}),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (403, "role_forbidden"),
        "only owners manage the team"
    );
    let (status, code, _) = post(
        &app,
        Some(&tenant.secret_key),
        "/v1/dashboard/invitations",
        json!({"email": "grace@acme.example", "role": "admin"}),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (403, "dashboard_only"),
        "an API key does not manage the team"
    );

    let (status, _, invitation) = post(
        &app,
        Some(&owner),
        "/v1/dashboard/invitations",
        json!({"email": " Grace@Acme.example ", "role": "viewer"}),
    )
    .await;
    assert_eq!(status, 200, "{invitation}");
    assert_eq!(invitation["email"], "grace@acme.example");
    let token = invitation["token"].as_str().expect("token").to_owned();

    let (status, code, _) = post(
        &app,
        None,
        "/v1/dashboard/invitations/accept",
        json!({"token": token, "password": "password1234"}),
    )
    .await;
    assert_eq!((status, code.as_str()), (400, "password_too_weak"));
    let strong = "velvet anchor quietly orbits";
    let (status, _, session) = post(
        &app,
        None,
        "/v1/dashboard/invitations/accept",
        json!({"token": token, "password": strong, "name": "Grace"}),
    )
    .await;
    assert_eq!(status, 200, "{session}");
    assert_eq!(
        (session["member"]["role"].as_str(), session["member"]["name"].as_str()),
        (Some("viewer"), Some("Grace"))
    );
    let (status, code, _) = post(
        &app,
        None,
        "/v1/dashboard/invitations/accept",
        json!({"token": token, "password": strong}),
    )
    .await;
    assert_eq!((status, code.as_str()), (404, "invitation_invalid"), "single use");
    let (status, code, _) = post(
        &app,
        None,
        "/v1/dashboard/invitations/accept",
        json!({"token": "dinv_guess", "password": strong}),
    )
    .await;
    assert_eq!((status, code.as_str()), (404, "invitation_invalid"));

    // The new viewer reads, and changes nothing.
    let viewer = session["token"].as_str().expect("token");
    let (status, members) = get(&app, viewer, "/v1/dashboard/members").await;
    assert_eq!((status, members["data"].as_array().map(Vec::len)), (200, Some(3)));
    let (status, code, _) = post(&app, Some(viewer), "/v1/customers", json!({"email": "x@y.example"})).await;
    assert_eq!((status, code.as_str()), (403, "role_forbidden"));
    // Only the hash of the password is stored.
    let hash: String = sqlx::query_scalar("select password_hash from team_members where email = 'grace@acme.example'")
        .fetch_one(app.db.reader())
        .await
        .expect("row");
    assert!(hash.starts_with("$argon2id$") && !hash.contains(strong));
}

#[tokio::test]
async fn no_portal_token_reaches_the_dashboard_and_no_dashboard_token_the_portals_session() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let (_, portal_token) = app.portal_token(&tenant, customer.id.as_str()).await;
    let (_, _, owner) = app.team_member(&tenant, Role::Owner).await;

    let (status, body) = get(&app, &portal_token, "/v1/dashboard/members").await;
    assert_eq!((status, body["error"]["code"].as_str()), (403, Some("dashboard_only")));
    let (status, body) = get(&app, &owner, "/v1/portal/session").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (401, Some("portal_token_invalid"))
    );
    // Another tenant's member sees none of this tenant's objects.
    let other = app.tenant("Other").await;
    let (_, _, stranger) = app.team_member(&other, Role::Owner).await;
    let (status, _) = get(&app, &stranger, &format!("/v1/customers/{}", customer.id)).await;
    assert_eq!(status, 404);
    let response = app
        .http()
        .request(Method::GET, app.url("/v1/dashboard/session"))
        .bearer_auth("dsh_0000000000000000000000000000000000")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 401);
}

/// Sends `method path` as `bearer` (with `body`); the status, the error code and the body.
async fn call(app: &TestApp, method: Method, bearer: &str, path: &str, body: Option<Value>) -> (u16, String, Value) {
    let mut request = app.http().request(method, app.url(path)).bearer_auth(bearer);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("sent");
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    let code = body["error"]["code"].as_str().unwrap_or_default().to_owned();
    (status, code, body)
}

/// The member id of a session token.
async fn member_id(app: &TestApp, token: &str) -> String {
    let (status, session) = get(app, token, "/v1/dashboard/session").await;
    assert_eq!(status, 200, "{session}");
    session["member"]["id"].as_str().expect("id").to_owned()
}

async fn set_role(app: &TestApp, bearer: &str, id: &str, role: &str) -> (u16, String, Value) {
    let path = format!("/v1/dashboard/members/{id}");
    call(app, Method::POST, bearer, &path, Some(json!({ "role": role }))).await
}

async fn remove(app: &TestApp, bearer: &str, id: &str) -> (u16, String, Value) {
    call(
        app,
        Method::DELETE,
        bearer,
        &format!("/v1/dashboard/members/{id}"),
        None,
    )
    .await
}

#[tokio::test]
async fn an_owner_changes_roles_and_removes_members_at_once_and_the_team_keeps_an_owner() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (owner_email, owner_password, owner) = app.team_member(&tenant, Role::Owner).await;
    let (_, _, ada) = app.team_member(&tenant, Role::Admin).await;
    let (owner_id, ada_id) = (member_id(&app, &owner).await, member_id(&app, &ada).await);
    let other = app.tenant("Other").await;
    let (_, _, stranger) = app.team_member(&other, Role::Owner).await;

    let (status, code, _) = set_role(&app, &ada, &owner_id, "viewer").await;
    assert_eq!((status, code.as_str()), (403, "role_forbidden"), "only owners");
    let (status, code, _) = remove(&app, &stranger, &ada_id).await;
    assert_eq!(
        (status, code.as_str()),
        (404, "resource_missing"),
        "another tenant's owner"
    );
    for bad in ["cus_123", "usr_..%2Fx", "usr_"] {
        let (status, _, _) = remove(&app, &owner, bad).await;
        assert_eq!(status, 404, "{bad}");
    }
    let (status, code, body) = set_role(&app, &owner, &ada_id, "superuser").await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(code, "parameter_invalid");
    let path = format!("/v1/dashboard/members/{ada_id}");
    let (status, _, _) = call(
        &app,
        Method::POST,
        &owner,
        &path,
        Some(json!({"role": "viewer", "email": "x@y.example"})),
    )
    .await;
    assert_eq!(status, 400, "unknown fields are refused");

    // A new role holds from the member's next request.
    let (status, _, member) = set_role(&app, &owner, &ada_id, "viewer").await;
    assert_eq!((status, member["role"].as_str()), (200, Some("viewer")), "{member}");
    let (status, code, _) = post(&app, Some(&ada), "/v1/customers", json!({"email": "x@y.example"})).await;
    assert_eq!((status, code.as_str()), (403, "role_forbidden"));

    // The last owner can neither step down nor leave.
    for (status, code, body) in [
        set_role(&app, &owner, &owner_id, "admin").await,
        remove(&app, &owner, &owner_id).await,
    ] {
        assert_eq!((status, code.as_str()), (400, "last_owner"), "{body}");
    }

    // With a second owner, the first can be demoted and removed.
    let (status, _, _) = set_role(&app, &owner, &ada_id, "owner").await;
    assert_eq!(status, 200);
    let (status, _, member) = set_role(&app, &ada, &owner_id, "admin").await;
    assert_eq!((status, member["role"].as_str()), (200, Some("admin")));
    let (status, code, _) = post(
        &app,
        Some(&owner),
        "/v1/dashboard/invitations",
        json!({"email": "grace@acme.example", "role": "admin"}),
    )
    .await;
    assert_eq!((status, code.as_str()), (403, "role_forbidden"), "demoted at once");
    let (status, _, removed) = remove(&app, &ada, &owner_id).await;
    assert_eq!((status, removed["id"].as_str()), (200, Some(owner_id.as_str())));

    // The removed member's session ends with the removal, and they cannot sign in.
    let (status, body) = get(&app, &owner, "/v1/dashboard/session").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (401, Some("dashboard_session_invalid"))
    );
    let (status, code, _) = post(
        &app,
        None,
        "/v1/dashboard/sessions",
        json!({"email": owner_email, "password": owner_password}),
    )
    .await;
    assert_eq!((status, code.as_str()), (401, "sign_in_failed"));
    let (_, members) = get(&app, &ada, "/v1/dashboard/members").await;
    assert_eq!(members["data"].as_array().map(Vec::len), Some(1));
    let (status, code, _) = remove(&app, &ada, &ada_id).await;
    assert_eq!((status, code.as_str()), (400, "last_owner"));
}

#[tokio::test]
async fn two_owners_removing_each_other_at_once_leave_exactly_one_owner() {
    let app = spawn_app().await;
    for round in 0..4 {
        let tenant = app.tenant(&format!("Race {round}")).await;
        let (_, _, first) = app.team_member(&tenant, Role::Owner).await;
        let (_, _, second) = app.team_member(&tenant, Role::Owner).await;
        let (first_id, second_id) = (member_id(&app, &first).await, member_id(&app, &second).await);
        let (a, b) = tokio::join!(
            remove(&app, &first, &second_id),
            set_role(&app, &second, &first_id, "viewer")
        );
        let owners: i64 =
            sqlx::query_scalar("select count(*) from team_members where tenant_id = $1 and role = 'owner'")
                .bind(&tenant.id)
                .fetch_one(app.db.reader())
                .await
                .expect("count");
        assert_eq!(owners, 1, "round {round}: {a:?} / {b:?}");
        let refused = [&a, &b].iter().filter(|(status, _, _)| *status != 200).count();
        assert_eq!(refused, 1, "round {round}: exactly one wins: {a:?} / {b:?}");
    }
}
