//! Adding a card (`/payment-methods/new`): the card form, checked in the browser
//! first when hydrated, and the bank's challenge for a card that needs one.

use leptos::form::FromFormData as _;
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_router::hooks::use_query_map;

use super::card_check::{self, params};
use super::model::LIST_PATH;
use super::server::{AddCard, AnswerChallenge, load_challenge};
use crate::components::payment_method::{PaymentMethodsText, SavedCard};
use crate::components::{BankChallenge, ChallengeAnswers, CsrfField, ModulePage, ProblemMessage};
use crate::i18n::{t, t_with, use_locale};
use crate::problem::Problem;
use crate::session::{FlowKind, Module, SignedIn};

use PaymentMethodsText as T;

use super::view::focus;

/// Goes to `location` (a page load replacing the current entry), in the browser. Nowhere
/// for an empty `location`: a deep-link flow ended and its redirect is already loading
/// the next page.
fn go_to(location: &str) {
    if location.is_empty() {
        return;
    }
    if window().location().replace(location).is_err() {
        leptos::logging::warn!("could not go to {location}");
    }
}

/// `/payment-methods/new`: the card form, or the bank's challenge for a card that
/// needs one (`?challenge=pm_…`). The task of a `payment_method_update` deep link.
#[component]
pub fn AddCardPage() -> impl IntoView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let answer = ServerAction::<AnswerChallenge>::new();
    let query = use_query_map();
    let challenge_id = Memo::new(move |_| query.read().get("challenge"));
    // Refetched after an answer: a refused card is detached, so the form comes back.
    let challenge = Resource::new(
        move || (challenge_id.get(), answer.version().get()),
        |(id, _)| async move {
            match id {
                Some(id) => load_challenge(id).await,
                None => Ok(None),
            }
        },
    );
    view! {
        <ModulePage module=Module::PaymentMethods let:signed_in>
            <AddCardSection signed_in answer challenge/>
        </ModulePage>
    }
}

#[component]
fn AddCardSection(
    signed_in: SignedIn,
    answer: ServerAction<AnswerChallenge>,
    challenge: Resource<Result<Option<SavedCard>, Problem>>,
) -> impl IntoView {
    let locale = use_locale();
    // On the server: the failure a post without JavaScript came back with.
    let add = ServerAction::<AddCard>::new();
    let query = use_query_map();
    let default_asked = Memo::new(move |_| query.read().get("default").is_some());
    // The last failure of adding the card, or of the bank's challenge before it.
    let last_problem = move || {
        add.value()
            .get_untracked()
            .and_then(Result::err)
            .or_else(|| answer.value().get_untracked().and_then(Result::err))
    };

    let in_flow = signed_in
        .overview
        .as_ref()
        .and_then(|o| o.flow.as_ref())
        .is_some_and(|flow| flow.kind == FlowKind::PaymentMethodUpdate);
    let csrf = signed_in.csrf_token;
    view! {
        <h1>{t(locale, T::AddCard)}</h1>
        <Transition fallback=|| ()>
            {move || {
                let csrf = csrf.clone();
                challenge
                    .get()
                    .map(move |loaded| match loaded {
                        Ok(Some(card)) => {
                            view! { <ChallengeStep card make_default=default_asked.get() action=answer csrf/> }
                                .into_any()
                        }
                        Ok(None) => {
                            view! { <CardForm default_asked=default_asked.get() problem=last_problem() csrf/> }
                                .into_any()
                        }
                        Err(problem) => view! { <ProblemMessage problem=Some(problem)/> }.into_any(),
                    })
            }}
        </Transition>
        {(!in_flow)
            .then(|| {
                view! {
                    <p>
                        <a href=LIST_PATH>{t(locale, T::BackToList)}</a>
                    </p>
                }
            })}
    }
}

