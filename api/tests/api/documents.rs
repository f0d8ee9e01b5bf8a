//! Invoice and receipt PDFs an accountant accepts (issue 17, point 4): in the
//! customer's language (or the one asked for), with the seller's legal identity from
//! the billing settings' business profile, addresses in their country's order and tax
//! IDs with their type's name. Read back with poppler's `pdftotext` and `pdffonts`.

use paylera_shared::{
    ErrorCode,
    customer::{AddressParams, CreateCustomerRequest, Customer},
    invoice::{BillingSettings, Invoice},
    tax_id::CreateTaxIdRequest,
};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestTenant, spawn_app};

/// A German seller's profile, as `POST /v1/billing_settings` takes it.
fn german_profile() -> Value {
    json!({
        "legal_name": "Acme Cloud GmbH",
        "address": {"line1": "Friedrichstraße 68", "city": "Berlin", "postal_code": "10117", "country": "DE"},
        "tax_ids": [{"type": "eu_vat", "value": "DE 136 695 976"}],
        "email": "billing@acme.example"
    })
}

async fn set_profile(tenant: &TestTenant, profile: Value) -> BillingSettings {
    tenant
        .api
        .post("/v1/billing_settings", &json!({"business_profile": profile}), None)
        .await
        .expect("settings updated")
}

/// A customer on a test clock frozen at `time`, with `locales`, an address and a tax ID.
async fn customer(
    tenant: &TestTenant,
    time: &str,
    locales: &[&str],
    address: AddressParams,
    tax_id: Option<(&str, &str)>,
) -> Customer {
    let clock: Value = tenant
        .api
        .post("/v1/test_clocks", &json!({"frozen_time": time}), None)
        .await
        .expect("clock");
    let customer = tenant
        .api
        .create_customer(
            &CreateCustomerRequest {
                name: Some("Société Exemple SARL".into()),
                email: Some("compta@exemple.fr".into()),
                address: Some(address),
                preferred_locales: Some(locales.iter().map(|l| (*l).to_owned()).collect()),
                test_clock: clock["id"].as_str().map(str::to_owned),
                ..Default::default()
            },
            None,
        )
        .await
        .expect("customer");
    if let Some((kind, value)) = tax_id {
        tenant
            .api
            .create_tax_id(
                &customer.id,
                &CreateTaxIdRequest {
                    kind: kind.into(),
                    value: value.into(),
                },
            )
            .await
            .expect("tax id");
    }
    customer
}

fn paris() -> AddressParams {
    AddressParams {
        line1: Some("12 rue de la Paix".into()),
        city: Some("Paris".into()),
        postal_code: Some("75002".into()),
        country: Some("FR".into()),
        ..Default::default()
    }
}

/// The first invoice of a monthly subscription to a `currency` price of `amount`; paid
/// when `pay` (a card is added first).
async fn invoice_of(tenant: &TestTenant, customer: &Customer, currency: &str, amount: i64, pay: bool) -> String {
    if pay {
        tenant.add_card(customer, "4242424242424242").await;
    }
    let sub = tenant.monthly_subscription(customer, currency, amount).await;
    sub.latest_invoice.expect("an invoice").to_string()
}

async fn download(tenant: &TestTenant, path: &str) -> reqwest::Response {
    tenant.api.request(Method::GET, path).send().await.expect("sent")
}

async fn pdf(tenant: &TestTenant, path: &str) -> Vec<u8> {
    let response = download(tenant, path).await;
    assert_eq!(response.status(), 200, "{path}");
    assert_eq!(response.headers()["content-type"], "application/pdf");
    response.bytes().await.expect("bytes").to_vec()
}

