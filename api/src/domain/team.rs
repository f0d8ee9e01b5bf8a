//! Team members' credentials (ADR 0014): password rules, argon2id hashes, TOTP codes
//! (RFC 6238) and the lockout after repeated failures. Pure functions; the store keeps
//! the hashes, counters and sealed TOTP secrets.
//!
//! - A password is 12 to 128 characters (the upper bound keeps a sign-in from costing
//!   unbounded hashing) and must not be easy to guess: zxcvbn, whose dictionaries are
//!   the most common passwords of public breaches, must score it at least
//!   [`MIN_STRENGTH`] of 4, with the member's email and "paylera" counted as known words.
//! - Hashes are argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane) in PHC
//!   form; the crate is built optimised even in debug builds (workspace `Cargo.toml`).
//! - [`MAX_FAILURES`] wrong passwords or codes in a row lock the account for
//!   [`LOCKOUT`]; the counter lives in the database, so it holds across instances.

use std::time::Duration;

use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::{SaltString, rand_core::OsRng},
};
use hmac::{Hmac, Mac};
use paylera_shared::ErrorCode;
use sha1::Sha1;

use super::Invalid;

/// Shortest password, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest password, in characters.
pub const MAX_PASSWORD_CHARS: usize = 128;
/// The lowest zxcvbn score (0–4) a password may have.
pub const MIN_STRENGTH: u8 = 3;
/// Failed attempts in a row that lock an account.
pub const MAX_FAILURES: i64 = 5;
/// How long a locked account stays locked.
pub const LOCKOUT: Duration = Duration::from_secs(15 * 60);
/// TOTP: 30-second steps, 6 digits, SHA-1 (what every authenticator app reads).
pub const TOTP_STEP: i64 = 30;
/// Bytes of a TOTP secret (160 bits, RFC 4226's recommendation).
pub const TOTP_SECRET_BYTES: usize = 20;

fn weak(message: impl Into<String>) -> Invalid {
    Invalid::new("password", ErrorCode::PasswordTooWeak, message)
}

/// Checks a new password for `email`.
pub fn check_password(password: &str, email: &str) -> Result<(), Invalid> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(weak(format!(
            "A password is at least {MIN_PASSWORD_CHARS} characters; a few unrelated words make a good one."
        )));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(weak(format!("A password is at most {MAX_PASSWORD_CHARS} characters.")));
    }
    let local = email.split('@').next().unwrap_or_default();
    let known = [email, local, "paylera", "dashboard"];
    let score = zxcvbn::zxcvbn(password, &known).score() as u8;
    if score < MIN_STRENGTH {
        return Err(weak(
            "This password is too easy to guess: it is a common password, or close to one, or to your email. \
             A few unrelated words make a good one.",
        ));
    }
    Ok(())
}

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The argon2id hash of `password`, in PHC form (salt and parameters included).
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(hasher().hash_password(password.as_bytes(), &salt)?.to_string())
}

/// Whether `password` matches `hash`. A malformed hash matches nothing.
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| hasher().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// A hash no password matches, verified against when the email is unknown so that an
/// unknown email takes as long to refuse as a wrong password.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password(&super::ids::random_base62(32)).unwrap_or_default())
}

/// The TOTP code of `secret` for the step holding `unix` (RFC 6238, SHA-1, 6 digits).
pub fn totp_code(secret: &[u8], unix: i64) -> u32 {
    let counter = u64::try_from(unix.div_euclid(TOTP_STEP)).unwrap_or_default();
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else {
        return 0;
    };
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let binary = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    binary % 1_000_000
}

/// Whether `code` is the code of `secret` at `unix`, one step before or after (clock
/// drift). `last_step` is the step of the last code accepted: a code is good once.
/// Answers the step that matched.
pub fn verify_totp(secret: &[u8], code: &str, unix: i64, last_step: Option<i64>) -> Option<i64> {
    let code = code.trim().replace(' ', "");
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let wanted: u32 = code.parse().ok()?;
    let step = unix.div_euclid(TOTP_STEP);
    [step - 1, step, step + 1]
        .into_iter()
        .filter(|s| last_step.is_none_or(|last| *s > last))
        .find(|s| totp_code(secret, s * TOTP_STEP) == wanted)
}

/// `bytes` in base32 (RFC 4648 alphabet, unpadded), as authenticator apps take secrets.
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut buffer, mut bits) = (0_u32, 0_u32);
    for byte in bytes {
        buffer = (buffer << 8) | u32::from(*byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// The `otpauth://` URI of a secret, for a QR code.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let enc = |s: &str| {
        form_urlencoded::byte_serialize(s.as_bytes())
            .collect::<String>()
            .replace('+', "%20")
    };
    format!(
        "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits=6&period={TOTP_STEP}",
        enc(issuer),
        enc(account),
        base32(secret),
        enc(issuer)
    )
}

/// A normalised email (trimmed, lowercase) if it looks like one.
pub fn email(raw: &str) -> Result<String, Invalid> {
    super::customer::email(Some(raw.trim().to_lowercase()))?
        .ok_or_else(|| Invalid::new("email", ErrorCode::ParameterMissing, "An email is required."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totp_matches_the_rfc_6238_sha1_vectors() {
        // RFC 6238 appendix B, SHA-1 seed "12345678901234567890", last 6 digits.
        let seed = b"12345678901234567890";
        for (time, code) in [
            (59, 287_082),
            (1_111_111_109, 81_804),
            (1_111_111_111, 50_471),
            (1_234_567_890, 5_924),
            (2_000_000_000, 279_037),
            (20_000_000_000, 353_130),
        ] {
            assert_eq!(totp_code(seed, time), code, "at {time}");
        }
    }

    #[test]
    fn a_code_is_good_one_step_either_side_and_only_once() {
        let seed = b"12345678901234567890";
        let now = 1_111_111_111;
        let code = format!("{:06}", totp_code(seed, now - 30));
        let step = verify_totp(seed, &code, now, None).expect("the previous step is accepted");
        assert_eq!(verify_totp(seed, &code, now, Some(step)), None, "not twice");
        assert_eq!(
            verify_totp(seed, &format!("{:06}", totp_code(seed, now - 90)), now, None),
            None
        );
        assert_eq!(verify_totp(seed, "12345", now, None), None);
        assert_eq!(verify_totp(seed, "abcdef", now, None), None);
    }

    #[test]
    fn base32_follows_rfc_4648() {
        assert_eq!(base32(b""), "");
        assert_eq!(base32(b"f"), "MY");
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32(b"12345678901234567890"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    #[test]
    fn short_common_and_email_like_passwords_are_refused() {
        for password in [
            "short1!",
            "password1234",
            "Password123!",
            "qwertyuiop123",
            "ada.lovelace2026",
        ] {
            let err = check_password(password, "ada.lovelace@example.com").expect_err(password);
            assert_eq!((err.param.as_str(), err.code), ("password", ErrorCode::PasswordTooWeak));
        }
        assert!(check_password(&"x".repeat(129), "a@b.example").is_err());
        assert!(check_password("correct horse battery staple", "ada@example.com").is_ok());
    }

    #[test]
    fn a_hash_verifies_its_password_only() {
        let hash = hash_password("correct horse battery staple").expect("hashed");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(verify_password(&hash, "correct horse battery staple"));
        assert!(!verify_password(&hash, "correct horse battery stapler"));
        assert!(!verify_password("not a hash", "anything"));
        assert!(!verify_password(decoy_hash(), ""));
    }
}
