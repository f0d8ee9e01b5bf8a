//! Where "Return to {merchant}" sends the customer, checked so the portal can never be
//! used as an open redirect.
//!
//! Rules and invariants for a return URL (param `return_url`):
//!
//! - At most [`MAX_LEN`] bytes; no control characters, whitespace, backslashes or
//!   invisible formatting characters (zero-width, bidi overrides) anywhere — this
//!   rules out `https://evil.com\@good.com` and `https://good.com%09` style tricks
//!   before any parsing, since browsers and parsers disagree on them.
//! - Absolute, written `scheme://host…` literally: `//evil.com`, `https:evil.com`,
//!   `https:///evil.com` and `javascript:`/`data:` URLs are refused, even though a
//!   WHATWG parser would resolve some of them to a host.
//! - `https`, or `http` only for a loopback host (`localhost`, `127.0.0.0/8`, `[::1]`)
//!   and only in test mode.
//! - No userinfo (`user:pass@`).
//! - When the tenant lists allowed origins, the URL's origin (scheme, host, port; host
//!   lowercased and IDNA-encoded, default ports dropped) must equal one of them
//!   exactly: no suffix or prefix matching, so `https://good.com.evil.com` and
//!   `https://good.com:8443` do not pass for `https://good.com`.
//! - The URL returned is the parsed, normalised form (lowercase scheme and host,
//!   punycode host, percent-encoded path): redirect to that, not to the input.
//!   Queries and fragments are kept.

use paylera_shared::ErrorCode;
use url::{Host, Url};

use crate::domain::Invalid;

/// Longest return URL accepted, in bytes.
pub const MAX_LEN: usize = 2_048;

const PARAM: &str = "return_url";

/// Why a URL failed the syntactic checks shared by return URLs and origins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rejection {
    TooLong,
    BadCharacters,
    NotAbsolute,
    SchemeNotAllowed,
    Userinfo,
    Unparseable,
    InsecureHttp,
}

impl Rejection {
    pub(super) fn message(self, what: &str) -> String {
        match self {
            Self::TooLong => format!("The {what} must be at most {MAX_LEN} characters."),
            Self::BadCharacters => format!(
                "The {what} must not contain spaces, control characters, backslashes or invisible characters; \
                 percent-encode them."
            ),
            Self::NotAbsolute => format!("The {what} must be an absolute URL such as https://yourapp.example/billing."),
            Self::SchemeNotAllowed => format!("The {what} must use https."),
            Self::Userinfo => format!("The {what} must not contain a user name or password."),
            Self::Unparseable => format!("The {what} is not a valid URL."),
            Self::InsecureHttp => format!(
                "The {what} must use https; http is allowed only for localhost, 127.0.0.1 or [::1] in test mode."
            ),
        }
    }
}

/// Whether `s` is free of control characters, whitespace, backslashes and invisible
/// formatting characters (zero-width spaces and joiners, bidi marks and overrides, BOM).
pub fn has_clean_characters(s: &str) -> bool {
    s.chars().all(|c| {
        !(c.is_control()
            || c.is_whitespace()
            || c == '\\'
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}'))
    })
}

/// Whether `host` is a loopback host: `localhost`, an address in `127.0.0.0/8` or `::1`.
pub fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(domain) => domain.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(ip) => ip.is_loopback(),
        Host::Ipv6(ip) => ip.is_loopback(),
    }
}

