//! The portal's modules and how a tenant (and a single session) configures them.
//!
//! Rules and invariants:
//!
//! - A tenant has named [`PortalConfiguration`]s, one its default (Settings → Customer
//!   portal, ADR 0014); each is changed by a [`ConfigurationChange`] and a session may
//!   carry one on top of the configuration it names. The session's effective
//!   configuration is [`apply`]`(configuration, change)`, validated with [`validate`]
//!   and frozen on the session: later edits to the configuration do not change a live
//!   session.
//! - Field names are the spec's flat `*_enabled` names; [`PortalConfiguration`] is the
//!   wire type of `paylera_shared::portal`, stored as JSON and sent as is. A stored
//!   configuration missing a field (written by an older version) reads with that
//!   field's default; changes reject unknown fields, so a typo such as
//!   `subscription_cancel_enable` is an error rather than a silently ignored flag.
//! - In a change, an absent field keeps the value, `null` puts the field back to its
//!   default ([`PortalConfiguration::default`]), a value sets it.
//! - [`enabled_features`] is what goes into the portal token's `features` claim; the
//!   API answers `403` for any endpoint of a feature not in it.
//! - Colours are `#RRGGBB` (uppercase after [`parse_color`]); the text drawn on the
//!   accent colour is [`text_color_for`] it, whichever of white and near-black has the
//!   higher WCAG 2 contrast ratio.
//! - Policy, terms and logo URLs are absolute `https` URLs with the syntax rules of
//!   [`return_url`]; return origins are bare
//!   origins (`scheme://host[:port]`); cancellation reasons come from
//!   [`CANCELLATION_REASONS`]; a pause lasts 1 to [`MAX_PAUSE_PERIODS`] periods.

use paylera_shared::ErrorCode;
use paylera_shared::ids::PriceId;
use paylera_shared::patch::Patch;
pub use paylera_shared::portal::color::{DARK_TEXT, LIGHT_TEXT, contrast_ratio, relative_luminance, text_color_on};
pub use paylera_shared::portal::configuration::ConfigurationChange;
/// The configuration's wire shape lives in `paylera_shared::portal`; the rules on it
/// (merge, validation, colours) are this module's.
pub use paylera_shared::portal::{CancelMode, DEFAULT_ACCENT_COLOR, PortalConfiguration};
use paylera_shared::subscription::{CANCELLATION_REASONS, MAX_PAUSE_PERIODS, RetentionOffer, RetentionOfferType};
use serde::{Deserialize, Serialize};

use super::return_url;
use crate::domain::Invalid;

/// A module of the portal that can be turned on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    /// Change plan or quantity.
    SubscriptionUpdate,
    /// Cancel (and reactivate before the period ends).
    SubscriptionCancel,
    /// Pause billing from the period end, and resume.
    SubscriptionPause,
    /// Add, remove and choose the default payment method.
    PaymentMethodUpdate,
    /// List invoices, download PDFs, retry failed payments.
    InvoiceHistory,
    /// Add or remove tax IDs.
    TaxIdUpdate,
    /// Update the billing address.
    AddressUpdate,
}

impl Feature {
    /// Every feature, in the order the portal shows them.
    pub const ALL: [Feature; 7] = [
        Self::SubscriptionUpdate,
        Self::SubscriptionCancel,
        Self::SubscriptionPause,
        Self::PaymentMethodUpdate,
        Self::InvoiceHistory,
        Self::TaxIdUpdate,
        Self::AddressUpdate,
    ];

    /// The wire spelling (`subscription_update`, …), as used in the token's `features`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SubscriptionUpdate => "subscription_update",
            Self::SubscriptionCancel => "subscription_cancel",
            Self::SubscriptionPause => "subscription_pause",
            Self::PaymentMethodUpdate => "payment_method_update",
            Self::InvoiceHistory => "invoice_history",
            Self::TaxIdUpdate => "tax_id_update",
            Self::AddressUpdate => "address_update",
        }
    }

    /// The feature with this wire spelling (exact, case-sensitive).
    pub fn parse(s: &str) -> Option<Feature> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

impl std::fmt::Display for Feature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Most return origins a configuration may list.
pub const MAX_RETURN_ORIGINS: usize = 20;

/// Most prices `subscription_update_allowed_prices` may list.
pub const MAX_ALLOWED_PRICES: usize = 50;

/// Longest `business_headline`, in characters.
pub const MAX_HEADLINE_CHARS: usize = 120;

/// Longest `business_name`, in characters.
pub const MAX_BUSINESS_NAME_CHARS: usize = 100;

