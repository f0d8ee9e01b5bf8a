//! ISO 4217 currencies and their minor units.

use paylera_shared::ErrorCode;

use super::Invalid;

/// Active ISO 4217 codes Paylera bills in, with their number of minor-unit digits.
const CURRENCIES: &[(&str, u8)] = &[
    ("aed", 2),
    ("afn", 2),
    ("all", 2),
    ("amd", 2),
    ("ang", 2),
    ("aoa", 2),
    ("ars", 2),
    ("aud", 2),
    ("awg", 2),
    ("azn", 2),
    ("bam", 2),
    ("bbd", 2),
    ("bdt", 2),
    ("bgn", 2),
    ("bhd", 3),
    ("bif", 0),
    ("bmd", 2),
    ("bnd", 2),
    ("bob", 2),
    ("brl", 2),
    ("bsd", 2),
    ("btn", 2),
    ("bwp", 2),
    ("byn", 2),
    ("bzd", 2),
    ("cad", 2),
    ("cdf", 2),
    ("chf", 2),
    ("clp", 0),
    ("cny", 2),
    ("cop", 2),
    ("crc", 2),
    ("cve", 2),
    ("czk", 2),
    ("djf", 0),
    ("dkk", 2),
    ("dop", 2),
    ("dzd", 2),
    ("egp", 2),
    ("ern", 2),
    ("etb", 2),
    ("eur", 2),
    ("fjd", 2),
    ("fkp", 2),
    ("gbp", 2),
    ("gel", 2),
    ("ghs", 2),
    ("gip", 2),
    ("gmd", 2),
    ("gnf", 0),
    ("gtq", 2),
    ("gyd", 2),
    ("hkd", 2),
    ("hnl", 2),
    ("htg", 2),
    ("huf", 2),
    ("idr", 2),
    ("ils", 2),
    ("inr", 2),
    ("iqd", 3),
    ("isk", 0),
    ("jmd", 2),
    ("jod", 3),
    ("jpy", 0),
    ("kes", 2),
    ("kgs", 2),
    ("khr", 2),
    ("kmf", 0),
    ("krw", 0),
    ("kwd", 3),
    ("kyd", 2),
    ("kzt", 2),
    ("lak", 2),
    ("lbp", 2),
    ("lkr", 2),
    ("lrd", 2),
    ("lsl", 2),
    ("lyd", 3),
    ("mad", 2),
    ("mdl", 2),
    ("mga", 0),
    ("mkd", 2),
    ("mmk", 2),
    ("mnt", 2),
    ("mop", 2),
    ("mru", 2),
    ("mur", 2),
    ("mvr", 2),
    ("mwk", 2),
    ("mxn", 2),
    ("myr", 2),
    ("mzn", 2),
    ("nad", 2),
    ("ngn", 2),
    ("nio", 2),
    ("nok", 2),
    ("npr", 2),
    ("nzd", 2),
    ("omr", 3),
    ("pab", 2),
    ("pen", 2),
    ("pgk", 2),
    ("php", 2),
    ("pkr", 2),
    ("pln", 2),
    ("pyg", 0),
    ("qar", 2),
    ("ron", 2),
    ("rsd", 2),
    ("rwf", 0),
    ("sar", 2),
    ("sbd", 2),
    ("scr", 2),
    ("sek", 2),
    ("sgd", 2),
    ("shp", 2),
    ("sle", 2),
    ("sos", 2),
    ("srd", 2),
    ("std", 2),
    ("szl", 2),
    ("thb", 2),
    ("tjs", 2),
    ("tnd", 3),
    ("top", 2),
    ("try", 2),
    ("ttd", 2),
    ("twd", 2),
    ("tzs", 2),
    ("uah", 2),
    ("ugx", 0),
    ("usd", 2),
    ("uyu", 2),
    ("uzs", 2),
    ("vnd", 0),
    ("vuv", 0),
    ("wst", 2),
    ("xaf", 0),
    ("xcd", 2),
    ("xof", 0),
    ("xpf", 0),
    ("yer", 2),
    ("zar", 2),
    ("zmw", 2),
];

/// The lowercase code of a supported currency (any case accepted).
pub fn parse(code: &str, param: &str) -> Result<String, Invalid> {
    let lower = code.trim().to_ascii_lowercase();
    if CURRENCIES.iter().any(|(c, _)| *c == lower) {
        Ok(lower)
    } else {
        Err(Invalid::new(
            param,
            ErrorCode::InvalidCurrency,
            format!("'{}' is not a supported ISO 4217 currency code.", code.trim()),
        ))
    }
}

/// Digits after the decimal point (2 for `usd`, 0 for `jpy`, 3 for `kwd`).
pub fn minor_digits(code: &str) -> u8 {
    CURRENCIES.iter().find(|(c, _)| *c == code).map_or(2, |(_, d)| *d)
}

