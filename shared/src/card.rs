//! Card rules: the brand from a number's leading digits, the lengths each brand
//! issues, the Luhn check digit, the expiry date and the security code's length.
//!
//! # One copy for the API and the portal
//!
//! The API validates every card with these rules (`api/src/domain/card.rs` turns a
//! [`CardError`] into its own error and adds what only a server does: the keyed
//! fingerprint); the portal's add-card form runs the same checks in the browser before
//! it posts, so both always agree. Plain data and `std` only: it builds for wasm32.
//!
//! # Never echo a card number
//!
//! No error carries what the customer typed: a [`CardError`] names the field and a
//! fixed sentence. The only function that hands digits back is [`check_number`], to
//! its caller, which keeps them in a redacting type.

use crate::ErrorCode;

/// The shortest card numbers any network issues.
pub const MIN_LEN: usize = 12;
/// The longest card numbers any network issues.
pub const MAX_LEN: usize = 19;
/// Expiry years further than this into the future are refused.
pub const MAX_YEARS_AHEAD: i64 = 50;

/// A rule card details broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardError {
    /// The field at fault, without prefix: `number`, `exp_month`, `exp_year` or `cvc`
    /// (the API reports them under `card.`).
    pub param: &'static str,
    /// The API's error code.
    pub code: ErrorCode,
    /// The API's English sentence (never containing the input).
    pub message: &'static str,
}

impl CardError {
    const fn new(param: &'static str, code: ErrorCode, message: &'static str) -> Self {
        Self { param, code, message }
    }
}

/// A card network, detected from the number's leading digits (its IIN).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Brand {
    Visa,
    Mastercard,
    Amex,
    Discover,
    DinersClub,
    Jcb,
    UnionPay,
    Unknown,
}

impl Brand {
    /// Every brand, [`Brand::Unknown`] last.
    pub const ALL: &'static [Brand] = &[
        Self::Visa,
        Self::Mastercard,
        Self::Amex,
        Self::Discover,
        Self::DinersClub,
        Self::Jcb,
        Self::UnionPay,
        Self::Unknown,
    ];

    /// The stable lowercase name used in the API and in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Visa => "visa",
            Self::Mastercard => "mastercard",
            Self::Amex => "amex",
            Self::Discover => "discover",
            Self::DinersClub => "diners",
            Self::Jcb => "jcb",
            Self::UnionPay => "unionpay",
            Self::Unknown => "unknown",
        }
    }

    /// The brand named by [`Brand::as_str`].
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|brand| brand.as_str() == name)
    }

    /// Detects the brand from the leading digits of a digits-only number.
    pub fn detect(digits: &str) -> Self {
        let prefix = |len: usize| digits.get(..len).and_then(|p| p.parse::<u32>().ok()).unwrap_or(0);
        let (p1, p2, p3, p4) = (prefix(1), prefix(2), prefix(3), prefix(4));
        if (51..=55).contains(&p2) || (2221..=2720).contains(&p4) {
            Self::Mastercard
        } else if p2 == 34 || p2 == 37 {
            Self::Amex
        } else if p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 {
            Self::Discover
        } else if p2 == 62 {
            Self::UnionPay
        } else if (3528..=3589).contains(&p4) {
            Self::Jcb
        } else if p2 == 36 || p2 == 38 || p2 == 39 || (300..=305).contains(&p3) {
            Self::DinersClub
        } else if p1 == 4 {
            Self::Visa
        } else {
            Self::Unknown
        }
    }

    /// Whether the brand issues numbers of `len` digits.
    pub fn allows_length(self, len: usize) -> bool {
        match self {
            Self::Visa => matches!(len, 13 | 16 | 19),
            Self::Mastercard => len == 16,
            Self::Amex => len == 15,
            Self::DinersClub => (14..=19).contains(&len),
            Self::Discover | Self::Jcb | Self::UnionPay => (16..=19).contains(&len),
            Self::Unknown => (MIN_LEN..=MAX_LEN).contains(&len),
        }
    }

    /// The length most of the brand's cards have: a shorter number is
    /// "incomplete", a longer one "invalid".
    fn usual_length(self) -> usize {
        match self {
            Self::Amex => 15,
            Self::DinersClub => 14,
            Self::Unknown => MIN_LEN,
            Self::Visa | Self::Mastercard | Self::Discover | Self::Jcb | Self::UnionPay => 16,
        }
    }

    /// How many digits the brand's CVC has.
    pub fn cvc_length(self) -> usize {
        if self == Self::Amex { 4 } else { 3 }
    }
}

/// The number without the spaces and hyphens customers type.
pub fn digits_of(raw: &str) -> String {
    raw.chars().filter(|c| *c != ' ' && *c != '-').collect()
}

