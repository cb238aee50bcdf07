//! What the demo shows on the professionals' dashboard, made up like the
//! demo initiatives: where the local organisations work and for whom (for
//! the coverage matrix), how far each wijk is in the six steps, a few
//! signals from initiatives, and monthly reports.
//!
//! Each part is added only when its table has nothing for it yet, so
//! running the seed again changes nothing, and never overwrites what
//! professionals entered themselves.

use std::collections::HashMap;

use chrono::Datelike;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::Amsterdam;
use entity::{
    area_indicator, facility, initiative, initiative_need, initiative_report, method_progress,
    organisation, organisation_area, organisation_target_group, signal,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

use super::base::BaseIds;
use app::dashboard::filter::Month;
use app::dashboard::method::{DONE, IN_PROGRESS};
use app::dashboard::signals::{ANSWERED, OPEN, PICKED_UP};

/// (organisation slug, wijk CBS codes, target group codes): an example of
/// who works where, for the coverage matrix. Not a description of these
/// organisations' real work.
const ORGANISATION_REACH: &[(&str, &[&str], &[&str])] = &[
    (
        "sbj-samensterk",
        &["WK192601", "WK192602", "WK192603"],
        &["ouderen", "mantelzorgers", "nieuwkomers", "iedereen"],
    ),
    (
        "gro-up-buurtwerk",
        &["WK192601", "WK192602"],
        &["jeugd-9-13", "gezinnen", "ouderen"],
    ),
    (
        "cultura-en-zo",
        &["WK192601", "WK192602"],
        &["jeugd-9-13", "iedereen"],
    ),
    (
        "bibliotheek-oostland",
        &["WK192601", "WK192602"],
        &["nieuwkomers", "gezinnen", "iedereen"],
    ),
    ("swop", &["WK192601", "WK192603"], &["ouderen", "beperking"]),
];

/// (initiative slug, what it needs besides volunteers): so the dashboard's
/// needs have more than one kind.
const NEEDS: &[(&str, &[&str])] = &[
    ("taalcafe-pijnacker", &["space", "training"]),
    ("geldmaatjes-nootdorp", &["money", "training"]),
    ("kinderkookclub-emerald", &["space", "money"]),
    ("buurtmoestuin-pijnacker-noord", &["publicity"]),
    ("maatjesproject-delfgauw", &["professional_contact"]),
];

/// (wijk, kind, name, address): example facilities, marked as such.
const FACILITIES: &[(&str, &str, &str, &str)] = &[
    (
        "WK192601",
        "community_centre",
        "Wijkcentrum (voorbeeld)",
        "Oranjeplein 1, Pijnacker",
    ),
    (
        "WK192601",
        "library",
        "Bibliotheek (voorbeeld)",
        "Ade 1, Pijnacker",
    ),
    (
        "WK192601",
        "gp",
        "Gezondheidscentrum (voorbeeld)",
        "Stationsstraat 10, Pijnacker",
    ),
    (
        "WK192602",
        "community_centre",
        "Buurthuis (voorbeeld)",
        "Markt 5, Nootdorp",
    ),
    (
        "WK192602",
        "sports_club",
        "Sporthal (voorbeeld)",
        "Sportlaan 2, Nootdorp",
    ),
    (
        "WK192603",
        "community_centre",
        "Ontmoetingsplek De Kiezel (voorbeeld)",
        "Kerkweg 3, Delfgauw",
    ),
    (
        "WK192603",
        "school",
        "Basisschool (voorbeeld)",
        "Schoolpad 4, Delfgauw",
    ),
];

/// Example satisfaction marks per wijk (and for the municipality, to
/// compare): the living environment, safety, facilities, neighbours.
const SATISFACTION: &[(&str, [f64; 4])] = &[
    ("GM1926", [7.6, 7.3, 7.1, 6.9]),
    ("WK192601", [7.5, 7.2, 7.4, 6.8]),
    ("WK192602", [7.8, 7.5, 7.0, 7.1]),
    ("WK192603", [7.7, 7.4, 6.4, 7.0]),
];

/// The source the demo's marks say they have.
const SATISFACTION_SOURCE: &str = "voorbeeldcijfers, verzonnen voor de demo";

/// (wijk, steps done, the step in progress, its notes).
const METHOD: &[(&str, i16, &str)] = &[
    (
        "WK192601",
        3,
        "Voorbeeld: bewoners doen mee aan de koffieochtenden en de wandelgroep.",
    ),
    (
        "WK192602",
        2,
        "Voorbeeld: eerste ontmoeting met de ondersteuners in De Oude Kerk gepland.",
    ),
    (
        "WK192603",
        1,
        "Voorbeeld: de initiatieven in Delfgauw staan op de kaart.",
    ),
];

/// (initiative slug, wijk, theme, days ago, status, description, feedback).
type DemoSignal = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    &'static str,
    &'static str,
    Option<&'static str>,
);

