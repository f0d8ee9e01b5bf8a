//! Every failure kind answers the same envelope.

use paylera_shared::{ErrorCode, ErrorEnvelope, ErrorType};
use reqwest::{Response, StatusCode};

use crate::helpers::spawn_app;

async fn envelope(response: Response, status: StatusCode) -> ErrorEnvelope {
    assert_eq!(response.status(), status);
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "content type {content_type}"
    );
    assert!(
        response.headers().get("request-id").is_some(),
        "every response carries a request id"
    );
    let body: ErrorEnvelope = response.json().await.expect("an error envelope");
    assert_eq!(
        body.error.doc_url.as_deref(),
        Some(format!("http://127.0.0.1:8080/docs/errors#{}", body.error.code).as_str()),
        "every error links its code's documentation"
    );
    body
}

#[tokio::test]
async fn the_error_reference_documents_every_code_where_doc_url_points() {
    let app = spawn_app().await;
    let response = app.http().get(app.url("/v1/nothing-here")).send().await.expect("sent");
    let doc_url = envelope(response, StatusCode::NOT_FOUND)
        .await
        .error
        .doc_url
        .expect("doc_url");
    let path = doc_url
        .strip_prefix("http://127.0.0.1:8080")
        .and_then(|rest| rest.split('#').next())
        .expect("the API's own page");
    let response = app.http().get(app.url(path)).send().await.expect("sent");
    assert_eq!(response.status(), StatusCode::OK);
    let csp = response
        .headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(csp.contains("default-src 'none'"), "{csp}");
    let html = response.text().await.expect("html");
    for code in ErrorCode::ALL {
        let section = format!("<section class=\"op\" id=\"{code}\"><h2><code>{code}</code></h2><p>");
        let at = html.find(&section).unwrap_or_else(|| panic!("{code} is documented"));
        let description = &html[at + section.len()..];
        assert!(
            description.len() > 20 && !description.starts_with("</p>"),
            "{code} has a description"
        );
    }
}

#[tokio::test]
async fn an_unknown_route_is_a_404_envelope() {
    let app = spawn_app().await;
    let response = app.http().get(app.url("/v1/nothing-here")).send().await.expect("sent");
    let body = envelope(response, StatusCode::NOT_FOUND).await;
    assert_eq!(body.error.code, ErrorCode::RouteNotFound);
    assert_eq!(body.error.kind, ErrorType::InvalidRequestError);
}

#[tokio::test]
async fn a_wrong_method_is_a_405_envelope_with_allow() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let response = app
        .http()
        .delete(app.url("/v1/customers"))
        .bearer_auth(&tenant.secret_key)
        .send()
        .await
        .expect("sent");
    let allow = response
        .headers()
        .get("allow")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = envelope(response, StatusCode::METHOD_NOT_ALLOWED).await;
    assert_eq!(body.error.code, ErrorCode::MethodNotAllowed);
    assert!(allow.contains("POST") && allow.contains("GET"), "Allow: {allow}");
}

#[tokio::test]
async fn malformed_json_is_a_400_invalid_json() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let response = app
        .http()
        .post(app.url("/v1/customers"))
        .bearer_auth(&tenant.secret_key)
        .header("content-type", "application/json")
        .body("{\"email\": ")
        .send()
        .await
        .expect("sent");
    let body = envelope(response, StatusCode::BAD_REQUEST).await;
    assert_eq!(body.error.code, ErrorCode::InvalidJson);
}

#[tokio::test]
async fn a_wrong_content_type_is_a_400_naming_the_media_type() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let response = app
        .http()
        .post(app.url("/v1/customers"))
        .bearer_auth(&tenant.secret_key)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=a@b.co")
        .send()
        .await
        .expect("sent");
    let body = envelope(response, StatusCode::BAD_REQUEST).await;
    assert_eq!(body.error.code, ErrorCode::UnsupportedMediaType);
}

