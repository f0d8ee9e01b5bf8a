//! `/v1/*` forwarded to the Paylera API, so the browser only ever talks to the portal's
//! own origin (the CSP allows `connect-src 'self'` and nothing else).
//!
//! Forwarded: only the routes a portal token may call ([`super::proxy_allow`], an
//! allow-list matched on the raw path; anything else is `404 route_not_found` in the
//! API's envelope and never reaches the API), with the method, the path and (for a
//! `GET`) the query, the body (up to [`MAX_BODY_BYTES`]) and
//! the request headers in [`REQUEST_HEADERS`]; back come the status, the response
//! headers in [`RESPONSE_HEADERS`] and the body. Nothing else crosses, in either
//! direction (no cookies, no hop-by-hop headers).
//!
//! The customer's credential is the session cookie, never a header from the browser:
//!
//! 1. A request with a method other than `GET`/`HEAD` must pass the CSRF checks (see
//!    `csrf`: `X-CSRF-Token` equal to the CSRF cookie, same-origin fetch metadata and
//!    `Origin`), or it is answered `403 csrf_failed` without reaching the API.
//! 2. The session cookie's JWT becomes `Authorization: Bearer <JWT>`; an `Authorization`
//!    header sent by the browser is dropped. Without a session cookie the request goes
//!    without credentials (public endpoints still answer; the others say `401`).
//! 3. A token that expires within 5 minutes is refreshed first (`session::fresh_bearer`)
//!    and the new one is set in the session cookie on the proxied response. If the API
//!    answers the refresh `401`, that `401` is the answer and both cookies are cleared;
//!    so does any `401` the API gives to the request itself.
//!
//! When the API cannot be reached the proxy answers like the API would: the error
//! envelope, `type: api_error`, `code: service_unavailable` (`502`, or `504` on timeout).

use axum::{
    Json,
    extract::{Request, State},
    response::{IntoResponse, Response},
};
use http::{HeaderMap, HeaderName, StatusCode, header};
use paylera_shared::{ErrorBody, ErrorCode, ErrorEnvelope, ErrorType};

use super::{
    cookies::{self, PortalCookies},
    csrf::{self, Submission},
    proxy_allow,
    session::{SessionEnded, SessionState, fresh_bearer},
};

/// The largest request body the proxy forwards.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Request headers passed to the API. Not `Authorization`: the proxy sets it from the
/// session cookie. Not the browser's `request-id` or `traceparent` either: the portal
/// sends its own (the same id when the browser's was valid, and the portal's span as
/// the parent; see `correlation`), as on every API call.
pub const REQUEST_HEADERS: [HeaderName; 3] = [
    header::CONTENT_TYPE,
    header::ACCEPT,
    HeaderName::from_static("idempotency-key"),
];

/// Response headers passed back to the browser. `Content-Disposition` names a download
/// (an invoice's PDF); `Cache-Control` keeps a private document out of caches
/// (`private, no-store`).
pub const RESPONSE_HEADERS: [HeaderName; 5] = [
    header::CONTENT_TYPE,
    header::CONTENT_DISPOSITION,
    header::CACHE_CONTROL,
    header::RETRY_AFTER,
    HeaderName::from_static("idempotent-replayed"),
];

