//! Uploaded files: metadata and contents, per tenant.

use paylera_shared::{
    file::{File, FilePurpose},
    ids::{FileId, TenantId},
};

use super::parse_stored;
use crate::{
    db::{Db, Tx},
    domain::{Invalid, file::Logo, from_unix, ids::Mint, now},
    error::ApiError,
};

#[derive(sqlx::FromRow)]
struct FileRow {
    id: String,
    purpose: String,
    kind: String,
    size: i64,
    width: i64,
    height: i64,
    created: i64,
}

impl FileRow {
    fn into_file(self) -> Result<File, sqlx::Error> {
        Ok(File {
            id: parse_stored(&self.id)?,
            object: "file".to_owned(),
            purpose: parse_stored(&self.purpose)?,
            kind: parse_stored(&self.kind)?,
            size: self.size,
            width: self.width,
            height: self.height,
            created: from_unix(self.created),
        })
    }
}

/// Stores a checked logo.
pub async fn create_logo(tx: &mut Tx, tenant: &TenantId, logo: Logo) -> Result<File, sqlx::Error> {
    let file = File {
        id: FileId::mint(),
        object: "file".to_owned(),
        purpose: FilePurpose::BusinessLogo,
        kind: logo.kind,
        size: i64::try_from(logo.bytes.len()).unwrap_or(i64::MAX),
        width: i64::from(logo.width),
        height: i64::from(logo.height),
        created: now(),
    };
    sqlx::query(
        "insert into files (id, tenant_id, purpose, kind, size, width, height, contents, created)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(file.id.as_str())
    .bind(tenant.as_str())
    .bind(file.purpose.as_str())
    .bind(file.kind.as_str())
    .bind(file.size)
    .bind(file.width)
    .bind(file.height)
    .bind(logo.bytes)
    .bind(file.created.timestamp())
    .execute(&mut **tx)
    .await?;
    Ok(file)
}

/// The tenant's file `id`, without its contents.
pub async fn find(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<File>, sqlx::Error> {
    let row: Option<FileRow> = sqlx::query_as(
        "select id, purpose, kind, size, width, height, created from files where tenant_id = $1 and id = $2",
    )
    .bind(tenant.as_str())
    .bind(id)
    .fetch_optional(db.reader())
    .await?;
    row.map(FileRow::into_file).transpose()
}

/// The contents of the tenant's file `id`.
pub async fn contents(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<Vec<u8>>, sqlx::Error> {
    sqlx::query_scalar("select contents from files where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(db.reader())
        .await
}

/// `400 resource_missing` on `param` unless `logo` is a business logo `tenant` uploaded.
pub async fn require_logo(db: &Db, tenant: &TenantId, logo: &FileId, param: &str) -> Result<(), ApiError> {
    let file = find(db, tenant, logo.as_str()).await?;
    if file.is_none_or(|file| file.purpose != FilePurpose::BusinessLogo) {
        return Err(Invalid::new(
            param,
            paylera_shared::ErrorCode::ResourceMissing,
            format!("No business logo '{logo}': upload one with `POST /v1/files` first."),
        )
        .into());
    }
    Ok(())
}

/// A business logo's media type and contents, whichever tenant uploaded it: logos are
/// shown to anyone a merchant's pages reach (portal, invoices), and a `file_…` id is
/// 144 random bits, never listed anywhere a stranger can read.
pub async fn public_logo(db: &Db, id: &str) -> Result<Option<(String, Vec<u8>)>, sqlx::Error> {
    sqlx::query_as("select kind, contents from files where id = $1 and purpose = $2")
        .bind(id)
        .bind(FilePurpose::BusinessLogo.as_str())
        .fetch_optional(db.reader())
        .await
}
