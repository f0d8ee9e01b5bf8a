//! Deep-link flows: a merchant opens the portal on one task (`Overview::flow`) — cancel
//! or change a subscription, confirm a given plan, update the card — and the portal
//! shows only that task until it is done.
//!
//! Rules:
//! - While the task is not done, every page of the portal (the overview included)
//!   sends the customer to the task's page ([`guard_target`], used by
//!   `layout::ModulePage` and the overview) and the header has no navigation.
//! - The task is done when its server function succeeded and called [`complete_task`]
//!   (server side). What follows is the flow's `after_completion`:
//!   - `portal_homepage`: the overview, and from then on the whole portal with its
//!     navigation;
//!   - `hosted_confirmation`: [`FlowDonePage`] (`/done`) with the merchant's message;
//!     every other page leads there;
//!   - `redirect`: the session is completed (like "Return to merchant") and the
//!     browser lands on the flow's `return_url`.
//! - "Done" is remembered by this browser in a cookie holding the session id
//!   (`server::session::FLOW_DONE_COOKIE`), read when the visitor is loaded
//!   (`SignedIn::flow_done`): no extra call per page.
//! - [`complete_task`] always ends with a redirect, which the hydrated page follows with
//!   a full page load (the redirect hook installed in `crate::hydrate`), so the visitor
//!   loaded once per page load is read again with the flow done.

use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::catalog;
use crate::i18n::{t, use_locale};
use crate::pages::{home::ReturnToMerchantForm, layout::ProblemCard, not_found::NotFound};
use crate::session::{AfterCompletion, Flow, FlowKind, SignedIn, Visitor, use_visitor};

/// The page of a `hosted_confirmation` flow once its task is done.
pub const DONE_PATH: &str = "/done";

/// The page (path and query) where the task of `flow` is done.
pub fn task_path(flow: &Flow) -> String {
    let subscription = flow.subscription.as_deref().unwrap_or_default();
    match flow.kind {
        FlowKind::PaymentMethodUpdate => "/payment-methods/new".to_owned(),
        FlowKind::SubscriptionCancel => format!("/subscription/cancel?subscription={subscription}"),
        FlowKind::SubscriptionUpdate => format!("/subscription/change?subscription={subscription}"),
        FlowKind::SubscriptionUpdateConfirm => {
            let mut path = format!(
                "/subscription/change?subscription={subscription}&price={}",
                flow.price.as_deref().unwrap_or_default()
            );
            if let Some(quantity) = flow.quantity {
                path.push_str(&format!("&quantity={quantity}"));
            }
            path
        }
    }
}

/// The flow whose task this customer still has to do (none once it is done).
pub fn pending_flow(signed_in: &SignedIn) -> Option<&Flow> {
    signed_in
        .overview
        .as_ref()
        .and_then(|overview| overview.flow.as_ref())
        .filter(|_| !signed_in.flow_done)
}

/// Where a customer asking for `path` (no query) must go instead, if anywhere: the
/// task's page while the flow's task is pending, [`DONE_PATH`] once a
/// `hosted_confirmation` flow is done.
pub fn guard_target(signed_in: &SignedIn, path: &str) -> Option<String> {
    let flow = signed_in.overview.as_ref()?.flow.as_ref()?;
    if !signed_in.flow_done {
        let task = task_path(flow);
        let task_page = task.split('?').next().unwrap_or_default();
        return (path != task_page).then_some(task);
    }
    match flow.completion() {
        AfterCompletion::HostedConfirmation { .. } => (path != DONE_PATH).then(|| DONE_PATH.to_owned()),
        AfterCompletion::PortalHomepage | AfterCompletion::Redirect { .. } => None,
    }
}

/// Whether the header shows the navigation between modules: not while a flow's task is
/// pending, nor after a flow that ends on its confirmation page.
pub fn shows_navigation(signed_in: &SignedIn) -> bool {
    guard_target(signed_in, "/").is_none()
}

/// The subscription a subscription flow is about, while its task is pending: the task's
/// page acts on it whatever its query says.
pub fn flow_subscription(signed_in: &SignedIn) -> Option<String> {
    pending_flow(signed_in)
        .filter(|flow| flow.kind != FlowKind::PaymentMethodUpdate)
        .and_then(|flow| flow.subscription.clone())
}

