//! The compatibility layer of dated API versions (ADR 0015): answers are built in the
//! current shapes, and this rewrites them into an older version's, one step per change,
//! newest first. Each step finds its objects by their `object` field wherever they
//! are nested (a list's `data`, an event's `data.object`, an expanded field).

use paylera_shared::version::ApiVersion;
use serde_json::{Map, Value};

/// Rewrites `value` (current shapes) into `version`'s shapes.
pub fn downgrade(value: &mut Value, version: ApiVersion) {
    if version < ApiVersion::V2026_12_07 {
        // 2026-12-07: an invoice's `tax` became `total_tax`.
        each_object(value, &mut |object| {
            if matches!(object_kind(object), Some("invoice" | "upcoming_invoice")) {
                rename(object, "total_tax", "tax");
            }
        });
    }
}

fn object_kind(object: &Map<String, Value>) -> Option<&str> {
    object.get("object").and_then(Value::as_str)
}

fn rename(object: &mut Map<String, Value>, from: &str, to: &str) {
    if let Some(value) = object.remove(from) {
        object.insert(to.to_owned(), value);
    }
}

/// Calls `f` on every JSON object in `value`, innermost last.
fn each_object(value: &mut Value, f: &mut impl FnMut(&mut Map<String, Value>)) {
    match value {
        Value::Object(object) => {
            f(object);
            for nested in object.values_mut() {
                each_object(nested, f);
            }
        }
        Value::Array(items) => {
            for item in items {
                each_object(item, f);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_first_version_names_an_invoices_tax_tax_wherever_the_invoice_is() {
        let mut answer = json!({
            "object": "list",
            "data": [
                {"object": "invoice", "total_tax": 120, "total": 1320},
                {"object": "event", "data": {"object": {"object": "upcoming_invoice", "total_tax": 5}}},
                {"object": "customer", "total_tax": "not an invoice's"}
            ]
        });
        downgrade(&mut answer, ApiVersion::V2026_11_01);
        assert_eq!(
            answer["data"][0],
            json!({"object": "invoice", "tax": 120, "total": 1320})
        );
        assert_eq!(
            answer["data"][1]["data"]["object"],
            json!({"object": "upcoming_invoice", "tax": 5})
        );
        assert_eq!(answer["data"][2]["total_tax"], "not an invoice's");
    }

    #[test]
    fn the_current_version_is_left_as_it_is() {
        let before = json!({"object": "invoice", "total_tax": 1});
        let mut answer = before.clone();
        downgrade(&mut answer, ApiVersion::CURRENT);
        assert_eq!(answer, before);
    }
}
