//! The portal's languages: which [`Locale`] a page speaks, its texts ([`t`], [`t_with`])
//! and locale-aware [`format`]ting of amounts, numbers and dates.
//!
//! - The locales are [`Locale`], `paylera_shared::locale`'s: the one list the API
//!   negotiates sessions against, so a session's locale always has texts here.
//! - Every locale has its own module with an exhaustive `match` over [`Key`]: a key
//!   missing from any language is a compile error, never a silent English fallback.
//! - Which locale a render uses ([`current_locale`]), in order: on the server, the
//!   signed-in customer's session locale (the [`crate::session::Overview`] fetched before
//!   the render), then the request's `Accept-Language` negotiated as the API does
//!   ([`Locale::from_accept_language`]), else `en`. In the browser
//!   (`hydrate`, `csr`) the locale is read back from `<html lang>`, which the server set,
//!   so hydration renders the very same text.
//! - [`crate::App`] provides the locale as Leptos context; pages read it with
//!   [`use_locale`].

pub mod catalog;
pub mod format;
#[cfg(feature = "ssr")]
pub mod names;

pub use catalog::Text;
pub use paylera_shared::locale::Locale;

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
    crate::components::layout::LayoutText,
    crate::pages::link::LinkText,
    crate::problem::ProblemText,
    crate::pages::flow_done::FlowText,
    crate::components::subscription::SubscriptionText,
    crate::pages::payment_methods::PaymentMethodsText,
    crate::pages::invoices::InvoiceText,
    crate::components::challenge::ChallengeText,
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
                .map(|overview| overview.locale);
            session.or_else(|| {
                parts
                    .headers
                    .get_all(http::header::ACCEPT_LANGUAGE)
                    .iter()
                    .filter_map(|value| value.to_str().ok())
                    .find_map(Locale::from_accept_language)
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
        .and_then(|lang| lang.parse().ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
