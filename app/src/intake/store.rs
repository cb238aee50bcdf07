//! From answers to an initiative in the database, and back: sending a
//! draft, and a volunteer's changes through the beheerlink, use the same
//! code. Also the checks only the server can make (which wijken exist,
//! whether a date has passed) and the search for likely duplicates.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Europe::Amsterdam;
use entity::{
    activity, area, initiative, initiative_area, initiative_language, initiative_need,
    initiative_target_group, initiative_theme, target_group, theme,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::types::{
    ActivityAnswers, Field, FieldProblem, IntakeAnswers, NO_NEEDS, Problem, Step, unknown_choices,
};
use crate::areas::AreaLevel;
use crate::areas::ssr::area_key;
use crate::calendar::series_end::end_of_day;
use crate::calendar::ssr::local_moment;
use crate::calendar::store::{NewActivity, insert_activity, rule_ending_at};
use crate::forms::validate::{normalise_email, parse_date, parse_time};
use crate::initiatives::{
    ContactKind, InitiativeStatus, WebsiteUrl, initiative_search_text, search_key, slug_of,
};
use crate::taxonomy::Term;

/// A wijk with its buurten, as the wizard offers them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WijkChoice {
    pub key: String,
    pub name: String,
    pub buurten: Vec<(String, String)>,
}

/// The lists the wizard offers: they come from the database, so every
/// municipality has its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IntakeChoices {
    pub wijken: Vec<WijkChoice>,
    pub target_groups: Vec<Term>,
    pub themes: Vec<Term>,
}

impl IntakeChoices {
    pub fn area_keys(&self) -> Vec<String> {
        self.wijken
            .iter()
            .flat_map(|wijk| {
                std::iter::once(wijk.key.clone())
                    .chain(wijk.buurten.iter().map(|(key, _)| key.clone()))
            })
            .collect()
    }

    /// The name of an area key, for the summary.
    pub fn area_name(&self, key: &str) -> Option<String> {
        self.wijken.iter().find_map(|wijk| {
            if wijk.key == key {
                Some(wijk.name.clone())
            } else {
                wijk.buurten
                    .iter()
                    .find(|(buurt, _)| buurt == key)
                    .map(|(_, name)| name.clone())
            }
        })
    }
}

pub async fn load_choices(db: &impl ConnectionTrait) -> Result<IntakeChoices, DbErr> {
    let areas = area::Entity::find()
        .order_by_asc(area::Column::SortOrder)
        .order_by_asc(area::Column::Name)
        .all(db)
        .await?;
    let wijken = areas
        .iter()
        .filter(|area| area.level == AreaLevel::Wijk.code())
        .map(|wijk| WijkChoice {
            key: area_key(wijk),
            name: wijk.name.clone(),
            buurten: areas
                .iter()
                .filter(|buurt| buurt.parent_id == Some(wijk.id))
                .map(|buurt| (area_key(buurt), buurt.name.clone()))
                .collect(),
        })
        .collect();
    let target_groups = target_group::Entity::find()
        .order_by_asc(target_group::Column::SortOrder)
        .all(db)
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    let themes = theme::Entity::find()
        .order_by_asc(theme::Column::SortOrder)
        .all(db)
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    Ok(IntakeChoices {
        wijken,
        target_groups,
        themes,
    })
}

/// Today in Amsterdam.
pub fn today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&Amsterdam).date_naive()
}

/// Every problem with a step, including what only the server knows.
pub fn check_step(
    step: Step,
    answers: &IntakeAnswers,
    choices: &IntakeChoices,
    today: NaiveDate,
) -> Vec<FieldProblem> {
    let mut problems = answers.problems(step);
    if step == Step::WhereAndWho {
        let codes = |terms: &[Term]| {
            terms
                .iter()
                .map(|term| term.code.clone())
                .collect::<Vec<_>>()
        };
        problems.extend(unknown_choices(
            answers,
            &choices.area_keys(),
            &codes(&choices.target_groups),
            &codes(&choices.themes),
        ));
    }
    if step == Step::Activities
        && let Some(date) = activity_date(&answers.activity)
        && date < today
        && !problems
            .iter()
            .any(|problem| problem.field == Field::ActivityDate)
    {
        problems.push(FieldProblem {
            field: Field::ActivityDate,
            problem: Problem::DateInPast,
        });
    }
    problems
}

