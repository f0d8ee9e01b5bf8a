//! What went wrong with a customer's request, as the portal's pages show it.
//!
//! Every server function of the portal answers `Result<T, Problem>`. A [`Problem`]
//! carries the API's error `code` (or one of the portal's own, [`codes`]), the field it
//! is about (`param`, as the API names it: `address.postal_code`, `card`), the card's
//! `decline_code`, and — for a form posted without JavaScript — the values the customer
//! typed ([`Problem::form`]), so the page can show the form again as it was.
//!
//! Without JavaScript, Leptos puts a failed server function's `Problem` in the query of
//! the redirect back to the page (`?__path=…&__err=…`): the echoed values travel in the
//! URL, so nothing secret may ever be echoed (card numbers and CVCs never are; see
//! [`Problem::with_form`]).
//!
//! [`Problem::message`] is the sentence the customer reads, in their language: it never
//! shows the API's English `message`, which is written for developers.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use paylera_shared::ErrorCode;
use serde::{Deserialize, Serialize};

use crate::i18n::{Locale, t};

mod texts;
pub use texts::ProblemText;

/// The portal's own codes, next to the API's (`paylera_shared::ErrorCode`).
pub mod codes {
    /// The portal session is over (expired, completed or revoked): sign in again from
    /// the merchant.
    pub const SESSION_ENDED: &str = "session_ended";
    /// The form's CSRF token did not match (an old tab, or a forged request); the
    /// API's `ErrorCode::CsrfFailed`, which a test keeps equal.
    pub const CSRF_FAILED: &str = "csrf_failed";
    /// The API could not be reached or answered nonsense.
    pub const API_UNREACHABLE: &str = "api_unreachable";
    /// The page's module is not enabled for this session (the API's
    /// `ErrorCode::PortalFeatureDisabled`, which a test keeps equal).
    pub const MODULE_DISABLED: &str = "portal_feature_disabled";
    /// What the customer typed is not acceptable before it even reaches the API (the
    /// API's `ErrorCode::ParameterInvalid`, which a test keeps equal).
    pub const INVALID_INPUT: &str = "parameter_invalid";
    /// Anything else the portal could not do.
    pub const REQUEST_FAILED: &str = "portal_request_failed";
}

/// A failed customer request. See the module docs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The API's error code, or one of [`codes`].
    pub code: String,
    /// The parameter the problem is about, in the API's naming.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    /// Why a card was declined (`insufficient_funds`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_code: Option<String>,
    /// The non-secret values of the form that failed, by field name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub form: Vec<(String, String)>,
    /// The HTTP status the API answered with, when the problem is the API's (see
    /// [`Problem::http_status`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
}

