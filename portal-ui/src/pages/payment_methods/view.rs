//! The payment methods pages: the list (`/payment-methods`, with the removal's
//! confirmation step) and adding a card (`/payment-methods/new`, with the bank's
//! challenge).

use leptos::form::FromFormData as _;
use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos::web_sys::HtmlElement;
use leptos_router::{NavigateOptions, hooks::use_navigate, hooks::use_query_map};

use super::PaymentMethodsText;
use super::card_check::{self, params};
use super::model::{ADD_PATH, Done, LIST_PATH, SavedCard, Wallet, challenge_location};
use super::server::{AddCard, AnswerChallenge, MakeDefaultCard, RemoveCard, load_challenge, load_wallet};
use crate::components::{
    BankChallenge, ChallengeAnswers, CsrfField, ModulePage, ProblemMessage, StatusMessage, done_param,
};
use crate::i18n::{Key, format, t, t_with, use_locale};
use crate::problem::Problem;
use crate::session::{FlowKind, Module, SignedIn};

use PaymentMethodsText as T;

/// Client-side navigation to `location`, replacing the current entry (hydrated only:
/// effects never run on the server). Nowhere for an empty `location`: a deep-link flow
/// ended and its redirect is already loading the next page.
fn go_to(location: &str) {
    if location.is_empty() {
        return;
    }
    use_navigate()(
        location,
        NavigateOptions {
            replace: true,
            ..Default::default()
        },
    );
}

/// `/payment-methods`: the saved cards, or the confirmation step of removing one.
#[component]
pub fn PaymentMethodsPage() -> impl IntoView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let make_default = ServerAction::<MakeDefaultCard>::new();
    let remove = ServerAction::<RemoveCard>::new();
    let wallet = Resource::new(
        move || (make_default.version().get(), remove.version().get()),
        |_| load_wallet(),
    );
    view! {
        <ModulePage module=Module::PaymentMethods let:signed_in>
            <CardsSection signed_in make_default remove wallet/>
        </ModulePage>
    }
}

