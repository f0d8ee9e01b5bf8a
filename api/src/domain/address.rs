//! Billing addresses: the per-country rules live in `paylera_shared::address`, one
//! table for the API and the portal's form (see that module for the rules). This
//! module turns their failures into the API's [`Invalid`].

use paylera_shared::address::{self, AddressError};
use paylera_shared::customer::{Address, AddressParams};

use super::Invalid;

/// Validates and normalises a billing address. Errors name the field without prefix
/// (`country`, `postal_code`, `state`, `line1`, `city`); callers add `address.` with
/// [`Invalid::under`].
pub fn validate(params: &AddressParams) -> Result<Address, Invalid> {
    address::validate(params).map_err(invalid)
}

fn invalid(err: AddressError) -> Invalid {
    Invalid::new(err.param, err.code, err.message)
}

#[cfg(test)]
mod tests {
    use paylera_shared::ErrorCode;

    use super::*;

    fn params(country: &str, state: &str, postal_code: &str) -> AddressParams {
        let some = |s: &str| Some(s.to_owned());
        AddressParams {
            line1: some("1 Main St"),
            line2: None,
            city: some("Springfield"),
            state: some(state),
            postal_code: some(postal_code),
            country: some(country),
        }
    }

    #[test]
    fn errors_nest_under_address_with_under() {
        let err = validate(&params("US", "IL", "6270"))
            .expect_err("a short ZIP")
            .under("address");
        assert_eq!(err.param, "address.postal_code");
        assert_eq!(err.code, ErrorCode::InvalidPostalCode);
        assert!(err.message.contains("US ZIP codes look like 12345 or 12345-6789."));
    }

    #[test]
    fn valid_addresses_come_back_normalised() {
        let address = validate(&params("us", "california", "941051234")).expect("valid");
        assert_eq!(address.country, "US");
        assert_eq!(address.state.as_deref(), Some("CA"));
        assert_eq!(address.postal_code.as_deref(), Some("94105-1234"));
    }

    // Properties over generated input (the rules are `paylera_shared::address`'s; the
    // API reaches them through `validate`). Case counts stay modest: these run in every
    // unit-test step.
    mod properties {
        use paylera_shared::address::{MAX_POSTAL_CODE_LEN, MAX_TEXT_LEN, country_name};
        use paylera_shared::customer::Address;
        use proptest::prelude::*;

        use super::*;

        /// A field as a client might send it: absent, blank, plausible or anything.
        fn field() -> impl Strategy<Value = Option<String>> {
            prop::option::of(prop_oneof![
                Just(String::new()),
                "[ \\t]{1,3}",
                "[A-Za-z0-9 \\-]{1,12}",
                "\\PC{0,12}",
                "\\PC{195,205}",
                ".{0,6}",
            ])
        }

        /// A country: one with its own rules (in any case), another assigned one, or not.
        fn country() -> impl Strategy<Value = Option<String>> {
            prop::option::of(prop_oneof![
                prop::sample::select(vec![
                    "US", "ca", "GB", "de", "FR", "IT", "ES", "NL", "AU", "JP", "IN", "BR"
                ])
                .prop_map(str::to_owned),
                prop::sample::select(vec!["SE", "ch", "NZ", "ZA", " mx "]).prop_map(str::to_owned),
                "[A-Za-z]{2}",
                "\\PC{0,4}",
            ])
        }

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

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            /// Any address is either accepted in normal form — validating it again gives
            /// it back unchanged, no field blank, untrimmed, too long or with a control
            /// character — or refused on one of its six fields with that field's codes.
            #[test]
            fn any_address_is_normalised_to_a_fixed_point_or_refused_on_a_field(
                country in country(),
                (line1, line2, city, state, postal_code) in (field(), field(), field(), field(), field()),
            ) {
                let params = AddressParams { line1, line2, city, state, postal_code, country };
                match validate(&params) {
                    Ok(address) => {
                        prop_assert!(country_name(&address.country).is_some());
                        prop_assert!(address.country.bytes().all(|b| b.is_ascii_uppercase()));
                        for (value, max) in [
                            (&address.line1, MAX_TEXT_LEN),
                            (&address.line2, MAX_TEXT_LEN),
                            (&address.city, MAX_TEXT_LEN),
                            (&address.state, MAX_TEXT_LEN),
                            (&address.postal_code, MAX_POSTAL_CODE_LEN),
                        ] {
                            if let Some(value) = value {
                                prop_assert!(!value.is_empty() && value.trim() == value, "{:?}", value);
                                prop_assert!(value.chars().count() <= max && !value.chars().any(char::is_control));
                            }
                        }
                        prop_assert_eq!(validate(&as_params(&address)), Ok(address));
                    }
                    Err(e) => {
                        let allowed: &[ErrorCode] = match e.param.as_str() {
                            "country" => &[ErrorCode::ParameterMissing, ErrorCode::InvalidCountry],
                            "line1" | "city" => &[ErrorCode::ParameterMissing, ErrorCode::ParameterInvalid],
                            "line2" => &[ErrorCode::ParameterInvalid],
                            "state" => &[ErrorCode::ParameterMissing, ErrorCode::ParameterInvalid, ErrorCode::InvalidState],
                            "postal_code" => {
                                &[ErrorCode::ParameterMissing, ErrorCode::ParameterInvalid, ErrorCode::InvalidPostalCode]
                            }
                            other => return Err(TestCaseError::fail(format!("unexpected param {other:?}"))),
                        };
                        prop_assert!(allowed.contains(&e.code), "{:?}", e);
                    }
                }
            }

            /// A US ZIP+4 however it is written (9 digits, or 5-4, padded, any state
            /// case) is stored as `12345-6789` with the state's code.
            #[test]
            fn a_us_zip_plus_four_is_stored_hyphenated(
                zip in "[0-9]{5}",
                plus4 in "[0-9]{4}",
                hyphen in any::<bool>(),
                state in prop::sample::select(vec!["ca", "CA", "California", "CALIFORNIA", " california "]),
            ) {
                let raw = if hyphen { format!(" {zip}-{plus4} ") } else { format!("{zip}{plus4}") };
                let address = validate(&params("us", state, &raw)).expect("valid");
                prop_assert_eq!(address.postal_code, Some(format!("{zip}-{plus4}")));
                prop_assert_eq!(address.state.as_deref(), Some("CA"));
            }

            /// A Canadian postal code of allowed letters, in any case and spacing, is
            /// stored uppercase with one space.
            #[test]
            fn a_canadian_postal_code_is_stored_uppercase_with_one_space(
                code in "[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]",
                lower in any::<bool>(),
            ) {
                let raw = if lower { code.to_lowercase() } else { code.clone() };
                let compact: String = code.split_whitespace().collect();
                let address = validate(&params("CA", "ON", &raw)).expect("valid");
                prop_assert_eq!(address.postal_code, Some(format!("{} {}", &compact[..3], &compact[3..])));
            }
        }
    }
}
