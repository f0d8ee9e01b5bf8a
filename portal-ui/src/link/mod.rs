//! A portal link (`/p/{secret}`) that did not sign the customer in ([`LinkProblem`]),
//! and the texts of the small hand-off page before it ([`LinkText`]): what the portal
//! server's link handler (`server::link`, `server::link_page`) and the link page
//! (`pages::link`) share, with no view and no server code.

use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::session::ReturnLink;

mod texts;
pub use texts::LinkText;

/// Why a portal link did not sign the customer in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinkProblem {
    /// Unknown, malformed, used, expired or revoked (the portal does not know which):
    /// `404`, with a way back when this browser has the return cookie.
    Invalid { return_to: Option<ReturnLink> },
    /// Too many attempts: `429`; `retry_after` seconds.
    RateLimited { retry_after: u64 },
    /// The API failed or could not be reached: `503`.
    Unavailable,
}

impl LinkProblem {
    /// The HTTP status of the page.
    pub fn status(&self) -> u16 {
        match self {
            Self::Invalid { .. } => 404,
            Self::RateLimited { .. } => 429,
            Self::Unavailable => 503,
        }
    }

    /// The page's heading.
    pub fn heading_key(&self) -> Key {
        match self {
            Self::Invalid { .. } => Key::LinkExpiredHeading,
            Self::RateLimited { .. } => Key::LinkRateLimitedHeading,
            Self::Unavailable => Key::LinkUnavailableHeading,
        }
    }

    /// What the customer can do about it.
    pub fn advice_key(&self) -> Key {
        match self {
            Self::Invalid { .. } => Key::LinkExpiredAdvice,
            Self::RateLimited { .. } => Key::LinkRateLimitedAdvice,
            Self::Unavailable => Key::LinkUnavailableAdvice,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_link_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<super::LinkText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
