//! Tax IDs: which schemes Paylera accepts, and how a value is checked and
//! written down.
//!
//! # Normalisation
//!
//! A value is trimmed, upper-cased and stripped of whitespace (any Unicode
//! white space, so non-breaking spaces too), dots, slashes and hyphens (also the
//! Unicode dashes `‐ ‑ ‒ – —` and the minus sign `−`). What is left must have
//! the type's shape; it is then written in the type's **canonical form**:
//!
//! - compact (no separators) for almost every type: `DE123456788`,
//!   `CHE123456788`, `18123456789` (AU ABN);
//! - with the separators everyone prints for six types: US EIN `12-3456789`,
//!   BR CNPJ `12.345.678/0001-95`, BR CPF `123.456.789-09`, KR BRN
//!   `123-45-67891`, CL RUT `12.345.678-5` and AR CUIT `20-12345678-6`.
//!
//! Prefixes and suffixes are made uniform: EU VAT numbers always carry their
//! 2-letter prefix (Greece's is `EL`; `GR` is accepted and rewritten), GB VAT
//! numbers get `GB`, Swiss numbers `CHE` (the language suffix of a Swiss VAT
//! number — `MWST`, `TVA`, `IVA`, `TPV` — is accepted and dropped: it only says
//! which language the number is shown in), Norwegian VAT numbers end in `MVA`
//! (an `NO` prefix is accepted and dropped), New Zealand IRD numbers are padded
//! to 9 digits and a Croatian OIB loses an `HR` prefix.
//!
//! # Check digits
//!
//! Where a scheme defines check digits they are verified, and a number with the
//! right shape but wrong check digits is refused with `tax_id_checksum_invalid`
//! (a typo, as a rule). Checked: EU VAT for AT, BE, BG (9 digits), CY, CZ
//! (8 digits), DE, DK, EE, EL, FI, FR (numeric key), HR, HU, IE, IT, LT, LU, LV
//! (legal entities), MT, PL, PT, RO, SE, SI, SK and XI; GB VAT, CH VAT and UID,
//! NO VAT, CA BN and GST/HST, AU ABN, NZ GST, IN GSTIN, JP corporate number, BR
//! CNPJ (including the alphanumeric CNPJ of 2026) and CPF, KR BRN, HR OIB, CL
//! RUT, AR CUIT, RU INN and TW UBN. The others (ES and NL VAT, the remaining
//! variants above, and the types without check digits) are tested for shape
//! only. `docs/tax-ids.md` has the full table.
//!
//! Passing these tests says nothing about whether the number is registered:
//! that is for a registry look-up (`verification.status`).

mod checks;
mod eu;
#[cfg(test)]
mod tests;
mod types;

pub use types::TaxIdType;

use paylera_shared::ErrorCode;

use self::checks::{all_digits, digits, eleven_minus, fits, iso7064_mod11_10, luhn, weighted};
use super::Invalid;

/// A validated tax ID in canonical form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidTaxId {
    pub kind: TaxIdType,
    /// The canonical form (see the module documentation).
    pub value: String,
    /// ISO 3166-1 alpha-2 of the issuing country (`GR` for an `EL…` number).
    pub country: String,
}

/// Parses `kind` (param `type`) and `value` (param `value`): unknown type →
/// `TaxIdTypeUnsupported` (param `type`); empty value → `ParameterMissing`
/// (param `value`); wrong shape → `TaxIdInvalid` (param `value`, message states
/// the expected format with an example); right shape but wrong check digits →
/// `TaxIdChecksumInvalid` (param `value`).
pub fn parse(kind: &str, value: &str) -> Result<ValidTaxId, Invalid> {
    let Some(kind) = TaxIdType::parse(kind) else {
        let shown: String = kind.chars().take(40).collect();
        return Err(Invalid::new(
            "type",
            ErrorCode::TaxIdTypeUnsupported,
            format!("Unsupported tax ID type '{shown}'; GET /v1/tax_id_types lists the supported types."),
        ));
    };
    if value.trim().is_empty() {
        return Err(Invalid::new(
            "value",
            ErrorCode::ParameterMissing,
            "Missing required param: value.",
        ));
    }
    let compact = compact(value);
    match canonical(kind, &compact) {
        Ok(Canonical { value, country }) => Ok(ValidTaxId {
            kind,
            value,
            country: country.to_owned(),
        }),
        Err(fault) => Err(fault.into_invalid(kind)),
    }
}

