//! An informal network: a volunteer or citizen initiative, self-organisation
//! or social enterprise.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "initiative")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    /// A UUID for the outside world (HSDS exports); never changes.
    #[sea_orm(unique)]
    pub public_id: String,
    pub name: String,
    /// One line for cards and search results.
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// `volunteer`, `citizen`, `self_organisation` or `social_enterprise`.
    pub kind: String,
    /// `draft`, `submitted`, `published` or `archived`.
    pub status: String,
    /// The one public way to get in touch that the initiative chose:
    /// `email`, `phone`, `website`, `whatsapp` or `in_person`.
    pub contact_kind: Option<String>,
    pub contact_value: Option<String>,
    pub meeting_place: Option<String>,
    pub looking_for_volunteers: bool,
    #[sea_orm(column_type = "Text", nullable)]
    pub needs: Option<String>,
    /// Name, summary and description, lower-cased and without accents, so
    /// that a search for "cafe" finds "Café" on SQLite and PostgreSQL alike.
    #[sea_orm(column_type = "Text")]
    pub search_text: String,
    pub is_demo: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::activity::Entity")]
    Activity,
}

impl Related<super::activity::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Activity.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
