//! Test clocks: simulated time for customers attached to them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::TestClockId;

/// A frozen point in time that moves only when advanced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TestClock {
    pub id: TestClockId,
    /// Always `"test_clock"`.
    pub object: String,
    pub name: Option<String>,
    pub frozen_time: DateTime<Utc>,
    pub created: DateTime<Utc>,
}

/// `POST /v1/test_clocks`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateTestClockRequest {
    pub frozen_time: DateTime<Utc>,
    pub name: Option<String>,
}

/// `POST /v1/test_clocks/{id}/advance`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AdvanceTestClockRequest {
    /// Later than the clock's current time.
    pub frozen_time: DateTime<Utc>,
}
