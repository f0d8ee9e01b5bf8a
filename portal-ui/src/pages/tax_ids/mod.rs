//! The tax IDs module (`/tax-ids`): the customer's tax registration numbers, adding one
//! (type picker with each type's example) and removing one after a confirmation step.
//!
//! - The list and the types come from the API (`GET /v1/customers/{id}/tax_ids`,
//!   `GET /v1/tax_id_types`); the API checks formats and check digits and answers the
//!   canonical number. Hydrated, the form first runs the cheap part of the API's rules
//!   ([`precheck`](model::precheck): required, allowed characters) so an obvious slip is reported at
//!   once; everything else is the API's word, mapped to the field it is about.
//! - Removing asks first: "Remove" is a link to `/tax-ids?remove=txi_…`, which shows
//!   the confirmation with the real (POST) button — the same page with or without
//!   JavaScript.
//! - The API emits `customer.tax_id.created` / `customer.tax_id.deleted` and
//!   `customer.updated` (source `portal`) for these changes.

mod model;
mod server;
mod texts;
mod view;

pub use server::{AddTaxId, LoadTaxIds, RemoveTaxId};
pub use texts::TaxIdText;
pub use view::TaxIdsPage;
