//! Texts of the bank challenge (see `i18n::catalog`).

use crate::catalog;

catalog! {
    /// The bank challenge's texts, the same on every page.
    pub enum ChallengeText {
        TestNotice,
        Approve,
        Refuse,
    }
}
