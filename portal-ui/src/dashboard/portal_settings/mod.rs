//! "Settings → Customer portal": one configuration's form beside its live preview, the
//! tenant's configurations, and the configuration's audit log.
//!
//! - `GET /settings/portal[?configuration=bpc_…]`: the default configuration, or the
//!   one named.
//! - `POST /settings/portal`: the whole form, saved as one partial update
//!   (`POST /v1/portal/configurations/{id}`, [`form::change`]): one audited change. A
//!   refusal comes back as the form with the values as typed and the message at the
//!   field the API's `param` names.
//! - `POST /settings/portal/new`: a new configuration (its name), then its form.
//! - `POST /settings/portal/preview`: the form as the portal would draw it
//!   ([`preview`]), into the page's `<iframe name="preview">` — by the form's
//!   "Preview" button (`formtarget`) without JavaScript, as the merchant types with it.
//! - `GET /settings/portal/preview?configuration=bpc_…`: the saved configuration's
//!   preview (the frame's first content).
//! - `POST /settings/portal/logo`: an uploaded logo, or none ([`logo`]).

use axum::{
    body::Bytes,
    extract::{Extension, Query, State},
    response::{Html, IntoResponse as _, Redirect, Response},
};
use http::StatusCode;
use paylera_shared::{
    List,
    catalog::{Price, PriceFilter, Product, ProductFilter},
    list::ListParams,
    portal::{
        PortalConfiguration,
        configuration::{ConfigurationChange, PortalConfigurationObject},
    },
};
use serde::Deserialize;

use super::{
    DashboardState,
    form::{self, NotANumber, PortalForm},
    guard::{form_field, form_urlencoded_pairs},
    layout::{self, Frame, Nav},
    member::Member,
    preview,
    texts::DashboardText as D,
};
use crate::components::subscription::Plan;
use crate::i18n::{Locale, t};
use crate::server::{
    csrf::mask,
    security::{CspNonce, FramedBySameOrigin},
};
use view::{PriceChoice, Problems, settings_page};

mod logo;
mod view;

pub use logo::upload_logo;

/// `?configuration=bpc_…&saved=1`.
#[derive(Debug, Default, Deserialize)]
pub struct Which {
    #[serde(default)]
    configuration: Option<String>,
    #[serde(default)]
    saved: Option<String>,
}

/// `GET /settings/portal`.
pub async fn show(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    Query(which): Query<Which>,
) -> Response {
    let (configurations, current) = match load(&state, &member, which.configuration.as_deref()).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let form = PortalForm {
        name: current.name.clone(),
        settings: current.settings.settings.clone(),
    };
    let notice = which.saved.is_some().then_some(D::Saved);
    render(
        &state,
        &member,
        &configurations,
        &current,
        form,
        Problems::default(),
        notice,
        StatusCode::OK,
    )
    .await
}

