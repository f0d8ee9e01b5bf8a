//! The invoices page (`/invoices`): the list, paying an open invoice and the bank's
//! challenge of a payment.

use chrono::Datelike as _;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use paylera_shared::money::Money;

use crate::components::invoice::{
    Challenge, DONE_PAID, INVOICE_FIELD, InvoicePage, InvoiceRow, InvoiceText, PayInvoice, load_invoices,
};
use crate::components::{
    BankChallenge, ChallengeAnswers, CsrfField, ModulePage, ProblemCard, ProblemMessage, StatusMessage, done_param,
};
use crate::i18n::{Key, Locale, format, t, t_with, use_locale};
use crate::idempotency::{IdempotencyField, form_key};
use crate::problem::Problem;
use crate::session::{Module, SignedIn};

/// The page (`/invoices`), for a customer whose configuration enables the module.
#[component]
pub fn InvoicesPage() -> impl IntoView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let query = use_query_map();
    let after = Memo::new(move |_| query.read().get("after").filter(|after| !after.is_empty()));
    let invoices = Resource::new(move || after.get(), load_invoices);
    view! {
        <ModulePage module=Module::Invoices let:signed_in>
            <InvoicesLoaded signed_in after invoices/>
        </ModulePage>
    }
}

/// The page once its invoices are loaded: the [`InvoiceList`] island, given what the
/// server knows (the list, the page's `?after=` and `?done=`).
#[component]
fn InvoicesLoaded(
    signed_in: SignedIn,
    after: Memo<Option<String>>,
    invoices: Resource<Result<InvoicePage, Problem>>,
) -> impl IntoView {
    let done = done_param();
    let csrf = signed_in.csrf_token;
    view! {
        <Transition fallback=|| ()>
            {move || {
                let csrf = csrf.clone();
                invoices
                    .get()
                    .map(|loaded| {
                        view! { <InvoiceList csrf loaded after=after.get() done=done.get()/> }
                    })
            }}
        </Transition>
    }
}

/// The list, its messages and the bank's challenge when one is waiting. An island:
/// hydrated, paying and answering the bank are sent with `fetch` and the outcome (and
/// the reloaded list) shows in place; without JavaScript each is a form post that
/// lands back on the page.
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
fn InvoiceList(
    csrf: String,
    loaded: Result<InvoicePage, Problem>,
    after: Option<String>,
    done: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let pay = ServerAction::<PayInvoice>::new();
    let invoices = RwSignal::new(loaded);
    // After each payment attempt, the list as it is now (in the browser: effects never
    // run on the server).
    Effect::new({
        let after = after.clone();
        move |attempts_before: Option<usize>| {
            let attempts = pay.version().get();
            if attempts_before.is_some_and(|before| before != attempts) {
                let after = after.clone();
                leptos::task::spawn_local(async move { invoices.set(load_invoices(after).await) });
            }
            attempts
        }
    });

    let failure = Memo::new(move |_| pay.value().get().and_then(Result::err));
    // The payment waiting for the bank's challenge. A memo of the attempt's answer alone,
    // so that the list reloading after it does not redraw the challenge (and take the
    // focus away from it).
    let challenged = Memo::new(move |_| failure.get().as_ref().and_then(Challenge::of));
    // A challenge replaces the message: it says what the bank asks, and offers the answers.
    let problem = Signal::derive(move || failure.get().filter(|_| challenged.get().is_none()));
    let paid = Signal::derive(move || match pay.value().get() {
        Some(outcome) => outcome.is_ok(),
        None => done.as_deref() == Some(DONE_PAID),
    });
    let status = Signal::derive(move || paid.get().then(|| t(locale, InvoiceText::Paid).to_owned()));
    focus_after_payment(pay, challenged);

    let challenge = {
        let csrf = csrf.clone();
        move || {
            challenged
                .get()
                .map(|challenge| view! { <InvoiceChallenge challenge csrf=csrf.clone() pay locale/> })
        }
    };
    view! {
        <section class="card invoices" aria-labelledby="invoices-heading">
            <h1 id="invoices-heading">{t(locale, Key::ModuleInvoicesTitle)}</h1>
            <p class="lead">{t(locale, Key::ModuleInvoicesDescription)}</p>
            <div id=OUTCOME_ID class="invoices__outcome" tabindex="-1">
                <StatusMessage text=status/>
                <ProblemMessage problem/>
            </div>
            {challenge}
            {move || {
                let csrf = csrf.clone();
                let after = after.clone();
                match invoices.get() {
                    Ok(page) => view! { <InvoicePageView page after csrf pay locale/> }.into_any(),
                    Err(problem) => view! { <ProblemCard problem/> }.into_any(),
                }
            }}
        </section>
    }
}

/// The `id` of what wraps the outcome messages (focused after a payment attempt).
const OUTCOME_ID: &str = "invoice-payment-outcome";

/// The `id` of the bank's challenge (focused when it appears).
const CHALLENGE_ID: &str = "invoice-challenge";

/// Hydrated only: once a payment attempt answered, moves the focus to what the customer
/// must read or do next — the bank's challenge, or the outcome. The button they pressed
/// is gone (paid, answered) or redrawn with the reloaded list, and the focus with it.
fn focus_after_payment(pay: ServerAction<PayInvoice>, challenged: Memo<Option<Challenge>>) {
    Effect::new(move |answered_before: Option<usize>| {
        let answered = pay.version().get();
        if answered_before.is_some_and(|before| before != answered) {
            let target = if challenged.get_untracked().is_some() {
                CHALLENGE_ID
            } else {
                OUTCOME_ID
            };
            request_animation_frame(move || {
                use leptos::{wasm_bindgen::JsCast as _, web_sys::HtmlElement};
                if let Some(element) = document()
                    .get_element_by_id(target)
                    .and_then(|element| element.dyn_into::<HtmlElement>().ok())
                {
                    let _ = element.focus();
                }
            });
        }
        answered
    });
}

