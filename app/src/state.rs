//! What every request on the server can reach: configuration, the database
//! and values computed once instead of per request.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use tokio::sync::RwLock;

use crate::calendar::index::AgendaCache;
use crate::dashboard::index::DashboardCache;
use crate::dashboard::relations::RelationsCache;
use crate::errors::AppError;
use crate::map::index::DirectoryCache;
use crate::site::SiteInfo;

/// Settings of this installation that pages show.
#[derive(Clone, Debug, Default)]
pub struct SiteSettings {
    /// Where residents can report problems (accessibility, privacy). Optional.
    pub contact_email: Option<String>,
    /// The address users reach the site on, for canonical links and exports.
    pub public_url: String,
    /// How long personal data is kept; shown on the privacy statement.
    pub retention: crate::accounts::Retention,
    /// Where mail is written when there is no SMTP server: an AVG export
    /// and erasure cover these files too.
    pub outbox: crate::mail::Outbox,
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
    /// Published initiatives in memory, for the sociale kaart.
    pub directory: Arc<DirectoryCache>,
    /// Coming dates in memory, for the agenda and its feed.
    pub agenda: Arc<AgendaCache>,
    /// What the professionals' dashboard counts, in memory.
    pub dashboard: Arc<DashboardCache>,
    /// The dashboard's partnerships and signals, in memory.
    pub dashboard_relations: Arc<RelationsCache>,
}

/// How old the directory index may get before it is rebuilt in the
/// background: the longest a change made on another server (or directly in
/// the database) takes to show, and how fresh "next activity" is.
pub const DIRECTORY_MAX_AGE: std::time::Duration = std::time::Duration::from_secs(60);

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
            directory: Arc::new(DirectoryCache::new(DIRECTORY_MAX_AGE)),
            agenda: Arc::new(AgendaCache::new(DIRECTORY_MAX_AGE)),
            dashboard: Arc::new(DashboardCache::new(DIRECTORY_MAX_AGE)),
            dashboard_relations: Arc::new(RelationsCache::new(DIRECTORY_MAX_AGE)),
        }
    }

    /// Forget what is kept in memory about initiatives and activities: call
    /// it after changing them, so the kaart and the agenda show the change
    /// at once.
    pub fn content_changed(&self) {
        self.directory.invalidate();
        self.agenda.invalidate();
        self.dashboard.invalidate();
        self.dashboard_relations.invalidate();
    }

    /// Forget the dashboard's partnerships and signals: call it after
    /// changing one, so the next page shows the change.
    pub fn dashboard_changed(&self) {
        self.dashboard_relations.invalidate();
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
