//! The lifecycles of subscriptions and invoices, as explicit state machines.
//!
//! Every transition returns a `Result`: a move the table does not list is refused
//! with an [`Invalid`] (code `parameter_invalid`, empty `param`, a sentence naming
//! the state and the refused move) and the state is unchanged. The statuses are the
//! wire enums of `paylera_shared` (one definition for the API, the portal and the
//! OpenAPI document); the transitions are this module's traits
//! [`SubscriptionLifecycle`] and [`InvoiceLifecycle`], so the rules stay API-side.
//!
//! # Subscriptions
//!
//! | from \ event                      | next           |
//! |-----------------------------------|----------------|
//! | `trialing` + `trial_ended{paid}`  | `active`       |
//! | `trialing` + `trial_ended{!paid}` | `past_due`     |
//! | `active` + `renewal_paid`         | `active`       |
//! | `active` + `payment_failed`       | `past_due`     |
//! | `past_due` + `payment_failed`     | `past_due` (a retry failed) |
//! | `past_due` + `payment_recovered`  | `active`       |
//! | `past_due` + `dunning_exhausted{cancel}`      | `canceled` |
//! | `past_due` + `dunning_exhausted{mark_unpaid}` | `unpaid`   |
//! | `unpaid` + `payment_failed`       | `unpaid` (a manual attempt failed) |
//! | `unpaid` + `payment_recovered`    | `active`       |
//! | `active` + `pause` (at a period end) | `paused`    |
//! | `paused` + `resume`               | `active`       |
//! | any but `canceled` + `cancel`     | `canceled`     |
//!
//! Everything else is refused; in particular `canceled` is **terminal** (every event
//! is refused, `cancel` included), a trial cannot renew, fail or recover before it
//! ends, `renewal_paid` is only for subscriptions in good standing (while past due
//! or unpaid, paying the outstanding invoice is `payment_recovered`), and dunning
//! can only be exhausted while past due. A paused subscription bills nothing, so no
//! payment can fail or recover while paused: it only resumes or is canceled.
//!
//! # Invoices
//!
//! | action               | from                              | to              |
//! |----------------------|-----------------------------------|-----------------|
//! | `finalize`           | `draft`                           | `open`          |
//! | `mark_paid`          | `open`, `uncollectible`           | `paid`          |
//! | `void`               | `draft`, `open`, `uncollectible`  | `void`          |
//! | `mark_uncollectible` | `open`                            | `uncollectible` |
//!
//! `paid` and `void` are terminal.

use paylera_shared::ErrorCode;
pub use paylera_shared::{invoice::InvoiceStatus, subscription::SubscriptionStatus};

use crate::domain::Invalid;

/// What the tenant wants once every dunning retry failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FinalAction {
    Cancel,
    MarkUnpaid,
}

/// Something that happened to a subscription.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubscriptionEvent {
    /// The trial is over; `paid` says whether the first invoice was paid.
    TrialEnded { paid: bool },
    /// A renewal invoice was paid.
    RenewalPaid,
    /// A payment (first attempt or retry) failed.
    PaymentFailed,
    /// The outstanding invoice was paid after a failure.
    PaymentRecovered,
    /// The last dunning retry failed.
    DunningExhausted { final_action: FinalAction },
    /// The subscription is canceled (by the merchant or the customer), now.
    Cancel,
    /// A scheduled pause starts (at a period end).
    Pause,
    /// A paused subscription resumes billing.
    Resume,
}

/// The subscription state machine of the module docs, on the wire status.
pub trait SubscriptionLifecycle: Sized {
    /// No event leaves this status.
    fn is_terminal(&self) -> bool;

    /// The status after `event`, or why the event is not allowed now.
    fn next(self, event: SubscriptionEvent) -> Result<Self, Invalid>;
}

impl SubscriptionLifecycle for SubscriptionStatus {
    fn is_terminal(&self) -> bool {
        *self == Self::Canceled
    }

