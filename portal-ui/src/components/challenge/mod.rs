//! The simulated bank challenge (3-D Secure), one piece for every page that meets it:
//! the invoices page (a payment the bank wants confirmed) and the add-card page (a card
//! the bank wants confirmed). [`BankChallenge`] frames it as the bank's own window — the
//! page's heading and question, the test-mode notice, a failure of the last answer —
//! around the page's form, whose buttons are [`ChallengeAnswers`].
//!
//! The form stays the page's: each posts its own server function (with its own hidden
//! fields), so the challenge works without JavaScript and, inside the invoices island,
//! through its `ServerAction`.

use leptos::prelude::*;

use crate::components::ProblemMessage;
use crate::i18n::{t, use_locale};
use crate::problem::Problem;

mod texts;
pub use texts::ChallengeText;

/// The bank's challenge: a section `id` (focusable, labelled by its heading
/// `{id}-heading`) with `heading`, the bank's `question`, the test-mode notice, the
/// failure of the last answer (for pages showing it here rather than in their own
/// message), and `children`: the page's form ending in
/// [`ChallengeAnswers`]. A page showing it in place (the invoices island) moves the
/// focus to it itself; the add-card page's challenge is a page load of its own.
#[component]
pub fn BankChallenge(
    id: &'static str,
    heading: String,
    question: String,
    #[prop(optional)] problem: Option<Signal<Option<Problem>>>,
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section
            id=id
            class="challenge"
            aria-labelledby=labelled_by
            tabindex="-1"
            data-challenge="true"
        >
            <h2 id=heading_id>{heading}</h2>
            <p role="alert">{question}</p>
            <div class="challenge__bank">
                <p class="challenge__notice">{t(locale, ChallengeText::TestNotice)}</p>
                {problem.map(|problem| view! { <ProblemMessage problem/> })}
                {children()}
            </div>
        </section>
    }
}

/// The two answers to the bank, as submit buttons of the page's form: `name` carries
/// `approve` or `deny` (the API's words).
#[component]
pub fn ChallengeAnswers(name: &'static str) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="actions">
            <button type="submit" class="button" name=name value="approve">
                {t(locale, ChallengeText::Approve)}
            </button>
            <button type="submit" class="button button--secondary" name=name value="deny">
                {t(locale, ChallengeText::Refuse)}
            </button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<ChallengeText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
