//! What the whole site shows on every page: the municipality's name, its
//! wijken, and whether the data is example data.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::api_codec::JsonText;
use serde::{Deserialize, Serialize};

use crate::areas::AreaSummary;
use crate::errors::AppError;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// The name of the municipality, once areas are loaded.
    pub municipality: Option<String>,
    pub wijken: Vec<AreaSummary>,
    /// True while example initiatives are in the database.
    pub has_demo_data: bool,
    pub contact_email: Option<String>,
}

#[server(prefix = "/api", endpoint = "site-info", input = GetUrl, output = JsonText)]
pub async fn get_site_info() -> Result<SiteInfo, AppError> {
    let state = crate::state::app_state()?;
    if let Some(info) = state.site_info.read().await.as_ref() {
        return Ok(SiteInfo::clone(info));
    }
    let info = ssr::load_site_info(&state.db, &state.settings).await?;
    *state.site_info.write().await = Some(std::sync::Arc::new(info.clone()));
    Ok(info)
}

/// Loads the site info once for the whole app (call it in the app, above
/// every component that uses it); it then stays while the user navigates.
pub fn provide_site_info() {
    provide_context(Resource::new(|| (), |_| get_site_info()));
}

/// The site info, shared by every component.
pub fn use_site_info() -> Resource<Result<SiteInfo, AppError>> {
    use_context::<Resource<Result<SiteInfo, AppError>>>().unwrap_or_else(|| {
        // Only reached in a component rendered outside the app.
        Resource::new(|| (), |_| get_site_info())
    })
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use entity::{area, initiative};
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

    use super::SiteInfo;
    use crate::areas::{AreaLevel, ssr::areas_of_level};
    use crate::state::SiteSettings;

    pub async fn load_site_info(
        db: &DatabaseConnection,
        settings: &SiteSettings,
    ) -> Result<SiteInfo, DbErr> {
        let municipality = area::Entity::find()
            .filter(area::Column::Level.eq(AreaLevel::Municipality.code()))
            .one(db)
            .await?
            .map(|area| area.name);
        let wijken = areas_of_level(db, AreaLevel::Wijk)
            .await?
            .into_iter()
            .map(Into::into)
            .collect();
        let has_demo_data = initiative::Entity::find()
            .filter(initiative::Column::IsDemo.eq(true))
            .one(db)
            .await?
            .is_some();
        Ok(SiteInfo {
            municipality,
            wijken,
            has_demo_data,
            contact_email: settings.contact_email.clone(),
        })
    }
}
