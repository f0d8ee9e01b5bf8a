use super::negotiation::parse_qvalue;
use super::*;

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn auto_detect(accept_language: &str) -> Locale {
    resolve(None, &[], Some(accept_language), None)
}

fn tags(locales: &[Locale]) -> Vec<&'static str> {
    locales.iter().map(|l| l.tag()).collect()
}

#[test]
fn the_portal_speaks_these_thirty_one_locales() {
    assert_eq!(
        tags(&Locale::ALL),
        [
            "en", "fr", "de", "es", "it", "nl", "pt", "pt-BR", "sv", "da", "nb", "fi", "pl", "cs", "ja", "zh-Hans",
            "ko", "tr", "ar", "he", "uk", "el", "ro", "hu", "sk", "bg", "hr", "id", "vi", "th", "zh-Hant",
        ]
    );
}

#[test]
fn every_locale_has_its_own_native_name() {
    let names: Vec<&str> = Locale::ALL.iter().map(|l| l.native_name()).collect();
    for (locale, name) in Locale::ALL.iter().zip(&names) {
        assert!(!name.trim().is_empty(), "{locale}");
        assert_eq!(name.trim(), *name, "{locale}");
        let same: Vec<&str> = names.iter().copied().filter(|n| n == name).collect();
        assert_eq!(same.len(), 1, "{locale}: {name} is also another locale's name");
    }
    assert_eq!(Locale::De.native_name(), "Deutsch");
    assert_eq!(Locale::ZhHant.native_name(), "繁體中文");
    assert_eq!(Locale::Id.native_name(), "Bahasa Indonesia");
}

#[test]
fn a_locale_is_written_on_the_wire_as_its_tag_and_read_back_in_any_case() {
    for locale in Locale::ALL {
        let json = serde_json::to_string(&locale).expect("json");
        assert_eq!(json, format!("\"{}\"", locale.tag()));
        assert_eq!(serde_json::from_str::<Locale>(&json).expect("tag"), locale);
        assert_eq!(locale.tag().parse(), Ok(locale));
        assert_eq!(locale.tag().to_ascii_lowercase().parse(), Ok(locale));
        assert_eq!(locale.tag().to_ascii_uppercase().parse(), Ok(locale));
        assert_eq!(locale.to_string(), locale.tag());
    }
    assert_eq!("pt_br".parse(), Ok(Locale::PtBr));
    assert_eq!(" zh-hans ".parse(), Ok(Locale::ZhHans));
    assert_eq!("zh_HANT".parse(), Ok(Locale::ZhHant));
}

#[test]
fn only_the_supported_tags_parse_anything_else_is_negotiation() {
    for tag in ["fr-CA", "zh", "zh-TW", "ro-RO", "", "auto", "english"] {
        assert!(tag.parse::<Locale>().is_err(), "{tag}");
    }
    assert!(serde_json::from_str::<Locale>("\"fr-CA\"").is_err());
}

#[test]
fn only_arabic_and_hebrew_are_right_to_left() {
    let rtl: Vec<Locale> = Locale::ALL.into_iter().filter(|l| l.is_rtl()).collect();
    assert_eq!(rtl, [Locale::Ar, Locale::He]);
}

#[test]
fn every_supported_locale_parses_as_a_language_tag_and_negotiates_to_itself() {
    for locale in Locale::ALL {
        assert!(
            locale.tag().parse::<fluent_langneg::LanguageIdentifier>().is_ok(),
            "{locale}"
        );
        assert_eq!(Locale::negotiate(&[locale.tag()]), Some(locale));
        assert_eq!(resolve(Some(locale), &[], Some("de"), Some("it")), locale);
    }
}

#[test]
fn an_explicit_locale_wins_over_everything() {
    let got = resolve(Some(Locale::Fr), &strings(&["de"]), Some("es"), Some("it"));
    assert_eq!(got, Locale::Fr);
}

#[test]
fn the_customers_preference_wins_over_the_browser() {
    assert_eq!(resolve(None, &strings(&["de-AT"]), Some("es"), Some("it")), Locale::De);
}

