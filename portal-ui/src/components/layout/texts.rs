//! Texts of the page frame every module page shares (see `i18n::catalog`).

use crate::catalog;

catalog! {
    /// Texts shared by every module page.
    pub enum LayoutText {
        SessionEndedHeading,
        SessionEndedAdvice,
        ProblemHeading,
        NavLabel,
        Overview,
        SessionEndingSoon,
        StaySignedIn,
        BackToOverview,
        /// The header of every signed-in page: whose account this is (`{account}`: the
        /// customer's name and email), so someone handed another person's link sees it.
        SignedInAs,
    }
}
