//! What the subscription list decides, without a view.

use paylera_shared::portal::PortalConfiguration;

use crate::components::subscription::SubscriptionRow;

/// Whether the configuration lets the customer subscribe again to `row`, ended.
pub fn can_resubscribe(config: &PortalConfiguration, row: &SubscriptionRow) -> bool {
    !row.live()
        && row.plan.active
        && config.subscription_update_enabled
        && config
            .subscription_update_allowed_prices
            .as_ref()
            .is_none_or(|prices| prices.contains(&row.plan.price))
}

#[cfg(test)]
mod tests {
    use paylera_shared::portal::PortalConfiguration;
    use paylera_shared::subscription::SubscriptionStatus;

    use super::can_resubscribe;
    use crate::components::subscription::{Day, SubscriptionRow, plan_for_tests as plan};

    #[test]
    fn an_ended_subscription_can_be_taken_again_only_when_the_configuration_offers_it() {
        let row = SubscriptionRow {
            id: "sub_1".to_owned(),
            plan: plan("month", 1),
            quantity: 1,
            status: SubscriptionStatus::Canceled,
            period_end: Day {
                year: 2026,
                month: 11,
                day: 25,
            },
            cancel_at_period_end: false,
            ended: None,
            pending: None,
            pause: None,
            discount: None,
        };
        let mut config = PortalConfiguration {
            subscription_update_enabled: true,
            ..PortalConfiguration::closed()
        };
        assert!(can_resubscribe(&config, &row));
        config.subscription_update_allowed_prices = Some(vec!["price_2".to_owned()]);
        assert!(!can_resubscribe(&config, &row));
        config.subscription_update_allowed_prices = None;
        config.subscription_update_enabled = false;
        assert!(!can_resubscribe(&config, &row));
        let live = SubscriptionRow {
            status: SubscriptionStatus::Active,
            ..row
        };
        config.subscription_update_enabled = true;
        assert!(!can_resubscribe(&config, &live));
    }
}
