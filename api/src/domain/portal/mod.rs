//! The hosted customer portal: sessions, their links and tokens, their configuration.
//!
//! # Session lifecycle
//!
//! ```text
//!            open (link exchanged once, before the link expires)
//! created ───────────────────────────────────────────────▶ opened
//!    │                                                       │
//!    ├── expire (link unused after LINK_TTL) ─▶ expired ◀────┤ expire (idle or absolute timeout)
//!    └── revoke (merchant) ───────────────────▶ revoked ◀────┤ revoke (merchant)
//!                                                            └── complete ("Return to merchant") ─▶ completed
//! ```
//!
//! [`SessionLifecycle::transition`] is the only way a status changes; `completed`,
//! `expired` and `revoked` are terminal. Every transition that ends an *opened*
//! session (complete, expire, revoke) emits `portal.session.completed` with the
//! summary of actions ([`summary`]); a session that was never opened ends silently
//! (see [`emits_completed_event`]).
//!
//! # Lifetimes
//!
//! | what | lifetime | why |
//! |---|---|---|
//! | link secret | [`link::LINK_TTL`] = 60 min, single use | the product promise: generate at click time |
//! | portal JWT | [`token::TOKEN_TTL`] = 10 min, reissued while the session lives, never past the session's deadline | bounds a leaked token; see [`token`] |
//! | opened session, idle | [`SESSION_IDLE_TIMEOUT`] = 30 min without a customer request | the top of OWASP's 15–30 min band for low-risk apps: every portal flow (change plan, update a card including a 3-D Secure detour, download invoices) takes minutes, while a portal left open on a shared computer closes itself soon |
//! | opened session, absolute | [`SESSION_MAX_LIFETIME`] = 2 h after opening | only a continuously *active* session reaches it, and no real portal visit lasts two hours; 2 h rather than 4 h halves the window in which a stolen session cookie stays useful, at no cost to real users (they get a fresh link from the merchant) |
//!
//! Only requests the customer causes count as activity: the portal server's token
//! refresh must not move `last_activity_at`, or an abandoned tab would never idle out.
//! All these times are wall-clock unix seconds, never a customer's test clock: test
//! clocks move billing time, not credential lifetimes.
//!
//! # Submodules
//!
//! - [`link`]: the single-use secret in the session URL (only its hash is stored).
//! - [`token`]: the short-lived HS256 JWT the link is exchanged for.
//! - [`features`]: the portal's modules and the tenant / per-session configuration.
//! - [`return_url`]: where the customer goes back to, checked against open redirects.
//! - [`locale`]: a session's explicit locale (`auto` or a tag); negotiation is `paylera_shared::locale`'s.
//! - [`summary`]: the action log carried by `portal.session.completed`.

pub mod features;
pub mod link;
pub mod locale;
pub mod return_url;
pub mod summary;
pub mod token;

use chrono::TimeDelta;

/// How long an opened session lives without a customer request.
pub const SESSION_IDLE_TIMEOUT: TimeDelta = TimeDelta::minutes(30);

/// How long after its last page was hidden (and no later one shown) a session
/// completes: the time a link or a form takes to show the next page, with room to spare.
pub const LEAVE_GRACE: TimeDelta = TimeDelta::seconds(3);

/// How long an opened session lives at most, counted from the moment it was opened.
pub const SESSION_MAX_LIFETIME: TimeDelta = TimeDelta::hours(2);

/// Where a portal session is in its life: the wire enum of `paylera_shared`, named
/// as the API always has; [`SessionLifecycle`] moves it.
pub use paylera_shared::portal::PortalSessionStatus as SessionStatus;

/// Something that happens to a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    /// The link is exchanged, at `now`, for a session whose link expires at `link_expires_at`
    /// (unix seconds). Allowed only from `created` and only while `now < link_expires_at`.
    Open { now: i64, link_expires_at: i64 },
    /// The customer returns to the merchant. Only from `opened`.
    Complete,
    /// A deadline passed (see [`deadline`]). From `created` or `opened`.
    Expire,
    /// The merchant ends the session. From `created` or `opened`.
    Revoke,
}

