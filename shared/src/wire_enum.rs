//! Closed sets of strings on the wire (statuses, reasons, modes) as Rust enums.
//!
//! [`wire_enum!`] declares such an enum once: serde and the OpenAPI schema (`openapi`
//! feature) spell each variant in `snake_case` (`PastDue` → `past_due`), and `as_str`,
//! [`Display`] and [`FromStr`] use the spelling written next to the variant. The
//! round-trip test every enum has (`assert_round_trips`, in tests) keeps the two
//! equal. (The spelling cannot simply be handed to `#[serde(rename)]`: utoipa does
//! not read a macro's literal there, and the document would list `PastDue`.)
//! An unknown spelling is an error ([`UnknownValue`], or serde's "unknown variant"),
//! never a silent default: a status the reader does not know is a bug to report,
//! not a state to guess.
//!
//! [`Display`]: std::fmt::Display
//! [`FromStr`]: std::str::FromStr

/// A string that names no variant of a [`wire_enum!`] enum.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a known {kind}")]
pub struct UnknownValue {
    /// What was being read (`subscription status`, …).
    pub kind: &'static str,
    /// The string that was read.
    pub value: String,
}

/// Declares an enum whose variants travel as fixed strings:
///
/// ```ignore
/// wire_enum! {
///     /// Where a subscription stands.
///     pub enum SubscriptionStatus("subscription status") {
///         Trialing => "trialing",
///         PastDue => "past_due",
///     }
/// }
/// ```
///
/// It derives `Debug, Clone, Copy, PartialEq, Eq, Hash`, serde (`snake_case`: write each
/// spelling as the variant's name in snake case) and `utoipa::ToSchema` behind `openapi`, and adds `ALL` (declaration
/// order), `as_str`, `parse`, `Display`, `FromStr` and `TryFrom<String>`. Extra derives
/// (`Default`, `PartialOrd`, …) and variant attributes (`#[default]`) pass through.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident($kind:literal) {
            $( $(#[$vmeta:meta])* $variant:ident => $wire:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$(Self::$variant),+];

            /// The wire spelling.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $wire),+
                }
            }

            /// The variant spelled `name` on the wire (exact, case-sensitive).
            pub fn parse(name: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|variant| variant.as_str() == name)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::wire_enum::UnknownValue;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s).ok_or_else(|| $crate::wire_enum::UnknownValue {
                    kind: $kind,
                    value: s.to_owned(),
                })
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::wire_enum::UnknownValue;

            fn try_from(value: String) -> Result<Self, Self::Error> {
                value.parse()
            }
        }
    };
}

pub(crate) use wire_enum;

/// For tests: every variant of `E` serializes to its `as_str` spelling exactly and
/// reads back; a miscased spelling is refused by both serde and `FromStr`.
#[cfg(test)]
pub(crate) fn assert_round_trips<E>(all: &[E], as_str: fn(E) -> &'static str)
where
    E: Copy + std::fmt::Debug + PartialEq + serde::Serialize + serde::de::DeserializeOwned + std::str::FromStr,
{
    for &variant in all {
        let wire = as_str(variant);
        assert_eq!(
            serde_json::to_value(variant).expect("serializes"),
            serde_json::Value::String(wire.to_owned()),
            "{variant:?}"
        );
        assert_eq!(
            serde_json::from_value::<E>(serde_json::Value::String(wire.to_owned())).expect("deserializes"),
            variant
        );
        assert!(wire.parse::<E>().ok() == Some(variant), "{wire}");
        let shouted = wire.to_ascii_uppercase();
        assert!(serde_json::from_value::<E>(serde_json::Value::String(shouted.clone())).is_err());
        assert!(shouted.parse::<E>().is_err(), "{shouted}");
    }
}
