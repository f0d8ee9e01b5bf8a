//! Extractors that reject in our envelope instead of axum's plain-text bodies:
//! [`Json`] (content type, syntax, shape; `param` names the offending field) and
//! [`Query`] (query-string shape).
//!
//! A JSON body is parsed **once, strictly**, by [`parse_body`] (mounted on every
//! authenticated `/v1` route, before the scope check): the content type must be JSON,
//! the text one JSON object with nothing after it and no key twice. The parsed
//! [`JsonBody`] is kept in the request's extensions, and the scope check and the
//! handler's [`Json`] read that same value — two parsers that disagree (one lenient
//! about trailing bytes, one not) would let a body mean nothing to the check and an
//! update to the handler. Routes outside that layer (the link exchange) parse with
//! the same function when their extractor runs.

use std::{fmt, sync::Arc};

use axum::{
    body::{Body, to_bytes},
    extract::{FromRequest, FromRequestParts, Request},
    http::{Method, StatusCode, header, request::Parts},
    middleware::Next,
    response::Response,
};
use paylera_shared::{ErrorCode, ErrorType, list::ListParams};
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::{domain::page::Page, error::ApiError, settings::MAX_BODY_BYTES};

/// A JSON request body, deserialized from the request's one [`JsonBody`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Json<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Json<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, _state: &S) -> Result<Self, ApiError> {
        let body = match req.extensions().get::<JsonBody>() {
            Some(body) => body.clone(),
            None => {
                let (parts, body) = req.into_parts();
                let bytes = to_bytes(body, MAX_BODY_BYTES)
                    .await
                    .map_err(|_| ApiError::body_too_large())?;
                JsonBody::parse(&parts.headers, &bytes)?
            }
        };
        body.deserialize().map(Json)
    }
}

/// The request's JSON object, parsed once by [`JsonBody::parse`] and shared by every
/// reader of the request (scope check, handler).
#[derive(Debug, Clone)]
pub struct JsonBody(Arc<Map<String, Value>>);

impl JsonBody {
    /// Parses a body strictly: JSON content type, one object, no duplicate keys, nothing
    /// after it. Every violation is a `4xx` in the envelope.
    pub fn parse(headers: &http::HeaderMap, bytes: &[u8]) -> Result<Self, ApiError> {
        if !is_json(headers.get(header::CONTENT_TYPE)) {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorType::InvalidRequestError,
                ErrorCode::UnsupportedMediaType,
                "Send the request body as JSON with `Content-Type: application/json`.",
            ));
        }
        parse_object(bytes).map(|object| Self(Arc::new(object)))
    }

    /// The object's fields.
    pub fn object(&self) -> &Map<String, Value> {
        &self.0
    }

    /// The string at `key`, if there is one.
    pub fn str(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(Value::as_str)
    }

    /// The body as the handler's type, naming the field at fault (`address.country`).
    pub fn deserialize<T: DeserializeOwned>(&self) -> Result<T, ApiError> {
        let map = de::value::MapDeserializer::new(self.0.iter().map(|(k, v)| (k.as_str(), v)));
        serde_path_to_error::deserialize(map).map_err(|err: serde_path_to_error::Error<serde_json::Error>| {
            let path = err.path().to_string();
            shape_error(&path, &err.inner().to_string())
        })
    }
}

/// The middleware: every request that may change something and carries a body has it
/// parsed by [`JsonBody::parse`] before anything else reads it, or is refused.
/// Bodies of `GET`/`HEAD` (which no route reads) are dropped.
pub async fn parse_body(req: Request, next: Next) -> Result<Response, ApiError> {
    if matches!(*req.method(), Method::GET | Method::HEAD) {
        return Ok(next.run(req).await);
    }
    let (mut parts, body) = req.into_parts();
    let bytes = to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| ApiError::body_too_large())?;
    if !bytes.is_empty() {
        let parsed = JsonBody::parse(&parts.headers, &bytes)?;
        parts.extensions.insert(parsed);
    }
    Ok(next.run(Request::from_parts(parts, Body::from(bytes))).await)
}

/// Parses `bytes` as exactly one JSON object (see [`JsonBody::parse`]).
pub fn parse_object(bytes: &[u8]) -> Result<Map<String, Value>, ApiError> {
    let invalid = |err: serde_json::Error| {
        // A duplicate key is reported by our visitor; serde adds the position.
        let message = err.to_string();
        let message = if err.is_data() {
            format!("The request body is not valid JSON: {message}.")
        } else {
            format!(
                "The request body is not valid JSON (line {}, column {}).",
                err.line(),
                err.column()
            )
        };
        ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorType::InvalidRequestError,
            ErrorCode::InvalidJson,
            message,
        )
    };
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = <StrictValue as de::Deserialize>::deserialize(&mut de).map_err(invalid)?;
    de.end().map_err(invalid)?;
    match value.0 {
        Value::Object(object) => Ok(object),
        _ => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorType::InvalidRequestError,
            ErrorCode::InvalidJson,
            "The request body must be a JSON object.",
        )),
    }
}

