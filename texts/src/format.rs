//! Amounts, numbers and dates the way each [`Locale`] writes them.
//!
//! Plain Rust tables of the main CLDR rules, not the whole of CLDR. The choices:
//!
//! - **Digits** are always Latin (`0`–`9`), Arabic included (as in `ar-u-nu-latn`, the
//!   form most Arabic billing pages use).
//! - **Separators** (group, decimal): `,` `.` for en, ja, zh-Hans, zh-Hant, ko, ar, he,
//!   th; `.` `,` for de, it, nl, pt-BR, da, tr, el, es, ro, hr, id, vi; U+202F (narrow
//!   no-break space) `,` for fr; U+00A0 (no-break space) `,` for pt, sv, nb, fi, pl, cs,
//!   uk, hu, sk, bg. Spanish, Portuguese, Polish, Hungarian and Bulgarian do not group
//!   four-digit numbers (`1234`, CLDR's minimum grouping of 2).
//! - **Money**: exactly [`Currency::exponent`] decimals (0 for JPY, KRW, MGA…, 3 for
//!   KWD, BHD…, else 2), from the one currency table the API validates amounts with
//!   (`paylera_shared::money`), so the portal and the API never disagree. The symbol comes first and touches the number in en, ja,
//!   zh-Hans, zh-Hant, ko, tr, id and th (`$1,234.50`, CLDR's `¤#,##0.00`), first with a
//!   no-break space in nl and pt-BR (`€ 1.234,50`), last after a no-break space
//!   everywhere else (`1 234,50 €`). Symbols: `€`, `£`, `¥` (JPY, and CNY in zh-Hans),
//!   `NT$` (TWD in zh-Hant), `₩` (KRW), `R$` (BRL), `$` for USD in en, de, fi, ja, tr
//!   and he, `$US` in fr, `US$` elsewhere; any other currency is shown as its
//!   upper-case code. A negative amount starts with `-`.
//! - **Dates**: day-month-year with the abbreviated month in en (`25 Nov 2026`), fr
//!   (`25 nov. 2026`), es, it, nl (`25 nov 2026`), id (`25 Nov 2026`, `5 Agu 2026`) and
//!   ar (full Arabic month name: `25 نوفمبر 2026`); numeric `25.11.2026` in de, da, nb,
//!   fi, pl, tr, uk, he, ro, `25.11.2026 г.` in bg (`5.03.2026 г.`: the day unpadded),
//!   `25. 11. 2026` in cs and sk (`5. 3. 2026`), `25. 11. 2026.` in hr (`05. 03. 2026.`),
//!   `2026. 11. 25.` in hu, `25/11/2026` in pt, pt-BR, el, vi, and in th without padding
//!   (`5/3/2026`; the Gregorian year, not the Buddhist era, as Thai billing pages do);
//!   ISO `2026-11-25` in sv; `2026年11月25日` in ja, zh-Hans and zh-Hant, `2026년 11월 25일`
//!   in ko. A month outside 1–12 gives ISO `YYYY-MM-DD` in every locale.
//! - **Month and year** (a card's expiry, [`month_year`]): the abbreviated month where
//!   the locale names it in dates (`Dec 2034` in en, `déc. 2034` in fr, `Des 2034` in
//!   id), `2034-12` in sv, `2034. 12.` in hu, `2034年12月` in ja, zh-Hans and zh-Hant,
//!   `2034년 12월` in ko, `12/2034` (as printed on the card) elsewhere.

use paylera_shared::money::{Currency, Money};

use crate::Locale;

/// NO-BREAK SPACE.
const NBSP: &str = "\u{a0}";
/// NARROW NO-BREAK SPACE (French grouping).
const NNBSP: &str = "\u{202f}";

/// How a locale writes numbers.
struct NumberRules {
    group: &'static str,
    decimal: &'static str,
    /// Group only numbers with at least this many digits before the decimal separator
    /// beyond the first group (CLDR's minimum grouping digits): 1 groups `1,234`, 2 does not.
    min_grouping: usize,
}

fn number_rules(locale: Locale) -> NumberRules {
    let (group, decimal, min_grouping) = match locale {
        Locale::En
        | Locale::Ja
        | Locale::ZhHans
        | Locale::ZhHant
        | Locale::Ko
        | Locale::Ar
        | Locale::He
        | Locale::Th => (",", ".", 1),
        Locale::De
        | Locale::It
        | Locale::Nl
        | Locale::PtBr
        | Locale::Da
        | Locale::Tr
        | Locale::El
        | Locale::Ro
        | Locale::Hr
        | Locale::Id
        | Locale::Vi => (".", ",", 1),
        Locale::Es => (".", ",", 2),
        Locale::Fr => (NNBSP, ",", 1),
        Locale::Pt | Locale::Pl | Locale::Hu | Locale::Bg => (NBSP, ",", 2),
        Locale::Sv | Locale::Nb | Locale::Fi | Locale::Cs | Locale::Uk | Locale::Sk => (NBSP, ",", 1),
    };
    NumberRules {
        group,
        decimal,
        min_grouping,
    }
}

