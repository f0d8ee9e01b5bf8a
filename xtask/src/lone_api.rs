//! One API alone for a test step: a fresh SQLite database in a scratch directory,
//! free loopback ports, the demo tenant seeded (`paylera-api demo seed`), generous rate
//! limits. Schemathesis and the SDK suites run against it.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::workspace::Workspace;
use crate::{cmd, http, servers};

const READY_TIMEOUT: Duration = Duration::from_secs(60);

/// The API under test: alone, fresh SQLite database, free port, seeded demo tenant.
pub struct LoneApi {
    child: Option<Child>,
    pub url: String,
    log: PathBuf,
    pub secret_key: String,
    pub customer_id: String,
}

impl LoneApi {
    /// Seeds `dir`'s database and serves it, with `env` on top of the defaults.
    pub fn start(ws: &Workspace, dir: &Path, env: &[(&str, &str)]) -> Result<Self> {
        let [port, admin_port] = servers::free_loopback_ports()?;
        let addr = format!("127.0.0.1:{port}");
        let command = |args: &[&str]| {
            let mut command = Command::new(ws.debug_bin("paylera-api"));
            command
                .current_dir(dir)
                .args(args)
                .env("DATABASE_URL", format!("sqlite://{}", dir.join("api.db").display()))
                .env("PAYLERA_API_ADDR", &addr)
                // `/metrics` and the other operational endpoints: not under test, but
                // the default port may be taken by another stack on this machine.
                .env("PAYLERA_API_ADMIN_ADDR", format!("127.0.0.1:{admin_port}"))
                // Nothing listens there: sessions only need a base for their URLs.
                .env("PAYLERA_PORTAL_PUBLIC_URL", "http://127.0.0.1:9")
                // Thousands of requests a minute from one key and one address: the
                // limits are tested elsewhere, here they would only answer 429.
                .env("PAYLERA_API_KEY_REQUESTS_PER_MINUTE", "10000000")
                .env("PAYLERA_LINK_EXCHANGES_PER_MINUTE", "100000")
                .envs(env.iter().copied())
                .stdin(Stdio::null());
            command
        };
        let out = cmd::output(&mut command(&["demo", "seed"]))?;
        if !out.status.success() {
            bail!(
                "`paylera-api demo seed` failed ({}):\n{}",
                out.status,
                servers::tail(&String::from_utf8_lossy(&out.stderr), 30)
            );
        }
        let servers::Seed::Created {
            secret_key,
            customer_id,
            ..
        } = servers::parse_seed(&String::from_utf8_lossy(&out.stdout))?
        else {
            bail!("`demo seed` on a fresh database reported created:false");
        };
        let log = dir.join("api.log");
        let file = std::fs::File::create(&log).with_context(|| format!("creating {}", log.display()))?;
        let mut serve = command(&["serve"]);
        serve.stdout(file.try_clone()?).stderr(file).process_group(0);
        cmd::announce(&serve);
        let child = serve.spawn().context("starting paylera-api serve")?;
        let mut api = Self {
            child: Some(child),
            url: servers::base_url(&addr),
            log,
            secret_key,
            customer_id,
        };
        if let Err(error) = api.wait_ready() {
            api.stop();
            api.print_log_tail(30);
            return Err(error);
        }
        Ok(api)
    }

    fn wait_ready(&mut self) -> Result<()> {
        let Some(child) = &mut self.child else {
            bail!("the API is not running");
        };
        wait_ready(child, &format!("{}/readyz", self.url), READY_TIMEOUT)
    }

    pub fn stop(&mut self) {
        if let Some(child) = self.child.take() {
            stop(child, Duration::from_secs(10));
        }
    }

    pub fn print_log_tail(&self, lines: usize) {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        eprintln!("----- last {lines} lines of {} -----", self.log.display());
        eprintln!("{}", servers::tail(&text, lines));
    }
}

impl Drop for LoneApi {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Waits until `url` answers 200, failing if `child` exits first or `timeout` passes.
pub fn wait_ready(child: &mut Child, url: &str, timeout: Duration) -> Result<()> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait()? {
            bail!("the server exited ({status}) before {url} answered");
        }
        if http::get_status(url, Duration::from_secs(2)).is_ok_and(|s| s == 200) {
            eprintln!("ready: {url}");
            return Ok(());
        }
        if Instant::now() > deadline {
            bail!("{url} did not answer 200 within {}s", timeout.as_secs());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// SIGTERM, then SIGKILL if `child` is still running after `grace`.
pub fn stop(mut child: Child, grace: Duration) {
    cmd::send_term(child.id());
    let deadline = Instant::now() + grace;
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
}
