//! `cargo xtask bench`: HTTP benchmarks of the release artifact, in one run.
//!
//! Builds the artifact (as `cargo xtask cluster` does), measures the store's
//! one-transaction write ceiling of SQLite and PostgreSQL (`api/benches/store_writes.rs`
//! in its single-database mode), then starts three targets one after the other, each
//! fresh from the artifact, and drives each with wrk (Debian's package):
//!
//! - `sqlite`: one API and one portal on a SQLite file, development mode;
//! - `postgres`: one API and one portal on a fresh database of the machine's PostgreSQL
//!   (TLS, production mode with the run's shared secrets, as the cluster runs);
//! - `cluster`: 2 API + 2 portal instances behind HAProxy on a fresh database
//!   ([`Cluster::start`]).
//!
//! Every row is one wrk run of `--seconds` with `--connections`; its Lua script is
//! generated into the run directory and ends with a `done()` hook printing one JSON
//! line ([`WRK_MARKER`]) that [`parse_wrk`] reads. The results are printed as markdown
//! and, for a run of every target, written into `docs/benchmarks.md` between
//! [`SECTION_START`] and [`SECTION_END`], with the issue's targets marked met or
//! MISSED.
//!
//! Invariants:
//! - nothing is benchmarked that has not been checked first: the signed-in pages must
//!   answer 200 and be the signed-in page, the PDF must answer 200, the hand-off page
//!   must be the hand-off form; a failed check ends the run (a benchmark of an error
//!   page is worthless);
//! - errors (HTTP status ≥ 400, socket errors, timeouts) are counted per row and shown
//!   in bold when there are any;
//! - every link secret is exchanged at most once by the exchange rows (they are
//!   created beforehand and handed out per wrk thread); a thread that runs out starts
//!   over, the reused links answer 404, and the row says so. After the API's exchange
//!   row one used link is exchanged again and must be refused (proof that the row
//!   exchanged real, single-use links);
//! - the merchant key, link secrets and session cookies are written only into the run
//!   directory's scripts (never on a command line, never printed); the run directory
//!   is removed after a successful run and kept (with the logs) after a failure.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::cluster::{self, Artifact, Cluster, Instance, Kind, Spec};
use crate::postgres::{self, PgTarget, ScratchDatabase};
use crate::servers::{self, Logs, Seed, Stack, StackConfig};
use crate::workspace::{Workspace, non_empty_env};
use crate::{api_client, cmd, http, interrupt, setup, test};

/// The first line of the section `cargo xtask bench` rewrites in `docs/benchmarks.md`.
pub const SECTION_START: &str = "<!-- http-bench:start -->";
/// Its last line.
pub const SECTION_END: &str = "<!-- http-bench:end -->";
/// What the `done()` hook of every script prints before its JSON.
pub const WRK_MARKER: &str = "PAYLERA_WRK ";
/// The environment every server of every target gets on top of its own: the rate
/// limits raised far above what one machine can send (all the load comes from one
/// merchant key and one client address), and quiet logs.
const SERVER_ENV: [(&str, &str); 3] = [
    ("PAYLERA_API_KEY_REQUESTS_PER_MINUTE", "10000000"),
    ("PAYLERA_LINK_EXCHANGES_PER_MINUTE", "100000"),
    ("PAYLERA_LOG", "warn"),
];
/// wrk threads (fewer when there are fewer connections).
const WRK_THREADS: u32 = 2;
/// The connections of the issue's p99 target.
const P99_CONNECTIONS: u32 = 16;
/// Invoices in the list the read row asks for (`limit=20`): the run creates as many.
const INVOICES: usize = 20;
/// The return URL of every portal session the run creates.
const RETURN_URL: &str = "https://merchant.example/back";
/// Marks of the signed-in overview and of the invoices page with its table.
const OVERVIEW_MARK: &str = "data-signed-in=\"true\"";
const INVOICES_MARKS: [&str; 2] = ["id=\"invoices-heading\"", "invoices__table"];
/// The `id` of the hand-off page's form (`portal-ui/src/server/link_page.rs`).
const HANDOFF_FORM: &str = "id=\"paylera-link-handoff\"";
/// The portal's session cookie (`portal-ui/src/session.rs`).
const SESSION_COOKIE: &str = "__Host-paylera_session";

/// One of the three set-ups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Sqlite,
    Postgres,
    Cluster,
}

impl Target {
    pub const ALL: [Self; 3] = [Self::Sqlite, Self::Postgres, Self::Cluster];

    /// Its name for `--only`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Sqlite => "sqlite",
            Self::Postgres => "postgres",
            Self::Cluster => "cluster",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    fn title(self) -> &'static str {
        match self {
            Self::Sqlite => "SQLite: 1 API + 1 portal (development mode)",
            Self::Postgres => "PostgreSQL: 1 API + 1 portal (production mode, TLS)",
            Self::Cluster => "Cluster: 2 API + 2 portal behind HAProxy, PostgreSQL (production mode, TLS)",
        }
    }

    /// Which store's write ceiling its session creates are compared with.
    fn store(self) -> Store {
        match self {
            Self::Sqlite => Store::Sqlite,
            Self::Postgres | Self::Cluster => Store::Postgres,
        }
    }
}

/// A database kind whose write ceiling is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Store {
    Sqlite,
    Postgres,
}

/// Flags of `cargo xtask bench`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// wrk's `-d` of every row.
    pub seconds: u32,
    /// wrk's `-c` of every row.
    pub connections: u32,
    /// The targets, in the order they run.
    pub only: Vec<Target>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            seconds: 10,
            connections: P99_CONNECTIONS,
            only: Target::ALL.to_vec(),
        }
    }
}

impl Options {
    /// The command that repeats this run.
    pub fn command_line(&self) -> String {
        let mut line = format!(
            "cargo xtask bench --seconds {} --connections {}",
            self.seconds, self.connections
        );
        if self.only != Target::ALL {
            let names: Vec<&str> = self.only.iter().map(|t| t.name()).collect();
            let _ = write!(line, " --only {}", names.join(","));
        }
        line
    }

    fn threads(&self) -> u32 {
        WRK_THREADS.min(self.connections)
    }
}

/// Parses `[--seconds N] [--connections C] [--only T[,T…]]` (also `--flag=value`).
pub fn parse(args: &[String], help: &str) -> Result<Options, String> {
    let mut options = Options::default();
    let mut only = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag, Some(value)),
            None => (arg.as_str(), None),
        };
        if !["--seconds", "--connections", "--only"].contains(&flag) {
            return Err(format!("unexpected argument `{arg}`\n\n{help}"));
        }
        let value = match inline {
            Some(value) => value,
            None => args
                .next()
                .map(String::as_str)
                .ok_or_else(|| format!("{flag} needs a value\n\n{help}"))?,
        };
        let number = |range: std::ops::RangeInclusive<u32>| {
            value.parse::<u32>().ok().filter(|n| range.contains(n)).ok_or_else(|| {
                format!(
                    "{flag} takes a number from {} to {}, not `{value}`\n\n{help}",
                    range.start(),
                    range.end()
                )
            })
        };
        match flag {
            "--seconds" => options.seconds = number(1..=600)?,
            "--connections" => options.connections = number(1..=1024)?,
            _ => {
                for name in value.split(',').filter(|n| !n.is_empty()) {
                    let target = Target::parse(name).ok_or_else(|| format!("unknown target `{name}`\n\n{help}"))?;
                    if !only.contains(&target) {
                        only.push(target);
                    }
                }
            }
        }
    }
    if !only.is_empty() {
        // Always in the canonical order: the cluster is compared with the single stack.
        options.only = Target::ALL.into_iter().filter(|t| only.contains(t)).collect();
    }
    Ok(options)
}

