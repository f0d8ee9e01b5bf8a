//! `/v1/invoices`.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use paylera_shared::{
    ErrorCode, ErrorEnvelope, ErrorType, List,
    invoice::{
        BusinessProfile, DocumentQuery, Invoice, InvoiceFilter, InvoiceStatus, PayInvoiceRequest, PaymentAttempt,
        PaymentAttemptStatus, UpcomingInvoice, UpcomingInvoiceQuery, UpdateInvoiceRequest,
    },
    list::{ListParams, MetadataFilter},
    locale::Locale,
};

use crate::{
    AppState,
    billing::{
        collection::{self, Collect},
        pdf, upcoming,
    },
    domain::{Invalid, portal::locale},
    error::ApiError,
    extract::{Json, MetadataQuery, Query, page},
    middleware::auth::Caller,
    store::{self, events::Origin},
};

/// List invoices, newest first.
#[utoipa::path(
    get, path = "/v1/invoices", tag = "invoices",
    params(InvoiceFilter, ListParams, MetadataFilter),
    responses((status = 200, description = "A page of invoices", body = List<Invoice>)),
    security(("api_key" = []))
)]
pub async fn list_invoices(
    State(state): State<AppState>,
    caller: Caller,
    Query(filter): Query<InvoiceFilter>,
    Query(params): Query<ListParams>,
    MetadataQuery(metadata): MetadataQuery,
) -> Result<JsonResponse<List<Invoice>>, ApiError> {
    let page = page(&params)?;
    let (data, has_more) = store::invoices::list(
        &state.db,
        &caller.tenant_id,
        filter.customer.as_deref(),
        filter.subscription.as_deref(),
        filter.status.as_deref(),
        &metadata.metadata,
        &page,
    )
    .await?;
    Ok(JsonResponse(List::new(data, has_more, "/v1/invoices")))
}

