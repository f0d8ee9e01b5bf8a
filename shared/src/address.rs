//! Billing addresses: the rules every address must follow, per country.
//!
//! # Every address
//!
//! - Every field is trimmed; a blank string counts as absent.
//! - `country` is required and must be an officially assigned ISO 3166-1
//!   alpha-2 code, in any case (stored uppercase). Reserved and user-assigned
//!   codes are refused: the United Kingdom is `GB`, not `UK`.
//! - `line1`, `line2`, `city` and `state` are at most 200 characters,
//!   `postal_code` at most 20; none may contain control characters (line
//!   breaks, tabs).
//! - `line1` (the street address) and `city` are required in every country.
//!
//! # Country-specific rules
//!
//! For the major billing countries the postal code is required, must have the
//! country's format and is stored in its canonical form; some countries also
//! require a `state` from a fixed list (matched by code or by full name,
//! case-insensitively and ignoring accents; stored as the code).
//!
//! - **US**: ZIP `12345` or ZIP+4 `12345-6789` (`123456789` is accepted and
//!   hyphenated). `state` required: the 50 states, DC, the territories PR, GU,
//!   VI, AS, MP and the military AA, AE, AP.
//! - **CA**: `A1A 1A1`, stored uppercase with one space (the letters D, F, I,
//!   O, Q, U never appear; W and Z never first). `state` required: one of the
//!   13 province and territory codes.
//! - **GB**: an outward code `A9`, `A99`, `A9A`, `AA9`, `AA99` or `AA9A`, a
//!   space, an inward code `9AA` (or the special `GIR 0AA`); stored uppercase
//!   with one space before the inward code. `state` (county) optional.
//! - **DE**, **FR**, **IT**: 5 digits.
//! - **ES**: 5 digits starting with a province number from 01 to 52.
//! - **NL**: `1234 AB` (first digit 1–9, letters not SA, SD or SS), stored
//!   uppercase with one space.
//! - **AU**: 4 digits. `state` required: NSW, VIC, QLD, SA, WA, TAS, ACT, NT.
//! - **JP**: `123-4567` (`1234567` is accepted and hyphenated). The prefecture
//!   (`state`) is optional free text.
//! - **IN**: a 6-digit PIN not starting with 0 (`110 001` is accepted and
//!   stored as `110001`). `state` optional free text.
//! - **BR**: CEP `12345-678` (`12345678` is accepted and hyphenated). `state`
//!   required: one of the 27 UF codes.
//!
//! Where a state is not required it is optional free text, stored as given.
//!
//! # The generic form (every other country)
//!
//! `line1` and `city` are required; `postal_code` is optional free text of
//! letters, digits, spaces and hyphens (at most 20, at least one letter or
//! digit), stored as given; `state` is optional free text.
//!
//! # Order of checks
//!
//! The first broken rule is reported: `country`; then length and characters of
//! `line1`, `line2`, `city`, `state`, `postal_code`; then the required fields in
//! the order `line1`, `city`, `state`, `postal_code`; then the postal code's
//! format; then the state list. Error params name the field without a prefix;
//! callers nest them (the API reports `address.postal_code`).
//!
//! # Writing an address
//!
//! [`address_lines`] gives an address's lines in its country's order (after Google's
//! libaddressinput): the overview and the invoice PDF print it that way.
//!
//! # One table for the API and the portal
//!
//! The API validates with [`validate`]; the portal builds its country-aware form
//! from [`countries`] and [`rules`] (labels, required fields, the state list, an
//! example postal code) and runs the same [`validate`] in the browser before it
//! posts, so both always agree. Plain data and `std` only: it builds for wasm32.

mod data;
mod layout;

pub use layout::address_lines;

use crate::ErrorCode;
use crate::customer::{Address, AddressParams};

/// The longest `line1`, `line2`, `city` or `state`, in characters.
pub const MAX_TEXT_LEN: usize = 200;
/// The longest `postal_code`, in characters.
pub const MAX_POSTAL_CODE_LEN: usize = 20;

/// A rule an address broke, as [`validate`] reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressError {
    /// The field at fault, without prefix: `country`, `line1`, `line2`, `city`,
    /// `state` or `postal_code`.
    pub param: &'static str,
    /// `parameter_missing`, `parameter_invalid`, `invalid_country`,
    /// `invalid_postal_code` or `invalid_state`.
    pub code: ErrorCode,
    /// A sentence for developers, in English: what is wrong and what is expected.
    pub message: String,
}

impl AddressError {
    fn new(param: &'static str, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            param,
            code,
            message: message.into(),
        }
    }
}

/// What a country calls the `state` field of its addresses, for the form's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateKind {
    /// US, AU, BR, IN.
    State,
    /// CA (provinces and territories), IT, ES.
    Province,
    /// JP.
    Prefecture,
    /// GB.
    County,
    /// Every other country: a region, optional.
    Region,
}

/// What a country calls the `postal_code` field, for the form's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostalCodeKind {
    /// US.
    ZipCode,
    /// Everywhere else.
    PostalCode,
}

/// Per-country rules, for a country-aware address form: which fields are
/// required, the states to choose from and an example postal code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryRules {
    /// The ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    pub requires_line1: bool,
    pub requires_city: bool,
    pub requires_state: bool,
    pub requires_postal_code: bool,
    /// A postal code in the canonical form, for a placeholder; `None` where
    /// the postal code is free text.
    pub postal_code_example: Option<&'static str>,
    /// `(code, English name)` of the accepted states; empty where the state is
    /// free text.
    pub states: &'static [(&'static str, &'static str)],
    /// What the `state` field is called; `None` where addresses do not use one
    /// (DE, FR, NL: the form leaves it out; the API still accepts free text).
    pub state_kind: Option<StateKind>,
    /// What the `postal_code` field is called.
    pub postal_code_kind: PostalCodeKind,
}

