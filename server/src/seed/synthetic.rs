//! `buurtkracht seed --synthetic`: many made-up initiatives and activities,
//! for benchmarks. The same arguments on the same day give the same data: a
//! fixed random seed, dates counted from today.
//!
//! Synthetic initiatives have slugs starting with `synthetisch-`; a new run
//! first removes those of the previous run (the rest of the database stays).
//! What the dashboard counts besides them (past activities, partnerships,
//! signals, reports) is in `synthetic_dashboard`.

use std::collections::HashMap;

use app::calendar::store::NewActivity;
use app::initiatives::{InitiativeKind, InitiativeStatus, initiative_search_text};
use chrono::{DateTime, Days, Utc};
use chrono_tz::Europe::Amsterdam;
use entity::{
    activity, activity_occurrence, activity_target_group, activity_theme, initiative,
    initiative_area, initiative_language, initiative_need, initiative_target_group,
    initiative_theme,
};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};

use super::SeedReport;
use super::base::ensure_base;
use super::demo::local_moment;

pub const SLUG_PREFIX: &str = "synthetisch-";

/// Rows per INSERT: well below the bind-parameter limits of SQLite (32,766)
/// and PostgreSQL (65,535) for our widest table.
const CHUNK: usize = 500;

const ACTIVITY_WORDS: &[&str] = &[
    "Koffieochtend",
    "Taalcafé",
    "Huiswerkklas",
    "Wandelgroep",
    "Repair Café",
    "Samen Eten",
    "Buurtmoestuin",
    "Digicafé",
    "Ouderkamer",
    "Beweegmaatjes",
    "Leesclub",
    "Kookclub",
    "Mantelzorgcafé",
    "Spelletjesmiddag",
    "Buurtkoor",
    "Fietsmaatjes",
    "Klussendienst",
    "Vrouwencafé",
    "Jongerenwerkplaats",
    "Geldmaatjes",
];

const SUMMARIES: &[&str] = &[
    "Samen koffie drinken en bijpraten met buren.",
    "Oefenen met Nederlands praten in een kleine groep.",
    "Hulp bij huiswerk door vrijwilligers uit de buurt.",
    "Samen bewegen op je eigen tempo.",
    "Kapotte spullen samen repareren.",
    "Een warme maaltijd met andere buurtbewoners.",
    "Hulp met je telefoon, computer en DigiD.",
    "Steun en ontmoeting voor mantelzorgers.",
];

const LANGUAGES: &[&str] = &["nl", "en", "ar", "tr", "pl", "uk", "ti", "so", "fa"];

struct PlannedInitiative {
    areas: Vec<i32>,
    target_groups: Vec<i32>,
    themes: Vec<i32>,
}