/// The characters dropped before comparing: white space and these separators.
const SEPARATORS: &[char] = &[
    '.', '-', '/', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2212}',
];

/// Upper case, without white space or separators.
fn compact(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace() && !SEPARATORS.contains(c))
        .flat_map(char::to_uppercase)
        .collect()
}

/// A value in canonical form and its issuing country.
struct Canonical {
    value: String,
    country: &'static str,
}

/// Why a value was refused.
enum Fault {
    /// Not the type's shape: the message is the type's rule and example.
    Format,
    /// Not the type's shape, with a more specific message.
    Explained(String),
    /// The right shape, wrong check digits.
    Checksum,
}

impl Fault {
    fn into_invalid(self, kind: TaxIdType) -> Invalid {
        let name = kind.as_str();
        match self {
            Self::Format => Invalid::new(
                "value",
                ErrorCode::TaxIdInvalid,
                format!(
                    "Invalid {name} value: expected {}, such as {}.",
                    kind.rule(),
                    kind.format_hint()
                ),
            ),
            Self::Explained(message) => Invalid::new("value", ErrorCode::TaxIdInvalid, message),
            Self::Checksum => Invalid::new(
                "value",
                ErrorCode::TaxIdChecksumInvalid,
                format!(
                    "Invalid {name} value: it has the right format but its check digits do not match; \
                     check it for typos."
                ),
            ),
        }
    }
}

/// `Err(Format)` unless `ok`.
fn shape(ok: bool) -> Result<(), Fault> {
    if ok { Ok(()) } else { Err(Fault::Format) }
}

/// `Err(Checksum)` unless `ok`.
fn check(ok: bool) -> Result<(), Fault> {
    if ok { Ok(()) } else { Err(Fault::Checksum) }
}

/// Validates a compacted value and writes it in canonical form.
fn canonical(kind: TaxIdType, s: &str) -> Result<Canonical, Fault> {
    // Only the RFC has characters beyond ASCII letters and digits (Ñ, &); only
    // old Irish VAT numbers have + and *. Past this point slicing by byte is safe.
    if kind != TaxIdType::MxRfc && !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'*') {
        return Err(Fault::Format);
    }
    let value = match kind {
        TaxIdType::EuVat => return eu::validate(s),
        TaxIdType::EuOssVat => return eu_oss_vat(s),
        TaxIdType::AeTrn => digits_only(s, 15..=15)?,
        TaxIdType::ArCuit => ar_cuit(s)?,
        TaxIdType::AuAbn => au_abn(s)?,
        TaxIdType::AuArn => digits_only(s, 12..=12)?,
        TaxIdType::BrCnpj => br_cnpj(s)?,
        TaxIdType::BrCpf => br_cpf(s)?,
        TaxIdType::CaBn => {
            shape(all_digits(s, 9..=9))?;
            check(luhn(&digits(s)))?;
            s.to_owned()
        }
        TaxIdType::CaGstHst => {
            shape(fits(s, "#########RT####"))?;
            check(luhn(&digits(&s[..9])))?;
            s.to_owned()
        }
        TaxIdType::CaQst => {
            shape(fits(s, "##########TQ####"))?;
            s.to_owned()
        }
        TaxIdType::ChUid => swiss(s)?,
        TaxIdType::ChVat => {
            let s = ["MWST", "TVA", "IVA", "TPV"]
                .iter()
                .find_map(|suffix| s.strip_suffix(suffix))
                .unwrap_or(s);
            swiss(s)?
        }
        TaxIdType::ClTin => cl_tin(s)?,
        TaxIdType::GbVat => {
            let body = s.strip_prefix("GB").unwrap_or(s);
            shape(uk_vat_shape(body))?;
            check(uk_vat_check(body))?;
            format!("GB{body}")
        }
        TaxIdType::HkBr => digits_only(s, 8..=8)?,
        TaxIdType::HrOib => {
            let s = s.strip_prefix("HR").unwrap_or(s);
            shape(all_digits(s, 11..=11))?;
            check(iso7064_mod11_10(&digits(s)))?;
            s.to_owned()
        }
        TaxIdType::InGst => in_gst(s)?,
        TaxIdType::IsVat => digits_only(s, 5..=6)?,
        TaxIdType::JpCn => jp_cn(s)?,
        TaxIdType::KrBrn => kr_brn(s)?,
        TaxIdType::MxRfc => mx_rfc(s)?,
        TaxIdType::NoVat => no_vat(s)?,
        TaxIdType::NoVoec => digits_only(s, 7..=7)?,
        TaxIdType::NzGst => nz_gst(s)?,
        TaxIdType::RuInn => ru_inn(s)?,
        TaxIdType::SaVat => {
            shape(all_digits(s, 15..=15) && s.starts_with('3') && s.ends_with('3'))?;
            s.to_owned()
        }
        TaxIdType::SgGst => {
            let gst = fits(s, "M?#######?") && s.as_bytes().get(1).is_some_and(|&c| c.is_ascii_digit() || c == b'R');
            shape(gst || sg_uen_shape(s))?;
            s.to_owned()
        }
        TaxIdType::SgUen => {
            shape(sg_uen_shape(s))?;
            s.to_owned()
        }
        TaxIdType::TwVat => tw_vat(s)?,
        TaxIdType::UsEin => us_ein(s)?,
        TaxIdType::ZaVat => {
            shape(all_digits(s, 10..=10) && s.starts_with('4'))?;
            s.to_owned()
        }
    };
    Ok(Canonical {
        value,
        country: kind.country().unwrap_or_default(),
    })
}

