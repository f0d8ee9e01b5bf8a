//! The "Settings → Customer portal" form: what a post of it means as a configuration.
//! Plain data, no framework: the page ([`super::portal_settings`]) renders the fields
//! named here, [`parse`] reads them back, [`change`] makes the API's partial update.
//!
//! Every field of the configuration is on the form, named as in the API (so the API's
//! `param` points at the field to mark): a post is the whole configuration. An
//! unchecked box is absent from a post, so absent means `false`; an empty text field
//! means "not set" (`null`). The API validates again (URLs, colours, origins): the
//! checks here are only what the form itself can get wrong (a number that is not one).

use paylera_shared::{
    locale::Locale,
    patch::Patch,
    portal::{CancelMode, PortalConfiguration, configuration::ConfigurationChange},
    subscription::{CANCELLATION_REASONS, CancellationReason, RetentionOffer, RetentionOfferType},
};

/// The fields that are check boxes, in the order the page shows them.
pub const SWITCHES: [&str; 9] = [
    "subscription_update_enabled",
    "subscription_update_downgrades_enabled",
    "subscription_cancel_enabled",
    "subscription_cancel_reasons_enabled",
    "subscription_pause_enabled",
    "payment_method_update_enabled",
    "invoice_history_enabled",
    "tax_id_update_enabled",
    "address_update_enabled",
];

/// The form's field of the offer made for `reason`: its type (`none`, `discount`,
/// `pause`), its percentage and its periods.
pub fn offer_fields(reason: CancellationReason) -> [String; 3] {
    let reason = reason.as_str();
    [
        format!("offer_type.{reason}"),
        format!("offer_percent.{reason}"),
        format!("offer_periods.{reason}"),
    ]
}

/// What a post of the form holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalForm {
    /// The configuration's name for the team (`None`: unnamed).
    pub name: Option<String>,
    pub settings: PortalConfiguration,
}

/// A field the form itself got wrong (not a number where one is needed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotANumber {
    /// The field's name.
    pub field: String,
}

/// Reads a post of the form. A field that is not a number where one is needed keeps
/// its default and is named in the second half (the preview still shows the rest).
pub fn parse(pairs: &[(String, String)]) -> (PortalForm, Vec<NotANumber>) {
    let all = |name: &str| -> Vec<&str> {
        pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .collect()
    };
    let one = |name: &str| all(name).first().map(|value| value.trim().to_owned());
    let text = |name: &str| one(name).filter(|value| !value.is_empty());
    let on = |name: &str| !all(name).is_empty();
    let mut problems = Vec::new();
    let mut number = |name: &str, default: i64| match text(name) {
        None => default,
        Some(value) => value.parse().unwrap_or_else(|_| {
            problems.push(NotANumber { field: name.to_owned() });
            default
        }),
    };

    let defaults = PortalConfiguration::default();
    let allowed_prices: Vec<String> = all("subscription_update_allowed_prices")
        .into_iter()
        .map(str::to_owned)
        .collect();
    let offers = CANCELLATION_REASONS
        .iter()
        .filter_map(|&reason| {
            let [kind, percent, periods] = offer_fields(reason);
            let kind = RetentionOfferType::parse(&text(&kind)?)?;
            let percent_off = (kind == RetentionOfferType::Discount).then(|| number(&percent, 10));
            Some(RetentionOffer {
                reason,
                kind,
                percent_off,
                periods: number(&periods, 1),
            })
        })
        .collect();
    let settings = PortalConfiguration {
        subscription_update_enabled: on("subscription_update_enabled"),
        subscription_update_downgrades_enabled: on("subscription_update_downgrades_enabled"),
        subscription_update_allowed_prices: (!allowed_prices.is_empty()).then_some(allowed_prices),
        subscription_cancel_enabled: on("subscription_cancel_enabled"),
        subscription_cancel_mode: text("subscription_cancel_mode")
            .and_then(|mode| CancelMode::parse(&mode))
            .unwrap_or_default(),
        subscription_cancel_reasons_enabled: on("subscription_cancel_reasons_enabled"),
        cancellation_reasons: all("cancellation_reasons")
            .into_iter()
            .filter_map(CancellationReason::parse)
            .filter(|reason| CANCELLATION_REASONS.contains(reason))
            .collect(),
        subscription_cancel_retention_offers: offers,
        subscription_pause_enabled: on("subscription_pause_enabled"),
        subscription_pause_max_periods: number(
            "subscription_pause_max_periods",
            defaults.subscription_pause_max_periods,
        ),
        payment_method_update_enabled: on("payment_method_update_enabled"),
        invoice_history_enabled: on("invoice_history_enabled"),
        tax_id_update_enabled: on("tax_id_update_enabled"),
        address_update_enabled: on("address_update_enabled"),
        business_headline: text("business_headline"),
        privacy_policy_url: text("privacy_policy_url"),
        terms_of_service_url: text("terms_of_service_url"),
        default_return_url: text("default_return_url"),
        allowed_return_origins: one("allowed_return_origins")
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect(),
        business_name: text("business_name"),
        logo_url: text("logo_url"),
        logo: text("logo").and_then(|id| id.parse().ok()),
        accent_color: text("accent_color").unwrap_or(defaults.accent_color),
        default_locale: text("default_locale").and_then(|tag| tag.parse::<Locale>().ok()),
    };
    (
        PortalForm {
            name: text("name"),
            settings,
        },
        problems,
    )
}