impl Transition {
    /// The transition's name, as used in logs and errors.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open { .. } => "open",
            Self::Complete => "complete",
            Self::Expire => "expire",
            Self::Revoke => "revoke",
        }
    }
}

/// Why a transition was refused.
///
/// The portal shows the same page for every reason an *open* fails (used, expired or
/// unknown link): the distinction is for logs only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// The link's lifetime ended before it was used.
    #[error("the portal link has expired")]
    LinkExpired,
    /// The transition does not apply to the session's current status.
    #[error("a {from} portal session cannot {transition}")]
    NotAllowed {
        from: SessionStatus,
        transition: &'static str,
    },
}

/// The session lifecycle of the module docs, on the wire status.
pub trait SessionLifecycle: Sized {
    /// Whether the session has ended for good.
    fn is_terminal(&self) -> bool;

    /// The status after `transition`, or why it is not allowed.
    fn transition(self, transition: Transition) -> Result<Self, TransitionError>;
}

impl SessionLifecycle for SessionStatus {
    fn is_terminal(&self) -> bool {
        matches!(self, Self::Completed | Self::Expired | Self::Revoked)
    }

    fn transition(self, transition: Transition) -> Result<SessionStatus, TransitionError> {
        let not_allowed = Err(TransitionError::NotAllowed {
            from: self,
            transition: transition.as_str(),
        });
        match (self, transition) {
            (Self::Created, Transition::Open { now, link_expires_at }) => {
                if now < link_expires_at {
                    Ok(Self::Opened)
                } else {
                    Err(TransitionError::LinkExpired)
                }
            }
            (Self::Opened, Transition::Complete) => Ok(Self::Completed),
            (Self::Created | Self::Opened, Transition::Expire) => Ok(Self::Expired),
            (Self::Created | Self::Opened, Transition::Revoke) => Ok(Self::Revoked),
            _ => not_allowed,
        }
    }
}

/// Whether going from `from` to `to` emits `portal.session.completed`: every end of an
/// opened session does (the customer may have changed things the merchant must
/// refresh), the end of a session that was never opened does not.
pub fn emits_completed_event(from: SessionStatus, to: SessionStatus) -> bool {
    from == SessionStatus::Opened && to.is_terminal()
}

