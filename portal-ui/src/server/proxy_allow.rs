//! The `/v1` routes the portal's proxy forwards: an allow-list, matched on the raw path
//! segment by segment.
//!
//! The list is `paylera_shared::portal::PORTAL_ROUTES`, which the API's tests check
//! against its scope table (`scope_of`): every route a portal token may call, and
//! `GET /v1/portal/session`.
//! Everything else is refused by the proxy (`404` in the API's envelope) before it
//! reaches the API, whatever the API would have said:
//!
//! - merchant-only routes, `/v1/openapi.json`, anything outside `/v1` (`/metrics`,
//!   `/docs`), whichever way the path is spelled;
//! - the session's own calls `POST /v1/portal/sessions/{refresh,exchange,complete}`: the
//!   portal server makes them itself, and the bearer token they answer with must never
//!   reach a page's scripts;
//! - any path that is not already in its one normal form: a percent-encoded byte
//!   (`%2e%2e`, `%2f`, even `%41`), a backslash, an empty segment (`//`, a trailing `/`),
//!   a `.` or `..` segment. The check reads the raw path, so there is nothing to decode
//!   and nothing a second decoder could read differently.
//!
//! An id segment (`{id}`) is 1–[`MAX_ID_LEN`] characters of `[A-Za-z0-9_]` (the API's
//! ids: `cus_…`, `sub_…`, `in_…`, `pm_…`, `txi_…`). The query is forwarded with `GET`
//! (the `?customer=` of the invoice and subscription lists, pagination); a mutation
//! with a query is refused. `HEAD` counts as `GET`.

use http::Method;
use paylera_shared::portal::PORTAL_ROUTES;

/// The longest id segment forwarded.
pub const MAX_ID_LEN: usize = 64;

/// One segment of a route template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Segment {
    /// This exact text.
    Literal(&'static str),
    /// An id: `[A-Za-z0-9_]{1,MAX_ID_LEN}`.
    Id,
}

/// Whether `method` is the route's method (`HEAD` counts as `GET`).
fn method_allows(route_method: &str, method: &Method) -> bool {
    match route_method {
        "GET" => *method == Method::GET || *method == Method::HEAD,
        other => method.as_str() == other,
    }
}

/// The path and query to forward for `method` and the request's raw `path` and
/// `query`, or `None` when the request is not on the allow-list (see the module docs).
pub fn forwardable(method: &Method, path: &str, query: Option<&str>) -> Option<String> {
    let allowed = PORTAL_ROUTES
        .iter()
        .any(|(route_method, template)| method_allows(route_method, method) && matches(template, path));
    if !allowed {
        return None;
    }
    let is_get = *method == Method::GET || *method == Method::HEAD;
    match query {
        None => Some(path.to_owned()),
        Some(query) if is_get => Some(format!("{path}?{query}")),
        Some(_) => None,
    }
}

/// Whether the raw `path` has exactly the segments of `template` (`{…}`: an id).
fn matches(template: &'static str, path: &str) -> bool {
    let mut expected = template.split('/').map(|segment| {
        if segment.starts_with('{') && segment.ends_with('}') {
            Segment::Id
        } else {
            Segment::Literal(segment)
        }
    });
    let mut actual = path.split('/');
    loop {
        match (expected.next(), actual.next()) {
            (None, None) => return true,
            (Some(Segment::Literal(literal)), Some(segment)) if segment == literal => {}
            (Some(Segment::Id), Some(segment)) if is_id(segment) => {}
            _ => return false,
        }
    }
}

