//! The tax IDs page's server functions: the list with the supported types, adding
//! one and removing one.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::TaxIdsData;
#[cfg(feature = "ssr")]
use super::model::{DONE_ADDED, DONE_REMOVED, TYPE_FIELD, TaxIdKind, TaxIdRow, VALUE_FIELD};
#[cfg(feature = "ssr")]
use crate::i18n::Locale;
use crate::problem::Problem;
#[cfg(feature = "ssr")]
use crate::session::Module;

/// The customer's tax IDs and the supported types, named in `locale` (the page's
/// language: a server function call has no session locale of its own); a type the
/// portal has no translation for keeps the API's English description.
#[server(endpoint = "tax_ids", prefix = "/api", input = GetUrl)]
pub async fn load_tax_ids(locale: String) -> Result<TaxIdsData, Problem> {
    use paylera_shared::list::ListParams;

    use crate::i18n::names;
    use crate::server::actions;

    let locale: Locale = locale.parse().unwrap_or_default();

    let customer = actions::customer().await?;
    let ids = customer
        .api
        .list_tax_ids(&customer.id, &ListParams::limit(100))
        .await
        .map_err(actions::problem)?;
    let kinds = customer.api.list_tax_id_types().await.map_err(actions::problem)?;
    let description = |kind: &str, english: &str| names::tax_id_type(locale, kind).unwrap_or(english).to_owned();
    let label = |kind: &str| {
        kinds
            .data
            .iter()
            .find(|k| k.kind == kind)
            .map_or_else(|| kind.to_owned(), |k| description(kind, &k.description))
    };
    Ok(TaxIdsData {
        ids: ids
            .data
            .iter()
            .map(|tax_id| TaxIdRow {
                id: tax_id.id.to_string(),
                type_label: label(&tax_id.kind),
                value: tax_id.value.clone(),
                verification: tax_id.verification.status.clone(),
            })
            .collect(),
        kinds: kinds
            .data
            .iter()
            .map(|k| TaxIdKind {
                kind: k.kind.clone(),
                description: description(&k.kind, &k.description),
                example: k.example.clone(),
            })
            .collect(),
    })
}

/// Adds tax ID `value` of type `kind`; answers the number in its canonical form. A
/// failure echoes both fields (nothing secret in a tax ID).
#[server(endpoint = "add_tax_id", prefix = "/api")]
pub async fn add_tax_id(csrf: String, kind: String, value: String) -> Result<String, Problem> {
    use paylera_shared::tax_id::CreateTaxIdRequest;

    use crate::server::actions;

    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let echo = |problem: Problem| problem.with_form([(TYPE_FIELD, kind.as_str()), (VALUE_FIELD, value.as_str())]);
    let customer = actions::customer().await.map_err(echo)?;
    let request = CreateTaxIdRequest {
        kind: kind.clone(),
        value: value.clone(),
    };
    let created = customer
        .api
        .create_tax_id(&customer.id, &request)
        .await
        .map_err(|err| echo(renamed_type_param(actions::problem(err))))?;
    actions::after_form_post(&format!("{}?done={DONE_ADDED}", Module::TaxIds.href()));
    Ok(created.value)
}

/// Removes tax ID `tax_id` (a `txi_…` of the customer).
#[server(endpoint = "remove_tax_id", prefix = "/api")]
pub async fn remove_tax_id(csrf: String, tax_id: String) -> Result<(), Problem> {
    use paylera_shared::ids::TaxIdId;

    use crate::problem::codes;
    use crate::server::actions;

    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let id = TaxIdId::parse(&tax_id).map_err(|_| Problem::new(codes::INVALID_INPUT).about("tax_id"))?;
    let customer = actions::customer().await?;
    customer
        .api
        .delete_tax_id(&customer.id, &id)
        .await
        .map_err(actions::problem)?;
    actions::after_form_post(&format!("{}?done={DONE_REMOVED}", Module::TaxIds.href()));
    Ok(())
}

/// The API names the type `type`; the form's field is `kind` (`type` is a Rust keyword).
#[cfg(feature = "ssr")]
fn renamed_type_param(mut problem: Problem) -> Problem {
    if problem.param.as_deref() == Some("type") {
        problem.param = Some(TYPE_FIELD.to_owned());
    }
    problem
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_apis_type_param_names_the_forms_field() {
        let problem = renamed_type_param(Problem::new("tax_id_type_unsupported").about("type"));
        assert!(problem.is_about(TYPE_FIELD));
        let untouched = renamed_type_param(Problem::new("tax_id_invalid").about("value"));
        assert!(untouched.is_about(VALUE_FIELD));
    }
}
