//! Authentication: `Authorization: Bearer …` → the calling [`Principal`].
//!
//! Three credentials are accepted, told apart by their shape: a merchant's secret key
//! (`sk_test_…`, full access to its tenant), a team member's dashboard session token
//! (`dsh_…`, the member's role decides: `crate::dashboard`) and a portal token (a JWT
//! scoped to one customer of one tenant and the features its session enables). A portal token is
//! only honoured while its session is open: revoking or completing the session
//! ends it at once, whatever the token's own expiry.
//!
//! A portal caller carries the session this check read ([`PortalScope`]): its row and
//! its parsed configuration. Handlers use that instead of reading the session again,
//! so one portal request reads its session once.

use axum::{
    extract::{FromRequestParts, Request, State},
    http::{header::AUTHORIZATION, request::Parts},
    middleware::Next,
    response::Response,
};
use std::sync::Arc;

use paylera_shared::{
    ErrorCode,
    dashboard::Role,
    ids::{ApiKeyId, CustomerId, TenantId},
    version::ApiVersion,
};

use crate::{
    AppState, dashboard,
    domain::{
        api_key, now,
        portal::{
            self, SessionStatus,
            features::{Feature, PortalConfiguration},
            token::{self, TokenError},
        },
    },
    error::ApiError,
    store::{self, portal::SessionRow},
};

/// Who is calling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    /// A merchant's secret key, in its mode.
    Merchant { key_id: ApiKeyId, mode: api_key::Mode },
    /// An end customer in a portal session.
    Portal(Arc<PortalScope>),
    /// A member of the tenant's team, signed in to the dashboard (ADR 0014). Acts in
    /// test mode.
    TeamMember(Arc<TeamScope>),
}

/// A signed-in team member: their role, session and row as authentication read them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamScope {
    pub role: Role,
    pub session: store::team::SessionRow,
    pub member: store::team::MemberRow,
}

/// What a portal token grants, and the session it was checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalScope {
    /// The customer the session is for (the token's subject).
    pub customer: CustomerId,
    /// The features the token enables.
    pub features: Vec<Feature>,
    /// The session as authentication read it (open, with this request's activity).
    pub session: SessionRow,
    /// The session's effective configuration, parsed once.
    pub configuration: PortalConfiguration,
}

/// The authenticated caller of a request: a tenant, and who within it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub tenant_id: TenantId,
    pub principal: Principal,
}

impl Caller {
    /// Whether the caller acts in live mode (a live key). Portal customers act in
    /// the mode their session was made in, which only merchant routes ask about.
    pub fn is_live(&self) -> bool {
        matches!(
            self.principal,
            Principal::Merchant {
                mode: api_key::Mode::Live,
                ..
            }
        )
    }

    /// The portal scope, when the caller is a customer in the portal.
    pub fn portal(&self) -> Option<&PortalScope> {
        match &self.principal {
            Principal::Portal(scope) => Some(scope),
            Principal::Merchant { .. } | Principal::TeamMember(_) => None,
        }
    }

    /// The team member, when the caller is signed in to the dashboard.
    pub fn team_member(&self) -> Option<&TeamScope> {
        match &self.principal {
            Principal::TeamMember(scope) => Some(scope),
            _ => None,
        }
    }

    /// Who acted, as audit logs name them: the API key (`key_…`), the team member
    /// (`usr_…`) or the portal session (`ps_…`).
    pub fn actor(&self) -> String {
        match &self.principal {
            Principal::Merchant { key_id, .. } => key_id.to_string(),
            Principal::Portal(scope) => scope.session.id.clone(),
            Principal::TeamMember(scope) => scope.member.id.clone(),
        }
    }

    /// The portal session's id, when the caller is a customer in the portal.
    pub fn portal_session(&self) -> Option<&str> {
        self.portal().map(|scope| scope.session.id.as_str())
    }

    /// The configuration whose rules apply to this caller: the portal session's,
    /// `None` for the merchant (who is bound by no portal rule).
    pub fn portal_configuration(&self) -> Option<&PortalConfiguration> {
        self.portal().map(|scope| &scope.configuration)
    }
}

/// The tenant's pinned version when authentication read it already (merchant keys, the
/// hot path: read with the key); otherwise the version middleware reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pinned(pub ApiVersion);