/// Preview the invoice a subscription will produce at the end of its current period:
/// the renewal at the price and quantity then in force (a scheduled downgrade
/// included), metered usage recorded so far, and the customer's credit as it stands.
/// Nothing is created.
#[utoipa::path(
    get, path = "/v1/invoices/upcoming", tag = "invoices",
    params(UpcomingInvoiceQuery),
    responses(
        (status = 200, description = "The next invoice, as things stand", body = UpcomingInvoice),
        (status = 400, description = "`subscription` is missing (`parameter_missing`)", body = ErrorEnvelope),
        (status = 404, description = "No such subscription (`resource_missing`), or it will not renew (`invoice_upcoming_none`)", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn upcoming_invoice(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<UpcomingInvoiceQuery>,
) -> Result<JsonResponse<UpcomingInvoice>, ApiError> {
    Ok(JsonResponse(
        upcoming::preview(&state.db, &caller.tenant_id, &query.subscription).await?,
    ))
}

/// Retrieve an invoice with its lines.
#[utoipa::path(
    get, path = "/v1/invoices/{id}", tag = "invoices",
    params(("id" = String, Path, description = "The invoice id (`in_…`)")),
    responses(
        (status = 200, description = "The invoice", body = Invoice),
        (status = 404, description = "No such invoice", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_invoice(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<Invoice>, ApiError> {
    store::invoices::find(&state.db, &caller.tenant_id, &id)
        .await?
        .map(|s| JsonResponse(s.invoice))
        .ok_or_else(|| ApiError::not_found("invoice", &id))
}

/// Pay (retry) an open invoice with the customer's default card or the one given.
///
/// The attempt is recorded whatever its outcome. Paid: `invoice.paid`, and a
/// `past_due` subscription becomes `active`. Declined: `402 card_declined` with the
/// `decline_code`. A card that needs authentication answers `402
/// authentication_required` unless `authentication` carries the customer's answer.
#[utoipa::path(
    post, path = "/v1/invoices/{id}/pay", tag = "invoices",
    params(("id" = String, Path, description = "The invoice id (`in_…`)")),
    request_body(content = PayInvoiceRequest, example = json!({"payment_method": "pm_…"})),
    responses(
        (status = 200, description = "The paid invoice", body = Invoice),
        (status = 400, description = "Not open (`invoice_not_payable`) or not the customer's card", body = ErrorEnvelope),
        (status = 402, description = "`card_declined` (with `decline_code`), `authentication_required` or `payment_method_missing`", body = ErrorEnvelope),
        (status = 404, description = "No such invoice", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn pay_invoice(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<PayInvoiceRequest>,
) -> Result<JsonResponse<Invoice>, ApiError> {
    let authentication = match params.authentication.as_deref() {
        None => None,
        Some("approve") => Some(true),
        Some("deny") => Some(false),
        Some(_) => {
            return Err(Invalid::new(
                "authentication",
                ErrorCode::ParameterInvalid,
                "authentication is `approve` or `deny`.",
            )
            .into());
        }
    };
    let how = Collect {
        payment_method: params.payment_method.as_deref(),
        authentication,
    };
    let (invoice, outcome) = collection::pay(&state.db, &caller.tenant_id, &origin, &id, how).await?;
    match outcome {
        collection::Outcome::Paid => Ok(JsonResponse(invoice)),
        collection::Outcome::RequiresAction => Err(Invalid::new(
            "",
            ErrorCode::AuthenticationRequired,
            "The card requires authentication: ask the customer to confirm the payment.",
        )
        .into()),
        collection::Outcome::Failed { decline_code } if decline_code == "no_payment_method" => {
            Err(ApiError::from(Invalid::new(
                "payment_method",
                ErrorCode::PaymentMethodMissing,
                "The customer has no payment method to charge.",
            ))
            .with_status(StatusCode::PAYMENT_REQUIRED))
        }
        collection::Outcome::Failed { decline_code } => {
            let mut invalid = Invalid::new(
                "",
                ErrorCode::CardDeclined,
                crate::domain::processor::decline_message(&decline_code),
            );
            invalid.decline_code = Some(decline_code);
            Err(invalid.into())
        }
    }
}

/// Update an invoice's metadata (merged; a key set to `null` is removed). Emits
/// `invoice.updated` when it changed.
#[utoipa::path(
    post, path = "/v1/invoices/{id}", tag = "invoices",
    params(("id" = String, Path, description = "The invoice id (`in_…`)")),
    request_body(content = UpdateInvoiceRequest, example = json!({"metadata": {"order_id": "6735"}})),
    responses(
        (status = 200, description = "The invoice", body = Invoice),
        (status = 400, description = "Invalid metadata", body = ErrorEnvelope),
        (status = 404, description = "No such invoice", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn update_invoice(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
    Json(params): Json<UpdateInvoiceRequest>,
) -> Result<JsonResponse<Invoice>, ApiError> {
    collection::update_metadata(&state.db, &caller.tenant_id, &origin, &id, params)
        .await
        .map(JsonResponse)
}

/// Void an open invoice (it will never be paid). Emits `invoice.voided`.
#[utoipa::path(
    post, path = "/v1/invoices/{id}/void", tag = "invoices",
    params(("id" = String, Path, description = "The invoice id (`in_…`)")),
    responses(
        (status = 200, description = "The void invoice", body = Invoice),
        (status = 400, description = "Paid or already void (`invoice_not_payable`)", body = ErrorEnvelope),
        (status = 404, description = "No such invoice", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn void_invoice(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Path(id): Path<String>,
) -> Result<JsonResponse<Invoice>, ApiError> {
    collection::void(&state.db, &caller.tenant_id, &origin, &id)
        .await
        .map(JsonResponse)
}

/// Every attempt to collect an invoice, oldest first.
#[utoipa::path(
    get, path = "/v1/invoices/{id}/payment_attempts", tag = "invoices",
    params(("id" = String, Path, description = "The invoice id (`in_…`)")),
    responses(
        (status = 200, description = "The attempts", body = List<PaymentAttempt>),
        (status = 404, description = "No such invoice", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn list_payment_attempts(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<List<PaymentAttempt>>, ApiError> {
    store::invoices::find(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("invoice", &id))?;
    let attempts = store::invoices::attempts(&state.db, &caller.tenant_id, &id).await?;
    Ok(JsonResponse(List::new(
        attempts,
        false,
        format!("/v1/invoices/{id}/payment_attempts"),
    )))
}

/// Download an invoice as a PDF.
///
/// Rendered on demand from the stored invoice: the same invoice in the same locale
/// always gives the same bytes. Text is real (extractable) and the fonts are embedded.
/// The language is `locale` when given, else the customer's `preferred_locales`, else
/// the portal configuration's `default_locale`, else English; labels, dates, money and
/// country names follow it. The seller is the business profile of the billing settings.
#[utoipa::path(
    get, path = "/v1/invoices/{id}/pdf", tag = "invoices",
    params(("id" = String, Path, description = "The invoice id (`in_…`)"), DocumentQuery),
    responses(
        (status = 200, description = "The PDF", content_type = "application/pdf", body = Vec<u8>),
        (status = 400, description = "An unsupported `locale`", body = ErrorEnvelope),
        (status = 404, description = "No such invoice", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn invoice_pdf(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, ApiError> {
    let invoice = find_invoice(&state, &caller, &id).await?;
    let (locale, issuer) = document_context(&state, &caller, &invoice, &query).await?;
    let document = pdf::document(&invoice, locale, issuer.as_issuer());
    let filename = invoice.number.clone().unwrap_or_else(|| invoice.id.to_string());
    pdf_response(document, &filename).await
}

/// Download the receipt of a paid invoice as a PDF.
///
/// The invoice's number, the date it was paid, the card it was paid with (brand and last
/// four digits of its successful payment attempt) and the amount paid, in the same
/// language and with the same seller as the invoice's PDF. An invoice that is not paid
/// has no receipt: `409 invoice_not_paid`.
#[utoipa::path(
    get, path = "/v1/invoices/{id}/receipt", tag = "invoices",
    params(("id" = String, Path, description = "The invoice id (`in_…`)"), DocumentQuery),
    responses(
        (status = 200, description = "The receipt", content_type = "application/pdf", body = Vec<u8>),
        (status = 400, description = "An unsupported `locale`", body = ErrorEnvelope),
        (status = 404, description = "No such invoice", body = ErrorEnvelope),
        (status = 409, description = "The invoice is not paid (`invoice_not_paid`)", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn invoice_receipt(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, ApiError> {
    let invoice = find_invoice(&state, &caller, &id).await?;
    if invoice.status != InvoiceStatus::Paid {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorType::InvalidRequestError,
            ErrorCode::InvoiceNotPaid,
            format!(
                "Invoice '{id}' is {}: only a paid invoice has a receipt.",
                invoice.status.as_str()
            ),
        ));
    }
    let (locale, issuer) = document_context(&state, &caller, &invoice, &query).await?;
    let paid_with = paid_with(&state, &caller, &invoice).await?;
    let document = pdf::receipt(&invoice, locale, issuer.as_issuer(), paid_with.as_ref());
    let number = invoice.number.clone().unwrap_or_else(|| invoice.id.to_string());
    pdf_response(document, &format!("{number}-receipt")).await
}

async fn find_invoice(state: &AppState, caller: &Caller, id: &str) -> Result<Invoice, ApiError> {
    Ok(store::invoices::find(&state.db, &caller.tenant_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("invoice", id))?
        .invoice)
}

/// The seller of a document, owned.
struct IssuerParts {
    name: String,
    profile: Option<BusinessProfile>,
    accent_colour: String,
    logo: Option<Vec<u8>>,
}

impl IssuerParts {
    fn as_issuer(&self) -> pdf::Issuer<'_> {
        pdf::Issuer {
            name: &self.name,
            profile: self.profile.as_ref(),
            accent_colour: &self.accent_colour,
            logo: self.logo.as_deref(),
        }
    }
}

/// The locale and the seller of a document of `invoice`. The locale: `query.locale`
/// (`auto` is as if absent), else the customer's preferred locales, else the portal
/// configuration's default, else English. A portal customer sees the branding of their
/// session (what the portal shows); the merchant, the tenant's current one.
async fn document_context(
    state: &AppState,
    caller: &Caller,
    invoice: &Invoice,
    query: &DocumentQuery,
) -> Result<(Locale, IssuerParts), ApiError> {
    let explicit = query
        .locale
        .as_deref()
        .map(locale::parse_explicit)
        .transpose()?
        .flatten();
    let branding = match caller.portal_configuration() {
        Some(session) => session.clone(),
        None => store::portal_configurations::default_settings(&state.db, &caller.tenant_id).await?,
    };
    let preferred = match explicit {
        Some(_) => Vec::new(),
        None => store::customers::find(&state.db, &caller.tenant_id, invoice.customer.as_str())
            .await?
            .map(|customer| customer.preferred_locales)
            .unwrap_or_default(),
    };
    let default = branding.default_locale.map(Locale::tag);
    let locale = paylera_shared::locale::resolve(explicit, &preferred, None, default);
    let name = match branding.business_name {
        Some(name) => name,
        None => store::tenants::name(&state.db, &caller.tenant_id).await?,
    };
    let profile = store::billing_settings::find(&state.db, &caller.tenant_id)
        .await?
        .profile()?;
    let logo = match profile.as_ref().and_then(|p| p.logo.as_ref()) {
        Some(logo) => store::files::contents(&state.db, &caller.tenant_id, logo.as_str()).await?,
        None => None,
    };
    Ok((
        locale,
        IssuerParts {
            name,
            profile,
            accent_colour: branding.accent_color,
            logo,
        },
    ))
}

/// The card of the invoice's successful payment attempt, if it is still stored.
async fn paid_with(state: &AppState, caller: &Caller, invoice: &Invoice) -> Result<Option<pdf::PaidWith>, ApiError> {
    let attempts = store::invoices::attempts(&state.db, &caller.tenant_id, invoice.id.as_str()).await?;
    let Some(method) = attempts
        .iter()
        .rev()
        .find(|a| a.status == PaymentAttemptStatus::Succeeded)
        .and_then(|a| a.payment_method.as_ref())
    else {
        return Ok(None);
    };
    Ok(
        store::payment_methods::find(&state.db, &caller.tenant_id, method.as_str())
            .await?
            .map(|stored| pdf::PaidWith {
                brand: stored.payment_method.card.brand,
                last4: stored.payment_method.card.last4,
            }),
    )
}

/// The PDF of `document` as a download named `{filename}.pdf`.
async fn pdf_response(document: paylera_pdf::InvoiceDocument, filename: &str) -> Result<Response, ApiError> {
    // Layout is CPU-bound (milliseconds): keep it off the async workers.
    let bytes = tokio::task::spawn_blocking(move || paylera_pdf::render(&document))
        .await
        .map_err(|err| ApiError::internal(err.to_string()))?
        .map_err(|err| ApiError::internal(err.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{filename}.pdf\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}
