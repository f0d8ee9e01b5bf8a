//! The SQLite and PostgreSQL migrations stay in step: the same migration versions
//! and names in both directories, and after migrating fresh databases the same
//! tables with the same column names (types differ by dialect and are not compared).
//! The PostgreSQL half runs when `PAYLERA_TEST_DATABASE` names a server.

use std::collections::{BTreeMap, BTreeSet};

use paylera_api::db::Db;
use secrecy::SecretString;

use crate::helpers::fresh_postgres_database;

/// `table -> columns` of a migrated database, without sqlx's own bookkeeping.
type Schema = BTreeMap<String, BTreeSet<String>>;

fn migration_files(dialect: &str) -> BTreeSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../migrations")
        .join(dialect);
    std::fs::read_dir(&dir)
        .expect("migrations directory")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".sql"))
        .collect()
}

fn schema_of(rows: Vec<(String, String)>) -> Schema {
    let mut schema = Schema::new();
    for (table, column) in rows {
        if table != "_sqlx_migrations" {
            schema.entry(table).or_default().insert(column);
        }
    }
    schema
}

async fn migrated(url: String) -> Db {
    let db = Db::connect(&SecretString::from(url)).await.expect("connect");
    db.migrate().await.expect("migrations apply");
    db
}

async fn sqlite_schema() -> Schema {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = migrated(format!("sqlite://{}/schema.db", dir.path().display())).await;
    let rows: Vec<(String, String)> = sqlx::query_as(
        "select m.name, p.name from sqlite_master m join pragma_table_info(m.name) p
         where m.type = 'table' and m.name not like 'sqlite_%'",
    )
    .fetch_all(db.reader())
    .await
    .expect("sqlite columns");
    schema_of(rows)
}

async fn postgres_schema(admin_url: &str) -> Schema {
    let db = migrated(fresh_postgres_database(admin_url).await).await;
    let rows: Vec<(String, String)> = sqlx::query_as(
        "select table_name::text, column_name::text from information_schema.columns where table_schema = 'public'",
    )
    .fetch_all(db.reader())
    .await
    .expect("postgres columns");
    schema_of(rows)
}

#[test]
fn both_dialects_have_the_same_migration_files() {
    let sqlite = migration_files("sqlite");
    assert!(!sqlite.is_empty(), "no SQLite migrations found");
    assert_eq!(sqlite, migration_files("postgres"));
}

#[tokio::test]
async fn migrating_sqlite_and_postgresql_gives_the_same_tables_and_columns() {
    let sqlite = sqlite_schema().await;
    assert!(
        sqlite.contains_key("events") && sqlite["events"].contains("type"),
        "{sqlite:?}"
    );
    let backend = std::env::var("PAYLERA_TEST_DATABASE").unwrap_or_default();
    if !backend.starts_with("postgres") {
        eprintln!("PAYLERA_TEST_DATABASE names no PostgreSQL server: compared the SQLite schema only");
        return;
    }
    let postgres = postgres_schema(&backend).await;
    let tables = |s: &Schema| s.keys().cloned().collect::<BTreeSet<_>>();
    assert_eq!(tables(&sqlite), tables(&postgres), "tables differ");
    for (table, columns) in &sqlite {
        assert_eq!(columns, &postgres[table], "columns of `{table}` differ");
    }
}