#[tokio::test]
async fn a_wrongly_typed_or_unknown_field_names_its_param() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    for (body, param) in [(r#"{"email": 42}"#, "email"), (r#"{"nickname": "x"}"#, "nickname")] {
        let response = app
            .http()
            .post(app.url("/v1/customers"))
            .bearer_auth(&tenant.secret_key)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("sent");
        let envelope = envelope(response, StatusCode::BAD_REQUEST).await;
        assert_eq!(envelope.error.code, ErrorCode::ParameterInvalid);
        assert_eq!(envelope.error.param.as_deref(), Some(param));
    }
}

#[tokio::test]
async fn an_invalid_value_is_a_400_with_its_param() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let err = tenant
        .api
        .create_customer(
            &paylera_shared::customer::CreateCustomerRequest {
                email: Some("not-an-email".into()),
                name: None,
                ..Default::default()
            },
            None,
        )
        .await
        .expect_err("refused");
    let envelope = err.envelope().expect("envelope");
    assert_eq!(err.status(), Some(400));
    assert_eq!(envelope.error.param.as_deref(), Some("email"));
}

#[tokio::test]
async fn an_oversized_body_is_a_413() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let huge = format!("{{\"name\":\"{}\"}}", "x".repeat(300 * 1024));
    let response = app
        .http()
        .post(app.url("/v1/customers"))
        .bearer_auth(&tenant.secret_key)
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .expect("sent");
    let body = envelope(response, StatusCode::PAYLOAD_TOO_LARGE).await;
    assert_eq!(body.error.code, ErrorCode::BodyTooLarge);
}

#[tokio::test]
async fn bad_query_parameters_are_400s_naming_the_param() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let response = app
        .http()
        .get(app.url("/v1/customers?limit=lots"))
        .bearer_auth(&tenant.secret_key)
        .send()
        .await
        .expect("sent");
    let body = envelope(response, StatusCode::BAD_REQUEST).await;
    assert_eq!(body.error.code, ErrorCode::InvalidQuery);
    assert_eq!(body.error.param.as_deref(), Some("limit"));

    let response = app
        .http()
        .get(app.url("/v1/customers?limit=1000"))
        .bearer_auth(&tenant.secret_key)
        .send()
        .await
        .expect("sent");
    let body = envelope(response, StatusCode::BAD_REQUEST).await;
    assert_eq!(body.error.code, ErrorCode::ParameterInvalid);
    assert_eq!(body.error.param.as_deref(), Some("limit"));
}

#[tokio::test]
async fn missing_malformed_and_unknown_keys_are_401s() {
    let app = spawn_app().await;
    let cases = [
        (None, ErrorCode::ApiKeyMissing),
        (Some("Basic dXNlcjpwYXNz".to_owned()), ErrorCode::ApiKeyMalformed),
        (Some("Bearer sk_test_tooshort".to_owned()), ErrorCode::ApiKeyMalformed),
        (
            Some(format!("Bearer sk_test_{}", "A".repeat(43))),
            ErrorCode::ApiKeyInvalid,
        ),
    ];
    for (header, code) in cases {
        let mut request = app.http().get(app.url("/v1/customers"));
        if let Some(header) = header {
            request = request.header("authorization", header);
        }
        let response = request.send().await.expect("sent");
        assert!(response.headers().get("www-authenticate").is_some());
        let body = envelope(response, StatusCode::UNAUTHORIZED).await;
        assert_eq!(body.error.code, code);
        assert_eq!(body.error.kind, ErrorType::AuthenticationError);
    }
}

#[tokio::test]
async fn a_missing_object_is_a_404_resource_missing() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let id = paylera_shared::ids::CustomerId::parse("cus_doesnotexist").expect("id");
    let err = tenant.api.retrieve_customer(&id).await.expect_err("missing");
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.envelope().expect("envelope").error.code, ErrorCode::ResourceMissing);
}
