//! The demo tenant `cargo xtask up` creates on an empty database: a small
//! catalog (three plans in one family, monthly and yearly) and one customer.

use base64::{Engine as _, engine::general_purpose::STANDARD as BASE64};
use paylera_shared::{
    catalog::Recurring,
    customer::Address,
    event::EventType,
    ids::{CustomerId, FileId, TenantId},
    invoice::{BusinessProfile, SnapshotTaxId},
};
use serde::Serialize;

use crate::{
    db::Db,
    domain::{
        catalog::{PriceFields, ProductFields},
        customer::CustomerFields,
    },
    store::{self, events::Origin},
};

/// What a fresh seed produced. The secret key is shown once.
#[derive(Debug, Serialize)]
pub struct Seeded {
    pub created: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<TenantId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<CustomerId>,
    /// The demo tenant's first owner on the dashboard ([`DEMO_OWNER_EMAIL`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dashboard_email: Option<String>,
    /// That owner's password: random, shown once (only its argon2id hash is stored).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dashboard_password: Option<String>,
}

/// The demo tenant's first team owner.
pub const DEMO_OWNER_EMAIL: &str = "owner@demo-store.example";

/// (product, description, features, monthly amount in cents, yearly amount in cents),
/// cheapest first: their order is their rank in the `plans` family.
const PLANS: [(&str, &str, &[&str], i64, i64); 3] = [
    (
        "Starter",
        "For individuals getting started",
        &["1 project", "Email support"],
        900,
        9_000,
    ),
    (
        "Pro",
        "For growing teams",
        &["Unlimited projects", "Priority support"],
        2_900,
        29_000,
    ),
    (
        "Business",
        "For organisations with advanced needs",
        &["SSO", "Audit log", "Dedicated manager"],
        9_900,
        99_000,
    ),
];

/// Seeds the demo data if no tenant exists yet; all in one transaction.
pub async fn seed_demo(db: &Db) -> Result<Seeded, sqlx::Error> {
    if store::tenants::count(db).await? > 0 {
        return Ok(Seeded {
            created: false,
            tenant_id: None,
            secret_key: None,
            customer_id: None,
            dashboard_email: None,
            dashboard_password: None,
        });
    }
    let origin = Origin::system();
    let mut tx = db.begin().await?;
    let tenant = store::tenants::create(&mut tx, "Paylera Demo Store").await?;
    for (rank, (name, description, features, monthly, yearly)) in (1..).zip(PLANS) {
        let fields = ProductFields {
            name: name.to_owned(),
            description: Some(description.to_owned()),
            features: features.iter().map(|f| (*f).to_owned()).collect(),
            family: Some("plans".to_owned()),
            rank,
            active: true,
            metadata: Default::default(),
        };
        let product = store::catalog::create_product(&mut tx, &tenant.id, &fields).await?;
        store::events::record(
            &mut tx,
            &tenant.id,
            EventType::ProductCreated,
            to_json(&product)?,
            None,
            &origin,
        )
        .await?;
        for (interval, amount) in [("month", monthly), ("year", yearly)] {
            let fields = PriceFields {
                currency: paylera_shared::money::Currency::USD,
                unit_amount: amount,
                recurring: Recurring {
                    interval: interval.to_owned(),
                    interval_count: 1,
                    usage_type: "licensed".to_owned(),
                },
                nickname: Some(format!("{name} {interval}ly")),
                metadata: Default::default(),
            };
            let price = store::catalog::create_price(&mut tx, &tenant.id, &product.id, &fields).await?;
            store::events::record(
                &mut tx,
                &tenant.id,
                EventType::PriceCreated,
                to_json(&price)?,
                None,
                &origin,
            )
            .await?;
        }
    }
    // The seller's legal identity on the demo's invoice and receipt PDFs: a German
    // company, as a European accountant expects it on every invoice.
    // Its logo goes through the checks an upload does.
    let logo =
        crate::domain::file::logo(&BASE64.encode(DEMO_LOGO)).map_err(|err| sqlx::Error::Protocol(err.message))?;
    let logo = store::files::create_logo(&mut tx, &tenant.id, logo).await?;
    let mut settings = store::billing_settings::get(&mut tx, &tenant.id).await?;
    settings.set_profile(Some(&demo_business_profile(logo.id)))?;
    store::billing_settings::update(&mut tx, &tenant.id, &settings).await?;
    let fields = CustomerFields {
        email: Some("ada@example.com".to_owned()),
        name: Some("Ada Lovelace".to_owned()),
        preferred_locales: vec!["en".to_owned()],
        ..CustomerFields::default()
    };
    let customer = store::customers::create(&mut tx, &tenant.id, &fields, None).await?;
    store::events::record(
        &mut tx,
        &tenant.id,
        EventType::CustomerCreated,
        to_json(&customer)?,
        None,
        &origin,
    )
    .await?;
    // The first owner of the demo tenant's team, with a random password shown once.
    let password = crate::domain::ids::random_base62(20);
    let owner = store::team::MemberRow {
        id: format!("usr_{}", crate::domain::ids::random_base62(24)),
        tenant_id: tenant.id.to_string(),
        email: DEMO_OWNER_EMAIL.to_owned(),
        name: Some("Demo owner".to_owned()),
        role: paylera_shared::dashboard::Role::Owner.as_str().to_owned(),
        password_hash: crate::domain::team::hash_password(&password)
            .map_err(|err| sqlx::Error::Protocol(err.to_string()))?,
        totp_secret: None,
        totp_pending: None,
        totp_last_step: None,
        failed_attempts: 0,
        locked_until: None,
        created: crate::domain::now().timestamp(),
        last_sign_in: None,
    };
    store::team::create_member(&mut tx, &owner).await?;
    tx.commit().await?;
    Ok(Seeded {
        created: true,
        tenant_id: Some(tenant.id),
        secret_key: Some(tenant.secret_key),
        customer_id: Some(customer.id),
        dashboard_email: Some(owner.email),
        dashboard_password: Some(password),
    })
}

/// The demo tenant's logo (240 × 72 PNG).
const DEMO_LOGO: &[u8] = include_bytes!("../assets/demo-logo.png");

/// The demo tenant's business profile (the VAT number is a valid German one).
fn demo_business_profile(logo: FileId) -> BusinessProfile {
    BusinessProfile {
        legal_name: Some("Paylera Demo Store GmbH".to_owned()),
        address: Some(Address {
            line1: Some("Friedrichstraße 68".to_owned()),
            line2: None,
            city: Some("Berlin".to_owned()),
            state: None,
            postal_code: Some("10117".to_owned()),
            country: "DE".to_owned(),
        }),
        tax_ids: vec![SnapshotTaxId {
            kind: "eu_vat".to_owned(),
            value: "DE136695976".to_owned(),
        }],
        email: Some("billing@demo-store.example".to_owned()),
        logo: Some(logo),
    }
}

fn to_json(value: &impl Serialize) -> Result<serde_json::Value, sqlx::Error> {
    serde_json::to_value(value).map_err(|err| sqlx::Error::Encode(err.into()))
}

/// The demo tenant (the first one created) and its first customer, if seeded.
pub async fn demo_customer(db: &Db) -> Result<Option<(TenantId, CustomerId)>, sqlx::Error> {
    let row: Option<(String, String)> = sqlx::query_as(
        "select t.id, c.id from tenants t join customers c on c.tenant_id = t.id
         where t.name = 'Paylera Demo Store' and c.deleted_at is null order by c.seq limit 1",
    )
    .fetch_optional(db.reader())
    .await?;
    Ok(row.and_then(|(t, c)| Some((t.parse().ok()?, c.parse().ok()?))))
}
