//! The tax IDs module (`/tax-ids`): the customer's tax registration numbers, adding one
//! (type picker with each type's example) and removing one after a confirmation step.
//!
//! - The list and the types come from the API (`GET /v1/customers/{id}/tax_ids`,
//!   `GET /v1/tax_id_types`); the API checks formats and check digits and answers the
//!   canonical number. Hydrated, the form first runs the cheap part of the API's rules
//!   ([`precheck`]: required, allowed characters) so an obvious slip is reported at
//!   once; everything else is the API's word, mapped to the field it is about.
//! - Removing asks first: "Remove" is a link to `/tax-ids?remove=txi_…`, which shows
//!   the confirmation with the real (POST) button — the same page with or without
//!   JavaScript.
//! - The API emits `customer.tax_id.created` / `customer.tax_id.deleted` and
//!   `customer.updated` (source `portal`) for these changes.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use crate::catalog;
use crate::i18n::{Key, Locale, t, t_with, use_locale};
use crate::pages::layout::{CsrfField, ModulePage, ProblemCard, ProblemMessage, StatusMessage, done_param};
use crate::problem::Problem;
use crate::session::{Module, SignedIn};

/// The form's field names (also the API's `param`s).
const TYPE_FIELD: &str = "kind";
const VALUE_FIELD: &str = "value";
/// `?done=` after a form posted without JavaScript.
const DONE_ADDED: &str = "added";
const DONE_REMOVED: &str = "removed";

/// One of the customer's tax IDs, as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxIdRow {
    /// `txi_…`.
    pub id: String,
    /// The type's name in the page's language ("European VAT number").
    pub type_label: String,
    /// The canonical number.
    pub value: String,
    /// `unverified`, `pending`, `verified` or `unavailable`.
    pub verification: String,
}

/// A type the customer can pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxIdKind {
    /// The wire name (`eu_vat`).
    pub kind: String,
    pub description: String,
    /// A valid number in canonical form.
    pub example: String,
}

/// What the page shows: the customer's tax IDs and the types they may add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxIdsData {
    pub ids: Vec<TaxIdRow>,
    pub kinds: Vec<TaxIdKind>,
}

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

/// The cheap part of the API's rules, run in the browser before posting: the error
/// code the API would answer for a blank value (`parameter_missing`) or one with a
/// character no tax ID has (`tax_id_invalid`). Separators are ignored like the API
/// does (white space, dots, slashes, hyphens and Unicode dashes); format and check
/// digits are left to the API.
pub fn precheck(value: &str) -> Option<&'static str> {
    if value.trim().is_empty() {
        return Some("parameter_missing");
    }
    let separator = |c: char| c.is_whitespace() || matches!(c, '.' | '/' | '-' | '‐' | '‑' | '‒' | '–' | '—' | '−');
    // `Ñ`/`&` (Mexican RFC) and `+`/`*` (old Irish VAT numbers) are the API's exceptions.
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, 'Ñ' | 'ñ' | '&' | '+' | '*');
    let compact: Vec<char> = value.chars().filter(|&c| !separator(c)).collect();
    (compact.is_empty() || !compact.iter().all(|&c| allowed(c))).then_some("tax_id_invalid")
}

/// The page (`/tax-ids`), for a customer whose configuration enables the module.
#[component]
pub fn TaxIdsPage() -> impl IntoView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let locale = use_locale();
    let add = ServerAction::<AddTaxId>::new();
    let remove = ServerAction::<RemoveTaxId>::new();
    let data = Resource::new(
        move || (add.version().get(), remove.version().get()),
        move |_| load_tax_ids(locale.tag().to_owned()),
    );
    view! {
        <ModulePage module=Module::TaxIds let:signed_in>
            <TaxIds signed_in add remove data/>
        </ModulePage>
    }
}

