//! The server functions the subscription pages share.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::SubscriptionRow;
#[cfg(feature = "ssr")]
use super::{Outcome, api};
use crate::problem::Problem;
#[cfg(feature = "ssr")]
use crate::session::FlowKind;

/// One subscription of the customer.
#[server(endpoint = "subscription", prefix = "/api", input = GetUrl)]
pub async fn load_subscription(subscription: String) -> Result<SubscriptionRow, Problem> {
    let customer = crate::server::actions::customer().await?;
    let found = api::requested(&customer, &subscription).await?;
    api::Plans::new(&customer.api).row(found).await
}

/// The end of a change or a cancellation: the deep-link flow whose task it was goes on
/// (see `flow`), otherwise the subscription page says what happened.
#[cfg(feature = "ssr")]
pub async fn finish(kind: FlowKind, code: &str) -> Result<Outcome, Problem> {
    if crate::flow::complete_task(kind).await? {
        return Ok(Outcome::FlowFinished);
    }
    crate::server::actions::after_form_post(&format!("/subscription?done={code}"));
    Ok(Outcome::Done(code.to_owned()))
}