/// The API's update for a post of the form: every field set (or cleared), so the saved
/// configuration is exactly the form. The API logs only the fields that changed.
pub fn change(form: &PortalForm) -> ConfigurationChange {
    fn set<T: Clone>(value: &T) -> Patch<T> {
        Patch::Value(value.clone())
    }
    fn maybe<T: Clone>(value: Option<&T>) -> Patch<T> {
        value.map_or(Patch::Null, |value| Patch::Value(value.clone()))
    }
    let s = &form.settings;
    ConfigurationChange {
        id: None,
        name: maybe(form.name.as_ref()),
        is_default: None,
        subscription_update_enabled: set(&s.subscription_update_enabled),
        subscription_update_downgrades_enabled: set(&s.subscription_update_downgrades_enabled),
        subscription_update_allowed_prices: maybe(s.subscription_update_allowed_prices.as_ref()),
        subscription_cancel_enabled: set(&s.subscription_cancel_enabled),
        subscription_cancel_mode: set(&s.subscription_cancel_mode),
        subscription_cancel_reasons_enabled: set(&s.subscription_cancel_reasons_enabled),
        cancellation_reasons: set(&s.cancellation_reasons),
        subscription_cancel_retention_offers: set(&s.subscription_cancel_retention_offers),
        subscription_pause_enabled: set(&s.subscription_pause_enabled),
        subscription_pause_max_periods: set(&s.subscription_pause_max_periods),
        payment_method_update_enabled: set(&s.payment_method_update_enabled),
        invoice_history_enabled: set(&s.invoice_history_enabled),
        tax_id_update_enabled: set(&s.tax_id_update_enabled),
        address_update_enabled: set(&s.address_update_enabled),
        business_headline: maybe(s.business_headline.as_ref()),
        privacy_policy_url: maybe(s.privacy_policy_url.as_ref()),
        terms_of_service_url: maybe(s.terms_of_service_url.as_ref()),
        default_return_url: maybe(s.default_return_url.as_ref()),
        allowed_return_origins: set(&s.allowed_return_origins),
        business_name: maybe(s.business_name.as_ref()),
        logo_url: maybe(s.logo_url.as_ref()),
        logo: maybe(s.logo.as_ref()),
        accent_color: set(&s.accent_color),
        default_locale: maybe(s.default_locale.as_ref()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn an_unchecked_box_is_off_and_an_empty_text_is_not_set() {
        let (form, problems) = parse(&pairs(&[
            ("subscription_update_enabled", "on"),
            ("business_name", "  "),
            ("accent_color", "#0a7cff"),
        ]));
        assert!(problems.is_empty());
        assert!(form.settings.subscription_update_enabled);
        assert!(!form.settings.subscription_cancel_enabled, "absent box = off");
        assert_eq!(form.settings.business_name, None);
        assert_eq!(form.settings.accent_color, "#0a7cff");
        assert_eq!(
            form.settings.subscription_update_allowed_prices, None,
            "none checked = every price"
        );
        let change = change(&form);
        assert_eq!(change.subscription_cancel_enabled, Patch::Value(false));
        assert_eq!(change.business_name, Patch::Null);
        assert_eq!(change.name, Patch::Null);
    }

    #[test]
    fn lists_offers_and_origins_are_read_from_their_fields() {
        let (form, problems) = parse(&pairs(&[
            ("name", "Payment failed emails"),
            ("cancellation_reasons", "too_expensive"),
            ("cancellation_reasons", "payment_failed"),
            ("cancellation_reasons", "unused"),
            ("subscription_update_allowed_prices", "price_1"),
            ("subscription_update_allowed_prices", "price_2"),
            ("offer_type.too_expensive", "discount"),
            ("offer_percent.too_expensive", "20"),
            ("offer_periods.too_expensive", "3"),
            ("offer_type.unused", "pause"),
            ("offer_periods.unused", "2"),
            ("offer_type.other", ""),
            ("allowed_return_origins", "https://a.example\r\n\r\n https://b.example "),
            ("subscription_cancel_mode", "immediately"),
            ("default_locale", "fr"),
        ]));
        assert!(problems.is_empty());
        let s = &form.settings;
        assert_eq!(form.name.as_deref(), Some("Payment failed emails"));
        assert_eq!(
            s.cancellation_reasons,
            [CancellationReason::TooExpensive, CancellationReason::Unused],
            "payment_failed is never offered to a customer"
        );
        assert_eq!(
            s.subscription_update_allowed_prices,
            Some(vec!["price_1".into(), "price_2".into()])
        );
        assert_eq!(s.subscription_cancel_retention_offers.len(), 2);
        assert_eq!(s.subscription_cancel_retention_offers[0].percent_off, Some(20));
        assert_eq!(s.subscription_cancel_retention_offers[1].percent_off, None);
        assert_eq!(s.subscription_cancel_retention_offers[1].periods, 2);
        assert_eq!(s.allowed_return_origins, ["https://a.example", "https://b.example"]);
        assert_eq!(s.subscription_cancel_mode, CancelMode::Immediately);
        assert_eq!(s.default_locale, Some(Locale::Fr));
    }

    #[test]
    fn a_number_that_is_not_one_is_named_and_keeps_its_default() {
        let (form, problems) = parse(&pairs(&[
            ("subscription_pause_max_periods", "three"),
            ("offer_type.unused", "discount"),
            ("offer_percent.unused", "1e9"),
        ]));
        assert_eq!(form.settings.subscription_pause_max_periods, 3);
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["offer_percent.unused", "subscription_pause_max_periods"]);
    }

    #[test]
    fn the_change_of_a_parsed_form_sets_every_field_of_the_configuration() {
        let (form, _) = parse(&pairs(&[("subscription_pause_enabled", "on")]));
        let json = serde_json::to_value(change(&form)).expect("serializable");
        let configuration = serde_json::to_value(PortalConfiguration::default()).expect("serializable");
        for field in configuration.as_object().expect("an object").keys() {
            assert!(json.get(field).is_some(), "{field} is not on the form");
        }
    }

    #[test]
    fn the_saved_logo_is_kept_by_the_form_and_a_value_that_is_no_file_id_is_none() {
        let (form, _) = parse(&pairs(&[("logo", "file_4fZq9")]));
        assert_eq!(
            form.settings.logo.as_ref().map(ToString::to_string).as_deref(),
            Some("file_4fZq9")
        );
        assert_eq!(
            change(&form).logo,
            Patch::Value("file_4fZq9".parse().expect("a file id"))
        );
        let (form, _) = parse(&pairs(&[("logo", "../v1/customers")]));
        assert_eq!(form.settings.logo, None);
        assert_eq!(change(&form).logo, Patch::Null);
    }
}
