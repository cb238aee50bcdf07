//! The one error type that reaches users.
//!
//! Users see what they can act on (a field to fix, a page that does not
//! exist, no permission) and nothing else. Database and other internal
//! errors are logged on the server and reach the browser as plain
//! [`AppError::Internal`], without details.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// One problem with one form field. `code` is a key into the i18n catalogue,
/// so the message is shown in the user's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("some fields are not valid")]
    Validation(Vec<FieldError>),
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("conflict")]
    Conflict,
    #[error("internal error")]
    Internal,
    /// The request itself failed (network, encoding). Shown like `Internal`.
    #[error("request failed: {0}")]
    Request(String),
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Request(value.to_string())
    }
}

impl AppError {
    /// The HTTP status that goes with this error.
    pub fn status_code(&self) -> u16 {
        match self {
            AppError::Validation(_) => 422,
            AppError::NotFound => 404,
            AppError::Forbidden => 403,
            AppError::Conflict => 409,
            AppError::Internal | AppError::Request(_) => 500,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(error: sea_orm::DbErr) -> Self {
        tracing::error!(%error, "database error");
        AppError::Internal
    }
}

/// Sets the status of the page being rendered on the server (a no-op in the
/// browser), so that a missing page is a real 404 for browsers and crawlers.
pub fn set_page_status(status: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(options), Ok(code)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(status),
    ) {
        options.set_status(code);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}
