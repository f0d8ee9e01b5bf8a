//! The language switcher in every signed-in page's footer: the customer picks one of
//! the portal's locales, each named in its own language, and the session keeps it
//! (`POST /v1/portal/session`) over the merchant's locale, the customer's preferences
//! and the browser's. A plain form (no island, no script): the choice takes effect on
//! the next page, which is the same page, reloaded in the new language.
//!
//! Choosing does not submit by itself (WCAG 3.2.2, "On Input"): the button does.

use leptos::prelude::*;
use leptos::server_fn::ServerFn as _;

use super::LayoutText;
use crate::i18n::{Locale, t, use_locale};
use crate::problem::Problem;
use crate::session::CSRF_FIELD;

/// The `id` of the switcher's `<select>`.
const SELECT_ID: &str = "language-select";

/// The switcher, for a signed-in customer whose form carries `csrf_token`.
#[component]
pub fn LanguageSwitcher(csrf_token: String) -> impl IntoView {
    let locale = use_locale();
    view! {
        <form class="language-switcher" method="post" action=SetLanguage::url()>
            <input type="hidden" name=CSRF_FIELD value=csrf_token/>
            <label for=SELECT_ID>{t(locale, LayoutText::LanguageLabel)}</label>
            <select id=SELECT_ID name="locale">
                {Locale::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <option value=option.tag() lang=option.tag() selected=option == locale>
                                {option.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="button button--secondary">
                {t(locale, LayoutText::LanguageButton)}
            </button>
        </form>
    }
}

/// Keeps `locale` (a tag of [`Locale::ALL`]) for the customer's session. Without
/// JavaScript (the only way this form is sent) the browser lands back on its page.
#[server(endpoint = "language", prefix = "/api")]
pub async fn set_language(csrf: String, locale: String) -> Result<(), Problem> {
    use crate::problem::codes;
    use crate::server::actions;

    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let locale: Locale = locale
        .parse()
        .map_err(|_| Problem::new(codes::INVALID_INPUT).about("locale"))?;
    let customer = actions::customer().await?;
    customer
        .api
        .set_portal_session_locale(locale)
        .await
        .map_err(actions::problem)?;
    Ok(())
}
