//! One concrete date of an activity. A recurring activity is expanded into
//! these rows when it is saved, so that "what is on this week" is a plain
//! indexed range query instead of recurrence maths on every request. A
//! cancelled or moved date keeps its row, with its status.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "activity_occurrence")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub activity_id: i32,
    /// Where the date falls in the series. With the activity it names the
    /// date for good, also after the date was moved.
    pub original_starts_at: DateTimeUtc,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// `scheduled`, `cancelled` or `moved` (see `app::calendar::OccurrenceStatus`).
    pub status: String,
    /// People with a place, written when the date's sign-ups are deleted
    /// after the retention period, so the results keep counting them.
    /// Empty while the sign-ups themselves are there.
    pub registered_people: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::activity::Entity",
        from = "Column::ActivityId",
        to = "super::activity::Column::Id",
        on_delete = "Cascade"
    )]
    Activity,
}

impl Related<super::activity::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Activity.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
