//! What each route lets a portal token do — declared once, here, for every route.
//!
//! Merchant keys may call every `/v1` route of their tenant. A portal token may call
//! only routes declared [`Scope::Portal`], only with its session's features, and
//! only about its own customer: the object a route names (by path, query or body)
//! must belong to the token's customer, or the answer is `404` exactly as for an
//! object that does not exist. Routes declared [`Scope::Merchant`] answer portal
//! tokens `403 merchant_only`; a route missing from [`scope_of`] counts as
//! merchant-only (fail closed), and a test fails until it is declared.
//!
//! What a portal token reads is the customer's view: every `metadata` object (the
//! merchant's own notes on customers, subscriptions, prices…) is emptied in the JSON
//! it is answered (the shape stays the documented one), here, once for every route
//! ([`customer_view`]).

use axum::{
    extract::{FromRequestParts, MatchedPath, RawPathParams, Request, State},
    http::{Method, StatusCode},
    middleware::Next,
    response::Response,
};
use paylera_shared::{ErrorCode, ErrorType, dashboard::Role};

use crate::{
    AppState,
    domain::portal::features::Feature,
    error::ApiError,
    extract::JsonBody,
    middleware::auth::{Caller, Principal},
    store,
};

/// Whose object a portal route is about, and where its id is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// No customer object (catalog reads, the session itself).
    Nobody,
    /// The path's `{id}` is the customer.
    CustomerPath,
    /// The path's `{id}` is a row of this table, owned through its `customer_id`.
    Object(&'static str),
    /// A list filtered by `?customer=`, which must be the token's customer.
    QueryCustomer,
    /// The JSON body's `customer` field must be the token's customer.
    BodyCustomer,
    /// The query's `subscription` must be a subscription of the token's customer.
    QuerySubscription,
}

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Merchant keys only.
    Merchant,
    /// Merchant keys, and portal tokens with `feature` (when set) about their own customer.
    Portal { feature: Option<Feature>, owner: Owner },
    /// Portal tokens only (the session's own endpoints).
    PortalSession,
    /// Signed-in team members with at least `min` (the dashboard's own endpoints).
    Dashboard { min: Role },
    /// No credential: the link exchange, signing in, accepting an invitation.
    Public,
}

const fn portal(feature: Option<Feature>, owner: Owner) -> Scope {
    Scope::Portal { feature, owner }
}