/// The list, the confirmation of a removal and the form to add one.
#[component]
fn TaxIds(
    signed_in: SignedIn,
    add: ServerAction<AddTaxId>,
    remove: ServerAction<RemoveTaxId>,
    data: Resource<Result<TaxIdsData, Problem>>,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let removing = Memo::new(move |_| query.read().get("remove").filter(|id| !id.is_empty()));
    let done = done_param();
    let status = Signal::derive(move || {
        let outcome = match (add.value().get(), remove.value().get()) {
            (Some(Ok(_)), _) => Some(DONE_ADDED),
            (_, Some(Ok(()))) => Some(DONE_REMOVED),
            (None, None) => done
                .get()
                .and_then(|done| [DONE_ADDED, DONE_REMOVED].into_iter().find(|d| *d == done)),
            _ => None,
        };
        outcome.map(|done| {
            t(
                locale,
                if done == DONE_ADDED {
                    TaxIdText::Added
                } else {
                    TaxIdText::Removed
                },
            )
            .to_owned()
        })
    });
    let remove_problem = Signal::derive(move || remove.value().get().and_then(Result::err));
    let csrf = signed_in.csrf_token;

    view! {
        <section class="card tax-ids" aria-labelledby="tax-ids-heading">
            <h1 id="tax-ids-heading">{t(locale, Key::ModuleTaxIdsTitle)}</h1>
            <p class="lead">{t(locale, Key::ModuleTaxIdsDescription)}</p>
            <StatusMessage text=status/>
            <ProblemMessage problem=remove_problem/>
            <Transition fallback=|| ()>
                {move || {
                    let csrf = csrf.clone();
                    data.get()
                        .map(|loaded| match loaded {
                            Ok(TaxIdsData { ids, kinds }) => {
                                let confirming = removing
                                    .get()
                                    .and_then(|id| ids.iter().find(|row| row.id == id).cloned());
                                view! {
                                    <TaxIdList ids locale/>
                                    {confirming
                                        .map(|row| view! { <ConfirmRemoval row csrf=csrf.clone() remove locale/> })}
                                    <AddTaxIdForm kinds csrf add locale/>
                                }
                                    .into_any()
                            }
                            Err(problem) => view! { <ProblemCard problem/> }.into_any(),
                        })
                }}
            </Transition>
        </section>
    }
}

