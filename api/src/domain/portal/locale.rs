//! Which language the portal speaks.
//!
//! Rules and invariants:
//!
//! - The portal speaks one of [`SUPPORTED_LOCALES`] (BCP 47 tags as written there);
//!   [`resolve`] always returns one of them.
//! - Precedence: the session's explicit `locale` (`"auto"` or absent means none) >
//!   the customer's preferred locales > the browser's `Accept-Language` (ordered by
//!   q-value, `q=0` and `*` ignored) > the tenant's default > [`FALLBACK`] (`en`).
//! - Each step is negotiated with fluent-langneg's filtering strategy, so a regional
//!   or differently cased tag finds its language (`fr-CA` → `fr`, `pt-br` → `pt-BR`,
//!   `pt-PT` → `pt`, `zh-CN` → `zh-Hans`); a step that matches nothing falls through
//!   to the next one.
//! - Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) never gets Simplified
//!   Chinese (`zh-Hans`): readers of one often cannot read the other, so those fall
//!   through instead. Legacy tags are aliased first: `no` → `nb`, `iw` → `he`.
//! - An explicit locale is checked when the session is created
//!   ([`validate_explicit`]): anything that negotiates to a supported locale is
//!   accepted and stored in its supported form; anything else is refused.
//! - Input sizes are bounded: at most [`MAX_ACCEPT_LANGUAGE_LEN`] bytes of
//!   `Accept-Language` and [`MAX_CANDIDATES`] tags per step are considered.

use fluent_langneg::{LanguageIdentifier, NegotiationStrategy, negotiate_languages};
use paylera_shared::ErrorCode;

use crate::domain::Invalid;

/// The locales the portal ships, as returned by [`resolve`].
pub const SUPPORTED_LOCALES: &[&str] = &[
    "en", "fr", "de", "es", "it", "nl", "pt", "pt-BR", "sv", "da", "nb", "fi", "pl", "cs", "ja", "zh-Hans", "ko", "tr",
    "ar", "he", "uk", "el",
];

/// The locale used when nothing else matches.
pub const FALLBACK: &str = "en";

/// The value that asks for automatic detection.
pub const AUTO: &str = "auto";

/// The locales written right to left.
pub const RTL_LOCALES: &[&str] = &["ar", "he"];

/// Longest `Accept-Language` value read, in bytes; the rest is ignored.
pub const MAX_ACCEPT_LANGUAGE_LEN: usize = 4_096;

/// Most language tags considered from any one source.
pub const MAX_CANDIDATES: usize = 32;

/// The portal's locale for a session. See the module docs for the precedence.
pub fn resolve(
    explicit: Option<&str>,
    customer_preferred: &[String],
    accept_language: Option<&str>,
    tenant_default: Option<&str>,
) -> String {
    let explicit = explicit.filter(|l| !l.trim().eq_ignore_ascii_case(AUTO));
    explicit
        .and_then(|l| negotiate(&[l]))
        .or_else(|| {
            let preferred: Vec<&str> = customer_preferred.iter().map(String::as_str).collect();
            negotiate(&preferred)
        })
        .or_else(|| negotiate(&parse_accept_language(accept_language.unwrap_or(""))))
        .or_else(|| tenant_default.and_then(|l| negotiate(&[l])))
        .unwrap_or(FALLBACK)
        .to_owned()
}

/// Checks a session's explicit `locale` (param `locale`): `auto` (any case) or a tag
/// that negotiates to a supported locale. Returns `auto` or the supported form
/// (`FR-ca` → `fr`).
pub fn validate_explicit(locale: &str) -> Result<String, Invalid> {
    let trimmed = locale.trim();
    if trimmed.eq_ignore_ascii_case(AUTO) {
        return Ok(AUTO.to_owned());
    }
    negotiate(&[trimmed]).map(str::to_owned).ok_or_else(|| {
        Invalid::new(
            "locale",
            ErrorCode::ParameterInvalid,
            format!(
                "`{locale}` is not a supported locale. Use `auto` to detect it from the browser, or one of: {}.",
                SUPPORTED_LOCALES.join(", ")
            ),
        )
    })
}

