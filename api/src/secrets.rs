//! Server-side secrets: read from the environment in production; in development
//! generated once and kept under `PAYLERA_DATA_DIR/secrets/` (mode 0600), never
//! printed and never logged.

use std::{io, path::Path, sync::Arc};

use secrecy::{ExposeSecret, SecretString};

use crate::{domain::ids::random_base62, settings::Settings};

/// The secrets the API holds. `Debug` shows no secret.
#[derive(Clone)]
pub struct Secrets {
    card_fingerprint_key: Arc<[u8]>,
    portal_jwt_key: Arc<[u8]>,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secrets(…)")
    }
}

/// The minimum length of a configured key.
pub const MIN_KEY_LEN: usize = 32;

impl Secrets {
    /// Loads each secret from its variable, or from (or into) the data directory.
    pub fn load(settings: &Settings) -> io::Result<Self> {
        let dir = settings.data_dir.join("secrets");
        Ok(Self {
            card_fingerprint_key: configured_or_generated(
                settings.card_fingerprint_key.as_ref(),
                "PAYLERA_CARD_FINGERPRINT_KEY",
                &dir.join("card_fingerprint.key"),
            )?,
            portal_jwt_key: configured_or_generated(
                settings.portal_jwt_secret.as_ref(),
                "PAYLERA_PORTAL_JWT_SECRET",
                &dir.join("portal_jwt.key"),
            )?,
        })
    }

    /// The HMAC key of portal tokens.
    pub fn portal_jwt_key(&self) -> &[u8] {
        &self.portal_jwt_key
    }

    /// The HMAC key of card fingerprints.
    pub fn card_fingerprint_key(&self) -> &[u8] {
        &self.card_fingerprint_key
    }
}

/// The configured secret (at least [`MIN_KEY_LEN`] characters), or one generated at `path`.
fn configured_or_generated(configured: Option<&SecretString>, variable: &str, path: &Path) -> io::Result<Arc<[u8]>> {
    match configured {
        Some(key) if key.expose_secret().len() >= MIN_KEY_LEN => Ok(key.expose_secret().as_bytes().into()),
        Some(_) => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{variable} must be at least {MIN_KEY_LEN} characters"),
        )),
        None => Ok(load_or_create(path)?.into_bytes().into()),
    }
}

/// Reads a generated secret, creating it (64 base62 characters, ~380 bits) on first use.
fn load_or_create(path: &Path) -> io::Result<String> {
    match std::fs::read_to_string(path) {
        Ok(secret) if secret.trim().len() >= MIN_KEY_LEN => return Ok(secret.trim().to_owned()),
        Ok(_) => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{} is too short", path.display()),
            ));
        }
        Err(err) if err.kind() != io::ErrorKind::NotFound => return Err(err),
        Err(_) => {}
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let secret = random_base62(64);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(mut file) => {
            io::Write::write_all(&mut file, secret.as_bytes())?;
            Ok(secret)
        }
        // Another process created it first: use theirs.
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => load_or_create(path),
        Err(err) => Err(err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_secret_is_kept_and_reused() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("secrets").join("k.key");
        let first = load_or_create(&path).expect("created");
        assert_eq!(load_or_create(&path).expect("read"), first);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