/// The handler for `/v1` and `/v1/*`.
pub async fn forward(State(state): State<SessionState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let Some(path_and_query) = proxy_allow::forwardable(&parts.method, parts.uri.path(), parts.uri.query()) else {
        tracing::info!(method = %parts.method, "a /v1 path the proxy does not forward");
        return not_forwarded();
    };
    let path_and_query = path_and_query.as_str();
    let cookies = PortalCookies::from_headers(&parts.headers);

    if csrf::is_protected(&parts.method) {
        let submitted = csrf::submitted_header(&parts.headers);
        if let Err(failure) = state
            .csrf
            .check(Submission::Fetch, &parts.headers, submitted, cookies.csrf.as_deref())
        {
            tracing::warn!(method = %parts.method, path = parts.uri.path(), reason = failure.as_str(), "CSRF check failed on the /v1 proxy");
            return csrf::rejection();
        }
    }

    let Ok(body) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return error_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorType::InvalidRequestError,
            ErrorCode::BodyTooLarge,
            "The request body could not be read or is larger than 1 MiB.",
        );
    };

    let bearer = match &cookies.session {
        Some(token) => match fresh_bearer(&state.upstream, token).await {
            Ok(bearer) => Some(bearer),
            Err(SessionEnded(envelope)) => {
                // The API's `401` passed on, the session's cookies cleared.
                let mut headers = HeaderMap::new();
                cookies::append_cleared(&mut headers);
                return (StatusCode::UNAUTHORIZED, headers, Json(envelope)).into_response();
            }
        },
        None => None,
    };

    let api = state.upstream.client();
    let mut upstream = api.request(parts.method.clone(), path_and_query).body(body);
    for name in &REQUEST_HEADERS {
        for value in parts.headers.get_all(name) {
            upstream = upstream.header(name, value);
        }
    }
    if let Some(bearer) = &bearer {
        upstream = upstream.bearer_auth(&bearer.token);
    }

    let answer = match api.execute(upstream).await {
        Ok(answer) => answer,
        Err(err) => return unreachable(&parts.method, path_and_query, &err),
    };
    let status = answer.status();
    let mut headers = HeaderMap::new();
    for name in &RESPONSE_HEADERS {
        for value in answer.headers().get_all(name) {
            headers.append(name, value.clone());
        }
    }
    if let Some(bearer) = bearer {
        if status == StatusCode::UNAUTHORIZED {
            // The API refused the session's own token: the session is over.
            cookies::append_cleared(&mut headers);
        } else if let Some(set_cookie) = bearer.set_cookie {
            headers.append(header::SET_COOKIE, set_cookie);
        }
    }
    match answer.bytes().await {
        Ok(bytes) => (status, headers, bytes).into_response(),
        Err(err) => unreachable(&parts.method, path_and_query, &err),
    }
}

/// `404` in the API's envelope, as the API answers an unknown route: the proxy does not
/// say that the path exists elsewhere.
fn not_forwarded() -> Response {
    error_response(
        StatusCode::NOT_FOUND,
        ErrorType::InvalidRequestError,
        ErrorCode::RouteNotFound,
        "Unrecognized request URL.",
    )
}

/// The API did not answer (or broke off): log why, answer in the API's envelope.
fn unreachable(method: &http::Method, path: &str, err: &reqwest::Error) -> Response {
    tracing::warn!(%method, path, error = %err, timeout = err.is_timeout(), "API unreachable from the /v1 proxy");
    let status = if err.is_timeout() {
        StatusCode::GATEWAY_TIMEOUT
    } else {
        StatusCode::BAD_GATEWAY
    };
    error_response(
        status,
        ErrorType::ApiError,
        ErrorCode::ServiceUnavailable,
        "The Paylera API could not be reached. Please try again shortly.",
    )
}

fn error_response(status: StatusCode, kind: ErrorType, code: ErrorCode, message: &str) -> Response {
    let envelope = ErrorEnvelope {
        error: ErrorBody {
            kind,
            code,
            message: message.to_owned(),
            param: None,
            decline_code: None,
            doc_url: None,
            return_url: None,
        },
    };
    (status, Json(envelope)).into_response()
}

#[cfg(test)]
mod tests {
    use axum::{
        Router,
        body::Body,
        http::{Request, StatusCode},
        routing::get,
    };
    use tower::ServiceExt as _;

    use crate::server::{Settings, router};

    /// A stand-in API whose only route answers an invoice's PDF as the real one does.
    async fn spawn_pdf_api() -> std::net::SocketAddr {
        let pdf = || async {
            (
                [
                    ("content-type", "application/pdf"),
                    ("content-disposition", "inline; filename=\"DEMO-0042.pdf\""),
                    ("cache-control", "private, no-store"),
                ],
                "%PDF-1.7 stand-in",
            )
        };
        let api = Router::new().route("/v1/invoices/{id}/pdf", get(pdf));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind stand-in API");
        let addr = listener.local_addr().expect("stand-in API address");
        tokio::spawn(async move { axum::serve(listener, api).await });
        addr
    }

    #[tokio::test]
    async fn a_pdf_keeps_its_file_name_and_stays_out_of_caches() {
        let api = spawn_pdf_api().await;
        let settings = Settings {
            api_url: format!("http://{api}"),
            ..Settings::default()
        };
        let portal = router(&settings).expect("router builds");

        let request = Request::get("/v1/invoices/in_1/pdf")
            .body(Body::empty())
            .expect("valid request");
        let response = portal.oneshot(request).await.expect("infallible");

        assert_eq!(response.status(), StatusCode::OK);
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok());
        assert_eq!(header("content-type"), Some("application/pdf"));
        assert_eq!(
            header("content-disposition"),
            Some("inline; filename=\"DEMO-0042.pdf\"")
        );
        assert_eq!(header("cache-control"), Some("private, no-store"));
    }
}
