//! The invoices module (`/invoices`): the customer's invoices, newest first, a page at a
//! time, each with its PDF and — while it is unpaid — a way to pay it again.
//!
//! - The list comes from `GET /v1/invoices?customer=…` ([`load_invoices`]); "Older
//!   invoices" follows the API's cursor (`?after=in_…`), a plain link in both modes.
//! - "Download" is a plain link to the API's PDF through the portal's `/v1` proxy
//!   (same origin, the session cookie becomes the bearer), with `download` and no file
//!   name of its own: the browser keeps the API's `Content-Disposition` name.
//! - "Retry payment" posts to [`pay_invoice`] (`POST /v1/invoices/{id}/pay`, the
//!   customer's default card). Paid: a [`StatusMessage`]. Declined: the reason in plain
//!   words ([`Problem`]'s decline code). A card that needs the bank's confirmation
//!   (3-D Secure): the simulated challenge, a small section whose "Approve" and
//!   "Refuse" post the same function again with the customer's answer. The failed
//!   attempt echoes what the challenge shows ([`Challenge`]), so it needs no JavaScript.
//! - Hydrated, the focus follows an attempt's answer: to the challenge, or to the
//!   outcome (the pressed button is gone or redrawn with the reloaded list).

use chrono::{Datelike as _, NaiveDate};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_router::hooks::use_query_map;
use paylera_shared::invoice::InvoiceStatus;
use paylera_shared::money::{Currency, Money};
use serde::{Deserialize, Serialize};

use crate::catalog;
use crate::i18n::{Key, Locale, format, t, t_with, use_locale};
use crate::idempotency::{IdempotencyField, form_key};
use crate::pages::challenge::{BankChallenge, ChallengeAnswers};
use crate::pages::layout::{CsrfField, ModulePage, ProblemCard, ProblemMessage, StatusMessage, done_param};
use crate::problem::Problem;
use crate::session::{Module, SignedIn};

/// How many invoices a page lists.
pub const PAGE_SIZE: u32 = 10;

/// The form field naming the invoice (echoed back with a failure, so the page knows
/// which invoice the challenge or the message is about).
const INVOICE_FIELD: &str = "invoice";

/// The `?done=` value after a payment went through without JavaScript.
const DONE_PAID: &str = "paid";

/// Where an invoice stands, as the customer reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvoiceState {
    Draft,
    /// Open, not attempted yet.
    Due,
    /// Open after at least one attempt to collect it that did not succeed.
    PaymentFailed,
    Paid,
    Void,
    Uncollectible,
}

impl InvoiceState {
    /// The state of an invoice with the API's `status` and `attempt_count`.
    pub fn of(status: InvoiceStatus, attempt_count: i64) -> Self {
        match status {
            InvoiceStatus::Draft => Self::Draft,
            InvoiceStatus::Open if attempt_count > 0 => Self::PaymentFailed,
            InvoiceStatus::Open => Self::Due,
            InvoiceStatus::Paid => Self::Paid,
            InvoiceStatus::Void => Self::Void,
            InvoiceStatus::Uncollectible => Self::Uncollectible,
        }
    }

    /// Whether the customer can try to pay it now (the API pays only open invoices).
    pub fn payable(self) -> bool {
        matches!(self, Self::Due | Self::PaymentFailed)
    }

    /// The machine-readable name (`data-state`, and the badge's style).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Due => "due",
            Self::PaymentFailed => "payment_failed",
            Self::Paid => "paid",
            Self::Void => "void",
            Self::Uncollectible => "uncollectible",
        }
    }

    fn text(self) -> InvoiceText {
        match self {
            Self::Draft => InvoiceText::StateDraft,
            Self::Due => InvoiceText::StateDue,
            Self::PaymentFailed => InvoiceText::StatePaymentFailed,
            Self::Paid => InvoiceText::StatePaid,
            Self::Void => InvoiceText::StateVoid,
            Self::Uncollectible => InvoiceText::StateUncollectible,
        }
    }
}

