//! Language negotiation (`domain::portal::locale`): `Accept-Language`, the customer's
//! preferred locales, an explicit `locale` and the tenant default.
//!
//! Input (lossy UTF-8) is split at `\n` into the header, an explicit locale, a tenant
//! default and the customer's preferred locales.
//!
//! Checked: `resolve` always answers one of `SUPPORTED_LOCALES`; every tag
//! `parse_accept_language` returns is a non-empty, trimmed, non-`*` piece of the
//! header, at most `MAX_CANDIDATES` of them; `validate_explicit` answers `auto` or a
//! supported locale that `resolve` then picks, or refuses on `locale`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use paylera_api::domain::portal::locale::{
    AUTO, MAX_CANDIDATES, RTL_LOCALES, SUPPORTED_LOCALES, direction, parse_accept_language, resolve,
    validate_explicit,
};
use paylera_shared::ErrorCode;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\n');
    let header = parts.next().unwrap_or_default();
    let explicit = parts.next();
    let tenant = parts.next();
    let preferred: Vec<String> = parts.map(str::to_owned).collect();

    let tags = parse_accept_language(header);
    assert!(tags.len() <= MAX_CANDIDATES);
    for tag in &tags {
        assert!(!tag.is_empty() && *tag != "*" && tag.trim() == *tag, "{tag:?}");
        assert!(header.contains(tag));
    }

    for locale in [
        resolve(None, &[], Some(header), None),
        resolve(explicit, &preferred, Some(header), tenant),
        resolve(None, &preferred, None, tenant),
    ] {
        assert!(SUPPORTED_LOCALES.contains(&locale.as_str()), "{locale:?}");
        assert_eq!(direction(&locale) == "rtl", RTL_LOCALES.contains(&locale.as_str()));
    }

    if let Some(explicit) = explicit {
        match validate_explicit(explicit) {
            Ok(locale) if locale == AUTO => assert!(explicit.trim().eq_ignore_ascii_case(AUTO)),
            Ok(locale) => {
                assert!(SUPPORTED_LOCALES.contains(&locale.as_str()), "{locale:?}");
                assert_eq!(resolve(Some(explicit), &preferred, Some(header), tenant), locale);
                assert_eq!(validate_explicit(&locale), Ok(locale.clone()), "not a fixed point");
            }
            Err(err) => {
                assert_eq!((err.param.as_str(), err.code), ("locale", ErrorCode::ParameterInvalid));
            }
        }
    }
});
