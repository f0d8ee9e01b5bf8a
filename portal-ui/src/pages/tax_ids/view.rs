//! The tax IDs page (`/tax-ids`): the list, removing one (two steps) and adding one.

use leptos::html::{Input, Select};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::TaxIdText;
use super::model::{DONE_ADDED, DONE_REMOVED, TYPE_FIELD, TaxIdKind, TaxIdRow, TaxIdsData, VALUE_FIELD, precheck};
use super::server::{AddTaxId, RemoveTaxId, load_tax_ids};
use crate::components::{CsrfField, FieldError, ModulePage, ProblemCard, ProblemMessage, StatusMessage, done_param};
use crate::i18n::{Key, Locale, t, t_with, use_locale};
use crate::problem::Problem;
use crate::session::{Module, SignedIn};

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

/// The form adding a tax ID: a plain post (its outcome lands on the page with
/// `?done=added`, or with the failure), around [`TaxIdFields`], the island that keeps
/// the hint in step with the chosen type and checks the number before sending.
#[component]
fn AddTaxIdForm(kinds: Vec<TaxIdKind>, csrf: String, add: ServerAction<AddTaxId>, locale: Locale) -> impl IntoView {
    let problem = add.value().get_untracked().and_then(Result::err);
    // Whatever is not about a field (the limit, the session) is the form's message.
    let form_problem = problem
        .clone()
        .filter(|p| !p.is_about(TYPE_FIELD) && !p.is_about(VALUE_FIELD));
    view! {
        <h2 id="tax-ids-add-heading">{t(locale, TaxIdText::AddHeading)}</h2>
        <ActionForm action=add attr:class="form tax-ids__form" attr:aria-labelledby="tax-ids-add-heading" attr:novalidate=true>
            <CsrfField token=csrf/>
            <ProblemMessage problem=Signal::stored(form_problem)/>
            <TaxIdFields kinds problem/>
        </ActionForm>
    }
}

/// The type, the number (with the chosen type's example as its hint) and the submit
/// button, with the field-tied messages of `problem` (the last post's failure, whose
/// values it gives back). An island: the hint follows the type as it changes, and the
/// number's format is checked before the form is sent.
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
fn TaxIdFields(kinds: Vec<TaxIdKind>, problem: Option<Problem>) -> impl IntoView {
    let locale = use_locale();
    let server_problem = problem;
    let (client_problem, set_client_problem) = signal(None::<Problem>);
    let echoed = |field: &str| {
        server_problem
            .as_ref()
            .and_then(|p| p.form_value(field).map(str::to_owned))
    };
    let value_echo = echoed(VALUE_FIELD).unwrap_or_default();
    let first_kind = kinds.first().map(|k| k.kind.clone()).unwrap_or_default();
    let selected = RwSignal::new(echoed(TYPE_FIELD).unwrap_or(first_kind));
    let problem = Signal::derive(move || client_problem.get().or_else(|| server_problem.clone()));
    let kind_select = NodeRef::<Select>::new();
    let value_input = NodeRef::<Input>::new();
    // A type chosen before the island was hydrated is the one the hint is for.
    Effect::new(move |_| {
        if let Some(select) = kind_select.get() {
            selected.set(select.value());
        }
    });

    let about = move |field: &'static str| Signal::derive(move || problem.get().filter(|p| p.is_about(field)));
    let type_error = about(TYPE_FIELD);
    let value_error = about(VALUE_FIELD);

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
        <div class="field">
            <label for="tax-id-kind">{t(locale, TaxIdText::TypeLabel)}</label>
            <select
                id="tax-id-kind"
                name=TYPE_FIELD
                required
                node_ref=kind_select
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
                value=value_echo
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
    }
}
