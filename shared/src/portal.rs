//! Portal sessions: what a merchant creates to send a customer to the hosted portal,
//! and what the portal server exchanges the link for; the portal configuration and
//! the deep-link flows, typed once for the API, the portal and the OpenAPI document.
//!
//! The API owns the rules (which values are valid, how a session's overrides merge
//! into the tenant's configuration: `api::domain::portal::features`); this module
//! only fixes the shapes. A stored configuration missing a field (written by an older
//! version) reads with that field's default.

pub mod color;
pub mod configuration;
mod session;

pub use session::{
    CompletedPortalSession, PortalSession, PortalSessionAction, PortalSessionFilter, PortalSessionStatus,
    PortalSessionSummary,
};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::subscription::{CANCELLATION_REASONS, CancellationReason, RetentionOffer};
use crate::wire_enum::wire_enum;
use crate::{ids::FileId, locale::Locale};

wire_enum! {
    /// When a cancellation made in the portal takes effect.
    #[derive(Default)]
    pub enum CancelMode("cancellation mode") {
        /// At the end of the paid period (the customer can reactivate until then).
        #[default]
        AtPeriodEnd => "at_period_end",
        /// Right away.
        Immediately => "immediately",
    }
}

/// The accent colour used when a tenant sets none.
pub const DEFAULT_ACCENT_COLOR: &str = "#4F46E5";

/// What the portal offers, and how it looks ("Settings → Customer portal"; a
/// session's effective configuration). Field names are the spec's flat `*_enabled`
/// names. The API checks every value (`api::domain::portal::features::validate`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct PortalConfiguration {
    /// The customer may change plan or quantity.
    pub subscription_update_enabled: bool,
    /// Plan changes may go to a cheaper price; `false` hides downgrades.
    pub subscription_update_downgrades_enabled: bool,
    /// The prices a customer may switch to (`price_…`); `null` means every active
    /// price of the subscription's product catalog.
    pub subscription_update_allowed_prices: Option<Vec<String>>,
    /// The customer may cancel (and reactivate before the period ends).
    pub subscription_cancel_enabled: bool,
    /// When a portal cancellation takes effect.
    pub subscription_cancel_mode: CancelMode,
    /// Ask the customer why they cancel.
    pub subscription_cancel_reasons_enabled: bool,
    /// The reasons offered, from [`CANCELLATION_REASONS`], in display order.
    pub cancellation_reasons: Vec<CancellationReason>,
    /// What the customer is offered instead of canceling, per reason (at most one offer
    /// per reason; a reason not offered has none).
    pub subscription_cancel_retention_offers: Vec<RetentionOffer>,
    /// The customer may pause billing from the end of the current period, and resume.
    pub subscription_pause_enabled: bool,
    /// The longest pause the customer may choose, in periods of the price (1–12).
    pub subscription_pause_max_periods: i64,
    /// The customer may add, remove and choose the default payment method.
    pub payment_method_update_enabled: bool,
    /// The customer may list invoices, download PDFs and retry failed payments.
    pub invoice_history_enabled: bool,
    /// The customer may add and remove tax IDs.
    pub tax_id_update_enabled: bool,
    /// The customer may update the billing address.
    pub address_update_enabled: bool,
    /// A short line shown under the business name.
    pub business_headline: Option<String>,
    /// Linked in the portal's footer (`https`).
    pub privacy_policy_url: Option<String>,
    /// Linked in the portal's footer (`https`).
    pub terms_of_service_url: Option<String>,
    /// Where "Return to {merchant}" goes when a session gives no `return_url`.
    pub default_return_url: Option<String>,
    /// When non-empty, a `return_url` must have one of these origins exactly.
    pub allowed_return_origins: Vec<String>,
    /// The name shown in the portal (defaults to the tenant's name when `null`).
    pub business_name: Option<String>,
    /// The logo shown in the portal's header (`https`), unless `logo` is set.
    pub logo_url: Option<String>,
    /// An uploaded logo (`file_…` of `POST /v1/files` with `purpose: business_logo`),
    /// shown in the portal's header from the portal's own origin ([`BRAND_LOGOS_PATH`]);
    /// it wins over `logo_url`.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub logo: Option<FileId>,
    /// Buttons and links, `#RRGGBB`.
    pub accent_color: String,
    /// The portal's language when neither the session, the customer's preferred
    /// locales nor the customer's browser names a supported one; `null`: English.
    pub default_locale: Option<Locale>,
}

