//! One module per page of the portal. Each page is a `#[component]` that the router
//! in [`crate::App`] mounts; pages fetch their own data with resources, through the
//! server functions declared next to them (see `server::actions`).
//!
//! - [`layout`]: what every module page shares (the guard, messages, the CSRF field).
//! - [`home`]: the overview (or the introduction for a visitor without a session).
//! - [`subscription`], [`payment_methods`], [`invoices`], [`tax_ids`], [`address`]: the
//!   modules a merchant's configuration enables.
//! - [`challenge`]: the simulated bank challenge the invoices and add-card pages share.
//! - [`flow`]: deep-link flows (only the flow's task is shown, then what the merchant
//!   chose: the overview, a confirmation page or a redirect).
//! - [`link`]: what a portal link that did not work shows; [`not_found`]: 404.

pub mod address;
pub mod challenge;
pub mod flow;
pub mod home;
pub mod invoices;
pub mod layout;
pub mod link;
pub mod not_found;
pub mod payment_methods;
pub mod subscription;
pub mod tax_ids;
