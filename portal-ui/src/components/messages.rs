//! The pieces of every form: the hidden CSRF field, the form's failure, a field's
//! failure, the outcome of an action and the `?done=` a form posted without
//! JavaScript lands with (the rules are in [`super::layout`]'s docs).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::{Locale, use_locale};
use crate::problem::Problem;
use crate::session::CSRF_FIELD;

/// The hidden field that carries the CSRF token in every form.
#[component]
pub fn CsrfField(token: String) -> impl IntoView {
    view! { <input type="hidden" name=CSRF_FIELD value=token/> }
}

/// The failure of a form, announced as it appears (`role="alert"`); nothing when
/// `problem` is `None`. `id` lets fields point at it with `aria-describedby`.
#[component]
pub fn ProblemMessage(
    #[prop(into)] problem: Signal<Option<Problem>>,
    #[prop(optional)] id: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let id = (!id.is_empty()).then_some(id);
    view! {
        <div class="message message--error" role="alert" id=id hidden=move || problem.get().is_none()>
            {move || problem.get().map(|problem| problem.message(locale))}
        </div>
    }
}

/// The outcome of an action, announced politely (`role="status"`); always in the page
/// so screen readers pick up the change.
#[component]
pub fn StatusMessage(#[prop(into)] text: Signal<Option<String>>) -> impl IntoView {
    view! {
        <div class="message message--success" role="status" aria-live="polite">
            {move || text.get()}
        </div>
    }
}

/// The `?done=<what>` of a form posted without JavaScript (see the module docs).
pub fn done_param() -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get("done"))
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
