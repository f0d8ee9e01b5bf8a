//! Building and running the API server. [`router`] is a plain function so tests
//! can serve it on port 0 (see [`Application::build`]).

use std::{
    future::{Future, IntoFuture as _},
    net::SocketAddr,
    sync::Arc,
    time::Duration,
};

use axum::{
    Router,
    extract::DefaultBodyLimit,
    http::{HeaderValue, header},
    middleware::{from_fn, from_fn_with_state},
    response::IntoResponse,
    routing::get,
};
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::{catch_panic::CatchPanicLayer, set_header::SetResponseHeaderLayer, trace::TraceLayer};
use utoipa::OpenApi as _;

use crate::{
    db::Db,
    error::ApiError,
    lifecycle::Readiness,
    middleware::{auth, envelope, expand, idempotency, metrics, rate_limit::RateLimiter, scope, version},
    openapi::{ApiDoc, render_docs, render_error_reference},
    routes,
    secrets::Secrets,
    settings::{MAX_BODY_BYTES, Settings},
    store,
};

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub secrets: Secrets,
    /// In-memory rate limits of this process.
    pub limits: Arc<Limits>,
    /// Whether this instance is draining (`/readyz` answers 503).
    pub readiness: Readiness,
    pub docs: Arc<Docs>,
}

/// The per-process rate limits (see `middleware::rate_limit`).
#[derive(Debug)]
pub struct Limits {
    /// Requests per merchant API key per minute.
    pub api_keys: RateLimiter,
    /// Link exchanges per client address per minute.
    pub link_exchanges: RateLimiter,
}

impl axum::extract::FromRef<AppState> for Db {
    fn from_ref(state: &AppState) -> Db {
        state.db.clone()
    }
}

impl axum::extract::FromRef<AppState> for Readiness {
    fn from_ref(state: &AppState) -> Readiness {
        state.readiness.clone()
    }
}

/// What the operators' listener reaches.
#[derive(Debug, Clone)]
pub struct AdminState {
    pub db: Db,
    pub readiness: Readiness,
}

impl axum::extract::FromRef<AdminState> for Db {
    fn from_ref(state: &AdminState) -> Db {
        state.db.clone()
    }
}

impl axum::extract::FromRef<AdminState> for Readiness {
    fn from_ref(state: &AdminState) -> Readiness {
        state.readiness.clone()
    }
}

/// The OpenAPI document, rendered once at start-up.
#[derive(Debug)]
pub struct Docs {
    pub json: String,
    pub html: String,
    /// `/docs/errors`: every error code, the target of every `doc_url`.
    pub errors: String,
}

/// The API's routes and middleware, ready to serve.
pub fn router(db: Db, settings: Arc<Settings>, secrets: Secrets) -> Router {
    router_with(db, settings, secrets, Readiness::default())
}