const SIGNALS: &[DemoSignal] = &[
    (
        "koffieochtend-de-ontmoeting",
        "WK192601",
        "eenzaamheid",
        20,
        OPEN,
        "Voorbeeld: er komen steeds meer mensen die vertellen dat ze de hele week niemand spreken.",
        None,
    ),
    (
        "geldmaatjes-nootdorp",
        "WK192602",
        "armoede",
        6,
        PICKED_UP,
        "Voorbeeld: meer gezinnen vragen hulp bij de energierekening.",
        None,
    ),
    (
        "ouder-kindochtend-delfgauw",
        "WK192603",
        "opvoeden",
        40,
        ANSWERED,
        "Voorbeeld: ouders van jonge kinderen zoeken een plek om vragen over opvoeden te stellen.",
        Some(
            "Voorbeeld: het consultatiebureau houdt vanaf volgende maand een inloopuur bij jullie ochtend.",
        ),
    ),
];

/// (initiative slug, people reached in each of the last months, oldest
/// first, what went well).
const REPORTS: &[(&str, &[i32], &str)] = &[
    (
        "koffieochtend-de-ontmoeting",
        &[18, 22, 25, 24, 30],
        "Voorbeeld: twee nieuwe vrijwilligers schenken koffie.",
    ),
    (
        "taalcafe-pijnacker",
        &[12, 15, 14, 16],
        "Voorbeeld: drie deelnemers durven nu zelf te bellen met de huisarts.",
    ),
    (
        "geldmaatjes-nootdorp",
        &[6, 8, 9],
        "Voorbeeld: acht gezinnen kregen hulp met hun papieren.",
    ),
    (
        "kinderkookclub-emerald",
        &[10, 12],
        "Voorbeeld: de kinderen kookten voor hun ouders.",
    ),
];

pub async fn seed_demo_dashboard(
    db: &impl ConnectionTrait,
    ids: &BaseIds,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    organisation_reach(db, ids).await?;
    facilities(db, ids, now).await?;
    satisfaction(db, ids, now).await?;
    method(db, ids, now).await?;
    let initiatives: HashMap<String, i32> = initiative::Entity::find()
        .filter(initiative::Column::IsDemo.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.slug, row.id))
        .collect();
    needs(db, &initiatives).await?;
    signals(db, ids, &initiatives, now).await?;
    reports(db, &initiatives, now).await
}

fn id_of(map: &HashMap<String, i32>, key: &str) -> Result<i32, DbErr> {
    map.get(key)
        .copied()
        .ok_or_else(|| DbErr::Custom(format!("demo dashboard data refers to unknown '{key}'")))
}

async fn needs(db: &impl ConnectionTrait, initiatives: &HashMap<String, i32>) -> Result<(), DbErr> {
    for (slug, needs) in NEEDS {
        let Some(&initiative_id) = initiatives.get(*slug) else {
            continue;
        };
        for need in *needs {
            let exists = initiative_need::Entity::find()
                .filter(initiative_need::Column::InitiativeId.eq(initiative_id))
                .filter(initiative_need::Column::NeedCode.eq(*need))
                .count(db)
                .await?
                > 0;
            if !exists {
                initiative_need::ActiveModel {
                    initiative_id: Set(initiative_id),
                    need_code: Set((*need).to_owned()),
                }
                .insert(db)
                .await?;
            }
        }
    }
    Ok(())
}

