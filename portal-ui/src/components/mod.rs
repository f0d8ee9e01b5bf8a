//! What pages share: the frame of a module page, the pieces of a form, the bank
//! challenge, the not-found page and the way back to the merchant.
//!
//! Pages name components, never the other way round: nothing here names
//! `crate::pages` (that would be an import circle, which `xtask`'s layering check
//! refuses), and no page names another page — what two pages need moves here.
//!
//! - [`layout`]: the guard every module page sits in ([`ModulePage`]), the "session
//!   ended" and failure cards, the warning before the session ends.
//! - [`messages`]: the CSRF field, a form's and a field's failure, an action's outcome,
//!   `?done=`.
//! - [`challenge`]: the simulated bank challenge of the invoices and add-card pages.
//! - [`invoice`]: invoices as rows, paying one, their texts (the invoices page and the
//!   overview).
//! - [`payment_method`]: a saved card as the pages name it, and the texts (the payment
//!   methods pages and the overview).
//! - [`not_found`]: 404 (the router's fallback, and every hidden module's page).
//! - [`return_to_merchant`]: "Return to merchant" (the overview, `/done`).
//! - [`subscription`]: the subscription data, server functions and texts the
//!   subscription, plan and cancel pages share.

pub mod challenge;
pub mod invoice;
pub mod layout;
pub mod messages;
pub mod not_found;
pub mod payment_method;
pub mod return_to_merchant;
pub mod subscription;

pub use challenge::{BankChallenge, ChallengeAnswers};
pub use layout::{LanguageSwitcher, LayoutText, ModulePage, ProblemCard, SessionEndedCard, SessionWarning};
pub use messages::{CsrfField, FieldError, ProblemMessage, StatusMessage, done_param};
pub use not_found::NotFound;
pub use return_to_merchant::ReturnToMerchantForm;
