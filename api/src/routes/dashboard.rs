//! `/v1/dashboard/…`: signing team members in, their session, the team (ADR 0014).

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
};
use paylera_shared::{
    ErrorEnvelope,
    dashboard::{
        AcceptInvitationRequest, ConfirmTotpRequest, CreateInvitationRequest, DashboardSession, Invitation,
        SignInRequest, TeamMember, TotpEnrolment, UpdateTeamMemberRequest,
    },
    ids::TeamMemberId,
    list::List,
};

use crate::{
    AppState,
    dashboard::{self, MemberChange},
    domain::now,
    error::ApiError,
    extract::Json,
    middleware::auth::{Caller, TeamScope},
    store,
};

/// The signed-in member of the caller (the scope lets only them in).
fn member(caller: &Caller) -> Result<&TeamScope, ApiError> {
    caller
        .team_member()
        .ok_or_else(|| ApiError::internal("a dashboard route reached without a team member"))
}

/// A member id from a path: one that cannot exist is not found, like one that does not.
fn member_id(raw: &str) -> Result<TeamMemberId, ApiError> {
    TeamMemberId::parse(raw).map_err(|_| ApiError::not_found("team member", raw))
}

/// Sign a team member in.
///
/// One `401 sign_in_failed` for an unknown email and a wrong password. With TOTP on,
/// a right password without `totp_code` is `401 totp_required`. Five failures in a row
/// lock the account for 15 minutes (`429 account_locked`, `Retry-After`).
#[utoipa::path(
    post, path = "/v1/dashboard/sessions", tag = "dashboard",
    request_body(content = SignInRequest, example = json!({"email": "owner@acme.example", "password": "correct horse battery staple"})),
    responses(
        (status = 200, description = "The session, with its token (shown once)", body = DashboardSession),
        (status = 400, description = "A malformed body", body = ErrorEnvelope),
        (status = 401, description = "Wrong email or password (`sign_in_failed`), a code needed (`totp_required`) or wrong (`totp_invalid`)", body = ErrorEnvelope),
        (status = 429, description = "The account is locked (`account_locked`)", body = ErrorEnvelope),
    )
)]
pub async fn sign_in(
    State(state): State<AppState>,
    Json(request): Json<SignInRequest>,
) -> Result<JsonResponse<DashboardSession>, ApiError> {
    dashboard::sign_in(&state.db, state.secrets.totp_sealer(), request)
        .await
        .map(JsonResponse)
}

/// Accept an invitation: choose a password and be signed in.
#[utoipa::path(
    post, path = "/v1/dashboard/invitations/accept", tag = "dashboard",
    request_body(content = AcceptInvitationRequest, example = json!({"token": "dinv_…", "password": "correct horse battery staple", "name": "Ada"})),
    responses(
        (status = 200, description = "The new member's session, with its token (shown once)", body = DashboardSession),
        (status = 400, description = "A weak password (`password_too_weak`) or an invalid field", body = ErrorEnvelope),
        (status = 404, description = "Unknown, used or expired invitation (`invitation_invalid`)", body = ErrorEnvelope),
    )
)]
pub async fn accept_invitation(
    State(state): State<AppState>,
    Json(request): Json<AcceptInvitationRequest>,
) -> Result<JsonResponse<DashboardSession>, ApiError> {
    dashboard::accept(&state.db, request).await.map(JsonResponse)
}

