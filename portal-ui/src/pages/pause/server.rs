//! The pause's server function.

use leptos::prelude::*;

use crate::components::subscription::Outcome;
#[cfg(feature = "ssr")]
use crate::components::subscription::api;
use crate::problem::Problem;

/// Pauses `subscription` from its period end for `periods` periods (the API checks the
/// configuration's limit and the subscription's state).
#[server(endpoint = "pause_subscription", prefix = "/api")]
pub async fn pause_subscription(
    csrf: String,
    subscription: String,
    periods: String,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    use paylera_shared::subscription::PauseSubscriptionRequest;
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let id = api::subscription_id(&subscription)?;
    let echo = |problem: Problem| problem.with_form([("periods", periods.as_str())]);
    let count = periods
        .trim()
        .parse::<i64>()
        .map_err(|_| echo(Problem::new(crate::problem::codes::INVALID_INPUT).about("periods")))?;
    customer
        .api
        // The form's own random key: a double submit pauses once.
        .pause_subscription(
            &id,
            &PauseSubscriptionRequest { periods: count },
            Some(&crate::idempotency::or_fresh(idempotency_key.as_deref())),
        )
        .await
        .map_err(|err| echo(crate::server::actions::problem(err)))?;
    crate::server::actions::after_form_post("/subscription?done=paused");
    Ok(Outcome::Done("paused".to_owned()))
}
