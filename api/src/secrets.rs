//! Server-side secrets: read from the environment in production; in development
//! generated once and kept under `PAYLERA_DATA_DIR/secrets/` (mode 0600), never
//! printed and never logged.
//!
//! Keys are never used for two purposes: each purpose gets its own key derived from
//! its configured secret with HKDF-SHA256 and a purpose label, and card fingerprints
//! get one key per tenant (a fingerprint says nothing across tenants).

use std::{io, path::Path, sync::Arc};

use base64::{Engine as _, engine::general_purpose::STANDARD_NO_PAD};
use chacha20poly1305::{
    KeyInit, XChaCha20Poly1305, XNonce,
    aead::{Aead, AeadCore, Payload, rand_core::OsRng},
};
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

use crate::{
    domain::ids::random_base62,
    settings::{MIN_KEY_LEN, Settings},
};

/// The secrets the API holds. `Debug` shows no secret.
#[derive(Clone)]
pub struct Secrets {
    card_fingerprint_key: Arc<[u8]>,
    portal_jwt_key: Arc<[u8]>,
    /// Encrypts stored idempotent responses.
    sealer: Sealer,
    /// Encrypts webhook endpoints' signing secrets.
    webhook_sealer: Sealer,
    /// Encrypts team members' TOTP secrets.
    totp_sealer: Sealer,
    /// Keys idempotency request fingerprints.
    fingerprint_key: Arc<[u8; 32]>,
}

/// Authenticated encryption of values kept in the database (XChaCha20-Poly1305 with
/// a random nonce per value). The associated data binds a sealed value to where it
/// is stored, so one row's value cannot be moved to another.
#[derive(Clone)]
pub struct Sealer {
    cipher: Arc<XChaCha20Poly1305>,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer(…)")
    }
}

/// The prefix of a sealed value (its format version).
const SEALED_PREFIX: &str = "v1.";

impl Sealer {
    fn new(key: &[u8; 32]) -> Self {
        Self {
            cipher: Arc::new(XChaCha20Poly1305::new(key.into())),
        }
    }

    /// `plaintext` encrypted for the place `context` names, as printable text.
    pub fn seal(&self, plaintext: &[u8], context: &[u8]) -> String {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: context,
                },
            )
            .unwrap_or_default();
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        format!("{SEALED_PREFIX}{}", STANDARD_NO_PAD.encode(bytes))
    }

    /// The plaintext of a value [`Self::seal`] made for `context`; `None` if it was
    /// sealed with another key, for another place, or altered.
    pub fn open(&self, sealed: &str, context: &[u8]) -> Option<Vec<u8>> {
        let bytes = STANDARD_NO_PAD.decode(sealed.strip_prefix(SEALED_PREFIX)?).ok()?;
        let (nonce, ciphertext) = bytes.split_at_checked(24)?;
        let nonce: [u8; 24] = nonce.try_into().ok()?;
        self.cipher
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: ciphertext,
                    aad: context,
                },
            )
            .ok()
    }
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secrets(…)")
    }
}

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
            ..Self::from_encryption_secret(&configured_or_generated(
                settings.encryption_key.as_ref(),
                "PAYLERA_ENCRYPTION_KEY",
                &dir.join("encryption.key"),
            )?)
        })
    }

    /// Secrets from given values (benchmarks and tests that run no server).
    pub fn from_values(card_fingerprint_key: &[u8], portal_jwt_key: &[u8], encryption_secret: &[u8]) -> Self {
        Self {
            card_fingerprint_key: card_fingerprint_key.into(),
            portal_jwt_key: portal_jwt_key.into(),
            ..Self::from_encryption_secret(encryption_secret)
        }
    }

    /// The keys derived from the encryption secret (the other keys left empty, to be
    /// filled by the caller).
    fn from_encryption_secret(secret: &[u8]) -> Self {
        Self {
            card_fingerprint_key: Arc::new([]),
            portal_jwt_key: Arc::new([]),
            sealer: Sealer::new(&derive(secret, b"paylera/idempotency/response-encryption/v1")),
            webhook_sealer: Sealer::new(&derive(secret, b"paylera/webhooks/signing-secret-encryption/v1")),
            totp_sealer: Sealer::new(&derive(secret, b"paylera/dashboard/totp-secret-encryption/v1")),
            fingerprint_key: Arc::new(derive(secret, b"paylera/idempotency/request-fingerprint/v1")),
        }
    }

    /// Encrypts and decrypts webhook endpoints' signing secrets.
    pub fn webhook_sealer(&self) -> &Sealer {
        &self.webhook_sealer
    }

    /// Encrypts and decrypts team members' TOTP secrets.
    pub fn totp_sealer(&self) -> &Sealer {
        &self.totp_sealer
    }

    /// Encrypts and decrypts stored idempotent responses.
    pub fn idempotency_sealer(&self) -> &Sealer {
        &self.sealer
    }

    /// The HMAC key of idempotency request fingerprints.
    pub fn idempotency_fingerprint_key(&self) -> &[u8] {
        self.fingerprint_key.as_slice()
    }

    /// The HMAC key of one tenant's card fingerprints: derived from the master key and
    /// the tenant, so the same card has unrelated fingerprints in two tenants.
    pub fn card_fingerprint_key_for(&self, tenant: &str) -> [u8; 32] {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.card_fingerprint_key).expect("HMAC takes any key length");
        mac.update(b"paylera/card-fingerprint/v1/");
        mac.update(tenant.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// The HMAC key of portal tokens.
    pub fn portal_jwt_key(&self) -> &[u8] {
        &self.portal_jwt_key
    }
}