/// `cargo xtask bench`: see the module docs.
pub fn run(ws: &Workspace, options: &Options) -> Result<()> {
    interrupt::install()?;
    setup::wrk()?;
    let needs_postgres = options.only.iter().any(|t| t.store() == Store::Postgres);
    if options.only.contains(&Target::Cluster) {
        setup::haproxy()?;
    }
    let server_url = non_empty_env("PAYLERA_TEST_POSTGRES_URL").unwrap_or_else(|| postgres::DEFAULT_URL.to_owned());
    if needs_postgres {
        let target = PgTarget::parse(&server_url)?;
        if !target.reachable() && !postgres::try_start(&target)? {
            bail!(
                "PostgreSQL is unreachable at {} ({}): start it, set PAYLERA_TEST_POSTGRES_URL, or pass --only sqlite",
                target.address(),
                target.redacted
            );
        }
    }
    let artifact = Artifact::build(ws)?;
    let run_dir = test::scratch_dir("paylera-bench")?;
    let result = measure_all(ws, options, &artifact, &server_url, &run_dir);
    match &result {
        Ok(_) => {
            let _ = std::fs::remove_dir_all(&run_dir);
        }
        Err(_) => eprintln!(
            "bench: scripts, wrk output and server logs kept in {}",
            run_dir.display()
        ),
    }
    let runs = result?;
    let goals = goals(&runs, options.connections);
    println!("{}", render_goals(&goals));
    if options.only == Target::ALL {
        let section = render_section(&machine(&artifact)?, options, &runs, &goals);
        let path = ws.root.join("docs/benchmarks.md");
        let doc = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        std::fs::write(&path, replace_section(&doc, &section))
            .with_context(|| format!("writing {}", path.display()))?;
        eprintln!("bench: results written to {}", path.display());
    } else {
        eprintln!("bench: a run of some targets only (--only): docs/benchmarks.md left as it was");
    }
    Ok(())
}

/// The write ceilings, then every target; the results in the order they ran.
fn measure_all(
    ws: &Workspace,
    options: &Options,
    artifact: &Artifact,
    server_url: &str,
    run_dir: &Path,
) -> Result<Vec<TargetRun>> {
    let ops = (options.seconds as usize * 1000).max(2000);
    let mut ceilings = Vec::new();
    for store in [Store::Sqlite, Store::Postgres] {
        if options.only.iter().any(|t| t.store() == store) {
            ceilings.push((store, write_ceiling(ws, store, server_url, run_dir, ops)?));
        }
    }
    let mut runs = Vec::new();
    for &target in &options.only {
        let dir = run_dir.join(target.name());
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        eprintln!("bench: starting the {} target", target.name());
        let live = start(target, artifact, server_url, &dir)?;
        let bench = Bench {
            options,
            live: &live,
            dir: &dir,
        };
        let mut run = bench.measure_target()?;
        run.ceiling = ceilings.iter().find(|(s, _)| *s == target.store()).map(|(_, c)| *c);
        live.running.stop()?;
        println!("{}", render_target(&run));
        runs.push(run);
    }
    Ok(runs)
}

/// The store's one-transaction write rate on a fresh database of `store`'s kind:
/// `store_writes` with `PAYLERA_BENCH_DATABASE_URL` (a file in the run directory, or a
/// scratch database on the PostgreSQL server, over TLS like the servers).
fn write_ceiling(ws: &Workspace, store: Store, server_url: &str, run_dir: &Path, ops: usize) -> Result<Ceiling> {
    let mut scratch = None;
    let url = match store {
        Store::Sqlite => format!("sqlite://{}", run_dir.join("ceiling").join("store.db").display()),
        Store::Postgres => {
            let database = ScratchDatabase::create(server_url, "paylera_bench_store", false)?;
            let url = database.url.clone();
            scratch = Some(database);
            url
        }
    };
    let mut bench = ws.cargo();
    bench
        .args(["bench", "-p", "paylera-api", "--bench", "store_writes", "--"])
        .arg(ops.to_string())
        .env("PAYLERA_BENCH_DATABASE_URL", &url);
    let (status, stdout) = cmd::run_tee(&mut bench)?;
    if let Some(mut database) = scratch {
        database.drop_now()?;
    }
    if !status.success() {
        bail!("`{}` failed ({status})", cmd::display(&bench));
    }
    parse_ceiling(&stdout)
}

/// What `store_writes` measured.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ceiling {
    pub tx_per_sec: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub ops: u64,
}

/// The `{"store_writes":{…}}` line of `store_writes`' output.
pub fn parse_ceiling(stdout: &str) -> Result<Ceiling> {
    let value = json_line(stdout, "", |v| v.get("store_writes").is_some())
        .context("`store_writes` printed no {\"store_writes\":…} line")?;
    let field = |name: &str| {
        value["store_writes"][name]
            .as_f64()
            .with_context(|| format!("`store_writes` reported no number `{name}`"))
    };
    Ok(Ceiling {
        tx_per_sec: field("tx_per_sec")?,
        p50_ms: field("p50_ms")?,
        p99_ms: field("p99_ms")?,
        ops: value["store_writes"]["ops"].as_u64().unwrap_or_default(),
    })
}

/// The last line of `text` that is `prefix` followed by a JSON value `accept`s.
fn json_line(text: &str, prefix: &str, accept: impl Fn(&Value) -> bool) -> Option<Value> {
    text.lines()
        .rev()
        .filter_map(|line| line.trim().strip_prefix(prefix))
        .filter_map(|rest| serde_json::from_str::<Value>(rest).ok())
        .find(|value| accept(value))
}

/// A running target: where it answers, the demo tenant's key and customer, and the
/// processes (stopped, and the database dropped, when it is dropped).
#[derive(Debug)]
struct Live {
    target: Target,
    api_url: String,
    portal_url: String,
    secret_key: String,
    customer_id: String,
    running: Running,
}

/// A target's processes and database; dropping it stops them too (fields drop in
/// order: the servers before the database).
#[derive(Debug)]
enum Running {
    Single(Box<Stack>, Option<ScratchDatabase>),
    Cluster(Box<Cluster>),
}

impl Running {
    /// Stops the servers (HAProxy last), then drops the database.
    fn stop(self) -> Result<()> {
        match self {
            Self::Single(mut stack, database) => {
                stack.stop();
                database.map_or(Ok(()), |mut database| database.drop_now())
            }
            Self::Cluster(mut cluster) => cluster.stop(),
        }
    }
}

/// Starts `target` fresh from the artifact and waits until it is ready.
fn start(target: Target, artifact: &Artifact, server_url: &str, dir: &Path) -> Result<Live> {
    let server_env = || SERVER_ENV.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned()));
    let (running, api_url, portal_url, seed) = match target {
        Target::Sqlite => {
            let database_url = format!("sqlite://{}", dir.join("paylera.db").display());
            let stack = start_single(artifact, dir, |api_url, portal_url| {
                let site_root = artifact.site_root.display().to_string();
                let mut env: Vec<(String, String)> = [
                    ("PAYLERA_ENV", "development"),
                    ("DATABASE_URL", database_url.as_str()),
                    ("PAYLERA_API_URL", api_url),
                    ("PAYLERA_PORTAL_PUBLIC_URL", portal_url),
                    ("PAYLERA_PORTAL_SITE_ROOT", site_root.as_str()),
                ]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
                env.push(("PAYLERA_SERVICE_KEY".to_owned(), servers::random_key()?));
                env.extend(server_env());
                Ok(env)
            })?;
            let urls = (stack.config.api_url(), stack.config.portal_url());
            let seed = stack.seed.clone();
            (Running::Single(Box::new(stack), None), urls.0, urls.1, seed)
        }
        Target::Postgres => {
            let database = ScratchDatabase::create(server_url, "paylera_bench", false)?;
            let stack = start_single(artifact, dir, |api_url, portal_url| {
                let mut env = cluster::shared_env(artifact, &database.url, api_url, portal_url)?;
                env.extend(server_env());
                Ok(env)
            })?;
            let urls = (stack.config.api_url(), stack.config.portal_url());
            let seed = stack.seed.clone();
            (Running::Single(Box::new(stack), Some(database)), urls.0, urls.1, seed)
        }
        Target::Cluster => {
            let spec = Spec {
                apis: 2,
                portals: 2,
                server_url,
                run_dir: dir,
                keep: false,
                env: server_env().collect(),
            };
            let cluster = Cluster::start(artifact, &spec)?;
            let urls = (cluster.api_url(), cluster.portal_url());
            let seed = cluster.stack.seed.clone();
            (Running::Cluster(Box::new(cluster)), urls.0, urls.1, seed)
        }
    };
    let Seed::Created {
        secret_key,
        customer_id,
        ..
    } = seed
    else {
        bail!(
            "`demo seed` found a tenant in the {} target's fresh database",
            target.name()
        );
    };
    Ok(Live {
        target,
        api_url,
        portal_url,
        secret_key,
        customer_id,
        running,
    })
}

