//! The address page's server functions: the address (with the countries named in the
//! page's language) and saving it.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{AddressData, AddressValues};
#[cfg(feature = "ssr")]
use super::model::{DONE_SAVED, REFRESHED};
#[cfg(feature = "ssr")]
use crate::i18n::Locale;
use crate::problem::Problem;
#[cfg(feature = "ssr")]
use crate::session::Module;

/// The customer's billing address, and the countries named in `locale` (the page's
/// language: a server function call has no session locale of its own).
#[server(endpoint = "address", prefix = "/api", input = GetUrl)]
pub async fn load_address(locale: String) -> Result<AddressData, Problem> {
    use crate::i18n::names;
    use crate::server::actions;

    let customer = actions::customer().await?;
    let stored = customer
        .api
        .retrieve_customer(&customer.id)
        .await
        .map_err(actions::problem)?;
    let locale: Locale = locale.parse().unwrap_or_default();
    Ok(AddressData {
        stored: stored.address.map(AddressValues::from),
        countries: names::countries(locale)
            .iter()
            .map(|(code, name)| ((*code).to_owned(), (*name).to_owned()))
            .collect(),
    })
}

/// Saves the billing address and answers it as stored (normalised); or, for
/// "Show the fields for this country" without JavaScript (`refresh_from`: the country
/// the fields were shown for, when it is not the chosen one), sends the browser back
/// to the form for the chosen country with the values kept, and answers `None`.
///
/// The form's fields are `address[country]`, `address[line1]`, … A failure echoes
/// every field under its plain name (an address is not secret).
#[server(endpoint = "save_address", prefix = "/api")]
pub async fn save_address(
    csrf: String,
    address: AddressValues,
    refresh_from: Option<String>,
) -> Result<Option<AddressValues>, Problem> {
    use paylera_shared::{customer::UpdateCustomerRequest, patch::Patch};

    use crate::server::actions;

    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let values = address;
    let echo = |problem: Problem| problem.with_form(values.pairs());
    if refresh_from.is_some_and(|from| !from.eq_ignore_ascii_case(&values.country)) {
        let mut query = values.pairs().to_vec();
        query.push((REFRESHED, "1"));
        let query = serde_urlencoded::to_string(query).unwrap_or_default();
        actions::after_form_post(&format!("{}?{query}", Module::Address.href()));
        return Ok(None);
    }
    let customer = actions::customer().await.map_err(echo)?;
    let request = UpdateCustomerRequest {
        address: Patch::Value(values.params()),
        ..UpdateCustomerRequest::default()
    };
    let updated = customer
        .api
        .update_customer(&customer.id, &request)
        .await
        .map_err(|err| echo(actions::problem(err)))?;
    actions::after_form_post(&format!("{}?done={DONE_SAVED}", Module::Address.href()));
    Ok(updated.address.map(AddressValues::from))
}
