//! The address page's texts, every key in every locale (see `i18n::catalog`).

use crate::catalog;

catalog! {
    /// The billing address page.
    pub enum AddressText {
        FieldRequired,
        FieldOptional,
        Country,
        ChooseCountry,
        ChooseOne,
        UpdateFields,
        FieldsUpdated,
        FieldsUpdatedNoCountry,
        Line1,
        Line2,
        City,
        State,
        Province,
        Prefecture,
        County,
        Region,
        ZipCode,
        PostalCode,
        PostalHint,
        SaveButton,
        Saved,
    }
}
