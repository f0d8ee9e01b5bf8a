//! The payment methods module: the customer's saved cards (`/payment-methods`) and
//! adding one (`/payment-methods/new`), built like every module page (see
//! `docs/portal-ui.md`).
//!
//! - **The list** shows each card's brand, last four digits, localized expiry and a
//!   "Default" badge, with "Make … the default" (`POST /v1/customers/{id}` with
//!   `invoice_settings.default_payment_method`) and "Remove …". Removing takes two
//!   steps that work without JavaScript: the "Remove" link is a `GET` of
//!   `/payment-methods?remove=pm_…`, which shows what removing means and the form that
//!   does it (`POST /v1/payment_methods/{id}/detach`).
//! - **The last-payment-method rule** (README, "Rules"): the API refuses to detach the
//!   last usable card of a customer with a live subscription (`last_payment_method`)
//!   unless the merchant's billing settings allow it (the session's configuration, which
//!   the page already has, says which: `allow_detach_last_payment_method`). Where the
//!   rule applies, the list does not offer "Remove" on that card and says why and how
//!   to replace it; the confirmation step (reachable by an old link) says it again, and
//!   the API's refusal, if it comes, is shown there. Where the merchant allows it, the
//!   step warns that no card will be left to pay with.
//! - **Adding a card** posts the number, expiry and CVC once (`POST /v1/payment_methods`
//!   with the customer, which attaches it); hydrated, [`card_check`] checks the fields
//!   first. A card the bank must confirm (3-D Secure) comes back
//!   `requires_authentication`: the page then shows the simulated bank challenge
//!   (`?challenge=pm_…`), whose answer goes to `POST /v1/payment_methods/{id}/authenticate`.
//! - A card number or a CVC is never echoed: a failed add gives back only the expiry and
//!   the "default" choice ([`Problem::with_form`]); the number and CVC fields never get a
//!   `value` from the server.
//! - After success the customer lands on `/payment-methods?done=…` ([`Done`]): without
//!   JavaScript through `after_form_post`, hydrated by client-side navigation to the
//!   location the server function answered (the list actions refetch the list in place).

mod card_check;
pub(crate) mod texts;

use leptos::form::FromFormData as _;
use leptos::prelude::*;
use leptos::server_fn::{ServerFn as _, codec::GetUrl};
use leptos::web_sys::HtmlElement;
use leptos_router::{NavigateOptions, hooks::use_navigate, hooks::use_query_map};
use serde::{Deserialize, Serialize};

use crate::i18n::{Key, Locale, format, t, t_with, use_locale};
use crate::pages::challenge::{BankChallenge, ChallengeAnswers};
use crate::pages::layout::{CsrfField, ModulePage, ProblemMessage, StatusMessage, done_param};
use crate::problem::Problem;
use crate::session::{FlowKind, Module, SignedIn};
use card_check::params;
pub use texts::PaymentMethodsText;

use PaymentMethodsText as T;

/// The list page.
const LIST_PATH: &str = "/payment-methods";
/// The add-card page.
const ADD_PATH: &str = "/payment-methods/new";
/// The API's status of a card waiting for the customer's bank (3-D Secure).
#[cfg(feature = "ssr")]
const REQUIRES_AUTHENTICATION: paylera_shared::payment_method::PaymentMethodStatus =
    paylera_shared::payment_method::PaymentMethodStatus::RequiresAuthentication;

/// One saved card, as the pages show it (never more than the API keeps: brand, last
/// four digits, expiry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedCard {
    /// `pm_…`.
    pub id: String,
    /// The API's brand (`visa`, `amex`, … or `unknown`).
    pub brand: String,
    pub last4: String,
    pub exp_month: u32,
    pub exp_year: i32,
    /// The customer's default payment method.
    pub is_default: bool,
    /// Attached, but the customer's bank has not confirmed it yet
    /// (`requires_authentication`): it can be neither charged nor the default.
    pub awaiting_bank: bool,
}

impl SavedCard {
    /// "Visa ending 4242", in `locale`.
    pub fn name(&self, locale: Locale) -> String {
        let brand = brand_name(&self.brand).unwrap_or_else(|| t(locale, T::UnknownBrand));
        t_with(locale, T::CardName, &[("brand", brand), ("last4", &self.last4)])
    }

    /// Whether the card can pay (its bank has confirmed it).
    pub fn usable(&self) -> bool {
        !self.awaiting_bank
    }
}

/// A card network's own name (the same in every language); `None` for `unknown`.
fn brand_name(brand: &str) -> Option<&'static str> {
    Some(match brand {
        "visa" => "Visa",
        "mastercard" => "Mastercard",
        "amex" => "American Express",
        "discover" => "Discover",
        "diners" => "Diners Club",
        "jcb" => "JCB",
        "unionpay" => "UnionPay",
        _ => return None,
    })
}

/// The customer's cards (newest first) and what the last-payment-method rule needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wallet {
    pub cards: Vec<SavedCard>,
    /// Whether the customer has a subscription that is not canceled.
    pub has_live_subscription: bool,
}

