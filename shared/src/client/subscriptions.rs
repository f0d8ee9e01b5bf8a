//! The subscription calls of [`ApiClient`]: create, read, change (with its preview and
//! options), cancel and reactivate, pause and resume, and the retention offer.

use reqwest::Method;

use super::{ApiClient, ClientError, send};
use crate::{
    List,
    ids::SubscriptionId,
    list::ListParams,
    subscription::{
        AcceptRetentionOfferRequest, CancelSubscriptionRequest, ChangeOptions, ChangeOptionsParams,
        CreateSubscriptionRequest, PauseSubscriptionRequest, Subscription, SubscriptionChangePreview,
        SubscriptionFilter, UpdateSubscriptionRequest,
    },
};

impl ApiClient {
    /// `POST /v1/subscriptions`.
    pub async fn create_subscription(
        &self,
        params: &CreateSubscriptionRequest,
        idempotency_key: Option<&str>,
    ) -> Result<Subscription, ClientError> {
        self.post("/v1/subscriptions", params, idempotency_key).await
    }

    /// `GET /v1/subscriptions/{id}`.
    pub async fn retrieve_subscription(&self, id: &SubscriptionId) -> Result<Subscription, ClientError> {
        self.get(&format!("/v1/subscriptions/{id}")).await
    }

    /// `GET /v1/subscriptions` (a portal token must filter by its own customer).
    pub async fn list_subscriptions(
        &self,
        filter: &SubscriptionFilter,
        page: &ListParams,
    ) -> Result<List<Subscription>, ClientError> {
        send(self.request(Method::GET, "/v1/subscriptions").query(filter).query(page)).await
    }

    /// `POST /v1/subscriptions/{id}/preview`: what a change would invoice.
    pub async fn preview_subscription_change(
        &self,
        id: &SubscriptionId,
        params: &UpdateSubscriptionRequest,
    ) -> Result<SubscriptionChangePreview, ClientError> {
        self.post(&format!("/v1/subscriptions/{id}/preview"), params, None)
            .await
    }

    /// `GET /v1/subscriptions/{id}/change_options`: the prices the subscription may
    /// change to, each previewed (with `quantity`, or the subscription's own).
    pub async fn subscription_change_options(
        &self,
        id: &SubscriptionId,
        quantity: Option<i64>,
    ) -> Result<ChangeOptions, ClientError> {
        let params = ChangeOptionsParams { quantity };
        send(
            self.request(Method::GET, &format!("/v1/subscriptions/{id}/change_options"))
                .query(&params),
        )
        .await
    }

    /// `POST /v1/subscriptions/{id}`: change the price and/or quantity.
    pub async fn update_subscription(
        &self,
        id: &SubscriptionId,
        params: &UpdateSubscriptionRequest,
        idempotency_key: Option<&str>,
    ) -> Result<Subscription, ClientError> {
        self.post(&format!("/v1/subscriptions/{id}"), params, idempotency_key)
            .await
    }

    /// `POST /v1/subscriptions/{id}/cancel`.
    pub async fn cancel_subscription(
        &self,
        id: &SubscriptionId,
        params: &CancelSubscriptionRequest,
        idempotency_key: Option<&str>,
    ) -> Result<Subscription, ClientError> {
        self.post(&format!("/v1/subscriptions/{id}/cancel"), params, idempotency_key)
            .await
    }

    /// `POST /v1/subscriptions/{id}/reactivate`: undo a cancellation at period end.
    pub async fn reactivate_subscription(
        &self,
        id: &SubscriptionId,
        idempotency_key: Option<&str>,
    ) -> Result<Subscription, ClientError> {
        self.post(
            &format!("/v1/subscriptions/{id}/reactivate"),
            &serde_json::json!({}),
            idempotency_key,
        )
        .await
    }

    /// `POST /v1/subscriptions/{id}/pause`: pause billing at the period end for
    /// `periods` periods.
    pub async fn pause_subscription(
        &self,
        id: &SubscriptionId,
        params: &PauseSubscriptionRequest,
        idempotency_key: Option<&str>,
    ) -> Result<Subscription, ClientError> {
        self.post(&format!("/v1/subscriptions/{id}/pause"), params, idempotency_key)
            .await
    }

    /// `POST /v1/subscriptions/{id}/resume`: resume a paused subscription now (or
    /// withdraw a scheduled pause).
    pub async fn resume_subscription(
        &self,
        id: &SubscriptionId,
        idempotency_key: Option<&str>,
    ) -> Result<Subscription, ClientError> {
        self.post(
            &format!("/v1/subscriptions/{id}/resume"),
            &serde_json::json!({}),
            idempotency_key,
        )
        .await
    }

    /// `POST /v1/subscriptions/{id}/accept_retention_offer`: take the offer made for a
    /// cancellation reason instead of canceling.
    pub async fn accept_retention_offer(
        &self,
        id: &SubscriptionId,
        params: &AcceptRetentionOfferRequest,
        idempotency_key: Option<&str>,
    ) -> Result<Subscription, ClientError> {
        self.post(
            &format!("/v1/subscriptions/{id}/accept_retention_offer"),
            params,
            idempotency_key,
        )
        .await
    }
}
