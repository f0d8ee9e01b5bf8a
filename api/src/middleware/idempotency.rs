//! Idempotent POSTs with Stripe's semantics, once for every endpoint.
//!
//! - A POST with `Idempotency-Key` (1–255 printable ASCII characters) claims the
//!   key for its **credential**: a merchant's secret key (by its id) or one portal
//!   session — two credentials of one tenant never share keys, so a portal customer
//!   can neither replay nor block a merchant's request. The first request runs; its
//!   response (status and body) is stored and replayed for every later request with
//!   the same key and the same request (method, path, body), marked
//!   `Idempotent-Replayed: true`.
//! - Nothing stored lets a database reader act or learn a card: the "same request"
//!   fingerprint is an HMAC (keyed by a key derived from `PAYLERA_ENCRYPTION_KEY`), never a plain hash
//!   of a body that may hold a card number, and the stored response is sealed
//!   (XChaCha20-Poly1305, bound to its row) — it may hold a portal link's secret.
//! - The same key with a different request: `400 idempotency_key_reused`.
//! - While the first request runs: `409 idempotency_key_in_use` with `Retry-After`.
//! - Endpoints that move money or create objects store their response **inside the
//!   transaction of the change** ([`InTransaction`], reached through
//!   `Origin::commit`): the change and its replayable response commit together, so
//!   a crash between the two cannot make a retry execute it again. Other responses
//!   are stored right after the handler returns.
//! - Responses to requests that never executed are not stored, so the key can be
//!   reused once the request is fixed: request-shape errors (bad JSON, missing or
//!   invalid parameters), conflicts, rate limits and server errors (our handlers
//!   roll back on failure, so a retry is safe).
//! - A running request beats a heartbeat every quarter of the staleness window
//!   (`PAYLERA_IDEMPOTENCY_STALE_SECS`, default 60); only a claim without a heartbeat
//!   for the whole window (its process died) is taken over,
//!   so a slow request is never executed a second time. Each claim has a random id,
//!   and a request whose claim was taken over cannot complete it.
//! - Records are kept for the retention window (≥ 24 hours), then pruned.

use axum::{
    body::{Body, to_bytes},
    extract::{Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use hmac::{Hmac, Mac};
use paylera_shared::ids::TenantId;
use paylera_shared::{ErrorCode, ErrorType};
use sha2::Sha256;

use crate::{
    AppState,
    domain::{ids::random_base62, now},
    error::ApiError,
    middleware::auth::{Caller, Principal},
    secrets::{Sealer, Secrets},
    settings::MAX_BODY_BYTES,
    store::idempotency::{self as records, Claim, InTransaction, Record, seal_context},
};

pub const HEADER: &str = "idempotency-key";
pub const REPLAYED_HEADER: &str = "idempotent-replayed";
pub const MAX_KEY_LEN: usize = 255;

/// The middleware. Mounted inside authentication (it needs the [`Caller`]).
pub async fn idempotency(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    if req.method() != Method::POST {
        return Ok(next.run(req).await);
    }
    let Some(key) = req.headers().get(HEADER) else {
        return Ok(next.run(req).await);
    };
    let caller = caller_of(&req)?;
    let key = scoped_key(&caller, &parse_key(key)?);

    let (parts, body) = req.into_parts();
    let body = to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| ApiError::body_too_large())?;
    let fingerprint = fingerprint(
        &state.secrets,
        &parts.method,
        parts.uri.path_and_query().map_or("", |pq| pq.as_str()),
        &body,
    );
    let run = |next: Next, in_tx: InTransaction| {
        let mut request = Request::from_parts(parts, Body::from(body));
        request.extensions_mut().insert(in_tx);
        next.run(request)
    };

    let tenant = &caller.tenant_id;
    let at = now().timestamp();
    let claim = random_base62(22);
    let held = Held {
        state: &state,
        caller: &caller,
        key: &key,
        claim: &claim,
    };
    match records::claim(&state.db, tenant, &key, &fingerprint, &claim, at).await? {
        Claim::Acquired => {
            let in_tx = held.in_transaction();
            held.run(run(next, in_tx.clone()), &in_tx).await
        }
        Claim::Existing(record) if record.fingerprint != fingerprint => Err(reused(&key)),
        Claim::Existing(record) if record.state == "complete" => {
            replay(state.secrets.idempotency_sealer(), &caller, &key, record)
        }
        Claim::Existing(record) => {
            let stale_after = i64::try_from(state.settings.idempotency_stale_after.as_secs()).unwrap_or(i64::MAX);
            let abandoned = at - record.locked_at >= stale_after;
            if abandoned && records::take_over(&state.db, tenant, &key, record.locked_at, &claim, at).await? {
                let in_tx = held.in_transaction();
                held.run(run(next, in_tx.clone()), &in_tx).await
            } else {
                Err(ApiError::idempotency_key_in_use())
            }
        }
    }
}

fn caller_of(req: &Request) -> Result<Caller, ApiError> {
    req.extensions()
        .get::<Caller>()
        .cloned()
        .ok_or_else(|| ApiError::internal("idempotency layer mounted outside authentication"))
}

/// The key as stored: the client's key within its credential's namespace.
pub fn scoped_key(caller: &Caller, key: &str) -> String {
    match &caller.principal {
        Principal::Merchant { key_id, .. } => format!("sk:{key_id}/{key}"),
        Principal::Portal(scope) => format!("ps:{}/{key}", scope.session.id),
        Principal::TeamMember(scope) => format!("ds:{}/{key}", scope.session.id),
    }
}

/// The client's key, out of its stored (scoped) form — for messages.
fn client_key(scoped: &str) -> &str {
    scoped.split_once('/').map_or(scoped, |(_, key)| key)
}

/// A claim this request holds while it runs.
struct Held<'a> {
    state: &'a AppState,
    caller: &'a Caller,
    key: &'a str,
    claim: &'a str,
}

