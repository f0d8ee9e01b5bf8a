//! `/subscription/change`: choose a plan and quantity, then review the API's preview
//! and confirm.

use leptos::prelude::*;
use leptos_router::{components::Form, hooks::use_query_map};
use paylera_shared::money::Money;
use paylera_shared::subscription::{MAX_QUANTITY, PlanChange};

use super::model::{ChangePreview, LineKind, PickerPlan, PlanChoice, change_step, confirm_flow};
use super::server::{ChangeSubscription, load_plan_options, preview_change};
use crate::components::subscription::{SubscriptionText, config_of, show_outcome_on_subscription_page, signed_in_of};
use crate::components::{CsrfField, ModulePage, NotFound, ProblemMessage};
use crate::i18n::{format, t, t_with, use_locale};
use crate::idempotency::{IdempotencyField, form_key};
use crate::problem::Problem;
use crate::session::{Module, SignedIn, use_visitor};

/// `/subscription/change`: choose a plan and quantity, then review the API's preview and
/// confirm. A `subscription_update_confirm` flow opens directly on the review of the
/// merchant's plan.
#[component]
pub fn ChangePlanPage() -> AnyView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    // Each resource works out the step once the visitor is known (`change_step`) and
    // asks the API only on its own step.
    let visitor = use_visitor();
    let query = use_query_map();
    let asked = move || {
        let query = query.read();
        (query.get("subscription"), query.get("price"), query.get("quantity"))
    };
    let choice = Resource::new(asked, move |asked| async move {
        match change_step(signed_in_of(visitor.await).as_ref(), asked) {
            (subscription, None) => load_plan_options(subscription).await.map(Some),
            _ => Ok(None),
        }
    });
    let preview = Resource::new(asked, move |asked| async move {
        match change_step(signed_in_of(visitor.await).as_ref(), asked) {
            (subscription, Some((price, quantity))) => preview_change(subscription, price, quantity).await.map(Some),
            _ => Ok(None),
        }
    });
    view! {
        <ModulePage module=Module::Subscription let:signed_in>
            <ChangePlan signed_in choice preview/>
        </ModulePage>
    }
    .into_any()
}

#[component]
fn ChangePlan(
    signed_in: SignedIn,
    choice: Resource<Result<Option<PlanChoice>, Problem>>,
    preview: Resource<Result<Option<ChangePreview>, Problem>>,
) -> AnyView {
    let locale = use_locale();
    if !config_of(&signed_in).subscription_update_enabled {
        return view! { <NotFound/> }.into_any();
    }
    let confirming = confirm_flow(&signed_in).is_some();
    let query = use_query_map();
    let csrf = signed_in.csrf_token.clone();
    let signed_in = StoredValue::new(signed_in);
    // Choosing or reviewing (the resources follow the same `change_step`).
    let reviewing = Memo::new(move |_| {
        let query = query.read();
        let asked = (query.get("subscription"), query.get("price"), query.get("quantity"));
        signed_in.with_value(|signed_in| change_step(Some(signed_in), asked).1.is_some())
    });
    view! {
        <h1>{t(locale, SubscriptionText::ChangeHeading)}</h1>
        {move || {
            if reviewing.get() {
                view! { <ReviewChange preview csrf=csrf.clone() confirming/> }.into_any()
            } else {
                view! { <ChoosePlan choice/> }.into_any()
            }
        }}
    }
    .into_any()
}

