//! The record of what a customer did in one portal session, carried by
//! `portal.session.completed` so the merchant can refresh local caches in one shot.
//!
//! Rules and invariants:
//!
//! - One [`Action`] per change the portal made, recorded in the same transaction as
//!   the change and the webhook event that reports it (`kind` is that event's type,
//!   e.g. `subscription.updated`, `customer.payment_method_attached`).
//! - `changes` holds what changed, as the event reports it; never card numbers, CVCs
//!   or secrets (only what the event itself may carry).
//! - [`summarize`] lists the actions in time order (stable: equal times keep the
//!   order they were recorded in) and counts them per kind; the counts' keys are
//!   in `EventType` order, so the same actions always give byte-identical JSON.
//! - A session with no actions summarises to `{"actions": [], "counts": {}}`.

use std::collections::BTreeMap;

pub use paylera_shared::portal::PortalSessionAction as Action;
use paylera_shared::portal::PortalSessionSummary;

/// The summary of a session's actions: in time order, counted per kind.
pub fn summarize(actions: &[Action]) -> PortalSessionSummary {
    let mut ordered = actions.to_vec();
    ordered.sort_by_key(|a| a.at);
    let mut counts = BTreeMap::new();
    for action in &ordered {
        *counts.entry(action.kind).or_default() += 1;
    }
    PortalSessionSummary {
        actions: ordered,
        counts,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    /// The summary as the event carries it.
    fn summarize(actions: &[Action]) -> Value {
        serde_json::to_value(super::summarize(actions)).expect("json")
    }

    fn action(kind: &str, object_id: &str, at: i64) -> Action {
        Action {
            kind: kind.parse().expect("an event type"),
            object_id: object_id.to_owned(),
            at,
            changes: json!({}),
        }
    }

    #[test]
    fn an_empty_session_summarises_to_empty_lists() {
        assert_eq!(summarize(&[]), json!({"actions": [], "counts": {}}));
    }

    #[test]
    fn actions_are_listed_in_time_order_and_counted_per_kind() {
        let actions = [
            action("subscription.updated", "sub_1", 30),
            action("customer.payment_method_attached", "pm_1", 10),
            action("subscription.updated", "sub_1", 20),
        ];
        let summary = summarize(&actions);
        let times: Vec<i64> = summary["actions"]
            .as_array()
            .expect("array")
            .iter()
            .map(|a| a["at"].as_i64().expect("at"))
            .collect();
        assert_eq!(times, vec![10, 20, 30]);
        assert_eq!(
            summary["counts"],
            json!({"customer.payment_method_attached": 1, "subscription.updated": 2})
        );
    }

    #[test]
    fn actions_at_the_same_second_keep_their_recorded_order() {
        let actions = [
            action("customer.payment_method_attached", "pm_2", 5),
            action("customer.payment_method_detached", "pm_1", 5),
        ];
        let summary = summarize(&actions);
        assert_eq!(summary["actions"][0]["object_id"], json!("pm_2"));
        assert_eq!(summary["actions"][1]["object_id"], json!("pm_1"));
    }

    #[test]
    fn each_action_carries_its_kind_object_time_and_changes() {
        let mut a = action("subscription.updated", "sub_1", 42);
        a.changes = json!({"price": {"from": "price_a", "to": "price_b"}});
        let summary = summarize(&[a]);
        assert_eq!(
            summary["actions"][0],
            json!({
                "kind": "subscription.updated",
                "object_id": "sub_1",
                "at": 42,
                "changes": {"price": {"from": "price_a", "to": "price_b"}}
            })
        );
    }

    #[test]
    fn the_same_actions_give_identical_json() {
        let actions = [
            action("subscription.canceled", "sub_1", 2),
            action("customer.updated", "cus_1", 1),
            action("subscription.reactivated", "sub_1", 3),
        ];
        let a = serde_json::to_string(&summarize(&actions)).expect("json");
        let b = serde_json::to_string(&summarize(&actions)).expect("json");
        assert_eq!(a, b);
        assert!(a.find("customer.updated").expect("present") < a.find("subscription.canceled").expect("present"));
    }

    #[test]
    fn an_action_round_trips_through_json() {
        let a = action("customer.updated", "cus_1", 7);
        let back: Action = serde_json::from_value(serde_json::to_value(&a).expect("json")).expect("parses");
        assert_eq!(back, a);
    }
}