pub async fn seed_synthetic(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    initiative_count: u32,
    activity_count: u32,
) -> Result<SeedReport, DbErr> {
    let ids = ensure_base(db).await?;
    let transaction = app::writing::begin_writing(db).await?;
    // Links, activities and dates go with them (ON DELETE CASCADE).
    initiative::Entity::delete_many()
        .filter(initiative::Column::Slug.starts_with(SLUG_PREFIX))
        .exec(&transaction)
        .await?;

    let mut rng = ChaCha8Rng::seed_from_u64(1926);
    let mut report = SeedReport::default();
    let wijk_codes = ["WK192601", "WK192602", "WK192603"];
    let target_group_ids: Vec<i32> = sorted_values(&ids.target_groups);
    let theme_ids: Vec<i32> = sorted_values(&ids.themes);

    // Initiatives and their links.
    let mut planned: Vec<(i32, PlannedInitiative)> = Vec::with_capacity(initiative_count as usize);
    let numbers: Vec<u32> = (1..=initiative_count).collect();
    for chunk in numbers.chunks(CHUNK) {
        let mut rows = Vec::with_capacity(chunk.len());
        let mut plans = Vec::with_capacity(chunk.len());
        for number in chunk {
            let wijk = *wijk_codes.choose(&mut rng).unwrap_or(&wijk_codes[0]);
            let buurten = ids.buurten_of_wijk.get(wijk).cloned().unwrap_or_default();
            let mut areas = vec![ids.areas[wijk]];
            if let Some(buurt) = buurten.choose(&mut rng) {
                areas.push(ids.areas[buurt]);
            }
            let word = *ACTIVITY_WORDS
                .choose(&mut rng)
                .unwrap_or(&"Buurtactiviteit");
            let place = buurten
                .choose(&mut rng)
                .map(|slug| slug.replace('-', " "))
                .unwrap_or_else(|| wijk.to_owned());
            let name = format!("{word} {} {number}", title_case(&place));
            let summary = *SUMMARIES.choose(&mut rng).unwrap_or(&SUMMARIES[0]);
            let description = format!(
                "{summary} Dit initiatief is verzonnen voor tests van de snelheid. Nummer {number}."
            );
            let status = match rng.random_range(0..100) {
                0..=2 => InitiativeStatus::Submitted,
                3..=4 => InitiativeStatus::Archived,
                _ => InitiativeStatus::Published,
            };
            let kind = [
                InitiativeKind::Volunteer,
                InitiativeKind::Citizen,
                InitiativeKind::SelfOrganisation,
                InitiativeKind::SocialEnterprise,
            ][rng.random_range(0..4)];
            rows.push(initiative::ActiveModel {
                slug: Set(format!("{SLUG_PREFIX}{number}")),
                public_id: Set(super::stable_public_id(&format!("{SLUG_PREFIX}{number}"))),
                search_text: Set(initiative_search_text(&name, summary, &description)),
                name: Set(name),
                summary: Set(summary.to_owned()),
                description: Set(description),
                kind: Set(kind.code().to_owned()),
                status: Set(status.code().to_owned()),
                contact_kind: Set(Some("email".to_owned())),
                contact_value: Set(Some(format!("initiatief{number}@synthetisch.example"))),
                meeting_place: Set(None),
                needs: Set(None),
                is_demo: Set(true),
                created_at: Set(now),
                updated_at: Set(now),
                published_at: Set((status == InitiativeStatus::Published).then_some(now)),
                ..Default::default()
            });
            let mut needs: Vec<&str> = Vec::new();
            if rng.random_bool(0.3) {
                needs.push(app::initiatives::VOLUNTEERS_NEED);
            }
            if rng.random_bool(0.3) {
                needs.push(app::initiatives::NEEDS[rng.random_range(0..2)]);
            }
            let groups = pick_some(&mut rng, &target_group_ids, 1, 3);
            let themes = pick_some(&mut rng, &theme_ids, 1, 2);
            let languages = if rng.random_bool(0.7) {
                vec!["nl"]
            } else {
                let mut languages = vec!["nl"];
                languages.extend(LANGUAGES[1..].choose_multiple(&mut rng, 2).copied());
                languages
            };
            plans.push((
                PlannedInitiative {
                    areas,
                    target_groups: groups,
                    themes: themes.clone(),
                },
                themes,
                languages,
                needs,
            ));
        }
        let inserted = initiative::Entity::insert_many(rows)
            .exec_with_returning(&transaction)
            .await?;
        let id_of: HashMap<String, i32> =
            inserted.into_iter().map(|row| (row.slug, row.id)).collect();

        let mut area_links = Vec::new();
        let mut group_links = Vec::new();
        let mut theme_links = Vec::new();
        let mut language_links = Vec::new();
        let mut need_rows = Vec::new();
        for (number, (plan, themes, languages, needs)) in chunk.iter().zip(plans) {
            let id = id_of[&format!("{SLUG_PREFIX}{number}")];
            area_links.extend(plan.areas.iter().map(|area| initiative_area::ActiveModel {
                initiative_id: Set(id),
                area_id: Set(*area),
            }));
            group_links.extend(plan.target_groups.iter().map(|group| {
                initiative_target_group::ActiveModel {
                    initiative_id: Set(id),
                    target_group_id: Set(*group),
                }
            }));
            theme_links.extend(themes.iter().map(|theme| initiative_theme::ActiveModel {
                initiative_id: Set(id),
                theme_id: Set(*theme),
            }));
            language_links.extend(
                languages
                    .iter()
                    .map(|code| initiative_language::ActiveModel {
                        initiative_id: Set(id),
                        language_code: Set((*code).to_owned()),
                    }),
            );
            need_rows.extend(needs.iter().map(|code| initiative_need::ActiveModel {
                initiative_id: Set(id),
                need_code: Set((*code).to_owned()),
            }));
            planned.push((id, plan));
        }
        initiative_area::Entity::insert_many(area_links)
            .exec_without_returning(&transaction)
            .await?;
        initiative_target_group::Entity::insert_many(group_links)
            .exec_without_returning(&transaction)
            .await?;
        initiative_theme::Entity::insert_many(theme_links)
            .exec_without_returning(&transaction)
            .await?;
        if !need_rows.is_empty() {
            initiative_need::Entity::insert_many(need_rows)
                .exec_without_returning(&transaction)
                .await?;
        }
        initiative_language::Entity::insert_many(language_links)
            .exec_without_returning(&transaction)
            .await?;
        report.initiatives += chunk.len();
    }

    // Activities, spread over the initiatives, and their dates.
    let today = now.with_timezone(&Amsterdam).date_naive();
    let horizon = local_moment(today + Days::new(91), (0, 0));
    let slots: Vec<u32> = (0..activity_count).collect();
    for chunk in slots.chunks(CHUNK) {
        let mut rows = Vec::with_capacity(chunk.len());
        let mut dates = Vec::with_capacity(chunk.len());
        let mut links = Vec::with_capacity(chunk.len());
        for _ in chunk {
            let Some((initiative_id, plan)) = planned.choose(&mut rng) else {
                break;
            };
            let day = today + Days::new(rng.random_range(0..91));
            let starts_at = local_moment(
                day,
                (
                    rng.random_range(9..21),
                    [0, 15, 30, 45][rng.random_range(0..4)],
                ),
            );
            let ends_at =
                starts_at + chrono::Duration::minutes([60, 90, 120, 150][rng.random_range(0..4)]);
            let rule = rng.random_bool(0.2).then_some("FREQ=WEEKLY");
            let word = *ACTIVITY_WORDS.choose(&mut rng).unwrap_or(&"Activiteit");
            let min_age = rng.random_bool(0.2).then(|| rng.random_range(0..70));
            let new = NewActivity {
                public_uid: Some(uuid::Uuid::from_u128(rng.random()).to_string()),
                initiative_id: *initiative_id,
                title: word.to_owned(),
                description: "Verzonnen activiteit voor snelheidstests.".to_owned(),
                starts_at,
                ends_at,
                rule: rule.map(str::to_owned),
                place_name: Some(format!("{word} locatie")),
                area_id: plan.areas.last().copied(),
                target_group_ids: pick_some(&mut rng, &plan.target_groups, 1, 2),
                theme_ids: pick_some(&mut rng, &plan.themes, 0, 2),
                ages: min_age.map(|min| (min, min + rng.random_range(3..30))),
                cost_cents: Some([0, 0, 0, 150, 250, 500][rng.random_range(0..6)]),
                signup_required: rng.random_bool(0.2),
                wheelchair_accessible: [None, Some(true), Some(false)]
                    .choose(&mut rng)
                    .copied()
                    .flatten(),
                is_demo: true,
                ..Default::default()
            };
            let occurrences = new
                .dates(horizon)
                .map_err(|error| DbErr::Custom(error.to_string()))?;
            rows.push(new.row(now, horizon));
            links.push(new);
            dates.push(occurrences);
        }
        let activity_ids = activity::Entity::insert_many(rows)
            .exec_with_returning_keys(&transaction)
            .await?;
        report.activities += activity_ids.len();
        let mut group_links = Vec::new();
        let mut theme_links = Vec::new();
        for (activity_id, new) in activity_ids.iter().zip(&links) {
            group_links.extend(new.target_group_ids.iter().map(|group| {
                activity_target_group::ActiveModel {
                    activity_id: Set(*activity_id),
                    target_group_id: Set(*group),
                }
            }));
            theme_links.extend(
                new.theme_ids
                    .iter()
                    .map(|theme| activity_theme::ActiveModel {
                        activity_id: Set(*activity_id),
                        theme_id: Set(*theme),
                    }),
            );
        }
        for rows in group_links.chunks(CHUNK * 4) {
            activity_target_group::Entity::insert_many(rows.to_vec())
                .exec_without_returning(&transaction)
                .await?;
        }
        for rows in theme_links.chunks(CHUNK * 4) {
            activity_theme::Entity::insert_many(rows.to_vec())
                .exec_without_returning(&transaction)
                .await?;
        }
        let occurrence_rows: Vec<activity_occurrence::ActiveModel> = activity_ids
            .into_iter()
            .zip(dates)
            .flat_map(|(activity_id, dates)| app::calendar::horizon::date_rows(activity_id, dates))
            .collect();
        report.occurrences += occurrence_rows.len();
        for rows in occurrence_rows.chunks(CHUNK * 4) {
            activity_occurrence::Entity::insert_many(rows.to_vec())
                .exec_without_returning(&transaction)
                .await?;
        }
    }
    // What the dashboard counts over time: a fifth as many activities
    // again in the past year, partnerships, signals and reports.
    let with_areas: Vec<(i32, Vec<i32>)> = planned
        .iter()
        .map(|(id, plan)| (*id, plan.areas.clone()))
        .collect();
    let history = super::synthetic_dashboard::seed_history(
        &transaction,
        &mut rng,
        &ids,
        &with_areas,
        activity_count as usize / 5,
        now,
    )
    .await?;
    report.past_activities = history.past_activities;
    transaction.commit().await?;
    Ok(report)
}

/// Map values in the order of their keys, so the random picks are the same
/// on every run (a HashMap's order is not).
fn sorted_values(map: &HashMap<String, i32>) -> Vec<i32> {
    let mut pairs: Vec<(&String, &i32)> = map.iter().collect();
    pairs.sort();
    pairs.into_iter().map(|(_, id)| *id).collect()
}

fn pick_some(rng: &mut ChaCha8Rng, from: &[i32], min: usize, max: usize) -> Vec<i32> {
    let count = rng.random_range(min..=max).min(from.len());
    from.choose_multiple(rng, count).copied().collect()
}

fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
