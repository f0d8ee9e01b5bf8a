//! The dashboard's principal (ADR 0014): team members sign in with email, password and
//! (when enabled) a TOTP code, and get a session token (`dsh_…`, only its SHA-256
//! stored) that the dashboard server sends as `Authorization: Bearer`. Owners invite
//! members; an invitation's token (`dinv_…`) is single use. Routes in
//! [`crate::routes::dashboard`] are thin wrappers around this.
//!
//! Sign-in answers one `401 sign_in_failed` for an unknown email and a wrong password,
//! and takes as long for both (an unknown email is checked against a decoy hash).
//! [`team::MAX_FAILURES`] failures in a row (passwords or codes) lock the account for
//! [`team::LOCKOUT`]: `429 account_locked` with `Retry-After`, whatever the password.

use paylera_shared::{
    ErrorCode, ErrorType,
    dashboard::{
        AcceptInvitationRequest, CreateInvitationRequest, DashboardSession, Invitation, Role, SignInRequest,
        TeamMember, TotpEnrolment,
    },
    ids::{TeamMemberId, TenantId},
};

use crate::{
    db::Db,
    domain::{
        Invalid, api_key, from_unix,
        ids::random_base62,
        now,
        team::{self, LOCKOUT, MAX_FAILURES},
    },
    error::ApiError,
    secrets::Sealer,
    store::{
        self,
        team::{InvitationRow, MemberRow, SessionRow},
    },
};

/// A session ends after this long unused.
pub const SESSION_IDLE_SECS: i64 = 12 * 3600;
/// A session ends after this long whatever happens (sign in again).
pub const SESSION_MAX_SECS: i64 = 7 * 24 * 3600;
/// An invitation is good for this long.
pub const INVITATION_TTL_SECS: i64 = 7 * 24 * 3600;
/// The prefix of session tokens.
pub const SESSION_TOKEN_PREFIX: &str = "dsh_";
const INVITATION_TOKEN_PREFIX: &str = "dinv_";

/// A fresh bearer secret with `prefix` (~190 random bits) and its stored hash.
fn secret(prefix: &str) -> (String, String) {
    let secret = format!("{prefix}{}", random_base62(32));
    let hash = api_key::hash(&secret);
    (secret, hash)
}