/// `base` with `change` applied field by field: absent keeps the base value, `null`
/// puts the field back to its default, a value sets it. Does not validate: call
/// [`validate`] on the result. (`id`, `name` and `is_default` of the change are not
/// settings; the caller deals with them.)
pub fn apply(base: &PortalConfiguration, change: &ConfigurationChange) -> PortalConfiguration {
    fn field<T: Clone>(patch: &Patch<T>, base: &T, default: T) -> T {
        match patch {
            Patch::Absent => base.clone(),
            Patch::Null => default,
            Patch::Value(value) => value.clone(),
        }
    }
    fn optional<T: Clone>(patch: &Patch<T>, base: &Option<T>) -> Option<T> {
        patch.clone().apply(base.clone())
    }
    let c = change;
    let b = base;
    let d = PortalConfiguration::default();
    PortalConfiguration {
        subscription_update_enabled: field(
            &c.subscription_update_enabled,
            &b.subscription_update_enabled,
            d.subscription_update_enabled,
        ),
        subscription_update_downgrades_enabled: field(
            &c.subscription_update_downgrades_enabled,
            &b.subscription_update_downgrades_enabled,
            d.subscription_update_downgrades_enabled,
        ),
        subscription_update_allowed_prices: optional(
            &c.subscription_update_allowed_prices,
            &b.subscription_update_allowed_prices,
        ),
        subscription_cancel_enabled: field(
            &c.subscription_cancel_enabled,
            &b.subscription_cancel_enabled,
            d.subscription_cancel_enabled,
        ),
        subscription_cancel_mode: field(
            &c.subscription_cancel_mode,
            &b.subscription_cancel_mode,
            d.subscription_cancel_mode,
        ),
        subscription_cancel_reasons_enabled: field(
            &c.subscription_cancel_reasons_enabled,
            &b.subscription_cancel_reasons_enabled,
            d.subscription_cancel_reasons_enabled,
        ),
        cancellation_reasons: field(&c.cancellation_reasons, &b.cancellation_reasons, d.cancellation_reasons),
        subscription_cancel_retention_offers: field(
            &c.subscription_cancel_retention_offers,
            &b.subscription_cancel_retention_offers,
            d.subscription_cancel_retention_offers,
        ),
        subscription_pause_enabled: field(
            &c.subscription_pause_enabled,
            &b.subscription_pause_enabled,
            d.subscription_pause_enabled,
        ),
        subscription_pause_max_periods: field(
            &c.subscription_pause_max_periods,
            &b.subscription_pause_max_periods,
            d.subscription_pause_max_periods,
        ),
        payment_method_update_enabled: field(
            &c.payment_method_update_enabled,
            &b.payment_method_update_enabled,
            d.payment_method_update_enabled,
        ),
        invoice_history_enabled: field(
            &c.invoice_history_enabled,
            &b.invoice_history_enabled,
            d.invoice_history_enabled,
        ),
        tax_id_update_enabled: field(
            &c.tax_id_update_enabled,
            &b.tax_id_update_enabled,
            d.tax_id_update_enabled,
        ),
        address_update_enabled: field(
            &c.address_update_enabled,
            &b.address_update_enabled,
            d.address_update_enabled,
        ),
        business_headline: optional(&c.business_headline, &b.business_headline),
        privacy_policy_url: optional(&c.privacy_policy_url, &b.privacy_policy_url),
        terms_of_service_url: optional(&c.terms_of_service_url, &b.terms_of_service_url),
        default_return_url: optional(&c.default_return_url, &b.default_return_url),
        allowed_return_origins: field(
            &c.allowed_return_origins,
            &b.allowed_return_origins,
            d.allowed_return_origins,
        ),
        business_name: optional(&c.business_name, &b.business_name),
        logo_url: optional(&c.logo_url, &b.logo_url),
        logo: optional(&c.logo, &b.logo),
        accent_color: field(&c.accent_color, &b.accent_color, d.accent_color),
        default_locale: optional(&c.default_locale, &b.default_locale),
    }
}

/// The features `config` turns on, in [`Feature::ALL`] order.
pub fn enabled_features(config: &PortalConfiguration) -> Vec<Feature> {
    Feature::ALL
        .into_iter()
        .filter(|feature| match feature {
            Feature::SubscriptionUpdate => config.subscription_update_enabled,
            Feature::SubscriptionCancel => config.subscription_cancel_enabled,
            Feature::SubscriptionPause => config.subscription_pause_enabled,
            Feature::PaymentMethodUpdate => config.payment_method_update_enabled,
            Feature::InvoiceHistory => config.invoice_history_enabled,
            Feature::TaxIdUpdate => config.tax_id_update_enabled,
            Feature::AddressUpdate => config.address_update_enabled,
        })
        .collect()
}