/// One invoice as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceRow {
    /// `in_…`.
    pub id: String,
    /// `DEMO-0042`; `None` while a draft.
    pub number: Option<String>,
    /// When it was issued (UTC).
    pub issued: NaiveDate,
    /// What it is for (minor units; negative when credits exceed charges).
    pub total: i64,
    pub currency: Currency,
    pub state: InvoiceState,
    /// Whether it is finalized (only then does it have a number and a PDF).
    pub finalized: bool,
}

impl InvoiceRow {
    /// How the customer names it: its number (its id while a draft).
    pub fn label(&self) -> &str {
        self.number.as_deref().unwrap_or(&self.id)
    }

    /// The PDF, through the portal's same-origin `/v1` proxy.
    pub fn pdf_href(&self) -> String {
        format!("/v1/invoices/{}/pdf", self.id)
    }
}

#[cfg(feature = "ssr")]
impl From<paylera_shared::invoice::Invoice> for InvoiceRow {
    fn from(invoice: paylera_shared::invoice::Invoice) -> Self {
        Self {
            state: InvoiceState::of(invoice.status, invoice.attempt_count),
            finalized: invoice.finalized_at.is_some(),
            id: invoice.id.to_string(),
            number: invoice.number,
            issued: invoice.created.date_naive(),
            total: invoice.total,
            currency: invoice.currency,
        }
    }
}

/// One page of the customer's invoices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoicePage {
    pub rows: Vec<InvoiceRow>,
    /// Whether older invoices follow this page.
    pub has_more: bool,
}

/// A payment waiting for the bank's challenge, as the failed attempt echoed it (see
/// [`pay_invoice`]): it travels with the failure, so the challenge shows the same with
/// or without JavaScript and whatever page of the list is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    /// `in_…`.
    pub invoice: String,
    /// How the customer names the invoice (its number).
    pub label: String,
    /// What the payment charges.
    pub amount: Money,
}

impl Challenge {
    const NUMBER_FIELD: &str = "number";
    const AMOUNT_FIELD: &str = "amount";
    const CURRENCY_FIELD: &str = "currency";

    /// `problem` (`authentication_required`) carrying what the challenge of `invoice` shows.
    #[cfg(feature = "ssr")]
    fn echo(problem: Problem, invoice: &paylera_shared::invoice::Invoice) -> Problem {
        let id = invoice.id.to_string();
        let amount = invoice.amount_remaining.to_string();
        problem.with_form([
            (INVOICE_FIELD, id.as_str()),
            (Self::NUMBER_FIELD, invoice.number.as_deref().unwrap_or(&id)),
            (Self::AMOUNT_FIELD, amount.as_str()),
            (Self::CURRENCY_FIELD, invoice.currency.code()),
        ])
    }

    /// The challenge `problem` asks for, if it is one.
    pub fn of(problem: &Problem) -> Option<Self> {
        if problem.api_code() != paylera_shared::ErrorCode::AuthenticationRequired {
            return None;
        }
        Some(Self {
            invoice: problem.form_value(INVOICE_FIELD)?.to_owned(),
            label: problem.form_value(Self::NUMBER_FIELD)?.to_owned(),
            amount: Money::new(
                problem.form_value(Self::AMOUNT_FIELD)?.parse().ok()?,
                problem.form_value(Self::CURRENCY_FIELD)?.parse().ok()?,
            ),
        })
    }
}

/// The customer's invoices, newest first: [`PAGE_SIZE`] of them, after invoice `after`
/// (an `in_…` of the previous page) when given.
#[server(endpoint = "invoices", prefix = "/api", input = GetUrl)]
pub async fn load_invoices(after: Option<String>) -> Result<InvoicePage, Problem> {
    use paylera_shared::{ids::InvoiceId, invoice::InvoiceFilter, list::ListParams};

    use crate::problem::codes;
    use crate::server::actions;

    let starting_after = match after.as_deref().filter(|after| !after.is_empty()) {
        Some(after) => Some(
            InvoiceId::parse(after)
                .map_err(|_| Problem::new(codes::INVALID_INPUT).about("after"))?
                .to_string(),
        ),
        None => None,
    };
    let customer = actions::customer().await?;
    let filter = InvoiceFilter {
        customer: Some(customer.id.to_string()),
        ..InvoiceFilter::default()
    };
    let page = ListParams {
        starting_after,
        ..ListParams::limit(PAGE_SIZE)
    };
    let list = customer
        .api
        .list_invoices(&filter, &page)
        .await
        .map_err(actions::problem)?;
    Ok(InvoicePage {
        rows: list.data.into_iter().map(InvoiceRow::from).collect(),
        has_more: list.has_more,
    })
}