#[test]
fn the_customers_preferences_are_tried_in_order() {
    assert_eq!(
        resolve(None, &strings(&["xx", "tlh", "sv-FI", "da"]), None, None),
        Locale::Sv
    );
}

#[test]
fn the_browser_wins_over_the_tenant_default() {
    assert_eq!(resolve(None, &[], Some("nl-BE,nl;q=0.9"), Some("it")), Locale::Nl);
}

#[test]
fn the_tenant_default_applies_when_nothing_else_matches() {
    assert_eq!(resolve(None, &strings(&["xx"]), Some("tlh"), Some("it")), Locale::It);
    assert_eq!(resolve(None, &[], None, Some("de-CH")), Locale::De);
}

#[test]
fn english_is_the_last_resort() {
    assert_eq!(resolve(None, &[], None, None), Locale::En);
    assert_eq!(resolve(None, &strings(&["yy"]), Some("zz"), Some("qq")), Locale::En);
}

#[test]
fn regional_tags_find_their_language() {
    assert_eq!(auto_detect("fr-CA"), Locale::Fr);
    assert_eq!(auto_detect("en-GB"), Locale::En);
    assert_eq!(auto_detect("es-419"), Locale::Es);
    assert_eq!(auto_detect("de-CH"), Locale::De);
    assert_eq!(auto_detect("nb-NO"), Locale::Nb);
    assert_eq!(auto_detect("ar-EG"), Locale::Ar);
    assert_eq!(auto_detect("ro-RO"), Locale::Ro);
    assert_eq!(auto_detect("ro-MD"), Locale::Ro);
    assert_eq!(auto_detect("hu-HU"), Locale::Hu);
    assert_eq!(auto_detect("sk-SK"), Locale::Sk);
    assert_eq!(auto_detect("bg-BG"), Locale::Bg);
    assert_eq!(auto_detect("hr-HR"), Locale::Hr);
    assert_eq!(auto_detect("hr-BA"), Locale::Hr);
    assert_eq!(auto_detect("id-ID"), Locale::Id);
    assert_eq!(auto_detect("vi-VN"), Locale::Vi);
    assert_eq!(auto_detect("th-TH"), Locale::Th);
}

#[test]
fn the_new_locales_are_not_mistaken_for_their_neighbours() {
    // Slovak is not Czech, nor Croatian Serbian or Bosnian, nor Indonesian Malay.
    assert_eq!(auto_detect("sk"), Locale::Sk);
    assert_eq!(auto_detect("cs"), Locale::Cs);
    assert_eq!(auto_detect("sr, hr;q=0.5"), Locale::Hr);
    assert_eq!(auto_detect("bs"), Locale::En);
    assert_eq!(auto_detect("ms-MY"), Locale::En);
}

#[test]
fn tags_match_whatever_their_case_or_separator() {
    assert_eq!(auto_detect("pt-br"), Locale::PtBr);
    assert_eq!(auto_detect("PT-BR"), Locale::PtBr);
    assert_eq!(auto_detect("pt_BR"), Locale::PtBr);
    assert_eq!(auto_detect("ZH-hans"), Locale::ZhHans);
    assert_eq!(auto_detect("zh-hant"), Locale::ZhHant);
    assert_eq!(auto_detect("ZH_TW"), Locale::ZhHant);
}

#[test]
fn portuguese_variants_pick_the_right_portuguese() {
    assert_eq!(auto_detect("pt"), Locale::Pt);
    assert_eq!(auto_detect("pt-PT"), Locale::Pt);
    assert_eq!(auto_detect("pt-AO"), Locale::Pt);
    assert_eq!(auto_detect("pt-BR"), Locale::PtBr);
}

#[test]
fn simplified_chinese_requests_get_zh_hans() {
    assert_eq!(auto_detect("zh"), Locale::ZhHans);
    assert_eq!(auto_detect("zh-CN"), Locale::ZhHans);
    assert_eq!(auto_detect("zh-SG"), Locale::ZhHans);
    assert_eq!(auto_detect("zh-Hans-CN"), Locale::ZhHans);
}

