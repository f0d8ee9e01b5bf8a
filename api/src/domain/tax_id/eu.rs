//! EU VAT numbers: the member states' national formats behind their prefixes.
//!
//! Every country has a shape test; most also have a check-digit test. The
//! table is the single source of truth for the prefixes, the messages and the
//! examples (each example passes its own country's tests).

use super::checks::{all_digits, digits, eleven_minus, fits, iso7064_mod11_10, luhn, number, weighted};
use super::{Canonical, Fault, uk_vat_check, uk_vat_shape};

/// One VAT prefix: who issues it and how its numbers look.
pub(super) struct Country {
    /// The VAT prefix (`EL` for Greece, `XI` for Northern Ireland).
    pub(super) prefix: &'static str,
    /// ISO 3166-1 alpha-2 of the issuing country.
    pub(super) iso: &'static str,
    pub(super) name: &'static str,
    /// The shape, for error messages ("DE followed by 9 digits").
    pub(super) rule: &'static str,
    /// A valid number in canonical form.
    pub(super) example: &'static str,
    /// The number after the prefix has the country's shape.
    shape: fn(&str) -> bool,
    /// The check digits, when the country defines them (called after `shape`).
    check: Option<fn(&str) -> bool>,
}

impl Country {
    pub(super) fn format_message(&self) -> String {
        format!(
            "Invalid eu_vat value: VAT numbers from {} are {}, such as {}.",
            self.name, self.rule, self.example
        )
    }

    /// Whether the country's numbers carry check digits that are tested.
    #[cfg(test)]
    pub(super) fn checked(&self) -> bool {
        self.check.is_some()
    }
}

