//! Paylera's texts as data: Fluent (`.ftl`) files a translator edits without Rust,
//! formatted with CLDR plural rules.
//!
//! - The files are `locales/<tag>/<catalogue>.ftl` at the workspace root, one per
//!   catalogue and locale (`locales/cs/subscription.ftl`); every file of a locale goes
//!   into one bundle, so a message id is unique per locale. Ids are
//!   `<catalogue>-<key>` in kebab case ([`message_id`]: `SubscriptionText::EveryMonths`
//!   is `subscription-every-months`).
//! - Variables are Fluent's (`{ $count }`); a number passed as [`Arg::Number`] selects a
//!   plural variant (`{ $count -> [one] … [few] … *[other] … }`) by the locale's CLDR
//!   rules (`intl_pluralrules`, through `fluent-bundle`).
//! - Texts are formatted exactly as written: no Unicode isolation marks around
//!   variables (Fluent's default), numbers as plain digits (`6`, as `i64::to_string`).
//! - No Leptos here: the portal and the API (invoice PDFs, emails) format the same
//!   messages. [`embedded`] holds every file compiled in (feature `embedded`); the
//!   hydrated portal bundle builds a [`Texts`] of one locale from the page instead
//!   ([`Texts::parse`]).
//! - [`format`] writes money, numbers and dates the way each locale does (CLDR's main
//!   rules), and [`names`] (feature `embedded`) names countries and tax ID types in each
//!   locale: the one implementation the portal pages and the API's invoice PDFs share.

use std::collections::BTreeSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

pub use paylera_shared::locale::Locale;

pub mod format;
#[cfg(feature = "embedded")]
pub mod names;

/// A value for a message's variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    /// Text, inserted as it is (a name, an amount already formatted, an id such as
    /// `0042`: never read as a number).
    Text(&'a str),
    /// A number: written as digits and used by plural selectors.
    Number(i64),
}

/// One problem with a Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// `cs/subscription.ftl`.
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// The messages of one locale.
struct LocaleTexts {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
    /// Every message id with the variables it uses (selectors included), in file order.
    messages: Vec<(String, BTreeSet<String>)>,
}

/// Parsed messages of one or more locales.
pub struct Texts {
    locales: Vec<LocaleTexts>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let locales: Vec<&str> = self.locales.iter().map(|l| l.locale.tag()).collect();
        f.debug_struct("Texts")
            .field("locales", &locales)
            .finish_non_exhaustive()
    }
}

impl Texts {
    /// Parses `(locale, file name, source)` files. Every error of every file is
    /// reported (a syntax error, a message defined twice in a locale); the texts are
    /// only given when there is none.
    pub fn parse<'a>(files: impl IntoIterator<Item = (Locale, &'a str, &'a str)>) -> Result<Texts, Vec<SourceError>> {
        let (texts, errors) = Self::parse_leniently(files);
        if errors.is_empty() { Ok(texts) } else { Err(errors) }
    }

    /// Parses `(locale, file name, source)` files, keeping every message that could be
    /// read, with the problems found.
    pub fn parse_leniently<'a>(
        files: impl IntoIterator<Item = (Locale, &'a str, &'a str)>,
    ) -> (Texts, Vec<SourceError>) {
        let mut locales: Vec<LocaleTexts> = Vec::new();
        let mut errors = Vec::new();
        for (locale, name, source) in files {
            let file = format!("{}/{name}.ftl", locale.tag());
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(resource) => resource,
                Err((resource, parse_errors)) => {
                    errors.extend(parse_errors.into_iter().map(|error| SourceError {
                        file: file.clone(),
                        message: format!("{error:?} at line {}", line_of(source, error.pos.start)),
                    }));
                    resource
                }
            };
            let index = match locales.iter().position(|l| l.locale == locale) {
                Some(index) => index,
                None => {
                    locales.push(LocaleTexts::new(locale));
                    locales.len() - 1
                }
            };
            let texts = &mut locales[index];
            texts.messages.extend(messages_of(&resource));
            if let Err(add_errors) = texts.bundle.add_resource(resource) {
                errors.extend(add_errors.into_iter().map(|error| SourceError {
                    file: file.clone(),
                    message: format!("{error:?}"),
                }));
            }
        }
        (Texts { locales }, errors)
    }

    /// The locales these texts have.
    pub fn locales(&self) -> impl Iterator<Item = Locale> + '_ {
        self.locales.iter().map(|l| l.locale)
    }

    /// Message `id` in `locale` with `args`; `None` when the locale has no such message.
    /// A locale these texts do not have answers in their first one (the hydrated page
    /// carries only its own).
    pub fn format(&self, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let texts = self.of(locale)?;
        let message = texts.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match *value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text)),
                Arg::Number(number) => fluent_args.set(*name, FluentValue::from(number)),
            }
        }
        // Errors (a variable not given) leave `{$name}` in the text; the completeness
        // tests check that every message is given the variables English has.
        let mut errors = Vec::new();
        let text = texts.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }

    /// Every message id of `locale`, in file order.
    pub fn message_ids(&self, locale: Locale) -> Vec<&str> {
        self.of_exactly(locale)
            .map(|texts| texts.messages.iter().map(|(id, _)| id.as_str()).collect())
            .unwrap_or_default()
    }

    /// The variables message `id` of `locale` uses (in its text and its selectors).
    pub fn variables(&self, locale: Locale, id: &str) -> Option<&BTreeSet<String>> {
        self.of_exactly(locale)?
            .messages
            .iter()
            .find(|(message, _)| message == id)
            .map(|(_, variables)| variables)
    }

    fn of_exactly(&self, locale: Locale) -> Option<&LocaleTexts> {
        self.locales.iter().find(|l| l.locale == locale)
    }

    fn of(&self, locale: Locale) -> Option<&LocaleTexts> {
        self.of_exactly(locale).or_else(|| self.locales.first())
    }
}