/// The caller's own dashboard session.
#[utoipa::path(
    get, path = "/v1/dashboard/session", tag = "dashboard", operation_id = "retrieve_dashboard_session",
    responses(
        (status = 200, description = "The session (without its token)", body = DashboardSession),
        (status = 403, description = "Not a team member (`dashboard_only`)", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn current_session(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<DashboardSession>, ApiError> {
    let scope = member(&caller)?;
    dashboard::current(&state.db, &scope.session, &scope.member)
        .await
        .map(JsonResponse)
}

/// Sign out: the session's token stops working at once.
#[utoipa::path(
    post, path = "/v1/dashboard/session/sign_out", tag = "dashboard",
    responses(
        (status = 200, description = "The ended session", body = DashboardSession),
        (status = 403, description = "Not a team member (`dashboard_only`)", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn sign_out(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<DashboardSession>, ApiError> {
    let scope = member(&caller)?;
    let at = now().timestamp();
    store::team::end_session(&state.db, &scope.session.id, at).await?;
    let mut session = scope.session.clone();
    session.ended_at = Some(at);
    session.expires_at = at;
    dashboard::current(&state.db, &session, &scope.member)
        .await
        .map(JsonResponse)
}

/// Start enrolling an authenticator app: a new TOTP secret, on once a code is confirmed.
#[utoipa::path(
    post, path = "/v1/dashboard/session/totp", tag = "dashboard",
    responses(
        (status = 200, description = "The secret and its `otpauth://` URI", body = TotpEnrolment),
        (status = 403, description = "Not a team member (`dashboard_only`)", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn begin_totp(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<TotpEnrolment>, ApiError> {
    let scope = member(&caller)?;
    dashboard::begin_totp(&state.db, state.secrets.totp_sealer(), &scope.member)
        .await
        .map(JsonResponse)
}

/// Confirm the authenticator app with its current code: signing in then asks for one.
#[utoipa::path(
    post, path = "/v1/dashboard/session/totp/confirm", tag = "dashboard",
    request_body(content = ConfirmTotpRequest, example = json!({"code": "123456"})),
    responses(
        (status = 200, description = "The member, TOTP on", body = TeamMember),
        (status = 400, description = "A wrong code (`totp_invalid`), or no enrolment started", body = ErrorEnvelope),
        (status = 403, description = "Not a team member (`dashboard_only`)", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn confirm_totp(
    State(state): State<AppState>,
    caller: Caller,
    Json(request): Json<ConfirmTotpRequest>,
) -> Result<JsonResponse<TeamMember>, ApiError> {
    let scope = member(&caller)?;
    dashboard::confirm_totp(&state.db, state.secrets.totp_sealer(), &scope.member, &request.code).await?;
    let mut member = scope.member.clone();
    member.totp_secret = Some(String::new());
    Ok(JsonResponse(member.to_wire()?))
}

/// The tenant's team.
#[utoipa::path(
    get, path = "/v1/dashboard/members", tag = "dashboard",
    responses(
        (status = 200, description = "Every member, oldest first", body = List<TeamMember>),
        (status = 403, description = "Not a team member (`dashboard_only`)", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn list_members(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<JsonResponse<List<TeamMember>>, ApiError> {
    let data = store::team::members(&state.db, &caller.tenant_id)
        .await?
        .iter()
        .map(store::team::MemberRow::to_wire)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(JsonResponse(List::new(data, false, "/v1/dashboard/members")))
}

/// Invite someone to the team (owners). The answer's `token` (shown once) goes in the
/// link the invitee opens; it works once, for 7 days.
#[utoipa::path(
    post, path = "/v1/dashboard/invitations", tag = "dashboard",
    request_body(content = CreateInvitationRequest, example = json!({"email": "grace@acme.example", "role": "admin"})),
    responses(
        (status = 200, description = "The invitation, with its token", body = Invitation),
        (status = 400, description = "An invalid email or role", body = ErrorEnvelope),
        (status = 403, description = "Not an owner (`role_forbidden`) or not a team member (`dashboard_only`)", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn create_invitation(
    State(state): State<AppState>,
    caller: Caller,
    Json(request): Json<CreateInvitationRequest>,
) -> Result<JsonResponse<Invitation>, ApiError> {
    let scope = member(&caller)?;
    dashboard::invite(&state.db, &caller.tenant_id, &scope.member.id, request)
        .await
        .map(JsonResponse)
}

/// Give a member another role (owners). Takes effect on the member's next request.
#[utoipa::path(
    post, path = "/v1/dashboard/members/{id}", tag = "dashboard",
    params(("id" = String, Path, description = "`usr_…`")),
    request_body(content = UpdateTeamMemberRequest, example = json!({"role": "viewer"})),
    responses(
        (status = 200, description = "The member with the new role", body = TeamMember),
        (status = 400, description = "An unknown role, or the team's last owner demoted (`last_owner`)", body = ErrorEnvelope),
        (status = 403, description = "Not an owner (`role_forbidden`) or not a team member (`dashboard_only`)", body = ErrorEnvelope),
        (status = 404, description = "No such member in this team", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn update_member(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Json(request): Json<UpdateTeamMemberRequest>,
) -> Result<JsonResponse<TeamMember>, ApiError> {
    let id = member_id(&id)?;
    dashboard::change_member(&state.db, &caller.tenant_id, &id, MemberChange::Role(request.role))
        .await
        .map(JsonResponse)
}

/// Remove a member from the team (owners, themselves included). Their
/// dashboard sessions end at once; an owner who is the team's last is refused.
#[utoipa::path(
    delete, path = "/v1/dashboard/members/{id}", tag = "dashboard",
    params(("id" = String, Path, description = "`usr_…`")),
    responses(
        (status = 200, description = "The removed member", body = TeamMember),
        (status = 400, description = "The team's last owner (`last_owner`)", body = ErrorEnvelope),
        (status = 403, description = "Not an owner (`role_forbidden`) or not a team member (`dashboard_only`)", body = ErrorEnvelope),
        (status = 404, description = "No such member in this team", body = ErrorEnvelope),
    ),
    security(("dashboard_session" = []))
)]
pub async fn remove_member(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<TeamMember>, ApiError> {
    let id = member_id(&id)?;
    dashboard::change_member(&state.db, &caller.tenant_id, &id, MemberChange::Remove)
        .await
        .map(JsonResponse)
}
