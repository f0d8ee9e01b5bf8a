//! Proration: what a mid-period change of price or quantity costs, and whether it
//! is an upgrade or a downgrade.
//!
//! # Proration rules
//!
//! Time is measured in whole **seconds** (unix timestamps; sub-second parts are
//! ignored). With `S` the period start, `E` its end and `T` the change time
//! (`S ≤ T < E`), the *remaining fraction* of the period is `(E − T) / (E − S)`.
//!
//! - **Same interval and interval count** (the period continues): two lines, both
//!   covering `[T, E)`:
//!   1. [`LineKind::UnusedTime`] — a credit of
//!      `−round(old.unit_amount × old.quantity × (E − T) / (E − S))`;
//!   2. [`LineKind::RemainingTime`] — a charge of
//!      `+round(new.unit_amount × new.quantity × (E − T) / (E − S))`.
//! - **Different interval or interval count** (the period restarts at `T`, and `T`'s
//!   day of month becomes the new billing anchor): the same `UnusedTime` credit, plus
//!   a [`LineKind::NewPeriod`] line charging the full `new.unit_amount × new.quantity`
//!   for `[T, add_interval(T, T.day, new.interval, new.interval_count))`.
//!   "Different" compares the names literally: 12 × `month` and 1 × `year` differ.
//!
//! Lines are always returned, even when their amount is 0 (a free price, or the
//! two lines of an unchanged charge cancelling out); the caller decides whether to
//! show them. The credit always comes first.
//!
//! # Rounding
//!
//! Every line is rounded **on its own, half away from zero, to the minor unit**:
//! the exact rational amount is computed in `i128` (never floats) and rounded once,
//! so 2.5 → 3 and −2.5 → −3 (never banker's rounding). A credit is the negation of
//! the rounded positive amount, so a credit and a charge of the same amount and time
//! cancel exactly. At `T = S` the lines are exactly the full prices; at `T = E − 1 s`
//! they are one second's worth, rounded.
//!
//! # Validation
//!
//! Prices must have a known interval (`day`, `week`, `month`, `year`), an
//! `interval_count ≥ 1` and `unit_amount ≥ 0` (param `price`); quantities must be
//! `≥ 0` and `unit_amount × quantity` must fit in `i64` (param `quantity`). The
//! currency cannot change (param `price`). `T` must lie
//! in `[S, E)`, to the second (param `proration_date`). All are `parameter_invalid`.
//!
//! # Invariants
//!
//! - `0 ≤ −credit ≤ old.unit_amount × old.quantity`, `0 ≤ charge ≤ new.unit_amount ×
//!   new.quantity`; no intermediate product can overflow `i128` (amounts are at most
//!   `i64::MAX`, durations at most chrono's ≈ 1.7 × 10¹³ s range).
//! - The lines equal those of an exact-rational reference model (property test).
//!
//! # Classification
//!
//! [`classify`] tells an upgrade from a downgrade (ADR 0005):
//!
//! 1. identical charges (amount, quantity, interval, count, currency) and identical
//!    product ranking → [`Change::NoChange`];
//! 2. both products in the **same family** with different ranks → higher rank is an
//!    [`Change::Upgrade`], lower a [`Change::Downgrade`], whatever the prices;
//! 3. otherwise (same rank, no family, different families or unknown products) the
//!    amount per nominal day decides: `new_total × old_days` against
//!    `old_total × new_days` (totals are `unit_amount × quantity`, days from
//!    [`nominal_days`]) — more is an upgrade, less a downgrade, equal is
//!    [`Change::Lateral`].
//!
//! Currencies are not converted: comparing prices of two currencies compares the
//! bare numbers (and [`prorate`] refuses such a change anyway).

use chrono::{DateTime, Datelike, Utc};
use paylera_shared::{
    ErrorCode,
    money::{Currency, Money},
};

use super::period::{Interval, add_interval, nominal_days};
use crate::domain::Invalid;

/// A subscription item's price and quantity, as proration sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    /// Minor units per period, ≥ 0.
    pub unit_amount: i64,
    /// ≥ 0.
    pub quantity: i64,
    /// `day`, `week`, `month` or `year`.
    pub interval: String,
    /// ≥ 1.
    pub interval_count: i64,
    pub currency: Currency,
}

/// What a proration line is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineKind {
    /// Credit for the part of the period paid for at the old price but not used.
    UnusedTime,
    /// Charge for the rest of the current period at the new price.
    RemainingTime,
    /// Charge for a whole new period (the interval changed, the period restarted).
    NewPeriod,
}

impl LineKind {
    /// A stable snake_case name (`unused_time`, `remaining_time`, `new_period`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnusedTime => "unused_time",
            Self::RemainingTime => "remaining_time",
            Self::NewPeriod => "new_period",
        }
    }
}

/// One invoice line produced by a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProrationLine {
    pub description_kind: LineKind,
    /// Minor units; negative for credits.
    pub amount: i64,
    pub quantity: i64,
    pub unit_amount: i64,
    pub period_start: DateTime<Utc>,
    pub period_end: DateTime<Utc>,
}

/// The direction of a plan or quantity change: the wire enum of `paylera_shared`
/// ([`classify`] decides it).
pub use paylera_shared::subscription::PlanChange as Change;

