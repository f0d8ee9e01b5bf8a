//! The cancellation (`/subscription/cancel?subscription=…`), one of the subscription
//! pages (see `pages::subscription`): when access ends, the reason and a comment, then
//! "Cancel". Whether it ends now or at the period end is the configuration's
//! `subscription_cancel_mode`, applied by the API; the cancellation ends a deep-link
//! flow whose task it is (`flow::complete_task`).

mod model;
mod server;
mod view;

pub use server::CancelSubscription;
pub use view::CancelPage;
