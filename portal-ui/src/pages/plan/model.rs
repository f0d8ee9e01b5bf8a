//! The change of plan's view models and rules, without a view.

use paylera_shared::money::{Currency, Money};
use paylera_shared::subscription::{MAX_QUANTITY, PlanChange};
use serde::{Deserialize, Serialize};

use crate::components::subscription::{Day, Plan, SubscriptionRow};
use crate::flow;
use crate::i18n::{Locale, format};
use crate::session::{FlowKind, SignedIn};

/// Where a total goes in [`PickerPlan::per_period`].
pub const AMOUNT_SLOT: &str = "{$amount}";

/// One plan of the plan picker (an island's prop: texts the server formatted, numbers
/// the browser totals with).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickerPlan {
    /// `price_…`: the radio's value.
    pub price: String,
    pub name: String,
    /// The unit price per period, as the label says it.
    pub price_text: String,
    /// "Current plan", "Upgrade", "Downgrade".
    pub badge: Option<String>,
    pub unit_amount: i64,
    pub currency: Currency,
    /// "[`AMOUNT_SLOT`] every 3 months": formatted on the server, where the locale's
    /// plural rules are.
    pub per_period: String,
}

impl PickerPlan {
    pub fn new(plan: &Plan, badge: Option<String>, locale: Locale) -> Self {
        PickerPlan {
            price: plan.price.clone(),
            name: plan.name.clone(),
            price_text: plan.price_text(locale),
            badge,
            unit_amount: plan.unit_amount,
            currency: plan.currency,
            per_period: plan.per_period_text(locale, AMOUNT_SLOT),
        }
    }

    /// What `quantity` (as typed) of this plan costs per period, as `locale` says it;
    /// nothing for a quantity the API would refuse (not a whole number from 1 to
    /// [`MAX_QUANTITY`]) or a total too large to count.
    pub fn total(&self, locale: Locale, quantity: &str) -> Option<String> {
        let quantity: i64 = quantity.trim().parse().ok()?;
        if !(1..=MAX_QUANTITY).contains(&quantity) {
            return None;
        }
        let total = Money::new(self.unit_amount, self.currency).checked_mul(quantity)?;
        Some(self.per_period.replace(AMOUNT_SLOT, &format::money(locale, total)))
    }
}

/// A plan the customer may change to, and how the API classifies the move.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanOption {
    pub plan: Plan,
    /// How the API classifies the move (never `no_change`: that is no option).
    pub change: PlanChange,
}

/// What the change page offers for one subscription.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChoice {
    pub subscription: SubscriptionRow,
    /// The other plans the API accepts for this subscription.
    pub options: Vec<PlanOption>,
}

/// What a line of a change's invoice is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineKind {
    /// A credit for the rest of the period on the old plan.
    Unused,
    /// The rest of the period on the new plan.
    Remaining,
    /// A whole new period (the billing interval changed).
    NewPeriod,
}

/// One line of a change's preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewLine {
    pub kind: LineKind,
    pub plan: String,
    pub quantity: i64,
    /// Signed minor units (credits are negative).
    pub amount: i64,
    pub period_end: Day,
}

/// The API's preview of a change, exactly as it would invoice it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangePreview {
    pub subscription: SubscriptionRow,
    pub plan: Plan,
    pub quantity: i64,
    pub change: PlanChange,
    /// Invoiced now (`false`: scheduled for the period end, nothing invoiced).
    pub now: bool,
    pub effective: Day,
    pub lines: Vec<PreviewLine>,
    pub currency: Currency,
    pub total: i64,
    /// What is charged now.
    pub amount_due: i64,
    /// The customer's credit used for this invoice.
    pub credit_applied: i64,
    /// A negative total goes to the customer's credit balance.
    pub credit_added: i64,
    /// When the subscription renews next after the change.
    pub next_renewal: Day,
}

/// The plan and quantity of a pending `subscription_update_confirm` flow.
pub fn confirm_flow(signed_in: &SignedIn) -> Option<(String, String)> {
    flow::pending_flow(signed_in)
        .filter(|flow| flow.kind == FlowKind::SubscriptionUpdateConfirm)
        .map(|flow| {
            (
                flow.price.clone().unwrap_or_default(),
                flow.quantity.map(|q| q.to_string()).unwrap_or_default(),
            )
        })
}

/// What the change page shows for the customer and the query's `(subscription, price,
/// quantity)`: the subscription (a flow's, else the query's), and the plan and quantity
/// to review — a confirm flow's, else the query's when it names either — or `None` to
/// choose one.
pub fn change_step(
    signed_in: Option<&SignedIn>,
    (subscription, price, quantity): (Option<String>, Option<String>, Option<String>),
) -> (String, Option<(String, String)>) {
    let subscription = signed_in
        .and_then(flow::flow_subscription)
        .or(subscription)
        .unwrap_or_default();
    let review = signed_in.and_then(confirm_flow).or_else(|| {
        (price.is_some() || quantity.is_some()).then(|| (price.unwrap_or_default(), quantity.unwrap_or_default()))
    });
    (subscription, review)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picker_totals_the_typed_quantity_per_period_and_nothing_the_api_would_refuse() {
        let plan = |interval: &str, count| Plan {
            price: "price_1".to_owned(),
            name: "Pro".to_owned(),
            unit_amount: 2_900,
            currency: Currency::USD,
            interval: interval.to_owned(),
            interval_count: count,
            active: true,
            metered: false,
        };
        let monthly = PickerPlan::new(&plan("month", 1), None, Locale::En);
        assert_eq!(monthly.total(Locale::En, "3").as_deref(), Some("$87.00 per month"));
        assert_eq!(monthly.total(Locale::En, " 1 ").as_deref(), Some("$29.00 per month"));
        for refused in ["0", "-2", "1.5", "", "many", "10001"] {
            assert_eq!(monthly.total(Locale::En, refused), None, "{refused:?}");
        }
        assert_eq!(
            monthly.total(Locale::En, "10000").as_deref(),
            Some("$290,000.00 per month")
        );
        // Plural forms by the interval's count, chosen on the server.
        let czech = PickerPlan::new(&plan("month", 6), None, Locale::Cs);
        assert_eq!(czech.per_period, "{$amount} každých 6 měsíců");
        let huge = PickerPlan {
            unit_amount: i64::MAX / 2,
            ..monthly
        };
        assert_eq!(huge.total(Locale::En, "3"), None);
    }

    #[test]
    fn the_change_page_reviews_a_confirm_flows_plan_or_what_the_query_names_else_it_chooses() {
        use crate::session::AfterCompletion;
        let in_flow = |kind| flow::signed_in_in_flow(kind, AfterCompletion::PortalHomepage, false);
        let asked = |price: Option<&str>| (Some("sub_query".to_owned()), price.map(str::to_owned), None);

        assert_eq!(change_step(None, asked(None)), ("sub_query".to_owned(), None));
        assert_eq!(
            change_step(None, asked(Some("price_2"))),
            ("sub_query".to_owned(), Some(("price_2".to_owned(), String::new())))
        );
        let confirm = in_flow(FlowKind::SubscriptionUpdateConfirm);
        assert_eq!(
            change_step(Some(&confirm), asked(Some("price_9"))),
            ("sub_1".to_owned(), Some(("price_2".to_owned(), "3".to_owned()))),
            "a confirm flow's plan wins over the query"
        );
        let update = in_flow(FlowKind::SubscriptionUpdate);
        assert_eq!(change_step(Some(&update), asked(None)), ("sub_1".to_owned(), None));
    }
}