/// The problems of all steps: what must be fixed before sending.
pub fn check_all(
    answers: &IntakeAnswers,
    choices: &IntakeChoices,
    today: NaiveDate,
) -> Vec<FieldProblem> {
    Step::ALL
        .into_iter()
        .flat_map(|step| check_step(step, answers, choices, today))
        .collect()
}

fn activity_date(activity: &ActivityAnswers) -> Option<NaiveDate> {
    parse_date(&activity.date)
        .and_then(|(year, month, day)| NaiveDate::from_ymd_opt(year, month, day))
}

/// The RFC 5545 rule for a repeat choice, for a series starting on `date`.
/// Monthly is "the same weekday in the same week of the month" (the 2nd
/// Tuesday); a date in the fifth week becomes "the last Tuesday".
pub fn rule_for(repeat: &str, date: NaiveDate) -> Option<String> {
    let day =
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][date.weekday().num_days_from_monday() as usize];
    match repeat {
        "weekly" => Some("FREQ=WEEKLY".to_owned()),
        "biweekly" => Some("FREQ=WEEKLY;INTERVAL=2".to_owned()),
        "monthly" => {
            let week = (date.day() - 1) / 7 + 1;
            let nth = if week == 5 {
                "-1".to_owned()
            } else {
                week.to_string()
            };
            Some(format!("FREQ=MONTHLY;BYDAY={nth}{day}"))
        }
        _ => None,
    }
}

/// Adds an activity (with its dates up to the horizon). The answers must
/// have passed [`check_step`].
pub async fn add_activity(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    area_id: Option<i32>,
    target_group_id: Option<i32>,
    answers: &ActivityAnswers,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let invalid = || DbErr::Custom("activity answers were not checked".to_owned());
    let date = activity_date(answers).ok_or_else(invalid)?;
    let start = parse_time(&answers.start).ok_or_else(invalid)?;
    let end = parse_time(&answers.end).ok_or_else(invalid)?;
    let last_day = answers
        .series_last_day()
        .and_then(parse_date)
        .and_then(|(year, month, day)| NaiveDate::from_ymd_opt(year, month, day));
    let rule = rule_for(&answers.repeat, date).map(|rule| match last_day {
        Some(last_day) => rule_ending_at(&rule, Some(end_of_day(last_day))),
        None => rule,
    });
    let new = NewActivity {
        initiative_id,
        title: answers.title.trim().to_owned(),
        starts_at: local_moment(date, start),
        ends_at: local_moment(date, end),
        rule,
        place_name: Some(answers.place.trim().to_owned()),
        area_id,
        target_group_ids: target_group_id.into_iter().collect(),
        ..Default::default()
    };
    insert_activity(db, &new, now).await
}

/// Adds an activity through the beheerlink: it goes in the initiative's
/// first linked area and target group.
pub async fn add_activity_to(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    answers: &ActivityAnswers,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let area_id = initiative_area::Entity::find()
        .filter(initiative_area::Column::InitiativeId.eq(initiative_id))
        .one(db)
        .await?
        .map(|link| link.area_id);
    let group_id = initiative_target_group::Entity::find()
        .filter(initiative_target_group::Column::InitiativeId.eq(initiative_id))
        .one(db)
        .await?
        .map(|link| link.target_group_id);
    add_activity(db, initiative_id, area_id, group_id, answers, now).await
}

