//! Invoices as the invoices page and the overview show them (a row, a page of them)
//! and the bank's challenge of a payment, without a view.

use chrono::NaiveDate;
use paylera_shared::invoice::InvoiceStatus;
use paylera_shared::money::{Currency, Money};
use serde::{Deserialize, Serialize};

use super::InvoiceText;
use crate::i18n::Locale;
use crate::problem::Problem;

/// How many invoices a page lists.
pub const PAGE_SIZE: u32 = 10;

/// The form field naming the invoice (echoed back with a failure, so the page knows
/// which invoice the challenge or the message is about).
pub const INVOICE_FIELD: &str = "invoice";

/// The `?done=` value after a payment went through without JavaScript.
pub const DONE_PAID: &str = "paid";

/// Where an invoice stands, as the customer reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvoiceState {
    Draft,
    /// Open, not attempted yet.
    Due,
    /// Open after at least one attempt to collect it that did not succeed.
    PaymentFailed,
    Paid,
    Void,
    Uncollectible,
}

impl InvoiceState {
    /// The state of an invoice with the API's `status` and `attempt_count`.
    pub fn of(status: InvoiceStatus, attempt_count: i64) -> Self {
        match status {
            InvoiceStatus::Draft => Self::Draft,
            InvoiceStatus::Open if attempt_count > 0 => Self::PaymentFailed,
            InvoiceStatus::Open => Self::Due,
            InvoiceStatus::Paid => Self::Paid,
            InvoiceStatus::Void => Self::Void,
            InvoiceStatus::Uncollectible => Self::Uncollectible,
        }
    }

    /// Whether the customer can try to pay it now (the API pays only open invoices).
    pub fn payable(self) -> bool {
        matches!(self, Self::Due | Self::PaymentFailed)
    }

    /// The machine-readable name (`data-state`, and the badge's style).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Due => "due",
            Self::PaymentFailed => "payment_failed",
            Self::Paid => "paid",
            Self::Void => "void",
            Self::Uncollectible => "uncollectible",
        }
    }

    pub fn text(self) -> InvoiceText {
        match self {
            Self::Draft => InvoiceText::StateDraft,
            Self::Due => InvoiceText::StateDue,
            Self::PaymentFailed => InvoiceText::StatePaymentFailed,
            Self::Paid => InvoiceText::StatePaid,
            Self::Void => InvoiceText::StateVoid,
            Self::Uncollectible => InvoiceText::StateUncollectible,
        }
    }
}

/// One invoice as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceRow {
    /// `in_…`.
    pub id: String,
    /// `DEMO-0042`; `None` while a draft.
    pub number: Option<String>,
    /// When it was issued (UTC).
    pub issued: NaiveDate,
    /// What it is for (minor units; negative when credits exceed charges).
    pub total: i64,
    pub currency: Currency,
    pub state: InvoiceState,
    /// Whether it is finalized (only then does it have a number and a PDF).
    pub finalized: bool,
}

impl InvoiceRow {
    /// How the customer names it: its number (its id while a draft).
    pub fn label(&self) -> &str {
        self.number.as_deref().unwrap_or(&self.id)
    }

    /// The PDF in the page's `locale` (the session's, or the one the customer switched
    /// to), through the portal's same-origin `/v1` proxy.
    pub fn pdf_href(&self, locale: Locale) -> String {
        format!("/v1/invoices/{}/pdf?locale={}", self.id, locale.tag())
    }

    /// The receipt of a paid invoice in the page's `locale`, through the same proxy;
    /// `None` for any other invoice (the API answers `409 invoice_not_paid`).
    pub fn receipt_href(&self, locale: Locale) -> Option<String> {
        (self.state == InvoiceState::Paid).then(|| format!("/v1/invoices/{}/receipt?locale={}", self.id, locale.tag()))
    }
}

#[cfg(feature = "ssr")]
impl From<paylera_shared::invoice::Invoice> for InvoiceRow {
    fn from(invoice: paylera_shared::invoice::Invoice) -> Self {
        Self {
            state: InvoiceState::of(invoice.status, invoice.attempt_count),
            finalized: invoice.finalized_at.is_some(),
            id: invoice.id.to_string(),
            number: invoice.number,
            issued: invoice.created.date_naive(),
            total: invoice.total,
            currency: invoice.currency,
        }
    }
}

/// One page of the customer's invoices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoicePage {
    pub rows: Vec<InvoiceRow>,
    /// Whether older invoices follow this page.
    pub has_more: bool,
}

/// A payment waiting for the bank's challenge, as the failed attempt echoed it (see
/// [`pay_invoice`](super::server::pay_invoice)): it travels with the failure, so the challenge shows the same with
/// or without JavaScript and whatever page of the list is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    /// `in_…`.
    pub invoice: String,
    /// How the customer names the invoice (its number).
    pub label: String,
    /// What the payment charges.
    pub amount: Money,
}

impl Challenge {
    const NUMBER_FIELD: &str = "number";
    const AMOUNT_FIELD: &str = "amount";
    const CURRENCY_FIELD: &str = "currency";

