//! `paylera-api`: serve the API, or run an admin command (see `paylera-api help`).

#[tokio::main]
async fn main() -> std::process::ExitCode {
    paylera_api::cli::run(std::env::args().skip(1).collect()).await
}
