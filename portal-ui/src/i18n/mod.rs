//! The portal's languages: which [`Locale`] a page speaks, its texts ([`t`], [`t_with`],
//! [`t_args`]) and locale-aware [`format`]ting of amounts, numbers and dates.
//!
//! - The locales are [`Locale`], `paylera_shared::locale`'s: the one list the API
//!   negotiates sessions against, so a session's locale always has texts here.
//! - Texts are data: Fluent messages in `locales/<tag>/<catalogue>.ftl` at the
//!   repository's root, read by the `paylera-texts` crate (which the API can use too).
//!   Rust names them with typed keys: the shell's [`Key`] and each page's `catalog!`
//!   (see [`catalog`]). Tests check that every key has a message in every locale and
//!   every message a key.
//! - Which locale a render uses ([`current_locale`]), in order: on the server, the
//!   signed-in customer's session locale (of the portal session fetched before
//!   the render), then the request's `Accept-Language` negotiated as the API does
//!   ([`Locale::from_accept_language`]), else `en`. In the browser
//!   (`hydrate`, `csr`) the locale is read back from `<html lang>`, which the server set,
//!   so hydration renders the very same text.
//! - [`crate::App`] provides the locale as Leptos context; pages read it with
//!   [`use_locale`].

pub mod catalog;
#[cfg(feature = "ssr")]
pub mod names;

pub use catalog::Text;
pub use paylera_shared::locale::Locale;
pub use paylera_texts::Arg;
/// Money, numbers and dates per locale: `paylera-texts`' implementation, which the API's
/// invoice PDFs use too.
pub use paylera_texts::format;

use crate::catalog;

catalog! {
    /// The texts of the shell: header, footer, home and error pages (`shell-…` messages).
    pub enum Key {
        /// The product's name (titles, home heading).
        ProductName,
        /// The brand in the header (a proper name).
        BrandName,
        SkipLink,
        Footer,
        IntroLead,
        IntroHowToReach,
        SignedInHelp,
        ReturnToMerchantButton,
        LinkExpiredHeading,
        LinkExpiredAdvice,
        LinkRateLimitedHeading,
        LinkRateLimitedAdvice,
        LinkUnavailableHeading,
        LinkUnavailableAdvice,
        /// `{ $merchant }`: where "Return to" leads.
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
}

/// The text of `key` (a [`Key`] of the shell or a page's catalogue key) in `locale`.
pub fn t(locale: Locale, key: impl Text) -> &'static str {
    key.text(locale)
}

/// The text of `key` in `locale` with its variables (`{ $name }`) given as text.
pub fn t_with(locale: Locale, key: impl Text, values: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg<'_>)> = values.iter().map(|(name, value)| (*name, Arg::Text(value))).collect();
    t_args(locale, key, &args)
}

/// The text of `key` in `locale` with typed variables: an [`Arg::Number`] (a count)
/// selects the plural form the locale's rules ask for.
pub fn t_args(locale: Locale, key: impl Text, args: &[(&str, Arg<'_>)]) -> String {
    catalog::format(locale, key.message_id(), args)
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
            // The signed-in session's locale, left by `server::session::load_portal_session`.
            let session = parts.extensions.get::<Locale>().copied();
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
