//! The one error envelope every API failure uses:
//! `{"error":{"type","code","message","param"}}`.
//!
//! `type` is the broad class a client branches on, `code` the precise reason (a
//! stable snake_case string), `message` a human-readable English sentence and
//! `param` the request field at fault, when there is one.

use serde::{Deserialize, Serialize};

/// The JSON body of every non-2xx API response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorEnvelope {
    pub error: ErrorBody,
}

/// What went wrong, for people and for programs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    #[serde(rename = "type")]
    pub kind: ErrorType,
    pub code: ErrorCode,
    pub message: String,
    pub param: Option<String>,
    /// For `card_error`s from the card network: why the bank declined
    /// (`generic_decline`, `insufficient_funds`, …). Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_code: Option<String>,
    /// For `portal_link_expired`: where the customer can go back to, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
}

/// The broad class of an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorType {
    /// The request was wrong: fix it before retrying.
    InvalidRequestError,
    /// No valid credentials were presented.
    AuthenticationError,
    /// The credentials are valid but may not do this.
    PermissionError,
    /// The `Idempotency-Key` was misused.
    IdempotencyError,
    /// A card was refused: its details are invalid or the bank declined it.
    CardError,
    /// Too many requests; retry later.
    RateLimitError,
    /// Something failed on Paylera's side; safe to retry.
    ApiError,
}