/// Whether `segment` is an id: `[A-Za-z0-9_]{1,MAX_ID_LEN}`.
pub fn is_id(segment: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&segment.len()) && segment.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(path: &str) -> Option<String> {
        forwardable(&Method::GET, path, None)
    }

    #[test]
    fn every_portal_route_is_forwarded() {
        let cases: &[(Method, &str)] = &[
            (Method::GET, "/v1/customers/cus_1"),
            (Method::POST, "/v1/customers/cus_1"),
            (Method::GET, "/v1/customers/cus_1/tax_ids"),
            (Method::POST, "/v1/customers/cus_1/tax_ids"),
            (Method::GET, "/v1/customers/cus_1/tax_ids/txi_2"),
            (Method::DELETE, "/v1/customers/cus_1/tax_ids/txi_2"),
            (Method::GET, "/v1/customers/cus_1/payment_methods"),
            (Method::GET, "/v1/tax_id_types"),
            (Method::POST, "/v1/payment_methods"),
            (Method::GET, "/v1/payment_methods/pm_1"),
            (Method::POST, "/v1/payment_methods/pm_1/attach"),
            (Method::POST, "/v1/payment_methods/pm_1/detach"),
            (Method::POST, "/v1/payment_methods/pm_1/authenticate"),
            (Method::GET, "/v1/products"),
            (Method::GET, "/v1/products/prod_1"),
            (Method::GET, "/v1/prices"),
            (Method::HEAD, "/v1/prices/price_1"),
            (Method::GET, "/v1/subscriptions"),
            (Method::POST, "/v1/subscriptions"),
            (Method::GET, "/v1/subscriptions/sub_1"),
            (Method::POST, "/v1/subscriptions/sub_1"),
            (Method::GET, "/v1/subscriptions/sub_1/usage"),
            (Method::POST, "/v1/subscriptions/sub_1/preview"),
            (Method::GET, "/v1/subscriptions/sub_1/change_options"),
            (Method::POST, "/v1/subscriptions/sub_1/cancel"),
            (Method::POST, "/v1/subscriptions/sub_1/reactivate"),
            (Method::GET, "/v1/invoices"),
            (Method::GET, "/v1/invoices/in_1"),
            (Method::GET, "/v1/invoices/in_1/pdf"),
            (Method::GET, "/v1/invoices/in_1/payment_attempts"),
            (Method::POST, "/v1/invoices/in_1/pay"),
            (Method::GET, "/v1/portal/session"),
        ];
        for (method, path) in cases {
            assert_eq!(
                forwardable(method, path, None).as_deref(),
                Some(*path),
                "{method} {path}"
            );
        }
    }

    #[test]
    fn a_get_keeps_its_query_and_a_mutation_may_not_have_one() {
        assert_eq!(
            forwardable(
                &Method::GET,
                "/v1/invoices",
                Some("customer=cus_1&limit=10&starting_after=in_9")
            )
            .as_deref(),
            Some("/v1/invoices?customer=cus_1&limit=10&starting_after=in_9")
        );
        assert_eq!(
            forwardable(&Method::GET, "/v1/subscriptions", Some("customer=cus_1&email=a%40b.c")).as_deref(),
            Some("/v1/subscriptions?customer=cus_1&email=a%40b.c")
        );
        assert_eq!(
            forwardable(&Method::POST, "/v1/subscriptions/sub_1/cancel", Some("x=1")),
            None
        );
    }

    #[test]
    fn hostile_and_unlisted_paths_are_refused() {
        let hostile = [
            // Outside the API's portal scope, however spelled.
            "/v1",
            "/v1/",
            "/metrics",
            "/docs",
            "/v1/openapi.json",
            "/v1/../metrics",
            "/v1/..%2fmetrics",
            "/v1/%2e%2e/metrics",
            "/v1/%2E%2E/docs",
            "/v1/invoices/%2e%2e/%2e%2e/metrics",
            "/v1/invoices/..",
            "/v1/invoices/./in_1",
            "/v1/invoices/in_1/..",
            "/v1/invoices/in_1%2f..%2f..%2fmetrics",
            "/v1/invoices/in_1%2Fpdf",
            "/v1/invoices/in%5f1",
            "/v1/%69nvoices",
            "/v1//invoices",
            "/v1/invoices/",
            "/v1/invoices//in_1",
            "/v1/invoices/in_1/pdf/",
            "/v1/invoices\\..\\metrics",
            "/v1/invoices/in_1\\pdf",
            "/v1/invoices/in-1",
            "/v1/invoices/in.1",
            "/v1/invoices/in_1;x=1",
            "/v1/invoices/in_1/pdf.json",
            "/v1/Invoices",
            "/v1/invoices/in_1/PDF",
            "//v1/invoices",
            "/V1/invoices",
            "/v1/invoices/in 1",
            "/v1/invoices/ïn_1",
            // Merchant-only routes.
            "/v1/customers",
            "/v1/customers/cus_1/delete",
            "/v1/events",
            "/v1/events/evt_1",
            "/v1/webhook_endpoints",
            "/v1/webhook_endpoints/we_1/attempts",
            "/v1/test_clocks",
            "/v1/billing_settings",
            "/v1/portal/configuration",
            "/v1/portal/configurations/bpc_1",
            "/v1/portal/configurations/bpc_1/changes",
            "/v1/files/file_1/contents",
            "/v1/portal/sessions",
            "/v1/portal/sessions/ps_1",
            // The session's own calls: never through the proxy.
            "/v1/portal/sessions/refresh",
            "/v1/portal/sessions/exchange",
            "/v1/portal/sessions/complete",
            "/v1/portal/session/",
        ];
        for path in hostile {
            for method in [Method::GET, Method::POST, Method::DELETE] {
                assert_eq!(forwardable(&method, path, None), None, "{method} {path}");
            }
        }
        let too_long = format!("/v1/invoices/{}", "a".repeat(MAX_ID_LEN + 1));
        assert_eq!(get(&too_long), None);
        assert!(get(&format!("/v1/invoices/{}", "a".repeat(MAX_ID_LEN))).is_some());
    }

    #[test]
    fn a_listed_path_with_another_method_is_refused() {
        for (method, path) in [
            (Method::DELETE, "/v1/customers/cus_1"),
            (Method::POST, "/v1/invoices"),
            (Method::POST, "/v1/invoices/in_1"),
            (Method::POST, "/v1/invoices/in_1/void"),
            (Method::POST, "/v1/subscriptions/sub_1/usage_records"),
            (Method::POST, "/v1/subscriptions/sub_1/change_options"),
            (Method::GET, "/v1/invoices/in_1/pay"),
            (Method::PUT, "/v1/customers/cus_1"),
            (Method::PATCH, "/v1/customers/cus_1"),
            (Method::OPTIONS, "/v1/prices"),
            (Method::POST, "/v1/portal/session"),
            (Method::POST, "/v1/portal/sessions/refresh"),
            (Method::POST, "/v1/portal/sessions/exchange"),
            (Method::POST, "/v1/portal/sessions/complete"),
        ] {
            assert_eq!(forwardable(&method, path, None), None, "{method} {path}");
        }
    }
}