/// A loaded page: the table (or the empty state) and the links to the other pages.
#[component]
fn InvoicePageView(
    page: InvoicePage,
    after: Option<String>,
    csrf: String,
    pay: ServerAction<PayInvoice>,
    locale: Locale,
) -> impl IntoView {
    let InvoicePage { rows, has_more } = page;
    if rows.is_empty() && after.is_none() {
        return view! { <p class="invoices__empty" data-empty="true">{t(locale, InvoiceText::Empty)}</p> }.into_any();
    }
    let older = has_more
        .then(|| {
            rows.last()
                .map(|row| format!("{}?after={}", Module::Invoices.href(), row.id))
        })
        .flatten();
    view! {
        <table class="table invoices__table">
            <caption>{t(locale, InvoiceText::Caption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(locale, InvoiceText::ColumnNumber)}</th>
                    <th scope="col">{t(locale, InvoiceText::ColumnDate)}</th>
                    <th scope="col">{t(locale, InvoiceText::ColumnAmount)}</th>
                    <th scope="col">{t(locale, InvoiceText::ColumnStatus)}</th>
                    <th scope="col">{t(locale, InvoiceText::ColumnActions)}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| view! { <InvoiceRowView row csrf=csrf.clone() pay locale/> })
                    .collect_view()}
            </tbody>
        </table>
        {(older.is_some() || after.is_some())
            .then(|| {
                view! {
                    <nav class="invoices__pages" aria-label=t(locale, InvoiceText::PagesLabel)>
                        {after
                            .is_some()
                            .then(|| {
                                view! {
                                    <a class="button button--secondary" href=Module::Invoices.href()>
                                        {t(locale, InvoiceText::NewestInvoices)}
                                    </a>
                                }
                            })}
                        {older
                            .map(|href| {
                                view! {
                                    <a class="button button--secondary" href=href rel="next">
                                        {t(locale, InvoiceText::OlderInvoices)}
                                    </a>
                                }
                            })}
                    </nav>
                }
            })}
    }
    .into_any()
}

/// One invoice: number, date, amount, state (in words), and what can be done with it.
#[component]
fn InvoiceRowView(row: InvoiceRow, csrf: String, pay: ServerAction<PayInvoice>, locale: Locale) -> impl IntoView {
    let label = row.label().to_owned();
    let issued = format::date(locale, row.issued.year(), row.issued.month(), row.issued.day());
    let amount = format::money(locale, Money::new(row.total, row.currency));
    let download = row.finalized.then(|| {
        view! {
            // `download` without a name: the file keeps the API's `Content-Disposition` one
            // (the client router leaves `download` links to the browser).
            <a class="invoices__download" href=row.pdf_href(locale) download="">
                {t_with(locale, InvoiceText::DownloadPdf, &[("number", &label)])}
            </a>
        }
    });
    // A paid invoice's receipt: a plain link too, so it works without JavaScript.
    let receipt = row.receipt_href(locale).map(|href| {
        view! {
            <a class="invoices__download" href=href download="">
                {t_with(locale, InvoiceText::DownloadReceipt, &[("number", &label)])}
            </a>
        }
    });
    let retry = row.state.payable().then(|| {
        let (id, label) = (row.id.clone(), label.clone());
        let key = form_key(pay);
        view! {
            <ActionForm action=pay attr:class="invoices__retry">
                <CsrfField token=csrf/>
                <IdempotencyField key/>
                <input type="hidden" name=INVOICE_FIELD value=id/>
                <button type="submit" class="button">
                    {t_with(locale, InvoiceText::RetryPayment, &[("number", &label)])}
                </button>
            </ActionForm>
        }
    });
    view! {
        <tr data-invoice=row.id.clone() data-state=row.state.as_str()>
            <th scope="row">{label.clone()}</th>
            <td data-label=t(locale, InvoiceText::ColumnDate) class="invoices__date">{issued}</td>
            <td data-label=t(locale, InvoiceText::ColumnAmount) class="invoices__amount">{amount}</td>
            <td data-label=t(locale, InvoiceText::ColumnStatus)>
                <span class=format!("badge invoices__state invoices__state--{}", row.state.as_str())>
                    {t(locale, row.state.text())}
                </span>
            </td>
            <td data-label=t(locale, InvoiceText::ColumnActions)>
                <div class="actions">{download} {receipt} {retry}</div>
            </td>
        </tr>
    }
}

/// The bank's challenge (3-D Secure) of a payment: the shared [`BankChallenge`] around
/// one form posting the payment again with the answer the customer chose.
#[component]
fn InvoiceChallenge(
    challenge: Challenge,
    csrf: String,
    pay: ServerAction<PayInvoice>,
    locale: Locale,
) -> impl IntoView {
    let amount = format::money(locale, challenge.amount);
    let key = form_key(pay);
    view! {
        <BankChallenge
            id=CHALLENGE_ID
            heading=t_with(locale, InvoiceText::ChallengeHeading, &[("number", &challenge.label)])
            question=t_with(locale, InvoiceText::ChallengeBody, &[("amount", &amount)])
        >
            <ActionForm action=pay>
                <CsrfField token=csrf/>
                <IdempotencyField key/>
                <input type="hidden" name=INVOICE_FIELD value=challenge.invoice.clone()/>
                <ChallengeAnswers name="authentication"/>
            </ActionForm>
        </BankChallenge>
    }
}
