//! Texts of the end of a deep-link flow, `/done` (see `i18n::catalog`).

use crate::catalog;

catalog! {
    /// Texts of the end of a deep-link flow.
    pub enum FlowText {
        DoneHeading,
        DoneDefault,
    }
}