/// Removes one of this initiative's activities, with its dates; an id of
/// another initiative's activity removes nothing.
pub async fn remove_activity(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    activity_id: i32,
) -> Result<(), DbErr> {
    activity::Entity::delete_many()
        .filter(activity::Column::Id.eq(activity_id))
        .filter(activity::Column::InitiativeId.eq(initiative_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// A slug that no other initiative has: the name's, with `-2`, `-3` … when needed.
async fn free_slug(db: &impl ConnectionTrait, name: &str) -> Result<String, DbErr> {
    let base = match slug_of(name) {
        slug if slug.is_empty() => "initiatief".to_owned(),
        slug => slug,
    };
    let mut candidate = base.clone();
    for number in 2.. {
        let taken = initiative::Entity::find()
            .filter(initiative::Column::Slug.eq(&candidate))
            .one(db)
            .await?
            .is_some();
        if !taken {
            break;
        }
        candidate = format!("{base}-{number}");
    }
    Ok(candidate)
}

/// The public channel the volunteer chose, parsed for storing.
fn public_contact(answers: &IntakeAnswers) -> (Option<String>, Option<String>) {
    let (kind, value) = match answers.public_contact.as_str() {
        "email" => (ContactKind::Email, normalise_email(&answers.contact_email)),
        "phone" => (ContactKind::Phone, answers.contact_phone.trim().to_owned()),
        "website" => match WebsiteUrl::parse(&answers.website) {
            Ok(url) => (ContactKind::Website, url.as_str().to_owned()),
            Err(_) => return (None, None),
        },
        _ => return (None, None),
    };
    (Some(kind.code().to_owned()), Some(value))
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// Writes the answers of `steps` onto the initiative row (not yet saved).
fn fill(row: &mut initiative::ActiveModel, answers: &IntakeAnswers, steps: &[Step]) {
    if steps.contains(&Step::Initiative) {
        row.name = Set(answers.name.trim().to_owned());
        row.summary = Set(answers.summary.trim().to_owned());
        row.kind = Set(answers.kind.clone());
    }
    if steps.contains(&Step::Activities) {
        row.description = Set(answers.description.trim().to_owned());
    }
    if steps.contains(&Step::Needs) {
        row.needs = Set(non_empty(&answers.needs_note));
    }
    if steps.contains(&Step::Contact) {
        let (kind, value) = public_contact(answers);
        row.contact_kind = Set(kind);
        row.contact_value = Set(value);
        row.contact_person_name = Set(non_empty(&answers.contact_name));
        row.contact_person_email = Set(non_empty(&normalise_email(&answers.contact_email)));
        row.contact_person_phone = Set(non_empty(&answers.contact_phone));
        row.preferred_channel = Set(non_empty(&answers.preferred_channel));
        row.contact_language = Set(non_empty(&answers.contact_language));
    }
}

/// Replaces the initiative's links of step 2 and its needs with the answers.
async fn replace_links(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    answers: &IntakeAnswers,
    steps: &[Step],
) -> Result<(), DbErr> {
    if steps.contains(&Step::WhereAndWho) {
        initiative_area::Entity::delete_many()
            .filter(initiative_area::Column::InitiativeId.eq(initiative_id))
            .exec(db)
            .await?;
        initiative_target_group::Entity::delete_many()
            .filter(initiative_target_group::Column::InitiativeId.eq(initiative_id))
            .exec(db)
            .await?;
        initiative_theme::Entity::delete_many()
            .filter(initiative_theme::Column::InitiativeId.eq(initiative_id))
            .exec(db)
            .await?;
        initiative_language::Entity::delete_many()
            .filter(initiative_language::Column::InitiativeId.eq(initiative_id))
            .exec(db)
            .await?;
        for area_id in area_ids(db, &answers.areas).await? {
            initiative_area::ActiveModel {
                initiative_id: Set(initiative_id),
                area_id: Set(area_id),
            }
            .insert(db)
            .await?;
        }
        let groups = target_group::Entity::find()
            .filter(target_group::Column::Code.is_in(answers.target_groups.clone()))
            .all(db)
            .await?;
        for group in groups {
            initiative_target_group::ActiveModel {
                initiative_id: Set(initiative_id),
                target_group_id: Set(group.id),
            }
            .insert(db)
            .await?;
        }
        let themes = theme::Entity::find()
            .filter(theme::Column::Code.is_in(answers.themes.clone()))
            .all(db)
            .await?;
        for theme in themes {
            initiative_theme::ActiveModel {
                initiative_id: Set(initiative_id),
                theme_id: Set(theme.id),
            }
            .insert(db)
            .await?;
        }
        for code in &answers.languages {
            initiative_language::ActiveModel {
                initiative_id: Set(initiative_id),
                language_code: Set(code.clone()),
            }
            .insert(db)
            .await?;
        }
    }
    if steps.contains(&Step::Needs) {
        initiative_need::Entity::delete_many()
            .filter(initiative_need::Column::InitiativeId.eq(initiative_id))
            .exec(db)
            .await?;
        for code in answers.needs.iter().filter(|code| *code != NO_NEEDS) {
            initiative_need::ActiveModel {
                initiative_id: Set(initiative_id),
                need_code: Set(code.clone()),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// The ids of area keys (CBS codes or slugs), in the order given.
async fn area_ids(db: &impl ConnectionTrait, keys: &[String]) -> Result<Vec<i32>, DbErr> {
    let areas = area::Entity::find().all(db).await?;
    Ok(keys
        .iter()
        .filter_map(|key| {
            areas
                .iter()
                .find(|area| area_key(area) == *key)
                .map(|area| area.id)
        })
        .collect())
}

/// Creates the initiative from complete answers, with status `submitted`,
/// and its first activity when there is one. Returns its id.
pub async fn create_initiative(
    db: &impl ConnectionTrait,
    answers: &IntakeAnswers,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let slug = free_slug(db, &answers.name).await?;
    let mut row = initiative::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        slug: Set(slug),
        status: Set(InitiativeStatus::Submitted.code().to_owned()),
        meeting_place: Set(non_empty(&answers.activity.place)),
        is_demo: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(None),
        submitted_at: Set(Some(now)),
        declined_reason: Set(None),
        ..Default::default()
    };
    fill(&mut row, answers, &Step::ALL);
    row.search_text = Set(initiative_search_text(
        &answers.name,
        &answers.summary,
        &answers.description,
    ));
    let created = row.insert(db).await?;
    replace_links(db, created.id, answers, &Step::ALL).await?;
    if !answers.activity.is_empty() {
        let area_id = area_ids(db, &answers.areas).await?.first().copied();
        let group_id = target_group::Entity::find()
            .filter(target_group::Column::Code.is_in(answers.target_groups.clone()))
            .order_by_asc(target_group::Column::SortOrder)
            .one(db)
            .await?
            .map(|group| group.id);
        add_activity(db, created.id, area_id, group_id, &answers.activity, now).await?;
    }
    Ok(created.id)
}

/// A volunteer's change of one step through the beheerlink.
pub async fn update_initiative(
    db: &impl ConnectionTrait,
    initiative: initiative::Model,
    answers: &IntakeAnswers,
    step: Step,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let id = initiative.id;
    let mut row: initiative::ActiveModel = initiative.into();
    fill(&mut row, answers, &[step]);
    row.search_text = Set(initiative_search_text(
        &answers.name,
        &answers.summary,
        &answers.description,
    ));
    row.updated_at = Set(now);
    row.update(db).await?;
    replace_links(db, id, answers, &[step]).await
}

/// The answers an initiative stands for, to fill the forms of the beheer
/// page (the first activity is managed apart).
pub async fn answers_of(
    db: &impl ConnectionTrait,
    initiative: &initiative::Model,
) -> Result<IntakeAnswers, DbErr> {
    let related = crate::initiatives::related::related(db, initiative.id).await?;
    let kind = initiative
        .contact_kind
        .as_deref()
        .and_then(ContactKind::from_code);
    let public_contact = match kind {
        Some(ContactKind::Email) => "email",
        Some(ContactKind::Phone) => "phone",
        Some(ContactKind::Website) => "website",
        _ => "none",
    };
    let needs = related.needs;
    Ok(IntakeAnswers {
        name: initiative.name.clone(),
        summary: initiative.summary.clone(),
        kind: initiative.kind.clone(),
        areas: related.areas.iter().map(area_key).collect(),
        target_groups: related
            .target_groups
            .into_iter()
            .map(|group| group.code)
            .collect(),
        themes: related.themes.into_iter().map(|theme| theme.code).collect(),
        languages: related.languages,
        description: initiative.description.clone(),
        activity: ActivityAnswers::default(),
        needs: if needs.is_empty() {
            vec![NO_NEEDS.to_owned()]
        } else {
            needs
        },
        needs_note: initiative.needs.clone().unwrap_or_default(),
        contact_name: initiative.contact_person_name.clone().unwrap_or_default(),
        contact_email: initiative.contact_person_email.clone().unwrap_or_default(),
        contact_phone: initiative.contact_person_phone.clone().unwrap_or_default(),
        preferred_channel: initiative.preferred_channel.clone().unwrap_or_default(),
        contact_language: initiative.contact_language.clone().unwrap_or_default(),
        public_contact: public_contact.to_owned(),
        website: match kind {
            Some(ContactKind::Website) => initiative.contact_value.clone().unwrap_or_default(),
            _ => String::new(),
        },
        consent_store: true,
        consent_publish: true,
        steps_done: Step::ALL.iter().map(|step| step.number()).collect(),
    })
}

/// Words of a name that say something: lower case, no accents, at least
/// three letters.
fn name_words(name: &str) -> Vec<String> {
    search_key(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= 3)
        .map(str::to_owned)
        .collect()
}

/// Whether two names are alike: the same words for the most part (at
/// least half of all words they have between them).
pub fn names_are_alike(first: &str, second: &str) -> bool {
    let (first, second) = (name_words(first), name_words(second));
    if first.is_empty() || second.is_empty() {
        return false;
    }
    let shared = first.iter().filter(|word| second.contains(word)).count();
    let all = first.len() + second.len() - shared;
    shared * 2 >= all
}

/// Published or sent-in initiatives with a name like this one in one of the
/// chosen areas (or the wijk around a chosen buurt): (name, slug, published).
pub async fn similar_initiatives(
    db: &impl ConnectionTrait,
    answers: &IntakeAnswers,
    except_id: Option<i32>,
) -> Result<Vec<(String, String, bool)>, DbErr> {
    if answers.name.trim().is_empty() || answers.areas.is_empty() {
        return Ok(Vec::new());
    }
    let chosen = area_ids(db, &answers.areas).await?;
    let all_areas = area::Entity::find().all(db).await?;
    // A wijk and its buurten count as the same place.
    let family_of = |id: i32| -> Vec<i32> {
        let area = all_areas.iter().find(|area| area.id == id);
        let wijk_id = match area {
            Some(area) if area.level == AreaLevel::Buurt.code() => area.parent_id.unwrap_or(id),
            _ => id,
        };
        all_areas
            .iter()
            .filter(|area| area.id == wijk_id || area.parent_id == Some(wijk_id))
            .map(|area| area.id)
            .collect()
    };
    let places: Vec<i32> = chosen.into_iter().flat_map(family_of).collect();
    let in_places: Vec<i32> = initiative_area::Entity::find()
        .filter(initiative_area::Column::AreaId.is_in(places))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.initiative_id)
        .collect();
    let candidates = initiative::Entity::find()
        .filter(initiative::Column::Id.is_in(in_places))
        .filter(initiative::Column::Status.is_in([
            InitiativeStatus::Published.code(),
            InitiativeStatus::Submitted.code(),
        ]))
        .order_by_asc(initiative::Column::Name)
        .all(db)
        .await?;
    Ok(candidates
        .into_iter()
        .filter(|candidate| Some(candidate.id) != except_id)
        .filter(|candidate| names_are_alike(&candidate.name, &answers.name))
        .map(|candidate| {
            let published = candidate.status == InitiativeStatus::Published.code();
            (candidate.name, candidate.slug, published)
        })
        .collect())
}

/// The dates of this initiative's activities from now on: for the beheer page.
pub async fn activities_of(
    db: &impl ConnectionTrait,
    initiative_id: i32,
) -> Result<Vec<activity::Model>, DbErr> {
    activity::Entity::find()
        .filter(activity::Column::InitiativeId.eq(initiative_id))
        .order_by_asc(activity::Column::StartsAt)
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn repeats_become_rules_in_the_right_week_of_the_month() {
        // Tuesday 9 February 2027 is the second Tuesday.
        assert_eq!(
            rule_for("monthly", date(2027, 2, 9)).as_deref(),
            Some("FREQ=MONTHLY;BYDAY=2TU")
        );
        // Monday 29 March 2027 is in the fifth week: the last Monday.
        assert_eq!(
            rule_for("monthly", date(2027, 3, 29)).as_deref(),
            Some("FREQ=MONTHLY;BYDAY=-1MO")
        );
        assert_eq!(
            rule_for("weekly", date(2027, 3, 29)).as_deref(),
            Some("FREQ=WEEKLY")
        );
        assert_eq!(
            rule_for("biweekly", date(2027, 3, 29)).as_deref(),
            Some("FREQ=WEEKLY;INTERVAL=2")
        );
        assert_eq!(rule_for("once", date(2027, 3, 29)), None);
    }

    #[test]
    fn alike_names_share_most_of_their_words() {
        assert!(names_are_alike(
            "Koffieochtend De Ontmoeting",
            "koffieochtend ontmoeting"
        ));
        assert!(
            names_are_alike("Taalcafé Pijnacker", "Taalcafe Pijnacker-Noord"),
            "2 of 3 words"
        );
        assert!(!names_are_alike(
            "Taalcafé Pijnacker",
            "Repair Café Pijnacker"
        ));
        assert!(!names_are_alike("Wandelgroep", "Huiswerkklas"));
        assert!(!names_are_alike("", "Huiswerkklas"));
    }
}
