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
///
/// The hydrated bundle has no Fluent: it fills in the page's texts, which the server
/// formatted ([`page_texts`]); a count there is written as digits and selects nothing,
/// so an island that shows a count gets its texts from the server already formatted
/// (the session clock's `SessionClock` does).
pub(crate) fn format(locale: Locale, id: &str, args: &[(&str, paylera_texts::Arg<'_>)]) -> String {
    #[cfg(not(feature = "hydrate"))]
    let text = texts().format(locale, id, args);
    #[cfg(feature = "hydrate")]
    let text = page_texts::texts().format(id, args);
    text.unwrap_or_else(|| {
        leptos::logging::error!("no text {id} in {}", locale.tag());
        String::new()
    })
}

/// The messages, compiled in (server, `csr`).
#[cfg(not(feature = "hydrate"))]
pub(crate) fn texts() -> &'static paylera_texts::Texts {
    paylera_texts::embedded()
}

/// Every problem of catalogue `C`: a key without a message, an empty text, variables
/// other than English's, or more than a fifth of a locale's texts left in English
/// (keys listed in `same_everywhere` are exempt: proper names, codes). Empty is good.
#[cfg(test)]
pub fn problems<C: Catalog + PartialEq>(same_everywhere: &[C]) -> Vec<String> {
    problems_in(&Locale::ALL, same_everywhere)
}

/// [`problems`] in `locales` only (a catalogue spoken in fewer languages: the
/// dashboard's).
#[cfg(test)]
pub fn problems_in<C: Catalog + PartialEq>(locales: &[Locale], same_everywhere: &[C]) -> Vec<String> {
    let texts = texts();
    let mut problems = Vec::new();
    for &locale in locales {
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
/// Compiled in, every message in 31 locales would be most of the bundle's data, and
/// Fluent's parser, plural rules and number formatting a sixth of its code. The server
/// already renders in one locale, so it writes that locale's messages into the page,
/// *formatted*, with each variable left as `{$name}` (a JSON object of message id to
/// text in `<script type="application/json" id="paylera-texts">`, [`ELEMENT_ID`]); the
/// bundle reads it once, before hydrating ([`load`]), and only fills in the variables
/// ([`PageTexts::format`]). Text variables give the very text Fluent gives (a test
/// compares every message of every locale); a *count* selects no plural form there, so
/// islands get counted texts formatted by the server. The `csr` bundle, which has no
/// server render, keeps compiled texts.
pub mod page_texts {
    #[cfg(any(feature = "hydrate", test))]
    use std::collections::HashMap;

    #[cfg(any(feature = "hydrate", feature = "ssr"))]
    use paylera_texts::Arg;

    /// The `id` of the `<script>` element that holds the texts.
    pub const ELEMENT_ID: &str = "paylera-texts";

    /// The page's messages of `locale` as a JSON object, safe to put inside a `<script>`
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
        let texts = super::texts();
        let messages: std::collections::BTreeMap<&str, String> = texts
            .message_ids(locale)
            .into_iter()
            // The dashboard's messages are for merchants' teams, never on a portal page.
            .filter(|id| !id.starts_with(paylera_texts::DASHBOARD_PREFIX))
            .filter_map(|id| {
                let slots: Vec<(&str, String)> = texts
                    .variables(locale, id)?
                    .iter()
                    .map(|name| (name.as_str(), format!("{{${name}}}")))
                    .collect();
                let args: Vec<(&str, Arg<'_>)> = slots.iter().map(|(name, slot)| (*name, Arg::Text(slot))).collect();
                Some((id, texts.format(locale, id, &args)?))
            })
            .collect();
        serde_json::to_string(&messages)
            .unwrap_or_else(|_| "{}".to_owned())
            .replace('<', "\\u003c")
    }

    /// A page's messages: formatted, variables left as `{$name}`.
    #[cfg(any(feature = "hydrate", test))]
    #[derive(Debug, Default)]
    pub struct PageTexts {
        messages: HashMap<String, String>,
    }

    #[cfg(any(feature = "hydrate", test))]
    impl PageTexts {
        /// Reads what [`json`] wrote (none, and logged, when it cannot).
        pub fn parse(json: &str) -> PageTexts {
            let messages = serde_json::from_str(json).unwrap_or_else(|error| {
                leptos::logging::error!("the page's texts could not be read: {error}");
                HashMap::new()
            });
            PageTexts { messages }
        }

        /// Message `id` with each `{$name}` of `args` filled in, once (a value that
        /// itself holds `{$…}` stays as it is); a count is written as digits.
        pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
            let mut rest = self.messages.get(id)?.as_str();
            let mut text = String::with_capacity(rest.len());
            while let Some(start) = rest.find("{$") {
                text.push_str(&rest[..start]);
                let after = &rest[start + 2..];
                let Some(end) = after.find('}') else {
                    rest = &rest[start..];
                    break;
                };
                let name = &after[..end];
                match args.iter().find(|(arg, _)| *arg == name) {
                    Some((_, Arg::Text(value))) => text.push_str(value),
                    Some((_, Arg::Number(value))) => text.push_str(&value.to_string()),
                    None => text.push_str(&rest[start..start + 3 + end]),
                }
                rest = &after[end + 1..];
            }
            text.push_str(rest);
            Some(text)
        }
    }

    #[cfg(feature = "hydrate")]
    static TEXTS: std::sync::OnceLock<PageTexts> = std::sync::OnceLock::new();

    /// Reads the page's texts; call once, before hydrating.
    #[cfg(feature = "hydrate")]
    pub fn load() {
        let json = leptos::prelude::document()
            .get_element_by_id(ELEMENT_ID)
            .and_then(|element| element.text_content())
            .unwrap_or_default();
        let _ = TEXTS.set(PageTexts::parse(&json));
    }

    /// The page's messages (none when [`load`] was not called).
    #[cfg(feature = "hydrate")]
    pub(crate) fn texts() -> &'static PageTexts {
        TEXTS.get_or_init(PageTexts::default)
    }
}