/// Where a locale puts the currency symbol.
#[derive(Clone, Copy)]
enum SymbolPosition {
    /// `$1,234.50`
    Before,
    /// `€ 1.234,50`
    BeforeSpaced,
    /// `1 234,50 €`
    AfterSpaced,
}

fn symbol_position(locale: Locale) -> SymbolPosition {
    match locale {
        Locale::En
        | Locale::Ja
        | Locale::ZhHans
        | Locale::ZhHant
        | Locale::Ko
        | Locale::Tr
        | Locale::Id
        | Locale::Th => SymbolPosition::Before,
        Locale::Nl | Locale::PtBr => SymbolPosition::BeforeSpaced,
        _ => SymbolPosition::AfterSpaced,
    }
}

/// The symbol `locale` uses for `currency` (see the module docs).
pub fn currency_symbol(locale: Locale, currency: Currency) -> String {
    let symbol = match currency.code() {
        "eur" => "€",
        "gbp" => "£",
        "jpy" => "¥",
        "cny" if locale == Locale::ZhHans => "¥",
        // Taiwan's dollar, as Taiwanese pages write it (CLDR's bare `$` would read as USD).
        "twd" if locale == Locale::ZhHant => "NT$",
        "krw" => "₩",
        "brl" => "R$",
        "usd" => match locale {
            Locale::En | Locale::De | Locale::Fi | Locale::Ja | Locale::Tr | Locale::He => "$",
            Locale::Fr => "$US",
            _ => "US$",
        },
        code => return code.to_ascii_uppercase(),
    };
    symbol.to_owned()
}

/// `digits` (ASCII, no sign) with `locale`'s group separator every three digits.
fn group_digits(rules: &NumberRules, digits: &str) -> String {
    if digits.len() < 4 + rules.min_grouping - 1 {
        return digits.to_owned();
    }
    let mut out = String::with_capacity(digits.len() * 2);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(rules.group);
        }
        out.push(digit);
    }
    out
}

/// An integer as `locale` writes it: `1,234,567` (en), `1 234 567` (fr), `1.234.567` (de).
pub fn number(locale: Locale, value: i64) -> String {
    let grouped = group_digits(&number_rules(locale), &value.unsigned_abs().to_string());
    if value < 0 { format!("-{grouped}") } else { grouped }
}

/// An amount as `locale` writes it: 123450 `usd` is `$1,234.50` in `En`, 123450 `eur`
/// is `1 234,50 €` in `Fr`, 1235 `jpy` is `¥1,235` in `Ja`.
pub fn money(locale: Locale, money: Money) -> String {
    let rules = number_rules(locale);
    let (major, fraction) = money.major_and_fraction();
    let mut amount = group_digits(&rules, &major.to_string());
    let digits = usize::try_from(money.currency.exponent()).unwrap_or(2);
    if digits > 0 {
        amount.push_str(rules.decimal);
        amount.push_str(&format!("{fraction:0digits$}"));
    }
    let symbol = currency_symbol(locale, money.currency);
    let sign = if money.minor < 0 { "-" } else { "" };
    match symbol_position(locale) {
        SymbolPosition::Before => format!("{sign}{symbol}{amount}"),
        SymbolPosition::BeforeSpaced => format!("{sign}{symbol}{NBSP}{amount}"),
        SymbolPosition::AfterSpaced => format!("{sign}{amount}{NBSP}{symbol}"),
    }
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const FR_MONTHS: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
];
const ES_MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];
const IT_MONTHS: [&str; 12] = [
    "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic",
];
const NL_MONTHS: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];
const ID_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
];
const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// The abbreviated month names of `locale`, for the locales that write dates with them.
fn month_names(locale: Locale) -> Option<&'static [&'static str; 12]> {
    match locale {
        Locale::En => Some(&EN_MONTHS),
        Locale::Fr => Some(&FR_MONTHS),
        Locale::Es => Some(&ES_MONTHS),
        Locale::It => Some(&IT_MONTHS),
        Locale::Nl => Some(&NL_MONTHS),
        Locale::Id => Some(&ID_MONTHS),
        Locale::Ar => Some(&AR_MONTHS),
        _ => None,
    }
}

