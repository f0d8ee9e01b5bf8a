//! The `paylera-api` command line:
//!
//! ```text
//! paylera-api [serve]                  run the API server
//! paylera-api migrate                  apply pending migrations
//! paylera-api tenant create --name N   create a tenant; prints its id and secret key as JSON
//! paylera-api demo seed                seed the demo tenant if the database is empty (JSON)
//! paylera-api demo link                a fresh portal link for the demo customer (JSON)
//! paylera-api dashboard invite --tenant T --email E --role R
//!                                      invite a team member (`owner`, `admin`, `viewer`):
//!                                      prints the one-time invitation link as JSON
//! ```
//!
//! Every command reads the same settings as the server (`DATABASE_URL`, …) and
//! applies migrations first. Machine-readable output goes to stdout, logs to stderr.

use std::process::ExitCode;

use serde_json::json;

use crate::{Application, Settings, db::Db, seed, store, store::events::Origin, telemetry};

const USAGE: &str = "usage:
  paylera-api [serve]                  run the API server
  paylera-api migrate                  apply pending migrations
  paylera-api tenant create --name N   create a tenant; prints its id and secret key as JSON
  paylera-api demo seed                seed the demo tenant when the database is empty
  paylera-api demo link                a fresh portal link for the demo customer (JSON)
  paylera-api dashboard invite --tenant T --email E --role owner|admin|viewer
                                       invite a team member; prints the one-time link (JSON)";

/// Runs the command in `args` (without the program name).
pub async fn run(args: Vec<String>) -> ExitCode {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(err) => return fail(&format!("configuration error: {err}")),
    };
    telemetry::init(&settings.log_filter, settings.log_format);
    telemetry::set_instance(settings.instance.clone());
    let outcome = match args.as_slice() {
        [] | ["serve"] => serve(settings).await,
        ["migrate"] => with_db(&settings, |_| async { Ok(json!({"migrated": true})) }).await,
        ["tenant", "create", "--name", name] => create_tenant(&settings, name).await,
        ["demo", "link"] => demo_link(&settings).await,
        [
            "dashboard",
            "invite",
            "--tenant",
            tenant,
            "--email",
            email,
            "--role",
            role,
        ] => invite(&settings, tenant, email, role).await,
        ["demo", "seed"] => {
            with_db(&settings, |db| async move {
                seed::seed_demo(&db).await.map(|s| json!(s)).map_err(|e| e.to_string())
            })
            .await
        }
        ["help" | "--help" | "-h"] => {
            print_line(USAGE);
            return ExitCode::SUCCESS;
        }
        _ => return fail(&format!("unknown command: {}\n{USAGE}", args.join(" "))),
    };
    match outcome {
        Ok(Some(output)) => {
            print_line(&output.to_string());
            ExitCode::SUCCESS
        }
        Ok(None) => ExitCode::SUCCESS,
        Err(message) => fail(&message),
    }
}

async fn serve(settings: Settings) -> Result<Option<serde_json::Value>, String> {
    let app = Application::build(settings).await.map_err(|e| e.to_string())?;
    let addr = app.local_addr().map_err(|e| e.to_string())?;
    tracing::info!(%addr, "paylera-api listening");
    app.run_until_stopped(crate::lifecycle::shutdown_signal())
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!("paylera-api stopped");
    Ok(None)
}

async fn create_tenant(settings: &Settings, name: &str) -> Result<Option<serde_json::Value>, String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err("--name must be 1 to 200 characters".to_owned());
    }
    let name = name.to_owned();
    with_db(settings, |db| async move {
        let mut tx = db.begin().await.map_err(|e| e.to_string())?;
        let tenant = store::tenants::create(&mut tx, &name)
            .await
            .map_err(|e| e.to_string())?;
        tx.commit().await.map_err(|e| e.to_string())?;
        Ok(json!({
            "tenant_id": tenant.id,
            "name": tenant.name,
            "secret_key": tenant.secret_key,
            "live_secret_key": tenant.live_secret_key,
        }))
    })
    .await
}

/// A new portal session for the demo tenant's first customer.
async fn demo_link(settings: &Settings) -> Result<Option<serde_json::Value>, String> {
    let public_url = settings.portal_public_url.clone();
    with_db(settings, |db| async move {
        let (tenant, customer) = seed::demo_customer(&db)
            .await
            .map_err(|e| e.to_string())?
            .ok_or("no demo tenant: run `paylera-api demo seed` first")?;
        let params = paylera_shared::portal::CreatePortalSessionRequest {
            customer_id: customer.to_string(),
            return_url: Some(format!("{}/", public_url.trim_end_matches('/'))),
            ..Default::default()
        };
        let session = crate::portal::create(&db, &public_url, &tenant, &Origin::system(), true, params)
            .await
            .map_err(|e| e.to_string())?;
        Ok(json!({"url": session.url, "session": session.id, "expires_at": session.expires_at}))
    })
    .await
}

/// An invitation to the tenant's team, created from the command line (how the first
/// owner of a tenant gets in), with its one-time link.
async fn invite(
    settings: &Settings,
    tenant: &str,
    email: &str,
    role: &str,
) -> Result<Option<serde_json::Value>, String> {
    let tenant: paylera_shared::ids::TenantId = tenant.parse().map_err(|e| format!("--tenant: {e}"))?;
    let role: paylera_shared::dashboard::Role = role.parse().map_err(|e| format!("--role: {e}"))?;
    let request = paylera_shared::dashboard::CreateInvitationRequest {
        email: email.to_owned(),
        role,
    };
    let base = settings.dashboard_public_url.trim_end_matches('/').to_owned();
    with_db(settings, |db| async move {
        store::tenants::name(&db, &tenant)
            .await
            .map_err(|_| format!("no tenant {tenant}"))?;
        let invitation = crate::dashboard::invite(&db, &tenant, "cli", request)
            .await
            .map_err(|e| e.to_string())?;
        let url = format!("{base}/invitations/{}", invitation.token.as_deref().unwrap_or_default());
        Ok(json!({"invitation": invitation, "url": url}))
    })
    .await
}

/// Connects and migrates, runs `job`, closes the pools.
async fn with_db<F, Fut>(settings: &Settings, job: F) -> Result<Option<serde_json::Value>, String>
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = Result<serde_json::Value, String>>,
{
    let db = Db::connect(&settings.database_url)
        .await
        .map_err(|e| format!("cannot connect to the database: {e}"))?;
    db.migrate()
        .await
        .map_err(|e| format!("cannot apply migrations: {e}"))?;
    let result = job(db.clone()).await;
    db.close().await;
    result.map(Some)
}

#[expect(clippy::print_stdout, reason = "the CLI's output is its JSON on stdout")]
fn print_line(text: &str) {
    println!("{text}");
}

fn fail(message: &str) -> ExitCode {
    eprintln!("paylera-api: {message}");
    ExitCode::FAILURE
}