/// Validates and normalises a billing address. Errors name the field without prefix
/// (`country`, `postal_code`, `state`, `line1`, `city`); callers nest them (`address.`).
pub fn validate(params: &AddressParams) -> Result<Address, AddressError> {
    let country = clean(params.country.as_deref()).ok_or_else(|| {
        AddressError::new(
            "country",
            ErrorCode::ParameterMissing,
            "country is required: a two-letter ISO 3166-1 code such as US, GB or DE.",
        )
    })?;
    let code = known_country(&country).ok_or_else(|| invalid_country(&country))?;
    let spec = spec(code);

    let line1 = clean(params.line1.as_deref());
    let line2 = clean(params.line2.as_deref());
    let city = clean(params.city.as_deref());
    let state = clean(params.state.as_deref());
    let postal_code = clean(params.postal_code.as_deref());
    for (param, value, max) in [
        ("line1", &line1, MAX_TEXT_LEN),
        ("line2", &line2, MAX_TEXT_LEN),
        ("city", &city, MAX_TEXT_LEN),
        ("state", &state, MAX_TEXT_LEN),
        ("postal_code", &postal_code, MAX_POSTAL_CODE_LEN),
    ] {
        check_text(param, value.as_deref(), max)?;
    }

    if line1.is_none() {
        return Err(missing(
            "line1",
            format!("line1 (the street address) is required for {code} addresses."),
        ));
    }
    if city.is_none() {
        return Err(missing("city", format!("city is required for {code} addresses.")));
    }
    if spec.requires_state && state.is_none() {
        return Err(missing(
            "state",
            format!("state is required for {code} addresses. {}", spec.state_help),
        ));
    }
    if spec.requires_postal_code() && postal_code.is_none() {
        let help = spec.postal_help;
        return Err(missing(
            "postal_code",
            format!("postal_code is required for {code} addresses. {help}"),
        ));
    }

    let postal_code = postal_code.map(|raw| spec.normalise_postal_code(&raw)).transpose()?;
    let state = state.map(|raw| spec.normalise_state(&raw)).transpose()?;
    Ok(Address {
        line1,
        line2,
        city,
        state,
        postal_code,
        country: code.to_owned(),
    })
}

/// Every ISO 3166-1 alpha-2 code (officially assigned, 249) with its English short name,
/// sorted by code.
pub fn countries() -> &'static [(&'static str, &'static str)] {
    data::COUNTRIES
}

/// The English short name of a country code (any case), `None` if it is not
/// an officially assigned ISO 3166-1 alpha-2 code.
pub fn country_name(code: &str) -> Option<&'static str> {
    let code = known_country(code)?;
    data::COUNTRIES.iter().find(|(c, _)| *c == code).map(|(_, name)| *name)
}

/// The rules for a country code (any case); `None` for unknown countries.
pub fn rules(country: &str) -> Option<CountryRules> {
    let spec = spec(known_country(country)?);
    Some(CountryRules {
        code: spec.code,
        requires_line1: true,
        requires_city: true,
        requires_state: spec.requires_state,
        requires_postal_code: spec.requires_postal_code(),
        postal_code_example: spec.postal_example,
        states: spec.states,
        state_kind: state_kind(spec.code),
        postal_code_kind: if spec.code == "US" {
            PostalCodeKind::ZipCode
        } else {
            PostalCodeKind::PostalCode
        },
    })
}

/// What `code`'s addresses call their `state`, if they use one.
fn state_kind(code: &str) -> Option<StateKind> {
    match code {
        "US" | "AU" | "BR" | "IN" => Some(StateKind::State),
        "CA" | "IT" | "ES" => Some(StateKind::Province),
        "JP" => Some(StateKind::Prefecture),
        "GB" => Some(StateKind::County),
        "DE" | "FR" | "NL" => None,
        _ => Some(StateKind::Region),
    }
}

/// The country's code as stored in the table, if the input (trimmed, any case)
/// is an officially assigned one.
fn known_country(input: &str) -> Option<&'static str> {
    let upper = input.trim().to_ascii_uppercase();
    data::COUNTRIES
        .binary_search_by(|(code, _)| (*code).cmp(upper.as_str()))
        .ok()
        .and_then(|index| data::COUNTRIES.get(index))
        .map(|(code, _)| *code)
}

fn invalid_country(input: &str) -> AddressError {
    let upper = input.to_ascii_uppercase();
    let message = if upper == "UK" {
        "'UK' is not an ISO 3166-1 alpha-2 country code: the United Kingdom is GB.".to_owned()
    } else if input.chars().count() <= 10 && !input.chars().any(char::is_control) {
        format!("'{input}' is not an ISO 3166-1 alpha-2 country code. Use a two-letter code such as US, GB or DE.")
    } else {
        "country is not an ISO 3166-1 alpha-2 country code. Use a two-letter code such as US, GB or DE.".to_owned()
    };
    AddressError::new("country", ErrorCode::InvalidCountry, message)
}

fn missing(param: &'static str, message: String) -> AddressError {
    AddressError::new(param, ErrorCode::ParameterMissing, message)
}

/// Trimmed; blank is absent.
fn clean(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned)
}

