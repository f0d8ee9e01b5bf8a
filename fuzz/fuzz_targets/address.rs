//! Billing addresses (`paylera_shared::address::validate`, which the API wraps).
//!
//! Input (structured, `arbitrary`): a country picked from the countries with their own
//! rules (or the fuzzed string), and the five other fields.
//!
//! Checked: an accepted address is in normal form — validating it again gives it back
//! unchanged —, its country is an uppercase assigned code, no field is blank,
//! untrimmed, too long or holds a control character; a refused one names one of the
//! six fields with the code documented for it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use paylera_shared::ErrorCode;
use paylera_shared::address::{MAX_POSTAL_CODE_LEN, MAX_TEXT_LEN, country_name, validate};
use paylera_shared::customer::{Address, AddressParams};

const COUNTRIES: &[&str] = &[
    "US", "CA", "GB", "DE", "FR", "IT", "ES", "NL", "AU", "JP", "IN", "BR", "SE", "ch", "uk", "XX",
];

fuzz_target!(|input: (u8, Option<String>, [Option<String>; 5])| {
    let (selector, country, [line1, line2, city, state, postal_code]) = input;
    let country = match COUNTRIES.get(usize::from(selector)) {
        Some(code) => Some((*code).to_owned()),
        None => country,
    };
    let params = AddressParams {
        line1,
        line2,
        city,
        state,
        postal_code,
        country,
    };
    match validate(&params) {
        Ok(address) => {
            assert!(country_name(&address.country).is_some());
            assert_eq!(address.country.len(), 2);
            assert!(address.country.bytes().all(|b| b.is_ascii_uppercase()));
            for (field, max) in [
                (&address.line1, MAX_TEXT_LEN),
                (&address.line2, MAX_TEXT_LEN),
                (&address.city, MAX_TEXT_LEN),
                (&address.state, MAX_TEXT_LEN),
                (&address.postal_code, MAX_POSTAL_CODE_LEN),
            ] {
                if let Some(value) = field {
                    assert!(!value.is_empty() && value.trim() == value, "{value:?}");
                    assert!(value.chars().count() <= max, "{value:?}");
                    assert!(!value.chars().any(char::is_control), "{value:?}");
                }
            }
            assert!(address.line1.is_some() && address.city.is_some());
            let again = validate(&as_params(&address)).expect("a normalised address validates");
            assert_eq!(again, address, "normalising twice changed the address");
        }
        Err(err) => {
            let allowed: &[ErrorCode] = match err.param {
                "country" => &[ErrorCode::ParameterMissing, ErrorCode::InvalidCountry],
                "line1" | "city" => &[ErrorCode::ParameterMissing, ErrorCode::ParameterInvalid],
                "line2" => &[ErrorCode::ParameterInvalid],
                "state" => &[ErrorCode::ParameterMissing, ErrorCode::ParameterInvalid, ErrorCode::InvalidState],
                "postal_code" => &[
                    ErrorCode::ParameterMissing,
                    ErrorCode::ParameterInvalid,
                    ErrorCode::InvalidPostalCode,
                ],
                other => panic!("unexpected param {other:?}"),
            };
            assert!(allowed.contains(&err.code), "{err:?}");
        }
    }
});

fn as_params(address: &Address) -> AddressParams {
    AddressParams {
        line1: address.line1.clone(),
        line2: address.line2.clone(),
        city: address.city.clone(),
        state: address.state.clone(),
        postal_code: address.postal_code.clone(),
        country: Some(address.country.clone()),
    }
}