/// When a live session expires (unix seconds), or `None` once it has ended.
///
/// - `created`: when its link expires, `created_at + LINK_TTL`.
/// - `opened`: the earlier of `last_activity_at + SESSION_IDLE_TIMEOUT` and
///   `opened_at + SESSION_MAX_LIFETIME` (`opened_at` falls back to `created_at`).
///
/// A session whose deadline is at or before now is due for [`Transition::Expire`].
pub fn deadline(status: SessionStatus, created_at: i64, opened_at: Option<i64>, last_activity_at: i64) -> Option<i64> {
    match status {
        SessionStatus::Created => Some(created_at.saturating_add(link::LINK_TTL.num_seconds())),
        SessionStatus::Opened => {
            let idle = last_activity_at.saturating_add(SESSION_IDLE_TIMEOUT.num_seconds());
            let absolute = opened_at
                .unwrap_or(created_at)
                .saturating_add(SESSION_MAX_LIFETIME.num_seconds());
            Some(idle.min(absolute))
        }
        SessionStatus::Completed | SessionStatus::Expired | SessionStatus::Revoked => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [SessionStatus; 5] = [
        SessionStatus::Created,
        SessionStatus::Opened,
        SessionStatus::Completed,
        SessionStatus::Expired,
        SessionStatus::Revoked,
    ];

    fn open(now: i64) -> Transition {
        Transition::Open {
            now,
            link_expires_at: 1_000,
        }
    }

    #[test]
    fn a_created_session_opens_before_its_link_expires() {
        assert_eq!(SessionStatus::Created.transition(open(999)), Ok(SessionStatus::Opened));
    }

    #[test]
    fn a_created_session_does_not_open_once_its_link_has_expired() {
        assert_eq!(
            SessionStatus::Created.transition(open(1_000)),
            Err(TransitionError::LinkExpired)
        );
        assert_eq!(
            SessionStatus::Created.transition(open(5_000)),
            Err(TransitionError::LinkExpired)
        );
    }

    #[test]
    fn a_link_opens_only_once() {
        let err = SessionStatus::Opened.transition(open(10)).expect_err("second use");
        assert_eq!(
            err,
            TransitionError::NotAllowed {
                from: SessionStatus::Opened,
                transition: "open"
            }
        );
    }

    #[test]
    fn only_an_opened_session_completes() {
        assert_eq!(
            SessionStatus::Opened.transition(Transition::Complete),
            Ok(SessionStatus::Completed)
        );
        assert!(SessionStatus::Created.transition(Transition::Complete).is_err());
    }

    #[test]
    fn live_sessions_expire_and_can_be_revoked() {
        for from in [SessionStatus::Created, SessionStatus::Opened] {
            assert_eq!(from.transition(Transition::Expire), Ok(SessionStatus::Expired));
            assert_eq!(from.transition(Transition::Revoke), Ok(SessionStatus::Revoked));
        }
    }

    #[test]
    fn terminal_statuses_accept_no_transition() {
        for from in ALL.into_iter().filter(|s| s.is_terminal()) {
            for t in [open(0), Transition::Complete, Transition::Expire, Transition::Revoke] {
                assert!(
                    matches!(from.transition(t), Err(TransitionError::NotAllowed { .. })),
                    "{from} accepted {}",
                    t.as_str()
                );
            }
        }
    }

    #[test]
    fn statuses_serialize_as_their_wire_spelling() {
        for status in ALL {
            let json = serde_json::to_value(status).expect("serializes");
            assert_eq!(json, serde_json::Value::String(status.as_str().to_owned()));
        }
    }

    #[test]
    fn the_refusal_reads_as_a_sentence() {
        let err = SessionStatus::Completed
            .transition(Transition::Revoke)
            .expect_err("terminal");
        assert_eq!(err.to_string(), "a completed portal session cannot revoke");
    }

    #[test]
    fn only_the_end_of_an_opened_session_emits_the_completed_event() {
        assert!(emits_completed_event(SessionStatus::Opened, SessionStatus::Completed));
        assert!(emits_completed_event(SessionStatus::Opened, SessionStatus::Expired));
        assert!(emits_completed_event(SessionStatus::Opened, SessionStatus::Revoked));
        assert!(!emits_completed_event(SessionStatus::Created, SessionStatus::Expired));
        assert!(!emits_completed_event(SessionStatus::Created, SessionStatus::Revoked));
        assert!(!emits_completed_event(SessionStatus::Created, SessionStatus::Opened));
    }

    #[test]
    fn a_created_session_lives_as_long_as_its_link() {
        assert_eq!(deadline(SessionStatus::Created, 100, None, 100), Some(100 + 3_600));
    }

    #[test]
    fn an_opened_session_idles_out_after_thirty_minutes() {
        assert_eq!(deadline(SessionStatus::Opened, 0, Some(60), 600), Some(600 + 30 * 60));
    }

    #[test]
    fn an_active_session_still_ends_two_hours_after_opening() {
        let opened = 60;
        let last_activity = opened + 2 * 3_600 - 10;
        assert_eq!(
            deadline(SessionStatus::Opened, 0, Some(opened), last_activity),
            Some(opened + 2 * 3_600)
        );
    }

    #[test]
    fn ended_sessions_have_no_deadline() {
        for status in ALL.into_iter().filter(|s| s.is_terminal()) {
            assert_eq!(deadline(status, 0, Some(1), 2), None);
        }
    }
}
