//! The portal's axum application: [`router`] wires every route and layer;
//! [`Application`] binds its sockets (public and admin) and serves them until SIGINT or
//! SIGTERM, then drains.
//!
//! | path        | what answers                                                   |
//! |-------------|----------------------------------------------------------------|
//! | `/`         | the home page, rendered by Leptos (`SsrMode::Async`) after [`session::load_portal_session`] |
//! | `GET /p/{secret}` | [`link::show_link`]: the hand-off page, which asks the API nothing |
//! | `POST /p/{secret}` | [`link::open_link`]: exchanges a portal link, `303` to `/`; its problem pages are rendered by Leptos |
//! | `/api/*`    | the pages' server functions ([`actions`]), `POST`s behind [`actions::csrf_guard`] |
//! | `POST /return` | [`return_to_merchant::return_to_merchant`]: ends the session, `303` to the merchant |
//! | `/healthz`  | [`health::healthz`]                                            |
//! | `/readyz`   | [`health::readyz`] (asks the API's `/readyz`; `503 draining` while stopping) |
//! | `/pkg/*`    | files under `{site_root}/pkg`, `.br`/`.gz` siblings preferred, cached per [`assets`] |
//! | `/v1/*`     | [`proxy::forward`] to the API                                   |
//! | anything else | the not-found page, `404`                                    |
//!
//! Around all of them, outermost first: the request id and trace ([`correlation`]:
//! `request-id`, kept when valid and otherwise made, copied to the response and sent on
//! to the API with `traceparent`), the request metrics ([`metrics`], labelled by route
//! template), request logs (whose path of a portal link is redacted to `/p/…`, with the
//! request id, trace id and instance), [`security_headers`], and a panic catcher (so
//! even a crash answers `500` with security headers). `/metrics` is not here: it is on
//! the admin listener ([`admin`]), which [`Application`] binds too.
//!
//! [`Application::run_until_stopped`] stops as [`drain`] says: not ready first, for
//! `PAYLERA_DRAIN_SECS`, then the listeners close and the requests in flight finish.

use std::{
    future::{Future, IntoFuture as _},
    net::SocketAddr,
    sync::{Arc, OnceLock},
    time::Duration,
};

use axum::{
    Router,
    routing::{any, get, post},
};
use http::header;
use leptos::prelude::LeptosOptions;
use leptos_axum::{AxumRouteListing, LeptosRoutes as _, generate_route_list, render_app_async_with_context};
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::CompressionLayer,
    trace::{DefaultOnResponse, TraceLayer},
};
use tracing::Level;

use super::{
    PortalError, Settings, actions, admin,
    assets::{self, OUTPUT_NAME, PKG_DIR},
    brand, correlation,
    csrf::CsrfPolicy,
    drain::{self, Readiness},
    health::{self, Probes},
    link::{self, LinkState, PageRenderer},
    metrics, paths, proxy, return_to_merchant,
    security::{provide_request_nonce, security_headers},
    session::{self, SessionState},
    upstream::Upstream,
};
use crate::{App, shell};

/// The Leptos options of the portal, built in code (no `Cargo.toml` metadata, no
/// cargo-leptos). With a `{site_root}/hash.txt` (a release artifact), pages name the
/// content-hashed bundle files it lists (see [`assets`]).
pub fn leptos_options(settings: &Settings) -> LeptosOptions {
    let hash_file = assets::leptos_hash_file(&settings.site_root);
    LeptosOptions::builder()
        .output_name(OUTPUT_NAME)
        .site_root(settings.site_root.to_string_lossy().into_owned())
        .site_pkg_dir(PKG_DIR)
        .site_addr(settings.addr)
        .hash_files(hash_file.is_some())
        .hash_file(hash_file.unwrap_or_else(|| Arc::from(assets::HASH_FILE)))
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
    router_with(settings, &Readiness::default())
}

