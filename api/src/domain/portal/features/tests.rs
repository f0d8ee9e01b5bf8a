//! The tests of `features`.

use super::*;
use paylera_shared::subscription::CancellationReason;
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
fn the_default_configuration_enables_everything_but_pausing_and_is_valid() {
    let config = PortalConfiguration::default();
    let mut all_but_pause = Feature::ALL.to_vec();
    all_but_pause.retain(|f| *f != Feature::SubscriptionPause);
    assert_eq!(
        enabled_features(&config),
        all_but_pause,
        "a merchant opts in to pausing"
    );
    let pausing = PortalConfiguration {
        subscription_pause_enabled: true,
        ..PortalConfiguration::default()
    };
    assert_eq!(enabled_features(&pausing), Feature::ALL.to_vec());
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
    let overrides: ConfigurationChange = serde_json::from_value(json!({
        "subscription_cancel_enabled": false,
        "subscription_update_enabled": false,
        "payment_method_update_enabled": true
    }))
    .expect("deserializes");
    let merged = apply(&PortalConfiguration::default(), &overrides);
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
    let typo = serde_json::from_value::<ConfigurationChange>(json!({"subscription_cancel_enable": false}));
    assert!(typo.is_err());
}

#[test]
fn empty_overrides_change_nothing() {
    let base = PortalConfiguration {
        business_name: Some("Acme".to_owned()),
        allowed_return_origins: vec!["https://acme.example".to_owned()],
        ..PortalConfiguration::default()
    };
    assert_eq!(apply(&base, &ConfigurationChange::default()), base);
}

#[test]
fn overrides_replace_every_field_they_set() {
    let overrides = ConfigurationChange {
        subscription_update_allowed_prices: Patch::Value(vec!["price_1".to_owned()]),
        subscription_cancel_mode: Patch::Value(CancelMode::Immediately),
        cancellation_reasons: Patch::Value(vec![CancellationReason::Other]),
        allowed_return_origins: Patch::Value(vec!["https://a.example".to_owned()]),
        business_headline: Patch::Value("Hi".to_owned()),
        accent_color: Patch::Value("#000000".to_owned()),
        ..ConfigurationChange::default()
    };
    let merged = apply(&PortalConfiguration::default(), &overrides);
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
    let overrides = ConfigurationChange {
        subscription_cancel_enabled: Patch::Value(false),
        ..ConfigurationChange::default()
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

#[test]
fn a_pause_lasts_one_to_twelve_periods() {
    for (periods, ok) in [(0, false), (1, true), (12, true), (13, false), (-3, false)] {
        let config = PortalConfiguration {
            subscription_pause_max_periods: periods,
            ..valid()
        };
        if ok {
            assert_eq!(validate(&config, false), Ok(()), "{periods}");
        } else {
            assert_eq!(param_of(&config), "subscription_pause_max_periods", "{periods}");
        }
    }
}

#[test]
fn retention_offers_are_one_per_reason_a_discount_of_one_to_a_hundred_percent_or_a_pause() {
    let offers = |value: serde_json::Value| PortalConfiguration {
        subscription_cancel_retention_offers: serde_json::from_value(value).expect("offers"),
        ..valid()
    };
    let good = offers(json!([
        {"reason": "too_expensive", "type": "discount", "percent_off": 20, "periods": 3},
        {"reason": "unused", "type": "pause", "periods": 2},
    ]));
    assert_eq!(validate(&good, false), Ok(()));
    for (bad, param) in [
        (
            json!([{"reason": "payment_failed", "type": "pause", "periods": 1}]),
            "subscription_cancel_retention_offers.0.reason",
        ),
        (
            json!([{"reason": "unused", "type": "pause", "periods": 1}, {"reason": "unused", "type": "discount", "percent_off": 5, "periods": 1}]),
            "subscription_cancel_retention_offers.1.reason",
        ),
        (
            json!([{"reason": "unused", "type": "discount", "periods": 1}]),
            "subscription_cancel_retention_offers.0.percent_off",
        ),
        (
            json!([{"reason": "unused", "type": "discount", "percent_off": 101, "periods": 1}]),
            "subscription_cancel_retention_offers.0.percent_off",
        ),
        (
            json!([{"reason": "unused", "type": "discount", "percent_off": 0, "periods": 1}]),
            "subscription_cancel_retention_offers.0.percent_off",
        ),
        (
            json!([{"reason": "unused", "type": "pause", "percent_off": 10, "periods": 1}]),
            "subscription_cancel_retention_offers.0.percent_off",
        ),
        (
            json!([{"reason": "unused", "type": "pause", "periods": 13}]),
            "subscription_cancel_retention_offers.0.periods",
        ),
        (
            json!([{"reason": "unused", "type": "discount", "percent_off": 10, "periods": 0}]),
            "subscription_cancel_retention_offers.0.periods",
        ),
    ] {
        assert_eq!(param_of(&offers(bad.clone())), param, "{bad}");
    }
    let unknown = serde_json::from_value::<Vec<RetentionOffer>>(
        json!([{"reason": "unused", "type": "pause", "periods": 1, "coupon": "X"}]),
    );
    assert!(unknown.is_err(), "unknown fields are refused");
}

#[test]
fn null_puts_a_field_back_to_its_default_and_absent_keeps_it() {
    let base = PortalConfiguration {
        business_name: Some("Acme".to_owned()),
        subscription_cancel_enabled: false,
        accent_color: "#000000".to_owned(),
        allowed_return_origins: vec!["https://acme.example".to_owned()],
        ..PortalConfiguration::default()
    };
    let change: ConfigurationChange = serde_json::from_value(
        json!({"business_name": null, "subscription_cancel_enabled": null, "accent_color": null}),
    )
    .expect("deserializes");
    let applied = apply(&base, &change);
    assert_eq!(applied.business_name, None);
    assert!(applied.subscription_cancel_enabled, "back to the default");
    assert_eq!(applied.accent_color, DEFAULT_ACCENT_COLOR);
    assert_eq!(
        applied.allowed_return_origins, base.allowed_return_origins,
        "absent: kept"
    );
}
