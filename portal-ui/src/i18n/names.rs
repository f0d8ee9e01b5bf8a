//! Names the portal shows in the customer's language that come from outside its own
//! texts: countries and the API's tax ID types. The tables live in `paylera-texts`
//! (`paylera_texts::names`, shared with the API's invoice PDFs); this module adds the
//! portal's sorting.
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
    paylera_texts::names::tax_id_type(locale, kind)
}

fn index(locale: Locale) -> usize {
    Locale::ALL.iter().position(|l| *l == locale).unwrap_or_default()
}

/// `locale`'s country names, sorted by name for `locale`.
fn sorted_countries(locale: Locale) -> Vec<(&'static str, &'static str)> {
    let mut countries = paylera_texts::names::countries(locale).to_vec();
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

static COUNTRIES: LazyLock<Vec<Vec<(&'static str, &'static str)>>> =
    LazyLock::new(|| Locale::ALL.iter().map(|l| sorted_countries(*l)).collect());

#[cfg(test)]
mod tests {
    use super::*;

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
}
