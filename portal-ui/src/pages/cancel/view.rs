//! `/subscription/cancel`: when access ends, the reason and a comment, then "Cancel".

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use paylera_shared::portal::{CancelMode, PortalConfiguration};
use paylera_shared::subscription::{RetentionOffer, RetentionOfferType};

use super::model::reason_text;
use super::server::{AcceptRetentionOffer, CancelSubscription};
use crate::components::subscription::{
    Outcome, SubscriptionRow, SubscriptionText, config_of, load_subscription, show_outcome_on_subscription_page,
    subscription_of,
};
use crate::components::{CsrfField, ModulePage, NotFound, ProblemMessage};
use crate::flow;
use crate::i18n::{Arg, t, t_args, t_with, use_locale};
use crate::idempotency::{IdempotencyField, form_key};
use crate::problem::Problem;
use crate::session::{Module, SignedIn, use_visitor};

/// `/subscription/cancel`: when access ends, the reason and a comment, then "Cancel".
#[component]
pub fn CancelPage() -> AnyView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let visitor = use_visitor();
    let query = use_query_map();
    let row = Resource::new(
        move || query.read().get("subscription"),
        move |asked| async move { load_subscription(subscription_of(visitor, asked).await).await },
    );
    view! {
        <ModulePage module=Module::Subscription let:signed_in>
            <Cancel signed_in row/>
        </ModulePage>
    }
    .into_any()
}

#[component]
fn Cancel(signed_in: SignedIn, row: Resource<Result<SubscriptionRow, Problem>>) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let config = config_of(&signed_in);
    if !config.subscription_cancel_enabled {
        return view! { <NotFound/> }.into_any();
    }
    let in_flow = flow::pending_flow(&signed_in).is_some();
    let action = ServerAction::<CancelSubscription>::new();
    let accept = ServerAction::<AcceptRetentionOffer>::new();
    show_outcome_on_subscription_page(action);
    show_outcome_on_subscription_page(accept);
    // The hydrated page follows a cancellation that stopped at an offer, as the form
    // posted without JavaScript is redirected there.
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(Outcome::Offer(url))) = action.value().get() {
            navigate(&url, Default::default());
        }
    });
    let problem = Signal::derive(move || {
        action
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| accept.value().get().and_then(Result::err))
    });
    let query = use_query_map();
    let offered = move || query.read().get("offer");
    let comment = move || query.read().get("comment").unwrap_or_default();
    let csrf = signed_in.csrf_token;
    view! {
        <h1>{t(locale, S::CancelHeading)}</h1>
        <ProblemMessage problem/>
        <Transition fallback=|| ()>
            {move || {
                let config = config.clone();
                let csrf = csrf.clone();
                row.get()
                    .map(move |result| match result {
                        Ok(row) if !row.live() => view! { <p class="card">{t(locale, S::AlreadyEnded)}</p> }.into_any(),
                        Ok(row) if row.cancel_at_period_end => {
                            view! {
                                <p class="card">
                                    {t_with(locale, S::AlreadyCanceling, &[("date", &row.period_end.show(locale))])}
                                </p>
                            }
                                .into_any()
                        }
                        Ok(row) => {
                            let offer = offered()
                                .and_then(|reason| row.retention_offer(&config, &reason).cloned());
                            match offer {
                                Some(offer) => {
                                    let forms = OfferForms { accept, cancel: action };
                                    view! { <OfferStep row offer comment=comment() csrf forms/> }.into_any()
                                }
                                None => view! { <CancelForm row config csrf action in_flow/> }.into_any(),
                            }
                        }
                        Err(problem) => {
                            view! { <p class="message message--error" role="alert">{problem.message(locale)}</p> }
                                .into_any()
                        }
                    })
            }}
        </Transition>
    }
    .into_any()
}

