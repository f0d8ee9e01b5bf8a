//! The checks the add-card form runs in the browser before anything is sent: the API's
//! own rules (`paylera_shared::card`, the one copy both use), answered as the same
//! [`Problem`]s (code and `card.…` param) the API would send, so one piece of the page
//! shows a field's message whichever side found it. What is the form's alone lives
//! here: the fields arrive as text, and the form requires the security code.
//!
//! Nothing here keeps, prints or returns the card number or the CVC: a problem names the
//! field, never the value.

use paylera_shared::card::{self as rules, Brand, CardError};

use crate::problem::Problem;

/// The params the API names card fields with (and the page ties messages to).
pub mod params {
    pub const NUMBER: &str = "card.number";
    pub const EXP_MONTH: &str = "card.exp_month";
    pub const EXP_YEAR: &str = "card.exp_year";
    pub const CVC: &str = "card.cvc";
}

/// The card fields as typed in the form.
#[derive(Clone, Copy)]
pub struct CardEntry<'a> {
    pub number: &'a str,
    pub exp_month: &'a str,
    pub exp_year: &'a str,
    pub cvc: &'a str,
}

/// Every problem of `entry`, at most one per field, in the form's order; empty when the
/// card may be sent. `this_month` is `(year, month)` in UTC when known (the browser's
/// clock): without it the expiry is only checked for its shape.
pub fn problems(entry: &CardEntry<'_>, this_month: Option<(i32, u32)>) -> Vec<Problem> {
    let mut found = Vec::new();
    if let Err(err) = rules::check_number(entry.number) {
        found.push(problem(err));
    }
    let month = expiry_month(entry.exp_month);
    let year = expiry_year(entry.exp_year, this_month.map(|(year, _)| year));
    match (&month, &year) {
        (Ok(month), Ok(year)) => {
            if let Some(now) = this_month
                && let Err(err) = rules::check_not_expired(*month, *year, now)
            {
                found.push(problem(err));
            }
        }
        _ => found.extend([month.err(), year.err()].into_iter().flatten()),
    }
    if let Err(problem) = check_cvc(entry.cvc, Brand::detect(&rules::digits_of(entry.number))) {
        found.push(problem);
    }
    found
}

/// The expiry month as typed: `1`–`12` (`04` too).
pub fn expiry_month(raw: &str) -> Result<u32, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Problem::api(paylera_shared::ErrorCode::ParameterMissing).about(params::EXP_MONTH));
    }
    let invalid = || Problem::api(paylera_shared::ErrorCode::InvalidExpiryMonth).about(params::EXP_MONTH);
    let typed: i64 = raw.parse().map_err(|_| invalid())?;
    rules::expiry_month(typed).map_err(problem)
}

/// The expiry year as typed: four digits, or two (`34` is 2034) when `this_year` is
/// known; without it the year is only checked for its shape.
pub fn expiry_year(raw: &str, this_year: Option<i32>) -> Result<i32, Problem> {
    let raw = raw.trim();
    let invalid = || Problem::api(paylera_shared::ErrorCode::InvalidExpiryYear).about(params::EXP_YEAR);
    if raw.is_empty() {
        return Err(Problem::api(paylera_shared::ErrorCode::ParameterMissing).about(params::EXP_YEAR));
    }
    // The form asks for two or four digits; the API would also read `5` as 2005.
    if !raw.bytes().all(|b| b.is_ascii_digit()) || !matches!(raw.len(), 2 | 4) {
        return Err(invalid());
    }
    let typed: i64 = raw.parse().map_err(|_| invalid())?;
    match this_year {
        Some(this_year) => rules::expiry_year(typed, this_year).map_err(problem),
        None => i32::try_from(typed).map_err(|_| invalid()),
    }
}

/// The portal's form asks for the security code (the API would take a card without
/// one); its length depends on the brand.
fn check_cvc(raw: &str, brand: Brand) -> Result<(), Problem> {
    if raw.trim().is_empty() {
        return Err(Problem::api(paylera_shared::ErrorCode::ParameterMissing).about(params::CVC));
    }
    rules::check_cvc(raw, brand).map_err(problem)
}

/// The shared rule's failure as the problem the API would answer (`card.` param).
fn problem(err: CardError) -> Problem {
    Problem::api(err.code).about(format!("card.{}", err.param))
}

