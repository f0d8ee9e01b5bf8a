//! The payment methods pages' server functions: the wallet, making a card the default,
//! removing one, adding one and answering the bank's challenge.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
use super::card_check::{self, params};
#[cfg(feature = "ssr")]
use super::model::challenge_location;
use super::model::{Done, Wallet};
use crate::components::payment_method::SavedCard;
use crate::problem::Problem;
#[cfg(feature = "ssr")]
use crate::session::FlowKind;

/// The API's status of a card waiting for the customer's bank (3-D Secure).
#[cfg(feature = "ssr")]
const REQUIRES_AUTHENTICATION: paylera_shared::payment_method::PaymentMethodStatus =
    paylera_shared::payment_method::PaymentMethodStatus::RequiresAuthentication;

/// The customer's cards, which one is the default, and whether a subscription is live
/// (for the last-payment-method rule).
#[server(endpoint = "payment_methods", prefix = "/api", input = GetUrl)]
pub async fn load_wallet() -> Result<Wallet, Problem> {
    use crate::server::actions;
    use paylera_shared::{list::ListParams, subscription::SubscriptionFilter};

    let customer = actions::customer().await?;
    let subscriptions = SubscriptionFilter {
        customer: Some(customer.id.to_string()),
        status: None,
    };
    let page = ListParams::limit(100);
    let (profile, methods, subscriptions) = tokio::try_join!(
        customer.api.retrieve_customer(&customer.id),
        customer.api.list_payment_methods(&customer.id, &page),
        customer.api.list_subscriptions(&subscriptions, &page),
    )
    .map_err(actions::problem)?;
    let default = profile.invoice_settings.default_payment_method;
    Ok(Wallet {
        cards: methods
            .data
            .into_iter()
            .map(|method| {
                let is_default = default.as_ref() == Some(&method.id);
                SavedCard::of(method, is_default)
            })
            .collect(),
        has_live_subscription: subscriptions
            .data
            .iter()
            .any(|s| s.status != paylera_shared::subscription::SubscriptionStatus::Canceled),
    })
}

/// "Make … the default": the customer's `invoice_settings.default_payment_method`.
#[server(endpoint = "make_default_card", prefix = "/api")]
pub async fn make_default_card(csrf: String, payment_method: String) -> Result<Done, Problem> {
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    set_default(&customer, &payment_method_id(&payment_method)?).await?;
    crate::server::actions::after_form_post(&Done::DefaultChanged.location());
    Ok(Done::DefaultChanged)
}

/// "Remove …" (the confirmation step's form): detaches the card.
#[server(endpoint = "remove_card", prefix = "/api")]
pub async fn remove_card(csrf: String, payment_method: String) -> Result<Done, Problem> {
    use crate::server::actions;
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = actions::customer().await?;
    customer
        .api
        .detach_payment_method(&payment_method_id(&payment_method)?)
        .await
        .map_err(actions::problem)?;
    actions::after_form_post(&Done::CardRemoved.location());
    Ok(Done::CardRemoved)
}

/// Adds a card to the customer (created and attached in one call). Answers where the
/// customer goes next: the list saying so, or the bank's challenge when the card needs
/// one (empty when a deep-link flow ended and redirects). A failure echoes the expiry and the "default" choice, never the number or CVC.
#[server(endpoint = "add_card", prefix = "/api")]
pub async fn add_card(
    csrf: String,
    number: String,
    exp_month: String,
    exp_year: String,
    cvc: String,
    make_default: Option<String>,
) -> Result<String, Problem> {
    use crate::server::actions;
    use paylera_shared::payment_method::{CardParams, CreatePaymentMethodRequest};

    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let wants_default = make_default.is_some();
    let echo = |problem: Problem| {
        problem.with_form([
            ("exp_month", exp_month.as_str()),
            ("exp_year", exp_year.as_str()),
            ("make_default", if wants_default { "on" } else { "" }),
        ])
    };
    // The API takes numbers: what does not parse is refused here, as the API would.
    let month = card_check::expiry_month(&exp_month).map_err(echo)?;
    let year = card_check::expiry_year(&exp_year, None).map_err(echo)?;
    // The API would take a card without a CVC; the portal's form asks for it.
    if cvc.trim().is_empty() {
        return Err(echo(
            Problem::api(paylera_shared::ErrorCode::ParameterMissing).about(params::CVC),
        ));
    }
    let customer = actions::customer().await.map_err(echo)?;
    let request = CreatePaymentMethodRequest {
        metadata: None,
        kind: Some("card".to_owned()),
        card: CardParams {
            number,
            exp_month: month.into(),
            exp_year: year.into(),
            cvc: Some(cvc),
        },
        customer: Some(customer.id.to_string()),
    };
    let created = customer
        .api
        .create_payment_method(&request)
        .await
        .map_err(|err| echo(actions::problem(err)))?;
    if created.status == REQUIRES_AUTHENTICATION {
        let next = challenge_location(created.id.as_str(), wants_default);
        actions::after_form_post(&next);
        return Ok(next);
    }
    card_added(&customer, &created.id, wants_default).await
}

