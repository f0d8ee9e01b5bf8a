//! Billing addresses: the per-country rules live in `paylera_shared::address`, one
//! table for the API and the portal's form (see that module for the rules). This
//! module turns their failures into the API's [`Invalid`].

use paylera_shared::address::{self, AddressError};
use paylera_shared::customer::{Address, AddressParams};

use super::Invalid;

pub use paylera_shared::address::country_name;

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
}