/// One API and one portal on free loopback ports with the environment `env_for`
/// gives for their URLs; seeded and ready.
fn start_single(
    artifact: &Artifact,
    dir: &Path,
    env_for: impl FnOnce(&str, &str) -> Result<Vec<(String, String)>>,
) -> Result<Stack> {
    let [api, api_admin, portal, portal_admin] = servers::free_loopback_ports::<4>()?.map(|p| format!("127.0.0.1:{p}"));
    let instances = [
        Instance {
            name: "api-1".to_owned(),
            kind: Kind::Api,
            addr: api.clone(),
            admin_addr: api_admin,
        },
        Instance {
            name: "portal-1".to_owned(),
            kind: Kind::Portal,
            addr: portal.clone(),
            admin_addr: portal_admin,
        },
    ];
    let env = env_for(&servers::base_url(&api), &servers::base_url(&portal))?;
    let config = StackConfig {
        cwd: dir.to_path_buf(),
        api_addr: api,
        portal_addr: portal,
        env,
        logs: Logs::Files(dir.join("logs")),
    };
    let mut stack = Stack::new_seeded(config, &artifact.api_bin)?;
    let processes = instances
        .iter()
        .map(|instance| cluster::instance_process(&stack.config, artifact, instance))
        .collect();
    stack.start(processes)?;
    Ok(stack)
}

/// What a row asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    Floor,
    SessionCreate,
    HandoffPage,
    Exchange,
    SignIn,
    Read,
    Overview,
    InvoicesPage,
    Pdf,
}

impl Endpoint {
    fn label(self) -> &'static str {
        match self {
            Self::Floor => "`GET /healthz` (the floor)",
            Self::SessionCreate => "`POST /v1/portal/sessions` (fresh `Idempotency-Key`)",
            Self::HandoffPage => "`GET /p/{secret}` (hand-off page)",
            Self::Exchange => "`POST /v1/portal/sessions/exchange`",
            Self::SignIn => "`POST /p/{secret}` (sign-in: exchange + cookies)",
            Self::Read => "`GET /v1/invoices?limit=20`",
            Self::Overview => "`GET /` (signed-in overview)",
            Self::InvoicesPage => "`GET /invoices` (signed-in)",
            Self::Pdf => "`GET /v1/invoices/{id}/pdf`",
        }
    }

    /// The server the row's requests go to.
    fn server(self) -> Kind {
        match self {
            Self::HandoffPage | Self::SignIn | Self::Overview | Self::InvoicesPage => Kind::Portal,
            _ => Kind::Api,
        }
    }

    /// A file name for its script and output.
    fn slug(self) -> &'static str {
        match self {
            Self::Floor => "floor",
            Self::SessionCreate => "session-create",
            Self::HandoffPage => "handoff-page",
            Self::Exchange => "exchange",
            Self::SignIn => "sign-in",
            Self::Read => "read",
            Self::Overview => "overview",
            Self::InvoicesPage => "invoices-page",
            Self::Pdf => "pdf",
        }
    }
}

/// What wrk measured in one run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WrkResult {
    pub requests: u64,
    pub seconds: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    /// Responses with a status ≥ 400.
    pub status_errors: u64,
    /// Connect, read and write errors and timeouts.
    pub socket_errors: u64,
    /// Threads that ran out of link secrets (exchange rows).
    pub exhausted_threads: u64,
}

impl WrkResult {
    pub fn rate(&self) -> f64 {
        if self.seconds > 0.0 {
            self.requests as f64 / self.seconds
        } else {
            0.0
        }
    }

    pub fn errors(&self) -> u64 {
        self.status_errors + self.socket_errors
    }
}

/// The [`WRK_MARKER`] line of a wrk run's output.
pub fn parse_wrk(stdout: &str) -> Result<WrkResult> {
    let value = json_line(stdout, WRK_MARKER, Value::is_object).with_context(|| {
        format!(
            "wrk printed no `{WRK_MARKER}{{…}}` line:\n{}",
            servers::tail(stdout, 20)
        )
    })?;
    let number = |name: &str| {
        value[name]
            .as_f64()
            .with_context(|| format!("wrk's summary has no number `{name}`: {value}"))
    };
    let count = |name: &str| number(name).map(|n| n.max(0.0) as u64);
    Ok(WrkResult {
        requests: count("requests")?,
        seconds: number("duration_us")? / 1e6,
        p50_ms: number("p50_us")? / 1e3,
        p99_ms: number("p99_us")? / 1e3,
        status_errors: count("status_errors")?,
        socket_errors: count("socket_errors")?,
        exhausted_threads: count("exhausted_threads")?,
    })
}

/// One measured row.
#[derive(Debug, Clone)]
pub struct Row {
    pub endpoint: Endpoint,
    pub result: WrkResult,
}

/// One target's rows, its store's write ceiling and what the reader must know.
#[derive(Debug, Clone)]
pub struct TargetRun {
    pub target: Target,
    pub rows: Vec<Row>,
    pub ceiling: Option<Ceiling>,
    pub notes: Vec<String>,
}

impl TargetRun {
    fn row(&self, endpoint: Endpoint) -> Option<&WrkResult> {
        self.rows.iter().find(|r| r.endpoint == endpoint).map(|r| &r.result)
    }

    fn floor(&self) -> Option<f64> {
        self.row(Endpoint::Floor).map(WrkResult::rate)
    }
}

/// The state of one target's measurement.
struct Bench<'a> {
    options: &'a Options,
    live: &'a Live,
    dir: &'a Path,
}

