//! An invoice, or the receipt of a paid one, as a PDF: the engine's [`Invoice`]
//! formatted for people in the document's locale and handed to `paylera-pdf`, issued by
//! the tenant's legal identity (the business profile of its billing settings) and
//! branded with its portal configuration (business name and accent colour).
//!
//! Every word comes from the `invoice-document` Fluent catalogue
//! (`locales/<tag>/invoice-document.ftl`, `paylera_texts::documents`); money, dates,
//! country and tax ID type names from `paylera_texts::{format, names}`, the very
//! functions the portal's pages use, so a PDF and the page it was downloaded from agree.
//! Addresses are in their country's order (`paylera_shared::address::address_lines`).

use chrono::{DateTime, Datelike, Utc};
use paylera_pdf::{BillTo, DocumentKind, InvoiceDocument, InvoiceStatus, Labels, Line, Seller};
use paylera_shared::{
    customer::Address,
    invoice::{BusinessProfile, Invoice, SnapshotTaxId},
    locale::Locale,
    money::Money,
};
use paylera_texts::{Arg, format, names};

/// Who issues the document.
#[derive(Debug, Clone, Copy)]
pub struct Issuer<'a> {
    /// The business or tenant name, printed when the profile has no legal name.
    pub name: &'a str,
    /// The tenant's business profile, if set.
    pub profile: Option<&'a BusinessProfile>,
    /// `#RRGGBB`, as the portal configuration stores it.
    pub accent_colour: &'a str,
    /// The contents of the profile's logo (a checked PNG or JPEG), if it has one.
    pub logo: Option<&'a [u8]>,
}

/// How a paid invoice was paid: the card of its successful payment attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaidWith {
    /// The API's brand (`visa`, …, `unknown`).
    pub brand: String,
    pub last4: String,
}

/// The message `invoice-document-{key}` of `locale` with `args`.
fn text(locale: Locale, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    paylera_texts::documents()
        .format(locale, &format!("invoice-document-{key}"), args)
        .unwrap_or_default()
}

/// The printable invoice of `invoice` in `locale`.
pub fn document(invoice: &Invoice, locale: Locale, issuer: Issuer<'_>) -> InvoiceDocument {
    let money = |amount: i64| format::money(locale, Money::new(amount, invoice.currency));
    let status = match invoice.status.as_str() {
        "paid" => InvoiceStatus::Paid,
        "void" => InvoiceStatus::Void,
        "uncollectible" => InvoiceStatus::Uncollectible,
        "draft" => InvoiceStatus::Draft,
        _ => InvoiceStatus::Open,
    };
    let status_key = match status {
        InvoiceStatus::Paid => "status-paid",
        InvoiceStatus::Void => "status-void",
        InvoiceStatus::Uncollectible => "status-uncollectible",
        InvoiceStatus::Draft => "status-draft",
        InvoiceStatus::Open => "status-open",
    };
    let customer = &invoice.customer_details;
    let profile = issuer.profile;
    InvoiceDocument {
        locale: locale.tag().to_owned(),
        kind: DocumentKind::Invoice,
        seller: Seller {
            name: profile
                .and_then(|p| p.legal_name.clone())
                .unwrap_or_else(|| issuer.name.to_owned()),
            logo: issuer.logo.map(<[u8]>::to_vec),
            accent_colour: issuer.accent_colour.to_owned(),
            address_lines: profile
                .and_then(|p| p.address.as_ref())
                .map(|a| address_lines(locale, a))
                .unwrap_or_default(),
            email: profile.and_then(|p| p.email.clone()),
            tax_ids: profile.map(|p| tax_ids(locale, &p.tax_ids)).unwrap_or_default(),
        },
        number: invoice
            .number
            .clone()
            .unwrap_or_else(|| text(locale, "status-draft", &[])),
        status,
        status_label: text(locale, status_key, &[]),
        labels: labels(locale),
        issued: date(locale, invoice.finalized_at.unwrap_or(invoice.created)),
        due: None,
        period: Some(period(locale, invoice.period_start, invoice.period_end)),
        paid_on: None,
        payment_method: None,
        bill_to: BillTo {
            name: customer
                .name
                .clone()
                .or_else(|| customer.email.clone())
                .unwrap_or_default(),
            email: customer.email.clone(),
            address_lines: customer
                .address
                .as_ref()
                .map(|a| address_lines(locale, a))
                .unwrap_or_default(),
            tax_ids: tax_ids(locale, &customer.tax_ids),
        },
        lines: invoice
            .lines
            .iter()
            .map(|line| Line {
                description: line.description.clone(),
                period: Some(period(locale, line.period_start, line.period_end)),
                quantity: format::number(locale, line.quantity),
                unit_price: money(line.unit_amount),
                amount: money(line.amount),
            })
            .collect(),
        subtotal: money(invoice.subtotal),
        tax: money(invoice.total_tax),
        total: money(invoice.total),
        amount_paid: money(invoice.amount_paid),
        amount_due: money(invoice.amount_remaining),
        footer: (invoice.credit_applied > 0).then(|| {
            text(
                locale,
                "credit-applied",
                &[("amount", Arg::Text(&money(invoice.credit_applied)))],
            )
        }),
    }
}