/// Whether a flow of kind `flow` is done by the task `done`: both subscription update
/// flows are done by a change of plan or quantity (the confirm flow only preselects it).
pub fn same_task(flow: FlowKind, done: FlowKind) -> bool {
    use FlowKind::{SubscriptionUpdate, SubscriptionUpdateConfirm};
    flow == done
        || matches!(
            (flow, done),
            (SubscriptionUpdateConfirm, SubscriptionUpdate) | (SubscriptionUpdate, SubscriptionUpdateConfirm)
        )
}

/// Ends the deep-link flow of the signed-in customer's session if its task is `kind`
/// ([`same_task`]) and was not done before; called (server side) by the task's server function once
/// the API accepted the change. Answers whether it did: the flow then owns where the
/// browser goes next (a redirect is set, see the module docs), and the caller must
/// not send it anywhere else.
///
/// The payment methods page calls it after a card was added:
/// `flow::complete_task(FlowKind::PaymentMethodUpdate).await?`.
#[cfg(feature = "ssr")]
pub async fn complete_task(kind: FlowKind) -> Result<bool, crate::problem::Problem> {
    use crate::problem::{Problem, codes};
    use crate::server::{actions, link::return_link, session};

    let parts = use_context::<http::request::Parts>().ok_or_else(|| Problem::new(codes::REQUEST_FAILED))?;
    if session::flow_done(&parts.headers) {
        return Ok(false);
    }
    let customer = actions::customer().await?;
    let current = customer.api.current_portal_session().await.map_err(actions::problem)?;
    let Some(flow) = current.flow.as_ref() else {
        return Ok(false);
    };
    if !same_task(flow.kind, kind) {
        return Ok(false);
    }
    let remember_done = || {
        if let (Some(cookie), Some(response)) = (
            session::flow_done_cookie(&current.id),
            use_context::<leptos_axum::ResponseOptions>(),
        ) {
            response.append_header(http::header::SET_COOKIE, cookie);
        }
    };
    match flow.completion() {
        AfterCompletion::PortalHomepage => {
            remember_done();
            actions::redirect("/");
        }
        AfterCompletion::HostedConfirmation { .. } => {
            remember_done();
            actions::redirect(DONE_PATH);
        }
        AfterCompletion::Redirect { redirect } => {
            // The session ends here, as with "Return to merchant" (`server::return_to_merchant`).
            let completed: paylera_shared::portal::CompletedSession = customer
                .api
                .post("/v1/portal/sessions/complete", &serde_json::json!({}), None)
                .await
                .map_err(actions::problem)?;
            actions::session_ended();
            let target = return_link(&redirect.return_url).or_else(|| return_link(&completed.return_url));
            actions::redirect(target.as_ref().map_or("/", |link| link.url.as_str()));
        }
    }
    Ok(true)
}