async fn facilities(
    db: &impl ConnectionTrait,
    ids: &BaseIds,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if facility::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    for (wijk, kind, name, address) in FACILITIES {
        facility::ActiveModel {
            area_id: Set(id_of(&ids.areas, wijk)?),
            kind: Set((*kind).to_owned()),
            name: Set((*name).to_owned()),
            address: Set(Some((*address).to_owned())),
            website: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

async fn satisfaction(
    db: &impl ConnectionTrait,
    ids: &BaseIds,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    use app::areas::satisfaction::TOPICS;
    let entered = area_indicator::Entity::find()
        .filter(area_indicator::Column::Indicator.is_in(TOPICS))
        .count(db)
        .await?;
    if entered > 0 {
        return Ok(());
    }
    let year = now.with_timezone(&Amsterdam).year() - 1;
    for (code, marks) in SATISFACTION {
        let Some(&area_id) = ids.areas.get(*code) else {
            continue;
        };
        for (topic, mark) in TOPICS.iter().zip(marks) {
            area_indicator::ActiveModel {
                area_id: Set(area_id),
                year: Set(year),
                indicator: Set((*topic).to_owned()),
                value: Set(*mark),
                source: Set(SATISFACTION_SOURCE.to_owned()),
                imported_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

async fn organisation_reach(db: &impl ConnectionTrait, ids: &BaseIds) -> Result<(), DbErr> {
    for (slug, wijken, groups) in ORGANISATION_REACH {
        let Some(organisation) = organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(*slug))
            .one(db)
            .await?
        else {
            continue;
        };
        let has_areas = organisation_area::Entity::find()
            .filter(organisation_area::Column::OrganisationId.eq(organisation.id))
            .count(db)
            .await?
            > 0;
        if !has_areas {
            for wijk in *wijken {
                organisation_area::ActiveModel {
                    organisation_id: Set(organisation.id),
                    area_id: Set(id_of(&ids.areas, wijk)?),
                }
                .insert(db)
                .await?;
            }
        }
        let has_groups = organisation_target_group::Entity::find()
            .filter(organisation_target_group::Column::OrganisationId.eq(organisation.id))
            .count(db)
            .await?
            > 0;
        if !has_groups {
            for group in *groups {
                organisation_target_group::ActiveModel {
                    organisation_id: Set(organisation.id),
                    target_group_id: Set(id_of(&ids.target_groups, group)?),
                }
                .insert(db)
                .await?;
            }
        }
    }
    Ok(())
}

async fn method(db: &impl ConnectionTrait, ids: &BaseIds, now: DateTime<Utc>) -> Result<(), DbErr> {
    let today = now.with_timezone(&Amsterdam).date_naive();
    for (wijk, done, notes) in METHOD {
        let area_id = id_of(&ids.areas, wijk)?;
        let started = method_progress::Entity::find()
            .filter(method_progress::Column::AreaId.eq(area_id))
            .count(db)
            .await?
            > 0;
        if started {
            continue;
        }
        // Each step took about four months, the one in progress began
        // when the last was done.
        for step in 1..=(*done + 1) {
            let months_ago = i64::from(*done + 1 - step) * 120;
            let started_on = today - Duration::days(months_ago + 120);
            let is_done = step <= *done;
            method_progress::ActiveModel {
                area_id: Set(area_id),
                step: Set(step),
                status: Set(if is_done { DONE } else { IN_PROGRESS }.to_owned()),
                started_on: Set(Some(if is_done {
                    started_on
                } else {
                    today - Duration::days(30)
                })),
                done_on: Set(is_done.then(|| today - Duration::days(months_ago))),
                notes: Set(if is_done {
                    String::new()
                } else {
                    (*notes).to_owned()
                }),
                updated_by_user_id: Set(None),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

async fn signals(
    db: &impl ConnectionTrait,
    ids: &BaseIds,
    initiatives: &HashMap<String, i32>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for (slug, wijk, theme, days_ago, status, description, feedback) in SIGNALS {
        let Some(&initiative_id) = initiatives.get(*slug) else {
            continue;
        };
        let exists = signal::Entity::find()
            .filter(signal::Column::InitiativeId.eq(initiative_id))
            .count(db)
            .await?
            > 0;
        if exists {
            continue;
        }
        let at = now - Duration::days(*days_ago);
        let handled = *status != OPEN;
        signal::ActiveModel {
            area_id: Set(id_of(&ids.areas, wijk)?),
            theme_id: Set(id_of(&ids.themes, theme)?),
            description: Set((*description).to_owned()),
            status: Set((*status).to_owned()),
            initiative_id: Set(Some(initiative_id)),
            picked_up_at: Set(handled.then(|| at + Duration::days(2))),
            feedback: Set(feedback.map(str::to_owned)),
            answered_at: Set(feedback.map(|_| at + Duration::days(9))),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

async fn reports(
    db: &impl ConnectionTrait,
    initiatives: &HashMap<String, i32>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let this_month = Month::of(now.with_timezone(&Amsterdam).date_naive());
    for (slug, reached, achieved) in REPORTS {
        let Some(&initiative_id) = initiatives.get(*slug) else {
            continue;
        };
        let exists = initiative_report::Entity::find()
            .filter(initiative_report::Column::InitiativeId.eq(initiative_id))
            .count(db)
            .await?
            > 0;
        if exists {
            continue;
        }
        let wijk = app::dashboard::reports::wijken_of(db, initiative_id).await?;
        for (back, people) in reached.iter().rev().enumerate() {
            let month = this_month.minus(back as i32 + 1);
            initiative_report::ActiveModel {
                initiative_id: Set(initiative_id),
                month: Set(month.first_day()),
                area_id: Set(wijk
                    .first()
                    .map(|(id, _, _)| *id)
                    .filter(|_| wijk.len() == 1)),
                participants: Set(Some(*people)),
                achieved: Set(if back == 0 {
                    (*achieved).to_owned()
                } else {
                    String::new()
                }),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}