impl Held<'_> {
    /// The handle a handler completes the claim with in its own transaction.
    fn in_transaction(&self) -> InTransaction {
        InTransaction::new(
            self.caller.tenant_id.clone(),
            self.key.to_owned(),
            self.claim.to_owned(),
            self.state.secrets.idempotency_sealer().clone(),
        )
    }

    /// Runs the request with a heartbeat on its claim, then stores or releases it.
    async fn run(&self, request: impl Future<Output = Response>, in_tx: &InTransaction) -> Result<Response, ApiError> {
        // Aborted on drop too: a client that hangs up drops this future mid-request,
        // and a heartbeat left running would keep the claim alive (409) for ever.
        let heartbeat = AbortOnDrop(tokio::spawn(heartbeat(
            self.state.settings.idempotency_stale_after / 4,
            self.state.db.clone(),
            self.caller.tenant_id.clone(),
            self.key.to_owned(),
            self.claim.to_owned(),
        )));
        let response = request.await;
        drop(heartbeat);
        if in_tx.is_stored() {
            return Ok(response);
        }
        self.finish(response).await
    }

    /// Stores (or releases) the claim after the request ran, and returns its response.
    async fn finish(&self, response: Response) -> Result<Response, ApiError> {
        let (db, tenant, key, claim) = (&self.state.db, &self.caller.tenant_id, self.key, self.claim);
        if !is_stored(response.status(), response.extensions().get::<ErrorCode>()) {
            if let Err(err) = records::release(db, tenant, key, claim).await {
                tracing::warn!(error = %err, "could not release an idempotency key; it frees itself when stale");
            }
            return Ok(response);
        }
        let (parts, body) = response.into_parts();
        let bytes = to_bytes(body, usize::MAX)
            .await
            .map_err(|err| ApiError::internal(err.to_string()))?;
        let content_type = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
        let sealed = self
            .state
            .secrets
            .idempotency_sealer()
            .seal(&bytes, &seal_context(tenant.as_str(), key));
        match records::complete(db, tenant, key, claim, parts.status.as_u16(), content_type, &sealed).await {
            Ok(true) => {}
            Ok(false) => tracing::error!("an idempotency claim was taken over while its request ran"),
            // The change itself committed: answer it, and let the claim go stale.
            Err(err) => tracing::error!(error = %err, "could not store an idempotent response"),
        }
        Ok(Response::from_parts(parts, Body::from(bytes)))
    }
}

