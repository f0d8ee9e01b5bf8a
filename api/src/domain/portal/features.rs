//! The portal's modules and how a tenant (and a single session) configures them.
//!
//! Rules and invariants:
//!
//! - A tenant stores one [`PortalConfiguration`] (Settings → Customer portal); a
//!   session may carry [`ConfigurationOverrides`]. The session's effective
//!   configuration is [`merge`]`(tenant, overrides)`, validated with [`validate`] and
//!   frozen on the session: later edits to the tenant's settings do not change a live
//!   session.
//! - Field names are the spec's flat `*_enabled` names; [`PortalConfiguration`] is the
//!   wire type of `paylera_shared::portal`, stored as JSON and sent as is. A stored
//!   configuration missing a field (written by an older version) reads with that
//!   field's default; overrides reject unknown fields, so a typo such as
//!   `subscription_cancel_enable` is an error rather than a silently ignored flag.
//! - An override can set a value, not clear one: `null` or an absent field means "as
//!   configured for the tenant".
//! - [`enabled_features`] is what goes into the portal token's `features` claim; the
//!   API answers `403` for any endpoint of a feature not in it.
//! - Colours are `#RRGGBB` (uppercase after [`parse_color`]); the text drawn on the
//!   accent colour is [`text_color_for`] it, whichever of white and near-black has the
//!   higher WCAG 2 contrast ratio.
//! - Policy, terms and logo URLs are absolute `https` URLs with the syntax rules of
//!   [`return_url`]; return origins are bare
//!   origins (`scheme://host[:port]`); cancellation reasons come from
//!   [`CANCELLATION_REASONS`].

use paylera_shared::ErrorCode;
use paylera_shared::ids::PriceId;
/// The configuration's wire shape lives in `paylera_shared::portal`; the rules on it
/// (merge, validation, colours) are this module's.
pub use paylera_shared::portal::{CancelMode, DEFAULT_ACCENT_COLOR, PortalConfiguration};
use paylera_shared::subscription::{CANCELLATION_REASONS, CancellationReason};
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
    pub const ALL: [Feature; 6] = [
        Self::SubscriptionUpdate,
        Self::SubscriptionCancel,
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

/// A per-session (or partial settings) change: every field is optional and `None`
/// keeps the base value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConfigurationOverrides {
    /// Replaces [`PortalConfiguration::subscription_update_enabled`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_update_enabled: Option<bool>,
    /// Replaces [`PortalConfiguration::subscription_update_downgrades_enabled`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_update_downgrades_enabled: Option<bool>,
    /// Replaces [`PortalConfiguration::subscription_update_allowed_prices`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_update_allowed_prices: Option<Vec<String>>,
    /// Replaces [`PortalConfiguration::subscription_cancel_enabled`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_cancel_enabled: Option<bool>,
    /// Replaces [`PortalConfiguration::subscription_cancel_mode`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_cancel_mode: Option<CancelMode>,
    /// Replaces [`PortalConfiguration::subscription_cancel_reasons_enabled`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_cancel_reasons_enabled: Option<bool>,
    /// Replaces [`PortalConfiguration::cancellation_reasons`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancellation_reasons: Option<Vec<CancellationReason>>,
    /// Replaces [`PortalConfiguration::payment_method_update_enabled`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_update_enabled: Option<bool>,
    /// Replaces [`PortalConfiguration::invoice_history_enabled`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice_history_enabled: Option<bool>,
    /// Replaces [`PortalConfiguration::tax_id_update_enabled`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_id_update_enabled: Option<bool>,
    /// Replaces [`PortalConfiguration::address_update_enabled`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_update_enabled: Option<bool>,
    /// Replaces [`PortalConfiguration::business_headline`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_headline: Option<String>,
    /// Replaces [`PortalConfiguration::privacy_policy_url`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privacy_policy_url: Option<String>,
    /// Replaces [`PortalConfiguration::terms_of_service_url`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms_of_service_url: Option<String>,
    /// Replaces [`PortalConfiguration::default_return_url`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_return_url: Option<String>,
    /// Replaces [`PortalConfiguration::allowed_return_origins`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_return_origins: Option<Vec<String>>,
    /// Replaces [`PortalConfiguration::business_name`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
    /// Replaces [`PortalConfiguration::logo_url`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// Replaces [`PortalConfiguration::accent_color`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accent_color: Option<String>,
}

