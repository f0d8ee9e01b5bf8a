//! The live preview of a portal configuration: the portal's own components (the
//! subscription card, the overview's sections, the portal's stylesheet and brand
//! colours) rendered with sample data, so what the merchant sees is what the portal
//! will draw. The page is framed by the settings page (`frame-ancestors 'self'`) and is
//! inert: nothing in it can be clicked or posted.

use chrono::{Datelike as _, NaiveDate, Utc};
use leptos::prelude::*;
use paylera_shared::{money::Currency, portal::PortalConfiguration, subscription::SubscriptionStatus};

use crate::components::invoice::{InvoiceRow, InvoiceState};
use crate::components::payment_method::SavedCard;
use crate::components::subscription::{Day, Plan, SubscriptionRow};
use crate::i18n::{Key, Locale, t};
use crate::pages::home::{BillingDetails, HomeText, OverviewData, preview_sections};
use crate::pages::subscription::preview_card;

/// The whole preview document.
pub fn document(
    config: &PortalConfiguration,
    tenant_name: &str,
    locale: Locale,
    stylesheet: &str,
    nonce: &str,
) -> String {
    let text_color = paylera_shared::portal::color::text_color_on(&config.accent_color.to_ascii_uppercase());
    let brand_style = is_colour(&config.accent_color)
        .then(|| format!(":root{{--accent:{};--accent-text:{text_color}}}", config.accent_color));
    let name = config.business_name.clone().unwrap_or_else(|| tenant_name.to_owned());
    let initial = name.chars().next().unwrap_or('P').to_string();
    let logo = config.logo_src();
    let headline = config.business_headline.clone();
    let (row, data) = (sample_subscription(), sample_overview());
    let config = config.clone();
    let stylesheet = stylesheet.to_owned();
    let nonce = nonce.to_owned();
    let html = Owner::new().with(|| {
        provide_context(locale);
        let card = config
            .subscription_update_enabled
            .then_some(())
            .or(config.subscription_cancel_enabled.then_some(()))
            .or(config.subscription_pause_enabled.then_some(()));
        let card = card.map(|()| preview_card(row, config.clone()));
        view! {
            <html lang=locale.tag() dir=locale.is_rtl().then_some("rtl")>
                <head>
                    <meta charset="utf-8"/>
                    <meta name="viewport" content="width=device-width, initial-scale=1"/>
                    <title>{t(locale, Key::ProductName)}</title>
                    <link rel="icon" href="data:,"/>
                    <link rel="stylesheet" href=stylesheet/>
                    {brand_style.map(|style| view! { <style nonce=nonce>{style}</style> })}
                </head>
                <body data-preview="true">
                    <div inert>
                        <header class="site-header">
                            <div class="site-header__inner">
                                <span class="brand">
                                    {match logo {
                                        Some(src) => view! { <img class="brand__logo" src=src alt=""/> }.into_any(),
                                        None => {
                                            view! { <span class="brand__mark" aria-hidden="true">{initial}</span> }
                                                .into_any()
                                        }
                                    }}
                                    <span class="brand__name" data-preview-name="true">{name}</span>
                                </span>
                                {headline.map(|headline| view! { <p class="site-header__account">{headline}</p> })}
                            </div>
                        </header>
                        <main class="content">
                            <h1 class="overview__heading">{t(locale, HomeText::Heading)}</h1>
                            {card}
                            {preview_sections(&config, data, locale)}
                        </main>
                    </div>
                </body>
            </html>
        }
        .to_html()
    });
    format!("<!DOCTYPE html>{html}")
}

/// `#RRGGBB` (what the style may hold; anything else is not written into it).
fn is_colour(value: &str) -> bool {
    value.len() == 7 && value.starts_with('#') && value[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// A month from now, the sample's renewal day.
fn next_month() -> Day {
    let today = Utc::now().date_naive();
    let next = today.checked_add_months(chrono::Months::new(1)).unwrap_or(today);
    Day {
        year: next.year(),
        month: next.month(),
        day: next.day(),
    }
}

fn sample_subscription() -> SubscriptionRow {
    SubscriptionRow {
        id: "sub_preview".to_owned(),
        plan: Plan {
            price: "price_preview".to_owned(),
            name: "Pro".to_owned(),
            unit_amount: 2_900,
            currency: Currency::USD,
            interval: "month".to_owned(),
            interval_count: 1,
            active: true,
            metered: false,
        },
        quantity: 1,
        status: SubscriptionStatus::Active,
        period_end: next_month(),
        cancel_at_period_end: false,
        ended: None,
        pending: None,
        pause: None,
        discount: None,
    }
}

fn sample_overview() -> OverviewData {
    let today = Utc::now().date_naive();
    let issued = |months_ago: u32| {
        today
            .checked_sub_months(chrono::Months::new(months_ago))
            .unwrap_or(today)
    };
    let invoice = |number: &str, issued: NaiveDate| InvoiceRow {
        id: format!("in_{number}"),
        number: Some(number.to_owned()),
        issued,
        total: 2_900,
        currency: Currency::USD,
        state: InvoiceState::Paid,
        finalized: true,
    };
    OverviewData {
        plans: Vec::new(),
        card: Some(SavedCard {
            id: "pm_preview".to_owned(),
            brand: "visa".to_owned(),
            last4: "4242".to_owned(),
            exp_month: 12,
            exp_year: today.year() + 3,
            is_default: true,
            awaiting_bank: false,
        }),
        billing: BillingDetails {
            name: Some("Jenny Rosen".to_owned()),
            email: Some("jenny@example.com".to_owned()),
            address: vec!["1 Main Street".to_owned(), "Springfield".to_owned()],
            tax_ids: vec!["EU VAT DE123456789".to_owned()],
        },
        invoices: vec![invoice("0002", issued(0)), invoice("0001", issued(1))],
    }
}
