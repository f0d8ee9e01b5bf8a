//! The overview's texts, every key in every locale (see `i18n::catalog`). Section
//! headings are the modules' titles (`Key::Module…Title`), the same words as the
//! navigation.

use crate::catalog;

catalog! {
    /// The overview's texts.
    pub enum HomeText {
        Heading,
        NextChargeLabel,
        /// `{ $amount }` on `{ $date }`.
        NextCharge,
        ManageSubscriptions,
        DefaultCardLabel,
        /// `{ $date }`: a month and year.
        CardExpires,
        NoCard,
        ManageCards,
        AddCard,
        BillingHeading,
        NameLabel,
        EmailLabel,
        AddressLabel,
        NoAddress,
        EditAddress,
        TaxIdsLabel,
        NoTaxIds,
        ManageTaxIds,
        /// `{ $number }` for `{ $amount }` is unpaid.
        Outstanding,
        PayNow,
        LatestInvoices,
        AllInvoices,
        DoneHeading,
    }
}
