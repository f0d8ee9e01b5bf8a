use paylera_shared::money::Money;

use super::format::{date, money, month_year, number};
use super::*;

#[test]
fn the_shell_is_translated() {
    assert_eq!(catalog::problems::<Key>(&[Key::BrandName]), Vec::<String>::new());
}

#[test]
fn proper_names_are_the_same_everywhere() {
    for locale in Locale::ALL {
        assert_eq!(t(locale, Key::BrandName), "Paylera");
    }
}

#[test]
fn variables_get_filled() {
    for locale in Locale::ALL {
        let filled = t_with(locale, Key::ReturnTo, &[("merchant", "shop.example")]);
        assert!(filled.contains("shop.example"), "{}: {filled}", locale.tag());
        assert!(!filled.contains('{'), "{}: {filled}", locale.tag());
    }
    assert_eq!(
        t_with(Locale::En, Key::ReturnTo, &[("merchant", "shop.example")]),
        "Return to shop.example"
    );
}

#[test]
fn every_key_of_every_catalogue_has_a_message_in_every_locale() {
    let texts = catalog::texts();
    for locale in Locale::ALL {
        let ids = texts.message_ids(locale);
        for (catalogue, keys) in CATALOGS {
            for key in *keys {
                let id = paylera_texts::message_id(catalogue, key);
                assert!(
                    ids.contains(&id.as_str()),
                    "{}: no message {id} ({catalogue}::{key})",
                    locale.tag()
                );
            }
        }
    }
}

#[test]
fn every_message_belongs_to_a_key() {
    let known: std::collections::BTreeSet<String> = CATALOGS
        .iter()
        .flat_map(|(catalogue, keys)| keys.iter().map(|key| paylera_texts::message_id(catalogue, key)))
        .collect();
    for locale in Locale::ALL {
        let orphans: Vec<&str> = catalog::texts()
            .message_ids(locale)
            .into_iter()
            .filter(|id| !known.contains(*id))
            .collect();
        assert!(
            orphans.is_empty(),
            "{}: messages without a key: {orphans:?}",
            locale.tag()
        );
    }
}

#[test]
fn interval_texts_agree_with_their_count() {
    let every = |locale, count| {
        t_args(
            locale,
            crate::components::subscription::SubscriptionText::EveryMonths,
            &[("amount", Arg::Text("€5")), ("count", Arg::Number(count))],
        )
    };
    assert_eq!(every(Locale::Cs, 6), "€5 každých 6 měsíců");
    assert_eq!(every(Locale::Cs, 3), "€5 každé 3 měsíce");
    assert_eq!(every(Locale::Ar, 12), "€5 كل 12 شهرًا");
    assert_eq!(every(Locale::En, 6), "€5 every 6 months");
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
fn every_catalog_is_listed() {
    let mut listed: Vec<String> = CATALOGS.iter().map(|(name, _)| (*name).to_owned()).collect();
    listed.sort();
    assert_eq!(listed, declared_catalogs(), "i18n::CATALOGS must list every catalog!");
}

#[test]
fn the_page_texts_give_the_bundle_the_servers_very_texts_and_never_close_the_script() {
    use std::collections::BTreeSet;
    let subscription = crate::components::subscription::SubscriptionText::EveryMonths;
    for locale in Locale::ALL {
        let json = catalog::page_texts::json(locale);
        assert!(!json.contains('<'));
        assert!(
            !json.starts_with("\"#") && !json.contains("\\n#"),
            "no comments in the page"
        );
        let page = catalog::page_texts::parse(json, locale);
        assert_eq!(page.locales().collect::<Vec<_>>(), [locale]);
        for id in catalog::texts().message_ids(locale) {
            let variables: BTreeSet<String> = catalog::texts().variables(locale, id).cloned().unwrap_or_default();
            let args: Vec<(&str, Arg<'_>)> = variables
                .iter()
                .map(|name| match name.as_str() {
                    "count" | "minutes" => (name.as_str(), Arg::Number(3)),
                    _ => (name.as_str(), Arg::Text("x")),
                })
                .collect();
            assert_eq!(
                page.format(locale, id, &args),
                catalog::texts().format(locale, id, &args),
                "{} {id}",
                locale.tag()
            );
        }
        assert_eq!(
            page.format(
                locale,
                subscription.message_id(),
                &[("amount", Arg::Text("€5")), ("count", Arg::Number(12))]
            ),
            Some(t_args(
                locale,
                subscription,
                &[("amount", Arg::Text("€5")), ("count", Arg::Number(12))]
            ))
        );
    }
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