/// Types that are just so many digits, with no check digit.
fn digits_only(s: &str, lengths: std::ops::RangeInclusive<usize>) -> Result<String, Fault> {
    shape(all_digits(s, lengths))?;
    Ok(s.to_owned())
}

/// `XX-XXXXXXXX-X`: weights 5,4,3,2,7,6,5,4,3,2 mod 11; check 11 − r (11 → 0, 10 → 9).
fn ar_cuit(s: &str) -> Result<String, Fault> {
    shape(all_digits(s, 11..=11))?;
    let d = digits(s);
    let expected = match weighted(&d, &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11 {
        0 => 0,
        1 => 9,
        r => 11 - r,
    };
    check(d[10] == expected)?;
    Ok(format!("{}-{}-{}", &s[..2], &s[2..10], &s[10..]))
}

/// 11 digits; subtract 1 from the first, weights 10,1,3,…,19, sum divisible by 89.
fn au_abn(s: &str) -> Result<String, Fault> {
    shape(all_digits(s, 11..=11) && !s.starts_with('0'))?;
    let mut d = digits(s);
    d[0] -= 1;
    check(weighted(&d, &[10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]).is_multiple_of(89))?;
    Ok(s.to_owned())
}

/// 12 digits or capital letters then 2 digits (letters since July 2026); each
/// character counts as its ASCII code − 48. Two mod-11 check digits with
/// weights 2–9 cycling from the right (remainder < 2 → 0, else 11 − remainder).
/// Written `12.345.678/0001-95`.
fn br_cnpj(s: &str) -> Result<String, Fault> {
    shape(fits(s, "????????????##") && !same_character(s))?;
    let values: Vec<u32> = s.bytes().map(|b| u32::from(b) - 48).collect();
    let digit = |body: &[u32]| {
        const WEIGHTS: [u32; 13] = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        let r = weighted(body, &WEIGHTS[WEIGHTS.len() - body.len()..]) % 11;
        if r < 2 { 0 } else { 11 - r }
    };
    check(values[12] == digit(&values[..12]) && values[13] == digit(&values[..13]))?;
    Ok(format!(
        "{}.{}.{}/{}-{}",
        &s[..2],
        &s[2..5],
        &s[5..8],
        &s[8..12],
        &s[12..]
    ))
}

/// 11 digits, not all the same; two mod-11 check digits (weights 10–2, then
/// 11–2; (sum × 10) mod 11 mod 10). Written `123.456.789-09`.
fn br_cpf(s: &str) -> Result<String, Fault> {
    shape(all_digits(s, 11..=11) && !same_character(s))?;
    let d = digits(s);
    let digit = |body: &[u32]| {
        let n = body.len() as u32 + 1;
        body.iter().zip((2..=n).rev()).map(|(d, w)| d * w).sum::<u32>() * 10 % 11 % 10
    };
    check(d[9] == digit(&d[..9]) && d[10] == digit(&d[..10]))?;
    Ok(format!("{}.{}.{}-{}", &s[..3], &s[3..6], &s[6..9], &s[9..]))
}

fn same_character(s: &str) -> bool {
    s.bytes().all(|b| Some(b) == s.bytes().next())
}

/// `CHE` (optional on input) and 9 digits; weights 5,4,3,2,7,6,5,4, check
/// 11 − r (11 → 0, 10 never valid).
fn swiss(s: &str) -> Result<String, Fault> {
    let body = s.strip_prefix("CHE").unwrap_or(s);
    shape(all_digits(body, 9..=9))?;
    let d = digits(body);
    let expected = eleven_minus(weighted(&d, &[5, 4, 3, 2, 7, 6, 5, 4]));
    check(expected != 10 && d[8] == expected % 11)?;
    Ok(format!("CHE{body}"))
}

/// RUT: 7–8 digits and a check character; weights 2–7 cycling from the right,
/// 11 − r (11 → 0, 10 → K). Written `12.345.678-5`.
fn cl_tin(s: &str) -> Result<String, Fault> {
    let Some((body, dv)) = s.split_at_checked(s.len().saturating_sub(1)) else {
        return Err(Fault::Format);
    };
    shape(all_digits(body, 7..=8) && (all_digits(dv, 1..=1) || dv == "K"))?;
    let sum: u32 = digits(body)
        .iter()
        .rev()
        .zip([2, 3, 4, 5, 6, 7].iter().cycle())
        .map(|(d, w)| d * w)
        .sum();
    let expected = match eleven_minus(sum) {
        11 => "0".to_owned(),
        10 => "K".to_owned(),
        n => n.to_string(),
    };
    check(dv == expected)?;
    let (millions, rest) = body.split_at(body.len() - 6);
    Ok(format!("{millions}.{}.{}-{dv}", &rest[..3], &rest[3..]))
}

/// `EU` and 9 digits, the first 3 being the ISO 3166-1 numeric code of the
/// member state of identification (which gives the country).
fn eu_oss_vat(s: &str) -> Result<Canonical, Fault> {
    const MEMBER_STATES: [(&str, &str); 27] = [
        ("040", "AT"),
        ("056", "BE"),
        ("100", "BG"),
        ("191", "HR"),
        ("196", "CY"),
        ("203", "CZ"),
        ("208", "DK"),
        ("233", "EE"),
        ("246", "FI"),
        ("250", "FR"),
        ("276", "DE"),
        ("300", "GR"),
        ("348", "HU"),
        ("372", "IE"),
        ("380", "IT"),
        ("428", "LV"),
        ("440", "LT"),
        ("442", "LU"),
        ("470", "MT"),
        ("528", "NL"),
        ("616", "PL"),
        ("620", "PT"),
        ("642", "RO"),
        ("703", "SK"),
        ("705", "SI"),
        ("724", "ES"),
        ("752", "SE"),
    ];
    shape(fits(s, "EU#########"))?;
    let code = &s[2..5];
    let Some(&(_, country)) = MEMBER_STATES.iter().find(|(numeric, _)| *numeric == code) else {
        return Err(Fault::Explained(format!(
            "Invalid eu_oss_vat value: {code} is not the ISO numeric code of an EU member state; expected EU, the \
             3-digit code of the member state of identification and 6 digits, such as EU372123456."
        )));
    };
    Ok(Canonical {
        value: s.to_owned(),
        country,
    })
}

/// The number after `GB` or `XI`: 9 digits, 12 digits (a branch), `GD` + 3
/// digits below 500 (government departments) or `HA` + 3 digits from 500
/// (health authorities).
fn uk_vat_shape(body: &str) -> bool {
    if let Some(n) = body.strip_prefix("GD") {
        all_digits(n, 3..=3) && n < "500"
    } else if let Some(n) = body.strip_prefix("HA") {
        all_digits(n, 3..=3) && n >= "500"
    } else {
        all_digits(body, 9..=9) || all_digits(body, 12..=12)
    }
}

/// HMRC's mod-97 check on the first 9 digits: weights 8–2 on the first 7 plus
/// the last two as a number; valid if the total, or the total + 55, is
/// divisible by 97. GD and HA numbers have no check digits.
fn uk_vat_check(body: &str) -> bool {
    if body.starts_with("GD") || body.starts_with("HA") {
        return true;
    }
    let d = digits(body.get(..9).unwrap_or_default());
    let (Some(tens), Some(units)) = (d.get(7), d.get(8)) else {
        return false;
    };
    let total = weighted(&d, &[8, 7, 6, 5, 4, 3, 2]) + tens * 10 + units;
    total.is_multiple_of(97) || (total + 55).is_multiple_of(97)
}

/// State code (01–38, 97, 99), PAN (5 letters, 4 digits, a letter), entity
/// (1–9 or a letter), `Z`, check character: values 0–35 for 0–9A–Z, factors 1
/// and 2 alternating from the left, each product's quotient and remainder by
/// 36 summed; check = (36 − sum mod 36) mod 36.
fn in_gst(s: &str) -> Result<String, Fault> {
    const CHARS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    shape(fits(s, "##@@@@@####@?Z?") && !s[12..].starts_with('0'))?;
    let state = &s[..2];
    shape(("01"..="38").contains(&state) || state == "97" || state == "99")?;
    let value = |c: u8| CHARS.iter().position(|&x| x == c).unwrap_or(0) as u32;
    let sum: u32 = s
        .bytes()
        .take(14)
        .enumerate()
        .map(|(i, c)| {
            let product = value(c) * if i % 2 == 0 { 1 } else { 2 };
            product / 36 + product % 36
        })
        .sum();
    check(s.as_bytes().get(14) == CHARS.get(((36 - sum % 36) % 36) as usize))?;
    Ok(s.to_owned())
}

/// 13 digits; the first is the check: 9 − (Σ of the other 12, weighted 1 and 2
/// alternating from the right) mod 9.
fn jp_cn(s: &str) -> Result<String, Fault> {
    shape(all_digits(s, 13..=13))?;
    let d = digits(s);
    let sum: u32 = d[1..]
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| x * if i % 2 == 0 { 1 } else { 2 })
        .sum();
    check(d[0] == 9 - sum % 9)?;
    Ok(s.to_owned())
}

