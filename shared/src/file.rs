//! Files a tenant uploads: today its business logo, printed at the head of its invoice
//! and receipt PDFs (`business_profile.logo` of the billing settings).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{ids::FileId, wire_enum::wire_enum};

wire_enum! {
    /// What a file is for; it decides which formats and sizes are accepted.
    pub enum FilePurpose("file purpose") {
        /// The merchant's logo: PNG or JPEG, at most 128 KiB and 2,048 pixels a side.
        BusinessLogo => "business_logo",
    }
}

wire_enum! {
    /// The format of a file, as read from its contents (never from a name or a header
    /// the sender chose).
    pub enum FileType("file type") {
        Png => "png",
        Jpeg => "jpeg",
    }
}

impl FileType {
    /// The media type the file is served with.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
        }
    }
}

/// An uploaded file. Its contents are at `GET /v1/files/{id}/contents`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct File {
    pub id: FileId,
    /// Always `"file"`.
    pub object: String,
    pub purpose: FilePurpose,
    #[serde(rename = "type")]
    pub kind: FileType,
    /// In bytes.
    pub size: i64,
    /// In pixels.
    pub width: i64,
    /// In pixels.
    pub height: i64,
    pub created: DateTime<Utc>,
}

/// `POST /v1/files`: the file's bytes in base64 (standard alphabet, padded) inside the
/// JSON body, like every other request body of the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateFileRequest {
    pub purpose: FilePurpose,
    /// The contents, base64-encoded.
    #[cfg_attr(feature = "openapi", schema(format = Byte))]
    pub file: String,
}
