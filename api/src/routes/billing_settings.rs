//! `/v1/billing_settings`: how a tenant's billing behaves.

use axum::{Json as JsonResponse, extract::State};
use paylera_shared::{
    ErrorCode, ErrorEnvelope,
    invoice::{BillingSettings, UpdateBillingSettingsRequest},
    patch::Patch,
};

use crate::{
    AppState,
    domain::{Invalid, business_profile},
    error::ApiError,
    extract::Json,
    middleware::auth::Caller,
    store::events::Origin,
    store::{self, billing_settings::BillingSettings as Stored},
};

fn to_wire(stored: Stored) -> Result<BillingSettings, ApiError> {
    Ok(BillingSettings {
        object: "billing_settings".to_owned(),
        business_profile: stored.profile()?,
        downgrade_behavior: stored.downgrade_behavior,
        dunning_final_action: stored.dunning_final_action,
        retry_on_new_default_payment_method: stored.retry_on_new_default != 0,
        allow_detach_last_payment_method: stored.allow_detach_last_payment_method != 0,
        invoice_prefix: stored.invoice_prefix,
    })
}

/// Retrieve the tenant's billing settings.
#[utoipa::path(
    get, path = "/v1/billing_settings", tag = "invoices",
    responses((status = 200, description = "The settings", body = BillingSettings)),
    security(("api_key" = []))
)]
pub async fn retrieve_billing_settings(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<BillingSettings>, ApiError> {
    Ok(JsonResponse(to_wire(
        store::billing_settings::find(&state.db, &caller.tenant_id).await?,
    )?))
}

/// Update the tenant's billing settings.
///
/// `business_profile` replaces the seller's legal identity printed on invoice and
/// receipt PDFs as a whole (`null` clears it); its address and tax IDs are validated like
/// a customer's; its `logo` is a `file_…` uploaded with `purpose: business_logo`.
#[utoipa::path(
    post, path = "/v1/billing_settings", tag = "invoices",
    request_body(content = UpdateBillingSettingsRequest, example = json!({
        "downgrade_behavior": "immediately",
        "dunning_final_action": "mark_unpaid",
        "business_profile": {
            "legal_name": "Acme Cloud GmbH",
            "address": {"line1": "Friedrichstraße 68", "city": "Berlin", "postal_code": "10117", "country": "DE"},
            "tax_ids": [{"type": "eu_vat", "value": "DE136695976"}],
            "email": "billing@acme.example"
        }
    })),
    responses(
        (status = 200, description = "The updated settings", body = BillingSettings),
        (status = 400, description = "An unknown value, or a business profile that does not validate (`param` names the field, e.g. `business_profile.tax_ids[0].value`)", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn update_billing_settings(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(params): Json<UpdateBillingSettingsRequest>,
) -> Result<JsonResponse<BillingSettings>, ApiError> {
    let one_of = |param: &str, value: &Option<String>, allowed: &[&str]| -> Result<(), Invalid> {
        match value {
            Some(v) if !allowed.contains(&v.as_str()) => Err(Invalid::new(
                param,
                ErrorCode::ParameterInvalid,
                format!("{param} is one of {}.", allowed.join(", ")),
            )),
            _ => Ok(()),
        }
    };
    one_of(
        "downgrade_behavior",
        &params.downgrade_behavior,
        &["at_period_end", "immediately"],
    )?;
    one_of(
        "dunning_final_action",
        &params.dunning_final_action,
        &["cancel", "mark_unpaid"],
    )?;
    let prefix_ok =
        |p: &String| (1..=12).contains(&p.len()) && p.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if params.invoice_prefix.as_ref().is_some_and(|p| !prefix_ok(p)) {
        return Err(Invalid::new(
            "invoice_prefix",
            ErrorCode::ParameterInvalid,
            "invoice_prefix is 1 to 12 uppercase letters or digits.",
        )
        .into());
    }
    let profile = match params.business_profile {
        Patch::Absent => None,
        Patch::Null => Some(None),
        Patch::Value(profile) => {
            let profile = business_profile::validate(profile).map_err(|err| err.under("business_profile"))?;
            if let Some(logo) = &profile.logo {
                store::files::require_logo(&state.db, &caller.tenant_id, logo, "business_profile.logo").await?;
            }
            Some(Some(profile))
        }
    };
    let mut tx = state.db.begin().await?;
    let mut settings = store::billing_settings::get(&mut tx, &caller.tenant_id).await?;
    if let Some(v) = params.downgrade_behavior {
        settings.downgrade_behavior = v;
    }
    if let Some(v) = params.dunning_final_action {
        settings.dunning_final_action = v;
    }
    if let Some(v) = params.retry_on_new_default_payment_method {
        settings.retry_on_new_default = i64::from(v);
    }
    if let Some(v) = params.allow_detach_last_payment_method {
        settings.allow_detach_last_payment_method = i64::from(v);
    }
    if let Some(v) = params.invoice_prefix {
        settings.invoice_prefix = v;
    }
    if let Some(profile) = profile {
        settings.set_profile(profile.as_ref())?;
    }
    store::billing_settings::update(&mut tx, &caller.tenant_id, &settings).await?;
    origin.commit(tx, to_wire(settings)?).await.map(JsonResponse)
}
