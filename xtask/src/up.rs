//! `cargo xtask up`: set up, bundle, build, seed and run the API and the portal
//! until Ctrl-C, printing where everything is.
//!
//! The database and addresses come from the environment (same defaults as the
//! servers). When only the addresses are set, the URLs the servers use to find each
//! other (`PAYLERA_API_URL`, `PAYLERA_PORTAL_PUBLIC_URL`) follow them.

use anyhow::Result;

use crate::servers::{self, Logs, Seed, StackConfig};
use crate::workspace::{Workspace, non_empty_env};
use crate::{bundle, interrupt, setup};

pub fn run(ws: &Workspace) -> Result<()> {
    interrupt::install()?;
    setup::ensure(ws, false)?;
    bundle::build(ws)?;
    servers::build(ws)?;

    let api_addr = non_empty_env("PAYLERA_API_ADDR").unwrap_or_else(|| servers::DEFAULT_API_ADDR.to_owned());
    let portal_addr = non_empty_env("PAYLERA_PORTAL_ADDR").unwrap_or_else(|| servers::DEFAULT_PORTAL_ADDR.to_owned());
    let dashboard_addr =
        non_empty_env("PAYLERA_DASHBOARD_ADDR").unwrap_or_else(|| servers::DEFAULT_DASHBOARD_ADDR.to_owned());
    let dashboard_url =
        non_empty_env("PAYLERA_DASHBOARD_PUBLIC_URL").unwrap_or_else(|| servers::base_url(&dashboard_addr));
    let mut env = vec![(
        "PAYLERA_PORTAL_SITE_ROOT".to_owned(),
        ws.site_dir().display().to_string(),
    )];
    if non_empty_env("PAYLERA_API_URL").is_none() {
        env.push(("PAYLERA_API_URL".to_owned(), servers::base_url(&api_addr)));
    }
    if non_empty_env("PAYLERA_API_PUBLIC_URL").is_none() {
        env.push(("PAYLERA_API_PUBLIC_URL".to_owned(), servers::base_url(&api_addr)));
    }
    if non_empty_env("PAYLERA_PORTAL_PUBLIC_URL").is_none() {
        env.push(("PAYLERA_PORTAL_PUBLIC_URL".to_owned(), servers::base_url(&portal_addr)));
    }
    // Both servers: the portal's binary listens there, the API writes invitation links.
    env.push(("PAYLERA_DASHBOARD_ADDR".to_owned(), dashboard_addr));
    env.push(("PAYLERA_DASHBOARD_PUBLIC_URL".to_owned(), dashboard_url.clone()));
    // Local development: test-mode webhooks may reach a receiver on this machine.
    if non_empty_env("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS").is_none() {
        env.push(("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS".to_owned(), "true".to_owned()));
    }
    // The portal shows the API this key to be believed about customers' addresses
    // (per-customer rate limits on link exchanges); one per run unless configured.
    if non_empty_env("PAYLERA_SERVICE_KEY").is_none() {
        env.push(("PAYLERA_SERVICE_KEY".to_owned(), servers::random_key()?));
    }
    let config = StackConfig {
        cwd: ws.root.clone(),
        api_addr,
        portal_addr,
        env,
        logs: Logs::Terminal,
    };

    let mut stack = servers::launch(ws, config)?;
    let link = stack.demo_link(ws);
    print_banner(&stack.config, &dashboard_url, &stack.seed, link.as_deref());
    let outcome = stack.supervise();
    stack.stop();
    outcome
}

fn print_banner(config: &StackConfig, dashboard: &str, seed: &Seed, link: Option<&str>) {
    let api = config.api_url();
    println!();
    println!("  Paylera is running");
    println!("  API          {api}");
    println!("  API docs     {api}/docs");
    println!("  Portal       {}", config.portal_url());
    println!("  Dashboard    {dashboard}");
    println!("  Database     {}", config.database_url());
    match seed {
        Seed::Created {
            tenant_id,
            secret_key,
            customer_id,
            dashboard_owner: (email, password),
        } => {
            println!("  Demo tenant  {tenant_id} (customer {customer_id})");
            println!("  Secret key   {secret_key}");
            println!("  Team owner   {email} / {password}");
            println!("               (sign in to the dashboard: {dashboard}/sign-in)");
            println!("               shown once; neither is stored in plain text");
        }
        Seed::Existing => {
            println!("  Demo tenant  already seeded; its secret key was shown when it was created");
            println!("               (a new key: `cargo run -p paylera-api -- tenant create --name NAME`)");
        }
    }
    if let Some(link) = link {
        println!("  Portal link  {link}");
    }
    println!();
    println!("  Press Ctrl-C to stop both servers.");
    println!();
}