impl Bench<'_> {
    /// Creates the fixtures, checks every page and file the rows ask for, then runs
    /// the rows.
    fn measure_target(&self) -> Result<TargetRun> {
        let live = self.live;
        let invoice = self.create_invoices()?;
        let pdf_path = format!("/v1/invoices/{invoice}/pdf");
        let pdf = api_client::call("GET", &self.api(&pdf_path), Some(&live.secret_key), None)?;
        if pdf.status != 200 {
            bail!("GET {pdf_path} answered {}, not 200", pdf.status);
        }
        let handoff_secret = self.create_session()?;
        let handoff = curl("GET", &self.portal(&format!("/p/{handoff_secret}")), None)?;
        if handoff.status != 200 || !handoff.body.contains(HANDOFF_FORM) {
            bail!(
                "GET /p/… answered {} without the hand-off form:\n{}",
                handoff.status,
                servers::tail(&handoff.body, 10)
            );
        }
        let mut run = TargetRun {
            target: live.target,
            rows: Vec::new(),
            ceiling: None,
            notes: Vec::new(),
        };
        let key = || ("Authorization", format!("Bearer {}", live.secret_key));
        let mut pool = Pool::new(self.dir.join("pool"))?;

        self.row(&mut run, Endpoint::Floor, &static_script("GET", "/healthz", &[]))?;
        let create = self.row(&mut run, Endpoint::SessionCreate, &self.create_script(&pool, 0))?;
        pool.harvest(0)?;
        self.row(
            &mut run,
            Endpoint::HandoffPage,
            &static_script("GET", &format!("/p/{handoff_secret}"), &[]),
        )?;
        // Links for the exchange rows: enough for twice the create rate, then for the
        // API's exchange rate plus a fifth (the portal's sign-in includes an exchange).
        let want = |rate: f64| (rate * f64::from(self.options.seconds) * 1.2) as usize + 100;
        self.fill_pool(&mut pool, want(2.0 * create.rate()), create.rate())?;
        let used = pool.take();
        let exchange = self.exchange_row(&mut run, Endpoint::Exchange, &used)?;
        self.prove_single_use(&used)?;
        self.fill_pool(&mut pool, want(exchange.rate()), create.rate())?;
        self.exchange_row(&mut run, Endpoint::SignIn, &pool.take())?;
        self.row(
            &mut run,
            Endpoint::Read,
            &static_script("GET", &format!("/v1/invoices?limit={INVOICES}"), &[key()]),
        )?;
        for (endpoint, path, marks) in [
            (Endpoint::Overview, "/", &[OVERVIEW_MARK][..]),
            (Endpoint::InvoicesPage, "/invoices", &INVOICES_MARKS[..]),
        ] {
            // A fresh sign-in per page row: the run's cookie never reaches the age at
            // which the portal refreshes its token on every request.
            let cookie = self.sign_in()?;
            self.check_page(path, &cookie, marks)?;
            let headers = [("Cookie", cookie), ("Accept-Encoding", "br, gzip".to_owned())];
            self.row(&mut run, endpoint, &static_script("GET", path, &headers))?;
        }
        self.row(&mut run, Endpoint::Pdf, &static_script("GET", &pdf_path, &[key()]))?;
        Ok(run)
    }

    fn api(&self, path: &str) -> String {
        format!("{}{path}", self.live.api_url)
    }

    fn portal(&self, path: &str) -> String {
        format!("{}{path}", self.live.portal_url)
    }

    /// `POST`/`GET` on the API with the merchant key; the JSON answer.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value> {
        api_client::expect_ok(method, &self.api(path), Some(&self.live.secret_key), body.as_ref())
    }

    /// Subscribes the demo customer and enough others that the invoice list has
    /// [`INVOICES`] entries; returns the demo customer's invoice.
    fn create_invoices(&self) -> Result<String> {
        let prices = self.call("GET", "/v1/prices?active=true", None)?;
        let price = prices["data"]
            .as_array()
            .and_then(|list| list.iter().find(|p| p["recurring"].is_object()))
            .and_then(|p| p["id"].as_str())
            .context("the demo catalog has no active recurring price")?
            .to_owned();
        let mut customers = vec![self.live.customer_id.clone()];
        for n in 1..INVOICES {
            let body = json!({"email": format!("bench-{n}@example.com"), "name": format!("Bench {n}")});
            customers.push(id_of(&self.call("POST", "/v1/customers", Some(body))?)?);
        }
        for customer in &customers {
            let card = json!({"type": "card", "customer": customer,
                "card": {"number": "4242424242424242", "exp_month": 12, "exp_year": 2040, "cvc": "123"}});
            self.call("POST", "/v1/payment_methods", Some(card))?;
            self.call(
                "POST",
                "/v1/subscriptions",
                Some(json!({"customer": customer, "price": price})),
            )?;
        }
        let listed = self.call("GET", &format!("/v1/invoices?limit={INVOICES}"), None)?;
        let count = listed["data"].as_array().map_or(0, Vec::len);
        if count != INVOICES {
            bail!("GET /v1/invoices?limit={INVOICES} lists {count} invoices after {INVOICES} subscriptions");
        }
        let mine = self.call("GET", &format!("/v1/invoices?customer={}", self.live.customer_id), None)?;
        mine["data"]
            .as_array()
            .and_then(|list| list.first())
            .context("the demo customer's subscription has no invoice")
            .and_then(id_of)
    }

    /// A new portal session for the demo customer; the secret of its link.
    fn create_session(&self) -> Result<String> {
        let body = json!({"customer_id": self.live.customer_id, "return_url": RETURN_URL});
        let session = self.call("POST", "/v1/portal/sessions", Some(body))?;
        let url = session["url"].as_str().context("a portal session without `url`")?;
        url.rsplit_once("/p/")
            .map(|(_, secret)| secret.to_owned())
            .context("a portal session url without /p/")
    }

    /// Signs in as a browser does (a new link, the hand-off form's `POST`, `303` with
    /// the cookies); returns the `Cookie` header a browser would send afterwards.
    fn sign_in(&self) -> Result<String> {
        let secret = self.create_session()?;
        let answer = curl("POST", &self.portal(&format!("/p/{secret}")), None)?;
        let cookie = cookie_header(&answer.headers);
        if answer.status != 303 || !cookie.contains(SESSION_COOKIE) {
            bail!(
                "POST /p/… answered {} without a session cookie:\n{}",
                answer.status,
                servers::tail(&answer.body, 10)
            );
        }
        Ok(cookie)
    }

    /// Fails unless the signed-in page at `path` answers 200 with every mark.
    fn check_page(&self, path: &str, cookie: &str, marks: &[&str]) -> Result<()> {
        let page = curl("GET", &self.portal(path), Some(cookie))?;
        if page.status != 200 || !marks.iter().all(|mark| page.body.contains(mark)) {
            bail!(
                "GET {path} with the session cookie answered {} without {marks:?}: not the signed-in page\n{}",
                page.status,
                servers::tail(&page.body, 20)
            );
        }
        Ok(())
    }

    /// Exchanges one link of `used` again: the API must refuse it. Not the first: wrk
    /// builds one request of its first thread to check the script (`request()` takes
    /// that thread's first link) and never sends it. The first thread's second link
    /// is what its first connection sent first.
    fn prove_single_use(&self, used: &[String]) -> Result<()> {
        let threads = self.options.threads() as usize;
        let secret = used.get(threads).context("too few links were exchanged")?;
        let again = api_client::call(
            "POST",
            &self.api("/v1/portal/sessions/exchange"),
            None,
            Some(&json!({ "secret": secret })),
        )?;
        if (200..300).contains(&again.status) {
            bail!(
                "a link the exchange row used was exchanged again ({}): the row did not use up its links",
                again.status
            );
        }
        Ok(())
    }

    /// The session-create script; `run` makes its idempotency keys and link files
    /// unique.
    fn create_script(&self, pool: &Pool, run: usize) -> String {
        let body = json!({"customer_id": self.live.customer_id, "return_url": RETURN_URL}).to_string();
        create_script(
            &self.live.secret_key,
            &body,
            &format!("{}-{run}", pool.prefix),
            &pool.harvest_prefix(run),
        )
    }

    /// Creates sessions (untimed wrk runs) until the pool holds `want` links.
    fn fill_pool(&self, pool: &mut Pool, want: usize, create_rate: f64) -> Result<()> {
        for _ in 0..8 {
            let missing = want.saturating_sub(pool.links.len());
            if missing == 0 {
                return Ok(());
            }
            let seconds = ((missing as f64 * 1.2 / create_rate.max(1.0)).ceil() as u32).clamp(1, 120);
            let run = pool.runs;
            eprintln!("bench: creating about {missing} more portal sessions for the exchange rows ({seconds}s)");
            self.wrk(
                &format!("pool-{run}"),
                Kind::Api,
                &self.create_script(pool, run),
                seconds,
            )?;
            pool.harvest(run)?;
        }
        bail!("could not create {want} portal sessions for the exchange rows")
    }

    /// An exchange row over `links`, handed out round robin to the wrk threads.
    fn exchange_row(&self, run: &mut TargetRun, endpoint: Endpoint, links: &[String]) -> Result<WrkResult> {
        let prefix = self.dir.join(format!("{}-links-", endpoint.slug()));
        let threads = self.options.threads() as usize;
        for thread in 0..threads {
            let mine: Vec<&str> = links.iter().skip(thread).step_by(threads).map(String::as_str).collect();
            let file = PathBuf::from(format!("{}{}.txt", prefix.display(), thread + 1));
            std::fs::write(&file, mine.join("\n") + "\n").with_context(|| format!("writing {}", file.display()))?;
        }
        let via = if endpoint == Endpoint::SignIn {
            ExchangeVia::Portal
        } else {
            ExchangeVia::Api
        };
        let result = self.row(run, endpoint, &exchange_script(via, &prefix.display().to_string()))?;
        if result.exhausted_threads > 0 {
            run.notes.push(format!(
                "{}: {} of {threads} wrk threads used up their share of the {} links made beforehand and \
                 started over; the reused links were refused and are counted as errors.",
                endpoint.label(),
                result.exhausted_threads,
                links.len()
            ));
        }
        Ok(result)
    }

    /// Runs one row and records it.
    fn row(&self, run: &mut TargetRun, endpoint: Endpoint, script: &str) -> Result<WrkResult> {
        let result = self.wrk(endpoint.slug(), endpoint.server(), script, self.options.seconds)?;
        eprintln!(
            "bench: {} {}: {:.0} req/s, p99 {:.1} ms, {} errors",
            self.live.target.name(),
            endpoint.slug(),
            result.rate(),
            result.p99_ms,
            result.errors()
        );
        run.rows.push(Row { endpoint, result });
        Ok(result)
    }

    /// One wrk run of `script` against `server` for `seconds`; its output is kept in
    /// the run directory.
    fn wrk(&self, name: &str, server: Kind, script: &str, seconds: u32) -> Result<WrkResult> {
        if interrupt::requested() {
            bail!("interrupted");
        }
        let script_path = self.dir.join(format!("{name}.lua"));
        std::fs::write(&script_path, script).with_context(|| format!("writing {}", script_path.display()))?;
        let base = match server {
            Kind::Api => &self.live.api_url,
            Kind::Portal => &self.live.portal_url,
        };
        let mut wrk = Command::new(setup::WRK);
        wrk.arg(format!("-t{}", self.options.threads()))
            .arg(format!("-c{}", self.options.connections))
            .arg(format!("-d{seconds}s"))
            .args(["--timeout", "10s", "--latency", "-s"])
            .arg(&script_path)
            .arg(base);
        cmd::announce(&wrk);
        let out = cmd::output(&mut wrk)?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let log = self.dir.join(format!("{name}.wrk.txt"));
        std::fs::write(&log, [&out.stdout[..], &out.stderr[..]].concat())
            .with_context(|| format!("writing {}", log.display()))?;
        if !out.status.success() {
            bail!(
                "wrk failed ({}):\n{}{}",
                out.status,
                stdout,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        if interrupt::requested() {
            bail!("interrupted");
        }
        parse_wrk(&stdout)
    }
}

/// Link secrets of sessions created for the exchange rows, harvested by the create
/// script's `response()` hook into one file per wrk run and thread.
struct Pool {
    dir: PathBuf,
    /// This target's idempotency key prefix (random per run of the command).
    prefix: String,
    links: Vec<String>,
    /// Create runs so far (the create row is run 0).
    runs: usize,
}

impl Pool {
    fn new(dir: PathBuf) -> Result<Self> {
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let mut prefix = servers::random_key()?;
        prefix.truncate(16);
        Ok(Self {
            dir,
            prefix,
            links: Vec::new(),
            runs: 0,
        })
    }

    /// Where run `run`'s threads write their links (`<prefix><thread>.txt`).
    fn harvest_prefix(&self, run: usize) -> String {
        format!("{}/run{run}-thread", self.dir.display())
    }

    /// Reads the links run `run` created.
    fn harvest(&mut self, run: usize) -> Result<()> {
        let prefix = format!("run{run}-thread");
        for entry in std::fs::read_dir(&self.dir).with_context(|| format!("reading {}", self.dir.display()))? {
            let path = entry?.path();
            if path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
            {
                let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
                self.links
                    .extend(text.lines().filter(|l| !l.is_empty()).map(str::to_owned));
            }
        }
        self.runs = self.runs.max(run + 1);
        Ok(())
    }

    /// Every link so far, leaving the pool empty.
    fn take(&mut self) -> Vec<String> {
        std::mem::take(&mut self.links)
    }
}

/// Which server an exchange row asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExchangeVia {
    /// The API's `POST /v1/portal/sessions/exchange`.
    Api,
    /// The portal's `POST /p/{secret}` (the hand-off form), which exchanges with the API.
    Portal,
}

