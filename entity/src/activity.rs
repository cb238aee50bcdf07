//! Something an initiative organises: one-off or recurring.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "activity")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// A UUID for the outside world: the UID in calendar feeds, which must
    /// stay the same across fetches and edits.
    #[sea_orm(unique)]
    pub public_uid: String,
    /// Goes up by one at every change, for SEQUENCE in calendar feeds.
    pub sequence: i32,
    pub initiative_id: i32,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// Start and end of the first occurrence. Stored in UTC; every local
    /// reading (and the recurrence) is in Europe/Amsterdam.
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// An RFC 5545 RRULE value without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=TU`.
    pub recurrence_rule: Option<String>,
    pub place_name: Option<String>,
    pub address: Option<String>,
    /// For GEO in calendar feeds and the map link (WGS 84).
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// A wijk or a buurt.
    pub area_id: Option<i32>,
    pub min_age: Option<i32>,
    pub max_age: Option<i32>,
    /// Price in euro cents; 0 is free, `None` is not stated.
    pub cost_cents: Option<i32>,
    pub cost_note: Option<String>,
    pub capacity: Option<i32>,
    pub signup_required: bool,
    /// `None` when the organiser did not say.
    pub wheelchair_accessible: Option<bool>,
    #[sea_orm(column_type = "Text", nullable)]
    pub what_to_bring: Option<String>,
    pub is_demo: bool,
    /// Title and description folded for search (`app::initiatives::search_key`).
    #[sea_orm(column_type = "Text")]
    pub search_text: String,
    /// A recurring activity's dates are stored up to this moment; the
    /// horizon task (`app::calendar::horizon`) moves it ahead.
    pub occurrences_until: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::initiative::Entity",
        from = "Column::InitiativeId",
        to = "super::initiative::Column::Id",
        on_delete = "Cascade"
    )]
    Initiative,
    #[sea_orm(has_many = "super::activity_occurrence::Entity")]
    Occurrence,
    #[sea_orm(
        belongs_to = "super::area::Entity",
        from = "Column::AreaId",
        to = "super::area::Column::Id",
        on_delete = "SetNull"
    )]
    Area,
    #[sea_orm(has_many = "super::activity_theme::Entity")]
    Theme,
    #[sea_orm(has_many = "super::activity_target_group::Entity")]
    TargetGroup,
}

impl Related<super::initiative::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Initiative.def()
    }
}

impl Related<super::activity_occurrence::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Occurrence.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
