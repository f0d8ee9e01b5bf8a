//! Texts of the portal link's hand-off page (`server::link_page`) and of its problems (see `i18n::catalog`).

use crate::catalog;

catalog! {
    /// The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
    /// the customer in by a `POST`, sent by script at once or by its one button.
    pub enum LinkText {
        HandoffHeading,
        HandoffAdvice,
        Continue,
    }
}
