//! The dashboard's figures against known data: coverage (initiatives and
//! organisations per wijk and target group), needs, and results (dates
//! held, sign-ups, people reached) per month and wijk, with filters. On a
//! real migrated database, SQLite or PostgreSQL.

mod common;

use app::calendar::store::{NewActivity, insert_activity};
use app::dashboard::filter::{DashboardFilter, Month, Period};
use app::dashboard::index::{DashboardIndex, MonthResults};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use common::{InitiativeFixture, TestDb, insert_initiative};
use entity::{
    activity_registration, initiative_report, organisation, organisation_area,
    organisation_target_group,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use server::seed::base::BaseIds;

/// The moment the figures are read: Sunday 6 December 2026, noon.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 6, 11, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
}

/// 10:00 Dutch time on a day.
fn at_ten(year: i32, month: u32, day: u32) -> DateTime<Utc> {
    app::calendar::ssr::local_moment(NaiveDate::from_ymd_opt(year, month, day).unwrap(), (10, 0))
}

struct Known {
    db: TestDb,
    ids: BaseIds,
    /// Koffie in Pijnacker (a wijk and one of its buurten), for older
    /// people, theme loneliness, asking for volunteers.
    koffie: i32,
    /// Geldhulp in a buurt of Nootdorp, for older people and families,
    /// theme poverty.
    geldhulp: i32,
}

async fn known() -> Known {
    let db = TestDb::migrated().await;
    let ids = server::seed::base::ensure_base(&db.db).await.unwrap();
    let koffie = insert_initiative(
        &db.db,
        &ids,
        InitiativeFixture {
            slug: "koffie",
            name: "Koffie",
            areas: &["WK192601", "pijnacker-noord"],
            target_groups: &["ouderen"],
            themes: &["eenzaamheid"],
            looking_for_volunteers: true,
            ..Default::default()
        },
    )
    .await;
    let geldhulp = insert_initiative(
        &db.db,
        &ids,
        InitiativeFixture {
            slug: "geldhulp",
            name: "Geldhulp",
            areas: &["nootdorp-oost"],
            target_groups: &["ouderen", "gezinnen"],
            themes: &["armoede"],
            ..Default::default()
        },
    )
    .await;
    // Sent in, not on the kaart yet: counts nowhere.
    insert_initiative(
        &db.db,
        &ids,
        InitiativeFixture {
            slug: "nog-niet",
            name: "Nog niet",
            status: "submitted",
            areas: &["WK192603"],
            target_groups: &["ouderen"],
            looking_for_volunteers: true,
            ..Default::default()
        },
    )
    .await;
    entity::initiative_need::ActiveModel {
        initiative_id: Set(koffie),
        need_code: Set("space".to_owned()),
    }
    .insert(&db.db)
    .await
    .unwrap();
    // One organisation works in Pijnacker for older people.
    let sbj = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq("sbj-samensterk"))
        .one(&db.db)
        .await
        .unwrap()
        .unwrap();
    organisation_area::ActiveModel {
        organisation_id: Set(sbj.id),
        area_id: Set(ids.areas["WK192601"]),
    }
    .insert(&db.db)
    .await
    .unwrap();
    organisation_target_group::ActiveModel {
        organisation_id: Set(sbj.id),
        target_group_id: Set(ids.target_groups["ouderen"]),
    }
    .insert(&db.db)
    .await
    .unwrap();
    Known {
        db,
        ids,
        koffie,
        geldhulp,
    }
}

async fn one_off(
    db: &DatabaseConnection,
    initiative_id: i32,
    area: Option<i32>,
    starts_at: DateTime<Utc>,
) -> i32 {
    let new = NewActivity {
        initiative_id,
        title: format!("Activiteit {starts_at}"),
        starts_at,
        ends_at: starts_at + chrono::Duration::hours(2),
        area_id: area,
        signup_required: true,
        ..Default::default()
    };
    insert_activity(db, &new, now()).await.unwrap()
}