/// `base` with every field `overrides` sets replaced. Does not validate: call
/// [`validate`] on the result.
pub fn merge(base: &PortalConfiguration, overrides: &ConfigurationOverrides) -> PortalConfiguration {
    let o = overrides.clone();
    let b = base.clone();
    PortalConfiguration {
        subscription_update_enabled: o.subscription_update_enabled.unwrap_or(b.subscription_update_enabled),
        subscription_update_downgrades_enabled: o
            .subscription_update_downgrades_enabled
            .unwrap_or(b.subscription_update_downgrades_enabled),
        subscription_update_allowed_prices: o
            .subscription_update_allowed_prices
            .or(b.subscription_update_allowed_prices),
        subscription_cancel_enabled: o.subscription_cancel_enabled.unwrap_or(b.subscription_cancel_enabled),
        subscription_cancel_mode: o.subscription_cancel_mode.unwrap_or(b.subscription_cancel_mode),
        subscription_cancel_reasons_enabled: o
            .subscription_cancel_reasons_enabled
            .unwrap_or(b.subscription_cancel_reasons_enabled),
        cancellation_reasons: o.cancellation_reasons.unwrap_or(b.cancellation_reasons),
        payment_method_update_enabled: o
            .payment_method_update_enabled
            .unwrap_or(b.payment_method_update_enabled),
        invoice_history_enabled: o.invoice_history_enabled.unwrap_or(b.invoice_history_enabled),
        tax_id_update_enabled: o.tax_id_update_enabled.unwrap_or(b.tax_id_update_enabled),
        address_update_enabled: o.address_update_enabled.unwrap_or(b.address_update_enabled),
        business_headline: o.business_headline.or(b.business_headline),
        privacy_policy_url: o.privacy_policy_url.or(b.privacy_policy_url),
        terms_of_service_url: o.terms_of_service_url.or(b.terms_of_service_url),
        default_return_url: o.default_return_url.or(b.default_return_url),
        allowed_return_origins: o.allowed_return_origins.unwrap_or(b.allowed_return_origins),
        business_name: o.business_name.or(b.business_name),
        logo_url: o.logo_url.or(b.logo_url),
        accent_color: o.accent_color.unwrap_or(b.accent_color),
    }
}

