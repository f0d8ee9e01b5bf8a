//! `paylera-chaos`: the fault campaign's load and its judge.
//!
//! `cargo xtask chaos` starts a cluster, runs this binary against its balancer and,
//! meanwhile, SIGKILLs API instances and restarts PostgreSQL. This binary:
//!
//! 1. registers a webhook endpoint pointing at its own receiver, which fails the
//!    first attempt of some events (500, or hangs past the dispatcher's timeout) and
//!    checks every signature;
//! 2. runs workers for `--seconds`, each repeating one customer's life: created with
//!    an idempotency key (and the key sent again), a portal session (key, again),
//!    the link exchanged for a portal token, the customer's address changed and a
//!    card attached *as the customer*, a subscription and a plan change as the
//!    merchant. Every request is retried with the same key until it is answered;
//!    every acknowledged write is remembered;
//! 3. waits for the cluster to be ready again, lets the receiver recover and waits
//!    for every committed event to arrive;
//! 4. checks, through the API and the database: no acknowledged write is missing,
//!    no idempotency key made two objects or two answers, every event committed was
//!    delivered, every signature verified, invoice numbers have no gap or repeat.
//!
//! It prints one table, then one JSON line (`{"chaos":{…}}`) for xtask, and exits
//! non-zero when an invariant does not hold.

mod api;
mod judge;
mod load;
mod receiver;

use std::{process::ExitCode, time::Duration};

/// What the command line says.
#[derive(Debug, Clone)]
pub struct Options {
    /// The API's base URL (the balancer's).
    pub api: String,
    /// The merchant's secret key.
    pub key: String,
    /// The database, read at the end (`postgres://…` or `sqlite://…`).
    pub database_url: String,
    /// How long the load runs.
    pub seconds: u64,
    /// Concurrent customers' lives.
    pub workers: usize,
    /// How long to wait for deliveries once the receiver has recovered.
    pub settle: Duration,
}

const USAGE: &str = "usage: paylera-chaos --api URL --key SK --database-url URL \
                     [--seconds N] [--workers N] [--settle-secs N]";

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        api: String::new(),
        key: String::new(),
        database_url: String::new(),
        seconds: 60,
        workers: 8,
        settle: Duration::from_secs(150),
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        let number = || value.parse::<u64>().map_err(|_| format!("{flag}: expected a number"));
        match flag.as_str() {
            "--api" => options.api = value.trim_end_matches('/').to_owned(),
            "--key" => options.key.clone_from(value),
            "--database-url" => options.database_url.clone_from(value),
            "--seconds" => options.seconds = number()?,
            "--workers" => options.workers = usize::try_from(number()?).unwrap_or(8).max(1),
            "--settle-secs" => options.settle = Duration::from_secs(number()?),
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    if options.api.is_empty() || options.key.is_empty() || options.database_url.is_empty() {
        return Err(USAGE.to_owned());
    }
    Ok(options)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse(&args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("paylera-chaos: {message}");
            return ExitCode::from(2);
        }
    };
    match run(&options).await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("paylera-chaos: {message}");
            ExitCode::from(2)
        }
    }
}

async fn run(options: &Options) -> Result<bool, String> {
    let api = api::Api::new(&options.api, &options.key)?;
    let receiver = receiver::Receiver::start().await?;
    let setup = load::Setup::create(&api, &receiver.url).await?;
    receiver.set_secret(&setup.webhook_secret);
    eprintln!(
        "chaos: load for {} s with {} workers against {}",
        options.seconds, options.workers, options.api
    );
    let journal = load::run(&api, &setup, options.workers, Duration::from_secs(options.seconds)).await;
    eprintln!("chaos: load stopped; waiting for the cluster to be ready");
    api.wait_ready(Duration::from_secs(120)).await?;
    receiver.recover();
    let verdict = judge::judge(&api, &setup, &journal, &receiver, &options.database_url, options.settle).await?;
    verdict.print();
    Ok(verdict.holds())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_need_the_api_the_key_and_the_database() {
        let args = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(parse(&args(&["--api", "http://x"])).is_err());
        let options = parse(&args(&[
            "--api",
            "http://127.0.0.1:1/",
            "--key",
            "sk_test_x",
            "--database-url",
            "postgres://p@h/d",
            "--seconds",
            "5",
        ]))
        .expect("complete");
        assert_eq!((options.api.as_str(), options.seconds), ("http://127.0.0.1:1", 5));
        assert!(parse(&args(&["--api"])).is_err());
        assert!(parse(&args(&["--bogus", "1"])).is_err());
    }
}
