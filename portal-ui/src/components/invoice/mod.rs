//! What the invoices page and the overview share about invoices: an invoice as a row
//! (its state in words, its label, its PDF), a page of them, paying one (with the
//! bank's challenge echoed back in the failure) and their texts.

mod model;
mod server;
mod texts;

pub use model::{Challenge, DONE_PAID, INVOICE_FIELD, InvoicePage, InvoiceRow, InvoiceState, PAGE_SIZE};
pub use server::{LoadInvoices, PayInvoice, load_invoices};
pub use texts::InvoiceText;
