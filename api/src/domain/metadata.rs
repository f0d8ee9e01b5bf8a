//! Metadata: a merchant's own key/value pairs on an object.

use std::collections::BTreeMap;

use paylera_shared::{ErrorCode, customer::Metadata};

use super::Invalid;

pub const MAX_KEYS: usize = 50;
pub const MAX_KEY_LEN: usize = 40;
pub const MAX_VALUE_LEN: usize = 500;

/// Checks a whole metadata map (creation).
pub fn validate(metadata: Metadata) -> Result<Metadata, Invalid> {
    check(&metadata)?;
    Ok(metadata)
}

/// Merges an update into `current`: keys with a value are set, keys with `null`
/// removed, others kept.
pub fn merge(mut current: Metadata, update: BTreeMap<String, Option<String>>) -> Result<Metadata, Invalid> {
    for (key, value) in update {
        match value {
            Some(value) => current.insert(key, value),
            None => current.remove(&key),
        };
    }
    check(&current)?;
    Ok(current)
}

/// The metadata after `update` when it changes anything; `None` when there is nothing
/// to save (no update, or one that leaves it as it is).
pub fn changed(
    current: &Metadata,
    update: Option<BTreeMap<String, Option<String>>>,
) -> Result<Option<Metadata>, Invalid> {
    let Some(update) = update else {
        return Ok(None);
    };
    let merged = merge(current.clone(), update)?;
    Ok((merged != *current).then_some(merged))
}

fn check(metadata: &Metadata) -> Result<(), Invalid> {
    if metadata.len() > MAX_KEYS {
        return Err(invalid(
            "metadata",
            format!("metadata can have at most {MAX_KEYS} keys."),
        ));
    }
    for (key, value) in metadata {
        if key.is_empty() || key.chars().count() > MAX_KEY_LEN || key.contains(['[', ']']) {
            return Err(invalid(
                &format!("metadata.{key}"),
                format!("Metadata keys must be 1 to {MAX_KEY_LEN} characters without square brackets."),
            ));
        }
        if value.chars().count() > MAX_VALUE_LEN {
            return Err(invalid(
                &format!("metadata.{key}"),
                format!("Metadata values must be at most {MAX_VALUE_LEN} characters."),
            ));
        }
    }
    Ok(())
}

fn invalid(param: &str, message: String) -> Invalid {
    Invalid::new(param, ErrorCode::ParameterInvalid, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_sets_removes_and_keeps_keys() {
        let current = Metadata::from([("a".to_owned(), "1".to_owned()), ("b".to_owned(), "2".to_owned())]);
        let update = BTreeMap::from([("a".to_owned(), Some("9".to_owned())), ("b".to_owned(), None)]);
        let merged = merge(current, update).expect("valid");
        assert_eq!(merged, Metadata::from([("a".to_owned(), "9".to_owned())]));
    }

    #[test]
    fn limits_are_enforced_with_the_key_as_param() {
        let long_key = "k".repeat(MAX_KEY_LEN + 1);
        assert_eq!(
            validate(Metadata::from([(long_key.clone(), "v".to_owned())]))
                .expect_err("key")
                .param,
            format!("metadata.{long_key}")
        );
        let long_value = "v".repeat(MAX_VALUE_LEN + 1);
        assert_eq!(
            validate(Metadata::from([("k".to_owned(), long_value)]))
                .expect_err("value")
                .param,
            "metadata.k"
        );
        let many: Metadata = (0..=MAX_KEYS).map(|i| (format!("k{i}"), "v".to_owned())).collect();
        assert_eq!(validate(many).expect_err("many").param, "metadata");
    }
}
