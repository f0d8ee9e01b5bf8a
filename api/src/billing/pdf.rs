//! An invoice as a PDF: the engine's [`Invoice`] formatted for people and handed
//! to `paylera-pdf`, branded with the tenant's portal configuration (business name
//! and accent colour). English labels for now; the portal's locales come with it.

use paylera_pdf::{BillTo, InvoiceDocument, InvoiceStatus, Labels, Line, Seller};
use paylera_shared::{customer::Address, invoice::Invoice, money::Money};

use crate::domain::address::country_name;

/// The printable document of `invoice`, issued by `seller_name` in `accent_colour`
/// (`#RRGGBB`, as the portal configuration stores it).
pub fn document(invoice: &Invoice, seller_name: &str, accent_colour: &str) -> InvoiceDocument {
    let money = |amount: i64| Money::new(amount, invoice.currency).to_string();
    let date = |t: chrono::DateTime<chrono::Utc>| t.format("%-d %b %Y").to_string();
    let status = match invoice.status.as_str() {
        "paid" => InvoiceStatus::Paid,
        "void" => InvoiceStatus::Void,
        "uncollectible" => InvoiceStatus::Uncollectible,
        "draft" => InvoiceStatus::Draft,
        _ => InvoiceStatus::Open,
    };
    let customer = &invoice.customer_details;
    InvoiceDocument {
        locale: "en".to_owned(),
        seller: Seller {
            name: seller_name.to_owned(),
            logo: None,
            accent_colour: accent_colour.to_owned(),
            address_lines: Vec::new(),
            email: None,
            tax_ids: Vec::new(),
        },
        number: invoice.number.clone().unwrap_or_else(|| "Draft".to_owned()),
        status,
        status_label: status.english_label().to_owned(),
        labels: Labels::english(),
        issued: date(invoice.finalized_at.unwrap_or(invoice.created)),
        due: None,
        period: Some(format!("{} – {}", date(invoice.period_start), date(invoice.period_end))),
        bill_to: BillTo {
            name: customer
                .name
                .clone()
                .or_else(|| customer.email.clone())
                .unwrap_or_default(),
            email: customer.email.clone(),
            address_lines: customer.address.as_ref().map(address_lines).unwrap_or_default(),
            tax_ids: customer
                .tax_ids
                .iter()
                .map(|t| format!("{} {}", t.kind.replace('_', " ").to_uppercase(), t.value))
                .collect(),
        },
        lines: invoice
            .lines
            .iter()
            .map(|line| Line {
                description: line.description.clone(),
                period: Some(format!("{} – {}", date(line.period_start), date(line.period_end))),
                quantity: line.quantity.to_string(),
                unit_price: money(line.unit_amount),
                amount: money(line.amount),
            })
            .collect(),
        subtotal: money(invoice.subtotal),
        tax: money(invoice.tax),
        total: money(invoice.total),
        amount_paid: money(invoice.amount_paid),
        amount_due: money(invoice.amount_remaining),
        footer: (invoice.credit_applied > 0)
            .then(|| format!("Customer credit applied: {}", money(invoice.credit_applied))),
    }
}

/// An address as printed lines: street lines, then "City, State Postal", then the country.
fn address_lines(address: &Address) -> Vec<String> {
    let locality = [
        address.city.as_deref(),
        address.state.as_deref(),
        address.postal_code.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    [
        address.line1.clone(),
        address.line2.clone(),
        Some(locality).filter(|l| !l.is_empty()),
    ]
    .into_iter()
    .flatten()
    .chain(std::iter::once(
        country_name(&address.country).unwrap_or(&address.country).to_owned(),
    ))
    .collect()
}
