//! The merchant dashboard's principal (ADR 0014): team members of a tenant, their
//! roles, invitations and sign-in sessions. The dashboard server calls the same REST
//! API as everyone, with a team member's session token instead of a secret key.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    ids::{TeamMemberId, TenantId},
    wire_enum::wire_enum,
};

wire_enum! {
    /// What a team member may do, each role including the one after it.
    #[derive(PartialOrd, Ord)]
    pub enum Role("team role") {
        /// Reads everything.
        Viewer => "viewer",
        /// Reads and changes everything but the team.
        Admin => "admin",
        /// Everything, the team included.
        Owner => "owner",
    }
}

/// A member of a tenant's team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamMember {
    pub id: TeamMemberId,
    /// Always `"team_member"`.
    pub object: String,
    pub email: String,
    pub name: Option<String>,
    pub role: Role,
    /// Whether signing in asks for a TOTP code.
    pub totp_enabled: bool,
    pub created: DateTime<Utc>,
    pub last_sign_in: Option<DateTime<Utc>>,
}

/// `POST /v1/dashboard/sessions`: signing in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
    /// The current code of the member's authenticator app, when TOTP is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_code: Option<String>,
}

/// A signed-in team member's session: `token` is its credential
/// (`Authorization: Bearer dsh_…`), shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DashboardSession {
    /// `dss_…`
    pub id: String,
    /// Always `"dashboard.session"`.
    pub object: String,
    /// Only in the answer that created the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    pub tenant: TenantId,
    /// The tenant's name.
    pub tenant_name: String,
    pub member: TeamMember,
    /// When the session ends if it is not used (each use moves it on, up to
    /// `absolute_expires_at`).
    pub expires_at: DateTime<Utc>,
    pub absolute_expires_at: DateTime<Utc>,
}

/// `POST /v1/dashboard/invitations`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateInvitationRequest {
    pub email: String,
    pub role: Role,
}

/// `POST /v1/dashboard/members/{id}` (owners): a member's new role. A team keeps at
/// least one owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateTeamMemberRequest {
    pub role: Role,
}

/// An invitation to join a tenant's team; `token` (shown once) goes in the link the
/// invitee opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invitation {
    /// `inv_…`
    pub id: String,
    /// Always `"dashboard.invitation"`.
    pub object: String,
    pub email: String,
    pub role: Role,
    /// Only in the answer that created the invitation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    pub expires_at: DateTime<Utc>,
    pub created: DateTime<Utc>,
}

/// `POST /v1/dashboard/invitations/accept`: the invitee chooses a password and is
/// signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AcceptInvitationRequest {
    pub token: String,
    pub password: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The start of TOTP enrolment: the secret to put in an authenticator app (also as an
/// `otpauth://` URI for a QR code). Enrolment ends when a code is confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TotpEnrolment {
    /// Base32, unpadded (RFC 4648).
    pub secret: String,
    pub otpauth_uri: String,
}

/// `POST /v1/dashboard/session/totp/confirm`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ConfirmTotpRequest {
    pub code: String,
}