fn check_text(param: &'static str, value: Option<&str>, max: usize) -> Result<(), AddressError> {
    let Some(value) = value else { return Ok(()) };
    if value.chars().count() > max {
        let message = format!("{param} must be at most {max} characters.");
        return Err(AddressError::new(param, ErrorCode::ParameterInvalid, message));
    }
    if value.chars().any(char::is_control) {
        let message =
            format!("{param} must be a single line of text, without line breaks, tabs or other control characters.");
        return Err(AddressError::new(param, ErrorCode::ParameterInvalid, message));
    }
    Ok(())
}

/// How a country's postal codes are checked and normalised.
#[derive(Debug, Clone, Copy)]
enum PostalFormat {
    UsZip,
    CaPostalCode,
    GbPostcode,
    FiveDigits,
    EsPostalCode,
    NlPostcode,
    FourDigits,
    JpPostalCode,
    InPin,
    BrCep,
    /// The generic form: optional free text.
    Free,
}

/// Everything the validator knows about one country.
#[derive(Debug, Clone, Copy)]
struct Spec {
    code: &'static str,
    postal: PostalFormat,
    /// "US ZIP code": what a bad postal code is not.
    postal_label: &'static str,
    /// A sentence giving the expected format.
    postal_help: &'static str,
    postal_example: Option<&'static str>,
    requires_state: bool,
    /// Empty: free text.
    states: &'static [(&'static str, &'static str)],
    /// "US state": what a bad state is not.
    state_label: &'static str,
    /// A sentence saying what to send.
    state_help: &'static str,
}

fn spec(code: &'static str) -> Spec {
    let with_postal =
        |postal: PostalFormat, postal_label: &'static str, postal_help: &'static str, example: &'static str| Spec {
            code,
            postal,
            postal_label,
            postal_help,
            postal_example: Some(example),
            requires_state: false,
            states: &[],
            state_label: "state",
            state_help: "",
        };
    match code {
        "US" => Spec {
            requires_state: true,
            states: data::US_STATES,
            state_label: "US state",
            state_help: "Use a two-letter USPS code such as CA or NY (or the full name, such as California); \
                         DC, PR, GU, VI, AS, MP, AA, AE and AP are accepted too.",
            ..with_postal(
                PostalFormat::UsZip,
                "US ZIP code",
                "US ZIP codes look like 12345 or 12345-6789.",
                "94105",
            )
        },
        "CA" => Spec {
            requires_state: true,
            states: data::CA_PROVINCES,
            state_label: "Canadian province or territory",
            state_help: "Use a two-letter province or territory code such as ON or QC \
                         (or the full name, such as Ontario).",
            ..with_postal(
                PostalFormat::CaPostalCode,
                "Canadian postal code",
                "Canadian postal codes look like K1A 0B1: letter, digit, letter, space, digit, letter, digit \
                 (the letters D, F, I, O, Q and U are never used, nor W or Z first).",
                "K1A 0B1",
            )
        },
        "GB" => with_postal(
            PostalFormat::GbPostcode,
            "UK postcode",
            "UK postcodes look like SW1A 1AA, M1 1AE or B33 8TH: an outward code (one or two letters, a digit, \
             then an optional letter or digit), a space, then a digit and two letters.",
            "SW1A 1AA",
        ),
        "DE" => with_postal(
            PostalFormat::FiveDigits,
            "German postal code",
            "German postal codes (PLZ) are 5 digits, like 10115.",
            "10115",
        ),
        "FR" => with_postal(
            PostalFormat::FiveDigits,
            "French postal code",
            "French postal codes are 5 digits, like 75008.",
            "75008",
        ),
        "ES" => with_postal(
            PostalFormat::EsPostalCode,
            "Spanish postal code",
            "Spanish postal codes are 5 digits starting with a province number from 01 to 52, like 28013.",
            "28013",
        ),
        "IT" => with_postal(
            PostalFormat::FiveDigits,
            "Italian postal code",
            "Italian postal codes (CAP) are 5 digits, like 00184.",
            "00184",
        ),
        "NL" => with_postal(
            PostalFormat::NlPostcode,
            "Dutch postcode",
            "Dutch postcodes look like 1012 AB: four digits (not starting with 0), a space, then two letters \
             (not SA, SD or SS).",
            "1012 AB",
        ),
        "AU" => Spec {
            requires_state: true,
            states: data::AU_STATES,
            state_label: "Australian state or territory",
            state_help: "Use one of NSW, VIC, QLD, SA, WA, TAS, ACT or NT.",
            ..with_postal(
                PostalFormat::FourDigits,
                "Australian postcode",
                "Australian postcodes are 4 digits, like 2000.",
                "2000",
            )
        },
        "JP" => with_postal(
            PostalFormat::JpPostalCode,
            "Japanese postal code",
            "Japanese postal codes look like 100-0001 (7 digits; the hyphen is optional).",
            "100-0001",
        ),
        "IN" => with_postal(
            PostalFormat::InPin,
            "Indian PIN code",
            "Indian PIN codes are 6 digits not starting with 0, like 110001.",
            "110001",
        ),
        "BR" => Spec {
            requires_state: true,
            states: data::BR_STATES,
            state_label: "Brazilian state (UF)",
            state_help: "Use a two-letter UF code such as SP or RJ (or the full name, such as São Paulo).",
            ..with_postal(
                PostalFormat::BrCep,
                "Brazilian CEP",
                "Brazilian CEPs look like 01310-100 (8 digits; the hyphen is optional).",
                "01310-100",
            )
        },
        _ => Spec {
            postal_example: None,
            ..with_postal(
                PostalFormat::Free,
                "postal code",
                "Postal codes may contain only letters, digits, spaces and hyphens (at most 20 characters).",
                "",
            )
        },
    }
}