/// Checks every rule of the module docs. Params are the field names (nest them with
/// [`Invalid::under`], e.g. under `configuration`); a configuration with every
/// feature disabled is refused with an empty param. `test_mode` lets
/// `default_return_url` and `allowed_return_origins` use `http` on loopback hosts, as
/// [`return_url::validate_return_url`] does.
pub fn validate(config: &PortalConfiguration, test_mode: bool) -> Result<(), Invalid> {
    if enabled_features(config).is_empty() {
        return Err(Invalid::new(
            "",
            ErrorCode::ParameterInvalid,
            "At least one portal feature must be enabled: a portal with every feature disabled has nothing to show.",
        ));
    }

    parse_color(&config.accent_color).map_err(|e| e.under("accent_color"))?;

    for (param, url) in [
        ("privacy_policy_url", &config.privacy_policy_url),
        ("terms_of_service_url", &config.terms_of_service_url),
        ("logo_url", &config.logo_url),
    ] {
        if let Some(url) = url {
            validate_https_url(param, url)?;
        }
    }

    text_field(
        "business_headline",
        config.business_headline.as_deref(),
        MAX_HEADLINE_CHARS,
    )?;
    text_field(
        "business_name",
        config.business_name.as_deref(),
        MAX_BUSINESS_NAME_CHARS,
    )?;

    validate_origins(&config.allowed_return_origins, test_mode)?;
    if let Some(url) = &config.default_return_url {
        return_url::validate_return_url(url, &config.allowed_return_origins, test_mode).map_err(|e| Invalid {
            param: "default_return_url".to_owned(),
            ..e
        })?;
    }

    validate_reasons(config)?;
    validate_retention_offers(&config.subscription_cancel_retention_offers)?;
    if !(1..=MAX_PAUSE_PERIODS).contains(&config.subscription_pause_max_periods) {
        return Err(invalid(
            "subscription_pause_max_periods",
            format!("`subscription_pause_max_periods` is 1 to {MAX_PAUSE_PERIODS}."),
        ));
    }
    validate_allowed_prices(config.subscription_update_allowed_prices.as_deref())?;
    Ok(())
}

fn invalid(param: &str, message: impl Into<String>) -> Invalid {
    Invalid::new(param, ErrorCode::ParameterInvalid, message)
}

fn validate_https_url(param: &str, raw: &str) -> Result<(), Invalid> {
    match return_url::parse_web_url(raw, false) {
        Ok(_) => Ok(()),
        Err(rejection) => Err(invalid(param, rejection.message(&format!("`{param}`")))),
    }
}

