//! Names shown in a customer's language that come from outside the Fluent texts:
//! countries (Unicode CLDR, written to `names/countries/{locale}.tsv` by
//! `names/countries.py`) and the API's tax ID types (`names/tax_id_types.tsv`, one
//! column per locale).
//!
//! Lookups only: the portal sorts its country lists by each language's collation
//! (`portal-ui`'s `i18n::names`); the API prints one name per address or tax ID on an
//! invoice PDF. Server-only (feature `embedded`): the WASM bundle carries none of these
//! tables. Each table is parsed once, on first use.

use std::sync::LazyLock;

use crate::Locale;

/// Every country's `(code, name)` in `locale`, in the file's order (by name with
/// accents and case ignored; not a language's collation).
pub fn countries(locale: Locale) -> &'static [(&'static str, &'static str)] {
    &COUNTRIES[index(locale)]
}

/// The name of country `code` (ISO 3166-1 alpha-2, any case) in `locale`, if the
/// address rules know the country.
pub fn country(locale: Locale, code: &str) -> Option<&'static str> {
    countries(locale)
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, name)| *name)
}

/// The name of the tax ID type `kind` (`eu_vat`) in `locale`, if the table has it (a
/// type the API added later falls back to the API's English description).
pub fn tax_id_type(locale: Locale, kind: &str) -> Option<&'static str> {
    TAX_ID_TYPES
        .iter()
        .find(|(k, _)| *k == kind)
        .and_then(|(_, names)| names.get(index(locale)).copied())
}

fn index(locale: Locale) -> usize {
    Locale::ALL.iter().position(|l| *l == locale).unwrap_or_default()
}

static COUNTRIES: LazyLock<Vec<Vec<(&'static str, &'static str)>>> = LazyLock::new(|| {
    Locale::ALL
        .iter()
        .map(|l| {
            country_file(*l)
                .lines()
                .filter_map(|line| line.split_once('\t'))
                .collect()
        })
        .collect()
});

fn country_file(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("names/countries/en.tsv"),
        Locale::Fr => include_str!("names/countries/fr.tsv"),
        Locale::De => include_str!("names/countries/de.tsv"),
        Locale::Es => include_str!("names/countries/es.tsv"),
        Locale::It => include_str!("names/countries/it.tsv"),
        Locale::Nl => include_str!("names/countries/nl.tsv"),
        Locale::Pt => include_str!("names/countries/pt.tsv"),
        Locale::PtBr => include_str!("names/countries/pt-BR.tsv"),
        Locale::Sv => include_str!("names/countries/sv.tsv"),
        Locale::Da => include_str!("names/countries/da.tsv"),
        Locale::Nb => include_str!("names/countries/nb.tsv"),
        Locale::Fi => include_str!("names/countries/fi.tsv"),
        Locale::Pl => include_str!("names/countries/pl.tsv"),
        Locale::Cs => include_str!("names/countries/cs.tsv"),
        Locale::Ja => include_str!("names/countries/ja.tsv"),
        Locale::ZhHans => include_str!("names/countries/zh-Hans.tsv"),
        Locale::Ko => include_str!("names/countries/ko.tsv"),
        Locale::Tr => include_str!("names/countries/tr.tsv"),
        Locale::Ar => include_str!("names/countries/ar.tsv"),
        Locale::He => include_str!("names/countries/he.tsv"),
        Locale::Uk => include_str!("names/countries/uk.tsv"),
        Locale::El => include_str!("names/countries/el.tsv"),
        Locale::Ro => include_str!("names/countries/ro.tsv"),
        Locale::Hu => include_str!("names/countries/hu.tsv"),
        Locale::Sk => include_str!("names/countries/sk.tsv"),
        Locale::Bg => include_str!("names/countries/bg.tsv"),
        Locale::Hr => include_str!("names/countries/hr.tsv"),
        Locale::Id => include_str!("names/countries/id.tsv"),
        Locale::Vi => include_str!("names/countries/vi.tsv"),
        Locale::Th => include_str!("names/countries/th.tsv"),
        Locale::ZhHant => include_str!("names/countries/zh-Hant.tsv"),
    }
}

/// The tax ID type table: its header (`type` and the locales' tags) and the rows.
pub const TAX_ID_TYPES_TSV: &str = include_str!("names/tax_id_types.tsv");

/// Each type with its names in [`Locale::ALL`] order (the file's header names the
/// columns; a test checks it matches).
static TAX_ID_TYPES: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    TAX_ID_TYPES_TSV
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cells = line.split('\t');
            Some((cells.next()?, cells.collect()))
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_names_every_country_the_address_rules_know() {
        let codes: Vec<&str> = paylera_shared::address::countries().iter().map(|(c, _)| *c).collect();
        for locale in Locale::ALL {
            let mut listed: Vec<&str> = countries(locale).iter().map(|(c, _)| *c).collect();
            listed.sort_unstable();
            assert_eq!(listed, codes, "{locale:?}");
            assert!(countries(locale).iter().all(|(_, name)| !name.trim().is_empty()));
        }
        assert_eq!(country(Locale::De, "DE"), Some("Deutschland"));
        assert_eq!(country(Locale::Fr, "de"), Some("Allemagne"));
        assert_eq!(country(Locale::Ar, "FR"), Some("فرنسا"));
        assert_eq!(country(Locale::ZhHant, "TW"), Some("台灣"));
        assert_eq!(country(Locale::Hr, "HR"), Some("Hrvatska"));
        assert_eq!(country(Locale::En, "XX"), None);
    }

    #[test]
    fn the_tax_id_type_table_has_a_name_for_every_locale() {
        let header: Vec<&str> = TAX_ID_TYPES_TSV.lines().next().expect("a header").split('\t').collect();
        let tags: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
        assert_eq!(header[1..], tags[..], "the columns are Locale::ALL");
        for (kind, names) in TAX_ID_TYPES.iter() {
            assert_eq!(names.len(), Locale::ALL.len(), "{kind}");
            assert!(names.iter().all(|name| !name.trim().is_empty()), "{kind}");
        }
        assert_eq!(tax_id_type(Locale::En, "eu_vat"), Some("European VAT number"));
        assert_ne!(tax_id_type(Locale::Fr, "eu_vat"), tax_id_type(Locale::En, "eu_vat"));
        assert_eq!(tax_id_type(Locale::Fr, "xx_new"), None);
    }
}
