//! The "Settings → Customer portal" page itself: the configurations, the form (every
//! option, each field's message), the preview frame and the audit log.

use leptos::prelude::*;
use paylera_shared::{
    locale::Locale as AnyLocale,
    portal::{
        CancelMode, PortalConfiguration,
        color::{MIN_UI_CONTRAST, contrast_on_white},
        configuration::{ConfigurationAuditEntry, PortalConfigurationObject},
    },
    subscription::{CANCELLATION_REASONS, CancellationReason, RetentionOfferType},
};

use super::super::{
    form::{PortalForm, SWITCHES, offer_fields},
    texts::DashboardText as D,
};
use crate::i18n::{Locale, t, t_with};
use crate::pages::cancel::reason_text;

/// What the page shows at a field: a number that is not one, or the API's refusal.
#[derive(Debug, Clone, Default)]
pub struct Problems {
    /// Fields the form itself got wrong.
    pub not_numbers: Vec<String>,
    /// The API's refusal: its `param` (when it names one) and message.
    pub refused: Option<(Option<String>, String)>,
}

impl Problems {
    /// The message to show at `field`, if any.
    fn at(&self, locale: Locale, field: &str) -> Option<String> {
        if self.not_numbers.iter().any(|f| f == field) {
            return Some(t(locale, D::NumberExpected).to_owned());
        }
        match &self.refused {
            Some((Some(param), message)) if param == field || param.starts_with(&format!("{field}[")) => {
                Some(message.clone())
            }
            _ => None,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.not_numbers.is_empty() && self.refused.is_none()
    }
}

/// A price as the form lists it: "Pro · $29.00 per month".
pub struct PriceChoice {
    pub id: String,
    pub label: String,
}

#[expect(clippy::too_many_arguments, reason = "one page's parts, each named at the call")]
pub fn settings_page(
    locale: Locale,
    configurations: Vec<PortalConfigurationObject>,
    current: PortalConfigurationObject,
    form: PortalForm,
    problems: Problems,
    notice: Option<D>,
    prices: Vec<PriceChoice>,
    changes: Vec<ConfigurationAuditEntry>,
    csrf: String,
    writable: bool,
) -> AnyView {
    let s = form.settings.clone();
    let id = current.id.to_string();
    let preview_src = format!("/settings/portal/preview?configuration={id}");
    let summary = (!problems.is_empty()).then(|| {
        view! {
            <p class="message message--error" role="alert" id="form-problems" tabindex="-1">
                {t(locale, D::FormHasProblems)}
            </p>
        }
    });
    let notice = notice.map(|text| view! { <p class="message" role="status" data-saved="true">{t(locale, text)}</p> });
    let error_at = |field: &str| {
        problems.at(locale, field).map(|message| {
            let id = format!("{}-error", field.replace('.', "-"));
            view! { <p class="field__error" id=id>{message}</p> }
        })
    };
    let switch = |field: &'static str| {
        let (label, hint) = switch_text(field);
        let checked = switch_value(&s, field);
        view! {
            <div class="switch">
                <input type="checkbox" id=field name=field checked=checked/>
                <label for=field>{t(locale, label)}</label>
                <p class="field__hint">{t(locale, hint)}</p>
            </div>
        }
    };
    let text_field = |field: &'static str, label: D, value: Option<String>, kind: &'static str| {
        let error = error_at(field);
        let invalid = error.is_some().then_some("true");
        view! {
            <div class="field">
                <label for=field>{t(locale, label)}</label>
                <input
                    id=field
                    name=field
                    type=kind
                    value=value.unwrap_or_default()
                    maxlength="2048"
                    aria-invalid=invalid
                    aria-describedby=invalid.map(|_| format!("{field}-error"))
                />
                {error}
            </div>
        }
    };
    let [
        update,
        downgrades,
        cancel,
        reasons_on,
        pause,
        cards,
        invoices,
        tax_ids,
        address,
    ] = SWITCHES;
    let allowed = s.subscription_update_allowed_prices.clone().unwrap_or_default();
    let price_boxes = prices
        .into_iter()
        .map(|price| {
            let box_id = format!("price-{}", price.id);
            let checked = allowed.contains(&price.id);
            view! {
                <li>
                    <input type="checkbox" id=box_id.clone() name="subscription_update_allowed_prices" value=price.id checked=checked/>
                    <label for=box_id>{price.label}</label>
                </li>
            }
        })
        .collect_view();
    let mode = |value: CancelMode, label: D| {
        let radio_id = format!("cancel-mode-{}", value.as_str());
        view! {
            <div class="radio">
                <input
                    type="radio"
                    id=radio_id.clone()
                    name="subscription_cancel_mode"
                    value=value.as_str()
                    checked=s.subscription_cancel_mode == value
                />
                <label for=radio_id>{t(locale, label)}</label>
            </div>
        }
    };
    let reason_rows = CANCELLATION_REASONS
        .iter()
        .map(|&reason| reason_row(locale, reason, &s, &problems))
        .collect_view();
    let contrast = contrast_on_white(&s.accent_color);
    let contrast_note = if contrast >= MIN_UI_CONTRAST {
        view! {
            <p class="field__hint" data-contrast="ok">
                {t_with(locale, D::ContrastOk, &[("ratio", &format!("{contrast:.1}"))])}
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="field__error" data-contrast="low" role="status">
                {t_with(locale, D::ContrastLow, &[("ratio", &format!("{contrast:.1}"))])}
            </p>
        }
        .into_any()
    };
    let accent_error = error_at("accent_color");
    let logo_error = error_at("logo");
    let logo_csrf = csrf.clone();
    let logo_id = s.logo.as_ref().map(ToString::to_string).unwrap_or_default();
    let has_logo = s.logo.is_some();
    let current_logo = s.logo_src().map(|src| {
        view! { <img class="logo-thumb" src=src alt=t(locale, D::CurrentLogo) height="40"/> }
    });
    let origins_error = error_at("allowed_return_origins");
    let pause_error = error_at("subscription_pause_max_periods");
    let offers_error = error_at("subscription_cancel_retention_offers");
    let locale_options = AnyLocale::ALL
        .iter()
        .map(|option| {
            view! {
                <option value=option.tag() selected=s.default_locale == Some(*option)>{option.native_name()}</option>
            }
        })
        .collect_view();
    let configuration_links = configurations
        .iter()
        .map(|c| {
            let here = (c.id == current.id).then_some("page");
            let href = format!("/settings/portal?configuration={}", c.id);
            let name = c.name.clone().unwrap_or_else(|| c.id.to_string());
            let default = c
                .is_default
                .then(|| view! { <span class="badge">{t(locale, D::DefaultBadge)}</span> });
            view! {
                <li>
                    <a href=href aria-current=here data-configuration=c.id.to_string()>{name}</a>
                    " "
                    {default}
                </li>
            }
        })
        .collect_view();
    let history = changes_table(locale, changes);
    let viewer_note = (!writable).then(|| view! { <p class="message">{t(locale, D::ViewerNote)}</p> });
    let new_form = writable.then(|| {
        view! {
            <form method="post" action="/settings/portal/new" class="inline-form">
                <input type="hidden" name="csrf" value=csrf.clone()/>
                <label for="new-name">{t(locale, D::NewConfigurationName)}</label>
                <input id="new-name" name="name" maxlength="100" required/>
                <button type="submit" class="button button--secondary">{t(locale, D::NewConfiguration)}</button>
            </form>
        }
    });
    view! {
        <h1>{t(locale, D::NavPortalSettings)}</h1>
        <p class="lead">{t(locale, D::PortalSettingsLead)}</p>
        {notice}
        {summary}
        {viewer_note}
        <nav class="configurations" aria-labelledby="configurations-heading">
            <h2 id="configurations-heading">{t(locale, D::ConfigurationsHeading)}</h2>
            <ul>{configuration_links}</ul>
            {new_form}
            <p class="field__hint">
                {t_with(locale, D::ConfigurationIdHint, &[("id", &id)])}
            </p>
        </nav>
        <div class="settings">
            <form method="post" action="/settings/portal" class="settings__form stack" id="portal-settings" data-preview-form="true">
                <input type="hidden" name="csrf" value=csrf.clone()/>
                <input type="hidden" name="configuration" value=id.clone()/>
                <fieldset disabled=!writable>
                    <legend class="visually-hidden">{t(locale, D::NavPortalSettings)}</legend>
                    {text_field("name", D::NameLabel, form.name.clone(), "text")}
                    <fieldset class="group">
                        <legend>{t(locale, D::GroupSubscriptions)}</legend>
                        {switch(update)}
                        {switch(downgrades)}
                        <fieldset class="subgroup">
                            <legend>{t(locale, D::AllowedPricesLabel)}</legend>
                            <p class="field__hint">{t(locale, D::AllowedPricesHint)}</p>
                            <ul class="choices">{price_boxes}</ul>
                        </fieldset>
                        {switch(pause)}
                        <div class="field">
                            <label for="subscription_pause_max_periods">{t(locale, D::PauseMaxLabel)}</label>
                            <input
                                id="subscription_pause_max_periods"
                                name="subscription_pause_max_periods"
                                type="number"
                                min="1"
                                max="12"
                                value=s.subscription_pause_max_periods.to_string()
                            />
                            {pause_error}
                        </div>
                    </fieldset>
                    <fieldset class="group">
                        <legend>{t(locale, D::GroupCancellation)}</legend>
                        {switch(cancel)}
                        <fieldset class="subgroup">
                            <legend>{t(locale, D::CancelModeLabel)}</legend>
                            {mode(CancelMode::AtPeriodEnd, D::CancelAtPeriodEnd)}
                            {mode(CancelMode::Immediately, D::CancelImmediately)}
                        </fieldset>
                        {switch(reasons_on)}
                        <table class="reasons">
                            <caption>{t(locale, D::ReasonsCaption)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t(locale, D::ReasonColumn)}</th>
                                    <th scope="col">{t(locale, D::OfferColumn)}</th>
                                    <th scope="col">{t(locale, D::PercentColumn)}</th>
                                    <th scope="col">{t(locale, D::PeriodsColumn)}</th>
                                </tr>
                            </thead>
                            <tbody>{reason_rows}</tbody>
                        </table>
                        {offers_error}
                    </fieldset>
                    <fieldset class="group">
                        <legend>{t(locale, D::GroupBilling)}</legend>
                        {switch(cards)}
                        {switch(invoices)}
                        {switch(tax_ids)}
                        {switch(address)}
                    </fieldset>
                    <fieldset class="group">
                        <legend>{t(locale, D::GroupBranding)}</legend>
                        {text_field("business_name", D::BusinessNameLabel, s.business_name.clone(), "text")}
                        {text_field("business_headline", D::HeadlineLabel, s.business_headline.clone(), "text")}
                        {text_field("logo_url", D::LogoUrlLabel, s.logo_url.clone(), "url")}
                        // The saved logo stays as it is when the form is saved or previewed;
                        // the file input and its buttons belong to `#logo-form` below.
                        <input type="hidden" name="logo" value=logo_id/>
                        <div class="field" data-logo=has_logo.to_string()>
                            <label for="logo-file">{t(locale, D::LogoFileLabel)}</label>
                            {current_logo}
                            <input
                                id="logo-file"
                                name="file"
                                type="file"
                                accept="image/png,image/jpeg"
                                form="logo-form"
                                aria-describedby="logo-hint"
                            />
                            <p class="field__hint" id="logo-hint">{t(locale, D::LogoHint)}</p>
                            {logo_error}
                            <div class="actions-row">
                                <button type="submit" form="logo-form" class="button button--secondary">
                                    {t(locale, D::UploadLogo)}
                                </button>
                                {has_logo.then(|| view! {
                                    <button type="submit" form="logo-form" name="remove" value="1" class="link-button">
                                        {t(locale, D::RemoveLogo)}
                                    </button>
                                })}
                            </div>
                        </div>
                        <div class="field">
                            <label for="accent_color">{t(locale, D::AccentLabel)}</label>
                            <input id="accent_color" name="accent_color" type="color" value=s.accent_color.to_ascii_lowercase()/>
                            {contrast_note}
                            {accent_error}
                        </div>
                        {text_field("privacy_policy_url", D::PrivacyLabel, s.privacy_policy_url.clone(), "url")}
                        {text_field("terms_of_service_url", D::TermsLabel, s.terms_of_service_url.clone(), "url")}
                    </fieldset>
                    <fieldset class="group">
                        <legend>{t(locale, D::GroupReturn)}</legend>
                        {text_field("default_return_url", D::ReturnUrlLabel, s.default_return_url.clone(), "url")}
                        <div class="field">
                            <label for="allowed_return_origins">{t(locale, D::OriginsLabel)}</label>
                            <textarea id="allowed_return_origins" name="allowed_return_origins" rows="3" aria-describedby="origins-hint">
                                {s.allowed_return_origins.join("\n")}
                            </textarea>
                            <p class="field__hint" id="origins-hint">{t(locale, D::OriginsHint)}</p>
                            {origins_error}
                        </div>
                        <div class="field">
                            <label for="default_locale">{t(locale, D::DefaultLocaleLabel)}</label>
                            <select id="default_locale" name="default_locale">
                                <option value="" selected=s.default_locale.is_none()>{t(locale, D::DefaultLocaleAuto)}</option>
                                {locale_options}
                            </select>
                        </div>
                    </fieldset>
                    <div class="actions">
                        <button type="submit" class="button" data-save="true">{t(locale, D::Save)}</button>
                        <button
                            type="submit"
                            class="button button--secondary"
                            formaction="/settings/portal/preview"
                            formtarget="preview"
                            data-preview-button="true"
                        >
                            {t(locale, D::PreviewButton)}
                        </button>
                    </div>
                </fieldset>
            </form>
            <form id="logo-form" method="post" action="/settings/portal/logo" enctype="multipart/form-data" hidden>
                <input type="hidden" name="csrf" value=logo_csrf/>
                <input type="hidden" name="configuration" value=id.clone()/>
            </form>
            <section class="settings__preview" aria-labelledby="preview-heading">
                <h2 id="preview-heading">{t(locale, D::PreviewHeading)}</h2>
                <p class="field__hint">{t(locale, D::PreviewHint)}</p>
                // Out of the tab order: its content is `inert` (nothing in it can be used),
                // and a focused frame cannot show the focus to the page around it.
                <iframe name="preview" id="preview" title=t(locale, D::PreviewHeading) src=preview_src tabindex="-1"></iframe>
            </section>
        </div>
        <section class="card" aria-labelledby="history-heading">
            <h2 id="history-heading">{t(locale, D::HistoryHeading)}</h2>
            {history}
        </section>
    }
    .into_any()
}

