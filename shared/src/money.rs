//! Money on the wire: a [`Currency`] (a lowercase ISO 4217 code Paylera bills in) and
//! [`Money`], an integer amount of a currency's minor unit. No floats anywhere.
//!
//! Invariants:
//!
//! - There is **one** table of currencies and their minor-unit digits (`CURRENCIES`,
//!   sorted by code, no duplicates — a test checks). The API validates, stores and
//!   describes amounts with it; the portal formats them with it. Both sides agree on
//!   every exponent because neither has a copy.
//! - A [`Currency`] only exists for a code in that table: it is parsed once
//!   ([`str::parse`], `TryFrom<String>`, serde), in any case and padding, and written
//!   back as the lowercase code (`usd`). An unknown code is [`UnknownCurrency`], which
//!   the API reports as `invalid_currency` on the field that carried it.
//! - [`Money`] arithmetic is checked: nothing overflows `i64` silently. There is only
//!   what the billing code needs (a unit amount times a quantity); add more when code
//!   needs it, never mixing two currencies.
//!
//! # MGA and MRU
//!
//! ISO 4217 gives the Malagasy ariary (`mga`) and the Mauritanian ouguiya (`mru`) two
//! minor-unit digits, although both divide into fifths (iraimbilanja, khoums), not
//! hundredths. Paylera uses **0 for `mga`** and **2 for `mru`**:
//!
//! - `mga` = 0 is what the API has always validated and stored (an MGA price of
//!   `5000` is 5,000 ariary); switching to ISO's 2 would silently divide every stored
//!   MGA amount by 100. It is also how card processors charge it (Stripe lists MGA as
//!   a zero-decimal currency), and the iraimbilanja is not in circulation.
//! - `mru` = 2 is ISO's value and Stripe's, and what the API has always used.
//!
//! Before this table moved here the portal had its own list that gave `mga` 2 digits:
//! an MGA invoice of 5,000 ariary showed as `MGA 50.00`.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ErrorCode;

/// Active ISO 4217 codes Paylera bills in, with their number of minor-unit digits,
/// sorted by code (lookups are binary searches).
const CURRENCIES: &[(&str, u8)] = &[
    ("aed", 2),
    ("afn", 2),
    ("all", 2),
    ("amd", 2),
    ("ang", 2),
    ("aoa", 2),
    ("ars", 2),
    ("aud", 2),
    ("awg", 2),
    ("azn", 2),
    ("bam", 2),
    ("bbd", 2),
    ("bdt", 2),
    ("bgn", 2),
    ("bhd", 3),
    ("bif", 0),
    ("bmd", 2),
    ("bnd", 2),
    ("bob", 2),
    ("brl", 2),
    ("bsd", 2),
    ("btn", 2),
    ("bwp", 2),
    ("byn", 2),
    ("bzd", 2),
    ("cad", 2),
    ("cdf", 2),
    ("chf", 2),
    ("clp", 0),
    ("cny", 2),
    ("cop", 2),
    ("crc", 2),
    ("cve", 2),
    ("czk", 2),
    ("djf", 0),
    ("dkk", 2),
    ("dop", 2),
    ("dzd", 2),
    ("egp", 2),
    ("ern", 2),
    ("etb", 2),
    ("eur", 2),
    ("fjd", 2),
    ("fkp", 2),
    ("gbp", 2),
    ("gel", 2),
    ("ghs", 2),
    ("gip", 2),
    ("gmd", 2),
    ("gnf", 0),
    ("gtq", 2),
    ("gyd", 2),
    ("hkd", 2),
    ("hnl", 2),
    ("htg", 2),
    ("huf", 2),
    ("idr", 2),
    ("ils", 2),
    ("inr", 2),
    ("iqd", 3),
    ("isk", 0),
    ("jmd", 2),
    ("jod", 3),
    ("jpy", 0),
    ("kes", 2),
    ("kgs", 2),
    ("khr", 2),
    ("kmf", 0),
    ("krw", 0),
    ("kwd", 3),
    ("kyd", 2),
    ("kzt", 2),
    ("lak", 2),
    ("lbp", 2),
    ("lkr", 2),
    ("lrd", 2),
    ("lsl", 2),
    ("lyd", 3),
    ("mad", 2),
    ("mdl", 2),
    ("mga", 0),
    ("mkd", 2),
    ("mmk", 2),
    ("mnt", 2),
    ("mop", 2),
    ("mru", 2),
    ("mur", 2),
    ("mvr", 2),
    ("mwk", 2),
    ("mxn", 2),
    ("myr", 2),
    ("mzn", 2),
    ("nad", 2),
    ("ngn", 2),
    ("nio", 2),
    ("nok", 2),
    ("npr", 2),
    ("nzd", 2),
    ("omr", 3),
    ("pab", 2),
    ("pen", 2),
    ("pgk", 2),
    ("php", 2),
    ("pkr", 2),
    ("pln", 2),
    ("pyg", 0),
    ("qar", 2),
    ("ron", 2),
    ("rsd", 2),
    ("rwf", 0),
    ("sar", 2),
    ("sbd", 2),
    ("scr", 2),
    ("sek", 2),
    ("sgd", 2),
    ("shp", 2),
    ("sle", 2),
    ("sos", 2),
    ("srd", 2),
    ("std", 2),
    ("szl", 2),
    ("thb", 2),
    ("tjs", 2),
    ("tnd", 3),
    ("top", 2),
    ("try", 2),
    ("ttd", 2),
    ("twd", 2),
    ("tzs", 2),
    ("uah", 2),
    ("ugx", 0),
    ("usd", 2),
    ("uyu", 2),
    ("uzs", 2),
    ("vnd", 0),
    ("vuv", 0),
    ("wst", 2),
    ("xaf", 0),
    ("xcd", 2),
    ("xof", 0),
    ("xpf", 0),
    ("yer", 2),
    ("zar", 2),
    ("zmw", 2),
];