/// A 32-byte key for one `purpose`, derived from `secret` (HKDF-SHA256).
fn derive(secret: &[u8], purpose: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    hkdf::Hkdf::<Sha256>::new(None, secret)
        .expand(purpose, &mut key)
        .expect("32 bytes is a valid HKDF-SHA256 length");
    key
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

    fn secrets() -> Secrets {
        Secrets {
            card_fingerprint_key: Arc::from(&b"0123456789abcdef0123456789abcdef"[..]),
            ..Secrets::from_encryption_secret(b"another secret of at least 32 chars")
        }
    }

    #[test]
    fn a_sealed_value_opens_only_with_its_key_and_in_its_place() {
        let secrets = secrets();
        let sealer = secrets.idempotency_sealer();
        let sealed = sealer.seal(b"{\"url\":\"https://portal/p/s3cret\"}", b"ten_1/key-1");
        assert!(!sealed.contains("s3cret"));
        assert_eq!(
            sealer.open(&sealed, b"ten_1/key-1").as_deref(),
            Some(&b"{\"url\":\"https://portal/p/s3cret\"}"[..])
        );
        assert_eq!(sealer.open(&sealed, b"ten_1/key-2"), None, "another row");
        let other = Secrets::from_encryption_secret(b"a different secret, also long enough");
        assert_eq!(
            other.idempotency_sealer().open(&sealed, b"ten_1/key-1"),
            None,
            "another key"
        );
        let mut tampered = sealed.clone().into_bytes();
        let last = tampered.len() - 2;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            sealer.open(&String::from_utf8(tampered).expect("ascii"), b"ten_1/key-1"),
            None
        );
        assert_ne!(sealer.seal(b"same", b"c"), sealer.seal(b"same", b"c"), "fresh nonces");
    }

    #[test]
    fn each_purpose_and_each_tenant_gets_its_own_key() {
        let secrets = secrets();
        assert_ne!(
            secrets.card_fingerprint_key_for("ten_a"),
            secrets.card_fingerprint_key_for("ten_b")
        );
        assert_eq!(
            secrets.card_fingerprint_key_for("ten_a"),
            secrets.card_fingerprint_key_for("ten_a")
        );
        assert_ne!(
            secrets.idempotency_fingerprint_key(),
            derive(
                b"another secret of at least 32 chars",
                b"paylera/idempotency/response-encryption/v1"
            )
        );
    }

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
