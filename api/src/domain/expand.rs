//! `expand[]` (issue 19, point 2; ADR 0015): which id-valued properties a caller may
//! ask to receive as the whole object, and where in an answer each expansion lands.
//!
//! A path is dotted, as in Stripe's API: `customer`, `price.product`,
//! `data.latest_invoice.payment_attempts` (a list's items are under `data`). Each
//! property is looked up by the `object` of the JSON object holding it, so the same
//! rules hold in a retrieve, a list, or an already expanded object. Fetching is the
//! caller's business (the HTTP layer asks its own retrieve routes, so an expanded
//! object is exactly what retrieving it answers, under the same portal scope).

use serde_json::{Map, Value};

/// How many properties one path may expand (`data` steps are not counted).
pub const MAX_DEPTH: usize = 4;
/// How many paths one request may name.
pub const MAX_PATHS: usize = 10;
/// How many objects one request may fetch to expand (after de-duplication).
pub const MAX_FETCHES: usize = 1_000;

/// What an expandable property stands for, and so which route retrieves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Customer,
    Invoice,
    PaymentMethod,
    Price,
    Product,
    Subscription,
    /// An invoice's collection attempts: a property present only when expanded
    /// (its value is the list `GET /v1/invoices/{id}/payment_attempts` answers).
    PaymentAttempts,
}

impl Target {
    /// The path of the `GET` that answers this object (or list) for `id`.
    pub fn path(self, id: &str) -> String {
        match self {
            Target::Customer => format!("/v1/customers/{id}"),
            Target::Invoice => format!("/v1/invoices/{id}"),
            Target::PaymentMethod => format!("/v1/payment_methods/{id}"),
            Target::Price => format!("/v1/prices/{id}"),
            Target::Product => format!("/v1/products/{id}"),
            Target::Subscription => format!("/v1/subscriptions/{id}"),
            Target::PaymentAttempts => format!("/v1/invoices/{id}/payment_attempts"),
        }
    }
}

/// Every expandable property: (the holder's `object`, or `object.property` for a
/// plain nested block; the property; what it stands for).
pub const EXPANDABLE: &[(&str, &str, Target)] = &[
    (
        "customer.invoice_settings",
        "default_payment_method",
        Target::PaymentMethod,
    ),
    ("invoice", "customer", Target::Customer),
    ("invoice", "payment_attempts", Target::PaymentAttempts),
    ("invoice", "subscription", Target::Subscription),
    ("payment_attempt", "invoice", Target::Invoice),
    ("payment_attempt", "payment_method", Target::PaymentMethod),
    ("payment_method", "customer", Target::Customer),
    ("price", "product", Target::Product),
    ("subscription", "customer", Target::Customer),
    ("subscription", "latest_invoice", Target::Invoice),
    ("subscription", "price", Target::Price),
    ("subscription.pending_update", "price", Target::Price),
    ("tax_id", "customer", Target::Customer),
];

/// Plain blocks a path may step through to reach an expandable property.
const NESTED: &[(&str, &str)] = &[("customer", "invoice_settings"), ("subscription", "pending_update")];

/// What `property` of an object of `kind` stands for, if it is expandable.
pub fn target(kind: &str, property: &str) -> Option<Target> {
    EXPANDABLE
        .iter()
        .find(|(holder, name, _)| *holder == kind && *name == property)
        .map(|(_, _, target)| *target)
}

/// One validated `expand[]` path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ExpandPath(Vec<String>);

/// Why a request's `expand[]` was refused: a sentence for developers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub String);

impl ExpandPath {
    /// Checks one path's shape: dotted property names (lowercase, digits, `_`), each
    /// one that could be expandable somewhere, at most [`MAX_DEPTH`] expansions.
    pub fn parse(raw: &str) -> Result<Self, Refused> {
        let shown: String = raw.chars().take(80).collect();
        let steps: Vec<String> = raw.split('.').map(str::to_owned).collect();
        let known = |step: &str| {
            step == "data"
                || EXPANDABLE.iter().any(|(_, name, _)| *name == step)
                || NESTED.iter().any(|(_, name)| *name == step)
        };
        if raw.is_empty() || raw.len() > 200 || steps.iter().any(|step| step.is_empty() || !known(step)) {
            return Err(Refused(format!(
                "`{shown}` cannot be expanded: name dotted expandable properties, such as `customer` or `data.latest_invoice`."
            )));
        }
        let expansions = steps
            .iter()
            .filter(|step| step.as_str() != "data" && !NESTED.iter().any(|(_, name)| name == step))
            .count();
        if expansions > MAX_DEPTH {
            return Err(Refused(format!(
                "`{shown}` expands {expansions} levels deep; at most {MAX_DEPTH}."
            )));
        }
        Ok(Self(steps))
    }

