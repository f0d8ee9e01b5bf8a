//! `expand[]` on `GET` requests (the rules are [`crate::domain::expand`]'s): the answer
//! is built as usual, then each named id is replaced by what retrieving it answers —
//! asked of the same routes behind the same scope check, as the same caller. So a
//! portal token expands only what it could retrieve itself, sees it without metadata,
//! and an expanded object is byte for byte the one its retrieve answers. Mounted inside
//! authentication and versions (expanded objects get the caller's version too).

use std::collections::HashMap;

use axum::{
    Router,
    body::Body,
    extract::{MatchedPath, Request, State},
    http::{Method, StatusCode, Uri, header},
    middleware::Next,
    response::Response,
};
use paylera_shared::{ErrorCode, ErrorType};
use serde_json::Value;
use tower::ServiceExt;

use crate::{
    domain::expand::{self, ExpandPath, MAX_FETCHES, Pending, Refused, Target},
    error::ApiError,
    middleware::{auth::Caller, scope::scope_of},
};

/// The routes expansions are asked of: the authenticated routes behind their scope
/// check, without authentication (the caller is handed on), versions or expansion.
#[derive(Clone)]
pub struct Lookups(pub Router);

impl std::fmt::Debug for Lookups {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Lookups")
    }
}

/// The largest answer expanded (a page of 100 objects is far less).
const MAX_ANSWER_BYTES: usize = 16 * 1024 * 1024;

/// Middleware: expands what `expand[]` names (`expand[]=a`, `expand[0]=a` or `expand=a`).
pub async fn expand(State(lookups): State<Lookups>, req: Request, next: Next) -> Result<Response, ApiError> {
    let Some((raw, rest)) = split_query(req.uri()) else {
        return Ok(next.run(req).await);
    };
    if req.method() != Method::GET {
        let route = req.extensions().get::<MatchedPath>().map(MatchedPath::as_str);
        if route.and_then(|route| scope_of(req.method(), route)).is_none() {
            // Not a method of this route: the router's 405, whatever the query.
            return Ok(next.run(req).await);
        }
        // A change is refused before it is made.
        return Err(refused(Refused(
            "`expand[]` is accepted on retrieve and list requests (GET).".to_owned(),
        )));
    }
    let paths = ExpandPath::parse_all(raw.iter().map(String::as_str)).map_err(refused)?;
    let caller = req
        .extensions()
        .get::<Caller>()
        .cloned()
        .ok_or_else(|| ApiError::internal("expansions mounted outside authentication"))?;
    // The handler sees the query without `expand[]` (its own parameters are strict).
    let (mut parts, body) = req.into_parts();
    parts.uri = without_expand(&parts.uri, &rest)?;
    let response = next.run(Request::from_parts(parts, body)).await;
    if !response.status().is_success() {
        return Ok(response);
    }
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    if !is_json {
        return Err(refused(Refused("This answer has no properties to expand.".to_owned())));
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_ANSWER_BYTES)
        .await
        .map_err(|err| ApiError::internal(err.to_string()))?;
    let mut doc: Value = serde_json::from_slice(&bytes)?;
    let mut fetched: HashMap<(Target, String), Value> = HashMap::new();
    for path in &paths {
        loop {
            let pending = expand::pending(&doc, path).map_err(refused)?;
            if pending.is_empty() {
                break;
            }
            for item in pending {
                let key = (item.target, item.id.clone());
                let object = match fetched.get(&key) {
                    Some(object) => object.clone(),
                    None if fetched.len() >= MAX_FETCHES => {
                        return Err(refused(Refused(format!(
                            "These `expand[]` paths name more than {MAX_FETCHES} objects; expand fewer, or ask for a smaller page."
                        ))));
                    }
                    None => match lookup(&lookups, &caller, &item).await? {
                        Ok(object) => {
                            fetched.insert(key, object.clone());
                            object
                        }
                        // Not the caller's to see (or gone): their answer, as retrieving it.
                        Err(answer) => return Ok(answer),
                    },
                };
                if !expand::place(&mut doc, &item, object) {
                    return Err(ApiError::internal("an expansion lost its place"));
                }
            }
        }
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    Ok(Response::from_parts(parts, Body::from(serde_json::to_vec(&doc)?)))
}

/// Retrieves what `item` names as `caller`: the object, or the error answer to pass on.
async fn lookup(lookups: &Lookups, caller: &Caller, item: &Pending) -> Result<Result<Value, Response>, ApiError> {
    if !expand::is_id(&item.id) {
        return Err(ApiError::internal("an expandable property holds no id"));
    }
    let mut request = Request::get(item.target.path(&item.id))
        .body(Body::empty())
        .map_err(|err| ApiError::internal(err.to_string()))?;
    request.extensions_mut().insert(caller.clone());
    let Ok(answer) = lookups.0.clone().oneshot(request).await;
    if !answer.status().is_success() {
        return Ok(Err(answer));
    }
    let bytes = axum::body::to_bytes(answer.into_body(), MAX_ANSWER_BYTES)
        .await
        .map_err(|err| ApiError::internal(err.to_string()))?;
    Ok(Ok(serde_json::from_slice(&bytes)?))
}

/// The `expand` values of `uri`'s query and the rest of it, re-encoded; `None` without any.
fn split_query(uri: &Uri) -> Option<(Vec<String>, String)> {
    let query = uri.query().filter(|query| query.contains("expand"))?;
    let mut expand = Vec::new();
    let mut rest = form_urlencoded::Serializer::new(String::new());
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        let is_expand = name == "expand"
            || name
                .strip_prefix("expand[")
                .and_then(|index| index.strip_suffix(']'))
                .is_some_and(|index| index.bytes().all(|b| b.is_ascii_digit()));
        if is_expand {
            expand.push(value.into_owned());
        } else {
            rest.append_pair(&name, &value);
        }
    }
    (!expand.is_empty()).then(|| (expand, rest.finish()))
}