/// `/done`: the end of a `hosted_confirmation` flow, with the merchant's message and
/// the way back to the merchant. Not found for anyone else (no such flow, or its task
/// not done in this browser).
#[component]
pub fn FlowDonePage() -> impl IntoView {
    let visitor = use_visitor();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                visitor
                    .get()
                    .map(|visitor| match visitor {
                        Ok(Visitor::SignedIn(signed_in)) => match guard_target(&signed_in, DONE_PATH) {
                            // A pending task comes first (see `guard_target`).
                            Some(target) => view! { <Redirect path=target/> }.into_any(),
                            None => {
                                let confirmation = signed_in
                                    .overview
                                    .as_ref()
                                    .and_then(|o| o.flow.as_ref())
                                    .filter(|_| signed_in.flow_done)
                                    .and_then(|flow| match flow.completion() {
                                        confirmation @ AfterCompletion::HostedConfirmation { .. } => {
                                            Some(confirmation.custom_message().map(str::to_owned))
                                        }
                                        _ => None,
                                    });
                                match confirmation {
                                    Some(message) => {
                                        view! { <Confirmation message csrf_token=signed_in.csrf_token.clone()/> }
                                            .into_any()
                                    }
                                    None => view! { <NotFound/> }.into_any(),
                                }
                            }
                        },
                        Ok(_) => view! { <NotFound/> }.into_any(),
                        Err(problem) => view! { <ProblemCard problem/> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

/// The confirmation: the merchant's message (or the portal's own sentence).
#[component]
fn Confirmation(message: Option<String>, csrf_token: String) -> impl IntoView {
    let locale = use_locale();
    let message = message
        .filter(|text| !text.trim().is_empty())
        .unwrap_or_else(|| t(locale, FlowText::DoneDefault).to_owned());
    view! {
        <section class="card flow-done" aria-labelledby="flow-done-heading" data-flow-done="true">
            <h1 id="flow-done-heading">{t(locale, FlowText::DoneHeading)}</h1>
            <p class="lead">{message}</p>
            <ReturnToMerchantForm csrf_token/>
        </section>
    }
}

catalog! {
    /// Texts of the end of a deep-link flow.
    pub enum FlowText {
        DoneHeading,
        DoneDefault,
    }
}

/// For tests: a customer in a deep-link flow of `kind` about `sub_1`, with `price_2`
/// × 3 as its plan (used by the confirm flow).
#[cfg(test)]
pub(crate) fn signed_in_in_flow(kind: FlowKind, after_completion: AfterCompletion, flow_done: bool) -> SignedIn {
    use crate::session::{Overview, test_config};
    SignedIn {
        csrf_token: "csrf".to_owned(),
        overview: Some(Overview {
            customer_id: "cus_1".to_owned(),
            locale: crate::i18n::Locale::En,
            modules: Vec::new(),
            config: test_config(),
            flow: Some(Flow {
                kind,
                subscription: Some("sub_1".to_owned()),
                price: Some("price_2".to_owned()),
                quantity: Some(3),
                after_completion: Some(after_completion),
            }),
            expires_at: None,
            customer_name: None,
            customer_email: None,
        }),
        flow_done,
    }
}

#[cfg(test)]
mod tests {
    use super::signed_in_in_flow as signed_in;
    use super::*;

    #[test]
    fn every_flow_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<FlowText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_pending_task_is_the_only_page() {
        let customer = signed_in(FlowKind::SubscriptionCancel, AfterCompletion::PortalHomepage, false);
        let task = "/subscription/cancel?subscription=sub_1";

        assert_eq!(guard_target(&customer, "/").as_deref(), Some(task));
        assert_eq!(guard_target(&customer, "/invoices").as_deref(), Some(task));
        assert_eq!(guard_target(&customer, DONE_PATH).as_deref(), Some(task));
        assert_eq!(guard_target(&customer, "/subscription/cancel"), None);
        assert!(!shows_navigation(&customer));
        assert_eq!(flow_subscription(&customer).as_deref(), Some("sub_1"));
    }

    #[test]
    fn a_confirm_flow_opens_on_the_preview_of_its_price_and_quantity() {
        let customer = signed_in(
            FlowKind::SubscriptionUpdateConfirm,
            AfterCompletion::PortalHomepage,
            false,
        );
        assert_eq!(
            guard_target(&customer, "/").as_deref(),
            Some("/subscription/change?subscription=sub_1&price=price_2&quantity=3")
        );
    }

    #[test]
    fn after_the_task_the_after_completion_decides() {
        let homepage = signed_in(FlowKind::SubscriptionUpdate, AfterCompletion::PortalHomepage, true);
        assert_eq!(guard_target(&homepage, "/invoices"), None);
        assert!(shows_navigation(&homepage));
        assert_eq!(flow_subscription(&homepage), None);

        let confirmation = signed_in(
            FlowKind::PaymentMethodUpdate,
            AfterCompletion::HostedConfirmation {
                hosted_confirmation: None,
            },
            true,
        );
        assert_eq!(guard_target(&confirmation, "/").as_deref(), Some(DONE_PATH));
        assert_eq!(guard_target(&confirmation, DONE_PATH), None);
        assert!(!shows_navigation(&confirmation));
    }
}
