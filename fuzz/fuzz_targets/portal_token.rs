//! Portal tokens (`domain::portal::token::verify`), with a fixed key.
//!
//! Two modes, picked by the first byte:
//! - *forge*: the rest (lossy UTF-8) is presented as a token. It never verifies (nobody
//!   without the key can sign), never panics, and is refused as `Invalid`.
//! - *tamper*: a genuine token is signed, then bytes chosen by the input are XORed
//!   with non-zero masks (ASCII stays ASCII). Any change refuses the token; with no
//!   change it verifies to the signed claims.

#![no_main]

use libfuzzer_sys::fuzz_target;
use paylera_api::domain::portal::features::Feature;
use paylera_api::domain::portal::token::{PortalClaims, TokenError, looks_like_jwt, sign, verify};

const KEY: &[u8] = b"a-fixed-fuzzing-key-of-at-least-32-bytes";
const NOW: i64 = 1_800_000_000;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    if mode % 2 == 0 {
        let token = String::from_utf8_lossy(rest);
        let result = verify(&token, KEY, NOW);
        assert!(matches!(result, Err(TokenError::Invalid(_))), "{token:?}: {result:?}");
        if !looks_like_jwt(&token) {
            assert_eq!(result, Err(TokenError::Invalid("not a JWT")));
        }
        return;
    }
    let claims = PortalClaims::issue("ten_fuzz", "cus_fuzz", "ps_fuzz", &[Feature::InvoiceHistory], NOW, NOW + 3_600);
    let token = sign(&claims, KEY).expect("signs");
    let mut bytes = token.clone().into_bytes();
    for pair in rest.chunks_exact(2) {
        let position = usize::from(pair[0]) % bytes.len();
        let mask = pair[1] & 0x7f;
        bytes[position] ^= mask;
    }
    let tampered = String::from_utf8(bytes).expect("ASCII stays ASCII");
    let result = verify(&tampered, KEY, NOW + 1);
    if tampered == token {
        assert_eq!(result, Ok(claims));
    } else {
        assert!(matches!(result, Err(TokenError::Invalid(_))), "{tampered}: {result:?}");
    }
});