/// The EU member states (plus Northern Ireland's `XI`), by prefix.
pub(super) const COUNTRIES: &[Country] = &[
    Country {
        prefix: "AT",
        iso: "AT",
        name: "Austria",
        rule: "ATU followed by 8 digits",
        example: "ATU12345675",
        shape: |b| fits(b, "U########"),
        check: Some(at),
    },
    Country {
        prefix: "BE",
        iso: "BE",
        name: "Belgium",
        rule: "BE followed by 10 digits starting with 0 or 1",
        example: "BE0123456749",
        shape: |b| all_digits(b, 10..=10) && (b.starts_with('0') || b.starts_with('1')),
        check: Some(be),
    },
    Country {
        prefix: "BG",
        iso: "BG",
        name: "Bulgaria",
        rule: "BG followed by 9 or 10 digits",
        example: "BG123456786",
        shape: |b| all_digits(b, 9..=10),
        check: Some(bg),
    },
    Country {
        prefix: "CY",
        iso: "CY",
        name: "Cyprus",
        rule: "CY followed by 8 digits and a letter",
        example: "CY10000000D",
        shape: |b| fits(b, "########@"),
        check: Some(cy),
    },
    Country {
        prefix: "CZ",
        iso: "CZ",
        name: "Czechia",
        rule: "CZ followed by 8, 9 or 10 digits",
        example: "CZ12345679",
        shape: |b| all_digits(b, 8..=10),
        check: Some(cz),
    },
    Country {
        prefix: "DE",
        iso: "DE",
        name: "Germany",
        rule: "DE followed by 9 digits",
        example: "DE123456788",
        shape: |b| all_digits(b, 9..=9) && !b.starts_with('0'),
        check: Some(|b| iso7064_mod11_10(&digits(b))),
    },
    Country {
        prefix: "DK",
        iso: "DK",
        name: "Denmark",
        rule: "DK followed by 8 digits",
        example: "DK12345674",
        shape: |b| all_digits(b, 8..=8) && !b.starts_with('0'),
        check: Some(|b| weighted(&digits(b), &[2, 7, 6, 5, 4, 3, 2, 1]).is_multiple_of(11)),
    },
    Country {
        prefix: "EE",
        iso: "EE",
        name: "Estonia",
        rule: "EE followed by 9 digits",
        example: "EE101234568",
        shape: |b| all_digits(b, 9..=9),
        check: Some(|b| weighted(&digits(b), &[3, 7, 1, 3, 7, 1, 3, 7, 1]).is_multiple_of(10)),
    },
    Country {
        prefix: "EL",
        iso: "GR",
        name: "Greece",
        rule: "EL followed by 9 digits (GR is accepted and rewritten as EL)",
        example: "EL123456783",
        shape: |b| all_digits(b, 9..=9),
        check: Some(el),
    },
    Country {
        prefix: "ES",
        iso: "ES",
        name: "Spain",
        rule: "ES followed by 9 characters: a letter or digit, 7 digits and a letter or digit, \
               with a letter at one end at least",
        example: "ESA12345674",
        shape: |b| fits(b, "?#######?") && !all_digits(b, 9..=9),
        check: None,
    },
    Country {
        prefix: "FI",
        iso: "FI",
        name: "Finland",
        rule: "FI followed by 8 digits",
        example: "FI12345671",
        shape: |b| all_digits(b, 8..=8),
        check: Some(fi),
    },
    Country {
        prefix: "FR",
        iso: "FR",
        name: "France",
        rule: "FR followed by a 2-character key (digits, or capital letters other than I and O) and the 9-digit SIREN",
        example: "FR32123456789",
        shape: |b| fits(b, "??#########") && !b.get(..2).is_some_and(|key| key.contains(['I', 'O'])),
        check: Some(fr),
    },
    Country {
        prefix: "HR",
        iso: "HR",
        name: "Croatia",
        rule: "HR followed by 11 digits",
        example: "HR12345678903",
        shape: |b| all_digits(b, 11..=11),
        check: Some(|b| iso7064_mod11_10(&digits(b))),
    },
    Country {
        prefix: "HU",
        iso: "HU",
        name: "Hungary",
        rule: "HU followed by 8 digits",
        example: "HU12345676",
        shape: |b| all_digits(b, 8..=8),
        check: Some(|b| weighted(&digits(b), &[9, 7, 3, 1, 9, 7, 3, 1]).is_multiple_of(10)),
    },
    Country {
        prefix: "IE",
        iso: "IE",
        name: "Ireland",
        rule: "IE followed by 7 digits and 1 or 2 letters (or the older digit, letter, 5 digits and letter)",
        example: "IE1234567T",
        shape: ie_shape,
        check: Some(ie),
    },
    Country {
        prefix: "IT",
        iso: "IT",
        name: "Italy",
        rule: "IT followed by 11 digits",
        example: "IT12345678903",
        shape: |b| all_digits(b, 11..=11),
        check: Some(|b| luhn(&digits(b))),
    },
    Country {
        prefix: "LT",
        iso: "LT",
        name: "Lithuania",
        rule: "LT followed by 9 or 12 digits",
        example: "LT123456715",
        shape: |b| all_digits(b, 9..=9) || all_digits(b, 12..=12),
        check: Some(lt),
    },
    Country {
        prefix: "LU",
        iso: "LU",
        name: "Luxembourg",
        rule: "LU followed by 8 digits",
        example: "LU12345613",
        shape: |b| all_digits(b, 8..=8),
        check: Some(lu),
    },
    Country {
        prefix: "LV",
        iso: "LV",
        name: "Latvia",
        rule: "LV followed by 11 digits",
        example: "LV40001234561",
        shape: |b| all_digits(b, 11..=11),
        check: Some(lv),
    },
    Country {
        prefix: "MT",
        iso: "MT",
        name: "Malta",
        rule: "MT followed by 8 digits",
        example: "MT12345671",
        shape: |b| all_digits(b, 8..=8),
        check: Some(|b| weighted(&digits(b), &[3, 4, 6, 7, 8, 9, 10, 1]).is_multiple_of(37)),
    },
    Country {
        prefix: "NL",
        iso: "NL",
        name: "the Netherlands",
        rule: "NL followed by 9 digits, B and 2 digits",
        example: "NL123456789B01",
        shape: |b| fits(b, "#########B##"),
        check: None,
    },
    Country {
        prefix: "PL",
        iso: "PL",
        name: "Poland",
        rule: "PL followed by 10 digits",
        example: "PL1234567802",
        shape: |b| all_digits(b, 10..=10),
        check: Some(pl),
    },
    Country {
        prefix: "PT",
        iso: "PT",
        name: "Portugal",
        rule: "PT followed by 9 digits",
        example: "PT123456789",
        shape: |b| all_digits(b, 9..=9),
        check: Some(pt),
    },
    Country {
        prefix: "RO",
        iso: "RO",
        name: "Romania",
        rule: "RO followed by 2 to 10 digits",
        example: "RO12345674",
        shape: |b| all_digits(b, 2..=10) && !b.starts_with('0'),
        check: Some(ro),
    },
    Country {
        prefix: "SE",
        iso: "SE",
        name: "Sweden",
        rule: "SE followed by 12 digits ending in 01",
        example: "SE123456789701",
        shape: |b| all_digits(b, 12..=12) && b.ends_with("01"),
        check: Some(|b| luhn(&digits(b.get(..10).unwrap_or_default()))),
    },
    Country {
        prefix: "SI",
        iso: "SI",
        name: "Slovenia",
        rule: "SI followed by 8 digits, the first not 0",
        example: "SI12345679",
        shape: |b| all_digits(b, 8..=8) && !b.starts_with('0'),
        check: Some(si),
    },
    Country {
        prefix: "SK",
        iso: "SK",
        name: "Slovakia",
        rule: "SK followed by 10 digits, the first not 0",
        example: "SK1234567895",
        shape: |b| all_digits(b, 10..=10) && !b.starts_with('0'),
        check: Some(|b| number(&digits(b)).is_multiple_of(11)),
    },
    Country {
        prefix: "XI",
        iso: "GB",
        name: "Northern Ireland",
        rule: "XI followed by 9 or 12 digits, or by GD or HA and 3 digits",
        example: "XI123456727",
        shape: uk_vat_shape,
        check: Some(uk_vat_check),
    },
];

