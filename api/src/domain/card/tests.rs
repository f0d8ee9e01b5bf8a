//! The tests of `card`.

use paylera_shared::ErrorCode;
use rand::Rng;

use super::*;

pub(crate) fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date")
}

pub(crate) fn input(number: &str) -> CardInput<'_> {
    CardInput {
        number,
        exp_month: 12,
        exp_year: 2034,
        cvc: None,
    }
}

fn today() -> NaiveDate {
    date(2025, 6, 15)
}

fn err(input: &CardInput, today: NaiveDate) -> Invalid {
    validate(input, today).expect_err("should be refused")
}

/// Completes `body` (all but the last digit) with its Luhn check digit.
fn with_check_digit(body: &str) -> String {
    (0..10)
        .map(|d| format!("{body}{d}"))
        .find(|n| luhn_valid(n))
        .expect("one digit always fits")
}

/// A random Luhn-valid number of `len` digits starting with `prefix`.
pub(crate) fn random_number(prefix: &str, len: usize) -> String {
    let mut rng = rand::rng();
    let mut body = prefix.to_owned();
    while body.len() < len - 1 {
        body.push(char::from(b'0' + rng.random_range(0..10u8)));
    }
    with_check_digit(&body)
}

/// (prefix, length, brand) samples covering every IIN range.
pub(crate) const SAMPLES: &[(&str, usize, Brand)] = &[
    ("4", 16, Brand::Visa),
    ("4", 13, Brand::Visa),
    ("4", 19, Brand::Visa),
    ("51", 16, Brand::Mastercard),
    ("55", 16, Brand::Mastercard),
    ("2221", 16, Brand::Mastercard),
    ("2720", 16, Brand::Mastercard),
    ("34", 15, Brand::Amex),
    ("37", 15, Brand::Amex),
    ("6011", 16, Brand::Discover),
    ("644", 16, Brand::Discover),
    ("649", 19, Brand::Discover),
    ("65", 16, Brand::Discover),
    ("36", 14, Brand::DinersClub),
    ("38", 16, Brand::DinersClub),
    ("39", 14, Brand::DinersClub),
    ("300", 14, Brand::DinersClub),
    ("305", 16, Brand::DinersClub),
    ("3528", 16, Brand::Jcb),
    ("3589", 19, Brand::Jcb),
    ("62", 16, Brand::UnionPay),
    ("62", 19, Brand::UnionPay),
    ("9", 12, Brand::Unknown),
    ("1", 19, Brand::Unknown),
];

#[test]
fn luhn_accepts_known_valid_numbers_and_rejects_altered_ones() {
    for valid in [
        "4242424242424242",
        "378282246310005",
        "6011111111111117",
        "79927398713",
        "0",
    ] {
        assert!(luhn_valid(valid), "{valid}");
    }
    for invalid in ["4242424242424241", "378282246310006", "79927398710", "", "42a2"] {
        assert!(!luhn_valid(invalid), "{invalid}");
    }
}

#[test]
fn a_number_failing_the_luhn_check_is_incorrect() {
    let e = err(&input("4242 4242 4242 4241"), today());
    assert_eq!((e.param.as_str(), e.code), ("number", ErrorCode::IncorrectNumber));
    assert_eq!(e.message, "Your card number is invalid.");
}

#[test]
fn each_brand_is_detected_from_its_iin_ranges() {
    for &(prefix, len, brand) in SAMPLES {
        let number = random_number(prefix, len);
        let card = validate(&input(&number), today()).expect(prefix);
        assert_eq!(card.brand, brand, "{prefix} × {len}");
        assert_eq!(card.number.brand(), brand);
    }
    assert_eq!(Brand::detect("2220000000000000"), Brand::Unknown);
    assert_eq!(Brand::detect("2721000000000000"), Brand::Unknown);
    assert_eq!(Brand::detect("3527000000000000"), Brand::Unknown);
    assert_eq!(Brand::detect("3590000000000000"), Brand::Unknown);
    assert_eq!(Brand::detect("3060000000000000"), Brand::Unknown);
    assert_eq!(Brand::detect("6430000000000000"), Brand::Unknown);
}