#[component]
fn CardsSection(
    signed_in: SignedIn,
    make_default: ServerAction<MakeDefaultCard>,
    remove: ServerAction<RemoveCard>,
    wallet: Resource<Result<Wallet, Problem>>,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let removing = Memo::new(move |_| query.read().get("remove"));
    let done = done_param();
    let status = RwSignal::new(done.get_untracked().as_deref().and_then(Done::parse));
    let heading = NodeRef::<leptos::html::H1>::new();
    let navigate = use_navigate();

    // Hydrated: the outcome of an action in place, the focus kept on the page.
    Effect::new(move |_| {
        if let Some(Ok(done)) = make_default.value().get() {
            status.set(Some(done));
            focus(heading.get_untracked());
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(done)) = remove.value().get() {
            status.set(Some(done));
            navigate(
                LIST_PATH,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
            focus(heading.get_untracked());
        }
    });

    let last_card_removable = signed_in
        .overview
        .as_ref()
        .and_then(|overview| overview.config.allow_detach_last_payment_method)
        // Not said: the API protects the last card.
        .unwrap_or(false);
    let csrf = signed_in.csrf_token;
    view! {
        <h1 id="payment-methods-heading" tabindex="-1" node_ref=heading>
            {t(locale, Key::ModulePaymentMethodsTitle)}
        </h1>
        <StatusMessage text=Signal::derive(move || status.get().map(|done| t(locale, done.text()).to_owned()))/>
        <Transition fallback=|| ()>
            {move || {
                let csrf = csrf.clone();
                wallet
                    .get()
                    .map(move |loaded| match loaded {
                        Err(problem) => view! { <ProblemMessage problem=Some(problem)/> }.into_any(),
                        Ok(wallet) => {
                            let confirming = removing
                                .get()
                                .and_then(|id| wallet.cards.iter().find(|card| card.id == id).cloned());
                            match confirming {
                                Some(card) => {
                                    view! { <RemoveStep wallet card last_card_removable action=remove csrf/> }
                                        .into_any()
                                }
                                None => {
                                    view! { <CardList wallet last_card_removable action=make_default csrf/> }
                                        .into_any()
                                }
                            }
                        }
                    })
            }}
        </Transition>
    }
}

/// Moves the keyboard focus to `element` (an element with `tabindex="-1"`).
fn focus(element: Option<impl AsRef<HtmlElement>>) {
    if let Some(element) = element {
        let _ = element.as_ref().focus();
    }
}

/// The saved cards, each with its actions, and "Add a card".
#[component]
fn CardList(
    wallet: Wallet,
    last_card_removable: bool,
    action: ServerAction<MakeDefaultCard>,
    csrf: String,
) -> impl IntoView {
    let locale = use_locale();
    let problem = Signal::derive(move || action.value().get().and_then(Result::err));
    let cards = wallet.cards.clone();
    view! {
        <section class="card" aria-labelledby="cards-heading" data-payment-methods="true">
            <h2 id="cards-heading">{t(locale, T::CardsHeading)}</h2>
            <ProblemMessage problem/>
            <p>{t(locale, T::Intro)}</p>
            {cards.is_empty().then(|| view! { <p>{t(locale, T::NoCards)}</p> })}
            <ul class="pm-list">
                {cards
                    .into_iter()
                    .map(|card| {
                        let protected = wallet.keeps_subscription_paid(&card, last_card_removable);
                        view! { <CardItem card protected action csrf=csrf.clone()/> }
                    })
                    .collect_view()}
            </ul>
            <p>
                <a class="button" href=ADD_PATH>{t(locale, T::AddCard)}</a>
            </p>
        </section>
    }
}

/// One saved card: name, expiry, badges, and what can be done with it.
#[component]
fn CardItem(card: SavedCard, protected: bool, action: ServerAction<MakeDefaultCard>, csrf: String) -> impl IntoView {
    let locale = use_locale();
    let name = card.name(locale);
    let expires = t_with(
        locale,
        T::Expires,
        &[("date", &format::month_year(locale, card.exp_year, card.exp_month))],
    );
    let can_be_default = card.usable() && !card.is_default;
    let remove_href = format!("{LIST_PATH}?remove={}", card.id);
    let make_default_label = t_with(locale, T::MakeDefault, &[("card", &name)]);
    let remove_label = t_with(locale, T::Remove, &[("card", &name)]);
    let id = card.id.clone();
    view! {
        <li class="pm-card" data-payment-method=card.id.clone() data-default=card.is_default.to_string()>
            <p class="pm-card__summary">
                <span class="pm-card__name">{name.clone()}</span>
                {card.is_default.then(|| view! { <span class="badge">{t(locale, T::DefaultBadge)}</span> })}
                {card
                    .awaiting_bank
                    .then(|| view! { <span class="badge badge--warning">{t(locale, T::AwaitingBankBadge)}</span> })}
                <span class="pm-card__expiry">{expires}</span>
            </p>
            {protected.then(|| view! { <p class="pm-card__note" data-last-card="true">{t(locale, T::ProtectedNote)}</p> })}
            {card
                .awaiting_bank
                .then(|| {
                    let href = challenge_location(&card.id, false);
                    let label = t_with(locale, T::ConfirmWithBank, &[("card", &name)]);
                    view! {
                        <p class="pm-card__note">{t(locale, T::AwaitingBankNote)}</p>
                        <p>
                            <a href=href>{label}</a>
                        </p>
                    }
                })}
            <div class="actions">
                {can_be_default
                    .then(|| {
                        view! {
                            <ActionForm action>
                                <CsrfField token=csrf/>
                                <input type="hidden" name="payment_method" value=id/>
                                <button type="submit" class="button button--secondary">{make_default_label}</button>
                            </ActionForm>
                        }
                    })}
                {(!protected)
                    .then(|| {
                        view! {
                            <a class="button button--secondary" href=remove_href>{remove_label}</a>
                        }
                    })}
            </div>
        </li>
    }
}

/// The confirmation step of removing `card`: what it means, then the form.
#[component]
fn RemoveStep(
    wallet: Wallet,
    card: SavedCard,
    last_card_removable: bool,
    action: ServerAction<RemoveCard>,
    csrf: String,
) -> impl IntoView {
    let locale = use_locale();
    let name = card.name(locale);
    let problem = Signal::derive(move || action.value().get().and_then(Result::err));
    let heading = NodeRef::<leptos::html::H2>::new();
    // Hydrated, the step replaces the list in place: the focus follows it.
    Effect::new(move |_| focus(heading.get()));
    let next_default = wallet
        .next_default_without(&card)
        .map(|next| t_with(locale, T::RemoveNextDefault, &[("card", &next.name(locale))]));
    let none_left = wallet.none_left_without(&card) && card.usable();
    let protected = wallet.keeps_subscription_paid(&card, last_card_removable);
    view! {
        <section class="card" aria-labelledby="remove-heading" data-remove-step="true">
            <h2 id="remove-heading" tabindex="-1" node_ref=heading>
                {t_with(locale, T::RemoveHeading, &[("card", &name)])}
            </h2>
            <p>{t(locale, T::RemoveBody)}</p>
            {next_default.map(|text| view! { <p>{text}</p> })}
            {(none_left && !protected).then(|| view! { <p>{t(locale, T::RemoveNoneLeft)}</p> })}
            {protected
                .then(|| {
                    view! {
                        <p class="message message--warning" data-last-card="true">{t(locale, T::ProtectedNote)}</p>
                    }
                })}
            <ProblemMessage problem/>
            <ActionForm action>
                <CsrfField token=csrf/>
                <input type="hidden" name="payment_method" value=card.id.clone()/>
                <div class="actions">
                    <button type="submit" class="button button--danger">
                        {t_with(locale, T::Remove, &[("card", &name)])}
                    </button>
                    <a class="button button--secondary" href=LIST_PATH>{t(locale, T::KeepCard)}</a>
                </div>
            </ActionForm>
        </section>
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
    let add = ServerAction::<AddCard>::new();
    let query = use_query_map();
    let default_asked = Memo::new(move |_| query.read().get("default").is_some());

    // Hydrated: follow the server function's answer without reloading the page.
    Effect::new(move |_| {
        if let Some(Ok(next)) = add.value().get() {
            go_to(&next);
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(next)) = answer.value().get() {
            go_to(&next);
        }
    });

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
                        Ok(None) => view! { <CardForm add answer default_asked csrf/> }.into_any(),
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

/// The card form: a plain `POST` to `add_card` without JavaScript; hydrated, the fields
/// are checked first ([`card_check`]) and the form is sent with `fetch`.
#[component]
fn CardForm(
    add: ServerAction<AddCard>,
    answer: ServerAction<AnswerChallenge>,
    default_asked: Memo<bool>,
    csrf: String,
) -> impl IntoView {
    let locale = use_locale();
    // The last failure of adding the card, or of the bank's challenge before it.
    let server_problem = Signal::derive(move || {
        add.value()
            .get()
            .and_then(Result::err)
            .or_else(|| answer.value().get().and_then(Result::err))
    });
    let client_problems = RwSignal::new(Vec::<Problem>::new());
    let echo = move |field: &str| {
        server_problem
            .get()
            .and_then(|p| p.form_value(field).map(str::to_owned))
    };
    let make_default_checked = move || match server_problem.get() {
        Some(problem) if !problem.form.is_empty() => problem.form_value("make_default") == Some("on"),
        _ => default_asked.get(),
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
        answer.value().set(None);
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
/// refuse, as the customer's bank would ask. Hydrated, the step replaces the form in
/// place, so the focus moves to it.
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
            focus_when_shown=true
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
