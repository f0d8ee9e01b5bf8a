//! The bundle's names and cache policy with and without a `hash.txt` (a release
//! artifact from `cargo xtask dist` versus a development build).

use std::path::{Path, PathBuf};

use axum::{body::Body, http::Request};

use super::{
    Settings, StatusCode, call, get_request, header, portal, router,
    stand_in::{CSRF, with_cookies},
};
use crate::server::assets::{IMMUTABLE, NO_CACHE};

const JS_HASH: &str = "0123456789abcdef";
const WASM_HASH: &str = "fedcba9876543210";
const CSS_HASH: &str = "00112233aabbccdd";

/// A fresh site root laid out as `cargo xtask dist` lays out `site/`: hashed files,
/// their precompressed siblings and `hash.txt`. Removed when dropped.
struct HashedSite(PathBuf);

impl HashedSite {
    fn new(tag: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let root = std::env::temp_dir().join(format!("paylera-portal-hashed-{tag}-{}-{nanos}", std::process::id()));
        let pkg = root.join("pkg");
        std::fs::create_dir_all(&pkg).expect("create pkg dir");
        let write = |name: String, body: &[u8]| std::fs::write(pkg.join(name), body).expect("write a bundle file");
        write(format!("portal.{JS_HASH}.js"), b"export default function () {}");
        write(format!("portal.{WASM_HASH}.wasm"), b"\0asm\x01\0\0\0");
        write(format!("portal.{WASM_HASH}.wasm.br"), b"pretend-brotli");
        write(format!("portal.{CSS_HASH}.css"), b"body{margin:0}");
        std::fs::write(
            root.join("hash.txt"),
            format!("js: {JS_HASH}\nwasm: {WASM_HASH}\ncss: {CSS_HASH}\n"),
        )
        .expect("write hash.txt");
        Self(root)
    }

    fn root(&self) -> &Path {
        &self.0
    }

    fn settings(&self) -> Settings {
        Settings {
            api_url: "http://127.0.0.1:9".to_owned(),
            site_root: self.0.clone(),
            ..Settings::default()
        }
    }
}

impl Drop for HashedSite {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test]
async fn with_a_hash_file_pages_name_the_hashed_bundle_and_its_files_are_cached_for_good() {
    let site = HashedSite::new("page");
    let app = router(&site.settings()).expect("router builds");

    let (status, _, html) = call(app.clone(), signed_in_request()).await;

    assert_eq!(status, StatusCode::NOT_FOUND, "no API to find the session's address");
    assert!(
        html.contains(&format!(
            "<link rel=\"stylesheet\" href=\"/pkg/portal.{CSS_HASH}.css\">"
        )),
        "{html}"
    );
    assert!(html.contains(&format!("/pkg/portal.{JS_HASH}.js")), "{html}");
    assert!(html.contains(&format!("/pkg/portal.{WASM_HASH}.wasm")), "{html}");
    assert!(
        !html.contains("portal_bg") && !html.contains("/pkg/portal.css"),
        "{html}"
    );
    for name in [
        format!("portal.{JS_HASH}.js"),
        format!("portal.{WASM_HASH}.wasm"),
        format!("portal.{CSS_HASH}.css"),
    ] {
        let (status, headers, _) = call(app.clone(), get_request(&format!("/pkg/{name}"))).await;
        assert_eq!(status, StatusCode::OK, "{name}");
        assert_eq!(header(&headers, "cache-control"), Some(IMMUTABLE), "{name}");
        assert!(header(&headers, "content-security-policy").is_some(), "{name}");
    }
}

#[tokio::test]
async fn a_hashed_file_is_served_precompressed_and_still_immutable() {
    let site = HashedSite::new("br");
    let app = router(&site.settings()).expect("router builds");
    let request = Request::get(format!("/pkg/portal.{WASM_HASH}.wasm"))
        .header("accept-encoding", "br, gzip")
        .body(Body::empty())
        .expect("valid request");

    let (status, headers, body) = call(app, request).await;

    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "content-encoding"), Some("br"));
    assert_eq!(header(&headers, "content-type"), Some("application/wasm"));
    assert_eq!(header(&headers, "cache-control"), Some(IMMUTABLE));
    assert_eq!(body, "pretend-brotli");
}

#[tokio::test]
async fn with_a_hash_file_the_fixed_names_serve_the_current_files_uncached() {
    let site = HashedSite::new("alias");
    let app = router(&site.settings()).expect("router builds");

    let (status, headers, body) = call(app.clone(), get_request("/pkg/portal.css")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "cache-control"), Some(NO_CACHE));
    assert_eq!(body, "body{margin:0}");

    let (status, headers, _) = call(app, get_request("/pkg/portal_bg.wasm")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "content-type"), Some("application/wasm"));
    assert_eq!(header(&headers, "cache-control"), Some(NO_CACHE));
}

#[tokio::test]
async fn a_bundle_from_another_release_answers_404_and_is_not_cached() {
    let site = HashedSite::new("old");
    let app = router(&site.settings()).expect("router builds");

    let (status, headers, _) = call(app, get_request("/pkg/portal.aaaaaaaaaaaaaaaa.js")).await;

    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(header(&headers, "cache-control"), Some(NO_CACHE));
}

#[tokio::test]
async fn a_hash_file_naming_a_missing_file_stops_the_portal_from_starting() {
    let site = HashedSite::new("missing");
    std::fs::remove_file(site.root().join(format!("pkg/portal.{CSS_HASH}.css"))).expect("remove the stylesheet");

    let error = router(&site.settings()).expect_err("the router refuses the site");

    let message = error.to_string();
    assert!(
        message.contains("PAYLERA_PORTAL_SITE_ROOT") && message.contains(&format!("portal.{CSS_HASH}.css")),
        "{message}"
    );
}

#[tokio::test]
async fn without_a_hash_file_pages_name_the_fixed_bundle_names_and_nothing_is_cached() {
    let (status, _, html) = call(portal(None), signed_in_request()).await;

    assert_eq!(status, StatusCode::NOT_FOUND, "no API to find the session's address");
    assert!(
        html.contains("<link rel=\"stylesheet\" href=\"/pkg/portal.css\">"),
        "{html}"
    );
    assert!(
        html.contains("/pkg/portal.js") && html.contains("/pkg/portal_bg.wasm"),
        "{html}"
    );

    let (status, headers, _) = call(portal(None), get_request("/pkg/portal.js")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "cache-control"), Some(NO_CACHE));
}

/// A page with islands (the bundle's names are in it): a signed-in `/address` (without
/// an API behind the portal it is the not-found page, in the same shell).
fn signed_in_request() -> Request<Body> {
    with_cookies(Request::get("/address"), "a-session-token", CSRF)
        .body(Body::empty())
        .expect("valid request")
}