impl Spec {
    fn requires_postal_code(&self) -> bool {
        !matches!(self.postal, PostalFormat::Free)
    }

    /// The canonical form of a (trimmed, length-checked) postal code.
    fn normalise_postal_code(&self, raw: &str) -> Result<String, AddressError> {
        let normalised = match self.postal {
            PostalFormat::UsZip => split_digits(raw, 5, 4, b'-')
                .map(|(zip, plus4)| format!("{zip}-{plus4}"))
                .or_else(|| (raw.len() == 5 && all_digits(raw)).then(|| raw.to_owned())),
            PostalFormat::CaPostalCode => ca_postal_code(raw),
            PostalFormat::GbPostcode => gb_postcode(raw),
            PostalFormat::FiveDigits => (raw.len() == 5 && all_digits(raw)).then(|| raw.to_owned()),
            PostalFormat::EsPostalCode => (raw.len() == 5 && all_digits(raw))
                .then_some(raw)
                .filter(|code| {
                    code.get(..2)
                        .and_then(|p| p.parse::<u8>().ok())
                        .is_some_and(|p| (1..=52).contains(&p))
                })
                .map(str::to_owned),
            PostalFormat::NlPostcode => nl_postcode(raw),
            PostalFormat::FourDigits => (raw.len() == 4 && all_digits(raw)).then(|| raw.to_owned()),
            PostalFormat::JpPostalCode => split_digits(raw, 3, 4, b'-').map(|(a, b)| format!("{a}-{b}")),
            PostalFormat::InPin => split_digits(raw, 3, 3, b' ')
                .filter(|(head, _)| !head.starts_with('0'))
                .map(|(a, b)| format!("{a}{b}")),
            PostalFormat::BrCep => split_digits(raw, 5, 3, b'-').map(|(a, b)| format!("{a}-{b}")),
            PostalFormat::Free => {
                let allowed = raw.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-');
                (allowed && raw.chars().any(|c| c.is_ascii_alphanumeric())).then(|| raw.to_owned())
            }
        };
        normalised.ok_or_else(|| {
            let message = format!("'{raw}' is not a valid {}. {}", self.postal_label, self.postal_help);
            AddressError::new("postal_code", ErrorCode::InvalidPostalCode, message)
        })
    }