/// A currency Paylera bills in: one of the table's codes, written as its lowercase ISO
/// 4217 code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(
    /// Always a code of `CURRENCIES`.
    &'static str,
);

/// A code that is not one Paylera bills in. Its message is the API's
/// `invalid_currency` message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{code}' is not a supported ISO 4217 currency code.")]
pub struct UnknownCurrency {
    /// The code as given, without surrounding whitespace.
    pub code: String,
}

impl UnknownCurrency {
    /// The error code the API answers with.
    pub const CODE: ErrorCode = ErrorCode::InvalidCurrency;
}

impl Currency {
    /// US dollar.
    pub const USD: Self = Self::known("usd");
    /// Euro.
    pub const EUR: Self = Self::known("eur");
    /// Pound sterling.
    pub const GBP: Self = Self::known("gbp");
    /// Japanese yen (no minor unit).
    pub const JPY: Self = Self::known("jpy");

    /// The currency of a code of the table; fails to compile (in a `const`) otherwise.
    const fn known(code: &'static str) -> Self {
        let mut i = 0;
        while i < CURRENCIES.len() {
            if bytes_eq(CURRENCIES[i].0.as_bytes(), code.as_bytes()) {
                return Self(CURRENCIES[i].0);
            }
            i += 1;
        }
        panic!("not a code of CURRENCIES");
    }

    /// Every supported currency, by code.
    pub fn all() -> impl ExactSizeIterator<Item = Self> {
        CURRENCIES.iter().map(|(code, _)| Self(code))
    }

    /// The lowercase ISO 4217 code (`usd`).
    pub fn code(self) -> &'static str {
        self.0
    }

    /// Digits after the decimal point: the minor unit's exponent (2 for `usd`, 0 for
    /// `jpy` and `mga`, 3 for `kwd`).
    pub fn exponent(self) -> u32 {
        let (_, digits) = CURRENCIES[self.index()];
        u32::from(digits)
    }

    /// How many minor units make one major unit (`10^exponent`).
    pub fn minor_per_major(self) -> u64 {
        10_u64.pow(self.exponent())
    }

    fn index(self) -> usize {
        // Every `Currency` was built from the table, so the search always succeeds.
        CURRENCIES
            .binary_search_by(|(code, _)| code.cmp(&self.0))
            .unwrap_or_default()
    }
}

/// The schema lists every code of the table: a client knows the whole set, and a
/// response with another code fails validation (schemathesis checks responses).
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Currency {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some(
                "A currency Paylera bills in: its lowercase ISO 4217 code. (Requests may write \
                 a code in any case.)",
            ))
            .enum_values(Some(Self::all().map(Self::code)))
            .examples(["usd"])
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Currency {}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl FromStr for Currency {
    type Err = UnknownCurrency;

    /// A supported code in any case, surrounding whitespace ignored (`" EUR "` → `eur`).
    fn from_str(code: &str) -> Result<Self, UnknownCurrency> {
        let trimmed = code.trim();
        let lower = trimmed.to_ascii_lowercase();
        CURRENCIES
            .binary_search_by(|(known, _)| (*known).cmp(lower.as_str()))
            .map(|index| Self(CURRENCIES[index].0))
            .map_err(|_| UnknownCurrency {
                code: trimmed.to_owned(),
            })
    }
}