/// [`router`], whose `/readyz` reports `readiness` (shared with the admin listener).
pub fn router_with(settings: &Settings, readiness: &Readiness) -> Result<Router, PortalError> {
    // Installed before the first request is counted.
    metrics::handle();
    let options = leptos_options(settings);
    // What every page render gets as context: the API client for its resources, and
    // this request's CSP nonce for the hydration script.
    let upstream = Upstream::new(&settings.api_url, settings.service_key.clone());
    let page_context = {
        let upstream = upstream.clone();
        move || {
            actions::provide_server_context(&upstream);
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
        .filter(|route| !route.path().starts_with(paths::LINK_PREFIX))
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
            paths::LINK_ROUTE,
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
        .with_state(Probes {
            upstream: upstream.clone(),
            readiness: readiness.clone(),
        });

    let brand = brand::routes(upstream.clone());
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

    // The bundle: hashed names immutable, everything else `no-cache` (see `assets`).
    let pkg = assets::pkg_service(&settings.site_root)?;

    let routes = probes
        .merge(links)
        .merge(customer_actions)
        .merge(brand)
        .nest_service("/pkg", pkg)
        .merge(pages);
    Ok(with_common_layers(routes, settings))
}

/// The layers every listener's routes have (the portal's and the dashboard's): request
/// ids and traces, metrics by route template, request logs, compression of pages,
/// security headers, and the panic catcher.
pub fn with_common_layers(routes: Router, settings: &Settings) -> Router {
    let layers = ServiceBuilder::new()
        .layer(axum::middleware::from_fn(correlation::correlate))
        .layer(axum::middleware::from_fn(metrics::track))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(correlation::request_span(Arc::from(settings.instance.as_str())))
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        // Pages are compressed per response (brotli or gzip, as the browser accepts);
        // `/pkg` files come precompressed. Safe with the CSRF token in the page because
        // the page only ever carries it masked afresh (see `csrf`).
        .layer(CompressionLayer::new().compress_when(is_html))
        .layer(axum::middleware::from_fn(security_headers))
        .layer(CatchPanicLayer::new());
    routes
        // Every route's template, for the request metrics' `route` label.
        .route_layer(axum::middleware::from_fn(metrics::remember_route))
        .layer(layers)
}

/// Whether a response is a page (the only responses compressed on the fly).
fn is_html(_: http::StatusCode, _: http::Version, headers: &http::HeaderMap, _: &http::Extensions) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"))
}

/// The portal server, bound to its sockets (public and admin) and ready to serve.
#[derive(Debug)]
pub struct Application {
    listener: TcpListener,
    local_addr: SocketAddr,
    router: Router,
    /// The admin listener (`None`: `PAYLERA_PORTAL_ADMIN_ADDR=off`), its address, its routes.
    admin: Option<(TcpListener, SocketAddr, Router)>,
    /// The merchant dashboard's listener (`None`: `PAYLERA_DASHBOARD_ADDR=off`).
    dashboard: Option<(TcpListener, SocketAddr, Router)>,
    readiness: Readiness,
    drain: Duration,
    instance: Arc<str>,
}

/// What makes a further listener's routes from the settings: the merchant dashboard's
/// (`crate::dashboard::router`), which the binary hands to
/// [`Application::build_with_dashboard`] (the server module never names the dashboard,
/// which is built on it).
pub type ListenerRoutes = fn(&Settings, &Readiness) -> Result<Router, PortalError>;

impl Application {
    /// Builds the routers and binds `settings.addr` and `settings.admin_addr` (port `0`
    /// picks a free port; see [`Application::local_addr`]). Logs the settings'
    /// warnings. No dashboard listener: see [`Application::build_with_dashboard`].
    pub async fn build(settings: Settings) -> Result<Self, PortalError> {
        Self::build_with(settings, None).await
    }

    /// [`Application::build`], and the dashboard's listener on
    /// `settings.dashboard_addr` (unless it is off) serving `dashboard`'s routes.
    pub async fn build_with_dashboard(settings: Settings, dashboard: ListenerRoutes) -> Result<Self, PortalError> {
        Self::build_with(settings, Some(dashboard)).await
    }

    async fn build_with(settings: Settings, dashboard: Option<ListenerRoutes>) -> Result<Self, PortalError> {
        for warning in settings.warnings() {
            tracing::warn!(%warning, "paylera-portal start-up warning");
        }
        let readiness = Readiness::default();
        let instance: Arc<str> = Arc::from(settings.instance.as_str());
        let router = router_with(&settings, &readiness)?;
        let (listener, local_addr) = bind(settings.addr).await?;
        let admin = match settings.admin_addr {
            Some(addr) => {
                let (listener, local_addr) = bind(addr).await?;
                let probes = Probes {
                    upstream: Upstream::new(&settings.api_url, settings.service_key.clone()),
                    readiness: readiness.clone(),
                };
                Some((listener, local_addr, admin::admin_router(probes, instance.clone())))
            }
            None => None,
        };
        let dashboard = match (settings.dashboard_addr, dashboard) {
            (Some(addr), Some(routes)) => {
                let (listener, local_addr) = bind(addr).await?;
                let routes = with_common_layers(routes(&settings, &readiness)?, &settings);
                Some((listener, local_addr, routes))
            }
            _ => None,
        };
        Ok(Self {
            listener,
            local_addr,
            router,
            admin,
            dashboard,
            readiness,
            drain: settings.drain,
            instance,
        })
    }

    /// The address actually bound.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The admin listener's address, when there is one.
    pub fn admin_addr(&self) -> Option<SocketAddr> {
        self.admin.as_ref().map(|(_, addr, _)| *addr)
    }

    /// The dashboard listener's address, when there is one.
    pub fn dashboard_addr(&self) -> Option<SocketAddr> {
        self.dashboard.as_ref().map(|(_, addr, _)| *addr)
    }

    /// Serves until SIGINT or SIGTERM, then drains and stops (see [`drain`]).
    pub async fn run_until_stopped(self) -> Result<(), PortalError> {
        self.run_until(async {
            let signal = drain::shutdown_signal().await;
            tracing::info!(signal, "paylera-portal stopping");
        })
        .await
    }

    /// Serves until `stop` resolves; then `/readyz` answers `503 draining` on both
    /// listeners for the drain (`PAYLERA_DRAIN_SECS`, cut short by a second SIGINT or
    /// SIGTERM), then both listeners close and the requests in flight finish.
    pub async fn run_until(self, stop: impl Future<Output = ()> + Send + 'static) -> Result<(), PortalError> {
        tracing::info!(
            addr = %self.local_addr,
            admin = self.admin_addr().map(|addr| addr.to_string()).as_deref().unwrap_or("off"),
            dashboard = self.dashboard_addr().map(|addr| addr.to_string()).as_deref().unwrap_or("off"),
            instance = &*self.instance,
            "paylera-portal listening"
        );
        let (close, closed) = tokio::sync::watch::channel(false);
        let until_closed = move || {
            let mut closed = closed.clone();
            async move {
                // An error means the sender is gone: close as well.
                let _ = closed.wait_for(|closed| *closed).await;
            }
        };
        let admin = self.admin.map(|(listener, _, router)| {
            tokio::spawn(
                axum::serve(listener, router)
                    .with_graceful_shutdown(until_closed())
                    .into_future(),
            )
        });
        let dashboard = self.dashboard.map(|(listener, _, router)| {
            tokio::spawn(
                axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
                    .with_graceful_shutdown(until_closed())
                    .into_future(),
            )
        });
        let drained = drain::drained(stop, self.readiness, self.drain);
        axum::serve(
            self.listener,
            self.router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            drained.await;
            let _ = close.send(true);
        })
        .await
        .map_err(PortalError::Serve)?;
        for (name, task) in [("admin", admin), ("dashboard", dashboard)] {
            if let Some(task) = task {
                match task.await {
                    Ok(served) => served.map_err(PortalError::Serve)?,
                    Err(err) => tracing::error!(error = %err, listener = name, "a listener's task failed"),
                }
            }
        }
        tracing::info!("paylera-portal stopped: every request finished");
        Ok(())
    }
}

/// Binds `addr`, giving the address actually bound.
async fn bind(addr: SocketAddr) -> Result<(TcpListener, SocketAddr), PortalError> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| PortalError::Bind { addr, source })?;
    let local_addr = listener
        .local_addr()
        .map_err(|source| PortalError::Bind { addr, source })?;
    Ok((listener, local_addr))
}
