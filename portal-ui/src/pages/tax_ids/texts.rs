//! The tax IDs page's texts, every key in every locale (see `i18n::catalog`).

use crate::catalog;

catalog! {
    /// The tax IDs page.
    pub enum TaxIdText {
        ListHeading,
        Empty,
        ColumnType,
        ColumnNumber,
        ColumnStatus,
        ColumnActions,
        Unverified,
        Pending,
        Verified,
        Unavailable,
        RemoveNumber,
        ConfirmHeading,
        ConfirmText,
        ConfirmButton,
        Keep,
        AddHeading,
        TypeLabel,
        TypeOption,
        ValueLabel,
        ValueHint,
        AddButton,
        Added,
        Removed,
    }
}
