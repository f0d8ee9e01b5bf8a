//! The way back to the merchant, shared by the overview and the end of a deep-link
//! flow (`/done`).

use leptos::prelude::*;

use crate::i18n::{Key, t, t_with, use_locale};
use crate::session::{CSRF_FIELD, use_visitor};

/// "Return to {business}": a plain form posting to `/return` (see
/// `server::return_to_merchant`), so it works before hydration and without JavaScript;
/// its hidden field carries the CSRF token. The business is the signed-in session's
/// (its configuration's name, the tenant's by default); "Return to merchant" only when
/// the session could not be read.
#[component]
pub fn ReturnToMerchantForm(csrf_token: String) -> impl IntoView {
    let locale = use_locale();
    let business = use_visitor()
        .get_untracked()
        .and_then(Result::ok)
        .and_then(|visitor| visitor.signed_in().cloned())
        .and_then(|signed_in| signed_in.overview)
        .and_then(|overview| overview.business_name().map(str::to_owned));
    let label = match business {
        Some(business) => t_with(locale, Key::ReturnTo, &[("merchant", &business)]),
        None => t(locale, Key::ReturnToMerchantButton).to_owned(),
    };
    view! {
        <form method="post" action="/return">
            <input type="hidden" name=CSRF_FIELD value=csrf_token/>
            <button type="submit" class="button">
                {label}
            </button>
        </form>
    }
}
