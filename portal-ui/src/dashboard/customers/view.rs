//! The customers' pages: the list with its search, and one customer's billing.

use axum::response::Html;
use leptos::prelude::*;
use paylera_shared::{List, customer::Customer, money::Money};

use super::{Billing, Opened};
use crate::components::{invoice::InvoiceState, subscription::status_text};
use crate::dashboard::{
    layout::{self, Frame, Listing, Nav, table, when},
    member::Member,
    sessions,
    texts::DashboardText as D,
};
use crate::i18n::{format, t, t_with};
use crate::server::csrf::mask;

/// The name a customer goes by on these pages: name, else email, else id.
pub fn label(customer: &Customer) -> String {
    customer
        .name
        .clone()
        .filter(|name| !name.trim().is_empty())
        .or_else(|| customer.email.clone())
        .unwrap_or_else(|| customer.id.to_string())
}

/// `GET /customers`.
pub fn list(member: &Member, query: &str, customers: List<Customer>) -> Html<String> {
    let locale = member.locale;
    let query = query.to_owned();
    let next = layout::next_href(
        "/customers",
        &[("q", query.as_str())],
        customers.has_more,
        customers.data.last().map(|last| last.id.to_string()),
    );
    let empty = customers.data.is_empty();
    let rows = customers
        .data
        .into_iter()
        .map(|customer| {
            let href = format!("/customers/{}", customer.id);
            view! {
                <tr data-customer=customer.id.to_string()>
                    <td>
                        <a href=href>{label(&customer)}</a>
                    </td>
                    <td>{customer.email.clone().unwrap_or_default()}</td>
                    <td>{when(locale, customer.created)}</td>
                </tr>
            }
        })
        .collect_view();
    let form = view! {
        <label for="q">{t(locale, D::CustomerSearchLabel)}</label>
        <input id="q" name="q" type="search" value=query maxlength="254"/>
        <button type="submit" class="button">{t(locale, D::CustomerSearch)}</button>
    };
    layout::listing(
        member,
        Listing {
            nav: Nav::Customers,
            title: D::NavCustomers,
            lead: D::CustomersLead,
            path: "/customers",
            form: form.into_any(),
            none: D::CustomersNone,
            empty,
            table: table(
                locale,
                "card customers",
                &[Some(D::NameColumn), Some(D::EmailColumn), Some(D::CreatedColumn)],
                rows.into_any(),
            ),
            next,
        },
    )
}