/// Checks a number as typed (spaces and hyphens ignored): digits only, 12–19 of them
/// and a length its brand issues, and a correct Luhn check digit. Answers the digits;
/// the caller must keep them out of logs and `Debug` output.
pub fn check_number(raw: &str) -> Result<String, CardError> {
    let digits = digits_of(raw);
    let incorrect = |message| CardError::new("number", ErrorCode::IncorrectNumber, message);
    let incomplete = incorrect("Your card number is incomplete.");
    let invalid = incorrect("Your card number is invalid.");
    if digits.is_empty() {
        return Err(CardError::new(
            "number",
            ErrorCode::ParameterMissing,
            "Your card number is missing.",
        ));
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(incorrect("Your card number can only contain digits."));
    }
    let len = digits.len();
    if len < MIN_LEN {
        return Err(incomplete);
    }
    if len > MAX_LEN {
        return Err(invalid);
    }
    let brand = Brand::detect(&digits);
    if !brand.allows_length(len) {
        return Err(if len < brand.usual_length() {
            incomplete
        } else {
            invalid
        });
    }
    if !luhn_valid(&digits) {
        return Err(invalid);
    }
    Ok(digits)
}

/// The expiry month: 1–12.
pub fn expiry_month(raw: i64) -> Result<u32, CardError> {
    u32::try_from(raw)
        .ok()
        .filter(|m| (1..=12).contains(m))
        .ok_or(CardError::new(
            "exp_month",
            ErrorCode::InvalidExpiryMonth,
            "Your card's expiration month is invalid.",
        ))
}

/// The expiry year: two digits (`25` → 2025, in the century of `this_year`) or four
/// digits, at most [`MAX_YEARS_AHEAD`] years after `this_year`.
pub fn expiry_year(raw: i64, this_year: i32) -> Result<i32, CardError> {
    let invalid = CardError::new(
        "exp_year",
        ErrorCode::InvalidExpiryYear,
        "Your card's expiration year is invalid.",
    );
    let current = i64::from(this_year);
    let year = match raw {
        0..=99 => current - current.rem_euclid(100) + raw,
        1000..=9999 => raw,
        _ => return Err(invalid),
    };
    if year > current + MAX_YEARS_AHEAD {
        return Err(invalid);
    }
    i32::try_from(year).map_err(|_| invalid)
}

/// A card works through the last day of its expiry month; `this_month` is
/// `(year, month)` in UTC. An expired card is reported on `exp_month` when only the
/// month is past, on `exp_year` otherwise.
pub fn check_not_expired(month: u32, year: i32, this_month: (i32, u32)) -> Result<(), CardError> {
    if (year, month) >= this_month {
        return Ok(());
    }
    let param = if year == this_month.0 { "exp_month" } else { "exp_year" };
    Err(CardError::new(param, ErrorCode::ExpiredCard, "Your card has expired."))
}

/// Checks a CVC (trimmed; blank counts as absent and passes): digits only, 4 for Amex
/// and 3 for every other brand.
pub fn check_cvc(raw: &str, brand: Brand) -> Result<(), CardError> {
    let cvc = raw.trim();
    if cvc.is_empty() {
        return Ok(());
    }
    let invalid = |message| CardError::new("cvc", ErrorCode::InvalidCvc, message);
    if !cvc.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid("Your card's security code is invalid."));
    }
    let expected = brand.cvc_length();
    if cvc.len() < expected {
        return Err(invalid("Your card's security code is incomplete."));
    }
    if cvc.len() > expected {
        return Err(invalid("Your card's security code is invalid."));
    }
    Ok(())
}

/// The Luhn (mod 10) check over a digits-only string.
pub fn luhn_valid(digits: &str) -> bool {
    let mut sum = 0u32;
    for (i, b) in digits.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let d = u32::from(b - b'0');
        sum += if i % 2 == 1 {
            let doubled = d * 2;
            if doubled > 9 { doubled - 9 } else { doubled }
        } else {
            d
        };
    }
    !digits.is_empty() && sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_never_carry_the_number() {
        for raw in [
            "4242 4242 4242 4241",
            "4242x4242",
            "42424242424",
            "42424242424242424242",
        ] {
            let err = check_number(raw).expect_err(raw);
            let shown = format!("{err:?} {}", err.message);
            assert!(!shown.contains("4242424"), "{shown}");
        }
    }

    #[test]
    fn the_number_comes_back_as_digits() {
        assert_eq!(check_number(" 4242-4242 4242-4242 ").as_deref(), Ok("4242424242424242"));
        assert_eq!(Brand::detect("378282246310005"), Brand::Amex);
    }

    #[test]
    fn expiry_is_checked_against_the_given_month() {
        assert_eq!(expiry_year(34, 2026), Ok(2034));
        assert_eq!(
            expiry_year(2077, 2026).map_err(|e| e.code),
            Err(ErrorCode::InvalidExpiryYear)
        );
        assert!(check_not_expired(11, 2026, (2026, 11)).is_ok());
        assert_eq!(
            check_not_expired(10, 2026, (2026, 11)).map_err(|e| e.param),
            Err("exp_month")
        );
        assert_eq!(
            check_not_expired(12, 2025, (2026, 11)).map_err(|e| e.param),
            Err("exp_year")
        );
    }

    #[test]
    fn a_blank_cvc_passes_and_a_short_one_is_incomplete() {
        assert!(check_cvc(" ", Brand::Visa).is_ok());
        let err = check_cvc("123", Brand::Amex).expect_err("Amex has four digits");
        assert_eq!((err.param, err.code), ("cvc", ErrorCode::InvalidCvc));
        assert_eq!(err.message, "Your card's security code is incomplete.");
    }
}
