//! Card details: checking a card number, expiry date and CVC, and a keyed
//! fingerprint that recognises the same card again.
//!
//! The rules themselves (brands, lengths, Luhn, expiry, CVC length) live in
//! `paylera_shared::card`, one copy for the API and the portal's form; this module
//! turns their failures into the API's [`Invalid`] and adds what only the server
//! does: the redacting [`CardNumber`] and the fingerprint.
//!
//! A card number (PAN) is never stored, logged or echoed: [`CardNumber`] has no
//! `Display` or `Serialize`, its `Debug` shows only the last four digits, and no
//! error message repeats what the customer typed. The CVC is only checked,
//! never kept.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use hmac::{Hmac, Mac};
use paylera_shared::card::{self as rules, CardError};
use sha2::Sha256;

use super::Invalid;

pub use paylera_shared::card::{Brand, luhn_valid};

/// A well-formed card number: 12–19 digits, a length its brand issues, and a
/// correct Luhn check digit.
///
/// Deliberately has no `Display` and no `Serialize`; `Debug` prints only
/// `CardNumber(…4242)`.
#[derive(Clone, PartialEq, Eq)]
pub struct CardNumber(String);

impl CardNumber {
    /// Checks a number as typed: spaces and hyphens are ignored. Errors carry
    /// the param `number` and never repeat the digits.
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        rules::check_number(raw).map(Self).map_err(invalid)
    }

    /// The last four digits (safe to store and show).
    pub fn last4(&self) -> &str {
        self.0.get(self.0.len().saturating_sub(4)..).unwrap_or_default()
    }

    pub fn brand(&self) -> Brand {
        Brand::detect(&self.0)
    }

    /// The full digits. Only for fingerprinting and tokenizing — never store,
    /// log, format or send them anywhere.
    pub fn expose_digits(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CardNumber(…{})", self.last4())
    }
}

/// Card details as a request carries them (before any checks).
#[derive(Clone, Copy)]
pub struct CardInput<'a> {
    pub number: &'a str,
    pub exp_month: i64,
    pub exp_year: i64,
    pub cvc: Option<&'a str>,
}

impl fmt::Debug for CardInput<'_> {
    /// Redacts the number and the CVC.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CardInput")
            .field("number", &"[redacted]")
            .field("exp_month", &self.exp_month)
            .field("exp_year", &self.exp_year)
            .field("cvc", &self.cvc.map(|_| "[redacted]"))
            .finish()
    }
}

/// A card that passed every check. The CVC is not kept. `Debug` shows only the
/// last four digits of the number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCard {
    pub number: CardNumber,
    pub brand: Brand,
    pub last4: String,
    pub exp_month: u32,
    pub exp_year: i32,
}

/// Validates card details as of `today` (UTC date). Params: `number`,
/// `exp_month`, `exp_year`, `cvc` (callers add the `card.` prefix).
///
/// - `number`: spaces and hyphens ignored; digits only, 12–19 of them and a
///   length the brand issues; Luhn check digit.
/// - `exp_month`: 1–12.
/// - `exp_year`: two digits (`25` → 2025, in the current century) or four
///   digits, at most 50 years ahead.
/// - the card is valid through the last day of its expiry month.
/// - `cvc`: optional (blank counts as absent); if given, 4 digits for Amex and
///   3 for every other brand.
pub fn validate(input: &CardInput, today: NaiveDate) -> Result<ValidCard, Invalid> {
    let number = CardNumber::parse(input.number)?;
    let brand = number.brand();
    let exp_month = rules::expiry_month(input.exp_month).map_err(invalid)?;
    let exp_year = rules::expiry_year(input.exp_year, today.year()).map_err(invalid)?;
    rules::check_not_expired(exp_month, exp_year, (today.year(), today.month())).map_err(invalid)?;
    if let Some(cvc) = input.cvc {
        rules::check_cvc(cvc, brand).map_err(invalid)?;
    }
    Ok(ValidCard {
        last4: number.last4().to_owned(),
        number,
        brand,
        exp_month,
        exp_year,
    })
}

fn invalid(err: CardError) -> Invalid {
    Invalid::new(err.param, err.code, err.message)
}

/// Keyed fingerprint: hex of HMAC-SHA256(key, digits), first 32 hex chars.
/// Same card + same key → same fingerprint; differs across keys, so a
/// fingerprint from one tenant says nothing about another's cards.
pub fn fingerprint(key: &[u8], number: &CardNumber) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC accepts keys of any length");
    mac.update(number.expose_digits().as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..16])
}

#[cfg(test)]
pub(crate) mod tests;
