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
fn money_examples_of_the_locales_added_for_issue_17() {
    assert_eq!(money(Locale::Ro, amount(123_450, "eur")), "1.234,50\u{a0}€");
    assert_eq!(money(Locale::Ro, amount(123_450, "ron")), "1.234,50\u{a0}RON");
    // Hungarian and Bulgarian group from five digits, as Spanish and Polish do.
    assert_eq!(money(Locale::Hu, amount(123_450, "eur")), "1234,50\u{a0}€");
    assert_eq!(money(Locale::Hu, amount(1_234_550, "huf")), "12\u{a0}345,50\u{a0}HUF");
    assert_eq!(money(Locale::Sk, amount(123_450, "eur")), "1\u{a0}234,50\u{a0}€");
    assert_eq!(money(Locale::Bg, amount(123_450, "eur")), "1234,50\u{a0}€");
    assert_eq!(money(Locale::Bg, amount(12_345_000, "bgn")), "123\u{a0}450,00\u{a0}BGN");
    assert_eq!(money(Locale::Hr, amount(123_450, "eur")), "1.234,50\u{a0}€");
    assert_eq!(money(Locale::Id, amount(123_450, "usd")), "US$1.234,50");
    assert_eq!(money(Locale::Id, amount(123_450, "idr")), "IDR1.234,50");
    assert_eq!(money(Locale::Vi, amount(123_450, "usd")), "1.234,50\u{a0}US$");
    assert_eq!(money(Locale::Vi, amount(1_234_500, "vnd")), "1.234.500\u{a0}VND");
    assert_eq!(money(Locale::Th, amount(123_450, "usd")), "US$1,234.50");
    assert_eq!(money(Locale::Th, amount(-5, "eur")), "-€0.05");
    assert_eq!(money(Locale::ZhHant, amount(123_450, "twd")), "NT$1,234.50");
    assert_eq!(money(Locale::ZhHant, amount(123_450, "usd")), "US$1,234.50");
    // NT$ is zh-Hant's; elsewhere Taiwan's dollar is its code, as any other currency.
    assert_eq!(money(Locale::ZhHans, amount(123_450, "twd")), "TWD1,234.50");
    assert_eq!(money(Locale::ZhHant, amount(123_450, "cny")), "CNY1,234.50");
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
    assert_eq!(number(Locale::Ro, 1_234_567), "1.234.567");
    assert_eq!(number(Locale::Hu, 1_234), "1234");
    assert_eq!(number(Locale::Hu, 12_345), "12\u{a0}345");
    assert_eq!(number(Locale::Bg, 1_234), "1234");
    assert_eq!(number(Locale::Sk, 1_234), "1\u{a0}234");
    assert_eq!(number(Locale::Th, 1_234_567), "1,234,567");
    assert_eq!(number(Locale::ZhHant, 1_234_567), "1,234,567");
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
    assert_eq!(date(Locale::Ro, 2026, 11, 25), "25.11.2026");
    assert_eq!(date(Locale::Hu, 2026, 11, 25), "2026. 11. 25.");
    assert_eq!(date(Locale::Hu, 2026, 3, 5), "2026. 03. 05.");
    assert_eq!(date(Locale::Sk, 2026, 11, 25), "25. 11. 2026");
    assert_eq!(date(Locale::Sk, 2026, 3, 5), "5. 3. 2026");
    assert_eq!(date(Locale::Bg, 2026, 11, 25), "25.11.2026 г.");
    assert_eq!(date(Locale::Bg, 2026, 3, 5), "5.03.2026 г.");
    assert_eq!(date(Locale::Hr, 2026, 11, 25), "25. 11. 2026.");
    assert_eq!(date(Locale::Hr, 2026, 3, 5), "05. 03. 2026.");
    assert_eq!(date(Locale::Id, 2026, 11, 25), "25 Nov 2026");
    assert_eq!(date(Locale::Id, 2026, 8, 17), "17 Agu 2026");
    assert_eq!(date(Locale::Vi, 2026, 11, 25), "25/11/2026");
    assert_eq!(date(Locale::Vi, 2026, 3, 5), "05/03/2026");
    // The Gregorian year, not the Buddhist era's 2569.
    assert_eq!(date(Locale::Th, 2026, 11, 25), "25/11/2026");
    assert_eq!(date(Locale::Th, 2026, 3, 5), "5/3/2026");
    assert_eq!(date(Locale::ZhHant, 2026, 11, 25), "2026年11月25日");
    assert_eq!(date(Locale::En, 2026, 13, 1), "2026-13-01");
    for locale in Locale::ALL {
        assert!(!date(locale, 2026, 1, 1).is_empty());
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
    assert_eq!(month_year(Locale::Hu, 2034, 12), "2034. 12.");
    assert_eq!(month_year(Locale::Hu, 2034, 4), "2034. 04.");
    assert_eq!(month_year(Locale::ZhHant, 2034, 12), "2034年12月");
    assert_eq!(month_year(Locale::Id, 2034, 12), "Des 2034");
    assert_eq!(month_year(Locale::Ro, 2034, 4), "04/2034");
    assert_eq!(month_year(Locale::Th, 2034, 12), "12/2034");
    assert_eq!(month_year(Locale::En, 2034, 13), "2034-13");
}