/// Runs a poppler tool (`pdftotext`, `pdffonts`) on `bytes`.
fn poppler(tool: &str, args: &[&str], bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, bytes).expect("write");
    let mut command = std::process::Command::new(format!("/usr/bin/{tool}"));
    command.args(args).arg(&path);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let output = command
        .output()
        .unwrap_or_else(|err| panic!("{tool} runs (apt-get install poppler-utils): {err}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The text of a PDF, with no-break spaces (U+00A0, U+202F) as plain spaces.
fn text_of(bytes: &[u8]) -> String {
    poppler("pdftotext", &["-layout", "-enc", "UTF-8"], bytes).replace(['\u{a0}', '\u{202f}'], " ")
}

fn assert_contains_all(text: &str, expected: &[&str]) {
    for item in expected {
        assert!(text.contains(item), "{item:?} missing from:\n{text}");
    }
}

#[tokio::test]
async fn a_french_customers_invoice_is_in_french_with_the_sellers_legal_identity_and_both_tax_ids() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    set_profile(&tenant, german_profile()).await;
    let buyer = customer(
        &tenant,
        "2026-03-01T00:00:00Z",
        &["fr-FR"],
        paris(),
        Some(("eu_vat", "FR40303265045")),
    )
    .await;
    let id = invoice_of(&tenant, &buyer, "eur", 123_456, false).await;

    let text = text_of(&pdf(&tenant, &format!("/v1/invoices/{id}/pdf")).await);

    assert_contains_all(
        &text,
        &[
            // Labels and status from invoice-document.ftl (fr).
            "Facture",
            "Facturé à",
            "Date de facture",
            "Période de prestation",
            "À payer",
            // CLDR French money and dates.
            "1 234,56 €",
            "1 mars 2026",
            // The seller: legal name, address in Germany's order, country in French, VAT.
            "Acme Cloud GmbH",
            "Friedrichstraße 68",
            "10117 Berlin",
            "Allemagne",
            "DE136695976",
            "billing@acme.example",
            // The buyer: address in France's order and its VAT number with its type's name.
            "75002 Paris",
            "FR40303265045",
        ],
    );
    assert!(!text.contains("Invoice"), "no English label is left:\n{text}");
    assert!(!text.contains("Acme\n"), "the legal name replaces the tenant's name");
}

#[tokio::test]
async fn an_explicit_locale_wins_over_the_customers_and_an_unsupported_one_is_refused() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let buyer = customer(&tenant, "2026-03-01T00:00:00Z", &["fr"], paris(), None).await;
    let id = invoice_of(&tenant, &buyer, "eur", 123_456, false).await;

    let german = text_of(&pdf(&tenant, &format!("/v1/invoices/{id}/pdf?locale=de")).await);
    assert_contains_all(
        &german,
        &[
            "Rechnung",
            "Leistungszeitraum",
            "1.234,56 €",
            "01.03.2026",
            "Frankreich",
        ],
    );
    // `auto` is the customer's own (French).
    let auto = text_of(&pdf(&tenant, &format!("/v1/invoices/{id}/pdf?locale=auto")).await);
    assert!(auto.contains("Facture"), "{auto}");

    let refused = download(&tenant, &format!("/v1/invoices/{id}/pdf?locale=xx-YY")).await;
    assert_eq!(refused.status(), 400);
    let body: Value = refused.json().await.expect("envelope");
    assert_eq!(body["error"]["param"], "locale");
    assert_eq!(body["error"]["code"], ErrorCode::ParameterInvalid.as_str());
}

#[tokio::test]
async fn without_a_customer_locale_the_portal_configurations_default_is_used() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let buyer = customer(&tenant, "2026-03-01T00:00:00Z", &[], paris(), None).await;
    let id = invoice_of(&tenant, &buyer, "eur", 1000, false).await;
    assert!(text_of(&pdf(&tenant, &format!("/v1/invoices/{id}/pdf")).await).contains("Invoice"));

    let configuration = json!({"default_locale": "it"});
    tenant
        .api
        .post::<_, Value>("/v1/portal/configuration", &configuration, None)
        .await
        .expect("configured");

    let text = text_of(&pdf(&tenant, &format!("/v1/invoices/{id}/pdf")).await);
    assert_contains_all(&text, &["Fattura", "Periodo di competenza"]);
}