    /// All of a request's paths, de-duplicated, shortest first (so `customer` is
    /// expanded before `customer.invoice_settings.default_payment_method` walks through it).
    pub fn parse_all<'a>(raw: impl IntoIterator<Item = &'a str>) -> Result<Vec<Self>, Refused> {
        let mut paths = raw.into_iter().map(Self::parse).collect::<Result<Vec<_>, _>>()?;
        if paths.len() > MAX_PATHS {
            return Err(Refused(format!("At most {MAX_PATHS} `expand[]` paths at once.")));
        }
        paths.sort_by_key(|path| (path.0.len(), path.clone()));
        paths.dedup();
        Ok(paths)
    }

    pub fn steps(&self) -> &[String] {
        &self.0
    }

    fn shown(&self) -> String {
        self.0.join(".")
    }
}

/// An object to fetch and where it goes: `holder` is the JSON pointer of the object
/// whose `property` it replaces (or, for [`Target::PaymentAttempts`], gains).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub holder: String,
    pub property: String,
    pub target: Target,
    pub id: String,
}

/// The properties `path` still has to expand in `doc`, the shallowest level first:
/// every id found at the first level not yet expanded. Empty once the path is done.
/// A step the document's objects do not have is refused.
pub fn pending(doc: &Value, path: &ExpandPath) -> Result<Vec<Pending>, Refused> {
    let mut found = Vec::new();
    walk(doc, String::new(), None, path, 0, &mut found)?;
    // Only the shallowest level: deeper ones are reached once it is expanded.
    let shallowest = found.iter().map(|(depth, _)| *depth).min();
    Ok(found
        .into_iter()
        .filter(|(depth, _)| Some(*depth) == shallowest)
        .map(|(_, pending)| pending)
        .collect())
}

/// Follows `path` from `step` in `value` (at JSON pointer `at`; `nested` names the
/// plain block `value` is, as `object.property`).
fn walk(
    value: &Value,
    at: String,
    nested: Option<String>,
    path: &ExpandPath,
    step: usize,
    found: &mut Vec<(usize, Pending)>,
) -> Result<(), Refused> {
    let Some(name) = path.0.get(step) else { return Ok(()) };
    let refuse = |kind: &str| {
        Refused(format!(
            "`{}` cannot be expanded: `{name}` is not an expandable property of `{kind}`.",
            path.shown()
        ))
    };
    let Value::Object(object) = value else { return Ok(()) };
    let kind = nested.unwrap_or_else(|| kind_of(object).to_owned());
    if kind == "list" && name == "data" {
        if let Some(Value::Array(items)) = object.get("data") {
            for (index, item) in items.iter().enumerate() {
                walk(item, format!("{at}/data/{index}"), None, path, step + 1, found)?;
            }
        }
        return Ok(());
    }
    let pointer = format!("{at}/{}", escape(name));
    if NESTED.iter().any(|(holder, block)| *holder == kind && block == name) {
        return match object.get(name.as_str()) {
            Some(Value::Null) => Ok(()),
            Some(block @ Value::Object(_)) => {
                walk(block, pointer, Some(format!("{kind}.{name}")), path, step + 1, found)
            }
            _ => Err(refuse(&kind)),
        };
    }
    let target = target(&kind, name).ok_or_else(|| refuse(&kind))?;
    match (object.get(name.as_str()), target) {
        (Some(expanded @ Value::Object(_)), _) => walk(expanded, pointer, None, path, step + 1, found),
        (Some(Value::Null), _) => Ok(()),
        (Some(Value::String(id)), _) => {
            found.push((step, Pending::new(at, name, target, id)));
            Ok(())
        }
        (None, Target::PaymentAttempts) => match object.get("id").and_then(Value::as_str) {
            Some(id) => {
                found.push((step, Pending::new(at, name, target, id)));
                Ok(())
            }
            None => Err(refuse(&kind)),
        },
        _ => Err(refuse(&kind)),
    }
}

impl Pending {
    fn new(holder: String, property: &str, target: Target, id: &str) -> Self {
        Self {
            holder,
            property: property.to_owned(),
            target,
            id: id.to_owned(),
        }
    }
}

/// Puts `object` where `pending` said; false when the document has no such place.
pub fn place(doc: &mut Value, pending: &Pending, object: Value) -> bool {
    match doc.pointer_mut(&pending.holder).and_then(Value::as_object_mut) {
        Some(holder) => {
            holder.insert(pending.property.clone(), object);
            true
        }
        None => false,
    }
}

fn kind_of(object: &Map<String, Value>) -> &str {
    object.get("object").and_then(Value::as_str).unwrap_or_default()
}

