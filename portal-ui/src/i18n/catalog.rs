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

/// Every key of a catalogue, for tests.
pub trait Catalog: Text + std::fmt::Debug {
    /// Every key.
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
            fn text(self, locale: $crate::i18n::Locale) -> &'static str {
                match (self, locale) {
                    $( $( (Self::$key, $crate::i18n::Locale::$locale) => $text, )+ )+
                }
            }
        }

        impl $crate::i18n::catalog::Catalog for $name {
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
