//! The cancellation (`/subscription/cancel?subscription=…`), one of the subscription
//! pages (see `pages::subscription`): when access ends, the reason and a comment, then
//! "Cancel". Whether it ends now or at the period end is the configuration's
//! `subscription_cancel_mode`, applied by the API; the cancellation ends a deep-link
//! flow whose task it is (`flow::complete_task`).
//!
//! The retention step: when the merchant makes an offer for the reason chosen
//! (`subscription_cancel_retention_offers`) and this subscription can take it, "Cancel"
//! lands on `?offer=<reason>` instead, which shows the offer with "Accept the offer" and
//! "No thanks, cancel" (the reason and comment carried along, so declining cancels as
//! asked). Both are plain forms: the step works without JavaScript.

mod model;
mod server;
mod view;

pub use model::reason_text;
pub use server::{AcceptRetentionOffer, CancelSubscription};
pub use view::CancelPage;
