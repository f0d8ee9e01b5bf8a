use paylera_shared::money::Money;

use super::format::{date, money, month_year, number};
use super::*;

#[test]
fn every_locale_has_a_text_for_every_key() {
    for locale in Locale::ALL {
        for key in Key::ALL {
            assert!(!t(locale, key).trim().is_empty(), "{} {key:?} is empty", locale.tag());
        }
    }
}

#[test]
fn every_locale_is_translated_not_copied_from_english() {
    let translatable: Vec<Key> = Key::ALL.into_iter().filter(|key| !key.is_proper_name()).collect();
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let copied: Vec<Key> = translatable
            .iter()
            .copied()
            .filter(|key| t(locale, *key) == t(Locale::En, *key))
            .collect();
        assert!(
            copied.len() * 5 <= translatable.len(),
            "{}: {} of {} texts are the English ones: {copied:?}",
            locale.tag(),
            copied.len(),
            translatable.len()
        );
    }
}

#[test]
fn proper_names_are_the_same_everywhere() {
    for locale in Locale::ALL {
        assert_eq!(t(locale, Key::BrandName), "Paylera");
    }
}

#[test]
fn placeholders_are_in_every_locale_and_get_filled() {
    for locale in Locale::ALL {
        for key in Key::ALL {
            for name in key.placeholders() {
                let placeholder = format!("{{{name}}}");
                assert!(
                    t(locale, key).contains(&placeholder),
                    "{} {key:?} lacks {placeholder}",
                    locale.tag()
                );
                let filled = t_with(locale, key, &[(name, "shop.example")]);
                assert!(filled.contains("shop.example"), "{} {key:?}: {filled}", locale.tag());
                assert!(!filled.contains('{'), "{} {key:?}: {filled}", locale.tag());
            }
        }
    }
    assert_eq!(
        t_with(Locale::En, Key::ReturnTo, &[("merchant", "shop.example")]),
        "Return to shop.example"
    );
}

#[test]
fn texts_have_no_unknown_placeholders() {
    for locale in Locale::ALL {
        for key in Key::ALL {
            let text = t(locale, key);
            let braces = text.matches('{').count();
            assert_eq!(braces, key.placeholders().len(), "{} {key:?}: {text}", locale.tag());
        }
    }
}

/// `minor` units of the currency `code`.
fn amount(minor: i64, code: &str) -> Money {
    Money::new(minor, code.parse().expect("a supported currency"))
}

#[test]
fn money_examples() {
    assert_eq!(money(Locale::En, amount(123_450, "usd")), "$1,234.50");
    assert_eq!(money(Locale::En, amount(-5, "eur")), "-€0.05");
    assert_eq!(money(Locale::En, amount(1_234, "kwd")), "KWD1.234");
    assert_eq!(money(Locale::Fr, amount(123_450, "usd")), "1\u{202f}234,50\u{a0}$US");
    assert_eq!(money(Locale::Fr, amount(123_450, "eur")), "1\u{202f}234,50\u{a0}€");
    assert_eq!(money(Locale::De, amount(123_450, "eur")), "1.234,50\u{a0}€");
    assert_eq!(money(Locale::Ja, amount(1_235, "jpy")), "¥1,235");
    assert_eq!(money(Locale::Ja, amount(123_456_789, "JPY")), "¥123,456,789");
    assert_eq!(money(Locale::Ar, amount(123_450, "usd")), "1,234.50\u{a0}US$");
    assert_eq!(money(Locale::PtBr, amount(123_450, "brl")), "R$\u{a0}1.234,50");
    assert_eq!(money(Locale::Es, amount(123_450, "eur")), "1234,50\u{a0}€");
}

#[test]
fn the_malagasy_ariary_is_shown_without_decimals_as_the_api_bills_it() {
    // The API stores 5000 ariary as 5000 (exponent 0); the portal once showed `MGA50.00`.
    assert_eq!(money(Locale::En, amount(5_000, "mga")), "MGA5,000");
    assert_eq!(money(Locale::Fr, amount(5_000, "mga")), "5\u{202f}000\u{a0}MGA");
}