impl Default for PortalConfiguration {
    /// Everything enabled but pausing (a merchant opts in to it), downgrades shown,
    /// cancellation at period end with every reason offered, no restriction on return origins, the default accent colour.
    fn default() -> Self {
        Self {
            subscription_update_enabled: true,
            subscription_update_downgrades_enabled: true,
            subscription_update_allowed_prices: None,
            subscription_cancel_enabled: true,
            subscription_cancel_mode: CancelMode::AtPeriodEnd,
            subscription_cancel_reasons_enabled: true,
            cancellation_reasons: CANCELLATION_REASONS.to_vec(),
            subscription_cancel_retention_offers: Vec::new(),
            subscription_pause_enabled: false,
            subscription_pause_max_periods: 3,
            payment_method_update_enabled: true,
            invoice_history_enabled: true,
            tax_id_update_enabled: true,
            address_update_enabled: true,
            business_headline: None,
            privacy_policy_url: None,
            terms_of_service_url: None,
            default_return_url: None,
            allowed_return_origins: Vec::new(),
            business_name: None,
            logo_url: None,
            logo: None,
            accent_color: DEFAULT_ACCENT_COLOR.to_owned(),
            default_locale: None,
        }
    }
}

/// Where the portal and the dashboard serve an uploaded business logo:
/// `{BRAND_LOGOS_PATH}{file_id}` (from the API's public `GET /v1/brand/logos/{id}`).
pub const BRAND_LOGOS_PATH: &str = "/brand/logos/";

impl PortalConfiguration {
    /// The `src` of the portal header's logo: the uploaded one (served by the portal's
    /// own origin), else `logo_url`, else none.
    pub fn logo_src(&self) -> Option<String> {
        self.logo
            .as_ref()
            .map(|file| format!("{BRAND_LOGOS_PATH}{file}"))
            .or_else(|| self.logo_url.clone())
    }

    /// The default configuration with every feature off: what a reader assumes when it
    /// could not learn a session's configuration (it offers nothing it may not), and
    /// the one configuration the API refuses to store.
    pub fn closed() -> Self {
        Self {
            subscription_update_enabled: false,
            subscription_cancel_enabled: false,
            payment_method_update_enabled: false,
            invoice_history_enabled: false,
            tax_id_update_enabled: false,
            address_update_enabled: false,
            ..Self::default()
        }
    }
}

/// A configuration as the API sends it: the settings, flat, with the values the API
/// derives from them and the tenant's other rules (read-only: ignored when posted back).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalConfigurationView {
    #[serde(flatten)]
    pub settings: PortalConfiguration,
    /// The readable text colour on `accent_color` (`#RRGGBB`): white or near-black,
    /// whichever has the higher WCAG 2 contrast.
    pub text_color: String,
    /// The tenant's billing rule: the last usable card may be removed even while a
    /// subscription needs it. Only in the portal's own view of its session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_detach_last_payment_method: Option<bool>,
}

wire_enum! {
    /// The tasks a [`Flow`] can deep-link into.
    pub enum FlowKind("flow type") {
        /// Add a card (and make it the default).
        PaymentMethodUpdate => "payment_method_update",
        /// Cancel the named subscription.
        SubscriptionCancel => "subscription_cancel",
        /// Change the named subscription's plan or quantity.
        SubscriptionUpdate => "subscription_update",
        /// Confirm a given price (and quantity) for the named subscription.
        SubscriptionUpdateConfirm => "subscription_update_confirm",
    }
}

/// A deep link into one task of the portal (a session's `flow`): the portal shows only
/// that task until it is done, then does what `after_completion` says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Flow {
    #[serde(rename = "type")]
    pub kind: FlowKind,
    /// The subscription a subscription flow is about (`sub_…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription: Option<String>,
    /// `subscription_update_confirm`: the price to confirm (`price_…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    /// `subscription_update_confirm`: the quantity to confirm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// What happens once the task is done; `null` is `portal_homepage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_completion: Option<AfterCompletion>,
}

