//! `/subscription/pause`: when billing pauses, for how long, then "Pause".

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use paylera_shared::subscription::SubscriptionStatus;

use super::server::PauseSubscription;
use crate::components::subscription::{
    SubscriptionRow, SubscriptionText, config_of, load_subscription, show_outcome_on_subscription_page, subscription_of,
};
use crate::components::{CsrfField, ModulePage, NotFound, ProblemMessage};
use crate::i18n::{t, t_with, use_locale};
use crate::idempotency::{IdempotencyField, form_key};
use crate::problem::Problem;
use crate::session::{Module, SignedIn, use_visitor};

/// `/subscription/pause`: when billing pauses, for how long, then "Pause".
#[component]
pub fn PausePage() -> AnyView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let visitor = use_visitor();
    let query = use_query_map();
    let row = Resource::new(
        move || query.read().get("subscription"),
        move |asked| async move { load_subscription(subscription_of(visitor, asked).await).await },
    );
    view! {
        <ModulePage module=Module::Subscription let:signed_in>
            <Pause signed_in row/>
        </ModulePage>
    }
    .into_any()
}

#[component]
fn Pause(signed_in: SignedIn, row: Resource<Result<SubscriptionRow, Problem>>) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let config = config_of(&signed_in);
    if !config.subscription_pause_enabled {
        return view! { <NotFound/> }.into_any();
    }
    let action = ServerAction::<PauseSubscription>::new();
    show_outcome_on_subscription_page(action);
    let problem = Signal::derive(move || action.value().get().and_then(Result::err));
    let csrf = signed_in.csrf_token;
    let max = config.subscription_pause_max_periods;
    view! {
        <h1>{t(locale, S::PauseHeading)}</h1>
        <ProblemMessage problem/>
        <Transition fallback=|| ()>
            {move || {
                let config = config.clone();
                let csrf = csrf.clone();
                row.get()
                    .map(move |result| match result {
                        Ok(row) if row.status == SubscriptionStatus::Paused || row.pause.is_some() => {
                            let resumes = row.pause.map_or(row.period_end, |pause| pause.resumes).show(locale);
                            view! { <p class="card">{t_with(locale, S::AlreadyPausing, &[("date", &resumes)])}</p> }
                                .into_any()
                        }
                        Ok(row) if !row.can_pause(&config) => {
                            view! { <p class="card">{t(locale, S::CannotPause)}</p> }.into_any()
                        }
                        Ok(row) => view! { <PauseForm row max csrf action/> }.into_any(),
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
fn PauseForm(row: SubscriptionRow, max: i64, csrf: String, action: ServerAction<PauseSubscription>) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let plan = row.plan.name.clone();
    // The choice of a form that failed, given back; the shortest pause otherwise.
    let chosen = action
        .value()
        .get_untracked()
        .and_then(Result::err)
        .and_then(|problem| problem.form_value("periods").map(str::to_owned))
        .unwrap_or_else(|| "1".to_owned());
    let choices = (1..=max.max(1))
        .map(|periods| {
            let id = format!("pause-{periods}");
            let value = periods.to_string();
            let checked = value == chosen;
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="periods" value=value checked=checked/>
                    <label for=id>{row.pause_length(locale, periods)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="pause-plan">
            <h2 id="pause-plan">{plan.clone()}</h2>
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
            <p class="pause-when">{t_with(locale, S::PauseExplain, &[("date", &row.period_end.show(locale))])}</p>
            <ActionForm action>
                <div class="form">
                    <CsrfField token=csrf/>
                    <IdempotencyField key=form_key(action)/>
                    <input type="hidden" name="subscription" value=row.id.clone()/>
                    <fieldset class="field">
                        <legend>{t(locale, S::PauseLegend)}</legend>
                        {choices}
                    </fieldset>
                    <div class="actions">
                        <button type="submit" class="button">
                            {t_with(locale, S::PausePlan, &[("plan", &plan)])}
                        </button>
                        <a class="button button--secondary" href="/subscription">
                            {t(locale, S::KeepSubscription)}
                        </a>
                    </div>
                </div>
            </ActionForm>
        </section>
    }
    .into_any()
}
