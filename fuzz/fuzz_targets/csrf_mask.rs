//! The portal's CSRF double submit (`server::csrf`): the masked token pages carry and
//! the check that accepts it.
//!
//! Input: the first byte splits the rest (lossy UTF-8) into the cookie's token and a
//! submitted value.
//!
//! Checked, with no fetch-metadata or `Origin` header (the token decides alone):
//! - the check passes exactly when the submitted value is the token, or base64url of
//!   a pad and the token XORed with it (an independent oracle), and never for an empty
//!   cookie;
//! - a fresh `mask` of the token always passes, never contains the token (for tokens of
//!   8 bytes or more), differs from the previous mask, and fails once any one of its
//!   characters is changed.

#![no_main]

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use http::HeaderMap;
use libfuzzer_sys::fuzz_target;
use paylera_portal_ui::server::csrf::{CsrfFailure, CsrfPolicy, Submission, mask};

fuzz_target!(|data: &[u8]| {
    let Some((&split, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let at = text.char_indices().map(|(i, _)| i).nth(usize::from(split)).unwrap_or(text.len());
    let (token, submitted) = text.split_at(at);
    let policy = CsrfPolicy::new("https://portal.example");
    let headers = HeaderMap::new();
    let check = |submitted: &str| policy.check(Submission::Fetch, &headers, Some(submitted), Some(token));

    let expected = !token.is_empty() && (submitted == token || unmasks_to(submitted, token));
    let result = check(submitted);
    assert_eq!(result.is_ok(), expected, "{token:?} / {submitted:?}");
    if !expected {
        assert_eq!(result, Err(CsrfFailure::TokenMismatch));
    }

    if token.is_empty() {
        return;
    }
    let masked = mask(token);
    assert_eq!(check(&masked), Ok(()), "a fresh mask of {token:?} fails");
    if token.len() >= 8 {
        assert!(!masked.contains(token));
        assert_ne!(masked, mask(token));
    }
    for (i, c) in masked.char_indices() {
        let replacement = if c == 'A' { 'B' } else { 'A' };
        let mut changed = masked.clone();
        changed.replace_range(i..i + c.len_utf8(), &replacement.to_string());
        if changed != token {
            assert!(check(&changed).is_err(), "{token:?}: {changed:?} passes");
        }
    }
});

/// The oracle: `submitted` is base64url (no padding) of `pad ‖ token ⊕ pad`.
fn unmasks_to(submitted: &str, token: &str) -> bool {
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(submitted) else { return false };
    let (pad, masked) = bytes.split_at(bytes.len() / 2);
    bytes.len() % 2 == 0 && pad.iter().zip(masked).map(|(p, m)| p ^ m).eq(token.bytes())
}
