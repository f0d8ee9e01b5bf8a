//! Test harness: spawn the app against a fresh database, mint tenants, speak the
//! API through the typed client.

use std::sync::Arc;

use paylera_api::{Application, Settings, db::Db, store};
use paylera_shared::{client::ApiClient, customer::CreateCustomerRequest, customer::Customer, dashboard::Role};
use tokio::sync::OnceCell;

/// A running API with its own database.
pub struct TestApp {
    pub base: String,
    /// The admin listener (`/metrics`).
    pub admin_base: String,
    pub db: Db,
    pub database_url: String,
    /// Keeps a SQLite database's directory alive for the test's duration.
    _dir: Option<Arc<tempfile::TempDir>>,
    /// Where the app keeps its generated secrets.
    pub data_dir: Arc<tempfile::TempDir>,
}

/// A tenant with a client authenticated as it.
pub struct TestTenant {
    pub id: String,
    /// The test-mode key; [`Self::api`] uses it.
    pub secret_key: String,
    pub api: ApiClient,
    /// The live-mode key (`sk_live_…`).
    pub live_secret_key: String,
}

const DB_PREFIX: &str = "paylera_t_";

fn backend() -> String {
    std::env::var("PAYLERA_TEST_DATABASE").unwrap_or_else(|_| "sqlite".to_owned())
}

/// Starts the API on `127.0.0.1:0` with a fresh, migrated database. Webhooks may
/// target loopback receivers (`PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true`).
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// [`spawn_app`] with more (or overriding) environment variables.
pub async fn spawn_app_with(extra: &[(&str, &str)]) -> TestApp {
    log_buffer();
    let backend = backend();
    let (database_url, dir) = if backend == "sqlite" {
        let dir = tempfile::tempdir().expect("temp dir");
        (
            format!("sqlite://{}/paylera.db", dir.path().display()),
            Some(Arc::new(dir)),
        )
    } else {
        (fresh_postgres_database(&backend).await, None)
    };
    let data_dir = tempfile::tempdir().expect("data dir");
    let vars = [
        ("DATABASE_URL", database_url.clone()),
        ("PAYLERA_API_ADDR", "127.0.0.1:0".to_owned()),
        ("PAYLERA_DATA_DIR", data_dir.path().display().to_string()),
        ("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true".to_owned()),
        ("PAYLERA_API_ADMIN_ADDR", "127.0.0.1:0".to_owned()),
        // Tests generate their secrets per app, PostgreSQL or not.
        ("PAYLERA_ENV", "development".to_owned()),
    ];
    let settings = Settings::from_lookup(|name| {
        extra
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| (*v).to_owned())
            .or_else(|| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()))
    })
    .expect("settings");
    let app = Application::build(settings).await.expect("app starts");
    let addr = app.local_addr().expect("bound");
    let admin = app.admin_addr().expect("admin listener");
    let db = app.db().clone();
    tokio::spawn(app.run_until_stopped(std::future::pending()));
    TestApp {
        base: format!("http://{addr}"),
        admin_base: format!("http://{admin}"),
        db,
        database_url,
        _dir: dir,
        data_dir: Arc::new(data_dir),
    }
}

/// Creates a database on the PostgreSQL server at `admin_url` and returns its URL.
///
/// Its name carries this process's id (`paylera_t_{pid}_{random}`). Once per run, the
/// databases of test processes that are no longer running are dropped: never those of
/// another test run still going on this machine (two runs at once used to drop each
/// other's databases mid-test).
pub async fn fresh_postgres_database(admin_url: &str) -> String {
    static CLEANED: OnceCell<()> = OnceCell::const_new();
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(admin_url)
        .await
        .expect("PostgreSQL reachable at PAYLERA_TEST_DATABASE");
    CLEANED
        .get_or_init(|| async {
            let names: Vec<String> =
                sqlx::query_scalar("select datname::text from pg_database where datname like 'paylera_t_%'")
                    .fetch_all(&admin)
                    .await
                    .expect("list databases");
            for name in names.into_iter().filter(|name| is_stale(name)) {
                let sql = sqlx::AssertSqlSafe(format!("drop database if exists \"{name}\" with (force)"));
                sqlx::query(sql).execute(&admin).await.expect("drop stale database");
            }
        })
        .await;
    let name = format!(
        "{DB_PREFIX}{}_{}",
        std::process::id(),
        paylera_api::domain::ids::random_base62(16).to_lowercase()
    );
    sqlx::query(sqlx::AssertSqlSafe(format!("create database \"{name}\"")))
        .execute(&admin)
        .await
        .expect("create database");
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').expect("URL with a database path");
    format!("{base}/{name}")
}