/// Parses an absolute `http(s)://host…` URL with every syntactic rule of the module
/// docs; `http` passes only for a loopback host when `allow_loopback_http`.
/// Returns the parsed URL and the raw text after `scheme://`.
pub(super) fn parse_web_url(raw: &str, allow_loopback_http: bool) -> Result<(Url, &str), Rejection> {
    if raw.len() > MAX_LEN {
        return Err(Rejection::TooLong);
    }
    if !has_clean_characters(raw) {
        return Err(Rejection::BadCharacters);
    }
    let (scheme, rest) = raw.split_once(':').ok_or(Rejection::NotAbsolute)?;
    if scheme.is_empty() || !scheme.bytes().all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b)) {
        return Err(Rejection::NotAbsolute);
    }
    let https = scheme.eq_ignore_ascii_case("https");
    if !https && !scheme.eq_ignore_ascii_case("http") {
        return Err(Rejection::SchemeNotAllowed);
    }
    let after_slashes = rest.strip_prefix("//").ok_or(Rejection::NotAbsolute)?;
    if after_slashes.is_empty() || after_slashes.starts_with('/') {
        return Err(Rejection::NotAbsolute);
    }
    let authority = after_slashes.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err(Rejection::Userinfo);
    }
    let url = Url::parse(raw).map_err(|_| Rejection::Unparseable)?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Rejection::Userinfo);
    }
    let host = url.host().ok_or(Rejection::Unparseable)?;
    let transport_ok = https || (allow_loopback_http && is_loopback(&host));
    if !transport_ok {
        return Err(Rejection::InsecureHttp);
    }
    Ok((url, after_slashes))
}

/// Checks a `return_url` (param `return_url`) against the module's rules and the
/// tenant's `allowed_origins` (ignored when empty; entries that are not origins never
/// match). `test_mode` allows `http` on loopback hosts. Returns the normalised URL.
pub fn validate_return_url(url: &str, allowed_origins: &[String], test_mode: bool) -> Result<String, Invalid> {
    if url.trim().is_empty() {
        return Err(Invalid::new(
            PARAM,
            ErrorCode::ParameterMissing,
            "A return_url is required: where the customer goes when they leave the portal.",
        ));
    }
    let (parsed, _) = parse_web_url(url, test_mode)
        .map_err(|r| Invalid::new(PARAM, ErrorCode::ParameterInvalid, r.message("return_url")))?;
    if !allowed_origins.is_empty() {
        let origin = parsed.origin().ascii_serialization();
        let allowed = allowed_origins
            .iter()
            .filter_map(|o| normalize_origin(o, test_mode).ok())
            .any(|o| o == origin);
        if !allowed {
            return Err(Invalid::new(
                PARAM,
                ErrorCode::ParameterInvalid,
                format!(
                    "The return_url's origin `{origin}` is not one of the allowed return origins in your portal \
                     settings: {}.",
                    allowed_origins.join(", ")
                ),
            ));
        }
    }
    Ok(parsed.to_string())
}

