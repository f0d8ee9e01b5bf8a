//! The portal token: a short-lived JWT scoped to one tenant, customer, session and set
//! of features, for which a link secret is exchanged.
//!
//! Rules and invariants:
//!
//! - One algorithm, HS256, with a key of at least [`MIN_KEY_LEN`] bytes (RFC 7518
//!   §3.2). A token whose header names anything else (`none`, `HS512`, `RS256`, …) is
//!   refused before its signature is looked at, so no algorithm confusion is possible.
//! - `iss` is [`ISSUER`], `aud` is [`AUDIENCE`] (a single string; an array is refused),
//!   and every claim of [`PortalClaims`] is required and non-empty where it is text.
//! - Time is checked against the `now` the caller passes (wall-clock unix seconds),
//!   never against the system clock inside the JWT library: a token is valid while
//!   `now < exp + LEEWAY_SECONDS` and `iat <= now + LEEWAY_SECONDS`. The leeway of
//!   [`LEEWAY_SECONDS`] (5 s) absorbs clock skew between API replicas that sign and
//!   verify; it is under 1 % of the token's life.
//! - Lifetime [`TOKEN_TTL`] = 10 min (the architecture caps it at 15). A JWT cannot be
//!   revoked, so its lifetime is how long a stolen token or a revoked session stays
//!   usable; 10 min lets the portal server refresh at half-life (every ~5 min of
//!   activity) with a wide margin for a refresh that fails once, without the churn of
//!   a 1–2 min token. [`PortalClaims::issue`] never lets a token outlive its session.
//! - [`TokenError`] says `Expired` or `Invalid` for logs only: the API answers both
//!   with `401` and the same body.
//! - jsonwebtoken needs exactly one crypto backend (`rust_crypto` here); with none or
//!   two it panics at the first sign or verify. The tests sign and verify to catch it.

use chrono::TimeDelta;
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use super::features::Feature;
use crate::domain::ids::random_base62;

/// The `iss` of every portal token.
pub const ISSUER: &str = "paylera";

/// The `aud` of every portal token.
pub const AUDIENCE: &str = "paylera-portal";

/// How long a portal token lives (at most: see [`PortalClaims::issue`]).
pub const TOKEN_TTL: TimeDelta = TimeDelta::minutes(10);

/// Clock skew tolerated on `exp` and `iat`, in seconds.
pub const LEEWAY_SECONDS: i64 = 5;

/// The shortest signing key accepted, in bytes (the size of an HS256 MAC).
pub const MIN_KEY_LEN: usize = 32;

/// The one algorithm portal tokens use.
const ALGORITHM: Algorithm = Algorithm::HS256;

/// What a portal token says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalClaims {
    /// Always [`ISSUER`].
    pub iss: String,
    /// Always [`AUDIENCE`].
    pub aud: String,
    /// The customer (`cus_…`) the session is for.
    pub sub: String,
    /// The tenant (`ten_…`) the customer belongs to.
    pub tenant: String,
    /// The portal session (`ps_…`).
    pub sid: String,
    /// The enabled features' wire spellings ([`Feature::as_str`]).
    pub features: Vec<String>,
    /// A unique id for this token.
    pub jti: String,
    /// Issued at, unix seconds.
    pub iat: i64,
    /// Expires at, unix seconds.
    pub exp: i64,
}

impl PortalClaims {
    /// Claims for a fresh token issued at `now`: a random `jti`, and an `exp` of
    /// `now + TOKEN_TTL` or `session_deadline` (when the session ends, see
    /// [`super::deadline`]), whichever comes first.
    pub fn issue(
        tenant: &str,
        customer: &str,
        session: &str,
        features: &[Feature],
        now: i64,
        session_deadline: i64,
    ) -> Self {
        Self {
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
            sub: customer.to_owned(),
            tenant: tenant.to_owned(),
            sid: session.to_owned(),
            features: features.iter().map(|f| f.as_str().to_owned()).collect(),
            jti: random_base62(24),
            iat: now,
            exp: now.saturating_add(TOKEN_TTL.num_seconds()).min(session_deadline),
        }
    }

    /// Whether the token grants `feature`.
    pub fn has_feature(&self, feature: Feature) -> bool {
        self.features.iter().any(|f| f == feature.as_str())
    }
}

