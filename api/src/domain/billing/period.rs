//! Billing periods: where the next period of a subscription begins.
//!
//! # Rules
//!
//! - **Days and weeks are exact.** A period of `count` days (weeks) lasts exactly
//!   `count × 86 400` (`count × 604 800`) seconds. The anchor day plays no part.
//! - **Months and years keep the anchor day.** A subscription is *anchored* on a day
//!   of the month (1–31, the day its billing cycle started). The next boundary is in
//!   the month `count` months (`12 × count` for years) after the month of `start`,
//!   on the anchor day clamped to that month's last day, at `start`'s time of day.
//!   Because the anchor — not the day of `start` — is used, clamping never drifts:
//!   anchor 31 gives Jan 31 → Feb 28 (29 in a leap year) → Mar 31 → Apr 30 → May 31 …
//!   and anchor 29 yearly gives 2024-02-29 → 2025-02-28 → … → 2028-02-29.
//! - All times are UTC; there are no time zones and no daylight-saving shifts.
//!
//! # Invariants
//!
//! - For `count ≥ 1` the boundary is strictly after `start` (within chrono's range).
//! - For months and years, `add_interval(add_interval(s, a, i, m), a, i, n)` equals
//!   `add_interval(s, a, i, m + n)`: stepping period by period lands on the same
//!   dates as jumping (checked by a property test).
//! - [`nominal_days`] is for *comparing* prices (upgrade or downgrade), never for
//!   computing dates or amounts.
//!
//! # Out-of-range input
//!
//! Intervals are validated by the catalog (`day`, `week`, `month`, `year`); an
//! unknown interval is treated as `day` rather than panicking. An anchor of 0 counts
//! as 1 and one above 31 as "the last day of the month". A result beyond the range
//! chrono can represent saturates at [`DateTime::<Utc>::MAX_UTC`] (or `MIN_UTC` for
//! negative counts); no real subscription gets near it.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Seconds in a day and in a week.
pub const SECONDS_PER_DAY: i64 = 86_400;
pub const SECONDS_PER_WEEK: i64 = 7 * SECONDS_PER_DAY;

/// The unit of a billing period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Interval {
    Day,
    Week,
    Month,
    Year,
}

impl Interval {
    pub const ALL: &'static [Interval] = &[Self::Day, Self::Week, Self::Month, Self::Year];

    /// The name used by prices (`recurring.interval`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
        }
    }

    /// The interval named by [`Interval::as_str`].
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|interval| interval.as_str() == name)
    }

    /// Nominal length in days: day 1, week 7, month 30, year 365.
    pub fn nominal_days(self) -> i64 {
        match self {
            Self::Day => 1,
            Self::Week => 7,
            Self::Month => 30,
            Self::Year => 365,
        }
    }
}

/// The next period boundary after `start`: `count` intervals later (see the module
/// documentation for the anchor-day rule of months and years).
pub fn add_interval(start: DateTime<Utc>, anchor_day: u32, interval: &str, count: i64) -> DateTime<Utc> {
    let saturated = if count < 0 {
        DateTime::<Utc>::MIN_UTC
    } else {
        DateTime::<Utc>::MAX_UTC
    };
    let result = match Interval::parse(interval).unwrap_or(Interval::Day) {
        Interval::Day => add_seconds(start, SECONDS_PER_DAY, count),
        Interval::Week => add_seconds(start, SECONDS_PER_WEEK, count),
        Interval::Month => add_months(start, anchor_day, count),
        Interval::Year => count
            .checked_mul(12)
            .and_then(|months| add_months(start, anchor_day, months)),
    };
    result.unwrap_or(saturated)
}

/// The nominal length of `count` intervals in days (day 1, week 7, month 30,
/// year 365), for comparing prices of different periods only. An unknown interval
/// counts as `day`; the product saturates.
pub fn nominal_days(interval: &str, count: i64) -> i64 {
    Interval::parse(interval)
        .unwrap_or(Interval::Day)
        .nominal_days()
        .saturating_mul(count)
}

/// The number of days of a month (1–12) of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Gregorian leap years: divisible by 4, except centuries not divisible by 400.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn add_seconds(start: DateTime<Utc>, unit: i64, count: i64) -> Option<DateTime<Utc>> {
    let seconds = start.timestamp().checked_add(unit.checked_mul(count)?)?;
    DateTime::from_timestamp(seconds, start.timestamp_subsec_nanos())
}

fn add_months(start: DateTime<Utc>, anchor_day: u32, months: i64) -> Option<DateTime<Utc>> {
    // Months counted from year 0: year × 12 + (month − 1).
    let index = i64::from(start.year())
        .checked_mul(12)?
        .checked_add(i64::from(start.month0()))?
        .checked_add(months)?;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
    let day = anchor_day.clamp(1, days_in_month(year, month));
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some(date.and_time(start.time()).and_utc())
}

