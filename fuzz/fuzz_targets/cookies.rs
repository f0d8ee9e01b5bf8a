//! The portal's cookies (`server::cookies`): reading `Cookie` headers, writing
//! `Set-Cookie` values.
//!
//! Input: the rest after the first byte (lossy UTF-8) is split at `\n` into `Cookie`
//! header values (those `HeaderValue` refuses are dropped); the first byte picks which
//! piece is also used as a token and a return URL to write.
//!
//! Checked:
//! - every cookie read is non-empty, trimmed, and the first value of that name in the
//!   headers, and `value` agrees with `PortalCookies` for both names;
//! - a token `session_cookie`/`csrf_cookie` accept is made of cookie octets only, and
//!   reads back unchanged when the browser returns the cookie; one they refuse is not;
//! - any return URL written to the return cookie reads back unchanged.

#![no_main]

use http::{HeaderMap, HeaderValue, header};
use libfuzzer_sys::fuzz_target;
use paylera_portal_ui::server::cookies::{
    CSRF_COOKIE, PortalCookies, SESSION_COOKIE, csrf_cookie, return_cookie, return_url, session_cookie, value,
};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let pieces: Vec<&str> = text.split('\n').collect();
    let mut headers = HeaderMap::new();
    for piece in &pieces {
        if let Ok(value) = HeaderValue::from_str(piece) {
            headers.append(header::COOKIE, value);
        }
    }

    let cookies = PortalCookies::from_headers(&headers);
    for (name, read) in [(SESSION_COOKIE, &cookies.session), (CSRF_COOKIE, &cookies.csrf)] {
        if let Some(read) = read {
            assert!(!read.is_empty() && read.trim() == read, "{read:?}");
        }
        // `value` takes the first cookie of that name even when it is empty; the
        // struct skips empty ones, so they agree whenever the first one is not empty.
        if let Some(first) = value(&headers, name).filter(|v| !v.is_empty()) {
            assert_eq!(read.as_deref(), Some(first), "{name}");
        }
    }

    let piece = pieces[usize::from(selector) % pieces.len()];
    let is_cookie_octets = !piece.is_empty()
        && piece
            .bytes()
            .all(|b| matches!(b, 0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E));
    for (name, set) in [(SESSION_COOKIE, session_cookie(piece, 60)), (CSRF_COOKIE, csrf_cookie(piece))] {
        assert_eq!(set.is_some(), is_cookie_octets, "{piece:?}");
        if let Some(set) = set {
            let sent = set.to_str().expect("ASCII").split(';').next().expect("name=value").to_owned();
            let mut back = HeaderMap::new();
            back.insert(header::COOKIE, HeaderValue::from_str(&sent).expect("a valid header"));
            let read = PortalCookies::from_headers(&back);
            let got = if name == SESSION_COOKIE { read.session } else { read.csrf };
            assert_eq!(got.as_deref(), Some(piece));
        }
    }

    let set = return_cookie(piece).expect("base64url always fits a cookie");
    let sent = set.to_str().expect("ASCII").split(';').next().expect("name=value").to_owned();
    let mut back = HeaderMap::new();
    back.insert(header::COOKIE, HeaderValue::from_str(&sent).expect("a valid header"));
    assert_eq!(return_url(&back).as_deref(), Some(piece));
});
