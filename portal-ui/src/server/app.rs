//! The portal's axum application: [`router`] wires every route and layer;
//! [`Application`] binds a socket and serves it until SIGINT or SIGTERM.
//!
//! | path        | what answers                                                   |
//! |-------------|----------------------------------------------------------------|
//! | `/`         | the home page, rendered by Leptos (`SsrMode::Async`) after [`session::load_portal_session`] |
//! | `GET /p/{secret}` | [`link::show_link`]: the hand-off page, which asks the API nothing |
//! | `POST /p/{secret}` | [`link::open_link`]: exchanges a portal link, `303` to `/`; its problem pages are rendered by Leptos |
//! | `/api/*`    | the pages' server functions ([`actions`]), `POST`s behind [`actions::csrf_guard`] |
//! | `POST /return` | [`return_to_merchant::return_to_merchant`]: ends the session, `303` to the merchant |
//! | `/healthz`  | [`health::healthz`]                                            |
//! | `/readyz`   | [`health::readyz`] (asks the API's `/readyz`)                   |
//! | `/pkg/*`    | files under `{site_root}/pkg`, `.br`/`.gz` siblings preferred   |
//! | `/v1/*`     | [`proxy::forward`] to the API                                   |
//! | anything else | the not-found page, `404`                                    |
//!
//! Around all of them, outermost first: a request id (`x-request-id`, generated unless
//! sent), request logs (whose path of a portal link is redacted to `/p/…`), the request
//! id copied to the response, [`security_headers`], and a panic catcher (so even a crash
//! answers `500` with security headers).

use std::{
    net::SocketAddr,
    sync::{Arc, OnceLock},
};

use axum::{
    Router,
    routing::{any, get, post},
};
use http::{HeaderValue, header};
use leptos::prelude::LeptosOptions;
use leptos_axum::{AxumRouteListing, LeptosRoutes as _, generate_route_list, render_app_async_with_context};
use paylera_shared::client::ApiClient;
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::CompressionLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    trace::{DefaultOnResponse, TraceLayer},
};
use tracing::Level;

use super::{
    PortalError, Settings, actions,
    csrf::CsrfPolicy,
    health,
    link::{self, LinkState, PageRenderer},
    proxy, return_to_merchant,
    security::{provide_request_nonce, security_headers},
    session::{self, SessionState},
    upstream::Upstream,
};
use crate::{App, shell};

/// The name wasm-bindgen gives the bundle (`--out-name portal`): `/pkg/portal.js`,
/// `/pkg/portal_bg.wasm`; the stylesheet is `/pkg/portal.css`.
pub const OUTPUT_NAME: &str = "portal";

/// The folder under the site root that holds the bundle, and the URL prefix serving it.
pub const PKG_DIR: &str = "pkg";

/// The Leptos options of the portal, built in code (no `Cargo.toml` metadata, no
/// cargo-leptos).
pub fn leptos_options(settings: &Settings) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name(OUTPUT_NAME)
        .site_root(settings.site_root.to_string_lossy().into_owned())
        .site_pkg_dir(PKG_DIR)
        .site_addr(settings.addr)
        .build()
}

