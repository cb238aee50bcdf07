//! The professionals' dashboard and what the wijk profiles show besides the
//! CBS figures:
//!
//! - where formal organisations work and for whom (`organisation_area`,
//!   `organisation_target_group`), so coverage can set them beside the
//!   informal initiatives;
//! - partnerships between an initiative and a professional organisation
//!   (KIS points 1, 6 and 7): the fixed contact person, agreements, the
//!   preferred channel and language level, a contact log with hand-overs,
//!   and a self-assessment of the eight points of attention over time;
//! - signals: something noticed in a wijk, by theme, never about a person,
//!   with the professionals' feedback;
//! - the six-step method per wijk;
//! - short reports from initiatives (people reached per month);
//! - facilities (voorzieningen) per wijk or buurt;
//! - the number of people who signed up for a past date, kept on the date
//!   itself when the sign-ups are deleted for privacy, so results stay.
//!
//! Satisfaction scores need no table: they are yearly figures per area like
//! the CBS ones, in `area_indicator`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Area {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Organisation {
    Table,
    Id,
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

#[derive(DeriveIden, Clone, Copy)]
enum Initiative {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum AppUser {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum ActivityOccurrence {
    Table,
    RegisteredPeople,
}

#[derive(DeriveIden, Clone, Copy)]
enum OrganisationArea {
    Table,
    OrganisationId,
    AreaId,
}

#[derive(DeriveIden, Clone, Copy)]
enum OrganisationTargetGroup {
    Table,
    OrganisationId,
    TargetGroupId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Partnership {
    Table,
    Id,
    InitiativeId,
    OrganisationId,
    ContactUserId,
    Agreements,
    PreferredChannel,
    LanguageLevel,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum PartnershipContact {
    Table,
    Id,
    PartnershipId,
    Kind,
    HappenedOn,
    Channel,
    Note,
    FromUserId,
    ToUserId,
    RecordedByUserId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum PartnershipAssessment {
    Table,
    Id,
    PartnershipId,
    AssessedOn,
    Point1,
    Point2,
    Point3,
    Point4,
    Point5,
    Point6,
    Point7,
    Point8,
    Note,
    RecordedByUserId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Signal {
    Table,
    Id,
    AreaId,
    ThemeId,
    Description,
    Status,
    InitiativeId,
    ReportedByUserId,
    PickedUpByUserId,
    PickedUpAt,
    Feedback,
    AnsweredByUserId,
    AnsweredAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum MethodProgress {
    Table,
    Id,
    AreaId,
    Step,
    Status,
    StartedOn,
    DoneOn,
    Notes,
    UpdatedByUserId,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum InitiativeReport {
    Table,
    Id,
    InitiativeId,
    Month,
    AreaId,
    Participants,
    Achieved,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Facility {
    Table,
    Id,
    AreaId,
    Kind,
    Name,
    Address,
    Website,
    CreatedAt,
    UpdatedAt,
}

fn link(
    from: (DynIden, DynIden),
    to: (DynIden, DynIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}

/// A user column that outlives the account: a removed account leaves the
/// record, without a name.
fn by_user(table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    link(
        (table.into_iden(), column.into_iden()),
        (AppUser::Table.into_iden(), AppUser::Id.into_iden()),
        ForeignKeyAction::SetNull,
    )
}

fn pair_table(
    table: impl IntoIden + Copy,
    left: impl IntoIden + Copy,
    left_to: (DynIden, DynIden),
    right: impl IntoIden + Copy,
    right_to: (DynIden, DynIden),
) -> TableCreateStatement {
    Table::create()
        .table(table)
        .col(integer(left))
        .col(integer(right))
        .primary_key(Index::create().col(left).col(right))
        .foreign_key(&mut link(
            (table.into_iden(), left.into_iden()),
            left_to,
            ForeignKeyAction::Cascade,
        ))
        .foreign_key(&mut link(
            (table.into_iden(), right.into_iden()),
            right_to,
            ForeignKeyAction::Cascade,
        ))
        .to_owned()
}

async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    columns: &[DynIden],
    unique: bool,
) -> Result<(), DbErr> {
    let mut statement = Index::create();
    statement.name(name).table(table);
    for column in columns {
        statement.col(column.clone());
    }
    if unique {
        statement.unique();
    }
    manager.create_index(statement.to_owned()).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let organisation = || {
            (
                Organisation::Table.into_iden(),
                Organisation::Id.into_iden(),
            )
        };
        let area = || (Area::Table.into_iden(), Area::Id.into_iden());
        let initiative = || (Initiative::Table.into_iden(), Initiative::Id.into_iden());

        manager
            .create_table(pair_table(
                OrganisationArea::Table,
                OrganisationArea::OrganisationId,
                organisation(),
                OrganisationArea::AreaId,
                area(),
            ))
            .await?;
        manager
            .create_table(pair_table(
                OrganisationTargetGroup::Table,
                OrganisationTargetGroup::OrganisationId,
                organisation(),
                OrganisationTargetGroup::TargetGroupId,
                (TargetGroup::Table.into_iden(), TargetGroup::Id.into_iden()),
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Partnership::Table)
                    .col(pk_auto(Partnership::Id))
                    .col(integer(Partnership::InitiativeId))
                    .col(integer(Partnership::OrganisationId))
                    .col(integer_null(Partnership::ContactUserId))
                    .col(text(Partnership::Agreements).default(""))
                    .col(string_len_null(Partnership::PreferredChannel, 20))
                    .col(string_len_null(Partnership::LanguageLevel, 20))
                    .col(timestamp_with_time_zone(Partnership::CreatedAt))
                    .col(timestamp_with_time_zone(Partnership::UpdatedAt))
                    .foreign_key(&mut link(
                        (
                            Partnership::Table.into_iden(),
                            Partnership::InitiativeId.into_iden(),
                        ),
                        initiative(),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut link(
                        (
                            Partnership::Table.into_iden(),
                            Partnership::OrganisationId.into_iden(),
                        ),
                        organisation(),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut by_user(Partnership::Table, Partnership::ContactUserId))
                    .to_owned(),
            )
            .await?;
        // One partnership per initiative and organisation.
        index(
            manager,
            "idx_partnership_pair",
            Partnership::Table,
            &[
                Partnership::InitiativeId.into_iden(),
                Partnership::OrganisationId.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(PartnershipContact::Table)
                    .col(pk_auto(PartnershipContact::Id))
                    .col(integer(PartnershipContact::PartnershipId))
                    .col(string_len(PartnershipContact::Kind, 20))
                    .col(date(PartnershipContact::HappenedOn))
                    .col(string_len_null(PartnershipContact::Channel, 20))
                    .col(text(PartnershipContact::Note).default(""))
                    .col(integer_null(PartnershipContact::FromUserId))
                    .col(integer_null(PartnershipContact::ToUserId))
                    .col(integer_null(PartnershipContact::RecordedByUserId))
                    .col(timestamp_with_time_zone(PartnershipContact::CreatedAt))
                    .foreign_key(&mut link(
                        (
                            PartnershipContact::Table.into_iden(),
                            PartnershipContact::PartnershipId.into_iden(),
                        ),
                        (Partnership::Table.into_iden(), Partnership::Id.into_iden()),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut by_user(
                        PartnershipContact::Table,
                        PartnershipContact::FromUserId,
                    ))
                    .foreign_key(&mut by_user(
                        PartnershipContact::Table,
                        PartnershipContact::ToUserId,
                    ))
                    .foreign_key(&mut by_user(
                        PartnershipContact::Table,
                        PartnershipContact::RecordedByUserId,
                    ))
                    .to_owned(),
            )
            .await?;
        // A partnership's log, newest first, and its last contact.
        index(
            manager,
            "idx_partnership_contact_when",
            PartnershipContact::Table,
            &[
                PartnershipContact::PartnershipId.into_iden(),
                PartnershipContact::HappenedOn.into_iden(),
            ],
            false,
        )
        .await?;

        let mut assessment = Table::create();
        assessment
            .table(PartnershipAssessment::Table)
            .col(pk_auto(PartnershipAssessment::Id))
            .col(integer(PartnershipAssessment::PartnershipId))
            .col(date(PartnershipAssessment::AssessedOn));
        for point in [
            PartnershipAssessment::Point1,
            PartnershipAssessment::Point2,
            PartnershipAssessment::Point3,
            PartnershipAssessment::Point4,
            PartnershipAssessment::Point5,
            PartnershipAssessment::Point6,
            PartnershipAssessment::Point7,
            PartnershipAssessment::Point8,
        ] {
            assessment.col(small_integer(point));
        }
        assessment
            .col(text(PartnershipAssessment::Note).default(""))
            .col(integer_null(PartnershipAssessment::RecordedByUserId))
            .col(timestamp_with_time_zone(PartnershipAssessment::CreatedAt))
            .foreign_key(&mut link(
                (
                    PartnershipAssessment::Table.into_iden(),
                    PartnershipAssessment::PartnershipId.into_iden(),
                ),
                (Partnership::Table.into_iden(), Partnership::Id.into_iden()),
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut by_user(
                PartnershipAssessment::Table,
                PartnershipAssessment::RecordedByUserId,
            ));
        manager.create_table(assessment.to_owned()).await?;
        index(
            manager,
            "idx_partnership_assessment_when",
            PartnershipAssessment::Table,
            &[
                PartnershipAssessment::PartnershipId.into_iden(),
                PartnershipAssessment::AssessedOn.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Signal::Table)
                    .col(pk_auto(Signal::Id))
                    .col(integer(Signal::AreaId))
                    .col(integer(Signal::ThemeId))
                    .col(text(Signal::Description))
                    .col(string_len(Signal::Status, 20))
                    .col(integer_null(Signal::InitiativeId))
                    .col(integer_null(Signal::ReportedByUserId))
                    .col(integer_null(Signal::PickedUpByUserId))
                    .col(timestamp_with_time_zone_null(Signal::PickedUpAt))
                    .col(text_null(Signal::Feedback))
                    .col(integer_null(Signal::AnsweredByUserId))
                    .col(timestamp_with_time_zone_null(Signal::AnsweredAt))
                    .col(timestamp_with_time_zone(Signal::CreatedAt))
                    .col(timestamp_with_time_zone(Signal::UpdatedAt))
                    .foreign_key(&mut link(
                        (Signal::Table.into_iden(), Signal::AreaId.into_iden()),
                        area(),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut link(
                        (Signal::Table.into_iden(), Signal::ThemeId.into_iden()),
                        (Theme::Table.into_iden(), Theme::Id.into_iden()),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut link(
                        (Signal::Table.into_iden(), Signal::InitiativeId.into_iden()),
                        initiative(),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut by_user(Signal::Table, Signal::ReportedByUserId))
                    .foreign_key(&mut by_user(Signal::Table, Signal::PickedUpByUserId))
                    .foreign_key(&mut by_user(Signal::Table, Signal::AnsweredByUserId))
                    .to_owned(),
            )
            .await?;
        // The dashboard lists signals newest first; an initiative sees its own.
        index(
            manager,
            "idx_signal_created",
            Signal::Table,
            &[Signal::CreatedAt.into_iden()],
            false,
        )
        .await?;
        index(
            manager,
            "idx_signal_initiative",
            Signal::Table,
            &[Signal::InitiativeId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MethodProgress::Table)
                    .col(pk_auto(MethodProgress::Id))
                    .col(integer(MethodProgress::AreaId))
                    .col(small_integer(MethodProgress::Step))
                    .col(string_len(MethodProgress::Status, 20))
                    .col(date_null(MethodProgress::StartedOn))
                    .col(date_null(MethodProgress::DoneOn))
                    .col(text(MethodProgress::Notes).default(""))
                    .col(integer_null(MethodProgress::UpdatedByUserId))
                    .col(timestamp_with_time_zone(MethodProgress::UpdatedAt))
                    .foreign_key(&mut link(
                        (
                            MethodProgress::Table.into_iden(),
                            MethodProgress::AreaId.into_iden(),
                        ),
                        area(),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut by_user(
                        MethodProgress::Table,
                        MethodProgress::UpdatedByUserId,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_method_progress_step",
            MethodProgress::Table,
            &[
                MethodProgress::AreaId.into_iden(),
                MethodProgress::Step.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(InitiativeReport::Table)
                    .col(pk_auto(InitiativeReport::Id))
                    .col(integer(InitiativeReport::InitiativeId))
                    .col(date(InitiativeReport::Month))
                    .col(integer_null(InitiativeReport::AreaId))
                    .col(integer_null(InitiativeReport::Participants))
                    .col(text(InitiativeReport::Achieved).default(""))
                    .col(timestamp_with_time_zone(InitiativeReport::CreatedAt))
                    .col(timestamp_with_time_zone(InitiativeReport::UpdatedAt))
                    .foreign_key(&mut link(
                        (
                            InitiativeReport::Table.into_iden(),
                            InitiativeReport::InitiativeId.into_iden(),
                        ),
                        initiative(),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut link(
                        (
                            InitiativeReport::Table.into_iden(),
                            InitiativeReport::AreaId.into_iden(),
                        ),
                        area(),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        // One report per initiative and month: sending again replaces it.
        index(
            manager,
            "idx_initiative_report_month",
            InitiativeReport::Table,
            &[
                InitiativeReport::InitiativeId.into_iden(),
                InitiativeReport::Month.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Facility::Table)
                    .col(pk_auto(Facility::Id))
                    .col(integer(Facility::AreaId))
                    .col(string_len(Facility::Kind, 30))
                    .col(string_len(Facility::Name, 150))
                    .col(string_len_null(Facility::Address, 200))
                    .col(string_len_null(Facility::Website, 300))
                    .col(timestamp_with_time_zone(Facility::CreatedAt))
                    .col(timestamp_with_time_zone(Facility::UpdatedAt))
                    .foreign_key(&mut link(
                        (Facility::Table.into_iden(), Facility::AreaId.into_iden()),
                        area(),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_facility_area",
            Facility::Table,
            &[Facility::AreaId.into_iden()],
            false,
        )
        .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(ActivityOccurrence::Table)
                    .add_column(integer_null(ActivityOccurrence::RegisteredPeople))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ActivityOccurrence::Table)
                    .drop_column(ActivityOccurrence::RegisteredPeople)
                    .to_owned(),
            )
            .await?;
        for table in [
            Facility::Table.into_iden(),
            InitiativeReport::Table.into_iden(),
            MethodProgress::Table.into_iden(),
            Signal::Table.into_iden(),
            PartnershipAssessment::Table.into_iden(),
            PartnershipContact::Table.into_iden(),
            Partnership::Table.into_iden(),
            OrganisationTargetGroup::Table.into_iden(),
            OrganisationArea::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