impl Problem {
    /// A problem with `code` and nothing else.
    pub fn new(code: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            param: None,
            decline_code: None,
            form: Vec::new(),
            status: None,
        }
    }

    /// A problem with the API's `code`, raised by the portal itself (an id in a form
    /// that cannot name anything, say).
    pub fn api(code: ErrorCode) -> Self {
        Self::new(code.as_str())
    }

    /// The same problem, about `param`.
    pub fn about(mut self, param: impl Into<String>) -> Self {
        self.param = Some(param.into());
        self
    }

    /// The same problem, echoing the form's `fields` (never pass a card number or a CVC:
    /// the echo travels in a URL when JavaScript is off).
    pub fn with_form<'a>(mut self, fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        self.form = fields
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect();
        self
    }

    /// The echoed value of field `name`, if any.
    pub fn form_value(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }

    /// Whether the problem is about `param` (exactly, or a field inside it:
    /// `address` matches `address.line1`).
    pub fn is_about(&self, param: &str) -> bool {
        self.param
            .as_deref()
            .is_some_and(|p| p == param || p.strip_prefix(param).is_some_and(|rest| rest.starts_with('.')))
    }

    /// The HTTP status a server function answers the hydrated page's call with: the
    /// API's own when it refused (`400`, `402` for a card, `404`, …); for the portal's
    /// codes, `401` once the session is over, `403` for a failed CSRF check, `404` for a
    /// module the session does not show, `502` when the API could not be reached and
    /// `500` for the portal's own failure; anything else the portal refused before
    /// asking the API (what was typed) is `400`. Only the last two kinds are the
    /// portal's fault, so only they are `5xx`.
    pub fn http_status(&self) -> u16 {
        if let Some(status) = self.status.filter(|status| (400..=599).contains(status)) {
            return status;
        }
        match self.code.as_str() {
            codes::SESSION_ENDED => 401,
            codes::CSRF_FAILED => 403,
            codes::MODULE_DISABLED => 404,
            codes::API_UNREACHABLE => 502,
            codes::REQUEST_FAILED => 500,
            _ => 400,
        }
    }

    /// Whether the session is over (the page should offer the way back to the merchant).
    pub fn session_ended(&self) -> bool {
        self.code == codes::SESSION_ENDED
    }

    /// What the customer reads, in `locale`.
    pub fn message(&self, locale: Locale) -> &'static str {
        t(locale, self.text())
    }

    /// The catalogue key of [`Problem::message`].
    pub fn text(&self) -> ProblemText {
        use ProblemText as P;
        if let Some(decline) = self.decline_code.as_deref() {
            return match decline {
                "insufficient_funds" => P::InsufficientFunds,
                "expired_card" => P::ExpiredCard,
                // The customer refused (or failed) the bank's challenge.
                "authentication_failed" => P::AuthenticationFailed,
                // `lost_card`, `stolen_card`, …: the generic sentence on purpose.
                _ => P::CardDeclined,
            };
        }
        // The portal's own codes first, then the API's, typed: a code the API adds
        // later reads as `Unknown` and gets the generic sentence.
        match self.code.as_str() {
            codes::SESSION_ENDED => return P::SessionEnded,
            codes::API_UNREACHABLE => return P::ServiceUnavailable,
            _ => {}
        }
        use ErrorCode as E;
        match self.api_code() {
            E::PortalTokenInvalid => P::SessionEnded,
            E::CsrfFailed => P::CsrfFailed,
            E::ServiceUnavailable | E::InternalError => P::ServiceUnavailable,
            E::PortalFeatureDisabled | E::MerchantOnly => P::NotAllowed,
            E::RateLimited => P::RateLimited,
            E::ResourceMissing => P::NotFound,
            E::ParameterMissing => P::Required,
            E::InvalidCountry => P::InvalidCountry,
            E::InvalidPostalCode => P::InvalidPostalCode,
            E::InvalidState => P::InvalidState,
            E::TaxIdTypeUnsupported => P::TaxIdTypeUnsupported,
            E::TaxIdInvalid => P::TaxIdInvalid,
            E::TaxIdChecksumInvalid => P::TaxIdChecksumInvalid,
            E::TaxIdLimitReached => P::TaxIdLimitReached,
            E::ResourceAlreadyExists => P::AlreadyExists,
            E::IncorrectNumber => P::IncorrectNumber,
            E::InvalidExpiryMonth => P::InvalidExpiryMonth,
            E::InvalidExpiryYear => P::InvalidExpiryYear,
            E::ExpiredCard => P::ExpiredCard,
            E::InvalidCvc => P::InvalidCvc,
            E::CardDeclined => P::CardDeclined,
            E::AuthenticationRequired | E::PaymentMethodRequiresAuthentication => P::AuthenticationRequired,
            E::AuthenticationFailed => P::AuthenticationFailed,
            E::LastPaymentMethod => P::LastPaymentMethod,
            E::PaymentMethodMissing => P::PaymentMethodMissing,
            E::InvoiceNotPayable => P::InvoiceNotPayable,
            E::SubscriptionCanceled => P::SubscriptionCanceled,
            E::ParameterInvalid | E::InvalidQuery | E::InvalidJson => P::InvalidValue,
            _ => P::Generic,
        }
    }

    /// The problem's code as the API's [`ErrorCode`]; `Unknown` for the portal's own
    /// codes ([`codes`]) and for a code this build does not know.
    pub fn api_code(&self) -> ErrorCode {
        ErrorCode::ALL
            .iter()
            .copied()
            .find(|code| code.as_str() == self.code)
            .unwrap_or(ErrorCode::Unknown)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.param {
            Some(param) => write!(f, "{} ({param})", self.code),
            None => f.write_str(&self.code),
        }
    }
}

impl std::error::Error for Problem {}

impl FromServerFnError for Problem {
    type Encoder = JsonEncoding;

