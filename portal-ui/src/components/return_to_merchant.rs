//! The way back to the merchant, shared by the overview and the end of a deep-link
//! flow (`/done`).

use leptos::prelude::*;

use crate::i18n::{Key, t, use_locale};
use crate::session::CSRF_FIELD;

/// "Return to merchant": a plain form posting to `/return` (see
/// `server::return_to_merchant`), so it works before hydration and without JavaScript;
/// its hidden field carries the CSRF token.
#[component]
pub fn ReturnToMerchantForm(csrf_token: String) -> impl IntoView {
    let locale = use_locale();
    view! {
        <form method="post" action="/return">
            <input type="hidden" name=CSRF_FIELD value=csrf_token/>
            <button type="submit" class="button">
                {t(locale, Key::ReturnToMerchantButton)}
            </button>
        </form>
    }
}