/// A human-readable amount: `$29.00`, `€9.90`, `¥2900`, `−$5.00` for credits,
/// `KWD 1.250` where no symbol is common. Locale-aware formatting belongs to the portal.
pub fn format_amount(amount: i64, currency: &str) -> String {
    let digits = u32::from(minor_digits(currency));
    let divisor = 10_i64.pow(digits);
    let sign = if amount < 0 { "−" } else { "" };
    let abs = amount.unsigned_abs();
    let (major, minor) = (abs / divisor.unsigned_abs(), abs % divisor.unsigned_abs());
    let number = if digits == 0 {
        major.to_string()
    } else {
        format!("{major}.{minor:0width$}", width = digits as usize)
    };
    let symbol = match currency {
        "usd" => Some("$"),
        "eur" => Some("€"),
        "gbp" => Some("£"),
        "jpy" => Some("¥"),
        "inr" => Some("₹"),
        "brl" => Some("R$"),
        "aud" => Some("A$"),
        "cad" => Some("CA$"),
        _ => None,
    };
    match symbol {
        Some(symbol) => format!("{sign}{symbol}{number}"),
        None => format!("{sign}{} {number}", currency.to_ascii_uppercase()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn amounts_are_formatted_with_their_minor_units() {
        assert_eq!(format_amount(2900, "usd"), "$29.00");
        assert_eq!(format_amount(-505, "eur"), "−€5.05");
        assert_eq!(format_amount(2900, "jpy"), "¥2900");
        assert_eq!(format_amount(1250, "kwd"), "KWD 1.250");
    }

    use super::*;

    #[test]
    fn codes_are_case_insensitive_and_normalised_to_lowercase() {
        assert_eq!(parse("EUR", "currency").expect("eur"), "eur");
        assert_eq!(parse(" usd ", "currency").expect("usd"), "usd");
    }

    #[test]
    fn unknown_codes_are_refused() {
        let err = parse("xyz", "currency").expect_err("unknown");
        assert_eq!(err.code, ErrorCode::InvalidCurrency);
        assert_eq!(err.param, "currency");
    }

    #[test]
    fn minor_units_follow_iso_4217() {
        assert_eq!(minor_digits("usd"), 2);
        assert_eq!(minor_digits("jpy"), 0);
        assert_eq!(minor_digits("kwd"), 3);
    }

    #[test]
    fn the_table_has_no_duplicates() {
        let mut codes: Vec<_> = CURRENCIES.iter().map(|(c, _)| *c).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), CURRENCIES.len());
    }

    // Properties over generated input. Case counts stay modest: these run in every
    // unit-test step.
    mod properties {
        use proptest::prelude::*;

        use super::*;

        fn supported() -> impl Strategy<Value = &'static str> {
            prop::sample::select(CURRENCIES.iter().map(|(code, _)| *code).collect::<Vec<_>>())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            /// Any code is a supported one (in any case, padded), answered in lowercase,
            /// or refused on the caller's param with `invalid_currency`.
            #[test]
            fn any_code_is_a_supported_lowercase_code_or_refused_on_its_param(
                code in prop_oneof!["\\PC{0,6}", "[A-Za-z]{3}", supported().prop_map(|c| format!(" {} ", c.to_uppercase()))],
            ) {
                match parse(&code, "price.currency") {
                    Ok(lower) => {
                        prop_assert_eq!(&lower, &code.trim().to_ascii_lowercase());
                        prop_assert!(CURRENCIES.iter().any(|(c, _)| *c == lower));
                    }
                    Err(e) => {
                        prop_assert_eq!((e.param.as_str(), e.code), ("price.currency", ErrorCode::InvalidCurrency));
                    }
                }
            }

            /// Any amount in any supported currency is written with the currency's
            /// number of minor digits, a minus sign exactly when negative, and the digits
            /// read back as the amount (even `i64::MIN`).
            #[test]
            fn any_amount_is_written_with_its_minor_digits_and_reads_back(
                amount in prop_oneof![any::<i64>(), -100_000..100_000i64, Just(i64::MIN), Just(i64::MAX)],
                currency in supported(),
            ) {
                let written = format_amount(amount, currency);
                prop_assert_eq!(written.starts_with('−'), amount < 0, "{}", written);
                let number = written.rsplit(|c: char| !c.is_ascii_digit() && c != '.').next().unwrap_or_default();
                let decimals = number.split_once('.').map_or(0, |(_, minor)| minor.len());
                prop_assert_eq!(decimals, usize::from(minor_digits(currency)), "{}", written);
                let digits: String = number.chars().filter(char::is_ascii_digit).collect();
                prop_assert_eq!(digits.parse::<u64>().ok(), Some(amount.unsigned_abs()), "{}", written);
            }
        }
    }
}
