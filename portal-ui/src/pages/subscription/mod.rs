//! The subscription module: what the customer pays for and the changes they may make
//! themselves, within what the merchant's configuration (`Overview::config`) allows.
//!
//! | page | what |
//! |---|---|
//! | `/subscription` | every subscription: plan, price, quantity, status, the period's end, pending changes; "Keep" for a pending cancellation, "Subscribe again" for an ended one |
//! | `/subscription/change?subscription=…` | choose a plan and quantity (a `GET` form) |
//! | `/subscription/change?subscription=…&price=…&quantity=…` | the API's exact preview of the change, then "Confirm" |
//! | `/subscription/cancel?subscription=…` | when access ends, the reason and a comment, then "Cancel" |
//! | `/subscription/pause?subscription=…` | how long billing pauses (when the configuration offers it), then "Pause"; "Resume" is on the list |
//!
//! The API decides everything: which plans a change may go to (the offered prices, and
//! no downgrade when the configuration hides them: an option the API refuses to
//! preview is not offered), what a change costs (`POST /v1/subscriptions/{id}/preview`,
//! shown as it is), and whether a cancellation ends now or at the period end (the
//! configuration's `subscription_cancel_mode`). Every action's server function ends a
//! deep-link flow whose task it is (`flow::complete_task`).
//!
//! This module is the list (`/subscription`); the change of plan is `pages::plan`,
//! the cancellation `pages::cancel`, the pause `pages::pause`, and what the three share (the subscription as
//! they show it, its API calls and texts) is `components::subscription`.

mod model;
mod server;
mod view;

pub use server::{ReactivateSubscription, Resubscribe, ResumeSubscription};
pub use view::SubscriptionPage;
#[cfg(feature = "ssr")]
pub use view::preview_card;
