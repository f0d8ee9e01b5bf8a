//! Currencies as the API reads them from merchants. The table, the exponents and the
//! plain formatting of amounts are [`paylera_shared::money`]'s; what is left here is
//! the API's own: which parameter an unknown code is reported on.

use paylera_shared::money::{Currency, UnknownCurrency};

use super::Invalid;

/// The supported currency `code` names (any case, padding ignored), or
/// `invalid_currency` on `param`.
pub fn parse(code: &str, param: &str) -> Result<Currency, Invalid> {
    code.parse()
        .map_err(|err: UnknownCurrency| Invalid::new(param, UnknownCurrency::CODE, err.to_string()))
}

#[cfg(test)]
mod tests {
    use paylera_shared::ErrorCode;
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_known_code_in_any_case_is_its_currency() {
        assert_eq!(parse(" EUR ", "currency"), Ok(Currency::EUR));
    }

    #[test]
    fn unknown_codes_are_refused_on_the_callers_param() {
        let err = parse("xyz", "currency").expect_err("unknown");
        assert_eq!((err.param.as_str(), err.code), ("currency", ErrorCode::InvalidCurrency));
        assert_eq!(err.message, "'xyz' is not a supported ISO 4217 currency code.");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any code is a currency or refused on the caller's param with `invalid_currency`.
        #[test]
        fn any_code_is_a_currency_or_refused_on_its_param(code in prop_oneof!["\\PC{0,6}", "[A-Za-z]{3}"]) {
            match parse(&code, "price.currency") {
                Ok(currency) => prop_assert_eq!(currency.code(), code.trim().to_ascii_lowercase()),
                Err(e) => prop_assert_eq!((e.param.as_str(), e.code), ("price.currency", ErrorCode::InvalidCurrency)),
            }
        }
    }
}
