//! The API's own documentation: the OpenAPI document, the reference page at `/docs`
//! (rendered by the vendored Redoc, `api/assets/redoc/VENDORED.toml`, over a
//! server-rendered list that works without JavaScript), the error reference and the
//! page's scripts. No credential: the document describes the public API.

use axum::{
    extract::{Path, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};

use crate::{AppState, error::ApiError};

/// The vendored Redoc bundle (MIT; its licences beside it).
const REDOC: &[u8] = include_bytes!("../../assets/redoc/redoc.standalone.js");
/// Its version, in its URL (so it may be cached for good): the manifest's.
pub const REDOC_VERSION: &str = "2.5.4";
/// Starts Redoc on the page.
const START: &[u8] = include_bytes!("../../assets/reference.js");

/// What the reference pages may load: their own scripts and the document (`'self'`),
/// Redoc's styles (injected at run time: `'unsafe-inline'` for styles only), its search
/// worker (a `blob:`), images drawn as `data:`; nothing from another origin, no frame.
pub const PAGE_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src blob:; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The path of Redoc's bundle, as the page names it.
pub fn redoc_path() -> String {
    format!("/docs/assets/redoc-{REDOC_VERSION}.js")
}

/// `GET /v1/openapi.json`.
pub async fn openapi_json(State(state): State<AppState>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], state.docs.json.clone()).into_response()
}

/// `GET /docs`: the reference.
pub async fn docs_page(State(state): State<AppState>) -> Response {
    page(state.docs.html.clone())
}

/// `GET /docs/errors`: every error code, the target of every `doc_url`.
pub async fn error_reference(State(state): State<AppState>) -> Response {
    page(state.docs.errors.clone())
}

/// `GET /docs/assets/{file}`: Redoc (cached for good: its URL names its version) and
/// the script that starts it.
pub async fn asset(Path(file): Path<String>) -> Result<Response, ApiError> {
    let (body, cache) = if file == redoc_path().trim_start_matches("/docs/assets/") {
        (REDOC, "public, max-age=31536000, immutable")
    } else if file == "reference.js" {
        (START, "public, max-age=300")
    } else {
        return Err(ApiError::not_found("file", &file));
    };
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        body,
    )
        .into_response())
}

fn page(html: String) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(PAGE_POLICY)),
        ],
        html,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use sha2::{Digest, Sha256};

    use super::*;

    #[test]
    fn vendored_redoc_is_the_file_this_manifest_names() {
        let manifest = include_str!("../../assets/redoc/VENDORED.toml");
        let field = |name: &str| {
            manifest
                .lines()
                .find_map(|line| line.strip_prefix(&format!("{name} = \"")))
                .and_then(|rest| rest.strip_suffix('"'))
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(field("version"), REDOC_VERSION, "the URL names the vendored version");
        assert_eq!(
            field("sha256"),
            hex::encode(Sha256::digest(REDOC)),
            "the bundle is what `cargo xtask vendor-redoc` copied"
        );
    }
}