/// The features `config` turns on, in [`Feature::ALL`] order.
pub fn enabled_features(config: &PortalConfiguration) -> Vec<Feature> {
    Feature::ALL
        .into_iter()
        .filter(|feature| match feature {
            Feature::SubscriptionUpdate => config.subscription_update_enabled,
            Feature::SubscriptionCancel => config.subscription_cancel_enabled,
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

/// The near-black text colour offered against light accents.
pub const DARK_TEXT: &str = "#111111";

/// The white text colour offered against dark accents.
pub const LIGHT_TEXT: &str = "#FFFFFF";

/// The text colour to draw on `accent`: [`LIGHT_TEXT`] or [`DARK_TEXT`], whichever has
/// the higher WCAG 2 contrast ratio against it (white on a tie). An `accent` that is
/// not a colour is treated as [`DEFAULT_ACCENT_COLOR`].
pub fn text_color_for(accent: &str) -> &'static str {
    let accent = parse_color(accent).unwrap_or_else(|_| DEFAULT_ACCENT_COLOR.to_owned());
    let background = relative_luminance(&accent);
    let with_light = contrast_ratio(relative_luminance(LIGHT_TEXT), background);
    let with_dark = contrast_ratio(relative_luminance(DARK_TEXT), background);
    if with_light >= with_dark { LIGHT_TEXT } else { DARK_TEXT }
}

/// WCAG 2 contrast ratio between two relative luminances (1.0 to 21.0).
pub fn contrast_ratio(a: f64, b: f64) -> f64 {
    let (lighter, darker) = if a >= b { (a, b) } else { (b, a) };
    (lighter + 0.05) / (darker + 0.05)
}

/// WCAG 2 relative luminance of a normalised `#RRGGBB` colour (0.0 black to 1.0 white);
/// anything else counts as black.
pub fn relative_luminance(rrggbb: &str) -> f64 {
    let channel = |range: std::ops::Range<usize>| {
        let value = rrggbb
            .get(range)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .unwrap_or(0);
        let c = f64::from(value) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1..3) + 0.7152 * channel(3..5) + 0.0722 * channel(5..7)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn valid() -> PortalConfiguration {
        PortalConfiguration::default()
    }

    fn param_of(config: &PortalConfiguration) -> String {
        validate(config, false).expect_err("invalid").param
    }

    #[test]
    fn features_round_trip_through_their_wire_spelling() {
        for feature in Feature::ALL {
            assert_eq!(Feature::parse(feature.as_str()), Some(feature));
            let json = serde_json::to_value(feature).expect("serializes");
            assert_eq!(json, json!(feature.as_str()));
        }
        assert_eq!(Feature::SubscriptionUpdate.as_str(), "subscription_update");
        assert_eq!(Feature::TaxIdUpdate.as_str(), "tax_id_update");
    }

    #[test]
    fn unknown_or_miscased_features_do_not_parse() {
        assert_eq!(Feature::parse("Subscription_Update"), None);
        assert_eq!(Feature::parse("subscription"), None);
        assert_eq!(Feature::parse(""), None);
    }

    #[test]
    fn the_default_configuration_enables_everything_and_is_valid() {
        let config = PortalConfiguration::default();
        assert_eq!(enabled_features(&config), Feature::ALL.to_vec());
        assert!(config.subscription_update_downgrades_enabled);
        assert_eq!(config.subscription_cancel_mode, CancelMode::AtPeriodEnd);
        assert_eq!(validate(&config, false), Ok(()));
    }

    #[test]
    fn the_configuration_serializes_with_flat_snake_case_names() {
        let json = serde_json::to_value(PortalConfiguration::default()).expect("serializes");
        assert_eq!(json["subscription_cancel_enabled"], json!(true));
        assert_eq!(json["subscription_cancel_mode"], json!("at_period_end"));
        assert_eq!(json["accent_color"], json!(DEFAULT_ACCENT_COLOR));
        let back: PortalConfiguration = serde_json::from_value(json).expect("deserializes");
        assert_eq!(back, PortalConfiguration::default());
    }

    #[test]
    fn a_stored_configuration_missing_fields_reads_with_defaults() {
        let config: PortalConfiguration =
            serde_json::from_value(json!({"tax_id_update_enabled": false})).expect("deserializes");
        assert!(!config.tax_id_update_enabled);
        assert!(config.invoice_history_enabled);
    }

    #[test]
    fn the_spec_update_card_overrides_restrict_the_session() {
        let overrides: ConfigurationOverrides = serde_json::from_value(json!({
            "subscription_cancel_enabled": false,
            "subscription_update_enabled": false,
            "payment_method_update_enabled": true
        }))
        .expect("deserializes");
        let merged = merge(&PortalConfiguration::default(), &overrides);
        assert_eq!(
            enabled_features(&merged),
            vec![
                Feature::PaymentMethodUpdate,
                Feature::InvoiceHistory,
                Feature::TaxIdUpdate,
                Feature::AddressUpdate
            ]
        );
    }

    #[test]
    fn overrides_reject_unknown_fields() {
        let typo = serde_json::from_value::<ConfigurationOverrides>(json!({"subscription_cancel_enable": false}));
        assert!(typo.is_err());
    }

    #[test]
    fn empty_overrides_change_nothing() {
        let base = PortalConfiguration {
            business_name: Some("Acme".to_owned()),
            allowed_return_origins: vec!["https://acme.example".to_owned()],
            ..PortalConfiguration::default()
        };
        assert_eq!(merge(&base, &ConfigurationOverrides::default()), base);
    }

    #[test]
    fn overrides_replace_every_field_they_set() {
        let overrides = ConfigurationOverrides {
            subscription_update_allowed_prices: Some(vec!["price_1".to_owned()]),
            subscription_cancel_mode: Some(CancelMode::Immediately),
            cancellation_reasons: Some(vec![CancellationReason::Other]),
            allowed_return_origins: Some(vec!["https://a.example".to_owned()]),
            business_headline: Some("Hi".to_owned()),
            accent_color: Some("#000000".to_owned()),
            ..ConfigurationOverrides::default()
        };
        let merged = merge(&PortalConfiguration::default(), &overrides);
        assert_eq!(
            merged.subscription_update_allowed_prices,
            Some(vec!["price_1".to_owned()])
        );
        assert_eq!(merged.subscription_cancel_mode, CancelMode::Immediately);
        assert_eq!(merged.cancellation_reasons, vec![CancellationReason::Other]);
        assert_eq!(merged.allowed_return_origins, vec!["https://a.example".to_owned()]);
        assert_eq!(merged.business_headline.as_deref(), Some("Hi"));
        assert_eq!(merged.accent_color, "#000000");
        assert!(merged.subscription_update_enabled);
    }

    #[test]
    fn overrides_serialize_only_the_fields_they_set() {
        let overrides = ConfigurationOverrides {
            subscription_cancel_enabled: Some(false),
            ..ConfigurationOverrides::default()
        };
        assert_eq!(
            serde_json::to_value(overrides).expect("serializes"),
            json!({"subscription_cancel_enabled": false})
        );
    }

    #[test]
    fn colours_parse_in_short_and_long_form_and_any_case() {
        assert_eq!(parse_color("#4f46e5"), Ok("#4F46E5".to_owned()));
        assert_eq!(parse_color("#ABCDEF"), Ok("#ABCDEF".to_owned()));
        assert_eq!(parse_color("#fa0"), Ok("#FFAA00".to_owned()));
    }

    #[test]
    fn malformed_colours_are_rejected() {
        for bad in [
            "",
            "#",
            "4F46E5",
            "#4F46E",
            "#4F46E5FF",
            "#GGGGGG",
            "red",
            "#12 456",
            " #123456",
            "#ÿÿÿ",
        ] {
            let err = parse_color(bad).expect_err(bad);
            assert_eq!(err.code, ErrorCode::ParameterInvalid);
        }
    }

    #[test]
    fn text_on_an_accent_uses_the_colour_with_the_higher_contrast() {
        assert_eq!(text_color_for("#000000"), LIGHT_TEXT);
        assert_eq!(text_color_for("#FFFFFF"), DARK_TEXT);
        assert_eq!(text_color_for("#FFFF00"), DARK_TEXT);
        assert_eq!(text_color_for("#0000FF"), LIGHT_TEXT);
        // Pure red: white gives 4.00:1, #111111 gives 4.72:1.
        assert_eq!(text_color_for("#FF0000"), DARK_TEXT);
        // Mid greys on either side of the crossover.
        assert_eq!(text_color_for("#777777"), LIGHT_TEXT);
        assert_eq!(text_color_for("#808080"), DARK_TEXT);
        assert_eq!(text_color_for(DEFAULT_ACCENT_COLOR), LIGHT_TEXT);
        assert_eq!(text_color_for("#fff"), DARK_TEXT);
    }

    #[test]
    fn contrast_ratios_match_wcag_reference_values() {
        let white = relative_luminance("#FFFFFF");
        let black = relative_luminance("#000000");
        assert!((white - 1.0).abs() < 1e-9);
        assert!(black.abs() < 1e-9);
        assert!((contrast_ratio(white, black) - 21.0).abs() < 1e-9);
        // #767676 is the classic "just passes AA on white" grey (4.54:1).
        let grey = relative_luminance("#767676");
        assert!((contrast_ratio(white, grey) - 4.54).abs() < 0.01);
    }

    #[test]
    fn a_configuration_with_every_feature_disabled_is_refused() {
        let config = PortalConfiguration::closed();
        assert_eq!(param_of(&config), "");
        assert_eq!(
            validate(&config, false)
                .expect_err("empty")
                .under("configuration")
                .param,
            "configuration"
        );
    }

    #[test]
    fn a_bad_accent_colour_is_refused() {
        let config = PortalConfiguration {
            accent_color: "blue".to_owned(),
            ..valid()
        };
        assert_eq!(param_of(&config), "accent_color");
    }

    #[test]
    fn policy_terms_and_logo_urls_must_be_https() {
        for url in [
            "http://acme.example/privacy",
            "acme.example/privacy",
            "javascript:alert(1)",
            "https:acme.example",
            "https://user:pw@acme.example/",
            "https://acme.example/\\x",
            "https://",
        ] {
            let config = PortalConfiguration {
                privacy_policy_url: Some(url.to_owned()),
                ..valid()
            };
            assert_eq!(param_of(&config), "privacy_policy_url", "{url}");
            let config = PortalConfiguration {
                terms_of_service_url: Some(url.to_owned()),
                ..valid()
            };
            assert_eq!(param_of(&config), "terms_of_service_url", "{url}");
            let config = PortalConfiguration {
                logo_url: Some(url.to_owned()),
                ..valid()
            };
            assert_eq!(param_of(&config), "logo_url", "{url}");
        }
        let config = PortalConfiguration {
            privacy_policy_url: Some("https://acme.example/privacy".to_owned()),
            terms_of_service_url: Some("HTTPS://acme.example/terms?v=2".to_owned()),
            logo_url: Some("https://cdn.acme.example/logo.svg".to_owned()),
            ..valid()
        };
        assert_eq!(validate(&config, false), Ok(()));
    }

    #[test]
    fn return_origins_must_be_bare_origins() {
        for origin in [
            "https://acme.example/",
            "https://acme.example/billing",
            "https://acme.example?x=1",
            "acme.example",
            "ftp://acme.example",
        ] {
            let config = PortalConfiguration {
                allowed_return_origins: vec!["https://ok.example".to_owned(), origin.to_owned()],
                ..valid()
            };
            assert_eq!(param_of(&config), "allowed_return_origins.1", "{origin}");
        }
        let config = PortalConfiguration {
            allowed_return_origins: vec![
                "https://acme.example".to_owned(),
                "https://acme.example:8443".to_owned(),
            ],
            ..valid()
        };
        assert_eq!(validate(&config, false), Ok(()));
    }

    #[test]
    fn a_return_origin_listed_twice_is_refused() {
        let config = PortalConfiguration {
            allowed_return_origins: vec!["https://acme.example".to_owned(), "https://ACME.example:443".to_owned()],
            ..valid()
        };
        assert_eq!(param_of(&config), "allowed_return_origins.1");
    }

    #[test]
    fn the_default_return_url_must_fit_the_allowed_origins() {
        let config = PortalConfiguration {
            allowed_return_origins: vec!["https://acme.example".to_owned()],
            default_return_url: Some("https://other.example/billing".to_owned()),
            ..valid()
        };
        assert_eq!(param_of(&config), "default_return_url");
        let config = PortalConfiguration {
            default_return_url: Some("https://acme.example/billing".to_owned()),
            ..config
        };
        assert_eq!(validate(&config, false), Ok(()));
    }

    #[test]
    fn loopback_return_urls_are_allowed_only_in_test_mode() {
        let config = PortalConfiguration {
            allowed_return_origins: vec!["http://localhost:5173".to_owned()],
            default_return_url: Some("http://localhost:5173/account".to_owned()),
            ..valid()
        };
        assert_eq!(validate(&config, true), Ok(()));
        assert_eq!(param_of(&config), "allowed_return_origins.0");
    }

    #[test]
    fn cancellation_reasons_are_the_ones_a_customer_may_give() {
        let config = PortalConfiguration {
            cancellation_reasons: vec![CancellationReason::TooExpensive, CancellationReason::PaymentFailed],
            ..valid()
        };
        let err = validate(&config, false).expect_err("unknown reason");
        assert_eq!(err.param, "cancellation_reasons.1");
        assert!(err.message.contains("switched_service"));
    }

    #[test]
    fn a_cancellation_reason_listed_twice_is_refused() {
        let config = PortalConfiguration {
            cancellation_reasons: vec![CancellationReason::Other, CancellationReason::Other],
            ..valid()
        };
        assert_eq!(param_of(&config), "cancellation_reasons.1");
    }

    #[test]
    fn asking_for_a_reason_needs_at_least_one_reason() {
        let config = PortalConfiguration {
            cancellation_reasons: Vec::new(),
            ..valid()
        };
        assert_eq!(param_of(&config), "cancellation_reasons");
        let config = PortalConfiguration {
            subscription_cancel_reasons_enabled: false,
            ..config
        };
        assert_eq!(validate(&config, false), Ok(()));
    }

    #[test]
    fn allowed_prices_must_be_distinct_price_ids() {
        let with = |prices: Vec<&str>| PortalConfiguration {
            subscription_update_allowed_prices: Some(prices.into_iter().map(str::to_owned).collect()),
            ..valid()
        };
        assert_eq!(param_of(&with(vec![])), "subscription_update_allowed_prices");
        assert_eq!(
            param_of(&with(vec!["price_a", "prod_b"])),
            "subscription_update_allowed_prices.1"
        );
        assert_eq!(
            param_of(&with(vec!["price_a", "price_a"])),
            "subscription_update_allowed_prices.1"
        );
        assert_eq!(validate(&with(vec!["price_a", "price_b"]), false), Ok(()));
    }

    #[test]
    fn business_texts_are_bounded_and_printable() {
        let config = PortalConfiguration {
            business_headline: Some("x".repeat(MAX_HEADLINE_CHARS + 1)),
            ..valid()
        };
        assert_eq!(param_of(&config), "business_headline");
        let config = PortalConfiguration {
            business_name: Some("Acme\u{7}".to_owned()),
            ..valid()
        };
        assert_eq!(param_of(&config), "business_name");
        let config = PortalConfiguration {
            business_name: Some("   ".to_owned()),
            ..valid()
        };
        assert_eq!(param_of(&config), "business_name");
        let config = PortalConfiguration {
            business_name: Some("Café Zoë".to_owned()),
            business_headline: Some("Plans for every café".to_owned()),
            ..valid()
        };
        assert_eq!(validate(&config, false), Ok(()));
    }
}
