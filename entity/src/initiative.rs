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
    /// `volunteer`, `citizen`, `self_organisation`, `social_enterprise` or `other`.
    pub kind: String,
    /// `draft`, `submitted`, `published`, `declined` or `archived`.
    pub status: String,
    /// The one public way to get in touch that the initiative chose:
    /// `email`, `phone`, `website`, `whatsapp` or `in_person`.
    pub contact_kind: Option<String>,
    pub contact_value: Option<String>,
    pub meeting_place: Option<String>,
    /// A free-text note about what the initiative needs; the needs
    /// themselves are rows of `initiative_need`.
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
    /// The fixed contact person, for professionals only (never public).
    pub contact_person_name: Option<String>,
    /// Lower case.
    pub contact_person_email: Option<String>,
    pub contact_person_phone: Option<String>,
    /// How the contact person likes to be reached: `email`, `phone`,
    /// `whatsapp` or `in_person`.
    pub preferred_channel: Option<String>,
    /// `nl`, `nl_simple` or `en`.
    pub contact_language: Option<String>,
    /// When the volunteer sent it in through the intake.
    pub submitted_at: Option<DateTimeUtc>,
    /// Why a professional declined it (shown to the volunteer).
    #[sea_orm(column_type = "Text", nullable)]
    pub declined_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::activity::Entity")]
    Activity,
    #[sea_orm(has_many = "super::initiative_need::Entity")]
    Need,
}

impl Related<super::activity::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Activity.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
