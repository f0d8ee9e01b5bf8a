//! `paylera-portal`: the customer portal server. Configuration is read from the
//! environment (see `server::settings`); logs go to stderr as JSON; `/metrics` is on
//! the admin listener (`PAYLERA_PORTAL_ADMIN_ADDR`). On SIGTERM it drains (see
//! `server::drain`) and exits 0.

use paylera_portal_ui::server::{Application, PortalError, Settings, telemetry};

#[tokio::main]
async fn main() -> Result<(), PortalError> {
    let settings = Settings::from_env()?;
    telemetry::init(&settings.log_filter)?;
    let application = Application::build_with_dashboard(settings, paylera_portal_ui::dashboard::router).await?;
    application.run_until_stopped().await
}