/// Validates `s` (compacted, upper case) as an EU VAT number.
pub(super) fn validate(s: &str) -> Result<Canonical, Fault> {
    let Some((prefix, body)) = s.split_at_checked(2) else {
        return Err(Fault::Format);
    };
    if !prefix.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Fault::Format);
    }
    if prefix == "GB" {
        return Err(Fault::Explained(
            "Invalid eu_vat value: GB VAT numbers are not EU VAT numbers; use the type gb_vat \
             (Northern Ireland's EU VAT numbers have the prefix XI)."
                .to_owned(),
        ));
    }
    let prefix = if prefix == "GR" { "EL" } else { prefix };
    let Some(country) = COUNTRIES.iter().find(|c| c.prefix == prefix) else {
        return Err(Fault::Explained(format!(
            "Invalid eu_vat value: {prefix} is not the VAT prefix of an EU member state; expected a prefix \
             such as DE, FR or EL (Greece) followed by the national number, such as DE123456788."
        )));
    };
    if !(country.shape)(body) {
        return Err(Fault::Explained(country.format_message()));
    }
    if let Some(check) = country.check
        && !check(body)
    {
        return Err(Fault::Checksum);
    }
    Ok(Canonical {
        value: format!("{}{body}", country.prefix),
        country: country.iso,
    })
}

