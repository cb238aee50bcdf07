//! The dashboard's partnerships and signals, held in memory: the overview
//! and the lists filter and count them for every request, and with
//! thousands of partnerships and their contact logs that is a dozen
//! grouped queries each time. They change only when a professional (or a
//! volunteer, for signals) posts a form, and every such post forgets this
//! at once (`AppState::dashboard_changed`), so the next page shows the
//! change. Otherwise it is renewed after a minute, like the other indexes,
//! for changes made on another server.
//!
//! One initiative's page and one signal's page read the database
//! directly: they are one row each.

use std::collections::HashMap;
use std::time::Instant;

use chrono::{DateTime, NaiveDate, Utc};
use entity::{
    initiative, organisation, partnership, partnership_assessment, partnership_contact, signal,
};
use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::partnerships::{CONTACT, PartnershipRow};
use super::signals::SignalRow;
use super::widgets::user_names;

pub struct DashboardRelations {
    built_at: Instant,
    /// Every partnership, by initiative and organisation.
    pub partnerships: Vec<PartnershipRow>,
    /// Every signal, newest first.
    pub signals: Vec<SignalRow>,
}

impl DashboardRelations {
    pub async fn build(db: &DatabaseConnection, _now: DateTime<Utc>) -> Result<Self, DbErr> {
        let partnerships = partnership::Entity::find().all(db).await?;
        let last_contacts: HashMap<i32, NaiveDate> = partnership_contact::Entity::find()
            .select_only()
            .column(partnership_contact::Column::PartnershipId)
            .column_as(partnership_contact::Column::HappenedOn.max(), "last")
            .filter(partnership_contact::Column::Kind.eq(CONTACT))
            .group_by(partnership_contact::Column::PartnershipId)
            .into_tuple::<(i32, Option<NaiveDate>)>()
            .all(db)
            .await?
            .into_iter()
            .filter_map(|(id, last)| Some((id, last?)))
            .collect();
        // Oldest first, so the latest of each partnership is left.
        let mut latest: HashMap<i32, (NaiveDate, [i16; 8])> = HashMap::new();
        for assessment in partnership_assessment::Entity::find()
            .order_by_asc(partnership_assessment::Column::AssessedOn)
            .order_by_asc(partnership_assessment::Column::Id)
            .all(db)
            .await?
        {
            latest.insert(
                assessment.partnership_id,
                (assessment.assessed_on, assessment.points()),
            );
        }
        let names = user_names(
            db,
            partnerships.iter().filter_map(|row| row.contact_user_id),
        )
        .await?;
        let organisations: HashMap<i32, String> = organisation::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|row| (row.id, row.name))
            .collect();
        // Names and slugs of the initiatives with a partnership.
        let partnered = Query::select()
            .column(partnership::Column::InitiativeId)
            .from(partnership::Entity)
            .to_owned();
        let initiatives: HashMap<i32, (String, String)> = initiative::Entity::find()
            .select_only()
            .column(initiative::Column::Id)
            .column(initiative::Column::Name)
            .column(initiative::Column::Slug)
            .filter(Condition::all().add(initiative::Column::Id.in_subquery(partnered)))
            .into_tuple::<(i32, String, String)>()
            .all(db)
            .await?
            .into_iter()
            .map(|(id, name, slug)| (id, (name, slug)))
            .collect();
        let mut rows: Vec<PartnershipRow> = partnerships
            .into_iter()
            .filter_map(|row| {
                let (name, slug) = initiatives.get(&row.initiative_id)?;
                Some(PartnershipRow {
                    id: row.id,
                    initiative_id: row.initiative_id,
                    initiative_name: name.clone(),
                    initiative_slug: slug.clone(),
                    organisation_id: row.organisation_id,
                    organisation_name: organisations
                        .get(&row.organisation_id)
                        .cloned()
                        .unwrap_or_default(),
                    contact_name: row
                        .contact_user_id
                        .and_then(|user| names.get(&user).cloned()),
                    last_contact: last_contacts.get(&row.id).copied(),
                    preferred_channel: row.preferred_channel,
                    language_level: row.language_level,
                    agreements: row.agreements,
                    latest_assessment: latest.remove(&row.id),
                })
            })
            .collect();
        rows.sort_by(|a, b| {
            (&a.initiative_name, &a.organisation_name, a.id).cmp(&(
                &b.initiative_name,
                &b.organisation_name,
                b.id,
            ))
        });

        let signals = signal::Entity::find()
            .order_by_desc(signal::Column::CreatedAt)
            .order_by_desc(signal::Column::Id)
            .all(db)
            .await?;
        let signals = super::signals::with_names(db, signals).await?;
        Ok(DashboardRelations {
            built_at: Instant::now(),
            partnerships: rows,
            signals,
        })
    }
}

pub type RelationsCache = crate::index_cache::IndexCache<DashboardRelations>;

impl crate::index_cache::Index for DashboardRelations {
    const NAME: &'static str = "dashboard relations";

    fn build(
        db: &DatabaseConnection,
        now: DateTime<Utc>,
    ) -> impl std::future::Future<Output = Result<Self, DbErr>> + Send {
        DashboardRelations::build(db, now)
    }

    fn built_at(&self) -> Instant {
        self.built_at
    }
}
