//! The overview's data (what a signed-in customer sees first) and its rules, without a
//! view: which subscriptions show, which invoices come first.

use paylera_shared::money::{Currency, Money};
use serde::{Deserialize, Serialize};

use crate::components::invoice::InvoiceRow;
use crate::components::payment_method::SavedCard;
use crate::components::subscription::{Day, SubscriptionRow};

/// How many invoices the overview lists (the invoices page has the rest).
#[cfg(feature = "ssr")]
pub const LATEST_INVOICES: usize = 3;

/// Everything the overview shows, loaded in one server call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverviewData {
    /// The running subscriptions, newest first, each with its next charge.
    pub plans: Vec<PlanSummary>,
    /// The default card, when the payment methods module is on and there is one.
    pub card: Option<SavedCard>,
    pub billing: BillingDetails,
    /// Open invoices first (oldest first: the one overdue longest leads), then the
    /// latest others; empty when the invoices module is off.
    pub invoices: Vec<InvoiceRow>,
}

/// A running subscription and what it will charge next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSummary {
    pub row: SubscriptionRow,
    /// `None` when it will not renew (it ends at the period end) or the API could not
    /// say (the plan still shows).
    pub next_charge: Option<NextCharge>,
}

/// The next invoice of a subscription: when, and how much (`GET /v1/invoices/upcoming`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextCharge {
    pub day: Day,
    /// Minor units of `currency`.
    pub amount: i64,
    pub currency: Currency,
}

impl NextCharge {
    /// What will be charged.
    pub fn money(self) -> Money {
        Money::new(self.amount, self.currency)
    }
}

/// Who is billed: as the merchant recorded them and the customer keeps them up to date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillingDetails {
    pub name: Option<String>,
    pub email: Option<String>,
    /// The address's lines in its country's order, the country's name (in the page's
    /// language) last; empty when there is no address.
    pub address: Vec<String>,
    /// "EU VAT DE123456789"-like lines: the type's short name is the caller's.
    pub tax_ids: Vec<String>,
}

/// The invoices as the overview lists them: every payable one first, oldest first (the
/// one overdue longest leads), then the newest others, `limit` in all — payable ones are
/// never cut.
#[cfg(feature = "ssr")]
pub fn overview_invoices(newest_first: Vec<InvoiceRow>, limit: usize) -> Vec<InvoiceRow> {
    let (mut payable, others): (Vec<_>, Vec<_>) = newest_first.into_iter().partition(|row| row.state.payable());
    payable.reverse();
    let room = limit.saturating_sub(payable.len());
    payable.extend(others.into_iter().take(room));
    payable
}

/// The first payable invoice, if any: the one "Pay now" is about.
pub fn outstanding(invoices: &[InvoiceRow]) -> Option<&InvoiceRow> {
    invoices.first().filter(|row| row.state.payable())
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::components::invoice::InvoiceState;

    fn row(id: &str, state: InvoiceState) -> InvoiceRow {
        InvoiceRow {
            id: id.to_owned(),
            number: Some(id.to_uppercase()),
            issued: NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date"),
            total: 2900,
            currency: Currency::USD,
            state,
            finalized: true,
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn unpaid_invoices_come_first_oldest_first_and_are_never_cut() {
        use InvoiceState::*;
        let newest_first = vec![
            row("in_5", Paid),
            row("in_4", PaymentFailed),
            row("in_3", Paid),
            row("in_2", Due),
            row("in_1", Paid),
        ];
        let ids: Vec<String> = overview_invoices(newest_first.clone(), 3)
            .into_iter()
            .map(|row| row.id)
            .collect();
        assert_eq!(ids, ["in_2", "in_4", "in_5"]);
        let ids: Vec<String> = overview_invoices(newest_first, 1)
            .into_iter()
            .map(|row| row.id)
            .collect();
        assert_eq!(ids, ["in_2", "in_4"], "payable invoices are all shown");
    }

    #[test]
    fn only_a_payable_invoice_is_outstanding() {
        assert_eq!(outstanding(&[row("in_1", InvoiceState::Paid)]), None);
        let rows = [row("in_2", InvoiceState::Due), row("in_1", InvoiceState::Paid)];
        assert_eq!(outstanding(&rows).map(|row| row.id.as_str()), Some("in_2"));
        assert_eq!(outstanding(&[]), None);
    }

    #[test]
    fn every_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<super::super::HomeText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