/// The 8 digits after `U`, Luhn-style weights 1,2,1,… summing digit sums;
/// check = (6 − sum) mod 10.
fn at(b: &str) -> bool {
    let d = digits(b.get(1..).unwrap_or_default());
    let sum: u32 = d
        .iter()
        .take(7)
        .enumerate()
        .map(|(i, &x)| if i % 2 == 1 { x * 2 / 10 + x * 2 % 10 } else { x })
        .sum();
    d.get(7) == Some(&((16 - sum % 10) % 10))
}

/// The last 2 digits are 97 − (the first 8 mod 97).
fn be(b: &str) -> bool {
    let d = digits(b);
    let (head, key) = d.split_at(8.min(d.len()));
    97 - number(head) % 97 == number(key)
}

/// 9-digit (legal entity) numbers: weights 1–8 mod 11, retried with 3–10 on
/// 10. 10-digit numbers (personal and foreigner numbers) are format only.
fn bg(b: &str) -> bool {
    let d = digits(b);
    if d.len() != 9 {
        return true;
    }
    let mut check = weighted(&d, &[1, 2, 3, 4, 5, 6, 7, 8]) % 11;
    if check == 10 {
        check = weighted(&d, &[3, 4, 5, 6, 7, 8, 9, 10]) % 11;
    }
    d.get(8) == Some(&(check % 10))
}

/// A letter from the 8 digits: odd positions translated, even ones as they are, mod 26.
fn cy(b: &str) -> bool {
    const ODD: [u32; 10] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
    let d = digits(b.get(..8).unwrap_or_default());
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 0 {
                ODD.get(x as usize).copied().unwrap_or(99)
            } else {
                x
            }
        })
        .sum();
    let letter = b'A' + (sum % 26) as u8;
    b.as_bytes().get(8) == Some(&letter)
}

/// 8-digit (legal entity) numbers: weights 8–2, check = (11 − sum mod 11) mod 11
/// (0 → 1), last digit of that. 9- and 10-digit numbers (birth numbers) are
/// format only.
fn cz(b: &str) -> bool {
    let d = digits(b);
    if d.len() != 8 {
        return true;
    }
    let check = eleven_minus(weighted(&d, &[8, 7, 6, 5, 4, 3, 2])) % 11;
    let check = if check == 0 { 1 } else { check } % 10;
    d.get(7) == Some(&check)
}

/// Weights 2⁸…2¹ on the first 8 digits; check = sum mod 11 mod 10.
fn el(b: &str) -> bool {
    let d = digits(b);
    let check = weighted(&d, &[256, 128, 64, 32, 16, 8, 4, 2]) % 11 % 10;
    d.get(8) == Some(&check)
}

/// Weights 7,9,10,5,8,4,2; check = 11 − sum mod 11 (11 → 0; 10 never valid).
fn fi(b: &str) -> bool {
    let d = digits(b);
    let check = eleven_minus(weighted(&d, &[7, 9, 10, 5, 8, 4, 2]));
    check != 10 && d.get(7) == Some(&(check % 11))
}

/// A numeric key is (12 + 3 × (SIREN mod 97)) mod 97; the newer alphanumeric
/// keys are format only.
fn fr(b: &str) -> bool {
    let (key, siren) = b.split_at_checked(2).unwrap_or_default();
    if !all_digits(key, 2..=2) {
        return true;
    }
    number(&digits(key)) == (12 + 3 * (number(&digits(siren)) % 97)) % 97
}

/// The check letters of Irish numbers, by value.
const IE_LETTERS: &[u8; 23] = b"WABCDEFGHIJKLMNOPQRSTUV";

fn ie_shape(b: &str) -> bool {
    let letter = |i: usize| b.as_bytes().get(i).is_some_and(|c| IE_LETTERS.contains(c));
    let modern =
        all_digits(b.get(..7).unwrap_or_default(), 7..=7) && letter(7) && (b.len() == 8 || (b.len() == 9 && letter(8)));
    let old = b.len() == 8
        && fits(b.get(..1).unwrap_or_default(), "#")
        && b.as_bytes()
            .get(1)
            .is_some_and(|c| c.is_ascii_uppercase() || *c == b'+' || *c == b'*')
        && all_digits(b.get(2..7).unwrap_or_default(), 5..=5)
        && letter(7);
    modern || old
}