/// Rejects requests without a valid credential; otherwise records the [`Caller`].
pub async fn authenticate(State(state): State<AppState>, mut req: Request, next: Next) -> Result<Response, ApiError> {
    let token = bearer_token(&req)?;
    let caller = if api_key::is_well_formed(token) {
        let owner = store::tenants::find_key(&state.db, &api_key::hash(token))
            .await?
            .ok_or_else(|| ApiError::unauthenticated(ErrorCode::ApiKeyInvalid, "Invalid API key provided."))?;
        if let Err(retry_after) = state.limits.api_keys.check(owner.key_id.as_str(), now().timestamp()) {
            return Err(rate_limited(retry_after));
        }
        req.extensions_mut().insert(Pinned(owner.api_version));
        Caller {
            tenant_id: owner.tenant_id,
            principal: Principal::Merchant {
                key_id: owner.key_id,
                mode: owner.mode,
            },
        }
    } else if dashboard::is_session_token(token) {
        let (session, member) = dashboard::authenticate(&state.db, token).await?;
        Caller {
            tenant_id: member.tenant()?,
            principal: Principal::TeamMember(Arc::new(TeamScope {
                role: member.role()?,
                session,
                member,
            })),
        }
    } else if token.matches('.').count() == 2 {
        // Shaped like a JWT (even with an empty signature, as `alg: none` forgeries are).
        portal_caller(&state, token, req.uri().path()).await?
    } else {
        return Err(malformed());
    };
    tracing::Span::current().record("tenant_id", caller.tenant_id.as_str());
    req.extensions_mut().insert(caller);
    Ok(next.run(req).await)
}

/// A portal token's caller, if the token verifies and its session is open.
async fn portal_caller(state: &AppState, token: &str, path: &str) -> Result<Caller, ApiError> {
    let invalid = || {
        ApiError::unauthenticated(
            ErrorCode::PortalTokenInvalid,
            "The portal session has ended or its token is invalid.",
        )
    };
    let at = now().timestamp();
    // A refresh may present a token that expired while its session lived on (an idle
    // tab); the session's deadline below still bounds it.
    let refreshing = path.ends_with("/portal/sessions/refresh");
    let verified = if refreshing {
        token::verify_signature(token, state.secrets.portal_jwt_key(), at)
    } else {
        token::verify(token, state.secrets.portal_jwt_key(), at)
    };
    let claims = verified.map_err(|err| match err {
        TokenError::WeakKey => ApiError::internal("the portal signing key is too short"),
        TokenError::Expired | TokenError::Invalid(_) => invalid(),
    })?;
    let tenant: TenantId = claims.tenant.parse().map_err(|_| invalid())?;
    let mut session = store::portal::get(&state.db, &tenant, &claims.sid)
        .await?
        .ok_or_else(invalid)?;
    let status = session.status();
    let deadline = portal::deadline(status, session.created, session.opened_at, session.last_activity_at);
    if status != SessionStatus::Opened || deadline.is_none_or(|d| at >= d) || session.customer_id != claims.sub {
        return Err(invalid());
    }
    // Refreshing the token is not the customer's activity: an abandoned tab must idle out.
    if !refreshing && store::portal::touch(&state.db, &session.id, at).await? {
        // What handlers see is the session as it now is in the database.
        session.last_activity_at = at;
    }
    let configuration = serde_json::from_str(&session.configuration)?;
    Ok(Caller {
        tenant_id: tenant,
        principal: Principal::Portal(Arc::new(PortalScope {
            customer: claims.sub.parse().map_err(|_| invalid())?,
            features: claims.features.iter().filter_map(|f| Feature::parse(f)).collect(),
            session,
            configuration,
        })),
    })
}

/// `429 rate_limited` with `Retry-After`.
pub fn rate_limited(retry_after: u64) -> ApiError {
    ApiError::new(
        http::StatusCode::TOO_MANY_REQUESTS,
        paylera_shared::ErrorType::RateLimitError,
        ErrorCode::RateLimited,
        format!("Too many requests; retry after {retry_after} seconds."),
    )
    .with_header(http::header::RETRY_AFTER, http::HeaderValue::from(retry_after))
}

fn malformed() -> ApiError {
    ApiError::unauthenticated(
        ErrorCode::ApiKeyMalformed,
        "The Authorization header must be `Bearer ` followed by a Paylera secret key (`sk_test_…` or `sk_live_…`) or a portal token.",
    )
}

/// The credential of the `Authorization` header.
fn bearer_token(req: &Request) -> Result<&str, ApiError> {
    let header = req.headers().get(AUTHORIZATION).ok_or_else(|| {
        ApiError::unauthenticated(
            ErrorCode::ApiKeyMissing,
            "You did not provide an API key. Send it as `Authorization: Bearer sk_test_…`.",
        )
    })?;
    let value = header.to_str().map_err(|_| malformed())?;
    let (scheme, token) = value.split_once(' ').ok_or_else(malformed)?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(malformed());
    }
    Ok(token.trim())
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