/// The receipt of paid `invoice` in `locale`: the invoice's document titled "Receipt",
/// with the date paid and, when known, the card it was paid with.
pub fn receipt(invoice: &Invoice, locale: Locale, issuer: Issuer<'_>, paid_with: Option<&PaidWith>) -> InvoiceDocument {
    let mut doc = document(invoice, locale, issuer);
    doc.kind = DocumentKind::Receipt;
    doc.paid_on = invoice.paid_at.map(|at| date(locale, at));
    doc.payment_method = paid_with.map(|card| {
        let brand = format::card_brand(&card.brand).unwrap_or(&card.brand);
        text(
            locale,
            "card",
            &[("brand", Arg::Text(brand)), ("last4", Arg::Text(&card.last4))],
        )
    });
    doc
}

fn labels(locale: Locale) -> Labels {
    let t = |key: &str| text(locale, key, &[]);
    Labels {
        invoice: t("invoice"),
        bill_to: t("bill-to"),
        date_of_issue: t("date-of-issue"),
        due_date: t("due-date"),
        period: t("period"),
        description: t("description"),
        qty: t("qty"),
        unit_price: t("unit-price"),
        amount: t("amount"),
        subtotal: t("subtotal"),
        tax: t("tax"),
        total: t("total"),
        amount_paid: t("amount-paid"),
        amount_due: t("amount-due"),
        page: t("page"),
        receipt: t("receipt"),
        invoice_number: t("invoice-number"),
        paid_on: t("paid-on"),
        payment_method: t("payment-method"),
    }
}

fn date(locale: Locale, at: DateTime<Utc>) -> String {
    format::date(locale, at.year(), at.month(), at.day())
}

fn period(locale: Locale, start: DateTime<Utc>, end: DateTime<Utc>) -> String {
    format!("{} – {}", date(locale, start), date(locale, end))
}

/// An address as printed lines: its country's order, then the country's name in
/// `locale`.
fn address_lines(locale: Locale, address: &Address) -> Vec<String> {
    let mut lines = paylera_shared::address::address_lines(address);
    lines.push(
        names::country(locale, &address.country)
            .unwrap_or(&address.country)
            .to_owned(),
    );
    lines
}

/// Tax IDs as printed: the type's name in `locale` (`European VAT number`), then the
/// number, joined as the locale writes a label and its value (`invoice-document-tax-id`:
/// `: ` in English, ` : ` in French, `：` in Chinese). A type the table does not name yet
/// prints as its code in capitals.
fn tax_ids(locale: Locale, ids: &[SnapshotTaxId]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            let label = names::tax_id_type(locale, &id.kind)
                .map_or_else(|| id.kind.replace('_', " ").to_uppercase(), str::to_owned);
            text(
                locale,
                "tax-id",
                &[("type", Arg::Text(&label)), ("value", Arg::Text(&id.value))],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_in_its_countrys_order_with_the_country_named_in_the_locale() {
        let address = Address {
            line1: Some("12 rue de la Paix".into()),
            line2: None,
            city: Some("Paris".into()),
            state: None,
            postal_code: Some("75002".into()),
            country: "FR".into(),
        };
        assert_eq!(
            address_lines(Locale::De, &address),
            ["12 rue de la Paix", "75002 Paris", "Frankreich"]
        );
    }

    #[test]
    fn a_tax_id_is_labelled_with_its_types_name_in_the_locale() {
        let ids = [SnapshotTaxId {
            kind: "eu_vat".into(),
            value: "FR40303265045".into(),
        }];
        assert_eq!(tax_ids(Locale::En, &ids), ["European VAT number: FR40303265045"]);
        let unknown = [SnapshotTaxId {
            kind: "xx_new".into(),
            value: "1".into(),
        }];
        assert_eq!(tax_ids(Locale::En, &unknown), ["XX NEW: 1"]);
        assert_eq!(
            tax_ids(Locale::Fr, &ids),
            ["Numéro de TVA intracommunautaire\u{202f}: FR40303265045"]
        );
    }
}
