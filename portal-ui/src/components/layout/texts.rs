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
        /// The button that opens the navigation on a phone.
        Menu,
        /// The language switcher's label, and its button.
        LanguageLabel,
        LanguageButton,
        /// The merchant's policies, linked in the footer.
        Terms,
        Privacy,
        SessionEndingSoon,
        StaySignedIn,
        BackToOverview,
        /// The header of every signed-in page: whose account this is (`{account}`: the
        /// customer's name and email), so someone handed another person's link sees it.
        SignedInAs,
    }
}
