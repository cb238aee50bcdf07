//! The schema of Buurtkracht as a list of migrations.
//!
//! A migration is never edited after it has landed: later features add new
//! ones. Each migration must run on an empty and on a populated database, on
//! SQLite and on PostgreSQL (the integration tests check both).

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_core_tables;
mod m20261122_000002_initiative_public_id;
mod m20261122_000003_accounts;
mod m20261122_000004_mail_and_two_factor;
mod m20261202_000005_occurrence_horizon;
mod m20261202_000006_intake;
mod m20261203_000007_agenda;
mod m20261203_000008_registrations;
mod m20261203_000009_registration_language;
mod m20261204_000010_area_indicators;
mod m20261206_000011_dashboard;

pub struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_core_tables::Migration),
            Box::new(m20261122_000002_initiative_public_id::Migration),
            Box::new(m20261122_000003_accounts::Migration),
            Box::new(m20261122_000004_mail_and_two_factor::Migration),
            Box::new(m20261202_000005_occurrence_horizon::Migration),
            Box::new(m20261202_000006_intake::Migration),
            Box::new(m20261203_000007_agenda::Migration),
            Box::new(m20261203_000008_registrations::Migration),
            Box::new(m20261203_000009_registration_language::Migration),
            Box::new(m20261204_000010_area_indicators::Migration),
            Box::new(m20261206_000011_dashboard::Migration),
        ]
    }
}