impl Wallet {
    /// Whether `card` is the only usable card while a subscription needs one and the
    /// merchant's rule (`last_card_removable`, from the session's configuration) does
    /// not allow removing it: the API refuses (`last_payment_method`).
    pub fn keeps_subscription_paid(&self, card: &SavedCard, last_card_removable: bool) -> bool {
        !last_card_removable
            && card.usable()
            && self.has_live_subscription
            && !self.cards.iter().any(|c| c.usable() && c.id != card.id)
    }

    /// The card the API makes the default when the default `card` is removed: the most
    /// recently added other usable card (the list is newest first).
    pub fn next_default_without(&self, card: &SavedCard) -> Option<&SavedCard> {
        if !card.is_default {
            return None;
        }
        self.cards.iter().find(|c| c.usable() && c.id != card.id)
    }

    /// Whether no usable card would be left once `card` is removed.
    pub fn none_left_without(&self, card: &SavedCard) -> bool {
        !self.cards.iter().any(|c| c.usable() && c.id != card.id)
    }
}

/// What a successful action did: the `?done=` of the list page and its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Done {
    CardAdded,
    CardAddedDefault,
    DefaultChanged,
    CardRemoved,
}

impl Done {
    const ALL: [Done; 4] = [
        Self::CardAdded,
        Self::CardAddedDefault,
        Self::DefaultChanged,
        Self::CardRemoved,
    ];

    /// The value of `?done=`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CardAdded => "card_added",
            Self::CardAddedDefault => "card_added_default",
            Self::DefaultChanged => "default_changed",
            Self::CardRemoved => "card_removed",
        }
    }

    /// The [`Done`] named by `?done=`.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|done| done.as_str() == value)
    }

    /// The list page saying so.
    pub fn location(self) -> String {
        format!("{LIST_PATH}?done={}", self.as_str())
    }

    fn text(self) -> PaymentMethodsText {
        match self {
            Self::CardAdded => T::DoneCardAdded,
            Self::CardAddedDefault => T::DoneCardAddedDefault,
            Self::DefaultChanged => T::DoneDefaultChanged,
            Self::CardRemoved => T::DoneCardRemoved,
        }
    }
}

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
            .map(|method| SavedCard {
                is_default: default.as_ref() == Some(&method.id),
                awaiting_bank: method.status == REQUIRES_AUTHENTICATION,
                id: method.id.to_string(),
                brand: method.card.brand,
                last4: method.card.last4,
                exp_month: method.card.exp_month,
                exp_year: method.card.exp_year,
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
            Ok(Some(SavedCard {
                id: method.id.to_string(),
                brand: method.card.brand,
                last4: method.card.last4,
                exp_month: method.card.exp_month,
                exp_year: method.card.exp_year,
                is_default: false,
                awaiting_bank: true,
            }))
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
    if crate::pages::flow::complete_task(FlowKind::PaymentMethodUpdate).await? {
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

/// The add-card page at the bank's challenge for card `id`.
fn challenge_location(id: &str, make_default: bool) -> String {
    let default = if make_default { "&default=on" } else { "" };
    format!("{ADD_PATH}?challenge={id}{default}")
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn card(id: &str, is_default: bool, awaiting_bank: bool) -> SavedCard {
        SavedCard {
            id: id.to_owned(),
            brand: "visa".to_owned(),
            last4: "4242".to_owned(),
            exp_month: 12,
            exp_year: 2034,
            is_default,
            awaiting_bank,
        }
    }

    #[test]
    fn the_only_usable_card_keeps_a_live_subscription_paid() {
        let wallet = Wallet {
            cards: vec![card("pm_new", false, true), card("pm_old", true, false)],
            has_live_subscription: true,
        };
        assert!(wallet.keeps_subscription_paid(&wallet.cards[1], false));
        // A card the bank has not confirmed can always go.
        assert!(!wallet.keeps_subscription_paid(&wallet.cards[0], false));
        let without_subscription = Wallet {
            has_live_subscription: false,
            ..wallet.clone()
        };
        assert!(!without_subscription.keeps_subscription_paid(&wallet.cards[1], false));
        // The merchant allows removing the last card.
        assert!(!wallet.keeps_subscription_paid(&wallet.cards[1], true));
    }

    #[test]
    fn removing_the_default_promotes_the_newest_other_usable_card() {
        let wallet = Wallet {
            cards: vec![
                card("pm_3", false, true),
                card("pm_2", false, false),
                card("pm_1", true, false),
            ],
            has_live_subscription: true,
        };
        assert_eq!(
            wallet.next_default_without(&wallet.cards[2]).map(|c| c.id.as_str()),
            Some("pm_2")
        );
        assert_eq!(wallet.next_default_without(&wallet.cards[1]), None);
        assert!(!wallet.none_left_without(&wallet.cards[2]));
    }

    #[test]
    fn a_card_is_named_by_brand_and_last_digits() {
        assert_eq!(card("pm_1", false, false).name(Locale::En), "Visa ending 4242");
        let unknown = SavedCard {
            brand: "unknown".to_owned(),
            ..card("pm_1", false, false)
        };
        assert_eq!(unknown.name(Locale::Fr), "Carte se terminant par 4242");
    }

    #[test]
    fn done_round_trips_through_the_query() {
        for done in Done::ALL {
            assert_eq!(Done::parse(done.as_str()), Some(done));
            assert!(done.location().ends_with(done.as_str()));
        }
        assert_eq!(Done::parse("nonsense"), None);
    }
}