    fn next(self, event: SubscriptionEvent) -> Result<SubscriptionStatus, Invalid> {
        use SubscriptionEvent as E;
        use SubscriptionStatus as S;
        let next = match (self, event) {
            (S::Canceled, _) => None,
            (_, E::Cancel) => Some(S::Canceled),
            (S::Trialing, E::TrialEnded { paid: true }) => Some(S::Active),
            (S::Trialing, E::TrialEnded { paid: false }) => Some(S::PastDue),
            (S::Active, E::RenewalPaid) => Some(S::Active),
            (S::Active | S::PastDue, E::PaymentFailed) => Some(S::PastDue),
            (S::Unpaid, E::PaymentFailed) => Some(S::Unpaid),
            (S::PastDue | S::Unpaid, E::PaymentRecovered) => Some(S::Active),
            (S::Active, E::Pause) => Some(S::Paused),
            (S::Paused, E::Resume) => Some(S::Active),
            (
                S::PastDue,
                E::DunningExhausted {
                    final_action: FinalAction::Cancel,
                },
            ) => Some(S::Canceled),
            (
                S::PastDue,
                E::DunningExhausted {
                    final_action: FinalAction::MarkUnpaid,
                },
            ) => Some(S::Unpaid),
            _ => None,
        };
        next.ok_or_else(|| {
            let message = if self.is_terminal() {
                format!(
                    "The subscription is canceled, which is final: `{}` is not allowed.",
                    event.as_str()
                )
            } else {
                format!(
                    "A subscription that is `{}` cannot take `{}`.",
                    self.as_str(),
                    event.as_str()
                )
            };
            Invalid::new("", ErrorCode::ParameterInvalid, message)
        })
    }
}

impl FinalAction {
    /// `cancel` or `mark_unpaid`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cancel => "cancel",
            Self::MarkUnpaid => "mark_unpaid",
        }
    }

    /// The action named by [`FinalAction::as_str`].
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Cancel, Self::MarkUnpaid]
            .into_iter()
            .find(|action| action.as_str() == name)
    }
}

impl SubscriptionEvent {
    /// A snake_case name for messages and logs (`trial_ended`, `renewal_paid`,
    /// `payment_failed`, `payment_recovered`, `dunning_exhausted`, `cancel`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::TrialEnded { .. } => "trial_ended",
            Self::RenewalPaid => "renewal_paid",
            Self::PaymentFailed => "payment_failed",
            Self::PaymentRecovered => "payment_recovered",
            Self::DunningExhausted { .. } => "dunning_exhausted",
            Self::Cancel => "cancel",
            Self::Pause => "pause",
            Self::Resume => "resume",
        }
    }
}

/// The invoice state machine of the module docs, on the wire status.
pub trait InvoiceLifecycle: Sized {
    /// `paid` and `void` invoices never change again.
    fn is_terminal(&self) -> bool;

    /// Draft → open.
    fn finalize(self) -> Result<Self, Invalid>;

    /// Open or uncollectible → paid.
    fn mark_paid(self) -> Result<Self, Invalid>;

    /// Draft, open or uncollectible → void.
    fn void(self) -> Result<Self, Invalid>;

    /// Open → uncollectible.
    fn mark_uncollectible(self) -> Result<Self, Invalid>;
}

impl InvoiceLifecycle for InvoiceStatus {
    fn is_terminal(&self) -> bool {
        matches!(self, Self::Paid | Self::Void)
    }

    fn finalize(self) -> Result<InvoiceStatus, Invalid> {
        invoice_move(self, Self::Open, &[Self::Draft], "finalized")
    }

    fn mark_paid(self) -> Result<InvoiceStatus, Invalid> {
        invoice_move(self, Self::Paid, &[Self::Open, Self::Uncollectible], "marked paid")
    }

    fn void(self) -> Result<InvoiceStatus, Invalid> {
        invoice_move(
            self,
            Self::Void,
            &[Self::Draft, Self::Open, Self::Uncollectible],
            "voided",
        )
    }

    fn mark_uncollectible(self) -> Result<InvoiceStatus, Invalid> {
        invoice_move(self, Self::Uncollectible, &[Self::Open], "marked uncollectible")
    }
}