    /// The state's code if the country has a list (matched by code or name,
    /// both folded: `n.y.` is `NY`), the trimmed text otherwise.
    fn normalise_state(&self, raw: &str) -> Result<String, AddressError> {
        if self.states.is_empty() {
            return Ok(raw.to_owned());
        }
        let folded = fold(raw);
        self.states
            .iter()
            .find(|(code, name)| fold(code) == folded || fold(name) == folded)
            .map(|(code, _)| (*code).to_owned())
            .ok_or_else(|| {
                let message = format!("'{raw}' is not a {}. {}", self.state_label, self.state_help);
                AddressError::new("state", ErrorCode::InvalidState, message)
            })
    }
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `head` digits and `tail` digits, either run together or separated by `sep`:
/// the two groups.
fn split_digits(s: &str, head: usize, tail: usize, sep: u8) -> Option<(&str, &str)> {
    if s.len() == head + tail && all_digits(s) {
        return Some(s.split_at(head));
    }
    if s.len() == head + tail + 1 && s.as_bytes().get(head) == Some(&sep) {
        // `sep` is ASCII, so `head` and `head + 1` are character boundaries.
        let (first, second) = (s.get(..head)?, s.get(head + 1..)?);
        if all_digits(first) && all_digits(second) {
            return Some((first, second));
        }
    }
    None
}

/// Uppercase with every whitespace removed.
fn compact(raw: &str) -> String {
    raw.split_whitespace().collect::<String>().to_ascii_uppercase()
}

/// `A1A 1A1`: letters at positions 1, 3, 5 (never D F I O Q U; W and Z not first).
fn ca_postal_code(raw: &str) -> Option<String> {
    let code = compact(raw);
    let &[l1, d1, l2, d2, l3, d3] = code.as_bytes() else {
        return None;
    };
    let letter = |b: u8| b.is_ascii_uppercase() && !b"DFIOQU".contains(&b);
    let shape = letter(l1) && letter(l2) && letter(l3) && [d1, d2, d3].iter().all(u8::is_ascii_digit);
    (shape && l1 != b'W' && l1 != b'Z').then(|| format!("{} {}", &code[..3], &code[3..]))
}

/// Outward code (`A9`, `A99`, `A9A`, `AA9`, `AA99`, `AA9A`), a space, inward
/// code (`9AA`); or the special `GIR 0AA`.
fn gb_postcode(raw: &str) -> Option<String> {
    let code = compact(raw);
    if code == "GIR0AA" {
        return Some("GIR 0AA".to_owned());
    }
    if !code.is_ascii() || !(5..=7).contains(&code.len()) {
        return None;
    }
    let (outward, inward) = code.split_at(code.len() - 3);
    let &[digit, a, b] = inward.as_bytes() else { return None };
    if !(digit.is_ascii_digit() && a.is_ascii_uppercase() && b.is_ascii_uppercase()) {
        return None;
    }
    let shape: String = outward
        .bytes()
        .map(|c| match c {
            b'A'..=b'Z' => 'A',
            b'0'..=b'9' => '9',
            _ => '?',
        })
        .collect();
    matches!(shape.as_str(), "A9" | "A99" | "A9A" | "AA9" | "AA99" | "AA9A").then(|| format!("{outward} {inward}"))
}

/// `1234 AB`: first digit 1–9, letters not SA, SD or SS.
fn nl_postcode(raw: &str) -> Option<String> {
    let code = compact(raw);
    if code.len() != 6 || !code.is_ascii() {
        return None;
    }
    let (digits, letters) = code.split_at(4);
    let ok = all_digits(digits)
        && !digits.starts_with('0')
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(letters, "SA" | "SD" | "SS");
    ok.then(|| format!("{digits} {letters}"))
}

/// For matching names: lowercase, common Latin accents removed, dots dropped,
/// hyphens as spaces, runs of whitespace collapsed.
fn fold(s: &str) -> String {
    let mapped: String = s
        .chars()
        .filter(|&c| c != '.')
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            '-' => ' ',
            other => other,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    fn params(country: &str, line1: &str, city: &str, state: &str, postal_code: &str) -> AddressParams {
        let some = |s: &str| Some(s.to_owned());
        AddressParams {
            line1: some(line1),
            line2: None,
            city: some(city),
            state: some(state),
            postal_code: some(postal_code),
            country: some(country),
        }
    }

    fn valid(country: &str, line1: &str, city: &str, state: &str, postal_code: &str) -> Address {
        let p = params(country, line1, city, state, postal_code);
        validate(&p).unwrap_or_else(|e| panic!("{country} {state:?} {postal_code:?} should be valid: {e:?}"))
    }

    /// The stored `(state, postal_code)` of a valid address with a street and a city.
    fn stored(country: &str, state: &str, postal_code: &str) -> (Option<String>, Option<String>) {
        let a = valid(country, "1 Main St", "City", state, postal_code);
        (a.state, a.postal_code)
    }

    fn state_of(country: &str, state: &str, postal_code: &str) -> Option<String> {
        stored(country, state, postal_code).0
    }

    fn postal_of(country: &str, state: &str, postal_code: &str) -> Option<String> {
        stored(country, state, postal_code).1
    }

    fn s(value: &str) -> Option<String> {
        Some(value.to_owned())
    }

    fn invalid(country: &str, line1: &str, city: &str, state: &str, postal_code: &str) -> AddressError {
        validate(&params(country, line1, city, state, postal_code)).expect_err("should be invalid")
    }

    fn assert_invalid(err: &AddressError, param: &str, code: ErrorCode) {
        assert_eq!((err.param, err.code), (param, code), "{err:?}");
        assert!(err.message.ends_with('.'), "a sentence: {}", err.message);
    }

    /// `field` is reported missing for the address.
    fn assert_missing(field: &str, country: &str, line1: &str, city: &str, state: &str, postal_code: &str) {
        let err = invalid(country, line1, city, state, postal_code);
        assert_invalid(&err, field, ErrorCode::ParameterMissing);
    }

    /// Each of `codes` is refused as a postal code of `country`.
    fn assert_bad_postal_codes(country: &str, state: &str, codes: &[&str]) {
        for code in codes {
            let err = invalid(country, "1 Main St", "Town", state, code);
            assert_invalid(&err, "postal_code", ErrorCode::InvalidPostalCode);
            assert!(err.message.contains(code), "echoes the value: {}", err.message);
        }
    }

    fn assert_bad_states(country: &str, postal_code: &str, states: &[&str]) {
        for state in states {
            let err = invalid(country, "1 Main St", "Town", state, postal_code);
            assert_invalid(&err, "state", ErrorCode::InvalidState);
        }
    }

    #[test]
    fn fields_are_trimmed_and_blanks_become_absent() {
        let p = AddressParams {
            line1: s("  1 Main St "),
            line2: s("   "),
            city: s(" Singapore\t"),
            state: s(""),
            postal_code: s(" 018956 "),
            country: s(" sg "),
        };
        let expected = Address {
            line1: s("1 Main St"),
            line2: None,
            city: s("Singapore"),
            state: None,
            postal_code: s("018956"),
            country: "SG".into(),
        };
        assert_eq!(validate(&p), Ok(expected));
    }

    #[test]
    fn a_missing_or_blank_country_is_a_missing_parameter() {
        for country in [None, s("  ")] {
            let p = AddressParams {
                country,
                ..params("US", "1 Main St", "Springfield", "IL", "62701")
            };
            let err = validate(&p).expect_err("no country");
            assert_invalid(&err, "country", ErrorCode::ParameterMissing);
        }
    }

    #[test]
    fn unknown_or_unassigned_countries_are_refused() {
        for country in ["XX", "ZZ", "UK", "EU", "USA", "U", "12", "ÜS"] {
            let err = invalid(country, "1 Main St", "Town", "", "");
            assert_invalid(&err, "country", ErrorCode::InvalidCountry);
        }
        assert!(
            invalid("uk", "1 Main St", "London", "", "SW1A 1AA")
                .message
                .contains("GB")
        );
    }

    #[test]
    fn the_invalid_country_message_does_not_echo_huge_values() {
        let err = invalid(&"Q".repeat(5000), "1 Main St", "Town", "", "");
        assert_invalid(&err, "country", ErrorCode::InvalidCountry);
        assert!(err.message.len() < 200);
    }

    #[test]
    fn lowercase_country_codes_are_accepted_and_uppercased() {
        assert_eq!(valid("de", "Unter den Linden 1", "Berlin", "", "10117").country, "DE");
        assert_eq!(valid("Fr", "1 Rue de Rivoli", "Paris", "", "75001").country, "FR");
    }

    // ---- US ----

    #[test]
    fn us_addresses_normalise_the_state_and_accept_zip_plus_four() {
        assert_eq!(stored("US", "ca", "94105"), (s("CA"), s("94105")));
        assert_eq!(postal_of("US", "CA", "94105-1234"), s("94105-1234"));
        assert_eq!(postal_of("US", "CA", "941051234"), s("94105-1234"));
    }

    #[test]
    fn us_states_may_be_given_by_full_name_in_any_case() {
        assert_eq!(state_of("US", "California", "94105"), s("CA"));
        assert_eq!(state_of("US", "  new   YORK ", "12207"), s("NY"));
        assert_eq!(state_of("US", "N.Y.", "12207"), s("NY"));
        assert_eq!(state_of("US", "District of Columbia", "20001"), s("DC"));
    }

    #[test]
    fn us_territories_and_military_states_are_accepted() {
        for state in [
            "PR",
            "GU",
            "VI",
            "AS",
            "MP",
            "AA",
            "AE",
            "AP",
            "dc",
            "Puerto Rico",
            "US Virgin Islands",
        ] {
            valid("US", "Unit 2050", "APO", state, "09012");
        }
    }

    #[test]
    fn an_unknown_us_state_is_an_invalid_state() {
        assert_bad_states("US", "62701", &["XX", "Cali", "UM", "ON", "Washington DC"]);
        let err = invalid("US", "1 Main St", "Springfield", "Illinoise", "62701");
        assert!(err.message.contains("CA or NY"), "{}", err.message);
    }

    #[test]
    fn malformed_us_zip_codes_are_refused_with_the_format() {
        assert_bad_postal_codes(
            "US",
            "IL",
            &["6270", "627011", "62701-12", "62701 1234", "ABCDE", "62701-"],
        );
        let err = invalid("US", "1 Main St", "Springfield", "IL", "1234");
        assert!(
            err.message.contains("US ZIP codes look like 12345 or 12345-6789."),
            "{}",
            err.message
        );
    }

    #[test]
    fn us_addresses_require_line1_city_state_and_zip() {
        assert_missing("line1", "US", " ", "Springfield", "IL", "62701");
        assert_missing("city", "US", "1 Main St", "", "IL", "62701");
        assert_missing("state", "US", "1 Main St", "Springfield", "", "62701");
        assert_missing("postal_code", "US", "1 Main St", "Springfield", "IL", "");
    }

    // ---- CA ----

    #[test]
    fn canadian_postal_codes_are_uppercased_with_one_space() {
        assert_eq!(stored("CA", "on", "k1a0b1"), (s("ON"), s("K1A 0B1")));
        assert_eq!(stored("CA", "Québec", " H3Z   2Y7 "), (s("QC"), s("H3Z 2Y7")));
    }

    #[test]
    fn canadian_postal_codes_follow_the_letter_rules() {
        // D F I O Q U never; W and Z never first; wrong shapes.
        let bad = [
            "D1A 0B1", "W1A 0B1", "Z1A 0B1", "K1O 0B1", "K1A 0U1", "K1A 0B", "1KA 0B1", "K1A-0B1",
        ];
        assert_bad_postal_codes("CA", "ON", &bad);
        // W and Z are fine after the first position.
        assert_eq!(postal_of("CA", "ON", "K1W 0Z1"), s("K1W 0Z1"));
    }

    #[test]
    fn canadian_addresses_require_a_known_province() {
        assert_missing("state", "CA", "1 St", "Ottawa", "", "K1A 0B1");
        assert_bad_states("CA", "K1A 0B1", &["XX", "NY", "Ontari"]);
        assert_eq!(state_of("CA", "Newfoundland and Labrador", "A1A 1A1"), s("NL"));
        assert_eq!(state_of("CA", "yukon", "Y1A 1A1"), s("YT"));
        assert_eq!(state_of("CA", "Prince Edward Island", "C1A 1A1"), s("PE"));
        assert_missing("postal_code", "CA", "1 St", "Ottawa", "ON", "");
    }

    // ---- GB ----

    #[test]
    fn uk_postcodes_in_every_format_are_normalised() {
        for (given, canonical) in [
            ("sw1a1aa", "SW1A 1AA"),
            ("EC1A 1BB", "EC1A 1BB"),
            ("W1A 0AX", "W1A 0AX"),
            ("m1 1ae", "M1 1AE"),
            ("B33  8TH", "B33 8TH"),
            ("CR2 6XH", "CR2 6XH"),
            ("DN55 1PT", "DN55 1PT"),
            ("gir 0aa", "GIR 0AA"),
        ] {
            assert_eq!(postal_of("GB", "", given), s(canonical), "{given}");
        }
    }

    #[test]
    fn malformed_uk_postcodes_are_refused() {
        let bad = [
            "SW1A",
            "1AA 1AA",
            "SW1A 1A",
            "SW1A AAA",
            "ABC1 1AA",
            "SW1AA 1AA",
            "12345",
        ];
        assert_bad_postal_codes("GB", "", &bad);
    }

    #[test]
    fn uk_addresses_require_a_postcode_but_not_a_county() {
        assert_missing("postal_code", "GB", "10 Downing St", "London", "", "");
        assert_missing("city", "GB", "10 Downing St", "", "", "SW1A 2AA");
        assert_eq!(stored("GB", "Surrey", "GU1 3AA"), (s("Surrey"), s("GU1 3AA")));
    }

    // ---- DE, FR, IT, ES ----

    #[test]
    fn german_french_and_italian_postal_codes_are_five_digits() {
        assert_eq!(postal_of("DE", "", "10117"), s("10117"));
        assert_eq!(postal_of("FR", "", "75001"), s("75001"));
        assert_eq!(stored("IT", "RM", "00186"), (s("RM"), s("00186")));
        for country in ["DE", "FR", "IT"] {
            assert_bad_postal_codes(country, "", &["1011", "101170", "1O117", "10 117"]);
        }
    }

    #[test]
    fn german_french_and_italian_addresses_require_street_city_and_postal_code() {
        for country in ["DE", "FR", "IT"] {
            assert_missing("line1", country, "", "City", "", "10117");
            assert_missing("city", country, "Street 1", "", "", "10117");
            assert_missing("postal_code", country, "Street 1", "City", "", "");
        }
    }

    #[test]
    fn spanish_postal_codes_start_with_a_province_from_01_to_52() {
        assert_eq!(postal_of("ES", "", "28013"), s("28013"));
        assert_eq!(postal_of("ES", "", "01001"), s("01001"));
        assert_eq!(postal_of("ES", "", "52001"), s("52001"));
        assert_bad_postal_codes("ES", "", &["00123", "53001", "99999", "2801"]);
        assert_missing("line1", "ES", "", "Madrid", "", "28013");
        assert_missing("postal_code", "ES", "Calle Mayor 1", "Madrid", "", "");
    }

    // ---- NL ----

    #[test]
    fn dutch_postcodes_are_normalised_to_four_digits_space_two_letters() {
        for given in ["1012ab", "1012 AB", " 1012  ab "] {
            assert_eq!(postal_of("NL", "", given), s("1012 AB"), "{given}");
        }
        let bad = [
            "0123 AB", "1012 SA", "1012 SD", "1012 ss", "1012 A", "1012 A1", "101 AB",
        ];
        assert_bad_postal_codes("NL", "", &bad);
        assert_missing("postal_code", "NL", "Dam 1", "Amsterdam", "", "");
    }

    // ---- AU ----

    #[test]
    fn australian_addresses_need_a_state_and_a_four_digit_postcode() {
        assert_eq!(stored("AU", "nsw", "2000"), (s("NSW"), s("2000")));
        assert_eq!(state_of("AU", "Tasmania", "7000"), s("TAS"));
        assert_bad_postal_codes("AU", "VIC", &["300", "30000", "3OOO"]);
        assert_missing("state", "AU", "1 George St", "Sydney", "", "2000");
        assert_missing("postal_code", "AU", "1 George St", "Sydney", "NSW", "");
        assert_bad_states("AU", "2000", &["NY", "New South Wale"]);
    }

    // ---- JP ----

    #[test]
    fn japanese_postal_codes_get_their_hyphen_and_the_prefecture_is_optional() {
        assert_eq!(stored("JP", "", "1000001"), (None, s("100-0001")));
        assert_eq!(stored("JP", "Tokyo", "100-0001"), (s("Tokyo"), s("100-0001")));
        assert_bad_postal_codes("JP", "", &["100-001", "10000011", "1000-001", "100 0001"]);
        assert_missing("city", "JP", "1-1 Chiyoda", "", "", "100-0001");
        assert_missing("postal_code", "JP", "1-1 Chiyoda", "Chiyoda-ku", "", "");
    }

    // ---- IN ----

    #[test]
    fn indian_pin_codes_are_six_digits_and_the_state_is_free_text() {
        assert_eq!(stored("IN", "Delhi", "110 001"), (s("Delhi"), s("110001")));
        assert_eq!(stored("IN", "", "560001"), (None, s("560001")));
        assert_bad_postal_codes("IN", "", &["011001", "11001", "1100011", "110-001"]);
        assert_missing("postal_code", "IN", "1 MG Road", "Bengaluru", "", "");
    }

    // ---- BR ----

    #[test]
    fn brazilian_ceps_get_their_hyphen_and_states_their_uf_code() {
        assert_eq!(stored("BR", "sp", "01310100"), (s("SP"), s("01310-100")));
        assert_eq!(state_of("BR", "Parana", "80010-000"), s("PR"));
        assert_eq!(state_of("BR", "espírito santo", "29010-000"), s("ES"));
        assert_eq!(state_of("BR", "São Paulo", "01310-100"), s("SP"));
        assert_bad_postal_codes("BR", "SP", &["0131-0100", "013101000", "01310-10", "01310 100"]);
        assert_missing("state", "BR", "Rua 1", "São Paulo", "", "01310-100");
        assert_missing("postal_code", "BR", "Rua 1", "São Paulo", "SP", "");
        assert_bad_states("BR", "01310-100", &["XX", "Sao Paolo"]);
    }

    // ---- the generic form ----

    #[test]
    fn other_countries_use_the_generic_form() {
        assert_eq!(stored("SG", "", "048616"), (None, s("048616")));
        assert_eq!(stored("CH", "ZH", "8001"), (s("ZH"), s("8001")));
        // The postal code is optional; any sensible shape is stored as given.
        assert_eq!(postal_of("HK", "", ""), None);
        assert_eq!(postal_of("IE", "", "D02 X285"), s("D02 X285"));
        assert_eq!(postal_of("PL", "", "80-827"), s("80-827"));
        // Puerto Rico as a country (not a US state) is generic too.
        assert_eq!(valid("PR", "1 Calle", "San Juan", "", "00901").country, "PR");
    }

    #[test]
    fn generic_postal_codes_with_other_characters_are_refused() {
        assert_bad_postal_codes("SG", "", &["12#4", "1234/5", "--", "12_34", "١٢٣٤"]);
    }

    #[test]
    fn the_generic_form_requires_line1_and_city() {
        assert_missing("line1", "SG", "", "Singapore", "", "");
        assert_missing("city", "CH", "Bahnhofstrasse 1", "", "", "8001");
    }

    // ---- lengths and characters ----

    #[test]
    fn fields_up_to_the_limits_are_accepted_and_longer_ones_refused() {
        let at_limit = "é".repeat(MAX_TEXT_LEN);
        let p = AddressParams {
            line2: Some(at_limit.clone()),
            ..params("SG", &at_limit, &at_limit, &at_limit, "")
        };
        assert!(validate(&p).is_ok());
        assert!(validate(&params("SG", "1 St", "S", "", &"1".repeat(MAX_POSTAL_CODE_LEN))).is_ok());

        let long = "x".repeat(MAX_TEXT_LEN + 1);
        let long_line2 = AddressParams {
            line2: Some(long.clone()),
            ..params("SG", "1 St", "Singapore", "", "")
        };
        for (field, p) in [
            ("line1", params("SG", &long, "Singapore", "", "")),
            ("line2", long_line2),
            ("city", params("SG", "1 St", &long, "", "")),
            ("state", params("SG", "1 St", "Singapore", &long, "")),
            (
                "postal_code",
                params("SG", "1 St", "Singapore", "", &"1".repeat(MAX_POSTAL_CODE_LEN + 1)),
            ),
        ] {
            let err = validate(&p).expect_err(field);
            assert_invalid(&err, field, ErrorCode::ParameterInvalid);
        }
    }

    #[test]
    fn line_breaks_and_other_control_characters_are_refused() {
        let err = invalid("SG", "1 Main St\nSingapore", "Singapore", "", "");
        assert_invalid(&err, "line1", ErrorCode::ParameterInvalid);
    }

    #[test]
    fn an_overlong_value_is_reported_before_a_missing_one() {
        let err = invalid("US", &"x".repeat(MAX_TEXT_LEN + 1), "", "", "");
        assert_invalid(&err, "line1", ErrorCode::ParameterInvalid);
    }

    // ---- the tables ----

    #[test]
    fn countries_lists_every_assigned_code_once_in_order() {
        let list = countries();
        assert!(list.len() >= 245, "{}", list.len());
        assert_eq!(list.len(), 249);
        let codes: HashSet<_> = list.iter().map(|(code, _)| *code).collect();
        assert_eq!(codes.len(), list.len(), "unique codes");
        assert!(
            list.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted by code (lookups rely on it)"
        );
        for (code, name) in list {
            assert!(
                code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code}"
            );
            assert!(!name.is_empty());
        }
        for code in ["GB", "US", "DE", "AX", "SS"] {
            assert!(codes.contains(code), "{code}");
        }
        for code in ["UK", "XK", "EU", "EL"] {
            assert!(!codes.contains(code), "{code}");
        }
        assert_eq!(country_name("gb"), Some("United Kingdom"));
        assert_eq!(country_name("UK"), None);
    }

