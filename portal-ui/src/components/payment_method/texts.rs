//! The payment methods module's texts, every key in every locale (see `i18n::catalog`).
//! `{card}` is always a [`PaymentMethodsText::CardName`] ("Visa ending 4242").

use crate::catalog;

catalog! {
    /// The payment methods pages' texts.
    pub enum PaymentMethodsText {
        Intro,
        CardsHeading,
        /// `{brand}` and `{last4}`: "Visa ending 4242".
        CardName,
        /// The brand of a card whose network is not known.
        UnknownBrand,
        /// `{date}`: the expiry month and year.
        Expires,
        DefaultBadge,
        AwaitingBankBadge,
        AwaitingBankNote,
        /// `{card}`: a [`PaymentMethodsText::CardName`].
        ConfirmWithBank,
        /// `{card}`: a [`PaymentMethodsText::CardName`].
        MakeDefault,
        /// `{card}`: a [`PaymentMethodsText::CardName`].
        Remove,
        /// Why the only usable card of a customer with a live subscription has no "Remove".
        ProtectedNote,
        NoCards,
        /// The link to the add-card page and that page's heading.
        AddCard,
        /// `{card}`: a [`PaymentMethodsText::CardName`].
        RemoveHeading,
        RemoveBody,
        /// `{card}`: the card the API makes the default instead.
        RemoveNextDefault,
        RemoveNoneLeft,
        KeepCard,
        DoneCardAdded,
        DoneCardAddedDefault,
        DoneDefaultChanged,
        DoneCardRemoved,
        NumberLabel,
        ExpiryLegend,
        ExpiryMonthLabel,
        ExpiryYearLabel,
        CvcLabel,
        CvcHint,
        /// After the label of a required field.
        Required,
        MakeDefaultLabel,
        SubmitAdd,
        BackToList,
        KeptDetails,
        ChallengeHeading,
        /// `{card}`: a [`PaymentMethodsText::CardName`].
        ChallengeBody,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<PaymentMethodsText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