/// Whether test database `name` was left by a process that is gone (or has no process
/// id in its name: an older run's).
fn is_stale(name: &str) -> bool {
    let pid = name
        .strip_prefix(DB_PREFIX)
        .and_then(|rest| rest.split_once('_'))
        .and_then(|(pid, _)| pid.parse::<u32>().ok());
    match pid {
        Some(pid) => pid != std::process::id() && !std::path::Path::new(&format!("/proc/{pid}")).exists(),
        None => true,
    }
}

impl TestApp {
    /// An unauthenticated client.
    pub fn anonymous(&self) -> ApiClient {
        ApiClient::new(&self.base)
    }

    /// A raw HTTP client for requests the typed client would never send.
    pub fn http(&self) -> reqwest::Client {
        reqwest::Client::new()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Opens a portal session for `customer` of `tenant` the way the portal server does
    /// (create, then exchange the link's secret): the session's id and the portal token.
    pub async fn portal_token(&self, tenant: &TestTenant, customer: &str) -> (String, String) {
        self.portal_token_with(tenant, customer, serde_json::json!({})).await
    }

    /// [`Self::portal_token`] for a session with `configuration` overrides.
    pub async fn portal_token_with(
        &self,
        tenant: &TestTenant,
        customer: &str,
        configuration: serde_json::Value,
    ) -> (String, String) {
        let session: serde_json::Value = tenant
            .api
            .post(
                "/v1/portal/sessions",
                &serde_json::json!({"customer_id": customer, "return_url": "https://merchant.example/back",
                    "configuration": configuration}),
                None,
            )
            .await
            .expect("session");
        let secret = session["url"]
            .as_str()
            .and_then(|u| u.rsplit_once("/p/"))
            .map(|(_, s)| s.to_owned())
            .expect("a /p/ link");
        let id = session["id"].as_str().expect("a session id").to_owned();
        (id, self.exchange(&secret).await)
    }

    /// An API client for a portal session of `customer` with `configuration` overrides,
    /// as the portal server calls the API for that customer.
    pub async fn portal_client(
        &self,
        tenant: &TestTenant,
        customer: &str,
        configuration: serde_json::Value,
    ) -> ApiClient {
        let (_, token) = self.portal_token_with(tenant, customer, configuration).await;
        self.anonymous().with_bearer(token)
    }

    /// Exchanges a link secret for a portal token, as the portal server does.
    pub async fn exchange(&self, secret: &str) -> String {
        self.exchange_answer(secret).await.token
    }

    /// The whole answer of exchanging a link's `secret` (the token and the session as the
    /// portal server gets it).
    pub async fn exchange_answer(&self, secret: &str) -> paylera_shared::portal::PortalToken {
        self.http()
            .post(self.url("/v1/portal/sessions/exchange"))
            .json(&serde_json::json!({"secret": secret}))
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("token")
    }

    /// Pins `tenant` to API `version`, as an operator would.
    pub async fn pin_api_version(&self, tenant: &TestTenant, version: paylera_shared::version::ApiVersion) {
        sqlx::query("update tenants set api_version = $1 where id = $2")
            .bind(version.as_str())
            .bind(&tenant.id)
            .execute(self.db.writer())
            .await
            .expect("pinned");
    }

    /// A new tenant, created the way `paylera-api tenant create` does.
    pub async fn tenant(&self, name: &str) -> TestTenant {
        let mut tx = self.db.begin().await.expect("tx");
        let created = store::tenants::create(&mut tx, name).await.expect("tenant");
        tx.commit().await.expect("commit");
        TestTenant {
            id: created.id.to_string(),
            api: self.anonymous().with_bearer(&created.secret_key),
            secret_key: created.secret_key,
            live_secret_key: created.live_secret_key,
        }
    }

    /// A team member of `tenant` with `role`, signed in: their email, password and
    /// dashboard session token.
    pub async fn team_member(&self, tenant: &TestTenant, role: Role) -> (String, String, String) {
        let email = format!(
            "{}-{}@team.example",
            role.as_str(),
            paylera_api::domain::ids::random_base62(8)
        )
        .to_lowercase();
        let password = format!("grey lantern {} harbour", paylera_api::domain::ids::random_base62(6));
        let member = store::team::MemberRow {
            id: format!("usr_{}", paylera_api::domain::ids::random_base62(24)),
            tenant_id: tenant.id.clone(),
            email: email.clone(),
            name: None,
            role: role.as_str().to_owned(),
            password_hash: paylera_api::domain::team::hash_password(&password).expect("hashed"),
            totp_secret: None,
            totp_pending: None,
            totp_last_step: None,
            failed_attempts: 0,
            locked_until: None,
            created: chrono::Utc::now().timestamp(),
            last_sign_in: None,
        };
        let mut tx = self.db.begin().await.expect("tx");
        store::team::create_member(&mut tx, &member).await.expect("member");
        tx.commit().await.expect("commit");
        let session: paylera_shared::dashboard::DashboardSession = self
            .anonymous()
            .post(
                "/v1/dashboard/sessions",
                &serde_json::json!({"email": email, "password": password}),
                None,
            )
            .await
            .expect("signed in");
        (email, password, session.token.expect("a token"))
    }

    /// Counts rows of `table` for a tenant, straight from the database.
    pub async fn count_rows(&self, table: &str, tenant_id: &str) -> i64 {
        let sql = sqlx::AssertSqlSafe(format!("select count(*) from {table} where tenant_id = $1"));
        sqlx::query_scalar(sql)
            .bind(tenant_id)
            .fetch_one(self.db.reader())
            .await
            .expect("count")
    }
}

impl TestTenant {
    pub async fn create_customer(&self, email: &str) -> Customer {
        let params = CreateCustomerRequest {
            email: Some(email.to_owned()),
            name: Some("Test Customer".to_owned()),
            ..Default::default()
        };
        self.api.create_customer(&params, None).await.expect("customer created")
    }
}

impl TestTenant {
    /// Creates a card from a test number and attaches it to `customer`.
    pub async fn add_card(&self, customer: &Customer, number: &str) -> paylera_shared::payment_method::PaymentMethod {
        self.api
            .create_payment_method(&card(number, Some(customer)))
            .await
            .expect("card added")
    }