/// The card waiting for the bank's challenge at `?challenge=pm_…`, if it is the
/// customer's and still waiting (a refused card is detached by the API: `None`).
#[server(endpoint = "card_challenge", prefix = "/api", input = GetUrl)]
pub async fn load_challenge(payment_method: String) -> Result<Option<SavedCard>, Problem> {
    use crate::server::actions;

    let Ok(id) = paylera_shared::ids::PaymentMethodId::parse(&payment_method) else {
        return Ok(None);
    };
    let customer = actions::customer().await?;
    match customer.api.retrieve_payment_method(&id).await {
        Ok(method) if method.customer.as_ref() == Some(&customer.id) && method.status == REQUIRES_AUTHENTICATION => {
            Ok(Some(SavedCard::of(method, false)))
        }
        Ok(_) => Ok(None),
        // Not the customer's, or no longer attached: the API answers as if it did not exist.
        Err(err) if err.status() == Some(404) => Ok(None),
        Err(err) => Err(actions::problem(err)),
    }
}

/// The customer's answer to the (simulated) bank challenge: `approve` makes the card
/// usable, `deny` fails with `authentication_failed` (and the API detaches the card).
#[server(endpoint = "answer_card_challenge", prefix = "/api")]
pub async fn answer_challenge(
    csrf: String,
    payment_method: String,
    outcome: String,
    make_default: Option<String>,
) -> Result<String, Problem> {
    use crate::server::actions;

    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let approve = match outcome.as_str() {
        "approve" => true,
        "deny" => false,
        _ => return Err(Problem::new(crate::problem::codes::INVALID_INPUT).about("outcome")),
    };
    let id = payment_method_id(&payment_method)?;
    let customer = actions::customer().await?;
    customer
        .api
        .authenticate_payment_method(&id, approve)
        .await
        .map_err(actions::problem)?;
    card_added(&customer, &id, make_default.is_some()).await
}

/// A card was added and is usable: make it the default when asked, and send the
/// customer on. The single place where adding a card is done.
#[cfg(feature = "ssr")]
async fn card_added(
    customer: &crate::server::actions::Customer,
    id: &paylera_shared::ids::PaymentMethodId,
    make_default: bool,
) -> Result<String, Problem> {
    let done = if make_default {
        set_default(customer, id).await?;
        Done::CardAddedDefault
    } else {
        Done::CardAdded
    };
    // A `payment_method_update` deep link's task is done here: its flow decides where
    // the browser goes (a redirect), and the page must not navigate on its own.
    if crate::flow::complete_task(FlowKind::PaymentMethodUpdate).await? {
        return Ok(String::new());
    }
    let next = done.location();
    crate::server::actions::after_form_post(&next);
    Ok(next)
}

#[cfg(feature = "ssr")]
async fn set_default(
    customer: &crate::server::actions::Customer,
    id: &paylera_shared::ids::PaymentMethodId,
) -> Result<(), Problem> {
    use paylera_shared::{
        customer::{InvoiceSettingsParams, UpdateCustomerRequest},
        patch::Patch,
    };
    let params = UpdateCustomerRequest {
        invoice_settings: Some(InvoiceSettingsParams {
            default_payment_method: Patch::Value(id.to_string()),
        }),
        ..Default::default()
    };
    customer
        .api
        .update_customer(&customer.id, &params)
        .await
        .map_err(crate::server::actions::problem)?;
    Ok(())
}

/// A `pm_…` id from a form; anything else never reaches the API's paths.
#[cfg(feature = "ssr")]
fn payment_method_id(value: &str) -> Result<paylera_shared::ids::PaymentMethodId, Problem> {
    paylera_shared::ids::PaymentMethodId::parse(value)
        .map_err(|_| Problem::new(crate::problem::codes::INVALID_INPUT).about("payment_method"))
}