/// `"rtl"` for right-to-left locales (Arabic, Hebrew), `"ltr"` otherwise: the portal's
/// `dir` attribute.
pub fn direction(locale: &str) -> &'static str {
    let language = locale.split(['-', '_']).next().unwrap_or("");
    if RTL_LOCALES.iter().any(|rtl| rtl.eq_ignore_ascii_case(language)) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The language tags of an `Accept-Language` value, best first: ordered by q-value
/// (stable for equal q), without `q=0` entries, `*`, or entries with a malformed
/// q-value.
pub fn parse_accept_language(header: &str) -> Vec<&str> {
    let header = truncate_at_char_boundary(header, MAX_ACCEPT_LANGUAGE_LEN);
    let mut weighted: Vec<(u16, &str)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let mut q = 1000;
            for param in parts {
                let (name, value) = param.split_once('=')?;
                if name.trim().eq_ignore_ascii_case("q") {
                    q = parse_qvalue(value.trim())?;
                }
            }
            (q > 0).then_some((q, tag))
        })
        .take(MAX_CANDIDATES)
        .collect();
    weighted.sort_by_key(|&(q, _)| std::cmp::Reverse(q));
    weighted.into_iter().map(|(_, tag)| tag).collect()
}

/// An RFC 9110 qvalue (`0`, `0.5`, `1.000`) in thousandths.
fn parse_qvalue(value: &str) -> Option<u16> {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac_thousandths = format!("{frac:0<3}").parse::<u16>().ok()?;
    match int {
        "0" => Some(frac_thousandths),
        "1" if frac_thousandths == 0 => Some(1000),
        _ => None,
    }
}

fn truncate_at_char_boundary(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The supported locale that best fits `requested` (best first), if any.
fn negotiate(requested: &[&str]) -> Option<&'static str> {
    let available: Vec<LanguageIdentifier> = SUPPORTED_LOCALES.iter().filter_map(|l| l.parse().ok()).collect();
    for tag in requested.iter().take(MAX_CANDIDATES) {
        let Some(wanted) = parse_tag(tag) else { continue };
        let found = negotiate_languages(&[&wanted], &available, None, NegotiationStrategy::Filtering);
        let traditional = is_traditional_chinese(&wanted);
        let best = found
            .into_iter()
            .find(|candidate| !(traditional && candidate.script.is_some_and(|s| s.as_str() == "Hans")));
        if let Some(best) = best {
            let position = available.iter().position(|a| a == best)?;
            return SUPPORTED_LOCALES.get(position).copied();
        }
    }
    None
}

/// Parses a tag (`_` accepted for `-`), applying the legacy aliases.
fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag.trim();
    if tag.is_empty() || tag.len() > 64 {
        return None;
    }
    let mut id: LanguageIdentifier = tag.replace('_', "-").parse().ok()?;
    let alias = match id.language.as_str() {
        "no" => Some("nb"),
        "iw" => Some("he"),
        _ => None,
    };
    if let Some(alias) = alias {
        id.language = alias.parse().ok()?;
    }
    Some(id)
}

