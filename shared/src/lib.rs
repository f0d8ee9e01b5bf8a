//! Paylera's wire contract, shared by the API server, the portal server and the
//! portal's WASM bundle.
//!
//! Everything here must build for `wasm32-unknown-unknown`: no database, no
//! filesystem, no tokio. The API owns behaviour; this crate only says what goes
//! over the wire.

pub mod address;
pub mod api_key;
pub mod card;
pub mod catalog;
pub mod customer;
pub mod dashboard;
pub mod error;
pub mod event;
pub mod file;
pub mod health;
pub mod html;
pub mod ids;
pub mod invoice;
pub mod list;
pub mod locale;
pub mod money;
pub mod patch;
pub mod payment_method;
pub mod portal;
pub mod subscription;
pub mod tax_id;
pub mod test_clock;
pub mod trace;
pub mod version;
pub mod webhook;
pub mod wire_enum;

#[cfg(feature = "client")]
pub mod client;

pub use error::{ErrorBody, ErrorCode, ErrorEnvelope, ErrorType};
pub use list::List;
