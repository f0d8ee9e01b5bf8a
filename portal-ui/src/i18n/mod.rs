//! The portal's languages: which [`Locale`] a page speaks, its texts ([`t`], [`t_with`])
//! and locale-aware [`format`]ting of amounts, numbers and dates.
//!
//! - The locales are exactly the API's `SUPPORTED_LOCALES` (`api::domain::portal::locale`).
//! - Every locale has its own module with an exhaustive `match` over [`Key`]: a key
//!   missing from any language is a compile error, never a silent English fallback.
//! - Which locale a render uses ([`current_locale`]), in order: on the server, the
//!   signed-in customer's session locale (the [`crate::session::Overview`] fetched before
//!   the render), then the request's `Accept-Language` negotiated against
//!   [`Locale::ALL`] ([`negotiate`]), else `en`. In the browser
//!   (`hydrate`, `csr`) the locale is read back from `<html lang>`, which the server set,
//!   so hydration renders the very same text.
//! - [`crate::App`] provides the locale as Leptos context; pages read it with
//!   [`use_locale`].

pub mod catalog;
pub mod format;
#[cfg(feature = "ssr")]
pub mod names;

pub use catalog::Text;

#[cfg(not(feature = "hydrate"))]
mod ar;
#[cfg(not(feature = "hydrate"))]
mod cs;
#[cfg(not(feature = "hydrate"))]
mod da;
#[cfg(not(feature = "hydrate"))]
mod de;
#[cfg(not(feature = "hydrate"))]
mod el;
#[cfg(not(feature = "hydrate"))]
mod en;
#[cfg(not(feature = "hydrate"))]
mod es;
#[cfg(not(feature = "hydrate"))]
mod fi;
#[cfg(not(feature = "hydrate"))]
mod fr;
#[cfg(not(feature = "hydrate"))]
mod he;
#[cfg(not(feature = "hydrate"))]
mod it;
#[cfg(not(feature = "hydrate"))]
mod ja;
#[cfg(not(feature = "hydrate"))]
mod ko;
#[cfg(not(feature = "hydrate"))]
mod nb;
#[cfg(not(feature = "hydrate"))]
mod nl;
#[cfg(not(feature = "hydrate"))]
mod pl;
#[cfg(not(feature = "hydrate"))]
mod pt;
#[cfg(not(feature = "hydrate"))]
mod pt_br;
#[cfg(not(feature = "hydrate"))]
mod sv;
#[cfg(not(feature = "hydrate"))]
mod tr;
#[cfg(not(feature = "hydrate"))]
mod uk;
#[cfg(not(feature = "hydrate"))]
mod zh_hans;

/// A language the portal speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Fr,
    De,
    Es,
    It,
    Nl,
    Pt,
    PtBr,
    Sv,
    Da,
    Nb,
    Fi,
    Pl,
    Cs,
    Ja,
    ZhHans,
    Ko,
    Tr,
    Ar,
    He,
    Uk,
    El,
}

impl Locale {
    /// Every locale, in the API's order.
    pub const ALL: [Locale; 22] = [
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
    ];

    /// The tag as the API writes it (`pt-BR`, `zh-Hans`).
    pub fn tag(self) -> &'static str {
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
        }
    }

    /// The BCP 47 tag for `<html lang>` (the same as [`Locale::tag`]).
    pub fn lang(self) -> &'static str {
        self.tag()
    }

    /// `"rtl"` for Arabic and Hebrew, `"ltr"` otherwise (for `<html dir>`).
    pub fn dir(self) -> &'static str {
        match self {
            Self::Ar | Self::He => "rtl",
            _ => "ltr",
        }
    }

    /// Exactly one of the supported tags, in any case (`pt-br`, `ZH-HANS`); `_` is
    /// accepted for `-`. Anything else (`fr-CA`, `zh`) is `None`: see [`negotiate`].
    pub fn parse(tag: &str) -> Option<Locale> {
        let tag = tag.trim().replace('_', "-");
        Self::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(&tag))
    }

    /// The locale a single language tag asks for, like the API's negotiation: exact
    /// tags first, then by language (`fr-CA` → `fr`, `pt-PT` → `pt`, `zh-CN` →
    /// `zh-Hans`). Traditional Chinese never gets Simplified; `no` → `nb`, `iw` → `he`.
    pub fn from_language_tag(tag: &str) -> Option<Locale> {
        if let Some(locale) = Self::parse(tag) {
            return Some(locale);
        }
        let lower = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut subtags = lower.split('-');
        let language = subtags.next().unwrap_or_default();
        let rest: Vec<&str> = subtags.collect();
        match language {
            "zh" => {
                let traditional = rest.iter().any(|s| matches!(*s, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Self::ZhHans)
            }
            "pt" if rest.contains(&"br") => Some(Self::PtBr),
            "no" | "nb" => Some(Self::Nb),
            "iw" => Some(Self::He),
            other => Self::parse(other),
        }
    }
}

