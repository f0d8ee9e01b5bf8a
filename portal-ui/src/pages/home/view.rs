//! The home page's components: the introduction (signed out) and the overview.

use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;
use leptos_router::components::Redirect;

use super::HomeText;
use super::model::{BillingDetails, OverviewData, PlanSummary, outstanding};
use super::server::load_overview;
use crate::components::invoice::{INVOICE_FIELD, InvoiceRow, InvoiceText, PayInvoice};
use crate::components::payment_method::SavedCard;
use crate::components::subscription::SubscriptionText;
use crate::components::{CsrfField, ProblemCard, ProblemMessage, ReturnToMerchantForm, SessionEndedCard};
use crate::flow;
use crate::i18n::{Key, Locale, format, t, t_with, use_locale};
use crate::idempotency::{FIELD as IDEMPOTENCY_FIELD, new_key};
use crate::problem::Problem;
use crate::session::{Module, SignedIn, Visitor, use_visitor};

/// The home page (`/`).
#[component]
pub fn HomePage() -> impl IntoView {
    // Loaded once by `App` (see `session`).
    let visitor = use_visitor();
    // Created here, outside the visitor's closure, which the server render runs more
    // than once (see `docs/portal-ui.md`); signed out, it answers `session_ended` and is
    // not shown.
    let overview = Resource::new(|| (), |()| load_overview());

    view! {
        <Suspense fallback=|| ()>
            {move || {
                visitor
                    .get()
                    .map(|visitor| match visitor {
                        // A deep-link flow shows only its task (see `flow`).
                        Ok(Visitor::SignedIn(session)) => match flow::guard_target(&session, "/") {
                            Some(target) => view! { <Redirect path=target/> }.into_any(),
                            None => view! { <Overview session=*session overview/> }.into_any(),
                        },
                        Ok(Visitor::Ended { return_to }) => view! { <SessionEndedCard return_to/> }.into_any(),
                        Ok(Visitor::SignedOut) => view! { <Introduction/> }.into_any(),
                        Err(problem) => view! { <ProblemCard problem/> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

/// What the portal is, for a visitor who is not signed in.
#[component]
fn Introduction() -> impl IntoView {
    let locale = use_locale();

    view! {
        <section class="card intro" aria-labelledby="home-heading">
            <h1 id="home-heading">{t(locale, Key::ProductName)}</h1>
            <p class="lead">{t(locale, Key::IntroLead)}</p>
            <p>{t(locale, Key::IntroHowToReach)}</p>
        </section>
    }
}

/// The signed-in customer's overview: plans, payment method, billing details and
/// invoices (each only when the merchant's configuration enables its module), then the
/// way back to the merchant, which ends the portal session.
#[component]
fn Overview(session: SignedIn, overview: Resource<Result<OverviewData, Problem>>) -> impl IntoView {
    let locale = use_locale();
    let has = {
        let modules = session.overview.as_ref().map(|o| o.modules.clone()).unwrap_or_default();
        move |module: Module| modules.contains(&module)
    };
    let subscription_on = has(Module::Subscription);
    let cards_on = has(Module::PaymentMethods);
    let invoices_on = has(Module::Invoices);
    let (address_on, tax_ids_on) = (has(Module::Address), has(Module::TaxIds));
    let csrf = session.csrf_token.clone();

    view! {
        <h1 id="home-heading" class="overview__heading" data-signed-in="true">
            {t(locale, HomeText::Heading)}
        </h1>
        <Suspense fallback=|| ()>
            {move || {
                let csrf = csrf.clone();
                overview
                    .get()
                    .map(|loaded| match loaded {
                        Ok(data) => {
                            let OverviewData { plans, card, billing, invoices } = data;
                            view! {
                                <div class="overview">
                                    {invoices_on
                                        .then(|| {
                                            view! {
                                                <InvoicesSection invoices csrf=csrf.clone() locale/>
                                            }
                                        })}
                                    {subscription_on.then(|| view! { <PlansSection plans locale/> })}
                                    {cards_on.then(|| view! { <CardSection card locale/> })}
                                    <BillingSection billing address_on tax_ids_on locale/>
                                </div>
                            }
                                .into_any()
                        }
                        // Under the page's heading: a message, not a second page title.
                        Err(problem) => {
                            view! {
                                <p class="message message--error" role="alert" data-problem=problem.code.clone()>
                                    {problem.message(locale)}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </Suspense>
        <section class="card overview__done" aria-labelledby="done-heading">
            <h2 id="done-heading">{t(locale, HomeText::DoneHeading)}</h2>
            <p>{t(locale, Key::SignedInHelp)}</p>
            <ReturnToMerchantForm csrf_token=session.csrf_token/>
        </section>
    }
}

/// The subscriptions that run, each with its price, status and next charge.
#[component]
fn PlansSection(plans: Vec<PlanSummary>, locale: Locale) -> impl IntoView {
    use SubscriptionText as S;
    let items = plans
        .into_iter()
        .map(|PlanSummary { row, next_charge }| {
            let when = match (next_charge, row.cancel_at_period_end) {
                (_, true) => Some((t(locale, S::EndsOn).to_owned(), row.period_end.show(locale))),
                (Some(next), false) => Some((
                    t(locale, HomeText::NextChargeLabel).to_owned(),
                    t_with(
                        locale,
                        HomeText::NextCharge,
                        &[
                            ("amount", &format::money(locale, next.money())),
                            ("date", &next.day.show(locale)),
                        ],
                    ),
                )),
                (None, false) => None,
            };
            view! {
                <li class="plan" data-subscription=row.id.clone() data-status=row.status.as_str()>
                    <p class="plan__name">{row.plan.name.clone()}</p>
                    <dl class="facts">
                        <div>
                            <dt>{t(locale, S::PriceLabel)}</dt>
                            <dd>{row.plan.price_text(locale)}</dd>
                        </div>
                        <div>
                            <dt>{t(locale, S::StatusLabel)}</dt>
                            <dd>{row.status_text(locale)}</dd>
                        </div>
                        {when
                            .map(|(label, value)| {
                                view! {
                                    <div data-next-charge="true">
                                        <dt>{label}</dt>
                                        <dd>{value}</dd>
                                    </div>
                                }
                            })}
                    </dl>
                </li>
            }
        })
        .collect_view();
    let empty = plans_empty_text(locale);
    view! {
        <section class="card overview__section overview__plans" aria-labelledby="plans-heading">
            <h2 id="plans-heading">{t(locale, Key::ModuleSubscriptionTitle)}</h2>
            <ul class="plans">{items}</ul>
            {empty}
            <p class="overview__action">
                <a href=Module::Subscription.href()>{t(locale, HomeText::ManageSubscriptions)}</a>
            </p>
        </section>
    }
}

/// Shown by CSS only when the list above it is empty (`.plans:empty + …`).
fn plans_empty_text(locale: Locale) -> impl IntoView {
    view! { <p class="overview__empty">{t(locale, SubscriptionText::NoSubscription)}</p> }
}

/// The card invoices are charged to.
#[component]
fn CardSection(card: Option<SavedCard>, locale: Locale) -> impl IntoView {
    let body = match card {
        Some(card) => view! {
            <p class="overview__card" data-card=card.id.clone()>
                <span class="visually-hidden">{t(locale, HomeText::DefaultCardLabel)} ": "</span>
                <strong>{card.name(locale)}</strong>
                " · "
                {t_with(
                    locale,
                    HomeText::CardExpires,
                    &[("date", &format::month_year(locale, card.exp_year, card.exp_month))],
                )}
            </p>
        }
        .into_any(),
        None => view! { <p class="overview__empty" data-card="none">{t(locale, HomeText::NoCard)}</p> }.into_any(),
    };
    view! {
        <section class="card overview__section" aria-labelledby="card-heading">
            <h2 id="card-heading">{t(locale, Key::ModulePaymentMethodsTitle)}</h2>
            {body}
            <p class="overview__action">
                <a href=Module::PaymentMethods.href()>{t(locale, HomeText::ManageCards)}</a>
                " · "
                <a href="/payment-methods/new">{t(locale, HomeText::AddCard)}</a>
            </p>
        </section>
    }
}

/// Who is billed: name, email, address and tax IDs.
#[component]
fn BillingSection(billing: BillingDetails, address_on: bool, tax_ids_on: bool, locale: Locale) -> impl IntoView {
    let BillingDetails {
        name,
        email,
        address,
        tax_ids,
    } = billing;
    let address_text = if address.is_empty() {
        view! { <dd class="overview__empty">{t(locale, HomeText::NoAddress)}</dd> }.into_any()
    } else {
        view! {
            <dd>
                <address data-address="true">
                    {address.into_iter().map(|line| view! { <span class="line">{line}</span> }).collect_view()}
                </address>
            </dd>
        }
        .into_any()
    };
    let tax_ids_text = if tax_ids.is_empty() {
        t(locale, HomeText::NoTaxIds).to_owned()
    } else {
        tax_ids.join(", ")
    };
    view! {
        <section class="card overview__section" aria-labelledby="billing-heading">
            <h2 id="billing-heading">{t(locale, HomeText::BillingHeading)}</h2>
            <dl class="facts facts--stacked">
                {name
                    .map(|name| {
                        view! {
                            <div>
                                <dt>{t(locale, HomeText::NameLabel)}</dt>
                                <dd>{name}</dd>
                            </div>
                        }
                    })}
                {email
                    .map(|email| {
                        view! {
                            <div>
                                <dt>{t(locale, HomeText::EmailLabel)}</dt>
                                <dd>{email}</dd>
                            </div>
                        }
                    })}
                <div>
                    <dt>{t(locale, HomeText::AddressLabel)}</dt>
                    {address_text}
                </div>
                {tax_ids_on
                    .then(|| {
                        view! {
                            <div>
                                <dt>{t(locale, HomeText::TaxIdsLabel)}</dt>
                                <dd data-tax-ids="true">{tax_ids_text}</dd>
                            </div>
                        }
                    })}
            </dl>
            <p class="overview__action">
                {address_on
                    .then(|| view! { <a href=Module::Address.href()>{t(locale, HomeText::EditAddress)}</a> })}
                {(address_on && tax_ids_on).then_some(" · ")}
                {tax_ids_on
                    .then(|| view! { <a href=Module::TaxIds.href()>{t(locale, HomeText::ManageTaxIds)}</a> })}
            </p>
        </section>
    }
}

/// The latest invoices, an unpaid one first with "Pay now" (a plain form: without
/// JavaScript and with it, the payment lands on the invoices page, which says how it
/// went; a failure comes back here with its reason).
#[component]
fn InvoicesSection(invoices: Vec<InvoiceRow>, csrf: String, locale: Locale) -> impl IntoView {
    // Rendered on the server only (no island): the action is never dispatched here; it
    // holds the failure a "Pay now" post came back with (`?__path=…&__err=…`).
    let pay = ServerAction::<PayInvoice>::new();
    let problem = Signal::derive(move || pay.value().get().and_then(Result::err));
    let due = outstanding(&invoices).map(|row| {
        let amount = format::money(locale, paylera_shared::money::Money::new(row.total, row.currency));
        view! {
            <div class="overview__outstanding" role="group" aria-labelledby="outstanding-text" data-invoice=row.id.clone()>
                <p id="outstanding-text">
                    {t_with(locale, HomeText::Outstanding, &[("number", row.label()), ("amount", &amount)])}
                </p>
                <form method="post" action=PayInvoice::url()>
                    <CsrfField token=csrf/>
                    <input type="hidden" name=IDEMPOTENCY_FIELD value=new_key()/>
                    <input type="hidden" name=INVOICE_FIELD value=row.id.clone()/>
                    <button type="submit" class="button">{t(locale, HomeText::PayNow)}</button>
                </form>
            </div>
        }
    });
    let rows = invoices
        .iter()
        .map(|row| {
            let issued = format::date(
                locale,
                chrono::Datelike::year(&row.issued),
                chrono::Datelike::month(&row.issued),
                chrono::Datelike::day(&row.issued),
            );
            let amount = format::money(locale, paylera_shared::money::Money::new(row.total, row.currency));
            view! {
                <li data-invoice=row.id.clone() data-state=row.state.as_str()>
                    {row
                        .finalized
                        .then(|| {
                            view! {
                                <a href=row.pdf_href(locale) download="">
                                    {t_with(locale, InvoiceText::DownloadPdf, &[("number", row.label())])}
                                </a>
                            }
                        })}
                    <span class="invoice-line__meta">{issued} " · " {amount} " · "</span>
                    <span class=format!("badge invoices__state invoices__state--{}", row.state.as_str())>
                        {t(locale, row.state.text())}
                    </span>
                </li>
            }
        })
        .collect_view();
    let empty = invoices.is_empty().then(|| {
        view! { <p class="overview__empty">{t(locale, InvoiceText::Empty)}</p> }
    });
    view! {
        <section class="card overview__section overview__invoices" aria-labelledby="invoices-heading">
            <h2 id="invoices-heading">{t(locale, Key::ModuleInvoicesTitle)}</h2>
            <ProblemMessage problem/>
            {due}
            {empty}
            <ul class="invoice-lines" aria-label=t(locale, HomeText::LatestInvoices)>{rows}</ul>
            <p class="overview__action">
                <a href=Module::Invoices.href()>{t(locale, HomeText::AllInvoices)}</a>
            </p>
        </section>
    }
}

/// The overview's sections as they would show `data` under `config`, for the
/// dashboard's live preview of a configuration (its forms are never posted there).
#[cfg(feature = "ssr")]
pub fn preview_sections(
    config: &paylera_shared::portal::PortalConfiguration,
    data: OverviewData,
    locale: Locale,
) -> AnyView {
    let OverviewData {
        plans: _,
        card,
        billing,
        invoices,
    } = data;
    let (address_on, tax_ids_on) = (config.address_update_enabled, config.tax_id_update_enabled);
    view! {
        <div class="overview">
            {config
                .invoice_history_enabled
                .then(|| view! { <InvoicesSection invoices csrf=String::new() locale/> })}
            {config.payment_method_update_enabled.then(|| view! { <CardSection card locale/> })}
            <BillingSection billing address_on tax_ids_on locale/>
        </div>
    }
    .into_any()
}
