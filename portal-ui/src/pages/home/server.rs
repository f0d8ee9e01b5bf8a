//! The overview's server function: the customer's billing at a glance, read from the
//! API in one go (every call the session's scope allows, nothing a hidden module needs).

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::OverviewData;
use crate::problem::Problem;

/// The overview of the signed-in customer: running subscriptions with their next
/// charge (`GET /v1/invoices/upcoming`), the default card, the billing details and the
/// latest invoices (open ones first). A module the configuration hides is not asked
/// about (its section is not shown either).
#[server(endpoint = "overview", prefix = "/api", input = GetUrl)]
pub async fn load_overview() -> Result<OverviewData, Problem> {
    use paylera_shared::{
        address::address_lines,
        invoice::{Invoice, InvoiceFilter},
        list::{List, ListParams},
        subscription::SubscriptionStatus,
    };

    use super::model::{BillingDetails, LATEST_INVOICES, PlanSummary, overview_invoices};
    use crate::components::{invoice::InvoiceRow, payment_method::SavedCard, subscription::api};
    use crate::i18n::names;
    use crate::server::actions;
    use crate::session::Module;

    let customer = actions::customer().await?;
    let session = customer.session().await?;
    let modules = Module::enabled_by(&session.configuration.settings);
    let invoices = async {
        if !modules.contains(&Module::Invoices) {
            return Ok(List::new(Vec::<Invoice>::new(), false, "/v1/invoices"));
        }
        let filter = InvoiceFilter {
            customer: Some(customer.id.to_string()),
            ..Default::default()
        };
        // Enough to find open invoices among the latest, and fill the list after them.
        customer.api.list_invoices(&filter, &ListParams::limit(20)).await
    };
    let (profile, subscriptions, invoices) = tokio::join!(
        customer.api.retrieve_customer(&customer.id),
        api::subscriptions(&customer),
        invoices
    );
    let profile = profile.map_err(actions::problem)?;
    let invoices = invoices.map_err(actions::problem)?;

    let mut plans = api::Plans::new(&customer.api);
    let mut rows = Vec::new();
    for subscription in subscriptions?
        .into_iter()
        .filter(|s| s.status != SubscriptionStatus::Canceled)
    {
        rows.push(plans.row(subscription).await?);
    }
    // Each renewing subscription's next invoice (customers have one or two running
    // subscriptions: asked in turn). A preview that fails leaves the plan without its
    // next charge rather than the page without its plan.
    let mut next_charges = Vec::with_capacity(rows.len());
    for row in &rows {
        next_charges.push(next_charge(&customer, row).await);
    }

    let card = match &profile.invoice_settings.default_payment_method {
        Some(id) if modules.contains(&Module::PaymentMethods) => customer
            .api
            .retrieve_payment_method(id)
            .await
            .ok()
            .map(|method| SavedCard::of(method, true)),
        _ => None,
    };
    let address = profile
        .address
        .as_ref()
        .map(|address| {
            let mut lines = address_lines(address);
            let country = names::countries(session.locale)
                .iter()
                .find(|(code, _)| *code == address.country)
                .map_or(address.country.as_str(), |(_, name)| *name);
            lines.push(country.to_owned());
            lines
        })
        .unwrap_or_default();
    let tax_ids = if modules.contains(&Module::TaxIds) {
        profile.tax_ids.iter().map(|tax_id| tax_id.value.clone()).collect()
    } else {
        Vec::new()
    };
    let latest = invoices.data.into_iter().map(InvoiceRow::from).collect();
    Ok(OverviewData {
        plans: rows
            .into_iter()
            .zip(next_charges)
            .map(|(row, next_charge)| PlanSummary { row, next_charge })
            .collect(),
        card,
        billing: BillingDetails {
            name: profile.name,
            email: profile.email,
            address,
            tax_ids,
        },
        invoices: overview_invoices(latest, LATEST_INVOICES),
    })
}

/// What `row` will charge next, if it renews and the API can say.
#[cfg(feature = "ssr")]
async fn next_charge(
    customer: &crate::server::actions::Customer,
    row: &crate::components::subscription::SubscriptionRow,
) -> Option<super::model::NextCharge> {
    if row.cancel_at_period_end {
        return None;
    }
    let id = row.id.parse().ok()?;
    let upcoming = customer.api.upcoming_invoice(&id).await.ok()?;
    Some(super::model::NextCharge {
        day: upcoming.next_payment_attempt.into(),
        amount: upcoming.amount_due,
        currency: upcoming.currency,
    })
}
