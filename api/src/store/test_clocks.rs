//! Test clocks.

use paylera_shared::{
    ids::{TenantId, TestClockId},
    test_clock::TestClock,
};

use super::parse_stored;
use crate::{
    db::{Db, Tx},
    domain::{from_unix, ids::Mint, now},
};

#[derive(sqlx::FromRow)]
struct ClockRow {
    id: String,
    name: Option<String>,
    frozen_time: i64,
    created: i64,
}

impl ClockRow {
    fn into_clock(self) -> Result<TestClock, sqlx::Error> {
        Ok(TestClock {
            id: parse_stored(&self.id)?,
            object: "test_clock".to_owned(),
            name: self.name,
            frozen_time: from_unix(self.frozen_time),
            created: from_unix(self.created),
        })
    }
}

pub async fn create(
    tx: &mut Tx,
    tenant: &TenantId,
    name: Option<&str>,
    frozen_time: i64,
) -> Result<TestClock, sqlx::Error> {
    let clock = TestClock {
        id: TestClockId::mint(),
        object: "test_clock".to_owned(),
        name: name.map(str::to_owned),
        frozen_time: from_unix(frozen_time),
        created: now(),
    };
    sqlx::query("insert into test_clocks (id, tenant_id, name, frozen_time, created) values ($1, $2, $3, $4, $5)")
        .bind(clock.id.as_str())
        .bind(tenant.as_str())
        .bind(&clock.name)
        .bind(frozen_time)
        .bind(clock.created.timestamp())
        .execute(&mut **tx)
        .await?;
    Ok(clock)
}

pub async fn get(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<TestClock>, sqlx::Error> {
    let row: Option<ClockRow> =
        sqlx::query_as("select id, name, frozen_time, created from test_clocks where tenant_id = $1 and id = $2")
            .bind(tenant.as_str())
            .bind(id)
            .fetch_optional(db.reader())
            .await?;
    row.map(ClockRow::into_clock).transpose()
}

/// The clock's time in `tx` (locks nothing; advancing is serialised by the caller's write).
pub async fn frozen_time(tx: &mut Tx, tenant: &TenantId, id: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("select frozen_time from test_clocks where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(&mut **tx)
        .await
}

pub async fn set_time(tx: &mut Tx, tenant: &TenantId, id: &TestClockId, frozen_time: i64) -> Result<(), sqlx::Error> {
    sqlx::query("update test_clocks set frozen_time = $3 where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(id.as_str())
        .bind(frozen_time)
        .execute(&mut **tx)
        .await
        .map(drop)
}
