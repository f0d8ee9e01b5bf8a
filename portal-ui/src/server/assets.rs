//! The bundle's file names and how `/pkg` serves them.
//!
//! A release artifact (`cargo xtask dist`) names every bundle file after its content:
//! `portal.<hash>.js`, `portal.<hash>.wasm`, `portal.<hash>.css`, listed in
//! `{site_root}/hash.txt` in Leptos's format (`js: <hash>`, `wasm: <hash>`,
//! `css: <hash>`). A page therefore only ever loads the bundle it was rendered with,
//! even while a rolling deploy mixes old and new instances, and the files can be
//! cached for good.
//!
//! - With `hash.txt`: pages name the hashed files ([`leptos_hash_file`] for Leptos's
//!   hydration script, [`stylesheet_href`] for the stylesheet), and `/pkg` answers
//!   them with `Cache-Control: public, max-age=31536000, immutable`. The unhashed names
//!   (`portal.js`, `portal_bg.wasm`, `portal.css`) still answer, with the current files
//!   and `no-cache`, for whatever links them by a fixed name.
//! - Without it (development: `cargo xtask up`, the browser tests): the unhashed names,
//!   everything `no-cache`, exactly as before.
//!
//! Invariants: only a successful answer for a name listed in `hash.txt` is marked
//! immutable (never a `404`: an old page asking a new instance for its bundle must be
//! able to find it later elsewhere); `hash.txt` naming a missing file stops start-up.

use std::{path::Path, sync::Arc};

use axum::{
    Router,
    extract::{Request, State},
    middleware::{self, Next},
    response::Response,
};
use http::{HeaderValue, StatusCode, Uri, header};
use leptos::prelude::LeptosOptions;
use tower_http::services::ServeDir;

use super::PortalError;

/// The name wasm-bindgen gives the bundle (`--out-name portal`): `/pkg/portal.js`,
/// `/pkg/portal_bg.wasm`; the stylesheet is `/pkg/portal.css`.
pub const OUTPUT_NAME: &str = "portal";

/// The folder under the site root that holds the bundle, and the URL prefix serving it.
pub const PKG_DIR: &str = "pkg";

/// The hash file's name under the site root (Leptos's default name, as cargo-leptos
/// writes it).
pub const HASH_FILE: &str = "hash.txt";

/// `Cache-Control` of a content-hashed file: its name changes whenever it does.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// `Cache-Control` of every other `/pkg` answer: revalidated on each use.
pub const NO_CACHE: &str = "no-cache";

/// The content hashes of one build of the bundle, as listed in `hash.txt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleHashes {
    js: String,
    wasm: String,
    css: String,
}

impl BundleHashes {
    /// Parses Leptos's hash file: one `kind: hash` line each for `js`, `wasm` and `css`
    /// (other kinds, such as Leptos's `split` and `manifest`, are ignored). A hash is
    /// hexadecimal, since it becomes part of a file name and a URL.
    pub fn parse(text: &str) -> Result<Self, String> {
        let hash_of = |kind: &str| -> Result<String, String> {
            let hash = text
                .lines()
                .filter_map(|line| line.trim().split_once(':'))
                .find(|(name, _)| *name == kind)
                .map(|(_, hash)| hash.trim())
                .ok_or_else(|| format!("no `{kind}: <hash>` line"))?;
            if hash.is_empty() || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(format!("the {kind} hash {hash:?} is not hexadecimal"));
            }
            Ok(hash.to_owned())
        };
        Ok(Self {
            js: hash_of("js")?,
            wasm: hash_of("wasm")?,
            css: hash_of("css")?,
        })
    }

    /// Reads and parses the hash file at `path`.
    pub fn read(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
        Self::parse(&text).map_err(|reason| format!("{}: {reason}", path.display()))
    }

    /// The bundle's files as `(fixed name, hashed name)` pairs: the names wasm-bindgen
    /// gives them and the names Leptos's hydration script asks for (no `_bg` in the
    /// hashed wasm name).
    pub fn file_names(&self) -> [(String, String); 3] {
        [
            (format!("{OUTPUT_NAME}.js"), format!("{OUTPUT_NAME}.{}.js", self.js)),
            (
                format!("{OUTPUT_NAME}_bg.wasm"),
                format!("{OUTPUT_NAME}.{}.wasm", self.wasm),
            ),
            (format!("{OUTPUT_NAME}.css"), format!("{OUTPUT_NAME}.{}.css", self.css)),
        ]
    }

    /// The stylesheet's hashed file name.
    pub fn stylesheet(&self) -> String {
        format!("{OUTPUT_NAME}.{}.css", self.css)
    }
}

/// The absolute path of `{site_root}/hash.txt` when that file exists: what
/// [`LeptosOptions::hash_file`] must hold.
///
/// Absolute because Leptos joins the option to the directory of the running
/// executable, and joining an absolute path yields that path.
pub fn leptos_hash_file(site_root: &Path) -> Option<Arc<str>> {
    let path = site_root.join(HASH_FILE);
    if !path.is_file() {
        return None;
    }
    // `absolute` only fails without a current directory; the relative path is then
    // the best there is (and `pkg_service` reads the same file either way).
    let path = std::path::absolute(&path).unwrap_or(path);
    Some(Arc::from(path.to_string_lossy().as_ref()))
}

