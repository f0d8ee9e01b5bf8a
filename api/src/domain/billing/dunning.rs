//! Dunning: when a failed payment is retried.
//!
//! # Schedule
//!
//! After the **first** failure of an invoice's payment, it is retried 4 times, at
//! fixed offsets from that first failure (not from the previous retry):
//!
//! | retry | at first failure + |
//! |-------|--------------------|
//! | 1     | 1 day              |
//! | 2     | 3 days             |
//! | 3     | 5 days             |
//! | 4     | 7 days             |
//!
//! When the 4th retry fails, dunning is exhausted ([`next_attempt`] returns `None`)
//! and the subscription takes
//! [`SubscriptionEvent::DunningExhausted`](super::state::SubscriptionEvent::DunningExhausted)
//! with the tenant's final action (cancel, or mark unpaid).
//!
//! # Invariants
//!
//! The offsets are strictly increasing, so retries happen in order, and the last one
//! is 7 days after the first failure: no invoice stays in dunning longer than that.
//! Times are whole-second UTC instants; days are exactly 86 400 s.

use chrono::{DateTime, TimeDelta, Utc};

use super::period::SECONDS_PER_DAY;

/// Seconds after the first failure at which each retry is made.
pub const RETRY_DELAYS: &[i64] = &[
    SECONDS_PER_DAY,
    3 * SECONDS_PER_DAY,
    5 * SECONDS_PER_DAY,
    7 * SECONDS_PER_DAY,
];

/// When to make the next retry, given how many retries were already made after the
/// first failure (0 right after it); `None` once all retries are used up.
pub fn next_attempt(first_failure_at: DateTime<Utc>, attempts_made_after_first: usize) -> Option<DateTime<Utc>> {
    let delay = *RETRY_DELAYS.get(attempts_made_after_first)?;
    Some(
        first_failure_at
            .checked_add_signed(TimeDelta::seconds(delay))
            .unwrap_or(DateTime::<Utc>::MAX_UTC),
    )
}

/// Whether every retry has been made (the next failure ends dunning).
pub fn is_exhausted(attempts_made_after_first: usize) -> bool {
    attempts_made_after_first >= RETRY_DELAYS.len()
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn first_failure() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 2, 26, 14, 30, 0).single().expect("valid")
    }

    #[test]
    fn retries_are_one_three_five_and_seven_days_after_the_first_failure() {
        let first = first_failure();
        let got: Vec<DateTime<Utc>> = (0..4).filter_map(|n| next_attempt(first, n)).collect();
        let days = |d: i64| first + TimeDelta::days(d);
        assert_eq!(got, [days(1), days(3), days(5), days(7)]);
        assert_eq!(
            got[1],
            Utc.with_ymd_and_hms(2025, 3, 1, 14, 30, 0).single().expect("valid")
        );
    }

    #[test]
    fn there_are_four_retries_then_dunning_is_exhausted() {
        assert_eq!(RETRY_DELAYS.len(), 4);
        assert!(next_attempt(first_failure(), 3).is_some());
        assert_eq!(next_attempt(first_failure(), 4), None);
        assert_eq!(next_attempt(first_failure(), usize::MAX), None);
        assert!(!is_exhausted(3));
        assert!(is_exhausted(4));
        assert!(is_exhausted(5));
    }

    #[test]
    fn retry_offsets_strictly_increase_and_end_a_week_after_the_first_failure() {
        assert!(RETRY_DELAYS.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(RETRY_DELAYS.first(), Some(&86_400));
        assert_eq!(RETRY_DELAYS.last(), Some(&(7 * 86_400)));
    }

    #[test]
    fn a_retry_beyond_the_representable_range_saturates() {
        assert_eq!(
            next_attempt(DateTime::<Utc>::MAX_UTC, 0),
            Some(DateTime::<Utc>::MAX_UTC)
        );
    }
}
