//! The subscription data the subscription, plan and cancel pages share: plain data
//! and rules, no view.

use chrono::{DateTime, Datelike, Utc};
use paylera_shared::money::{Currency, Money};
use paylera_shared::portal::PortalConfiguration;
use paylera_shared::subscription::{RetentionOffer, RetentionOfferType, SubscriptionDiscount, SubscriptionStatus};
use serde::{Deserialize, Serialize};

use super::SubscriptionText;
use crate::i18n::{Arg, Locale, format, t, t_args};
use crate::problem::Problem;
use crate::session::{SignedIn, Visitor};

/// A calendar day (UTC), shown in the page's locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// The day as `locale` writes it.
    pub fn show(self, locale: Locale) -> String {
        format::date(locale, self.year, self.month, self.day)
    }
}

impl From<DateTime<Utc>> for Day {
    fn from(at: DateTime<Utc>) -> Self {
        Self {
            year: at.year(),
            month: at.month(),
            day: at.day(),
        }
    }
}

/// A price of the merchant's catalogue and the product (plan) it is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// `price_…`
    pub price: String,
    /// The product's name.
    pub name: String,
    /// Minor units per unit and period.
    pub unit_amount: i64,
    pub currency: Currency,
    /// `day`, `week`, `month` or `year`.
    pub interval: String,
    pub interval_count: i64,
    /// Whether the price can still be subscribed to.
    pub active: bool,
    /// Billed by reported usage: the quantity means nothing to change.
    pub metered: bool,
}

impl Plan {
    /// `amount` per period as `locale` says it: "$12.00 per month", "$30.00 every 3 months".
    pub fn per_period(&self, locale: Locale, amount: i64) -> String {
        self.per_period_text(locale, &format::money(locale, Money::new(amount, self.currency)))
    }

    /// An amount already written (`amount`) per period: "$12.00 per month".
    pub fn per_period_text(&self, locale: Locale, amount: &str) -> String {
        use SubscriptionText as S;
        let count = Arg::Number(self.interval_count);
        let key = match (self.interval.as_str(), self.interval_count) {
            ("day", 1) => S::PerDay,
            ("week", 1) => S::PerWeek,
            ("month", 1) => S::PerMonth,
            ("year", 1) => S::PerYear,
            ("day", _) => S::EveryDays,
            ("week", _) => S::EveryWeeks,
            ("year", _) => S::EveryYears,
            _ => S::EveryMonths,
        };
        t_args(locale, key, &[("amount", Arg::Text(amount)), ("count", count)])
    }

    /// The unit price per period.
    pub fn price_text(&self, locale: Locale) -> String {
        self.per_period(locale, self.unit_amount)
    }
}

/// A change the API scheduled for the end of the period (a downgrade).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingChange {
    pub plan: Plan,
    pub quantity: i64,
    pub effective: Day,
}

/// A pause of billing: scheduled (the subscription is still `active`) or running
/// (`paused`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pause {
    pub starts: Day,
    pub resumes: Day,
}

/// One subscription of the customer, as the pages show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionRow {
    /// `sub_…`
    pub id: String,
    pub plan: Plan,
    pub quantity: i64,
    pub status: SubscriptionStatus,
    pub period_end: Day,
    /// Ends at `period_end` instead of renewing.
    pub cancel_at_period_end: bool,
    /// When it ended (canceled subscriptions).
    pub ended: Option<Day>,
    pub pending: Option<PendingChange>,
    pub pause: Option<Pause>,
    /// A discount on the next renewals (a retention offer taken).
    pub discount: Option<SubscriptionDiscount>,
}

/// A subscription's status in words (the portal's, which the dashboard shows too).
pub fn status_text(locale: Locale, status: SubscriptionStatus) -> &'static str {
    use SubscriptionText as S;
    t(
        locale,
        match status {
            SubscriptionStatus::Trialing => S::StatusTrialing,
            SubscriptionStatus::Active => S::StatusActive,
            SubscriptionStatus::PastDue => S::StatusPastDue,
            SubscriptionStatus::Unpaid => S::StatusUnpaid,
            SubscriptionStatus::Paused => S::StatusPaused,
            SubscriptionStatus::Canceled => S::StatusCanceled,
        },
    )
}

impl SubscriptionRow {
    /// Whether the subscription is still running (it may still be changed or canceled).
    pub fn live(&self) -> bool {
        self.status != SubscriptionStatus::Canceled
    }