/// The index (0–11) of `month` (1–12), `None` for anything else.
fn month_index(month: u32) -> Option<usize> {
    month
        .checked_sub(1)
        .and_then(|m| usize::try_from(m).ok())
        .filter(|m| *m < 12)
}

/// A calendar date as `locale` writes it (see the module docs): `25 Nov 2026` (en),
/// `25 nov. 2026` (fr), `25.11.2026` (de), `2026年11月25日` (ja).
pub fn date(locale: Locale, year: i32, month: u32, day: u32) -> String {
    let Some(index) = month_index(month) else {
        return format!("{year:04}-{month:02}-{day:02}");
    };
    if let Some(months) = month_names(locale) {
        return format!("{day} {} {year}", months[index]);
    }
    match locale {
        Locale::Cs | Locale::Sk => format!("{day}. {month}. {year}"),
        Locale::Hr => format!("{day:02}. {month:02}. {year}."),
        Locale::Hu => format!("{year}. {month:02}. {day:02}."),
        Locale::Bg => format!("{day}.{month:02}.{year} г."),
        Locale::Pt | Locale::PtBr | Locale::El | Locale::Vi => format!("{day:02}/{month:02}/{year}"),
        Locale::Th => format!("{day}/{month}/{year}"),
        Locale::Sv => format!("{year:04}-{month:02}-{day:02}"),
        Locale::Ja | Locale::ZhHans | Locale::ZhHant => format!("{year}年{month}月{day}日"),
        Locale::Ko => format!("{year}년 {month}월 {day}일"),
        // De, Da, Nb, Fi, Pl, Tr, Uk, He, Ro
        _ => format!("{day:02}.{month:02}.{year}"),
    }
}

/// A month of a year as `locale` writes it (see the module docs): `Dec 2034` (en),
/// `déc. 2034` (fr), `12/2034` (de), `2034年12月` (ja). A month outside 1–12 gives ISO
/// `YYYY-MM`.
pub fn month_year(locale: Locale, year: i32, month: u32) -> String {
    let Some(index) = month_index(month) else {
        return format!("{year:04}-{month:02}");
    };
    if let Some(months) = month_names(locale) {
        return format!("{} {year}", months[index]);
    }
    match locale {
        Locale::Sv => format!("{year:04}-{month:02}"),
        Locale::Hu => format!("{year}. {month:02}."),
        Locale::Ja | Locale::ZhHans | Locale::ZhHant => format!("{year}年{month}月"),
        Locale::Ko => format!("{year}년 {month}월"),
        _ => format!("{month:02}/{year}"),
    }
}

/// A card network's own name (the same in every language) for the API's brand (`visa`,
/// `amex`, …); `None` for `unknown` or a brand this table does not know.
pub fn card_brand(brand: &str) -> Option<&'static str> {
    Some(match brand {
        "visa" => "Visa",
        "mastercard" => "Mastercard",
        "amex" => "American Express",
        "discover" => "Discover",
        "diners" => "Diners Club",
        "jcb" => "JCB",
        "unionpay" => "UnionPay",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        // Each case formats the amount in every currency and every locale.
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any amount of any supported currency, in every locale, shows exactly the
        /// currency's exponent of decimals (none, and no decimal separator, for 0), a
        /// minus sign exactly when negative, and digits that read back as the amount.
        #[test]
        fn any_amount_shows_exactly_its_currencys_decimals_in_every_locale(
            minor in prop_oneof![any::<i64>(), -100_000..100_000i64, Just(i64::MIN), Just(i64::MAX)],
        ) {
            for locale in Locale::ALL {
                let rules = number_rules(locale);
                for currency in Currency::all() {
                    let written = money(locale, Money::new(minor, currency));
                    prop_assert_eq!(written.starts_with('-'), minor < 0, "{}", written);
                    let number = written
                        .replacen(&currency_symbol(locale, currency), "", 1)
                        .replace(NBSP, "");
                    let number = number.trim_start_matches('-');
                    let decimals = match currency.exponent() {
                        0 => {
                            prop_assert!(!number.contains(rules.decimal), "{} {}", locale.tag(), written);
                            ""
                        }
                        _ => number.rsplit_once(rules.decimal).map_or("", |(_, fraction)| fraction),
                    };
                    prop_assert!(decimals.bytes().all(|b| b.is_ascii_digit()), "{} {}", locale.tag(), written);
                    prop_assert_eq!(decimals.len(), currency.exponent() as usize, "{} {}", locale.tag(), written);
                    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
                    prop_assert_eq!(digits.parse::<u64>().ok(), Some(minor.unsigned_abs()), "{} {}", locale.tag(), written);
                }
            }
        }
    }
}