/// The `href` of the stylesheet for pages rendered with `options`: the hashed name when
/// the options use a hash file, `/pkg/portal.css` otherwise.
///
/// Reads the hash file on each call, as Leptos's hydration script does on each render
/// (a file of three short lines), so the stylesheet and the scripts always come from
/// the same `hash.txt`. Should it have become unreadable since start-up, the fixed name
/// still serves the current stylesheet.
pub fn stylesheet_href(options: &LeptosOptions) -> String {
    let pkg = &options.site_pkg_dir;
    let hashed = options
        .hash_files
        .then(|| BundleHashes::read(Path::new(options.hash_file.as_ref())));
    match hashed {
        Some(Ok(hashes)) => format!("/{pkg}/{}", hashes.stylesheet()),
        Some(Err(reason)) => {
            tracing::error!(%reason, "cannot read the bundle's hash file; linking the unhashed stylesheet");
            format!("/{pkg}/{OUTPUT_NAME}.css")
        }
        None => format!("/{pkg}/{OUTPUT_NAME}.css"),
    }
}

/// The `/pkg` service: the files under `{site_root}/pkg`, `.br`/`.gz` siblings preferred,
/// with the cache policy of the module's documentation.
///
/// Fails when `{site_root}/hash.txt` exists but cannot be read, or names a file that is
/// not there: such a portal would render pages whose bundle never loads.
pub fn pkg_service(site_root: &Path) -> Result<Router, PortalError> {
    let pkg_dir = site_root.join(PKG_DIR);
    let names = match leptos_hash_file(site_root) {
        None => None,
        Some(hash_file) => Some(Arc::new(HashedNames::load(Path::new(hash_file.as_ref()), &pkg_dir)?)),
    };
    let files = ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip();
    Ok(Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(names, cache_policy)))
}

/// The bundle's fixed and hashed names (without the `/pkg/` prefix).
#[derive(Debug)]
struct HashedNames {
    pairs: [(String, String); 3],
}

impl HashedNames {
    /// Reads `hash_file` and checks that `pkg_dir` holds every file it names.
    fn load(hash_file: &Path, pkg_dir: &Path) -> Result<Self, PortalError> {
        let invalid = |reason: String| PortalError::Config {
            var: "PAYLERA_PORTAL_SITE_ROOT",
            reason,
        };
        let pairs = BundleHashes::read(hash_file).map_err(invalid)?.file_names();
        if let Some((_, missing)) = pairs.iter().find(|(_, hashed)| !pkg_dir.join(hashed).is_file()) {
            return Err(invalid(format!(
                "{} names {missing}, which is not in {}",
                hash_file.display(),
                pkg_dir.display()
            )));
        }
        Ok(Self { pairs })
    }

    fn is_hashed(&self, file: &str) -> bool {
        self.pairs.iter().any(|(_, hashed)| hashed == file)
    }

    /// The hashed name a fixed name stands for.
    fn hashed_for(&self, file: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(fixed, _)| fixed == file)
            .map(|(_, hashed)| hashed.as_str())
    }
}

/// Sets `Cache-Control` on every `/pkg` answer, and serves a fixed name from the hashed
/// file it stands for.
async fn cache_policy(State(names): State<Option<Arc<HashedNames>>>, mut request: Request, next: Next) -> Response {
    let file = request.uri().path().trim_start_matches('/');
    let immutable = names.as_ref().is_some_and(|names| names.is_hashed(file));
    if let Some(hashed) = names.as_ref().and_then(|names| names.hashed_for(file))
        && let Ok(uri) = format!("/{hashed}").parse::<Uri>()
    {
        *request.uri_mut() = uri;
    }
    let mut response = next.run(request).await;
    let cacheable = response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
    let policy = if immutable && cacheable { IMMUTABLE } else { NO_CACHE };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leptos_hash_file_gives_the_three_hashed_names() {
        let hashes = BundleHashes::parse("js: 0123abcd\nwasm: 4567ef01\ncss: 89ab\nsplit: ffff\n").expect("parses");

        assert_eq!(
            hashes.file_names(),
            [
                ("portal.js".to_owned(), "portal.0123abcd.js".to_owned()),
                ("portal_bg.wasm".to_owned(), "portal.4567ef01.wasm".to_owned()),
                ("portal.css".to_owned(), "portal.89ab.css".to_owned()),
            ]
        );
        assert_eq!(hashes.stylesheet(), "portal.89ab.css");
    }

    #[test]
    fn a_hash_file_without_a_kind_or_with_a_path_in_a_hash_is_refused() {
        assert!(BundleHashes::parse("js: 01\nwasm: 02\n").is_err_and(|e| e.contains("`css: <hash>`")));
        assert!(BundleHashes::parse("js: 01\nwasm: 02\ncss: ../x\n").is_err_and(|e| e.contains("hexadecimal")));
        assert!(BundleHashes::parse("js: 01\nwasm:\ncss: 03\n").is_err());
    }
}
