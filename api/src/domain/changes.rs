//! `previous_attributes`: what an update changed, as the old values.

use serde_json::{Map, Value};

/// The top-level fields of `before` whose value differs in `after`, with their
/// old values; `None` when nothing changed. Nested objects are reported whole
/// (the old `address`, not the old `address.city`), so a consumer can restore them.
pub fn previous_attributes(before: &Value, after: &Value) -> Option<Value> {
    let (Some(before), Some(after)) = (before.as_object(), after.as_object()) else {
        return None;
    };
    let changed: Map<String, Value> = before
        .iter()
        .filter(|(key, old)| after.get(*key) != Some(*old))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    (!changed.is_empty()).then_some(Value::Object(changed))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn only_changed_fields_are_reported_with_their_old_values() {
        let before = json!({"id": "cus_1", "name": "Ada", "address": {"city": "London"}, "phone": null});
        let after = json!({"id": "cus_1", "name": "Ada", "address": {"city": "Paris"}, "phone": "+1 555 0100 00"});
        assert_eq!(
            previous_attributes(&before, &after),
            Some(json!({"address": {"city": "London"}, "phone": null}))
        );
    }

    #[test]
    fn no_change_is_none() {
        let same = json!({"name": "Ada"});
        assert_eq!(previous_attributes(&same, &same), None);
    }
}