impl TryFrom<String> for Currency {
    type Error = UnknownCurrency;

    fn try_from(code: String) -> Result<Self, UnknownCurrency> {
        code.parse()
    }
}

impl TryFrom<&str> for Currency {
    type Error = UnknownCurrency;

    fn try_from(code: &str) -> Result<Self, UnknownCurrency> {
        code.parse()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.0)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

/// An amount of money: integer minor units (cents for `usd`, yen for `jpy`) of a
/// currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    /// Minor units; negative for credits.
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    /// `minor` units of `currency`.
    pub const fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    /// `self × factor` (a unit amount times a quantity), or `None` when the result
    /// does not fit in `i64` minor units.
    pub fn checked_mul(self, factor: i64) -> Option<Self> {
        self.minor
            .checked_mul(factor)
            .map(|minor| Self::new(minor, self.currency))
    }

    /// The absolute amount split at the decimal point: `(major, fraction)`, where
    /// `fraction` has [`Currency::exponent`] digits (`-1234` `usd` → `(12, 34)`).
    /// Exact for every `i64`, `i64::MIN` included.
    pub fn major_and_fraction(self) -> (u64, u64) {
        let scale = self.currency.minor_per_major();
        let abs = self.minor.unsigned_abs();
        (abs / scale, abs % scale)
    }
}

