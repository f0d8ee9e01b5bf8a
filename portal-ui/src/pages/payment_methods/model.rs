//! The payment methods pages' view models and rules (the last-payment-method rule,
//! which card becomes the default, what `?done=` says), without a view.

use serde::{Deserialize, Serialize};

use crate::components::payment_method::{PaymentMethodsText, SavedCard};

use PaymentMethodsText as T;

/// The list page.
pub(super) const LIST_PATH: &str = "/payment-methods";
/// The add-card page.
pub(super) const ADD_PATH: &str = "/payment-methods/new";

/// The customer's cards (newest first) and what the last-payment-method rule needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wallet {
    pub cards: Vec<SavedCard>,
    /// Whether the customer has a subscription that is not canceled.
    pub has_live_subscription: bool,
}

impl Wallet {
    /// Whether `card` is the only usable card while a subscription needs one and the
    /// merchant's rule (`last_card_removable`, from the session's configuration) does
    /// not allow removing it: the API refuses (`last_payment_method`).
    pub fn keeps_subscription_paid(&self, card: &SavedCard, last_card_removable: bool) -> bool {
        !last_card_removable
            && card.usable()
            && self.has_live_subscription
            && !self.cards.iter().any(|c| c.usable() && c.id != card.id)
    }

    /// The card the API makes the default when the default `card` is removed: the most
    /// recently added other usable card (the list is newest first).
    pub fn next_default_without(&self, card: &SavedCard) -> Option<&SavedCard> {
        if !card.is_default {
            return None;
        }
        self.cards.iter().find(|c| c.usable() && c.id != card.id)
    }

    /// Whether no usable card would be left once `card` is removed.
    pub fn none_left_without(&self, card: &SavedCard) -> bool {
        !self.cards.iter().any(|c| c.usable() && c.id != card.id)
    }
}

/// What a successful action did: the `?done=` of the list page and its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Done {
    CardAdded,
    CardAddedDefault,
    DefaultChanged,
    CardRemoved,
}

impl Done {
    const ALL: [Done; 4] = [
        Self::CardAdded,
        Self::CardAddedDefault,
        Self::DefaultChanged,
        Self::CardRemoved,
    ];

    /// The value of `?done=`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CardAdded => "card_added",
            Self::CardAddedDefault => "card_added_default",
            Self::DefaultChanged => "default_changed",
            Self::CardRemoved => "card_removed",
        }
    }

    /// The [`Done`] named by `?done=`.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|done| done.as_str() == value)
    }

    /// The list page saying so.
    pub fn location(self) -> String {
        format!("{LIST_PATH}?done={}", self.as_str())
    }

    pub(super) fn text(self) -> PaymentMethodsText {
        match self {
            Self::CardAdded => T::DoneCardAdded,
            Self::CardAddedDefault => T::DoneCardAddedDefault,
            Self::DefaultChanged => T::DoneDefaultChanged,
            Self::CardRemoved => T::DoneCardRemoved,
        }
    }
}

/// The add-card page at the bank's challenge for card `id`.
pub(super) fn challenge_location(id: &str, make_default: bool) -> String {
    let default = if make_default { "&default=on" } else { "" };
    format!("{ADD_PATH}?challenge={id}{default}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(id: &str, is_default: bool, awaiting_bank: bool) -> SavedCard {
        SavedCard {
            id: id.to_owned(),
            brand: "visa".to_owned(),
            last4: "4242".to_owned(),
            exp_month: 12,
            exp_year: 2034,
            is_default,
            awaiting_bank,
        }
    }

    #[test]
    fn the_only_usable_card_keeps_a_live_subscription_paid() {
        let wallet = Wallet {
            cards: vec![card("pm_new", false, true), card("pm_old", true, false)],
            has_live_subscription: true,
        };
        assert!(wallet.keeps_subscription_paid(&wallet.cards[1], false));
        // A card the bank has not confirmed can always go.
        assert!(!wallet.keeps_subscription_paid(&wallet.cards[0], false));
        let without_subscription = Wallet {
            has_live_subscription: false,
            ..wallet.clone()
        };
        assert!(!without_subscription.keeps_subscription_paid(&wallet.cards[1], false));
        // The merchant allows removing the last card.
        assert!(!wallet.keeps_subscription_paid(&wallet.cards[1], true));
    }

    #[test]
    fn removing_the_default_promotes_the_newest_other_usable_card() {
        let wallet = Wallet {
            cards: vec![
                card("pm_3", false, true),
                card("pm_2", false, false),
                card("pm_1", true, false),
            ],
            has_live_subscription: true,
        };
        assert_eq!(
            wallet.next_default_without(&wallet.cards[2]).map(|c| c.id.as_str()),
            Some("pm_2")
        );
        assert_eq!(wallet.next_default_without(&wallet.cards[1]), None);
        assert!(!wallet.none_left_without(&wallet.cards[2]));
    }

    #[test]
    fn done_round_trips_through_the_query() {
        for done in Done::ALL {
            assert_eq!(Done::parse(done.as_str()), Some(done));
            assert!(done.location().ends_with(done.as_str()));
        }
        assert_eq!(Done::parse("nonsense"), None);
    }
}