/// Pays open invoice `invoice` now with the customer's default card. `authentication`
/// is the customer's answer to the bank's challenge (`approve` or `deny`), sent only
/// from the challenge section.
///
/// A failure echoes `invoice`, so the page can tell which invoice the challenge (or
/// the message) is about.
#[server(endpoint = "pay_invoice", prefix = "/api")]
pub async fn pay_invoice(
    csrf: String,
    invoice: String,
    authentication: Option<String>,
    idempotency_key: Option<String>,
) -> Result<(), Problem> {
    use paylera_shared::{ids::InvoiceId, invoice::PayInvoiceRequest};

    use crate::problem::codes;
    use crate::server::actions;

    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let echo = |problem: Problem| problem.with_form([(INVOICE_FIELD, invoice.as_str())]);
    let id = InvoiceId::parse(&invoice).map_err(|_| echo(Problem::new(codes::INVALID_INPUT).about(INVOICE_FIELD)))?;
    let authentication = match authentication.as_deref().filter(|answer| !answer.is_empty()) {
        None => None,
        Some(answer @ ("approve" | "deny")) => Some(answer.to_owned()),
        Some(_) => return Err(echo(Problem::new(codes::INVALID_INPUT).about("authentication"))),
    };
    let customer = actions::customer().await?;
    let request = PayInvoiceRequest {
        payment_method: None,
        authentication,
    };
    // The form's own random key: a double submit charges once (see `idempotency`).
    let key = crate::idempotency::or_fresh(idempotency_key.as_deref());
    if let Err(err) = customer.api.pay_invoice(&id, &request, Some(&key)).await {
        let problem = actions::problem(err);
        if problem.api_code() == paylera_shared::ErrorCode::AuthenticationRequired {
            // What the bank's challenge shows: the invoice and the amount being charged.
            if let Ok(due) = customer.api.retrieve_invoice(&id).await {
                return Err(Challenge::echo(problem, &due));
            }
        }
        return Err(echo(problem));
    }
    actions::after_form_post(&format!("{}?done={DONE_PAID}", Module::Invoices.href()));
    Ok(())
}

/// The page (`/invoices`), for a customer whose configuration enables the module.
#[component]
pub fn InvoicesPage() -> impl IntoView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let pay = ServerAction::<PayInvoice>::new();
    let query = use_query_map();
    let after = Memo::new(move |_| query.read().get("after").filter(|after| !after.is_empty()));
    let invoices = Resource::new(
        move || (after.get(), pay.version().get()),
        |(after, _)| load_invoices(after),
    );
    view! {
        <ModulePage module=Module::Invoices let:signed_in>
            <InvoiceList signed_in pay after invoices/>
        </ModulePage>
    }
}

