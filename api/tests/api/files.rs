//! Uploaded files (issue 17, point 4: the merchant's logo on invoices and receipts):
//! a logo is checked by its contents before it is stored, served back as what it was
//! checked to be, named by the business profile, and printed on every PDF.

use base64::{Engine as _, engine::general_purpose::STANDARD as BASE64};
use image::{ImageEncoder, codecs::jpeg::JpegEncoder};
use paylera_shared::{
    file::{File, FilePurpose, FileType},
    invoice::BillingSettings,
};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestTenant, spawn_app};

/// The demo tenant's logo (240 × 72 PNG), base64.
pub fn demo_logo_base64() -> String {
    BASE64.encode(include_bytes!("../../assets/demo-logo.png"))
}

/// Uploads the demo tenant's logo for `tenant`.
pub async fn upload_demo_logo(tenant: &TestTenant) -> File {
    tenant
        .api
        .post(
            "/v1/files",
            &json!({"purpose": "business_logo", "file": demo_logo_base64()}),
            None,
        )
        .await
        .expect("uploaded")
}

/// Uploads `file` (base64) as a business logo; the status and the body.
async fn upload(tenant: &TestTenant, file: &str) -> (u16, Value) {
    let response = tenant
        .api
        .request(Method::POST, "/v1/files")
        .json(&json!({"purpose": "business_logo", "file": file}))
        .send()
        .await
        .expect("sent");
    (response.status().as_u16(), response.json().await.expect("json"))
}

#[tokio::test]
async fn a_png_or_jpeg_logo_is_stored_described_and_served_back_as_it_was_sent() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;

    let (status, body) = upload(&tenant, &demo_logo_base64()).await;
    assert_eq!(status, 200, "{body}");
    let file: File = serde_json::from_value(body).expect("a file");
    assert_eq!(
        (file.purpose, file.kind, file.width, file.height),
        (FilePurpose::BusinessLogo, FileType::Png, 240, 72)
    );
    assert!(file.id.as_str().starts_with("file_"));

    let described: File = tenant
        .api
        .request(Method::GET, &format!("/v1/files/{}", file.id))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("file");
    assert_eq!(described, file);
    let contents = tenant
        .api
        .request(Method::GET, &format!("/v1/files/{}/contents", file.id))
        .send()
        .await
        .expect("sent");
    assert_eq!(contents.status(), 200);
    assert_eq!(contents.headers()["content-type"], "image/png");
    assert_eq!(contents.headers()["x-content-type-options"], "nosniff");
    assert_eq!(
        contents.bytes().await.expect("bytes").as_ref(),
        include_bytes!("../../assets/demo-logo.png")
    );

    let mut jpeg = Vec::new();
    JpegEncoder::new(&mut jpeg)
        .write_image(&[200_u8; 3 * 64 * 32], 64, 32, image::ExtendedColorType::Rgb8)
        .expect("encoded");
    let (status, body) = upload(&tenant, &BASE64.encode(&jpeg)).await;
    assert_eq!((status, body["type"].as_str()), (200, Some("jpeg")), "{body}");
    assert_eq!((body["width"].as_i64(), body["height"].as_i64()), (Some(64), Some(32)));
}

/// CRC-32 (ISO-HDLC), as PNG chunks carry it.
fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(u32::MAX, |crc, byte| {
        (0..8).fold(crc ^ u32::from(*byte), |crc, _| {
            if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            }
        })
    })
}

#[tokio::test]
async fn what_is_not_a_small_png_or_jpeg_is_refused_with_the_reason_and_nothing_is_stored() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let png = include_bytes!("../../assets/demo-logo.png");
    let mut bomb = png.to_vec();
    // A well-formed IHDR declaring 100,000 × 100,000 pixels (40 GB of RGBA once
    // inflated): refused from the header, before any pixel is inflated.
    bomb[16..20].copy_from_slice(&100_000_u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&100_000_u32.to_be_bytes());
    let crc = crc32(&bomb[12..29]);
    bomb[29..33].copy_from_slice(&crc.to_be_bytes());
    let mut oversized = png.to_vec();
    oversized.resize(150 * 1024, 0);
    let cases: [(&str, String, &str); 6] = [
        (
            "an SVG",
            BASE64.encode("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
            "PNG or JPEG",
        ),
        (
            "HTML named nothing",
            BASE64.encode("<!doctype html><script>alert(1)</script>"),
            "PNG or JPEG",
        ),
        (
            "a truncated PNG",
            BASE64.encode(&png[..png.len() / 2]),
            "cannot be read",
        ),
        ("a decompression bomb", BASE64.encode(&bomb), "2048"),
        ("not base64", "%%%".to_owned(), "base64"),
        ("over 128 KiB", BASE64.encode(&oversized), "128 KiB"),
    ];
    for (what, file, reason) in cases {
        let (status, body) = upload(&tenant, &file).await;
        let error = &body["error"];
        assert_eq!(
            (status, error["code"].as_str(), error["param"].as_str()),
            (400, Some("parameter_invalid"), Some("file")),
            "{what}: {body}"
        );
        let message = error["message"].as_str().unwrap_or_default();
        assert!(message.contains(reason), "{what}: {message}");
    }
    for body in [
        json!({"purpose": "identity_document", "file": demo_logo_base64()}),
        json!({"purpose": "business_logo", "file": demo_logo_base64(), "name": "logo.png"}),
        json!({"purpose": "business_logo"}),
    ] {
        let response = tenant
            .api
            .request(Method::POST, "/v1/files")
            .json(&body)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 400, "{body}");
    }
    let response = tenant
        .api
        .request(Method::GET, "/v1/files/file_0000000000000000000000000")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 404, "nothing was stored under any id");
}