/// The precise reason for an error. Stable: clients may match on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No route matches the path.
    RouteNotFound,
    /// The route exists but not for this HTTP method.
    MethodNotAllowed,
    /// The object does not exist (or belongs to someone else).
    ResourceMissing,
    /// The body is not valid JSON.
    InvalidJson,
    /// The body is not `application/json`.
    UnsupportedMediaType,
    /// The body is larger than the API accepts.
    BodyTooLarge,
    /// A required parameter is missing.
    ParameterMissing,
    /// A parameter has the wrong type or an invalid value.
    ParameterInvalid,
    /// A path or query parameter could not be parsed.
    InvalidQuery,
    /// No `Authorization: Bearer` header was sent.
    ApiKeyMissing,
    /// The `Authorization` header is not a well-formed Paylera key.
    ApiKeyMalformed,
    /// The key is well-formed but unknown or revoked.
    ApiKeyInvalid,
    /// The `Idempotency-Key` header is empty, too long or not printable ASCII.
    IdempotencyKeyInvalid,
    /// The key was already used with a different request.
    IdempotencyKeyReused,
    /// A request with this key is still being processed.
    IdempotencyKeyInUse,
    /// Paylera failed; the request id identifies the failure in our logs.
    InternalError,
    /// A dependency (the database) is unavailable.
    ServiceUnavailable,
    /// `country` is not an ISO 3166-1 alpha-2 code.
    InvalidCountry,
    /// The postal code does not have the country's format.
    InvalidPostalCode,
    /// The state, province or region is not one of the country's codes.
    InvalidState,
    /// The tax ID type is not one Paylera supports.
    TaxIdTypeUnsupported,
    /// The tax ID does not have its type's format.
    TaxIdInvalid,
    /// The tax ID has its type's format but its check digits are wrong.
    TaxIdChecksumInvalid,
    /// The customer already has the maximum number of tax IDs.
    TaxIdLimitReached,
    /// The card number is not a valid card number (length, digits or Luhn check).
    IncorrectNumber,
    /// The expiry month is not 1–12.
    InvalidExpiryMonth,
    /// The expiry year is not a plausible four-digit year.
    InvalidExpiryYear,
    /// The card's expiry date has passed.
    ExpiredCard,
    /// The CVC has the wrong number of digits for the card's brand.
    InvalidCvc,
    /// The bank declined the card; `decline_code` says why.
    CardDeclined,
    /// The card needs the customer to authenticate (3-D Secure) before it can be used.
    AuthenticationRequired,
    /// The customer failed (or abandoned) the authentication step.
    AuthenticationFailed,
    /// The payment method is already attached to a customer.
    PaymentMethodAlreadyAttached,
    /// The payment method is not attached to this customer.
    PaymentMethodNotAttached,
    /// The payment method cannot be used until the customer authenticates it.
    PaymentMethodRequiresAuthentication,
    /// The currency is not an ISO 4217 code Paylera supports.
    InvalidCurrency,
    /// An equal object already exists (e.g. the same tax ID on the same customer).
    ResourceAlreadyExists,
    /// The object is archived and cannot be used for new things.
    ResourceArchived,
    /// The subscription has ended; create a new one instead.
    SubscriptionCanceled,
    /// The invoice's status does not allow this (e.g. paying a paid invoice).
    InvoiceNotPayable,
    /// The invoice is not paid, so it has no receipt (`GET /v1/invoices/{id}/receipt`).
    InvoiceNotPaid,
    /// The subscription will not be invoiced again (it has ended or ends at the end of
    /// its period): there is no upcoming invoice.
    InvoiceUpcomingNone,
    /// The customer has no usable payment method for this.
    PaymentMethodMissing,
    /// Detaching would leave a customer with a live subscription without a card.
    LastPaymentMethod,
    /// The portal link is unknown or malformed.
    PortalLinkInvalid,
    /// The portal link was already used, has expired or was revoked.
    PortalLinkExpired,
    /// The portal token is invalid, expired, or its session has ended.
    PortalTokenInvalid,
    /// The portal configuration disables this feature (`param` names it).
    PortalFeatureDisabled,
    /// Only the merchant's secret key may do this.
    MerchantOnly,
    /// Only a signed-in team member may do this (the dashboard's own endpoints).
    DashboardOnly,
    /// The team member's role does not allow this (`viewer` reads only; only an
    /// `owner` manages the team).
    RoleForbidden,
    /// The change would leave the team without an owner: make another member owner first.
    LastOwner,
    /// The email or the password is wrong (one answer for both).
    SignInFailed,
    /// Too many failed sign-ins: the account is locked for a while (`Retry-After`).
    AccountLocked,
    /// The account asks for a TOTP code: send `totp_code`.
    TotpRequired,
    /// The TOTP code is wrong or expired.
    TotpInvalid,
    /// The dashboard session token is invalid, expired or signed out.
    DashboardSessionInvalid,
    /// The password is too short, too long or too easy to guess.
    PasswordTooWeak,
    /// The invitation is unknown, used or expired.
    InvitationInvalid,
    /// The return URL is not allowed.
    ReturnUrlInvalid,
    /// Too many attempts; retry later.
    RateLimited,
    /// The portal server refused a state-changing request without a valid CSRF token.
    CsrfFailed,
    /// A code this client version does not know yet.
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// Every known code (not [`ErrorCode::Unknown`]).
    pub const ALL: &'static [ErrorCode] = &[
        Self::RouteNotFound,
        Self::MethodNotAllowed,
        Self::ResourceMissing,
        Self::InvalidJson,
        Self::UnsupportedMediaType,
        Self::BodyTooLarge,
        Self::ParameterMissing,
        Self::ParameterInvalid,
        Self::InvalidQuery,
        Self::ApiKeyMissing,
        Self::ApiKeyMalformed,
        Self::ApiKeyInvalid,
        Self::IdempotencyKeyInvalid,
        Self::IdempotencyKeyReused,
        Self::IdempotencyKeyInUse,
        Self::InternalError,
        Self::ServiceUnavailable,
        Self::InvalidCountry,
        Self::InvalidPostalCode,
        Self::InvalidState,
        Self::TaxIdTypeUnsupported,
        Self::TaxIdInvalid,
        Self::TaxIdChecksumInvalid,
        Self::TaxIdLimitReached,
        Self::IncorrectNumber,
        Self::InvalidExpiryMonth,
        Self::InvalidExpiryYear,
        Self::ExpiredCard,
        Self::InvalidCvc,
        Self::CardDeclined,
        Self::AuthenticationRequired,
        Self::AuthenticationFailed,
        Self::PaymentMethodAlreadyAttached,
        Self::PaymentMethodNotAttached,
        Self::PaymentMethodRequiresAuthentication,
        Self::InvalidCurrency,
        Self::ResourceAlreadyExists,
        Self::ResourceArchived,
        Self::SubscriptionCanceled,
        Self::InvoiceNotPayable,
        Self::InvoiceNotPaid,
        Self::InvoiceUpcomingNone,
        Self::PaymentMethodMissing,
        Self::LastPaymentMethod,
        Self::PortalLinkInvalid,
        Self::PortalLinkExpired,
        Self::PortalTokenInvalid,
        Self::PortalFeatureDisabled,
        Self::MerchantOnly,
        Self::DashboardOnly,
        Self::RoleForbidden,
        Self::LastOwner,
        Self::SignInFailed,
        Self::AccountLocked,
        Self::TotpRequired,
        Self::TotpInvalid,
        Self::DashboardSessionInvalid,
        Self::PasswordTooWeak,
        Self::InvitationInvalid,
        Self::ReturnUrlInvalid,
        Self::RateLimited,
        Self::CsrfFailed,
    ];

    /// The wire spelling, as it appears in `error.code`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RouteNotFound => "route_not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::ResourceMissing => "resource_missing",
            Self::InvalidJson => "invalid_json",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::BodyTooLarge => "body_too_large",
            Self::ParameterMissing => "parameter_missing",
            Self::ParameterInvalid => "parameter_invalid",
            Self::InvalidQuery => "invalid_query",
            Self::ApiKeyMissing => "api_key_missing",
            Self::ApiKeyMalformed => "api_key_malformed",
            Self::ApiKeyInvalid => "api_key_invalid",
            Self::IdempotencyKeyInvalid => "idempotency_key_invalid",
            Self::IdempotencyKeyReused => "idempotency_key_reused",
            Self::IdempotencyKeyInUse => "idempotency_key_in_use",
            Self::InternalError => "internal_error",
            Self::ServiceUnavailable => "service_unavailable",
            Self::InvalidCountry => "invalid_country",
            Self::InvalidPostalCode => "invalid_postal_code",
            Self::InvalidState => "invalid_state",
            Self::TaxIdTypeUnsupported => "tax_id_type_unsupported",
            Self::TaxIdInvalid => "tax_id_invalid",
            Self::TaxIdChecksumInvalid => "tax_id_checksum_invalid",
            Self::TaxIdLimitReached => "tax_id_limit_reached",
            Self::IncorrectNumber => "incorrect_number",
            Self::InvalidExpiryMonth => "invalid_expiry_month",
            Self::InvalidExpiryYear => "invalid_expiry_year",
            Self::ExpiredCard => "expired_card",
            Self::InvalidCvc => "invalid_cvc",
            Self::CardDeclined => "card_declined",
            Self::AuthenticationRequired => "authentication_required",
            Self::AuthenticationFailed => "authentication_failed",
            Self::PaymentMethodAlreadyAttached => "payment_method_already_attached",
            Self::PaymentMethodNotAttached => "payment_method_not_attached",
            Self::PaymentMethodRequiresAuthentication => "payment_method_requires_authentication",
            Self::InvalidCurrency => "invalid_currency",
            Self::ResourceAlreadyExists => "resource_already_exists",
            Self::ResourceArchived => "resource_archived",
            Self::SubscriptionCanceled => "subscription_canceled",
            Self::InvoiceNotPayable => "invoice_not_payable",
            Self::InvoiceNotPaid => "invoice_not_paid",
            Self::InvoiceUpcomingNone => "invoice_upcoming_none",
            Self::PaymentMethodMissing => "payment_method_missing",
            Self::LastPaymentMethod => "last_payment_method",
            Self::PortalLinkInvalid => "portal_link_invalid",
            Self::PortalLinkExpired => "portal_link_expired",
            Self::PortalTokenInvalid => "portal_token_invalid",
            Self::PortalFeatureDisabled => "portal_feature_disabled",
            Self::MerchantOnly => "merchant_only",
            Self::DashboardOnly => "dashboard_only",
            Self::RoleForbidden => "role_forbidden",
            Self::LastOwner => "last_owner",
            Self::SignInFailed => "sign_in_failed",
            Self::AccountLocked => "account_locked",
            Self::TotpRequired => "totp_required",
            Self::TotpInvalid => "totp_invalid",
            Self::DashboardSessionInvalid => "dashboard_session_invalid",
            Self::PasswordTooWeak => "password_too_weak",
            Self::InvitationInvalid => "invitation_invalid",
            Self::ReturnUrlInvalid => "return_url_invalid",
            Self::RateLimited => "rate_limited",
            Self::CsrfFailed => "csrf_failed",
            Self::Unknown => "unknown",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_serializes_as_its_wire_spelling() {
        for &code in ErrorCode::ALL {
            let json = serde_json::to_value(code).expect("serializes");
            assert_eq!(json, serde_json::Value::String(code.as_str().to_owned()));
        }
    }

    #[test]
    fn an_unknown_code_from_a_newer_server_still_parses() {
        let body: ErrorEnvelope =
            serde_json::from_str(r#"{"error":{"type":"api_error","code":"brand_new","message":"m","param":null}}"#)
                .expect("parses");
        assert_eq!(body.error.code, ErrorCode::Unknown);
    }
}