/// The current `(year, month)` in UTC from the browser's clock; `None` on the server,
/// which leaves the expiry date to the API.
pub fn this_month() -> Option<(i32, u32)> {
    #[cfg(any(feature = "hydrate", feature = "csr"))]
    {
        let now = js_sys::Date::new_0();
        let year = i32::try_from(now.get_utc_full_year()).ok()?;
        Some((year, now.get_utc_month() + 1))
    }
    #[cfg(not(any(feature = "hydrate", feature = "csr")))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOV_2026: Option<(i32, u32)> = Some((2026, 11));

    fn entry<'a>(number: &'a str, exp_month: &'a str, exp_year: &'a str, cvc: &'a str) -> CardEntry<'a> {
        CardEntry {
            number,
            exp_month,
            exp_year,
            cvc,
        }
    }

    fn about(problems: &[Problem]) -> Vec<(&str, &str)> {
        problems
            .iter()
            .map(|p| (p.code.as_str(), p.param.as_deref().unwrap_or_default()))
            .collect()
    }

    #[test]
    fn the_test_cards_pass() {
        for (number, cvc) in [
            ("4242 4242 4242 4242", "123"),
            ("4000-0025-0000-3155", "123"),
            ("5555555555554444", "123"),
            ("2223 0031 2200 3222", "123"),
            ("3782 822463 10005", "1234"),
            ("6011 1111 1111 1117", "123"),
            ("3566 0020 2036 0505", "123"),
        ] {
            assert!(
                problems(&entry(number, "12", "2034", cvc), NOV_2026).is_empty(),
                "{number}"
            );
        }
    }

    #[test]
    fn a_wrong_check_digit_or_length_is_an_incorrect_number() {
        assert_eq!(
            about(&problems(&entry("4242 4242 4242 4241", "12", "34", "123"), NOV_2026)),
            [("incorrect_number", "card.number")]
        );
        assert_eq!(
            about(&problems(&entry("4242 4242 4242", "12", "34", "123"), NOV_2026)),
            [("incorrect_number", "card.number")]
        );
        assert_eq!(
            about(&problems(&entry("4242x4242", "12", "34", "123"), NOV_2026)),
            [("incorrect_number", "card.number")]
        );
    }

    #[test]
    fn every_empty_field_is_required() {
        assert_eq!(
            about(&problems(&entry(" ", "", "", ""), NOV_2026)),
            [
                ("parameter_missing", "card.number"),
                ("parameter_missing", "card.exp_month"),
                ("parameter_missing", "card.exp_year"),
                ("parameter_missing", "card.cvc"),
            ]
        );
    }

    #[test]
    fn the_expiry_must_be_a_month_not_yet_over() {
        assert_eq!(
            about(&problems(&entry("4242424242424242", "13", "2030", "123"), NOV_2026)),
            [("invalid_expiry_month", "card.exp_month")]
        );
        assert_eq!(
            about(&problems(&entry("4242424242424242", "10", "2026", "123"), NOV_2026)),
            [("expired_card", "card.exp_month")]
        );
        assert_eq!(
            about(&problems(&entry("4242424242424242", "12", "25", "123"), NOV_2026)),
            [("expired_card", "card.exp_year")]
        );
        assert!(problems(&entry("4242424242424242", "11", "26", "123"), NOV_2026).is_empty());
        assert_eq!(
            about(&problems(&entry("4242424242424242", "01", "2080", "123"), NOV_2026)),
            [("invalid_expiry_year", "card.exp_year")]
        );
        assert_eq!(
            about(&problems(&entry("4242424242424242", "01", "203", "123"), NOV_2026)),
            [("invalid_expiry_year", "card.exp_year")]
        );
    }

    #[test]
    fn the_security_code_has_the_brands_length() {
        assert_eq!(
            about(&problems(&entry("378282246310005", "12", "2034", "123"), NOV_2026)),
            [("invalid_cvc", "card.cvc")]
        );
        assert_eq!(
            about(&problems(&entry("4242424242424242", "12", "2034", "1234"), NOV_2026)),
            [("invalid_cvc", "card.cvc")]
        );
        assert_eq!(
            about(&problems(&entry("4242424242424242", "12", "2034", "12a"), NOV_2026)),
            [("invalid_cvc", "card.cvc")]
        );
    }

    #[test]
    fn without_a_clock_only_the_shape_of_the_expiry_is_checked() {
        assert!(problems(&entry("4242424242424242", "01", "2001", "123"), None).is_empty());
        assert_eq!(expiry_year("34", None), Ok(34));
    }
}
