//! Reading the directory.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::errors::AppError;
use crate::taxonomy::Term;

/// An initiative as a card in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InitiativeCard {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub wijken: Vec<String>,
    pub target_groups: Vec<Term>,
    pub looking_for_volunteers: bool,
    pub is_demo: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InitiativeList {
    pub total: u64,
    pub initiatives: Vec<InitiativeCard>,
}

/// How many cards one page shows.
pub const PAGE_SIZE: u64 = 50;

#[server(prefix = "/api", endpoint = "initiatives", input = GetUrl)]
pub async fn list_initiatives() -> Result<InitiativeList, AppError> {
    let state = crate::state::app_state()?;
    Ok(ssr::published_initiatives(&state.db, PAGE_SIZE).await?)
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use std::collections::HashMap;

    use entity::{area, initiative, initiative_area, initiative_target_group, target_group};
    use sea_orm::{
        ColumnTrait, DatabaseConnection, DbErr, EntityTrait, JoinType, PaginatorTrait, QueryFilter,
        QueryOrder, QuerySelect,
    };

    use super::{InitiativeCard, InitiativeList};
    use crate::areas::AreaLevel;
    use crate::initiatives::InitiativeStatus;
    use crate::taxonomy::Term;

    /// Published initiatives by name, with their wijken and target groups:
    /// three queries for the whole page, however many cards it has.
    pub async fn published_initiatives(
        db: &DatabaseConnection,
        limit: u64,
    ) -> Result<InitiativeList, DbErr> {
        let published = initiative::Entity::find()
            .filter(initiative::Column::Status.eq(InitiativeStatus::Published.code()));
        let total = published.clone().count(db).await?;
        let initiatives = published
            .order_by_asc(initiative::Column::Name)
            .order_by_asc(initiative::Column::Id)
            .limit(limit)
            .all(db)
            .await?;
        let ids: Vec<i32> = initiatives.iter().map(|initiative| initiative.id).collect();

        let mut wijken_of: HashMap<i32, Vec<String>> = HashMap::new();
        let wijk_rows: Vec<(i32, String)> = initiative_area::Entity::find()
            .select_only()
            .column(initiative_area::Column::InitiativeId)
            .column(area::Column::Name)
            .join(
                JoinType::InnerJoin,
                initiative_area::Entity::belongs_to(area::Entity)
                    .from(initiative_area::Column::AreaId)
                    .to(area::Column::Id)
                    .into(),
            )
            .filter(initiative_area::Column::InitiativeId.is_in(ids.clone()))
            .filter(area::Column::Level.eq(AreaLevel::Wijk.code()))
            .order_by_asc(area::Column::SortOrder)
            .into_tuple()
            .all(db)
            .await?;
        for (initiative_id, name) in wijk_rows {
            wijken_of.entry(initiative_id).or_default().push(name);
        }

        let mut groups_of: HashMap<i32, Vec<Term>> = HashMap::new();
        let group_rows: Vec<(i32, String, String, String)> =
            initiative_target_group::Entity::find()
                .select_only()
                .column(initiative_target_group::Column::InitiativeId)
                .column(target_group::Column::Code)
                .column(target_group::Column::LabelNl)
                .column(target_group::Column::LabelEn)
                .join(
                    JoinType::InnerJoin,
                    initiative_target_group::Entity::belongs_to(target_group::Entity)
                        .from(initiative_target_group::Column::TargetGroupId)
                        .to(target_group::Column::Id)
                        .into(),
                )
                .filter(initiative_target_group::Column::InitiativeId.is_in(ids))
                .order_by_asc(target_group::Column::SortOrder)
                .into_tuple()
                .all(db)
                .await?;
        for (initiative_id, code, label_nl, label_en) in group_rows {
            groups_of.entry(initiative_id).or_default().push(Term {
                code,
                label_nl,
                label_en,
            });
        }

        let initiatives = initiatives
            .into_iter()
            .map(|initiative| InitiativeCard {
                wijken: wijken_of.remove(&initiative.id).unwrap_or_default(),
                target_groups: groups_of.remove(&initiative.id).unwrap_or_default(),
                slug: initiative.slug,
                name: initiative.name,
                summary: initiative.summary,
                looking_for_volunteers: initiative.looking_for_volunteers,
                is_demo: initiative.is_demo,
            })
            .collect();
        Ok(InitiativeList { total, initiatives })
    }
}