/// The best locale for an `Accept-Language` value: tags by decreasing q-value (`q=0`
/// and `*` ignored, ties in written order), the first one that [`Locale::from_language_tag`]
/// knows. At most 4 KiB and 32 tags are read.
pub fn negotiate(accept_language: &str) -> Option<Locale> {
    let value = accept_language.get(..4_096).unwrap_or(accept_language);
    let mut tags: Vec<(u16, usize, &str)> = value
        .split(',')
        .take(32)
        .enumerate()
        .filter_map(|(index, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .next()
                .map_or(Some(1000), |q| {
                    q.trim()
                        .parse::<f32>()
                        .ok()
                        .map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16)
                })?;
            (q > 0 && !tag.is_empty() && tag != "*").then_some((q, index, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().find_map(|(_, _, tag)| Locale::from_language_tag(tag))
}

/// Every text the portal's pages show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// The product's name (titles, home heading).
    ProductName,
    /// The brand in the header (a proper name).
    BrandName,
    SkipLink,
    Footer,
    IntroLead,
    IntroHowToReach,
    ServiceStatusHeading,
    ApiStatusLabel,
    StatusChecking,
    StatusOk,
    StatusUnavailable,
    StatusUnreachable,
    StatusOkDescription,
    StatusUnavailableDescription,
    StatusUnreachableDescription,
    DetailsHeading,
    DetailsButton,
    DetailsSubscriptions,
    DetailsInvoices,
    DetailsPaymentMethods,
    DetailsBillingAddress,
    DetailsNote,
    SignedInHeading,
    SignedInLead,
    SignedInHelp,
    ReturnToMerchantButton,
    LinkExpiredHeading,
    LinkExpiredAdvice,
    LinkRateLimitedHeading,
    LinkRateLimitedAdvice,
    LinkUnavailableHeading,
    LinkUnavailableAdvice,
    /// Has the `{merchant}` placeholder.
    ReturnTo,
    NotFoundHeading,
    NotFoundBody,
    NotFoundHomeLink,
    ModuleSubscriptionTitle,
    ModuleSubscriptionDescription,
    ModulePaymentMethodsTitle,
    ModulePaymentMethodsDescription,
    ModuleInvoicesTitle,
    ModuleInvoicesDescription,
    ModuleTaxIdsTitle,
    ModuleTaxIdsDescription,
    ModuleAddressTitle,
    ModuleAddressDescription,
}

impl Key {
    /// Every key.
    pub const ALL: [Key; 46] = [
        Self::ProductName,
        Self::BrandName,
        Self::SkipLink,
        Self::Footer,
        Self::IntroLead,
        Self::IntroHowToReach,
        Self::ServiceStatusHeading,
        Self::ApiStatusLabel,
        Self::StatusChecking,
        Self::StatusOk,
        Self::StatusUnavailable,
        Self::StatusUnreachable,
        Self::StatusOkDescription,
        Self::StatusUnavailableDescription,
        Self::StatusUnreachableDescription,
        Self::DetailsHeading,
        Self::DetailsButton,
        Self::DetailsSubscriptions,
        Self::DetailsInvoices,
        Self::DetailsPaymentMethods,
        Self::DetailsBillingAddress,
        Self::DetailsNote,
        Self::SignedInHeading,
        Self::SignedInLead,
        Self::SignedInHelp,
        Self::ReturnToMerchantButton,
        Self::LinkExpiredHeading,
        Self::LinkExpiredAdvice,
        Self::LinkRateLimitedHeading,
        Self::LinkRateLimitedAdvice,
        Self::LinkUnavailableHeading,
        Self::LinkUnavailableAdvice,
        Self::ReturnTo,
        Self::NotFoundHeading,
        Self::NotFoundBody,
        Self::NotFoundHomeLink,
        Self::ModuleSubscriptionTitle,
        Self::ModuleSubscriptionDescription,
        Self::ModulePaymentMethodsTitle,
        Self::ModulePaymentMethodsDescription,
        Self::ModuleInvoicesTitle,
        Self::ModuleInvoicesDescription,
        Self::ModuleTaxIdsTitle,
        Self::ModuleTaxIdsDescription,
        Self::ModuleAddressTitle,
        Self::ModuleAddressDescription,
    ];

    /// The placeholders (`{name}`) this key's text has in every locale.
    pub fn placeholders(self) -> &'static [&'static str] {
        match self {
            Self::ReturnTo => &["merchant"],
            _ => &[],
        }
    }

    /// Proper names, the same in every language.
    pub fn is_proper_name(self) -> bool {
        matches!(self, Self::BrandName)
    }
}

/// The text of `key` (a [`Key`] of the shell or a page's catalogue key) in `locale`.
pub fn t(locale: Locale, key: impl Text) -> &'static str {
    key.text(locale)
}

