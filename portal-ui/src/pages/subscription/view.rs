//! `/subscription`: every subscription of the customer.

use leptos::prelude::*;
use paylera_shared::portal::PortalConfiguration;
use paylera_shared::subscription::SubscriptionStatus;

use super::model::can_resubscribe;
use super::server::{ReactivateSubscription, Resubscribe, ResumeSubscription, load_subscriptions};
use crate::components::subscription::{Outcome, SubscriptionRow, SubscriptionText, config_of, done_text};
use crate::components::{CsrfField, ModulePage, ProblemMessage, StatusMessage, done_param};
use crate::i18n::{Arg, Key, format, t, t_args, t_with, use_locale};
use crate::idempotency::{IdempotencyField, form_key};
use crate::problem::Problem;
use crate::session::{Module, SignedIn};

/// `/subscription`: every subscription of the customer.
#[component]
pub fn SubscriptionPage() -> AnyView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let reactivate = ServerAction::<ReactivateSubscription>::new();
    let resubscribe = ServerAction::<Resubscribe>::new();
    let resume = ServerAction::<ResumeSubscription>::new();
    let rows = Resource::new(
        move || {
            (
                reactivate.version().get(),
                resubscribe.version().get(),
                resume.version().get(),
            )
        },
        |_| load_subscriptions(),
    );
    let actions = CardActions { reactivate, resume };
    view! {
        <ModulePage module=Module::Subscription let:signed_in>
            <Subscriptions signed_in actions resubscribe rows/>
        </ModulePage>
    }
    .into_any()
}

/// The forms a running subscription's card posts.
#[derive(Clone, Copy)]
struct CardActions {
    reactivate: ServerAction<ReactivateSubscription>,
    resume: ServerAction<ResumeSubscription>,
}