/// The scope of `method route` (route as its template, e.g. `/v1/invoices/{id}`).
pub fn scope_of(method: &Method, route: &str) -> Option<Scope> {
    use Feature::*;
    use Owner::*;
    let get = method == Method::GET;
    let post = method == Method::POST;
    let delete = method == Method::DELETE;
    Some(match route {
        "/v1/customers" if get || post => Scope::Merchant,
        "/v1/customers/{id}" if get => portal(None, CustomerPath),
        // Which feature depends on the body's fields: checked in `customer_update_features`.
        "/v1/customers/{id}" if post => portal(None, CustomerPath),
        "/v1/customers/{id}" if delete => Scope::Merchant,
        "/v1/customers/{id}/tax_ids" if get || post => portal(Some(TaxIdUpdate), CustomerPath),
        "/v1/customers/{id}/tax_ids/{tax_id}" if get || delete => portal(Some(TaxIdUpdate), CustomerPath),
        "/v1/tax_id_types" if get => portal(Some(TaxIdUpdate), Nobody),
        "/v1/customers/{id}/payment_methods" if get => portal(Some(PaymentMethodUpdate), CustomerPath),
        "/v1/payment_methods" if post => portal(Some(PaymentMethodUpdate), BodyCustomer),
        "/v1/payment_methods/{id}" if get => portal(Some(PaymentMethodUpdate), Object("payment_methods")),
        "/v1/payment_methods/{id}" if post => Scope::Merchant,
        // The card must already be the customer's: an unattached card is the merchant's
        // (possibly meant for someone else), never the portal customer's to take.
        "/v1/payment_methods/{id}/attach" if post => portal(Some(PaymentMethodUpdate), Object("payment_methods")),
        "/v1/payment_methods/{id}/detach" | "/v1/payment_methods/{id}/authenticate" if post => {
            portal(Some(PaymentMethodUpdate), Object("payment_methods"))
        }
        "/v1/products" | "/v1/prices" if get => portal(None, Nobody),
        "/v1/products" | "/v1/prices" if post => Scope::Merchant,
        "/v1/products/{id}" | "/v1/prices/{id}" if get => portal(None, Nobody),
        "/v1/products/{id}" | "/v1/prices/{id}" if post => Scope::Merchant,
        "/v1/subscriptions" if get => portal(None, QueryCustomer),
        "/v1/subscriptions" if post => portal(Some(SubscriptionUpdate), BodyCustomer),
        "/v1/subscriptions/{id}" | "/v1/subscriptions/{id}/usage" if get => portal(None, Object("subscriptions")),
        "/v1/subscriptions/{id}" | "/v1/subscriptions/{id}/preview" if post => {
            portal(Some(SubscriptionUpdate), Object("subscriptions"))
        }
        "/v1/subscriptions/{id}/change_options" if get => portal(Some(SubscriptionUpdate), Object("subscriptions")),
        "/v1/subscriptions/{id}/cancel"
        | "/v1/subscriptions/{id}/reactivate"
        | "/v1/subscriptions/{id}/accept_retention_offer"
            if post =>
        {
            portal(Some(SubscriptionCancel), Object("subscriptions"))
        }
        "/v1/subscriptions/{id}/pause" | "/v1/subscriptions/{id}/resume" if post => {
            portal(Some(SubscriptionPause), Object("subscriptions"))
        }
        "/v1/subscriptions/{id}/usage_records" if post => Scope::Merchant,
        "/v1/invoices" if get => portal(Some(InvoiceHistory), QueryCustomer),
        // The next charge of the customer's own subscription: shown with the plan, so
        // it needs no module (like `GET /v1/subscriptions/{id}`).
        "/v1/invoices/upcoming" if get => portal(None, QuerySubscription),
        "/v1/invoices/{id}"
        | "/v1/invoices/{id}/pdf"
        | "/v1/invoices/{id}/receipt"
        | "/v1/invoices/{id}/payment_attempts"
            if get =>
        {
            portal(Some(InvoiceHistory), Object("invoices"))
        }
        "/v1/invoices/{id}/pay" if post => portal(Some(InvoiceHistory), Object("invoices")),
        "/v1/invoices/{id}" if post => Scope::Merchant,
        "/v1/invoices/{id}/void" if post => Scope::Merchant,
        "/v1/billing_settings" if get || post => Scope::Merchant,
        "/v1/files" if post => Scope::Merchant,
        "/v1/files/{id}" | "/v1/files/{id}/contents" if get => Scope::Merchant,
        "/v1/test_clocks" | "/v1/test_clocks/{id}" | "/v1/test_clocks/{id}/advance" if get || post => Scope::Merchant,
        "/v1/events" | "/v1/events/{id}" if get => Scope::Merchant,
        "/v1/webhook_endpoints" if get || post => Scope::Merchant,
        "/v1/webhook_endpoints/{id}" if get || post || delete => Scope::Merchant,
        "/v1/webhook_endpoints/{id}/rotate_secret"
        | "/v1/webhook_endpoints/{id}/resend"
        | "/v1/webhook_endpoints/{id}/test"
            if post =>
        {
            Scope::Merchant
        }
        "/v1/webhook_endpoints/{id}/attempts" if get => Scope::Merchant,
        "/v1/portal/configuration" if get || post => Scope::Merchant,
        "/v1/portal/configurations" | "/v1/portal/configurations/{id}" if get || post => Scope::Merchant,
        "/v1/portal/configurations/{id}/changes" if get => Scope::Merchant,
        "/v1/portal/sessions" if get || post => Scope::Merchant,
        "/v1/portal/sessions/{id}" if get => Scope::Merchant,
        "/v1/portal/sessions/{id}/expire" if post => Scope::Merchant,
        "/v1/portal/session" if get || post => Scope::PortalSession,
        "/v1/portal/sessions/refresh" | "/v1/portal/sessions/complete" | "/v1/portal/sessions/presence" if post => {
            Scope::PortalSession
        }
        "/v1/portal/sessions/exchange" if post => Scope::Public,
        "/v1/dashboard/sessions" | "/v1/dashboard/invitations/accept" if post => Scope::Public,
        "/v1/brand/logos/{id}" if get => Scope::Public,
        "/v1/dashboard/session" if get => Scope::Dashboard { min: Role::Viewer },
        "/v1/dashboard/session/sign_out" | "/v1/dashboard/session/totp" | "/v1/dashboard/session/totp/confirm"
            if post =>
        {
            Scope::Dashboard { min: Role::Viewer }
        }
        "/v1/dashboard/members" if get => Scope::Dashboard { min: Role::Viewer },
        "/v1/dashboard/members/{id}" if post || delete => Scope::Dashboard { min: Role::Owner },
        "/v1/dashboard/invitations" if post => Scope::Dashboard { min: Role::Owner },
        // Keys are the team's to manage: a key cannot mint or extend keys.
        "/v1/api_keys" if get => Scope::Dashboard { min: Role::Viewer },
        "/v1/api_keys" if post => Scope::Dashboard { min: Role::Admin },
        "/v1/api_keys/{id}/roll" | "/v1/api_keys/{id}/revoke" if post => Scope::Dashboard { min: Role::Admin },
        "/v1/api_version" if get => Scope::Merchant,
        // The pin changes every integration's and endpoint's shapes: the team's to move.
        "/v1/api_version" if post => Scope::Dashboard { min: Role::Admin },
        _ => return None,
    })
}

