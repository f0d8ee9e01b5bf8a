//! The API calls the subscription pages share, for the signed-in customer (server
//! side only).

use std::collections::HashMap;

use paylera_shared::{
    catalog::Price,
    client::ApiClient,
    ids::{PriceId, SubscriptionId},
    list::ListParams,
    subscription::{Subscription, SubscriptionFilter, SubscriptionStatus},
};

use super::{Day, Pause, PendingChange, Plan, SubscriptionRow};
use crate::problem::{Problem, codes};
use crate::server::actions;

/// The plan of `price`, a price of product `name` (archived unless `product_active`).
pub fn plan(price: Price, name: String, product_active: bool) -> Plan {
    Plan {
        price: price.id.to_string(),
        name,
        unit_amount: price.unit_amount,
        currency: price.currency,
        interval: price.recurring.interval,
        interval_count: price.recurring.interval_count,
        active: price.active && product_active,
        metered: price.recurring.usage_type == "metered",
    }
}

/// Prices looked up once per request.
pub struct Plans<'a> {
    api: &'a ApiClient,
    known: HashMap<String, (Plan, Option<String>)>,
}

impl<'a> Plans<'a> {
    pub fn new(api: &'a ApiClient) -> Self {
        Self {
            api,
            known: HashMap::new(),
        }
    }

    /// The plan of `price`, and its product's family.
    pub async fn get(&mut self, price: &str) -> Result<(Plan, Option<String>), Problem> {
        if let Some(known) = self.known.get(price) {
            return Ok(known.clone());
        }
        let id: PriceId = price
            .parse()
            .map_err(|_| Problem::api(paylera_shared::ErrorCode::ResourceMissing))?;
        let price = self.api.retrieve_price(&id).await.map_err(actions::problem)?;
        let product = self
            .api
            .retrieve_product(&price.product)
            .await
            .map_err(actions::problem)?;
        let plan = plan(price, product.name, product.active);
        let entry = (plan, product.family);
        self.known.insert(entry.0.price.clone(), entry.clone());
        Ok(entry)
    }

    /// A subscription as the pages show it.
    pub async fn row(&mut self, sub: Subscription) -> Result<SubscriptionRow, Problem> {
        let (plan, _) = self.get(sub.price.as_str()).await?;
        let pending = match sub.pending_update {
            Some(update) => Some(PendingChange {
                plan: self.get(update.price.as_str()).await?.0,
                quantity: update.quantity,
                effective: update.effective_at.into(),
            }),
            None => None,
        };
        Ok(SubscriptionRow {
            id: sub.id.to_string(),
            plan,
            quantity: sub.quantity,
            status: sub.status,
            period_end: sub.current_period_end.into(),
            cancel_at_period_end: sub.cancel_at_period_end,
            ended: sub.ended_at.map(Day::from),
            pending,
            pause: sub.pause.map(|pause| Pause {
                starts: pause.starts_at.into(),
                resumes: pause.resumes_at.into(),
            }),
            discount: sub.discount,
        })
    }
}

/// A subscription id from a form or a query.
pub fn subscription_id(value: &str) -> Result<SubscriptionId, Problem> {
    value
        .trim()
        .parse()
        .map_err(|_| Problem::api(paylera_shared::ErrorCode::ResourceMissing).about("subscription"))
}

/// The subscription a page asks for: `value`, or, when the page was opened without
/// one (`/subscription/change`), the customer's newest running subscription.
pub async fn requested(customer: &actions::Customer, value: &str) -> Result<Subscription, Problem> {
    if !value.trim().is_empty() {
        let id = subscription_id(value)?;
        return customer.api.retrieve_subscription(&id).await.map_err(actions::problem);
    }
    subscriptions(customer)
        .await?
        .into_iter()
        .find(|subscription| subscription.status != SubscriptionStatus::Canceled)
        .ok_or_else(|| Problem::api(paylera_shared::ErrorCode::ResourceMissing).about("subscription"))
}

/// The customer's subscriptions (the newest 100), newest first.
pub async fn subscriptions(customer: &actions::Customer) -> Result<Vec<Subscription>, Problem> {
    let filter = SubscriptionFilter {
        customer: Some(customer.id.to_string()),
        status: None,
    };
    let list = customer
        .api
        .list_subscriptions(&filter, &ListParams::limit(100))
        .await
        .map_err(actions::problem)?;
    Ok(list.data)
}

/// A quantity typed by the customer: empty is "unchanged", otherwise 1 or more.
pub fn quantity(value: &str) -> Result<Option<i64>, Problem> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match value.parse::<i64>() {
        Ok(quantity) if quantity >= 1 => Ok(Some(quantity)),
        _ => Err(Problem::new(codes::INVALID_INPUT).about("quantity")),
    }
}
