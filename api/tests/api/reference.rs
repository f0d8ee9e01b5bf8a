//! The API reference (issue 19, point 6): `/docs` served with its own CSP and the
//! vendored Redoc from the API's origin; a document every generator can read.

use std::collections::BTreeMap;

use reqwest::StatusCode;

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_reference_page_loads_only_its_own_scripts_and_redoc_is_served_for_good() {
    let app = spawn_app().await;
    let page = app.http().get(app.url("/docs")).send().await.expect("sent");
    assert_eq!(page.status(), StatusCode::OK);
    let policy = page.headers()["content-security-policy"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(policy.contains("script-src 'self';"), "{policy}");
    assert!(!policy.contains("unsafe-eval"), "{policy}");
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    let html = page.text().await.expect("html");
    let redoc = format!(
        "/docs/assets/redoc-{}.js",
        paylera_api::routes::reference::REDOC_VERSION
    );
    assert!(
        html.contains(&format!("<script src=\"{redoc}\" defer>")),
        "the page names the vendored bundle"
    );
    assert!(
        html.contains("<div id=\"reference\">"),
        "the server-rendered list is Redoc's container"
    );

    let bundle = app.http().get(app.url(&redoc)).send().await.expect("sent");
    assert_eq!(bundle.status(), StatusCode::OK);
    assert_eq!(bundle.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert!(
        bundle.headers()["content-type"]
            .to_str()
            .is_ok_and(|t| t.starts_with("text/javascript"))
    );
    assert!(bundle.bytes().await.expect("bytes").len() > 500_000);
    for missing in [
        "/docs/assets/redoc-0.0.1.js",
        "/docs/assets/..%2Fapp.rs",
        "/docs/assets/x",
    ] {
        let response = app.http().get(app.url(missing)).send().await.expect("sent");
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{missing}");
    }
}

#[tokio::test]
async fn every_operation_has_its_own_id_for_generated_clients() {
    let app = spawn_app().await;
    let doc = app.openapi().await;
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("item") {
            if let Some(id) = operation["operationId"].as_str() {
                seen.entry(id.to_owned()).or_default().push(format!("{method} {path}"));
            }
        }
    }
    let repeated: Vec<_> = seen.iter().filter(|(_, at)| at.len() > 1).collect();
    assert!(repeated.is_empty(), "operationIds used twice: {repeated:?}");
}

#[tokio::test]
async fn a_list_names_its_items_schema_so_what_holds_for_an_object_holds_in_its_list() {
    let app = spawn_app().await;
    let doc = app.openapi().await;
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    let lists: Vec<&String> = schemas.keys().filter(|name| name.starts_with("List_")).collect();
    assert!(lists.len() >= 10, "{lists:?}");
    for list in lists {
        let item = &list["List_".len()..];
        assert_eq!(
            schemas[list]["properties"]["data"]["items"]["$ref"],
            format!("#/components/schemas/{item}"),
            "{list}"
        );
    }
}
