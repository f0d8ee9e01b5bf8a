//! The change of plan (`/subscription/change`), one of the subscription pages (see
//! `pages::subscription`):
//!
//! | page | what |
//! |---|---|
//! | `/subscription/change?subscription=…` | choose a plan and quantity (a `GET` form) |
//! | `/subscription/change?subscription=…&price=…&quantity=…` | the API's exact preview of the change, then "Confirm" |
//!
//! The API decides which plans a change may go to (the offered prices, and no
//! downgrade when the configuration hides them: an option the API refuses to preview
//! is not offered) and what a change costs (`POST /v1/subscriptions/{id}/preview`,
//! shown as it is). A `subscription_update_confirm` flow opens directly on the review
//! of the merchant's plan; the change ends a deep-link flow whose task it is
//! (`flow::complete_task`).

mod model;
mod server;
mod view;

pub use server::{ChangeSubscription, LoadPlanOptions, PreviewChange};
pub use view::ChangePlanPage;
