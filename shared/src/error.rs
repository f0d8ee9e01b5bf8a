//! The one error envelope every API failure uses:
//! `{"error":{"type","code","message","param"}}`.
//!
//! `type` is the broad class a client branches on, `code` the precise reason (a
//! stable snake_case string), `message` a human-readable English sentence and
//! `param` the request field at fault, when there is one, and `doc_url` the page of
//! the API's error reference that documents `code`.

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
    /// The documentation of `code`: what it means and what to do about it
    /// (`…/docs/errors#<code>` of the API that answered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_url: Option<String>,
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

/// Declares [`ErrorCode`] once: each code's documentation, variant and wire spelling
/// sit together, and `ALL`, `as_str` and `description` (the documentation, which the
/// API's error reference and every error's `doc_url` show) come from that one list.
macro_rules! error_codes {
    ($( $(#[doc = $doc:literal])+ $variant:ident => $wire:literal, )+) => {
        /// The precise reason for an error. Stable: clients may match on it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum ErrorCode {
            $( $(#[doc = $doc])+ $variant, )+
            /// A code this client version does not know yet.
            #[serde(other)]
            Unknown,
        }

        impl ErrorCode {
            /// Every known code (not [`ErrorCode::Unknown`]).
            pub const ALL: &'static [ErrorCode] = &[$(Self::$variant),+];

            /// The stable snake_case spelling.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $wire,)+
                    Self::Unknown => "unknown",
                }
            }

            /// What the code means, and what to do about it: its documentation.
            pub fn description(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!($($doc),+).trim_ascii(),)+
                    Self::Unknown => "A code this client version does not know yet.",
                }
            }
        }
    };
}

