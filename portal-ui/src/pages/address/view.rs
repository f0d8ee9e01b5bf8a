//! The address page (`/address`): the form, whose fields follow the chosen country.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use paylera_shared::address::{self, CountryRules, PostalCodeKind, StateKind};

use super::AddressText;
use super::model::{AddressData, AddressValues, DONE_SAVED, FIELDS, REFRESHED, precheck, shown_for};
use super::server::{SaveAddress, load_address};
use crate::components::{CsrfField, FieldError, ModulePage, ProblemCard, ProblemMessage, StatusMessage, done_param};
use crate::i18n::{Key, Locale, t, t_with, use_locale};
use crate::problem::Problem;
use crate::session::{Module, SignedIn};

/// The page (`/address`), for a customer whose configuration enables the module.
#[component]
pub fn AddressPage() -> impl IntoView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let locale = use_locale();
    let save = ServerAction::<SaveAddress>::new();
    let stored = Resource::new(
        move || save.version().get(),
        move |_| load_address(locale.tag().to_owned()),
    );
    view! {
        <ModulePage module=Module::Address let:signed_in>
            <AddressEditor signed_in save stored/>
        </ModulePage>
    }
}

/// The heading, the messages and the form once the stored address is loaded.
#[component]
fn AddressEditor(
    signed_in: SignedIn,
    save: ServerAction<SaveAddress>,
    stored: Resource<Result<AddressData, Problem>>,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let done = done_param();
    let status = Signal::derive(move || {
        let saved = match save.value().get() {
            Some(outcome) => outcome.is_ok_and(|saved| saved.is_some()),
            None => done.get().as_deref() == Some(DONE_SAVED),
        };
        saved.then(|| t(locale, AddressText::Saved).to_owned())
    });
    let csrf = signed_in.csrf_token;

    view! {
        <section class="card address" aria-labelledby="address-heading">
            <h1 id="address-heading">{t(locale, Key::ModuleAddressTitle)}</h1>
            <p class="lead">{t(locale, Key::ModuleAddressDescription)}</p>
            <StatusMessage text=status/>
            <Transition fallback=|| ()>
                {move || {
                    let csrf = csrf.clone();
                    stored
                        .get()
                        .map(|loaded| match loaded {
                            Ok(data) => {
                                // After a refresh (no JavaScript) the query holds what was typed,
                                // and a note says which country's fields are now shown.
                                let from_query = query.with_untracked(|q| q.get(REFRESHED).is_some());
                                let note = (from_query && save.value().get_untracked().is_none()).then(|| {
                                    let chosen = query.with_untracked(|q| q.get("country")).unwrap_or_default();
                                    refreshed_note(locale, &data, &chosen)
                                });
                                let AddressData { stored, countries } = data;
                                let initial = if from_query {
                                    query.with_untracked(|q| AddressValues::read(|name| q.get(name)))
                                } else {
                                    stored.unwrap_or_default()
                                };
                                view! {
                                    {note.map(|text| view! {
                                        <p class="message message--success" role="status" data-fields-shown="true">{text}</p>
                                    })}
                                    <AddressForm initial countries csrf save/>
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

/// "The form now shows the fields for {country}", the country named in the page's
/// language (from the loaded list, so the browser needs no table of names).
fn refreshed_note(locale: Locale, data: &AddressData, code: &str) -> String {
    data.country_name(code).map_or_else(
        || t(locale, AddressText::FieldsUpdatedNoCountry).to_owned(),
        |name| t_with(locale, AddressText::FieldsUpdated, &[("country", name)]),
    )
}

/// The form itself: a plain post (its outcome lands on the page with `?done=saved`,
/// or with the failure and the values given back) around [`AddressFields`], the
/// island whose fields follow the chosen country.
#[component]
fn AddressForm(
    initial: AddressValues,
    countries: Vec<(String, String)>,
    csrf: String,
    save: ServerAction<SaveAddress>,
) -> impl IntoView {
    let problem = save.value().get_untracked().and_then(Result::err);
    // After a failure the echoed values win over the stored address.
    let initial = problem
        .as_ref()
        .filter(|problem| !problem.form.is_empty())
        .map_or(initial, |problem| {
            AddressValues::read(|name| problem.form_value(name).map(str::to_owned))
        });
    let form_problem = problem
        .clone()
        .filter(|p| !FIELDS.iter().any(|field| p.is_about(&format!("address.{field}"))));
    view! {
        <ActionForm action=save attr:class="form address__form" attr:aria-labelledby="address-heading" attr:novalidate=true>
            <CsrfField token=csrf/>
            <ProblemMessage problem=Signal::stored(form_problem)/>
            <AddressFields initial countries problem/>
        </ActionForm>
    }
}

/// The country first, then the fields that country uses, and the submit button; each
/// field with its message from `problem` (the last post's failure). An island: the
/// fields change with the country at once (without JavaScript, "Show the fields for
/// this country" posts the form back to the page), and the values are checked before
/// the form is sent.
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
fn AddressFields(initial: AddressValues, countries: Vec<(String, String)>, problem: Option<Problem>) -> impl IntoView {
    let locale = use_locale();
    let server_problem = problem;
    let values = RwSignal::new(initial.clone());
    let (client_problem, set_client_problem) = signal(None::<Problem>);
    let problem = Signal::derive(move || client_problem.get().or_else(|| server_problem.clone()));
    let country = Memo::new(move |_| values.with(|v| v.country.clone()));
    let rules = Memo::new(move |_| address::rules(&country.get()));
    let (hydrated, set_hydrated) = signal(false);
    // Once hydrated: what was typed or chosen before is what the form holds.
    Effect::new(move |_| {
        values.set(AddressValues::read(|name| field_value(&format!("address-{name}"))));
        set_hydrated.set(true);
    });

    let error_of = move |field: &'static str| {
        Signal::derive(move || problem.get().filter(|p| p.is_about(&format!("address.{field}"))))
    };
    let set = move |field: &'static str| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            values.update(|v| match field {
                "country" => {
                    v.country = value;
                    v.state.clear(); // another country's state means nothing here
                }
                "line1" => v.line1 = value,
                "line2" => v.line2 = value,
                "city" => v.city = value,
                "state" => v.state = value,
                _ => v.postal_code = value,
            });
        }
    };
    let check = move |ev: leptos::ev::MouseEvent| {
        let found = precheck(&values.get_untracked());
        if let Some(problem) = &found {
            ev.prevent_default();
            let field = problem
                .param
                .as_deref()
                .and_then(|p| p.strip_prefix("address."))
                .unwrap_or("country");
            focus(&format!("address-{field}"));
        }
        set_client_problem.set(found);
    };

    let country_options = countries
        .into_iter()
        .map(|(code, name)| {
            let selected = initial.country.eq_ignore_ascii_case(&code);
            view! { <option value=code selected=selected>{name}</option> }
        })
        .collect_view();
    let initial_country = initial.country.clone();
    let initial_state = initial.state.clone();

    view! {
        <div class="field">
            <label for="address-country">{labelled(locale, AddressText::Country, true)}</label>
            <div class="address__country">
                <select
                    id="address-country"
                    name="address[country]"
                    required
                    autocomplete="country"
                    aria-invalid=invalid(error_of("country"))
                    aria-describedby=described(None, "address-country-error", error_of("country"))
                    on:change=set("country")
                >
                    <option value="" selected=initial.country.is_empty()>{t(locale, AddressText::ChooseCountry)}</option>
                    {country_options}
                </select>
                <button
                    type="submit"
                    name="refresh_from"
                    value=move || shown_for(&country.get())
                    class="button button--secondary"
                    hidden=move || hydrated.get()
                    on:click=check
                >
                    {t(locale, AddressText::UpdateFields)}
                </button>
            </div>
            <FieldError id="address-country-error" problem=error_of("country") locale/>
        </div>
        <TextField field="line1" required=true label=labelled(locale, AddressText::Line1, true) autocomplete="address-line1" initial=initial.line1.clone() error=error_of("line1") on_input=set("line1") locale/>
        <TextField field="line2" required=false label=labelled(locale, AddressText::Line2, false) autocomplete="address-line2" initial=initial.line2.clone() error=error_of("line2") on_input=set("line2") locale/>
        <TextField field="city" required=true label=labelled(locale, AddressText::City, true) autocomplete="address-level2" initial=initial.city.clone() error=error_of("city") on_input=set("city") locale/>
        {move || {
            let rules = rules.get();
            // The state keeps its first value only while the country is the first one.
            let initial_state = if country.get().eq_ignore_ascii_case(&initial_country) { initial_state.clone() } else { String::new() };
            state_field(rules, initial_state, error_of("state"), set("state"), locale)
        }}
        {move || {
            let rules = rules.get();
            let kind = rules.map_or(PostalCodeKind::PostalCode, |r| r.postal_code_kind);
            let noun = if kind == PostalCodeKind::ZipCode { AddressText::ZipCode } else { AddressText::PostalCode };
            let required = rules.is_some_and(|r| r.requires_postal_code);
            let hint = rules
                .and_then(|r| r.postal_code_example)
                .map(|example| t_with(locale, AddressText::PostalHint, &[("example", example)]));
            view! {
                <TextField field="postal_code" required label=labelled(locale, noun, required) autocomplete="postal-code" initial=values.with_untracked(|v| v.postal_code.clone()) error=error_of("postal_code") on_input=set("postal_code") hint=hint.unwrap_or_default() locale/>
            }
        }}
        <div class="actions">
            <button type="submit" class="button" on:click=check>{t(locale, AddressText::SaveButton)}</button>
        </div>
    }
}

/// The value of the form field `id` as the page holds it now (in the browser; `None`
/// on the server and for a field the form does not show).
fn field_value(id: &str) -> Option<String> {
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{HtmlInputElement, HtmlSelectElement};
    let element = document().get_element_by_id(id)?;
    match element.dyn_ref::<HtmlSelectElement>() {
        Some(select) => Some(select.value()),
        None => element.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value),
    }
}

/// The state field of `rules`' country: a list where the API checks one, free text
/// otherwise, nothing where addresses do not use one.
fn state_field(
    rules: Option<CountryRules>,
    initial: String,
    error: Signal<Option<Problem>>,
    on_change: impl Fn(leptos::ev::Event) + Clone + 'static,
    locale: Locale,
) -> AnyView {
    let kind = match rules {
        Some(rules) => rules.state_kind,
        None => Some(StateKind::Region),
    };
    let Some(kind) = kind else { return ().into_any() };
    let required = rules.is_some_and(|r| r.requires_state);
    let noun = match kind {
        StateKind::State => AddressText::State,
        StateKind::Province => AddressText::Province,
        StateKind::Prefecture => AddressText::Prefecture,
        StateKind::County => AddressText::County,
        StateKind::Region => AddressText::Region,
    };
    let label = labelled(locale, noun, required);
    let states = rules.map(|r| r.states).unwrap_or_default();
    if states.is_empty() {
        return view! {
            <TextField field="state" required label autocomplete="address-level1" initial error on_input=on_change locale/>
        }
        .into_any();
    }
    let mut states = states.to_vec();
    states.sort_by_key(|(_, name)| *name);
    let options = states
        .into_iter()
        .map(|(code, name)| {
            let selected = initial.eq_ignore_ascii_case(code) || initial.eq_ignore_ascii_case(name);
            view! { <option value=code selected=selected>{name}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="address-state">{label}</label>
            <select
                id="address-state"
                name="address[state]"
                required=required
                autocomplete="address-level1"
                aria-invalid=invalid(error)
                aria-describedby=described(None, "address-state-error", error)
                on:change=on_change
            >
                <option value="" selected=initial.is_empty()>{t(locale, AddressText::ChooseOne)}</option>
                {options}
            </select>
            <FieldError id="address-state-error" problem=error locale/>
        </div>
    }
    .into_any()
}

/// One text field: label, optional hint, input, the message when the problem is about it.
#[component]
fn TextField<F>(
    field: &'static str,
    required: bool,
    label: String,
    autocomplete: &'static str,
    initial: String,
    error: Signal<Option<Problem>>,
    on_input: F,
    /// Shown under the label when not empty.
    #[prop(optional)]
    hint: String,
    locale: Locale,
) -> impl IntoView
where
    F: Fn(leptos::ev::Event) + 'static,
{
    let id = format!("address-{field}");
    let error_id: &'static str = match field {
        "line1" => "address-line1-error",
        "line2" => "address-line2-error",
        "city" => "address-city-error",
        "state" => "address-state-error",
        _ => "address-postal_code-error",
    };
    let hint = (!hint.is_empty()).then_some(hint);
    let hint_id = hint.as_ref().map(|_| format!("address-{field}-hint"));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{hint}</p> })}
            <input
                type="text"
                id=id
                name=format!("address[{field}]")
                required=required
                autocomplete=autocomplete
                value=initial
                aria-invalid=invalid(error)
                aria-describedby=described(hint_id.clone(), error_id, error)
                on:input=on_input
            />
            <FieldError id=error_id problem=error locale/>
        </div>
    }
}

/// "Label (required)" / "Label (optional)".
fn labelled(locale: Locale, noun: AddressText, required: bool) -> String {
    let template = if required {
        AddressText::FieldRequired
    } else {
        AddressText::FieldOptional
    };
    t_with(locale, template, &[("field", t(locale, noun))])
}

/// `aria-invalid` while `error` is set.
fn invalid(error: Signal<Option<Problem>>) -> impl Fn() -> Option<&'static str> + Send + Sync + Copy {
    move || error.get().is_some().then_some("true")
}

/// `aria-describedby`: the hint, plus the error message while there is one.
fn described(
    hint: Option<String>,
    error_id: &'static str,
    error: Signal<Option<Problem>>,
) -> impl Fn() -> Option<String> + Send + Sync {
    move || {
        let error = error.get().is_some().then_some(error_id);
        let ids: Vec<&str> = hint.as_deref().into_iter().chain(error).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// Moves the focus to element `id` (the first field at fault), in the browser.
fn focus(id: &str) {
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::HtmlElement;
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
