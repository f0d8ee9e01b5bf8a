//! Who is looking at a page ([`Visitor`]) and what the signed-in customer's portal
//! session allows ([`Overview`]).
//!
//! [`crate::App`] loads the visitor once per page load with [`crate::load_visitor`], a server
//! function: on the server it reads the request (the portal session was fetched before
//! the render, see `server::session::load_portal_session`) and the answer travels in
//! the page, so hydration reuses it; in a `csr` build it is a `GET /api/session` to the
//! portal server, which reads the `HttpOnly` session cookie the page cannot. Pages read
//! it with [`use_visitor`].

use paylera_shared::portal::PortalConfiguration;
pub use paylera_shared::portal::{AfterCompletion, Flow, FlowKind, PortalConfigurationView};
use serde::{Deserialize, Serialize};

use crate::i18n::{Key, Locale};
use crate::problem::Problem;

/// The name of the cookie holding the portal JWT (`HttpOnly`).
pub const SESSION_COOKIE: &str = "__Host-paylera_session";

/// The name of the cookie holding the CSRF token (readable by the page's scripts).
pub const CSRF_COOKIE: &str = "__Host-paylera_csrf";

/// The name of the form field that carries the CSRF token in a form post.
pub const CSRF_FIELD: &str = "csrf";

/// A signed-in customer, as a page needs to know them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    /// What the page's forms submit in their [`CSRF_FIELD`] field.
    pub csrf_token: String,
    /// The customer's portal session, when the server could fetch it.
    pub overview: Option<Overview>,
    /// Whether this browser finished the task of the session's deep-link flow
    /// (`Overview::flow`); see `crate::flow`.
    #[serde(default)]
    pub flow_done: bool,
}

/// The customer's portal session as the pages need it (`GET /v1/portal/session`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    /// The signed-in customer (`cus_…`): the portal's API calls are about them only.
    pub customer_id: String,
    /// The session's locale; the signed-in pages speak it.
    pub locale: Locale,
    /// The modules the merchant's configuration enables, in [`Module::ALL`] order.
    pub modules: Vec<Module>,
    /// The session's effective configuration (the merchant's, with this session's
    /// overrides), typed by the API's contract: nothing here re-reads JSON.
    pub config: PortalConfigurationView,
    /// The deep link the merchant opened the portal with, if any: only its task is shown.
    pub flow: Option<Flow>,
    /// When the session ends (unix seconds) if the customer does nothing more.
    pub expires_at: Option<i64>,
    /// The customer's name, as the merchant recorded it.
    #[serde(default)]
    pub customer_name: Option<String>,
    /// The customer's email, as the merchant recorded it.
    #[serde(default)]
    pub customer_email: Option<String>,
}

impl Overview {
    /// Whether the configuration enables `module` (a hidden module has no page).
    pub fn has(&self, module: Module) -> bool {
        self.modules.contains(&module)
    }

    /// Whose account this is, as the header names it: "name · email", or whichever of
    /// the two the merchant recorded; `None` when neither.
    pub fn account(&self) -> Option<String> {
        let present = |value: &Option<String>| {
            value
                .as_deref()
                .map(str::trim)
                .filter(|value| !value.is_empty())
                .map(str::to_owned)
        };
        match (present(&self.customer_name), present(&self.customer_email)) {
            (Some(name), Some(email)) => Some(format!("{name} · {email}")),
            (Some(one), None) | (None, Some(one)) => Some(one),
            (None, None) => None,
        }
    }

    /// The merchant's name, when the configuration has one.
    pub fn business_name(&self) -> Option<&str> {
        self.config
            .settings
            .business_name
            .as_deref()
            .filter(|name| !name.trim().is_empty())
    }
}

/// A part of the portal that a merchant's configuration can enable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Module {
    /// Changing or cancelling the subscription.
    Subscription,
    PaymentMethods,
    Invoices,
    TaxIds,
    /// The billing address.
    Address,
}

impl Module {
    /// The modules `config` enables, in [`Module::ALL`] order.
    pub fn enabled_by(config: &PortalConfiguration) -> Vec<Module> {
        Module::ALL
            .into_iter()
            .filter(|module| match module {
                Module::Subscription => {
                    config.subscription_update_enabled
                        || config.subscription_cancel_enabled
                        || config.subscription_pause_enabled
                }
                Module::PaymentMethods => config.payment_method_update_enabled,
                Module::Invoices => config.invoice_history_enabled,
                Module::TaxIds => config.tax_id_update_enabled,
                Module::Address => config.address_update_enabled,
            })
            .collect()
    }

    /// Every module, in the order the overview lists them.
    pub const ALL: [Module; 5] = [
        Self::Subscription,
        Self::PaymentMethods,
        Self::Invoices,
        Self::TaxIds,
        Self::Address,
    ];

