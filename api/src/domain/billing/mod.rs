//! Billing rules, free of HTTP and SQL: billing periods, proration and plan-change
//! classification, invoice totals and numbering, the subscription and invoice state
//! machines, and the dunning schedule. `docs/billing-rules.md` describes them for
//! people; each submodule documents its rules and invariants.
//!
//! - [`period`] — period boundaries (anchor day of month, clamped), nominal days;
//! - [`proration`] — credits and charges of a mid-period change, to the second,
//!   rounded half away from zero per line; upgrade / downgrade / lateral;
//! - [`invoice`] — subtotal, tax, total, credit balance, amount due; invoice numbers;
//! - [`state`] — `SubscriptionStatus` and `InvoiceStatus` transitions;
//! - [`dunning`] — when failed payments are retried.
//!
//! Money is always an `i64` of minor units, with `i128` for intermediate products;
//! no floating point anywhere.

pub mod dunning;
pub mod invoice;
pub mod period;
pub mod proration;
pub mod state;

pub use dunning::{RETRY_DELAYS, is_exhausted, next_attempt};
pub use invoice::{Totals, format_number, invoice_prefix, percent_off, totals};
pub use paylera_shared::invoice::BillingReason;
pub use period::{Interval, add_interval, nominal_days};
pub use proration::{Change, Charge, LineKind, ProrationLine, classify, prorate};
pub use state::{
    FinalAction, InvoiceLifecycle, InvoiceStatus, SubscriptionEvent, SubscriptionLifecycle, SubscriptionStatus,
};
