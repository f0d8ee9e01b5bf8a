//! One module per page of the portal. Each page is a `#[component]` that the router
//! in [`crate::App`] mounts; pages fetch their own data with resources, through the
//! server functions declared next to them (see `server::actions`).
//!
//! A page is a directory: `mod.rs` (what the router needs), `view.rs` (components),
//! `server.rs` (server functions and their API calls), `model.rs` (view models and
//! rules, unit-tested without a view) and `texts.rs` (its `catalog!`); a small page is
//! a `mod.rs` and its `texts.rs`. **No page names another page**: what two pages share
//! is in [`crate::components`] (and deep-link flows in [`crate::flow`]); `xtask`'s
//! layering check fails otherwise.
//!
//! - [`home`]: the overview (or the introduction for a visitor without a session).
//! - [`subscription`], [`payment_methods`], [`invoices`], [`tax_ids`], [`address`]: the
//!   modules a merchant's configuration enables; [`plan`] (change of plan),
//!   [`cancel`] and [`pause`] are the subscription module's other pages.
//! - [`flow_done`]: `/done`, the end of a deep-link flow that ends on a confirmation.
//! - [`link`]: what a portal link that did not work shows.
//!
//! The not-found page is a component ([`crate::components::NotFound`]): the router's
//! fallback and every hidden module's page.

pub mod address;
pub mod cancel;
pub mod flow_done;
pub mod home;
pub mod invoices;
pub mod link;
pub mod pause;
pub mod payment_methods;
pub mod plan;
pub mod subscription;
pub mod tax_ids;