#[test]
fn traditional_chinese_requests_get_zh_hant() {
    assert_eq!(auto_detect("zh-TW"), Locale::ZhHant);
    assert_eq!(auto_detect("zh-HK"), Locale::ZhHant);
    assert_eq!(auto_detect("zh-MO"), Locale::ZhHant);
    assert_eq!(auto_detect("zh-Hant"), Locale::ZhHant);
    assert_eq!(auto_detect("zh-Hant-TW"), Locale::ZhHant);
    assert_eq!(auto_detect("zh-Hant-HK"), Locale::ZhHant);
    // The script decides, not the region: Traditional Chinese as written in China.
    assert_eq!(auto_detect("zh-Hant-CN"), Locale::ZhHant);
    assert_eq!(auto_detect("zh-Hans-TW"), Locale::ZhHans);
    // The customer's first choice wins even when a later one is the other script.
    assert_eq!(auto_detect("zh-TW,zh;q=0.9,ja;q=0.8"), Locale::ZhHant);
    assert_eq!(auto_detect("zh-CN,zh-TW;q=0.9"), Locale::ZhHans);
    assert_eq!(resolve(None, &[], Some("zh-TW"), Some("ko")), Locale::ZhHant);
    assert_eq!(resolve(None, &strings(&["zh-HK"]), Some("zh-CN"), None), Locale::ZhHant);
}

#[test]
fn traditional_chinese_never_gets_simplified_chinese() {
    // However the request is written, a reader of Traditional Chinese is never sent the
    // Simplified script (and a reader of Simplified never the Traditional one).
    for tag in [
        "zh-TW",
        "zh-HK",
        "zh-MO",
        "zh-Hant",
        "zh-Hant-TW",
        "zh-Hant-HK",
        "zh-Hant-MO",
        "zh_hant_tw",
    ] {
        assert_ne!(Locale::negotiate(&[tag]), Some(Locale::ZhHans), "{tag}");
    }
    for tag in ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN", "zh-Hans-SG"] {
        assert_ne!(Locale::negotiate(&[tag]), Some(Locale::ZhHant), "{tag}");
    }
}

#[test]
fn legacy_tags_are_aliased() {
    assert_eq!(auto_detect("no"), Locale::Nb);
    assert_eq!(auto_detect("no-NO"), Locale::Nb);
    assert_eq!(auto_detect("iw-IL"), Locale::He);
    assert_eq!(auto_detect("in"), Locale::Id);
    assert_eq!(auto_detect("in-ID"), Locale::Id);
}

#[test]
fn accept_language_is_ordered_by_q_value() {
    assert_eq!(auto_detect("de;q=0.5, fr;q=0.9, en;q=0.1"), Locale::Fr);
    assert_eq!(auto_detect("ja;q=0.2,ko"), Locale::Ko);
    assert_eq!(
        parse_accept_language("de;q=0.5, fr;q=0.9, it, en;q=0.9"),
        vec!["it", "fr", "en", "de"]
    );
}

#[test]
fn accept_language_is_negotiated_as_the_portal_did() {
    // The portal's own negotiation's examples, kept when it started using this one.
    let negotiate = Locale::from_accept_language;
    assert_eq!(negotiate("en-US,en;q=0.9"), Some(Locale::En));
    assert_eq!(negotiate("fr-CA,fr;q=0.9,en;q=0.8"), Some(Locale::Fr));
    assert_eq!(negotiate("de;q=0.5, ja"), Some(Locale::Ja));
    assert_eq!(negotiate("pt-br"), Some(Locale::PtBr));
    assert_eq!(negotiate("pt-PT"), Some(Locale::Pt));
    assert_eq!(negotiate("zh-CN"), Some(Locale::ZhHans));
    assert_eq!(negotiate("zh-TW, ko;q=0.3"), Some(Locale::ZhHant));
    assert_eq!(negotiate("zh-Hant"), Some(Locale::ZhHant));
    assert_eq!(negotiate("no"), Some(Locale::Nb));
    assert_eq!(negotiate("iw"), Some(Locale::He));
    assert_eq!(negotiate("xx, *"), None);
    assert_eq!(negotiate("fr;q=0, es"), Some(Locale::Es));
    assert_eq!(negotiate(""), None);
    assert_eq!(negotiate("en;q=abc, it"), Some(Locale::It));
}

