//! The invoices module's pages: so far only their title (the module lands
//! with its page; see docs/portal-ui.md).

use leptos::prelude::*;

use crate::i18n::{Key, t, use_locale};
use crate::pages::layout::ModulePage;
use crate::session::Module;

/// The page's title, for a customer whose configuration enables the module.
#[component]
pub fn InvoicesPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <ModulePage module=Module::Invoices let:_signed_in>
            <h1>{t(locale, Key::ModuleInvoicesTitle)}</h1>
        </ModulePage>
    }
}