/// Shared by every script: numbers the threads and prints the [`WRK_MARKER`] line.
/// wrk's `done()` runs in the setup environment, which sees the threads it numbered.
const DONE_HOOK: &str = r#"-- Generated by `cargo xtask bench` (xtask/src/bench.rs).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function done(summary, latency, requests)
  local exhausted = 0
  for _, thread in ipairs(threads) do
    exhausted = exhausted + (thread:get("exhausted") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    '@MARKER@{"requests":%.0f,"duration_us":%.0f,"p50_us":%.0f,"p99_us":%.0f,' ..
    '"status_errors":%.0f,"socket_errors":%.0f,"exhausted_threads":%.0f}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout, exhausted))
end
"#;

fn done_hook() -> String {
    DONE_HOOK.replace("@MARKER@", WRK_MARKER)
}

/// `s` as a Lua string literal.
pub fn lua_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_ascii_control() => {
                let _ = write!(out, "\\{:03}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One fixed request, built once by wrk (its fast path).
pub fn static_script(method: &str, path: &str, headers: &[(&str, String)]) -> String {
    let mut script = done_hook();
    let _ = writeln!(script, "\nwrk.method = {}", lua_string(method));
    let _ = writeln!(script, "wrk.path = {}", lua_string(path));
    for (name, value) in headers {
        let _ = writeln!(script, "wrk.headers[{}] = {}", lua_string(name), lua_string(value));
    }
    script
}

/// `POST /v1/portal/sessions` with a fresh `Idempotency-Key` per request
/// (`<prefix>-<thread>-<n>`); each created link's secret goes to
/// `<harvest><thread>.txt`. wrk's `wrk.format` replaces `wrk.headers`, so every header
/// is passed.
pub fn create_script(secret_key: &str, body: &str, prefix: &str, harvest: &str) -> String {
    let mut script = done_hook();
    script.push_str(
        &r#"
local authorization = @AUTHORIZATION@
local body = @BODY@
local prefix = @PREFIX@
local harvest = @HARVEST@
local counter = 0
local out

function init(args)
  out = assert(io.open(harvest .. id .. ".txt", "w"))
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/v1/portal/sessions", {
    ["Authorization"] = authorization,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = prefix .. "-" .. id .. "-" .. counter,
  }, body)
end

function response(status, headers, body)
  if status < 300 then
    local secret = string.match(body, "/p/([%w_%-]+)")
    if secret then
      out:write(secret, "\n")
    end
  end
end
"#
        .replace("@AUTHORIZATION@", &lua_string(&format!("Bearer {secret_key}")))
        .replace("@BODY@", &lua_string(body))
        .replace("@PREFIX@", &lua_string(prefix))
        .replace("@HARVEST@", &lua_string(harvest)),
    );
    script
}

/// Exchanges the links of `<links><thread>.txt`, each once; a thread that runs out
/// sets `exhausted` and starts over.
fn exchange_script(via: ExchangeVia, links: &str) -> String {
    let request = match via {
        ExchangeVia::Api => {
            r#"wrk.format("POST", "/v1/portal/sessions/exchange", {["Content-Type"] = "application/json"}, '{"secret":"' .. secret .. '"}')"#
        }
        ExchangeVia::Portal => r#"wrk.format("POST", "/p/" .. secret, {}, "")"#,
    };
    let mut script = done_hook();
    script.push_str(
        &r#"
local links = @LINKS@
local list, at = {}, 0

function init(args)
  local file = io.open(links .. id .. ".txt", "r")
  if file then
    for line in file:lines() do
      if #line > 0 then
        list[#list + 1] = line
      end
    end
    file:close()
  end
end

function request()
  at = at + 1
  if at > #list then
    exhausted = 1
    at = 1
  end
  local secret = list[at] or "none"
  return @REQUEST@
end
"#
        .replace("@LINKS@", &lua_string(links))
        .replace("@REQUEST@", request),
    );
    script
}

/// A `curl` answer.
#[derive(Debug, Clone)]
struct Answer {
    status: u16,
    headers: String,
    body: String,
}

/// `method url` with `curl`, the URL (which may hold a link secret) and the cookie
/// given on its standard input, not its command line.
fn curl(method: &str, url: &str, cookie: Option<&str>) -> Result<Answer> {
    let quote = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let mut config = format!("url = {}\nrequest = {}\n", quote(url), quote(method));
    if let Some(cookie) = cookie {
        let _ = writeln!(config, "header = {}", quote(&format!("Cookie: {cookie}")));
    }
    let mut child = Command::new("curl")
        .args([
            "--silent",
            "--show-error",
            "--include",
            "--max-time",
            "60",
            "--config",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("starting curl")?;
    child
        .stdin
        .take()
        .context("curl's stdin was not piped")?
        .write_all(config.as_bytes())?;
    let out = child.wait_with_output().context("waiting for curl")?;
    if !out.status.success() {
        bail!(
            "curl {method} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    parse_answer(&String::from_utf8_lossy(&out.stdout))
}

/// Splits `curl --include` output into status, headers and body.
fn parse_answer(raw: &str) -> Result<Answer> {
    let (headers, body) = raw.split_once("\r\n\r\n").unwrap_or((raw, ""));
    let status_line = headers.lines().next().unwrap_or_default();
    let status =
        http::parse_status_line(status_line).with_context(|| format!("not an HTTP answer: {status_line:?}"))?;
    Ok(Answer {
        status,
        headers: headers.to_owned(),
        body: body.to_owned(),
    })
}

/// The `Cookie` header for the `Set-Cookie`s among `headers`: `name=value; …`.
pub fn cookie_header(headers: &str) -> String {
    let cookies: Vec<&str> = headers
        .lines()
        .filter_map(|line| line.split_once(':'))
        .filter(|(name, _)| name.trim().eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, value)| value.split(';').next())
        .map(str::trim)
        .filter(|pair| pair.contains('='))
        .collect();
    cookies.join("; ")
}

fn id_of(value: &Value) -> Result<String> {
    value["id"]
        .as_str()
        .map(str::to_owned)
        .with_context(|| format!("no `id` in {value}"))
}

/// Where and with what the run was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Machine {
    pub date: String,
    pub cores: usize,
    pub kernel: String,
    pub wrk: String,
    pub artifact: String,
}

fn machine(artifact: &Artifact) -> Result<Machine> {
    let first_line = |program: &str, args: &[&str]| -> String {
        Command::new(program)
            .args(args)
            .output()
            .map(|out| {
                let text = [out.stdout, out.stderr].concat();
                String::from_utf8_lossy(&text)
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_owned()
            })
            .unwrap_or_default()
    };
    Ok(Machine {
        date: first_line("date", &["-u", "+%Y-%m-%d"]),
        cores: std::thread::available_parallelism()
            .context("counting the cores")?
            .get(),
        kernel: first_line("uname", &["-r"]),
        wrk: first_line(setup::WRK, &["-v"])
            .split(" Copyright")
            .next()
            .unwrap_or_default()
            .to_owned(),
        artifact: describe(artifact),
    })
}

/// The artifact as the docs name it: no machine's paths, the commit it was built from.
fn describe(artifact: &Artifact) -> String {
    let version = artifact
        .api_bin
        .parent()
        .and_then(Path::parent)
        .and_then(|dir| std::fs::read_to_string(dir.join("VERSION")).ok());
    let commit = version
        .as_deref()
        .and_then(|text| text.lines().find_map(|line| line.strip_prefix("commit=")))
        .map(|commit| commit.get(..12).map_or(commit.to_owned(), |short| format!("{short}…")));
    match commit {
        Some(commit) if artifact.origin.starts_with("release artifact") => {
            let dirty = if version.as_deref().is_some_and(|v| v.contains("-dirty")) {
                " with uncommitted changes"
            } else {
                ""
            };
            format!("the release artifact (`cargo xtask dist`) of commit {commit}{dirty}")
        }
        _ => artifact.origin.clone(),
    }
}

/// Whether a target of the issue was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Met,
    Missed,
    NotMeasured,
}

/// One target of the issue, as measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    pub target: String,
    pub measured: String,
    pub verdict: Verdict,
}

fn verdict(met: bool) -> Verdict {
    if met { Verdict::Met } else { Verdict::Missed }
}

/// The issue's targets for the runs made.
pub fn goals(runs: &[TargetRun], connections: u32) -> Vec<Goal> {
    let mut goals = Vec::new();
    let with_errors = |result: &WrkResult| match result.errors() {
        0 => String::new(),
        n => format!(" ({n} errors)"),
    };
    for run in runs {
        let name = run.target.name();
        if let Some(create) = run.row(Endpoint::SessionCreate) {
            if let Some(ceiling) = run.ceiling {
                let ratio = create.rate() / ceiling.tx_per_sec;
                goals.push(Goal {
                    target: format!("{name}: session create ≥ 0.9 × the store's write ceiling"),
                    measured: format!(
                        "{:.0} ÷ {:.0} tx/s = {ratio:.2}×{}",
                        create.rate(),
                        ceiling.tx_per_sec,
                        with_errors(create)
                    ),
                    verdict: verdict(ratio >= 0.9),
                });
            }
            goals.push(Goal {
                target: format!("{name}: session create p99 ≤ 20 ms at {P99_CONNECTIONS} connections"),
                measured: format!("p99 {} at {connections} connections", ms(create.p99_ms)),
                verdict: if connections == P99_CONNECTIONS {
                    verdict(create.p99_ms <= 20.0)
                } else {
                    Verdict::NotMeasured
                },
            });
        }
        if let (Some(floor), Some(overview), Some(invoices)) = (
            run.floor(),
            run.row(Endpoint::Overview),
            run.row(Endpoint::InvoicesPage),
        ) {
            let (a, b) = (overview.rate() / floor, invoices.rate() / floor);
            goals.push(Goal {
                target: format!("{name}: a signed-in page ≥ 0.05 × the floor"),
                measured: format!(
                    "overview {}×{}, invoices {}×{}",
                    ratio(a),
                    with_errors(overview),
                    ratio(b),
                    with_errors(invoices)
                ),
                verdict: verdict(a.min(b) >= 0.05),
            });
        }
    }
    let read = |target: Target| {
        runs.iter()
            .find(|r| r.target == target)
            .and_then(|r| r.row(Endpoint::Read))
    };
    if let (Some(single), Some(cluster)) = (read(Target::Postgres), read(Target::Cluster)) {
        let ratio = cluster.rate() / single.rate();
        goals.push(Goal {
            target: "cluster 2+2 ≥ 1.6 × 1+1 on the same PostgreSQL, reads".to_owned(),
            measured: format!(
                "`GET /v1/invoices?limit=20`: {:.0} ÷ {:.0} req/s = {ratio:.2}×",
                cluster.rate(),
                single.rate()
            ),
            verdict: verdict(ratio >= 1.6),
        });
    }
    goals
}

/// Milliseconds, with two decimals below 10.
fn ms(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.2} ms")
    } else {
        format!("{value:.1} ms")
    }
}