#[tokio::test]
async fn japanese_thai_and_arabic_invoices_have_extractable_text_in_embedded_fonts() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let buyer = customer(&tenant, "2026-03-01T00:00:00Z", &[], paris(), None).await;
    let id = invoice_of(&tenant, &buyer, "jpy", 1235, false).await;

    let japanese = pdf(&tenant, &format!("/v1/invoices/{id}/pdf?locale=ja")).await;
    // pdftotext spaces CJK characters from the digits around them: compare without spaces.
    let japanese_text: String = text_of(&japanese).chars().filter(|c| !c.is_whitespace()).collect();
    assert_contains_all(
        &japanese_text,
        &["請求書", "請求先", "発行日", "2026年3月1日", "¥1,235", "フランス"],
    );
    let fonts = poppler("pdffonts", &[], &japanese);
    assert!(
        fonts.contains("NotoSansCJKjp"),
        "a Japanese CJK face is embedded:\n{fonts}"
    );

    let thai = pdf(&tenant, &format!("/v1/invoices/{id}/pdf?locale=th")).await;
    assert_contains_all(&text_of(&thai), &["ใบแจ้งหนี้", "วันที่ออก"]);
    assert!(poppler("pdffonts", &[], &thai).contains("NotoSansThai"));

    // (Words without a lam-alef ligature: pdftotext splits those back into other letters.)
    let arabic = pdf(&tenant, &format!("/v1/invoices/{id}/pdf?locale=ar")).await;
    assert_contains_all(&text_of(&arabic), &["فاتورة", "فترة الخدمة", "المبلغ المستحق", "فرنسا"]);
    assert!(poppler("pdffonts", &[], &arabic).contains("NotoSansArabic"));
}

#[tokio::test]
async fn a_paid_invoice_has_a_receipt_with_the_date_paid_and_the_card_and_an_open_one_has_none() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    set_profile(&tenant, german_profile()).await;
    let payer = customer(&tenant, "2026-03-01T00:00:00Z", &["en"], paris(), None).await;
    let paid = invoice_of(&tenant, &payer, "eur", 2900, true).await;

    let english = text_of(&pdf(&tenant, &format!("/v1/invoices/{paid}/receipt")).await);
    let invoice: Invoice = tenant
        .api
        .request(Method::GET, &format!("/v1/invoices/{paid}"))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("invoice");
    let number = invoice.number.expect("a number");
    assert_contains_all(
        &english,
        &[
            "Receipt",
            "Invoice number",
            &number,
            "Paid on",
            "1 Mar 2026",
            "Payment method",
            "Visa ending in 4242",
            "Amount paid",
            "€29.00",
            "Acme Cloud GmbH",
        ],
    );
    let german = text_of(&pdf(&tenant, &format!("/v1/invoices/{paid}/receipt?locale=de")).await);
    assert_contains_all(&german, &["Quittung", "Bezahlt am", "Visa mit Endziffern 4242"]);

    let other = customer(&tenant, "2026-03-01T00:00:00Z", &["en"], paris(), None).await;
    let open = invoice_of(&tenant, &other, "eur", 2900, false).await;
    let refused = download(&tenant, &format!("/v1/invoices/{open}/receipt")).await;
    assert_eq!(refused.status(), 409);
    let body: Value = refused.json().await.expect("envelope");
    assert_eq!(body["error"]["code"], ErrorCode::InvoiceNotPaid.as_str());
    assert_eq!(download(&tenant, "/v1/invoices/in_missing/receipt").await.status(), 404);
}

