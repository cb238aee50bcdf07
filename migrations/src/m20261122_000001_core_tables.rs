//! Data model v1: areas, taxonomies, organisations, initiatives and activities.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Area {
    Table,
    Id,
    ParentId,
    Level,
    CbsCode,
    Name,
    Slug,
    Geometry,
    SortOrder,
}

#[derive(DeriveIden, Clone, Copy)]
enum TargetGroup {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Theme {
    Table,
    Id,
}

/// Columns shared by the two taxonomy tables.
#[derive(DeriveIden, Clone, Copy)]
enum Taxonomy {
    Code,
    LabelNl,
    LabelEn,
    SortOrder,
}

#[derive(DeriveIden, Clone, Copy)]
enum Organisation {
    Table,
    Id,
    Slug,
    Name,
    Kind,
    Summary,
    Website,
    IsDemo,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Initiative {
    Table,
    Id,
    Slug,
    Name,
    Summary,
    Description,
    Kind,
    Status,
    ContactKind,
    ContactValue,
    MeetingPlace,
    LookingForVolunteers,
    Needs,
    SearchText,
    IsDemo,
    CreatedAt,
    UpdatedAt,
    PublishedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum InitiativeArea {
    Table,
    InitiativeId,
    AreaId,
}

#[derive(DeriveIden, Clone, Copy)]
enum InitiativeTargetGroup {
    Table,
    InitiativeId,
    TargetGroupId,
}

#[derive(DeriveIden, Clone, Copy)]
enum InitiativeTheme {
    Table,
    InitiativeId,
    ThemeId,
}

#[derive(DeriveIden, Clone, Copy)]
enum InitiativeLanguage {
    Table,
    InitiativeId,
    LanguageCode,
}

#[derive(DeriveIden, Clone, Copy)]
enum Activity {
    Table,
    Id,
    InitiativeId,
    Title,
    Description,
    StartsAt,
    EndsAt,
    RecurrenceRule,
    PlaceName,
    Address,
    AreaId,
    TargetGroupId,
    MinAge,
    MaxAge,
    CostCents,
    CostNote,
    Capacity,
    SignupRequired,
    IsDemo,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ActivityOccurrence {
    Table,
    Id,
    ActivityId,
    StartsAt,
    EndsAt,
}

/// A foreign key from `from_table.from_col` to `to_table.id`.
fn foreign_key(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to_table, to_col)
        .on_delete(on_delete)
        .to_owned()
}

fn index(table: impl IntoIden, name: &str, columns: &[&'static str]) -> IndexCreateStatement {
    let mut statement = Index::create();
    statement.name(name).table(table);
    for column in columns {
        statement.col(Alias::new(*column));
    }
    statement.to_owned()
}

/// A join table between an initiative and one other table.
fn initiative_link_table(
    table: impl IntoIden + Copy + 'static,
    initiative_col: impl IntoIden + Copy + 'static,
    other_col: ColumnDef,
    other_col_name: impl IntoIden + Copy + 'static,
    other_table: Option<(DynIden, DynIden)>,
) -> TableCreateStatement {
    let mut statement = Table::create();
    statement
        .table(table)
        .col(integer(initiative_col))
        .col(other_col)
        .primary_key(Index::create().col(initiative_col).col(other_col_name))
        .foreign_key(&mut foreign_key(
            table,
            initiative_col,
            Initiative::Table,
            Initiative::Id,
            ForeignKeyAction::Cascade,
        ));
    if let Some((other_table, other_id)) = other_table {
        statement.foreign_key(&mut foreign_key(
            table,
            other_col_name,
            other_table,
            other_id,
            ForeignKeyAction::Cascade,
        ));
    }
    statement.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Area::Table)
                    .col(pk_auto(Area::Id))
                    .col(integer_null(Area::ParentId))
                    .col(string_len(Area::Level, 20))
                    .col(string_len_null(Area::CbsCode, 20).unique_key())
                    .col(string(Area::Name))
                    .col(string_uniq(Area::Slug))
                    .col(text_null(Area::Geometry))
                    .col(integer(Area::SortOrder).default(0))
                    .foreign_key(&mut foreign_key(
                        Area::Table,
                        Area::ParentId,
                        Area::Table,
                        Area::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(Area::Table, "idx_area_parent", &["parent_id"]))
            .await?;

        for table in [TargetGroup::Table.into_iden(), Theme::Table.into_iden()] {
            manager
                .create_table(
                    Table::create()
                        .table(table)
                        .col(pk_auto(TargetGroup::Id))
                        .col(string_len_uniq(Taxonomy::Code, 40))
                        .col(string(Taxonomy::LabelNl))
                        .col(string(Taxonomy::LabelEn))
                        .col(integer(Taxonomy::SortOrder).default(0))
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Organisation::Table)
                    .col(pk_auto(Organisation::Id))
                    .col(string_uniq(Organisation::Slug))
                    .col(string(Organisation::Name))
                    .col(string_len(Organisation::Kind, 30))
                    .col(text(Organisation::Summary))
                    .col(string_null(Organisation::Website))
                    .col(boolean(Organisation::IsDemo).default(false))
                    .col(timestamp_with_time_zone(Organisation::CreatedAt))
                    .col(timestamp_with_time_zone(Organisation::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Initiative::Table)
                    .col(pk_auto(Initiative::Id))
                    .col(string_uniq(Initiative::Slug))
                    .col(string(Initiative::Name))
                    .col(string(Initiative::Summary))
                    .col(text(Initiative::Description))
                    .col(string_len(Initiative::Kind, 30))
                    .col(string_len(Initiative::Status, 20))
                    .col(string_len_null(Initiative::ContactKind, 20))
                    .col(string_null(Initiative::ContactValue))
                    .col(string_null(Initiative::MeetingPlace))
                    .col(boolean(Initiative::LookingForVolunteers).default(false))
                    .col(text_null(Initiative::Needs))
                    .col(text(Initiative::SearchText))
                    .col(boolean(Initiative::IsDemo).default(false))
                    .col(timestamp_with_time_zone(Initiative::CreatedAt))
                    .col(timestamp_with_time_zone(Initiative::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Initiative::PublishedAt))
                    .to_owned(),
            )
            .await?;
        // The public directory always filters on status and orders by name.
        manager
            .create_index(index(
                Initiative::Table,
                "idx_initiative_status_name",
                &["status", "name"],
            ))
            .await?;

        manager
            .create_table(initiative_link_table(
                InitiativeArea::Table,
                InitiativeArea::InitiativeId,
                integer(InitiativeArea::AreaId),
                InitiativeArea::AreaId,
                Some((Area::Table.into_iden(), Area::Id.into_iden())),
            ))
            .await?;
        manager
            .create_table(initiative_link_table(
                InitiativeTargetGroup::Table,
                InitiativeTargetGroup::InitiativeId,
                integer(InitiativeTargetGroup::TargetGroupId),
                InitiativeTargetGroup::TargetGroupId,
                Some((TargetGroup::Table.into_iden(), TargetGroup::Id.into_iden())),
            ))
            .await?;
        manager
            .create_table(initiative_link_table(
                InitiativeTheme::Table,
                InitiativeTheme::InitiativeId,
                integer(InitiativeTheme::ThemeId),
                InitiativeTheme::ThemeId,
                Some((Theme::Table.into_iden(), Theme::Id.into_iden())),
            ))
            .await?;
        manager
            .create_table(initiative_link_table(
                InitiativeLanguage::Table,
                InitiativeLanguage::InitiativeId,
                string_len(InitiativeLanguage::LanguageCode, 8),
                InitiativeLanguage::LanguageCode,
                None,
            ))
            .await?;
        // Filtering "initiatives in this wijk / for this group" starts from
        // the other side of each link table.
        for (table, name, column) in [
            (
                InitiativeArea::Table.into_iden(),
                "idx_initiative_area_area",
                "area_id",
            ),
            (
                InitiativeTargetGroup::Table.into_iden(),
                "idx_initiative_target_group_group",
                "target_group_id",
            ),
            (
                InitiativeTheme::Table.into_iden(),
                "idx_initiative_theme_theme",
                "theme_id",
            ),
            (
                InitiativeLanguage::Table.into_iden(),
                "idx_initiative_language_code",
                "language_code",
            ),
        ] {
            manager
                .create_index(index(table, name, &[column, "initiative_id"]))
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Activity::Table)
                    .col(pk_auto(Activity::Id))
                    .col(integer(Activity::InitiativeId))
                    .col(string(Activity::Title))
                    .col(text(Activity::Description))
                    .col(timestamp_with_time_zone(Activity::StartsAt))
                    .col(timestamp_with_time_zone(Activity::EndsAt))
                    .col(string_null(Activity::RecurrenceRule))
                    .col(string_null(Activity::PlaceName))
                    .col(string_null(Activity::Address))
                    .col(integer_null(Activity::AreaId))
                    .col(integer_null(Activity::TargetGroupId))
                    .col(integer_null(Activity::MinAge))
                    .col(integer_null(Activity::MaxAge))
                    .col(integer_null(Activity::CostCents))
                    .col(string_null(Activity::CostNote))
                    .col(integer_null(Activity::Capacity))
                    .col(boolean(Activity::SignupRequired).default(false))
                    .col(boolean(Activity::IsDemo).default(false))
                    .col(timestamp_with_time_zone(Activity::CreatedAt))
                    .col(timestamp_with_time_zone(Activity::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        Activity::Table,
                        Activity::InitiativeId,
                        Initiative::Table,
                        Initiative::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        Activity::Table,
                        Activity::AreaId,
                        Area::Table,
                        Area::Id,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        Activity::Table,
                        Activity::TargetGroupId,
                        TargetGroup::Table,
                        TargetGroup::Id,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                Activity::Table,
                "idx_activity_initiative",
                &["initiative_id"],
            ))
            .await?;
        manager
            .create_index(index(Activity::Table, "idx_activity_area", &["area_id"]))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ActivityOccurrence::Table)
                    .col(pk_auto(ActivityOccurrence::Id))
                    .col(integer(ActivityOccurrence::ActivityId))
                    .col(timestamp_with_time_zone(ActivityOccurrence::StartsAt))
                    .col(timestamp_with_time_zone(ActivityOccurrence::EndsAt))
                    .foreign_key(&mut foreign_key(
                        ActivityOccurrence::Table,
                        ActivityOccurrence::ActivityId,
                        Activity::Table,
                        Activity::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // "What is on between A and B" is a range scan on starts_at; the
        // second index finds the next date of one activity.
        manager
            .create_index(index(
                ActivityOccurrence::Table,
                "idx_occurrence_starts_at",
                &["starts_at", "activity_id"],
            ))
            .await?;
        manager
            .create_index(index(
                ActivityOccurrence::Table,
                "idx_occurrence_activity_starts_at",
                &["activity_id", "starts_at"],
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ActivityOccurrence::Table.into_iden(),
            Activity::Table.into_iden(),
            InitiativeLanguage::Table.into_iden(),
            InitiativeTheme::Table.into_iden(),
            InitiativeTargetGroup::Table.into_iden(),
            InitiativeArea::Table.into_iden(),
            Initiative::Table.into_iden(),
            Organisation::Table.into_iden(),
            Theme::Table.into_iden(),
            TargetGroup::Table.into_iden(),
            Area::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
