//! The languages the portal speaks ([`Locale`]) and, with the `negotiation` feature,
//! how one is chosen for a customer ([`resolve`]).
//!
//! Rules and invariants:
//!
//! - A [`Locale`] is one of the 31 locales in [`Locale::ALL`], written as its BCP 47
//!   tag ([`Locale::tag`]: `en`, `pt-BR`, `zh-Hans`) on the wire, in `<html lang>` and
//!   in the database. Parsing ([`str::parse`], serde) accepts exactly those tags, in any
//!   case and with `_` for `-`; anything else (`fr-CA`, `zh`) is refused: finding the
//!   closest supported locale for an arbitrary tag is negotiation, not parsing.
//! - Negotiation precedence ([`resolve`]): the session's explicit locale > the
//!   customer's preferred locales > the browser's `Accept-Language` (ordered by
//!   q-value, `q=0` and `*` ignored) > the tenant's default > [`Locale::FALLBACK`]
//!   (`en`).
//! - Each step is negotiated with fluent-langneg's filtering strategy, so a regional
//!   or differently cased tag finds its language (`fr-CA` → `fr`, `pt-br` → `pt-BR`,
//!   `pt-PT` → `pt`, `zh-CN` → `zh-Hans`, `zh-TW` → `zh-Hant`); a step that matches
//!   nothing falls through to the next one.
//! - Chinese goes by script. Traditional Chinese (`zh-Hant`, or a region that writes
//!   it: `zh-TW`, `zh-HK`, `zh-MO`) gets `zh-Hant` and never Simplified Chinese
//!   (`zh-Hans`): readers of one often cannot read the other, so were `zh-Hant` ever
//!   left out such a tag would fall through rather than get `zh-Hans`. Any other
//!   Chinese (`zh`, `zh-CN`, `zh-SG`, `zh-Hans`) gets `zh-Hans`, CLDR's likely script.
//! - Legacy tags are aliased first: `no` → `nb`, `iw` → `he`, `in` → `id` (old
//!   browsers and Java's `Locale` still send the withdrawn ISO 639 codes).
//! - Input sizes are bounded: at most [`MAX_ACCEPT_LANGUAGE_LEN`] bytes of
//!   `Accept-Language` and [`MAX_CANDIDATES`] tags per step are considered, and a tag
//!   longer than 64 bytes is ignored.
//!
//! Negotiation is behind the `negotiation` cargo feature (it brings fluent-langneg):
//! the API and the portal server enable it; the portal's WASM bundle reads the locale
//! the server already chose from `<html lang>` and does without it.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};

/// A language the portal speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "String")]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "it")]
    It,
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "pt")]
    Pt,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "da")]
    Da,
    #[serde(rename = "nb")]
    Nb,
    #[serde(rename = "fi")]
    Fi,
    #[serde(rename = "pl")]
    Pl,
    #[serde(rename = "cs")]
    Cs,
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "ko")]
    Ko,
    #[serde(rename = "tr")]
    Tr,
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "he")]
    He,
    #[serde(rename = "uk")]
    Uk,
    #[serde(rename = "el")]
    El,
    #[serde(rename = "ro")]
    Ro,
    #[serde(rename = "hu")]
    Hu,
    #[serde(rename = "sk")]
    Sk,
    #[serde(rename = "bg")]
    Bg,
    #[serde(rename = "hr")]
    Hr,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "vi")]
    Vi,
    #[serde(rename = "th")]
    Th,
    #[serde(rename = "zh-Hant")]
    ZhHant,
}

/// A tag that is not exactly one of [`Locale::ALL`]'s.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{tag}` is not a supported locale")]
pub struct UnsupportedLocale {
    pub tag: String,
}

impl Locale {
    /// Every locale, in the order the portal lists them.
    pub const ALL: [Self; 31] = [
        Self::En,
        Self::Fr,
        Self::De,
        Self::Es,
        Self::It,
        Self::Nl,
        Self::Pt,
        Self::PtBr,
        Self::Sv,
        Self::Da,
        Self::Nb,
        Self::Fi,
        Self::Pl,
        Self::Cs,
        Self::Ja,
        Self::ZhHans,
        Self::Ko,
        Self::Tr,
        Self::Ar,
        Self::He,
        Self::Uk,
        Self::El,
        Self::Ro,
        Self::Hu,
        Self::Sk,
        Self::Bg,
        Self::Hr,
        Self::Id,
        Self::Vi,
        Self::Th,
        Self::ZhHant,
    ];

    /// The locale used when nothing else matches.
    pub const FALLBACK: Self = Self::En;

