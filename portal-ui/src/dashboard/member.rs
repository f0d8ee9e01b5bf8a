//! Who is signed in to the dashboard: the [`Member`] a request acts as, set by
//! `guard::require_member`.

use std::sync::Arc;

use paylera_shared::{client::ApiClient, dashboard::DashboardSession};

use super::DashboardState;
use crate::i18n::Locale;

/// The signed-in team member of a request (an extension set by `guard::require_member`).
#[derive(Debug, Clone)]
pub struct Member {
    pub session: Arc<DashboardSession>,
    /// The `dsh_…` token, sent to the API as the bearer.
    pub(super) token: Arc<str>,
    /// The CSRF token the page's forms carry (masked, see `server::csrf::mask`).
    pub csrf: String,
    pub locale: Locale,
}

impl Member {
    /// The API client acting as this member.
    pub fn api(&self, state: &DashboardState) -> ApiClient {
        state.upstream.client().with_bearer(&*self.token)
    }

    /// Whether the member may change things (admins and owners; viewers only read).
    pub fn can_write(&self) -> bool {
        !matches!(self.session.member.role, paylera_shared::dashboard::Role::Viewer)
    }
}
