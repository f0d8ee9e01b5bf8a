//! One module per page of the portal. Each page is a `#[component]` that the router
//! in [`crate::App`] mounts; pages fetch their own data with resources.

pub mod home;
pub mod link;
pub mod not_found;
