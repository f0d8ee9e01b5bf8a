//! Closed sets of strings on the wire (statuses, reasons, modes, event types) as Rust
//! enums.
//!
//! [`wire_enum!`] declares such an enum once, with the spelling written next to each
//! variant (`PastDue => "past_due"`, `InvoicePaid => "invoice.paid"`): `as_str`,
//! [`Display`], [`FromStr`], serde and the OpenAPI schema (`openapi` feature, its
//! `enum` listing every variant) all use that one spelling, so they cannot disagree.
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
/// It derives `Debug, Clone, Copy, PartialEq, Eq, Hash`, implements serde and (behind
/// `openapi`) `utoipa::ToSchema` through the spellings, and adds `ALL` (declaration
/// order), `as_str`, `parse`, `Display`, `FromStr` and `TryFrom<String>`. The enum's
/// doc comment is its schema's description. One `#[derive(…)]` of extra derives
/// (`Default`, `PartialOrd`, …) may follow the doc comment, and variant attributes
/// (`#[default]`) pass through.
macro_rules! wire_enum {
    (
        $(#[doc = $doc:literal])*
        $(#[derive($($derive:path),+ $(,)?)])?
        pub enum $name:ident($kind:literal) {
            $( $(#[$vmeta:meta])* $variant:ident => $wire:literal ),+ $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        $(#[derive($($derive),+)])?
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <String as serde::Deserialize>::deserialize(deserializer)?;
                Self::parse(&value).ok_or_else(|| serde::de::Error::unknown_variant(&value, &[$($wire),+]))
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .description(Some(
                        [$($doc),*].iter().map(|line| line.trim()).collect::<Vec<_>>().join("\n"),
                    ))
                    .enum_values(Some(Self::ALL.iter().map(|variant| variant.as_str())))
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}
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