/// The table of tax IDs (or the empty state), each with its "Remove" link.
#[component]
fn TaxIdList(ids: Vec<TaxIdRow>, locale: Locale) -> impl IntoView {
    if ids.is_empty() {
        return view! { <p class="tax-ids__empty" data-empty="true">{t(locale, TaxIdText::Empty)}</p> }.into_any();
    }
    let rows = ids
        .into_iter()
        .map(|row| {
            let href = format!("{}?remove={}", Module::TaxIds.href(), row.id);
            let remove_label = t_with(locale, TaxIdText::RemoveNumber, &[("number", &row.value)]);
            view! {
                <tr data-tax-id=row.id.clone()>
                    <td data-label=t(locale, TaxIdText::ColumnType)>{row.type_label}</td>
                    <td data-label=t(locale, TaxIdText::ColumnNumber)>
                        <span class="tax-ids__value" translate="no">{row.value}</span>
                    </td>
                    <td data-label=t(locale, TaxIdText::ColumnStatus)>
                        <span class="badge">{t(locale, verification_text(&row.verification))}</span>
                    </td>
                    <td>
                        <a class="button button--secondary" href=href>{remove_label}</a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 id="tax-ids-list-heading">{t(locale, TaxIdText::ListHeading)}</h2>
        <table class="table tax-ids__table" aria-labelledby="tax-ids-list-heading">
            <thead>
                <tr>
                    <th scope="col">{t(locale, TaxIdText::ColumnType)}</th>
                    <th scope="col">{t(locale, TaxIdText::ColumnNumber)}</th>
                    <th scope="col">{t(locale, TaxIdText::ColumnStatus)}</th>
                    <th scope="col">
                        <span class="visually-hidden">{t(locale, TaxIdText::ColumnActions)}</span>
                    </th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// The verification status as the customer reads it.
fn verification_text(status: &str) -> TaxIdText {
    match status {
        "verified" => TaxIdText::Verified,
        "pending" => TaxIdText::Pending,
        "unavailable" => TaxIdText::Unavailable,
        _ => TaxIdText::Unverified,
    }
}

/// "Remove DE123456788?": the real removal (a POST) or the way back.
#[component]
fn ConfirmRemoval(row: TaxIdRow, csrf: String, remove: ServerAction<RemoveTaxId>, locale: Locale) -> impl IntoView {
    let number = row.value.clone();
    let id = row.id.clone();
    view! {
        <section class="tax-ids__confirm message message--warning" aria-labelledby="tax-ids-confirm-heading" data-confirm=row.id.clone()>
            <h2 id="tax-ids-confirm-heading">{t(locale, TaxIdText::ConfirmHeading)}</h2>
            <p>{t_with(locale, TaxIdText::ConfirmText, &[("number", &number)])}</p>
            <ActionForm action=remove attr:class="actions">
                <CsrfField token=csrf/>
                <input type="hidden" name="tax_id" value=id/>
                <button type="submit" class="button button--danger" autofocus>
                    {t_with(locale, TaxIdText::ConfirmButton, &[("number", &number)])}
                </button>
                <a class="button button--secondary" href=Module::TaxIds.href()>{t(locale, TaxIdText::Keep)}</a>
            </ActionForm>
        </section>
    }
}

/// The form adding a tax ID: type, number (with the chosen type's example) and the
/// field-tied messages, the values given back after a failure.
#[component]
fn AddTaxIdForm(kinds: Vec<TaxIdKind>, csrf: String, add: ServerAction<AddTaxId>, locale: Locale) -> impl IntoView {
    let server_problem = Signal::derive(move || add.value().get().and_then(Result::err));
    let (client_problem, set_client_problem) = signal(None::<Problem>);
    // A new answer from the server replaces what the browser found.
    Effect::new(move |_| {
        add.version().track();
        set_client_problem.set(None);
    });
    let problem = Signal::derive(move || client_problem.get().or_else(|| server_problem.get()));
    let echoed = move |field: &str| {
        server_problem
            .get_untracked()
            .and_then(|p| p.form_value(field).map(str::to_owned))
    };
    let first_kind = kinds.first().map(|k| k.kind.clone()).unwrap_or_default();
    let selected = RwSignal::new(echoed(TYPE_FIELD).unwrap_or(first_kind));
    let value_input = NodeRef::<Input>::new();

    let about = move |field: &'static str| Signal::derive(move || problem.get().filter(|p| p.is_about(field)));
    let type_error = about(TYPE_FIELD);
    let value_error = about(VALUE_FIELD);
    // Whatever is not about a field (the limit, the session) is the form's message.
    let form_problem = Signal::derive(move || {
        problem
            .get()
            .filter(|p| !p.is_about(TYPE_FIELD) && !p.is_about(VALUE_FIELD))
    });

    let hint_kinds = kinds.clone();
    let hint = move || {
        let chosen = selected.get();
        hint_kinds.iter().find(|k| k.kind == chosen).map(|k| {
            t_with(
                locale,
                TaxIdText::ValueHint,
                &[("type", &k.description), ("example", &k.example)],
            )
        })
    };
    let options = kinds
        .into_iter()
        .map(|k| {
            let is_selected = selected.get_untracked() == k.kind;
            let label = t_with(
                locale,
                TaxIdText::TypeOption,
                &[("type", &k.description), ("example", &k.example)],
            );
            view! { <option value=k.kind selected=is_selected>{label}</option> }
        })
        .collect_view();
    let check = move |ev: leptos::ev::MouseEvent| {
        let value = value_input.get().map(|input| input.value()).unwrap_or_default();
        if let Some(code) = precheck(&value) {
            ev.prevent_default();
            set_client_problem.set(Some(Problem::new(code).about(VALUE_FIELD)));
            if let Some(input) = value_input.get() {
                let _ = input.focus();
            }
        } else {
            set_client_problem.set(None);
        }
    };

    view! {
        <h2 id="tax-ids-add-heading">{t(locale, TaxIdText::AddHeading)}</h2>
        <ActionForm action=add attr:class="form tax-ids__form" attr:aria-labelledby="tax-ids-add-heading" attr:novalidate=true>
            <CsrfField token=csrf/>
            <ProblemMessage problem=form_problem/>
            <div class="field">
                <label for="tax-id-kind">{t(locale, TaxIdText::TypeLabel)}</label>
                <select
                    id="tax-id-kind"
                    name=TYPE_FIELD
                    required
                    aria-invalid=move || type_error.get().is_some().then_some("true")
                    aria-describedby=move || type_error.get().is_some().then_some("tax-id-kind-error")
                    on:change=move |ev| selected.set(event_target_value(&ev))
                >
                    {options}
                </select>
                <FieldError id="tax-id-kind-error" problem=type_error locale/>
            </div>
            <div class="field">
                <label for="tax-id-value">{t(locale, TaxIdText::ValueLabel)}</label>
                <p class="field__hint" id="tax-id-value-hint">{hint}</p>
                <input
                    type="text"
                    id="tax-id-value"
                    name=VALUE_FIELD
                    node_ref=value_input
                    required
                    autocomplete="off"
                    spellcheck="false"
                    value=echoed(VALUE_FIELD).unwrap_or_default()
                    aria-invalid=move || value_error.get().is_some().then_some("true")
                    aria-describedby=move || {
                        if value_error.get().is_some() { "tax-id-value-hint tax-id-value-error" } else { "tax-id-value-hint" }
                    }
                />
                <FieldError id="tax-id-value-error" problem=value_error locale/>
            </div>
            <div class="actions">
                <button type="submit" class="button" on:click=check>{t(locale, TaxIdText::AddButton)}</button>
            </div>
        </ActionForm>
    }
}

/// The message next to a field when the problem is about it.
#[component]
pub fn FieldError(id: &'static str, #[prop(into)] problem: Signal<Option<Problem>>, locale: Locale) -> impl IntoView {
    view! {
        <p class="field__error" id=id hidden=move || problem.get().is_none()>
            {move || problem.get().map(|p| p.message(locale))}
        </p>
    }
}

catalog! {
    /// The tax IDs page.
    pub enum TaxIdText {
        ListHeading,
        Empty,
        ColumnType,
        ColumnNumber,
        ColumnStatus,
        ColumnActions,
        Unverified,
        Pending,
        Verified,
        Unavailable,
        RemoveNumber,
        ConfirmHeading,
        ConfirmText,
        ConfirmButton,
        Keep,
        AddHeading,
        TypeLabel,
        TypeOption,
        ValueLabel,
        ValueHint,
        AddButton,
        Added,
        Removed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<TaxIdText>(&[TaxIdText::ColumnType, TaxIdText::ColumnNumber]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_precheck_follows_the_apis_normalisation() {
        assert_eq!(precheck(""), Some("parameter_missing"));
        assert_eq!(precheck("   "), Some("parameter_missing"));
        for fine in [
            "DE123456788",
            "de 136.695.976",
            "12-3456789",
            "12.345.678/0001-95",
            "ABC010203AB9",
            "IE1234567T",
            "NO 923609016 MVA",
            "DE–123",
        ] {
            assert_eq!(precheck(fine), None, "{fine}");
        }
        for bad in ["DE12345,678", "DÉ123", "１２３", "--", "DE#1"] {
            assert_eq!(precheck(bad), Some("tax_id_invalid"), "{bad}");
        }
    }

    #[test]
    fn the_apis_type_param_names_the_forms_field() {
        let problem = renamed_type_param(Problem::new("tax_id_type_unsupported").about("type"));
        assert!(problem.is_about(TYPE_FIELD));
        let untouched = renamed_type_param(Problem::new("tax_id_invalid").about("value"));
        assert!(untouched.is_about(VALUE_FIELD));
    }
}
