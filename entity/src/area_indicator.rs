//! One yearly figure of one area, such as the number of inhabitants of a
//! wijk in 2024, with where it comes from.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "area_indicator")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub area_id: i32,
    pub year: i32,
    /// The CBS column name without its numeric suffix, such as
    /// `AantalInwoners` or `k_65JaarOfOuder`.
    pub indicator: String,
    pub value: f64,
    /// For example "CBS Kerncijfers wijken en buurten".
    pub source: String,
    pub imported_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::area::Entity",
        from = "Column::AreaId",
        to = "super::area::Column::Id",
        on_delete = "Cascade"
    )]
    Area,
}

impl Related<super::area::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Area.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