    /// The BCP 47 tag (`en`, `pt-BR`, `zh-Hans`), as on the wire and in `<html lang>`.
    pub const fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::De => "de",
            Self::Es => "es",
            Self::It => "it",
            Self::Nl => "nl",
            Self::Pt => "pt",
            Self::PtBr => "pt-BR",
            Self::Sv => "sv",
            Self::Da => "da",
            Self::Nb => "nb",
            Self::Fi => "fi",
            Self::Pl => "pl",
            Self::Cs => "cs",
            Self::Ja => "ja",
            Self::ZhHans => "zh-Hans",
            Self::Ko => "ko",
            Self::Tr => "tr",
            Self::Ar => "ar",
            Self::He => "he",
            Self::Uk => "uk",
            Self::El => "el",
            Self::Ro => "ro",
            Self::Hu => "hu",
            Self::Sk => "sk",
            Self::Bg => "bg",
            Self::Hr => "hr",
            Self::Id => "id",
            Self::Vi => "vi",
            Self::Th => "th",
            Self::ZhHant => "zh-Hant",
        }
    }

    /// The language's own name, as a language switcher lists it (`Deutsch`, `日本語`,
    /// `Português (Brasil)`): a reader looks for the name of their language written in
    /// it, not in the language of the page they cannot read. Brazilian Portuguese and
    /// both Chinese scripts name their variant, so no two locales share a name.
    pub const fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
            Self::De => "Deutsch",
            Self::Es => "Español",
            Self::It => "Italiano",
            Self::Nl => "Nederlands",
            Self::Pt => "Português",
            Self::PtBr => "Português (Brasil)",
            Self::Sv => "Svenska",
            Self::Da => "Dansk",
            Self::Nb => "Norsk bokmål",
            Self::Fi => "Suomi",
            Self::Pl => "Polski",
            Self::Cs => "Čeština",
            Self::Ja => "日本語",
            Self::ZhHans => "简体中文",
            Self::Ko => "한국어",
            Self::Tr => "Türkçe",
            Self::Ar => "العربية",
            Self::He => "עברית",
            Self::Uk => "Українська",
            Self::El => "Ελληνικά",
            Self::Ro => "Română",
            Self::Hu => "Magyar",
            Self::Sk => "Slovenčina",
            Self::Bg => "Български",
            Self::Hr => "Hrvatski",
            Self::Id => "Bahasa Indonesia",
            Self::Vi => "Tiếng Việt",
            Self::Th => "ไทย",
            Self::ZhHant => "繁體中文",
        }
    }

    /// Whether the locale is written right to left (Arabic, Hebrew): `<html dir="rtl">`.
    pub const fn is_rtl(self) -> bool {
        matches!(self, Self::Ar | Self::He)
    }
}

impl FromStr for Locale {
    type Err = UnsupportedLocale;

    /// Exactly one of the supported tags, in any case (`pt-br`, `ZH-HANS`), `_` accepted
    /// for `-`, surrounding whitespace ignored.
    fn from_str(tag: &str) -> Result<Self, UnsupportedLocale> {
        let normalised = tag.trim().replace('_', "-");
        Self::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(&normalised))
            .ok_or_else(|| UnsupportedLocale { tag: tag.to_owned() })
    }
}

impl TryFrom<String> for Locale {
    type Error = UnsupportedLocale;

    fn try_from(tag: String) -> Result<Self, UnsupportedLocale> {
        tag.parse()
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(any(test, feature = "negotiation"))]
pub use negotiation::{MAX_ACCEPT_LANGUAGE_LEN, MAX_CANDIDATES, parse_accept_language, resolve};

#[cfg(any(test, feature = "negotiation"))]
mod negotiation {
    use fluent_langneg::{LanguageIdentifier, NegotiationStrategy, negotiate_languages};

    use super::Locale;

    /// Longest `Accept-Language` value read, in bytes; the rest is ignored.
    pub const MAX_ACCEPT_LANGUAGE_LEN: usize = 4_096;

    /// Most language tags considered from any one source.
    pub const MAX_CANDIDATES: usize = 32;

    /// The portal's locale for a customer. See the module docs for the precedence.
    /// `explicit` is the session's locale when the merchant chose one (the API refuses
    /// an unsupported one when the session is created).
    pub fn resolve(
        explicit: Option<Locale>,
        customer_preferred: &[String],
        accept_language: Option<&str>,
        tenant_default: Option<&str>,
    ) -> Locale {
        explicit
            .or_else(|| {
                let preferred: Vec<&str> = customer_preferred.iter().map(String::as_str).collect();
                Locale::negotiate(&preferred)
            })
            .or_else(|| accept_language.and_then(Locale::from_accept_language))
            .or_else(|| tenant_default.and_then(|l| Locale::negotiate(&[l])))
            .unwrap_or(Locale::FALLBACK)
    }

    impl Locale {
        /// The supported locale that best fits `requested` (best first), if any: the
        /// first tag that finds one wins (see the module docs).
        pub fn negotiate(requested: &[&str]) -> Option<Self> {
            let available: Vec<LanguageIdentifier> = Self::ALL.iter().filter_map(|l| l.tag().parse().ok()).collect();
            for tag in requested.iter().take(MAX_CANDIDATES) {
                let Some(wanted) = parse_tag(tag) else { continue };
                let found = negotiate_languages(&[&wanted], &available, None, NegotiationStrategy::Filtering);
                // `zh-TW` finds `zh-Hant` by CLDR's likely subtags (`zh-Hant-TW`); the
                // filtering's last steps match by language alone, so a Traditional
                // Chinese tag is kept off `zh-Hans` here rather than by that order.
                let traditional = is_traditional_chinese(&wanted);
                let best = found
                    .into_iter()
                    .find(|candidate| !(traditional && candidate.script.is_some_and(|s| s.as_str() == "Hans")));
                if let Some(best) = best {
                    let position = available.iter().position(|a| a == best)?;
                    return Self::ALL.get(position).copied();
                }
            }
            None
        }

        /// The best supported locale for an `Accept-Language` value, if any tag in it
        /// finds one.
        pub fn from_accept_language(header: &str) -> Option<Self> {
            Self::negotiate(&parse_accept_language(header))
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
    pub(super) fn parse_qvalue(value: &str) -> Option<u16> {
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
            "in" => Some("id"),
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
}

#[cfg(test)]
mod tests;
