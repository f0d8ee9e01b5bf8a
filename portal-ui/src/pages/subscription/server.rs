//! The subscription list's server functions: the list, "Keep" (undo a pending
//! cancellation), "Resume" (end or withdraw a pause) and "Subscribe again".

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
#[cfg(feature = "ssr")]
use paylera_shared::subscription::SubscriptionStatus;

#[cfg(feature = "ssr")]
use crate::components::subscription::api;
use crate::components::subscription::{Outcome, SubscriptionRow};
use crate::problem::Problem;

/// The customer's subscriptions, newest first.
#[server(endpoint = "subscriptions", prefix = "/api", input = GetUrl)]
pub async fn load_subscriptions() -> Result<Vec<SubscriptionRow>, Problem> {
    let customer = crate::server::actions::customer().await?;
    let subscriptions = api::subscriptions(&customer).await?;
    let mut plans = api::Plans::new(&customer.api);
    let mut rows = Vec::with_capacity(subscriptions.len());
    for subscription in subscriptions {
        rows.push(plans.row(subscription).await?);
    }
    Ok(rows)
}

/// Undoes the pending cancellation of `subscription`.
#[server(endpoint = "reactivate_subscription", prefix = "/api")]
pub async fn reactivate_subscription(
    csrf: String,
    subscription: String,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let id = api::subscription_id(&subscription)?;
    customer
        .api
        .reactivate_subscription(&id, Some(&crate::idempotency::or_fresh(idempotency_key.as_deref())))
        .await
        .map_err(crate::server::actions::problem)?;
    crate::server::actions::after_form_post("/subscription?done=reactivated");
    Ok(Outcome::Done("reactivated".to_owned()))
}

/// Resumes `subscription` now (a running pause ends, a new period is charged today), or
/// withdraws its scheduled pause.
#[server(endpoint = "resume_subscription", prefix = "/api")]
pub async fn resume_subscription(
    csrf: String,
    subscription: String,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let id = api::subscription_id(&subscription)?;
    customer
        .api
        .resume_subscription(&id, Some(&crate::idempotency::or_fresh(idempotency_key.as_deref())))
        .await
        .map_err(crate::server::actions::problem)?;
    crate::server::actions::after_form_post("/subscription?done=resumed");
    Ok(Outcome::Done("resumed".to_owned()))
}

/// Subscribes the customer again to the plan and quantity of the ended `subscription`.
///
/// The idempotency key is the form's own, random, made when the form was rendered
/// (`idempotency`): a form sent twice subscribes once, and nobody can work the key
/// out from the subscription.
#[server(endpoint = "resubscribe", prefix = "/api")]
pub async fn resubscribe(
    csrf: String,
    subscription: String,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    use paylera_shared::subscription::CreateSubscriptionRequest;
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let config = customer.configuration().await?;
    let id = api::subscription_id(&subscription)?;
    let ended = customer
        .api
        .retrieve_subscription(&id)
        .await
        .map_err(crate::server::actions::problem)?;
    let offered = config
        .subscription_update_allowed_prices
        .as_ref()
        .is_none_or(|prices| prices.iter().any(|p| p == ended.price.as_str()));
    if ended.status != SubscriptionStatus::Canceled || !config.subscription_update_enabled || !offered {
        return Err(Problem::new(crate::problem::codes::MODULE_DISABLED));
    }
    let request = CreateSubscriptionRequest {
        metadata: None,
        customer: customer.id.to_string(),
        price: ended.price.to_string(),
        quantity: Some(ended.quantity),
        trial_period_days: None,
    };
    let key = crate::idempotency::or_fresh(idempotency_key.as_deref());
    customer
        .api
        .create_subscription(&request, Some(&key))
        .await
        .map_err(crate::server::actions::problem)?;
    crate::server::actions::after_form_post("/subscription?done=resubscribed");
    Ok(Outcome::Done("resubscribed".to_owned()))
}
