//! Text catalogues grouped by key: one enum per page (or concern), each key followed by
//! its text in every [`Locale`].
//!
//! The shell's texts ([`super::Key`]) are laid out one file per locale; the pages' texts
//! are laid out here, one key at a time, so that a page's module owns its texts and a
//! translator sees every language of a sentence together. Both are [`Text`]s, so
//! [`super::t`] reads either.
//!
//! [`catalog!`](crate::catalog) expands each key's translations into one arm per
//! `(key, locale)` of a single `match`: a locale missing from any key is a compile error
//! (non-exhaustive match), never a silent English fallback. The tests in
//! `i18n::tests` check the rest (no empty text, the same `{placeholders}` everywhere).

use super::Locale;

/// Something that has a text in every locale.
pub trait Text: Copy + 'static {
    /// The text in `locale`.
    fn text(self, locale: Locale) -> &'static str;
}

/// A whole catalogue: its name and every key, in declaration order (a key's index in
/// [`Catalog::all`] is its position in [`page_texts`]).
pub trait Catalog: Text + std::fmt::Debug {
    /// The catalogue's name (its enum's).
    const NAME: &'static str;

    /// Every key, in declaration order.
    fn all() -> &'static [Self];
}

/// Declares a text catalogue: an enum of keys, each with its text in every locale.
///
/// ```ignore
/// catalog! {
///     /// The subscription page.
///     pub enum SubscriptionText {
///         Heading => { En: "Subscription", Fr: "Abonnement", /* …every locale… */ },
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
                $key:ident => { $($locale:ident : $text:expr),+ $(,)? }
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$key_meta])* $key, )+
        }

        impl $crate::i18n::catalog::Text for $name {
            // The hydrated bundle carries no texts: it reads the page's (see `page_texts`).
            #[cfg(feature = "hydrate")]
            fn text(self, _locale: $crate::i18n::Locale) -> &'static str {
                $crate::i18n::catalog::page_texts::text(stringify!($name), self as usize)
            }

            #[cfg(not(feature = "hydrate"))]
            fn text(self, locale: $crate::i18n::Locale) -> &'static str {
                match (self, locale) {
                    $( $( (Self::$key, $crate::i18n::Locale::$locale) => $text, )+ )+
                }
            }
        }

        impl $crate::i18n::catalog::Catalog for $name {
            const NAME: &'static str = stringify!($name);

            fn all() -> &'static [Self] {
                &[ $( Self::$key, )+ ]
            }
        }
    };
}

/// Every problem of catalogue `C`: an empty text, a `{placeholder}` set that differs
/// from the English one, or more than a fifth of a locale's texts left in English
/// (keys listed in `same_everywhere` are exempt: proper names, codes). Empty is good.
#[cfg(test)]
pub fn problems<C: Catalog + PartialEq>(same_everywhere: &[C]) -> Vec<String> {
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    let mut problems = Vec::new();
    for &locale in &Locale::ALL {
        let mut copied = 0;
        for &key in C::all() {
            let text = key.text(locale);
            let english = key.text(Locale::En);
            if text.trim().is_empty() {
                problems.push(format!("{} {key:?} is empty", locale.tag()));
            }
            if placeholders(text) != placeholders(english) {
                problems.push(format!(
                    "{} {key:?} has other placeholders than English: {text}",
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
/// Compiled into the WASM, the texts of every key in all 22 locales were most of its
/// data. The server already renders in one locale, so it writes that locale's texts of
/// every catalogue into the page (`<script type="application/json" id="paylera-texts">`,
/// [`ELEMENT_ID`]) and the bundle reads them once, before hydrating ([`load`]). A key is
/// found by its catalogue's name and its index in [`Catalog::all`]. The `csr` bundle,
/// which has no server render, keeps compiled texts.
///
/// A catalogue missing from [`super::CATALOGS`] would leave the hydrated page blank where
/// its texts go: `i18n::tests` compares that list with every `catalog!` in the sources.
pub mod page_texts {
    /// The `id` of the `<script>` element that holds the texts.
    pub const ELEMENT_ID: &str = "paylera-texts";

    /// The texts of `locale` as JSON (`{"Catalogue": ["text", …], …}`), safe to put
    /// inside a `<script>` element (no `<` survives, so no `</script>` either). Built
    /// once per locale on first use: every page render writes it.
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
        let table: std::collections::BTreeMap<&str, Vec<&str>> = super::super::CATALOGS
            .iter()
            .map(|(name, texts)| (*name, texts(locale)))
            .collect();
        serde_json::to_string(&table)
            .unwrap_or_else(|_| "{}".to_owned())
            .replace('<', "\\u003c")
    }

    /// Every text of catalogue `C` in `locale`, in key order.
    pub fn texts_of<C: super::Catalog>(locale: super::Locale) -> Vec<&'static str> {
        C::all().iter().map(|key| key.text(locale)).collect()
    }

    #[cfg(feature = "hydrate")]
    type Table = std::collections::HashMap<String, Vec<&'static str>>;

    #[cfg(feature = "hydrate")]
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();

    /// Reads the page's texts; call once, before hydrating.
    #[cfg(feature = "hydrate")]
    pub fn load() {
        let json = leptos::prelude::document()
            .get_element_by_id(ELEMENT_ID)
            .and_then(|element| element.text_content())
            .unwrap_or_default();
        let table = match serde_json::from_str::<std::collections::HashMap<String, Vec<String>>>(&json) {
            Ok(table) => table,
            Err(error) => {
                leptos::logging::error!("the page's texts could not be read: {error}");
                Default::default()
            }
        };
        // Texts live as long as the page: leaking them once gives the `&'static str`
        // every caller of `t` expects.
        let table = table
            .into_iter()
            .map(|(name, texts)| {
                let texts = texts
                    .into_iter()
                    .map(|text| &*Box::leak(text.into_boxed_str()))
                    .collect();
                (name, texts)
            })
            .collect();
        let _ = TABLE.set(table);
    }

    /// The text of key number `index` of catalogue `catalog` (empty, and an error in the
    /// console, when the page did not carry it).
    #[cfg(feature = "hydrate")]
    pub fn text(catalog: &'static str, index: usize) -> &'static str {
        let text = TABLE
            .get()
            .and_then(|table| table.get(catalog))
            .and_then(|texts| texts.get(index))
            .copied();
        text.unwrap_or_else(|| {
            leptos::logging::error!("no text {catalog}[{index}] in the page");
            ""
        })
    }
}