#[test]
fn brand_names_round_trip() {
    for &brand in Brand::ALL {
        assert_eq!(Brand::parse(brand.as_str()), Some(brand));
    }
    assert_eq!(Brand::DinersClub.as_str(), "diners");
    assert_eq!(Brand::parse("Visa"), None);
}

#[test]
fn spaces_and_hyphens_are_ignored_and_last4_is_kept() {
    let card = validate(&input(" 4242-4242 4242-4242 "), today()).expect("valid");
    assert_eq!(card.number.expose_digits(), "4242424242424242");
    assert_eq!(card.last4, "4242");
    assert_eq!(card.number.last4(), "4242");
    assert_eq!((card.exp_month, card.exp_year), (12, 2034));
}

#[test]
fn other_characters_make_the_number_incorrect() {
    for bad in [
        "4242.4242.4242.4242",
        "4242424242424a42",
        "４２４２４２４２４２４２４２４２",
        "4242\t4242424242424242",
    ] {
        let e = err(&input(bad), today());
        assert_eq!(
            (e.param.as_str(), e.code),
            ("number", ErrorCode::IncorrectNumber),
            "{bad}"
        );
    }
}

#[test]
fn an_empty_number_is_missing() {
    for blank in ["", "  ", " - "] {
        let e = err(&input(blank), today());
        assert_eq!((e.param.as_str(), e.code), ("number", ErrorCode::ParameterMissing));
    }
}

#[test]
fn short_numbers_are_incomplete_and_long_ones_invalid() {
    let short = err(&input("42424242424"), today());
    assert_eq!(
        (short.code, short.message.as_str()),
        (ErrorCode::IncorrectNumber, "Your card number is incomplete.")
    );
    let partial_visa = err(&input(&random_number("4", 15)), today());
    assert_eq!(partial_visa.message, "Your card number is incomplete.");
    let long = err(&input(&random_number("9", 20)), today());
    assert_eq!(
        (long.code, long.message.as_str()),
        (ErrorCode::IncorrectNumber, "Your card number is invalid.")
    );
}

#[test]
fn brand_specific_lengths_are_enforced() {
    for (prefix, len) in [
        ("37", 16),
        ("34", 14),
        ("55", 15),
        ("55", 17),
        ("4", 14),
        ("4", 17),
        ("6011", 15),
        ("36", 13),
    ] {
        let e = err(&input(&random_number(prefix, len)), today());
        assert_eq!(e.code, ErrorCode::IncorrectNumber, "{prefix} × {len}");
    }
}

#[test]
fn months_outside_one_to_twelve_are_invalid() {
    for month in [0, 13, -1, i64::MAX, i64::MIN] {
        let e = err(
            &CardInput {
                exp_month: month,
                ..input("4242424242424242")
            },
            today(),
        );
        assert_eq!(
            (e.param.as_str(), e.code),
            ("exp_month", ErrorCode::InvalidExpiryMonth),
            "{month}"
        );
        assert_eq!(e.message, "Your card's expiration month is invalid.");
    }
}

#[test]
fn two_digit_years_are_in_the_current_century() {
    let card = validate(
        &CardInput {
            exp_year: 25,
            exp_month: 6,
            ..input("4242424242424242")
        },
        today(),
    )
    .expect("valid");
    assert_eq!(card.exp_year, 2025);
    let card = validate(
        &CardInput {
            exp_year: 30,
            ..input("4242424242424242")
        },
        today(),
    )
    .expect("valid");
    assert_eq!(card.exp_year, 2030);
    let e = err(
        &CardInput {
            exp_year: 24,
            ..input("4242424242424242")
        },
        today(),
    );
    assert_eq!((e.param.as_str(), e.code), ("exp_year", ErrorCode::ExpiredCard));
}

#[test]
fn years_must_be_two_or_four_digits_and_at_most_fifty_years_ahead() {
    for year in [100, 999, 10_000, -1, 2076, 99, i64::MAX] {
        let e = err(
            &CardInput {
                exp_year: year,
                ..input("4242424242424242")
            },
            today(),
        );
        assert_eq!(
            (e.param.as_str(), e.code),
            ("exp_year", ErrorCode::InvalidExpiryYear),
            "{year}"
        );
    }
    let card = validate(
        &CardInput {
            exp_year: 2075,
            ..input("4242424242424242")
        },
        today(),
    )
    .expect("valid");
    assert_eq!(card.exp_year, 2075);
}

