//! `/v1/files`: files a tenant uploads (its business logo).

use axum::{
    Json as JsonResponse,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};
use paylera_shared::{
    ErrorEnvelope,
    file::{CreateFileRequest, File, FilePurpose, FileType},
};

use crate::{
    AppState, domain::file, error::ApiError, extract::Json, middleware::auth::Caller, store, store::events::Origin,
};

/// Upload a file.
///
/// The contents travel in base64 inside the JSON body. A `business_logo` is checked by its
/// contents, not its name: a PNG or JPEG image, at most 128 KiB and 2,048 pixels a side,
/// that decodes completely. Name it in `business_profile.logo` of
/// `POST /v1/billing_settings` to print it on invoices and receipts.
#[utoipa::path(
    post, path = "/v1/files", tag = "files",
    request_body(content = CreateFileRequest, example = json!({
        "purpose": "business_logo",
        "file": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=="
    })),
    responses(
        (status = 200, description = "The file", body = File),
        (status = 400, description = "Not base64, not a PNG or JPEG, too large, too many pixels or not decodable (`param`: `file`)", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn create_file(
    State(state): State<AppState>,
    caller: Caller,
    origin: Origin,
    Json(params): Json<CreateFileRequest>,
) -> Result<JsonResponse<File>, ApiError> {
    let logo = match params.purpose {
        FilePurpose::BusinessLogo => {
            let encoded = params.file;
            // Decoding inflates every pixel: keep it off the async workers.
            tokio::task::spawn_blocking(move || file::logo(&encoded))
                .await
                .map_err(|err| ApiError::internal(err.to_string()))??
        }
    };
    let mut tx = state.db.begin().await?;
    let file = store::files::create_logo(&mut tx, &caller.tenant_id, logo).await?;
    origin.commit(tx, file).await.map(JsonResponse)
}

/// Retrieve a file's description.
#[utoipa::path(
    get, path = "/v1/files/{id}", tag = "files",
    params(("id" = String, Path, description = "The file id (`file_…`)")),
    responses(
        (status = 200, description = "The file", body = File),
        (status = 404, description = "No such file", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn retrieve_file(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<JsonResponse<File>, ApiError> {
    store::files::find(&state.db, &caller.tenant_id, &id)
        .await?
        .map(JsonResponse)
        .ok_or_else(|| ApiError::not_found("file", &id))
}

/// Download a file's contents, with its media type.
#[utoipa::path(
    get, path = "/v1/files/{id}/contents", tag = "files",
    params(("id" = String, Path, description = "The file id (`file_…`)")),
    responses(
        (status = 200, description = "The contents", content(
            (Vec<u8> = "image/png"),
            (Vec<u8> = "image/jpeg"),
        )),
        (status = 404, description = "No such file", body = ErrorEnvelope),
    ),
    security(("api_key" = []))
)]
pub async fn file_contents(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let not_found = || ApiError::not_found("file", &id);
    let file = store::files::find(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(not_found)?;
    let bytes = store::files::contents(&state.db, &caller.tenant_id, &id)
        .await?
        .ok_or_else(not_found)?;
    Ok(image(file.kind, "private, max-age=3600", bytes))
}

/// A business logo's image, without a credential.
///
/// What the portal and the dashboard show (each serves it from its own origin): a logo
/// is public by nature (it is on every invoice), and its `file_…` id is unguessable.
/// Only `business_logo` files; anything else is `404`.
#[utoipa::path(
    get, path = "/v1/brand/logos/{id}", tag = "files",
    params(("id" = String, Path, description = "The file id (`file_…`)")),
    responses(
        (status = 200, description = "The image", content(
            (Vec<u8> = "image/png"),
            (Vec<u8> = "image/jpeg"),
        )),
        (status = 404, description = "No such logo", body = ErrorEnvelope),
    )
)]
pub async fn public_logo(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let (kind, bytes) = store::files::public_logo(&state.db, &id)
        .await?
        .ok_or_else(|| ApiError::not_found("logo", &id))?;
    let kind: FileType = kind.parse().map_err(|_| ApiError::internal("a stored file type"))?;
    // A file never changes: its id names these bytes for good.
    Ok(image(kind, "public, max-age=86400, immutable", bytes))
}

/// A checked image's bytes: served as what it was checked to be, never sniffed, never
/// run as a document.
fn image(kind: FileType, cache: &'static str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind.media_type()),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; sandbox"),
            (header::CACHE_CONTROL, cache),
        ],
        bytes,
    )
        .into_response()
}