impl Flow {
    /// What happens once the task is done (`portal_homepage` when the merchant did not say).
    pub fn completion(&self) -> &AfterCompletion {
        const HOMEPAGE: &AfterCompletion = &AfterCompletion::PortalHomepage;
        self.after_completion.as_ref().unwrap_or(HOMEPAGE)
    }
}

/// What the portal does once a [`Flow`]'s task is done:
/// `{"type": "portal_homepage"}`, `{"type": "hosted_confirmation", "hosted_confirmation":
/// {"custom_message": …}}` or `{"type": "redirect", "redirect": {"return_url": …}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AfterCompletion {
    /// Show the portal's home page (every enabled module).
    PortalHomepage,
    /// Show a confirmation page, with the merchant's message when given.
    HostedConfirmation {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hosted_confirmation: Option<HostedConfirmation>,
    },
    /// Send the customer to `return_url` (the session ends, like "Return to merchant").
    Redirect { redirect: FlowRedirect },
}

impl AfterCompletion {
    /// The merchant's message of a `hosted_confirmation` (`None`: the portal's own).
    pub fn custom_message(&self) -> Option<&str> {
        match self {
            Self::HostedConfirmation {
                hosted_confirmation: Some(confirmation),
            } => confirmation.custom_message.as_deref(),
            _ => None,
        }
    }
}

/// `after_completion.hosted_confirmation`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HostedConfirmation {
    /// The merchant's message on the confirmation page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_message: Option<String>,
}

/// `after_completion.redirect`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FlowRedirect {
    /// Where the customer lands (checked like the session's `return_url`).
    pub return_url: String,
}

/// `POST /v1/portal/sessions`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreatePortalSessionRequest {
    pub customer_id: String,
    /// Where "Return to merchant" leads; defaults to the configuration's `default_return_url`.
    pub return_url: Option<String>,
    /// A supported locale, or `auto` (default): the customer's preferred locales, then
    /// `Accept-Language`, then the tenant's default, then `en`. A string, not a
    /// [`Locale`]: it also takes `auto` and any tag that negotiates to a supported
    /// locale (`FR-ca` → `fr`); the API refuses the rest on `locale`.
    pub locale: Option<String>,
    /// The configuration: an id (`"bpc_…"`), or overrides on the tenant's default
    /// configuration (`{"subscription_cancel_enabled": false, …}`, the flat `*_enabled`
    /// names), or overrides on a named one (`{"id": "bpc_…", …}`); absent, the default.
    /// Overrides follow `ConfigurationChange` (`null` resets a field to its default).
    #[cfg_attr(feature = "openapi", schema(value_type = Option<serde_json::Value>))]
    pub configuration: Option<serde_json::Value>,
    /// A deep link: `{"type": "payment_method_update" | "subscription_cancel" |
    /// "subscription_update" | "subscription_update_confirm", "subscription": "sub_…",
    /// "after_completion": {"type": "redirect" | "hosted_confirmation" | "portal_homepage", …}}`.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub flow: Option<serde_json::Value>,
    /// The merchant's own key/value pairs (e.g. the support ticket the session is for):
    /// at most 50 keys of 40 characters, values of 500.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<crate::customer::Metadata>,
}

/// `POST /v1/portal/sessions/exchange`: the portal server trades a link secret for a token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ExchangeRequest {
    pub secret: String,
    /// The `Accept-Language` of the customer's browser that opened the link: a session
    /// created with the `auto` locale speaks its best match (see `locale::resolve`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept_language: Option<String>,
}

wire_enum! {
    /// What a portal page reports of itself (`POST /v1/portal/sessions/presence`).
    pub enum PresenceState("presence state") {
        /// The page is shown (loaded, or back from the browser's cache).
        Present => "present",
        /// The page is hidden: the customer left it, for another page or for good.
        Leaving => "leaving",
    }
}