/// [`router`], reporting `readiness` on `/readyz`.
pub fn router_with(db: Db, settings: Arc<Settings>, secrets: Secrets, readiness: Readiness) -> Router {
    let (v1, api) = routes::v1().split_for_parts();
    let (public, public_api) = routes::public().split_for_parts();
    let mut doc = ApiDoc::openapi();
    doc.merge(api);
    doc.merge(public_api);
    crate::openapi::complete(&mut doc);
    let docs = Arc::new(Docs {
        json: crate::openapi::document_json(&doc),
        html: render_docs(&doc),
        errors: render_error_reference(),
    });
    crate::error::set_public_url(&settings.api_public_url);
    let limits = Arc::new(Limits {
        api_keys: RateLimiter::new(settings.api_key_requests_per_minute),
        link_exchanges: RateLimiter::new(u32::try_from(settings.link_exchanges_per_minute).unwrap_or(u32::MAX)),
    });
    let state = AppState {
        db,
        settings,
        secrets,
        limits,
        readiness,
        docs,
    };
    // Install the recorder before the first request is counted.
    metrics::handle();

    // `route_layer`s apply to the routes above them; the last one added runs first.
    let scoped = v1
        .route_layer(from_fn_with_state(state.clone(), idempotency::idempotency))
        .route_layer(from_fn_with_state(state.clone(), scope::enforce))
        .route_layer(from_fn(crate::extract::parse_body));
    // `expand[]` asks the scoped routes themselves, as the caller.
    let lookups = expand::Lookups(scoped.clone().with_state(state.clone()));
    let v1 = scoped
        .route_layer(from_fn_with_state(lookups, expand::expand))
        .route_layer(from_fn_with_state(state.clone(), version::negotiate))
        .route_layer(from_fn_with_state(state.clone(), auth::authenticate));
    let public = public.route_layer(from_fn(version::negotiate_public));

    Router::new()
        .merge(v1)
        .merge(public)
        .route("/v1/openapi.json", get(routes::reference::openapi_json))
        .route("/docs", get(routes::reference::docs_page))
        .route("/docs/errors", get(routes::reference::error_reference))
        .route("/docs/assets/{file}", get(routes::reference::asset))
        .route("/healthz", get(routes::health::healthz))
        .route("/readyz", get(routes::health::readyz))
        .fallback(route_not_found)
        .route_layer(from_fn(metrics::track))
        .layer(
            ServiceBuilder::new()
                // `request-id` (checked, else made) and `traceparent`, both ways; see `telemetry`.
                .layer(from_fn(crate::telemetry::correlate))
                .layer(TraceLayer::new_for_http().make_span_with(crate::telemetry::request_span))
                .layer(SetResponseHeaderLayer::overriding(
                    header::X_CONTENT_TYPE_OPTIONS,
                    HeaderValue::from_static("nosniff"),
                ))
                .layer(SetResponseHeaderLayer::overriding(
                    header::X_FRAME_OPTIONS,
                    HeaderValue::from_static("DENY"),
                ))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"),
                ))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("no-store"),
                ))
                .layer(from_fn(envelope::ensure_envelope))
                .layer(CatchPanicLayer::custom(|_: Box<dyn std::any::Any + Send>| {
                    ApiError::internal("handler panicked").into_response()
                }))
                .layer(DefaultBodyLimit::max(MAX_BODY_BYTES)),
        )
        .with_state(state)
}

/// The operators' listener: `/metrics` (Prometheus), `/healthz` and `/readyz`.
/// Served on `PAYLERA_API_ADMIN_ADDR`, never on the public address.
pub fn admin_router(db: Db, readiness: Readiness) -> Router {
    Router::new()
        .route("/metrics", get(routes::health::prometheus))
        .route("/healthz", get(routes::health::healthz))
        .route("/readyz", get(routes::health::readyz))
        .fallback(route_not_found)
        .with_state(AdminState { db, readiness })
}