#[test]
fn a_card_is_valid_through_the_last_day_of_its_expiry_month() {
    let card = |month, year| CardInput {
        exp_month: month,
        exp_year: year,
        ..input("4242424242424242")
    };
    assert!(validate(&card(6, 2025), date(2025, 6, 1)).is_ok());
    assert!(validate(&card(6, 2025), date(2025, 6, 30)).is_ok());
    let e = err(&card(6, 2025), date(2025, 7, 1));
    assert_eq!((e.param.as_str(), e.code), ("exp_month", ErrorCode::ExpiredCard));
    assert_eq!(e.message, "Your card has expired.");
    assert!(validate(&card(12, 2025), date(2025, 12, 31)).is_ok());
    let e = err(&card(12, 2025), date(2026, 1, 1));
    assert_eq!((e.param.as_str(), e.code), ("exp_year", ErrorCode::ExpiredCard));
    assert!(validate(&card(2, 2028), date(2028, 2, 29)).is_ok());
    assert!(validate(&card(2, 2028), date(2028, 3, 1)).is_err());
    let e = err(&card(1, 1999), today());
    assert_eq!((e.param.as_str(), e.code), ("exp_year", ErrorCode::ExpiredCard));
}

#[test]
fn cvc_length_depends_on_the_brand() {
    let amex = "378282246310005";
    let visa = "4242424242424242";
    let with = |number, cvc| CardInput {
        cvc: Some(cvc),
        ..input(number)
    };
    assert!(validate(&with(amex, "1234"), today()).is_ok());
    assert!(validate(&with(visa, "123"), today()).is_ok());
    for (number, cvc, message) in [
        (amex, "123", "Your card's security code is incomplete."),
        (amex, "12345", "Your card's security code is invalid."),
        (visa, "12", "Your card's security code is incomplete."),
        (visa, "1234", "Your card's security code is invalid."),
        (visa, "12a", "Your card's security code is invalid."),
    ] {
        let e = err(&with(number, cvc), today());
        assert_eq!(
            (e.param.as_str(), e.code, e.message.as_str()),
            ("cvc", ErrorCode::InvalidCvc, message),
            "{cvc}"
        );
    }
}

#[test]
fn a_missing_or_blank_cvc_is_accepted() {
    assert!(validate(&input("4242424242424242"), today()).is_ok());
    assert!(
        validate(
            &CardInput {
                cvc: Some("  "),
                ..input("4242424242424242")
            },
            today()
        )
        .is_ok()
    );
}

#[test]
fn debug_output_shows_only_the_last_four_digits() {
    let card = validate(
        &CardInput {
            cvc: Some("123"),
            ..input("4242424242424242")
        },
        today(),
    )
    .expect("valid");
    assert_eq!(format!("{:?}", card.number), "CardNumber(…4242)");
    let debug = format!(
        "{card:?} {:?}",
        CardInput {
            cvc: Some("987"),
            ..input("4242424242424242")
        }
    );
    assert!(!debug.contains("4242424242424242"), "{debug}");
    assert!(!debug.contains("987"), "{debug}");
}

#[test]
fn errors_and_debug_output_never_contain_the_number() {
    let numbers = SAMPLES
        .iter()
        .flat_map(|&(prefix, len, _)| (0..10).map(move |_| random_number(prefix, len)));
    for number in &numbers.collect::<Vec<_>>() {
        let card = validate(&input(number), today()).expect(number);
        let spaced: String = number
            .chars()
            .enumerate()
            .flat_map(|(i, c)| [c].into_iter().chain((i % 4 == 3).then_some(' ')))
            .collect();
        let mut last_digit_changed = number.clone();
        let last = last_digit_changed.pop().expect("non-empty");
        last_digit_changed.push(if last == '0' { '1' } else { '0' });
        let inputs = [
            input(number),
            input(&spaced),
            input(&last_digit_changed),
            CardInput {
                exp_month: 13,
                ..input(number)
            },
            CardInput {
                exp_year: 2001,
                ..input(number)
            },
            CardInput {
                exp_year: 3000,
                ..input(number)
            },
            CardInput {
                cvc: Some("1x"),
                ..input(number)
            },
            CardInput {
                cvc: Some("12345"),
                ..input(number)
            },
        ];
        let mut shown = format!("{card:?} {:?}", card.number);
        for i in &inputs {
            shown.push_str(&format!("{i:?} {:?}", validate(i, today())));
        }
        for i in [format!("{number}0"), format!("{number}x"), number[..11].to_owned()] {
            shown.push_str(&format!("{:?}", validate(&input(&i), today())));
        }
        assert!(!shown.contains(number.as_str()), "{shown}");
        assert!(!shown.contains(last_digit_changed.as_str()), "{shown}");
    }
}

