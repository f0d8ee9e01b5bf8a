//! The session's explicit locale, as a merchant asks for it. The locales themselves
//! and the negotiation (precedence, aliases, Traditional Chinese, input bounds) are
//! [`paylera_shared::locale`]'s, shared with the portal.
//!
//! What is the API's own: a session's `locale` may be `auto` (any case; the default),
//! which asks for negotiation when the session is created, or any tag that negotiates
//! to a supported locale (`FR-ca` → `fr`), which is stored in its supported form.
//! Anything else is refused on `locale`, naming `auto` and the supported tags.

use paylera_shared::{ErrorCode, locale::Locale};

use crate::domain::Invalid;

/// The value that asks for automatic detection.
pub const AUTO: &str = "auto";

/// A session's explicit `locale` (param `locale`): `None` for `auto`, else the
/// supported locale the tag negotiates to.
pub fn parse_explicit(locale: &str) -> Result<Option<Locale>, Invalid> {
    let trimmed = locale.trim();
    if trimmed.eq_ignore_ascii_case(AUTO) {
        return Ok(None);
    }
    match Locale::negotiate(&[trimmed]) {
        Some(supported) => Ok(Some(supported)),
        None => Err(Invalid::new(
            "locale",
            ErrorCode::ParameterInvalid,
            format!(
                "`{locale}` is not a supported locale. Use `auto` to detect it from the browser, or one of: {}.",
                Locale::ALL.map(Locale::tag).join(", ")
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_locale_is_validated_and_normalised() {
        assert_eq!(parse_explicit("fr"), Ok(Some(Locale::Fr)));
        assert_eq!(parse_explicit("FR-ca"), Ok(Some(Locale::Fr)));
        assert_eq!(parse_explicit("pt-br"), Ok(Some(Locale::PtBr)));
        assert_eq!(parse_explicit("zh-TW"), Ok(Some(Locale::ZhHant)));
    }

    #[test]
    fn auto_in_any_case_asks_for_negotiation() {
        for auto in ["auto", "Auto", " AUTO "] {
            assert_eq!(parse_explicit(auto), Ok(None), "{auto}");
        }
    }

    #[test]
    fn an_unsupported_explicit_locale_is_refused_and_auto_is_suggested() {
        for bad in [
            "tlh",
            "xx",
            "",
            "ms-MY",
            "fr;q=1",
            "en-US-x-twain-but-this-is-way-too-long-to-be-a-tag-honestly",
        ] {
            let err = parse_explicit(bad).expect_err(bad);
            assert_eq!(err.param, "locale");
            assert_eq!(err.code, ErrorCode::ParameterInvalid);
            assert!(err.message.contains("`auto`"), "{}", err.message);
            assert!(err.message.contains("pt-BR, "), "{}", err.message);
        }
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            /// An explicit locale is `auto`, a supported locale that is a fixed point
            /// (its tag parses back to itself), or refused on `locale`.
            #[test]
            fn an_explicit_locale_is_auto_a_fixed_point_or_refused_on_locale(
                locale in prop_oneof!["[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8}){0,2}", "\\PC{0,12}", "(?i) ?auto ?"],
            ) {
                match parse_explicit(&locale) {
                    Ok(None) => prop_assert!(locale.trim().eq_ignore_ascii_case(AUTO)),
                    Ok(Some(valid)) => prop_assert_eq!(parse_explicit(valid.tag()), Ok(Some(valid))),
                    Err(e) => prop_assert_eq!((e.param.as_str(), e.code), ("locale", ErrorCode::ParameterInvalid)),
                }
            }
        }
    }
}
