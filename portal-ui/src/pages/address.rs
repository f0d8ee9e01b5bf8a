//! The billing address module (`/address`): one form, shaped by the chosen country.
//!
//! - Which fields a country has, what they are called (state, province, prefecture,
//!   county, region; ZIP or postal code), which are required, the state list and an
//!   example postal code all come from `paylera_shared::address` — the very table the
//!   API validates with, so the form and the API never disagree. Hydrated, the form
//!   runs the same `validate` before posting and ties each message to its field; the
//!   API stays the authority (its `address.*` errors land on the same fields).
//! - Country names are the table's English short names (localized names would need
//!   CLDR data the portal does not carry, in the WASM bundle or on the server).
//! - Changing the country re-shapes the form at once when hydrated. Without
//!   JavaScript, "Show the fields for this country" posts the form, and the server
//!   function sends the browser back to `/address?country=…&line1=…` with what was
//!   typed: the page renders the fields of the new country, values kept. It also does
//!   so when Enter is pressed after choosing another country (the button is the form's
//!   default one; its value is the country the fields were shown for). With the same
//!   country, it saves.
//! - Saving changes only `address` (`POST /v1/customers/{id}`), which the API reports
//!   as `customer.updated` with source `portal`.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_router::hooks::use_query_map;
use paylera_shared::address::{self, CountryRules, PostalCodeKind, StateKind};
use paylera_shared::customer::AddressParams;
use serde::{Deserialize, Serialize};

use crate::catalog;
use crate::i18n::{Key, Locale, t, t_with, use_locale};
use crate::pages::layout::{CsrfField, ModulePage, ProblemCard, ProblemMessage, StatusMessage, done_param};
use crate::pages::tax_ids::FieldError;
use crate::problem::Problem;
use crate::session::{Module, SignedIn};

/// `?done=` after the address was saved without JavaScript.
const DONE_SAVED: &str = "saved";
/// `?refreshed=1`: the form was re-shown for another country (no JavaScript).
const REFRESHED: &str = "refreshed";
/// `refresh_from` while no country is chosen (not a country code).
const NO_COUNTRY: &str = "none";
/// The form's address fields, in the order of the API's checks (also the names of the
/// form fields and of the query after a refresh; the API's params are `address.<name>`).
const FIELDS: [&str; 6] = ["country", "line1", "line2", "city", "state", "postal_code"];

/// An address as the form holds it: every field a string, blank when absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AddressValues {
    pub country: String,
    pub line1: String,
    pub line2: String,
    pub city: String,
    pub state: String,
    pub postal_code: String,
}

impl AddressValues {
    /// The value of form field `name` (one of [`FIELDS`]).
    #[cfg(feature = "ssr")]
    fn get(&self, name: &str) -> &str {
        match name {
            "country" => &self.country,
            "line1" => &self.line1,
            "line2" => &self.line2,
            "city" => &self.city,
            "state" => &self.state,
            "postal_code" => &self.postal_code,
            _ => "",
        }
    }

    /// The values with field `name` read from `source` where it has one.
    fn read(source: impl Fn(&str) -> Option<String>) -> Self {
        let field = |name| source(name).unwrap_or_default();
        Self {
            country: field("country"),
            line1: field("line1"),
            line2: field("line2"),
            city: field("city"),
            state: field("state"),
            postal_code: field("postal_code"),
        }
    }

    /// Every field with its value, for an echo or a query.
    #[cfg(feature = "ssr")]
    fn pairs(&self) -> [(&'static str, &str); 6] {
        FIELDS.map(|name| (name, self.get(name)))
    }

    /// What the API is sent (blank fields absent).
    fn params(&self) -> AddressParams {
        let some = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        AddressParams {
            line1: some(&self.line1),
            line2: some(&self.line2),
            city: some(&self.city),
            state: some(&self.state),
            postal_code: some(&self.postal_code),
            country: some(&self.country),
        }
    }
}

impl From<paylera_shared::customer::Address> for AddressValues {
    fn from(address: paylera_shared::customer::Address) -> Self {
        Self {
            country: address.country,
            line1: address.line1.unwrap_or_default(),
            line2: address.line2.unwrap_or_default(),
            city: address.city.unwrap_or_default(),
            state: address.state.unwrap_or_default(),
            postal_code: address.postal_code.unwrap_or_default(),
        }
    }
}

/// What the form starts from: the stored address and the country list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressData {
    /// The customer's billing address, if they have one.
    pub stored: Option<AddressValues>,
    /// Every country (code, name) in the page's language, in list order.
    pub countries: Vec<(String, String)>,
}