/// `POST /settings/portal`: saves the whole form as one change.
pub async fn save(State(state): State<DashboardState>, Extension(member): Extension<Member>, body: Bytes) -> Response {
    let pairs = form_urlencoded_pairs(&body);
    let api = member.api(&state);
    let (configurations, current) = match load(&state, &member, form_field(&body, "configuration").as_deref()).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let (form, not_numbers) = form::parse(&pairs);
    if !not_numbers.is_empty() {
        let problems = Problems {
            not_numbers: not_numbers.into_iter().map(|NotANumber { field }| field).collect(),
            refused: None,
        };
        return render(
            &state,
            &member,
            &configurations,
            &current,
            form,
            problems,
            None,
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
    match api.update_portal_configuration(&current.id, &form::change(&form)).await {
        Ok(saved) => Redirect::to(&format!("/settings/portal?configuration={}&saved=1", saved.id)).into_response(),
        Err(error) => match error.envelope() {
            Some(envelope) if error.status().is_some_and(|status| (400..500).contains(&status)) => {
                let problems = Problems {
                    not_numbers: Vec::new(),
                    refused: Some((envelope.error.param.clone(), envelope.error.message.clone())),
                };
                let status = StatusCode::from_u16(error.status().unwrap_or(400)).unwrap_or(StatusCode::BAD_REQUEST);
                render(&state, &member, &configurations, &current, form, problems, None, status).await
            }
            _ => layout::api_failure(member.locale, &error),
        },
    }
}

/// `POST /settings/portal/new`: a new configuration with the defaults and its name.
pub async fn create(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    body: Bytes,
) -> Response {
    let name = form_field(&body, "name")
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty());
    let change = ConfigurationChange {
        name: name.map_or(
            paylera_shared::patch::Patch::Absent,
            paylera_shared::patch::Patch::Value,
        ),
        ..ConfigurationChange::default()
    };
    match member.api(&state).create_portal_configuration(&change).await {
        Ok(created) => Redirect::to(&format!("/settings/portal?configuration={}", created.id)).into_response(),
        Err(error) => layout::api_failure(member.locale, &error),
    }
}

/// `POST /settings/portal/preview`: the posted form as the portal would draw it.
pub async fn preview(
    Extension(member): Extension<Member>,
    Extension(nonce): Extension<CspNonce>,
    State(state): State<DashboardState>,
    body: Bytes,
) -> Response {
    let (form, _) = form::parse(&form_urlencoded_pairs(&body));
    framed(preview::document(
        &form.settings,
        &member.session.tenant_name,
        preview_locale(&form.settings, member.locale),
        &state.stylesheet,
        nonce.as_str(),
    ))
}

/// `GET /settings/portal/preview?configuration=bpc_…`: the saved configuration's preview.
pub async fn preview_saved(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    Extension(nonce): Extension<CspNonce>,
    Query(which): Query<Which>,
) -> Response {
    let (_, current) = match load(&state, &member, which.configuration.as_deref()).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let settings = &current.settings.settings;
    framed(preview::document(
        settings,
        &member.session.tenant_name,
        preview_locale(settings, member.locale),
        &state.stylesheet,
        nonce.as_str(),
    ))
}

/// The preview speaks the configuration's default language, else the member's.
fn preview_locale(settings: &PortalConfiguration, member: Locale) -> Locale {
    settings.default_locale.unwrap_or(member)
}

/// A preview response: the settings page may frame it (nothing else may).
fn framed(document: String) -> Response {
    let mut response = Html(document).into_response();
    response.extensions_mut().insert(FramedBySameOrigin);
    response
}

/// The tenant's configurations and the one named `id` (the default when `None`), or
/// the page that says why not.
async fn load(
    state: &DashboardState,
    member: &Member,
    id: Option<&str>,
) -> Result<(Vec<PortalConfigurationObject>, PortalConfigurationObject), Response> {
    let configurations = match member.api(state).list_portal_configurations().await {
        Ok(list) => list.data,
        Err(error) => return Err(layout::api_failure(member.locale, &error)),
    };
    match pick(&configurations, id) {
        Some(current) => Ok((configurations, current)),
        None => Err(layout::problem(
            member.locale,
            StatusCode::NOT_FOUND,
            D::NotFoundHeading,
            D::NotFoundText,
        )),
    }
}

/// The configuration named `id`, or the default.
fn pick(configurations: &[PortalConfigurationObject], id: Option<&str>) -> Option<PortalConfigurationObject> {
    match id.filter(|id| !id.is_empty()) {
        Some(id) => configurations.iter().find(|c| c.id.as_str() == id),
        None => configurations.iter().find(|c| c.is_default),
    }
    .cloned()
}

async fn price_choices(api: &paylera_shared::client::ApiClient, locale: Locale) -> Vec<PriceChoice> {
    let page = ListParams::limit(100);
    let products: List<Product> = api
        .list_products(&ProductFilter::default(), &page)
        .await
        .unwrap_or_else(|_| List::new(Vec::new(), false, ""));
    let prices: List<Price> = api
        .list_prices(&PriceFilter::default(), &page)
        .await
        .unwrap_or_else(|_| List::new(Vec::new(), false, ""));
    prices
        .data
        .into_iter()
        .filter(|price| price.active)
        .map(|price| {
            let name = products
                .data
                .iter()
                .find(|product| product.id == price.product)
                .map_or_else(|| price.product.to_string(), |product| product.name.clone());
            let plan = Plan {
                price: price.id.to_string(),
                name: name.clone(),
                unit_amount: price.unit_amount,
                currency: price.currency,
                interval: price.recurring.interval.clone(),
                interval_count: price.recurring.interval_count,
                active: price.active,
                metered: price.recurring.usage_type == "metered",
            };
            let nickname = price.nickname.map(|n| format!(" ({n})")).unwrap_or_default();
            PriceChoice {
                id: price.id.to_string(),
                label: format!("{name}{nickname} · {}", plan.per_period(locale, price.unit_amount)),
            }
        })
        .collect()
}

#[expect(clippy::too_many_arguments, reason = "one page's parts, each named at the call")]
async fn render(
    state: &DashboardState,
    member: &Member,
    configurations: &[PortalConfigurationObject],
    current: &PortalConfigurationObject,
    form: PortalForm,
    problems: Problems,
    notice: Option<D>,
    status: StatusCode,
) -> Response {
    let locale = member.locale;
    let api = member.api(state);
    let prices = price_choices(&api, locale).await;
    let changes = api
        .list_configuration_changes(&current.id)
        .await
        .map(|list| list.data)
        .unwrap_or_default();
    let csrf = mask(&member.csrf);
    let writable = member.can_write();
    let list = configurations.to_vec();
    let current = current.clone();
    let path = format!("/settings/portal?configuration={}", current.id);
    let html = layout::page(
        Frame {
            locale,
            title: t(locale, D::NavPortalSettings).to_owned(),
            nav: Nav::PortalSettings,
            member: Some(member),
            csrf: Some(&member.csrf),
            path: &path,
        },
        move || {
            settings_page(
                locale, list, current, form, problems, notice, prices, changes, csrf, writable,
            )
        },
    );
    (status, html).into_response()
}
