//! The cancellation's server functions: the cancellation itself, which first sends the
//! customer to the merchant's retention offer for the reason given (when there is one
//! the subscription can take, and it was not declined), and taking that offer.

use leptos::prelude::*;

use crate::components::subscription::Outcome;
#[cfg(feature = "ssr")]
use crate::components::subscription::{api, finish};
use crate::problem::Problem;
#[cfg(feature = "ssr")]
use crate::session::FlowKind;

/// Cancels `subscription` as the configuration says (at the period end or now), with
/// the customer's reason (one the configuration offers) and comment — unless the
/// configuration makes an offer for that reason which the customer has not `declined`
/// yet: then nothing is canceled and the customer is sent to the offer.
#[server(endpoint = "cancel_subscription", prefix = "/api")]
pub async fn cancel_subscription(
    csrf: String,
    subscription: String,
    reason: Option<String>,
    comment: Option<String>,
    declined: Option<String>,
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
    if let Some(reason) = reason.as_deref().filter(|reason| declined.as_deref() != Some(*reason)) {
        let config = customer.configuration().await.map_err(echo)?;
        if config
            .subscription_cancel_retention_offers
            .iter()
            .any(|offer| offer.reason.as_str() == reason)
        {
            let found = customer
                .api
                .retrieve_subscription(&id)
                .await
                .map_err(|err| echo(crate::server::actions::problem(err)))?;
            let row = api::Plans::new(&customer.api).row(found).await.map_err(echo)?;
            if row.retention_offer(&config, reason).is_some() {
                let query = serde_urlencoded::to_string([
                    ("subscription", subscription.as_str()),
                    ("offer", reason),
                    ("comment", comment.as_deref().unwrap_or_default()),
                ])
                .unwrap_or_default();
                let url = format!("/subscription/cancel?{query}");
                crate::server::actions::after_form_post(&url);
                return Ok(Outcome::Offer(url));
            }
        }
    }
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

/// Takes the offer the configuration makes for `reason` instead of canceling; ends a
/// cancellation flow like a cancellation would (the customer has decided).
#[server(endpoint = "accept_retention_offer", prefix = "/api")]
pub async fn accept_retention_offer(
    csrf: String,
    subscription: String,
    reason: String,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    use paylera_shared::subscription::{AcceptRetentionOfferRequest, CancellationReason};
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let id = api::subscription_id(&subscription)?;
    let reason = CancellationReason::parse(reason.trim())
        .ok_or_else(|| Problem::new(crate::problem::codes::INVALID_INPUT).about("reason"))?;
    customer
        .api
        .accept_retention_offer(
            &id,
            &AcceptRetentionOfferRequest { reason },
            Some(&crate::idempotency::or_fresh(idempotency_key.as_deref())),
        )
        .await
        .map_err(crate::server::actions::problem)?;
    finish(FlowKind::SubscriptionCancel, "retained").await
}
