//! The dashboard's share of `seed --synthetic`: what a municipality with
//! thousands of initiatives builds up over a year or two, so the
//! dashboard's benchmark reads as much as it would there. Past one-off
//! activities with people who had a place, partnerships with a contact
//! log and self-assessments, signals and monthly reports. Everything hangs
//! on a synthetic initiative, so the next run removes it with them.

use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use chrono_tz::Europe::Amsterdam;
use entity::{
    activity, activity_occurrence, initiative_report, organisation, partnership,
    partnership_assessment, partnership_contact, signal,
};
use rand::Rng;
use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use super::base::BaseIds;
use super::demo::local_moment;
use app::calendar::store::NewActivity;
use app::dashboard::filter::Month;
use app::dashboard::partnerships::{CHANNELS, CONTACT};
use app::dashboard::signals::{ANSWERED, OPEN, PICKED_UP};

/// Rows per INSERT, as in the rest of the synthetic seed.
const CHUNK: usize = 500;

pub struct Seeded {
    pub past_activities: usize,
    pub partnerships: usize,
    pub signals: usize,
    pub reports: usize,
}

/// `initiatives` are the synthetic initiatives' ids with their areas;
/// `past_activities` how many one-off activities took place in the last
/// year.
pub async fn seed_history(
    db: &impl ConnectionTrait,
    rng: &mut ChaCha8Rng,
    ids: &BaseIds,
    initiatives: &[(i32, Vec<i32>)],
    past_activities: usize,
    now: DateTime<Utc>,
) -> Result<Seeded, DbErr> {
    let today = now.with_timezone(&Amsterdam).date_naive();
    let mut seeded = Seeded {
        past_activities: 0,
        partnerships: 0,
        signals: 0,
        reports: 0,
    };

    // One-off activities in the past year, each with the people who had a
    // place (as the retention task leaves them on the date).
    for chunk_start in (0..past_activities).step_by(CHUNK) {
        let count = CHUNK.min(past_activities - chunk_start);
        let mut rows = Vec::with_capacity(count);
        let mut people = Vec::with_capacity(count);
        for _ in 0..count {
            let Some((initiative_id, areas)) = initiatives.choose(rng) else {
                break;
            };
            let day = today - Days::new(rng.random_range(1..365));
            let starts_at = local_moment(day, (rng.random_range(9..21), 0));
            let new = NewActivity {
                public_uid: Some(uuid::Uuid::from_u128(rng.random()).to_string()),
                initiative_id: *initiative_id,
                title: "Activiteit die al was".to_owned(),
                description: "Verzonnen activiteit voor snelheidstests.".to_owned(),
                starts_at,
                ends_at: starts_at + Duration::minutes(90),
                area_id: areas.last().copied(),
                signup_required: true,
                is_demo: true,
                ..Default::default()
            };
            rows.push(new.row(now, starts_at));
            people.push((starts_at, rng.random_range(0..25)));
        }
        let activity_ids = activity::Entity::insert_many(rows)
            .exec_with_returning_keys(db)
            .await?;
        seeded.past_activities += activity_ids.len();
        let dates: Vec<activity_occurrence::ActiveModel> = activity_ids
            .into_iter()
            .zip(people)
            .map(
                |(activity_id, (starts_at, people))| activity_occurrence::ActiveModel {
                    activity_id: Set(activity_id),
                    original_starts_at: Set(starts_at),
                    starts_at: Set(starts_at),
                    ends_at: Set(starts_at + Duration::minutes(90)),
                    status: Set(app::calendar::OccurrenceStatus::Scheduled.code().to_owned()),
                    registered_people: Set(Some(people)),
                    ..Default::default()
                },
            )
            .collect();
        activity_occurrence::Entity::insert_many(dates)
            .exec_without_returning(db)
            .await?;
    }

    // A partnership with one organisation for a quarter of the
    // initiatives, with a few contact moments and now and then a
    // self-assessment.
    let organisation_ids: Vec<i32> = organisation::Entity::find()
        .filter(organisation::Column::Kind.ne("municipality"))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.id)
        .collect();
    if !organisation_ids.is_empty() {
        for chunk in initiatives.chunks(CHUNK) {
            let mut rows = Vec::new();
            for (initiative_id, _) in chunk {
                if !rng.random_bool(0.25) {
                    continue;
                }
                rows.push(partnership::ActiveModel {
                    initiative_id: Set(*initiative_id),
                    organisation_id: Set(*organisation_ids
                        .choose(rng)
                        .unwrap_or(&organisation_ids[0])),
                    contact_user_id: Set(None),
                    agreements: Set("Verzonnen afspraken voor snelheidstests.".to_owned()),
                    preferred_channel: Set(Some(
                        (*CHANNELS.choose(rng).unwrap_or(&"email")).to_owned(),
                    )),
                    language_level: Set(Some("nl".to_owned())),
                    created_at: Set(now),
                    updated_at: Set(now),
                    ..Default::default()
                });
            }
            if rows.is_empty() {
                continue;
            }
            let partnership_ids = partnership::Entity::insert_many(rows)
                .exec_with_returning_keys(db)
                .await?;
            seeded.partnerships += partnership_ids.len();
            let mut contacts = Vec::new();
            let mut assessments = Vec::new();
            for id in partnership_ids {
                for _ in 0..rng.random_range(0..5) {
                    contacts.push(partnership_contact::ActiveModel {
                        partnership_id: Set(id),
                        kind: Set(CONTACT.to_owned()),
                        happened_on: Set(today - Days::new(rng.random_range(0..200))),
                        channel: Set(Some((*CHANNELS.choose(rng).unwrap_or(&"email")).to_owned())),
                        note: Set("Verzonnen contactmoment.".to_owned()),
                        created_at: Set(now),
                        ..Default::default()
                    });
                }
                if rng.random_bool(0.5) {
                    let assessed_on = today - Days::new(rng.random_range(0..300));
                    let [
                        point1,
                        point2,
                        point3,
                        point4,
                        point5,
                        point6,
                        point7,
                        point8,
                    ]: [i16; 8] = std::array::from_fn(|_| rng.random_range(1..=4));
                    assessments.push(partnership_assessment::ActiveModel {
                        partnership_id: Set(id),
                        assessed_on: Set(assessed_on),
                        point1: Set(point1),
                        point2: Set(point2),
                        point3: Set(point3),
                        point4: Set(point4),
                        point5: Set(point5),
                        point6: Set(point6),
                        point7: Set(point7),
                        point8: Set(point8),
                        note: Set(String::new()),
                        created_at: Set(now),
                        ..Default::default()
                    });
                }
            }
            for rows in contacts.chunks(CHUNK) {
                partnership_contact::Entity::insert_many(rows.to_vec())
                    .exec_without_returning(db)
                    .await?;
            }
            if !assessments.is_empty() {
                partnership_assessment::Entity::insert_many(assessments)
                    .exec_without_returning(db)
                    .await?;
            }
        }
    }

    // Signals over the last two years: the older, the more likely answered.
    let wijken: Vec<i32> = ["WK192601", "WK192602", "WK192603"]
        .iter()
        .filter_map(|code| ids.areas.get(*code).copied())
        .collect();
    let themes: Vec<i32> = ids.themes.values().copied().collect();
    let signal_count = initiatives.len() / 20;
    let mut signals = Vec::with_capacity(signal_count);
    for _ in 0..signal_count {
        let (Some((initiative_id, _)), Some(wijk), Some(theme)) = (
            initiatives.choose(rng),
            wijken.choose(rng),
            themes.choose(rng),
        ) else {
            break;
        };
        let days_ago = rng.random_range(0..730);
        let created = now - Duration::days(days_ago);
        let status = match days_ago {
            0..=13 => OPEN,
            14..=60 if rng.random_bool(0.5) => PICKED_UP,
            _ => ANSWERED,
        };
        signals.push(signal::ActiveModel {
            area_id: Set(*wijk),
            theme_id: Set(*theme),
            description: Set("Verzonnen signaal voor snelheidstests.".to_owned()),
            status: Set(status.to_owned()),
            initiative_id: Set(Some(*initiative_id)),
            picked_up_at: Set((status != OPEN).then(|| created + Duration::days(3))),
            feedback: Set((status == ANSWERED).then(|| "Verzonnen terugkoppeling.".to_owned())),
            answered_at: Set((status == ANSWERED).then(|| created + Duration::days(10))),
            created_at: Set(created),
            updated_at: Set(created),
            ..Default::default()
        });
    }
    seeded.signals = signals.len();
    for rows in signals.chunks(CHUNK) {
        signal::Entity::insert_many(rows.to_vec())
            .exec_without_returning(db)
            .await?;
    }

    // Monthly reports of a tenth of the initiatives, for the last half year.
    let this_month = Month::of(today);
    let mut reports = Vec::new();
    for (initiative_id, areas) in initiatives {
        if !rng.random_bool(0.1) {
            continue;
        }
        for back in 1..=6 {
            let month: NaiveDate = this_month.minus(back).first_day();
            reports.push(initiative_report::ActiveModel {
                initiative_id: Set(*initiative_id),
                month: Set(month),
                area_id: Set(areas.first().copied()),
                participants: Set(Some(rng.random_range(3..60))),
                achieved: Set(String::new()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            });
        }
    }
    seeded.reports = reports.len();
    for rows in reports.chunks(CHUNK) {
        initiative_report::Entity::insert_many(rows.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    Ok(seeded)
}