    /// The status as the customer reads it.
    pub fn status_text(&self, locale: Locale) -> &'static str {
        status_text(locale, self.status)
    }

    /// Whether the customer may pause it, as the API would allow: `config` offers
    /// pausing, and it is active, billed in advance, with nothing else due at its
    /// period end (no cancellation, no pause).
    pub fn can_pause(&self, config: &PortalConfiguration) -> bool {
        config.subscription_pause_enabled
            && self.status == SubscriptionStatus::Active
            && !self.plan.metered
            && !self.cancel_at_period_end
            && self.pause.is_none()
    }

    /// The offer `config` makes instead of canceling for `reason`, if this subscription
    /// can take it as the API would: it still runs, is not already ending, has no
    /// discount, and — for a pause — could pause (active, billed in advance, no pause).
    pub fn retention_offer<'a>(&self, config: &'a PortalConfiguration, reason: &str) -> Option<&'a RetentionOffer> {
        let offer = config
            .subscription_cancel_retention_offers
            .iter()
            .find(|offer| offer.reason.as_str() == reason)?;
        let open = self.live() && !self.cancel_at_period_end && self.discount.is_none();
        let takes = match offer.kind {
            RetentionOfferType::Discount => true,
            RetentionOfferType::Pause => {
                self.status == SubscriptionStatus::Active && !self.plan.metered && self.pause.is_none()
            }
        };
        (open && takes).then_some(offer)
    }

    /// How long pausing for `periods` periods of its price is: "2 months", "6 weeks".
    pub fn pause_length(&self, locale: Locale, periods: i64) -> String {
        use SubscriptionText as S;
        let key = match self.plan.interval.as_str() {
            "day" => S::PauseDays,
            "week" => S::PauseWeeks,
            "year" => S::PauseYears,
            _ => S::PauseMonths,
        };
        t_args(
            locale,
            key,
            &[("count", Arg::Number(periods.saturating_mul(self.plan.interval_count)))],
        )
    }
}

/// What an action did, for the page to say so (`?done=<code>` without JavaScript).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// The action is done; the code of its message ([`done_text`]).
    Done(String),
    /// The action was a deep-link flow's task: the flow sends the browser on.
    FlowFinished,
    /// Not done: the merchant makes an offer first, shown at this URL (the
    /// cancellation's retention step).
    Offer(String),
}

/// The message of a `done` code.
pub fn done_text(code: &str) -> Option<SubscriptionText> {
    use SubscriptionText as S;
    Some(match code {
        "changed" => S::DoneChanged,
        "scheduled" => S::DoneScheduled,
        "canceled" => S::DoneCanceled,
        "reactivated" => S::DoneReactivated,
        "resubscribed" => S::DoneResubscribed,
        "paused" => S::DonePaused,
        "resumed" => S::DoneResumed,
        "retained" => S::DoneRetained,
        _ => return None,
    })
}

/// The configuration of the signed-in customer's session (nothing enabled when the
/// session could not be read).
pub fn config_of(signed_in: &SignedIn) -> PortalConfiguration {
    signed_in
        .overview
        .as_ref()
        .map_or_else(PortalConfiguration::closed, |overview| overview.config.settings.clone())
}

/// The signed-in customer, if the visitor is one.
pub fn signed_in_of(visitor: Result<Visitor, Problem>) -> Option<SignedIn> {
    match visitor {
        Ok(Visitor::SignedIn(signed_in)) => Some(*signed_in),
        _ => None,
    }
}

/// For tests: a monthly-or-other plan "Pro" at $12.00 (`price_1`).
#[cfg(test)]
pub(crate) fn plan_for_tests(interval: &str, interval_count: i64) -> Plan {
    Plan {
        price: "price_1".to_owned(),
        name: "Pro".to_owned(),
        unit_amount: 1200,
        currency: Currency::USD,
        interval: interval.to_owned(),
        interval_count,
        active: true,
        metered: false,
    }
}

#[cfg(test)]
mod tests {
    use super::plan_for_tests as plan;
    use super::*;

    #[test]
    fn every_subscription_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<SubscriptionText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_price_reads_with_its_period() {
        assert_eq!(plan("month", 1).price_text(Locale::En), "$12.00 per month");
        assert_eq!(plan("month", 3).price_text(Locale::En), "$12.00 every 3 months");
        assert_eq!(plan("year", 1).price_text(Locale::Fr), "12,00\u{a0}$US par an");
    }