/// The page routes of [`App`], worked out once per process.
///
/// Generating them makes Leptos suppress resource loading process-wide (a global flag)
/// while it runs, so a page rendering at that moment would wait forever for its data.
/// Doing it once, before any router exists, keeps that from ever overlapping a render
/// (it matters when several routers are built, as the tests do).
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// Every route and layer of the portal server. Needs no socket: tests call it in-process.
pub fn router(settings: &Settings) -> Result<Router, PortalError> {
    let options = leptos_options(settings);
    let api = ApiClient::new(settings.api_url.clone());

    // What every page render gets as context: the API client for its resources, and
    // this request's CSP nonce for the hydration script.
    let upstream = Upstream::new(&settings.api_url)?.with_service_key(settings.service_key.clone());
    let page_context = {
        let api = api.clone();
        let upstream = upstream.clone();
        move || {
            actions::provide_server_context(&api, &upstream);
            provide_request_nonce();
        }
    };
    let render_shell = {
        let options = options.clone();
        move || shell(options.clone())
    };

    // Portal links have their own handler, which renders the app itself for its problem
    // pages: the Leptos route of the same path must not be mounted twice.
    let page_routes = route_list()
        .into_iter()
        .filter(|route| !route.path().starts_with(link::PREFIX))
        .collect();
    let render_page = render_app_async_with_context(page_context.clone(), render_shell.clone());
    let pages = Router::new()
        .leptos_routes_with_context(&options, page_routes, page_context, render_shell)
        // A signed-in customer's portal session, fetched before the page renders.
        .route_layer(axum::middleware::from_fn_with_state(
            upstream.clone(),
            session::load_portal_session,
        ))
        // The pages' server functions (`/api/*`, registered by `leptos_routes`): the
        // CSRF checks of every `POST` before any of them runs.
        .layer(axum::middleware::from_fn_with_state(
            CsrfPolicy::new(&settings.public_origin()),
            actions::csrf_guard,
        ))
        // A failed server function answers with its problem's status, not always 500.
        .layer(axum::middleware::from_fn(actions::problem_status))
        // Unknown paths render the app too; its router shows the not-found page and
        // sets the 404.
        .fallback(render_page.clone())
        .with_state(options);

    let render: PageRenderer = Arc::new(render_page);
    let links = Router::new()
        .route(
            link::ROUTE,
            get(link::show_link).head(link::head_link).post(link::open_link),
        )
        .with_state(LinkState {
            upstream: upstream.clone(),
            render,
            csrf: CsrfPolicy::new(&settings.public_origin()),
            trusted_proxies: settings.trusted_proxies.clone(),
        });

    let probes = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .with_state(api);

    let session = SessionState {
        upstream,
        csrf: CsrfPolicy::new(&settings.public_origin()),
    };
    // What acts for the signed-in customer: the `/v1` proxy and "Return to merchant".
    let customer_actions = Router::new()
        .route("/v1", any(proxy::forward))
        .route("/v1/{*path}", any(proxy::forward))
        .route(return_to_merchant::ROUTE, post(return_to_merchant::return_to_merchant))
        .with_state(session);

    let pkg = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        .service(
            ServeDir::new(settings.site_root.join(PKG_DIR))
                .precompressed_br()
                .precompressed_gzip(),
        );

    let layers = ServiceBuilder::new()
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &http::Request<_>| {
                    let request_id = request
                        .extensions()
                        .get::<RequestId>()
                        .and_then(|id| id.header_value().to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        path = link::redact_path(request.uri().path()),
                        request_id,
                    )
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(PropagateRequestIdLayer::x_request_id())
        // Pages are compressed per response (brotli or gzip, as the browser accepts);
        // `/pkg` files come precompressed. Safe with the CSRF token in the page because
        // the page only ever carries it masked afresh (see `csrf`).
        .layer(CompressionLayer::new().compress_when(is_html))
        .layer(axum::middleware::from_fn(security_headers))
        .layer(CatchPanicLayer::new());

    Ok(probes
        .merge(links)
        .merge(customer_actions)
        .nest_service("/pkg", pkg)
        .merge(pages)
        .layer(layers))
}

/// Whether a response is a page (the only responses compressed on the fly).
fn is_html(_: http::StatusCode, _: http::Version, headers: &http::HeaderMap, _: &http::Extensions) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"))
}

/// The portal server, bound to its socket and ready to serve.
#[derive(Debug)]
pub struct Application {
    listener: TcpListener,
    local_addr: SocketAddr,
    router: Router,
}

impl Application {
    /// Builds the router and binds `settings.addr` (port `0` picks a free port; see
    /// [`Application::local_addr`]).
    pub async fn build(settings: Settings) -> Result<Self, PortalError> {
        let router = router(&settings)?;
        let listener = TcpListener::bind(settings.addr)
            .await
            .map_err(|source| PortalError::Bind {
                addr: settings.addr,
                source,
            })?;
        let local_addr = listener.local_addr().map_err(|source| PortalError::Bind {
            addr: settings.addr,
            source,
        })?;
        Ok(Self {
            listener,
            local_addr,
            router,
        })
    }

    /// The address actually bound.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
    pub async fn run_until_stopped(self) -> Result<(), PortalError> {
        tracing::info!(addr = %self.local_addr, "paylera-portal listening");
        axum::serve(
            self.listener,
            self.router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(PortalError::Serve)?;
        tracing::info!("paylera-portal stopped");
        Ok(())
    }
}

/// Resolves at the first SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "cannot listen for SIGINT");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        #[cfg(unix)]
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
        #[cfg(not(unix))]
        std::future::pending::<()>().await;
    };
    tokio::select! {
        () = interrupt => tracing::info!("SIGINT received, shutting down"),
        () = terminate => tracing::info!("SIGTERM received, shutting down"),
    }
}
