//! The calls of [`ApiClient`] for operating an account: files, portal sessions, webhook
//! endpoints (their delivery log, resends, secret rotation, test events) and API
//! keys. The dashboard makes them as a team member; a merchant's code may make all
//! but the API keys' too.

use reqwest::Method;

use super::{ApiClient, ClientError, send};
use crate::{
    List,
    api_key::{ApiKey, CreateApiKeyRequest, RollApiKeyRequest},
    file::{CreateFileRequest, File},
    ids::{ApiKeyId, PortalSessionId, WebhookEndpointId},
    list::ListParams,
    portal::{CreatePortalSessionRequest, PortalSession, PortalSessionFilter},
    webhook::{
        CreateWebhookEndpointRequest, ResendWebhookRequest, RotateWebhookSecretRequest, WebhookAttempt,
        WebhookDelivery, WebhookEndpoint,
    },
};

impl ApiClient {
    /// `POST /v1/files`: an upload (a business logo), checked by its contents.
    pub async fn create_file(&self, params: &CreateFileRequest) -> Result<File, ClientError> {
        self.post("/v1/files", params, None).await
    }

    /// `POST /v1/portal/sessions`: the answer carries the single-use link, once.
    pub async fn create_portal_session(
        &self,
        params: &CreatePortalSessionRequest,
        idempotency_key: &str,
    ) -> Result<PortalSession, ClientError> {
        self.post("/v1/portal/sessions", params, Some(idempotency_key)).await
    }

    /// `GET /v1/portal/sessions`: newest first, each with its summary.
    pub async fn list_portal_sessions(
        &self,
        filter: &PortalSessionFilter,
        page: &ListParams,
    ) -> Result<List<PortalSession>, ClientError> {
        send(
            self.request(Method::GET, "/v1/portal/sessions")
                .query(filter)
                .query(page),
        )
        .await
    }

    /// `GET /v1/portal/sessions/{id}`, with its summary.
    pub async fn retrieve_portal_session(&self, id: &PortalSessionId) -> Result<PortalSession, ClientError> {
        self.get(&format!("/v1/portal/sessions/{id}")).await
    }

    /// `GET /v1/webhook_endpoints`.
    pub async fn list_webhook_endpoints(&self, page: &ListParams) -> Result<List<WebhookEndpoint>, ClientError> {
        send(self.request(Method::GET, "/v1/webhook_endpoints").query(page)).await
    }

    /// `GET /v1/webhook_endpoints/{id}`.
    pub async fn retrieve_webhook_endpoint(&self, id: &WebhookEndpointId) -> Result<WebhookEndpoint, ClientError> {
        self.get(&format!("/v1/webhook_endpoints/{id}")).await
    }

    /// `POST /v1/webhook_endpoints`: the answer carries the signing secret, once.
    pub async fn create_webhook_endpoint(
        &self,
        params: &CreateWebhookEndpointRequest,
    ) -> Result<WebhookEndpoint, ClientError> {
        self.post("/v1/webhook_endpoints", params, None).await
    }

    /// `POST /v1/webhook_endpoints/{id}/rotate_secret`: the new secret, once.
    pub async fn rotate_webhook_secret(
        &self,
        id: &WebhookEndpointId,
        params: &RotateWebhookSecretRequest,
    ) -> Result<WebhookEndpoint, ClientError> {
        self.post(&format!("/v1/webhook_endpoints/{id}/rotate_secret"), params, None)
            .await
    }

    /// `POST /v1/webhook_endpoints/{id}/resend`.
    pub async fn resend_webhook(
        &self,
        id: &WebhookEndpointId,
        params: &ResendWebhookRequest,
    ) -> Result<WebhookDelivery, ClientError> {
        self.post(&format!("/v1/webhook_endpoints/{id}/resend"), params, None)
            .await
    }

    /// `POST /v1/webhook_endpoints/{id}/test`: a test event to this endpoint alone.
    pub async fn send_test_event(&self, id: &WebhookEndpointId) -> Result<WebhookDelivery, ClientError> {
        self.call(self.request(Method::POST, &format!("/v1/webhook_endpoints/{id}/test")))
            .await
    }

    /// `GET /v1/webhook_endpoints/{id}/attempts`: the delivery log, newest first.
    pub async fn list_webhook_attempts(
        &self,
        id: &WebhookEndpointId,
        page: &ListParams,
    ) -> Result<List<WebhookAttempt>, ClientError> {
        send(
            self.request(Method::GET, &format!("/v1/webhook_endpoints/{id}/attempts"))
                .query(page),
        )
        .await
    }

    /// `GET /v1/api_keys` (team members only).
    pub async fn list_api_keys(&self) -> Result<List<ApiKey>, ClientError> {
        self.get("/v1/api_keys").await
    }

    /// `POST /v1/api_keys`: the answer carries the secret, once.
    pub async fn create_api_key(&self, params: &CreateApiKeyRequest) -> Result<ApiKey, ClientError> {
        self.post("/v1/api_keys", params, None).await
    }

    /// `POST /v1/api_keys/{id}/roll`: a successor (its secret, once); the old key works
    /// until the overlap ends.
    pub async fn roll_api_key(&self, id: &ApiKeyId, params: &RollApiKeyRequest) -> Result<ApiKey, ClientError> {
        self.post(&format!("/v1/api_keys/{id}/roll"), params, None).await
    }

    /// `POST /v1/api_keys/{id}/revoke`.
    pub async fn revoke_api_key(&self, id: &ApiKeyId) -> Result<ApiKey, ClientError> {
        self.call(self.request(Method::POST, &format!("/v1/api_keys/{id}/revoke")))
            .await
    }
}