/// The plans and the quantity: a `GET` form to the review.
#[component]
fn ChoosePlan(choice: Resource<Result<Option<PlanChoice>, Problem>>) -> AnyView {
    let locale = use_locale();
    view! {
        <Transition fallback=|| ()>
            {move || {
                choice
                    .get()
                    .map(|result| match result {
                        Ok(Some(choice)) => view! { <PlanForm choice/> }.into_any(),
                        Ok(None) => ().into_any(),
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
fn PlanForm(choice: PlanChoice) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let current = choice.subscription;
    let editable_quantity = !current.plan.metered;
    if choice.options.is_empty() && !editable_quantity {
        return view! { <p class="card">{t(locale, S::NoOtherPlan)}</p> }.into_any();
    }
    let badge = |change: PlanChange| match change {
        PlanChange::Upgrade => Some(t(locale, S::Upgrade).to_owned()),
        PlanChange::Downgrade => Some(t(locale, S::Downgrade).to_owned()),
        PlanChange::Lateral | PlanChange::NoChange => None,
    };
    let plans: Vec<PickerPlan> = std::iter::once(PickerPlan::new(
        &current.plan,
        Some(t(locale, S::CurrentPlan).to_owned()),
        locale,
    ))
    .chain(
        choice
            .options
            .iter()
            .map(|other| PickerPlan::new(&other.plan, badge(other.change), locale)),
    )
    .collect();
    let quantity = editable_quantity.then_some(current.quantity);
    view! {
        <section class="card" aria-labelledby="choose-heading">
            <h2 id="choose-heading">{current.plan.name.clone()}</h2>
            <Form method="GET" action="/subscription/change">
                <div class="form">
                    <input type="hidden" name="subscription" value=current.id.clone()/>
                    <PlanPicker plans quantity/>
                    <div class="actions">
                        <button type="submit" class="button">{t(locale, S::ReviewButton)}</button>
                    </div>
                </div>
            </Form>
        </section>
    }
    .into_any()
}

/// The plans (the first one current, checked), the quantity (`None`: metered, not
/// asked) and the total per period. An island: hydrated, the total follows the plan
/// and quantity as they are chosen; without JavaScript it is the current one's, and
/// the review shows the API's exact figures either way.
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
fn PlanPicker(plans: Vec<PickerPlan>, quantity: Option<i64>) -> impl IntoView {
    use SubscriptionText as S;
    let locale = use_locale();
    let radios: Vec<NodeRef<leptos::html::Input>> = plans.iter().map(|_| NodeRef::new()).collect();
    let quantity_input = NodeRef::<leptos::html::Input>::new();
    let chosen = RwSignal::new(0_usize);
    let typed = RwSignal::new(quantity.unwrap_or(1).to_string());
    // What was chosen before the island was hydrated is what the total is for.
    Effect::new({
        let radios = radios.clone();
        move |_| {
            if let Some(index) = radios.iter().position(|radio| radio.get().is_some_and(|r| r.checked())) {
                chosen.set(index);
            }
            if let Some(input) = quantity_input.get() {
                typed.set(input.value());
            }
        }
    });
    let no_other = plans.len() < 2;
    let total = {
        let plans = plans.clone();
        move || {
            plans
                .get(chosen.get())
                .and_then(|plan| plan.total(locale, &typed.get()))
        }
    };
    let options = plans
        .into_iter()
        .zip(radios)
        .enumerate()
        .map(|(index, (plan, radio))| {
            let id = if index == 0 {
                "plan-current".to_owned()
            } else {
                format!("plan-{}", index - 1)
            };
            view! {
                <li class="plan-option">
                    <input
                        type="radio"
                        id=id.clone()
                        name="price"
                        value=plan.price
                        checked=index == 0
                        node_ref=radio
                        on:change=move |_| chosen.set(index)
                    />
                    <label for=id>
                        <span class="plan-option__name">{plan.name}</span>
                        <span class="plan-option__price">{plan.price_text}</span>
                        {plan.badge.map(|badge| view! { <span class="badge">{badge}</span> })}
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field">
            <legend>{t(locale, S::ChoosePlanLegend)}</legend>
            <ul class="plan-options">{options}</ul>
        </fieldset>
        {no_other.then(|| view! { <p>{t(locale, S::NoOtherPlan)}</p> })}
        {quantity
            .map(|quantity| {
                view! {
                    <div class="field">
                        <label for="quantity">{t(locale, S::QuantityLabel)}</label>
                        <input
                            type="number"
                            id="quantity"
                            name="quantity"
                            min="1"
                            max=MAX_QUANTITY
                            step="1"
                            inputmode="numeric"
                            required
                            value=quantity
                            node_ref=quantity_input
                            on:input=move |ev| typed.set(event_target_value(&ev))
                        />
                    </div>
                    <p class="plan-total" aria-live="polite">
                        <span>{t(locale, S::TotalLabel)}</span>
                        " "
                        <strong data-plan-total="true">{total}</strong>
                    </p>
                }
            })}
    }
}

/// The API's preview of the change, then "Confirm".
#[component]
fn ReviewChange(preview: Resource<Result<Option<ChangePreview>, Problem>>, csrf: String, confirming: bool) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let action = ServerAction::<ChangeSubscription>::new();
    show_outcome_on_subscription_page(action);
    let problem = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <section class="card" aria-labelledby="review-heading">
            <h2 id="review-heading">{t(locale, S::ReviewHeading)}</h2>
            <ProblemMessage problem/>
            <Transition fallback=|| ()>
                {move || {
                    let csrf = csrf.clone();
                    preview
                        .get()
                        .map(move |result| match result {
                            Ok(None) => ().into_any(),
                            Ok(Some(preview)) => {
                                let back = (!confirming)
                                    .then(|| format!("/subscription/change?subscription={}", preview.subscription.id));
                                view! { <PreviewDetails preview csrf action back/> }.into_any()
                            }
                            Err(problem) => {
                                view! { <p class="message message--error" role="alert">{problem.message(locale)}</p> }
                                    .into_any()
                            }
                        })
                }}
            </Transition>
        </section>
    }
    .into_any()
}

#[component]
fn PreviewDetails(
    preview: ChangePreview,
    csrf: String,
    action: ServerAction<ChangeSubscription>,
    back: Option<String>,
) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let money = |amount: i64| format::money(locale, Money::new(amount, preview.currency));
    let quantity = format::number(locale, preview.quantity);
    let plan_line = format!(
        "{} — {} × {quantity}",
        preview.plan.name,
        preview.plan.price_text(locale)
    );
    let next = t_with(
        locale,
        S::NextRenewal,
        &[
            (
                "price",
                &preview
                    .plan
                    .per_period(locale, preview.plan.unit_amount * preview.quantity),
            ),
            ("date", &preview.next_renewal.show(locale)),
        ],
    );
    let unchanged = preview.change == PlanChange::NoChange;
    let body = if unchanged {
        view! { <p data-change="no_change">{t(locale, S::NoChange)}</p> }.into_any()
    } else if !preview.now {
        view! {
            <p data-change=preview.change.as_str() data-effective="period_end">
                {t_with(locale, S::ScheduledNote, &[("date", &preview.effective.show(locale))])}
            </p>
            <p>{next.clone()}</p>
        }
        .into_any()
    } else {
        let lines = preview
            .lines
            .iter()
            .map(|line| {
                let quantity = format::number(locale, line.quantity);
                let values = [
                    ("quantity", quantity.as_str()),
                    ("plan", line.plan.as_str()),
                    ("date", &line.period_end.show(locale)),
                ];
                let text = match line.kind {
                    LineKind::Unused => t_with(locale, S::LineUnused, &values),
                    LineKind::Remaining => t_with(locale, S::LineRemaining, &values),
                    LineKind::NewPeriod => t_with(locale, S::LineNewPeriod, &values),
                };
                view! {
                    <tr>
                        <td data-label=t(locale, S::ItemHeader)>{text}</td>
                        <td data-label=t(locale, S::AmountHeader) class="amount">{money(line.amount)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="table preview-lines" data-change=preview.change.as_str() data-effective="now">
                <thead>
                    <tr>
                        <th scope="col">{t(locale, S::ItemHeader)}</th>
                        <th scope="col" class="amount">{t(locale, S::AmountHeader)}</th>
                    </tr>
                </thead>
                <tbody>{lines}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{t(locale, S::TotalLabel)}</th>
                        <td class="amount" data-total=preview.total>{money(preview.total)}</td>
                    </tr>
                    {(preview.credit_applied > 0)
                        .then(|| {
                            view! {
                                <tr>
                                    <th scope="row">{t(locale, S::CreditAppliedLabel)}</th>
                                    <td class="amount">{money(-preview.credit_applied)}</td>
                                </tr>
                            }
                        })}
                    <tr class="preview-lines__due">
                        <th scope="row">{t(locale, S::DueNowLabel)}</th>
                        <td class="amount" data-amount-due=preview.amount_due>{money(preview.amount_due)}</td>
                    </tr>
                    {(preview.credit_added > 0)
                        .then(|| {
                            view! {
                                <tr>
                                    <th scope="row">{t(locale, S::CreditAddedLabel)}</th>
                                    <td class="amount" data-credit-added=preview.credit_added>
                                        {money(preview.credit_added)}
                                    </td>
                                </tr>
                            }
                        })}
                </tfoot>
            </table>
            <p>{next.clone()}</p>
        }
        .into_any()
    };
    let back_link = back.map(|href| view! { <a href=href>{t(locale, S::ChooseAnother)}</a> });
    view! {
        <dl class="facts">
            <div>
                <dt>{t(locale, S::NewPlanLabel)}</dt>
                <dd>{plan_line}</dd>
            </div>
        </dl>
        {body}
        {if unchanged {
            view! { <div class="actions">{back_link}</div> }.into_any()
        } else {
            view! {
                <ActionForm action>
                    <CsrfField token=csrf/>
                    <IdempotencyField key=form_key(action)/>
                    <input type="hidden" name="subscription" value=preview.subscription.id.clone()/>
                    <input type="hidden" name="price" value=preview.plan.price.clone()/>
                    <input type="hidden" name="quantity" value=preview.quantity/>
                    <div class="actions">
                        <button type="submit" class="button">{t(locale, S::ConfirmChange)}</button>
                        {back_link}
                    </div>
                </ActionForm>
            }
                .into_any()
        }}
    }
    .into_any()
}