#[test]
fn number_examples() {
    assert_eq!(number(Locale::En, 1_234_567), "1,234,567");
    assert_eq!(number(Locale::En, -999), "-999");
    assert_eq!(number(Locale::Fr, 1_234_567), "1\u{202f}234\u{202f}567");
    assert_eq!(number(Locale::De, 1_234_567), "1.234.567");
    assert_eq!(number(Locale::Ja, 1_234_567), "1,234,567");
    assert_eq!(number(Locale::Ar, 1_234_567), "1,234,567");
    assert_eq!(number(Locale::Es, 1_234), "1234");
    assert_eq!(number(Locale::Es, 12_345), "12.345");
    assert_eq!(number(Locale::En, i64::MIN), "-9,223,372,036,854,775,808");
}

#[test]
fn date_examples() {
    assert_eq!(date(Locale::En, 2026, 11, 25), "25 Nov 2026");
    assert_eq!(date(Locale::Fr, 2026, 11, 25), "25 nov. 2026");
    assert_eq!(date(Locale::De, 2026, 11, 25), "25.11.2026");
    assert_eq!(date(Locale::De, 2026, 3, 5), "05.03.2026");
    assert_eq!(date(Locale::Ja, 2026, 11, 25), "2026年11月25日");
    assert_eq!(date(Locale::Ar, 2026, 11, 25), "25 نوفمبر 2026");
    assert_eq!(date(Locale::He, 2026, 11, 25), "25.11.2026");
    assert_eq!(date(Locale::Cs, 2026, 11, 25), "25. 11. 2026");
    assert_eq!(date(Locale::PtBr, 2026, 11, 25), "25/11/2026");
    assert_eq!(date(Locale::En, 2026, 13, 1), "2026-13-01");
    for locale in Locale::ALL {
        assert!(!date(locale, 2026, 1, 1).is_empty());
    }
}

/// The names of the `catalog!` enums declared in the crate's sources.
fn declared_catalogs() -> Vec<String> {
    fn walk(dir: &std::path::Path, names: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("the sources can be read").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, names);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let source = std::fs::read_to_string(&path).expect("a source file can be read");
                for block in source.split("\ncatalog! {").skip(1) {
                    let name = block
                        .split("pub enum ")
                        .nth(1)
                        .and_then(|rest| rest.split_whitespace().next())
                        .expect("a catalog! declares a pub enum");
                    names.push(name.to_owned());
                }
            }
        }
    }
    let mut names = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut names,
    );
    names.sort();
    names
}

#[test]
fn every_catalog_travels_to_the_hydrated_page() {
    let mut listed: Vec<String> = CATALOGS
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .filter(|name| name != "Key")
        .collect();
    listed.sort();
    assert_eq!(listed, declared_catalogs(), "i18n::CATALOGS must list every catalog!");
}

#[test]
fn shell_keys_are_listed_in_declaration_order() {
    // The hydrated bundle finds a key's text by `key as usize` in `Key::ALL`'s order.
    for (index, key) in Key::ALL.iter().enumerate() {
        assert_eq!(*key as usize, index, "{key:?}");
    }
}

#[test]
fn the_page_texts_are_one_locale_of_every_catalog_and_never_close_the_script() {
    let json = catalog::page_texts::json(Locale::Ar);
    assert!(!json.contains('<'));
    let table: std::collections::HashMap<String, Vec<String>> =
        serde_json::from_str(json).expect("the page texts are JSON");
    assert_eq!(table.len(), CATALOGS.len());
    assert_eq!(table["Key"][Key::ReturnTo as usize], t(Locale::Ar, Key::ReturnTo));
    assert_eq!(table["Key"].len(), Key::ALL.len());
}

#[test]
fn month_year_examples() {
    assert_eq!(month_year(Locale::En, 2034, 12), "Dec 2034");
    assert_eq!(month_year(Locale::Fr, 2034, 12), "déc. 2034");
    assert_eq!(month_year(Locale::De, 2034, 4), "04/2034");
    assert_eq!(month_year(Locale::Sv, 2034, 4), "2034-04");
    assert_eq!(month_year(Locale::Ja, 2034, 4), "2034年4月");
    assert_eq!(month_year(Locale::Ko, 2034, 4), "2034년 4월");
    assert_eq!(month_year(Locale::Ar, 2034, 12), "ديسمبر 2034");
    assert_eq!(month_year(Locale::En, 2034, 13), "2034-13");
}