/// Enforces [`scope_of`] for the authenticated caller. Mounted inside authentication.
pub async fn enforce(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    let caller = req
        .extensions()
        .get::<Caller>()
        .cloned()
        .ok_or_else(|| ApiError::internal("scope mounted outside authentication"))?;
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let scope = scope_of(req.method(), &route).unwrap_or(Scope::Merchant);
    let dashboard_only = || {
        ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorType::PermissionError,
            ErrorCode::DashboardOnly,
            "Only a team member signed in to the dashboard can do this.",
        )
    };
    let portal = match &caller.principal {
        Principal::Portal(portal) => portal,
        Principal::Merchant { .. } | Principal::TeamMember(_) if scope == Scope::PortalSession => {
            return Err(ApiError::unauthenticated(
                ErrorCode::PortalTokenInvalid,
                "This endpoint takes a portal token.",
            ));
        }
        Principal::Merchant { .. } if matches!(scope, Scope::Dashboard { .. }) => return Err(dashboard_only()),
        Principal::Merchant { .. } => return Ok(next.run(req).await),
        Principal::TeamMember(member) => {
            let needed = match scope {
                Scope::Dashboard { min } => min,
                // A viewer reads: every other method changes something.
                _ if matches!(*req.method(), Method::GET | Method::HEAD) => Role::Viewer,
                _ => Role::Admin,
            };
            if member.role < needed {
                return Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    ErrorType::PermissionError,
                    ErrorCode::RoleForbidden,
                    format!(
                        "A team member's `{}` role cannot do this; it takes `{}`.",
                        member.role.as_str(),
                        needed.as_str()
                    ),
                ));
            }
            return Ok(next.run(req).await);
        }
    };
    let (feature, owner) = match scope {
        Scope::Portal { feature, owner } => (feature, owner),
        // The session's own endpoints answer the customer too: their view, without metadata.
        Scope::PortalSession => return customer_view(next.run(req).await).await,
        Scope::Public => return Ok(next.run(req).await),
        Scope::Dashboard { .. } => return Err(dashboard_only()),
        Scope::Merchant => {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                ErrorType::PermissionError,
                ErrorCode::MerchantOnly,
                "Only the merchant's secret key can do this.",
            ));
        }
    };
    let (parts, body) = req.into_parts();
    // The body as `extract::parse_body` parsed it — the very value the handler gets.
    let json = parts.extensions.get::<JsonBody>().cloned();
    let reads_body = owner == Owner::BodyCustomer || (route == "/v1/customers/{id}" && parts.method == Method::POST);
    let json = match json {
        Some(json) => Some(json),
        None if reads_body => return Err(missing_body()),
        None => None,
    };
    // The merchant's own notes (`metadata`) are never the customer's to write, on any route.
    if json.as_ref().is_some_and(|json| json.object().contains_key("metadata")) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorType::PermissionError,
            ErrorCode::MerchantOnly,
            "Only the merchant's secret key can set `metadata`.",
        )
        .with_param("metadata"));
    }
    let mut required: Vec<Feature> = feature.into_iter().collect();
    if route == "/v1/customers/{id}" && parts.method == Method::POST {
        required.extend(customer_update_features(json.as_ref().ok_or_else(missing_body)?)?);
    }
    if let Some(missing) = required.into_iter().find(|f| !portal.features.contains(f)) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorType::PermissionError,
            ErrorCode::PortalFeatureDisabled,
            format!("The portal configuration disables `{}`.", missing.as_str()),
        )
        .with_param(missing.as_str()));
    }
    let own = portal.customer.as_str();
    let path_id = || async {
        let params = RawPathParams::from_request_parts(&mut parts.clone(), &state)
            .await
            .ok()?;
        params
            .iter()
            .find(|(name, _)| *name == "id")
            .map(|(_, value)| value.to_owned())
    };
    let owned = match owner {
        Owner::Nobody => true,
        Owner::CustomerPath => path_id().await.as_deref() == Some(own),
        Owner::Object(table) => match path_id().await {
            Some(id) => {
                store::portal::owner_of(&state.db, table, &caller.tenant_id, &id)
                    .await?
                    .as_deref()
                    == Some(own)
            }
            None => false,
        },
        Owner::QueryCustomer => {
            let query = parts.uri.query().unwrap_or_default();
            form_urlencoded::parse(query.as_bytes()).any(|(k, v)| k == "customer" && v == own)
        }
        Owner::BodyCustomer => json.as_ref().and_then(|j| j.str("customer")) == Some(own),
        Owner::QuerySubscription => {
            let query = parts.uri.query().unwrap_or_default();
            let mut named = form_urlencoded::parse(query.as_bytes()).filter(|(k, _)| k == "subscription");
            // Exactly one: the id checked here is the one the handler reads.
            match (named.next(), named.next()) {
                (Some((_, id)), None) => {
                    store::portal::owner_of(&state.db, "subscriptions", &caller.tenant_id, &id)
                        .await?
                        .as_deref()
                        == Some(own)
                }
                _ => false,
            }
        }
    };
    if !owned {
        return Err(ApiError::not_found("object", "for this customer"));
    }
    customer_view(next.run(Request::from_parts(parts, body)).await).await
}