#[tokio::test]
async fn the_business_profile_names_only_a_logo_of_its_own_tenant() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let other = app.tenant("Other").await;
    let (_, theirs) = upload(&other, &demo_logo_base64()).await;
    let (_, ours) = upload(&tenant, &demo_logo_base64()).await;

    for logo in [
        theirs["id"].clone(),
        json!("file_missing000000000000000"),
        json!("cus_123"),
    ] {
        let response = tenant
            .api
            .request(Method::POST, "/v1/billing_settings")
            .json(&json!({"business_profile": {"legal_name": "Acme Ltd", "logo": logo}}))
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 400, "{logo}");
        let envelope: Value = response.json().await.expect("json");
        assert_eq!(envelope["error"]["param"], "business_profile.logo", "{logo}");
    }
    let settings: BillingSettings = tenant
        .api
        .post(
            "/v1/billing_settings",
            &json!({"business_profile": {"legal_name": "Acme Ltd", "logo": ours["id"]}}),
            None,
        )
        .await
        .expect("set");
    assert_eq!(
        settings.business_profile.and_then(|p| p.logo).map(String::from),
        ours["id"].as_str().map(str::to_owned)
    );
    // Another tenant cannot read it.
    let response = other
        .api
        .request(
            Method::GET,
            &format!("/v1/files/{}/contents", ours["id"].as_str().unwrap_or_default()),
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn a_portal_configuration_shows_its_own_tenants_uploaded_logo_which_anyone_may_fetch() {
    let app = spawn_app().await;
    let acme = app.tenant("Acme").await;
    let other = app.tenant("Other").await;
    let theirs = upload_demo_logo(&other).await;
    let ours = upload_demo_logo(&acme).await;

    // Another tenant's file is not a logo of ours: not in a configuration, not in a
    // session's override.
    let refused = acme
        .api
        .request(Method::POST, "/v1/portal/configuration")
        .json(&json!({"logo": theirs.id}))
        .send()
        .await
        .expect("sent");
    assert_eq!(refused.status(), 400);
    let body: Value = refused.json().await.expect("json");
    assert_eq!(
        (&body["error"]["code"], &body["error"]["param"]),
        (&json!("resource_missing"), &json!("logo"))
    );
    let customer = acme.create_customer("ada@example.com").await;
    let refused = acme
        .api
        .request(Method::POST, "/v1/portal/sessions")
        .json(&json!({
            "customer_id": customer.id,
            "return_url": "https://merchant.example/back",
            "configuration": {"logo": theirs.id}
        }))
        .send()
        .await
        .expect("sent");
    assert_eq!(refused.status(), 400);
    let body: Value = refused.json().await.expect("json");
    assert_eq!(body["error"]["param"], "configuration.logo");

    let saved: Value = acme
        .api
        .post("/v1/portal/configuration", &json!({"logo": ours.id}), None)
        .await
        .expect("our own logo");
    assert_eq!(saved["logo"], json!(ours.id));

    // The image, with no credential at all, as what it was checked to be.
    let response = app
        .http()
        .get(app.url(&format!("/v1/brand/logos/{}", ours.id)))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "image/png");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["content-security-policy"], "default-src 'none'; sandbox");
    assert!(headers["cache-control"].to_str().expect("ascii").starts_with("public"));
    let bytes = response.bytes().await.expect("bytes");
    assert_eq!(&bytes[..], include_bytes!("../../assets/demo-logo.png"));
    for missing in ["file_doesnotexist", "..%2Fv1%2Fcustomers", "cus_123"] {
        let response = app
            .http()
            .get(app.url(&format!("/v1/brand/logos/{missing}")))
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 404, "{missing}");
    }
}