/// Why a token was refused (or could not be made).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// Well-formed and correctly signed, but past its `exp`.
    #[error("the portal token has expired")]
    Expired,
    /// Anything else wrong with a presented token; the reason is for logs.
    #[error("the portal token is invalid: {0}")]
    Invalid(&'static str),
    /// The signing key is shorter than [`MIN_KEY_LEN`]: a server configuration error
    /// (answer `500`, not `401`).
    #[error("the portal signing key is shorter than {MIN_KEY_LEN} bytes")]
    WeakKey,
}

/// Signs `claims` as an HS256 JWT with `key`.
pub fn sign(claims: &PortalClaims, key: &[u8]) -> Result<String, TokenError> {
    if key.len() < MIN_KEY_LEN {
        return Err(TokenError::WeakKey);
    }
    jsonwebtoken::encode(&Header::new(ALGORITHM), claims, &EncodingKey::from_secret(key))
        .map_err(|_| TokenError::Invalid("signing failed"))
}

/// Verifies `token` with `key` at `now` (unix seconds): HS256 only, `iss`, `aud`,
/// every claim present, not expired, not issued in the future (see the module docs).
pub fn verify(token: &str, key: &[u8], now: i64) -> Result<PortalClaims, TokenError> {
    let claims = verify_signature(token, key, now)?;
    if now >= claims.exp.saturating_add(LEEWAY_SECONDS) {
        return Err(TokenError::Expired);
    }
    Ok(claims)
}

/// [`verify`] without the expiry check: for refreshing a token that expired while
/// its session is still alive (the session's own deadline then decides).
pub fn verify_signature(token: &str, key: &[u8], now: i64) -> Result<PortalClaims, TokenError> {
    if key.len() < MIN_KEY_LEN {
        return Err(TokenError::WeakKey);
    }
    if !looks_like_jwt(token) {
        return Err(TokenError::Invalid("not a JWT"));
    }
    let mut validation = Validation::new(ALGORITHM);
    validation.set_issuer(&[ISSUER]);
    validation.set_audience(&[AUDIENCE]);
    validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.leeway = 0;
    let data = jsonwebtoken::decode::<PortalClaims>(token, &DecodingKey::from_secret(key), &validation)
        .map_err(|e| TokenError::Invalid(reason(e.kind())))?;
    let claims = data.claims;
    if data.header.alg != ALGORITHM {
        return Err(TokenError::Invalid("wrong algorithm"));
    }
    if [&claims.sub, &claims.tenant, &claims.sid, &claims.jti]
        .iter()
        .any(|c| c.is_empty())
    {
        return Err(TokenError::Invalid("empty claim"));
    }
    if claims.iat > now.saturating_add(LEEWAY_SECONDS) || claims.exp <= claims.iat {
        return Err(TokenError::Invalid("issued in the future or expiring before issue"));
    }
    Ok(claims)
}

fn reason(kind: &ErrorKind) -> &'static str {
    match kind {
        ErrorKind::InvalidSignature => "bad signature",
        ErrorKind::InvalidAlgorithm | ErrorKind::InvalidAlgorithmName | ErrorKind::MissingAlgorithm => {
            "wrong algorithm"
        }
        ErrorKind::InvalidIssuer => "wrong issuer",
        ErrorKind::InvalidAudience => "wrong audience",
        ErrorKind::MissingRequiredClaim(_) | ErrorKind::InvalidClaimFormat(_) => "missing or malformed claim",
        ErrorKind::Json(_) => "malformed header or claims",
        ErrorKind::Base64(_) | ErrorKind::Utf8(_) | ErrorKind::InvalidToken => "malformed token",
        _ => "rejected",
    }
}

