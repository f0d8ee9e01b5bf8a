//! Framework-free rules: minting ids and secrets, pagination bounds, time.
//! Nothing here knows about HTTP or SQL.

pub mod address;
pub mod api_key;
pub mod billing;
pub mod business_profile;
pub mod card;
pub mod catalog;
pub mod changes;
pub mod currency;
pub mod customer;
pub mod expand;
pub mod file;
pub mod ids;
pub mod metadata;
pub mod page;
pub mod portal;
pub mod processor;
pub mod tax_id;
pub mod team;
pub mod versions;
pub mod webhook;

use chrono::{DateTime, TimeZone, Utc};
use paylera_shared::ErrorCode;

/// A rule a request broke: the parameter at fault (a dotted path such as
/// `address.postal_code`), the stable error code and a sentence for developers.
/// The HTTP layer turns it into the error envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub param: String,
    pub code: ErrorCode,
    pub message: String,
    /// Only for `card_declined`: the bank's reason.
    pub decline_code: Option<String>,
}

impl Invalid {
    pub fn new(param: impl Into<String>, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            param: param.into(),
            code,
            message: message.into(),
            decline_code: None,
        }
    }

    /// The same error for a parameter nested under `prefix` (`address` + `country`
    /// → `address.country`).
    pub fn under(mut self, prefix: &str) -> Self {
        self.param = if self.param.is_empty() {
            prefix.to_owned()
        } else {
            format!("{prefix}.{}", self.param)
        };
        self
    }
}

/// Now, truncated to whole seconds (the precision stored and returned).
pub fn now() -> DateTime<Utc> {
    from_unix(Utc::now().timestamp())
}

/// A stored unix timestamp as a UTC time.
pub fn from_unix(seconds: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(seconds, 0).single().unwrap_or_default()
}

/// Whether two byte strings are equal, in time that depends only on their lengths
/// (for comparing presented secrets).
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

/// Longest display name a merchant gives an object (a configuration, a key, a member).
pub const MAX_NAME_CHARS: usize = 100;

/// A display name as given: trimmed, blank is none, at most [`MAX_NAME_CHARS`] and no
/// control characters (errors name `name`).
pub fn display_name(name: Option<String>) -> Result<Option<String>, Invalid> {
    let name = name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if name
        .as_ref()
        .is_some_and(|n| n.chars().count() > MAX_NAME_CHARS || n.chars().any(char::is_control))
    {
        return Err(Invalid::new(
            "name",
            ErrorCode::ParameterInvalid,
            format!("name is at most {MAX_NAME_CHARS} characters, without control characters."),
        ));
    }
    Ok(name)
}