/// Whether `id` asks for Traditional Chinese: script `Hant`, or no script and a
/// region that writes Traditional Chinese.
fn is_traditional_chinese(id: &LanguageIdentifier) -> bool {
    if id.language.as_str() != "zh" {
        return false;
    }
    match id.script {
        Some(script) => script.as_str() == "Hant",
        None => id.region.is_some_and(|r| matches!(r.as_str(), "TW" | "HK" | "MO")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    fn auto_detect(accept_language: &str) -> String {
        resolve(None, &[], Some(accept_language), None)
    }

    #[test]
    fn the_list_has_at_least_twenty_locales_including_arabic_and_hebrew() {
        assert!(SUPPORTED_LOCALES.len() >= 20);
        assert!(SUPPORTED_LOCALES.contains(&"ar"));
        assert!(SUPPORTED_LOCALES.contains(&"he"));
    }

    #[test]
    fn every_supported_locale_parses_and_resolves_to_itself() {
        for locale in SUPPORTED_LOCALES {
            assert!(locale.parse::<LanguageIdentifier>().is_ok(), "{locale}");
            assert_eq!(resolve(Some(locale), &[], None, None), *locale);
        }
    }

    #[test]
    fn an_explicit_locale_wins_over_everything() {
        let got = resolve(Some("fr"), &strings(&["de"]), Some("es"), Some("it"));
        assert_eq!(got, "fr");
    }

    #[test]
    fn auto_counts_as_no_explicit_locale() {
        assert_eq!(resolve(Some("auto"), &strings(&["de"]), Some("es"), None), "de");
        assert_eq!(resolve(Some("AUTO"), &[], Some("es"), None), "es");
    }

    #[test]
    fn the_customers_preference_wins_over_the_browser() {
        assert_eq!(resolve(None, &strings(&["de-AT"]), Some("es"), Some("it")), "de");
    }

    #[test]
    fn the_customers_preferences_are_tried_in_order() {
        assert_eq!(resolve(None, &strings(&["xx", "tlh", "sv-FI", "da"]), None, None), "sv");
    }

    #[test]
    fn the_browser_wins_over_the_tenant_default() {
        assert_eq!(resolve(None, &[], Some("nl-BE,nl;q=0.9"), Some("it")), "nl");
    }

    #[test]
    fn the_tenant_default_applies_when_nothing_else_matches() {
        assert_eq!(resolve(None, &strings(&["xx"]), Some("tlh"), Some("it")), "it");
        assert_eq!(resolve(None, &[], None, Some("de-CH")), "de");
    }

    #[test]
    fn english_is_the_last_resort() {
        assert_eq!(resolve(None, &[], None, None), "en");
        assert_eq!(resolve(Some("xx"), &strings(&["yy"]), Some("zz"), Some("qq")), "en");
    }

    #[test]
    fn an_unsupported_explicit_locale_falls_through() {
        assert_eq!(resolve(Some("tlh"), &[], Some("ja"), None), "ja");
    }

    #[test]
    fn regional_tags_find_their_language() {
        assert_eq!(auto_detect("fr-CA"), "fr");
        assert_eq!(auto_detect("en-GB"), "en");
        assert_eq!(auto_detect("es-419"), "es");
        assert_eq!(auto_detect("de-CH"), "de");
        assert_eq!(auto_detect("nb-NO"), "nb");
        assert_eq!(auto_detect("ar-EG"), "ar");
    }

    #[test]
    fn tags_match_whatever_their_case_or_separator() {
        assert_eq!(auto_detect("pt-br"), "pt-BR");
        assert_eq!(auto_detect("PT-BR"), "pt-BR");
        assert_eq!(auto_detect("pt_BR"), "pt-BR");
        assert_eq!(auto_detect("ZH-hans"), "zh-Hans");
    }

    #[test]
    fn portuguese_variants_pick_the_right_portuguese() {
        assert_eq!(auto_detect("pt"), "pt");
        assert_eq!(auto_detect("pt-PT"), "pt");
        assert_eq!(auto_detect("pt-AO"), "pt");
        assert_eq!(auto_detect("pt-BR"), "pt-BR");
    }

    #[test]
    fn simplified_chinese_requests_get_zh_hans() {
        assert_eq!(auto_detect("zh"), "zh-Hans");
        assert_eq!(auto_detect("zh-CN"), "zh-Hans");
        assert_eq!(auto_detect("zh-SG"), "zh-Hans");
        assert_eq!(auto_detect("zh-Hans-CN"), "zh-Hans");
    }

    #[test]
    fn traditional_chinese_never_gets_simplified_chinese() {
        assert_eq!(auto_detect("zh-TW"), "en");
        assert_eq!(auto_detect("zh-HK"), "en");
        assert_eq!(auto_detect("zh-Hant"), "en");
        assert_eq!(auto_detect("zh-Hant-TW"), "en");
        // It falls back to the customer's next choice, not to English.
        assert_eq!(auto_detect("zh-TW,zh;q=0.9,ja;q=0.8"), "zh-Hans");
        assert_eq!(auto_detect("zh-TW,ja;q=0.8,zh;q=0.5"), "ja");
        assert_eq!(resolve(None, &[], Some("zh-TW"), Some("ko")), "ko");
    }

    #[test]
    fn legacy_tags_are_aliased() {
        assert_eq!(auto_detect("no"), "nb");
        assert_eq!(auto_detect("no-NO"), "nb");
        assert_eq!(auto_detect("iw-IL"), "he");
    }

    #[test]
    fn accept_language_is_ordered_by_q_value() {
        assert_eq!(auto_detect("de;q=0.5, fr;q=0.9, en;q=0.1"), "fr");
        assert_eq!(auto_detect("ja;q=0.2,ko"), "ko");
        assert_eq!(
            parse_accept_language("de;q=0.5, fr;q=0.9, it, en;q=0.9"),
            vec!["it", "fr", "en", "de"]
        );
    }

    #[test]
    fn accept_language_skips_unsupported_tags_for_the_next_supported_one() {
        assert_eq!(auto_detect("tlh, xx-YY;q=0.9, da;q=0.8, en;q=0.7"), "da");
    }

    #[test]
    fn accept_language_ignores_q_zero_wildcards_and_malformed_entries() {
        assert_eq!(auto_detect("fr;q=0, de;q=0.1"), "de");
        assert_eq!(auto_detect("*, it;q=0.5"), "it");
        assert_eq!(auto_detect("fr;q=2, fr;q=abc, fr;q=0.1234, fr;q, el;q=0.3"), "el");
        assert_eq!(parse_accept_language(",,;, ;q=1,"), Vec::<&str>::new());
        assert_eq!(auto_detect("!!!, 12345"), "en");
    }

    #[test]
    fn q_values_follow_the_http_grammar() {
        assert_eq!(parse_qvalue("1"), Some(1000));
        assert_eq!(parse_qvalue("1.000"), Some(1000));
        assert_eq!(parse_qvalue("0.5"), Some(500));
        assert_eq!(parse_qvalue("0.125"), Some(125));
        assert_eq!(parse_qvalue("0"), Some(0));
        assert_eq!(parse_qvalue("1.5"), None);
        assert_eq!(parse_qvalue("-0.5"), None);
        assert_eq!(parse_qvalue(".5"), None);
        assert_eq!(parse_qvalue("0.1234"), None);
    }

    #[test]
    fn a_huge_accept_language_is_read_only_up_to_its_bound() {
        let header = format!("{}, fr", "xx;q=0.9, ".repeat(10_000));
        assert_eq!(auto_detect(&header), "en");
        let multibyte = "é".repeat(MAX_ACCEPT_LANGUAGE_LEN);
        assert_eq!(auto_detect(&multibyte), "en");
    }

    #[test]
    fn an_explicit_locale_is_validated_and_normalised() {
        assert_eq!(validate_explicit("fr"), Ok("fr".to_owned()));
        assert_eq!(validate_explicit("FR-ca"), Ok("fr".to_owned()));
        assert_eq!(validate_explicit("pt-br"), Ok("pt-BR".to_owned()));
        assert_eq!(validate_explicit("auto"), Ok("auto".to_owned()));
        assert_eq!(validate_explicit("Auto"), Ok("auto".to_owned()));
    }

    #[test]
    fn an_unsupported_explicit_locale_is_refused_and_auto_is_suggested() {
        for bad in [
            "tlh",
            "xx",
            "",
            "zh-TW",
            "fr;q=1",
            "en-US-x-twain-but-this-is-way-too-long-to-be-a-tag-honestly",
        ] {
            let err = validate_explicit(bad).expect_err(bad);
            assert_eq!(err.param, "locale");
            assert_eq!(err.code, ErrorCode::ParameterInvalid);
            assert!(err.message.contains("`auto`"), "{}", err.message);
        }
    }

    #[test]
    fn arabic_and_hebrew_read_right_to_left() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("he"), "rtl");
        assert_eq!(direction("en"), "ltr");
        assert_eq!(direction("zh-Hans"), "ltr");
    }

    // Properties over generated input. Case counts stay modest: these run in every
    // unit-test step, and each negotiation parses the supported list again.
    mod properties {
        use proptest::prelude::*;

        use super::*;

        /// Something that may be a language tag: a supported one, a plausible one, or text.
        fn tag() -> impl Strategy<Value = String> {
            prop_oneof![
                prop::sample::select(SUPPORTED_LOCALES).prop_map(str::to_owned),
                "[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8}){0,2}",
                "\\PC{0,12}",
            ]
        }

        /// A q-value as a browser writes it, in thousandths.
        fn qvalue() -> impl Strategy<Value = u16> {
            prop_oneof![Just(1000u16), 0..=1000u16]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            /// Whatever the session, the customer, the browser and the tenant say, the
            /// portal speaks a supported locale, in the direction that locale is written.
            #[test]
            fn negotiation_always_returns_a_supported_locale(
                explicit in prop::option::of(tag()),
                preferred in prop::collection::vec(tag(), 0..4),
                header in prop_oneof!["\\PC{0,40}", "([a-zA-Z\\-*]{1,8}(;q=[0-9.]{1,5})?, ?){0,5}"],
                tenant in prop::option::of(tag()),
            ) {
                let locale = resolve(explicit.as_deref(), &preferred, Some(&header), tenant.as_deref());
                prop_assert!(SUPPORTED_LOCALES.contains(&locale.as_str()), "{}", locale);
                prop_assert_eq!(direction(&locale) == "rtl", RTL_LOCALES.contains(&locale.as_str()));
            }

            /// `Accept-Language` comes back as its tags ordered by q-value (stable among
            /// equal ones), without `q=0` entries and wildcards.
            #[test]
            fn accept_language_tags_come_back_ordered_by_q_value(
                entries in prop::collection::vec(
                    (prop_oneof![Just("*".to_owned()), "[a-z]{2}(-[A-Z]{2})?"], qvalue(), any::<bool>()),
                    0..12,
                ),
            ) {
                let header = entries
                    .iter()
                    .map(|(tag, q, spaced)| {
                        let q = if *q == 1000 { String::new() } else { format!(";q=0.{q:03}") };
                        format!("{}{tag}{q}", if *spaced { " " } else { "" })
                    })
                    .collect::<Vec<_>>()
                    .join(",");
                let mut expected: Vec<(u16, &str)> = entries
                    .iter()
                    .filter(|(tag, q, _)| *q > 0 && tag != "*")
                    .map(|(tag, q, _)| (*q, tag.as_str()))
                    .collect();
                expected.sort_by_key(|&(q, _)| std::cmp::Reverse(q));
                let expected: Vec<&str> = expected.into_iter().map(|(_, tag)| tag).collect();
                prop_assert_eq!(parse_accept_language(&header), expected, "{}", header);
            }

            /// An explicit locale is accepted as `auto` or as the supported locale that
            /// negotiation then picks (a fixed point), or refused on `locale`.
            #[test]
            fn an_explicit_locale_is_auto_a_fixed_point_or_refused_on_locale(locale in prop_oneof![tag(), "(?i)auto"]) {
                match validate_explicit(&locale) {
                    Ok(valid) if valid == AUTO => prop_assert!(locale.trim().eq_ignore_ascii_case(AUTO)),
                    Ok(valid) => {
                        prop_assert!(SUPPORTED_LOCALES.contains(&valid.as_str()));
                        prop_assert_eq!(resolve(Some(&locale), &[], Some("de"), Some("it")), valid.clone());
                        prop_assert_eq!(validate_explicit(&valid), Ok(valid));
                    }
                    Err(e) => prop_assert_eq!((e.param.as_str(), e.code), ("locale", ErrorCode::ParameterInvalid)),
                }
            }

            /// A supported locale written in any case, with `_` for `-`, is itself.
            #[test]
            fn a_supported_locale_in_any_case_is_itself(
                locale in prop::sample::select(SUPPORTED_LOCALES),
                upper in prop::collection::vec(any::<bool>(), 8),
                underscore in any::<bool>(),
            ) {
                let written: String = locale
                    .chars()
                    .zip(upper.iter().cycle())
                    .map(|(c, &up)| if up { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
                    .map(|c| if c == '-' && underscore { '_' } else { c })
                    .collect();
                let resolved = resolve(None, &[], Some(&written), None);
                prop_assert_eq!(resolved.as_str(), locale, "{}", written);
            }
        }
    }
}
