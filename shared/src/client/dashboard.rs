//! The calls of [`ApiClient`] the merchant dashboard makes: a team member's sign-in,
//! session and two-step sign-in (TOTP), the team and its invitations, and the tenant's
//! portal configurations with their audit log. The dashboard
//! server sends them with the member's `dsh_…` token as the bearer.

use reqwest::Method;

use super::{ApiClient, ClientError};
use crate::{
    List,
    dashboard::{
        AcceptInvitationRequest, ConfirmTotpRequest, CreateInvitationRequest, DashboardSession, Invitation,
        SignInRequest, TeamMember, TotpEnrolment, UpdateTeamMemberRequest,
    },
    ids::{PortalConfigurationId, TeamMemberId},
    portal::configuration::{ConfigurationAuditEntry, ConfigurationChange, PortalConfigurationObject},
};

impl ApiClient {
    /// `GET /v1/dashboard/members`: the team, oldest first.
    pub async fn list_team_members(&self) -> Result<List<TeamMember>, ClientError> {
        self.get("/v1/dashboard/members").await
    }

    /// `POST /v1/dashboard/members/{id}` (owners): the member with another role.
    pub async fn update_team_member(
        &self,
        id: &TeamMemberId,
        request: &UpdateTeamMemberRequest,
    ) -> Result<TeamMember, ClientError> {
        self.post(&format!("/v1/dashboard/members/{id}"), request, None).await
    }

    /// `DELETE /v1/dashboard/members/{id}` (owners): the member leaves the team; their
    /// sessions end.
    pub async fn remove_team_member(&self, id: &TeamMemberId) -> Result<TeamMember, ClientError> {
        self.delete(&format!("/v1/dashboard/members/{id}")).await
    }

    /// `POST /v1/dashboard/invitations` (owners): the answer carries the token, once.
    pub async fn create_invitation(&self, request: &CreateInvitationRequest) -> Result<Invitation, ClientError> {
        self.post("/v1/dashboard/invitations", request, None).await
    }

    /// `POST /v1/dashboard/session/totp`: a new TOTP secret for the signed-in member,
    /// on once a code of it is confirmed.
    pub async fn begin_totp(&self) -> Result<TotpEnrolment, ClientError> {
        self.call(self.request(Method::POST, "/v1/dashboard/session/totp"))
            .await
    }

    /// `POST /v1/dashboard/session/totp/confirm`: the member, TOTP on.
    pub async fn confirm_totp(&self, request: &ConfirmTotpRequest) -> Result<TeamMember, ClientError> {
        self.post("/v1/dashboard/session/totp/confirm", request, None).await
    }

    /// `POST /v1/dashboard/sessions`: a team member signs in (no credential: the body is
    /// one). The answer carries the `dsh_…` token, once.
    pub async fn sign_in(&self, request: &SignInRequest) -> Result<DashboardSession, ClientError> {
        self.post("/v1/dashboard/sessions", request, None).await
    }

    /// `POST /v1/dashboard/invitations/accept`: an invitation's token and the new
    /// member's password make the member, signed in (no credential: the token is one).
    pub async fn accept_invitation(&self, request: &AcceptInvitationRequest) -> Result<DashboardSession, ClientError> {
        self.post("/v1/dashboard/invitations/accept", request, None).await
    }

    /// `GET /v1/dashboard/session`: the team member of the token in use.
    pub async fn current_dashboard_session(&self) -> Result<DashboardSession, ClientError> {
        self.get("/v1/dashboard/session").await
    }

    /// `POST /v1/dashboard/session/sign_out`: ends the session of the token in use.
    pub async fn sign_out(&self) -> Result<DashboardSession, ClientError> {
        self.call(self.request(Method::POST, "/v1/dashboard/session/sign_out"))
            .await
    }

    /// `GET /v1/portal/configurations`: the tenant's portal configurations.
    pub async fn list_portal_configurations(&self) -> Result<List<PortalConfigurationObject>, ClientError> {
        self.get("/v1/portal/configurations").await
    }

    /// `GET /v1/portal/configurations/{id}`.
    pub async fn retrieve_portal_configuration(
        &self,
        id: &PortalConfigurationId,
    ) -> Result<PortalConfigurationObject, ClientError> {
        self.get(&format!("/v1/portal/configurations/{id}")).await
    }

    /// `POST /v1/portal/configurations`: a new configuration from `change`.
    pub async fn create_portal_configuration(
        &self,
        change: &ConfigurationChange,
    ) -> Result<PortalConfigurationObject, ClientError> {
        self.post("/v1/portal/configurations", change, None).await
    }

    /// `POST /v1/portal/configurations/{id}`: `change` applied field by field.
    pub async fn update_portal_configuration(
        &self,
        id: &PortalConfigurationId,
        change: &ConfigurationChange,
    ) -> Result<PortalConfigurationObject, ClientError> {
        self.post(&format!("/v1/portal/configurations/{id}"), change, None)
            .await
    }

    /// `GET /v1/portal/configurations/{id}/changes`: its audit log, newest first.
    pub async fn list_configuration_changes(
        &self,
        id: &PortalConfigurationId,
    ) -> Result<List<ConfigurationAuditEntry>, ClientError> {
        self.get(&format!("/v1/portal/configurations/{id}/changes")).await
    }
}
