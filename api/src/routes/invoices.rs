//! `/v1/invoices`.

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};
use paylera_shared::{
    ErrorCode, ErrorEnvelope, List,
    invoice::{Invoice, InvoiceFilter, PayInvoiceRequest, PaymentAttempt, UpcomingInvoice, UpcomingInvoiceQuery},
    list::ListParams,
};

use crate::{
    AppState,
    billing::{
        collection::{self, Collect},
        upcoming,
    },
    domain::Invalid,
    error::ApiError,
    extract::{Json, Query, page},
    middleware::auth::Caller,
    store::{self, events::Origin},
};

/// List invoices, newest first.
#[utoipa::path(
    get, path = "/v1/invoices", tag = "invoices",
    params(InvoiceFilter, ListParams),
    responses((status = 200, description = "A page of invoices", body = List<Invoice>)),
    security(("api_key" = []))
)]
pub async fn list_invoices(
    State(state): State<AppState>,
    caller: Caller,
    Query(filter): Query<InvoiceFilter>,
    Query(params): Query<ListParams>,
) -> Result<JsonResponse<List<Invoice>>, ApiError> {
    let page = page(&params)?;
    let (data, has_more) = store::invoices::list(
        &state.db,
        &caller.tenant_id,
        filter.customer.as_deref(),
        filter.subscription.as_deref(),
        filter.status.as_deref(),
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
            .with_status(http::StatusCode::PAYMENT_REQUIRED))
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
/// Rendered on demand from the stored invoice: the same invoice always gives the same
/// bytes. Text is real (extractable) and the fonts are embedded.
#[utoipa::path(
    get, path = "/v1/invoices/{id}/pdf", tag = "invoices",
    params(("id" = String, Path, description = "The invoice id (`in_…`)")),
    responses(
        (status = 200, description = "The PDF", content_type = "application/pdf", body = Vec<u8>),
        (status = 404, description = "No such invoice", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn invoice_pdf(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let invoice = store::invoices::find(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("invoice", &id))?
        .invoice;
    // A portal customer sees the branding of their session (what the portal shows);
    // the merchant, the tenant's current one.
    let branding = match caller.portal_configuration() {
        Some(session) => session.clone(),
        None => store::portal::configuration(&state.db, &caller.tenant_id).await?,
    };
    let seller = match branding.business_name {
        Some(name) => name,
        None => store::tenants::name(&state.db, &caller.tenant_id).await?,
    };
    let document = crate::billing::pdf::document(&invoice, &seller, &branding.accent_color);
    // Layout is CPU-bound (milliseconds): keep it off the async workers.
    let bytes = tokio::task::spawn_blocking(move || paylera_pdf::render(&document))
        .await
        .map_err(|err| ApiError::internal(err.to_string()))?
        .map_err(|err| ApiError::internal(err.to_string()))?;
    let filename = invoice.number.unwrap_or_else(|| invoice.id.to_string());
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