    /// The module's page.
    pub fn href(self) -> &'static str {
        match self {
            Self::Subscription => "/subscription",
            Self::PaymentMethods => "/payment-methods",
            Self::Invoices => "/invoices",
            Self::TaxIds => "/tax-ids",
            Self::Address => "/address",
        }
    }

    /// The machine-readable name (`data-module`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Subscription => "subscription",
            Self::PaymentMethods => "payment_methods",
            Self::Invoices => "invoices",
            Self::TaxIds => "tax_ids",
            Self::Address => "address",
        }
    }

    /// The card's title.
    pub fn title_key(self) -> Key {
        match self {
            Self::Subscription => Key::ModuleSubscriptionTitle,
            Self::PaymentMethods => Key::ModulePaymentMethodsTitle,
            Self::Invoices => Key::ModuleInvoicesTitle,
            Self::TaxIds => Key::ModuleTaxIdsTitle,
            Self::Address => Key::ModuleAddressTitle,
        }
    }

    /// The card's one-line description.
    pub fn description_key(self) -> Key {
        match self {
            Self::Subscription => Key::ModuleSubscriptionDescription,
            Self::PaymentMethods => Key::ModulePaymentMethodsDescription,
            Self::Invoices => Key::ModuleInvoicesDescription,
            Self::TaxIds => Key::ModuleTaxIdsDescription,
            Self::Address => Key::ModuleAddressDescription,
        }
    }
}

/// Who is looking at the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Visitor {
    /// No portal session: the page introduces the portal.
    SignedOut,
    /// A customer with a live portal session.
    SignedIn(Box<SignedIn>),
    /// The customer's session has ended (expired, completed or revoked): the page says
    /// so and offers the way back to the merchant when it is known.
    Ended { return_to: Option<ReturnLink> },
}

/// Where "Return to {merchant}" leads (an ended session, a portal link that did not
/// work).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnLink {
    /// An absolute `http(s)` URL.
    pub url: String,
    /// What the button calls the merchant: the business name the session showed, else
    /// the return URL's host.
    pub merchant: String,
    /// The merchant's logo, when the session showed one.
    #[serde(default)]
    pub logo: Option<String>,
}

impl Visitor {
    /// The signed-in customer, if any.
    pub fn signed_in(&self) -> Option<&SignedIn> {
        match self {
            Self::SignedIn(signed_in) => Some(signed_in.as_ref()),
            _ => None,
        }
    }
}

/// The [`Visitor`] of the page, loaded once by [`crate::App`] and shared by every page
/// through context (client-side navigation does not load it again).
#[derive(Debug, Clone, Copy)]
pub struct VisitorResource(pub leptos::prelude::Resource<Result<Visitor, Problem>>);

/// The page's [`VisitorResource`].
pub fn use_visitor() -> leptos::prelude::Resource<Result<Visitor, Problem>> {
    leptos::prelude::expect_context::<VisitorResource>().0
}

/// For tests: the default configuration as the API sends it.
#[cfg(test)]
pub(crate) fn test_config() -> PortalConfigurationView {
    PortalConfigurationView {
        settings: PortalConfiguration::default(),
        text_color: "#FFFFFF".to_owned(),
        allow_detach_last_payment_method: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_modules_follow_the_configurations_features() {
        let config = PortalConfiguration {
            payment_method_update_enabled: true,
            ..PortalConfiguration::closed()
        };
        assert_eq!(Module::enabled_by(&config), vec![Module::PaymentMethods]);
        let cancel_only = PortalConfiguration {
            subscription_cancel_enabled: true,
            ..config
        };
        assert_eq!(
            Module::enabled_by(&cancel_only),
            vec![Module::Subscription, Module::PaymentMethods]
        );
        assert_eq!(
            Module::enabled_by(&PortalConfiguration::default()),
            Module::ALL.to_vec()
        );
        let pause_only = PortalConfiguration {
            subscription_pause_enabled: true,
            ..PortalConfiguration::closed()
        };
        assert_eq!(Module::enabled_by(&pause_only), vec![Module::Subscription]);
    }

    #[test]
    fn the_account_is_named_by_whatever_the_merchant_recorded() {
        let overview = |name: Option<&str>, email: Option<&str>| Overview {
            customer_id: "cus_1".to_owned(),
            locale: Locale::En,
            modules: Vec::new(),
            config: test_config(),
            flow: None,
            expires_at: None,
            customer_name: name.map(str::to_owned),
            customer_email: email.map(str::to_owned),
        };
        assert_eq!(
            overview(Some("Ada Lovelace"), Some("ada@example.com"))
                .account()
                .as_deref(),
            Some("Ada Lovelace · ada@example.com")
        );
        assert_eq!(
            overview(None, Some("ada@example.com")).account().as_deref(),
            Some("ada@example.com")
        );
        assert_eq!(overview(Some("Ada"), Some("  ")).account().as_deref(), Some("Ada"));
        assert_eq!(overview(None, None).account(), None);
    }
}
