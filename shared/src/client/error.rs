//! Why a call of the [`super::ApiClient`] failed.

use crate::ErrorEnvelope;

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The API answered with its error envelope.
    #[error("{status}: {} ({})", .error.error.message, .error.error.code)]
    Api {
        status: u16,
        error: ErrorEnvelope,
        /// `Retry-After` in seconds, when the API sent one (`429`, `503`).
        retry_after: Option<u64>,
    },
    /// An error status without the API's envelope (a proxy's error page, an older
    /// API): the status is kept, the body only described.
    #[error("{status} without an error envelope: {detail}")]
    Status { status: u16, detail: String },
    /// The API could not be reached, or its success body is not what the call expects.
    #[error("transport error: {0}")]
    Transport(String),
}

impl ClientError {
    /// The envelope, when the API answered with one.
    pub fn envelope(&self) -> Option<&ErrorEnvelope> {
        match self {
            Self::Api { error, .. } => Some(error),
            Self::Status { .. } | Self::Transport(_) => None,
        }
    }

    /// The HTTP status, when the API answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api { status, .. } | Self::Status { status, .. } => Some(*status),
            Self::Transport(_) => None,
        }
    }
}

impl From<reqwest::Error> for ClientError {
    fn from(err: reqwest::Error) -> Self {
        Self::Transport(err.to_string())
    }
}
