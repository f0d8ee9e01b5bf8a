//! Production mode: what an instance refuses to start without, and TLS to
//! PostgreSQL.

use std::time::Duration;

use paylera_api::db::Db;
use secrecy::SecretString;

use crate::helpers::spawn_app;

const SECRETS: [&str; 4] = [
    "PAYLERA_ENCRYPTION_KEY",
    "PAYLERA_PORTAL_JWT_SECRET",
    "PAYLERA_CARD_FINGERPRINT_KEY",
    "PAYLERA_SERVICE_KEY",
];

#[test]
fn in_production_the_server_refuses_to_start_without_each_shared_secret_and_names_it() {
    let dir = tempfile::tempdir().expect("dir");
    for missing in SECRETS {
        let values: Vec<(String, String)> = SECRETS
            .iter()
            .filter(|name| **name != missing)
            .map(|name| {
                (
                    (*name).to_owned(),
                    format!("{name}-a-value-long-enough-to-be-a-real-key"),
                )
            })
            .collect();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_paylera-api"))
            .arg("serve")
            .env_clear()
            .env("PAYLERA_ENV", "production")
            .env("DATABASE_URL", format!("sqlite://{}/p.db", dir.path().display()))
            .env("PAYLERA_DATA_DIR", dir.path())
            .env("PAYLERA_API_ADDR", "127.0.0.1:0")
            .env("PAYLERA_API_ADMIN_ADDR", "off")
            .envs(values.iter().map(|(k, v)| (k, v)))
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "started without {missing}");
        assert!(stderr.contains(missing), "the error names {missing}: {stderr}");
        for (_, value) in &values {
            assert!(!stderr.contains(value.as_str()), "a secret was printed: {stderr}");
        }
        assert!(
            !dir.path().join("secrets").exists(),
            "nothing was generated in production"
        );
    }
}

/// The test database's URL with `query` added.
fn with_query(url: &str, query: &str) -> SecretString {
    let separator = if url.contains('?') { '&' } else { '?' };
    SecretString::from(format!("{url}{separator}{query}"))
}

#[tokio::test]
async fn postgres_connections_are_encrypted_when_the_url_asks_and_verified_when_it_says_so() {
    let app = spawn_app().await;
    if !app.database_url.starts_with("postgres") {
        return; // A PostgreSQL-only property: the SQLite leg has no network.
    }
    let db = Db::connect(&with_query(&app.database_url, "sslmode=require"))
        .await
        .expect("TLS connection (the machine's PostgreSQL has ssl = on)");
    let encrypted: i64 = sqlx::query_scalar("select count(*) from pg_stat_ssl where pid = pg_backend_pid() and ssl")
        .fetch_one(db.reader())
        .await
        .expect("pg_stat_ssl");
    assert_eq!(encrypted, 1, "sslmode=require gives an encrypted connection");
    db.close().await;

    // verify-full checks the server's certificate: a self-signed one (Debian's
    // snakeoil) is refused unless the operator names its CA with sslrootcert.
    let verified = tokio::time::timeout(
        Duration::from_secs(20),
        Db::connect(&with_query(&app.database_url, "sslmode=verify-full")),
    )
    .await
    .expect("answers in time");
    assert!(verified.is_err(), "an unverifiable certificate was accepted");
}