/// A ratio, with three decimals below 0.1.
fn ratio(value: f64) -> String {
    if value < 0.1 {
        format!("{value:.3}")
    } else {
        format!("{value:.2}")
    }
}

/// The target's rows as a markdown table, its ceiling and notes below.
pub fn render_target(run: &TargetRun) -> String {
    let mut out = format!("### {}\n\n", run.target.title());
    out.push_str("| request | server | req/s | × floor | p50 | p99 | errors |\n");
    out.push_str("|---|---|---:|---:|---:|---:|---:|\n");
    let floor = run.floor();
    for row in &run.rows {
        let r = &row.result;
        let errors = match r.errors() {
            0 => "0".to_owned(),
            n => format!(
                "**{n}** ({} HTTP ≥ 400, {} socket/timeout)",
                r.status_errors, r.socket_errors
            ),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {:.0} | {} | {} | {} | {errors} |",
            row.endpoint.label(),
            match row.endpoint.server() {
                Kind::Api => "API",
                Kind::Portal => "portal",
            },
            r.rate(),
            floor.map_or_else(|| "–".to_owned(), |f| ratio(r.rate() / f)),
            ms(r.p50_ms),
            ms(r.p99_ms),
        );
    }
    if let Some(ceiling) = run.ceiling {
        let store = match run.target.store() {
            Store::Sqlite => "SQLite",
            Store::Postgres => "PostgreSQL",
        };
        let _ = write!(
            out,
            "\nStore write ceiling, {store} ({} one-transaction writes of a customer and its event, \
             16 tasks, this run): {:.0} tx/s, p50 {}, p99 {}.",
            ceiling.ops,
            ceiling.tx_per_sec,
            ms(ceiling.p50_ms),
            ms(ceiling.p99_ms)
        );
        if let Some(create) = run.row(Endpoint::SessionCreate) {
            let _ = write!(
                out,
                " Session create ÷ ceiling = {:.2}.",
                create.rate() / ceiling.tx_per_sec
            );
        }
        out.push('\n');
    }
    for note in &run.notes {
        let _ = write!(out, "\n- {note}");
    }
    if !run.notes.is_empty() {
        out.push('\n');
    }
    out
}

