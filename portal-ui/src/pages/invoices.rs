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
        Caption => {
            En: "Your invoices, newest first",
            Fr: "Vos factures, de la plus récente à la plus ancienne",
            De: "Ihre Rechnungen, die neuesten zuerst",
            Es: "Tus facturas, de la más reciente a la más antigua",
            It: "Le tue fatture, dalla più recente",
            Nl: "Je facturen, nieuwste eerst",
            Pt: "As suas faturas, das mais recentes para as mais antigas",
            PtBr: "Suas faturas, das mais recentes para as mais antigas",
            Sv: "Dina fakturor, nyaste först",
            Da: "Dine fakturaer, nyeste først",
            Nb: "Fakturaene dine, nyeste først",
            Fi: "Laskusi, uusin ensin",
            Pl: "Twoje faktury, od najnowszej",
            Cs: "Vaše faktury, od nejnovější",
            Ja: "請求書（新しい順）",
            ZhHans: "您的发票（从新到旧）",
            Ko: "청구서 목록(최신순)",
            Tr: "Faturalarınız, en yeniden en eskiye",
            Ar: "فواتيرك، من الأحدث إلى الأقدم",
            He: "החשבוניות שלך, מהחדשה לישנה",
            Uk: "Ваші рахунки, спочатку найновіші",
            El: "Τα τιμολόγιά σας, από το πιο πρόσφατο",
        },
        ColumnNumber => {
            En: "Invoice number", Fr: "Numéro de facture", De: "Rechnungsnummer", Es: "Número de factura",
            It: "Numero fattura", Nl: "Factuurnummer", Pt: "Número da fatura", PtBr: "Número da fatura",
            Sv: "Fakturanummer", Da: "Fakturanummer", Nb: "Fakturanummer", Fi: "Laskun numero",
            Pl: "Numer faktury", Cs: "Číslo faktury", Ja: "請求書番号", ZhHans: "发票编号",
            Ko: "청구서 번호", Tr: "Fatura numarası", Ar: "رقم الفاتورة", He: "מספר חשבונית",
            Uk: "Номер рахунку", El: "Αριθμός τιμολογίου",
        },
        ColumnDate => {
            En: "Date", Fr: "Date d'émission", De: "Datum", Es: "Fecha", It: "Data", Nl: "Datum",
            Pt: "Data", PtBr: "Data", Sv: "Datum", Da: "Dato", Nb: "Dato", Fi: "Päivämäärä",
            Pl: "Data", Cs: "Datum", Ja: "日付", ZhHans: "日期", Ko: "날짜", Tr: "Tarih",
            Ar: "التاريخ", He: "תאריך", Uk: "Дата", El: "Ημερομηνία",
        },
        ColumnAmount => {
            En: "Amount", Fr: "Montant", De: "Betrag", Es: "Importe", It: "Importo", Nl: "Bedrag",
            Pt: "Montante", PtBr: "Valor", Sv: "Belopp", Da: "Beløb", Nb: "Beløp", Fi: "Summa",
            Pl: "Kwota", Cs: "Částka", Ja: "金額", ZhHans: "金额", Ko: "금액", Tr: "Tutar",
            Ar: "المبلغ", He: "סכום", Uk: "Сума", El: "Ποσό",
        },
        ColumnStatus => {
            En: "Status", Fr: "Statut", De: "Zahlungsstatus", Es: "Estado", It: "Stato", Nl: "Betaalstatus",
            Pt: "Estado", PtBr: "Situação", Sv: "Betalningsstatus", Da: "Betalingsstatus", Nb: "Betalingsstatus",
            Fi: "Tila", Pl: "Stan", Cs: "Stav", Ja: "ステータス", ZhHans: "状态", Ko: "상태",
            Tr: "Durum", Ar: "الحالة", He: "סטטוס", Uk: "Стан", El: "Κατάσταση",
        },
        ColumnActions => {
            En: "Actions", Fr: "Options", De: "Aktionen", Es: "Acciones", It: "Azioni", Nl: "Acties",
            Pt: "Ações", PtBr: "Ações", Sv: "Åtgärder", Da: "Handlinger", Nb: "Handlinger", Fi: "Toiminnot",
            Pl: "Działania", Cs: "Akce", Ja: "操作", ZhHans: "操作", Ko: "작업", Tr: "İşlemler",
            Ar: "الإجراءات", He: "פעולות", Uk: "Дії", El: "Ενέργειες",
        },
        StateDraft => {
            En: "Draft", Fr: "Brouillon", De: "Entwurf", Es: "Borrador", It: "Bozza", Nl: "Concept",
            Pt: "Rascunho", PtBr: "Rascunho", Sv: "Utkast", Da: "Kladde", Nb: "Utkast", Fi: "Luonnos",
            Pl: "Wersja robocza", Cs: "Koncept", Ja: "下書き", ZhHans: "草稿", Ko: "초안", Tr: "Taslak",
            Ar: "مسودة", He: "טיוטה", Uk: "Чернетка", El: "Πρόχειρο",
        },
        StateDue => {
            En: "Due", Fr: "À payer", De: "Offen", Es: "Pendiente", It: "Da pagare", Nl: "Openstaand",
            Pt: "Por pagar", PtBr: "A pagar", Sv: "Obetald", Da: "Ubetalt", Nb: "Ubetalt", Fi: "Maksamatta",
            Pl: "Do zapłaty", Cs: "K úhradě", Ja: "未払い", ZhHans: "待支付", Ko: "결제 대기", Tr: "Ödenecek",
            Ar: "مستحقة", He: "לתשלום", Uk: "До сплати", El: "Προς πληρωμή",
        },
        StatePaymentFailed => {
            En: "Payment failed", Fr: "Échec du paiement", De: "Zahlung fehlgeschlagen", Es: "Pago fallido",
            It: "Pagamento non riuscito", Nl: "Betaling mislukt", Pt: "Pagamento falhado", PtBr: "Falha no pagamento",
            Sv: "Betalningen misslyckades", Da: "Betalingen mislykkedes", Nb: "Betalingen mislyktes",
            Fi: "Maksu epäonnistui", Pl: "Płatność nieudana", Cs: "Platba se nezdařila", Ja: "支払い失敗",
            ZhHans: "付款失败", Ko: "결제 실패", Tr: "Ödeme başarısız", Ar: "فشل الدفع", He: "התשלום נכשל",
            Uk: "Платіж не вдався", El: "Η πληρωμή απέτυχε",
        },
        StatePaid => {
            En: "Paid", Fr: "Payée", De: "Bezahlt", Es: "Pagada", It: "Pagata", Nl: "Betaald",
            Pt: "Paga", PtBr: "Paga", Sv: "Betald", Da: "Betalt", Nb: "Betalt", Fi: "Maksettu",
            Pl: "Opłacona", Cs: "Zaplaceno", Ja: "支払済み", ZhHans: "已支付", Ko: "결제 완료", Tr: "Ödendi",
            Ar: "مدفوعة", He: "שולמה", Uk: "Оплачено", El: "Πληρωμένο",
        },
        StateVoid => {
            En: "Void", Fr: "Annulée", De: "Storniert", Es: "Anulada", It: "Annullata", Nl: "Geannuleerd",
            Pt: "Anulada", PtBr: "Anulada", Sv: "Makulerad", Da: "Annulleret", Nb: "Annullert", Fi: "Mitätöity",
            Pl: "Anulowana", Cs: "Stornováno", Ja: "無効", ZhHans: "已作废", Ko: "무효", Tr: "Geçersiz",
            Ar: "ملغاة", He: "בוטלה", Uk: "Анульовано", El: "Ακυρωμένο",
        },
        StateUncollectible => {
            En: "Uncollectible", Fr: "Irrécouvrable", De: "Uneinbringlich", Es: "Incobrable", It: "Inesigibile",
            Nl: "Oninbaar", Pt: "Incobrável", PtBr: "Incobrável", Sv: "Oindrivbar", Da: "Uerholdelig",
            Nb: "Ikke innkrevbar", Fi: "Perintäkelvoton", Pl: "Nieściągalna", Cs: "Nedobytná", Ja: "回収不能",
            ZhHans: "无法收回", Ko: "회수 불가", Tr: "Tahsil edilemez", Ar: "غير قابلة للتحصيل",
            He: "לא ניתנת לגבייה", Uk: "Безнадійний", El: "Μη εισπράξιμο",
        },
        DownloadPdf => {
            En: "Download {number} (PDF)", Fr: "Télécharger {number} (PDF)", De: "{number} herunterladen (PDF)",
            Es: "Descargar {number} (PDF)", It: "Scarica {number} (PDF)", Nl: "{number} downloaden (pdf)",
            Pt: "Transferir {number} (PDF)", PtBr: "Baixar {number} (PDF)", Sv: "Ladda ned {number} (PDF)",
            Da: "Hent {number} (PDF)", Nb: "Last ned {number} (PDF)", Fi: "Lataa {number} (PDF)",
            Pl: "Pobierz {number} (PDF)", Cs: "Stáhnout {number} (PDF)", Ja: "{number} をダウンロード（PDF）",
            ZhHans: "下载 {number}（PDF）", Ko: "{number} 다운로드(PDF)", Tr: "{number} indir (PDF)",
            Ar: "تنزيل {number} (PDF)", He: "הורדת {number} (PDF)", Uk: "Завантажити {number} (PDF)",
            El: "Λήψη {number} (PDF)",
        },
        RetryPayment => {
            En: "Retry payment of {number}",
            Fr: "Relancer le paiement de {number}",
            De: "Zahlung für {number} erneut versuchen",
            Es: "Reintentar el pago de {number}",
            It: "Riprova il pagamento di {number}",
            Nl: "Betaling van {number} opnieuw proberen",
            Pt: "Tentar novamente o pagamento de {number}",
            PtBr: "Tentar pagar {number} de novo",
            Sv: "Försök betala {number} igen",
            Da: "Prøv at betale {number} igen",
            Nb: "Prøv å betale {number} igjen",
            Fi: "Yritä maksaa {number} uudelleen",
            Pl: "Ponów płatność za {number}",
            Cs: "Zkusit znovu zaplatit {number}",
            Ja: "{number} の支払いを再試行",
            ZhHans: "重新支付 {number}",
            Ko: "{number} 결제 다시 시도",
            Tr: "{number} için ödemeyi yeniden dene",
            Ar: "إعادة محاولة دفع {number}",
            He: "ניסיון חוזר לתשלום {number}",
            Uk: "Повторити оплату {number}",
            El: "Επανάληψη πληρωμής του {number}",
        },
        Empty => {
            En: "You have no invoices yet.",
            Fr: "Vous n'avez encore aucune facture.",
            De: "Sie haben noch keine Rechnungen.",
            Es: "Todavía no tienes facturas.",
            It: "Non hai ancora fatture.",
            Nl: "Je hebt nog geen facturen.",
            Pt: "Ainda não tem faturas.",
            PtBr: "Você ainda não tem faturas.",
            Sv: "Du har inga fakturor ännu.",
            Da: "Du har ingen fakturaer endnu.",
            Nb: "Du har ingen fakturaer ennå.",
            Fi: "Sinulla ei ole vielä laskuja.",
            Pl: "Nie masz jeszcze żadnych faktur.",
            Cs: "Zatím nemáte žádné faktury.",
            Ja: "請求書はまだありません。",
            ZhHans: "您还没有任何发票。",
            Ko: "아직 청구서가 없습니다.",
            Tr: "Henüz faturanız yok.",
            Ar: "ليست لديك فواتير بعد.",
            He: "עדיין אין לך חשבוניות.",
            Uk: "У вас ще немає рахунків.",
            El: "Δεν έχετε ακόμη τιμολόγια.",
        },
        OlderInvoices => {
            En: "Older invoices", Fr: "Factures plus anciennes", De: "Ältere Rechnungen", Es: "Facturas anteriores",
            It: "Fatture meno recenti", Nl: "Oudere facturen", Pt: "Faturas mais antigas", PtBr: "Faturas mais antigas",
            Sv: "Äldre fakturor", Da: "Ældre fakturaer", Nb: "Eldre fakturaer", Fi: "Vanhemmat laskut",
            Pl: "Starsze faktury", Cs: "Starší faktury", Ja: "以前の請求書", ZhHans: "更早的发票",
            Ko: "이전 청구서", Tr: "Daha eski faturalar", Ar: "الفواتير الأقدم", He: "חשבוניות ישנות יותר",
            Uk: "Давніші рахунки", El: "Παλαιότερα τιμολόγια",
        },
        NewestInvoices => {
            En: "Newest invoices", Fr: "Factures les plus récentes", De: "Neueste Rechnungen",
            Es: "Facturas más recientes", It: "Fatture più recenti", Nl: "Nieuwste facturen",
            Pt: "Faturas mais recentes", PtBr: "Faturas mais recentes", Sv: "Nyaste fakturorna",
            Da: "Nyeste fakturaer", Nb: "Nyeste fakturaer", Fi: "Uusimmat laskut", Pl: "Najnowsze faktury",
            Cs: "Nejnovější faktury", Ja: "最新の請求書", ZhHans: "最新的发票", Ko: "최신 청구서",
            Tr: "En yeni faturalar", Ar: "أحدث الفواتير", He: "החשבוניות החדשות ביותר", Uk: "Найновіші рахунки",
            El: "Πιο πρόσφατα τιμολόγια",
        },
        PagesLabel => {
            En: "More invoices", Fr: "Autres factures", De: "Weitere Rechnungen", Es: "Más facturas",
            It: "Altre fatture", Nl: "Meer facturen", Pt: "Mais faturas", PtBr: "Mais faturas",
            Sv: "Fler fakturor", Da: "Flere fakturaer", Nb: "Flere fakturaer", Fi: "Lisää laskuja",
            Pl: "Więcej faktur", Cs: "Další faktury", Ja: "その他の請求書", ZhHans: "更多发票",
            Ko: "더 많은 청구서", Tr: "Diğer faturalar", Ar: "مزيد من الفواتير", He: "חשבוניות נוספות",
            Uk: "Інші рахунки", El: "Περισσότερα τιμολόγια",
        },
        Paid => {
            En: "Thank you: your payment went through and the invoice is paid.",
            Fr: "Merci : votre paiement a été accepté et la facture est payée.",
            De: "Vielen Dank: Ihre Zahlung war erfolgreich, die Rechnung ist bezahlt.",
            Es: "Gracias: tu pago se ha realizado y la factura está pagada.",
            It: "Grazie: il pagamento è andato a buon fine e la fattura risulta pagata.",
            Nl: "Bedankt: je betaling is gelukt en de factuur is betaald.",
            Pt: "Obrigado: o seu pagamento foi aceite e a fatura está paga.",
            PtBr: "Obrigado: seu pagamento foi aprovado e a fatura está paga.",
            Sv: "Tack! Betalningen har genomförts och fakturan är betald.",
            Da: "Tak! Din betaling er gennemført, og fakturaen er betalt.",
            Nb: "Takk! Betalingen er gjennomført, og fakturaen er betalt.",
            Fi: "Kiitos! Maksu onnistui, ja lasku on maksettu.",
            Pl: "Dziękujemy: płatność się powiodła, a faktura została opłacona.",
            Cs: "Děkujeme: platba proběhla a faktura je zaplacená.",
            Ja: "ありがとうございます。お支払いが完了し、請求書は支払済みになりました。",
            ZhHans: "谢谢！付款已成功，发票已支付。",
            Ko: "감사합니다. 결제가 완료되어 청구서가 결제 처리되었습니다.",
            Tr: "Teşekkürler: ödemeniz alındı ve fatura ödendi.",
            Ar: "شكرًا لك: تمت عملية الدفع بنجاح وأصبحت الفاتورة مدفوعة.",
            He: "תודה: התשלום עבר בהצלחה והחשבונית שולמה.",
            Uk: "Дякуємо: платіж пройшов, рахунок оплачено.",
            El: "Ευχαριστούμε: η πληρωμή ολοκληρώθηκε και το τιμολόγιο εξοφλήθηκε.",
        },
        ChallengeHeading => {
            En: "Confirm the payment of {number}",
            Fr: "Confirmez le paiement de {number}",
            De: "Zahlung für {number} bestätigen",
            Es: "Confirma el pago de {number}",
            It: "Conferma il pagamento di {number}",
            Nl: "Bevestig de betaling van {number}",
            Pt: "Confirme o pagamento de {number}",
            PtBr: "Confirme o pagamento de {number}",
            Sv: "Bekräfta betalningen av {number}",
            Da: "Bekræft betalingen af {number}",
            Nb: "Bekreft betalingen av {number}",
            Fi: "Vahvista laskun {number} maksu",
            Pl: "Potwierdź płatność za {number}",
            Cs: "Potvrďte platbu za {number}",
            Ja: "{number} のお支払いを確認",
            ZhHans: "确认支付 {number}",
            Ko: "{number} 결제 확인",
            Tr: "{number} ödemesini onaylayın",
            Ar: "تأكيد دفع {number}",
            He: "אישור התשלום עבור {number}",
            Uk: "Підтвердьте оплату {number}",
            El: "Επιβεβαιώστε την πληρωμή του {number}",
        },
        ChallengeBody => {
            En: "Your bank asks you to confirm this payment of {amount}. Approve it to pay the invoice now, or refuse it if you did not ask for it.",
            Fr: "Votre banque vous demande de confirmer ce paiement de {amount}. Approuvez-le pour régler la facture maintenant, ou refusez-le si vous ne l'avez pas demandé.",
            De: "Ihre Bank bittet Sie, diese Zahlung über {amount} zu bestätigen. Genehmigen Sie sie, um die Rechnung jetzt zu bezahlen, oder lehnen Sie sie ab, wenn Sie sie nicht veranlasst haben.",
            Es: "Tu banco te pide que confirmes este pago de {amount}. Apruébalo para pagar la factura ahora o recházalo si no lo has solicitado.",
            It: "La tua banca ti chiede di confermare questo pagamento di {amount}. Approvalo per pagare ora la fattura oppure rifiutalo se non l'hai richiesto tu.",
            Nl: "Je bank vraagt je deze betaling van {amount} te bevestigen. Keur hem goed om de factuur nu te betalen, of weiger hem als je er niet om hebt gevraagd.",
            Pt: "O seu banco pede-lhe que confirme este pagamento de {amount}. Aprove-o para pagar a fatura agora ou recuse-o se não o pediu.",
            PtBr: "Seu banco pede que você confirme este pagamento de {amount}. Aprove para pagar a fatura agora ou recuse se você não o solicitou.",
            Sv: "Din bank ber dig bekräfta betalningen på {amount}. Godkänn den för att betala fakturan nu, eller neka den om du inte har begärt den.",
            Da: "Din bank beder dig bekræfte denne betaling på {amount}. Godkend den for at betale fakturaen nu, eller afvis den, hvis du ikke har bedt om den.",
            Nb: "Banken din ber deg bekrefte denne betalingen på {amount}. Godkjenn den for å betale fakturaen nå, eller avvis den hvis du ikke har bedt om den.",
            Fi: "Pankkisi pyytää sinua vahvistamaan tämän maksun ({amount}). Hyväksy se maksaaksesi laskun nyt tai hylkää se, jos et pyytänyt sitä.",
            Pl: "Twój bank prosi o potwierdzenie tej płatności na kwotę {amount}. Zatwierdź ją, aby opłacić fakturę teraz, albo odrzuć, jeśli nie była zlecona przez Ciebie.",
            Cs: "Vaše banka vás žádá o potvrzení této platby ve výši {amount}. Schvalte ji, pokud chcete fakturu zaplatit hned, nebo ji odmítněte, pokud jste o ni nežádali.",
            Ja: "カード発行会社から、{amount} のお支払いの確認を求められています。今すぐ請求書を支払う場合は承認し、心当たりがない場合は拒否してください。",
            ZhHans: "您的银行要求您确认这笔 {amount} 的付款。批准即可立即支付发票；如果不是您本人发起的，请拒绝。",
            Ko: "카드사에서 {amount} 결제를 확인해 달라고 요청합니다. 지금 청구서를 결제하려면 승인하고, 요청한 적이 없다면 거부하세요.",
            Tr: "Bankanız {amount} tutarındaki bu ödemeyi onaylamanızı istiyor. Faturayı şimdi ödemek için onaylayın veya bu ödemeyi siz başlatmadıysanız reddedin.",
            Ar: "يطلب منك البنك الذي تتعامل معه تأكيد هذه الدفعة بمبلغ {amount}. وافق عليها لدفع الفاتورة الآن، أو ارفضها إذا لم تطلبها.",
            He: "הבנק מבקש לאשר את התשלום הזה בסך {amount}. יש לאשר כדי לשלם את החשבונית עכשיו, או לדחות אם לא ביקשת את התשלום.",
            Uk: "Ваш банк просить підтвердити цей платіж на суму {amount}. Схваліть його, щоб оплатити рахунок зараз, або відхиліть, якщо ви його не ініціювали.",
            El: "Η τράπεζά σας ζητά να επιβεβαιώσετε αυτή την πληρωμή ύψους {amount}. Εγκρίνετέ την για να εξοφλήσετε τώρα το τιμολόγιο ή απορρίψτε την αν δεν τη ζητήσατε εσείς.",
        },
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