/// Whether `candidate` has the shape of a session token (checked before any lookup).
pub fn is_session_token(candidate: &str) -> bool {
    candidate
        .strip_prefix(SESSION_TOKEN_PREFIX)
        .is_some_and(|body| body.len() == 32 && body.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn failed() -> ApiError {
    ApiError::unauthenticated(ErrorCode::SignInFailed, "The email or the password is wrong.")
}

fn locked(until: i64, at: i64) -> ApiError {
    let retry_after = u64::try_from(until - at).unwrap_or(1).max(1);
    ApiError::new(
        http::StatusCode::TOO_MANY_REQUESTS,
        ErrorType::RateLimitError,
        ErrorCode::AccountLocked,
        format!("Too many failed sign-ins: the account is locked; retry after {retry_after} seconds."),
    )
    .with_header(http::header::RETRY_AFTER, http::HeaderValue::from(retry_after))
}

/// Checks a password against a hash off the async workers (argon2id takes tens of ms).
async fn password_matches(hash: String, password: String) -> Result<bool, ApiError> {
    tokio::task::spawn_blocking(move || team::verify_password(&hash, &password))
        .await
        .map_err(|err| ApiError::internal(err.to_string()))
}

async fn hash_password(password: String) -> Result<String, ApiError> {
    tokio::task::spawn_blocking(move || team::hash_password(&password))
        .await
        .map_err(|err| ApiError::internal(err.to_string()))?
        .map_err(|err| ApiError::internal(err.to_string()))
}

/// Counts a failure; the answer is the lock when this one locked the account.
async fn fail(db: &Db, member: &MemberRow, at: i64, otherwise: ApiError) -> ApiError {
    let until = at + i64::try_from(LOCKOUT.as_secs()).unwrap_or(i64::MAX);
    match store::team::record_failure(db, &member.id, MAX_FAILURES, until).await {
        Ok((_, Some(until))) if until > at => locked(until, at),
        Ok(_) => otherwise,
        Err(err) => err.into(),
    }
}

/// `POST /v1/dashboard/sessions`.
pub async fn sign_in(db: &Db, sealer: &Sealer, request: SignInRequest) -> Result<DashboardSession, ApiError> {
    let at = now().timestamp();
    let member = match team::email(&request.email) {
        Ok(email) => store::team::member_by_email(db, &email).await?,
        Err(_) => None,
    };
    let Some(member) = member else {
        // As long as a wrong password takes.
        password_matches(team::decoy_hash().to_owned(), request.password).await?;
        return Err(failed());
    };
    if let Some(until) = member.locked_until.filter(|until| *until > at) {
        return Err(locked(until, at));
    }
    if !password_matches(member.password_hash.clone(), request.password).await? {
        return Err(fail(db, &member, at, failed()).await);
    }
    let mut totp_step = None;
    if let Some(sealed) = &member.totp_secret {
        let Some(code) = request.totp_code.as_deref() else {
            return Err(ApiError::unauthenticated(
                ErrorCode::TotpRequired,
                "Enter the code of your authenticator app (`totp_code`).",
            ));
        };
        let secret = sealer
            .open(sealed, member.id.as_bytes())
            .ok_or_else(|| ApiError::internal("a TOTP secret does not open"))?;
        match team::verify_totp(&secret, code, at, member.totp_last_step) {
            Some(step) => totp_step = Some(step),
            None => {
                let wrong = ApiError::unauthenticated(ErrorCode::TotpInvalid, "The code is wrong or has expired.");
                return Err(fail(db, &member, at, wrong).await);
            }
        }
    }
    let mut tx = db.begin().await?;
    store::team::record_sign_in(&mut tx, &member.id, at, totp_step).await?;
    let session = open_session(&mut tx, &member, at).await?;
    tx.commit().await?;
    Ok(session)
}

/// Opens a session for `member` in `tx`; the answer carries its token, once.
async fn open_session(tx: &mut crate::db::Tx, member: &MemberRow, at: i64) -> Result<DashboardSession, ApiError> {
    let (token, hash) = secret(SESSION_TOKEN_PREFIX);
    let row = SessionRow {
        id: format!("dss_{}", random_base62(24)),
        tenant_id: member.tenant_id.clone(),
        member_id: member.id.clone(),
        created: at,
        expires_at: at + SESSION_IDLE_SECS,
        absolute_expires_at: at + SESSION_MAX_SECS,
        ended_at: None,
    };
    store::team::create_session(tx, &row, &hash).await?;
    let tenant = member.tenant()?;
    let tenant_name = store::tenants::name_in(tx, &tenant).await?;
    let mut member = member.clone();
    member.last_sign_in = Some(at);
    to_wire(&row, &member, tenant_name, Some(token))
}

fn to_wire(
    row: &SessionRow,
    member: &MemberRow,
    tenant_name: String,
    token: Option<String>,
) -> Result<DashboardSession, ApiError> {
    Ok(DashboardSession {
        id: row.id.clone(),
        object: "dashboard.session".to_owned(),
        token,
        tenant: member.tenant()?,
        tenant_name,
        member: member.to_wire()?,
        expires_at: from_unix(row.expires_at),
        absolute_expires_at: from_unix(row.absolute_expires_at),
    })
}

/// The open session of a bearer `token` and its member; moves the idle deadline on
/// (at most once a minute).
pub async fn authenticate(db: &Db, token: &str) -> Result<(SessionRow, MemberRow), ApiError> {
    let invalid = || {
        ApiError::unauthenticated(
            ErrorCode::DashboardSessionInvalid,
            "The dashboard session has ended or its token is invalid: sign in again.",
        )
    };
    let at = now().timestamp();
    let mut session = store::team::session_by_token(db, &api_key::hash(token))
        .await?
        .ok_or_else(invalid)?;
    if session.ended_at.is_some() || at >= session.expires_at || at >= session.absolute_expires_at {
        return Err(invalid());
    }
    let tenant: TenantId = session.tenant_id.parse().map_err(|_| invalid())?;
    let member = store::team::member(db, &tenant, &session.member_id)
        .await?
        .ok_or_else(invalid)?;
    let next = (at + SESSION_IDLE_SECS).min(session.absolute_expires_at);
    if next - session.expires_at >= 60 {
        store::team::touch_session(db, &session.id, next).await?;
        session.expires_at = next;
    }
    Ok((session, member))
}

/// `GET /v1/dashboard/session`.
pub async fn current(db: &Db, session: &SessionRow, member: &MemberRow) -> Result<DashboardSession, ApiError> {
    let tenant_name = store::tenants::name(db, &member.tenant()?).await?;
    to_wire(session, member, tenant_name, None)
}

/// `POST /v1/dashboard/invitations` (owners).
pub async fn invite(
    db: &Db,
    tenant: &TenantId,
    invited_by: &str,
    request: CreateInvitationRequest,
) -> Result<Invitation, ApiError> {
    let email = team::email(&request.email)?;
    let at = now().timestamp();
    let (token, hash) = secret(INVITATION_TOKEN_PREFIX);
    let row = InvitationRow {
        id: format!("inv_{}", random_base62(24)),
        tenant_id: tenant.to_string(),
        email,
        role: request.role.as_str().to_owned(),
        invited_by: invited_by.to_owned(),
        expires_at: at + INVITATION_TTL_SECS,
        accepted_at: None,
        created: at,
    };
    let mut tx = db.begin().await?;
    store::team::create_invitation(&mut tx, &row, &hash).await?;
    tx.commit().await?;
    Ok(Invitation {
        id: row.id,
        object: "dashboard.invitation".to_owned(),
        email: row.email,
        role: request.role,
        token: Some(token),
        expires_at: from_unix(row.expires_at),
        created: from_unix(row.created),
    })
}

/// `POST /v1/dashboard/invitations/accept`: the member is created and signed in.
pub async fn accept(db: &Db, request: AcceptInvitationRequest) -> Result<DashboardSession, ApiError> {
    let invalid = || {
        ApiError::new(
            http::StatusCode::NOT_FOUND,
            ErrorType::InvalidRequestError,
            ErrorCode::InvitationInvalid,
            "This invitation is unknown, was used or has expired: ask for a new one.",
        )
    };
    if !request.token.starts_with(INVITATION_TOKEN_PREFIX) || request.token.len() > 64 {
        return Err(invalid());
    }
    let at = now().timestamp();
    let name = crate::domain::display_name(request.name)?;
    let mut tx = db.begin().await?;
    let invitation = store::team::take_invitation(&mut tx, &api_key::hash(&request.token), at)
        .await?
        .ok_or_else(invalid)?;
    team::check_password(&request.password, &invitation.email)?;
    let member = MemberRow {
        id: format!("usr_{}", random_base62(24)),
        tenant_id: invitation.tenant_id,
        email: invitation.email,
        name,
        role: invitation.role,
        password_hash: hash_password(request.password).await?,
        totp_secret: None,
        totp_pending: None,
        totp_last_step: None,
        failed_attempts: 0,
        locked_until: None,
        created: at,
        last_sign_in: Some(at),
    };
    if let Err(err) = store::team::create_member(&mut tx, &member).await {
        return Err(if store::is_unique_violation(&err) {
            Invalid::new(
                "token",
                ErrorCode::ResourceAlreadyExists,
                "This email already belongs to a team member.",
            )
            .into()
        } else {
            err.into()
        });
    }
    store::team::record_sign_in(&mut tx, &member.id, at, None).await?;
    let session = open_session(&mut tx, &member, at).await?;
    tx.commit().await?;
    Ok(session)
}

/// `POST /v1/dashboard/session/totp`: a new secret to confirm with a code.
pub async fn begin_totp(db: &Db, sealer: &Sealer, member: &MemberRow) -> Result<TotpEnrolment, ApiError> {
    let secret: Vec<u8> = (0..team::TOTP_SECRET_BYTES).map(|_| rand::random::<u8>()).collect();
    let pending_context = format!("{}/pending", member.id);
    store::team::set_totp_pending(db, &member.id, &sealer.seal(&secret, pending_context.as_bytes())).await?;
    Ok(TotpEnrolment {
        secret: team::base32(&secret),
        otpauth_uri: team::otpauth_uri("Paylera", &member.email, &secret),
    })
}

/// `POST /v1/dashboard/session/totp/confirm`: a right code turns TOTP on.
pub async fn confirm_totp(db: &Db, sealer: &Sealer, member: &MemberRow, code: &str) -> Result<(), ApiError> {
    let wrong = || Invalid::new("code", ErrorCode::TotpInvalid, "The code is wrong or has expired.");
    let pending_context = format!("{}/pending", member.id);
    let secret = member
        .totp_pending
        .as_deref()
        .and_then(|sealed| sealer.open(sealed, pending_context.as_bytes()))
        .ok_or_else(|| {
            Invalid::new(
                "code",
                ErrorCode::ParameterInvalid,
                "Start with `POST /v1/dashboard/session/totp`.",
            )
        })?;
    let step = team::verify_totp(&secret, code, now().timestamp(), None).ok_or_else(wrong)?;
    store::team::confirm_totp(db, &member.id, &sealer.seal(&secret, member.id.as_bytes()), step).await?;
    Ok(())
}

/// What happens to a member: a new role, or leaving the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberChange {
    Role(Role),
    Remove,
}

/// `POST /v1/dashboard/members/{id}` and `DELETE /v1/dashboard/members/{id}` (owners):
/// the member as they now are (or were, when removed). A removed member's sessions end
/// in the same transaction; a new role holds from their next request (authentication
/// reads the role each time). Either refuses (`400 last_owner`) to leave the team
/// without an owner, whoever asks, however many owners act at once.
pub async fn change_member(
    db: &Db,
    tenant: &TenantId,
    id: &TeamMemberId,
    change: MemberChange,
) -> Result<TeamMember, ApiError> {
    let mut tx = db.begin().await?;
    let owners = store::team::owners_for_update(&mut tx, db.backend(), tenant).await?;
    let stays_owner = change == MemberChange::Role(Role::Owner);
    if !stays_owner && owners.len() == 1 && owners[0] == id.as_str() {
        let param = match change {
            MemberChange::Role(_) => "role",
            MemberChange::Remove => "id",
        };
        return Err(Invalid::new(
            param,
            ErrorCode::LastOwner,
            "A team keeps at least one owner: make another member owner first.",
        )
        .into());
    }
    let member = match change {
        MemberChange::Role(role) => store::team::set_role(&mut tx, tenant, id.as_str(), role).await?,
        MemberChange::Remove => store::team::remove_member(&mut tx, tenant, id.as_str()).await?,
    }
    .ok_or_else(|| ApiError::not_found("team member", id.as_str()))?;
    tx.commit().await?;
    Ok(member.to_wire()?)
}

/// Whether `role` may manage the team.
pub fn manages_team(role: Role) -> bool {
    role >= Role::Owner
}
