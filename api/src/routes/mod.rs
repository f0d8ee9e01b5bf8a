//! HTTP handlers, one module per resource. Handlers are thin: parse, check with
//! the domain rules, call the store inside one transaction (recording the events
//! with the change), answer.

pub mod api_keys;
pub mod api_version;
pub mod billing_settings;
pub mod catalog;
pub mod customers;
pub mod dashboard;
pub mod events;
pub mod files;
pub mod health;
pub mod invoices;
pub mod payment_methods;
pub mod portal;
pub mod portal_configurations;
pub mod reference;
pub mod subscriptions;
pub mod tax_ids;
pub mod test_clocks;
pub mod webhook_endpoints;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

/// The authenticated `/v1` routes, with their OpenAPI operations.
pub fn v1() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(customers::create_customer, customers::list_customers))
        .routes(routes!(
            customers::retrieve_customer,
            customers::update_customer,
            customers::delete_customer
        ))
        .routes(routes!(tax_ids::create_tax_id, tax_ids::list_tax_ids))
        .routes(routes!(tax_ids::retrieve_tax_id, tax_ids::delete_tax_id))
        .routes(routes!(tax_ids::list_tax_id_types))
        .routes(routes!(payment_methods::create_payment_method))
        .routes(routes!(
            payment_methods::retrieve_payment_method,
            payment_methods::update_payment_method
        ))
        .routes(routes!(payment_methods::attach_payment_method))
        .routes(routes!(payment_methods::detach_payment_method))
        .routes(routes!(payment_methods::authenticate_payment_method))
        .routes(routes!(payment_methods::list_customer_payment_methods))
        .routes(routes!(catalog::create_product, catalog::list_products))
        .routes(routes!(catalog::retrieve_product, catalog::update_product))
        .routes(routes!(catalog::create_price, catalog::list_prices))
        .routes(routes!(catalog::retrieve_price, catalog::update_price))
        .routes(routes!(
            subscriptions::create_subscription,
            subscriptions::list_subscriptions
        ))
        .routes(routes!(
            subscriptions::retrieve_subscription,
            subscriptions::update_subscription
        ))
        .routes(routes!(subscriptions::preview_subscription_change))
        .routes(routes!(subscriptions::list_change_options))
        .routes(routes!(subscriptions::cancel_subscription))
        .routes(routes!(subscriptions::reactivate_subscription))
        .routes(routes!(subscriptions::pause_subscription))
        .routes(routes!(subscriptions::resume_subscription))
        .routes(routes!(subscriptions::accept_retention_offer))
        .routes(routes!(subscriptions::create_usage_record))
        .routes(routes!(subscriptions::retrieve_usage))
        .routes(routes!(invoices::list_invoices))
        .routes(routes!(invoices::upcoming_invoice))
        .routes(routes!(invoices::retrieve_invoice, invoices::update_invoice))
        .routes(routes!(invoices::pay_invoice))
        .routes(routes!(invoices::void_invoice))
        .routes(routes!(invoices::list_payment_attempts))
        .routes(routes!(invoices::invoice_pdf))
        .routes(routes!(invoices::invoice_receipt))
        .routes(routes!(
            billing_settings::retrieve_billing_settings,
            billing_settings::update_billing_settings
        ))
        .routes(routes!(files::create_file))
        .routes(routes!(files::retrieve_file))
        .routes(routes!(files::file_contents))
        .routes(routes!(test_clocks::create_test_clock))
        .routes(routes!(test_clocks::retrieve_test_clock))
        .routes(routes!(test_clocks::advance_test_clock))
        .routes(routes!(portal::retrieve_configuration, portal::update_configuration))
        .routes(routes!(
            portal_configurations::list_configurations,
            portal_configurations::create_configuration
        ))
        .routes(routes!(
            portal_configurations::retrieve_configuration_object,
            portal_configurations::update_configuration_object
        ))
        .routes(routes!(portal_configurations::list_configuration_changes))
        .routes(routes!(portal::create_session, portal::list_sessions))
        .routes(routes!(portal::retrieve_session))
        .routes(routes!(portal::expire_session))
        .routes(routes!(portal::refresh))
        .routes(routes!(portal::current_session, portal::update_current_session))
        .routes(routes!(portal::complete))
        .routes(routes!(portal::presence))
        .routes(routes!(events::list_events))
        .routes(routes!(events::retrieve_event))
        .routes(routes!(
            webhook_endpoints::create_webhook_endpoint,
            webhook_endpoints::list_webhook_endpoints
        ))
        .routes(routes!(
            webhook_endpoints::retrieve_webhook_endpoint,
            webhook_endpoints::update_webhook_endpoint,
            webhook_endpoints::delete_webhook_endpoint
        ))
        .routes(routes!(webhook_endpoints::rotate_webhook_secret))
        .routes(routes!(webhook_endpoints::resend_webhook))
        .routes(routes!(webhook_endpoints::send_test_event))
        .routes(routes!(webhook_endpoints::list_webhook_attempts))
        .routes(routes!(dashboard::current_session))
        .routes(routes!(dashboard::sign_out))
        .routes(routes!(dashboard::begin_totp))
        .routes(routes!(dashboard::confirm_totp))
        .routes(routes!(dashboard::list_members))
        .routes(routes!(dashboard::update_member, dashboard::remove_member))
        .routes(routes!(dashboard::create_invitation))
        .routes(routes!(api_keys::list_api_keys, api_keys::create_api_key))
        .routes(routes!(api_keys::roll_api_key))
        .routes(routes!(api_keys::revoke_api_key))
        .routes(routes!(
            api_version::retrieve_api_version,
            api_version::update_api_version
        ))
}

/// Routes that take no credential (the portal link exchange, signing in, a business logo).
pub fn public() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(portal::exchange))
        .routes(routes!(dashboard::sign_in))
        .routes(routes!(dashboard::accept_invitation))
        .routes(routes!(files::public_logo))
}