/// 10 digits; weights 1,3,7,1,3,7,1,3,5 plus ⌊9th digit × 5 / 10⌋; check =
/// (10 − sum mod 10) mod 10. Written `123-45-67891`.
fn kr_brn(s: &str) -> Result<String, Fault> {
    shape(all_digits(s, 10..=10))?;
    let d = digits(s);
    let sum = weighted(&d, &[1, 3, 7, 1, 3, 7, 1, 3, 5]) + d[8] * 5 / 10;
    check(d[9] == (10 - sum % 10) % 10)?;
    Ok(format!("{}-{}-{}", &s[..3], &s[3..5], &s[5..]))
}

/// 3 letters (companies) or 4 (individuals) — `A`–`Z`, `Ñ` or `&` — a YYMMDD
/// date and a 3-character homoclave. The homoclave's check character is not
/// tested (numbers in use fail it).
fn mx_rfc(s: &str) -> Result<String, Fault> {
    let chars: Vec<char> = s.chars().collect();
    let name_len = match chars.len() {
        12 => 3,
        13 => 4,
        _ => return Err(Fault::Format),
    };
    let (name, rest) = chars.split_at(name_len);
    let (date, homoclave) = rest.split_at(6);
    let date: String = date.iter().collect();
    shape(
        name.iter().all(|c| c.is_ascii_uppercase() || matches!(c, 'Ñ' | '&'))
            && all_digits(&date, 6..=6)
            && plausible_yymmdd(&date)
            && homoclave.iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()),
    )?;
    Ok(s.to_owned())
}

