//! Tax IDs (`domain::tax_id::parse`), every type.
//!
//! Input: the first byte picks the type (one value past the list is an unknown type
//! name made of the rest), the rest (lossy UTF-8) is the value.
//!
//! Checked: an accepted value is canonical (it parses to itself), of the requested
//! type, with a 2-letter uppercase country; a refused one names `value` with
//! `parameter_missing`, `tax_id_invalid` or `tax_id_checksum_invalid` (or `type` with
//! `tax_id_type_unsupported`), in a message of bounded length.

#![no_main]

use libfuzzer_sys::fuzz_target;
use paylera_api::domain::tax_id::{TaxIdType, parse};
use paylera_shared::ErrorCode;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let value = String::from_utf8_lossy(rest);
    let index = usize::from(selector) % (TaxIdType::ALL.len() + 1);
    let Some(kind) = TaxIdType::ALL.get(index) else {
        // An unknown type name: always `type`, whatever the value.
        if TaxIdType::parse(&value).is_none() {
            let err = parse(&value, "DE136695976").expect_err("unknown type");
            assert_eq!((err.param.as_str(), err.code), ("type", ErrorCode::TaxIdTypeUnsupported));
            assert!(err.message.len() < 400, "{}", err.message.len());
        }
        return;
    };
    match parse(kind.as_str(), &value) {
        Ok(valid) => {
            assert_eq!(valid.kind, *kind);
            assert_eq!(valid.country.len(), 2, "{valid:?}");
            assert!(valid.country.bytes().all(|b| b.is_ascii_uppercase()), "{valid:?}");
            if let Some(country) = kind.country() {
                assert_eq!(valid.country, country);
            }
            let again = parse(kind.as_str(), &valid.value).expect("the canonical form parses");
            assert_eq!(again, valid, "the canonical form is not a fixed point");
        }
        Err(err) => {
            assert_eq!(err.param, "value", "{err:?}");
            assert!(
                matches!(
                    err.code,
                    ErrorCode::ParameterMissing | ErrorCode::TaxIdInvalid | ErrorCode::TaxIdChecksumInvalid
                ),
                "{err:?}"
            );
            assert!(err.message.len() < 400, "{}", err.message.len());
        }
    }
});
