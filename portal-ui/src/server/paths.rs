//! The portal's URL layout that several modules must agree on, with no behaviour of
//! its own: where portal links and server functions live, and how a link's path is
//! kept out of logs.

/// The route of portal links (the Leptos route of the same path renders the problems).
pub const LINK_ROUTE: &str = "/p/{*secret}";

/// The path prefix of portal links.
pub const LINK_PREFIX: &str = "/p/";

/// The path prefix of the dashboard's invitation links (`/invitations/dinv_…`): a
/// secret, like a portal link.
pub const INVITATION_PREFIX: &str = "/invitations/";

/// The URL prefix of every server function.
pub const SERVER_FN_PREFIX: &str = "/api";

/// What the span of a request records as its path: portal links and invitation links
/// are redacted.
pub fn redact_path(path: &str) -> &str {
    if path.starts_with(LINK_PREFIX) {
        "/p/…"
    } else if path.starts_with(INVITATION_PREFIX) {
        "/invitations/…"
    } else {
        path
    }
}

/// Whether `path` holds a secret (a portal link, an invitation link): never indexed,
/// never sent on as a referrer, never logged as it is.
pub fn holds_secret(path: &str) -> bool {
    path.starts_with(LINK_PREFIX) || path.starts_with(INVITATION_PREFIX)
}

/// Whether `path` is a server function's (`/api/…`).
pub fn is_server_fn(path: &str) -> bool {
    path.strip_prefix(SERVER_FN_PREFIX)
        .is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_link_paths_are_redacted_and_others_are_not() {
        assert_eq!(redact_path("/p/s3cr3t"), "/p/…");
        assert_eq!(redact_path("/p/s3cr3t/more"), "/p/…");
        assert_eq!(redact_path("/v1/customers"), "/v1/customers");
        assert_eq!(redact_path("/pkg/portal.js"), "/pkg/portal.js");
        assert_eq!(redact_path("/invitations/dinv_s3cr3t"), "/invitations/…");
        assert!(holds_secret("/invitations/dinv_s3cr3t") && holds_secret("/p/x") && !holds_secret("/sign-in"));
    }

    #[test]
    fn only_paths_under_the_prefix_are_server_functions() {
        assert!(is_server_fn("/api/subscriptions"));
        assert!(!is_server_fn("/api"));
        assert!(!is_server_fn("/apix/y"));
        assert!(!is_server_fn("/invoices"));
    }
}
