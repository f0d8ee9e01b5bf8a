//! The list of saved cards (`/payment-methods`), with the removal's confirmation step.

use leptos::prelude::*;
use leptos::web_sys::HtmlElement;
use leptos_router::{NavigateOptions, hooks::use_navigate, hooks::use_query_map};

use super::model::{ADD_PATH, Done, LIST_PATH, Wallet, challenge_location};
use super::server::{MakeDefaultCard, RemoveCard, load_wallet};
use crate::components::payment_method::{PaymentMethodsText, SavedCard};
use crate::components::{CsrfField, ModulePage, ProblemMessage, StatusMessage, done_param};
use crate::i18n::{Key, format, t, t_with, use_locale};
use crate::problem::Problem;
use crate::session::{Module, SignedIn};

use PaymentMethodsText as T;

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
pub(super) fn focus(element: Option<impl AsRef<HtmlElement>>) {
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