#[component]
fn Subscriptions(
    signed_in: SignedIn,
    actions: CardActions,
    resubscribe: ServerAction<Resubscribe>,
    rows: Resource<Result<Vec<SubscriptionRow>, Problem>>,
) -> AnyView {
    let locale = use_locale();
    let config = config_of(&signed_in);
    let csrf = signed_in.csrf_token;
    let done = done_param();
    let results = move || {
        [
            actions.reactivate.value().get(),
            resubscribe.value().get(),
            actions.resume.value().get(),
        ]
    };
    let status = Signal::derive(move || {
        results()
            .into_iter()
            .flatten()
            .find_map(|result| match result {
                Ok(Outcome::Done(code)) => Some(code),
                _ => None,
            })
            .or_else(|| done.get())
            .and_then(|code| done_text(&code))
            .map(|text| t(locale, text).to_owned())
    });
    let problem = Signal::derive(move || results().into_iter().flatten().find_map(Result::err));

    view! {
        <h1>{t(locale, Key::ModuleSubscriptionTitle)}</h1>
        <StatusMessage text=status/>
        <ProblemMessage problem/>
        <Transition fallback=|| ()>
            {move || {
                let config = config.clone();
                let csrf = csrf.clone();
                rows.get()
                    .map(move |result| match result {
                        Ok(rows) => view! { <SubscriptionList rows config csrf actions resubscribe/> }.into_any(),
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
fn SubscriptionList(
    rows: Vec<SubscriptionRow>,
    config: PortalConfiguration,
    csrf: String,
    actions: CardActions,
    resubscribe: ServerAction<Resubscribe>,
) -> AnyView {
    let locale = use_locale();
    let (live, ended): (Vec<_>, Vec<_>) = rows.into_iter().partition(SubscriptionRow::live);
    // Only the most recent ended ones: the customer needs them to subscribe again.
    let ended: Vec<_> = ended.into_iter().take(5).collect();
    let empty = live.is_empty();
    let live_view = live
        .into_iter()
        .map(|row| {
            view! { <SubscriptionCard row config=config.clone() csrf=csrf.clone() actions/> }
        })
        .collect_view();
    let ended_view = (!ended.is_empty()).then(|| {
        let items = ended
            .into_iter()
            .map(|row| {
                let allowed = can_resubscribe(&config, &row);
                view! { <EndedItem row allowed csrf=csrf.clone() resubscribe/> }
            })
            .collect_view();
        view! {
            <section class="card" aria-labelledby="ended-subscriptions">
                <h2 id="ended-subscriptions">{t(locale, SubscriptionText::EndedHeading)}</h2>
                <ul class="ended-subscriptions">{items}</ul>
            </section>
        }
    });
    view! {
        {empty
            .then(|| {
                view! {
                    <p class="card subscription-empty" data-empty="true">
                        {t(locale, SubscriptionText::NoSubscription)}
                    </p>
                }
            })}
        {live_view}
        {ended_view}
    }
    .into_any()
}

/// One running subscription, with what the configuration lets the customer do to it.
#[component]
fn SubscriptionCard(row: SubscriptionRow, config: PortalConfiguration, csrf: String, actions: CardActions) -> AnyView {
    use SubscriptionText as S;
    let CardActions { reactivate, resume } = actions;
    let locale = use_locale();
    let heading = format!("subscription-{}", row.id);
    let labelled_by = heading.clone();
    let id = row.id.clone();
    let plan = row.plan.name.clone();
    let period_end = row.period_end.show(locale);
    let paused = row.status == SubscriptionStatus::Paused;
    let (date_label, pending_cancel) = if row.cancel_at_period_end {
        (
            S::EndsOn,
            Some(t_with(locale, S::PendingCancel, &[("date", &period_end)])),
        )
    } else if paused {
        (S::ResumesOn, None)
    } else {
        (S::RenewsOn, None)
    };
    // A pause not started yet is pending; a running one is the status and the date.
    let pending_pause = row.pause.filter(|_| !paused).map(|pause| {
        t_with(
            locale,
            S::PendingPause,
            &[
                ("start", &pause.starts.show(locale)),
                ("resume", &pause.resumes.show(locale)),
            ],
        )
    });
    let pending_change = row.pending.as_ref().map(|pending| {
        t_with(
            locale,
            S::PendingDowngrade,
            &[
                ("plan", &pending.plan.name),
                ("quantity", &format::number(locale, pending.quantity)),
                ("date", &pending.effective.show(locale)),
            ],
        )
    });
    let discount = row.discount.map(|discount| {
        t_args(
            locale,
            S::DiscountRunning,
            &[
                ("percent", Arg::Number(discount.percent_off)),
                ("count", Arg::Number(discount.periods_remaining)),
            ],
        )
    });
    let has_pending = pending_cancel.is_some() || pending_change.is_some() || pending_pause.is_some();
    let change_href = format!("/subscription/change?subscription={}", row.id);
    let cancel_href = format!("/subscription/cancel?subscription={}", row.id);
    let can_change = config.subscription_update_enabled && row.pause.is_none();
    let can_pause = row.can_pause(&config);
    let pause_href = format!("/subscription/pause?subscription={}", row.id);
    let can_resume = config.subscription_pause_enabled && row.pause.is_some();
    let (resume_csrf, resume_id) = (csrf.clone(), row.id.clone());
    let resume_label = {
        let plan = plan.clone();
        move |label| t_with(locale, label, &[("plan", &plan)])
    };
    let can_cancel = config.subscription_cancel_enabled && !row.cancel_at_period_end;
    let can_reactivate = config.subscription_cancel_enabled && row.cancel_at_period_end;
    view! {
        <section
            class="card subscription"
            aria-labelledby=labelled_by
            data-subscription=id
            data-status=row.status.as_str()
        >
            <h2 id=heading>{plan.clone()}</h2>
            <dl class="facts">
                <div>
                    <dt>{t(locale, S::PriceLabel)}</dt>
                    <dd>{row.plan.price_text(locale)}</dd>
                </div>
                {(!row.plan.metered)
                    .then(|| {
                        view! {
                            <div>
                                <dt>{t(locale, S::QuantityLabel)}</dt>
                                <dd data-quantity=row.quantity>{format::number(locale, row.quantity)}</dd>
                            </div>
                        }
                    })}
                <div>
                    <dt>{t(locale, S::StatusLabel)}</dt>
                    <dd>{row.status_text(locale)}</dd>
                </div>
                <div>
                    <dt>{t(locale, date_label)}</dt>
                    <dd>{period_end}</dd>
                </div>
                {discount
                    .map(|text| {
                        view! {
                            <div>
                                <dt>{t(locale, S::DiscountLabel)}</dt>
                                <dd data-discount="true">{text}</dd>
                            </div>
                        }
                    })}
                {has_pending
                    .then(|| {
                        view! {
                            <div>
                                <dt>{t(locale, S::PendingLabel)}</dt>
                                <dd>
                                    <ul class="pending-changes">
                                        {pending_cancel.map(|text| view! { <li data-pending="cancel">{text}</li> })}
                                        {pending_change.map(|text| view! { <li data-pending="change">{text}</li> })}
                                        {pending_pause.map(|text| view! { <li data-pending="pause">{text}</li> })}
                                    </ul>
                                </dd>
                            </div>
                        }
                    })}
            </dl>
            <div class="actions">
                {can_change
                    .then(|| {
                        view! {
                            <a class="button button--secondary" href=change_href>
                                {t_with(locale, S::ChangeLink, &[("plan", &plan)])}
                            </a>
                        }
                    })}
                {can_pause
                    .then(|| {
                        view! {
                            <a class="button button--secondary" href=pause_href>
                                {t_with(locale, S::PausePlan, &[("plan", &plan)])}
                            </a>
                        }
                    })}
                {can_resume
                    .then(|| {
                        let label = if paused { S::ResumePlan } else { S::KeepBilling };
                        view! {
                            <ActionForm action=resume>
                                <CsrfField token=resume_csrf/>
                                <IdempotencyField key=form_key(resume)/>
                                <input type="hidden" name="subscription" value=resume_id/>
                                <button type="submit" class="button">
                                    {resume_label(label)}
                                </button>
                                {paused.then(|| view! { <p class="field__hint">{t(locale, S::ResumeNote)}</p> })}
                            </ActionForm>
                        }
                    })}
                {can_cancel
                    .then(|| {
                        view! {
                            <a class="button button--secondary" href=cancel_href>
                                {t_with(locale, S::CancelPlan, &[("plan", &plan)])}
                            </a>
                        }
                    })}
                {can_reactivate
                    .then(|| {
                        view! {
                            <ActionForm action=reactivate>
                                <CsrfField token=csrf.clone()/>
                                <IdempotencyField key=form_key(reactivate)/>
                                <input type="hidden" name="subscription" value=row.id.clone()/>
                                <button type="submit" class="button">
                                    {t_with(locale, S::ReactivatePlan, &[("plan", &plan)])}
                                </button>
                            </ActionForm>
                        }
                    })}
            </div>
        </section>
    }
    .into_any()
}

/// An ended subscription, with "Subscribe again" when the configuration allows it.
#[component]
fn EndedItem(row: SubscriptionRow, allowed: bool, csrf: String, resubscribe: ServerAction<Resubscribe>) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let plan = row.plan.name.clone();
    let ended = row.ended.unwrap_or(row.period_end).show(locale);
    let id = row.id.clone();
    let key = form_key(resubscribe);
    view! {
        <li class="ended-subscription" data-subscription=id>
            <p>
                <strong>{plan.clone()}</strong>
                " · "
                {row.plan.price_text(locale)}
                " · "
                {t(locale, S::EndedOn)}
                " "
                {ended}
            </p>
            {allowed
                .then(|| {
                    view! {
                        <ActionForm action=resubscribe>
                            <CsrfField token=csrf.clone()/>
                            <IdempotencyField key/>
                            <input type="hidden" name="subscription" value=row.id.clone()/>
                            <button type="submit" class="button">
                                {t_with(locale, S::ResubscribePlan, &[("plan", &plan)])}
                            </button>
                        </ActionForm>
                    }
                })}
        </li>
    }
    .into_any()
}

/// A running subscription's card as this page shows it, for the dashboard's live
/// preview of a configuration (sample data; its forms are never posted there).
#[cfg(feature = "ssr")]
pub fn preview_card(row: SubscriptionRow, config: PortalConfiguration) -> AnyView {
    let actions = CardActions {
        reactivate: ServerAction::new(),
        resume: ServerAction::new(),
    };
    view! { <SubscriptionCard row config csrf=String::new() actions/> }.into_any()
}
