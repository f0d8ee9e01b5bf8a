//! The portal's home page. Signed out: what the portal is and how customers get here.
//! Signed in: the overview — the customer's billing at a glance, each section with its
//! action in place (change the plan, pay an open invoice, update the card or the
//! address) and the detailed pages one link away. Nothing technical is shown.
//!
//! The overview is plain server HTML and forms (no island: it loads no WASM, see
//! `PAGES_WITH_ISLANDS`); its data is one server call ([`load_overview`](server::load_overview)).

mod model;
mod server;
mod texts;
mod view;

pub use model::{BillingDetails, OverviewData};
pub use server::LoadOverview;
pub use texts::HomeText;
pub use view::HomePage;
#[cfg(feature = "ssr")]
pub use view::preview_sections;
