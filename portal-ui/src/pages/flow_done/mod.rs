//! `/done`: the page a `hosted_confirmation` deep-link flow ends on (the rules of
//! flows are in [`crate::flow`]).

use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::components::{NotFound, ProblemCard, ReturnToMerchantForm};
use crate::flow::{DONE_PATH, guard_target};
use crate::i18n::{t, use_locale};
use crate::session::{AfterCompletion, Visitor, use_visitor};

mod texts;
pub use texts::FlowText;

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

#[cfg(test)]
mod tests {
    #[test]
    fn every_flow_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<super::FlowText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