/// A JSON value whose objects never repeat a key (serde_json keeps the last one, and
/// two readers of one body could then see different values).
struct StrictValue(Value);

impl<'de> de::Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        serde_json::Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("a number out of range"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let StrictValue(value) = map.next_value()?;
            if object.contains_key(&key) {
                return Err(de::Error::custom(format_args!("the key `{key}` appears twice")));
            }
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

fn is_json(content_type: Option<&header::HeaderValue>) -> bool {
    let Some(Ok(value)) = content_type.map(|v| v.to_str()) else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// A type or field error at `path`, as `parameter_missing` or `parameter_invalid`.
fn shape_error(path: &str, message: &str) -> ApiError {
    // serde's wording is stable: "missing field `email` at line …" / "unknown field `x`, expected …".
    let message = message.split(" at line ").next().unwrap_or(message);
    let field = message.split('`').nth(1).unwrap_or_default();
    let join = |field: &str| {
        if path.is_empty() || path == "." {
            field.to_owned()
        } else {
            format!("{path}.{field}")
        }
    };
    if message.starts_with("missing field") {
        ApiError::missing_param(join(field))
    } else if message.starts_with("unknown field") {
        // serde_path_to_error's path already ends with the unknown field.
        let param = if path.is_empty() || path == "." {
            field.to_owned()
        } else {
            path.to_owned()
        };
        if param.is_empty() || param.ends_with('.') {
            // A key with an empty name (found by the `json_body` fuzz target).
            return ApiError::invalid_param("body", "Received a parameter with an empty name.");
        }
        ApiError::invalid_param(param.clone(), format!("Received unknown parameter: {param}."))
    } else {
        let param = if path.is_empty() || path == "." {
            "body".to_owned()
        } else {
            path.to_owned()
        };
        ApiError::invalid_param(param.clone(), format!("Invalid value for {param}: {message}."))
    }
}

/// Query-string parameters.
#[derive(Debug, Clone, Copy, Default)]
pub struct Query<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Query<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or_default();
        let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(de).map(Query).map_err(|err| {
            let path = err.path().to_string();
            let message = err.inner().to_string();
            let field = message.split('`').nth(1).unwrap_or_default();
            let param = if path.is_empty() || path == "." {
                field.to_owned()
            } else {
                path
            };
            ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorType::InvalidRequestError,
                ErrorCode::InvalidQuery,
                format!("Invalid query parameter {param}: {message}."),
            )
            .with_param(param)
        })
    }
}

/// `metadata[key]=value` pairs of a list's query string (what serde's query parser
/// cannot read): each key as a metadata key may be, at most
/// [`paylera_shared::list::MAX_METADATA_FILTERS`]; `metadata` alone is refused.
#[derive(Debug, Clone, Default)]
pub struct MetadataQuery(pub paylera_shared::list::MetadataFilter);

impl<S: Send + Sync> FromRequestParts<S> for MetadataQuery {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or_default();
        let mut filter = paylera_shared::list::MetadataFilter::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            if !name.starts_with("metadata") {
                continue;
            }
            let refuse = |message: String| {
                ApiError::new(
                    StatusCode::BAD_REQUEST,
                    ErrorType::InvalidRequestError,
                    ErrorCode::InvalidQuery,
                    message,
                )
                .with_param(name.chars().take(64).collect::<String>())
            };
            let key = name
                .strip_prefix("metadata[")
                .and_then(|rest| rest.strip_suffix(']'))
                .filter(|key| {
                    !key.is_empty()
                        && key.chars().count() <= crate::domain::metadata::MAX_KEY_LEN
                        && !key.contains(['[', ']'])
                })
                .ok_or_else(|| {
                    refuse(format!(
                        "Filter on metadata as `metadata[key]=value`, a key of 1 to {} characters without square brackets.",
                        crate::domain::metadata::MAX_KEY_LEN
                    ))
                })?;
            filter.metadata.insert(key.to_owned(), value.into_owned());
            if filter.metadata.len() > paylera_shared::list::MAX_METADATA_FILTERS {
                return Err(refuse(format!(
                    "At most {} metadata filters at once.",
                    paylera_shared::list::MAX_METADATA_FILTERS
                )));
            }
        }
        Ok(Self(filter))
    }
}

