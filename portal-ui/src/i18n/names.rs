//! Names the portal shows in the customer's language that come from outside its own
//! texts: countries (Unicode CLDR, written to `names/countries/{locale}.tsv` by
//! `names/countries.py`) and the API's tax ID types (`names/tax_id_types.tsv`, one
//! column per locale).
//!
//! A country list is in its language's alphabetical order: the Unicode collation of the
//! locale (`icu_collator`, CLDR data compiled in), so Swedish puts Å, Ä and Ö after Z,
//! Czech Č after C (and Ch after H, as Slovak does), Hungarian Cs after C, German Ä
//! with A.
//!
//! Server-only: a page gets the names it needs with its data (the address page's
//! country list, the tax ID page's type picker), so the WASM bundle carries none of
//! these tables. Each table is parsed once, on first use.

use std::sync::LazyLock;

use super::Locale;

/// Every country's code and name in `locale`, in the order a list shows them (by name,
/// as the language sorts: see the module docs).
pub fn countries(locale: Locale) -> &'static [(&'static str, &'static str)] {
    &COUNTRIES[index(locale)]
}

/// The name of the tax ID type `kind` (`eu_vat`) in `locale`, if the table has it (a
/// type the API added later falls back to the API's English description).
pub fn tax_id_type(locale: Locale, kind: &str) -> Option<&'static str> {
    TAX_ID_TYPES
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, names)| names[index(locale)])
}

fn index(locale: Locale) -> usize {
    Locale::ALL.iter().position(|l| *l == locale).unwrap_or_default()
}

/// `CODE<TAB>Name` lines, sorted by name for `locale`.
fn parse_countries(locale: Locale, tsv: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut countries: Vec<(&str, &str)> = tsv.lines().filter_map(|line| line.split_once('\t')).collect();
    match collator(locale) {
        Some(collator) => countries.sort_by(|(_, a), (_, b)| collator.compare(a, b)),
        // Only if the compiled CLDR data had no collation at all: code point order.
        None => countries.sort_by_key(|(_, name)| *name),
    }
    countries
}

/// The collator of `locale`'s language (its root collation when CLDR has no tailoring).
fn collator(locale: Locale) -> Option<icu_collator::CollatorBorrowed<'static>> {
    let language = icu_locale_core::Locale::try_from_str(locale.tag()).ok()?;
    let options = icu_collator::options::CollatorOptions::default();
    icu_collator::Collator::try_new((&language).into(), options).ok()
}

static COUNTRIES: LazyLock<Vec<Vec<(&'static str, &'static str)>>> = LazyLock::new(|| {
    Locale::ALL
        .iter()
        .map(|l| parse_countries(*l, country_file(*l)))
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

/// Each type with its names in [`Locale::ALL`] order (the file's header names the
/// columns; a test checks it matches).
static TAX_ID_TYPES: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    include_str!("names/tax_id_types.tsv")
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
        let name = |locale, code| {
            countries(locale)
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, name)| *name)
        };
        assert_eq!(name(Locale::De, "DE"), Some("Deutschland"));
        assert_eq!(name(Locale::Ar, "FR"), Some("فرنسا"));
        assert_eq!(name(Locale::ZhHant, "TW"), Some("台灣"));
        assert_eq!(name(Locale::Hr, "HR"), Some("Hrvatska"));
    }

    fn position(locale: Locale, code: &str) -> usize {
        countries(locale)
            .iter()
            .position(|(c, _)| *c == code)
            .unwrap_or_else(|| panic!("{code} is listed"))
    }

    #[test]
    fn swedish_puts_a_ring_a_umlaut_and_o_umlaut_after_z() {
        // Åland, Österrike, Östtimor after Zambia and Zimbabwe.
        for code in ["AX", "AT", "TL"] {
            assert!(position(Locale::Sv, code) > position(Locale::Sv, "ZW"), "{code}");
        }
        assert!(position(Locale::Sv, "AX") < position(Locale::Sv, "AT"), "Å before Ö");
    }

    #[test]
    fn czech_puts_c_caron_after_c_and_before_d() {
        // Čad, Černá Hora, Česko, Čína after Cookovy ostrovy and Curaçao, before Dánsko.
        for code in ["TD", "ME", "CZ", "CN"] {
            assert!(position(Locale::Cs, code) > position(Locale::Cs, "CW"), "{code}");
            assert!(position(Locale::Cs, code) < position(Locale::Cs, "DK"), "{code}");
        }
        // Ch is a letter of its own, after H: Chile after Honduras.
        assert!(position(Locale::Cs, "CL") > position(Locale::Cs, "HN"));
    }

    #[test]
    fn slovak_and_hungarian_sort_their_digraphs_as_letters() {
        // Slovak Ch comes after H, as in Czech: Chorvátsko after Honduras.
        assert!(position(Locale::Sk, "HR") > position(Locale::Sk, "HN"));
        // Hungarian Cs comes after C: Csád and Csehország after Curaçao, before Dánia.
        for code in ["TD", "CZ"] {
            assert!(position(Locale::Hu, code) > position(Locale::Hu, "CW"), "{code}");
            assert!(position(Locale::Hu, code) < position(Locale::Hu, "DK"), "{code}");
        }
    }

    #[test]
    fn german_keeps_a_umlaut_with_a() {
        // Ägypten among the A's, Österreich among the O's (not after Z as in Swedish).
        assert!(
            position(Locale::De, "EG") < position(Locale::De, "BE"),
            "Ägypten before Belgien"
        );
        assert!(
            position(Locale::De, "AT") < position(Locale::De, "PL"),
            "Österreich before Polen"
        );
        assert!(
            position(Locale::De, "AT") > position(Locale::De, "NO"),
            "Österreich after Norwegen"
        );
    }

    #[test]
    fn a_list_is_in_name_order_for_its_language() {
        let position = |locale, code| countries(locale).iter().position(|(c, _)| *c == code);
        // Österreich sorts with the O's in German, not after Z.
        assert!(position(Locale::De, "AT") < position(Locale::De, "PL"));
        assert!(
            position(Locale::Fr, "EG") < position(Locale::Fr, "FR"),
            "Égypte before France"
        );
    }

    #[test]
    fn the_tax_id_type_table_has_a_name_for_every_locale() {
        let header: Vec<&str> = include_str!("names/tax_id_types.tsv")
            .lines()
            .next()
            .expect("a header")
            .split('\t')
            .collect();
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