    /// `customer`'s new monthly subscription to a new product's `currency` price of
    /// `amount`, as the API answers it (its first invoice is `latest_invoice`).
    pub async fn monthly_subscription(
        &self,
        customer: &Customer,
        currency: &str,
        amount: i64,
    ) -> paylera_shared::subscription::Subscription {
        let product: serde_json::Value = self
            .api
            .post("/v1/products", &serde_json::json!({"name": "Pro"}), None)
            .await
            .expect("product");
        let product = product["id"].as_str().expect("id");
        let price: serde_json::Value = self
            .api
            .post("/v1/prices", &price(product, currency, amount, "month"), None)
            .await
            .expect("price");
        self.api
            .post(
                "/v1/subscriptions",
                &serde_json::json!({"customer": customer.id, "price": price["id"]}),
                None,
            )
            .await
            .expect("subscribed")
    }
}

/// A create request for a test card expiring in 2034.
pub fn card(number: &str, customer: Option<&Customer>) -> paylera_shared::payment_method::CreatePaymentMethodRequest {
    paylera_shared::payment_method::CreatePaymentMethodRequest {
        metadata: None,
        kind: Some("card".to_owned()),
        card: paylera_shared::payment_method::CardParams {
            number: number.to_owned(),
            exp_month: 12,
            exp_year: 2034,
            cvc: Some(if number.starts_with("37") { "1234" } else { "123" }.to_owned()),
        },
        customer: customer.map(|c| c.id.to_string()),
    }
}

/// Every log line of this test binary, at every level (TRACE), as JSON lines.
/// Installed by [`spawn_app`] before the first server starts.
pub fn captured_logs() -> String {
    String::from_utf8_lossy(&log_buffer().lock().unwrap_or_else(std::sync::PoisonError::into_inner)).into_owned()
}

fn log_buffer() -> &'static Arc<std::sync::Mutex<Vec<u8>>> {
    static BUFFER: std::sync::OnceLock<Arc<std::sync::Mutex<Vec<u8>>>> = std::sync::OnceLock::new();
    BUFFER.get_or_init(|| {
        let buffer = Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = buffer.clone();
        let installed = tracing_subscriber::fmt()
            .json()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(move || LogSink(sink.clone()))
            .try_init();
        drop(installed);
        buffer
    })
}

