//! The payment methods module's pages: so far only their title (the module lands
//! with its page; see docs/portal-ui.md).

use leptos::prelude::*;

use crate::i18n::{Key, t, use_locale};
use crate::pages::layout::ModulePage;
use crate::session::Module;

/// The page's title, for a customer whose configuration enables the module.
#[component]
pub fn PaymentMethodsPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <ModulePage module=Module::PaymentMethods let:_signed_in>
            <h1>{t(locale, Key::ModulePaymentMethodsTitle)}</h1>
        </ModulePage>
    }
}

/// The page's title, for a customer whose configuration enables the module.
#[component]
pub fn AddCardPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <ModulePage module=Module::PaymentMethods let:_signed_in>
            <h1>{t(locale, Key::ModulePaymentMethodsTitle)}</h1>
        </ModulePage>
    }
}
