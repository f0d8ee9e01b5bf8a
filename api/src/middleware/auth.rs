//! Authentication: `Authorization: Bearer sk_test_…` → the calling tenant.

use axum::{
    extract::{FromRequestParts, Request, State},
    http::{header::AUTHORIZATION, request::Parts},
    middleware::Next,
    response::Response,
};
use paylera_shared::{
    ErrorCode,
    ids::{ApiKeyId, TenantId},
};

use crate::{AppState, domain::api_key, error::ApiError, store};

/// The authenticated caller of a request: a tenant, through one of its keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub tenant_id: TenantId,
    pub key_id: ApiKeyId,
}

/// Rejects requests without a valid key; otherwise records the [`Caller`].
pub async fn authenticate(State(state): State<AppState>, mut req: Request, next: Next) -> Result<Response, ApiError> {
    let token = bearer_token(&req)?;
    let owner = store::tenants::find_key(&state.db, &api_key::hash(token))
        .await?
        .ok_or_else(|| ApiError::unauthenticated(ErrorCode::ApiKeyInvalid, "Invalid API key provided."))?;
    tracing::Span::current().record("tenant_id", owner.tenant_id.as_str());
    req.extensions_mut().insert(Caller {
        tenant_id: owner.tenant_id,
        key_id: owner.key_id,
    });
    Ok(next.run(req).await)
}

/// The well-formed key of the `Authorization` header.
fn bearer_token(req: &Request) -> Result<&str, ApiError> {
    let header = req.headers().get(AUTHORIZATION).ok_or_else(|| {
        ApiError::unauthenticated(
            ErrorCode::ApiKeyMissing,
            "You did not provide an API key. Send it as `Authorization: Bearer sk_test_…`.",
        )
    })?;
    let malformed = || {
        ApiError::unauthenticated(
            ErrorCode::ApiKeyMalformed,
            "The Authorization header must be `Bearer ` followed by a Paylera secret key (`sk_test_…`).",
        )
    };
    let value = header.to_str().map_err(|_| malformed())?;
    let (scheme, token) = value.split_once(' ').ok_or_else(malformed)?;
    let token = token.trim();
    if !scheme.eq_ignore_ascii_case("bearer") || !api_key::is_well_formed(token) {
        return Err(malformed());
    }
    Ok(token)
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        parts
            .extensions
            .get::<Caller>()
            .cloned()
            .ok_or_else(|| ApiError::internal("a handler that needs a Caller is mounted without authentication"))
    }
}