/// An allowed return origin (`scheme://host[:port]`, no path, query or fragment) in
/// normalised form: lowercase, punycode host, default port dropped
/// (`HTTPS://Acme.example:443` → `https://acme.example`). The scheme rules are those
/// of return URLs. Errors carry param `allowed_return_origins`.
pub fn normalize_origin(origin: &str, test_mode: bool) -> Result<String, Invalid> {
    let error = |message: String| Invalid::new("allowed_return_origins", ErrorCode::ParameterInvalid, message);
    let (parsed, authority) = parse_web_url(origin, test_mode).map_err(|r| error(r.message("return origin")))?;
    if authority.contains(['/', '?', '#']) || parsed.path() != "/" {
        return Err(error(format!(
            "`{origin}` is not an origin: give only scheme, host and optional port, such as https://yourapp.example \
             (no path, not even a trailing slash)."
        )));
    }
    Ok(parsed.origin().ascii_serialization())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origins(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    fn ok(url: &str) -> String {
        validate_return_url(url, &[], false).unwrap_or_else(|e| panic!("{url}: {}", e.message))
    }

    fn refused(url: &str) -> Invalid {
        validate_return_url(url, &[], true).expect_err(url)
    }

    #[test]
    fn a_plain_https_url_is_accepted_and_kept() {
        assert_eq!(
            ok("https://yourapp.example/account/billing"),
            "https://yourapp.example/account/billing"
        );
    }

    #[test]
    fn queries_and_fragments_are_kept() {
        assert_eq!(
            ok("https://yourapp.example/account?tab=billing#/plans"),
            "https://yourapp.example/account?tab=billing#/plans"
        );
    }

    #[test]
    fn scheme_and_host_are_normalised_to_lowercase() {
        assert_eq!(ok("HTTPS://YourApp.Example/Billing"), "https://yourapp.example/Billing");
    }

    #[test]
    fn a_bare_host_gets_a_root_path_and_the_default_port_is_dropped() {
        assert_eq!(ok("https://yourapp.example"), "https://yourapp.example/");
        assert_eq!(ok("https://yourapp.example:443/x"), "https://yourapp.example/x");
    }

    #[test]
    fn international_domain_names_are_punycoded() {
        assert_eq!(
            ok("https://bücher.example/konto"),
            "https://xn--bcher-kva.example/konto"
        );
    }

    #[test]
    fn an_empty_return_url_is_missing() {
        assert_eq!(refused("").code, ErrorCode::ParameterMissing);
        assert_eq!(refused("   ").code, ErrorCode::ParameterMissing);
    }

    #[test]
    fn errors_name_the_return_url_param() {
        let err = refused("ftp://yourapp.example/");
        assert_eq!(err.param, "return_url");
        assert_eq!(err.code, ErrorCode::ParameterInvalid);
    }

    #[test]
    fn non_web_schemes_are_refused() {
        for url in [
            "javascript:alert(document.cookie)",
            "JavaScript://%0aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "ftp://yourapp.example/",
            "ws://yourapp.example/",
        ] {
            refused(url);
        }
    }

    #[test]
    fn relative_and_scheme_relative_urls_are_refused() {
        for url in ["//evil.com", "/account", "account/billing", "evil.com", "?x=1", "#top"] {
            refused(url);
        }
    }

    #[test]
    fn urls_without_the_double_slash_are_refused() {
        for url in [
            "https:evil.com",
            "https:/evil.com",
            "http:evil.com",
            "https:///evil.com",
            "https:////evil.com",
        ] {
            refused(url);
        }
    }

    #[test]
    fn backslash_tricks_are_refused() {
        for url in [
            "https://evil.com\\@good.com",
            "https://good.com\\evil.com",
            "https:\\\\evil.com",
            "https:/\\evil.com",
        ] {
            refused(url);
        }
    }

    #[test]
    fn userinfo_is_refused() {
        for url in [
            "https://user:pass@yourapp.example/",
            "https://good.com@evil.com/",
            "https://user@yourapp.example/",
            "https://:@yourapp.example/",
        ] {
            let err = refused(url);
            assert!(err.message.contains("user name"), "{url}: {}", err.message);
        }
    }

    #[test]
    fn control_characters_and_whitespace_are_refused() {
        for url in [
            "https://yourapp.example/\n",
            "https://your\tapp.example/",
            "\u{0}https://yourapp.example/",
            " https://yourapp.example/",
            "https://yourapp.example/a b",
            "https://yourapp.example/\u{7f}",
            "https://good.com\u{202E}moc.live/",
            "https://good\u{200B}.com/",
        ] {
            refused(url);
        }
    }

    #[test]
    fn hosts_that_do_not_parse_are_refused() {
        for url in [
            "https://",
            "https://:443/",
            "https://exa mple.com/",
            "https://[::1/",
            "https://a..b%/",
        ] {
            refused(url);
        }
    }

    #[test]
    fn overlong_urls_are_refused() {
        let url = format!("https://yourapp.example/{}", "a".repeat(MAX_LEN));
        assert!(refused(&url).message.contains("2048"));
    }

    #[test]
    fn http_is_refused_outside_test_mode_even_for_localhost() {
        for url in ["http://localhost:3000/", "http://127.0.0.1/", "http://[::1]:8080/"] {
            let err = validate_return_url(url, &[], false).expect_err(url);
            assert!(err.message.contains("https"), "{url}");
        }
    }

    #[test]
    fn http_is_allowed_for_loopback_hosts_in_test_mode() {
        for url in [
            "http://localhost:3000/account",
            "HTTP://LOCALHOST/",
            "http://127.0.0.1:8080/",
            "http://127.8.9.10/",
            "http://[::1]:5173/",
        ] {
            assert!(validate_return_url(url, &[], true).is_ok(), "{url}");
        }
    }

    #[test]
    fn http_is_refused_for_other_hosts_in_test_mode() {
        for url in [
            "http://yourapp.example/",
            "http://localhost.evil.com/",
            "http://evil-localhost/",
            "http://10.0.0.1/",
            "http://128.0.0.1/",
            "http://[::2]/",
            "http://0.0.0.0/",
        ] {
            refused(url);
        }
    }

    #[test]
    fn a_url_on_an_allowed_origin_passes() {
        let allowed = origins(&["https://other.example", "https://yourapp.example"]);
        assert!(validate_return_url("https://yourapp.example/billing", &allowed, false).is_ok());
    }

    #[test]
    fn allowed_origins_match_exactly_not_by_suffix_or_prefix() {
        let allowed = origins(&["https://good.com"]);
        for url in [
            "https://good.com.evil.com/",
            "https://evilgood.com/",
            "https://evil.good.com/",
            "https://good.co/",
        ] {
            let err = validate_return_url(url, &allowed, true).expect_err(url);
            assert!(err.message.contains("allowed return origins"), "{url}: {}", err.message);
        }
    }

    #[test]
    fn the_scheme_is_part_of_the_origin() {
        let allowed = origins(&["https://localhost"]);
        assert!(validate_return_url("http://localhost/", &allowed, true).is_err());
        let allowed = origins(&["http://localhost"]);
        assert!(validate_return_url("https://localhost/", &allowed, true).is_err());
        assert!(validate_return_url("http://localhost/x", &allowed, true).is_ok());
    }

    #[test]
    fn ports_are_part_of_the_origin() {
        let allowed = origins(&["https://good.com"]);
        assert!(validate_return_url("https://good.com:8443/", &allowed, false).is_err());
        assert!(validate_return_url("https://good.com:443/x", &allowed, false).is_ok());
        let allowed = origins(&["https://good.com:8443"]);
        assert!(validate_return_url("https://good.com:8443/x", &allowed, false).is_ok());
        assert!(validate_return_url("https://good.com/x", &allowed, false).is_err());
    }

    #[test]
    fn allowed_origins_are_compared_after_normalisation() {
        let allowed = origins(&["HTTPS://Good.COM:443"]);
        assert!(validate_return_url("https://good.com/x", &allowed, false).is_ok());
        let allowed = origins(&["https://bücher.example"]);
        assert!(validate_return_url("https://xn--bcher-kva.example/", &allowed, false).is_ok());
    }

    #[test]
    fn a_lookalike_international_domain_does_not_match() {
        // Cyrillic "а" in place of the Latin "a".
        let allowed = origins(&["https://paypal.com"]);
        assert!(validate_return_url("https://p\u{430}ypal.com/", &allowed, false).is_err());
    }

    #[test]
    fn malformed_allowed_origins_never_match() {
        let allowed = origins(&["https://good.com/billing"]);
        assert!(validate_return_url("https://good.com/billing", &allowed, false).is_err());
    }

    #[test]
    fn origins_normalise_case_idn_and_default_ports() {
        assert_eq!(
            normalize_origin("HTTPS://Acme.Example:443", false),
            Ok("https://acme.example".to_owned())
        );
        assert_eq!(
            normalize_origin("https://acme.example:8443", false),
            Ok("https://acme.example:8443".to_owned())
        );
        assert_eq!(
            normalize_origin("https://bücher.example", false),
            Ok("https://xn--bcher-kva.example".to_owned())
        );
        assert_eq!(
            normalize_origin("http://localhost:3000", true),
            Ok("http://localhost:3000".to_owned())
        );
    }

    #[test]
    fn origins_with_a_path_query_or_fragment_are_refused() {
        for origin in [
            "https://acme.example/",
            "https://acme.example/app",
            "https://acme.example?x",
            "https://acme.example#x",
            "acme.example",
            "https://user@acme.example",
            "http://acme.example",
        ] {
            let err = normalize_origin(origin, true).expect_err(origin);
            assert_eq!(err.param, "allowed_return_origins");
        }
        assert!(normalize_origin("http://localhost:3000", false).is_err());
    }
}
