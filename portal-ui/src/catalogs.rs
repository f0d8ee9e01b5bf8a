//! Every catalogue of texts, checked against the Fluent files (tests only).
//!
//! It sits at the crate's root because it names every page's catalogue: inside `i18n`,
//! which every page uses, it would make `i18n` name every page (an import circle).

use crate::i18n::{Arg, Locale, catalog, t_args};

/// Every catalogue of texts, `(name, key names)`: the shell's [`Key`] and each
/// `catalog!`. The tests check that every message belongs to a key listed here, and that
/// no `catalog!` of the sources is missing.
macro_rules! catalogs {
    ($($catalog:ty),+ $(,)?) => {
        &[$((<$catalog as crate::i18n::catalog::Catalog>::NAME, <$catalog as crate::i18n::catalog::Catalog>::KEYS)),+]
    };
}

const CATALOGS: &[(&str, &[&str])] = catalogs![
    crate::i18n::Key,
    crate::components::layout::LayoutText,
    crate::link::LinkText,
    crate::problem::ProblemText,
    crate::pages::flow_done::FlowText,
    crate::pages::home::HomeText,
    crate::components::subscription::SubscriptionText,
    crate::components::payment_method::PaymentMethodsText,
    crate::components::invoice::InvoiceText,
    crate::components::challenge::ChallengeText,
    crate::pages::tax_ids::TaxIdText,
    crate::pages::address::AddressText,
];

/// The catalogues spoken in fewer locales than the portal's, with their locales: the
/// dashboard's (`dashboard::texts`; it exists only in the server build).
/// A catalogue (`(name, key names)`) and the locales it is spoken in.
type CatalogIn = ((&'static str, &'static [&'static str]), &'static [Locale]);

#[cfg(feature = "ssr")]
const FEWER_LOCALES: &[CatalogIn] = &[(
    catalogs![crate::dashboard::texts::DashboardText][0],
    &crate::dashboard::texts::LOCALES,
)];
#[cfg(not(feature = "ssr"))]
const FEWER_LOCALES: &[CatalogIn] = &[];

#[test]
fn every_key_of_a_catalogue_with_fewer_locales_has_a_message_in_each_of_them() {
    let texts = catalog::texts();
    for ((catalogue, keys), locales) in FEWER_LOCALES {
        for &locale in *locales {
            let ids = texts.message_ids(locale);
            for key in *keys {
                let id = paylera_texts::message_id(catalogue, key);
                assert!(ids.contains(&id.as_str()), "{}: no message {id}", locale.tag());
            }
        }
    }
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
        .chain(FEWER_LOCALES.iter().map(|(catalogue, _)| catalogue))
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
    let mut listed: Vec<String> = CATALOGS
        .iter()
        .chain(FEWER_LOCALES.iter().map(|(catalogue, _)| catalogue))
        .map(|(name, _)| (*name).to_owned())
        .collect();
    listed.sort();
    assert_eq!(
        listed,
        declared_catalogs(),
        "catalogs::CATALOGS must list every catalog!"
    );
}

#[test]
fn the_page_texts_give_the_bundle_the_servers_very_texts_and_never_close_the_script() {
    for locale in Locale::ALL {
        let json = catalog::page_texts::json(locale);
        assert!(!json.contains('<'));
        let page = catalog::page_texts::PageTexts::parse(json);
        let portal_ids = catalog::texts()
            .message_ids(locale)
            .into_iter()
            .filter(|id| !id.starts_with(paylera_texts::DASHBOARD_PREFIX));
        for id in portal_ids {
            let variables = catalog::texts().variables(locale, id).cloned().unwrap_or_default();
            // Values that look like slots themselves are inserted as they are.
            let values: Vec<String> = (0..variables.len()).map(|i| format!("v{i} {{$x}}")).collect();
            let args: Vec<(&str, Arg<'_>)> = variables
                .iter()
                .zip(&values)
                .map(|(name, value)| (name.as_str(), Arg::Text(value)))
                .collect();
            assert_eq!(
                page.format(id, &args),
                catalog::texts().format(locale, id, &args),
                "{} {id}",
                locale.tag()
            );
        }
    }
}
