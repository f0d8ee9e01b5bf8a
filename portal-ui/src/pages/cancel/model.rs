//! The cancellation's rules, without a view.

use paylera_shared::subscription::CancellationReason;

use crate::components::subscription::SubscriptionText;

/// The label of a cancellation reason a customer may choose; `None` for the one only
/// dunning sets (`payment_failed`), which is never offered.
pub fn reason_text(reason: CancellationReason) -> Option<SubscriptionText> {
    use CancellationReason as R;
    use SubscriptionText as S;
    Some(match reason {
        R::TooExpensive => S::ReasonTooExpensive,
        R::MissingFeatures => S::ReasonMissingFeatures,
        R::SwitchedService => S::ReasonSwitchedService,
        R::Unused => S::ReasonUnused,
        R::CustomerService => S::ReasonCustomerService,
        R::TooComplex => S::ReasonTooComplex,
        R::LowQuality => S::ReasonLowQuality,
        R::Other => S::ReasonOther,
        R::PaymentFailed => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cancellation_reason_of_the_api_has_a_label() {
        for &reason in paylera_shared::subscription::CANCELLATION_REASONS {
            assert!(reason_text(reason).is_some(), "{reason}");
        }
        assert_eq!(reason_text(CancellationReason::PaymentFailed), None);
    }
}