/// A month 01–12 and a day that month can have (29 February always passes:
/// the century is unknown).
fn plausible_yymmdd(date: &str) -> bool {
    let d = digits(date);
    let (month, day) = (d[2] * 10 + d[3], d[4] * 10 + d[5]);
    let days = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// 9 digits and `MVA` (an `NO` prefix and the `MVA` are optional on input);
/// weights 3,2,7,6,5,4,3,2, check 11 − r (11 → 0, 10 never valid).
fn no_vat(s: &str) -> Result<String, Fault> {
    let s = s.strip_prefix("NO").unwrap_or(s);
    let body = s.strip_suffix("MVA").unwrap_or(s);
    shape(all_digits(body, 9..=9))?;
    let d = digits(body);
    let expected = eleven_minus(weighted(&d, &[3, 2, 7, 6, 5, 4, 3, 2]));
    check(expected != 10 && d[8] == expected % 11)?;
    Ok(format!("{body}MVA"))
}

/// IRD number, 8 or 9 digits, padded to 9, above 10,000,000; weights
/// 3,2,7,6,5,4,3,2, check 11 − r (r = 0 → 0); if that gives 10, weights
/// 7,4,3,2,5,2,7,6 instead, and 10 again is invalid.
fn nz_gst(s: &str) -> Result<String, Fault> {
    shape(all_digits(s, 8..=9))?;
    let padded = format!("{s:0>9}");
    shape(padded.as_str() > "010000000")?;
    let d = digits(&padded);
    let expected = [[3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]]
        .iter()
        .map(|weights| eleven_minus(weighted(&d, weights)) % 11)
        .find(|&c| c != 10);
    check(expected == Some(d[8]))?;
    Ok(padded)
}

/// 10 digits (one check digit, weights 2,4,10,3,5,9,4,6,8) or 12 (two, weights
/// 7,2,4,10,3,5,9,4,6,8 and 3,7,2,4,10,3,5,9,4,6,8); each sum mod 11 mod 10.
fn ru_inn(s: &str) -> Result<String, Fault> {
    shape(all_digits(s, 10..=10) || all_digits(s, 12..=12))?;
    let d = digits(s);
    let digit = |weights: &[u32]| weighted(&d, weights) % 11 % 10;
    let ok = if d.len() == 10 {
        d[9] == digit(&[2, 4, 10, 3, 5, 9, 4, 6, 8])
    } else {
        d[10] == digit(&[7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) && d[11] == digit(&[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
    };
    check(ok)?;
    Ok(s.to_owned())
}

/// UEN: 8 digits and a letter (businesses), 9 digits and a letter (local
/// companies), or T/S/R, 2 digits, 2 letters, 4 digits and a letter (others).
fn sg_uen_shape(s: &str) -> bool {
    fits(s, "########@") || fits(s, "#########@") || (fits(s, "@##@@####@") && s.starts_with(['T', 'S', 'R']))
}

/// Weights 1,2,1,2,1,2,4,1, the digits of each product summed; valid if the
/// total is divisible by 5 — or, when the 7th digit is 7 (whose product 28
/// counts as 1 or 0), the total + 1 is.
fn tw_vat(s: &str) -> Result<String, Fault> {
    shape(all_digits(s, 8..=8))?;
    let d = digits(s);
    let total: u32 = d
        .iter()
        .zip([1, 2, 1, 2, 1, 2, 4, 1])
        .map(|(x, w)| x * w / 10 + x * w % 10)
        .sum();
    check(total.is_multiple_of(5) || (d[6] == 7 && (total + 1).is_multiple_of(5)))?;
    Ok(s.to_owned())
}

/// 9 digits with a prefix the IRS assigns. Written `12-3456789`.
fn us_ein(s: &str) -> Result<String, Fault> {
    const UNASSIGNED: [&str; 17] = [
        "00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97",
    ];
    shape(all_digits(s, 9..=9))?;
    let prefix = &s[..2];
    if UNASSIGNED.contains(&prefix) {
        return Err(Fault::Explained(format!(
            "Invalid us_ein value: {prefix} is not a prefix the IRS assigns; expected 9 digits (XX-XXXXXXX), \
             such as 12-3456789."
        )));
    }
    Ok(format!("{prefix}-{}", &s[2..]))
}
