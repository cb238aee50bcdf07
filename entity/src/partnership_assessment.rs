//! A self-assessment of a partnership on KIS's eight points of attention,
//! on one day; the rows of one partnership show it over time. Each point
//! scores 1 (not yet) to 4 (fully).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partnership_assessment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub partnership_id: i32,
    pub assessed_on: Date,
    pub point1: i16,
    pub point2: i16,
    pub point3: i16,
    pub point4: i16,
    pub point5: i16,
    pub point6: i16,
    pub point7: i16,
    pub point8: i16,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    pub recorded_by_user_id: Option<i32>,
    pub created_at: DateTimeUtc,
}

impl Model {
    /// The eight scores, point 1 first.
    pub fn points(&self) -> [i16; 8] {
        [
            self.point1,
            self.point2,
            self.point3,
            self.point4,
            self.point5,
            self.point6,
            self.point7,
            self.point8,
        ]
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