/// One cancellation reason's row: offered or not, and the retention offer made for it.
fn reason_row(locale: Locale, reason: CancellationReason, s: &PortalConfiguration, problems: &Problems) -> AnyView {
    let label = reason_text(reason)
        .map(|text| t(locale, text))
        .unwrap_or(reason.as_str());
    let offered = s.cancellation_reasons.contains(&reason);
    let offer = s
        .subscription_cancel_retention_offers
        .iter()
        .find(|offer| offer.reason == reason);
    let [kind_field, percent_field, periods_field] = offer_fields(reason);
    let kind = offer.map(|offer| offer.kind);
    let box_id = format!("reason-{}", reason.as_str());
    let option = |value: Option<RetentionOfferType>, text: D| {
        view! {
            <option value=value.map_or("", RetentionOfferType::as_str) selected=kind == value>{t(locale, text)}</option>
        }
    };
    let percent_problem = problems.at(locale, &percent_field);
    let periods_problem = problems.at(locale, &periods_field);
    view! {
        <tr>
            <th scope="row">
                <input type="checkbox" id=box_id.clone() name="cancellation_reasons" value=reason.as_str() checked=offered/>
                <label for=box_id>{label}</label>
            </th>
            <td>
                <select name=kind_field aria-label=t_with(locale, D::OfferFor, &[("reason", label)])>
                    {option(None, D::OfferNone)}
                    {option(Some(RetentionOfferType::Discount), D::OfferDiscount)}
                    {option(Some(RetentionOfferType::Pause), D::OfferPause)}
                </select>
            </td>
            <td>
                <input
                    name=percent_field
                    type="number"
                    min="1"
                    max="100"
                    value=offer.and_then(|o| o.percent_off).map(|p| p.to_string()).unwrap_or_default()
                    aria-label=t_with(locale, D::PercentFor, &[("reason", label)])
                />
                {percent_problem.map(|message| view! { <p class="field__error">{message}</p> })}
            </td>
            <td>
                <input
                    name=periods_field
                    type="number"
                    min="1"
                    max="12"
                    value=offer.map(|o| o.periods.to_string()).unwrap_or_default()
                    aria-label=t_with(locale, D::PeriodsFor, &[("reason", label)])
                />
                {periods_problem.map(|message| view! { <p class="field__error">{message}</p> })}
            </td>
        </tr>
    }
    .into_any()
}

