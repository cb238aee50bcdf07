//! What every request on the server can reach: configuration, the database
//! and values computed once instead of per request.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use tokio::sync::RwLock;

use crate::errors::AppError;
use crate::site::SiteInfo;

/// Settings of this installation that pages show.
#[derive(Clone, Debug, Default)]
pub struct SiteSettings {
    /// Where residents can report problems (accessibility, privacy). Optional.
    pub contact_email: Option<String>,
}

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub settings: Arc<SiteSettings>,
    /// The municipality, its wijken and taxonomies change rarely; they are
    /// read once and kept here. Call [`AppState::forget_site_info`] after
    /// changing them.
    pub site_info: Arc<RwLock<Option<Arc<SiteInfo>>>>,
}

impl AppState {
    pub fn new(
        leptos_options: LeptosOptions,
        db: DatabaseConnection,
        settings: SiteSettings,
    ) -> Self {
        Self {
            leptos_options,
            db,
            settings: Arc::new(settings),
            site_info: Arc::default(),
        }
    }

    pub async fn forget_site_info(&self) {
        *self.site_info.write().await = None;
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The state of this server, from inside a server function or a page.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}