/// Weights 8–2 on 7 digits plus 9 × the value of the optional second letter,
/// mod 23, gives the check letter. The old format is first rewritten as
/// `0` + its 5 digits + its first digit.
fn ie(b: &str) -> bool {
    let bytes = b.as_bytes();
    let (seven, second) = if bytes.get(1).is_some_and(u8::is_ascii_digit) {
        (b.get(..7).unwrap_or_default().to_owned(), bytes.get(8).copied())
    } else {
        (
            format!("0{}{}", b.get(2..7).unwrap_or_default(), b.get(..1).unwrap_or_default()),
            None,
        )
    };
    let extra = second
        .and_then(|c| IE_LETTERS.iter().position(|&l| l == c))
        .unwrap_or(0) as u32;
    let sum = weighted(&digits(&seven), &[8, 7, 6, 5, 4, 3, 2]) + 9 * extra;
    bytes.get(7) == IE_LETTERS.get((sum % 23) as usize)
}

/// Weights 1,2,…,9,1,… mod 11; on 10, weights 3,4,…,9,1,2,… mod 11; then mod 10.
fn lt(b: &str) -> bool {
    let d = digits(b);
    let Some((last, body)) = d.split_last() else {
        return false;
    };
    let sum = |shift: usize| -> u32 {
        body.iter()
            .enumerate()
            .map(|(i, &x)| (1 + (i as u32 + shift as u32) % 9) * x)
            .sum()
    };
    let mut check = sum(0) % 11;
    if check == 10 {
        check = sum(2) % 11;
    }
    check % 10 == *last
}

/// The last 2 digits are the first 6 mod 89.
fn lu(b: &str) -> bool {
    let d = digits(b);
    let (head, key) = d.split_at(6.min(d.len()));
    number(head) % 89 == number(key)
}

/// Legal entities (first digit above 3): weights 9,1,4,8,3,10,2,5,7,6,1 sum to 3
/// mod 11. Personal codes are format only.
fn lv(b: &str) -> bool {
    let d = digits(b);
    if d.first().is_none_or(|&x| x <= 3) {
        return true;
    }
    weighted(&d, &[9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 == 3
}

/// Weights 6,5,7,2,3,4,5,6,7 mod 11 is the last digit (10 never valid).
fn pl(b: &str) -> bool {
    let d = digits(b);
    d.get(9) == Some(&(weighted(&d, &[6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11))
}

/// Weights 9–2; check = 11 − sum mod 11, 10 and 11 → 0.
fn pt(b: &str) -> bool {
    let d = digits(b);
    let check = eleven_minus(weighted(&d, &[9, 8, 7, 6, 5, 4, 3, 2]));
    d.get(8) == Some(&if check >= 10 { 0 } else { check })
}

/// Weights 7,5,3,2,1,7,5,3,2 aligned to the right of the digits before the
/// check; check = (sum × 10) mod 11 mod 10.
fn ro(b: &str) -> bool {
    const WEIGHTS: [u32; 9] = [7, 5, 3, 2, 1, 7, 5, 3, 2];
    let d = digits(b);
    let Some((last, body)) = d.split_last() else {
        return false;
    };
    let Some(weights) = WEIGHTS.get(WEIGHTS.len().saturating_sub(body.len())..) else {
        return false;
    };
    weighted(body, weights) * 10 % 11 % 10 == *last
}

/// Weights 8–2; check = 11 − sum mod 11 (10 → 0; 11 never valid).
fn si(b: &str) -> bool {
    let d = digits(b);
    let check = eleven_minus(weighted(&d, &[8, 7, 6, 5, 4, 3, 2]));
    check != 11 && d.get(7) == Some(&(check % 10))
}