fn text_field(param: &str, value: Option<&str>, max_chars: usize) -> Result<(), Invalid> {
    let Some(value) = value else { return Ok(()) };
    if value.trim().is_empty() {
        return Err(invalid(param, format!("`{param}` must not be blank; omit it instead.")));
    }
    if value.chars().count() > max_chars {
        return Err(invalid(
            param,
            format!("`{param}` must be at most {max_chars} characters."),
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(invalid(
            param,
            format!("`{param}` must not contain control characters."),
        ));
    }
    Ok(())
}

fn validate_origins(origins: &[String], test_mode: bool) -> Result<(), Invalid> {
    if origins.len() > MAX_RETURN_ORIGINS {
        return Err(invalid(
            "allowed_return_origins",
            format!("At most {MAX_RETURN_ORIGINS} return origins can be allowed."),
        ));
    }
    let mut seen = Vec::with_capacity(origins.len());
    for (i, origin) in origins.iter().enumerate() {
        let param = format!("allowed_return_origins.{i}");
        let normalized = return_url::normalize_origin(origin, test_mode).map_err(|e| Invalid {
            param: param.clone(),
            ..e
        })?;
        if seen.contains(&normalized) {
            return Err(invalid(&param, format!("`{origin}` is listed twice.")));
        }
        seen.push(normalized);
    }
    Ok(())
}

fn validate_reasons(config: &PortalConfiguration) -> Result<(), Invalid> {
    for (i, reason) in config.cancellation_reasons.iter().enumerate() {
        let param = format!("cancellation_reasons.{i}");
        // `payment_failed` is dunning's reason: a customer is never offered it.
        if !CANCELLATION_REASONS.contains(reason) {
            return Err(invalid(
                &param,
                format!(
                    "`{reason}` is not a cancellation reason; use one of: {}.",
                    CANCELLATION_REASONS
                        .iter()
                        .map(|r| r.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        if config.cancellation_reasons[..i].contains(reason) {
            return Err(invalid(&param, format!("`{reason}` is listed twice.")));
        }
    }
    if config.subscription_cancel_reasons_enabled && config.cancellation_reasons.is_empty() {
        return Err(invalid(
            "cancellation_reasons",
            "List at least one cancellation reason, or set `subscription_cancel_reasons_enabled` to false.",
        ));
    }
    Ok(())
}

/// One offer per reason a customer can give; a discount of 1–100 % or a pause, for 1 to
/// [`MAX_PAUSE_PERIODS`] periods. An offer whose reason the configuration does not list
/// (or asks no reason) is kept but never made.
fn validate_retention_offers(offers: &[RetentionOffer]) -> Result<(), Invalid> {
    for (i, offer) in offers.iter().enumerate() {
        let param = |field: &str| format!("subscription_cancel_retention_offers.{i}.{field}");
        if !CANCELLATION_REASONS.contains(&offer.reason) {
            return Err(invalid(
                &param("reason"),
                format!("`{}` is not a reason a customer can give.", offer.reason),
            ));
        }
        if offers[..i].iter().any(|earlier| earlier.reason == offer.reason) {
            return Err(invalid(
                &param("reason"),
                format!("`{}` has two offers; make one per reason.", offer.reason),
            ));
        }
        if !(1..=MAX_PAUSE_PERIODS).contains(&offer.periods) {
            return Err(invalid(
                &param("periods"),
                format!("`periods` is 1 to {MAX_PAUSE_PERIODS}."),
            ));
        }
        match (offer.kind, offer.percent_off) {
            (RetentionOfferType::Discount, Some(percent)) if (1..=100).contains(&percent) => {}
            (RetentionOfferType::Discount, _) => {
                return Err(invalid(
                    &param("percent_off"),
                    "A discount needs `percent_off`, 1 to 100.",
                ));
            }
            (RetentionOfferType::Pause, Some(_)) => {
                return Err(invalid(&param("percent_off"), "A pause takes no `percent_off`."));
            }
            (RetentionOfferType::Pause, None) => {}
        }
    }
    Ok(())
}

fn validate_allowed_prices(prices: Option<&[String]>) -> Result<(), Invalid> {
    let Some(prices) = prices else { return Ok(()) };
    if prices.is_empty() {
        return Err(invalid(
            "subscription_update_allowed_prices",
            "List at least one price, or leave `subscription_update_allowed_prices` out to allow every active price.",
        ));
    }
    if prices.len() > MAX_ALLOWED_PRICES {
        return Err(invalid(
            "subscription_update_allowed_prices",
            format!("At most {MAX_ALLOWED_PRICES} prices can be listed."),
        ));
    }
    for (i, price) in prices.iter().enumerate() {
        let param = format!("subscription_update_allowed_prices.{i}");
        if PriceId::parse(price).is_err() {
            return Err(invalid(&param, format!("`{price}` is not a price id (`price_…`).")));
        }
        if prices[..i].contains(price) {
            return Err(invalid(&param, format!("`{price}` is listed twice.")));
        }
    }
    Ok(())
}

/// A colour as `#RGB` or `#RRGGBB` (any case), normalised to uppercase `#RRGGBB`.
/// Errors have an empty param: nest it with [`Invalid::under`].
pub fn parse_color(s: &str) -> Result<String, Invalid> {
    let error = || {
        Invalid::new(
            "",
            ErrorCode::ParameterInvalid,
            format!("`{s}` is not a colour: use #RRGGBB (or #RGB) hexadecimal, for example #4F46E5."),
        )
    };
    let hex = s.strip_prefix('#').ok_or_else(error)?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(error());
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_owned(),
        _ => return Err(error()),
    };
    Ok(format!("#{}", full.to_ascii_uppercase()))
}

/// The text colour to draw on `accent` ([`text_color_on`]); an `accent` that is not a
/// colour is treated as [`DEFAULT_ACCENT_COLOR`].
pub fn text_color_for(accent: &str) -> &'static str {
    let accent = parse_color(accent).unwrap_or_else(|_| DEFAULT_ACCENT_COLOR.to_owned());
    text_color_on(&accent)
}

#[cfg(test)]
mod tests;
