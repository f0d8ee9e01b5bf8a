//! The invoices' server functions: a page of invoices, and paying one (the invoices
//! page and the overview's outstanding invoice).

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::InvoicePage;
#[cfg(feature = "ssr")]
use super::model::{Challenge, DONE_PAID, INVOICE_FIELD, InvoiceRow, PAGE_SIZE};
use crate::problem::Problem;
#[cfg(feature = "ssr")]
use crate::session::Module;

/// The customer's invoices, newest first: [`PAGE_SIZE`] of them, after invoice `after`
/// (an `in_…` of the previous page) when given.
#[server(endpoint = "invoices", prefix = "/api", input = GetUrl)]
pub async fn load_invoices(after: Option<String>) -> Result<InvoicePage, Problem> {
    use paylera_shared::{ids::InvoiceId, invoice::InvoiceFilter, list::ListParams};

    use crate::problem::codes;
    use crate::server::actions;

    let starting_after = match after.as_deref().filter(|after| !after.is_empty()) {
        Some(after) => Some(
            InvoiceId::parse(after)
                .map_err(|_| Problem::new(codes::INVALID_INPUT).about("after"))?
                .to_string(),
        ),
        None => None,
    };
    let customer = actions::customer().await?;
    let filter = InvoiceFilter {
        customer: Some(customer.id.to_string()),
        ..InvoiceFilter::default()
    };
    let page = ListParams {
        starting_after,
        ..ListParams::limit(PAGE_SIZE)
    };
    let list = customer
        .api
        .list_invoices(&filter, &page)
        .await
        .map_err(actions::problem)?;
    Ok(InvoicePage {
        rows: list.data.into_iter().map(InvoiceRow::from).collect(),
        has_more: list.has_more,
    })
}

/// Pays open invoice `invoice` now with the customer's default card. `authentication`
/// is the customer's answer to the bank's challenge (`approve` or `deny`), sent only
/// from the challenge section.
///
/// A failure echoes `invoice`, so the page can tell which invoice the challenge (or
/// the message) is about.
#[server(endpoint = "pay_invoice", prefix = "/api")]
pub async fn pay_invoice(
    csrf: String,
    invoice: String,
    authentication: Option<String>,
    idempotency_key: Option<String>,
) -> Result<(), Problem> {
    use paylera_shared::{ids::InvoiceId, invoice::PayInvoiceRequest};

    use crate::problem::codes;
    use crate::server::actions;

    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let echo = |problem: Problem| problem.with_form([(INVOICE_FIELD, invoice.as_str())]);
    let id = InvoiceId::parse(&invoice).map_err(|_| echo(Problem::new(codes::INVALID_INPUT).about(INVOICE_FIELD)))?;
    let authentication = match authentication.as_deref().filter(|answer| !answer.is_empty()) {
        None => None,
        Some(answer @ ("approve" | "deny")) => Some(answer.to_owned()),
        Some(_) => return Err(echo(Problem::new(codes::INVALID_INPUT).about("authentication"))),
    };
    let customer = actions::customer().await?;
    let request = PayInvoiceRequest {
        payment_method: None,
        authentication,
    };
    // The form's own random key: a double submit charges once (see `idempotency`).
    let key = crate::idempotency::or_fresh(idempotency_key.as_deref());
    if let Err(err) = customer.api.pay_invoice(&id, &request, Some(&key)).await {
        let problem = actions::problem(err);
        if problem.api_code() == paylera_shared::ErrorCode::AuthenticationRequired {
            // What the bank's challenge shows: the invoice and the amount being charged.
            if let Ok(due) = customer.api.retrieve_invoice(&id).await {
                return Err(Challenge::echo(problem, &due));
            }
        }
        return Err(echo(problem));
    }
    actions::after_form_post(&format!("{}?done={DONE_PAID}", Module::Invoices.href()));
    Ok(())
}
