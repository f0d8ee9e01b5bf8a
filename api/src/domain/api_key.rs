//! Secret API keys: `sk_test_` (test mode) or `sk_live_` (live mode) + 43 base62
//! characters (≥256 random bits). Every tenant has one of each.
//!
//! Only the SHA-256 of a key is stored. A plain hash is right here (unlike
//! passwords): the input has 256 bits of entropy, so brute force is hopeless and
//! the lookup stays one indexed equality probe.

use sha2::{Digest, Sha256};

use super::ids::random_base62;

pub const TEST_PREFIX: &str = "sk_test_";
pub const LIVE_PREFIX: &str = "sk_live_";

/// Which world a key acts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Simulated money; loopback return URLs and (if the operator allows) private
    /// webhook targets are allowed for local development.
    Test,
    /// Real customers: `https` to public addresses only.
    Live,
}

impl Mode {
    pub fn prefix(self) -> &'static str {
        match self {
            Self::Test => TEST_PREFIX,
            Self::Live => LIVE_PREFIX,
        }
    }

    pub fn is_live(self) -> bool {
        self == Self::Live
    }

    /// The mode of a well-formed key.
    pub fn of(key: &str) -> Option<Self> {
        [Self::Test, Self::Live]
            .into_iter()
            .find(|mode| key.starts_with(mode.prefix()))
    }
}
/// 43 base62 characters carry log2(62) × 43 ≈ 256 bits.
const SECRET_LEN: usize = 43;

/// A freshly generated key: the secret (shown once) and what is stored.
#[derive(Debug)]
pub struct NewApiKey {
    pub secret: String,
    pub hash: String,
    pub hint: String,
}

impl NewApiKey {
    pub fn generate(mode: Mode) -> Self {
        let prefix = mode.prefix();
        let secret = format!("{prefix}{}", random_base62(SECRET_LEN));
        let hash = hash(&secret);
        let hint = format!("{prefix}…{}", &secret[secret.len() - 4..]);
        Self { secret, hash, hint }
    }
}

/// The stored form of a key.
pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Does `candidate` look like a Paylera secret key at all? (Checked before any
/// database work so garbage never reaches a query.)
pub fn is_well_formed(candidate: &str) -> bool {
    Mode::of(candidate)
        .and_then(|mode| candidate.strip_prefix(mode.prefix()))
        .is_some_and(|body| body.len() == SECRET_LEN && body.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_key_is_well_formed_and_only_its_hash_is_kept() {
        let key = NewApiKey::generate(Mode::Test);
        assert!(is_well_formed(&key.secret));
        let live = NewApiKey::generate(Mode::Live);
        assert!(is_well_formed(&live.secret) && live.secret.starts_with("sk_live_"));
        assert_eq!(Mode::of(&live.secret), Some(Mode::Live));
        assert_eq!(Mode::of(&key.secret), Some(Mode::Test));
        assert_eq!(key.hash, hash(&key.secret));
        assert!(!key.hash.contains(&key.secret[TEST_PREFIX.len()..]));
        assert!(key.hint.ends_with(&key.secret[key.secret.len() - 4..]));
        assert_ne!(NewApiKey::generate(Mode::Test).secret, key.secret);
    }

    #[test]
    fn malformed_keys_are_recognised() {
        assert!(!is_well_formed("sk_live_abc"));
        assert!(!is_well_formed("sk_test_short"));
        assert!(!is_well_formed(&format!("sk_test_{}", "é".repeat(43))));
    }
}