impl AddressData {
    /// The name of the country `code` (any case).
    fn country_name(&self, code: &str) -> Option<&str> {
        self.countries
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(|(_, name)| name.as_str())
    }
}

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

/// The `refresh_from` of the form whose fields are shown for `country`: never blank
/// (a blank field is no field to the server function), so a form shown before any
/// country was chosen still asks for a refresh.
fn shown_for(country: &str) -> String {
    if country.is_empty() {
        NO_COUNTRY.to_owned()
    } else {
        country.to_owned()
    }
}

/// The browser's check before posting: the shared rules' first broken one, as the
/// problem the API would answer (`address.<field>`).
pub fn precheck(values: &AddressValues) -> Option<Problem> {
    address::validate(&values.params())
        .err()
        .map(|err| Problem::api(err.code).about(format!("address.{}", err.param)))
}

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
                                    <AddressForm initial countries csrf save locale/>
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

/// The form itself: the country first, then the fields that country uses.
#[component]
fn AddressForm(
    initial: AddressValues,
    countries: Vec<(String, String)>,
    csrf: String,
    save: ServerAction<SaveAddress>,
    locale: Locale,
) -> impl IntoView {
    let server_problem = Signal::derive(move || save.value().get().and_then(Result::err));
    // After a failure the echoed values win over the stored address.
    let initial = server_problem
        .get_untracked()
        .filter(|problem| !problem.form.is_empty())
        .map_or(initial, |problem| {
            AddressValues::read(|name| problem.form_value(name).map(str::to_owned))
        });
    let values = RwSignal::new(initial.clone());
    let (client_problem, set_client_problem) = signal(None::<Problem>);
    Effect::new(move |_| {
        save.version().track();
        set_client_problem.set(None);
    });
    let problem = Signal::derive(move || client_problem.get().or_else(|| server_problem.get()));
    let country = Memo::new(move |_| values.with(|v| v.country.clone()));
    let rules = Memo::new(move |_| address::rules(&country.get()));
    let (hydrated, set_hydrated) = signal(false);
    Effect::new(move |_| set_hydrated.set(true));

    let error_of = move |field: &'static str| {
        Signal::derive(move || problem.get().filter(|p| p.is_about(&format!("address.{field}"))))
    };
    let form_problem = Signal::derive(move || {
        problem
            .get()
            .filter(|p| !FIELDS.iter().any(|field| p.is_about(&format!("address.{field}"))))
    });
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
        <ActionForm action=save attr:class="form address__form" attr:aria-labelledby="address-heading" attr:novalidate=true>
            <CsrfField token=csrf/>
            <ProblemMessage problem=form_problem/>
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
        </ActionForm>
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

catalog! {
    /// The billing address page.
    pub enum AddressText {
        FieldRequired,
        FieldOptional,
        Country,
        ChooseCountry,
        ChooseOne,
        UpdateFields,
        FieldsUpdated,
        FieldsUpdatedNoCountry,
        Line1,
        Line2,
        City,
        State,
        Province,
        Prefecture,
        County,
        Region,
        ZipCode,
        PostalCode,
        PostalHint,
        SaveButton,
        Saved,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<AddressText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    fn values(country: &str, state: &str, postal_code: &str) -> AddressValues {
        AddressValues {
            country: country.to_owned(),
            line1: "1 Main St".to_owned(),
            city: "Springfield".to_owned(),
            state: state.to_owned(),
            postal_code: postal_code.to_owned(),
            ..AddressValues::default()
        }
    }

    #[test]
    fn the_precheck_reports_what_the_api_would_on_the_same_field() {
        assert_eq!(precheck(&values("US", "IL", "62701")), None);
        let missing_state = precheck(&values("US", "", "62701")).expect("state");
        assert_eq!(
            (missing_state.code.as_str(), missing_state.is_about("address.state")),
            ("parameter_missing", true)
        );
        let bad_zip = precheck(&values("US", "IL", "6270")).expect("zip");
        assert_eq!(
            (bad_zip.code.as_str(), bad_zip.is_about("address.postal_code")),
            ("invalid_postal_code", true)
        );
        let no_country = precheck(&values("", "", "")).expect("country");
        assert!(no_country.is_about("address.country"));
        assert_eq!(precheck(&values("SG", "", "")), None, "no state, no postal code needed");
    }

    #[test]
    fn the_form_values_round_trip_through_the_echo() {
        let typed = values("CA", "ON", "k1a0b1");
        let echoed = Problem::new("invalid_postal_code").with_form(typed.pairs());
        assert_eq!(
            AddressValues::read(|name| echoed.form_value(name).map(str::to_owned)),
            typed
        );
    }
}