#[test]
fn fingerprints_are_stable_per_key_and_differ_across_keys_and_cards() {
    let number = CardNumber::parse("4242 4242 4242 4242").expect("valid");
    let same = CardNumber::parse("4242424242424242").expect("valid");
    let other = CardNumber::parse("5555555555554444").expect("valid");
    let fp = fingerprint(b"tenant-key-1", &number);
    assert_eq!(fp.len(), 32);
    assert!(fp.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(fp, fingerprint(b"tenant-key-1", &same));
    assert_ne!(fp, fingerprint(b"tenant-key-2", &number));
    assert_ne!(fp, fingerprint(b"tenant-key-1", &other));
    assert!(!fp.contains("4242424242424242"));
}

// Properties over generated input. Case counts stay modest: these run in every
// unit-test step.
mod properties {
    use proptest::prelude::*;

    use super::*;
    use paylera_shared::card::{MAX_LEN, MAX_YEARS_AHEAD, MIN_LEN};

    /// A Luhn-valid number of a length its brand issues, from `SAMPLES`' IIN ranges.
    fn valid_number() -> impl Strategy<Value = (String, Brand)> {
        (prop::sample::select(SAMPLES), prop::collection::vec(0..10u8, MAX_LEN)).prop_map(
            |((prefix, len, brand), digits)| {
                let mut body = prefix.to_owned();
                body.extend(digits.iter().map(|d| char::from(b'0' + d)).take(len - 1 - prefix.len()));
                (with_check_digit(&body), brand)
            },
        )
    }

    /// `number` as people type it: spaces and hyphens anywhere.
    fn typed(number: &str, separators: &[(prop::sample::Index, bool)]) -> String {
        let mut chars: Vec<char> = number.chars().collect();
        for (at, space) in separators {
            chars.insert(at.index(chars.len() + 1), if *space { ' ' } else { '-' });
        }
        chars.into_iter().collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// A valid number, however it is spaced, is accepted as its digits, with its
        /// brand and last four digits.
        #[test]
        fn a_valid_number_is_accepted_however_it_is_spaced(
            (number, brand) in valid_number(),
            separators in prop::collection::vec((any::<prop::sample::Index>(), any::<bool>()), 0..8),
        ) {
            let card = validate(&input(&typed(&number, &separators)), today()).expect("valid");
            prop_assert_eq!(card.number.expose_digits(), number.as_str());
            prop_assert_eq!(card.brand, brand);
            prop_assert_eq!(card.last4.as_str(), &number[number.len() - 4..]);
        }

        /// Luhn catches every single-digit error: a valid number with any one digit
        /// changed is refused on `number`, and the error does not repeat it.
        #[test]
        fn a_valid_number_with_one_digit_changed_is_refused(
            (number, _) in valid_number(),
            at in any::<prop::sample::Index>(),
            delta in 1..10u8,
        ) {
            let mut digits = number.clone().into_bytes();
            let i = at.index(digits.len());
            digits[i] = b'0' + (digits[i] - b'0' + delta) % 10;
            let changed = String::from_utf8(digits).expect("ASCII");
            prop_assert!(!luhn_valid(&changed));
            let e = CardNumber::parse(&changed).expect_err("one digit changed");
            prop_assert_eq!((e.param.as_str(), e.code), ("number", ErrorCode::IncorrectNumber));
            let shown = format!("{e:?}");
            prop_assert!(!shown.contains(&changed));
        }

        /// Luhn also catches swapping two adjacent different digits, but for 09 ↔ 90.
        #[test]
        fn swapping_two_adjacent_digits_fails_luhn_unless_they_are_0_and_9(
            (number, _) in valid_number(),
            at in any::<prop::sample::Index>(),
        ) {
            let mut digits = number.into_bytes();
            let i = at.index(digits.len() - 1);
            let (a, b) = (digits[i], digits[i + 1]);
            prop_assume!(a != b);
            digits.swap(i, i + 1);
            let swapped = String::from_utf8(digits).expect("ASCII");
            let zero_nine = matches!((a, b), (b'0', b'9') | (b'9', b'0'));
            prop_assert_eq!(luhn_valid(&swapped), zero_nine, "{}", swapped);
        }

        /// Any text is either a well-formed number (12–19 digits, Luhn, a length the
        /// brand issues) or refused on `number` with a fixed sentence.
        #[test]
        fn any_text_is_a_well_formed_number_or_refused_on_number(raw in prop_oneof!["\\PC{0,24}", "[0-9 \\-]{0,24}"]) {
            match CardNumber::parse(&raw) {
                Ok(number) => {
                    let digits = number.expose_digits();
                    prop_assert!((MIN_LEN..=MAX_LEN).contains(&digits.len()));
                    prop_assert!(luhn_valid(digits) && number.brand().allows_length(digits.len()));
                    prop_assert_eq!(digits, paylera_shared::card::digits_of(&raw));
                }
                Err(e) => {
                    prop_assert_eq!(e.param.as_str(), "number");
                    prop_assert!(matches!(e.code, ErrorCode::IncorrectNumber | ErrorCode::ParameterMissing));
                    prop_assert!(e.message.starts_with("Your card number "), "{}", e.message);
                }
            }
        }

        /// Any expiry is accepted exactly when the month is 1–12, the year (two
        /// digits meaning this century) at most 50 years ahead and the month not past;
        /// otherwise it is refused on `exp_month` or `exp_year`.
        #[test]
        fn any_expiry_is_accepted_exactly_when_it_is_a_month_not_past_and_not_too_far(
            exp_month in prop_oneof![-2..15i64, any::<i64>()],
            exp_year in prop_oneof![-5..120i64, 2000..2090i64, any::<i64>()],
        ) {
            let today = today();
            let year = match exp_year {
                0..=99 => Some(2000 + exp_year),
                1000..=9999 => Some(exp_year),
                _ => None,
            };
            let expected = (1..=12).contains(&exp_month)
                && year.is_some_and(|y| y <= 2025 + MAX_YEARS_AHEAD && (y, exp_month) >= (2025, 6));
            let result = validate(&CardInput { exp_month, exp_year, ..input("4242424242424242") }, today);
            match result {
                Ok(card) => {
                    prop_assert!(expected);
                    prop_assert_eq!((i64::from(card.exp_month), Some(i64::from(card.exp_year))), (exp_month, year));
                }
                Err(e) => {
                    prop_assert!(!expected, "{:?}", e);
                    prop_assert!(["exp_month", "exp_year"].contains(&e.param.as_str()), "{:?}", e);
                }
            }
        }

        /// Any CVC is accepted exactly when it is blank or has the brand's number of
        /// digits; otherwise it is refused on `cvc`.
        #[test]
        fn any_cvc_is_accepted_exactly_when_blank_or_of_the_brands_length(
            cvc in prop_oneof!["\\PC{0,6}", "[0-9]{0,6}", " [0-9]{3,4} "],
            amex in any::<bool>(),
        ) {
            let number = if amex { "378282246310005" } else { "4242424242424242" };
            let trimmed = cvc.trim();
            let expected = trimmed.is_empty()
                || (trimmed.len() == if amex { 4 } else { 3 } && trimmed.bytes().all(|b| b.is_ascii_digit()));
            let result = validate(&CardInput { cvc: Some(&cvc), ..input(number) }, today());
            prop_assert_eq!(result.is_ok(), expected, "{:?}", cvc);
            if let Err(e) = result {
                prop_assert_eq!((e.param.as_str(), e.code), ("cvc", ErrorCode::InvalidCvc));
            }
        }
    }
}