#[component]
fn CancelForm(
    row: SubscriptionRow,
    config: PortalConfiguration,
    csrf: String,
    action: ServerAction<CancelSubscription>,
    in_flow: bool,
) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let plan = row.plan.name.clone();
    let immediately = config.subscription_cancel_mode == CancelMode::Immediately;
    let when = if immediately {
        t_with(locale, S::AccessEndsNow, &[("plan", &plan)])
    } else {
        t_with(
            locale,
            S::AccessUntil,
            &[("plan", &plan), ("date", &row.period_end.show(locale))],
        )
    };
    // The values of a form that failed, given back.
    let echoed = action.value().get_untracked().and_then(Result::err);
    let echo = |name: &str| {
        echoed
            .as_ref()
            .and_then(|problem| problem.form_value(name))
            .unwrap_or_default()
            .to_owned()
    };
    let chosen = echo("reason");
    let comment = echo("comment");
    let reasons = (config.subscription_cancel_reasons_enabled && !config.cancellation_reasons.is_empty()).then(|| {
        let choices = config
            .cancellation_reasons
            .iter()
            .map(|&reason| {
                let id = format!("reason-{reason}");
                let label = reason_text(reason).map_or_else(|| reason.to_string(), |key| t(locale, key).to_owned());
                view! {
                    <div class="choice">
                        <input type="radio" id=id.clone() name="reason" value=reason.as_str() checked=reason.as_str() == chosen/>
                        <label for=id>{label}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="field">
                <legend>{t(locale, S::ReasonLegend)}</legend>
                {choices}
            </fieldset>
        }
    });
    view! {
        <section class="card" aria-labelledby="cancel-plan">
            <h2 id="cancel-plan">{plan.clone()}</h2>
            <dl class="facts">
                <div>
                    <dt>{t(locale, S::PriceLabel)}</dt>
                    <dd>{row.plan.price_text(locale)}</dd>
                </div>
                <div>
                    <dt>{t(locale, S::StatusLabel)}</dt>
                    <dd>{row.status_text(locale)}</dd>
                </div>
            </dl>
            <p class="cancel-when" data-cancel-mode=config.subscription_cancel_mode.as_str()>
                <strong>{when}</strong>
            </p>
            <ActionForm action>
                <div class="form">
                    <CsrfField token=csrf/>
                    <IdempotencyField key=form_key(action)/>
                    <input type="hidden" name="subscription" value=row.id.clone()/>
                    {reasons}
                    <div class="field">
                        <label for="cancel-comment">{t(locale, S::CommentLabel)}</label>
                        <textarea id="cancel-comment" name="comment" maxlength="5000">{comment}</textarea>
                    </div>
                    <div class="actions">
                        <button type="submit" class="button button--danger">
                            {t_with(locale, S::CancelPlan, &[("plan", &plan)])}
                        </button>
                        {(!in_flow)
                            .then(|| {
                                view! {
                                    <a class="button button--secondary" href="/subscription">
                                        {t(locale, S::KeepSubscription)}
                                    </a>
                                }
                            })}
                    </div>
                </div>
            </ActionForm>
        </section>
    }
    .into_any()
}

/// The two forms of the retention step.
#[derive(Clone, Copy)]
struct OfferForms {
    accept: ServerAction<AcceptRetentionOffer>,
    cancel: ServerAction<CancelSubscription>,
}

/// The merchant's offer instead of the cancellation: take it, or cancel as asked (the
/// reason and comment carried along, the offer declined).
#[component]
fn OfferStep(row: SubscriptionRow, offer: RetentionOffer, comment: String, csrf: String, forms: OfferForms) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let plan = row.plan.name.clone();
    let text = match offer.kind {
        RetentionOfferType::Discount => t_args(
            locale,
            S::OfferDiscount,
            &[
                ("plan", Arg::Text(&plan)),
                ("percent", Arg::Number(offer.percent_off.unwrap_or_default())),
                ("count", Arg::Number(offer.periods)),
            ],
        ),
        RetentionOfferType::Pause => t_with(
            locale,
            S::OfferPause,
            &[
                ("plan", &plan),
                ("length", &row.pause_length(locale, offer.periods)),
                ("date", &row.period_end.show(locale)),
            ],
        ),
    };
    let reason = offer.reason.as_str();
    let (accept_csrf, accept_id, cancel_id) = (csrf.clone(), row.id.clone(), row.id.clone());
    view! {
        <section class="card retention-offer" aria-labelledby="offer-heading" data-offer=offer.kind.as_str()>
            <h2 id="offer-heading">{t(locale, S::OfferHeading)}</h2>
            <p class="offer-text">
                <strong>{text}</strong>
            </p>
            <div class="actions">
                <ActionForm action=forms.accept>
                    <CsrfField token=accept_csrf/>
                    <IdempotencyField key=form_key(forms.accept)/>
                    <input type="hidden" name="subscription" value=accept_id/>
                    <input type="hidden" name="reason" value=reason/>
                    <button type="submit" class="button">
                        {t(locale, S::AcceptOffer)}
                    </button>
                </ActionForm>
                <ActionForm action=forms.cancel>
                    <CsrfField token=csrf/>
                    <IdempotencyField key=form_key(forms.cancel)/>
                    <input type="hidden" name="subscription" value=cancel_id/>
                    <input type="hidden" name="reason" value=reason/>
                    <input type="hidden" name="comment" value=comment/>
                    <input type="hidden" name="declined" value=reason/>
                    <button type="submit" class="button button--danger">
                        {t_with(locale, S::DeclineOffer, &[("plan", &plan)])}
                    </button>
                </ActionForm>
            </div>
        </section>
    }
    .into_any()
}
