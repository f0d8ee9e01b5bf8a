//! Card details (`domain::card::validate`, the shared rules underneath).
//!
//! Input: 8 bytes of expiry month, 8 of expiry year, one byte that splits the rest
//! (lossy UTF-8) into the number and the CVC.
//!
//! Checked: an accepted card has 12–19 digits, a Luhn-valid number of a length its
//! brand issues, `last4` = the number's last four digits, a month 1–12, a year within
//! 50 years, not expired, and a CVC of the brand's length (or none); a refused card
//! names one of `number`, `exp_month`, `exp_year`, `cvc` with that field's codes and a
//! fixed sentence that never repeats the digits; `Debug` output never holds the number.

#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use paylera_api::domain::card::{CardInput, luhn_valid, validate};
use paylera_shared::ErrorCode;
use paylera_shared::card::{Brand, MAX_LEN, MIN_LEN, digits_of};

fuzz_target!(|data: &[u8]| {
    if data.len() < 17 {
        return;
    }
    let (month, rest) = data.split_at(8);
    let (year, rest) = rest.split_at(8);
    let exp_month = i64::from_le_bytes(month.try_into().expect("8 bytes"));
    // Mostly plausible years, sometimes anything.
    let raw_year = i64::from_le_bytes(year.try_into().expect("8 bytes"));
    let exp_year = if raw_year % 4 == 0 { raw_year } else { 2000 + raw_year.rem_euclid(100) };
    let exp_month = if exp_month % 4 == 0 { exp_month } else { 1 + exp_month.rem_euclid(12) };
    let (&split, rest) = rest.split_first().expect("17 bytes");
    let text = String::from_utf8_lossy(rest);
    let split = text
        .char_indices()
        .map(|(i, _)| i)
        .nth(usize::from(split))
        .unwrap_or(text.len());
    let (number, cvc) = text.split_at(split);
    let cvc = (!cvc.is_empty()).then_some(cvc);
    let today = NaiveDate::from_ymd_opt(2026, 12, 6).expect("a date");
    let input = CardInput {
        number,
        exp_month,
        exp_year,
        cvc,
    };

    let digits = digits_of(number);
    let result = validate(&input, today);
    let shown = format!("{result:?} {input:?}");
    if digits.len() >= 6 && digits.bytes().all(|b| b.is_ascii_digit()) {
        assert!(!shown.contains(&digits), "the number leaked: {shown}");
    }
    match result {
        Ok(card) => {
            let digits = card.number.expose_digits();
            assert!((MIN_LEN..=MAX_LEN).contains(&digits.len()));
            assert!(digits.bytes().all(|b| b.is_ascii_digit()));
            assert!(luhn_valid(digits));
            assert_eq!(card.brand, Brand::detect(digits));
            assert!(card.brand.allows_length(digits.len()));
            assert_eq!(card.last4, &digits[digits.len() - 4..]);
            assert!((1..=12).contains(&card.exp_month));
            assert!((2026..=2076).contains(&card.exp_year));
            assert!((card.exp_year, card.exp_month) >= (2026, 12));
            if let Some(cvc) = cvc.map(str::trim).filter(|c| !c.is_empty()) {
                assert_eq!(cvc.len(), card.brand.cvc_length());
                assert!(cvc.bytes().all(|b| b.is_ascii_digit()));
            }
        }
        Err(err) => {
            let allowed: &[ErrorCode] = match err.param.as_str() {
                "number" => &[ErrorCode::ParameterMissing, ErrorCode::IncorrectNumber],
                "exp_month" => &[ErrorCode::InvalidExpiryMonth, ErrorCode::ExpiredCard],
                "exp_year" => &[ErrorCode::InvalidExpiryYear, ErrorCode::ExpiredCard],
                "cvc" => &[ErrorCode::InvalidCvc],
                other => panic!("unexpected param {other:?}"),
            };
            assert!(allowed.contains(&err.code), "{err:?}");
            assert!(err.message.starts_with("Your card"), "{}", err.message);
        }
    }
});
