//! Portal link secrets (`domain::portal::link`): the shape check that runs before any
//! lookup, and the hash that is stored.
//!
//! Checked: `is_well_formed` holds exactly for 32 ASCII letters and digits (an
//! independent oracle); the hash is 64 lowercase hex digits, deterministic, and the
//! hashes of two different candidates differ.

#![no_main]

use libfuzzer_sys::fuzz_target;
use paylera_api::domain::portal::link::{SECRET_LEN, hash, is_well_formed};

fuzz_target!(|data: &[u8]| {
    let candidate = String::from_utf8_lossy(data);
    let oracle = candidate.len() == SECRET_LEN && candidate.chars().all(|c| c.is_ascii_alphanumeric());
    assert_eq!(is_well_formed(&candidate), oracle, "{candidate:?}");

    let digest = hash(&candidate);
    assert_eq!(digest.len(), 64);
    assert!(digest.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    assert_eq!(digest, hash(&candidate));
    // A one-character change (the last byte of an ASCII candidate) changes the hash.
    if let Some(last) = candidate.bytes().last().filter(u8::is_ascii) {
        let mut other = candidate[..candidate.len() - 1].to_owned();
        other.push(char::from(last ^ 1));
        assert_ne!(hash(&other), digest);
    }
});
