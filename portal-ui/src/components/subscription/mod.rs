//! What the subscription pages (`pages::subscription`, `pages::plan`,
//! `pages::cancel`, `pages::pause`) share: the subscription as they show it ([`SubscriptionRow`]),
//! the outcome of their actions, the API calls behind them, their texts, and where
//! an action's success lands.

#[cfg(feature = "ssr")]
pub(crate) mod api;
mod model;
mod server;
mod texts;

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_navigate;

#[cfg(test)]
pub(crate) use model::plan_for_tests;
pub use model::{
    Day, Outcome, Pause, PendingChange, Plan, SubscriptionRow, config_of, done_text, signed_in_of, status_text,
};
#[cfg(feature = "ssr")]
pub use server::finish;
pub use server::{LoadSubscription, load_subscription};
pub use texts::SubscriptionText;

use crate::problem::Problem;
use crate::session::Visitor;

/// The subscription a page is about, for a resource created before the visitor is
/// known: the flow's while a subscription flow is pending, otherwise `asked` (the
/// query's `subscription`).
pub async fn subscription_of(visitor: Resource<Result<Visitor, Problem>>, asked: Option<String>) -> String {
    signed_in_of(visitor.await)
        .as_ref()
        .and_then(crate::flow::flow_subscription)
        .or(asked)
        .unwrap_or_default()
}

/// After an action succeeded in the hydrated page: the subscription page with its
/// message, as a form posted without JavaScript lands there (a deep-link flow's end is
/// a full page load instead, see `flow`).
pub fn show_outcome_on_subscription_page<I>(action: ServerAction<I>)
where
    I: ServerFn<Output = Outcome> + Clone + Send + Sync + 'static,
    I::Error: Clone + Send + Sync + 'static,
{
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(Outcome::Done(code))) = action.value().get() {
            navigate(&format!("/subscription?done={code}"), Default::default());
        }
    });
}