    fn running(interval: &str, count: i64) -> SubscriptionRow {
        SubscriptionRow {
            id: "sub_1".to_owned(),
            plan: plan(interval, count),
            quantity: 1,
            status: SubscriptionStatus::Active,
            period_end: Day {
                year: 2026,
                month: 12,
                day: 15,
            },
            cancel_at_period_end: false,
            ended: None,
            pending: None,
            pause: None,
            discount: None,
        }
    }

    #[test]
    fn a_pause_is_offered_only_to_an_active_advance_billed_subscription_when_the_merchant_enables_it() {
        let config = PortalConfiguration {
            subscription_pause_enabled: true,
            ..PortalConfiguration::default()
        };
        let row = running("month", 1);
        assert!(row.can_pause(&config));
        assert!(!row.can_pause(&PortalConfiguration::default()), "off by default");
        let mut metered = row.clone();
        metered.plan.metered = true;
        let trialing = SubscriptionRow {
            status: SubscriptionStatus::Trialing,
            ..row.clone()
        };
        let canceling = SubscriptionRow {
            cancel_at_period_end: true,
            ..row.clone()
        };
        let pausing = SubscriptionRow {
            pause: Some(Pause {
                starts: row.period_end,
                resumes: row.period_end,
            }),
            ..row.clone()
        };
        for refused in [metered, trialing, canceling, pausing] {
            assert!(!refused.can_pause(&config), "{refused:?}");
        }
    }

    #[test]
    fn a_pause_is_as_long_as_its_periods_in_the_price_s_unit() {
        assert_eq!(running("month", 1).pause_length(Locale::En, 1), "1 month");
        assert_eq!(running("month", 3).pause_length(Locale::En, 2), "6 months");
        assert_eq!(running("week", 1).pause_length(Locale::En, 2), "2 weeks");
        assert_eq!(running("year", 1).pause_length(Locale::En, 1), "1 year");
        assert_eq!(running("month", 1).pause_length(Locale::Cs, 3), "3 měsíce");
        assert_eq!(running("month", 1).pause_length(Locale::Cs, 5), "5 měsíců");
    }

    #[test]
    fn an_offer_is_made_only_for_its_reason_and_only_when_the_subscription_can_take_it() {
        use paylera_shared::subscription::CancellationReason;
        let offer = |reason: CancellationReason, kind: RetentionOfferType| RetentionOffer {
            reason,
            kind,
            percent_off: (kind == RetentionOfferType::Discount).then_some(20),
            periods: 2,
        };
        let config = PortalConfiguration {
            subscription_cancel_retention_offers: vec![
                offer(CancellationReason::TooExpensive, RetentionOfferType::Discount),
                offer(CancellationReason::Unused, RetentionOfferType::Pause),
            ],
            ..PortalConfiguration::default()
        };
        let row = running("month", 1);
        assert_eq!(
            row.retention_offer(&config, "too_expensive").map(|o| o.kind),
            Some(RetentionOfferType::Discount)
        );
        assert_eq!(
            row.retention_offer(&config, "unused").map(|o| o.kind),
            Some(RetentionOfferType::Pause),
            "a pause offer does not need the pause module"
        );
        assert_eq!(row.retention_offer(&config, "other"), None);
        assert_eq!(row.retention_offer(&config, "nonsense"), None);

        let discounted = SubscriptionRow {
            discount: Some(SubscriptionDiscount {
                percent_off: 10,
                periods_remaining: 1,
            }),
            ..row.clone()
        };
        assert_eq!(
            discounted.retention_offer(&config, "too_expensive"),
            None,
            "not twice over"
        );
        let canceling = SubscriptionRow {
            cancel_at_period_end: true,
            ..row.clone()
        };
        assert_eq!(canceling.retention_offer(&config, "too_expensive"), None);
        let mut metered = row.clone();
        metered.plan.metered = true;
        assert_eq!(
            metered.retention_offer(&config, "unused"),
            None,
            "a metered plan cannot pause"
        );
        assert!(
            metered.retention_offer(&config, "too_expensive").is_some(),
            "but can be discounted"
        );
        let ended = SubscriptionRow {
            status: SubscriptionStatus::Canceled,
            ..row
        };
        assert_eq!(ended.retention_offer(&config, "too_expensive"), None);
    }
}