/// The issue's targets as a markdown table.
pub fn render_goals(goals: &[Goal]) -> String {
    let mut out = String::from("| target | measured | |\n|---|---|:---:|\n");
    for goal in goals {
        let verdict = match goal.verdict {
            Verdict::Met => "met",
            Verdict::Missed => "**MISSED**",
            Verdict::NotMeasured => "not measured",
        };
        let _ = writeln!(out, "| {} | {} | {verdict} |", goal.target, goal.measured);
    }
    out
}

/// The generated part of `docs/benchmarks.md`, markers included.
pub fn render_section(machine: &Machine, options: &Options, runs: &[TargetRun], goals: &[Goal]) -> String {
    let mut out = format!("{SECTION_START}\n");
    let _ = writeln!(
        out,
        "Measured {} with `{}`: {} cores (`nproc`), Linux {}, {} (`-t{} -c{} -d{}s --latency`), \
         {}. Client, balancer, servers and PostgreSQL all share these cores.\n",
        machine.date,
        options.command_line(),
        machine.cores,
        machine.kernel,
        machine.wrk,
        options.threads(),
        options.connections,
        options.seconds,
        machine.artifact
    );
    out.push_str(&render_goals(goals));
    for run in runs {
        out.push('\n');
        out.push_str(&render_target(run));
    }
    out.push_str(&format!("{SECTION_END}\n"));
    out
}

