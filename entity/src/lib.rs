//! Database rows for Buurtkracht, one module per table.
//!
//! These types never travel to the browser: `app/` converts them into its own
//! serde types (see `impl From<entity::x::Model>` in the features' `ssr` code).
//! Enum-like columns (status, kind, level) are stored as short text codes; the
//! enums that own those codes live in `app`, so there is one source of truth.

pub mod activity;
pub mod activity_occurrence;
pub mod activity_registration;
pub mod activity_target_group;
pub mod activity_theme;
pub mod app_user;
pub mod area;
pub mod area_indicator;
pub mod audit_event;
pub mod erasure_record;
pub mod facility;
pub mod initiative;
pub mod initiative_area;
pub mod initiative_language;
pub mod initiative_link;
pub mod initiative_need;
pub mod initiative_report;
pub mod initiative_target_group;
pub mod initiative_theme;
pub mod intake_draft;
pub mod method_progress;
pub mod one_time_link;
pub mod organisation;
pub mod organisation_area;
pub mod organisation_target_group;
pub mod outgoing_mail;
pub mod partnership;
pub mod partnership_assessment;
pub mod partnership_contact;
pub mod recovery_code;
pub mod sign_in_attempt;
pub mod signal;
pub mod target_group;
pub mod theme;
pub mod user_session;

pub mod prelude {
    pub use super::activity::Entity as Activity;
    pub use super::activity_occurrence::Entity as ActivityOccurrence;
    pub use super::area::Entity as Area;
    pub use super::initiative::Entity as Initiative;
    pub use super::initiative_area::Entity as InitiativeArea;
    pub use super::initiative_language::Entity as InitiativeLanguage;
    pub use super::initiative_link::Entity as InitiativeLink;
    pub use super::initiative_need::Entity as InitiativeNeed;
    pub use super::initiative_target_group::Entity as InitiativeTargetGroup;
    pub use super::initiative_theme::Entity as InitiativeTheme;
    pub use super::intake_draft::Entity as IntakeDraft;
    pub use super::organisation::Entity as Organisation;
    pub use super::target_group::Entity as TargetGroup;
    pub use super::theme::Entity as Theme;
}
