//! The invoices module (`/invoices`): the customer's invoices, newest first, a page at a
//! time, each with its PDF and — while it is unpaid — a way to pay it again.
//!
//! - The list comes from `GET /v1/invoices?customer=…` ([`load_invoices`](crate::components::invoice::load_invoices)); "Older
//!   invoices" follows the API's cursor (`?after=in_…`), a plain link in both modes.
//! - "Download" is a plain link to the API's PDF through the portal's `/v1` proxy
//!   (same origin, the session cookie becomes the bearer), with `download` and no file
//!   name of its own: the browser keeps the API's `Content-Disposition` name.
//! - "Retry payment" posts to [`pay_invoice`](crate::components::invoice::PayInvoice) (`POST /v1/invoices/{id}/pay`, the
//!   customer's default card). Paid: a [`StatusMessage`](crate::components::StatusMessage). Declined: the reason in plain
//!   words ([`Problem`](crate::problem::Problem)'s decline code). A card that needs the bank's confirmation
//!   (3-D Secure): the simulated challenge, a small section whose "Approve" and
//!   "Refuse" post the same function again with the customer's answer. The failed
//!   attempt echoes what the challenge shows ([`Challenge`](crate::components::invoice::Challenge)), so it needs no JavaScript.
//! - Hydrated, the focus follows an attempt's answer: to the challenge, or to the
//!   outcome (the pressed button is gone or redrawn with the reloaded list).

mod view;

pub use view::InvoicesPage;