/// `doc` with the section between the markers replaced by `section` (markers
/// included); appended under a heading when the markers are missing.
pub fn replace_section(doc: &str, section: &str) -> String {
    if let (Some(start), Some(end)) = (doc.find(SECTION_START), doc.find(SECTION_END))
        && start < end
    {
        let after = &doc[end + SECTION_END.len()..];
        let after = after.strip_prefix('\n').unwrap_or(after);
        return format!("{}{section}{after}", &doc[..start]);
    }
    let mut out = doc.trim_end().to_owned();
    out.push_str("\n\n## HTTP benchmarks of the release artifact\n\n");
    out.push_str(section);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    /// What Debian's wrk 4.1.0 prints with `--latency` and our `done()` hook.
    const WRK_OUTPUT: &str = "\
Running 5s test @ http://127.0.0.1:41234
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.91ms    2.10ms  31.02ms   80.12%
    Req/Sec     2.08k   150.33     2.41k    71.00%
  Latency Distribution
     50%    3.52ms
     75%    4.80ms
     90%    6.41ms
     99%   11.87ms
  20712 requests in 5.00s, 9.17MB read
  Non-2xx or 3xx responses: 3
Requests/sec:   4141.29
Transfer/sec:      1.83MB
PAYLERA_WRK {\"requests\":20712,\"duration_us\":5001442,\"p50_us\":3520,\"p99_us\":11870,\"status_errors\":3,\"socket_errors\":0,\"exhausted_threads\":0}
";

    fn result(requests: u64, p99_ms: f64, errors: u64) -> WrkResult {
        WrkResult {
            requests,
            seconds: 1.0,
            p50_ms: 1.0,
            p99_ms,
            status_errors: errors,
            socket_errors: 0,
            exhausted_threads: 0,
        }
    }

    fn run(target: Target, rows: &[(Endpoint, u64, f64, u64)], ceiling: Option<f64>) -> TargetRun {
        TargetRun {
            target,
            rows: rows
                .iter()
                .map(|&(endpoint, requests, p99, errors)| Row {
                    endpoint,
                    result: result(requests, p99, errors),
                })
                .collect(),
            ceiling: ceiling.map(|tx_per_sec| Ceiling {
                tx_per_sec,
                p50_ms: 2.0,
                p99_ms: 9.0,
                ops: 5000,
            }),
            notes: Vec::new(),
        }
    }

    #[test]
    fn reads_requests_latency_and_errors_from_the_done_hook() {
        let parsed = parse_wrk(WRK_OUTPUT).expect("parsed");
        assert_eq!(parsed.requests, 20712);
        assert!((parsed.seconds - 5.001442).abs() < 1e-9);
        assert!((parsed.rate() - 20712.0 / 5.001442).abs() < 1e-6);
        assert!((parsed.p50_ms - 3.52).abs() < 1e-9);
        assert!((parsed.p99_ms - 11.87).abs() < 1e-9);
        assert_eq!((parsed.status_errors, parsed.socket_errors, parsed.errors()), (3, 0, 3));
        assert_eq!(parsed.exhausted_threads, 0);
    }

    #[test]
    fn wrk_output_without_the_hook_line_is_an_error() {
        let cut = WRK_OUTPUT.replace(WRK_MARKER, "");
        assert!(parse_wrk(&cut).is_err());
        assert!(parse_wrk("PAYLERA_WRK {\"requests\":1}").is_err());
        assert!(parse_wrk("").is_err());
    }

    #[test]
    fn the_done_hook_prints_the_line_parse_wrk_reads() {
        let hook = done_hook();
        assert!(
            hook.contains("io.write(string.format(\n    'PAYLERA_WRK {\"requests\":%.0f"),
            "{hook}"
        );
        for field in [
            "requests",
            "duration_us",
            "p50_us",
            "p99_us",
            "status_errors",
            "socket_errors",
            "exhausted_threads",
        ] {
            assert!(hook.contains(&format!("\"{field}\":%.0f")), "{field}");
        }
    }

    #[test]
    fn reads_the_write_ceiling_line() {
        let out = "5000 transactions (customer + event), 16 concurrent tasks\n| set-up | tx/s |\n\
                   {\"store_writes\":{\"ops\":5000,\"p50_ms\":2.5,\"p99_ms\":6.25,\"tx_per_sec\":4321.5}}\n";
        let ceiling = parse_ceiling(out).expect("ceiling");
        assert_eq!(
            ceiling,
            Ceiling {
                tx_per_sec: 4321.5,
                p50_ms: 2.5,
                p99_ms: 6.25,
                ops: 5000
            }
        );
        assert!(parse_ceiling("{\"other\":1}\n").is_err());
    }

    #[test]
    fn lua_strings_escape_quotes_backslashes_and_control_characters() {
        assert_eq!(lua_string("plain"), "\"plain\"");
        assert_eq!(lua_string(r#"{"a":"b\c"}"#), r#""{\"a\":\"b\\c\"}""#);
        assert_eq!(lua_string("a\nb\tc"), "\"a\\nb\\009c\"");
    }

    #[test]
    fn a_static_script_sets_every_header_on_wrk_headers() {
        let script = static_script(
            "GET",
            "/v1/invoices?limit=20",
            &[("Authorization", "Bearer sk_test_1".to_owned())],
        );
        assert!(script.contains("wrk.method = \"GET\"\n"), "{script}");
        assert!(script.contains("wrk.path = \"/v1/invoices?limit=20\"\n"), "{script}");
        assert!(script.contains("wrk.headers[\"Authorization\"] = \"Bearer sk_test_1\"\n"));
        assert!(
            !script.contains("function request"),
            "a static script is built once by wrk"
        );
    }

    #[test]
    fn the_create_script_sends_a_fresh_key_and_every_header() {
        let script = create_script("sk_test_9", r#"{"customer_id":"cus_1"}"#, "abc-0", "/tmp/x/run0-thread");
        assert!(
            script.contains("local authorization = \"Bearer sk_test_9\""),
            "{script}"
        );
        assert!(
            script.contains(r#"local body = "{\"customer_id\":\"cus_1\"}""#),
            "{script}"
        );
        assert!(script.contains("[\"Idempotency-Key\"] = prefix .. \"-\" .. id .. \"-\" .. counter"));
        assert!(script.contains("[\"Content-Type\"] = \"application/json\""));
        assert!(script.contains("io.open(harvest .. id .. \".txt\", \"w\")"));
    }

    #[test]
    fn exchange_scripts_post_each_link_to_their_server() {
        let api = exchange_script(ExchangeVia::Api, "/tmp/x/exchange-links-");
        assert!(api.contains("\"/v1/portal/sessions/exchange\""), "{api}");
        assert!(api.contains("local links = \"/tmp/x/exchange-links-\""), "{api}");
        assert!(api.contains("exhausted = 1"), "{api}");
        let portal = exchange_script(ExchangeVia::Portal, "/tmp/x/sign-in-links-");
        assert!(
            portal.contains(r#"wrk.format("POST", "/p/" .. secret, {}, "")"#),
            "{portal}"
        );
    }

    #[test]
    fn the_cookie_header_keeps_name_and_value_of_each_set_cookie() {
        let headers = "HTTP/1.1 303 See Other\r\nlocation: /\r\n\
                       set-cookie: __Host-paylera_session=eyJ.a.b; Path=/; HttpOnly; Secure\r\n\
                       Set-Cookie: __Host-paylera_csrf=tok; Path=/; Secure; SameSite=Strict\r\n\
                       cache-control: no-store";
        assert_eq!(
            cookie_header(headers),
            "__Host-paylera_session=eyJ.a.b; __Host-paylera_csrf=tok"
        );
        assert_eq!(cookie_header("HTTP/1.1 200 OK\r\n"), "");
        let answer = parse_answer(&format!("{headers}\r\n\r\n<html>")).expect("answer");
        assert_eq!((answer.status, answer.body.as_str()), (303, "<html>"));
    }

    #[test]
    fn parses_flags() {
        assert_eq!(parse(&[], "help"), Ok(Options::default()));
        let options = parse(
            &args(&["--seconds", "5", "--connections=32", "--only", "cluster,sqlite"]),
            "help",
        )
        .expect("flags");
        assert_eq!(
            options,
            Options {
                seconds: 5,
                connections: 32,
                only: vec![Target::Sqlite, Target::Cluster]
            }
        );
        assert_eq!(
            options.command_line(),
            "cargo xtask bench --seconds 5 --connections 32 --only sqlite,cluster"
        );
        assert_eq!(
            Options::default().command_line(),
            "cargo xtask bench --seconds 10 --connections 16"
        );
        assert!(parse(&args(&["--seconds", "0"]), "help").is_err());
        assert!(parse(&args(&["--only", "mysql"]), "help").is_err());
        assert!(parse(&args(&["--connections"]), "help").is_err());
        assert!(parse(&args(&["--warmup", "1"]), "help").is_err());
    }

    #[test]
    fn a_target_table_shows_ratios_to_the_floor_and_errors_in_bold() {
        let run = run(
            Target::Sqlite,
            &[
                (Endpoint::Floor, 20000, 1.5, 0),
                (Endpoint::SessionCreate, 1000, 25.0, 0),
                (Endpoint::Overview, 500, 40.0, 7),
            ],
            Some(2000.0),
        );
        let table = render_target(&run);
        assert!(
            table.starts_with("### SQLite: 1 API + 1 portal (development mode)\n\n"),
            "{table}"
        );
        assert!(
            table.contains("| `GET /healthz` (the floor) | API | 20000 | 1.00 | 1.00 ms | 1.50 ms | 0 |"),
            "{table}"
        );
        assert!(
            table.contains("| `GET /` (signed-in overview) | portal | 500 | 0.025 | 1.00 ms | 40.0 ms | **7** (7 HTTP ≥ 400, 0 socket/timeout) |"),
            "{table}"
        );
        assert!(
            table.contains(": 2000 tx/s, p50 2.00 ms, p99 9.00 ms. Session create ÷ ceiling = 0.50."),
            "{table}"
        );
    }

    #[test]
    fn goals_are_met_or_missed_from_the_measured_ratios() {
        let single = run(
            Target::Postgres,
            &[
                (Endpoint::Floor, 10000, 1.0, 0),
                (Endpoint::SessionCreate, 950, 12.0, 0),
                (Endpoint::Read, 3000, 5.0, 0),
                (Endpoint::Overview, 600, 30.0, 0),
                (Endpoint::InvoicesPage, 400, 30.0, 0),
            ],
            Some(1000.0),
        );
        let cluster = run(
            Target::Cluster,
            &[
                (Endpoint::Floor, 10000, 1.0, 0),
                (Endpoint::SessionCreate, 500, 35.0, 2),
                (Endpoint::Read, 4500, 5.0, 0),
            ],
            Some(1000.0),
        );
        let goals = goals(&[single, cluster], 16);
        let verdicts: Vec<(&str, Verdict)> = goals.iter().map(|g| (g.target.as_str(), g.verdict)).collect();
        assert_eq!(
            verdicts,
            [
                (
                    "postgres: session create ≥ 0.9 × the store's write ceiling",
                    Verdict::Met
                ),
                ("postgres: session create p99 ≤ 20 ms at 16 connections", Verdict::Met),
                ("postgres: a signed-in page ≥ 0.05 × the floor", Verdict::Missed),
                (
                    "cluster: session create ≥ 0.9 × the store's write ceiling",
                    Verdict::Missed
                ),
                ("cluster: session create p99 ≤ 20 ms at 16 connections", Verdict::Missed),
                ("cluster 2+2 ≥ 1.6 × 1+1 on the same PostgreSQL, reads", Verdict::Missed),
            ]
        );
        assert_eq!(goals[3].measured, "500 ÷ 1000 tx/s = 0.50× (2 errors)");
        assert_eq!(
            goals[5].measured,
            "`GET /v1/invoices?limit=20`: 4500 ÷ 3000 req/s = 1.50×"
        );
        let table = render_goals(&goals);
        assert!(table.contains("| **MISSED** |") && table.contains("| met |"), "{table}");
    }

    #[test]
    fn the_p99_target_is_not_judged_at_other_connection_counts() {
        let only = run(Target::Sqlite, &[(Endpoint::SessionCreate, 100, 5.0, 0)], None);
        let goals = goals(&[only], 64);
        assert_eq!(goals.len(), 1);
        assert_eq!(goals[0].verdict, Verdict::NotMeasured);
        assert_eq!(goals[0].measured, "p99 5.00 ms at 64 connections");
    }

    #[test]
    fn the_section_replaces_what_is_between_the_markers() {
        let doc = format!("# Benchmarks\n\nintro\n\n{SECTION_START}\nold\n{SECTION_END}\n\n## Next\n");
        let section = format!("{SECTION_START}\nnew\n{SECTION_END}\n");
        assert_eq!(
            replace_section(&doc, &section),
            format!("# Benchmarks\n\nintro\n\n{SECTION_START}\nnew\n{SECTION_END}\n\n## Next\n")
        );
        let appended = replace_section("# Benchmarks\n", &section);
        assert!(
            appended.ends_with(&format!("## HTTP benchmarks of the release artifact\n\n{section}")),
            "{appended}"
        );
    }

    #[test]
    fn the_section_names_the_command_machine_and_targets() {
        let machine = Machine {
            date: "2026-11-26".to_owned(),
            cores: 2,
            kernel: "6.1.0".to_owned(),
            wrk: "wrk debian/4.1.0-3".to_owned(),
            artifact: "release artifact /t/dist/paylera".to_owned(),
        };
        let options = Options {
            seconds: 5,
            ..Options::default()
        };
        let runs = [run(Target::Sqlite, &[(Endpoint::Floor, 100, 1.0, 0)], None)];
        let section = render_section(&machine, &options, &runs, &goals(&runs, 16));
        assert!(section.starts_with(SECTION_START) && section.ends_with(&format!("{SECTION_END}\n")));
        assert!(section.contains("Measured 2026-11-26 with `cargo xtask bench --seconds 5 --connections 16`: 2 cores"));
        assert!(section.contains("(`-t2 -c16 -d5s --latency`)"), "{section}");
        assert!(section.contains("### SQLite"), "{section}");
    }
}
