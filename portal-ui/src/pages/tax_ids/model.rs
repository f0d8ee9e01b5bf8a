//! The tax IDs page's view models and the check made before posting, without a view.

use serde::{Deserialize, Serialize};

/// The form's field names (also the API's `param`s).
pub(super) const TYPE_FIELD: &str = "kind";
pub(super) const VALUE_FIELD: &str = "value";
/// `?done=` after a form posted without JavaScript.
pub(super) const DONE_ADDED: &str = "added";
pub(super) const DONE_REMOVED: &str = "removed";

/// One of the customer's tax IDs, as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxIdRow {
    /// `txi_…`.
    pub id: String,
    /// The type's name in the page's language ("European VAT number").
    pub type_label: String,
    /// The canonical number.
    pub value: String,
    /// `unverified`, `pending`, `verified` or `unavailable`.
    pub verification: String,
}

/// A type the customer can pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxIdKind {
    /// The wire name (`eu_vat`).
    pub kind: String,
    pub description: String,
    /// A valid number in canonical form.
    pub example: String,
}

/// What the page shows: the customer's tax IDs and the types they may add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxIdsData {
    pub ids: Vec<TaxIdRow>,
    pub kinds: Vec<TaxIdKind>,
}

/// The cheap part of the API's rules, run in the browser before posting: the error
/// code the API would answer for a blank value (`parameter_missing`) or one with a
/// character no tax ID has (`tax_id_invalid`). Separators are ignored like the API
/// does (white space, dots, slashes, hyphens and Unicode dashes); format and check
/// digits are left to the API.
pub fn precheck(value: &str) -> Option<&'static str> {
    if value.trim().is_empty() {
        return Some("parameter_missing");
    }
    let separator = |c: char| c.is_whitespace() || matches!(c, '.' | '/' | '-' | '‐' | '‑' | '‒' | '–' | '—' | '−');
    // `Ñ`/`&` (Mexican RFC) and `+`/`*` (old Irish VAT numbers) are the API's exceptions.
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, 'Ñ' | 'ñ' | '&' | '+' | '*');
    let compact: Vec<char> = value.chars().filter(|&c| !separator(c)).collect();
    (compact.is_empty() || !compact.iter().all(|&c| allowed(c))).then_some("tax_id_invalid")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::tax_ids::TaxIdText;

    #[test]
    fn every_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<TaxIdText>(&[TaxIdText::ColumnType, TaxIdText::ColumnNumber]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_precheck_follows_the_apis_normalisation() {
        assert_eq!(precheck(""), Some("parameter_missing"));
        assert_eq!(precheck("   "), Some("parameter_missing"));
        for fine in [
            "DE123456788",
            "de 136.695.976",
            "12-3456789",
            "12.345.678/0001-95",
            "ABC010203AB9",
            "IE1234567T",
            "NO 923609016 MVA",
            "DE–123",
        ] {
            assert_eq!(precheck(fine), None, "{fine}");
        }
        for bad in ["DE12345,678", "DÉ123", "１２３", "--", "DE#1"] {
            assert_eq!(precheck(bad), Some("tax_id_invalid"), "{bad}");
        }
    }
}