    /// A server function that failed before or after its body ran (the request could
    /// not be decoded, the server could not be reached from the browser, …).
    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => Self::new(codes::API_UNREACHABLE),
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => Self::new(codes::INVALID_INPUT),
            _ => Self::new(codes::REQUEST_FAILED),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<paylera_shared::client::ClientError> for Problem {
    /// The API's envelope becomes the problem; a transport failure is
    /// [`codes::API_UNREACHABLE`] (its detail goes to the log, not the page).
    fn from(err: paylera_shared::client::ClientError) -> Self {
        use paylera_shared::client::ClientError;
        match err {
            ClientError::Api { status, error, .. } => {
                let body = error.error;
                if status == 401 {
                    return Self::new(codes::SESSION_ENDED);
                }
                if status >= 500 {
                    tracing::warn!(status, code = %body.code.as_str(), "the API failed a portal request");
                }
                Self {
                    code: body.code.as_str().to_owned(),
                    param: body.param,
                    decline_code: body.decline_code,
                    form: Vec::new(),
                    status: Some(status),
                }
            }
            ClientError::Status { status, detail } => {
                tracing::warn!(status, %detail, "the API answered a portal request without its envelope");
                Self::new(codes::API_UNREACHABLE)
            }
            ClientError::Transport(reason) => {
                tracing::warn!(%reason, "the API could not be reached for a portal request");
                Self::new(codes::API_UNREACHABLE)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_follows_the_problem_and_only_the_portals_failures_are_5xx() {
        let from_api = |status: u16, code: &str| Problem {
            status: Some(status),
            ..Problem::new(code)
        };
        assert_eq!(from_api(402, "card_declined").http_status(), 402);
        assert_eq!(from_api(404, "resource_missing").http_status(), 404);
        assert_eq!(from_api(400, "invalid_postal_code").http_status(), 400);
        assert_eq!(Problem::new(codes::SESSION_ENDED).http_status(), 401);
        assert_eq!(Problem::new(codes::CSRF_FAILED).http_status(), 403);
        assert_eq!(Problem::new(codes::INVALID_INPUT).http_status(), 400);
        assert_eq!(Problem::new("invalid_expiry_month").http_status(), 400);
        assert_eq!(Problem::new(codes::API_UNREACHABLE).http_status(), 502);
        assert_eq!(Problem::new(codes::REQUEST_FAILED).http_status(), 500);
        // What travels to the hydrated page keeps the API's status.
        let echoed = from_api(402, "card_declined");
        assert_eq!(Problem::de(echoed.ser()).http_status(), 402);
    }

    #[test]
    fn the_portals_codes_that_are_the_apis_spell_them_as_the_api_does() {
        assert_eq!(Problem::new(codes::CSRF_FAILED).api_code(), ErrorCode::CsrfFailed);
        assert_eq!(
            Problem::new(codes::MODULE_DISABLED).api_code(),
            ErrorCode::PortalFeatureDisabled
        );
        assert_eq!(
            Problem::new(codes::INVALID_INPUT).api_code(),
            ErrorCode::ParameterInvalid
        );
        for own in [codes::SESSION_ENDED, codes::API_UNREACHABLE, codes::REQUEST_FAILED] {
            assert_eq!(Problem::new(own).api_code(), ErrorCode::Unknown, "{own}");
        }
    }

    #[test]
    fn every_api_code_reads_back_as_itself_and_a_new_one_gets_the_generic_sentence() {
        for &code in ErrorCode::ALL {
            assert_eq!(Problem::api(code).api_code(), code);
        }
        assert_eq!(Problem::new("a_code_from_a_newer_api").text(), ProblemText::Generic);
    }

    #[test]
    fn every_problem_sentence_is_translated() {
        let problems = crate::i18n::catalog::problems::<ProblemText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_decline_code_decides_the_sentence() {
        let declined = |code: &str| Problem {
            decline_code: Some(code.to_owned()),
            ..Problem::new("card_declined")
        };
        assert_eq!(declined("insufficient_funds").text(), ProblemText::InsufficientFunds);
        assert_eq!(declined("lost_card").text(), ProblemText::CardDeclined);
        assert_eq!(
            declined("authentication_failed").text(),
            ProblemText::AuthenticationFailed
        );
        assert_eq!(Problem::new("some_new_code").text(), ProblemText::Generic);
    }

    #[test]
    fn a_problem_is_about_a_field_or_a_field_inside_it() {
        let problem = Problem::new("invalid_postal_code").about("address.postal_code");
        assert!(problem.is_about("address.postal_code"));
        assert!(problem.is_about("address"));
        assert!(!problem.is_about("address.postal"));
        assert!(!problem.is_about("card"));
    }
}
