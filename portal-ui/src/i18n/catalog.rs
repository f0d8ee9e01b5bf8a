//! Text catalogues: one enum of keys per page (or concern); the texts themselves are
//! Fluent messages in `locales/<tag>/<catalogue>.ftl`, read by `paylera-texts`.
//!
//! A key names its message: catalogue and key in kebab case
//! (`SubscriptionText::EveryMonths` is `subscription-every-months`,
//! [`paylera_texts::message_id`]). [`super::t`] gives a message without variables as a
//! `&'static str`: each catalogue renders its messages once per locale, on first use,
//! into a static [`Table`]. [`super::t_with`] / [`super::t_args`] format with variables,
//! numbers selecting plural forms by the locale's CLDR rules.
//!
//! A key without a message, a message without a key, a variable English does not have,
//! a file that does not parse: the tests catch them ([`problems`], `i18n::tests`,
//! `paylera-texts`' own), not the compiler.

use std::sync::OnceLock;

use super::Locale;

/// Something that has a text in every locale.
pub trait Text: Copy + 'static {
    /// The text in `locale` (a message with variables shows them unfilled: use `t_with`).
    fn text(self, locale: Locale) -> &'static str;

    /// The id of its Fluent message (`subscription-every-months`).
    fn message_id(self) -> &'static str;
}

/// A whole catalogue: its name and every key, in declaration order.
pub trait Catalog: Text + std::fmt::Debug {
    /// The catalogue's name (its enum's).
    const NAME: &'static str;

    /// The keys' names, in declaration order (`self as usize` is an index here).
    const KEYS: &'static [&'static str];

    /// Every key, in declaration order.
    fn all() -> &'static [Self];
}

/// Declares a text catalogue: an enum of keys whose texts are the Fluent messages
/// `<catalogue>-<key>` of `locales/<tag>/*.ftl`.
///
/// ```ignore
/// catalog! {
///     /// The subscription page.
///     pub enum SubscriptionText {
///         Heading,
///         /// `{ $amount }` every `{ $count }` months (plural forms by count).
///         EveryMonths,
///     }
/// }
/// ```
#[macro_export]
macro_rules! catalog {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$key_meta:meta])*
                $key:ident
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$key_meta])* $key, )+
        }

        impl $name {
            fn table() -> &'static $crate::i18n::catalog::Table {
                static TABLE: $crate::i18n::catalog::Table = $crate::i18n::catalog::Table::new();
                &TABLE
            }
        }

        impl $crate::i18n::catalog::Text for $name {
            fn text(self, locale: $crate::i18n::Locale) -> &'static str {
                Self::table().text::<Self>(locale, self as usize)
            }

            fn message_id(self) -> &'static str {
                Self::table().id::<Self>(self as usize)
            }
        }

        impl $crate::i18n::catalog::Catalog for $name {
            const NAME: &'static str = stringify!($name);
            const KEYS: &'static [&'static str] = &[ $( stringify!($key), )+ ];

            fn all() -> &'static [Self] {
                &[ $( Self::$key, )+ ]
            }
        }
    };
}

/// The rendered texts of one catalogue: its message ids, and each locale's texts made
/// once, on first use (they live as long as the process, or the page in the browser).
#[derive(Debug)]
pub struct Table {
    ids: OnceLock<Vec<&'static str>>,
    texts: [OnceLock<Vec<&'static str>>; Locale::ALL.len()],
}

impl Table {
    pub const fn new() -> Self {
        Table {
            ids: OnceLock::new(),
            texts: [const { OnceLock::new() }; Locale::ALL.len()],
        }
    }

    /// The message id of key number `index` of `C`.
    pub fn id<C: Catalog>(&self, index: usize) -> &'static str {
        let ids = self.ids.get_or_init(|| {
            C::KEYS
                .iter()
                .map(|key| leak(paylera_texts::message_id(C::NAME, key)))
                .collect()
        });
        ids.get(index).copied().unwrap_or_default()
    }

    /// The text of key number `index` of `C` in `locale`, formatted without variables
    /// (empty, and logged, when the locale has no such message).
    pub fn text<C: Catalog>(&self, locale: Locale, index: usize) -> &'static str {
        let slot = Locale::ALL.iter().position(|l| *l == locale).unwrap_or_default();
        let texts = self.texts[slot].get_or_init(|| {
            (0..C::KEYS.len())
                .map(|key| leak(format(locale, self.id::<C>(key), &[])))
                .collect()
        });
        texts.get(index).copied().unwrap_or_default()
    }
}

