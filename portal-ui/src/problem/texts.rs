//! The sentences a customer reads for each problem, every key in every locale (see `i18n::catalog`).

use crate::catalog;

catalog! {
    /// The sentences a [`Problem`] is shown with.
    pub enum ProblemText {
        SessionEnded,
        CsrfFailed,
        ServiceUnavailable,
        NotAllowed,
        RateLimited,
        NotFound,
        Required,
        InvalidValue,
        InvalidCountry,
        InvalidPostalCode,
        InvalidState,
        TaxIdTypeUnsupported,
        TaxIdInvalid,
        TaxIdChecksumInvalid,
        TaxIdLimitReached,
        AlreadyExists,
        IncorrectNumber,
        InvalidExpiryMonth,
        InvalidExpiryYear,
        ExpiredCard,
        InvalidCvc,
        CardDeclined,
        InsufficientFunds,
        AuthenticationRequired,
        AuthenticationFailed,
        LastPaymentMethod,
        PaymentMethodMissing,
        InvoiceNotPayable,
        SubscriptionCanceled,
        Generic,
    }
}
