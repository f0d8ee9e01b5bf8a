//! Properties over generated input: what the examples in `tests` show for a few values,
//! for any value. Case counts stay modest: these run in every unit-test step.

use proptest::prelude::*;

use super::*;

/// Any value, as a customer or an attacker might type it: arbitrary text, mostly
/// letters, digits and separators so that many values get past the shape checks.
fn any_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,24}",
        "[0-9A-Za-z .\\-/]{0,20}",
        "(EU|GB|CHE|NO|HR|[A-Z]{2})?[0-9]{5,15}(MVA|MWST|TVA)?",
    ]
}

fn any_type() -> impl Strategy<Value = TaxIdType> {
    prop::sample::select(TaxIdType::ALL)
}

/// A valid value of some type, in canonical form.
fn canonical_value() -> impl Strategy<Value = (&'static str, &'static str)> {
    let valid = VALID.iter().map(|&(kind, _, canonical, _)| (kind, canonical));
    let eu = EU_REAL.iter().map(|&(_, value, _)| ("eu_vat", value));
    let hints = TaxIdType::ALL.iter().map(|kind| (kind.as_str(), kind.format_hint()));
    prop::sample::select(valid.chain(eu).chain(hints).collect::<Vec<_>>())
}

/// White space and separators the normalisation drops.
fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        " ", "  ", "\u{a0}", "\t", ".", "-", "/", "\u{2010}", "\u{2013}", "\u{2014}", "\u{2212}",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Whatever the value, the answer is a canonical value of the requested type
    /// (a fixed point of `parse`) or a refusal on `value` with one of the three
    /// documented codes.
    #[test]
    fn any_value_parses_to_a_fixed_point_or_is_refused_on_value(kind in any_type(), value in any_value()) {
        match parse(kind.as_str(), &value) {
            Ok(valid) => {
                prop_assert_eq!(valid.kind, kind);
                prop_assert!(valid.country.len() == 2 && valid.country.bytes().all(|b| b.is_ascii_uppercase()));
                prop_assert_eq!(parse(kind.as_str(), &valid.value), Ok(valid.clone()));
            }
            Err(invalid) => {
                prop_assert_eq!(invalid.param.as_str(), "value");
                prop_assert!(
                    matches!(
                        invalid.code,
                        ErrorCode::ParameterMissing | ErrorCode::TaxIdInvalid | ErrorCode::TaxIdChecksumInvalid
                    ),
                    "{:?}",
                    invalid
                );
                prop_assert_eq!(invalid.code == ErrorCode::ParameterMissing, value.trim().is_empty());
            }
        }
    }

    /// A name that is not a supported type is refused on `type`, in a message of
    /// bounded size, whatever the value.
    #[test]
    fn an_unknown_type_name_is_refused_on_type(kind in "\\PC{0,64}", value in any_value()) {
        prop_assume!(TaxIdType::parse(&kind).is_none());
        let invalid = err(&kind, &value);
        prop_assert_eq!((invalid.param.as_str(), invalid.code), ("type", ErrorCode::TaxIdTypeUnsupported));
        prop_assert!(invalid.message.len() < 250, "{}", invalid.message.len());
    }

    /// Separators and white space anywhere, and any mix of case, do not change the
    /// canonical form of a valid value.
    #[test]
    fn separators_spaces_and_case_never_change_the_canonical_form(
        (kind, canonical) in canonical_value(),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), separator()), 0..6),
        lowercase in prop::collection::vec(any::<bool>(), 32),
    ) {
        let mut typed: Vec<String> = canonical
            .chars()
            .zip(lowercase.iter().cycle())
            .map(|(c, &lower)| if lower { c.to_lowercase().collect() } else { c.to_string() })
            .collect();
        for (at, separator) in cuts {
            typed.insert(at.index(typed.len() + 1), separator.to_owned());
        }
        let typed: String = typed.concat();
        prop_assert_eq!(ok(kind, &typed).value, ok(kind, canonical).value, "{:?}", typed);
    }

    /// Replacing a check character with any other digit (or letter, for a letter)
    /// is refused. The check position is where a known altered number differs from
    /// the valid one. Left out: tw_vat, whose check is "the weighted sum is
    /// divisible by 5", which a change of 5 in the last digit keeps, and the
    /// alphanumeric CNPJ's altered letter, which is not a check character (the
    /// official mod 11 over ASCII − 48 cannot tell letters 11 apart, E and P).
    #[test]
    fn any_other_check_character_is_refused(
        index in any::<prop::sample::Index>(),
        digit in 0..10u8,
        letter in 0..26u8,
    ) {
        let altered: Vec<(&str, &str, &str)> = ALTERED
            .iter()
            .copied()
            .filter(|&(kind, valid, _)| kind != "tw_vat" && !(kind == "br_cnpj" && valid.contains("ABC")))
            .chain(EU_REAL.iter().filter_map(|&(_, valid, altered)| Some(("eu_vat", valid, altered?))))
            .collect();
        let (kind, valid, altered) = altered[index.index(altered.len())];
        let position = valid
            .bytes()
            .zip(altered.bytes())
            .position(|(a, b)| a != b)
            .expect("the altered number differs");
        let original = valid.as_bytes()[position].to_ascii_uppercase();
        // Same class only: a French key with a letter is another, format-only scheme.
        let replacement = if original.is_ascii_digit() { b'0' + digit } else { b'A' + letter };
        prop_assume!(original != replacement);
        let mut changed = valid.as_bytes().to_vec();
        changed[position] = replacement;
        let changed = String::from_utf8(changed).expect("ASCII");
        let invalid = err(kind, &changed);
        prop_assert_eq!(invalid.param.as_str(), "value");
        prop_assert!(
            matches!(invalid.code, ErrorCode::TaxIdInvalid | ErrorCode::TaxIdChecksumInvalid),
            "{} {:?}: {:?}",
            kind,
            changed,
            invalid
        );
        if original.is_ascii_digit() {
            prop_assert_eq!(invalid.code, ErrorCode::TaxIdChecksumInvalid, "{} {:?}", kind, changed);
        }
    }
}
