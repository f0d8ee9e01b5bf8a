//! Shape tests and check-digit algorithms shared by the tax ID types.
//!
//! The check functions take the digit values of a number whose shape the caller
//! has already tested (so lengths are known); they never panic on other input,
//! they just answer `false`.

/// Whether `s` has the shape of `pattern`, character for character: `#` is an
/// ASCII digit, `@` an ASCII capital letter, `?` either; anything else stands
/// for itself.
pub(super) fn fits(s: &str, pattern: &str) -> bool {
    s.len() == pattern.len()
        && s.bytes().zip(pattern.bytes()).all(|(c, p)| match p {
            b'#' => c.is_ascii_digit(),
            b'@' => c.is_ascii_uppercase(),
            b'?' => c.is_ascii_digit() || c.is_ascii_uppercase(),
            literal => c == literal,
        })
}

/// Whether `s` is only ASCII digits and its length is in `lengths`.
pub(super) fn all_digits(s: &str, lengths: std::ops::RangeInclusive<usize>) -> bool {
    lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// The values of the digits of `s` (call after a shape test: other characters
/// give meaningless values, never a panic).
pub(super) fn digits(s: &str) -> Vec<u32> {
    s.bytes().map(|b| u32::from(b.wrapping_sub(b'0'))).collect()
}

/// The digits read as one decimal number (at most 19 digits are meaningful).
pub(super) fn number(digits: &[u32]) -> u64 {
    digits
        .iter()
        .fold(0u64, |n, &d| n.wrapping_mul(10).wrapping_add(u64::from(d)))
}

/// Σ digit × weight, pairing from the left (extra digits or weights are ignored).
pub(super) fn weighted(digits: &[u32], weights: &[u32]) -> u32 {
    digits.iter().zip(weights).map(|(d, w)| d * w).sum()
}

/// Luhn (ISO/IEC 7812-1) over a whole number, check digit last: every second
/// digit from the right is doubled (minus 9 above 9); the total must end in 0.
pub(super) fn luhn(digits: &[u32]) -> bool {
    let total: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    total.is_multiple_of(10)
}

/// ISO 7064 MOD 11,10 (the hybrid system) over a whole number, check digit
/// last: German VAT numbers and the Croatian OIB.
pub(super) fn iso7064_mod11_10(digits: &[u32]) -> bool {
    let mut carry = 5; // equivalent to starting the product at 10
    for &d in digits {
        let product = (if carry == 0 { 10 } else { carry }) * 2 % 11;
        carry = (product + d) % 10;
    }
    carry == 1
}

/// `11 − (sum mod 11)`, the raw result (1–11) of the usual mod-11 schemes; each
/// scheme maps 10 and 11 its own way.
pub(super) fn eleven_minus(sum: u32) -> u32 {
    11 - sum % 11
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_matches_digits_letters_and_literals() {
        assert!(fits("123456782RT0001", "#########RT####"));
        assert!(!fits("123456782RP0001", "#########RT####"));
        assert!(fits("A1", "@?") && fits("AB", "@?"));
        assert!(!fits("1A", "@?"));
        assert!(!fits("123", "##"));
        assert!(!fits("1Ñ", "##"));
    }

    #[test]
    fn luhn_accepts_a_valid_number_and_rejects_an_altered_one() {
        assert!(luhn(&digits("00743110157")));
        assert!(!luhn(&digits("00743110158")));
        assert!(luhn(&digits("5560360793")));
        assert!(!luhn(&digits("5560360794")));
    }

    #[test]
    fn iso7064_accepts_a_valid_number_and_rejects_an_altered_one() {
        assert!(iso7064_mod11_10(&digits("136695976")));
        assert!(!iso7064_mod11_10(&digits("136695977")));
        assert!(iso7064_mod11_10(&digits("33392005961")));
        assert!(!iso7064_mod11_10(&digits("33392005962")));
    }

    #[test]
    fn garbage_gives_false_not_a_panic() {
        assert!(!luhn(&digits("ÄÖÜ")));
        assert!(!iso7064_mod11_10(&digits("")));
        assert_eq!(number(&digits("0411905847")), 411_905_847);
        let _ = number(&digits("99999999999999999999999"));
    }
}