/// The invoice lines for changing `old` into `new` at `change_at` within the
/// current period `[period_start, period_end)`. See the module documentation.
pub fn prorate(
    old: &Charge,
    new: &Charge,
    period_start: DateTime<Utc>,
    period_end: DateTime<Utc>,
    change_at: DateTime<Utc>,
) -> Result<Vec<ProrationLine>, Invalid> {
    let old_interval = checked_interval(old)?;
    let new_interval = checked_interval(new)?;
    let old_total = checked_total(old)?;
    let new_total = checked_total(new)?;
    if old.currency != new.currency {
        return Err(Invalid::new(
            "price",
            ErrorCode::ParameterInvalid,
            format!(
                "The currency of a subscription cannot change: it is billed in `{}`, the new price is in `{}`.",
                old.currency, new.currency
            ),
        ));
    }
    let (start, end, at) = (period_start.timestamp(), period_end.timestamp(), change_at.timestamp());
    if !(start <= at && at < end) {
        return Err(Invalid::new(
            "proration_date",
            ErrorCode::ParameterInvalid,
            "The proration date must be within the current billing period (at or after its start, before its end).",
        ));
    }
    let (remaining, length) = (i128::from(end - at), i128::from(end - start));

    let mut lines = vec![ProrationLine {
        description_kind: LineKind::UnusedTime,
        amount: -fraction(old_total, remaining, length)?,
        quantity: old.quantity,
        unit_amount: old.unit_amount,
        period_start: change_at,
        period_end,
    }];
    if old_interval == new_interval && old.interval_count == new.interval_count {
        lines.push(ProrationLine {
            description_kind: LineKind::RemainingTime,
            amount: fraction(new_total, remaining, length)?,
            quantity: new.quantity,
            unit_amount: new.unit_amount,
            period_start: change_at,
            period_end,
        });
    } else {
        lines.push(ProrationLine {
            description_kind: LineKind::NewPeriod,
            amount: new_total,
            quantity: new.quantity,
            unit_amount: new.unit_amount,
            period_start: change_at,
            period_end: add_interval(change_at, change_at.day(), new_interval.as_str(), new.interval_count),
        });
    }
    Ok(lines)
}

/// Whether moving from `old` to `new` is an upgrade, a downgrade, lateral or no
/// change. `*_rank` is the product's `(family, rank)` when known. See the module
/// documentation.
pub fn classify(
    old: &Charge,
    old_rank: Option<(Option<&str>, i64)>,
    new: &Charge,
    new_rank: Option<(Option<&str>, i64)>,
) -> Change {
    let identical = old.unit_amount == new.unit_amount
        && old.quantity == new.quantity
        && old.interval == new.interval
        && old.interval_count == new.interval_count
        && old.currency == new.currency;
    if identical && old_rank == new_rank {
        return Change::NoChange;
    }
    if let (Some((Some(old_family), old_rank)), Some((Some(new_family), new_rank))) = (old_rank, new_rank)
        && old_family == new_family
        && old_rank != new_rank
    {
        return if new_rank > old_rank {
            Change::Upgrade
        } else {
            Change::Downgrade
        };
    }
    let per_day = |charge: &Charge, other: &Charge| {
        i128::from(charge.unit_amount)
            * i128::from(charge.quantity)
            * i128::from(nominal_days(&other.interval, other.interval_count))
    };
    match per_day(new, old).cmp(&per_day(old, new)) {
        std::cmp::Ordering::Greater => Change::Upgrade,
        std::cmp::Ordering::Less => Change::Downgrade,
        std::cmp::Ordering::Equal => Change::Lateral,
    }
}

fn checked_interval(charge: &Charge) -> Result<Interval, Invalid> {
    if charge.unit_amount < 0 {
        return Err(Invalid::new(
            "price",
            ErrorCode::ParameterInvalid,
            "A price's unit_amount cannot be negative.",
        ));
    }
    if charge.quantity < 0 {
        return Err(Invalid::new(
            "quantity",
            ErrorCode::ParameterInvalid,
            "The quantity cannot be negative.",
        ));
    }
    match Interval::parse(&charge.interval) {
        Some(interval) if charge.interval_count >= 1 => Ok(interval),
        _ => Err(Invalid::new(
            "price",
            ErrorCode::ParameterInvalid,
            "A recurring price needs an interval of day, week, month or year and an interval_count of at least 1.",
        )),
    }
}

/// `unit_amount × quantity`, which must fit in `i64`.
fn checked_total(charge: &Charge) -> Result<i64, Invalid> {
    let unit = Money::new(charge.unit_amount, charge.currency);
    let total = unit.checked_mul(charge.quantity).ok_or_else(|| {
        Invalid::new(
            "quantity",
            ErrorCode::ParameterInvalid,
            "The price times the quantity is too large an amount.",
        )
    })?;
    Ok(total.minor)
}

/// `round(total × remaining / length)`, half away from zero; `length > 0` and
/// `0 ≤ remaining ≤ length`, so the result lies between 0 and `total`.
fn fraction(total: i64, remaining: i128, length: i128) -> Result<i64, Invalid> {
    let rounded = round_half_away_from_zero(i128::from(total) * remaining, length);
    i64::try_from(rounded).map_err(|_| {
        Invalid::new(
            "quantity",
            ErrorCode::ParameterInvalid,
            "The prorated amount is too large.",
        )
    })
}

/// `numerator / denominator` (`denominator > 0`) rounded to the nearest integer,
/// exact halves away from zero.
fn round_half_away_from_zero(numerator: i128, denominator: i128) -> i128 {
    let quotient = numerator / denominator;
    let remainder = numerator % denominator;
    if 2 * remainder.abs() >= denominator {
        quotient + numerator.signum()
    } else {
        quotient
    }
}

#[cfg(test)]
mod tests;