/// Aborts its task when dropped (a `JoinHandle` dropped only detaches it).
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Keeps a claim fresh until aborted; stops when the claim is no longer this request's.
async fn heartbeat(every: std::time::Duration, db: crate::db::Db, tenant: TenantId, key: String, claim: String) {
    let mut every = tokio::time::interval(every);
    every.tick().await;
    loop {
        every.tick().await;
        match records::heartbeat(&db, &tenant, &key, &claim, now().timestamp()).await {
            Ok(true) => {}
            Ok(false) => return,
            Err(err) => tracing::warn!(error = %err, "could not renew an idempotency claim"),
        }
    }
}

/// What a sealed response is bound to: its tenant and scoped key.
fn parse_key(value: &HeaderValue) -> Result<String, ApiError> {
    let invalid = || {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorType::IdempotencyError,
            ErrorCode::IdempotencyKeyInvalid,
            format!("Idempotency-Key must be 1 to {MAX_KEY_LEN} printable ASCII characters."),
        )
        .with_param("Idempotency-Key")
    };
    let key = value.to_str().map_err(|_| invalid())?.trim();
    if key.is_empty() || key.len() > MAX_KEY_LEN || !key.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return Err(invalid());
    }
    Ok(key.to_owned())
}

/// What makes two requests "the same": method, path with query, and body bytes —
/// as an HMAC, so the record says nothing about a body (a card number has too few
/// unknown digits to survive a plain hash).
pub fn fingerprint(secrets: &Secrets, method: &Method, path_and_query: &str, body: &[u8]) -> String {
    keyed_fingerprint(secrets.idempotency_fingerprint_key(), method, path_and_query, body)
}

