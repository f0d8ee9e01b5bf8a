//! The change of plan's server functions: the plans a subscription may change to, the
//! API's preview of a change, and the change.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{ChangePreview, PlanChoice};
#[cfg(feature = "ssr")]
use super::model::{LineKind, PlanOption};
use crate::components::subscription::Outcome;
#[cfg(feature = "ssr")]
use crate::components::subscription::{api, finish};
use crate::problem::Problem;
#[cfg(feature = "ssr")]
use crate::session::FlowKind;

/// The plans `subscription` may change to, in one call: the API lists the prices the
/// configuration offers that its change rules accept (hidden downgrades, prices not
/// offered, archived or in another currency are left out), each with its preview.
#[server(endpoint = "plan_options", prefix = "/api", input = GetUrl)]
pub async fn load_plan_options(subscription: String) -> Result<PlanChoice, Problem> {
    let customer = crate::server::actions::customer().await?;
    let config = customer.configuration().await?;
    if !config.subscription_update_enabled {
        return Err(Problem::new(crate::problem::codes::MODULE_DISABLED));
    }
    let found = api::requested(&customer, &subscription).await?;
    let offered = customer
        .api
        .subscription_change_options(&found.id, None)
        .await
        .map_err(crate::server::actions::problem)?;
    let row = api::Plans::new(&customer.api).row(found).await?;
    let options = offered
        .data
        .into_iter()
        .map(|option| PlanOption {
            plan: api::plan(option.price, option.product.name, option.product.active),
            change: option.preview.change,
        })
        .collect();
    Ok(PlanChoice {
        subscription: row,
        options,
    })
}

/// What changing `subscription` to `price` (empty: the same) and `quantity` (empty:
/// the same) would invoice, from the API's preview.
#[server(endpoint = "subscription_preview", prefix = "/api", input = GetUrl)]
pub async fn preview_change(subscription: String, price: String, quantity: String) -> Result<ChangePreview, Problem> {
    use paylera_shared::subscription::UpdateSubscriptionRequest;
    let customer = crate::server::actions::customer().await?;
    let quantity = api::quantity(&quantity)?;
    let price = Some(price.trim().to_owned()).filter(|p| !p.is_empty());
    let found = api::requested(&customer, &subscription).await?;
    let id = found.id.clone();
    let request = UpdateSubscriptionRequest {
        metadata: None,
        price: price.clone(),
        quantity,
    };
    let preview = customer
        .api
        .preview_subscription_change(&id, &request)
        .await
        .map_err(crate::server::actions::problem)?;
    let mut plans = api::Plans::new(&customer.api);
    let current = plans.row(found).await?;
    let plan = match &price {
        Some(price) => plans.get(price).await?.0,
        None => current.plan.clone(),
    };
    let lines = lines(&mut plans, &preview, &current.plan, &plan).await?;
    let next_renewal = lines
        .iter()
        .filter(|line| line.kind == LineKind::NewPeriod)
        .map(|line| line.period_end)
        .next()
        .unwrap_or(current.period_end);
    let quantity = quantity.unwrap_or(current.quantity);
    Ok(ChangePreview {
        plan,
        quantity,
        change: preview.change,
        now: preview.effective == paylera_shared::subscription::ChangeTiming::Now,
        effective: preview.effective_at.into(),
        lines,
        currency: preview.currency,
        total: preview.total,
        amount_due: preview.amount_due,
        credit_applied: preview.total.max(0) - preview.amount_due,
        credit_added: (-preview.total).max(0),
        next_renewal,
        subscription: current,
    })
}

/// Changes `subscription` to `price` (empty: the same) and `quantity` (empty: the same),
/// as previewed.
#[server(endpoint = "change_subscription", prefix = "/api")]
pub async fn change_subscription(
    csrf: String,
    subscription: String,
    price: String,
    quantity: String,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    use paylera_shared::subscription::UpdateSubscriptionRequest;
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let id = api::subscription_id(&subscription)?;
    let request = UpdateSubscriptionRequest {
        metadata: None,
        price: Some(price.trim().to_owned()).filter(|p| !p.is_empty()),
        quantity: api::quantity(&quantity)?,
    };
    let changed = customer
        .api
        // The form's own random key: a double submit changes (and charges) once.
        .update_subscription(
            &id,
            &request,
            Some(&crate::idempotency::or_fresh(idempotency_key.as_deref())),
        )
        .await
        .map_err(crate::server::actions::problem)?;
    let code = if changed.pending_update.is_some() {
        "scheduled"
    } else {
        "changed"
    };
    // Serves both update flows: choosing a plan, and confirming the merchant's one.
    finish(FlowKind::SubscriptionUpdate, code).await
}

#[cfg(feature = "ssr")]
use ssr::lines;

#[cfg(feature = "ssr")]
mod ssr {
    //! The API calls only the change of plan makes.

    use paylera_shared::subscription::SubscriptionChangePreview;

    use super::super::model::{LineKind, PreviewLine};
    use crate::components::subscription::{Plan, api::Plans};
    use crate::problem::Problem;

    /// The preview's lines, named after the plans they are for. The API lists the
    /// credit for the unused time first, then the new plan's charge
    /// (`docs/billing-rules.md`, Proration).
    pub async fn lines(
        plans: &mut Plans<'_>,
        preview: &SubscriptionChangePreview,
        old: &Plan,
        new: &Plan,
    ) -> Result<Vec<PreviewLine>, Problem> {
        let mut lines = Vec::new();
        for (index, line) in preview.lines.iter().enumerate() {
            let kind = match (line.proration, index) {
                (false, _) => LineKind::NewPeriod,
                (true, 0) => LineKind::Unused,
                (true, _) => LineKind::Remaining,
            };
            let plan = match (&line.price, kind) {
                (_, LineKind::Unused) => old.name.clone(),
                (Some(price), _) if price.as_str() != new.price => plans.get(price.as_str()).await?.0.name,
                _ => new.name.clone(),
            };
            lines.push(PreviewLine {
                kind,
                plan,
                quantity: line.quantity,
                amount: line.amount,
                period_end: line.period_end.into(),
            });
        }
        Ok(lines)
    }
}