/// The validated page of a list request.
pub fn page(params: &ListParams) -> Result<Page, ApiError> {
    Page::parse(params).map_err(|(param, message)| ApiError::invalid_param(param, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[expect(dead_code, reason = "fields exist to be deserialized")]
    struct Body {
        email: String,
        address: Option<Address>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[expect(dead_code, reason = "fields exist to be deserialized")]
    struct Address {
        country: String,
    }

    fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
        JsonBody(Arc::new(parse_object(bytes)?)).deserialize()
    }

    fn json_headers() -> http::HeaderMap {
        let mut headers = http::HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, http::HeaderValue::from_static("application/json"));
        headers
    }

    #[test]
    fn broken_json_is_invalid_json() {
        let err = parse::<Body>(b"{\"email\":").expect_err("broken");
        assert_eq!(err.code, ErrorCode::InvalidJson);
    }

    #[test]
    fn a_missing_field_is_named() {
        let err = parse::<Body>(b"{}").expect_err("missing");
        assert_eq!(err.code, ErrorCode::ParameterMissing);
        assert_eq!(err.param.as_deref(), Some("email"));
    }

    #[test]
    fn a_nested_wrong_type_is_named_by_path() {
        let err = parse::<Body>(br#"{"email":"a@b.c","address":{"country":7}}"#).expect_err("wrong type");
        assert_eq!(err.code, ErrorCode::ParameterInvalid);
        assert_eq!(err.param.as_deref(), Some("address.country"));
    }

    #[test]
    fn an_unknown_field_is_named() {
        let err = parse::<Body>(br#"{"email":"a@b.c","nickname":"x"}"#).expect_err("unknown");
        assert_eq!(err.param.as_deref(), Some("nickname"));
    }

    #[test]
    fn a_key_with_an_empty_name_is_named_as_the_body() {
        for body in [&br#"{"":1,"~":2}"#[..], br#"{"email":"a@b.c","":1}"#] {
            let err = parse::<Body>(body).expect_err("unknown");
            assert_eq!(err.code, ErrorCode::ParameterInvalid);
            assert_eq!(err.param.as_deref(), Some("body"), "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn bytes_after_the_object_are_refused() {
        for body in [
            &br#"{"email":"a@b.c"} x"#[..],
            br#"{"email":"a@b.c"}{"email":"b@b.c"}"#,
            br#"{"email":"a@b.c"}]"#,
            b"{\"email\":\"a@b.c\"}\x00",
        ] {
            let err = parse_object(body).expect_err("trailing bytes");
            assert_eq!(err.code, ErrorCode::InvalidJson, "{}", String::from_utf8_lossy(body));
        }
        // Whitespace after the object is not "bytes after it".
        assert!(parse_object(b"{\"email\":\"a@b.c\"} \n\t").is_ok());
    }

    #[test]
    fn a_key_given_twice_is_refused_at_any_depth() {
        for body in [
            &br#"{"email":"a@b.c","email":"b@b.c"}"#[..],
            br#"{"address":{"country":"FR","country":"DE"}}"#,
            br#"{"items":[{"price":"a","price":"b"}]}"#,
        ] {
            let err = parse_object(body).expect_err("duplicate key");
            assert_eq!(err.code, ErrorCode::InvalidJson);
            assert!(err.message.contains("appears twice"), "{}", err.message);
        }
    }

    #[test]
    fn only_an_object_is_a_body() {
        for body in [&b"null"[..], b"[]", b"\"x\"", b"1", b"true", b""] {
            let err = parse_object(body).expect_err("not an object");
            assert_eq!(err.code, ErrorCode::InvalidJson, "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn a_body_must_say_it_is_json() {
        let mut headers = http::HeaderMap::new();
        let body = br#"{"email":"a@b.c"}"#;
        let err = JsonBody::parse(&headers, body).expect_err("no content type");
        assert_eq!(err.code, ErrorCode::UnsupportedMediaType);
        for (value, ok) in [
            ("application/json", true),
            ("application/json; charset=utf-8", true),
            ("application/merge-patch+json", true),
            ("text/plain", false),
            ("application/x-www-form-urlencoded", false),
            ("multipart/form-data; boundary=x", false),
        ] {
            headers.insert(header::CONTENT_TYPE, http::HeaderValue::from_static(value));
            assert_eq!(JsonBody::parse(&headers, body).is_ok(), ok, "{value}");
        }
    }

    #[test]
    fn the_parsed_body_is_what_the_handler_gets() {
        let body = JsonBody::parse(&json_headers(), br#"{"email":"a@b.c","address":{"country":"FR"}}"#).expect("valid");
        assert_eq!(body.str("email"), Some("a@b.c"));
        let typed: Body = body.deserialize().expect("typed");
        assert_eq!(typed.email, "a@b.c");
    }

    proptest::proptest! {
        /// Whatever the bytes, parsing answers (never panics), and what it accepts is an
        /// object that serializes back to an equivalent object.
        #[test]
        fn any_bytes_parse_to_an_object_or_an_invalid_json_error(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..64)) {
            match parse_object(&bytes) {
                Ok(object) => {
                    let again = parse_object(serde_json::to_string(&object).expect("serializes").as_bytes()).expect("round trip");
                    proptest::prop_assert_eq!(again, object);
                }
                Err(err) => proptest::prop_assert_eq!(err.code, ErrorCode::InvalidJson),
            }
        }

        /// Any JSON object followed by any non-whitespace byte is refused.
        #[test]
        fn any_object_with_trailing_bytes_is_refused(key in "[a-z]{1,8}", value in proptest::num::i64::ANY, tail in "[^ \\t\\r\\n]{1,8}") {
            let body = format!("{{\"{key}\":{value}}}{tail}");
            proptest::prop_assert!(parse_object(body.as_bytes()).is_err());
        }
    }
}