fn without_expand(uri: &Uri, rest: &str) -> Result<Uri, ApiError> {
    let path_and_query = if rest.is_empty() {
        uri.path().to_owned()
    } else {
        format!("{}?{rest}", uri.path())
    };
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = Some(
        path_and_query
            .parse()
            .map_err(|_| ApiError::internal("a query re-encoded badly"))?,
    );
    Uri::from_parts(parts).map_err(|err| ApiError::internal(err.to_string()))
}

fn refused(Refused(message): Refused) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        ErrorType::InvalidRequestError,
        ErrorCode::InvalidQuery,
        message,
    )
    .with_param("expand[]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_expand_is_taken_out_of_the_query_and_the_rest_kept() {
        let uri: Uri = "/v1/subscriptions?customer=cus_1&expand[]=customer&expand%5B%5D=price&expand[0]=latest_invoice&expand=x&limit=3"
            .parse()
            .expect("uri");
        let (expand, rest) = split_query(&uri).expect("some");
        assert_eq!(expand, ["customer", "price", "latest_invoice", "x"]);
        assert_eq!(rest, "customer=cus_1&limit=3");
        assert_eq!(
            without_expand(&uri, &rest).expect("uri"),
            "/v1/subscriptions?customer=cus_1&limit=3"
        );
        let uri: Uri = "/v1/customers/cus_1?expand[]=invoice_settings.default_payment_method"
            .parse()
            .expect("uri");
        let (_, rest) = split_query(&uri).expect("some");
        assert_eq!(without_expand(&uri, &rest).expect("uri"), "/v1/customers/cus_1");
        // Names that only look like it are the handler's to judge.
        let uri: Uri = "/v1/customers?expanded=1&expand[x]=y".parse().expect("uri");
        assert!(split_query(&uri).is_none());
        assert!(split_query(&"/v1/customers".parse().expect("uri")).is_none());
    }
}