    /// `problem` (`authentication_required`) carrying what the challenge of `invoice` shows.
    #[cfg(feature = "ssr")]
    pub fn echo(problem: Problem, invoice: &paylera_shared::invoice::Invoice) -> Problem {
        let id = invoice.id.to_string();
        let amount = invoice.amount_remaining.to_string();
        problem.with_form([
            (INVOICE_FIELD, id.as_str()),
            (Self::NUMBER_FIELD, invoice.number.as_deref().unwrap_or(&id)),
            (Self::AMOUNT_FIELD, amount.as_str()),
            (Self::CURRENCY_FIELD, invoice.currency.code()),
        ])
    }

    /// The challenge `problem` asks for, if it is one.
    pub fn of(problem: &Problem) -> Option<Self> {
        if problem.api_code() != paylera_shared::ErrorCode::AuthenticationRequired {
            return None;
        }
        Some(Self {
            invoice: problem.form_value(INVOICE_FIELD)?.to_owned(),
            label: problem.form_value(Self::NUMBER_FIELD)?.to_owned(),
            amount: Money::new(
                problem.form_value(Self::AMOUNT_FIELD)?.parse().ok()?,
                problem.form_value(Self::CURRENCY_FIELD)?.parse().ok()?,
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<InvoiceText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn an_open_invoice_that_failed_reads_as_such_and_only_open_ones_are_payable() {
        assert_eq!(InvoiceState::of(InvoiceStatus::Open, 0), InvoiceState::Due);
        assert_eq!(InvoiceState::of(InvoiceStatus::Open, 2), InvoiceState::PaymentFailed);
        assert_eq!(InvoiceState::of(InvoiceStatus::Paid, 1), InvoiceState::Paid);
        assert_eq!(InvoiceState::of(InvoiceStatus::Void, 0), InvoiceState::Void);
        assert_eq!(InvoiceState::of(InvoiceStatus::Draft, 0), InvoiceState::Draft);
        assert_eq!(
            InvoiceState::of(InvoiceStatus::Uncollectible, 4),
            InvoiceState::Uncollectible
        );
        let payable: Vec<_> = [
            InvoiceState::Draft,
            InvoiceState::Due,
            InvoiceState::PaymentFailed,
            InvoiceState::Paid,
            InvoiceState::Void,
            InvoiceState::Uncollectible,
        ]
        .into_iter()
        .filter(|state| state.payable())
        .collect();
        assert_eq!(payable, [InvoiceState::Due, InvoiceState::PaymentFailed]);
    }

    #[test]
    fn a_challenge_is_read_back_from_the_failed_attempt_and_nothing_else_is_one() {
        let echoed = Problem::api(paylera_shared::ErrorCode::AuthenticationRequired).with_form([
            ("invoice", "in_1"),
            ("number", "DEMO-0007"),
            ("amount", "2900"),
            ("currency", "usd"),
        ]);
        assert_eq!(
            Challenge::of(&echoed),
            Some(Challenge {
                invoice: "in_1".to_owned(),
                label: "DEMO-0007".to_owned(),
                amount: Money::new(2900, Currency::USD),
            })
        );
        let declined = Problem {
            code: "card_declined".to_owned(),
            ..echoed.clone()
        };
        assert_eq!(Challenge::of(&declined), None);
        let without_amount =
            Problem::api(paylera_shared::ErrorCode::AuthenticationRequired).with_form([("invoice", "in_1")]);
        assert_eq!(Challenge::of(&without_amount), None);
    }

    #[test]
    fn the_pdf_goes_through_the_portal_proxy_and_a_draft_is_named_by_its_id() {
        let row = InvoiceRow {
            id: "in_123".to_owned(),
            number: None,
            issued: NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date"),
            total: 1200,
            currency: Currency::EUR,
            state: InvoiceState::Draft,
            finalized: false,
        };
        assert_eq!(row.pdf_href(Locale::En), "/v1/invoices/in_123/pdf?locale=en");
        assert_eq!(row.pdf_href(Locale::ZhHant), "/v1/invoices/in_123/pdf?locale=zh-Hant");
        assert_eq!(row.label(), "in_123");
        let numbered = InvoiceRow {
            number: Some("DEMO-0042".to_owned()),
            ..row
        };
        assert_eq!(numbered.label(), "DEMO-0042");
    }

    #[test]
    fn only_a_paid_invoice_links_its_receipt() {
        let row = |state| InvoiceRow {
            id: "in_123".to_owned(),
            number: Some("DEMO-0042".to_owned()),
            issued: NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date"),
            total: 1200,
            currency: Currency::EUR,
            state,
            finalized: true,
        };
        assert_eq!(
            row(InvoiceState::Paid).receipt_href(Locale::Fr).as_deref(),
            Some("/v1/invoices/in_123/receipt?locale=fr")
        );
        for state in [
            InvoiceState::Draft,
            InvoiceState::Due,
            InvoiceState::PaymentFailed,
            InvoiceState::Void,
            InvoiceState::Uncollectible,
        ] {
            assert_eq!(row(state).receipt_href(Locale::Fr), None, "{state:?}");
        }
    }
}
