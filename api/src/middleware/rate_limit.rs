//! In-memory, per-process rate limits (fixed one-minute windows).
//!
//! Used where a request must be refused before it costs anything shared: merchant
//! API keys (`PAYLERA_API_KEY_REQUESTS_PER_MINUTE` per key and per process) and the
//! portal link exchange (`PAYLERA_LINK_EXCHANGES_PER_MINUTE` per client address,
//! checked here before the cluster-wide count in the database is written). Behind a
//! balancer with N API processes a key may make up to N times its limit per minute;
//! the link-exchange limit also holds cluster-wide through the database count.
//!
//! Memory is bounded: when [`MAX_TRACKED`] callers are tracked, windows of past
//! minutes are forgotten, and if that is not enough the new caller is refused
//! (a flood of fresh addresses cannot grow the table without limit).

use std::{collections::HashMap, sync::Mutex};

/// Most callers tracked at once per limiter.
pub const MAX_TRACKED: usize = 100_000;

/// A limit of `per_minute` requests per caller.
#[derive(Debug)]
pub struct RateLimiter {
    per_minute: u32,
    windows: Mutex<HashMap<String, (i64, u32)>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a request of `caller` at `now` (unix seconds): `Ok` while within the
    /// limit, else `Err(seconds until the next window)`.
    pub fn check(&self, caller: &str, now: i64) -> Result<(), u64> {
        let minute = now.div_euclid(60);
        let retry_after = u64::try_from(60 - now.rem_euclid(60)).unwrap_or(60);
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !windows.contains_key(caller) && windows.len() >= MAX_TRACKED {
            windows.retain(|_, (at, _)| *at == minute);
            if windows.len() >= MAX_TRACKED {
                return Err(retry_after);
            }
        }
        let window = windows.entry(caller.to_owned()).or_insert((minute, 0));
        if window.0 != minute {
            *window = (minute, 0);
        }
        window.1 = window.1.saturating_add(1);
        if window.1 > self.per_minute {
            Err(retry_after)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caller_gets_its_limit_per_minute_and_then_waits_for_the_next() {
        let limiter = RateLimiter::new(3);
        let t = 6_000_010;
        for _ in 0..3 {
            assert_eq!(limiter.check("a", t), Ok(()));
        }
        assert_eq!(limiter.check("a", t + 1), Err(49));
        assert_eq!(limiter.check("b", t + 1), Ok(()), "callers are counted apart");
        assert_eq!(limiter.check("a", t + 50), Ok(()), "a new minute");
    }

    #[test]
    fn the_table_never_grows_past_its_bound() {
        let limiter = RateLimiter::new(1);
        for i in 0..MAX_TRACKED {
            assert!(limiter.check(&i.to_string(), 60).is_ok());
        }
        assert!(limiter.check("one more", 60).is_err(), "full within one minute");
        assert!(limiter.check("one more", 120).is_ok(), "old windows are forgotten");
        let len = limiter.windows.lock().map(|w| w.len()).unwrap_or_default();
        assert_eq!(len, 1);
    }
}
