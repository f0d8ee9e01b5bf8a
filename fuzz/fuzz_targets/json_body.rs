//! The API's one JSON body parser (`extract::parse_object`, `JsonBody::parse`) and the
//! typed read handlers do of it (`JsonBody::deserialize`).
//!
//! Input: the first byte picks the `Content-Type`, the rest is the body.
//!
//! Checked on every input:
//! - a body that is not declared JSON is a `4xx unsupported_media_type`, whatever it holds;
//! - otherwise `JsonBody::parse` answers exactly what `parse_object` answers;
//! - a refused body is `400 invalid_json` with no `param`;
//! - an accepted body is an object that serde_json's own (lenient) parser reads the same,
//!   and that parses again, unchanged, from its serialization;
//! - reading an accepted body as a request type either succeeds or is a `400`
//!   `parameter_invalid`/`parameter_missing` naming a non-empty `param`.

#![no_main]

use http::{HeaderMap, HeaderValue, StatusCode, header};
use libfuzzer_sys::fuzz_target;
use paylera_api::extract::{JsonBody, parse_object};
use paylera_shared::ErrorCode;
use paylera_shared::customer::{CreateCustomerRequest, UpdateCustomerRequest};
use serde_json::Value;

const CONTENT_TYPES: &[(Option<&str>, bool)] = &[
    (Some("application/json"), true),
    (Some("application/json; charset=utf-8"), true),
    (Some("Application/JSON"), true),
    (Some("application/merge-patch+json"), true),
    (Some("text/plain"), false),
    (Some("application/x-www-form-urlencoded"), false),
    (Some("multipart/form-data; boundary=x"), false),
    (Some("application/jsonx"), false),
    (None, false),
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else { return };
    let (content_type, is_json) = CONTENT_TYPES[usize::from(selector) % CONTENT_TYPES.len()];
    let mut headers = HeaderMap::new();
    if let Some(value) = content_type {
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(value));
    }

    let direct = parse_object(body);
    match JsonBody::parse(&headers, body) {
        Err(err) if !is_json => {
            assert!(err.status.is_client_error(), "{err:?}");
            assert_eq!(err.code, ErrorCode::UnsupportedMediaType);
        }
        Ok(_) if !is_json => panic!("accepted a body sent as {content_type:?}"),
        Ok(parsed) => {
            let object = direct.as_ref().expect("parse_object accepts what JsonBody::parse accepts");
            assert_eq!(parsed.object(), object);
        }
        Err(err) => {
            let direct = direct.as_ref().expect_err("parse_object refuses what JsonBody::parse refuses");
            assert_eq!((err.status, err.code), (direct.status, direct.code));
        }
    }

    match direct {
        Err(err) => {
            assert_eq!(err.status, StatusCode::BAD_REQUEST);
            assert_eq!(err.code, ErrorCode::InvalidJson);
            assert_eq!(err.param, None);
        }
        Ok(object) => {
            let lenient: Value = serde_json::from_slice(body).expect("serde_json accepts what the strict parser does");
            assert_eq!(lenient.as_object(), Some(&object), "the strict and lenient readings differ");
            let again = parse_object(&serde_json::to_vec(&object).expect("serializes")).expect("round trip");
            assert_eq!(again, object);

            let mut json = HeaderMap::new();
            json.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            let parsed = JsonBody::parse(&json, body).expect("accepted once, accepted again");
            check_typed(parsed.deserialize::<CreateCustomerRequest>().map(|_| ()));
            check_typed(parsed.deserialize::<UpdateCustomerRequest>().map(|_| ()));
        }
    }
});

fn check_typed(result: Result<(), paylera_api::ApiError>) {
    if let Err(err) = result {
        assert_eq!(err.status, StatusCode::BAD_REQUEST, "{err:?}");
        assert!(
            matches!(err.code, ErrorCode::ParameterInvalid | ErrorCode::ParameterMissing),
            "{err:?}"
        );
        assert!(err.param.as_deref().is_some_and(|p| !p.is_empty()), "no param: {err:?}");
    }
}