/// The list, its messages and the bank's challenge when one is waiting.
#[component]
fn InvoiceList(
    signed_in: SignedIn,
    pay: ServerAction<PayInvoice>,
    after: Memo<Option<String>>,
    invoices: Resource<Result<InvoicePage, Problem>>,
) -> impl IntoView {
    let locale = use_locale();
    let done = done_param();
    let csrf = signed_in.csrf_token;

    let failure = Memo::new(move |_| pay.value().get().and_then(Result::err));
    // The payment waiting for the bank's challenge. A memo of the attempt's answer alone,
    // so that the list reloading after it does not redraw the challenge (and take the
    // focus away from it).
    let challenged = Memo::new(move |_| failure.get().as_ref().and_then(Challenge::of));
    // A challenge replaces the message: it says what the bank asks, and offers the answers.
    let problem = Signal::derive(move || failure.get().filter(|_| challenged.get().is_none()));
    let paid = Signal::derive(move || match pay.value().get() {
        Some(outcome) => outcome.is_ok(),
        None => done.get().as_deref() == Some(DONE_PAID),
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
            <Transition fallback=|| ()>
                {move || {
                    let csrf = csrf.clone();
                    invoices
                        .get()
                        .map(|loaded| match loaded {
                            Ok(page) => view! { <InvoicePageView page after=after.get() csrf pay locale/> }.into_any(),
                            Err(problem) => view! { <ProblemCard problem/> }.into_any(),
                        })
                }}
            </Transition>
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
            <a class="invoices__download" href=row.pdf_href() download="">
                {t_with(locale, InvoiceText::DownloadPdf, &[("number", &label)])}
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
                <div class="actions">{download} {retry}</div>
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

catalog! {
    /// The invoices page's texts.
    pub enum InvoiceText {
        Caption,
        ColumnNumber,
        ColumnDate,
        ColumnAmount,
        ColumnStatus,
        ColumnActions,
        StateDraft,
        StateDue,
        StatePaymentFailed,
        StatePaid,
        StateVoid,
        StateUncollectible,
        DownloadPdf,
        RetryPayment,
        Empty,
        OlderInvoices,
        NewestInvoices,
        PagesLabel,
        Paid,
        ChallengeHeading,
        ChallengeBody,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<InvoiceText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn an_open_invoice_that_failed_reads_as_such_and_only_open_ones_are_payable() {
        assert_eq!(InvoiceState::of(InvoiceStatus::Open, 0), InvoiceState::Due);
        assert_eq!(InvoiceState::of(InvoiceStatus::Open, 2), InvoiceState::PaymentFailed);
        assert_eq!(InvoiceState::of(InvoiceStatus::Paid, 1), InvoiceState::Paid);
        assert_eq!(InvoiceState::of(InvoiceStatus::Void, 0), InvoiceState::Void);
        assert_eq!(InvoiceState::of(InvoiceStatus::Draft, 0), InvoiceState::Draft);
        assert_eq!(
            InvoiceState::of(InvoiceStatus::Uncollectible, 4),
            InvoiceState::Uncollectible
        );
        let payable: Vec<_> = [
            InvoiceState::Draft,
            InvoiceState::Due,
            InvoiceState::PaymentFailed,
            InvoiceState::Paid,
            InvoiceState::Void,
            InvoiceState::Uncollectible,
        ]
        .into_iter()
        .filter(|state| state.payable())
        .collect();
        assert_eq!(payable, [InvoiceState::Due, InvoiceState::PaymentFailed]);
    }

    #[test]
    fn a_challenge_is_read_back_from_the_failed_attempt_and_nothing_else_is_one() {
        let echoed = Problem::api(paylera_shared::ErrorCode::AuthenticationRequired).with_form([
            ("invoice", "in_1"),
            ("number", "DEMO-0007"),
            ("amount", "2900"),
            ("currency", "usd"),
        ]);
        assert_eq!(
            Challenge::of(&echoed),
            Some(Challenge {
                invoice: "in_1".to_owned(),
                label: "DEMO-0007".to_owned(),
                amount: Money::new(2900, Currency::USD),
            })
        );
        let declined = Problem {
            code: "card_declined".to_owned(),
            ..echoed.clone()
        };
        assert_eq!(Challenge::of(&declined), None);
        let without_amount =
            Problem::api(paylera_shared::ErrorCode::AuthenticationRequired).with_form([("invoice", "in_1")]);
        assert_eq!(Challenge::of(&without_amount), None);
    }

    #[test]
    fn the_pdf_goes_through_the_portal_proxy_and_a_draft_is_named_by_its_id() {
        let row = InvoiceRow {
            id: "in_123".to_owned(),
            number: None,
            issued: NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date"),
            total: 1200,
            currency: Currency::EUR,
            state: InvoiceState::Draft,
            finalized: false,
        };
        assert_eq!(row.pdf_href(), "/v1/invoices/in_123/pdf");
        assert_eq!(row.label(), "in_123");
        let numbered = InvoiceRow {
            number: Some("DEMO-0042".to_owned()),
            ..row
        };
        assert_eq!(numbered.label(), "DEMO-0042");
    }
}