struct LogSink(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogSink {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl TestApp {
    /// Everything the database holds, as text: the SQLite files' bytes, or every
    /// row of every table on PostgreSQL.
    pub async fn database_text(&self) -> String {
        if let Some(path) = self.database_url.strip_prefix("sqlite://") {
            let path = path.split('?').next().unwrap_or(path);
            let mut text = String::new();
            for suffix in ["", "-wal", "-journal"] {
                if let Ok(bytes) = std::fs::read(format!("{path}{suffix}")) {
                    text.push_str(&String::from_utf8_lossy(&bytes));
                }
            }
            return text;
        }
        let tables: Vec<String> =
            sqlx::query_scalar("select table_name::text from information_schema.tables where table_schema = 'public'")
                .fetch_all(self.db.reader())
                .await
                .expect("tables");
        let mut text = String::new();
        for table in tables {
            let rows: Vec<String> =
                sqlx::query_scalar(sqlx::AssertSqlSafe(format!("select t::text from \"{table}\" t")))
                    .fetch_all(self.db.reader())
                    .await
                    .expect("rows");
            text.push_str(&rows.join("\n"));
        }
        text
    }
}

impl TestApp {
    /// The key the app signs portal tokens with (generated in its data directory).
    pub fn portal_jwt_key(&self) -> Vec<u8> {
        std::fs::read(self.data_dir.path().join("secrets").join("portal_jwt.key")).expect("portal key")
    }
}

/// A create request for a recurring licensed price.
pub fn price(
    product: &str,
    currency: &str,
    amount: i64,
    interval: &str,
) -> paylera_shared::catalog::CreatePriceRequest {
    paylera_shared::catalog::CreatePriceRequest {
        product: product.into(),
        currency: currency.into(),
        unit_amount: amount,
        recurring: paylera_shared::catalog::RecurringParams {
            interval: interval.into(),
            interval_count: None,
            usage_type: None,
        },
        nickname: None,
        metadata: None,
    }
}

impl TestApp {
    /// The row an idempotent request of `tenant` with `key` is stored under, and the
    /// fingerprint of `method path body`, as the app computes them (for tests that
    /// plant a claim left by a crashed process).
    pub async fn idempotency_row(
        &self,
        tenant: &TestTenant,
        key: &str,
        method: &http::Method,
        path: &str,
        body: &[u8],
    ) -> (String, String) {
        use paylera_api::middleware::{
            auth::{Caller, Principal},
            idempotency,
        };
        let secrets = self.secrets();
        let owner = store::tenants::find_key(&self.db, &paylera_api::domain::api_key::hash(&tenant.secret_key))
            .await
            .expect("lookup")
            .expect("the tenant's key");
        let caller = Caller {
            tenant_id: owner.tenant_id,
            principal: Principal::Merchant {
                key_id: owner.key_id,
                mode: owner.mode,
            },
        };
        (
            idempotency::scoped_key(&caller, key),
            idempotency::fingerprint(&secrets, method, path, body),
        )
    }
}

impl TestApp {
    /// The app's secrets (generated in its data directory).
    pub fn secrets(&self) -> paylera_api::secrets::Secrets {
        let settings = Settings::from_lookup(|name| {
            (name == "PAYLERA_DATA_DIR").then(|| self.data_dir.path().display().to_string())
        })
        .expect("settings");
        paylera_api::secrets::Secrets::load(&settings).expect("the app's secrets")
    }
}

/// A port free at the time of asking (for a binary that must keep one across restarts).
pub fn free_port() -> u16 {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("probe");
    probe.local_addr().expect("addr").port()
}

/// Starts the `paylera-api` binary on `port`, sharing `app`'s database and secrets
/// (as every instance of a cluster must), with `extra` environment.
pub fn start_binary(app: &TestApp, port: u16, extra: &[(&str, &str)]) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_paylera-api"))
        .arg("serve")
        .env("DATABASE_URL", &app.database_url)
        .env("PAYLERA_API_ADDR", format!("127.0.0.1:{port}"))
        .env("PAYLERA_API_ADMIN_ADDR", "127.0.0.1:0")
        .env("PAYLERA_DATA_DIR", app.data_dir.path())
        .env("PAYLERA_LOG", "warn")
        .env("PAYLERA_ENV", "development")
        .envs(extra.iter().copied())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("paylera-api starts")
}

/// Waits until the server at `base` answers `/healthz` (up to 30 s: a busy 2-core
/// machine migrating a PostgreSQL database can take a while).
pub async fn wait_healthy(base: &str) {
    let http = reqwest::Client::new();
    for _ in 0..1500 {
        if http
            .get(format!("{base}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("paylera-api did not come up");
}

impl TestApp {
    /// The app's OpenAPI document.
    pub async fn openapi(&self) -> serde_json::Value {
        self.http()
            .get(self.url("/v1/openapi.json"))
            .send()
            .await
            .expect("doc")
            .json()
            .await
            .expect("json")
    }
}

#[test]
fn only_databases_of_finished_test_processes_are_stale() {
    assert!(
        !is_stale(&format!("{DB_PREFIX}{}_abc", std::process::id())),
        "this run's"
    );
    assert!(
        !is_stale(&format!("{DB_PREFIX}1_abc")),
        "a running process's (pid 1 always runs)"
    );
    assert!(is_stale(&format!("{DB_PREFIX}4294967_abc")), "a finished process's");
    assert!(
        is_stale(&format!("{DB_PREFIX}abcdefgh")),
        "an older run's, without a process id"
    );
}