/// Whether `s` has a JWT's shape: three non-empty base64url segments separated by
/// dots (the third may be empty only in unsigned tokens, which this refuses too).
/// Lets the auth layer tell a portal token from an `sk_test_…` key before verifying.
pub fn looks_like_jwt(s: &str) -> bool {
    let mut parts = 0;
    for segment in s.split('.') {
        parts += 1;
        if parts > 3
            || segment.is_empty()
            || !segment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return false;
        }
    }
    parts == 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const KEY: &[u8] = b"an-hs256-test-key-of-32-bytes-or-more!!";
    const NOW: i64 = 1_800_000_000;

    fn claims() -> PortalClaims {
        PortalClaims::issue(
            "ten_1",
            "cus_1",
            "ps_1",
            &[Feature::PaymentMethodUpdate, Feature::InvoiceHistory],
            NOW,
            NOW + 3_600,
        )
    }

    /// base64url without padding, so tests can craft tokens by hand.
    fn b64url(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..=chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            }
        }
        out
    }

    fn segments(token: &str) -> Vec<String> {
        token.split('.').map(str::to_owned).collect()
    }

    #[test]
    fn the_base64url_helper_matches_the_rfc_examples() {
        assert_eq!(b64url(b"f"), "Zg");
        assert_eq!(b64url(b"fo"), "Zm8");
        assert_eq!(b64url(b"foo"), "Zm9v");
        assert_eq!(b64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn a_signed_token_verifies_to_the_same_claims() {
        let claims = claims();
        let token = sign(&claims, KEY).expect("signs");
        assert!(looks_like_jwt(&token));
        assert_eq!(verify(&token, KEY, NOW + 1), Ok(claims));
    }

    #[test]
    fn the_header_names_hs256() {
        let token = sign(&claims(), KEY).expect("signs");
        let header = jsonwebtoken::decode_header(&token).expect("header");
        assert_eq!(header.alg, Algorithm::HS256);
    }

    #[test]
    fn issued_claims_carry_the_scope_and_a_ten_minute_life() {
        let c = claims();
        assert_eq!((c.iss.as_str(), c.aud.as_str()), (ISSUER, AUDIENCE));
        assert_eq!(
            (c.tenant.as_str(), c.sub.as_str(), c.sid.as_str()),
            ("ten_1", "cus_1", "ps_1")
        );
        assert_eq!(c.features, vec!["payment_method_update", "invoice_history"]);
        assert!(c.has_feature(Feature::InvoiceHistory));
        assert!(!c.has_feature(Feature::SubscriptionCancel));
        assert_eq!(c.exp - c.iat, 600);
        assert_eq!(c.jti.len(), 24);
        assert_ne!(c.jti, claims().jti);
    }

    #[test]
    fn a_token_never_outlives_its_session() {
        let c = PortalClaims::issue("ten_1", "cus_1", "ps_1", &[], NOW, NOW + 120);
        assert_eq!(c.exp, NOW + 120);
    }

    #[test]
    fn the_token_lifetime_stays_within_the_fifteen_minute_cap() {
        assert!(TOKEN_TTL <= TimeDelta::minutes(15));
    }

    #[test]
    fn an_expired_token_is_refused_as_expired_at_the_given_time() {
        let claims = claims();
        let token = sign(&claims, KEY).expect("signs");
        assert!(verify(&token, KEY, claims.exp + LEEWAY_SECONDS - 1).is_ok());
        assert_eq!(
            verify(&token, KEY, claims.exp + LEEWAY_SECONDS),
            Err(TokenError::Expired)
        );
        assert_eq!(verify(&token, KEY, claims.exp + 86_400), Err(TokenError::Expired));
    }

    #[test]
    fn expiry_is_judged_by_the_given_time_not_the_system_clock() {
        // Issued and expired in 2001: valid when `now` says 2001.
        let mut old = claims();
        old.iat = 1_000_000_000;
        old.exp = old.iat + 600;
        let token = sign(&old, KEY).expect("signs");
        assert!(verify(&token, KEY, old.iat + 10).is_ok());
        assert_eq!(verify(&token, KEY, NOW), Err(TokenError::Expired));
    }

    #[test]
    fn a_token_issued_in_the_future_is_refused() {
        let token = sign(&claims(), KEY).expect("signs");
        assert!(verify(&token, KEY, NOW - LEEWAY_SECONDS).is_ok());
        assert!(matches!(
            verify(&token, KEY, NOW - LEEWAY_SECONDS - 1),
            Err(TokenError::Invalid(_))
        ));
    }

    #[test]
    fn a_tampered_payload_is_refused() {
        let token = sign(&claims(), KEY).expect("signs");
        let parts = segments(&token);
        let mut forged = claims();
        forged.sub = "cus_someone_else".to_owned();
        let payload = b64url(&serde_json::to_vec(&forged).expect("json"));
        let tampered = format!("{}.{payload}.{}", parts[0], parts[2]);
        assert_eq!(verify(&tampered, KEY, NOW), Err(TokenError::Invalid("bad signature")));
    }

    #[test]
    fn a_token_signed_with_another_key_is_refused() {
        let token = sign(&claims(), b"another-key-that-is-also-32-bytes-long").expect("signs");
        assert_eq!(verify(&token, KEY, NOW), Err(TokenError::Invalid("bad signature")));
    }

    #[test]
    fn an_unsigned_alg_none_token_is_refused() {
        let header = b64url(br#"{"alg":"none","typ":"JWT"}"#);
        assert_eq!(header, "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0");
        let payload = b64url(&serde_json::to_vec(&claims()).expect("json"));
        let unsigned = format!("{header}.{payload}.");
        assert!(matches!(verify(&unsigned, KEY, NOW), Err(TokenError::Invalid(_))));
        // Even with a signature segment attached.
        let token = sign(&claims(), KEY).expect("signs");
        let with_sig = format!("{header}.{payload}.{}", segments(&token)[2]);
        assert!(matches!(verify(&with_sig, KEY, NOW), Err(TokenError::Invalid(_))));
    }

    #[test]
    fn a_token_correctly_signed_with_hs512_is_refused() {
        let token = jsonwebtoken::encode(
            &Header::new(Algorithm::HS512),
            &claims(),
            &EncodingKey::from_secret(KEY),
        )
        .expect("signs");
        assert_eq!(verify(&token, KEY, NOW), Err(TokenError::Invalid("wrong algorithm")));
    }

    #[test]
    fn a_token_whose_header_claims_rs256_is_refused() {
        let token = sign(&claims(), KEY).expect("signs");
        let parts = segments(&token);
        let header = b64url(br#"{"alg":"RS256","typ":"JWT"}"#);
        let swapped = format!("{header}.{}.{}", parts[1], parts[2]);
        assert_eq!(verify(&swapped, KEY, NOW), Err(TokenError::Invalid("wrong algorithm")));
    }

    #[test]
    fn a_token_for_another_audience_is_refused() {
        let mut c = claims();
        c.aud = "paylera-dashboard".to_owned();
        let token = sign(&c, KEY).expect("signs");
        assert_eq!(verify(&token, KEY, NOW), Err(TokenError::Invalid("wrong audience")));
    }

    #[test]
    fn an_audience_array_is_refused_even_if_it_contains_ours() {
        let mut value = serde_json::to_value(claims()).expect("json");
        value["aud"] = json!([AUDIENCE, "paylera-dashboard"]);
        let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &value, &EncodingKey::from_secret(KEY))
            .expect("signs");
        assert!(matches!(verify(&token, KEY, NOW), Err(TokenError::Invalid(_))));
    }

    #[test]
    fn a_token_from_another_issuer_is_refused() {
        let mut c = claims();
        c.iss = "someone-else".to_owned();
        let token = sign(&c, KEY).expect("signs");
        assert_eq!(verify(&token, KEY, NOW), Err(TokenError::Invalid("wrong issuer")));
    }

    #[test]
    fn a_token_missing_any_claim_is_refused() {
        let full = serde_json::to_value(claims()).expect("json");
        let names: Vec<String> = full.as_object().expect("object").keys().cloned().collect();
        assert_eq!(names.len(), 9);
        for name in names {
            let mut value = full.clone();
            value.as_object_mut().expect("object").remove(&name);
            let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &value, &EncodingKey::from_secret(KEY))
                .expect("signs");
            assert!(
                matches!(verify(&token, KEY, NOW), Err(TokenError::Invalid(_))),
                "accepted a token without `{name}`"
            );
        }
    }

    #[test]
    fn a_token_with_an_empty_scope_claim_is_refused() {
        let mut c = claims();
        c.sid = String::new();
        let token = sign(&c, KEY).expect("signs");
        assert_eq!(verify(&token, KEY, NOW), Err(TokenError::Invalid("empty claim")));
    }

    #[test]
    fn short_keys_are_refused_for_signing_and_verifying() {
        assert_eq!(sign(&claims(), b"short"), Err(TokenError::WeakKey));
        let token = sign(&claims(), KEY).expect("signs");
        assert_eq!(verify(&token, b"short", NOW), Err(TokenError::WeakKey));
    }

    #[test]
    fn garbage_is_refused_without_panicking() {
        for token in [
            "",
            "sk_test_abc",
            "a.b",
            "a.b.c.d",
            "a.b.c",
            "..",
            "ey.ey.ey",
            "a b.c.d",
        ] {
            assert!(
                matches!(verify(token, KEY, NOW), Err(TokenError::Invalid(_))),
                "{token}"
            );
        }
    }

    #[test]
    fn jwts_are_told_apart_from_api_keys() {
        let token = sign(&claims(), KEY).expect("signs");
        assert!(looks_like_jwt(&token));
        assert!(looks_like_jwt("abc.DEF-_.x9"));
        assert!(!looks_like_jwt("sk_test_4fZq9abcdefghijklmnopqrstu"));
        assert!(!looks_like_jwt("a.b"));
        assert!(!looks_like_jwt("a.b.c.d"));
        assert!(!looks_like_jwt("a..c"));
        assert!(!looks_like_jwt("a.b."));
        assert!(!looks_like_jwt("a.b=.c"));
        assert!(!looks_like_jwt("a.b+/.c"));
        assert!(!looks_like_jwt(""));
    }

    // Properties over generated input. Case counts stay modest: these run in every
    // unit-test step (signing and verifying costs a few microseconds).
    mod properties {
        use proptest::prelude::*;

        use super::*;

        fn scope_claim() -> impl Strategy<Value = String> {
            "[a-z]{2,4}_[A-Za-z0-9]{1,24}"
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            /// Any claims with a positive life verify to themselves exactly while `now` is
            /// within the leeway of their window, and are `Expired` after it.
            #[test]
            fn signed_claims_verify_to_themselves_exactly_within_their_window(
                (tenant, customer, session) in (scope_claim(), scope_claim(), scope_claim()),
                features in prop::sample::subsequence(Feature::ALL.to_vec(), 0..=Feature::ALL.len()),
                iat in 0..4_000_000_000i64,
                life in 1..1_200i64,
                offset in -30..1_260i64,
            ) {
                let mut claims = PortalClaims::issue(&tenant, &customer, &session, &features, iat, iat + 7_200);
                claims.exp = iat + life;
                let token = sign(&claims, KEY).expect("signs");
                prop_assert!(looks_like_jwt(&token));
                let now = iat + offset;
                let result = verify(&token, KEY, now);
                if now < iat - LEEWAY_SECONDS {
                    prop_assert!(matches!(result, Err(TokenError::Invalid(_))), "{:?}", result);
                } else if now >= claims.exp + LEEWAY_SECONDS {
                    prop_assert_eq!(result, Err(TokenError::Expired));
                } else {
                    prop_assert_eq!(result, Ok(claims));
                }
            }

            /// A genuine token with any one byte changed (to any other ASCII byte) is
            /// refused as invalid: no part of it — header, claims, signature, even the
            /// unused bits of the last base64 character — can be altered.
            #[test]
            fn a_token_with_any_byte_changed_is_refused(at in any::<prop::sample::Index>(), mask in 1..128u8) {
                let claims = claims();
                let mut bytes = sign(&claims, KEY).expect("signs").into_bytes();
                let i = at.index(bytes.len());
                bytes[i] ^= mask;
                let tampered = String::from_utf8(bytes).expect("ASCII stays ASCII");
                let result = verify(&tampered, KEY, NOW + 1);
                prop_assert!(matches!(result, Err(TokenError::Invalid(_))), "byte {} ^ {}: {:?}", i, mask, result);
            }

            /// A token signed with any other key is refused as a bad signature.
            #[test]
            fn a_token_signed_with_any_other_key_is_refused(other in prop::collection::vec(any::<u8>(), MIN_KEY_LEN..64)) {
                prop_assume!(other.as_slice() != KEY);
                let token = sign(&claims(), &other).expect("signs");
                prop_assert_eq!(verify(&token, KEY, NOW + 1), Err(TokenError::Invalid("bad signature")));
            }

            /// Text that is not a token is refused as invalid, never as expired, and
            /// without a panic; `looks_like_jwt` answers exactly "three non-empty
            /// base64url segments".
            #[test]
            fn any_text_is_refused_as_invalid(text in prop_oneof![
                "\\PC{0,40}",
                "[A-Za-z0-9_\\-=+/.]{0,40}",
                "ey[A-Za-z0-9_\\-]{0,30}\\.ey[A-Za-z0-9_\\-]{0,30}\\.[A-Za-z0-9_\\-]{0,43}",
            ]) {
                let result = verify(&text, KEY, NOW);
                prop_assert!(matches!(result, Err(TokenError::Invalid(_))), "{:?}", result);
                let segments: Vec<&str> = text.split('.').collect();
                let shaped = segments.len() == 3
                    && segments.iter().all(|s| {
                        !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                    });
                prop_assert_eq!(looks_like_jwt(&text), shaped);
            }
        }
    }
}