error_codes! {
    /// No route matches the path.
    RouteNotFound => "route_not_found",
    /// The route exists but not for this HTTP method.
    MethodNotAllowed => "method_not_allowed",
    /// The object does not exist (or belongs to someone else).
    ResourceMissing => "resource_missing",
    /// The body is not valid JSON.
    InvalidJson => "invalid_json",
    /// The body is not `application/json`.
    UnsupportedMediaType => "unsupported_media_type",
    /// The body is larger than the API accepts.
    BodyTooLarge => "body_too_large",
    /// A required parameter is missing.
    ParameterMissing => "parameter_missing",
    /// A parameter has the wrong type or an invalid value.
    ParameterInvalid => "parameter_invalid",
    /// A path or query parameter could not be parsed.
    InvalidQuery => "invalid_query",
    /// No `Authorization: Bearer` header was sent.
    ApiKeyMissing => "api_key_missing",
    /// The `Authorization` header is not a well-formed Paylera key.
    ApiKeyMalformed => "api_key_malformed",
    /// The key is well-formed but unknown or revoked.
    ApiKeyInvalid => "api_key_invalid",
    /// The `Idempotency-Key` header is empty, too long or not printable ASCII.
    IdempotencyKeyInvalid => "idempotency_key_invalid",
    /// The key was already used with a different request.
    IdempotencyKeyReused => "idempotency_key_reused",
    /// A request with this key is still being processed.
    IdempotencyKeyInUse => "idempotency_key_in_use",
    /// Paylera failed; the request id identifies the failure in our logs.
    InternalError => "internal_error",
    /// A dependency (the database) is unavailable.
    ServiceUnavailable => "service_unavailable",
    /// `country` is not an ISO 3166-1 alpha-2 code.
    InvalidCountry => "invalid_country",
    /// The postal code does not have the country's format.
    InvalidPostalCode => "invalid_postal_code",
    /// The state, province or region is not one of the country's codes.
    InvalidState => "invalid_state",
    /// The tax ID type is not one Paylera supports.
    TaxIdTypeUnsupported => "tax_id_type_unsupported",
    /// The tax ID does not have its type's format.
    TaxIdInvalid => "tax_id_invalid",
    /// The tax ID has its type's format but its check digits are wrong.
    TaxIdChecksumInvalid => "tax_id_checksum_invalid",
    /// The customer already has the maximum number of tax IDs.
    TaxIdLimitReached => "tax_id_limit_reached",
    /// The card number is not a valid card number (length, digits or Luhn check).
    IncorrectNumber => "incorrect_number",
    /// The expiry month is not 1–12.
    InvalidExpiryMonth => "invalid_expiry_month",
    /// The expiry year is not a plausible four-digit year.
    InvalidExpiryYear => "invalid_expiry_year",
    /// The card's expiry date has passed.
    ExpiredCard => "expired_card",
    /// The CVC has the wrong number of digits for the card's brand.
    InvalidCvc => "invalid_cvc",
    /// The bank declined the card; `decline_code` says why.
    CardDeclined => "card_declined",
    /// The card needs the customer to authenticate (3-D Secure) before it can be used.
    AuthenticationRequired => "authentication_required",
    /// The customer failed (or abandoned) the authentication step.
    AuthenticationFailed => "authentication_failed",
    /// The payment method is already attached to a customer.
    PaymentMethodAlreadyAttached => "payment_method_already_attached",
    /// The payment method is not attached to this customer.
    PaymentMethodNotAttached => "payment_method_not_attached",
    /// The payment method cannot be used until the customer authenticates it.
    PaymentMethodRequiresAuthentication => "payment_method_requires_authentication",
    /// The currency is not an ISO 4217 code Paylera supports.
    InvalidCurrency => "invalid_currency",
    /// An equal object already exists (e.g. the same tax ID on the same customer).
    ResourceAlreadyExists => "resource_already_exists",
    /// The object is archived and cannot be used for new things.
    ResourceArchived => "resource_archived",
    /// The subscription has ended; create a new one instead.
    SubscriptionCanceled => "subscription_canceled",
    /// The invoice's status does not allow this (e.g. paying a paid invoice).
    InvoiceNotPayable => "invoice_not_payable",
    /// The invoice is not paid, so it has no receipt (`GET /v1/invoices/{id}/receipt`).
    InvoiceNotPaid => "invoice_not_paid",
    /// The subscription will not be invoiced again (it has ended or ends at the end of
    /// its period): there is no upcoming invoice.
    InvoiceUpcomingNone => "invoice_upcoming_none",
    /// The customer has no usable payment method for this.
    PaymentMethodMissing => "payment_method_missing",
    /// Detaching would leave a customer with a live subscription without a card.
    LastPaymentMethod => "last_payment_method",
    /// The portal link is unknown or malformed.
    PortalLinkInvalid => "portal_link_invalid",
    /// The portal link was already used, has expired or was revoked.
    PortalLinkExpired => "portal_link_expired",
    /// The portal token is invalid, expired, or its session has ended.
    PortalTokenInvalid => "portal_token_invalid",
    /// The portal configuration disables this feature (`param` names it).
    PortalFeatureDisabled => "portal_feature_disabled",
    /// Only the merchant's secret key may do this.
    MerchantOnly => "merchant_only",
    /// Only a signed-in team member may do this (the dashboard's own endpoints).
    DashboardOnly => "dashboard_only",
    /// The team member's role does not allow this (`viewer` reads only; only an
    /// `owner` manages the team).
    RoleForbidden => "role_forbidden",
    /// The change would leave the team without an owner: make another member owner first.
    LastOwner => "last_owner",
    /// The email or the password is wrong (one answer for both).
    SignInFailed => "sign_in_failed",
    /// Too many failed sign-ins: the account is locked for a while (`Retry-After`).
    AccountLocked => "account_locked",
    /// The account asks for a TOTP code: send `totp_code`.
    TotpRequired => "totp_required",
    /// The TOTP code is wrong or expired.
    TotpInvalid => "totp_invalid",
    /// The dashboard session token is invalid, expired or signed out.
    DashboardSessionInvalid => "dashboard_session_invalid",
    /// The password is too short, too long or too easy to guess.
    PasswordTooWeak => "password_too_weak",
    /// The invitation is unknown, used or expired.
    InvitationInvalid => "invitation_invalid",
    /// `Paylera-Version` names no version of this API (the versions are dates such as
    /// `2026-12-07`; see the changelog).
    ApiVersionInvalid => "api_version_invalid",
    /// The return URL is not allowed.
    ReturnUrlInvalid => "return_url_invalid",
    /// Too many attempts; retry later.
    RateLimited => "rate_limited",
    /// The portal server refused a state-changing request without a valid CSRF token.
    CsrfFailed => "csrf_failed",
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