/// A JSON pointer token (RFC 6901).
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Whether `id` is one of ours (letters, digits, `_`), safe to put in a path.
pub fn is_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn paths(raw: &[&str]) -> Vec<ExpandPath> {
        ExpandPath::parse_all(raw.iter().copied()).expect("valid")
    }

    #[test]
    fn paths_are_dotted_known_properties_at_most_four_expansions_deep() {
        assert!(ExpandPath::parse("customer").is_ok());
        assert!(ExpandPath::parse("data.latest_invoice.payment_attempts.data.payment_method").is_ok());
        assert!(ExpandPath::parse("customer.invoice_settings.default_payment_method").is_ok());
        assert!(ExpandPath::parse("latest_invoice.subscription.latest_invoice.subscription").is_ok());
        let deep = ExpandPath::parse("latest_invoice.subscription.latest_invoice.subscription.customer");
        assert!(deep.expect_err("five").0.contains("at most 4"));
        for bad in [
            "",
            ".",
            "customer.",
            "Customer",
            "email",
            "customer/../x",
            "metadata",
            "a b",
        ] {
            assert!(ExpandPath::parse(bad).is_err(), "{bad:?}");
        }
        let many: Vec<String> = (0..11).map(|_| "customer".to_owned()).collect();
        assert!(
            ExpandPath::parse_all(many.iter().map(String::as_str)).is_err(),
            "eleven, even the same"
        );
    }

    #[test]
    fn paths_are_deduplicated_and_the_shortest_come_first() {
        let sorted = paths(&["price.product", "customer", "price", "customer"]);
        let shown: Vec<String> = sorted.iter().map(ExpandPath::shown).collect();
        assert_eq!(shown, ["customer", "price", "price.product"]);
    }

    #[test]
    fn a_retrieve_expands_the_named_property_then_walks_into_it() {
        let mut doc = json!({"object": "subscription", "id": "sub_1", "customer": "cus_1", "price": "price_1"});
        let path = &paths(&["price.product"])[0];
        let first = pending(&doc, path).expect("valid");
        assert_eq!(
            first,
            vec![Pending::new(String::new(), "price", Target::Price, "price_1")]
        );
        assert!(place(
            &mut doc,
            &first[0],
            json!({"object": "price", "id": "price_1", "product": "prod_1"})
        ));
        let second = pending(&doc, path).expect("valid");
        assert_eq!(
            second,
            vec![Pending::new("/price".into(), "product", Target::Product, "prod_1")]
        );
        assert!(place(
            &mut doc,
            &second[0],
            json!({"object": "product", "id": "prod_1"})
        ));
        assert_eq!(pending(&doc, path).expect("valid"), vec![], "done");
        assert_eq!(doc["price"]["product"]["object"], "product");
    }

    #[test]
    fn a_list_expands_each_item_and_skips_nulls() {
        let doc = json!({"object": "list", "data": [
            {"object": "subscription", "id": "sub_1", "latest_invoice": "in_1"},
            {"object": "subscription", "id": "sub_2", "latest_invoice": null},
        ]});
        let found = pending(&doc, &paths(&["data.latest_invoice"])[0]).expect("valid");
        assert_eq!(
            found,
            vec![Pending::new(
                "/data/0".into(),
                "latest_invoice",
                Target::Invoice,
                "in_1"
            )]
        );
        let empty = json!({"object": "list", "data": []});
        assert_eq!(pending(&empty, &paths(&["data.customer"])[0]).expect("valid"), vec![]);
    }

    #[test]
    fn an_invoices_attempts_are_added_and_nested_blocks_are_walked() {
        let invoice = json!({"object": "invoice", "id": "in_1", "customer": "cus_1"});
        let found = pending(&invoice, &paths(&["payment_attempts"])[0]).expect("valid");
        assert_eq!(found[0].target, Target::PaymentAttempts);
        assert_eq!(found[0].id, "in_1");
        let customer = json!({"object": "customer", "invoice_settings": {"default_payment_method": "pm_1"}});
        let found = pending(&customer, &paths(&["invoice_settings.default_payment_method"])[0]).expect("valid");
        assert_eq!(
            found,
            vec![Pending::new(
                "/invoice_settings".into(),
                "default_payment_method",
                Target::PaymentMethod,
                "pm_1"
            )]
        );
    }

    #[test]
    fn a_property_the_object_does_not_expand_is_refused_by_name() {
        let doc = json!({"object": "customer", "id": "cus_1"});
        let refused = pending(&doc, &paths(&["latest_invoice"])[0]).expect_err("not a customer's");
        assert!(
            refused
                .0
                .contains("`latest_invoice` is not an expandable property of `customer`"),
            "{refused:?}"
        );
        let list = json!({"object": "list", "data": [{"object": "price", "id": "price_1", "product": "prod_1"}]});
        assert!(
            pending(&list, &paths(&["product"])[0]).is_err(),
            "a list's items are under data"
        );
    }

    #[test]
    fn ids_are_only_ours() {
        assert!(is_id("cus_01HABC"));
        for bad in ["", "../x", "cus_1?x=1", "cus 1", "cus_1%2F"] {
            assert!(!is_id(bad), "{bad:?}");
        }
    }
}
