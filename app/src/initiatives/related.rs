//! What an initiative is linked to: its areas, target groups, themes,
//! languages and needs. The public page, the beheer page and the review
//! read them the same way.

use entity::{
    area, initiative_area, initiative_language, initiative_need, initiative_target_group,
    initiative_theme, target_group, theme,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// Areas, target groups and themes in their display order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Related {
    pub areas: Vec<area::Model>,
    pub target_groups: Vec<target_group::Model>,
    pub themes: Vec<theme::Model>,
    /// Language codes, as stored.
    pub languages: Vec<String>,
    /// Need codes, as stored.
    pub needs: Vec<String>,
}

pub async fn related(db: &impl ConnectionTrait, initiative_id: i32) -> Result<Related, DbErr> {
    let area_ids: Vec<i32> = initiative_area::Entity::find()
        .filter(initiative_area::Column::InitiativeId.eq(initiative_id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.area_id)
        .collect();
    let group_ids: Vec<i32> = initiative_target_group::Entity::find()
        .filter(initiative_target_group::Column::InitiativeId.eq(initiative_id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.target_group_id)
        .collect();
    let theme_ids: Vec<i32> = initiative_theme::Entity::find()
        .filter(initiative_theme::Column::InitiativeId.eq(initiative_id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.theme_id)
        .collect();
    Ok(Related {
        areas: area::Entity::find()
            .filter(area::Column::Id.is_in(area_ids))
            .order_by_asc(area::Column::SortOrder)
            .all(db)
            .await?,
        target_groups: target_group::Entity::find()
            .filter(target_group::Column::Id.is_in(group_ids))
            .order_by_asc(target_group::Column::SortOrder)
            .all(db)
            .await?,
        themes: theme::Entity::find()
            .filter(theme::Column::Id.is_in(theme_ids))
            .order_by_asc(theme::Column::SortOrder)
            .all(db)
            .await?,
        languages: initiative_language::Entity::find()
            .filter(initiative_language::Column::InitiativeId.eq(initiative_id))
            .all(db)
            .await?
            .into_iter()
            .map(|link| link.language_code)
            .collect(),
        needs: initiative_need::Entity::find()
            .filter(initiative_need::Column::InitiativeId.eq(initiative_id))
            .all(db)
            .await?
            .into_iter()
            .map(|need| need.need_code)
            .collect(),
    })
}