async fn route_not_found() -> ApiError {
    envelope::for_status(http::StatusCode::NOT_FOUND)
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("cannot connect to the database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("cannot apply migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot load secrets: {0}")]
    Secrets(std::io::Error),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
}

/// A bound, migrated server, not yet serving.
#[derive(Debug)]
pub struct Application {
    listener: TcpListener,
    admin: Option<TcpListener>,
    db: Db,
    settings: Arc<Settings>,
    secrets: Secrets,
}

/// Reads the invoice PDFs' CJK fonts (`paylera_pdf::load_system_fonts`) before the
/// first request. Missing fonts are not fatal and leave `/readyz` ready: every PDF still
/// renders, with CJK characters as empty boxes (their text stays extractable), so one
/// warning names the files and where they were looked for.
async fn load_pdf_fonts(dir: std::path::PathBuf) {
    let found = tokio::task::spawn_blocking(move || paylera_pdf::load_system_fonts(Some(&dir))).await;
    match found {
        Ok(fonts) if !fonts.missing.is_empty() => tracing::warn!(
            dir = %fonts.dir.display(),
            missing = %fonts.missing.join(", "),
            "CJK fonts for invoice PDFs not found (install fonts-noto-cjk or set PAYLERA_PDF_FONT_DIR): Japanese, Korean and Chinese text will print as empty boxes"
        ),
        Ok(fonts) => tracing::info!(dir = %fonts.dir.display(), "CJK fonts for invoice PDFs loaded"),
        Err(err) => tracing::warn!(error = %err, "reading the CJK fonts for invoice PDFs failed"),
    }
}

impl Application {
    /// Connects, migrates and binds (`PAYLERA_API_ADDR` may use port 0).
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        let secrets = Secrets::load(&settings).map_err(StartupError::Secrets)?;
        load_pdf_fonts(settings.pdf_font_dir.clone()).await;
        let db = Db::connect(&settings.database_url).await?;
        db.migrate().await?;
        let sealed = store::webhooks::seal_clear_secrets(&db, secrets.webhook_sealer()).await?;
        if sealed > 0 {
            tracing::info!(endpoints = sealed, "sealed webhook signing secrets stored in clear");
        }
        let addr = settings.api_addr;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| StartupError::Bind { addr, source })?;
        let admin = match settings.admin_addr {
            Some(addr) => Some(
                TcpListener::bind(addr)
                    .await
                    .map_err(|source| StartupError::Bind { addr, source })?,
            ),
            None => None,
        };
        Ok(Self {
            listener,
            admin,
            db,
            settings: Arc::new(settings),
            secrets,
        })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// The admin listener's address, when there is one.
    pub fn admin_addr(&self) -> Option<SocketAddr> {
        self.admin.as_ref().and_then(|l| l.local_addr().ok())
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Serves until `shutdown` resolves, then stops as [`crate::lifecycle`] says:
    /// not ready for `PAYLERA_DRAIN_SECS`, the requests in flight finished, the
    /// webhook attempts in flight finished, the background loops stopped.
    pub async fn run_until_stopped(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let readiness = Readiness::default();
        let pruner = tokio::spawn(prune_idempotency_keys(
            self.db.clone(),
            self.settings.idempotency_retention,
        ));
        let scheduler = tokio::spawn(crate::billing::clock::scheduler(
            self.db.clone(),
            Duration::from_secs(60),
        ));
        let sweeper = tokio::spawn(crate::portal::sweeper(self.db.clone(), Duration::from_secs(60)));
        // Sessions whose customer left complete within seconds: checked every second.
        let leaver = tokio::spawn(crate::portal::leaver(self.db.clone(), Duration::from_secs(1)));
        let (stop_dispatching, stop) = tokio::sync::watch::channel(false);
        let dispatcher = if self.settings.webhooks.dispatcher {
            let dispatcher = crate::webhooks::Dispatcher::new(
                self.db.clone(),
                self.settings.webhooks.clone(),
                self.secrets.webhook_sealer().clone(),
            )
            .map_err(std::io::Error::other)?;
            let lease = dispatcher.lease();
            Some((tokio::spawn(dispatcher.run_until(stop)), lease))
        } else {
            None
        };
        let admin = self.admin.map(|listener| {
            tokio::spawn(axum::serve(listener, admin_router(self.db.clone(), readiness.clone())).into_future())
        });
        let drain = self.settings.drain;
        let app = router_with(self.db.clone(), self.settings, self.secrets, readiness.clone());
        let served = axum::serve(self.listener, app)
            .with_graceful_shutdown(crate::lifecycle::drained(shutdown, readiness, drain))
            .await;
        tracing::info!("requests finished");
        if let Some((dispatcher, lease)) = dispatcher {
            // Attempts in flight end within their timeout; the lease bounds the wait
            // (a claim left behind is due again when its lease ends).
            let _ = stop_dispatching.send(true);
            match tokio::time::timeout(lease, dispatcher).await {
                Ok(_) => tracing::info!("webhook attempts finished"),
                Err(_) => tracing::warn!("webhook attempts still running at the lease's end; they will be retried"),
            }
        }
        if let Some(admin) = admin {
            admin.abort();
        }
        pruner.abort();
        scheduler.abort();
        sweeper.abort();
        leaver.abort();
        self.db.close().await;
        served
    }
}

/// Deletes idempotency records past the retention window, hourly.
async fn prune_idempotency_keys(db: Db, retention: Duration) {
    let mut every = tokio::time::interval(Duration::from_secs(3600));
    loop {
        every.tick().await;
        let cutoff = crate::domain::now().timestamp() - i64::try_from(retention.as_secs()).unwrap_or(i64::MAX);
        match store::idempotency::prune(&db, cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(pruned = n, "pruned expired idempotency keys"),
            Err(err) => tracing::warn!(error = %err, "could not prune idempotency keys"),
        }
    }
}
