//! The calls of [`ApiClient`] for operating an account: webhook endpoints (their
//! delivery log, resends, secret rotation, test events) and API keys. The dashboard
//! makes them as a team member; a merchant's code may make the webhook ones too.

use reqwest::Method;

use super::{ApiClient, ClientError, send};
use crate::{
    List,
    api_key::{ApiKey, CreateApiKeyRequest, RollApiKeyRequest},
    ids::ApiKeyId,
    list::ListParams,
    webhook::{
        CreateWebhookEndpointRequest, ResendWebhookRequest, RotateWebhookSecretRequest, WebhookAttempt,
        WebhookDelivery, WebhookEndpoint,
    },
};

impl ApiClient {
    /// `GET /v1/webhook_endpoints`.
    pub async fn list_webhook_endpoints(&self, page: &ListParams) -> Result<List<WebhookEndpoint>, ClientError> {
        send(self.request(Method::GET, "/v1/webhook_endpoints").query(page)).await
    }

    /// `GET /v1/webhook_endpoints/{id}`.
    pub async fn retrieve_webhook_endpoint(&self, id: &str) -> Result<WebhookEndpoint, ClientError> {
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
        id: &str,
        params: &RotateWebhookSecretRequest,
    ) -> Result<WebhookEndpoint, ClientError> {
        self.post(&format!("/v1/webhook_endpoints/{id}/rotate_secret"), params, None)
            .await
    }

    /// `POST /v1/webhook_endpoints/{id}/resend`.
    pub async fn resend_webhook(
        &self,
        id: &str,
        params: &ResendWebhookRequest,
    ) -> Result<WebhookDelivery, ClientError> {
        self.post(&format!("/v1/webhook_endpoints/{id}/resend"), params, None)
            .await
    }

    /// `POST /v1/webhook_endpoints/{id}/test`: a test event to this endpoint alone.
    pub async fn send_test_event(&self, id: &str) -> Result<WebhookDelivery, ClientError> {
        self.call(self.request(Method::POST, &format!("/v1/webhook_endpoints/{id}/test")))
            .await
    }

    /// `GET /v1/webhook_endpoints/{id}/attempts`: the delivery log, newest first.
    pub async fn list_webhook_attempts(
        &self,
        id: &str,
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
