//! The pause (`/subscription/pause?subscription=…`), one of the subscription pages
//! (see `pages::subscription`): when billing stops (the end of the paid period), for how
//! many periods, then "Pause". Offered only when the configuration enables
//! `subscription_pause_enabled`, up to its `subscription_pause_max_periods`; the API
//! decides whether this subscription may pause and when it resumes. "Resume" is on the
//! subscription list.

mod server;
mod view;

pub use server::PauseSubscription;
pub use view::PausePage;
