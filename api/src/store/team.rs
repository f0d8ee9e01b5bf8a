//! Team members, their invitations and their dashboard sessions (ADR 0014).

use paylera_shared::{
    dashboard::{Role, TeamMember},
    ids::TenantId,
};

use super::parse_stored;
use crate::{
    db::{Backend, Db, Tx},
    domain::from_unix,
};

/// A stored team member.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MemberRow {
    pub id: String,
    pub tenant_id: String,
    pub email: String,
    pub name: Option<String>,
    pub role: String,
    pub password_hash: String,
    /// Sealed.
    pub totp_secret: Option<String>,
    /// Sealed: a secret being enrolled, not yet confirmed.
    pub totp_pending: Option<String>,
    pub totp_last_step: Option<i64>,
    pub failed_attempts: i64,
    pub locked_until: Option<i64>,
    pub created: i64,
    pub last_sign_in: Option<i64>,
}

impl MemberRow {
    pub fn role(&self) -> Result<Role, sqlx::Error> {
        parse_stored(&self.role)
    }

    pub fn tenant(&self) -> Result<TenantId, sqlx::Error> {
        parse_stored(&self.tenant_id)
    }

    /// The member as the API sends it (no hash, no secret).
    pub fn to_wire(&self) -> Result<TeamMember, sqlx::Error> {
        Ok(TeamMember {
            id: parse_stored(&self.id)?,
            object: "team_member".to_owned(),
            email: self.email.clone(),
            name: self.name.clone(),
            role: self.role()?,
            totp_enabled: self.totp_secret.is_some(),
            created: from_unix(self.created),
            last_sign_in: self.last_sign_in.map(from_unix),
        })
    }
}

const MEMBER: &str = "id, tenant_id, email, name, role, password_hash, totp_secret, totp_pending, totp_last_step, \
     failed_attempts, locked_until, created, last_sign_in";

/// Adds a member. A taken email fails with a unique violation.
pub async fn create_member(tx: &mut Tx, member: &MemberRow) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into team_members (id, tenant_id, email, name, role, password_hash, created)
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&member.id)
    .bind(&member.tenant_id)
    .bind(&member.email)
    .bind(&member.name)
    .bind(&member.role)
    .bind(&member.password_hash)
    .bind(member.created)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// The member with `email` (normalised), whatever its tenant.
pub async fn member_by_email(db: &Db, email: &str) -> Result<Option<MemberRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {MEMBER} from team_members where email = $1"
    )))
    .bind(email)
    .fetch_optional(db.reader())
    .await
}

pub async fn member(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<MemberRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {MEMBER} from team_members where tenant_id = $1 and id = $2"
    )))
    .bind(tenant.as_str())
    .bind(id)
    .fetch_optional(db.reader())
    .await
}

/// The tenant's owners' ids, their rows locked until `tx` ends on PostgreSQL (SQLite
/// has one writer): two owners demoting or removing each other at once cannot both
/// see the other left.
pub async fn owners_for_update(tx: &mut Tx, backend: Backend, tenant: &TenantId) -> Result<Vec<String>, sqlx::Error> {
    let lock = match backend {
        Backend::Postgres => " for update",
        Backend::Sqlite => "",
    };
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select id from team_members where tenant_id = $1 and role = 'owner' order by seq{lock}"
    )))
    .bind(tenant.as_str())
    .fetch_all(&mut **tx)
    .await
}

/// Gives a member of `tenant` a new role; the member as it now is, if it exists.
pub async fn set_role(tx: &mut Tx, tenant: &TenantId, id: &str, role: Role) -> Result<Option<MemberRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update team_members set role = $3 where tenant_id = $1 and id = $2 returning {MEMBER}"
    )))
    .bind(tenant.as_str())
    .bind(id)
    .bind(role.as_str())
    .fetch_optional(&mut **tx)
    .await
}

/// Removes a member of `tenant` and every session of theirs (their tokens stop working
/// with this transaction); the removed member, if it existed. Invitations they sent
/// and audit entries naming them stay.
pub async fn remove_member(tx: &mut Tx, tenant: &TenantId, id: &str) -> Result<Option<MemberRow>, sqlx::Error> {
    sqlx::query("delete from dashboard_sessions where tenant_id = $1 and member_id = $2")
        .bind(tenant.as_str())
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "delete from team_members where tenant_id = $1 and id = $2 returning {MEMBER}"
    )))
    .bind(tenant.as_str())
    .bind(id)
    .fetch_optional(&mut **tx)
    .await
}

/// The tenant's members, oldest first.
pub async fn members(db: &Db, tenant: &TenantId) -> Result<Vec<MemberRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {MEMBER} from team_members where tenant_id = $1 order by seq"
    )))
    .bind(tenant.as_str())
    .fetch_all(db.reader())
    .await
}