fn keyed_fingerprint(key: &[u8], method: &Method, path_and_query: &str, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(method.as_str().as_bytes());
    mac.update(&[0]);
    mac.update(path_and_query.as_bytes());
    mac.update(&[0]);
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Whether a response is the result of executing the request (and so is stored).
fn is_stored(status: StatusCode, code: Option<&ErrorCode>) -> bool {
    if status.is_server_error() || status == StatusCode::CONFLICT || status == StatusCode::TOO_MANY_REQUESTS {
        return false;
    }
    !matches!(
        code,
        Some(
            ErrorCode::InvalidJson
                | ErrorCode::UnsupportedMediaType
                | ErrorCode::BodyTooLarge
                | ErrorCode::ParameterMissing
                | ErrorCode::ParameterInvalid
                | ErrorCode::InvalidQuery
        )
    )
}

fn replay(sealer: &Sealer, caller: &Caller, key: &str, record: Record) -> Result<Response, ApiError> {
    let body = match record.response_body {
        Some(sealed) => sealer
            .open(&sealed, &seal_context(caller.tenant_id.as_str(), key))
            .ok_or_else(|| ApiError::internal("a stored idempotent response does not open with this key"))?,
        None => Vec::new(),
    };
    let status = record
        .response_status
        .and_then(|s| u16::try_from(s).ok())
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(StatusCode::OK);
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    if let Some(value) = record
        .response_content_type
        .and_then(|ct| HeaderValue::from_str(&ct).ok())
    {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(REPLAYED_HEADER, HeaderValue::from_static("true"));
    Ok(response)
}

fn reused(key: &str) -> ApiError {
    let key = client_key(key);
    ApiError::new(
        StatusCode::BAD_REQUEST,
        ErrorType::IdempotencyError,
        ErrorCode::IdempotencyKeyReused,
        format!("Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request."),
    )
    .with_param("Idempotency-Key")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_must_be_short_printable_ascii() {
        assert!(parse_key(&HeaderValue::from_static("order-42")).is_ok());
        assert!(parse_key(&HeaderValue::from_static("")).is_err());
        let long = "k".repeat(MAX_KEY_LEN + 1);
        assert!(parse_key(&HeaderValue::from_str(&long).expect("ascii")).is_err());
        let max = "k".repeat(MAX_KEY_LEN);
        assert!(parse_key(&HeaderValue::from_str(&max).expect("ascii")).is_ok());
    }

    #[test]
    fn the_fingerprint_changes_with_method_path_body_or_key() {
        let key = b"k".as_slice();
        let base = keyed_fingerprint(key, &Method::POST, "/v1/customers", b"{}");
        assert_eq!(base, keyed_fingerprint(key, &Method::POST, "/v1/customers", b"{}"));
        assert_ne!(
            base,
            keyed_fingerprint(key, &Method::POST, "/v1/customers", b"{\"a\":1}")
        );
        assert_ne!(base, keyed_fingerprint(key, &Method::POST, "/v1/events", b"{}"));
        assert_ne!(base, keyed_fingerprint(key, &Method::PUT, "/v1/customers", b"{}"));
        assert_ne!(base, keyed_fingerprint(b"other", &Method::POST, "/v1/customers", b"{}"));
        // Not a plain hash of the request.
        use sha2::Digest as _;
        let plain = hex::encode(Sha256::digest(b"POST\0/v1/customers\0{}"));
        assert_ne!(base, plain);
    }

    #[tokio::test]
    async fn a_dropped_guard_stops_its_task() {
        let (alive, mut watch) = tokio::sync::mpsc::channel::<()>(1);
        let guard = AbortOnDrop(tokio::spawn(async move {
            let _alive = alive;
            std::future::pending::<()>().await;
        }));
        drop(guard);
        // The task (and the sender it holds) is gone: the channel closes.
        assert_eq!(
            tokio::time::timeout(std::time::Duration::from_secs(5), watch.recv()).await,
            Ok(None)
        );
    }

    #[test]
    fn keys_are_scoped_to_the_credential() {
        let tenant: TenantId = "ten_1".parse().expect("tenant id");
        let merchant = Caller {
            tenant_id: tenant.clone(),
            principal: Principal::Merchant {
                mode: crate::domain::api_key::Mode::Test,
                key_id: "key_1".parse().expect("key id"),
            },
        };
        let portal = |session: &str| Caller {
            tenant_id: tenant.clone(),
            principal: Principal::Portal(std::sync::Arc::new(crate::middleware::auth::PortalScope {
                customer: "cus_1".parse().expect("customer id"),
                features: Vec::new(),
                session: crate::store::portal::SessionRow {
                    id: session.to_owned(),
                    tenant_id: "ten_1".to_owned(),
                    customer_id: "cus_1".to_owned(),
                    status: "opened".to_owned(),
                    return_url: "https://example.com".to_owned(),
                    locale: "en".to_owned(),
                    locale_requested: None,
                    configuration: "{}".to_owned(),
                    flow: None,
                    created: 0,
                    link_expires_at: 0,
                    opened_at: Some(0),
                    last_activity_at: 0,
                    ended_at: None,
                    metadata: "{}".to_owned(),
                },
                configuration: Default::default(),
            })),
        };
        let keys = [
            scoped_key(&merchant, "k"),
            scoped_key(&portal("ps_1"), "k"),
            scoped_key(&portal("ps_2"), "k"),
        ];
        assert_ne!(keys[0], keys[1]);
        assert_ne!(keys[1], keys[2]);
        assert_eq!(client_key(&keys[1]), "k");
        assert_eq!(client_key(&scoped_key(&merchant, "a/b")), "a/b");
    }

    #[test]
    fn only_executed_requests_are_stored() {
        assert!(is_stored(StatusCode::OK, None));
        assert!(is_stored(StatusCode::NOT_FOUND, Some(&ErrorCode::ResourceMissing)));
        assert!(!is_stored(StatusCode::BAD_REQUEST, Some(&ErrorCode::ParameterInvalid)));
        assert!(!is_stored(
            StatusCode::INTERNAL_SERVER_ERROR,
            Some(&ErrorCode::InternalError)
        ));
        assert!(!is_stored(StatusCode::CONFLICT, Some(&ErrorCode::IdempotencyKeyInUse)));
    }
}