/// The ids of the add-card form's fields, with the API param each one answers for.
const NUMBER_FIELD: (&str, &str) = ("card-number", params::NUMBER);
const EXP_MONTH_FIELD: (&str, &str) = ("card-exp-month", params::EXP_MONTH);
const EXP_YEAR_FIELD: (&str, &str) = ("card-exp-year", params::EXP_YEAR);
const CVC_FIELD: (&str, &str) = ("card-cvc", params::CVC);

/// The card form: a plain `POST` to `add_card` without JavaScript; hydrated (an
/// island), the fields are checked first ([`card_check`]) and the form is sent with
/// `fetch`, then the page goes where the answer says (the list, or the bank's
/// challenge). `problem` is the last failure the page was rendered with (of adding the
/// card, or of the bank's challenge before it), `default_asked` whether the link asked
/// for the card to become the default.
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
fn CardForm(default_asked: bool, problem: Option<Problem>, csrf: String) -> impl IntoView {
    let locale = use_locale();
    let add = ServerAction::<AddCard>::new();
    let carried = RwSignal::new(problem);
    // Follow the server function's answer.
    Effect::new(move |_| {
        if let Some(Ok(next)) = add.value().get() {
            go_to(&next);
        }
    });
    let server_problem = Signal::derive(move || add.value().get().and_then(Result::err).or_else(|| carried.get()));
    let client_problems = RwSignal::new(Vec::<Problem>::new());
    let echo = move |field: &str| {
        server_problem
            .get()
            .and_then(|p| p.form_value(field).map(str::to_owned))
    };
    let make_default_checked = move || match server_problem.get() {
        Some(problem) if !problem.form.is_empty() => problem.form_value("make_default") == Some("on"),
        _ => default_asked,
    };
    let inputs: [NodeRef<leptos::html::Input>; 4] = std::array::from_fn(|_| NodeRef::new());

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if add.pending().get_untracked() {
            return;
        }
        let Ok(input) = AddCard::from_event(&ev) else {
            return;
        };
        let entry = card_check::CardEntry {
            number: &input.number,
            exp_month: &input.exp_month,
            exp_year: &input.exp_year,
            cvc: &input.cvc,
        };
        let found = card_check::problems(&entry, card_check::this_month());
        let first_invalid = [NUMBER_FIELD, EXP_MONTH_FIELD, EXP_YEAR_FIELD, CVC_FIELD]
            .iter()
            .position(|(_, param)| found.iter().any(|p| p.is_about(param)));
        // A new attempt: the last one's failure no longer applies.
        add.value().set(None);
        carried.set(None);
        client_problems.set(found);
        match first_invalid {
            Some(index) => focus(inputs[index].get_untracked()),
            None => {
                add.dispatch(input);
            }
        }
    };

    // A field's problem: the browser's check first, else the server's about that field.
    let field_problem = move |param: &'static str| {
        Signal::derive(move || {
            client_problems
                .read()
                .iter()
                .find(|p| p.is_about(param))
                .cloned()
                .or_else(|| server_problem.get().filter(|p| p.is_about(param)))
        })
    };

    view! {
        <section class="card" aria-labelledby="card-form-heading" data-card-form="true">
            <h2 id="card-form-heading" class="visually-hidden">{t(locale, T::AddCard)}</h2>
            <ProblemMessage problem=server_problem/>
            <form class="form" method="post" action=AddCard::url() novalidate on:submit=on_submit>
                <CsrfField token=csrf/>
                <p class="field__hint">{t(locale, T::KeptDetails)}</p>
                <CardField
                    field=NUMBER_FIELD
                    name="number"
                    label=T::NumberLabel
                    autocomplete="cc-number"
                    hint=None
                    problem=field_problem(NUMBER_FIELD.1)
                    node_ref=inputs[0]
                />
                <fieldset class="field">
                    <legend>{t(locale, T::ExpiryLegend)} " " {t(locale, T::Required)}</legend>
                    <div class="field__row pm-expiry">
                        <CardField
                            field=EXP_MONTH_FIELD
                            in_required_group=true
                            name="exp_month"
                            label=T::ExpiryMonthLabel
                            autocomplete="cc-exp-month"
                            hint=None
                            problem=field_problem(EXP_MONTH_FIELD.1)
                            node_ref=inputs[1]
                            echo=Signal::derive(move || echo("exp_month"))
                        />
                        <CardField
                            field=EXP_YEAR_FIELD
                            in_required_group=true
                            name="exp_year"
                            label=T::ExpiryYearLabel
                            autocomplete="cc-exp-year"
                            hint=None
                            problem=field_problem(EXP_YEAR_FIELD.1)
                            node_ref=inputs[2]
                            echo=Signal::derive(move || echo("exp_year"))
                        />
                    </div>
                </fieldset>
                <CardField
                    field=CVC_FIELD
                    name="cvc"
                    label=T::CvcLabel
                    autocomplete="cc-csc"
                    hint=Some(T::CvcHint)
                    problem=field_problem(CVC_FIELD.1)
                    node_ref=inputs[3]
                />
                <div class="field field--check">
                    <input id="card-make-default" type="checkbox" name="make_default" checked=make_default_checked/>
                    <label for="card-make-default">{t(locale, T::MakeDefaultLabel)}</label>
                </div>
                <div class="actions">
                    <button type="submit" class="button" aria-disabled=move || add.pending().get().then_some("true")>
                        {t(locale, T::SubmitAdd)}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// One text field of the card form: label (saying it is required, unless the group's
/// legend says so: `in_required_group`), optional hint, the
/// input, and its problem tied to it (`aria-invalid`, `aria-describedby`). `echo` (the
/// value given back after a failed post) is only ever an expiry: the number and CVC
/// fields have none.
#[component]
fn CardField(
    field: (&'static str, &'static str),
    name: &'static str,
    label: PaymentMethodsText,
    autocomplete: &'static str,
    hint: Option<PaymentMethodsText>,
    #[prop(into)] problem: Signal<Option<Problem>>,
    node_ref: NodeRef<leptos::html::Input>,
    #[prop(optional)] echo: Option<Signal<Option<String>>>,
    #[prop(optional)] in_required_group: bool,
) -> impl IntoView {
    let locale = use_locale();
    let (id, _) = field;
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = [
                hint.is_some().then_some(hint_id.as_str()),
                problem.get().is_some().then_some(error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field">
            <label for=id>
                {t(locale, label)} {(!in_required_group).then(|| format!(" {}", t(locale, T::Required)))}
            </label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{t(locale, hint)}</p> })}
            <input
                id=id
                name=name
                type="text"
                inputmode="numeric"
                autocomplete=autocomplete
                spellcheck="false"
                required
                value=move || echo.and_then(|echo| echo.get())
                aria-invalid=move || problem.get().is_some().then_some("true")
                aria-describedby=described_by
                node_ref=node_ref
            />
            <p class="field__error" id=error_id hidden=move || problem.get().is_none()>
                {move || problem.get().map(|problem| problem.message(locale))}
            </p>
        </div>
    }
}

/// The simulated bank challenge for `card` (the shared [`BankChallenge`]): approve or
/// refuse, as the customer's bank would ask. A page of its own (`?challenge=pm_…`,
/// where the card form's answer leads), with plain form posts: no island.
#[component]
fn ChallengeStep(
    card: SavedCard,
    make_default: bool,
    action: ServerAction<AnswerChallenge>,
    csrf: String,
) -> impl IntoView {
    let locale = use_locale();
    let problem = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <BankChallenge
            id="card-challenge"
            heading=t(locale, T::ChallengeHeading).to_owned()
            question=t_with(locale, T::ChallengeBody, &[("card", &card.name(locale))])
            problem
        >
            <ActionForm action>
                <CsrfField token=csrf/>
                <input type="hidden" name="payment_method" value=card.id.clone()/>
                {make_default.then(|| view! { <input type="hidden" name="make_default" value="on"/> })}
                <ChallengeAnswers name="outcome"/>
            </ActionForm>
        </BankChallenge>
    }
}