/// Counts a failed sign-in; the `max`-th in a row locks the account until `lock_until`.
/// Answers the failures in a row and the lock, as they now are.
pub async fn record_failure(db: &Db, id: &str, max: i64, lock_until: i64) -> Result<(i64, Option<i64>), sqlx::Error> {
    sqlx::query_as(
        "update team_members set failed_attempts = failed_attempts + 1,
             locked_until = case when failed_attempts + 1 >= $2 then $3 else locked_until end
         where id = $1 returning failed_attempts, locked_until",
    )
    .bind(id)
    .bind(max)
    .bind(lock_until)
    .fetch_one(db.writer())
    .await
}

/// A successful sign-in: the counter and the lock are cleared; `totp_step` is the step
/// of the code used (a code is good once).
pub async fn record_sign_in(tx: &mut Tx, id: &str, at: i64, totp_step: Option<i64>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update team_members set failed_attempts = 0, locked_until = null, last_sign_in = $2,
             totp_last_step = coalesce($3, totp_last_step) where id = $1",
    )
    .bind(id)
    .bind(at)
    .bind(totp_step)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Starts a TOTP enrolment (`pending` sealed), replacing one not confirmed.
pub async fn set_totp_pending(db: &Db, id: &str, pending: &str) -> Result<(), sqlx::Error> {
    sqlx::query("update team_members set totp_pending = $2 where id = $1")
        .bind(id)
        .bind(pending)
        .execute(db.writer())
        .await
        .map(drop)
}

/// Turns the pending secret on (`secret` sealed for its new place), the code's step used.
pub async fn confirm_totp(db: &Db, id: &str, secret: &str, step: i64) -> Result<(), sqlx::Error> {
    sqlx::query("update team_members set totp_secret = $2, totp_pending = null, totp_last_step = $3 where id = $1")
        .bind(id)
        .bind(secret)
        .bind(step)
        .execute(db.writer())
        .await
        .map(drop)
}

/// A stored dashboard session.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SessionRow {
    pub id: String,
    pub tenant_id: String,
    pub member_id: String,
    pub created: i64,
    pub expires_at: i64,
    pub absolute_expires_at: i64,
    pub ended_at: Option<i64>,
}

const SESSION: &str = "id, tenant_id, member_id, created, expires_at, absolute_expires_at, ended_at";

pub async fn create_session(tx: &mut Tx, session: &SessionRow, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into dashboard_sessions (id, tenant_id, member_id, token_hash, created, expires_at, absolute_expires_at)
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&session.id)
    .bind(&session.tenant_id)
    .bind(&session.member_id)
    .bind(token_hash)
    .bind(session.created)
    .bind(session.expires_at)
    .bind(session.absolute_expires_at)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// The session whose token hashes to `hash`.
pub async fn session_by_token(db: &Db, hash: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {SESSION} from dashboard_sessions where token_hash = $1"
    )))
    .bind(hash)
    .fetch_optional(db.reader())
    .await
}

/// Moves the idle deadline of an open session on.
pub async fn touch_session(db: &Db, id: &str, expires_at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("update dashboard_sessions set expires_at = $2 where id = $1 and ended_at is null and expires_at < $2")
        .bind(id)
        .bind(expires_at)
        .execute(db.writer())
        .await
        .map(drop)
}

/// Signs a session out.
pub async fn end_session(db: &Db, id: &str, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("update dashboard_sessions set ended_at = $2 where id = $1 and ended_at is null")
        .bind(id)
        .bind(at)
        .execute(db.writer())
        .await
        .map(drop)
}

/// A stored invitation.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InvitationRow {
    pub id: String,
    pub tenant_id: String,
    pub email: String,
    pub role: String,
    pub invited_by: String,
    pub expires_at: i64,
    pub accepted_at: Option<i64>,
    pub created: i64,
}

pub async fn create_invitation(tx: &mut Tx, invitation: &InvitationRow, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into team_invitations (id, tenant_id, email, role, token_hash, invited_by, expires_at, created)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&invitation.id)
    .bind(&invitation.tenant_id)
    .bind(&invitation.email)
    .bind(&invitation.role)
    .bind(token_hash)
    .bind(&invitation.invited_by)
    .bind(invitation.expires_at)
    .bind(invitation.created)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Takes the open invitation whose token hashes to `hash`, once: of two acceptances
/// the first wins.
pub async fn take_invitation(tx: &mut Tx, hash: &str, at: i64) -> Result<Option<InvitationRow>, sqlx::Error> {
    sqlx::query_as(
        "update team_invitations set accepted_at = $2
         where token_hash = $1 and accepted_at is null and expires_at > $2
         returning id, tenant_id, email, role, invited_by, expires_at, accepted_at, created",
    )
    .bind(hash)
    .bind(at)
    .fetch_optional(&mut **tx)
    .await
}