impl Default for Table {
    fn default() -> Self {
        Self::new()
    }
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Message `id` in `locale` with `args` (empty, and logged, when there is none).
pub(crate) fn format(locale: Locale, id: &str, args: &[(&str, paylera_texts::Arg<'_>)]) -> String {
    texts().format(locale, id, args).unwrap_or_else(|| {
        leptos::logging::error!("no text {id} in {}", locale.tag());
        String::new()
    })
}

/// The messages: compiled in (server, `csr`), or the page's (hydrated bundle).
pub(crate) fn texts() -> &'static paylera_texts::Texts {
    #[cfg(not(feature = "hydrate"))]
    {
        paylera_texts::embedded()
    }
    #[cfg(feature = "hydrate")]
    {
        page_texts::texts()
    }
}

/// Every problem of catalogue `C`: a key without a message, an empty text, variables
/// other than English's, or more than a fifth of a locale's texts left in English
/// (keys listed in `same_everywhere` are exempt: proper names, codes). Empty is good.
#[cfg(test)]
pub fn problems<C: Catalog + PartialEq>(same_everywhere: &[C]) -> Vec<String> {
    let texts = texts();
    let mut problems = Vec::new();
    for &locale in &Locale::ALL {
        let mut copied = 0;
        for &key in C::all() {
            let id = key.message_id();
            let Some(variables) = texts.variables(locale, id) else {
                problems.push(format!("{} {key:?}: no message {id}", locale.tag()));
                continue;
            };
            let text = key.text(locale);
            let english = key.text(Locale::En);
            if text.trim().is_empty() {
                problems.push(format!("{} {key:?} is empty", locale.tag()));
            }
            if Some(variables) != texts.variables(Locale::En, id) {
                problems.push(format!(
                    "{} {key:?} has other variables than English: {variables:?}",
                    locale.tag()
                ));
            }
            if locale != Locale::En && text == english && !same_everywhere.contains(&key) {
                copied += 1;
            }
        }
        if copied * 5 > C::all().len() {
            problems.push(format!(
                "{}: {copied} of {} texts are the English ones",
                locale.tag(),
                C::all().len()
            ));
        }
    }
    problems
}

/// The texts a page carries for the hydrated bundle, which has none of its own.
///
/// Compiled in, every message in 22 locales would be most of the bundle's data. The
/// server already renders in one locale, so it writes that locale's Fluent source (every
/// `locales/<tag>/*.ftl`, joined) into the page as a JSON string
/// (`<script type="application/json" id="paylera-texts">`, [`ELEMENT_ID`]) and the
/// bundle parses it once, before hydrating ([`load`]), with the same `paylera-texts`
/// code as the server: the same message, arguments and plural rules give the same text
/// on both sides (`i18n::tests` compares every message). The `csr` bundle, which has no
/// server render, keeps compiled texts.
pub mod page_texts {
    /// The `id` of the `<script>` element that holds the texts.
    pub const ELEMENT_ID: &str = "paylera-texts";

    /// The Fluent source of `locale` as a JSON string, safe to put inside a `<script>`
    /// element (no `<` survives, so no `</script>` either). Built once per locale on
    /// first use: every page render writes it.
    #[cfg(feature = "ssr")]
    pub fn json(locale: super::Locale) -> &'static str {
        use super::Locale;
        static PAGES: std::sync::LazyLock<Vec<String>> =
            std::sync::LazyLock::new(|| Locale::ALL.into_iter().map(build_json).collect());
        let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or_default();
        &PAGES[index]
    }

    #[cfg(feature = "ssr")]
    fn build_json(locale: super::Locale) -> String {
        // Without the translators' comments (a comment is a whole line starting with
        // `#`; no text line does): a tenth of the bytes, no meaning.
        let source = paylera_texts::source_of(locale);
        let source: Vec<&str> = source.lines().filter(|line| !line.starts_with('#')).collect();
        serde_json::to_string(&source.join("\n"))
            .unwrap_or_else(|_| "\"\"".to_owned())
            .replace('<', "\\u003c")
    }

    /// The page's messages, as read by [`load`] (none before).
    #[cfg(any(feature = "hydrate", test))]
    pub fn parse(json: &str, locale: super::Locale) -> paylera_texts::Texts {
        let source = serde_json::from_str::<String>(json).unwrap_or_else(|error| {
            leptos::logging::error!("the page's texts could not be read: {error}");
            String::new()
        });
        let (texts, errors) = paylera_texts::Texts::parse_leniently([(locale, "page", source.as_str())]);
        for error in errors {
            leptos::logging::error!("the page's texts: {error}");
        }
        texts
    }

    #[cfg(feature = "hydrate")]
    static TEXTS: std::sync::OnceLock<paylera_texts::Texts> = std::sync::OnceLock::new();

    /// Reads the page's texts, in the page's locale (`<html lang>`); call once, before
    /// hydrating.
    #[cfg(feature = "hydrate")]
    pub fn load() {
        let json = leptos::prelude::document()
            .get_element_by_id(ELEMENT_ID)
            .and_then(|element| element.text_content())
            .unwrap_or_default();
        let _ = TEXTS.set(parse(&json, super::super::current_locale()));
    }

    /// The page's messages (none when [`load`] was not called).
    #[cfg(feature = "hydrate")]
    pub(crate) fn texts() -> &'static paylera_texts::Texts {
        TEXTS.get_or_init(|| parse("\"\"", super::super::current_locale()))
    }
}
