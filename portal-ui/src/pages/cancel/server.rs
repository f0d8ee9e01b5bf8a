//! The cancellation's server function.

use leptos::prelude::*;

use crate::components::subscription::Outcome;
#[cfg(feature = "ssr")]
use crate::components::subscription::{api, finish};
use crate::problem::Problem;
#[cfg(feature = "ssr")]
use crate::session::FlowKind;

/// Cancels `subscription` as the configuration says (at the period end or now), with
/// the customer's reason (one the configuration offers) and comment.
#[server(endpoint = "cancel_subscription", prefix = "/api")]
pub async fn cancel_subscription(
    csrf: String,
    subscription: String,
    reason: Option<String>,
    comment: Option<String>,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    use paylera_shared::subscription::CancelSubscriptionRequest;
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let id = api::subscription_id(&subscription)?;
    let reason = reason.filter(|r| !r.trim().is_empty());
    let comment = comment.filter(|c| !c.trim().is_empty());
    let echo = |problem: Problem| {
        problem.with_form([
            ("reason", reason.as_deref().unwrap_or_default()),
            ("comment", comment.as_deref().unwrap_or_default()),
        ])
    };
    // The API applies the configuration's mode to a portal caller whatever is asked.
    let request = CancelSubscriptionRequest {
        immediately: false,
        prorate: false,
        reason: reason.clone(),
        comment: comment.clone(),
    };
    customer
        .api
        // The form's own random key: a double submit cancels once.
        .cancel_subscription(
            &id,
            &request,
            Some(&crate::idempotency::or_fresh(idempotency_key.as_deref())),
        )
        .await
        .map_err(|err| echo(crate::server::actions::problem(err)))?;
    finish(FlowKind::SubscriptionCancel, "canceled").await
}