/// `GET /customers/{id}` (and the answer to "Open portal as this customer").
pub fn customer(member: &Member, billing: Billing, opened: Option<Opened>) -> Html<String> {
    let locale = member.locale;
    let Billing {
        customer,
        subscriptions,
        prices,
        invoices,
        cards,
        sessions: portal_sessions,
    } = billing;
    let name = label(&customer);
    let path = format!("/customers/{}", customer.id);
    let csrf = mask(&member.csrf);
    let writable = member.can_write();
    let plan_of = move |price: &paylera_shared::ids::PriceId| {
        prices
            .iter()
            .find(|candidate| &candidate.id == price)
            .map(|price| {
                let amount = format::money(locale, Money::new(price.unit_amount, price.currency));
                match &price.nickname {
                    Some(nickname) => format!("{nickname} · {amount}"),
                    None => amount,
                }
            })
            .unwrap_or_else(|| price.to_string())
    };
    let subscription_rows = subscriptions
        .iter()
        .map(|subscription| {
            view! {
                <tr data-subscription=subscription.id.to_string()>
                    <td>{plan_of(&subscription.price)}</td>
                    <td>{status_text(locale, subscription.status)}</td>
                    <td>{when(locale, subscription.current_period_end)}</td>
                </tr>
            }
        })
        .collect_view();
    let invoice_rows = invoices
        .iter()
        .map(|invoice| {
            let state = InvoiceState::of(invoice.status, invoice.attempt_count);
            view! {
                <tr data-invoice=invoice.id.to_string() data-state=state.as_str()>
                    <td>{invoice.number.clone().unwrap_or_else(|| invoice.id.to_string())}</td>
                    <td>{t(locale, state.text())}</td>
                    <td>{format::money(locale, Money::new(invoice.total, invoice.currency))}</td>
                    <td>{when(locale, invoice.created)}</td>
                </tr>
            }
        })
        .collect_view();
    let default_card = customer.invoice_settings.default_payment_method.clone();
    let card_rows = cards
        .iter()
        .map(|card| {
            let brand = format::card_brand(&card.card.brand).unwrap_or("Card");
            let is_default = default_card.as_ref() == Some(&card.id);
            view! {
                <tr data-payment-method=card.id.to_string()>
                    <td>
                        {format!("{brand} •••• {}", card.card.last4)}
                        {is_default.then(|| view! { " " <span class="badge">{t(locale, D::DefaultBadge)}</span> })}
                    </td>
                    <td>{format!("{:02}/{}", card.card.exp_month, card.card.exp_year)}</td>
                </tr>
            }
        })
        .collect_view();
    let tax_rows = customer
        .tax_ids
        .iter()
        .map(|tax_id| {
            view! {
                <tr>
                    <td>
                        <code>{tax_id.kind.clone()}</code>
                    </td>
                    <td>{tax_id.value.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let address = customer.address.as_ref().map(|address| {
        [
            address.line1.clone(),
            address.line2.clone(),
            address.postal_code.clone(),
            address.city.clone(),
            address.state.clone(),
            Some(address.country.clone()),
        ]
        .into_iter()
        .flatten()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    });
    // A balance is in the currency the customer is billed in: their latest invoice's
    // (a customer never invoiced has no balance to show).
    let balance = invoices
        .first()
        .filter(|_| customer.credit_balance != 0)
        .map(|invoice| format::money(locale, Money::new(customer.credit_balance, invoice.currency)));
    let handoff = opened.map(|opened| match opened {
        Opened::Link { session, url } => view! {
            <section class="card secret" aria-labelledby="portal-link-heading" data-portal-session=session>
                <h2 id="portal-link-heading">{t_with(locale, D::PortalLinkReady, &[("name", &name)])}</h2>
                <p>
                    <a class="button" href=url rel="noreferrer noopener" target="_blank" data-portal-link="true">
                        {t(locale, D::OpenPortalLink)}
                    </a>
                </p>
                <p class="field__hint">{t(locale, D::PortalLinkHint)}</p>
            </section>
        }
        .into_any(),
        Opened::Refused(message) => view! {
            <p class="card field__error" role="alert" id="open-portal-error">{message}</p>
        }
        .into_any(),
    });
    let open_form = writable.then(|| {
        view! {
            <form method="post" action=format!("{path}/portal") class="card stack" aria-labelledby="open-portal-heading">
                <h2 id="open-portal-heading">{t(locale, D::OpenPortalHeading)}</h2>
                <p>{t(locale, D::OpenPortalLead)}</p>
                <input type="hidden" name="csrf" value=csrf.clone()/>
                <input type="hidden" name=crate::idempotency::FIELD value=crate::idempotency::new_key()/>
                <button type="submit" class="button">{t(locale, D::OpenPortal)}</button>
            </form>
        }
    });
    // A section with nothing to list says so instead of drawing an empty table.
    let listed = move |empty: bool, table: AnyView| {
        if empty {
            view! { <p>{t(locale, D::NoneYet)}</p> }.into_any()
        } else {
            table
        }
    };
    let (no_subscriptions, no_invoices, no_cards, no_tax_ids, no_sessions) = (
        subscriptions.is_empty(),
        invoices.is_empty(),
        cards.is_empty(),
        customer.tax_ids.is_empty(),
        portal_sessions.is_empty(),
    );
    let session_rows = sessions::rows(locale, portal_sessions, false);
    let id = customer.id.to_string();
    let email = customer.email.clone().unwrap_or_default();
    layout::page(
        Frame {
            locale,
            title: name.clone(),
            nav: Nav::Customers,
            member: Some(member),
            csrf: Some(&member.csrf),
            path: &path,
        },
        move || {
            view! {
                <p>
                    <a href="/customers">{t(locale, D::AllCustomers)}</a>
                </p>
                <h1>{name.clone()}</h1>
                <dl class="card facts">
                    <dt>{t(locale, D::EmailColumn)}</dt>
                    <dd>{email}</dd>
                    <dt>{t(locale, D::CustomerIdLabel)}</dt>
                    <dd>
                        <code>{id}</code>
                    </dd>
                    {address.map(|address| view! {
                        <dt>{t(locale, D::BillingAddressLabel)}</dt>
                        <dd>{address}</dd>
                    })}
                    {balance.map(|balance| view! {
                        <dt>{t(locale, D::CreditBalanceLabel)}</dt>
                        <dd>{balance}</dd>
                    })}
                </dl>
                {handoff}
                {open_form}
                <section aria-labelledby="subscriptions-heading">
                    <h2 id="subscriptions-heading">{t(locale, D::SubscriptionsHeading)}</h2>
                    {listed(
                        no_subscriptions,
                        table(
                        locale,
                        "card subscriptions",
                        &[Some(D::PlanColumn), Some(D::StatusColumn), Some(D::PeriodEndColumn)],
                        subscription_rows.into_any(),
                    ))}
                </section>
                <section aria-labelledby="invoices-heading">
                    <h2 id="invoices-heading">{t(locale, D::InvoicesHeading)}</h2>
                    {listed(
                        no_invoices,
                        table(
                        locale,
                        "card invoices",
                        &[Some(D::NumberColumn), Some(D::StatusColumn), Some(D::TotalColumn), Some(D::CreatedColumn)],
                        invoice_rows.into_any(),
                    ))}
                </section>
                <section aria-labelledby="cards-heading">
                    <h2 id="cards-heading">{t(locale, D::PaymentMethodsHeading)}</h2>
                    {listed(
                        no_cards,
                        table(locale, "card cards", &[Some(D::CardColumn), Some(D::ExpiresColumn)], card_rows.into_any()))}
                </section>
                <section aria-labelledby="tax-ids-heading">
                    <h2 id="tax-ids-heading">{t(locale, D::TaxIdsHeading)}</h2>
                    {listed(
                        no_tax_ids,
                        table(locale, "card tax-ids", &[Some(D::TypeColumn), Some(D::ValueColumn)], tax_rows.into_any()))}
                </section>
                <section aria-labelledby="sessions-heading">
                    <h2 id="sessions-heading">{t(locale, D::NavPortalSessions)}</h2>
                    {listed(no_sessions, session_rows)}
                </section>
            }
            .into_any()
        },
    )
}
