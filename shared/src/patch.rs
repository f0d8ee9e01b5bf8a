//! `Patch<T>`: a field of a partial update that can be left alone, cleared or set.
//!
//! JSON has three states for an update field and `Option` only two: absent (keep
//! the current value), `null` (clear it) and a value (set it). Use with
//! `#[serde(default, skip_serializing_if = "Patch::is_absent")]`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One field of a partial update.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Patch<T> {
    /// Not in the request: keep the current value.
    #[default]
    Absent,
    /// `null`: clear the value.
    Null,
    /// A new value.
    Value(T),
}

impl<T> Patch<T> {
    pub fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }

    /// Applies the patch to `current`.
    pub fn apply(self, current: Option<T>) -> Option<T> {
        match self {
            Self::Absent => current,
            Self::Null => None,
            Self::Value(value) => Some(value),
        }
    }

    /// Transforms the value, keeping absent and null as they are.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Patch<U> {
        match self {
            Self::Absent => Patch::Absent,
            Self::Null => Patch::Null,
            Self::Value(value) => Patch::Value(f(value)),
        }
    }

    /// Like [`Patch::map`] for a fallible transformation.
    pub fn try_map<U, E>(self, f: impl FnOnce(T) -> Result<U, E>) -> Result<Patch<U>, E> {
        Ok(match self {
            Self::Absent => Patch::Absent,
            Self::Null => Patch::Null,
            Self::Value(value) => Patch::Value(f(value)?),
        })
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Patch<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(|value| value.map_or(Self::Null, Self::Value))
    }
}

impl<T: Serialize> Serialize for Patch<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Absent | Self::Null => serializer.serialize_none(),
            Self::Value(value) => value.serialize(serializer),
        }
    }
}

impl<T> From<Option<T>> for Patch<T> {
    /// `Some` sets, `None` clears.
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Null, Self::Value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, Deserialize, Serialize)]
    struct Update {
        #[serde(default, skip_serializing_if = "Patch::is_absent")]
        name: Patch<String>,
    }

    #[test]
    fn absent_null_and_value_are_three_different_things() {
        let absent: Update = serde_json::from_str("{}").expect("json");
        let null: Update = serde_json::from_str(r#"{"name":null}"#).expect("json");
        let value: Update = serde_json::from_str(r#"{"name":"Ada"}"#).expect("json");
        assert_eq!(absent.name, Patch::Absent);
        assert_eq!(null.name, Patch::Null);
        assert_eq!(value.name, Patch::Value("Ada".to_owned()));
        assert_eq!(Patch::Absent.apply(Some(1)), Some(1));
        assert_eq!(Patch::<i32>::Null.apply(Some(1)), None);
        assert_eq!(Patch::Value(2).apply(Some(1)), Some(2));
    }

    #[test]
    fn it_serializes_back_to_the_same_three_states() {
        assert_eq!(serde_json::to_string(&Update::default()).expect("json"), "{}");
        let null = Update { name: Patch::Null };
        assert_eq!(serde_json::to_string(&null).expect("json"), r#"{"name":null}"#);
    }
}