impl fmt::Display for Money {
    /// A plain, locale-neutral amount for developers, logs, invoice lines and PDFs:
    /// `$29.00`, `€9.90`, `¥2900`, `−$5.00` for credits, `KWD 1.250` where no symbol is
    /// common. The portal writes amounts the way each of its locales does instead.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.minor < 0 { "−" } else { "" };
        let symbol = match self.currency.code() {
            "usd" => Some("$"),
            "eur" => Some("€"),
            "gbp" => Some("£"),
            "jpy" => Some("¥"),
            "inr" => Some("₹"),
            "brl" => Some("R$"),
            "aud" => Some("A$"),
            "cad" => Some("CA$"),
            _ => None,
        };
        match symbol {
            Some(symbol) => write!(f, "{sign}{symbol}")?,
            None => write!(f, "{sign}{} ", self.currency.code().to_ascii_uppercase())?,
        }
        let (major, fraction) = self.major_and_fraction();
        match usize::try_from(self.currency.exponent()) {
            Ok(0) | Err(_) => write!(f, "{major}"),
            Ok(width) => write!(f, "{major}.{fraction:0width$}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "openapi")]
    #[test]
    fn the_schema_lists_every_code_of_the_table_in_lowercase() {
        let schema = serde_json::to_value(<Currency as utoipa::PartialSchema>::schema()).expect("JSON");
        let codes: Vec<&str> = schema["enum"]
            .as_array()
            .expect("an enum")
            .iter()
            .filter_map(serde_json::Value::as_str)
            .collect();
        assert_eq!(codes.len(), CURRENCIES.len());
        assert!(codes.contains(&"usd") && codes.contains(&"mga") && codes.contains(&"kwd"));
        assert!(
            codes
                .iter()
                .all(|code| code.len() == 3 && code.bytes().all(|b| b.is_ascii_lowercase()))
        );
    }

    #[test]
    fn the_table_is_sorted_without_duplicates_and_in_lowercase() {
        for pair in CURRENCIES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (code, digits) in CURRENCIES {
            assert_eq!(code.len(), 3, "{code}");
            assert!(code.bytes().all(|b| b.is_ascii_lowercase()), "{code}");
            assert!(*digits <= 3, "{code}");
        }
    }

    #[test]
    fn codes_are_case_insensitive_and_normalised_to_lowercase() {
        assert_eq!("EUR".parse(), Ok(Currency::EUR));
        assert_eq!(" usd ".parse::<Currency>().map(Currency::code), Ok("usd"));
        assert_eq!(Currency::try_from("Jpy".to_owned()), Ok(Currency::JPY));
    }

    #[test]
    fn unknown_codes_are_refused_with_the_apis_message() {
        let err = " xyz ".parse::<Currency>().expect_err("unknown");
        assert_eq!(err.to_string(), "'xyz' is not a supported ISO 4217 currency code.");
        assert_eq!(UnknownCurrency::CODE, ErrorCode::InvalidCurrency);
    }

    #[test]
    fn minor_units_follow_iso_4217() {
        let exponent = |code: &str| code.parse::<Currency>().map(Currency::exponent);
        assert_eq!(exponent("usd"), Ok(2));
        assert_eq!(exponent("jpy"), Ok(0));
        assert_eq!(exponent("kwd"), Ok(3));
        assert_eq!(exponent("bhd"), Ok(3));
        assert_eq!(exponent("krw"), Ok(0));
    }

    #[test]
    fn the_malagasy_ariary_has_no_minor_unit_and_the_ouguiya_has_two() {
        // See the module docs: Stripe's zero-decimal MGA, not ISO 4217's 2.
        assert_eq!("mga".parse::<Currency>().map(Currency::exponent), Ok(0));
        assert_eq!("mru".parse::<Currency>().map(Currency::exponent), Ok(2));
        let ariary = Money::new(5000, "mga".parse().expect("mga"));
        assert_eq!(ariary.to_string(), "MGA 5000");
    }

    #[test]
    fn a_currency_is_written_as_its_lowercase_code_and_read_in_any_case() {
        assert_eq!(serde_json::to_string(&Currency::USD).expect("json"), "\"usd\"");
        assert_eq!(serde_json::from_str::<Currency>("\"GBP\"").expect("gbp"), Currency::GBP);
        let err = serde_json::from_str::<Currency>("\"dollars\"").expect_err("unknown");
        assert!(err.to_string().contains("'dollars' is not a supported"), "{err}");
    }

    #[test]
    fn amounts_are_formatted_with_their_minor_units() {
        assert_eq!(Money::new(2900, Currency::USD).to_string(), "$29.00");
        assert_eq!(Money::new(-505, Currency::EUR).to_string(), "−€5.05");
        assert_eq!(Money::new(2900, Currency::JPY).to_string(), "¥2900");
        let kwd = "kwd".parse().expect("kwd");
        assert_eq!(Money::new(1250, kwd).to_string(), "KWD 1.250");
    }

    #[test]
    fn multiplying_keeps_the_currency_and_never_overflows_silently() {
        let ten = Money::new(1000, Currency::USD);
        assert_eq!(ten.checked_mul(3), Some(Money::new(3000, Currency::USD)));
        assert_eq!(Money::new(i64::MAX, Currency::USD).checked_mul(2), None);
        assert_eq!(Money::new(i64::MIN, Currency::JPY).checked_mul(-1), None);
    }

    #[test]
    fn an_amount_splits_at_its_currencys_decimal_point() {
        assert_eq!(Money::new(-1234, Currency::USD).major_and_fraction(), (12, 34));
        assert_eq!(Money::new(1234, Currency::JPY).major_and_fraction(), (1234, 0));
        assert_eq!(
            Money::new(i64::MIN, Currency::USD).major_and_fraction(),
            (92_233_720_368_547_758, 8)
        );
    }

    // Properties over generated input. Case counts stay modest: these run in every
    // unit-test step.
    mod properties {
        use proptest::prelude::*;

        use super::*;

        fn supported() -> impl Strategy<Value = Currency> {
            prop::sample::select(Currency::all().collect::<Vec<_>>())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            /// Any code is a supported one (in any case, padded), answered in lowercase,
            /// or refused with the code as given (trimmed).
            #[test]
            fn any_code_is_a_supported_lowercase_code_or_refused(
                code in prop_oneof![
                    "\\PC{0,6}",
                    "[A-Za-z]{3}",
                    supported().prop_map(|c| format!(" {} ", c.code().to_uppercase())),
                ],
            ) {
                match code.parse::<Currency>() {
                    Ok(currency) => {
                        prop_assert_eq!(currency.code(), code.trim().to_ascii_lowercase());
                        prop_assert!(CURRENCIES.iter().any(|(c, _)| *c == currency.code()));
                    }
                    Err(e) => prop_assert_eq!(e.code, code.trim()),
                }
            }

            /// Any amount in any supported currency is written with the currency's
            /// number of minor digits, a minus sign exactly when negative, and the digits
            /// read back as the amount (even `i64::MIN`).
            #[test]
            fn any_amount_is_written_with_its_minor_digits_and_reads_back(
                amount in prop_oneof![any::<i64>(), -100_000..100_000i64, Just(i64::MIN), Just(i64::MAX)],
                currency in supported(),
            ) {
                let written = Money::new(amount, currency).to_string();
                prop_assert_eq!(written.starts_with('−'), amount < 0, "{}", written);
                let number = written.rsplit(|c: char| !c.is_ascii_digit() && c != '.').next().unwrap_or_default();
                let decimals = number.split_once('.').map_or(0, |(_, minor)| minor.len());
                prop_assert_eq!(decimals, currency.exponent() as usize, "{}", written);
                let digits: String = number.chars().filter(char::is_ascii_digit).collect();
                prop_assert_eq!(digits.parse::<u64>().ok(), Some(amount.unsigned_abs()), "{}", written);
            }
        }
    }
}