/// A response as a portal customer may see it: JSON with every `metadata` emptied.
async fn customer_view(response: Response) -> Result<Response, ApiError> {
    let is_json = response
        .headers()
        .get(http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !is_json {
        return Ok(response);
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .map_err(|err| ApiError::internal(err.to_string()))?;
    let mut value: serde_json::Value = serde_json::from_slice(&bytes)?;
    strip_metadata(&mut value);
    parts.headers.remove(http::header::CONTENT_LENGTH);
    Ok(Response::from_parts(
        parts,
        axum::body::Body::from(serde_json::to_vec(&value)?),
    ))
}

/// Empties every `metadata` object, at any depth.
fn strip_metadata(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(object) => {
            if let Some(serde_json::Value::Object(metadata)) = object.get_mut("metadata") {
                metadata.clear();
            }
            object.values_mut().for_each(strip_metadata);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_metadata),
        _ => {}
    }
}

/// A portal request whose scope depends on a body that is not there: never "nothing to check".
fn missing_body() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        ErrorType::InvalidRequestError,
        ErrorCode::InvalidJson,
        "This request needs a JSON object body.",
    )
}

/// The features a portal customer update needs: `address` → address_update,
/// `invoice_settings` → payment_method_update; anything else is the merchant's.
fn customer_update_features(body: &JsonBody) -> Result<Vec<Feature>, ApiError> {
    let mut features = Vec::new();
    for key in body.object().keys() {
        match key.as_str() {
            "address" => features.push(Feature::AddressUpdate),
            "invoice_settings" => features.push(Feature::PaymentMethodUpdate),
            _ => {
                return Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    ErrorType::PermissionError,
                    ErrorCode::MerchantOnly,
                    format!("Only the merchant's secret key can change `{key}`."),
                )
                .with_param(key.as_str()));
            }
        }
    }
    Ok(features)
}