impl LocaleTexts {
    fn new(locale: Locale) -> Self {
        let language = locale
            .tag()
            .parse::<unic_langid::LanguageIdentifier>()
            .unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Texts are compared with the pages' expectations character for character: no
        // U+2068/U+2069 around variables.
        bundle.set_use_isolating(false);
        LocaleTexts {
            locale,
            bundle,
            messages: Vec::new(),
        }
    }
}

fn line_of(source: &str, offset: usize) -> usize {
    source.get(..offset).map_or(0, |before| before.matches('\n').count()) + 1
}

/// Every message of `resource` with its variables.
fn messages_of(resource: &FluentResource) -> Vec<(String, BTreeSet<String>)> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                Some((message.id.name.to_owned(), variables))
            }
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, variables),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, variables);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, variables);
            }
        }
        _ => {}
    }
}

/// The id of key `key` of catalogue `catalogue` (both Rust names): the catalogue's name
/// without its `Text` suffix (the shell's `Key` is `shell`) and the key, in kebab case.
/// `("SubscriptionText", "EveryMonths")` is `subscription-every-months`.
pub fn message_id(catalogue: &str, key: &str) -> String {
    let prefix = match catalogue {
        "Key" => "shell",
        name => name
            .strip_suffix("Text")
            .filter(|rest| !rest.is_empty())
            .unwrap_or(name),
    };
    format!("{}-{}", kebab(prefix), kebab(key))
}

/// `ApiStatusLabel` → `api-status-label`, `CVCHint` → `cvc-hint`, `Line1` → `line1`.
pub fn kebab(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &ch) in chars.iter().enumerate() {
        if ch.is_uppercase() && i > 0 {
            let previous = chars[i - 1];
            let next_is_lower = chars.get(i + 1).is_some_and(|c| c.is_lowercase());
            if previous.is_lowercase() || previous.is_ascii_digit() || (previous.is_uppercase() && next_is_lower) {
                out.push('-');
            }
        }
        out.extend(ch.to_lowercase());
    }
    out
}

/// Every Fluent file compiled in: `(locale tag, catalogue file name, source)`.
#[cfg(feature = "embedded")]
pub const FILES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/files.rs"));

/// The catalogues of documents the API prints (invoice and receipt PDFs): compiled in
/// with the others, but kept out of [`embedded`] and [`source_of`] so that the portal's
/// pages (and the texts each page carries to the bundle) do not grow with them.
pub const DOCUMENT_CATALOGUES: &[&str] = &["invoice-document"];

/// The prefix of the merchant dashboard's messages (`dashboard.ftl`): texts for
/// merchants' teams, in [`DASHBOARD_LOCALES`] only, and never on a portal page.
pub const DASHBOARD_PREFIX: &str = "dashboard-";

/// The languages of the merchant dashboard (the portal speaks every [`Locale`]).
pub const DASHBOARD_LOCALES: [Locale; 5] = [Locale::En, Locale::Fr, Locale::De, Locale::Es, Locale::Ja];

/// The files of `locale` joined into one source (the hydrated page carries this).
#[cfg(feature = "embedded")]
pub fn source_of(locale: Locale) -> String {
    FILES
        .iter()
        .filter(|(tag, name, _)| *tag == locale.tag() && !DOCUMENT_CATALOGUES.contains(name))
        .map(|(_, _, source)| *source)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every compiled-in file of the portal's catalogues parsed, once. A broken entry (the
/// tests parse every file strictly) is left out rather than stopping a server: `format`
/// answers `None` for it.
#[cfg(feature = "embedded")]
pub fn embedded() -> &'static Texts {
    static TEXTS: std::sync::LazyLock<Texts> =
        std::sync::LazyLock::new(|| parse_embedded(|name| !DOCUMENT_CATALOGUES.contains(&name)));
    &TEXTS
}

/// The compiled-in files of [`DOCUMENT_CATALOGUES`] parsed, once: the texts of the
/// invoice and receipt PDFs (`invoice-document-…` messages).
#[cfg(feature = "embedded")]
pub fn documents() -> &'static Texts {
    static TEXTS: std::sync::LazyLock<Texts> =
        std::sync::LazyLock::new(|| parse_embedded(|name| DOCUMENT_CATALOGUES.contains(&name)));
    &TEXTS
}

#[cfg(feature = "embedded")]
fn parse_embedded(wanted: impl Fn(&str) -> bool) -> Texts {
    let files = FILES
        .iter()
        .filter(|(_, name, _)| wanted(name))
        .filter_map(|(tag, name, source)| {
            let locale = Locale::ALL.into_iter().find(|l| l.tag() == *tag)?;
            Some((locale, *name, *source))
        });
    Texts::parse_leniently(files).0
}

#[cfg(test)]
mod tests;