#[tokio::test]
async fn the_business_profile_is_validated_replaced_as_a_whole_and_cleared_with_null() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;

    let settings = set_profile(&tenant, german_profile()).await;
    let profile = settings.business_profile.expect("a profile");
    assert_eq!(profile.legal_name.as_deref(), Some("Acme Cloud GmbH"));
    assert_eq!(profile.tax_ids[0].value, "DE136695976", "canonical form");
    assert_eq!(profile.address.map(|a| a.country), Some("DE".to_owned()));

    let refusal = |body: Value| {
        let request = tenant.api.request(Method::POST, "/v1/billing_settings").json(&body);
        async move {
            let response = request.send().await.expect("sent");
            assert_eq!(response.status(), 400);
            let envelope: Value = response.json().await.expect("envelope");
            (
                envelope["error"]["code"].as_str().unwrap_or_default().to_owned(),
                envelope["error"]["param"].as_str().unwrap_or_default().to_owned(),
            )
        }
    };
    let mut bad_vat = german_profile();
    bad_vat["tax_ids"][0]["value"] = json!("DE136695977");
    assert_eq!(
        refusal(json!({"business_profile": bad_vat})).await,
        (
            "tax_id_checksum_invalid".to_owned(),
            "business_profile.tax_ids[0].value".to_owned()
        )
    );
    let mut long_name = german_profile();
    long_name["legal_name"] = json!("x".repeat(201));
    assert_eq!(
        refusal(json!({"business_profile": long_name})).await.1,
        "business_profile.legal_name"
    );
    let mut bad_postcode = german_profile();
    bad_postcode["address"]["postal_code"] = json!("1011");
    assert_eq!(
        refusal(json!({"business_profile": bad_postcode})).await.1,
        "business_profile.address.postal_code"
    );
    let mut unknown = german_profile();
    unknown["vat_rate"] = json!(19);
    assert_eq!(
        refusal(json!({"business_profile": unknown})).await,
        ("parameter_invalid".to_owned(), "business_profile.vat_rate".to_owned())
    );

    // A refused update changed nothing.
    let kept: BillingSettings = tenant
        .api
        .request(Method::GET, "/v1/billing_settings")
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("settings");
    assert_eq!(
        kept.business_profile.and_then(|p| p.legal_name).as_deref(),
        Some("Acme Cloud GmbH")
    );

    // The object replaces the profile: what it leaves out is gone.
    let replaced = set_profile(&tenant, json!({"legal_name": "Acme Cloud SE"})).await;
    let profile = replaced.business_profile.expect("a profile");
    assert_eq!(profile.legal_name.as_deref(), Some("Acme Cloud SE"));
    assert!(profile.address.is_none() && profile.tax_ids.is_empty() && profile.email.is_none());

    // Another field alone leaves the profile as it is; `null` clears it.
    let untouched: BillingSettings = tenant
        .api
        .post("/v1/billing_settings", &json!({"invoice_prefix": "ACME"}), None)
        .await
        .expect("updated");
    assert!(untouched.business_profile.is_some());
    assert!(set_profile(&tenant, Value::Null).await.business_profile.is_none());
}

/// The images of a PDF as `pdfimages -list` prints them: `(width, height)` each.
fn images_of(bytes: &[u8]) -> Vec<(u32, u32)> {
    poppler("pdfimages", &["-list"], bytes)
        .lines()
        .skip(2)
        .filter_map(|line| {
            let columns: Vec<&str> = line.split_whitespace().collect();
            Some((columns.get(3)?.parse().ok()?, columns.get(4)?.parse().ok()?))
        })
        .collect()
}

#[tokio::test]
async fn the_merchants_uploaded_logo_heads_its_invoices_and_receipts() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let payer = customer(&tenant, "2026-03-01T00:00:00Z", &["en"], paris(), None).await;
    let paid = invoice_of(&tenant, &payer, "eur", 2900, true).await;
    set_profile(&tenant, german_profile()).await;
    let without = pdf(&tenant, &format!("/v1/invoices/{paid}/pdf")).await;
    assert!(images_of(&without).is_empty(), "no logo, no image");

    let file = crate::files::upload_demo_logo(&tenant).await;
    let mut profile = german_profile();
    profile["logo"] = json!(file.id);
    set_profile(&tenant, profile).await;

    for path in [
        format!("/v1/invoices/{paid}/pdf"),
        format!("/v1/invoices/{paid}/receipt"),
    ] {
        let bytes = pdf(&tenant, &path).await;
        // The PNG's colour and its alpha channel (a soft mask), at the logo's own size.
        assert!(
            images_of(&bytes).contains(&(240, 72)),
            "{path}: {:?}",
            images_of(&bytes)
        );
        assert!(text_of(&bytes).contains("Acme Cloud GmbH"), "{path}");
    }
}
