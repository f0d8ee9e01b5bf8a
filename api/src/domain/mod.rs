//! Framework-free rules: minting ids and secrets, pagination bounds, time.
//! Nothing here knows about HTTP or SQL.

pub mod api_key;
pub mod customer;
pub mod ids;
pub mod page;

use chrono::{DateTime, TimeZone, Utc};

/// Now, truncated to whole seconds (the precision stored and returned).
pub fn now() -> DateTime<Utc> {
    from_unix(Utc::now().timestamp())
}

/// A stored unix timestamp as a UTC time.
pub fn from_unix(seconds: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(seconds, 0).single().unwrap_or_default()
}