    #[test]
    fn every_subdivision_list_has_unique_codes_and_the_expected_size() {
        for (list, len) in [
            (data::US_STATES, 59),
            (data::CA_PROVINCES, 13),
            (data::AU_STATES, 8),
            (data::BR_STATES, 27),
        ] {
            assert_eq!(list.len(), len);
            let codes: HashSet<_> = list.iter().map(|(code, _)| *code).collect();
            assert_eq!(codes.len(), len);
        }
    }

    #[test]
    fn rules_describe_each_country_for_the_form() {
        let us = rules("US").expect("US");
        assert!(us.requires_line1 && us.requires_city && us.requires_state && us.requires_postal_code);
        assert_eq!((us.states.len(), us.postal_code_example), (59, Some("94105")));

        let gb = rules("gb").expect("GB");
        assert!(gb.requires_postal_code && !gb.requires_state && gb.states.is_empty());

        let generic = CountryRules {
            code: "SG",
            requires_line1: true,
            requires_city: true,
            requires_state: false,
            requires_postal_code: false,
            postal_code_example: None,
            states: &[],
            state_kind: Some(StateKind::Region),
            postal_code_kind: PostalCodeKind::PostalCode,
        };
        assert_eq!(us.state_kind, Some(StateKind::State));
        assert_eq!(us.postal_code_kind, PostalCodeKind::ZipCode);
        assert_eq!(rules("JP").and_then(|r| r.state_kind), Some(StateKind::Prefecture));
        assert_eq!(rules("CA").and_then(|r| r.state_kind), Some(StateKind::Province));
        assert_eq!(rules("DE").and_then(|r| r.state_kind), None);
        assert_eq!(rules("SG"), Some(generic));
        assert_eq!(rules("UK"), None);
        assert_eq!(rules("XX"), None);
    }

    #[test]
    fn every_postal_code_example_passes_its_own_country_check() {
        for (code, _) in countries() {
            let r = rules(code).expect("known");
            let Some(example) = r.postal_code_example else { continue };
            let state = r.states.first().map_or("", |(s, _)| *s);
            assert_eq!(
                postal_of(code, state, example),
                s(example),
                "{code} stores its example unchanged"
            );
        }
    }
}