#[test]
fn accept_language_skips_unsupported_tags_for_the_next_supported_one() {
    assert_eq!(auto_detect("tlh, xx-YY;q=0.9, da;q=0.8, en;q=0.7"), Locale::Da);
}

#[test]
fn accept_language_ignores_q_zero_wildcards_and_malformed_entries() {
    assert_eq!(auto_detect("fr;q=0, de;q=0.1"), Locale::De);
    assert_eq!(auto_detect("*, it;q=0.5"), Locale::It);
    assert_eq!(auto_detect("fr;q=2, fr;q=abc, fr;q=0.1234, fr;q, el;q=0.3"), Locale::El);
    assert_eq!(parse_accept_language(",,;, ;q=1,"), Vec::<&str>::new());
    assert_eq!(auto_detect("!!!, 12345"), Locale::En);
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
    assert_eq!(auto_detect(&header), Locale::En);
    let multibyte = "é".repeat(MAX_ACCEPT_LANGUAGE_LEN);
    assert_eq!(auto_detect(&multibyte), Locale::En);
}

#[test]
fn a_tag_longer_than_sixty_four_bytes_is_ignored() {
    let long = "en-US-x-twain-but-this-is-way-too-long-to-be-a-tag-honestly-really";
    assert!(long.len() > 64);
    assert_eq!(Locale::negotiate(&[long, "de"]), Some(Locale::De));
}

// Properties over generated input. Case counts stay modest: these run in every
// unit-test step, and each negotiation parses the supported list again.
mod properties {
    use proptest::prelude::*;

    use super::*;

    fn supported_tag() -> impl Strategy<Value = &'static str> {
        prop::sample::select(tags(&Locale::ALL))
    }

    /// Something that may be a language tag: a supported one, a plausible one, or text.
    fn tag() -> impl Strategy<Value = String> {
        prop_oneof![
            supported_tag().prop_map(str::to_owned),
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

        /// Whatever the customer, the browser and the tenant say, negotiation ends on a
        /// supported locale, and a tag that negotiates is a fixed point: its locale's tag
        /// negotiates to the same locale.
        #[test]
        fn negotiation_ends_on_a_supported_locale_that_is_a_fixed_point(
            preferred in prop::collection::vec(tag(), 0..4),
            header in prop_oneof!["\\PC{0,40}", "([a-zA-Z\\-*]{1,8}(;q=[0-9.]{1,5})?, ?){0,5}"],
            tenant in prop::option::of(tag()),
        ) {
            let locale = resolve(None, &preferred, Some(&header), tenant.as_deref());
            prop_assert!(Locale::ALL.contains(&locale), "{}", locale);
            prop_assert_eq!(Locale::negotiate(&[locale.tag()]), Some(locale));
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

        /// A supported locale written in any case, with `_` for `-`, is itself, both
        /// parsed and negotiated.
        #[test]
        fn a_supported_locale_in_any_case_is_itself(
            tag in supported_tag(),
            upper in prop::collection::vec(any::<bool>(), 8),
            underscore in any::<bool>(),
        ) {
            let written: String = tag
                .chars()
                .zip(upper.iter().cycle())
                .map(|(c, &up)| if up { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
                .map(|c| if c == '-' && underscore { '_' } else { c })
                .collect();
            prop_assert_eq!(auto_detect(&written).tag(), tag, "{}", written);
            prop_assert_eq!(written.parse::<Locale>().map(Locale::tag), Ok(tag));
        }
    }
}
