//! The invoices' texts (the invoices page and the overview), every key in every locale (see `i18n::catalog`).

use crate::catalog;

catalog! {
    /// The invoices page's texts.
    pub enum InvoiceText {
        Caption,
        ColumnNumber,
        ColumnDate,
        ColumnAmount,
        ColumnStatus,
        ColumnActions,
        StateDraft,
        StateDue,
        StatePaymentFailed,
        StatePaid,
        StateVoid,
        StateUncollectible,
        DownloadPdf,
        /// `{ $number }`: the receipt of a paid invoice.
        DownloadReceipt,
        RetryPayment,
        Empty,
        OlderInvoices,
        NewestInvoices,
        PagesLabel,
        Paid,
        ChallengeHeading,
        ChallengeBody,
    }
}
