//! Residents' satisfaction per wijk and year: marks from 1 to 10 (a
//! neighbourhood survey, the Veiligheidsmonitor), entered by admins with
//! their source. They are yearly figures of an area like the CBS ones, so
//! they live in `area_indicator` under their own names (`Tevredenheid…`),
//! which a CBS import leaves alone.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use entity::area_indicator;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::texts::WijkTexts;
use crate::dashboard::posted::Problems;

/// The topics, in the order the profile shows them.
pub const TOPICS: [&str; 4] = [
    "TevredenheidWoonomgeving",
    "TevredenheidVeiligheid",
    "TevredenheidVoorzieningen",
    "TevredenheidContactBuren",
];

pub const MAX_SOURCE: usize = 120;

/// A mark, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    pub year: i32,
    pub topic: &'static str,
    pub score: f64,
    pub source: String,
}

/// Checks the posted fields `jaar`, `onderwerp`, `cijfer` (`7,4` or `7.4`)
/// and `bron`.
pub fn check(
    pairs: &[(String, String)],
    today: NaiveDate,
    texts: &WijkTexts,
) -> Result<Score, Problems> {
    let value = |name: &str| crate::forms::posted_value(pairs, name).trim();
    let mut problems = Problems::new();
    let latest = today.year();
    let year = value("jaar")
        .parse::<i32>()
        .ok()
        .filter(|year| (1990..=latest).contains(year));
    if year.is_none() {
        problems.push(((texts.problem_year)(latest), "jaar"));
    }
    let topic = TOPICS
        .iter()
        .find(|topic| **topic == value("onderwerp"))
        .copied();
    if topic.is_none() {
        problems.push((texts.problem_topic.to_owned(), "onderwerp"));
    }
    let score = value("cijfer")
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|score| (1.0..=10.0).contains(score));
    if score.is_none() {
        problems.push((texts.problem_score.to_owned(), "cijfer"));
    }
    let source = value("bron");
    if source.is_empty() {
        problems.push((texts.problem_source.to_owned(), "bron"));
    } else if source.chars().count() > MAX_SOURCE {
        problems.push(((texts.problem_too_long)(MAX_SOURCE), "bron"));
    }
    match (year, topic, score) {
        (Some(year), Some(topic), Some(score)) if problems.is_empty() => Ok(Score {
            year,
            topic,
            // One decimal, as a mark is written.
            score: (score * 10.0).round() / 10.0,
            source: source.to_owned(),
        }),
        _ => Err(problems),
    }
}

/// Stores a mark; one for the same area, year and topic is replaced.
pub async fn save(
    db: &DatabaseConnection,
    area_id: i32,
    score: Score,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let existing = area_indicator::Entity::find()
        .filter(area_indicator::Column::AreaId.eq(area_id))
        .filter(area_indicator::Column::Year.eq(score.year))
        .filter(area_indicator::Column::Indicator.eq(score.topic))
        .one(db)
        .await?;
    let mut row = match existing {
        Some(existing) => existing.into(),
        None => area_indicator::ActiveModel {
            area_id: Set(area_id),
            year: Set(score.year),
            indicator: Set(score.topic.to_owned()),
            ..Default::default()
        },
    };
    row.value = Set(score.score);
    row.source = Set(score.source);
    row.imported_at = Set(now);
    row.save(db).await.map(|_| ())
}

/// Removes the mark of a topic and year; `false` when there is none.
pub async fn remove(
    db: &DatabaseConnection,
    area_id: i32,
    year: i32,
    topic: &str,
) -> Result<bool, DbErr> {
    if !TOPICS.contains(&topic) {
        return Ok(false);
    }
    Ok(area_indicator::Entity::delete_many()
        .filter(area_indicator::Column::AreaId.eq(area_id))
        .filter(area_indicator::Column::Year.eq(year))
        .filter(area_indicator::Column::Indicator.eq(topic))
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

/// One mark as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub topic: &'static str,
    pub year: i32,
    pub score: f64,
    pub source: String,
}

/// Every mark of these areas, by area: newest year first, topics in
/// [`TOPICS`] order.
pub async fn marks_of(
    db: &DatabaseConnection,
    area_ids: &[i32],
) -> Result<HashMap<i32, Vec<Mark>>, DbErr> {
    let rows = area_indicator::Entity::find()
        .filter(area_indicator::Column::AreaId.is_in(area_ids.to_vec()))
        .filter(area_indicator::Column::Indicator.is_in(TOPICS))
        .order_by_desc(area_indicator::Column::Year)
        .all(db)
        .await?;
    let mut marks: HashMap<i32, Vec<Mark>> = HashMap::new();
    for row in rows {
        let Some(topic) = TOPICS.iter().find(|topic| **topic == row.indicator) else {
            continue;
        };
        marks.entry(row.area_id).or_default().push(Mark {
            topic,
            year: row.year,
            score: row.value,
            source: row.source,
        });
    }
    for list in marks.values_mut() {
        list.sort_by_key(|mark| {
            (
                std::cmp::Reverse(mark.year),
                TOPICS.iter().position(|topic| *topic == mark.topic),
            )
        });
    }
    Ok(marks)
}

/// The newest mark of each topic.
pub fn latest(marks: &[Mark]) -> Vec<&Mark> {
    TOPICS
        .iter()
        .filter_map(|topic| marks.iter().find(|mark| mark.topic == *topic))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn posted(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn a_mark_is_from_one_to_ten_for_a_known_topic_and_year_with_a_source() {
        let texts = Locale::Nl.wijk_texts();
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let score = check(
            &posted(&[
                ("jaar", "2025"),
                ("onderwerp", "TevredenheidVeiligheid"),
                ("cijfer", "7,45"),
                ("bron", "Veiligheidsmonitor"),
            ]),
            today,
            texts,
        )
        .unwrap();
        assert_eq!(
            (score.year, score.topic, score.score),
            (2025, "TevredenheidVeiligheid", 7.5)
        );
        let problems = check(
            &posted(&[
                ("jaar", "2027"),
                ("onderwerp", "Geluk"),
                ("cijfer", "11"),
                ("bron", ""),
            ]),
            today,
            texts,
        )
        .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|(_, field)| *field).collect();
        assert_eq!(fields, ["jaar", "onderwerp", "cijfer", "bron"]);
    }

    #[test]
    fn the_newest_mark_of_each_topic_is_shown() {
        let mark = |topic: &'static str, year| Mark {
            topic,
            year,
            score: 7.0,
            source: String::new(),
        };
        let marks = vec![
            mark(TOPICS[1], 2025),
            mark(TOPICS[0], 2024),
            mark(TOPICS[1], 2023),
        ];
        let latest: Vec<(&str, i32)> = latest(&marks)
            .iter()
            .map(|mark| (mark.topic, mark.year))
            .collect();
        assert_eq!(latest, [(TOPICS[0], 2024), (TOPICS[1], 2025)]);
    }
}