/// The audit log: newest first, who, when, and each field before → after.
fn changes_table(locale: Locale, changes: Vec<ConfigurationAuditEntry>) -> AnyView {
    if changes.is_empty() {
        return view! { <p class="empty">{t(locale, D::HistoryEmpty)}</p> }.into_any();
    }
    let rows = changes
        .into_iter()
        .take(20)
        .map(|entry| {
            let when = super::super::layout::when(locale, entry.created);
            let fields = entry
                .changes
                .iter()
                .map(|(field, change)| {
                    let show = |value: Option<&serde_json::Value>| match value {
                        None | Some(serde_json::Value::Null) => "—".to_owned(),
                        Some(value) => value.to_string(),
                    };
                    let before = show(change.get("before"));
                    let after = show(change.get("after"));
                    view! {
                        <li data-field=field.clone()>
                            <code>{field.clone()}</code>
                            ": "
                            {before}
                            " → "
                            {after}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <td>{when}</td>
                    <td data-actor=entry.actor.clone()>{entry.actor.clone()}</td>
                    <td>
                        <ul class="changes">{fields}</ul>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {super::super::layout::table(
            locale,
            "history",
            &[Some(D::HistoryWhen), Some(D::HistoryWho), Some(D::HistoryWhat)],
            rows.into_any(),
        )}
    }
    .into_any()
}

/// A switch's label and hint.
fn switch_text(field: &str) -> (D, D) {
    match field {
        "subscription_update_enabled" => (D::SwitchUpdate, D::SwitchUpdateHint),
        "subscription_update_downgrades_enabled" => (D::SwitchDowngrades, D::SwitchDowngradesHint),
        "subscription_cancel_enabled" => (D::SwitchCancel, D::SwitchCancelHint),
        "subscription_cancel_reasons_enabled" => (D::SwitchReasons, D::SwitchReasonsHint),
        "subscription_pause_enabled" => (D::SwitchPause, D::SwitchPauseHint),
        "payment_method_update_enabled" => (D::SwitchCards, D::SwitchCardsHint),
        "invoice_history_enabled" => (D::SwitchInvoices, D::SwitchInvoicesHint),
        "tax_id_update_enabled" => (D::SwitchTaxIds, D::SwitchTaxIdsHint),
        _ => (D::SwitchAddress, D::SwitchAddressHint),
    }
}

/// A switch's value in `s`.
fn switch_value(s: &PortalConfiguration, field: &str) -> bool {
    match field {
        "subscription_update_enabled" => s.subscription_update_enabled,
        "subscription_update_downgrades_enabled" => s.subscription_update_downgrades_enabled,
        "subscription_cancel_enabled" => s.subscription_cancel_enabled,
        "subscription_cancel_reasons_enabled" => s.subscription_cancel_reasons_enabled,
        "subscription_pause_enabled" => s.subscription_pause_enabled,
        "payment_method_update_enabled" => s.payment_method_update_enabled,
        "invoice_history_enabled" => s.invoice_history_enabled,
        "tax_id_update_enabled" => s.tax_id_update_enabled,
        _ => s.address_update_enabled,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::form;

    #[test]
    fn every_switch_has_its_own_text_and_value() {
        let mut labels: Vec<D> = SWITCHES.iter().map(|field| switch_text(field).0).collect();
        labels.dedup();
        assert_eq!(labels.len(), SWITCHES.len());
        let all_on = PortalConfiguration {
            subscription_pause_enabled: true,
            ..PortalConfiguration::default()
        };
        assert!(SWITCHES.iter().all(|field| switch_value(&all_on, field)));
        let pairs: Vec<(String, String)> = SWITCHES.iter().map(|f| ((*f).to_owned(), "on".to_owned())).collect();
        let (form, _) = form::parse(&pairs);
        assert!(SWITCHES.iter().all(|field| switch_value(&form.settings, field)));
    }
}