/// `POST /v1/portal/sessions/presence`: a signed-in page was shown or hidden. A hide
/// that no later page follows completes the session a few seconds later
/// (`portal.session.completed`), as "Return to merchant" does at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PresenceRequest {
    /// When the page was rendered, in milliseconds since the Unix epoch: it orders
    /// reports that reach the API out of order.
    pub page: i64,
    pub state: PresenceState,
}

/// `POST /v1/portal/session`: what the signed-in customer changes about their own
/// session — its language, from the portal's language switcher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdatePortalSessionRequest {
    /// A supported locale (`fr`, `pt-BR`); kept for the rest of the session.
    pub locale: Locale,
}

/// A portal token and when it expires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalToken {
    /// A JWT scoped to one customer of one tenant, for `Authorization: Bearer`.
    pub token: String,
    pub token_expires_at: DateTime<Utc>,
    /// When the session itself ends at the latest (idle or absolute lifetime).
    #[serde(default)]
    pub session_expires_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<PortalSession>,
}

/// `POST /v1/portal/sessions/complete`: where to send the customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompletedSession {
    pub return_url: String,
}

/// The `/v1` routes a portal token may call, as `(method, route template)`: every
/// route the API's scope table declares for portal customers, and the session's own
/// `GET /v1/portal/session`. One list for both sides: the API's tests check its scope
/// table against it, and the portal's `/v1` proxy forwards exactly these (never the
/// session's refresh, exchange or complete, whose answers carry the bearer token).
pub const PORTAL_ROUTES: &[(&str, &str)] = &[
    ("GET", "/v1/customers/{id}"),
    ("POST", "/v1/customers/{id}"),
    ("GET", "/v1/customers/{id}/tax_ids"),
    ("POST", "/v1/customers/{id}/tax_ids"),
    ("GET", "/v1/customers/{id}/tax_ids/{tax_id}"),
    ("DELETE", "/v1/customers/{id}/tax_ids/{tax_id}"),
    ("GET", "/v1/customers/{id}/payment_methods"),
    ("GET", "/v1/tax_id_types"),
    ("POST", "/v1/payment_methods"),
    ("GET", "/v1/payment_methods/{id}"),
    ("POST", "/v1/payment_methods/{id}/attach"),
    ("POST", "/v1/payment_methods/{id}/detach"),
    ("POST", "/v1/payment_methods/{id}/authenticate"),
    ("GET", "/v1/products"),
    ("GET", "/v1/products/{id}"),
    ("GET", "/v1/prices"),
    ("GET", "/v1/prices/{id}"),
    ("GET", "/v1/subscriptions"),
    ("POST", "/v1/subscriptions"),
    ("GET", "/v1/subscriptions/{id}"),
    ("POST", "/v1/subscriptions/{id}"),
    ("GET", "/v1/subscriptions/{id}/usage"),
    ("POST", "/v1/subscriptions/{id}/preview"),
    ("GET", "/v1/subscriptions/{id}/change_options"),
    ("POST", "/v1/subscriptions/{id}/cancel"),
    ("POST", "/v1/subscriptions/{id}/reactivate"),
    ("POST", "/v1/subscriptions/{id}/pause"),
    ("POST", "/v1/subscriptions/{id}/resume"),
    ("POST", "/v1/subscriptions/{id}/accept_retention_offer"),
    ("GET", "/v1/invoices"),
    ("GET", "/v1/invoices/upcoming"),
    ("GET", "/v1/invoices/{id}"),
    ("GET", "/v1/invoices/{id}/pdf"),
    ("GET", "/v1/invoices/{id}/receipt"),
    ("GET", "/v1/invoices/{id}/payment_attempts"),
    ("POST", "/v1/invoices/{id}/pay"),
    ("GET", "/v1/portal/session"),
];

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::wire_enum::assert_round_trips;

    #[test]
    fn portal_session_statuses_travel_as_their_exact_names() {
        assert_round_trips(PortalSessionStatus::ALL, PortalSessionStatus::as_str);
        let names: Vec<&str> = PortalSessionStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(names, ["created", "opened", "completed", "expired", "revoked"]);
    }

    #[test]
    fn cancel_modes_and_flow_kinds_travel_as_their_exact_names() {
        assert_round_trips(CancelMode::ALL, CancelMode::as_str);
        assert_eq!(CancelMode::default(), CancelMode::AtPeriodEnd);
        assert_eq!(
            CancelMode::ALL.iter().map(|m| m.as_str()).collect::<Vec<_>>(),
            ["at_period_end", "immediately"]
        );
        assert_round_trips(FlowKind::ALL, FlowKind::as_str);
        assert_eq!(
            FlowKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
            [
                "payment_method_update",
                "subscription_cancel",
                "subscription_update",
                "subscription_update_confirm"
            ]
        );
    }

    #[test]
    fn the_configuration_view_is_the_flat_settings_with_the_derived_values() {
        let view = PortalConfigurationView {
            settings: PortalConfiguration::default(),
            text_color: "#FFFFFF".to_owned(),
            allow_detach_last_payment_method: None,
        };
        let json = serde_json::to_value(&view).expect("serializes");
        assert_eq!(json["subscription_cancel_mode"], json!("at_period_end"));
        assert_eq!(json["cancellation_reasons"][0], json!("too_expensive"));
        assert_eq!(json["allowed_return_origins"], json!([]));
        assert_eq!(json["text_color"], json!("#FFFFFF"));
        assert!(json.get("allow_detach_last_payment_method").is_none());
        assert!(json.get("settings").is_none(), "flat, as the spec names them");
        let back: PortalConfigurationView = serde_json::from_value(json).expect("deserializes");
        assert_eq!(back, view);
    }

    #[test]
    fn a_configuration_missing_fields_reads_with_defaults() {
        let config: PortalConfiguration =
            serde_json::from_value(json!({"tax_id_update_enabled": false})).expect("deserializes");
        assert!(!config.tax_id_update_enabled);
        assert!(config.invoice_history_enabled);
        assert_eq!(config.accent_color, DEFAULT_ACCENT_COLOR);
    }

    #[test]
    fn an_unknown_cancellation_reason_or_mode_is_an_error() {
        for bad in [
            json!({"cancellation_reasons": ["bored"]}),
            json!({"subscription_cancel_mode": "whenever"}),
        ] {
            assert!(serde_json::from_value::<PortalConfiguration>(bad).is_err());
        }
    }

    #[test]
    fn flows_keep_the_merchants_shape_for_every_after_completion() {
        for flow in [
            json!({"type": "payment_method_update"}),
            json!({"type": "subscription_cancel", "subscription": "sub_1",
                   "after_completion": {"type": "portal_homepage"}}),
            json!({"type": "subscription_update", "subscription": "sub_1",
                   "after_completion": {"type": "hosted_confirmation"}}),
            json!({"type": "subscription_update", "subscription": "sub_1",
                   "after_completion": {"type": "hosted_confirmation",
                                        "hosted_confirmation": {"custom_message": "Thanks!"}}}),
            json!({"type": "subscription_update_confirm", "subscription": "sub_1", "price": "price_2",
                   "quantity": 3,
                   "after_completion": {"type": "redirect",
                                        "redirect": {"return_url": "https://shop.example/done"}}}),
        ] {
            let typed: Flow = serde_json::from_value(flow.clone()).expect("a flow");
            assert_eq!(serde_json::to_value(&typed).expect("serializes"), flow);
        }
    }

    #[test]
    fn a_flow_says_what_follows_its_task() {
        let flow: Flow = serde_json::from_value(json!({"type": "payment_method_update"})).expect("a flow");
        assert_eq!(flow.completion(), &AfterCompletion::PortalHomepage);
        let flow: Flow = serde_json::from_value(json!({
            "type": "payment_method_update",
            "after_completion": {"type": "hosted_confirmation", "hosted_confirmation": {"custom_message": "Merci"}}
        }))
        .expect("a flow");
        assert_eq!(flow.completion().custom_message(), Some("Merci"));
        assert!(serde_json::from_value::<Flow>(json!({"type": "checkout"})).is_err());
        assert!(
            serde_json::from_value::<Flow>(json!({"type": "payment_method_update",
                "after_completion": {"type": "redirect"}}))
            .is_err(),
            "a redirect names where to"
        );
    }
}