impl Text for Key {
    // The hydrated bundle carries no texts: it reads the page's (see `catalog::page_texts`).
    #[cfg(feature = "hydrate")]
    fn text(self, _locale: Locale) -> &'static str {
        catalog::page_texts::text("Key", self as usize)
    }

    #[cfg(not(feature = "hydrate"))]
    fn text(self, locale: Locale) -> &'static str {
        shell_text(locale, self)
    }
}

impl catalog::Catalog for Key {
    const NAME: &'static str = "Key";

    fn all() -> &'static [Self] {
        &Self::ALL
    }
}

/// Every text of one catalogue in a locale, in key order.
#[cfg(feature = "ssr")]
pub(crate) type CatalogTexts = fn(Locale) -> Vec<&'static str>;

/// `(name, texts of a locale)` of each catalogue type given.
#[cfg(feature = "ssr")]
macro_rules! catalogs {
    ($($catalog:ty),+ $(,)?) => {
        &[$((<$catalog as catalog::Catalog>::NAME, catalog::page_texts::texts_of::<$catalog>)),+]
    };
}

/// Every catalogue of texts: the shell's [`Key`] and each `catalog!`. The server writes
/// the render's locale of all of them into the page for the hydrated bundle (see
/// `catalog::page_texts`); a test checks that no `catalog!` is missing here.
#[cfg(feature = "ssr")]
pub(crate) const CATALOGS: &[(&str, CatalogTexts)] = catalogs![
    Key,
    crate::pages::layout::LayoutText,
    crate::pages::link::LinkText,
    crate::problem::ProblemText,
    crate::pages::flow::FlowText,
    crate::pages::subscription::SubscriptionText,
    crate::pages::payment_methods::texts::PaymentMethodsText,
    crate::pages::invoices::InvoiceText,
    crate::pages::challenge::ChallengeText,
    crate::pages::tax_ids::TaxIdText,
    crate::pages::address::AddressText,
];

/// The text of a shell [`Key`], from the locale's own file.
#[cfg(not(feature = "hydrate"))]
fn shell_text(locale: Locale, key: Key) -> &'static str {
    match locale {
        Locale::En => en::text(key),
        Locale::Fr => fr::text(key),
        Locale::De => de::text(key),
        Locale::Es => es::text(key),
        Locale::It => it::text(key),
        Locale::Nl => nl::text(key),
        Locale::Pt => pt::text(key),
        Locale::PtBr => pt_br::text(key),
        Locale::Sv => sv::text(key),
        Locale::Da => da::text(key),
        Locale::Nb => nb::text(key),
        Locale::Fi => fi::text(key),
        Locale::Pl => pl::text(key),
        Locale::Cs => cs::text(key),
        Locale::Ja => ja::text(key),
        Locale::ZhHans => zh_hans::text(key),
        Locale::Ko => ko::text(key),
        Locale::Tr => tr::text(key),
        Locale::Ar => ar::text(key),
        Locale::He => he::text(key),
        Locale::Uk => uk::text(key),
        Locale::El => el::text(key),
    }
}

/// The text of `key` in `locale` with each `{name}` replaced by its value.
pub fn t_with(locale: Locale, key: impl Text, values: &[(&str, &str)]) -> String {
    values.iter().fold(t(locale, key).to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

/// The locale of the render in progress (see the module docs); `en` outside one.
pub fn use_locale() -> Locale {
    leptos::prelude::use_context::<Locale>().unwrap_or_default()
}

/// The locale for this render, worked out from the request (server side): the
/// signed-in session's, else the browser's.
#[cfg(feature = "ssr")]
pub fn current_locale() -> Locale {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| {
            let session = parts
                .extensions
                .get::<crate::session::Overview>()
                .and_then(|overview| Locale::parse(&overview.locale));
            session.or_else(|| {
                parts
                    .headers
                    .get_all(http::header::ACCEPT_LANGUAGE)
                    .iter()
                    .filter_map(|value| value.to_str().ok())
                    .find_map(negotiate)
            })
        })
        .unwrap_or_default()
}

/// The locale for this render, read from `<html lang>` (browser side).
#[cfg(not(feature = "ssr"))]
pub fn current_locale() -> Locale {
    leptos::prelude::document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|lang| Locale::parse(&lang))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
