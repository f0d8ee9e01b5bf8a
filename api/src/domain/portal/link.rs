//! The secret in a portal session's URL (`{portal}/p/{secret}`).
//!
//! Rules and invariants:
//!
//! - A secret is [`SECRET_LEN`] base62 characters from the OS-seeded CSPRNG: about 190
//!   random bits (≥128 required), URL-safe without escaping.
//! - Only its [`hash`] (hex SHA-256, 64 lowercase characters) is stored. A plain hash is
//!   enough: with 190 bits of entropy there is nothing to brute-force, so no salt or
//!   slow KDF is needed, and looking the session up by hash leaks nothing useful
//!   through timing.
//! - The secret is shown once (in the create response's `url`) and never logged:
//!   [`LinkSecret`]'s `Debug` redacts it.
//! - A link is single-use and lives [`LINK_TTL`]; both are enforced where it is
//!   exchanged (see [`super::SessionStatus::transition`]).
//! - Anything that is not [`is_well_formed`] is rejected before any lookup.

use chrono::TimeDelta;
use sha2::{Digest, Sha256};

use crate::domain::ids::random_base62;

/// How long a link can be exchanged after the session is created.
pub const LINK_TTL: TimeDelta = TimeDelta::minutes(60);

/// Characters in a link secret (base62: ~5.95 bits each, ~190 bits in all).
pub const SECRET_LEN: usize = 32;

/// A freshly minted link secret and the hash stored in its place.
#[derive(Clone, PartialEq, Eq)]
pub struct LinkSecret {
    /// The secret that goes into the URL. Never store or log it.
    pub secret: String,
    /// [`hash`] of `secret`: what the database keeps.
    pub hash: String,
}

impl LinkSecret {
    /// Mints a new random secret and its hash.
    pub fn generate() -> Self {
        let secret = random_base62(SECRET_LEN);
        let hash = hash(&secret);
        Self { secret, hash }
    }
}

impl std::fmt::Debug for LinkSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkSecret")
            .field("secret", &"[redacted]")
            .field("hash", &self.hash)
            .finish()
    }
}

/// The stored form of a secret: lowercase hex SHA-256 of its UTF-8 bytes.
pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Whether `candidate` has the shape of a link secret ([`SECRET_LEN`] ASCII letters
/// and digits). Check this before hashing or looking anything up.
pub fn is_well_formed(candidate: &str) -> bool {
    candidate.len() == SECRET_LEN && candidate.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_secret_is_well_formed_and_hashes_to_its_stored_hash() {
        let link = LinkSecret::generate();
        assert!(is_well_formed(&link.secret));
        assert_eq!(link.hash, hash(&link.secret));
        assert_eq!(link.hash.len(), 64);
        assert!(
            link.hash
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
    }

    #[test]
    fn generated_secrets_differ() {
        let a = LinkSecret::generate();
        let b = LinkSecret::generate();
        assert_ne!(a.secret, b.secret);
        assert_ne!(a.hash, b.hash);
    }

    #[test]
    fn a_secret_carries_at_least_128_random_bits() {
        let bits = SECRET_LEN as f64 * 62f64.log2();
        assert!(bits >= 128.0, "{bits}");
    }

    #[test]
    fn the_hash_is_sha256_in_lowercase_hex() {
        assert_eq!(
            hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn malformed_candidates_are_rejected_before_any_lookup() {
        let good = "a".repeat(SECRET_LEN);
        assert!(is_well_formed(&good));
        assert!(!is_well_formed(""));
        assert!(!is_well_formed(&"a".repeat(SECRET_LEN - 1)));
        assert!(!is_well_formed(&"a".repeat(SECRET_LEN + 1)));
        assert!(!is_well_formed(&format!("{}-", "a".repeat(SECRET_LEN - 1))));
        assert!(!is_well_formed(&format!("{}%", "a".repeat(SECRET_LEN - 1))));
        // 32 bytes, but not 32 ASCII characters.
        assert!(!is_well_formed(&format!("{}é", "a".repeat(SECRET_LEN - 2))));
        assert!(!is_well_formed("../../../../../../etc/passwd/abc"));
    }

    #[test]
    fn debug_output_never_shows_the_secret() {
        let link = LinkSecret::generate();
        let shown = format!("{link:?}");
        assert!(!shown.contains(&link.secret));
        assert!(shown.contains(&link.hash));
    }

    #[test]
    fn the_link_lives_sixty_minutes() {
        assert_eq!(LINK_TTL.num_seconds(), 3_600);
    }

    // Properties over generated input. Case counts stay modest: these run in every
    // unit-test step.
    mod properties {
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            /// Exactly 32 ASCII letters and digits is well formed; anything else — any
            /// other length, any other character, multi-byte characters — is rejected
            /// before a lookup.
            #[test]
            fn a_candidate_is_well_formed_exactly_when_it_is_32_ascii_letters_and_digits(
                candidate in prop_oneof!["\\PC{0,40}", "[A-Za-z0-9]{30,34}", "[A-Za-z0-9%/._~\\-]{32}", "[A-Za-z0-9é]{31,32}"],
            ) {
                let expected = candidate.len() == SECRET_LEN && candidate.chars().all(|c| c.is_ascii_alphanumeric());
                prop_assert_eq!(is_well_formed(&candidate), expected, "{:?}", candidate);
            }

            /// A generated secret with any one character replaced by a character that is
            /// not an ASCII letter or digit is rejected.
            #[test]
            fn a_secret_with_one_foreign_character_is_rejected(
                at in any::<prop::sample::Index>(),
                foreign in any::<char>().prop_filter("not base62", |c| !c.is_ascii_alphanumeric()),
            ) {
                let secret = LinkSecret::generate().secret;
                let i = at.index(secret.len());
                let changed = format!("{}{foreign}{}", &secret[..i], &secret[i + 1..]);
                prop_assert!(!is_well_formed(&changed), "{:?}", changed);
            }

            /// The stored hash is 64 lowercase hex digits, the same for the same secret,
            /// and different for secrets that differ in one character.
            #[test]
            fn the_hash_is_lowercase_hex_stable_and_tells_secrets_apart(
                secret in "[A-Za-z0-9]{32}",
                at in any::<prop::sample::Index>(),
            ) {
                let stored = hash(&secret);
                prop_assert_eq!(stored.len(), 64);
                prop_assert!(stored.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
                prop_assert_eq!(&stored, &hash(&secret));
                let i = at.index(secret.len());
                let other = char::from(if secret.as_bytes()[i] == b'a' { b'b' } else { b'a' });
                let neighbour = format!("{}{other}{}", &secret[..i], &secret[i + 1..]);
                prop_assert_ne!(stored, hash(&neighbour));
            }
        }
    }
}