/// `from` → `next` if `from` is one of `allowed`, else why not (`done` is the action's
/// past participle, for the sentence).
fn invoice_move(
    current: InvoiceStatus,
    next: InvoiceStatus,
    from: &[InvoiceStatus],
    done: &str,
) -> Result<InvoiceStatus, Invalid> {
    if from.contains(&current) {
        return Ok(next);
    }
    let names: Vec<&str> = from.iter().map(|status| status.as_str()).collect();
    let allowed = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.concat(),
    };
    Err(Invalid::new(
        "",
        ErrorCode::ParameterInvalid,
        format!(
            "Only {allowed} invoices can be {done}; this invoice is {}.",
            current.as_str()
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    use FinalAction::{Cancel as FinalCancel, MarkUnpaid};
    use SubscriptionEvent as E;
    use SubscriptionStatus as S;

    const EVENTS: [SubscriptionEvent; 10] = [
        E::TrialEnded { paid: true },
        E::TrialEnded { paid: false },
        E::RenewalPaid,
        E::PaymentFailed,
        E::PaymentRecovered,
        E::DunningExhausted {
            final_action: FinalCancel,
        },
        E::DunningExhausted {
            final_action: MarkUnpaid,
        },
        E::Cancel,
        E::Pause,
        E::Resume,
    ];

    /// The whole table: one row per status, one column per event of [`EVENTS`];
    /// `None` is a refused transition.
    const TABLE: [(SubscriptionStatus, [Option<SubscriptionStatus>; 10]); 6] = [
        (
            S::Trialing,
            [
                Some(S::Active),
                Some(S::PastDue),
                None,
                None,
                None,
                None,
                None,
                Some(S::Canceled),
                None,
                None,
            ],
        ),
        (
            S::Active,
            [
                None,
                None,
                Some(S::Active),
                Some(S::PastDue),
                None,
                None,
                None,
                Some(S::Canceled),
                Some(S::Paused),
                None,
            ],
        ),
        (
            S::PastDue,
            [
                None,
                None,
                None,
                Some(S::PastDue),
                Some(S::Active),
                Some(S::Canceled),
                Some(S::Unpaid),
                Some(S::Canceled),
                None,
                None,
            ],
        ),
        (
            S::Unpaid,
            [
                None,
                None,
                None,
                Some(S::Unpaid),
                Some(S::Active),
                None,
                None,
                Some(S::Canceled),
                None,
                None,
            ],
        ),
        (
            S::Paused,
            [
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                Some(S::Canceled),
                None,
                Some(S::Active),
            ],
        ),
        (
            S::Canceled,
            [None, None, None, None, None, None, None, None, None, None],
        ),
    ];

    #[test]
    fn every_subscription_transition_follows_the_table() {
        assert_eq!(TABLE.len(), S::ALL.len());
        for (status, row) in TABLE {
            for (event, expected) in EVENTS.into_iter().zip(row) {
                match (status.next(event), expected) {
                    (Ok(next), Some(want)) => assert_eq!(next, want, "{status:?} + {event:?}"),
                    (Err(err), None) => {
                        assert_eq!(err.code, ErrorCode::ParameterInvalid, "{status:?} + {event:?}");
                        assert_eq!(err.param, "");
                        assert!(err.message.contains(event.as_str()), "{}", err.message);
                    }
                    (got, want) => panic!("{status:?} + {event:?}: got {got:?}, want {want:?}"),
                }
            }
        }
    }

    #[test]
    fn a_paid_trial_becomes_active_and_an_unpaid_one_past_due() {
        assert_eq!(S::Trialing.next(E::TrialEnded { paid: true }), Ok(S::Active));
        assert_eq!(S::Trialing.next(E::TrialEnded { paid: false }), Ok(S::PastDue));
    }

    #[test]
    fn failed_payments_go_past_due_and_recover_to_active() {
        let status = S::Active.next(E::PaymentFailed).expect("fails");
        let status = status.next(E::PaymentFailed).expect("retry fails");
        assert_eq!(status, S::PastDue);
        assert_eq!(status.next(E::PaymentRecovered), Ok(S::Active));
    }

    #[test]
    fn exhausted_dunning_cancels_or_marks_unpaid_as_configured() {
        assert_eq!(
            S::PastDue.next(E::DunningExhausted {
                final_action: FinalCancel
            }),
            Ok(S::Canceled)
        );
        assert_eq!(
            S::PastDue.next(E::DunningExhausted {
                final_action: MarkUnpaid
            }),
            Ok(S::Unpaid)
        );
        assert_eq!(S::Unpaid.next(E::PaymentRecovered), Ok(S::Active));
    }

    #[test]
    fn canceled_is_terminal_and_says_so() {
        assert!(S::Canceled.is_terminal());
        assert!(S::ALL.iter().filter(|s| s.is_terminal()).eq([&S::Canceled]));
        let err = S::Canceled.next(E::Cancel).expect_err("terminal");
        assert!(err.message.contains("canceled"), "{}", err.message);
        for event in EVENTS {
            assert!(S::Canceled.next(event).is_err());
        }
    }

    #[test]
    fn every_live_subscription_can_be_canceled() {
        for &status in S::ALL.iter().filter(|s| !s.is_terminal()) {
            assert_eq!(status.next(E::Cancel), Ok(S::Canceled));
        }
    }

    #[test]
    fn illegal_subscription_events_name_the_state_and_the_event() {
        let err = S::Active.next(E::PaymentRecovered).expect_err("illegal");
        assert_eq!(
            err.message,
            "A subscription that is `active` cannot take `payment_recovered`."
        );
        let err = S::Trialing.next(E::RenewalPaid).expect_err("illegal");
        assert!(err.message.contains("`trialing`") && err.message.contains("`renewal_paid`"));
    }

    #[test]
    fn subscription_statuses_and_final_actions_round_trip_through_snake_case() {
        for &status in S::ALL {
            assert_eq!(S::parse(status.as_str()), Some(status));
        }
        assert_eq!(S::PastDue.as_str(), "past_due");
        assert_eq!(S::parse("PastDue"), None);
        assert_eq!(FinalAction::parse("mark_unpaid"), Some(MarkUnpaid));
        assert_eq!(FinalAction::parse("cancel"), Some(FinalCancel));
        assert_eq!(FinalAction::parse("delete"), None);
    }

    type Action = fn(InvoiceStatus) -> Result<InvoiceStatus, Invalid>;

    /// Every invoice action from every status; `None` is refused.
    #[test]
    fn every_invoice_transition_follows_the_table() {
        use InvoiceStatus as I;
        let actions: [(&str, Action, [Option<InvoiceStatus>; 5]); 4] = [
            ("finalize", I::finalize, [Some(I::Open), None, None, None, None]),
            (
                "mark_paid",
                I::mark_paid,
                [None, Some(I::Paid), None, None, Some(I::Paid)],
            ),
            (
                "void",
                I::void,
                [Some(I::Void), Some(I::Void), None, None, Some(I::Void)],
            ),
            (
                "mark_uncollectible",
                I::mark_uncollectible,
                [None, Some(I::Uncollectible), None, None, None],
            ),
        ];
        for (name, action, row) in actions {
            for (&status, expected) in I::ALL.iter().zip(row) {
                match (action(status), expected) {
                    (Ok(next), Some(want)) => assert_eq!(next, want, "{name} from {status:?}"),
                    (Err(err), None) => {
                        assert_eq!(err.code, ErrorCode::ParameterInvalid);
                        assert_eq!(err.param, "");
                        assert!(err.message.contains(status.as_str()), "{}", err.message);
                    }
                    (got, want) => panic!("{name} from {status:?}: got {got:?}, want {want:?}"),
                }
            }
        }
    }

    #[test]
    fn paid_and_void_invoices_are_terminal() {
        use InvoiceStatus as I;
        for status in [I::Paid, I::Void] {
            assert!(status.is_terminal());
            assert!(status.finalize().is_err());
            assert!(status.mark_paid().is_err());
            assert!(status.void().is_err());
            assert!(status.mark_uncollectible().is_err());
        }
        assert!(!I::Uncollectible.is_terminal());
    }

    #[test]
    fn refused_invoice_actions_say_which_statuses_allow_them() {
        let err = InvoiceStatus::Paid.void().expect_err("paid");
        assert_eq!(
            err.message,
            "Only draft, open or uncollectible invoices can be voided; this invoice is paid."
        );
        let err = InvoiceStatus::Open.finalize().expect_err("open");
        assert_eq!(
            err.message,
            "Only draft invoices can be finalized; this invoice is open."
        );
    }

    #[test]
    fn invoice_statuses_round_trip_through_snake_case() {
        for &status in InvoiceStatus::ALL {
            assert_eq!(InvoiceStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(InvoiceStatus::parse("Paid"), None);
    }
}