async fn sign_up(
    db: &DatabaseConnection,
    activity_id: i32,
    starts_at: DateTime<Utc>,
    people: i32,
    status: &str,
) {
    activity_registration::ActiveModel {
        activity_id: Set(activity_id),
        original_starts_at: Set(starts_at),
        name: Set("Iemand".to_owned()),
        email: Set(Some(format!("iemand{people}{status}@example.org"))),
        phone: Set(None),
        people: Set(people),
        status: Set(status.to_owned()),
        cancel_token_hash: Set(format!("{activity_id}-{people}-{status}")),
        consent_at: Set(starts_at),
        created_at: Set(starts_at),
        cancelled_at: Set(None),
        language: Set("nl".to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
}

async fn report(
    db: &DatabaseConnection,
    initiative_id: i32,
    month: Month,
    area: Option<i32>,
    people: i32,
) {
    initiative_report::ActiveModel {
        initiative_id: Set(initiative_id),
        month: Set(month.first_day()),
        area_id: Set(area),
        participants: Set(Some(people)),
        achieved: Set(String::new()),
        created_at: Set(now()),
        updated_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
}

fn filter(query: &str) -> DashboardFilter {
    DashboardFilter::from_query(query)
}

#[test]
fn coverage_counts_initiatives_on_the_kaart_and_organisations_per_wijk_and_group() {
    common::on_shared_runtime(async {
        let known = known().await;
        let index = DashboardIndex::build(&known.db.db, now()).await.unwrap();
        let wijk = |code: &str| index.wijk_position(code).unwrap() as usize;
        let group = |code: &str| {
            index
                .groups
                .iter()
                .position(|term| term.code == code)
                .unwrap()
        };

        let all = index.coverage(&index.resolve(&filter(""), today()));
        assert_eq!(
            all[wijk("WK192601")][group("ouderen")],
            (1, 1),
            "Koffie, and the organisation"
        );
        // A buurt counts for its wijk.
        assert_eq!(all[wijk("WK192602")][group("ouderen")], (1, 0));
        assert_eq!(all[wijk("WK192602")][group("gezinnen")], (1, 0));
        // The initiative that was only sent in does not count: a blind spot.
        assert_eq!(all[wijk("WK192603")][group("ouderen")], (0, 0));
        assert_eq!(all[wijk("WK192601")][group("jeugd-9-13")], (0, 0));

        // A theme narrows the initiatives, not the organisations (they
        // have none).
        let poverty = index.coverage(&index.resolve(&filter("thema=armoede"), today()));
        assert_eq!(poverty[wijk("WK192601")][group("ouderen")], (0, 1));
        assert_eq!(poverty[wijk("WK192602")][group("ouderen")], (1, 0));

        // An unknown wijk matches nothing, and says so.
        let unknown = index.resolve(&filter("wijk=WK999999"), today());
        assert!(unknown.has_unknown());
        let nothing = index.coverage(&unknown);
        assert!(nothing.iter().flatten().all(|cell| *cell == (0, 0)));
    });
}

#[test]
fn needs_are_counted_per_need_for_initiatives_on_the_kaart() {
    common::on_shared_runtime(async {
        let known = known().await;
        let index = DashboardIndex::build(&known.db.db, now()).await.unwrap();
        let counts =
            app::dashboard::needs::count_per_need(&index, &index.resolve(&filter(""), today()));
        let at = |need: &str| {
            app::initiatives::NEEDS
                .iter()
                .position(|code| *code == need)
                .unwrap()
        };
        // "Nog niet" asks for volunteers too, but is not on the kaart.
        assert_eq!(counts[at("volunteers")], 1);
        assert_eq!(counts[at("space")], 1);
        assert_eq!(counts[at("money")], 0);
        let in_nootdorp = app::dashboard::needs::count_per_need(
            &index,
            &index.resolve(&filter("wijk=WK192602"), today()),
        );
        assert_eq!(in_nootdorp, [0; 6]);
        let rows: Vec<&str> = app::dashboard::needs::matching(
            &index,
            &index.resolve(&filter("doelgroep=ouderen"), today()),
            Some(at("space") as u8),
        )
        .map(|entry| entry.name.as_str())
        .collect();
        assert_eq!(rows, ["Koffie"]);
    });
}

#[test]
fn results_count_dates_held_sign_ups_and_people_reached_per_month_and_wijk() {
    common::on_shared_runtime(async {
        let known = known().await;
        let db = &known.db.db;
        let ids = &known.ids;
        // November: a date of Koffie in a buurt of Pijnacker with two
        // sign-ups that kept their place (2 and 3 people) and one that
        // was cancelled; a date that was called off.
        let held = at_ten(2026, 11, 10);
        let koffie_date = one_off(db, known.koffie, Some(ids.areas["pijnacker-noord"]), held).await;
        sign_up(db, koffie_date, held, 2, "confirmed").await;
        sign_up(db, koffie_date, held, 3, "confirmed").await;
        sign_up(db, koffie_date, held, 4, "cancelled").await;
        let called_off = at_ten(2026, 11, 12);
        let cancelled = one_off(db, known.koffie, None, called_off).await;
        app::calendar::store::change_occurrence(db, cancelled, called_off, None, now())
            .await
            .unwrap();
        // October: Geldhulp, without a place of its own (its one wijk
        // counts), its sign-ups already deleted with 7 people kept.
        let october = at_ten(2026, 10, 20);
        let geldhulp_date = one_off(db, known.geldhulp, None, october).await;
        entity::activity_occurrence::Entity::update_many()
            .col_expr(
                entity::activity_occurrence::Column::RegisteredPeople,
                sea_orm::sea_query::Expr::value(7),
            )
            .filter(entity::activity_occurrence::Column::ActivityId.eq(geldhulp_date))
            .exec(db)
            .await
            .unwrap();
        // Still to come: not held.
        one_off(db, known.koffie, None, at_ten(2026, 12, 20)).await;
        // Reports: Koffie reached 25 in Pijnacker in November; Geldhulp 10
        // in several wijken in September.
        report(
            db,
            known.koffie,
            Month::new(2026, 11),
            Some(ids.areas["WK192601"]),
            25,
        )
        .await;
        report(db, known.geldhulp, Month::new(2026, 9), None, 10).await;

        let index = DashboardIndex::build(db, now()).await.unwrap();
        let results = index.results(&index.resolve(&filter(""), today()));
        assert_eq!(results.months.len(), 12);
        assert_eq!(
            results.months.first().unwrap().month,
            Some(Month::new(2026, 1))
        );
        let month = |year: i32, number: u32| {
            *results
                .months
                .iter()
                .find(|row| row.month == Some(Month::new(year, number)))
                .unwrap()
        };
        let figures = |row: MonthResults| {
            (
                row.dates_held,
                row.people_signed_up,
                row.reports,
                row.people_reached,
            )
        };
        assert_eq!(figures(month(2026, 11)), (1, 5, 1, 25));
        assert_eq!(figures(month(2026, 10)), (1, 7, 0, 0));
        assert_eq!(figures(month(2026, 9)), (0, 0, 1, 10));
        assert_eq!(figures(month(2026, 12)), (0, 0, 0, 0));
        assert_eq!(figures(results.total), (2, 12, 2, 35));
        let wijk = |code: &str| {
            let at = index.wijk_position(code).unwrap();
            figures(
                results
                    .wijken
                    .iter()
                    .find(|(wijk, _)| *wijk == at)
                    .unwrap()
                    .1,
            )
        };
        assert_eq!(wijk("WK192601"), (1, 5, 1, 25));
        assert_eq!(wijk("WK192602"), (1, 7, 0, 0));
        assert_eq!(wijk("WK192603"), (0, 0, 0, 0));
        assert_eq!(figures(results.elsewhere), (0, 0, 1, 10));

        // Families: only Geldhulp's date (its groups, as the date has
        // none of its own) and report.
        let families = index.results(&index.resolve(&filter("doelgroep=gezinnen"), today()));
        assert_eq!(figures(families.total), (1, 7, 1, 10));
        // The last 3 months leave September out.
        let recent = index.results(&index.resolve(
            &DashboardFilter {
                period: Period::LastMonths3,
                ..Default::default()
            },
            today(),
        ));
        assert_eq!(recent.months.len(), 3);
        assert_eq!(figures(recent.total), (2, 12, 1, 25));
        // One wijk.
        let pijnacker = index.results(&index.resolve(&filter("wijk=WK192601"), today()));
        assert_eq!(figures(pijnacker.total), (1, 5, 1, 25));
        assert_eq!(pijnacker.wijken.len(), 1);

        // Sign-ups are deleted after the retention period; the number of
        // people with a place stays on the date.
        let removed = app::calendar::signup::remove_before(db, now())
            .await
            .unwrap();
        assert_eq!(removed, 3);
        let later = DashboardIndex::build(db, now()).await.unwrap();
        let after = later.results(&later.resolve(&filter(""), today()));
        assert_eq!(figures(after.total), (2, 12, 2, 35));
    });
}
