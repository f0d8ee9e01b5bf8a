//! The payment methods module: the customer's saved cards (`/payment-methods`) and
//! adding one (`/payment-methods/new`), built like every module page (see
//! `docs/portal-ui.md`).
//!
//! - **The list** shows each card's brand, last four digits, localized expiry and a
//!   "Default" badge, with "Make … the default" (`POST /v1/customers/{id}` with
//!   `invoice_settings.default_payment_method`) and "Remove …". Removing takes two
//!   steps that work without JavaScript: the "Remove" link is a `GET` of
//!   `/payment-methods?remove=pm_…`, which shows what removing means and the form that
//!   does it (`POST /v1/payment_methods/{id}/detach`).
//! - **The last-payment-method rule** (README, "Rules"): the API refuses to detach the
//!   last usable card of a customer with a live subscription (`last_payment_method`)
//!   unless the merchant's billing settings allow it (the session's configuration, which
//!   the page already has, says which: `allow_detach_last_payment_method`). Where the
//!   rule applies, the list does not offer "Remove" on that card and says why and how
//!   to replace it; the confirmation step (reachable by an old link) says it again, and
//!   the API's refusal, if it comes, is shown there. Where the merchant allows it, the
//!   step warns that no card will be left to pay with.
//! - **Adding a card** posts the number, expiry and CVC once (`POST /v1/payment_methods`
//!   with the customer, which attaches it); hydrated, [`card_check`] checks the fields
//!   first. A card the bank must confirm (3-D Secure) comes back
//!   `requires_authentication`: the page then shows the simulated bank challenge
//!   (`?challenge=pm_…`), whose answer goes to `POST /v1/payment_methods/{id}/authenticate`.
//! - A card number or a CVC is never echoed: a failed add gives back only the expiry and
//!   the "default" choice ([`Problem::with_form`](crate::problem::Problem::with_form)); the number and CVC fields never get a
//!   `value` from the server.
//! - After success the customer lands on `/payment-methods?done=…` ([`Done`](model::Done)): without
//!   JavaScript through `after_form_post`, hydrated by client-side navigation to the
//!   location the server function answered (the list actions refetch the list in place).
//!
//! Two pages, two views: `view` the list, `add_card` the form and the challenge.

mod add_card;
mod card_check;
mod model;
mod server;
mod view;

pub use add_card::AddCardPage;
pub use server::{AddCard, AnswerChallenge, LoadChallenge, LoadWallet, MakeDefaultCard, RemoveCard};
pub use view::PaymentMethodsPage;