#[cfg(test)]
mod tests {
    use chrono::{Months, TimeZone, Timelike};
    use proptest::prelude::*;

    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, s)
            .single()
            .expect("valid test time")
    }

    fn day(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        at(y, m, d, 0, 0, 0)
    }

    #[test]
    fn a_month_end_anchor_keeps_the_last_day_of_every_month_over_a_year() {
        let expected = [
            day(2025, 2, 28),
            day(2025, 3, 31),
            day(2025, 4, 30),
            day(2025, 5, 31),
            day(2025, 6, 30),
            day(2025, 7, 31),
            day(2025, 8, 31),
            day(2025, 9, 30),
            day(2025, 10, 31),
            day(2025, 11, 30),
            day(2025, 12, 31),
            day(2026, 1, 31),
        ];
        let mut boundary = day(2025, 1, 31);
        for want in expected {
            boundary = add_interval(boundary, 31, "month", 1);
            assert_eq!(boundary, want);
        }
    }

    #[test]
    fn an_anchor_of_thirty_is_clamped_in_february_only() {
        let mut boundary = day(2025, 1, 30);
        let mut days = Vec::new();
        for _ in 0..4 {
            boundary = add_interval(boundary, 30, "month", 1);
            days.push(boundary.day());
        }
        assert_eq!(days, [28, 30, 30, 30]);
    }

    #[test]
    fn february_has_twenty_nine_days_in_leap_years() {
        assert_eq!(add_interval(day(2024, 1, 31), 31, "month", 1), day(2024, 2, 29));
        assert_eq!(add_interval(day(2000, 1, 31), 31, "month", 1), day(2000, 2, 29));
        assert_eq!(add_interval(day(1900, 1, 31), 31, "month", 1), day(1900, 2, 28));
        assert_eq!(add_interval(day(2100, 1, 31), 31, "month", 1), day(2100, 2, 28));
    }

    #[test]
    fn a_yearly_leap_day_anchor_returns_to_february_twenty_ninth_in_the_next_leap_year() {
        let mut boundary = day(2024, 2, 29);
        let mut got = Vec::new();
        for _ in 0..4 {
            boundary = add_interval(boundary, 29, "year", 1);
            got.push(boundary);
        }
        assert_eq!(
            got,
            [day(2025, 2, 28), day(2026, 2, 28), day(2027, 2, 28), day(2028, 2, 29)]
        );
        assert_eq!(add_interval(day(2024, 2, 29), 29, "year", 4), day(2028, 2, 29));
    }

    #[test]
    fn the_time_of_day_is_preserved_for_months_and_years() {
        assert_eq!(
            add_interval(at(2025, 1, 31, 13, 45, 7), 31, "month", 1),
            at(2025, 2, 28, 13, 45, 7)
        );
        assert_eq!(
            add_interval(at(2025, 6, 15, 23, 59, 59), 15, "year", 1),
            at(2026, 6, 15, 23, 59, 59)
        );
    }

    #[test]
    fn the_anchor_not_the_start_day_decides_the_day_of_the_boundary() {
        // A period that started on a clamped day (Feb 28) ends on the anchor again.
        assert_eq!(add_interval(day(2025, 2, 28), 31, "month", 1), day(2025, 3, 31));
        assert_eq!(add_interval(day(2025, 2, 28), 30, "month", 1), day(2025, 3, 30));
    }

    #[test]
    fn multi_month_periods_cross_years_and_clamp() {
        assert_eq!(add_interval(day(2025, 11, 30), 30, "month", 3), day(2026, 2, 28));
        assert_eq!(add_interval(day(2025, 12, 15), 15, "month", 1), day(2026, 1, 15));
        assert_eq!(add_interval(day(2025, 8, 31), 31, "month", 6), day(2026, 2, 28));
        assert_eq!(add_interval(day(2025, 1, 31), 31, "month", 12), day(2026, 1, 31));
    }

    #[test]
    fn days_and_weeks_add_exact_seconds_and_ignore_the_anchor() {
        let start = at(2025, 2, 27, 10, 0, 0);
        assert_eq!(add_interval(start, 31, "day", 1), at(2025, 2, 28, 10, 0, 0));
        assert_eq!(add_interval(start, 31, "day", 2), at(2025, 3, 1, 10, 0, 0));
        assert_eq!(add_interval(start, 1, "week", 1), at(2025, 3, 6, 10, 0, 0));
        assert_eq!(
            add_interval(start, 1, "week", 3).timestamp() - start.timestamp(),
            3 * 604_800
        );
        assert_eq!(
            add_interval(start, 1, "day", 365).timestamp() - start.timestamp(),
            365 * 86_400
        );
    }

    #[test]
    fn out_of_range_anchors_are_clamped_to_the_month() {
        assert_eq!(add_interval(day(2025, 1, 15), 0, "month", 1), day(2025, 2, 1));
        assert_eq!(add_interval(day(2025, 1, 15), 40, "month", 1), day(2025, 2, 28));
        assert_eq!(add_interval(day(2025, 2, 15), 40, "month", 1), day(2025, 3, 31));
    }

    #[test]
    fn an_unknown_interval_is_treated_as_days() {
        assert_eq!(add_interval(day(2025, 1, 1), 1, "fortnight", 2), day(2025, 1, 3));
        assert_eq!(nominal_days("fortnight", 2), 2);
    }

    #[test]
    fn huge_counts_saturate_instead_of_panicking() {
        assert_eq!(
            add_interval(day(2025, 1, 1), 1, "year", i64::MAX),
            DateTime::<Utc>::MAX_UTC
        );
        assert_eq!(
            add_interval(day(2025, 1, 1), 1, "day", i64::MAX),
            DateTime::<Utc>::MAX_UTC
        );
        assert_eq!(
            add_interval(day(2025, 1, 1), 1, "month", i64::MIN),
            DateTime::<Utc>::MIN_UTC
        );
    }

    #[test]
    fn nominal_days_are_one_seven_thirty_and_three_hundred_sixty_five_per_interval() {
        assert_eq!(nominal_days("day", 1), 1);
        assert_eq!(nominal_days("week", 1), 7);
        assert_eq!(nominal_days("month", 1), 30);
        assert_eq!(nominal_days("year", 1), 365);
        assert_eq!(nominal_days("month", 3), 90);
        assert_eq!(nominal_days("week", 52), 364);
        assert_eq!(nominal_days("year", i64::MAX), i64::MAX);
    }

    #[test]
    fn intervals_round_trip_through_their_names() {
        for &interval in Interval::ALL {
            assert_eq!(Interval::parse(interval.as_str()), Some(interval));
        }
        assert_eq!(Interval::parse("Month"), None);
    }

    /// Reference boundary built with chrono's own month arithmetic from the first of
    /// the month, then walking back from the anchor to the first valid day.
    fn reference_month_boundary(start: DateTime<Utc>, anchor: u32, months: u32) -> DateTime<Utc> {
        let first = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).expect("first of month");
        let target = first.checked_add_months(Months::new(months)).expect("in range");
        let day = (1..=anchor.clamp(1, 31))
            .rev()
            .find_map(|d| NaiveDate::from_ymd_opt(target.year(), target.month(), d))
            .expect("some day exists");
        day.and_time(start.time()).and_utc()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn month_and_year_boundaries_match_a_reference_built_on_chrono_months(
            seconds in 946_684_800i64..4_102_444_800,
            anchor in 1u32..=31,
            yearly in any::<bool>(),
            count in 1u32..=12,
        ) {
            let start = DateTime::from_timestamp(seconds, 0).expect("in range");
            let (interval, months) = if yearly { ("year", 12 * count) } else { ("month", count) };
            let got = add_interval(start, anchor, interval, i64::from(count));
            prop_assert_eq!(got, reference_month_boundary(start, anchor, months));
            prop_assert!(got > start);
            prop_assert_eq!(got.num_seconds_from_midnight(), start.num_seconds_from_midnight());
        }

        #[test]
        fn stepping_month_by_month_lands_where_jumping_does(
            seconds in 946_684_800i64..4_102_444_800,
            anchor in 1u32..=31,
            first in 1i64..=12,
            second in 1i64..=12,
        ) {
            let start = DateTime::from_timestamp(seconds, 0).expect("in range");
            let stepped = add_interval(add_interval(start, anchor, "month", first), anchor, "month", second);
            prop_assert_eq!(stepped, add_interval(start, anchor, "month", first + second));
        }

        #[test]
        fn day_and_week_periods_last_exactly_their_seconds(
            seconds in 946_684_800i64..4_102_444_800,
            anchor in 0u32..=40,
            weekly in any::<bool>(),
            count in 1i64..=365,
        ) {
            let start = DateTime::from_timestamp(seconds, 0).expect("in range");
            let (interval, unit) = if weekly { ("week", 604_800) } else { ("day", 86_400) };
            let got = add_interval(start, anchor, interval, count);
            prop_assert_eq!(got.timestamp() - start.timestamp(), unit * count);
        }
    }
}
